"""Who is who across a text: names, titles and roles, appositions and pronouns linked to one person each.

A light, rule-based coreference for speakers. One pass in text order collects the persons
(`quotekit.stages.speakers.entities`). Role phrases without a name ("der NATO-Chef", "der Sprecher des
Außenministeriums") and the pronouns "er"/"sie" are linked to the person they can only mean, by role,
gender and recency; when no person fits, they stay unresolved: a wrong name is worse than none. Words
inside quotation marks are never antecedents: the speaker names them, not the narrator.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quotekit.lang.de.names import (
    PERSON_GENDERS,
    first_name_gender,
    is_organisation_noun,
    pronoun_genders,
    role_gender,
    role_of,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.stages.speakers.entities import (
    MAX_ROLE_TOKENS,
    PHRASE_POS,
    Person,
    gender_of_pronoun,
    is_person_run,
    matches_role,
    name_runs,
    person_for,
    role_words,
    seen,
)
from quotekit.syntax.docindex import text_of
from quotekit.syntax.labels import ORG_LABELS
from quotekit.syntax.nominals import is_nominal

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Resolution", "Resolver", "build_resolver"]

# How many tokens back a subject still outranks a more recent non-subject as a pronoun's antecedent.
_SUBJECT_WINDOW = 60


@attrs.frozen
class Resolution:
    """What a speaker mention refers to: a person's canonical name, an organisation, or a descriptive phrase."""

    name: str | None
    is_organization: bool = False


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


def _inside(index: int, spans: Sequence[CharSpan], doc: Doc) -> bool:
    idx = doc[index].idx
    return any(start <= idx < end for start, end in spans)


def build_resolver(doc: Doc, quoted: Sequence[CharSpan] = ()) -> Resolver:
    """Persons and token resolutions for `doc`; `quoted` are the character spans inside quotation marks."""
    resolver = Resolver(doc)
    persons = resolver.persons
    runs = name_runs(doc)
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
            if is_person_run(doc, i, end, persons):
                person = person_for(doc, i, end, persons)
                for index in range(i, end):
                    resolver.by_token[index] = person
                    resolver.name_runs[index] = (i, end)
                if not _inside(i, quoted, doc):
                    seen(person, doc[i:end])
            skip_until = end
            continue
        if _inside(i, quoted, doc):
            continue
        if is_nominal(token) and role_of(token.text) is not None and i + 1 not in run_at:
            phrase = [token, *(t for t in doc[i + 1 : i + MAX_ROLE_TOKENS] if t.pos_ in PHRASE_POS)]
            role = role_words(phrase)
            gender = role_gender(token.text)
            candidates = [p for p in persons.values() if role is not None and matches_role(p, role, gender)]
            if candidates:
                person = max(candidates, key=lambda p: p.last)
                resolver.by_token[i] = person
                seen(person, doc[i : i + 1])
            continue
        gender = gender_of_pronoun(token) if token.lower_ in german().personal_pronouns else None
        if gender in PERSON_GENDERS:
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
                seen(chosen, doc[i : i + 1])
    return resolver
