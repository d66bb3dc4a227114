"""Idiom cues: a common verb that a fixed phrase in its clause makes a verb of saying — "gab zu bedenken, dass
…", "brachte seine Sorge zum Ausdruck, dass …", "gab der Zeuge zu Protokoll: „…“", "…, der zu verstehen gab"
(`german().cue_idioms`). The cue is the verb with the phrase as its companion, like "sprach … von"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CueKind, CueMatch
from quotekit.syntax.docindex import text_of
from quotekit.syntax.verbs import verb_form

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["idiom_cue"]

# How far after a verb in second place its phrase may stand ("gab der Minister am Montag allerdings zu bedenken").
_REACH = 10
# What ends the verb's clause: the phrase is never looked for beyond it.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def idiom_cue(verb: Token, lemmas: Sequence[str]) -> CueMatch | None:
    """The idiom cue of `verb` (one of whose lemma candidates is `lemmas`), or None."""
    idioms = german().cue_idioms
    for lemma in lemmas:
        for phrase in idioms.get(lemma, ()):
            words = _phrase_in_clause(verb, phrase)
            if words is not None:
                return _cue(verb, f"{' '.join(phrase)} {lemma}", words)
    return None


def _phrase_in_clause(verb: Token, phrase: tuple[str, ...]) -> list[Token] | None:
    """The words of `phrase` right before `verb` ("zu bedenken gab", "zum Ausdruck gebracht"), or, for a
    finite verb, later in its clause ("gab er zu bedenken", "brachte ihre Sorge zum Ausdruck")."""
    doc = verb.doc
    size = len(phrase)
    before = doc[max(0, verb.i - size) : verb.i]
    if len(before) == size and tuple(t.lower_ for t in before) == phrase:
        return list(before)
    if verb_form(verb) in {"Part", "Inf"}:
        return None
    opening = german().opening_marks
    for i in range(verb.i + 1, min(len(doc), verb.i + 1 + _REACH)):
        if doc[i].text in _CLAUSE_ENDS or doc[i].text in opening:
            return None
        words = doc[i : i + size]
        if len(words) == size and tuple(t.lower_ for t in words) == phrase:
            return list(words)
    return None


def _cue(verb: Token, lemma: str, words: list[Token]) -> CueMatch:
    """The verb with its phrase: one run of the text where the phrase stands right before it ("zu bedenken
    gab"), else the verb with the phrase as its companion ("gab … zu bedenken")."""
    first, last = words[0], words[-1]
    tokens = tuple(sorted((verb.i, *(t.i for t in words))))
    if last.i + 1 == verb.i:
        end = verb.idx + len(verb.text)
        text = text_of(verb.doc)[first.idx : end]
        return CueMatch(
            start=first.idx, end=end, text=text, lemma=lemma, kind=CueKind.VERB, head=verb.i, tokens=tokens
        )
    return CueMatch(
        start=verb.idx,
        end=verb.idx + len(verb.text),
        text=verb.text,
        lemma=lemma,
        kind=CueKind.VERB,
        head=verb.i,
        tokens=tokens,
        companion=(first.idx, last.idx + len(last.text)),
    )
