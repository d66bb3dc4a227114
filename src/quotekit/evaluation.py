"""Score predicted quotations against gold annotations (the format of ``../shared/data/README.md``).

The scheme, in full:

Tokens
    A span's tokens are the ``\\w+`` runs of the *document* text that overlap it, identified by their
    character offsets (so two spans covering the same words have the same tokens, and a span that cuts a
    word still counts that word). Quotation marks and other punctuation are never tokens; on top of that
    the marks around a gold Direct quotation are stripped before tokenising. A quotation with several
    parts uses the union of its parts' tokens.

Match
    A prediction and a gold quotation match when the Dice coefficient of their token sets,
    ``2 |A ∩ B| / (|A| + |B|)``, is at least 0.5 (`MATCH_THRESHOLD`). Matching is one-to-one and greedy:
    all candidate pairs at or above the threshold are taken in order of falling Dice (ties: earlier gold,
    then earlier prediction) and a pair is kept when neither side is taken yet.

Ignored gold
    Gold items with ``"nested": true`` or ``"type": "Reported"`` are neither hits nor misses. Predictions
    are first matched one-to-one against the regular gold items; the predictions left over are then
    matched, the same way, against the ignored items, and those that match one are *excused*: not counted
    as false positives, nor anywhere in precision.

Kinds
    Gold ``Direct`` is direct; ``Indirect``, ``FreeIndirect`` and ``IndirectFreeIndirect`` are indirect.
    A predicted `QuoteKind.MIXED` (reported speech containing a marked fragment) is scored as indirect;
    the report still counts predicted mixed quotations separately.

Precision and recall
    Matching ignores kinds. Over all kinds, precision = matched predictions / scored predictions (all
    predictions less the excused ones), recall = matched gold / gold. Per kind K, recall = matched gold of
    kind K / gold of kind K, precision = matched predictions of (scored) kind K / scored predictions of
    kind K. A direct prediction matched to an indirect gold quotation therefore helps direct precision and
    indirect recall; `EvalReport.kind_accuracy` (pairs whose kinds agree / matched pairs) and
    `EvalReport.confusion` say how often that happens.

Speaker and cue accuracy
    Over matched pairs whose gold quotation has a speaker (a cue): correct when the predicted speaker's
    mention (the predicted cue's ``[start, end)``) overlaps at least one character of any gold speaker
    (cue) part. A missing speaker, a speaker without a mention or a missing cue is wrong. Reported overall
    and per gold kind.
"""

from __future__ import annotations

import bisect
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from quotekit.quotes import QuoteKind, Span

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from quotekit.quotes import Quote

__all__ = [
    "MATCH_THRESHOLD",
    "Accuracy",
    "DocumentMatch",
    "EvalReport",
    "GoldDocument",
    "GoldQuote",
    "Score",
    "dice",
    "evaluate",
    "evaluate_with",
    "load_gold",
    "match_document",
]

MATCH_THRESHOLD = 0.5

# gold "type" -> the kind it is scored as; "Reported" has no content and is ignored
_GOLD_KINDS: dict[str, QuoteKind] = {
    "Direct": QuoteKind.DIRECT,
    "Indirect": QuoteKind.INDIRECT,
    "FreeIndirect": QuoteKind.INDIRECT,
    "IndirectFreeIndirect": QuoteKind.INDIRECT,
}
_IGNORED_TYPES = frozenset({"Reported"})
_KNOWN_TYPES = frozenset(_GOLD_KINDS) | _IGNORED_TYPES
_SCORED_KINDS = (QuoteKind.DIRECT, QuoteKind.INDIRECT)

# characters trimmed from both ends of a gold Direct part: the corpus keeps the marks in the span
_MARKS_AND_SPACE = "„“”\"‚‘’'»«›‹ \t\n\r\u00a0"

# a word token: a run of word characters (letters, digits, underscore), by character offsets
_WORD = re.compile(r"\w+")


def _to_span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _to_quote_tuple(value: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    return tuple(value)


@frozen
class GoldQuote:
    """One gold annotation; every span list is a tuple of `Span` (a part may be discontinuous)."""

    id: int
    type: str
    nested: bool
    quote: tuple[Span, ...] = field(converter=_to_span_tuple)
    speaker: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    cue: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    medium: str = ""
    addressee: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    frame: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)

    @property
    def ignored(self) -> bool:
        """Nested quotations and Reported speech count neither as hits nor as misses."""
        return self.nested or self.type in _IGNORED_TYPES

    @property
    def kind(self) -> QuoteKind | None:
        """The kind this item is scored as; None for Reported speech."""
        return _GOLD_KINDS.get(self.type)

    @property
    def content(self) -> tuple[Span, ...]:
        """The quotation's parts, with the quotation marks of a Direct quotation stripped."""
        if self.type != "Direct":
            return self.quote
        return tuple(_strip_marks(part) for part in self.quote)


