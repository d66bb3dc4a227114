from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit.chunking import chunks, clean_for_pipeline


@given(st.text(max_size=300), st.integers(1, 50))
def test_chunks_cover_the_text_in_order(text: str, limit: int) -> None:
    pieces = list(chunks(text, limit))
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert len(piece) <= limit
        assert text[offset : offset + len(piece)] == piece


def test_chunks_prefer_paragraph_breaks() -> None:
    text = "Erster Absatz hier.\n\nZweiter Absatz. Noch ein Satz."
    pieces = [piece for _, piece in chunks(text, 30)]
    assert pieces[0] == "Erster Absatz hier.\n\n"


def test_chunk_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        list(chunks("abc", 0))


def test_lone_surrogates_are_replaced_in_place() -> None:
    text = "a\ud800b"
    cleaned = clean_for_pipeline(text)
    assert len(cleaned) == len(text)
    cleaned.encode("utf-8")
