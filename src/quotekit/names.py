"""German words that name people and organisations: roles and titles, organisation nouns, pronouns, first names.

The word lists are data files in ``quotekit/data/de/`` (``speaker_*``, ``pronoun_*``); this module only
knows how German inflects them: "Sprecherin" is a feminine "Sprecher", "NATO-Generalsekretärs" a genitive
"Generalsekretär", "Bundesfinanzminister" a compound that ends in "minister".
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .lexicon import word_set, word_table

if TYPE_CHECKING:
    from spacy.tokens import Token

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


def can_speak(token: Token) -> bool:
    """Whether a token can head a speaker mention: a person, a role, a personal pronoun or an organisation."""
    if token.ent_type_ in PERSON_LABELS or is_personal_pronoun(token.text):
        return True
    if token.pos_ not in {"NOUN", "PROPN", "X"}:
        return False
    if is_role(token.text) or is_organisation_noun(token.text) or first_name_gender(token.text) is not None:
        return True
    return token.ent_type_ in ORG_LABELS or (token.pos_ == "PROPN" and token.ent_type_ not in {"LOC", "MISC"})
