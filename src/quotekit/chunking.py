"""Splitting texts too long for the pipeline into paragraph chunks, remembering their offsets."""

from __future__ import annotations

from collections.abc import Iterator

import regex

_PARAGRAPH_BREAK = regex.compile(r"\n\s*\n|\n")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s+")
# Lone surrogates cannot be encoded and would crash spaCy's hashing; replace them one for one.
_SURROGATES = regex.compile(r"[\ud800-\udfff]")


def clean_for_pipeline(text: str) -> str:
    """`text` with characters spaCy cannot hash replaced, length and offsets unchanged."""
    cleaned: str = _SURROGATES.sub("\ufffd", text)
    return cleaned


def _cut_points(text: str, pattern: regex.Pattern[str]) -> list[int]:
    return [match.end() for match in pattern.finditer(text)]


def chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in order, each piece at most `limit` characters.

    Cuts at paragraph breaks where it can, else after sentence ends, else at whitespace, else hard.
    """
    if limit <= 0:
        msg = f"limit must be positive, got {limit}"
        raise ValueError(msg)
    start = 0
    length = len(text)
    while length - start > limit:
        window_end = start + limit
        cut = _best_cut(text, start, window_end)
        yield start, text[start:cut]
        start = cut
    if start < length or length == 0:
        yield start, text[start:]


def _best_cut(text: str, start: int, window_end: int) -> int:
    window = text[start:window_end]
    for pattern in (_PARAGRAPH_BREAK, _SENTENCE_BREAK):
        points = [p for p in _cut_points(window, pattern) if p > 0]
        if points:
            return start + points[-1]
    space = max(window.rfind(" "), window.rfind("\t"))
    if space > 0:
        return start + space + 1
    return window_end
