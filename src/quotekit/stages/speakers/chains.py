"""Quotations without a cue or mention of their own: the speaker before them goes on where the text goes on
with them.

The same paragraph goes on ("„…“, sagte Nowak. „…“"), and so does a sequence of quote paragraphs (a
paragraph that opens with a quotation after a quotation); a new person named in between, or made the subject
of a sentence, breaks the chain. Anything else keeps no speaker: a wrong name is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import QuoteRecord
from quotekit.syntax.prefixes import ANSWERS, name_prefix, prefix_colon, prefix_role
from quotekit.syntax.spans import PARAGRAPH_BREAKS, has_paragraph_break

if TYPE_CHECKING:
    from quotekit.stages.speakers.resolver import Resolver

__all__ = ["continues", "paragraph_prefix"]

# A chain does not reach across more text than this between two quotations (a few quote paragraphs).
_MAX_GAP = 600


def _line_start(text: str, start: int) -> int:
    """Where the paragraph holding character `start` begins, looking back a bounded stretch (linear in the
    text over all quotations)."""
    floor = max(0, start - _MAX_GAP)
    return max(floor - 1, *(text.rfind(ch, floor, start) for ch in PARAGRAPH_BREAKS)) + 1


def paragraph_prefix(text: str, start: int) -> tuple[int, int] | None:
    """The characters of the "Name:" that opens the paragraph holding character `start`, when the
    quotation at `start` comes after it: an interview answer, a list's speaker. None otherwise."""
    return name_prefix(text, _line_start(text, start), start)


def _interview_prefix(line: str) -> tuple[int, int] | None:
    """The prefix of a paragraph (as a string of its own) that is an interview's role ("Frage: …",
    "Antwort: …") or opens a question ("NZZ: Haben Sie Angst?"), else None."""
    prefix = name_prefix(line, 0, len(line))
    if prefix is None or (prefix_role(line, prefix) is None and not line.rstrip().endswith("?")):
        return None
    return prefix


def _after_prefixed_question(text: str, start: int) -> bool:
    """Whether the paragraph before the one holding character `start` is a question with a prefix."""
    before = text[max(0, start - _MAX_GAP) : _line_start(text, start)].rstrip().splitlines()
    last = before[-1].strip() if before else ""
    return last.endswith("?") and _interview_prefix(last) is not None


def _opens_with_quotation(text: str, start: int) -> bool:
    """Whether the paragraph holding character `start` opens with a quotation mark before it."""
    opening = german().opening_marks
    head = text[_line_start(text, start) : start].strip()
    return bool(head) and all(ch in opening for ch in head)


def continues(text: str, resolver: Resolver, previous: QuoteRecord, quote: QuoteRecord) -> bool:
    """Whether `quote` (no cue, no mention) goes on with the speaker of `previous`; so does one whose only
    cue is "hieß es" with no source ("Nach Angaben des Magistrats laufen Gespräche. Man sei sich einig,
    hieß es.")."""
    if previous.mention is None:
        return False
    impersonal = quote.cue is not None and quote.cue.lemma in german().impersonal_verbs
    # "Antwort: …": the colon of an interview's answer names no one; the answer goes on with the interviewee,
    # and so does an answer with no prefix after a question with one ("NZZ: Haben Sie Angst?" / "Ja. …")
    own_prefix = paragraph_prefix(text, quote.start)
    answer = prefix_role(text, own_prefix) == ANSWERS or (
        own_prefix is None and _after_prefixed_question(text, quote.start)
    )
    if quote.cue is not None and not impersonal and not answer:
        return False
    if quote.start - previous.end > _MAX_GAP:
        return False
    between = text[previous.end : quote.start]
    if has_paragraph_break(between):
        if not (_opens_with_quotation(text, quote.start) or answer):
            return False
        # Every paragraph in between is a quote paragraph too, or, before an interview's "Antwort:", its
        # "Frage:" and answers.
        lines = [line.strip() for line in between.splitlines()[1:] if line.strip()]
        if any(
            line[0] not in german().opening_marks and not (answer and _interview_prefix(line) is not None)
            for line in lines
        ):
            return False
    own = resolver.entity_of(*previous.mention)
    named = set()
    for start, end in (
        _outside_prefixes(text, previous.end, quote.start) if answer else [(previous.end, quote.start)]
    ):
        named |= resolver.entities_named_between(start, end)
    return not (named - ({own.id} if own is not None else set()))


def _outside_prefixes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The characters [start, end) less the interview prefixes of the paragraphs there: "NZZ" in "NZZ: Wie
    geht es dem Knie?" asks, it is no one named between two answers."""
    pieces, cursor = [], start
    position = start
    for line in text[start:end].splitlines(keepends=True):
        prefix = _interview_prefix(line)
        if prefix is not None:
            pieces.append((cursor, position + prefix[0]))
            cursor = position + prefix_colon(line, prefix) + 1
        position += len(line)
    pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if e > s]
