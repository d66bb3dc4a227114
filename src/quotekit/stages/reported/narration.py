"""What is narration, not speech, at the edges of a reported quotation: a date line before the first
sentence of a paragraph ("BERLIN (dpa) –", "Hannover –", "Wien (APA) -", "Bern, 3. Mai 2024 –") is
where and from whom the text comes, not what someone said. It is recognised by its shape alone
(capitalised place words, perhaps a date, a dash) and the agencies it names (`German.agencies`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import evolve

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, QuoteRecord
from quotekit.syntax.spans import PARAGRAPH_BREAKS

__all__ = ["date_line_end", "without_date_line"]

# A date line, then the first word of the paragraph's sentence:
# - a place in capitals, perhaps with an agency, and a dash or a full stop: "BERLIN (dpa) –", "WIEN.";
# - a place of one to three capitalised words with an agency in brackets: "Frankfurt/Main (AFP)";
# - a place of one word, perhaps with a date, and a dash: "Hannover –", "Bern, 3. Mai 2024 –".
_PLACE = r"\p{Lu}[\p{L}./-]*"
_DATE = r"(?:,[ ][\p{L}\d. ]{1,24})?"
_AGENCY = r"[ ]?\((?P<agency>[\p{L}/ -]{2,20})\)"
_DASH = r"[ ]?[–—-]"
_DATE_LINE = regex.compile(
    rf"(?:(?P<caps>\p{{Lu}}[\p{{Lu}}/-]+){_DATE}(?:{_AGENCY})?(?:{_DASH}|\.)"
    rf"|{_PLACE}(?:[ ]{_PLACE}){{0,2}}{_DATE}{_AGENCY}(?:{_DASH})?"
    rf"|{_PLACE}{_DATE}{_DASH})"
    r"[ ]+(?=\p{Lu})"
)


def date_line_end(text: str, start: int) -> int | None:
    """Where a date line that opens a paragraph at `start` ends (the first character after it)."""
    if start > 0 and text[start - 1] not in PARAGRAPH_BREAKS:
        return None
    found = _DATE_LINE.match(text, start)
    if found is None:
        return None
    agency = found.group("agency")
    # In brackets after a place, only an agency makes a date line: "Angela Merkel (CDU)" is a name.
    if agency is not None and agency.strip().lower() not in german().agencies:
        return None
    end: int = found.end()
    return end


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
