"""Stage 3: direct quotations from quotation marks, linked to their cue and local speaker mention.

`find_direct_quotes` changes nothing; the component stores its result on the doc. The steps, one module
each: group the marked spans into quotations (`grouping`), place the attribution around each (`placement`,
with the strategies `after`, `before`, `neighbours`), keep only what was said (`speech`); an interview's
answers are quotations with or without marks (`interviews`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from quotekit.records import CharSpan, CueMatch, QuoteRecord
from quotekit.stages.direct.attribution import Attribution
from quotekit.stages.direct.bare_interviews import bare_interview_answers
from quotekit.stages.direct.grouping import group_marks
from quotekit.stages.direct.interviews import interview_answers
from quotekit.stages.direct.neighbours import (
    next_sentence,
    previous_sentence,
    speaker_after_paragraph_opening,
)
from quotekit.stages.direct.placement import place
from quotekit.stages.direct.speech import is_quotation, joined, shown_stance
from quotekit.stages.marks import MarkedSpan
from quotekit.syntax.docindex import text_of
from quotekit.syntax.spans import stripped

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_direct_quotes", "quotation_parts"]

# How far around a quotation (characters) its attribution rules look for cues and other quotations: more
# than a long paragraph before and after it.
_NEAR = 5000
# The quotations before it that the previous-sentence rule may look back to.
_RECENT_RECORDS = 20


def find_direct_quotes(doc: Doc, marks: Sequence[MarkedSpan], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """Direct quotations (speech in marks) with cue and local mention. Changes nothing."""
    text = text_of(doc)
    records: list[QuoteRecord] = []
    # marks opening the headline that quote no one by themselves (`_echoed_headlines`)
    headline_groups: list[Sequence[MarkedSpan]] = []
    floor = 0  # a sentence before a quotation starts after the quotation before it
    marked = sorted((m.open_start, m.close_end) for m in marks)
    mark_starts = [start for start, _ in marked]
    cue_starts = [cue.extent[0] for cue in cues]  # the cues come in text order
    for group in group_marks(text, marks, cues):
        # The rules read the quotation's sentence and its neighbours: they get the cues and marks near
        # it, so that the stage stays linear in the text however many quotations it holds.
        low, high = group[0].open_start - _NEAR, group[-1].close_end + _NEAR
        near_cues = cues[bisect_left(cue_starts, low) : bisect_left(cue_starts, high)]
        near_marks = marked[bisect_left(mark_starts, low) : bisect_left(mark_starts, high)]
        found, begins, ends = place(doc, group, near_cues, floor, near_marks)
        if not is_quotation(doc, group, found):
            if _opens_headline(text, group[0].open_start):
                headline_groups.append(group)
            continue
        # (only a quotation: marks that name a title stand inside the sentence of the quotation after them,
        # "nannte den Siegerfilm auf der Plattform «Kinoblick» «solide, aber mutlos»")
        floor = group[-1].close_end
        if found.cue is None and found.mention is not None:
            # "zeigte sich „fassungslos“": the verb and its "sich" attribute the words
            shown = shown_stance(doc, group[0].open_start)
            if shown is not None:
                found = Attribution(shown, found.mention, strength=found.strength)
        if found.mention is None and records and joined(text, records[-1].end, group[0].open_start):
            # „…“ und „…“: quotations joined by "und"/"oder" share their attribution.
            found = Attribution(records[-1].cue, records[-1].mention, strength=found.strength)
        if found.mention is None and begins and ends and found.cue is None:
            found = _from_neighbours(doc, near_cues, group, records[-_RECENT_RECORDS:])
        parts = quotation_parts(text, group)
        if parts:
            records.append(QuoteRecord(parts=parts, kind="direct", cue=found.cue, mention=found.mention))
    echoed = _echoed_headlines(text, headline_groups, records)
    if echoed:
        records = sorted([*records, *echoed], key=lambda r: (r.start, r.end))
    answers = interview_answers(doc, cues, records) or bare_interview_answers(doc, cues, records)
    return sorted([*records, *answers], key=lambda r: (r.start, r.end)) if answers else records


# The white space a text may open with, before its headline.
_LEADING_SPACE = regex.compile(r"\s*")
# What `_words` strips from a word's ends.
_PUNCTUATION = ".,;:!?…–-"
# The longest line that reads as a headline (characters).
_MAX_HEADLINE = 160
# Words a headline's marks must hold to count as a quotation the body repeats (one word may be a title).
_MIN_ECHO_WORDS = 2
# Words a body quotation must hold to count as the part of a headline's marks that it repeats.
_MIN_ECHO_PART = 3


def _echoed_headlines(
    text: str, groups: Sequence[Sequence[MarkedSpan]], records: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """ "«Ein Schlag für die Pendler»: Direktzug soll wegfallen … «Das ist ein Schlag für die Pendler», sagte
    Kummer": marks in the headline whose words a quotation of the body holds are that quotation, shortened, and
    its speaker's; alone they may read as a title."""
    echoed: list[QuoteRecord] = []
    bodies = [(_words(" ".join(text[start:end] for start, end in r.parts)), r) for r in records if r.mention]
    for group in groups:
        words = _words(" ".join(text[m.start : m.end] for m in group))
        if len(words) < _MIN_ECHO_WORDS:
            continue
        # (the body may quote a shorter part: "«Ein Schlag für die Pendler»" … "sprach von einem «Schlag für die
        # Pendler»")
        said = next(
            (
                r
                for body, r in bodies
                if _holds(body, words) or (len(body) >= _MIN_ECHO_PART and _holds(words, body))
            ),
            None,
        )
        parts = quotation_parts(text, group)
        if said is not None and parts:
            echoed.append(QuoteRecord(parts=parts, kind="direct", cue=None, mention=said.mention))
    return echoed


