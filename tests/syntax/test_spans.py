"""Stretches of a doc: the paragraph-bounded sentence, trimmed parts."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from tests.handbuilt import Row, build

from quotekit.syntax.labels import Scheme
from quotekit.syntax.spans import (
    SpanSet,
    doc_slice,
    in_text_order,
    last_token_between,
    paragraph_bounds,
    runs,
    sentence_of,
    sentences,
    text_before,
    tokens_between,
)

# "Er kam \n Sie ging ." parsed as one sentence across the paragraph break, as stop-gap parsers do.
ACROSS: list[Row] = [
    ("Er", "PRON", "1", "nsubj", "sb", "er"),
    ("kam", "VERB", "1", "ROOT", "ROOT", "kommen"),
    ("\n", "SPACE", "1", "dep", "punct", "\n"),
    ("Sie", "PRON", "4", "nsubj", "sb", "sie"),
    ("ging", "VERB", "1", "conj", "cj", "gehen"),
    (".", "PUNCT", "1", "punct", "punct", "."),
]


def test_a_sentence_ends_at_a_paragraph_break(scheme: Scheme) -> None:
    doc = build(ACROSS, scheme)
    assert sentence_of(doc[0]).text.strip() == "Er kam"
    assert sentence_of(doc[4]).text == "Sie ging."
    assert [s.text.strip() for s in sentences(doc)] == ["Er kam", "Sie ging."]


def test_runs_are_trimmed_of_punctuation_but_keep_quotation_marks(scheme: Scheme) -> None:
    doc = build(
        [
            (",", "PUNCT", "2", "punct", "punct", ","),
            ("„", "PUNCT", "2", "punct", "punct", "„"),
            ("Ja", "PART", "2", "ROOT", "ROOT", "ja"),
            ("“", "PUNCT", "2", "punct", "punct", "“"),
            (".", "PUNCT", "2", "punct", "punct", "."),
        ],
        scheme,
        spaces=[True, False, False, False, False],
    )
    assert [doc.text[s:e] for s, e in runs(doc, range(len(doc)))] == ["„Ja“"]


def test_paragraph_bounds_by_characters() -> None:
    doc = spacy.blank("de")("Erst.\nDann „Ja“.\r\nZuletzt.\u2029Ende")
    start = doc.text.index("„")
    assert doc.text[slice(*paragraph_bounds(doc, start, start + 4))] == "Dann „Ja“."
    assert paragraph_bounds(doc, 0, 2) == (0, 5)
    last = doc.text.index("Ende")
    assert paragraph_bounds(doc, last, last + 1) == (last, len(doc.text))


def test_paragraph_bounds_of_a_text_without_breaks_is_the_text() -> None:
    doc = spacy.blank("de")("Nur ein Absatz „hier“.")
    assert paragraph_bounds(doc, 15, 21) == (0, len(doc.text))


@pytest.mark.parametrize("offset", [0, 4, 5, 9, 10, 14, 15, 20, 25, 30, 35])
def test_a_span_set_covers_what_a_scan_of_its_spans_covers(offset: int) -> None:
    spans = [(20, 30), (5, 10), (22, 24), (5, 10), (0, 1), (12, 15)]  # unsorted, nested, repeated
    assert SpanSet(spans).covers(offset) == any(s <= offset < e for s, e in spans)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12), st.integers(-2, 62))
def test_a_span_set_answers_like_a_scan(pairs: list[tuple[int, int]], offset: int) -> None:
    spans = [(min(a, b), max(a, b)) for a, b in pairs]
    assert SpanSet(spans).covers(offset) == any(s <= offset < e for s, e in spans)
    assert sorted(SpanSet(spans)) == sorted(spans)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12),
    st.integers(-2, 62),
    st.integers(1, 30),
)
def test_a_span_set_meets_what_a_scan_meets(pairs: list[tuple[int, int]], start: int, length: int) -> None:
    spans = [(s, s + n) for s, n in pairs]
    end = start + length
    assert SpanSet(spans).meets(start, end) == any(s < end and start < e for s, e in spans)


def test_in_text_order_takes_the_items_that_start_between_two_offsets() -> None:
    items = [(0, 3), (4, 9), (4, 5), (10, 12), (15, 20)]  # sorted by start
    assert list(in_text_order(items, 4, 15, lambda item: item[0])) == [(4, 9), (4, 5), (10, 12)]
    assert list(in_text_order(items, 21, 30, lambda item: item[0])) == []


def test_text_before_ends_where_the_text_up_to_the_offset_ends() -> None:
    text = "Wort " * 100 + "Ende: „Zitat“"
    end = text.index("„")
    assert text_before(text, end) == text[end - len(text_before(text, end)) : end]
    assert text_before(text, end).split()[-1] == text[:end].split()[-1] == "Ende:"
    assert text_before(text, 3) == text[:3]


def test_the_last_token_between_is_the_last_of_the_tokens_between() -> None:
    text = "Er sagte:  „Wir  kommen.“\n\nDann ging er."
    doc = spacy.blank("de")(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            tokens = tokens_between(doc, start, end)
            assert last_token_between(doc, start, end) == (tokens[-1] if tokens else None)


def test_doc_slice_is_the_docs_slice() -> None:
    doc = spacy.blank("de")("Er sagte: „Wir kommen.“ Dann ging er.")
    bounds = range(-len(doc) - 2, len(doc) + 3)
    for start in bounds:
        for end in bounds:
            made, expected = doc_slice(doc, start, end), doc[start:end]
            assert (made.start, made.end) == (expected.start, expected.end)
