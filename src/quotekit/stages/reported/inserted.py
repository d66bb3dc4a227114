"""The clause after a cue inserted between two reported clauses.

"Es sei ein gutes Gespräch gewesen, sagt Oberreiter, an der Rechtslage ändere das aber nichts": the cue and its
speaker stand between two statements, and the one after them is reported too, with the same cue and speaker.
The cue's own rule gives the clause before it; this pass adds the clause after it, where that clause is a
statement of its own in the Konjunktiv ("…, sagte er, und verließ den Saal" narrates).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.reported.clauses import MIN_WORDS
from quotekit.stages.reported.index import SpanIndex
from quotekit.stages.reported.merging import reported_kind
from quotekit.syntax.docindex import text_of, token_pos, token_text
from quotekit.syntax.spans import sentence_of, trim, word_count
from quotekit.syntax.verbs import could_be_finite, first_finite_verb, is_reported_subjunctive

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# The cues that may stand between two statements: a speech verb ("sagte er") or "so" ("so Müller").
_INSERTED_KINDS = frozenset({CueKind.VERB, CueKind.SO})
# The most words a cue's clause may hold between its two commas ("sagte die Landesrätin am Montag vor Journalisten").
_MAX_CUE_CLAUSE_WORDS = 10


def after_inserted_cues(
    doc: Doc, records: Sequence[QuoteRecord], taken: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """The reported clause after each inserted cue of `records` (cue after its content, a comma between), where no
    quotation of `taken` covers it yet."""
    occupied = SpanIndex(part for record in taken for part in record.parts)
    found: list[QuoteRecord] = []
    for record in records:
        part = _clause_after(doc, record)
        if part is None or occupied.meets(*part):
            continue
        found.append(
            QuoteRecord(parts=[part], kind=reported_kind(doc, [part]), cue=record.cue, mention=record.mention)
        )
    return found


def _clause_after(doc: Doc, record: QuoteRecord) -> CharSpan | None:
    cue = record.cue
    if cue is None or cue.kind not in _INSERTED_KINDS or record.kind == "direct" or cue.start < record.end:
        return None
    text = text_of(doc)
    if text[record.end : cue.start].strip(_marks_and_space()) != ",":
        return None
    sent = sentence_of(doc[cue.head])
    comma = _comma_closing_cue(doc, cue, record.mention, sent)
    if comma is None:
        return None
    part = trim(doc, comma + 1, sent.end - 1)
    if part is None or word_count(doc, *part) < MIN_WORDS:
        return None
    first = first_finite_verb(sent[comma + 1 - sent.start :])
    return part if first is not None and is_reported_subjunctive(first) else None


def _comma_closing_cue(doc: Doc, cue: CueMatch, mention: CharSpan | None, sent: SpacySpan) -> int | None:
    """The token index of the comma that closes the cue's clause: the first after the cue and its speaker, with
    no finite verb but the cue's between ("…, sagte sie am Montag, …")."""
    after = cue.end_with(mention)
    words = 0
    for token in sent:
        if token.idx < after:
            continue
        if token_text(token) == ",":
            return token.i
        if token_text(token) in {".", "!", "?", ":", ";"} or (
            token_pos(token) in {"VERB", "AUX"} and could_be_finite(token)
        ):
            return None
        words += not token.is_punct
        if words > _MAX_CUE_CLAUSE_WORDS:
            return None
    return None


@cache
def _marks_and_space() -> str:
    """The characters around the comma before an inserted cue: quotation marks (a fragment may close the clause
    before it), spaces and line breaks."""
    de = german()
    return "".join(sorted(de.opening_marks | de.closing_marks)) + " \n"
