"""Credits that web pages leave in extracted text: "Foto: Keystone/Anthony Anex", "Bild: APA/HELMUT
FOHRINGER", a byline "Von Pia Hornung | 14.05.2026". The names there are the photographer's, the agency's or
the author's: the speaker pass does not read them as people of the story."""

from __future__ import annotations

from functools import cache

import regex

from quotekit.lang.de.words import german
from quotekit.records import CharSpan

__all__ = ["credit_spans"]

# A byline names its author with at most this many words before a separator or the end of the line.
_MAX_BYLINE_WORDS = 4
# Fields set off by bars before the author ("Wissenschaft | 11.04.2025 | Von …"): few, and short.
_MAX_BYLINE_FIELDS = 3
_MAX_BYLINE_FIELD = 40


@cache
def _credit() -> regex.Pattern[str]:
    """A credit word, capitalised, with its colon, at the start of a line or after a sentence: to the end of
    the line."""
    words = "|".join(sorted((w.capitalize() for w in german().credit_words), key=len, reverse=True))
    return regex.compile(rf"(?:^|(?<=[.!?]\s))(?:{words})\s*:[^\n]*", regex.MULTILINE)


@cache
def _byline() -> regex.Pattern[str]:
    """ "Von Pia Hornung", "Von Anna Beispiel | 12.03.2026, 14:35 Uhr": a line of its own, perhaps after a
    section and a date set off by bars ("Wissenschaft | 11.04.2025 | Von Elias Pichlmayr")."""
    von = "|".join(sorted(w.capitalize() for w in german().von))
    name = r"\p{Lu}[\p{L}.'’-]*"
    fields = rf"(?:[^|\n]{{1,{_MAX_BYLINE_FIELD}}}\|[ \t]*){{0,{_MAX_BYLINE_FIELDS}}}"
    return regex.compile(
        rf"^{fields}(?:{von})\s+{name}(?:[ \t]+{name}){{0,{_MAX_BYLINE_WORDS - 1}}}[ \t]*(?:[|,–-][^\n]*)?$",
        regex.MULTILINE,
    )


@cache
def _author_credit() -> regex.Pattern[str]:
    """ "Interview: Stefan Gruber", "Text: Anna Muster": a line of its own with a name alone after the word."""
    words = "|".join(sorted(w.capitalize() for w in german().author_credit_words))
    name = r"\p{Lu}[\p{L}.'’-]*"
    return regex.compile(
        rf"^(?:{words})\s*:[ \t]*{name}(?:[ \t]+{name}){{0,{_MAX_BYLINE_WORDS - 1}}}[ \t]*$", regex.MULTILINE
    )


def credit_spans(text: str) -> list[CharSpan]:
    """The character spans of the credits and bylines in `text`, in text order."""
    patterns = (_credit(), _byline(), _author_credit())
    found = [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text)]
    return sorted(found)