def _opens_headline(text: str, open_start: int) -> bool:
    """Whether marks open the text's first line, alone or after a colon ("«…»: Direktzug …", "Kummer: «…»"; not
    "Der Film „Das Boot“ kehrt zurück")."""
    # (by positions, no copy of the text before: asked of every group of marks that quotes no one, in texts of any
    # length; the scan for a line break stops at the first one)
    lead = _LEADING_SPACE.match(text).end()
    end = open_start
    while end > lead and text[end - 1].isspace():
        end -= 1
    if text.find("\n", lead, end) >= 0 or (end > lead and text[end - 1] != ":"):
        return False
    # (a headline: a short line that ends with no full stop; not a lead's first sentence, "„Gewalt gegen Kinder“,
    # so lautet der Titel einer Studie, …")
    line_end = text.find("\n", open_start)
    line = text[open_start : len(text) if line_end < 0 else line_end].rstrip()
    return len(line) <= _MAX_HEADLINE and not line.endswith(".")


def _words(text: str) -> list[str]:
    """The words in lower case without the punctuation around them."""
    return [word for word in (w.strip(_PUNCTUATION) for w in text.lower().split()) if word]


def _holds(body: list[str], words: list[str]) -> bool:
    """Whether `words` stand in `body` one after another."""
    n = len(words)
    return any(body[i : i + n] == words for i in range(len(body) - n + 1))


def _from_neighbours(
    doc: Doc, cues: Sequence[CueMatch], group: Sequence[MarkedSpan], records: Sequence[QuoteRecord]
) -> Attribution:
    """A quotation that makes a sentence of its own: the next sentence, else the previous one."""
    outside = [(m.open_start, m.close_end) for m in group]
    found = next_sentence(doc, cues, group[-1].close_end, outside)
    if found.mention is None:
        found = speaker_after_paragraph_opening(doc, cues, group[0].open_start, group[-1].close_end, outside)
    if found.mention is None:
        found = previous_sentence(doc, cues, group[0].open_start, records, outside)
    return found


def quotation_parts(text: str, group: Sequence[MarkedSpan]) -> list[CharSpan]:
    """The quotation's parts without the white space just inside their marks („ Wir …, “ -> "Wir …,")."""
    parts = [stripped(text, mark.start, mark.end) for mark in group]
    return [(start, end) for start, end in parts if end > start]
