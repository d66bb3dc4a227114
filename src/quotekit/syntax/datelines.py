"""Date lines: where and from whom a text comes ("BERLIN (dpa) –", "Hannover –", "Wien (APA) -", "Bern, 3. Mai
2024 –"), before the first sentence of a paragraph, recognised by their shape alone (capitalised place words,
perhaps a date, a dash) and the agencies they name (`German.agencies`). What follows is the paragraph's first
sentence, also a quotation ("Langenwil – «Ich habe …»")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from quotekit.lang.de.words import german
from quotekit.syntax.spans import PARAGRAPH_BREAKS

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["date_line_end", "date_line_place"]

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
    rf"|(?P<place>{_PLACE}(?:[ ]{_PLACE}){{0,2}}){_DATE}{_AGENCY}(?:{_DASH})?"
    rf"|(?P<place>{_PLACE}){_DATE}{_DASH})"
    r"[ ]+(?=\p{Lu}|[„»«\"‚‹])"
)


def _date_line(text: str, start: int) -> regex.Match[str] | None:
    if start > 0 and text[start - 1] not in PARAGRAPH_BREAKS:
        return None
    found = _DATE_LINE.match(text, start)
    if found is None:
        return None
    agency = found.group("agency")
    # In brackets after a place, only an agency makes a date line: "Angela Merkel (CDU)" is a name.
    if agency is not None and agency.strip().lower() not in german().agencies:
        return None
    return found


def date_line_end(text: str, start: int) -> int | None:
    """Where a date line that opens a paragraph at `start` ends (the first character after it)."""
    found = _date_line(text, start)
    if found is None:
        return None
    end: int = found.end()
    return end


# How far into a text its date line may stand (characters): after the headline, a teaser and a byline.
_DATE_LINE_REACH = 1200


# A local paper's date line: the place alone and a full stop ("Bad Ebersfelde. Die Stadt …"). By its shape it
# could be a short first sentence too ("Achtung. …"): the caller checks that the words name a place.
_PLACE_AND_STOP = regex.compile(rf"(?P<place>{_PLACE}(?:[ ]{_PLACE}){{0,2}})\.[ ]+(?=\p{{Lu}})")

# A web article's date line on a line of its own under the byline: the place, a comma and the date
# ("Wennigsfeld, 10.02.2025", "Hinterbrand, 12. Jänner 2024").
_PLACE_AND_DATE = regex.compile(
    rf"(?P<place>{_PLACE}(?:[ ]{_PLACE}){{0,2}}),[ ]+\d{{1,2}}\.[ ]?(?:\d{{1,2}}\.[ ]?|\p{{L}}+[ ])\d{{4}}[ ]*(?=\n|$)"
)


def date_line_place(text: str, names_a_place: Callable[[int, int], bool]) -> str | None:
    """The place the text's date line gives ("Kernhausen (dpa) –", "BAD EBERSFELDE.", "Bern, 3. Mai –",
    "Ranzenbach.", "Wennigsfeld, 10.02.2025" on its own line), in the case of a name ("Bad Ebersfelde"); None where
    no paragraph near the top opens with one. A place alone and a full stop counts where `names_a_place` says the
    characters [start, end) name one."""
    start = 0
    while start < min(len(text), _DATE_LINE_REACH):
        found = _date_line(text, start)
        shape_only = found is None
        if shape_only and (start == 0 or text[start - 1] in PARAGRAPH_BREAKS):
            found = _PLACE_AND_STOP.match(text, start) or _PLACE_AND_DATE.match(text, start)
            if found is not None and not names_a_place(*found.span("place")):
                found = None
        if found is not None:
            # (not the full stop of "Gerlingshausen. –"; capitals are the date line's style, not the name's:
            # "OSTERHOLM" is Osterholm)
            place: str = (found.group("place") or found.group("caps")).rstrip(".")
            return place.title() if place.isupper() else place
        newline = text.find("\n", start)
        if newline < 0:
            return None
        start = newline + 1
    return None
