"""Who is who across a text: names, titles and roles, appositions and pronouns linked to one person each.

A light, rule-based coreference for speakers. One pass in text order collects *persons* from name runs
(proper nouns, PER entities), keyed by their last word ("Jens Stoltenberg", "Stoltenberg" and the genitive
"Stoltenbergs" are one person), with the roles the text gives them ("NATO-Generalsekretär Jens
Stoltenberg", "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"). Role phrases without a name
("der NATO-Chef", "der Sprecher des Außenministeriums") and the pronouns "er"/"sie" are linked to the person they
can only mean, by role, gender and recency; when no person fits, they stay unresolved: a wrong name is worse
than none. Words inside quotation marks are never antecedents: the speaker names them, not the narrator.
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
from quotekit.syntax.docindex import text_of
from quotekit.syntax.labels import ORG_LABELS, PERSON_LABELS
from quotekit.syntax.nominals import is_known_surname, is_nominal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# An apposition role phrase ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa") is short.
_MAX_ROLE_TOKENS = 8
# Name runs longer than this are titles or lists, not one person's name.
_MAX_NAME_TOKENS = 4
# How many tokens back a subject still outranks a more recent non-subject as a pronoun's antecedent.
_SUBJECT_WINDOW = 60
_NAME_POS = frozenset({"PROPN"})
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "X"})


@attrs.define
class Person:
    """One person of the text: the forms of their name, their gender and roles, where they were last named."""

    key: str
    name: str
    gender: str | None = None
    roles: list[tuple[str, frozenset[str], str]] = attrs.field(factory=list)  # (role, words, prefix)
    last: int = -1
    last_subject: int = -1  # where they were last the subject of a clause: the likelier antecedent


@attrs.frozen
class Resolution:
    """What a speaker mention refers to: a person's canonical name, an organisation, or a descriptive phrase."""

    name: str | None
    is_organization: bool = False


def _surname_key(token: Token) -> str:
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


def _role_words(tokens: Sequence[Token]) -> tuple[str, frozenset[str], str] | None:
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


@attrs.define
class Resolver:
    """Persons of one doc and the resolution of every name, role and pronoun token outside quotations."""

    doc: Doc
    persons: dict[str, Person] = attrs.field(factory=dict)
    by_token: dict[int, Person | None] = attrs.field(factory=dict)
    name_runs: dict[int, tuple[int, int]] = attrs.field(factory=dict)  # token -> run [start, end)

    def resolve(self, start: int, end: int) -> Resolution:
        """The referent of the mention at characters [start, end)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Resolution(None)
        text = text_of(self.doc)[start:end]
        runs = {
            self.name_runs[t.i] for t in span if t.i in self.name_runs and self.by_token.get(t.i) is not None
        }
        if runs:
            # "Kölns Präsident Wolfgang Overath": the longest name, one with a first name first.
            best = max(
                runs, key=lambda run: (first_name_gender(self.doc[run[0]].text) is not None, run[1] - run[0])
            )
            person = self.by_token[best[0]]
            return Resolution(person.name if person is not None else None)
        words = [t for t in span if not t.is_punct]
        for token in words:
            # A surname the runs missed ("Stoltenbergs Behauptung": the parser took it for a noun).
            key = token.text.lower()
            person = self.persons.get(key) or (self.persons.get(key[:-1]) if key.endswith("s") else None)
            if person is not None and token.text[:1].isupper():
                return Resolution(person.name)
        pronoun = next((t for t in words if pronoun_genders(t.text) is not None), None)
        if pronoun is not None and len(words) == 1:
            person = self.by_token.get(pronoun.i)
            return Resolution(person.name if person is not None else None)
        head = next((t for t in words if is_nominal(t)), None)
        if head is None:
            return Resolution(None)
        if role_of(head.text) is not None:
            person = self.by_token.get(head.i)
            return Resolution(person.name if person is not None else text)
        if is_organisation_noun(head.text) or head.ent_type_ in ORG_LABELS:
            return Resolution(text, is_organization=True)
        return Resolution(text)


def _inside(index: int, spans: Sequence[tuple[int, int]], doc: Doc) -> bool:
    idx = doc[index].idx
    return any(start <= idx < end for start, end in spans)


def _runs(doc: Doc) -> list[tuple[int, int]]:
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


def _is_person_run(doc: Doc, start: int, end: int, known: dict[str, Person]) -> bool:
    tokens = doc[start:end]
    if any(t.ent_type_ in PERSON_LABELS for t in tokens):
        return True
    if end - start >= 2 and first_name_gender(tokens[0].text) is not None:
        return True
    if _surname_key(tokens[-1]) in known:
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
    for index in range(start - 2, max(-1, start - 2 - _MAX_ROLE_TOKENS), -1):
        token = doc[index]
        if token.pos_ not in _PHRASE_POS or token.is_punct:
            break
        phrase.insert(0, token)
    return phrase if _role_words(phrase) is not None else []


def _title_after(doc: Doc, end: int) -> list[Token]:
    """An apposition after a name: "Jerry Larson, dem Präsidenten von UP Aerospace"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    phrase: list[Token] = []
    for token in doc[end + 1 : min(len(doc), end + 1 + _MAX_ROLE_TOKENS)]:
        if token.pos_ not in _PHRASE_POS or token.is_punct:
            break
        phrase.append(token)
    return phrase if _role_words(phrase) is not None else []


