"""Long texts: where to cut them into chunks for the parser, and how to join the parsed chunks again.

spaCy's pipeline needs memory that grows with the text it parses at once (about 3 kB per character of
a batch: 1.1 GB for 400,000 characters), and a language model's own components may not be linear in the
length of a doc. So quotekit parses a text longer than `CHUNK_CHARS` in chunks, cut at paragraph breaks that
lie outside every quotation, merges the parsed chunks into one `Doc` (`merge`) and runs its own
components once on that: speakers are resolved across the whole text and no quotation is cut. The
only effect of a cut is on the parse of the few words next to it.

`batch_limit` bounds the characters that go through the parser in one batch, whatever the texts.
"""

from __future__ import annotations

import heapq
import itertools
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import numpy
import regex
from spacy.tokens import Doc

from quotekit.records import CharSpan
from quotekit.stages.marks import find_marked_spans

if TYPE_CHECKING:
    from quotekit.stages.marks import MarkedSpan

__all__ = [
    "BATCH_CHARS",
    "CHUNK_CHARS",
    "batch_limit",
    "chunk_limit",
    "chunks",
    "clean_for_pipeline",
    "merge",
    "quotation_extents",
]

# Texts longer than this are parsed in chunks of at most this many characters. Measured on quote-dense
# news (benchmarks/long_texts.py, docs/performance.md): chunks of 10,000 to 25,000 characters parse as
# fast as any and need 100-200 MB each; 100,000 characters need 480 MB in one batch.
CHUNK_CHARS = 25_000
# At most about this many characters go through the parser in one batch (`batch_limit`): 200,000 need
# about 600 MB and parse as fast as larger batches.
BATCH_CHARS = 200_000

# Cut points, tried in this order, each first outside quotations: after a blank line, after a line
# break, after a sentence end; then a line break or a sentence end inside a quotation (a paragraph or
# a quotation longer than a chunk); then any white space. Each pattern takes the white space after
# it, so that a chunk starts with the word the whole text's tokenizer would start a token with.
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = regex.compile(r"[\n\r\u2028\u2029]\s*")
_SENTENCE_END = regex.compile(r"[.!?…]\s+")
_SPACE = regex.compile(r"\s+")
_CUTS: tuple[tuple[regex.Pattern[str], bool], ...] = (
    (_BLANK_LINE, True),
    (_LINE_BREAK, True),
    (_SENTENCE_END, True),
    (_LINE_BREAK, False),
    (_SENTENCE_END, False),
    (_SPACE, True),
    (_SPACE, False),
)
# Lone surrogates cannot be encoded and would crash spaCy's hashing; replace them one for one.
_SURROGATES = regex.compile(r"[\ud800-\udfff]")


def clean_for_pipeline(text: str) -> str:
    """`text` with characters spaCy cannot hash replaced, length and offsets unchanged."""
    cleaned: str = _SURROGATES.sub("\ufffd", text)
    return cleaned


def chunk_limit(max_length: int) -> int:
    """The longest chunk for a pipeline whose ``max_length`` is `max_length`."""
    return max(1, min(CHUNK_CHARS, int(max_length)))


def batch_limit(batch_size: int, limit: int, lengths: Iterable[int] | None = None) -> int:
    """`batch_size`, made smaller where needed so that no batch of pieces holds more than about
    `BATCH_CHARS` characters: pieces are the texts of `lengths` (a text longer than `limit` as pieces
    of `limit`), any `batch_size` of them in a row; without `lengths`, pieces of `limit` each."""
    if lengths is None:
        largest = [limit] * batch_size
    else:
        pieces = (piece for length in lengths for piece in _piece_lengths(length, limit, batch_size))
        largest = heapq.nlargest(batch_size, pieces)
    total = 0
    for count, piece in enumerate(largest):
        total += piece
        if total > BATCH_CHARS:
            return max(1, count)
    return batch_size


def _piece_lengths(length: int, limit: int, most: int) -> Iterator[int]:
    """A text's pieces, as long as they can be: whole, else `limit` long (at most `most` of them)."""
    if length <= limit:
        yield length
        return
    yield from itertools.repeat(limit, min(most, -(-length // limit)))


def quotation_extents(marks: Sequence[MarkedSpan]) -> list[CharSpan]:
    """The stretches from an opening mark to its closing mark, a multi-paragraph quotation as one
    stretch, in text order and disjoint (`marks` as `find_marked_spans` gives them: outermost, in order)."""
    extents: list[CharSpan] = []
    chain_start: int | None = None
    for mark in marks:
        start = mark.open_start if chain_start is None else chain_start
        if mark.continues:
            chain_start = start
            continue
        chain_start = None
        if extents and start < extents[-1][1]:
            extents[-1] = (extents[-1][0], max(extents[-1][1], mark.close_end))
        else:
            extents.append((start, mark.close_end))
    return extents


def chunks(text: str, limit: int, quotations: Sequence[CharSpan] | None = None) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in order, each piece at most `limit` characters.

    Cuts after a paragraph break outside every quotation where it can (`quotations`: disjoint sorted
    extents; by default those `find_marked_spans` finds in `text`), else after a sentence end, else
    inside a quotation, else at white space, else hard.
    """
    if limit <= 0:
        msg = f"limit must be positive, got {limit}"
        raise ValueError(msg)
    length = len(text)
    if length <= limit:
        yield 0, text
        return
    if quotations is None:
        quotations = quotation_extents(find_marked_spans(text))
    starts = [start for start, _ in quotations]
    ends = [end for _, end in quotations]
    start = 0
    while length - start > limit:
        cut = _best_cut(text, start, start + limit, starts, ends)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _inside(point: int, starts: list[int], ends: list[int]) -> bool:
    """Whether a cut before character `point` lies inside one of the disjoint extents."""
    k = bisect_right(starts, point - 1) - 1
    return k >= 0 and point < ends[k]


def _best_cut(text: str, start: int, window_end: int, starts: list[int], ends: list[int]) -> int:
    length = len(text)
    for pattern, outside_only in _CUTS:
        points = [
            int(match.end())
            for match in pattern.finditer(text, start, window_end)
            # only a whole run of white space: the next chunk starts on a word
            if start < match.end() and (match.end() == length or not text[match.end()].isspace())
        ]
        for point in reversed(points):
            if not outside_only or not _inside(point, starts, ends):
                return point
    return window_end


def merge(docs: Sequence[Doc]) -> Doc:
    """One `Doc` of parsed chunks whose texts join to the whole text: tokens, parse, sentences,
    entities, tags, morphology and lemmas; not the tensor (quotekit reads none) nor user data."""
    # spaCy's stub lacks `exclude`, which Doc.from_docs has taken since 3.3
    merged = Doc.from_docs(list(docs), ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    if merged is None:
        msg = "merge needs at least one doc"
        raise ValueError(msg)
    return merged


def drop_tensor(doc: Doc) -> Doc:
    """`doc` without its tensor (the token vectors of the tok2vec layer), which `merge` does not keep:
    a chunk that waits for the others to be parsed holds no memory it will not need."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc
