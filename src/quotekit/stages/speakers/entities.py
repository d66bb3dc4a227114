"""The persons of a text: name runs (proper nouns, PER entities) keyed by their last word ("Jens
Stoltenberg", "Stoltenberg" and the genitive "Stoltenbergs" are one person), with the roles the text gives
them ("NATO-Generalsekretär Jens Stoltenberg", "Die Sprecherin des russischen Außenministeriums, Maria
Sacharowa") and their gender where the text shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quotekit.lang.de.names import (
    first_name_gender,
    is_organisation_noun,
    pronoun_genders,
    role_gender,
    role_of,
)
from quotekit.lang.de.words import german
from quotekit.syntax import labels
from quotekit.syntax.labels import PERSON_LABELS
from quotekit.syntax.nominals import is_known_surname, is_nominal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "MAX_ROLE_TOKENS",
    "PHRASE_POS",
    "Person",
    "gender_of_pronoun",
    "is_person_run",
    "matches_role",
    "name_runs",
    "person_for",
    "role_words",
    "seen",
]

# An apposition role phrase ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa") is short.
MAX_ROLE_TOKENS = 8


# Name runs longer than this are titles or lists, not one person's name.
_MAX_NAME_TOKENS = 4


_NAME_POS = frozenset({"PROPN"})


PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "X"})


@attrs.define
class Person:
    """One person of the text: the forms of their name, their gender and roles, where they were last named."""

    key: str
    name: str
    gender: str | None = None
    roles: list[tuple[str, frozenset[str], str]] = attrs.field(factory=list)  # (role, words, prefix)
    last: int = -1
    last_subject: int = -1  # where they were last the subject of a clause: the likelier antecedent


def surname_key_of(token: Token) -> str:
    word = token.text.lower()
    return word[:-1] if word.endswith("s") and token.morph.get("Case", []) == ["Gen"] else word


def _is_name_token(token: Token) -> bool:
    if not token.text[:1].isupper() or not any(ch.isalpha() for ch in token.text):
        return False
    if role_of(token.text) is not None or is_organisation_noun(token.text):
        return False
    if token.text in german().non_names:
        return False
    return token.pos_ in _NAME_POS or token.ent_type_ in PERSON_LABELS or is_known_surname(token)


def role_words(tokens: Sequence[Token]) -> tuple[str, frozenset[str], str] | None:
    """(role, the other content words, the compound prefix) of a role phrase, or None."""
    heads = [t for t in tokens if is_nominal(t) and role_of(t.text) is not None]
    if not heads:
        return None
    head = heads[0]
    role = role_of(head.text) or ""
    prefix = head.text.lower().split("-", 1)[0] if "-" in head.text else ""
    words = frozenset(
        t.lower_.rstrip("s") for t in tokens if t.i > head.i and t.pos_ in {"NOUN", "PROPN", "ADJ", "X"}
    )
    return role, words, prefix


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of name tokens, at most a few words long."""
    runs: list[tuple[int, int]] = []
    start = -1
    for token in doc:
        text = token.text
        # Every name token is capitalised: the cheap test first, the parse and word lists only then.
        capitalised = text[:1].isupper() and "\n" not in text
        # "Frank Biermann": a capitalised word after a first name is a surname whatever its tag.
        if capitalised and (
            _is_name_token(token)
            or (
                token.i > 0
                and token.is_alpha
                and role_of(text) is None
                and first_name_gender(doc[token.i - 1].text) is not None
            )
        ):
            if start < 0:
                start = token.i
            continue
        if start >= 0:
            runs.append((start, token.i))
            start = -1
    if start >= 0:
        runs.append((start, len(doc)))
    # "Montag Annalena Baerbock": a first name inside a run starts the name.
    split: list[tuple[int, int]] = []
    for s, e in runs:
        first = next((i for i in range(s + 1, e - 1) if first_name_gender(doc[i].text) is not None), s)
        split.append((first, e))
    return [(s, e) for s, e in split if e - s <= _MAX_NAME_TOKENS]


