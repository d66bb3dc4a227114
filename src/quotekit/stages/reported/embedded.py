"""Reported speech inside narration: a relative or causal clause in the Konjunktiv I.

"Besorgt äußerte sich Annan über die Gewalt gegen Frauen, die besonders häufig in Darfur auftrete": the
narrator's sentence is in the indicative, the clause in the Konjunktiv I says what the sentence's subject
reported. The clause, from its relative pronoun (or "weil", "da") to its verb, is a reported quotation of
that subject. Only the Konjunktiv I counts: "das den Piloten zur Rückkehr bewogen hätte" may be what might
have been.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.parts_of_speech import IDS

from quotekit.lang.de.words import german
from quotekit.records import CueMatch, QuoteRecord
from quotekit.stages.reported.clauses import MIN_WORDS, pronoun_after_comma
from quotekit.stages.reported.index import SpanIndex
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    pos_at,
    text_at,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import VERB_POS
from quotekit.syntax.mentions import clause_subject
from quotekit.syntax.nominals import names_someone
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.spans import sentences
from quotekit.syntax.verbs import could_be_finite, is_konjunktiv_one, is_subjunctive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["embedded_reports"]

_STOPS = frozenset({",", ".", ";", ":", "!", "?"})


def embedded_reports(doc: Doc, records: Sequence[QuoteRecord], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """The Konjunktiv I relative and causal clauses of indicative sentences that no quotation holds yet; the
    cue, where the sentence has one before the clause ("prangert … an, für die … verantwortlich sei")."""
    taken = SpanIndex(p for r in records for p in r.parts)
    found: list[QuoteRecord] = []
    texts = token_texts(doc)
    poses = token_column(doc, POS)
    verb_ids = _verb_ids()
    for sent in sentences(doc):
        # (a clause of its own opens after a comma: sentences without one are passed over at once)
        if "," not in texts[sent.start : sent.end] or taken.meets(sent.start_char, sent.end_char):
            continue
        if not _narrated(sent):
            continue
        # (by the POS column and the words' texts: a `Token` only for a lower-case verb)
        for k in range(sent.start, sent.end):
            if poses[k] not in verb_ids or not texts[k][:1].islower():
                continue
            verb = doc[k]
            if not _reporting_verb(verb):
                continue
            opener = _clause_opener(doc, verb, sent)
            if opener is None:
                continue
            end = _verb_group_end(doc, verb, sent)
            start_char = doc[opener].idx
            end_char = doc[end - 1].idx + len(text_at(doc, end - 1))
            words = sum(1 for t in doc[opener:end] if not (t.is_punct or t.is_space))
            if words < MIN_WORDS or taken.meets(start_char, end_char) or _first_person(doc[opener:end]):
                continue
            subject = clause_subject(sent.root)
            mention = mention_of(subject) if subject is not None else None
            if mention is not None and not names_someone(doc, mention):
                mention = None
            cue = next(
                (c for c in reversed(cues) if sent.start_char <= c.start and c.end <= start_char), None
            )
            found.append(
                QuoteRecord(parts=[(start_char, end_char)], kind="indirect", cue=cue, mention=mention)
            )
    return found


@cache
def _verb_ids() -> frozenset[int]:
    """The POS ids of verbs and auxiliaries."""
    return frozenset(IDS[p] for p in VERB_POS)


def _first_person(clause: SpacySpan) -> bool:
    """Whether "ich" or "wir" stands in the clause: "die ich bisher getroffen habe" is the indicative."""
    persons = german().first_or_second_person
    return any(token_lower(t) in persons for t in clause)


def _narrated(sent: SpacySpan) -> bool:
    """Whether the sentence's main verb is an indicative: the narrator speaks, not a reported voice."""
    # (the first finite verb before a comma: the main clause's, in second place, whatever the parse's root)
    for token in sent:
        if token_text(token) in _STOPS:
            return False
        if token_pos(token) in VERB_POS and could_be_finite(token):
            return not is_subjunctive(token)
    return False


def _reporting_verb(token: Token) -> bool:
    """A finite verb in a Konjunktiv I form the indicative does not share ("sei", "habe", "müsse"). (Not a
    Konjunktiv II in its place: in a clause of the narrator's sentence "würden", "hätten", "müssten" are as
    often what might be or have been: "Kameras, mit denen Teile hätten entdeckt werden können".)"""
    # (lower case: a clause's final verb never opens it, and a capitalised word in "-e" a weak tagger calls a
    # verb is a noun: "an der Fünf-Prozent-Hürde scheiterte")
    return (
        token_pos(token) in VERB_POS
        and token_text(token)[:1].islower()
        and could_be_finite(token)
        and is_konjunktiv_one(token)
    )


def _clause_opener(doc: Doc, verb: Token, sent: SpacySpan) -> int | None:
    """The token that opens the verb's clause after a comma: a relative pronoun (after a preposition perhaps:
    "für die", "in deren") or a causal conjunction; None for any other clause, or where another finite verb
    stands between (the verb is then not the clause's own)."""
    de = german()
    for i in range(verb.i - 1, sent.start - 1, -1):
        token = doc[i]
        if token_text(token) in _STOPS:
            if token_text(token) != "," or i + 1 >= verb.i:
                return None
            first = doc[i + 1]
            if _subjunctive_before(doc, i, sent.start):
                return None  # "dass sich Passagen fänden, die … übernommen seien": part of a reported clause
            if token_lower(first) in de.causal_subordinators:
                return i + 1
            pronoun = pronoun_after_comma(doc, i, verb.i)
            return i + 1 if pronoun is not None and labels.is_relative_pronoun(pronoun) else None
        if token_pos(token) in VERB_POS and could_be_finite(token) and not labels.is_auxiliary(token):
            return None
    return None


def _subjunctive_before(doc: Doc, comma: int, floor: int) -> bool:
    """Whether the clause right before the comma at `comma` has a finite verb in the Konjunktiv."""
    for i in range(comma - 1, floor - 1, -1):
        token = doc[i]
        if token_text(token) in _STOPS:
            return False
        if token_pos(token) in VERB_POS and could_be_finite(token) and is_subjunctive(token):
            return True
    return False


def _verb_group_end(doc: Doc, verb: Token, sent: SpacySpan) -> int:
    """The end (exclusive) of the clause's final verb group: "entzündet haben soll", "auftrete"."""
    end = verb.i + 1
    while end < sent.end and text_at(doc, end) not in _STOPS and pos_at(doc, end) in VERB_POS:
        end += 1
    return end
