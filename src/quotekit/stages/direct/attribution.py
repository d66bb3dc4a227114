"""What an attribution of a direct quotation is: a cue, a local mention, and how sure it is that the
marked words were said (`Strength`). The placement strategies return one each."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.stages.cues import particle_of, particle_verb_lemma, verb_match, with_companion
from quotekit.syntax.docindex import token_lower, token_pos
from quotekit.syntax.mentions import names_own_source, speaker_of_cue, subject_of_own_source
from quotekit.syntax.spans import in_text_order

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "NOTHING",
    "SENTENCE_KINDS",
    "Attribution",
    "Strength",
    "closing_marks",
    "cue_speaker",
    "cues_in",
    "synthetic_cue",
    "with_these_words",
]

# Cues that attribute a whole sentence, the quotation in it included.
SENTENCE_KINDS = frozenset({CueKind.VERB, CueKind.LAUT, CueKind.NACH_ANGABEN, CueKind.ZUFOLGE, CueKind.SO})


class Strength(enum.IntEnum):
    """How sure an attribution is that the marked words were said (see `speech.is_said`)."""

    GUESS = 0  # no cue of its own: a neighbouring sentence's speaker, a subject that can speak
    INTRODUCED = 1  # a colon introduction, or a verb outside the lexicon where an inserted attribution stands
    CUED = 2  # a speech cue from the lexicon: „…“, sagte er
    GOVERNED = 3  # a speech verb whose clause holds the fragment: sprach von einer „Krise“
    NAMED = 4  # a naming verb governs it: nannte den Bericht eine „Zeitungsente“
    SAID = 5  # the text calls them someone's words: „…“, mit diesen Worten meldete er sich zurück


@attrs.frozen
class Attribution:
    """An attribution: the cue (possibly None) and the local mention (possibly None).

    `strength` says how sure it is that the marked words were said (`Strength`).
    """

    cue: CueMatch | None
    mention: CharSpan | None
    strength: Strength


NOTHING = Attribution(None, None, strength=Strength.GUESS)


def with_these_words(words: Sequence[Token]) -> bool:
    """ "Mit diesem Satz erntete der Minister Applaus", "mit diesen Worten verabschiedete sich X": "mit", a
    demonstrative and a noun open the clause after a quotation and point back to what was said."""
    de = german()
    return (
        len(words) > 3
        and token_lower(words[0]) == de.mit
        and token_lower(words[1]) in de.demonstrative_determiners
        and token_pos(words[2]) in {"NOUN", "PROPN"}
    )


def cues_in(cues: Sequence[CueMatch], start: int, end: int, kinds: frozenset[CueKind]) -> list[CueMatch]:
    """The cues of `kinds` wholly inside characters [start, end) (`cues` in text order, as `find_cues`
    gives them: found by bisection)."""
    inside = in_text_order(cues, start, end, _extent_start)
    return [cue for cue in inside if cue.extent[1] <= end and cue.kind in kinds]


def _extent_start(cue: CueMatch) -> int:
    return cue.extent[0]


def closing_marks() -> str:
    """Every closing quotation mark, as a string for `str.strip`."""
    return "".join(sorted(german().closing_marks))


def synthetic_cue(verb: Token) -> CueMatch:
    """A cue for a verb outside the lexicon that still attributes: „…“, begründet das Gericht."""
    particle = particle_of(verb)
    # ("bezeichnete die Studie als «…»": with the word that governs the marked words, as for a listed verb)
    return with_companion(verb.doc, verb_match(verb, particle_verb_lemma(verb, particle), particle))


def cue_speaker(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan]) -> CharSpan | None:
    """The speaker a cue names (`speaker_of_cue`); "nach eigenem Bekunden", "nach eigenen Angaben" name
    the subject of their clause ("Der Bruder war nach eigenem Bekunden eingeweiht"), not themselves."""
    mention = speaker_of_cue(doc, cue, outside)
    if cue.kind is not CueKind.NACH_ANGABEN or mention is None:
        return mention
    if not names_own_source(doc, mention):
        return mention
    return subject_of_own_source(doc, cue, outside)
