"""Idiom cues: a common verb that a fixed phrase in its clause makes a verb of saying — "gab zu bedenken, dass
…", "brachte seine Sorge zum Ausdruck, dass …", "gab der Zeuge zu Protokoll: „…“", "…, der zu verstehen gab"
(`german().cue_idioms`). `quotekit.stages.cues` makes the cue: the verb with the phrase as its companion, like
"sprach … von"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.syntax.docindex import token_lower, token_texts
from quotekit.syntax.verbs import verb_form

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["idiom_phrase", "says_something_else"]

# How far after a verb in second place its phrase may stand ("gab der Minister am Montag allerdings zu bedenken").
_REACH = 10
# What ends the verb's clause: the phrase is never looked for beyond it.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def idiom_phrase(verb: Token, lemmas: Sequence[str]) -> tuple[str, list[Token]] | None:
    """The idiom of `verb` (whose lemma candidates are `lemmas`): its lemma ("zu bedenken geben") and the phrase's
    words in the verb's clause, or None."""
    return _idiom_of(verb, lemmas, german().cue_idioms)


def says_something_else(verb: Token, lemma: str) -> bool:
    """Whether a phrase in the clause of a speech verb makes it mean another thing ("ruft … auf den Plan")."""
    return _idiom_of(verb, (lemma,), german().non_speech_idioms) is not None


def _idiom_of(
    verb: Token, lemmas: Sequence[str], idioms: Mapping[str, tuple[tuple[str, ...], ...]]
) -> tuple[str, list[Token]] | None:
    for lemma in lemmas:
        for phrase in idioms.get(lemma, ()):
            words = _phrase_in_clause(verb, phrase)
            if words is not None:
                return f"{' '.join(phrase)} {lemma}", words
    return None


def _phrase_in_clause(verb: Token, phrase: tuple[str, ...]) -> list[Token] | None:
    """The words of `phrase` right before `verb` ("zu bedenken gab", "zum Ausdruck gebracht"), or, for a
    finite verb, later in its clause ("gab er zu bedenken", "brachte ihre Sorge zum Ausdruck")."""
    doc = verb.doc
    size = len(phrase)
    texts = token_texts(doc)
    start = verb.i - size
    if start >= 0 and tuple(t.lower() for t in texts[start : verb.i]) == phrase:
        return list(doc[start : verb.i])
    if verb_form(verb) in {"Part", "Inf"}:
        return None
    opening = german().opening_marks
    first = phrase[0]
    for i in range(verb.i + 1, min(len(doc), verb.i + 1 + _REACH)):
        text = texts[i]
        if text in _CLAUSE_ENDS or text in opening:
            return None
        # (the first word by its text before any slice: most verbs asked have no phrase after them)
        if text.lower() != first:
            continue
        words = doc[i : i + size]
        if len(words) == size and tuple(token_lower(t) for t in words) == phrase:
            return list(words)
    return None
