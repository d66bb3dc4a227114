"""Putting reported quotations together: with each other (speech reported inside reported speech) and
with the direct quotations (a direct quotation inside a mixed one is its fragment)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch, QuoteRecord
from quotekit.stages.reported.index import DisjointParts, SpanIndex
from quotekit.syntax.docindex import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ReportedList", "is_mixed", "merge_quotes", "mostly_direct"]

# A clause that is mostly a direct quotation belongs to the direct stage.
_MAX_DIRECT_SHARE = 0.5


def mostly_direct(parts: Sequence[CharSpan], direct: SpanIndex) -> bool:
    """Whether more than half of the parts lies in direct quotations (those belong to the direct stage)."""
    total = sum(e - s for s, e in parts)
    covered = sum(direct.overlap(*p) for p in parts)
    return total == 0 or covered / total > _MAX_DIRECT_SHARE


def is_mixed(doc: Doc, parts: Sequence[CharSpan]) -> bool:
    """Whether the parts hold a quotation mark: reported speech with a quoted fragment is "mixed"."""
    return any(ch in german().clause_marks for s, e in parts for ch in text_of(doc)[s:e])


def merge_quotes(direct: Sequence[QuoteRecord], reported: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Direct and reported quotations together, in text order.

    A direct quotation that lies wholly inside a mixed one is a quoted fragment of that reported
    speech ("… habe „keinerlei Plan“ vorgelegt"), not a quotation of its own: it is left out.
    """
    mixed = SpanIndex(part for record in reported if record.kind == "mixed" for part in record.parts)

    def inside_mixed(record: QuoteRecord) -> bool:
        return all(
            any(s <= start and end <= e for s, e in mixed.meeting(start, end)) for start, end in record.parts
        )

    kept = [record for record in direct if not inside_mixed(record)]
    return sorted([*kept, *reported], key=lambda r: (r.start, r.end))


class ReportedList:
    """The stage's own reported quotations, in cue order, with an index of their parts (which never
    overlap one another), so that adding one costs O(log n) however long the text."""

    def __init__(self) -> None:
        self.records: list[QuoteRecord] = []
        self._parts = DisjointParts()

    def add(self, doc: Doc, cue: CueMatch, parts: Sequence[CharSpan], mention: CharSpan | None) -> None:
        """Add a cue's reported content, unless it overlaps a quotation already there; speech reported
        inside reported speech extends the outer quotation instead."""
        if any(self._parts.meets(*p) for p in parts):
            return
        host = self._parts.owner(cue.extent[0])
        if host is not None:
            # "…, dass beide vereinbart haben, Treffen abzuhalten": speech reported inside reported
            # speech is part of the outer quotation, which goes on up to the end of the inner one.
            outer = self.records[host]
            gap = text_of(doc)[outer.parts[-1][1] : parts[0][0]]
            after = parts[0][0] >= outer.parts[-1][1]
            if len(parts) == 1 and after and not gap.strip(" ,\n"):
                extended = [*outer.parts[:-1], (outer.parts[-1][0], parts[0][1])]
                kind = "mixed" if is_mixed(doc, extended) else outer.kind
                self._parts.remove(outer.parts)
                self._parts.add(extended, host)
                self.records[host] = evolve(outer, parts=extended, kind=kind)
            return
        kind = "mixed" if is_mixed(doc, parts) else "indirect"
        self._parts.add(parts, len(self.records))
        self.records.append(QuoteRecord(parts=parts, kind=kind, cue=cue, mention=mention))
