"""Scoring predictions against gold documents: counts per kind, speaker and cue accuracy."""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING

from quotekit.evaluation.gold import GOLD_KINDS, GoldDocument
from quotekit.evaluation.matching import match_document
from quotekit.evaluation.report import Accuracy, EvalReport, Score
from quotekit.quotes import QuoteKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from quotekit.quotes import Quote, Span

__all__ = ["evaluate", "evaluate_with"]

_SCORED_KINDS = (QuoteKind.DIRECT, QuoteKind.INDIRECT)


def _scored_kind(kind: QuoteKind) -> QuoteKind:
    # a mixed quotation is reported speech with a marked fragment: the corpus annotates it as indirect
    return QuoteKind.INDIRECT if kind is QuoteKind.MIXED else kind


def _overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(max(start, span.start) < min(end, span.end) for span in spans)


def evaluate(
    docs: Sequence[GoldDocument], predictions: Sequence[Sequence[Quote]], seconds: float | None = None
) -> EvalReport:
    """Score `predictions` (one list of quotations per document, same order) against `docs`.

    `seconds`, when given, is the time the predictions took; the report turns it into characters per
    second.
    """
    if len(docs) != len(predictions):
        msg = f"got {len(predictions)} prediction lists for {len(docs)} gold documents"
        raise ValueError(msg)
    gold_count: Counter[str] = Counter()
    gold_matched: Counter[str] = Counter()
    type_count: Counter[str] = Counter()
    type_matched: Counter[str] = Counter()
    scored_count: Counter[str] = Counter()  # predictions by scored kind, excused ones left out
    scored_matched: Counter[str] = Counter()
    predicted_by_kind: Counter[str] = Counter({kind.value: 0 for kind in QuoteKind})
    confusion: Counter[str] = Counter()
    speaker_counts: Counter[tuple[str, bool]] = Counter()
    cue_counts: Counter[tuple[str, bool]] = Counter()
    ignored_gold = excused = agreeing = 0

    for doc, predicted in zip(docs, predictions, strict=True):
        match = match_document(doc, predicted)
        ignored_gold += len(match.ignored)
        excused += len(match.excused)
        excused_set = set(match.excused)
        for gold in doc.quotes:
            if not gold.ignored and gold.kind is not None:
                gold_count[gold.kind.value] += 1
                type_count[gold.type] += 1
        for p, quote in enumerate(predicted):
            predicted_by_kind[quote.kind.value] += 1
            if p not in excused_set:
                scored_count[_scored_kind(quote.kind).value] += 1
        for g, p, _ in match.pairs:
            gold, quote = doc.quotes[g], predicted[p]
            gold_kind = gold.kind.value if gold.kind is not None else gold.type
            gold_matched[gold_kind] += 1
            type_matched[gold.type] += 1
            scored_matched[_scored_kind(quote.kind).value] += 1
            confusion[f"{gold_kind} -> {quote.kind.value}"] += 1
            agreeing += gold_kind == _scored_kind(quote.kind).value
            if gold.speaker:
                mention = quote.speaker.mention if quote.speaker is not None else None
                right = mention is not None and _overlaps(mention.start, mention.end, gold.speaker)
                speaker_counts[gold_kind, right] += 1
            if gold.cue:
                right = quote.cue is not None and any(
                    _overlaps(part.start, part.end, gold.cue) for part in quote.cue.parts
                )
                cue_counts[gold_kind, right] += 1

    kinds = [kind.value for kind in _SCORED_KINDS]
    by_kind = {
        kind: Score(
            matched_gold=gold_matched[kind],
            gold=gold_count[kind],
            matched_predicted=scored_matched[kind],
            predicted=scored_count[kind],
        )
        for kind in kinds
    }

    def accuracy(counts: Counter[tuple[str, bool]], kinds: Iterable[str]) -> Accuracy:
        chosen = list(kinds)
        correct = sum(counts[kind, True] for kind in chosen)
        return Accuracy(correct=correct, total=correct + sum(counts[kind, False] for kind in chosen))

    matched = sum(gold_matched.values())
    return EvalReport(
        documents=len(docs),
        chars=sum(len(doc.text) for doc in docs),
        overall=Score(
            matched_gold=matched,
            gold=sum(gold_count.values()),
            matched_predicted=matched,
            predicted=sum(scored_count.values()),
        ),
        by_kind=by_kind,
        recall_by_type={
            type_: Score(
                matched_gold=type_matched[type_], gold=type_count[type_], matched_predicted=0, predicted=0
            )
            for type_ in GOLD_KINDS
        },
        predicted_by_kind=dict(predicted_by_kind),
        ignored_gold=ignored_gold,
        excused_predictions=excused,
        kind_accuracy=Accuracy(correct=agreeing, total=matched),
        confusion=dict(sorted(confusion.items())),
        speaker=accuracy(speaker_counts, kinds),
        speaker_by_kind={kind: accuracy(speaker_counts, [kind]) for kind in kinds},
        cue=accuracy(cue_counts, kinds),
        cue_by_kind={kind: accuracy(cue_counts, [kind]) for kind in kinds},
        seconds=seconds,
    )


def evaluate_with(
    docs: Sequence[GoldDocument], extract_many: Callable[[Iterable[str]], Iterable[list[Quote]]]
) -> EvalReport:
    """Run `extract_many` over the documents' texts, time it, and score its output with `evaluate`."""
    texts = [doc.text for doc in docs]
    started = time.perf_counter()
    predictions = list(extract_many(texts))
    seconds = time.perf_counter() - started
    return evaluate(docs, predictions, seconds=seconds)
