"""Stage 3: direct quotations from quotation marks, linked to their cue and local speaker mention.

`find_direct_quotes` changes nothing; the component stores its result on the doc.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .marks import MarkedSpan
from .mentions import speaker_of_cue, token_range
from .records import CueMatch, QuoteRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc

# An inserted attribution between the parts of a split quote is short: ", sagte er, ".
_MAX_INSERTION_CHARS = 80


def _first_cue_in(cues: Sequence[CueMatch], start: int, end: int, kinds: frozenset[str]) -> CueMatch | None:
    for cue in cues:
        if start <= cue.start and cue.end <= end and cue.kind in kinds:
            return cue
    return None


_AFTER_KINDS = frozenset({"verb", "so", "zufolge"})
_BEFORE_KINDS = frozenset({"verb", "laut", "nach_angaben"})


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = token_range(doc, start, end)
    if span is None:
        return start, end
    first = span[0].sent
    last = span[-1].sent
    return first.start_char, last.end_char


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right


def _merge_groups(text: str, marks: Sequence[MarkedSpan], cues: Sequence[CueMatch]) -> list[list[MarkedSpan]]:
    """Group marked spans into quotations: multi-paragraph continuations and split quotes."""
    groups: list[list[MarkedSpan]] = []
    for mark in marks:
        if groups:
            previous = groups[-1][-1]
            between = text[previous.close_end : mark.open_start]
            split = (
                previous.is_speech
                and mark.is_speech
                and len(between) <= _MAX_INSERTION_CHARS
                and "\n" not in between
                and between.lstrip().startswith(",")
                and previous.close_mark != ""
                and _first_cue_in(cues, previous.close_end, mark.open_start, frozenset({"verb"})) is not None
                and not text[previous.start : previous.end].rstrip().endswith((".", "!", "?"))
            )
            if previous.continues or split:
                groups[-1].append(mark)
                continue
        groups.append([mark])
    return groups


def _attribute(
    doc: Doc, group: Sequence[MarkedSpan], cues: Sequence[CueMatch]
) -> tuple[CueMatch | None, tuple[int, int] | None]:
    text = doc.text
    outside = [(m.open_start, m.close_end) for m in group]
    first, last = group[0], group[-1]
    # Inserted attribution between parts: „…“, sagte er, „…“.
    for previous, following in itertools.pairwise(group):
        cue = _first_cue_in(cues, previous.close_end, following.open_start, frozenset({"verb"}))
        if cue is not None:
            return cue, speaker_of_cue(doc, cue, outside)
    para_start, para_end = _paragraph_bounds(text, first.open_start, last.close_end)
    sent_start, sent_end = _sentence_bounds(doc, first.open_start, last.close_end)
    # After the quote, in the same sentence: „…“, sagte er. / „…“, so Price.
    after_end = min(sent_end, para_end)
    next_marks = [c for c in cues if c.start >= last.close_end and c.kind == "colon"]
    if next_marks:
        after_end = min(after_end, next_marks[0].start)
    after = text[last.close_end : after_end]
    if after.lstrip().startswith((",", "–", "-")) or last.close_mark == "" or after.strip() == "":
        cue = _first_cue_in(cues, last.close_end, after_end, _AFTER_KINDS)
        if cue is not None:
            return cue, speaker_of_cue(doc, cue, outside)
    # Before the quote: Er sagte: „…“ / Faeser: „…“ / Laut Price „…“.
    before_start = max(sent_start, para_start)
    before = text[before_start : first.open_start]
    if before.rstrip().endswith(":"):
        colon = max(
            (c for c in cues if c.kind == "colon" and c.end <= first.open_start),
            key=lambda c: c.start,
            default=None,
        )
        verb = None
        for cue in cues:
            if before_start <= cue.start and cue.end <= first.open_start and cue.kind in _BEFORE_KINDS:
                verb = cue
        if verb is not None:
            return verb, speaker_of_cue(doc, verb, outside)
        if colon is not None:
            return colon, _headline_speaker(doc, before_start, colon.start)
    return None, None


def _headline_speaker(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "Faeser: „…“": a short name or noun phrase alone before a colon."""
    span = token_range(doc, start, end)
    if span is None or len(span) == 0 or len(span) > 6:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or not any(t.pos_ in {"PROPN", "NOUN"} for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def find_direct_quotes(doc: Doc, marks: Sequence[MarkedSpan], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """Direct quotations (speech in marks) with cue and local mention. Changes nothing."""
    records: list[QuoteRecord] = []
    for group in _merge_groups(doc.text, marks, cues):
        cue, mention = _attribute(doc, group, cues)
        is_speech = any(m.is_speech for m in group)
        if not is_speech and (cue is None or cue.kind == "colon"):
            continue  # titles, names and scare quotes without a speech cue are not quotations
        parts = [(m.start, m.end) for m in group if m.end > m.start]
        if not parts:
            continue
        records.append(QuoteRecord(parts=parts, kind="direct", cue=cue, mention=mention))
    return records
