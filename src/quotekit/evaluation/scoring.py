"""Scoring predictions against gold documents: counts per kind, speaker and cue accuracy."""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING

from quotekit.evaluation.gold import GOLD_KINDS, GoldDocument, GoldQuote
from quotekit.evaluation.matching import match_document
from quotekit.evaluation.report import Accuracy, EvalReport, Score
from quotekit.quotes import QuoteKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from quotekit.quotes import Cue, Quote, Span, Speaker

__all__ = ["capitalised_words", "evaluate", "evaluate_with", "names_the_speaker"]

_SCORED_KINDS = (QuoteKind.DIRECT, QuoteKind.INDIRECT)


def _scored_kind(kind: QuoteKind) -> QuoteKind:
    # a mixed quotation is reported speech with a marked fragment: the corpus annotates it as indirect
    return QuoteKind.INDIRECT if kind is QuoteKind.MIXED else kind


def _overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(max(start, span.start) < min(end, span.end) for span in spans)


# What `capitalised_words` strips from both ends of a word: marks, brackets, punctuation, dashes.
_WORD_EDGES = "„“\"'»«‚‘’()[],.:;!?–-"


def capitalised_words(label: str | None) -> list[str]:
    """The words of `label` (split at white space, marks and punctuation stripped) that start upper-case."""
    words = (word.strip(_WORD_EDGES) for word in (label or "").split())
    return [word for word in words if word[:1].isupper()]


def names_the_speaker(labels: Sequence[str], speaker: Speaker | None) -> bool:
    """The canonical-speaker rule: the last capitalised word of a gold label (the speaker or one of its
    alternatives) is among the capitalised words of the predicted name or of its mention's text."""
    if speaker is None:
        return False
    mention = speaker.mention.text if speaker.mention is not None else None
    predicted = set(capitalised_words(speaker.name)) | set(capitalised_words(mention))
    return any((words := capitalised_words(label)) and words[-1] in predicted for label in labels)


# How a gold cue marks the words left out between its parts.
_GAPS = frozenset({"…", "..."})


def _cue_words_agree(gold: str, cue: Cue | None) -> bool:
    """The speakers format gives the cue as words: right when each gold word is among the cue's words. An
    ellipsis marks the gap of a separable verb ("kündigte … an"), no word."""
    if cue is None:
        return False
    predicted = {word.lower() for part in cue.parts for word in part.text.split()}
    return all(word.lower() in predicted for word in gold.split() if word not in _GAPS)


def _speaker_right(doc: GoldDocument, gold: GoldQuote, quote: Quote) -> bool | None:
    """Whether the predicted speaker is right (None: the gold quotation has no speaker to judge)."""
    if doc.canonical_speakers:
        return names_the_speaker(gold.speaker_labels, quote.speaker) if gold.speaker_labels else None
    if not gold.speaker:
        return None
    mention = quote.speaker.mention if quote.speaker is not None else None
    return mention is not None and _overlaps(mention.start, mention.end, gold.speaker)


def _cue_right(gold: GoldQuote, quote: Quote) -> bool | None:
    """Whether the predicted cue is right (None: the gold quotation has no cue to judge)."""
    if gold.cue_text is not None:
        return _cue_words_agree(gold.cue_text, quote.cue)
    if not gold.cue:
        return None
    return quote.cue is not None and any(
        _overlaps(part.start, part.end, gold.cue) for part in quote.cue.parts
    )


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
            speaker_right = _speaker_right(doc, gold, quote)
            if speaker_right is not None:
                speaker_counts[gold_kind, speaker_right] += 1
            cue_right = _cue_right(gold, quote)
            if cue_right is not None:
                cue_counts[gold_kind, cue_right] += 1

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
    schemes = {doc.canonical_speakers for doc in docs if doc.quotes}
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
            if type_count[type_]  # only the types the gold file has: speakers-dev has no FreeIndirect
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
        speaker_scheme=_SPEAKER_SCHEMES[frozenset(schemes)],
    )


# How speakers were judged, by the documents' formats (see `EvalReport.speaker_scheme`).
_SPEAKER_SCHEMES = {
    frozenset(): "mention",
    frozenset({False}): "mention",
    frozenset({True}): "canonical",
    frozenset({False, True}): "mixed",
}


def evaluate_with(
    docs: Sequence[GoldDocument], extract_many: Callable[[Iterable[str]], Iterable[list[Quote]]]
) -> EvalReport:
    """Run `extract_many` over the documents' texts, time it, and score its output with `evaluate`."""
    texts = [doc.text for doc in docs]
    started = time.perf_counter()
    predictions = list(extract_many(texts))
    seconds = time.perf_counter() - started
    return evaluate(docs, predictions, seconds=seconds)
