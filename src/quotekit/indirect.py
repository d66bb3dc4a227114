"""Stage 4: reported speech without quotation marks, governed by a cue.

`find_indirect_quotes` changes nothing; the component stores its result on the doc.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import labels
from .mentions import speaker_of_cue
from .records import CueMatch, QuoteRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBORDINATORS = frozenset({"dass", "daß", "ob"})


def _clause_span(clause: Token, cue: CueMatch) -> tuple[int, int] | None:
    """The characters of a complement clause, without leading "dass"/commas and trailing punctuation."""
    tokens = [t for t in clause.subtree if t.i not in cue.tokens]
    if not tokens:
        return None
    # Keep the contiguous run that contains the clause head.
    left = right = clause.i
    indices = {t.i for t in tokens}
    while left - 1 in indices:
        left -= 1
    while right + 1 in indices:
        right += 1
    doc = clause.doc
    while left < right and (doc[left].is_punct or doc[left].lower_ in _SUBORDINATORS):
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    if right - left < 2:
        return None
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _complement_clause(doc: Doc, cue: CueMatch) -> Token | None:
    head = doc[cue.head]
    for child in head.children:
        if (labels.is_clausal_complement(child) or labels.is_parataxis(child)) and child.pos_ in {
            "VERB",
            "AUX",
            "ADJ",
        }:
            return child
    return None


def _overlaps(span: tuple[int, int], others: Sequence[QuoteRecord]) -> bool:
    start, end = span
    return any(s < end and start < e for other in others for s, e in other.parts)


def _contains_marks(doc: Doc, span: tuple[int, int]) -> bool:
    return any(ch in doc.text[span[0] : span[1]] for ch in '„“»«"')


def find_indirect_quotes(
    doc: Doc, cues: Sequence[CueMatch], direct: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """Reported speech clauses governed by a verb cue. Changes nothing."""
    records: list[QuoteRecord] = []
    for cue in cues:
        if cue.kind != "verb":
            continue
        clause = _complement_clause(doc, cue)
        if clause is None:
            continue
        span = _clause_span(clause, cue)
        if span is None or _overlaps(span, direct) or _overlaps(span, records):
            continue
        kind = "mixed" if _contains_marks(doc, span) else "indirect"
        mention = speaker_of_cue(doc, cue, [span])
        records.append(QuoteRecord(parts=[span], kind=kind, cue=cue, mention=mention))
    return records
