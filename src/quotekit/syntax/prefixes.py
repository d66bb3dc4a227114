"""The "Name:" that opens a paragraph: an interview's speaker ("Hollmann: Ernst, aber …", "Frage: …"), a
list's ("Thomas Brunner (Torschütze Wendelstein): „…“"). Read on characters: a short run of capitalised
words (with name particles and a bracket) before a colon; a clause before a colon ("Falkner kontert:")
introduces what follows and is none."""

from __future__ import annotations

from quotekit.lang.de.words import german
from quotekit.records import CharSpan

__all__ = ["MAX_PREFIX", "name_prefix"]

# A paragraph's prefix that names who speaks is short.
MAX_PREFIX = 60
_MAX_PREFIX_WORDS = 6


def name_prefix(text: str, line_start: int, before: int) -> CharSpan | None:
    """The characters of the "Name:" that opens the line starting at `line_start`, with its colon before
    offset `before`; None when the line opens with none."""
    colon = text.find(":", line_start, min(before, line_start + MAX_PREFIX))
    if colon < 0:
        return None
    prefix = text[line_start:colon]
    words = prefix.split()
    if not words or len(words) > _MAX_PREFIX_WORDS or not words[0][:1].isupper():
        return None
    particles = german().name_particles | german().second_name_particles
    if any(w.strip("()")[:1].islower() and w.strip("()") not in particles for w in words):
        return None
    begin = line_start + len(prefix) - len(prefix.lstrip())
    return begin, line_start + len(prefix.rstrip())
