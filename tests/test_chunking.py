from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit.chunking import BATCH_CHARS, batch_limit, chunks, clean_for_pipeline, merge, quotation_extents
from quotekit.components import COMPONENTS
from quotekit.stages.marks import find_marked_spans


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


def _cuts(text: str, limit: int) -> list[int]:
    return [offset for offset, _ in chunks(text, limit)][1:]


def test_a_short_text_is_one_chunk() -> None:
    assert list(chunks("„Ja“, sagte er.", 100)) == [(0, "„Ja“, sagte er.")]


def test_chunks_are_cut_outside_quotations() -> None:
    text = "Er sagte:\n\n„Erstens.\n\n„Zweitens.\n\n„Drittens“, sagte er.\n\nEnde."
    # the blank lines inside the multi-paragraph quotation are nearer the limit, but not taken
    assert _cuts(text, text.index("Drittens") + 3)[0] == text.index("„")


def test_a_paragraph_longer_than_a_chunk_is_cut_after_a_sentence() -> None:
    text = "Erster Satz hier. Zweiter Satz „mit Zitat. Und mehr“ dort. Dritter Satz."
    assert _cuts(text, 50)[0] == text.index("Zweiter")  # not after "Zitat.", inside the quotation


def test_a_quotation_longer_than_a_chunk_is_cut_at_its_paragraph_break() -> None:
    text = "„Erster Absatz des Zitats.\n\n„Zweiter Absatz des Zitats“, sagte er."
    assert _cuts(text, 40) == [text.index("„Zweiter")]


def test_chunks_start_on_a_word_not_inside_white_space() -> None:
    text = "Eins.\n\n   Zwei und drei.\n\nVier."
    for offset, _ in list(chunks(text, 12))[1:]:
        assert not text[offset].isspace()
        assert text[offset - 1].isspace()


def test_a_multi_paragraph_quotation_is_one_extent() -> None:
    text = "Sie sagte: „Erstens.\n\n„Zweitens“, und ging. „Drei“ und „Vier“."
    extents = quotation_extents(find_marked_spans(text))
    assert extents[0] == (text.index("„Erstens"), text.index("“, und") + 1)
    assert [text[s:e] for s, e in extents[1:]] == ["„Drei“", "„Vier“"]


@pytest.mark.parametrize(
    ("lengths", "used"),
    [
        ([1_500] * 200, 64),  # news: a batch of 64 is 96,000 characters
        ([1_500] * 200 + [25_000] * 6, 6 + (BATCH_CHARS - 6 * 25_000) // 1_500),  # six long ones may meet
        ([25_000] * 100, BATCH_CHARS // 25_000),
        ([1_000_000], BATCH_CHARS // 25_000),  # one long text: its chunks
        (None, BATCH_CHARS // 25_000),  # lengths unknown: pieces as long as a chunk
    ],
)
def test_a_batch_holds_a_bounded_number_of_characters(lengths: list[int] | None, used: int) -> None:
    assert BATCH_CHARS == 200_000
    assert batch_limit(64, 25_000, lengths) == used
    assert batch_limit(4, 25_000, lengths) == 4


def test_merged_chunks_are_the_whole_text_with_their_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Anna Berger kam nach Wien.\n\n„Wir sind da“, sagte sie.\n\nThomas Keller blieb in Bern."
    pieces = [piece for _, piece in chunks(text, 30)]
    parsed = list(nlp.pipe(pieces, disable=list(COMPONENTS)))
    merged = merge(parsed)
    assert merged.text == text
    assert [sent.text for sent in merged.sents] == [sent.text for doc in parsed for sent in doc.sents]
    assert [ent.text for ent in merged.ents] == [ent.text for doc in parsed for ent in doc.ents]
    assert [t.lemma_ for t in merged] == [t.lemma_ for doc in parsed for t in doc]
    assert [str(t.morph) for t in merged] == [str(t.morph) for doc in parsed for t in doc]
    assert merged.tensor.size == 0


# Paragraphs of news-like words and quotation marks (some open a quotation that the next one continues).
_paragraphs = st.lists(
    st.lists(
        st.sampled_from(["Er", "sagte", "„Ja“", "„Wir", "sind", "da.“", "»Nein«", ",", ".", "„"]), max_size=8
    ).map(" ".join),
    min_size=1,
    max_size=30,
).map("\n\n".join)


@given(_paragraphs)
def test_chunks_are_cut_inside_a_quotation_only_where_no_line_break_outside_one_would_do(text: str) -> None:
    limit = 60
    extents = quotation_extents(find_marked_spans(text))

    def inside(point: int) -> bool:
        return any(start < point < end for start, end in extents)

    pieces = list(chunks(text, limit))
    for (start, _), (cut, _) in itertools.pairwise(pieces):
        after_breaks = [
            p
            for p in range(start + 1, min(start + limit, len(text)) + 1)
            if text[p - 1] == "\n" and (p == len(text) or not text[p].isspace()) and not inside(p)
        ]
        assert not after_breaks or not inside(cut)
