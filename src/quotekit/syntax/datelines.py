"""Date lines: where and from whom a text comes ("BERLIN (dpa) –", "Hannover –", "Wien (APA) -", "Bern, 3. Mai
2024 –"), before the first sentence of a paragraph, recognised by their shape alone (capitalised place words,
perhaps a date, a dash) and the agencies they name (`German.agencies`). What follows is the paragraph's first
sentence, also a quotation ("Langenwil – «Ich habe …»")."""

from __future__ import annotations

import regex

from quotekit.lang.de.words import german
from quotekit.syntax.spans import PARAGRAPH_BREAKS

__all__ = ["date_line_end"]

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
    r"[ ]+(?=\p{Lu}|[„»«\"‚‹])"
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
