"""Organisations known by name (``data/speaker_known_organisations.tsv``): names the word rules cannot tell from
ordinary words ("Ärzte ohne Grenzen", "Unicef"), found on whole words; and sites known by their web address
("ndr.de", "tagesschau.de"), which no rule for capitalised words reads."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from quotekit.lang.de.datafiles import swiss, word_table

__all__ = ["known_organisation_at", "may_open_known_organisation"]


# A web address as news cites its source: a host name with a country's or a common top-level domain.
_WEB_ADDRESS = regex.compile(
    r"(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:de|at|ch|li|lu|eu|com|net|org|info|fr|it|uk)",
    regex.IGNORECASE,
)


@cache
def _known_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Each form's words with the name it gives, grouped by the form's first word, the longest form first."""
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, columns in word_table("speaker_known_organisations.tsv").items():
        others = [form.strip() for column in columns for form in column.split("|") if form.strip()]
        for form in {name, *others, *(swiss(form) for form in (name, *others))}:
            words = tuple(form.split())
            forms.setdefault(words[0], []).append((words, name))
    return {first: tuple(sorted(found, key=lambda pair: -len(pair[0]))) for first, found in forms.items()}


def known_organisation_at(texts: Sequence[str], start: int) -> tuple[int, str] | None:
    """Where a known organisation's name that opens at word `start` of `texts` ends, and the name; None for none
    (most words: one look-up)."""
    found = _known_by_first_word().get(texts[start])
    if found is None:
        text = texts[start]
        # "Laut ndr.de", "berichtet tagesschau.de": the site its address names
        return (start + 1, text) if "." in text and _WEB_ADDRESS.fullmatch(text) else None
    for words, name in found:
        end = start + len(words)
        if end <= len(texts) and tuple(texts[start:end]) == words:
            written = " ".join(words)
            # (the name as the text writes it where only its case differs: "UNICEF", "foodwatch")
            return end, written if written.lower() == name.lower() else name
    return None


def may_open_known_organisation(texts: Sequence[str]) -> list[int]:
    """The words of `texts` where `known_organisation_at` may find a name, in order: a form's first word or a
    word with a dot (a doc's scan asks it of these only, not of every word)."""
    firsts = _known_by_first_word()
    return [i for i, text in enumerate(texts) if text in firsts or "." in text]