def _gender_of_pronoun(token: Token) -> str | None:
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


def _matches_role(person: Person, role: tuple[str, frozenset[str], str], gender: str | None) -> bool:
    if gender is not None and person.gender is not None and gender != person.gender:
        return False
    name, words, prefix = role
    for own_name, own_words, own_prefix in person.roles:
        if prefix and prefix == own_prefix:
            return True  # "NATO-Chef" for the "NATO-Generalsekretär"
        if name == own_name and words <= own_words:
            return True  # "der Sprecher des Außenministeriums", "der Minister"
    return False


def build_resolver(doc: Doc, quoted: Sequence[tuple[int, int]] = ()) -> Resolver:
    """Persons and token resolutions for `doc`; `quoted` are the character spans inside quotation marks."""
    resolver = Resolver(doc)
    persons = resolver.persons
    runs = _runs(doc)
    run_at = dict(runs)
    skip_until = -1
    for token in doc:
        i = token.i
        if i < skip_until:
            continue
        # Names and role nouns are capitalised and the pronouns are "er"/"sie": other words refer to
        # no one, and the checks below need not see them.
        if (
            i not in run_at
            and not token.text[:1].isupper()
            and token.lower_ not in german().personal_pronouns
        ):
            continue
        if i in run_at:
            end = run_at[i]
            if _is_person_run(doc, i, end, persons):
                person = _person_for(doc, i, end, persons)
                for index in range(i, end):
                    resolver.by_token[index] = person
                    resolver.name_runs[index] = (i, end)
                if not _inside(i, quoted, doc):
                    _seen(person, doc[i:end])
            skip_until = end
            continue
        if _inside(i, quoted, doc):
            continue
        if is_nominal(token) and role_of(token.text) is not None and i + 1 not in run_at:
            phrase = [token, *(t for t in doc[i + 1 : i + _MAX_ROLE_TOKENS] if t.pos_ in _PHRASE_POS)]
            role = _role_words(phrase)
            gender = role_gender(token.text)
            candidates = [p for p in persons.values() if role is not None and _matches_role(p, role, gender)]
            if candidates:
                person = max(candidates, key=lambda p: p.last)
                resolver.by_token[i] = person
                _seen(person, doc[i : i + 1])
            continue
        gender = _gender_of_pronoun(token) if token.lower_ in german().personal_pronouns else None
        if gender in {"masc", "fem"}:
            candidates = [p for p in persons.values() if p.last >= 0 and p.gender in {gender, None}]
            known = [p for p in candidates if p.gender == gender] or candidates
            # A recent subject is the likelier antecedent than a name in an object or a list
            # ("… mit seinen Kollegen Aldrin und Collins lenkte er …" after "Armstrong …").
            subjects = [p for p in known if p.last_subject >= 0 and i - p.last_subject <= _SUBJECT_WINDOW]
            chosen = max(subjects, key=lambda p: p.last_subject, default=None) or max(
                known, key=lambda p: p.last, default=None
            )
            resolver.by_token[i] = chosen
            if chosen is not None:
                _seen(chosen, doc[i : i + 1])
    return resolver


def _seen(person: Person, tokens: Span) -> None:
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


def _person_for(doc: Doc, start: int, end: int, persons: dict[str, Person]) -> Person:
    tokens = list(doc[start:end])
    key = _surname_key(tokens[-1])
    person = persons.get(key)
    if person is None and key.endswith("s") and key[:-1] in persons:
        person = persons[key[:-1]]  # "Stoltenbergs" when the parser did not mark the genitive
    if person is None:
        person = Person(key=key, name=" ".join(t.text for t in tokens))
        persons[key] = person
    elif len(tokens) > len(person.name.split()):
        person.name = " ".join(t.text for t in tokens)  # the fullest form names the person
    for title in (_title_before(doc, start), _title_after(doc, end)):
        role = _role_words(title)
        if role is not None and role not in person.roles:
            person.roles.append(role)
            if person.gender is None:
                person.gender = role_gender(next(t.text for t in title if role_of(t.text) is not None))
    first = first_name_gender(tokens[0].text) if len(tokens) > 1 else None
    if first is not None:
        person.gender = first
    return person