@frozen
class GoldDocument:
    """One gold document: its text and its annotations, in file order."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = field(converter=_to_quote_tuple)
    title: str = ""
    date: str = ""


def _strip_marks(span: Span) -> Span:
    text = span.text
    lead = len(text) - len(text.lstrip(_MARKS_AND_SPACE))
    stripped = text.strip(_MARKS_AND_SPACE)
    start = span.start + lead
    return Span(start=start, end=start + len(stripped), text=stripped)


def _spans(text: str, raw: Any, where: str) -> tuple[Span, ...]:
    if not isinstance(raw, list):
        msg = f"{where}: expected a list of [begin, end] pairs, got {raw!r}"
        raise ValueError(msg)
    spans = []
    for pair in raw:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)):
            msg = f"{where}: expected a [begin, end] pair of integers, got {pair!r}"
            raise ValueError(msg)
        begin, end = pair
        if not 0 <= begin <= end <= len(text):
            msg = f"{where}: span [{begin}, {end}] is outside the text (length {len(text)})"
            raise ValueError(msg)
        spans.append(Span.of(text, begin, end))
    return tuple(spans)


def _gold_quote(text: str, raw: Mapping[str, Any], where: str) -> GoldQuote:
    try:
        type_ = str(raw["type"])
        quote_id = int(raw["id"])
        where = f"{where}, quote {quote_id}"
        quote = _spans(text, raw["quote"], f"{where} 'quote'")
    except KeyError as error:
        msg = f"{where}: annotation without {error}"
        raise ValueError(msg) from error
    if type_ not in _KNOWN_TYPES:
        msg = f"{where}: unknown type {type_!r} (known: {', '.join(sorted(_KNOWN_TYPES))})"
        raise ValueError(msg)
    if not quote and type_ not in _IGNORED_TYPES:
        msg = f"{where}: a {type_} quotation without a 'quote' span"
        raise ValueError(msg)
    return GoldQuote(
        id=quote_id,
        type=type_,
        nested=bool(raw.get("nested", False)),
        quote=quote,
        speaker=_spans(text, raw.get("speaker", []), f"{where} 'speaker'"),
        cue=_spans(text, raw.get("cue", []), f"{where} 'cue'"),
        medium=str(raw.get("medium", "")),
        addressee=_spans(text, raw.get("addressee", []), f"{where} 'addressee'"),
        frame=_spans(text, raw.get("frame", []), f"{where} 'frame'"),
    )


def load_gold(path: str | os.PathLike[str], limit: int | None = None) -> list[GoldDocument]:
    """Read a gold JSONL file (one document a line); `limit` keeps the first `limit` documents.

    Raises `ValueError` naming the line for malformed input (bad JSON, missing keys, spans outside the
    text, unknown annotation types).
    """
    if limit is not None and limit < 0:
        msg = f"limit must be >= 0, got {limit}"
        raise ValueError(msg)
    docs: list[GoldDocument] = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(docs) >= limit:
                break
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
                text = raw["text"]
                doc_id = str(raw["id"])
                raw_quotes = raw.get("quotes", [])
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                msg = f"{where}: not a gold document ({error})"
                raise ValueError(msg) from error
            if not isinstance(text, str) or not isinstance(raw_quotes, list):
                msg = f"{where}: 'text' must be a string and 'quotes' a list"
                raise ValueError(msg)
            quotes = tuple(_gold_quote(text, quote, f"{where} ({doc_id})") for quote in raw_quotes)
            docs.append(
                GoldDocument(
                    id=doc_id,
                    text=text,
                    quotes=quotes,
                    title=str(raw.get("title", "")),
                    date=str(raw.get("date", "")),
                )
            )
    return docs


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


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@frozen
class Score:
    """Precision, recall and F1 from counts; matched gold and matched predictions are counted apart.

    They are equal over all kinds; per kind they differ when a match pairs two different kinds.
    """

    matched_gold: int
    gold: int
    matched_predicted: int
    predicted: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched_gold": self.matched_gold,
            "matched_predicted": self.matched_predicted,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@frozen
class Accuracy:
    """``correct / total``; `value` is None when there was nothing to judge."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


