"""Interviews printed without prefixes, as web pages give them once the bold type of the questions is gone:

    Herr Gasser, wie viele Menschen kommen derzeit in Ihre Beratung?
    So viele wie noch nie. Wir hatten im letzten Jahr über 9000 Beratungen.
    Worum geht es meistens?
    Um Mietzinserhöhungen nach einem Mieterwechsel …

Questions are short paragraphs that end in a question mark; the answer is what follows up to the next
question. It counts as an interview only where at least two questions each get an answer and the first
addresses the guest by name ("Herr Gasser, …", "Leonie Brunner, Sie …"): that name is the answers' speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import regex

from quotekit.lang.de.names import first_name_gender
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch, QuoteRecord
from quotekit.stages.direct.interjections import SENTENCE_ENDS, in_first_person, interjected
from quotekit.syntax.docindex import text_of
from quotekit.syntax.prefixes import guest_address, name_prefix
from quotekit.syntax.spans import SpanSet, by_paragraph, paragraph_spans, stripped

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["bare_interview_answers"]

_MIN_QUESTIONS = 2
# A question is short; a long paragraph ending in "?" is an answer that asks back.
_MAX_QUESTION_CHARS = 300


def bare_interview_answers(
    doc: Doc, cues: Sequence[CueMatch], records: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """Direct quotations for the answers of an interview without prefixes that no quotation holds yet."""
    text = text_of(doc)
    if text.count("?") < _MIN_QUESTIONS:
        return []
    paragraphs = [stripped(text, start, end) for start, end in paragraph_spans(text)]
    asking = [_asks(text, start, end) for start, end in paragraphs]
    questions = [k for k, asks in enumerate(asking) if asks and k + 1 < len(paragraphs) and not asking[k + 1]]
    if len(questions) < _MIN_QUESTIONS:
        return []
    guest = guest_address(text, *paragraphs[questions[0]]) or _guest_in_heading(
        text, paragraphs, questions[0]
    )
    if guest is None:
        return []
    # (between the first question and the last, a claim put to the guest as what someone else says is a question
    # too: "Der Präsident spricht von einer Negativspirale.")
    claims = [
        k
        for k in range(questions[0] + 1, questions[-1])
        if not asking[k]
        and not asking[k + 1]
        and paragraphs[k][1] - paragraphs[k][0] <= _MAX_QUESTION_CHARS
        and _reports_other(text, *paragraphs[k], cues)
    ]
    questions = sorted({*questions, *claims})
    taken = SpanSet(p for r in records for p in r.parts)
    answers: list[QuoteRecord] = []
    for n, k in enumerate(questions):
        # up to the next question; after the last one, its one paragraph (a note on the guest may follow)
        stop = questions[n + 1] if n + 1 < len(questions) else k + 2
        parts = [
            paragraphs[j] for j in range(k + 1, min(stop, len(paragraphs))) if _answers(text, *paragraphs[j])
        ]
        if parts and not any(taken.meets(start, end) for start, end in parts):
            answers.extend(
                QuoteRecord(parts=paragraph, kind="direct", cue=None, mention=guest)
                for paragraph in by_paragraph(text, parts)
            )
    return answers


# How many paragraphs before the first question a heading may name the guest (an introduction between).
_HEADING_REACH = 3
_MAX_HEADING_CHARS = 120


def _guest_in_heading(text: str, paragraphs: Sequence[CharSpan], first_question: int) -> CharSpan | None:
    """The guest a short heading names before the questions ("Drei Fragen an Anna Berg", "Nachgefragt bei Anna
    Berg, Direktorin des Zoos"), by a first name and a surname, where the questions do not address them."""
    for k in range(first_question - 1, max(-1, first_question - 1 - _HEADING_REACH), -1):
        start, end = paragraphs[k]
        if end - start > _MAX_HEADING_CHARS:
            continue
        found = _heading().search(text, start, end)
        if found is not None and first_name_gender(found.group(1)) is not None:
            return int(found.start(1)), int(found.end(2))
    return None


@cache
def _heading() -> regex.Pattern[str]:
    """The words of an interview's heading and the name after them: "Fragen an Anna Berg"."""
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(german().interview_headings))
    return regex.compile(rf"(?i:\b(?:{words}))\s+(\p{{Lu}}[\p{{L}}'’-]+)\s+(\p{{Lu}}[\p{{L}}'’-]+)")


def _asks(text: str, start: int, end: int) -> bool:
    """A question paragraph: short, with no prefix of its own, ending in "?" or putting a claim to the guest
    with the polite pronoun inside a sentence ("Vor einem Jahr standen Sie noch an Krücken.")."""
    if end - start > _MAX_QUESTION_CHARS or name_prefix(text, start, end) is not None:
        return False
    if text[start:end].endswith("?"):
        return True
    # (not an answer that quotes the guest's own words to someone: "Ich habe dem Stadtrat gesagt: Sie können …")
    return _polite().search(text, start, end) is not None and not in_first_person(text, start, end)


@cache
def _polite() -> regex.Pattern[str]:
    """The polite pronoun, capitalised inside a sentence (after a word in lower case): "standen Sie", "gebe
    Ihnen"."""
    forms = "|".join(sorted(form.capitalize() for form in german().polite_forms))
    return regex.compile(rf"(?<=\p{{Ll}}[,;]?\s)(?:{forms})\b")


def _reports_other(text: str, start: int, end: int, cues: Sequence[CueMatch]) -> bool:
    """Whether a paragraph that ends as a sentence reports what someone else says (`interjected`)."""
    return text[start:end].rstrip().endswith(SENTENCE_ENDS) and interjected(text, start, end, cues)


def _answers(text: str, start: int, end: int) -> bool:
    """A paragraph of an answer: sentences (not "Anzeige"), no prefix ("Zur Person: …"; a colon after words in
    lower case opens what is said: "Ehrlich gesagt: gar nichts.")."""
    if not text[start:end].endswith(SENTENCE_ENDS) or name_prefix(text, start, end) is not None:
        return False
    colon = text.find(":", start, start + _MAX_LABEL)
    return colon < 0 or any(word[:1].islower() for word in text[start:colon].split())


# A label before a colon ("Zur Person:", "Hintergrund:") is short.
_MAX_LABEL = 20