def is_person_run(doc: Doc, start: int, end: int, known: dict[str, Person]) -> bool:
    tokens = doc[start:end]
    if any(t.ent_type_ in PERSON_LABELS for t in tokens):
        return True
    if end - start >= 2 and first_name_gender(tokens[0].text) is not None:
        return True
    if surname_key_of(tokens[-1]) in known:
        return True
    # After a role word or as an apposition to a role phrase ("der Sprecher des Außenministeriums,
    # Ned Price"), a name names a person even where the recogniser took it for an organisation.
    return bool(_title_before(doc, start))


def _title_before(doc: Doc, start: int) -> list[Token]:
    """The role words right before a name ("NATO-Generalsekretär Jens Stoltenberg") or an apposition before it."""
    if start == 0:
        return []
    before = doc[start - 1]
    if role_of(before.text) is not None:
        return [before]
    if before.text != "," or start < 2:
        return []
    phrase: list[Token] = []
    for index in range(start - 2, max(-1, start - 2 - MAX_ROLE_TOKENS), -1):
        token = doc[index]
        if token.pos_ not in PHRASE_POS or token.is_punct:
            break
        phrase.insert(0, token)
    return phrase if role_words(phrase) is not None else []


def _title_after(doc: Doc, end: int) -> list[Token]:
    """An apposition after a name: "Jerry Larson, dem Präsidenten von UP Aerospace"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    phrase: list[Token] = []
    for token in doc[end + 1 : min(len(doc), end + 1 + MAX_ROLE_TOKENS)]:
        if token.pos_ not in PHRASE_POS or token.is_punct:
            break
        phrase.append(token)
    return phrase if role_words(phrase) is not None else []


def gender_of_pronoun(token: Token) -> str | None:
    """ "masc", "fem" or "plur" for a third-person pronoun; "sie" by its verb's number."""
    genders = pronoun_genders(token.text)
    if genders is None:
        return None
    if len(genders) == 1:
        return next(iter(genders))
    number = token.morph.get("Number", []) or token.head.morph.get("Number", [])
    if number == ["Plur"]:
        return "plur"
    if number == ["Sing"]:
        return "fem"
    return None


def matches_role(person: Person, role: tuple[str, frozenset[str], str], gender: str | None) -> bool:
    if gender is not None and person.gender is not None and gender != person.gender:
        return False
    name, words, prefix = role
    for own_name, own_words, own_prefix in person.roles:
        if prefix and prefix == own_prefix:
            return True  # "NATO-Chef" for the "NATO-Generalsekretär"
        if name == own_name and words <= own_words:
            return True  # "der Sprecher des Außenministeriums", "der Minister"
    return False


def seen(person: Person, tokens: Span) -> None:
    """Remember where a person was named, and whether as a subject."""
    person.last = tokens.start
    inside = range(tokens.start, tokens.end)
    # A name the parse made the root of its sentence ("… äußerte sich auch Friedrich Merz." misparsed)
    # is in no object or list either, so it counts with the subjects.
    if any(
        labels.is_subject(t) or (labels.is_subject(t.head) and t.head.i in inside) or labels.is_root(t)
        for t in tokens
    ):
        person.last_subject = tokens.start


def person_for(doc: Doc, start: int, end: int, persons: dict[str, Person]) -> Person:
    tokens = list(doc[start:end])
    key = surname_key_of(tokens[-1])
    person = persons.get(key)
    if person is None and key.endswith("s") and key[:-1] in persons:
        person = persons[key[:-1]]  # "Stoltenbergs" when the parser did not mark the genitive
    if person is None:
        person = Person(key=key, name=" ".join(t.text for t in tokens))
        persons[key] = person
    elif len(tokens) > len(person.name.split()):
        person.name = " ".join(t.text for t in tokens)  # the fullest form names the person
    for title in (_title_before(doc, start), _title_after(doc, end)):
        role = role_words(title)
        if role is not None and role not in person.roles:
            person.roles.append(role)
            if person.gender is None:
                person.gender = role_gender(next(t.text for t in title if role_of(t.text) is not None))
    first = first_name_gender(tokens[0].text) if len(tokens) > 1 else None
    if first is not None:
        person.gender = first
    return person
