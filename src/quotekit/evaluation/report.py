"""The figures of an evaluation run (`Score`, `Accuracy`, `EvalReport`) and how they are shown."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from quotekit.evaluation.matching import MATCH_THRESHOLD

__all__ = ["Accuracy", "EvalReport", "Score"]


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


_SPEAKER_SCHEME_NOTES = {
    "mention": "the predicted mention overlaps the gold local mention",
    "canonical": "canonical speaker (the gold label's last capitalised word is in the predicted name or mention)",
    "mixed": "canonical where the gold gives labels, else by the local mention",
}


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
    # How speakers were judged: "mention" (the local mention overlaps the gold one, the Wikinews format),
    # "canonical" (the gold label's last capitalised word is named, the speakers format) or "mixed".
    speaker_scheme: str = "mention"

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
            "speaker_scheme": self.speaker_scheme,
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
            f"Ignored gold (nested, optional or Reported): {self.ignored_gold}; predictions matching only those: "
            f"{self.excused_predictions}.",
            f"Kind accuracy on matched pairs: {pct(self.kind_accuracy.value)} "
            f"({self.kind_accuracy.correct}/{self.kind_accuracy.total}).",
            f"Recall by gold type: {recall_by_type}.",
            f"Speaker accuracy: {_SPEAKER_SCHEME_NOTES[self.speaker_scheme]}, over {self.speaker.total} matched "
            "quotations with a gold speaker.",
        ]
        if speed is not None:
            notes.append(f"Speed: {speed:,.0f} characters per second.")
        return "\n".join(rows + notes)
