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

The speakers format (``speakers-dev.jsonl``)
    Quotations are read from ``kind``/``start``/``end`` (``direct`` or ``indirect``); ``optional`` ones
    are ignored like nested ones above. Speakers are judged by their canonical label, over matched pairs
    whose gold quotation has a ``speaker``: correct when the last capitalised word of the gold ``speaker``
    or of one of its ``speaker_alt`` is among the capitalised words (split at white space, marks and
    punctuation stripped) of the predicted ``speaker.name`` or of its mention's text
    (`names_the_speaker`); a pronoun or role word that is not in the gold label does not count. The cue is
    given as words: correct when every gold cue word is among the words of the predicted cue's parts.
"""

from __future__ import annotations

from quotekit.evaluation.gold import GoldDocument, GoldQuote, load_gold
from quotekit.evaluation.matching import MATCH_THRESHOLD, DocumentMatch, dice, match_document
from quotekit.evaluation.report import Accuracy, EvalReport, Score
from quotekit.evaluation.scoring import capitalised_words, evaluate, evaluate_with, names_the_speaker

__all__ = [
    "MATCH_THRESHOLD",
    "Accuracy",
    "DocumentMatch",
    "EvalReport",
    "GoldDocument",
    "GoldQuote",
    "Score",
    "capitalised_words",
    "dice",
    "evaluate",
    "evaluate_with",
    "load_gold",
    "match_document",
    "names_the_speaker",
]
