"""What is narration, not speech, at the edges of a reported quotation: a date line before the first
sentence of a paragraph ("BERLIN (dpa) –", "Hannover –", "Wien (APA) -", "Bern, 3. Mai 2024 –") is
where and from whom the text comes, not what someone said. It is recognised by its shape alone
(capitalised place words, perhaps a date, a dash) and the agencies it names (`German.agencies`).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from quotekit.records import CharSpan, QuoteRecord
from quotekit.syntax.datelines import date_line_end

__all__ = ["date_line_end", "without_date_line"]


def _without_date_line(text: str, parts: Sequence[CharSpan]) -> list[CharSpan]:
    """The parts less a date line at their start; a part that is nothing but the date line goes."""
    first, *rest = parts
    end = date_line_end(text, first[0])
    if end is None:
        return list(parts)
    if end < first[1]:
        return [(end, first[1]), *rest]
    return rest if rest else list(parts)


def without_date_line(text: str, records: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """The records with a date line left out where a quotation starts a paragraph with one."""
    result = []
    for record in records:
        parts = _without_date_line(text, record.parts)
        if parts != list(record.parts):
            record = evolve(record, parts=parts)
        result.append(record)
    return result
