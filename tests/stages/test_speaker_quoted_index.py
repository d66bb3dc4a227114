"""The speaker stage's index of quoted characters answers a sweep over ascending offsets as it answers
each offset alone (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotekit.stages.speakers.resolver import QuotedIndex

_spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1])), max_size=30
)


@given(_spans, st.lists(st.integers(0, 260), max_size=60))
def test_contains_each_is_contains_of_each_offset(spans: list[tuple[int, int]], offsets: list[int]) -> None:
    index = QuotedIndex(spans)
    ascending = sorted(offsets)
    assert index.contains_each(ascending) == [index.contains(offset) for offset in ascending]
    assert index.contains_each(ascending) == [any(s <= o < e for s, e in spans) for o in ascending]
