"""Reported speech after a speech noun: "Stoltenbergs Behauptung, Russland habe keine Antwort gegeben"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch
from quotekit.syntax.mentions import genitive_of_speech_noun
from quotekit.syntax.spans import runs, sentence_of
from quotekit.syntax.verbs import is_subjunctive

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["noun_candidate", "noun_content"]


def noun_content(doc: Doc, cue: CueMatch) -> list[CharSpan]:
    """ "Stoltenbergs Behauptung, Russland habe …": the clause after the comma, reported or with dass."""
    noun = doc[cue.head]
    sent = sentence_of(noun)
    start = noun.i + 2
    if start >= sent.end:
        return []
    following = doc[start : sent.end]
    verbs = [t for t in following[:10] if t.pos_ in {"VERB", "AUX"}]
    if doc[start].lower_ not in german().subordinators and not (verbs and is_subjunctive(verbs[0])):
        return []
    return runs(doc, list(range(start, sent.end)))


def noun_candidate(doc: Doc, cue: CueMatch) -> tuple[list[CharSpan], CharSpan | None] | None:
    """The clause after a speech noun and the noun's genitive attribute as its speaker."""
    parts = noun_content(doc, cue)
    return (parts, genitive_of_speech_noun(doc, cue)) if parts else None
