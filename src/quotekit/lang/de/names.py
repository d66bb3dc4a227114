"""German words that name people and organisations: roles and titles, organisation nouns, pronouns, first names.

The word lists are data files in ``quotekit/data/de/`` (``speaker_*``, ``pronoun_*``); this module only
knows how German inflects them: "Sprecherin" is a feminine "Sprecher", "NATO-Generalsekretärs" a genitive
"Generalsekretär", "Bundesfinanzminister" a compound that ends in "minister".
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from quotekit.lang.de.words import word_set, word_table
from quotekit.syntax.docindex import run_cache

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Endings that inflect a role noun (feminine, plural, genitive), longest first.
_ROLE_ENDINGS = ("innen", "in", "ern", "en", "es", "er", "n", "s", "e", "")
_FEMININE_ENDINGS = ("innen", "in")
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})


@cache
def _roles() -> frozenset[str]:
    return word_set("speaker_titles.txt")


@cache
def _organisations() -> frozenset[str]:
    return word_set("speaker_organisations.txt")


def _ends_with_entry(word: str, entries: frozenset[str]) -> str | None:
    """The longest entry that `word`, less an inflection ending, is or ends in (as a compound)."""
    word = word.lower().rsplit("-", 1)[-1] if "-" in word else word.lower()
    for ending in _ROLE_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in entries:
            return stem
        # A compound may end in the entry ("Generalsekretär"), but the stem must be more than a fragment.
        for start in range(1, len(stem) - 3):
            if stem[start:] in entries:
                return stem[start:]
    return None


@cache
def role_of(word: str) -> str | None:
    """The role a noun names ("NATO-Chefin" -> "chef"), or None."""
    return _ends_with_entry(word, _roles())


def is_role(word: str) -> bool:
    return role_of(word) is not None


@cache
def is_organisation_noun(word: str) -> bool:
    """Whether a noun names an organisation that speaks as one ("Außenministerium", "Polizei")."""
    return _ends_with_entry(word, _organisations()) is not None


def role_gender(word: str) -> str | None:
    """ "fem" for "Sprecherin", "plur" for "Sprecherinnen", "masc" for another role noun, None otherwise."""
    lower = word.lower()
    if not is_role(word):
        return None
    if lower.endswith("innen"):
        return "plur"
    if lower.endswith("in") and role_of(lower[:-2]) is not None:
        return "fem"
    return "masc"


def pronoun_genders(word: str) -> frozenset[str] | None:
    """The genders a speaker pronoun may refer to ("sie" -> {"fem", "plur"}), None for other words."""
    entry = word_table("pronoun_genders.tsv").get(word.lower())
    if entry is None:
        return None
    return frozenset(entry[0].split(","))


def is_personal_pronoun(word: str) -> bool:
    return pronoun_genders(word) is not None


def first_name_gender(word: str) -> str | None:
    """ "masc" or "fem" for a known first name ("Jens", "Maria"), None otherwise."""
    entry = word_table("speaker_first_names.tsv").get(word)
    if entry is None:
        return None
    return {"m": "masc", "f": "fem"}.get(entry[0])


def surname_key(word: str) -> str:
    """The form a surname is looked up by: lower case, without a genitive "s" ("Stoltenbergs")."""
    return word.lower()


def _collect_surnames(doc: Doc) -> frozenset[str]:
    found: set[str] = set()
    for ent in doc.ents:
        last = ent[-1]
        if (
            ent.label_ in PERSON_LABELS
            and last.text[:1].isupper()
            and last.is_alpha
            and role_of(last.text) is None
        ):
            found.add(surname_key(last.text))
    for token in doc[1:]:
        # "Peter Struck": a capitalised word after a known first name is a surname, whatever the tagger says.
        if (
            token.is_alpha
            and token.text[:1].isupper()
            and first_name_gender(doc[token.i - 1].text) is not None
            and role_of(token.text) is None
            and not is_organisation_noun(token.text)
        ):
            found.add(surname_key(token.text))
    return frozenset(found - {surname_key(word) for word in word_set("speaker_non_names.txt")})


def known_surnames(doc: Doc) -> frozenset[str]:
    """Surnames of the persons `doc` names in full or as a person entity somewhere."""
    cache = run_cache(doc)
    surnames: frozenset[str] | None = cache.get("surnames")
    if surnames is None:
        surnames = cache["surnames"] = _collect_surnames(doc)
    return surnames


def is_known_surname(token: Token) -> bool:
    """Whether `token` repeats the surname of a person named elsewhere in the doc ("Glos" after
    "Michael Glos"), also where the recogniser missed this occurrence: names keep their referent
    within a text, so one recognised occurrence vouches for the others."""
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    key = surname_key(token.text)
    doc_names = known_surnames(token.doc)
    return key in doc_names or (key.endswith("s") and key[:-1] in doc_names)


def can_speak(token: Token) -> bool:
    """Whether a token can head a speaker mention: a person, a role, a personal pronoun or an organisation."""
    if token.ent_type_ in PERSON_LABELS or is_personal_pronoun(token.text) or is_known_surname(token):
        return True
    if token.pos_ not in {"NOUN", "PROPN", "X"}:
        return False
    if is_role(token.text) or is_organisation_noun(token.text) or first_name_gender(token.text) is not None:
        return True
    return token.ent_type_ in ORG_LABELS or (token.pos_ == "PROPN" and token.ent_type_ not in {"LOC", "MISC"})
