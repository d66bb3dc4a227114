"""The reported stage's span indexes answer as a scan over all spans would (hypothesis), in log time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotekit.stages.reported.index import DisjointParts, PositionIndex, SpanIndex

_spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda p: (p[0], p[0] + p[1])), max_size=30
)
_query = st.tuples(st.integers(0, 240), st.integers(1, 60)).map(lambda p: (p[0], p[0] + p[1]))


@given(_spans, _query)
def test_span_index_finds_every_span_a_scan_finds(
    spans: list[tuple[int, int]], query: tuple[int, int]
) -> None:
    index = SpanIndex(spans)
    start, end = query
    expected = sorted(s for s in spans if s[0] < end and s[1] > start)
    assert index.meeting(start, end) == expected
    assert index.meets(start, end) == bool(expected)
    assert index.overlap(start, end) == sum(min(end, e) - max(start, s) for s, e in expected)


@given(st.lists(st.integers(0, 100), max_size=20), _query)
def test_position_index_finds_an_offset_in_a_range(positions: list[int], query: tuple[int, int]) -> None:
    assert PositionIndex(positions).any_in(*query) == any(query[0] <= p < query[1] for p in positions)


@given(st.lists(st.integers(1, 9), min_size=1, max_size=24), _query)
def test_disjoint_parts_know_their_record_as_parts_come_and_go(
    widths: list[int], query: tuple[int, int]
) -> None:
    # Parts laid side by side with one character between them; every third record is removed again.
    parts, at = [], 0
    for width in widths:
        parts.append((at, at + width))
        at += width + 1
    index = DisjointParts()
    for record, part in enumerate(parts):
        index.add([part], record)
    kept = {record: part for record, part in enumerate(parts) if record % 3}
    index.remove([part for record, part in enumerate(parts) if not record % 3])
    start, end = query
    assert index.meets(start, end) == any(s < end and e > start for s, e in kept.values())
    owners = {r for r, (s, e) in kept.items() if s <= start < e}
    assert index.owner(start) == (owners.pop() if owners else None)
