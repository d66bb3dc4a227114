"""What a token can name: a noun phrase head, a speaker, a person the text names elsewhere.

Reads the tagger, the recogniser and the parse; the German words (titles, organisations, pronouns, first
names) come from `quotekit.lang.de.names`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import (
    first_name_gender,
    is_organisation_noun,
    is_personal_pronoun,
    is_role,
    role_of,
    surname_key,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.syntax import labels
from quotekit.syntax.docindex import run_cache
from quotekit.syntax.labels import NOMINAL_TAGS, ORG_LABELS, PERSON_LABELS, PLACE_AND_MISC_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "NOMINAL_POS",
    "can_speak",
    "is_known_surname",
    "is_nominal",
    "is_person",
    "is_speaker_like",
    "known_surnames",
    "names_someone",
]

NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})


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
    return frozenset(found - {surname_key(word) for word in german().non_names})


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
    return token.ent_type_ in ORG_LABELS or (
        token.pos_ == "PROPN" and token.ent_type_ not in PLACE_AND_MISC_LABELS
    )


def is_nominal(token: Token) -> bool:
    """A noun, name or pronoun, also where the tagger's coarse tag is wrong ("NATO-Chef" as ADJ with tag NN,
    "Stoiber" as an adverb but a person to the recogniser)."""
    return (
        (token.ent_type_ in PERSON_LABELS and token.text[:1].isupper())
        or is_known_surname(token)
        or token.pos_ in NOMINAL_POS
        or token.tag_ in NOMINAL_TAGS
        or (token.pos_ == "X" and token.text[:1].isupper())
    )


def is_speaker_like(token: Token) -> bool:
    """Whether a subject can name a speaker: a noun, a name or a personal pronoun, not "es"/"man"."""
    if token.lower_ in german().non_speakers or token.is_space or token.is_punct:
        return False
    # A capitalised word the parser made a subject is a noun even where the tagger says adjective
    # ("EBay-Deutschland gab bekannt").
    capital_subject = labels.is_subject(token) and token.text[:1].isupper() and token.pos_ in {"ADJ", "X"}
    return is_nominal(token) or capital_subject


def is_person(token: Token) -> bool:
    """A person for sure: a PER entity, a role noun, a personal pronoun."""
    return token.ent_type_ in PERSON_LABELS or is_role(token.text) or is_personal_pronoun(token.text)


def names_someone(doc: Doc, mention: CharSpan) -> bool:
    """A mention worth keeping has a noun, a name or a pronoun ("Aktuell" or "Zuletzt" is no speaker)."""
    span = doc.char_span(*mention, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"NOUN", "PROPN", "PRON"} or is_nominal(t) for t in span)
