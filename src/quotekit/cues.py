"""Stage 2: attribution cues — speech verbs, "so"/"laut"/"zufolge", "nach Angaben", colons.

`find_cues` changes nothing; the component stores its result on the doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import labels
from .lexicon import word_set, word_table
from .records import CueMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VERB_POS = frozenset({"VERB", "AUX"})


def speech_verbs() -> frozenset[str]:
    return word_set("speech_verbs.txt")


def _particle_of(verb: Token) -> Token | None:
    """The separable particle of a finite verb ("hinzu" of "fügte … hinzu"), if the parse has one."""
    particles = word_set("cue_particles.txt")
    for child in verb.children:
        if labels.is_separable_particle(child) and child.lower_ in particles:
            return child
    return None


def _verb_lemma(token: Token) -> str:
    return token.lemma_.lower() or token.lower_
    # Stop-gap lemmatisers sometimes keep the inflected form; strip a past-tense "te" as a fallback.


def verb_cue(token: Token) -> CueMatch | None:
    """A speech-verb cue headed by `token`, joining a separable particle when there is one."""
    if token.pos_ not in _VERB_POS and not token.tag_.startswith("V"):
        return None
    verbs = speech_verbs()
    lemma = _verb_lemma(token)
    particle = _particle_of(token)
    if particle is not None and particle.lower_ + lemma in verbs:
        first, last = sorted((token, particle), key=lambda t: t.i)
        return CueMatch(
            start=first.idx,
            end=last.idx + len(last.text),
            text=f"{first.text} {last.text}",
            lemma=particle.lower_ + lemma,
            kind="verb",
            head=token.i,
            tokens=(first.i, last.i),
        )
    if lemma in verbs:
        return CueMatch(
            start=token.idx,
            end=token.idx + len(token.text),
            text=token.text,
            lemma=lemma,
            kind="verb",
            head=token.i,
            tokens=(token.i,),
        )
    return None


def _word_cue(token: Token) -> CueMatch | None:
    kinds = word_table("cue_prepositions.tsv")
    entry = kinds.get(token.lower_)
    if entry is None:
        return None
    kind = entry[0]
    if kind == "so":
        # "…, so Price." — "so" right after a comma and before a name or noun phrase.
        previous = token.nbor(-1) if token.i > 0 else None
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if previous is None or previous.text != "," or following is None:
            return None
        if following.pos_ not in {"PROPN", "NOUN", "DET", "PRON", "ADJ"}:
            return None
    return CueMatch(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        lemma=token.lower_,
        kind=kind,
        head=token.i,
        tokens=(token.i,),
    )


def _nach_angaben(token: Token) -> CueMatch | None:
    doc = token.doc
    if token.lower_ != "nach" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "angaben":
        return None
    second = doc[token.i + 1]
    return CueMatch(
        start=token.idx,
        end=second.idx + len(second.text),
        text=f"{token.text} {second.text}",
        lemma="nach Angaben",
        kind="nach_angaben",
        head=second.i,
        tokens=(token.i, second.i),
    )


def _colon(token: Token) -> CueMatch | None:
    if token.text != ":":
        return None
    return CueMatch(
        start=token.idx,
        end=token.idx + 1,
        text=":",
        lemma=":",
        kind="colon",
        head=token.i,
        tokens=(token.i,),
    )


def find_cues(doc: Doc) -> list[CueMatch]:
    """Every attribution cue in `doc`, in text order. Changes nothing."""
    found: list[CueMatch] = []
    for token in doc:
        cue = verb_cue(token) or _word_cue(token) or _nach_angaben(token) or _colon(token)
        if cue is not None:
            found.append(cue)
    return found
