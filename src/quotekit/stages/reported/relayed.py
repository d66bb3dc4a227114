"""Speech that a speaker relays: a speech verb in the Konjunktiv I in a main clause ("Die Gewerkschaft
verlange, dass das Verfahren verlängert werde.") right after an attributed statement is itself reported
by the speaker of that statement ("…, sagte Ivana Marić von der Gewerkschaft."), so the report is
theirs, not the verb's subject's: the Konjunktiv says the writer does not state it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotekit.records import CueKind, QuoteRecord
from quotekit.syntax import labels
from quotekit.syntax.docindex import token_pos
from quotekit.syntax.spans import last_sentence_before, sentence_of
from quotekit.syntax.verbs import is_konjunktiv_one

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["relayed"]


def _konjunktiv_one_main_verb(verb: Token) -> bool:
    """Whether a cue verb heads its sentence and it or its auxiliary is a Konjunktiv I ("verlange",
    "habe … gedrängt")."""
    if not labels.is_root(verb):
        return False
    if is_konjunktiv_one(verb):
        return True
    # (the auxiliary before the participle in its own clause, not one of the reported clause that the parse
    # hung on the verb: "meinte, er habe …")
    doc = verb.doc
    auxiliaries = [
        t
        for t in verb.children
        if token_pos(t) == "AUX" and t.i < verb.i and not any(doc[k].is_punct for k in range(t.i + 1, verb.i))
    ]
    return any(is_konjunktiv_one(t) for t in auxiliaries)


def relayed(doc: Doc, reported: Sequence[QuoteRecord], others: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """`reported` with the speaker of the sentence before for each report whose speech verb a speaker
    relays. Linear in the records (one sort, one bisection each)."""
    named = sorted((r for r in [*reported, *others] if r.mention is not None), key=lambda r: r.end)
    ends = [r.end for r in named]
    result = []
    for record in reported:
        cue = record.cue
        if cue is None or cue.kind is not CueKind.VERB or not _konjunktiv_one_main_verb(doc[cue.head]):
            result.append(record)
            continue
        sentence = sentence_of(doc[cue.head])
        k = bisect_right(ends, sentence.start_char) - 1
        before = named[k] if k >= 0 else None
        previous = last_sentence_before(doc, sentence.start)
        previous_start = 0 if previous is None else previous.start_char
        if before is not None and before.end >= previous_start and before.mention != record.mention:
            record = evolve(record, mention=before.mention)
        result.append(record)
    return result
