"""A full stop right after a score or a clock time ends the sentence ("Sie siegten 3:1. Das Team habe …").

The German tokenizer keeps a full stop after digits, for ordinals ("am 3. Mai"), so "3:1." stayed one token:
the parser then ran the sentence on into the next, and a reported sentence after a match report hung on the
verb before it. A colon between digits makes no ordinal, so the stop after it is split off.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["teach_score_stops"]

# The stop after "3:1", "2:0", "15:30" (spaCy serialises a tokenizer's suffixes by their `re` pattern).
_SCORE_STOP = r"(?<=\d:\d)\.$|(?<=\d:\d\d)\.$"


def teach_score_stops(nlp: Language) -> None:
    """Split a full stop off a score or a clock time in the pipeline's tokenizer (once)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or tokenizer.suffix_search is None:
        return  # (a custom tokenizer is the user's to teach)
    pattern = tokenizer.suffix_search.__self__.pattern
    if _SCORE_STOP not in pattern:
        tokenizer.suffix_search = re.compile(f"{pattern}|{_SCORE_STOP}").search