def _scored_kind(kind: QuoteKind) -> QuoteKind:
    # a mixed quotation is reported speech with a marked fragment: the corpus annotates it as indirect
    return QuoteKind.INDIRECT if kind is QuoteKind.MIXED else kind


def _overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(max(start, span.start) < min(end, span.end) for span in spans)


@frozen
class EvalReport:
    """The figures of one evaluation run; see the module docstring for how each is computed.

    `by_kind` and the per-kind accuracies are keyed by ``"direct"`` and ``"indirect"``;
    `recall_by_type` by the corpus' gold types; `confusion` by ``"gold kind -> predicted kind"``
    (predicted kinds unscored, so ``"indirect -> mixed"`` appears as such).
    """

    documents: int
    chars: int
    overall: Score
    by_kind: dict[str, Score]
    recall_by_type: dict[str, Score]
    predicted_by_kind: dict[str, int]
    ignored_gold: int
    excused_predictions: int
    kind_accuracy: Accuracy
    confusion: dict[str, int]
    speaker: Accuracy
    speaker_by_kind: dict[str, Accuracy]
    cue: Accuracy
    cue_by_kind: dict[str, Accuracy]
    seconds: float | None = None

    @property
    def chars_per_second(self) -> float | None:
        """Characters of input per second of prediction time, when the predictions were timed."""
        if self.seconds is None or self.seconds <= 0:
            return None
        return self.chars / self.seconds

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict of every figure."""
        return {
            "documents": self.documents,
            "chars": self.chars,
            "seconds": self.seconds,
            "chars_per_second": self.chars_per_second,
            "match_threshold": MATCH_THRESHOLD,
            "overall": self.overall.to_dict(),
            "by_kind": {kind: score.to_dict() for kind, score in self.by_kind.items()},
            "recall_by_type": {
                type_: {"gold": s.gold, "matched": s.matched_gold, "recall": s.recall}
                for type_, s in self.recall_by_type.items()
            },
            "predicted_by_kind": dict(self.predicted_by_kind),
            "ignored_gold": self.ignored_gold,
            "excused_predictions": self.excused_predictions,
            "kind_accuracy": self.kind_accuracy.to_dict(),
            "confusion": dict(self.confusion),
            "speaker": self.speaker.to_dict(),
            "speaker_by_kind": {kind: acc.to_dict() for kind, acc in self.speaker_by_kind.items()},
            "cue": self.cue.to_dict(),
            "cue_by_kind": {kind: acc.to_dict() for kind, acc in self.cue_by_kind.items()},
        }

    def format_table(self) -> str:
        """A Markdown table of the figures, with a few lines of counts below it."""

        def pct(value: float | None) -> str:
            return "–" if value is None else f"{100 * value:.1f}"

        rows = [
            "| kind | gold | predicted | precision | recall | F1 | speaker acc. | cue acc. |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        labelled = [("all", self.overall, self.speaker, self.cue)] + [
            (kind, self.by_kind[kind], self.speaker_by_kind[kind], self.cue_by_kind[kind])
            for kind in self.by_kind
        ]
        for label, score, speaker, cue in labelled:
            rows.append(
                f"| {label} | {score.gold} | {score.predicted} | {pct(score.precision)} | "
                f"{pct(score.recall)} | {pct(score.f1)} | {pct(speaker.value)} | {pct(cue.value)} |"
            )
        recall_by_type = ", ".join(
            f"{type_} {pct(score.recall)} ({score.matched_gold}/{score.gold})"
            for type_, score in self.recall_by_type.items()
        )
        speed = self.chars_per_second
        notes = [
            "",
            f"Documents: {self.documents} ({self.chars:,} characters). Match: Dice ≥ {MATCH_THRESHOLD} over "
            "word tokens, one-to-one. Figures in %.",
            f"Predicted by kind: {', '.join(f'{k} {n}' for k, n in self.predicted_by_kind.items())} "
            "(mixed scored as indirect).",
            f"Ignored gold (nested or Reported): {self.ignored_gold}; predictions matching only those: "
            f"{self.excused_predictions}.",
            f"Kind accuracy on matched pairs: {pct(self.kind_accuracy.value)} "
            f"({self.kind_accuracy.correct}/{self.kind_accuracy.total}).",
            f"Recall by gold type: {recall_by_type}.",
        ]
        if speed is not None:
            notes.append(f"Speed: {speed:,.0f} characters per second.")
        return "\n".join(rows + notes)


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
            for type_ in _GOLD_KINDS
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
