"""Indexes over character spans, built once per doc, so that the reported-speech stage does work
proportional to the text: no scan of all quotations or all cues per sentence, per cue or per record.

- `SpanIndex`: fixed spans (they may overlap), sorted by start with a running maximum of ends: does a
  span meet [start, end), and which ones do, in O(log n + hits).
- `PositionIndex`: sorted offsets: is there one in [start, end).
- `DisjointParts`: the parts of the stage's own records, which never overlap one another, kept sorted
  as records are added or extended: which record holds an offset, does a span meet any part.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from itertools import accumulate

from quotekit.records import CharSpan

__all__ = ["DisjointParts", "PositionIndex", "SpanIndex"]


class SpanIndex:
    """Spans sorted by start, with the running maximum of their ends."""

    def __init__(self, spans: Iterable[CharSpan]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(accumulate((e for _, e in self._spans), max))

    def meeting(self, start: int, end: int) -> list[CharSpan]:
        """The spans that share a character with [start, end), in order of their start."""
        found = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            if self._spans[i][1] > start:
                found.append(self._spans[i])
            i -= 1
        return found[::-1]

    def overlap(self, start: int, end: int) -> int:
        """How many characters of [start, end) the spans cover (counted per span, as `spans.overlap`)."""
        return sum(min(end, e) - max(start, s) for s, e in self.meeting(start, end))

    def meets(self, start: int, end: int) -> bool:
        """Whether any span shares a character with [start, end)."""
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            if self._spans[i][1] > start:
                return True
            i -= 1
        return False


class PositionIndex:
    """Sorted character offsets."""

    def __init__(self, positions: Iterable[int]) -> None:
        self._positions = sorted(positions)

    def any_in(self, start: int, end: int) -> bool:
        """Whether an offset lies in [start, end)."""
        i = bisect_left(self._positions, start)
        return i < len(self._positions) and self._positions[i] < end


class DisjointParts:
    """The parts of a growing list of records that never overlap one another, sorted by start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._owner: dict[int, int] = {}  # part start -> record index

    def add(self, parts: Sequence[CharSpan], record: int) -> None:
        for start, end in parts:
            insort(self._starts, start)
            insort(self._ends, end)
            self._owner[start] = record

    def remove(self, parts: Sequence[CharSpan]) -> None:
        for start, end in parts:
            del self._starts[bisect_left(self._starts, start)]
            del self._ends[bisect_left(self._ends, end)]
            self._owner.pop(start, None)

    def meets(self, start: int, end: int) -> bool:
        """Whether a part shares a character with [start, end)."""
        i = bisect_right(self._ends, start)  # the first part that ends after `start`
        return i < len(self._starts) and self._starts[i] < end

    def owners(self, start: int, end: int) -> set[int]:
        """The records with a part that shares a character with [start, end)."""
        found: set[int] = set()
        i = bisect_right(self._ends, start)
        while i < len(self._starts) and self._starts[i] < end:
            found.add(self._owner[self._starts[i]])
            i += 1
        return found

    def owner(self, offset: int) -> int | None:
        """The record whose part holds the character at `offset`."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or self._ends[i] <= offset:
            return None
        return self._owner[self._starts[i]]
