"""Grouping marked spans into quotations: a quotation over several paragraphs, and a split quote
with an inserted attribution („Wir sind stark“, sagte er, „und vereint.“)."""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.records import CueKind, CueMatch
from quotekit.stages.direct.attribution import cues_in
from quotekit.stages.marks import MarkedSpan
from quotekit.syntax.spans import has_paragraph_break

__all__ = ["MAX_INSERTION_CHARS", "group_marks"]

# An inserted attribution between the parts of a split quote is short: ", sagte er, ".
MAX_INSERTION_CHARS = 80


def group_marks(text: str, marks: Sequence[MarkedSpan], cues: Sequence[CueMatch]) -> list[list[MarkedSpan]]:
    """Group marked spans into quotations: multi-paragraph continuations and split quotes."""
    groups: list[list[MarkedSpan]] = []
    for mark in marks:
        if groups:
            previous = groups[-1][-1]
            between = text[previous.close_end : mark.open_start]
            split = (
                previous.is_speech
                and mark.is_speech
                and len(between) <= MAX_INSERTION_CHARS
                and not has_paragraph_break(between)
                and between.lstrip().startswith(",")
                and between.rstrip().endswith(",")
                and previous.close_mark != ""
                and cues_in(cues, previous.close_end, mark.open_start, frozenset({CueKind.VERB}))
                and not text[previous.start : previous.end].rstrip().endswith((".", "!", "?"))
            )
            if previous.continues or split:
                groups[-1].append(mark)
                continue
        groups.append([mark])
    return groups
