"""Matching predictions to gold quotations: word tokens, Dice, one-to-one greedy pairs."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from attrs import frozen

from quotekit.evaluation.gold import GoldDocument

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from quotekit.quotes import Quote, Span

__all__ = ["MATCH_THRESHOLD", "DocumentMatch", "dice", "match_document"]

MATCH_THRESHOLD = 0.5


# a word token: a run of word characters (letters, digits, underscore), by character offsets
_WORD = re.compile(r"\w+")


class _Tokens:
    """The word tokens of one text, numbered in order, looked up by character span."""

    def __init__(self, text: str) -> None:
        matches = list(_WORD.finditer(text))
        self._starts = [m.start() for m in matches]
        self._ends = [m.end() for m in matches]

    def of(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the tokens that overlap any of `spans` by at least one character."""
        indices: set[int] = set()
        for span in spans:
            first = bisect.bisect_right(self._ends, span.start)  # first token ending after span.start
            last = bisect.bisect_left(self._starts, span.end)  # tokens before it start before span.end
            indices.update(range(first, last))
        return frozenset(indices)


def dice(first: frozenset[int], second: frozenset[int]) -> float:
    """The Dice coefficient of two token sets; 0.0 when both are empty."""
    total = len(first) + len(second)
    if total == 0:
        return 0.0
    return 2 * len(first & second) / total


def _greedy_pairs(
    gold: Sequence[frozenset[int]], predicted: Sequence[frozenset[int]], taken: set[int]
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, prediction index, Dice) by falling Dice; skips taken predictions."""
    candidates = []
    for g, gold_tokens in enumerate(gold):
        for p, pred_tokens in enumerate(predicted):
            if p in taken:
                continue
            score = dice(gold_tokens, pred_tokens)
            if score >= MATCH_THRESHOLD:
                candidates.append((-score, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for negative, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p, -negative))
    return pairs


@frozen
class DocumentMatch:
    """How one document's predictions line up with its gold; all indices refer to the inputs' order.

    `pairs` holds (gold index, prediction index, Dice) for matches with regular gold items; `missed` the
    regular gold items left unmatched; `ignored` the nested/Reported gold items; `excused` the
    predictions that match only an ignored item; `false_positives` all other unmatched predictions.
    """

    pairs: tuple[tuple[int, int, float], ...]
    missed: tuple[int, ...]
    ignored: tuple[int, ...]
    excused: tuple[int, ...]
    false_positives: tuple[int, ...]


def match_document(doc: GoldDocument, predictions: Sequence[Quote]) -> DocumentMatch:
    """Match one document's predictions against its gold quotations (see the module docstring)."""
    tokens = _Tokens(doc.text)
    regular = [i for i, quote in enumerate(doc.quotes) if not quote.ignored]
    ignored = [i for i, quote in enumerate(doc.quotes) if quote.ignored]
    predicted = [tokens.of(quote.parts) for quote in predictions]

    regular_pairs = _greedy_pairs([tokens.of(doc.quotes[i].content) for i in regular], predicted, set())
    pairs = sorted((regular[g], p, score) for g, p, score in regular_pairs)
    matched_pred = {p for _, p, _ in pairs}
    ignored_pairs = _greedy_pairs(
        [tokens.of(doc.quotes[i].content) for i in ignored], predicted, taken=matched_pred
    )
    excused = {p for _, p, _ in ignored_pairs}
    matched_gold = {g for g, _, _ in pairs}
    return DocumentMatch(
        pairs=tuple(pairs),
        missed=tuple(i for i in regular if i not in matched_gold),
        ignored=tuple(ignored),
        excused=tuple(sorted(excused)),
        false_positives=tuple(
            p for p in range(len(predictions)) if p not in matched_pred and p not in excused
        ),
    )
