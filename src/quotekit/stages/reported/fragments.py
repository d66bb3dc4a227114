"""Quoted fragments of mixed quotations: "Es gebe derzeit «keine konkreten Pläne»".

Words in marks inside reported speech are the reported speaker's own words, so they are a direct
quotation of their own (as news annotation counts them: the clause, and the fragment), with the
clause's cue and speaker, even where the direct stage, seeing no cue in their sentence, left them. What
reads as a title, a name or a term stays none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.records import QuoteRecord
from quotekit.stages.direct import quotation_parts
from quotekit.stages.direct.attribution import Attribution, Strength
from quotekit.stages.direct.speech import is_quotation
from quotekit.stages.marks import MarkedSpan
from quotekit.stages.reported.index import SpanIndex
from quotekit.syntax.docindex import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["quoted_fragments"]


def quoted_fragments(
    doc: Doc, marks: Sequence[MarkedSpan], direct: Sequence[QuoteRecord], reported: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """Direct quotations for the marked fragments of mixed quotations that no direct quotation holds yet."""
    taken = SpanIndex(p for r in direct for p in r.parts)
    mixed = [r for r in reported if r.kind == "mixed"]
    if not mixed:
        return []
    hosts = SpanIndex(p for r in mixed for p in r.parts)
    owners = {p: r for r in mixed for p in r.parts}
    text = text_of(doc)
    found: list[QuoteRecord] = []
    for mark in marks:
        if mark.continues or not mark.close_mark or taken.meets(mark.start, mark.end):
            continue
        holding = [p for p in hosts.meeting(mark.start, mark.end) if p[0] <= mark.start and mark.end <= p[1]]
        if not holding:
            continue
        host = owners[holding[0]]
        # The fragment is said by the clause's speaker: it needs what a governed fragment needs.
        if not is_quotation(doc, [mark], Attribution(host.cue, host.mention, Strength.GOVERNED)):
            continue
        parts = quotation_parts(text, [mark])
        if parts:
            found.append(QuoteRecord(parts=parts, kind="direct", cue=host.cue, mention=host.mention))
    return found
