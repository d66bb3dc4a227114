"""Sentences that run on: no sentence starts right after a word that only a space or a line wrap follows, nor with a
word in lower case after anything but a mark that may end a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, SPACY

from quotekit.syntax.docindex import token_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["run_on_words"]

# What may end a sentence before a word in lower case: "…" and a quotation's closing mark ("„…“ sagte er" does
# not, but "…“ – und" may), decided by the parser.
_MAY_END = frozenset({".", "!", "?", "…", ":", ";", "“", "”", '"', "»", "«", "'", "’", "-", "–", "—"})


def run_on_words(doc: Doc) -> list[int]:
    """The tokens no sentence may start with: one right after a word of letters and a single space or a line wrap
    (news prose ends a sentence with a mark or a blank line; a parser's boundary there cuts one apart:
    "Gemeindepräsidentin | Corinne Sutter-Imhof zeigte Verständnis", "gegenüber\\n| der «Walliser Morgenpost»"),
    and a word in lower case after the same gap and anything but a mark that may end a sentence ("Corinne
    Sutter-Imhof (Mitte) | zeigte Verständnis"). A parser may still start one there (it keeps a preset start,
    not always a preset non-start). (Decided on arrays of the doc's attributes; the text is read only of line
    breaks and of the few words before a word in lower case.)"""
    if len(doc) < 2:
        return []
    columns = doc.to_array([IS_ALPHA, SPACY, IS_SPACE, IS_LOWER]).astype(bool)
    alpha, spaced, space, lower = columns[:, 0], columns[:, 1], columns[:, 2], columns[:, 3] & columns[:, 0]
    word = ~space[1:]
    # after a word and a space (index i - 1 before token i)
    after_word = word & alpha[:-1] & spaced[:-1]
    found = {int(k) + 1 for k in numpy.flatnonzero(after_word)}
    # a word in lower case after a space and something else (a bracket, a number): unless a mark may end there
    for i in (int(k) + 1 for k in numpy.flatnonzero(word & lower[1:] & spaced[:-1] & ~alpha[:-1])):
        if token_text(doc[i - 1]) not in _MAY_END:
            found.add(i)
    # after a line wrap, one line break inside a paragraph: as after a space
    for i in (int(k) + 2 for k in numpy.flatnonzero(word[1:] & space[1:-1])):
        if token_text(doc[i - 1]).strip(" ") != "\n" or space[i - 2]:
            continue
        if alpha[i - 2] or (lower[i] and token_text(doc[i - 2]) not in _MAY_END):
            found.add(i)
    return sorted(found)
