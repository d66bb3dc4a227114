"""Property tests for the marks stage: any text, no crash, sound spans."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.stages.marks import find_marked_spans

MARKS = "„“”‚‘’»«›‹\"'"
BREAKS = "\n\r\u2028"

# Text built mostly from quotation marks, words, spaces and line breaks, where the pairing rules are busiest.
quote_heavy_text = st.lists(
    st.one_of(
        st.sampled_from(list(MARKS)),
        st.sampled_from(["Wir", "kommen", "geht's", "sagte", "er", ".", ",", ":", "'n", "68er"]),
        st.sampled_from([" ", " ", "  ", *BREAKS, "\r\n", "\n\n"]),
    ),
    max_size=60,
).map("".join)

any_text = st.one_of(st.text(max_size=200), quote_heavy_text)


def check_spans(text: str) -> None:
    spans = find_marked_spans(text)
    previous_end = 0
    for span in spans:
        assert 0 <= span.open_start <= span.start <= span.end <= span.close_end <= len(text)
        assert previous_end <= span.open_start  # in text order, no overlap
        previous_end = span.close_end
        assert text[span.open_start : span.start] == span.open_mark
        assert text[span.end : span.close_end] == span.close_mark
        if span.close_mark == "":
            assert span.close_end == span.end
        content = text[span.start : span.end]
        assert content.strip()
        assert not content.startswith(span.open_mark)
    for span, following in pairwise(spans):
        if span.continues:
            assert span.close_mark == ""
            assert following.open_mark == span.open_mark
            # Only line breaks (and paragraphs holding nothing but an opening mark) lie between the parts.
            assert text[span.end : following.open_start].replace(span.open_mark, "").strip() == ""
    if spans:
        assert not spans[-1].continues


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_spans_are_sound_on_any_text(text: str) -> None:
    check_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*MARKS, " ", "a", "\n"]), max_size=300).map("".join))
def test_random_mixes_of_marks(text: str) -> None:
    check_spans(text)


@settings(max_examples=100, deadline=None)
@given(quote_heavy_text, quote_heavy_text)
def test_an_unclosed_quote_never_crosses_a_paragraph_break(first: str, second: str) -> None:
    text = f"{first}\n{second}"
    boundary = len(first)
    for span in find_marked_spans(text):
        # A quotation runs on over a line break only to its closing mark.
        assert span.close_end <= boundary or span.open_start > boundary or span.close_mark


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80))
def test_text_without_marks_has_no_spans(text: str) -> None:
    text = "".join(char for char in text if char not in MARKS)
    assert find_marked_spans(text) == []
