"""Paragraphs inside an interview that are not the guest's words, though no prefix and no question mark shows it:
the narrator's or the interviewer's one-sentence report of what someone else says ("Der Hauseigentümerverband sagt,
die Mieten seien tief.", "Das Justizministerium teilte auf Anfrage mit, …"), and a line that is no sentence
("Anzeige"). An answer runs to several sentences, or speaks in the first person."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotekit.lang.de.words import german
from quotekit.records import CueKind, CueMatch

__all__ = ["SENTENCE_ENDS", "in_first_person", "interjected"]

_WORD = regex.compile(r"\w+")
SENTENCE_ENDS = (".", "!", "?", "…")
# A sentence that ends inside the paragraph: its stop (perhaps a closing mark) and a capital after it.
_INNER_END = regex.compile(r"[.!?…][\"“”»«’]?\s+[\p{Lu}„»«\"]")


def interjected(text: str, start: int, end: int, cues: Sequence[CueMatch]) -> bool:
    """Whether the paragraph [start, end) is no part of an answer: it does not end as a sentence, or it is one sentence
    whose verb of saying reports someone else (no word of it is in the first person)."""
    closing = "".join(german().closing_marks)
    if not text[start:end].rstrip().rstrip(closing).endswith(SENTENCE_ENDS):
        return True
    if _INNER_END.search(text, start, end) is not None:
        return False
    if not any(c.kind is CueKind.VERB and start <= c.start < end for c in cues):
        return False
    return not in_first_person(text, start, end)


def in_first_person(text: str, start: int, end: int) -> bool:
    """Whether a word of the characters [start, end) is a pronoun of the first person ("ich", "wir")."""
    words = {word.lower() for word in _WORD.findall(text, start, end)}
    return not words.isdisjoint(german().first_person_pronouns)
