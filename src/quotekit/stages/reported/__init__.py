"""Stage 4: reported speech without quotation marks.

`find_indirect_quotes` changes nothing; the component stores its result on the doc. Per cue, the module
for its kind gives the content and its speaker:
- `verbs`: clauses governed by a speech verb: "X sagte, dass …" (the span keeps "dass", as the corpus
  does), "X sagte, die NATO halte …", "Die Lage sei ernst, sagte X", "Wie X mitteilte, seien …";
- `frames`: sentences framed by "laut X", "X zufolge", "nach Angaben von X", "…, so X", "Demnach …": the
  sentence less the frame (which may leave two parts);
- `nouns`: clauses after a speech noun: "Stoltenbergs Behauptung, Russland habe keine Antwort gegeben";
then `merging` puts them together, `inserted` adds the clause after a cue inserted between two statements
("…, sagt Oberreiter, an der Rechtslage ändere das nichts"), and `continuations` adds reported speech without a cue of its own
(Konjunktiv sentences after an attributed quotation, reportative "soll", free Konjunktiv I). A clause
that contains a quoted fragment is kind "mixed".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve
from spacy.attrs import IS_PUNCT, IS_SPACE

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.reported.clauses import MIN_WORDS
from quotekit.stages.reported.continuations import continuations
from quotekit.stages.reported.embedded import embedded_reports
from quotekit.stages.reported.frames import FRAME_KINDS, frame_candidate
from quotekit.stages.reported.index import SpanIndex
from quotekit.stages.reported.inserted import after_inserted_cues
from quotekit.stages.reported.merging import ReportedList, merge_quotes, mostly_direct, without_crossings
from quotekit.stages.reported.narration import without_date_line
from quotekit.stages.reported.nouns import noun_candidate
from quotekit.stages.reported.relayed import relayed
from quotekit.stages.reported.verbs import clause_after_comma, verb_candidate
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_at, text_of, token_column, token_lower, token_pos
from quotekit.syntax.mentions import speaker_of_cue
from quotekit.syntax.spans import sentence_of, word_count
from quotekit.syntax.verbs import (
    first_finite_verb,
    in_konjunktiv_clause,
    is_reported_subjunctive,
    is_subjunctive,
    is_zu_infinitive,
    verb_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_indirect_quotes", "merge_quotes"]


def find_indirect_quotes(
    doc: Doc, cues: Sequence[CueMatch], direct: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """Reported speech: cue-governed clauses, framed sentences and continuations. Changes nothing."""
    direct_parts = SpanIndex(p for r in direct for p in r.parts)
    reported = ReportedList()
    for k, cue in enumerate(cues):
        if cue.kind in FRAME_KINDS and _inside_reported_by_verb(doc, cue, cues[k + 1 :], direct_parts):
            continue
        if cue.kind is CueKind.VERB and _inside_framed_report(doc, cue, cues[k + 1 :]):
            continue
        candidate = _candidate(doc, cue, reported.records)
        if candidate is None:
            continue
        parts, mention = candidate
        if _quotation_after_colon(doc, cue, parts):
            # (the cue's own clause after its comma may still report, before the colon that opens the quotation)
            before_colon = _statement_before_colon(doc, cue, parts[0][0])
            if before_colon is None:
                continue
            parts = before_colon
        parts = without_crossings(doc, parts, direct_parts, cue.start)
        if (
            not parts
            or sum(word_count(doc, *p) for p in parts) < MIN_WORDS - _plan_in_two_words(doc, cue, parts)
            or mostly_direct(doc, parts, direct_parts)
        ):
            continue
        reported.add(doc, cue, parts, mention)
    records = relayed(doc, reported.records, direct)
    records += after_inserted_cues(doc, records, [*direct, *records])
    records += _before_trailing_cues(doc, continuations(doc, [*direct, *records], cues), cues)
    records += embedded_reports(doc, [*direct, *records], cues)
    return sorted(without_date_line(text_of(doc), records), key=lambda r: (r.start, r.end))


def _plan_in_two_words(doc: Doc, cue: CueMatch, parts: Sequence[CharSpan]) -> bool:
    """Whether a speech verb's reported words end in a zu-infinitive, which says a whole plan in two words
    ("kündigte an, Berufung einzulegen"); not after a noun ("die Hoffnung, es wiederzubekommen")."""
    if cue.kind is not CueKind.VERB:
        return False
    last = doc.char_span(parts[-1][0], parts[-1][1], alignment_mode="expand")
    if last is None:
        return False
    # (the last word found from the end on the run's flag columns: a `Token` for it alone)
    puncts, spaces = token_column(doc, IS_PUNCT), token_column(doc, IS_SPACE)
    i = next((i for i in range(last.end - 1, last.start - 1, -1) if not (puncts[i] or spaces[i])), None)
    return i is not None and is_zu_infinitive(doc[i])


def _before_trailing_cues(
    doc: Doc, records: Sequence[QuoteRecord], cues: Sequence[CueMatch]
) -> list[QuoteRecord]:
    """Each continuation, ended before the speech verb that closes its sentence (`_before_trailing_cue`); the
    verb cues sorted by where they start once, so each continuation looks only at those inside it."""
    verbs = sorted((cue for cue in cues if cue.kind is CueKind.VERB), key=lambda cue: cue.start)
    starts = [cue.start for cue in verbs]
    return [_before_trailing_cue(doc, record, verbs, starts) for record in records]


def _before_trailing_cue(
    doc: Doc, record: QuoteRecord, verbs: Sequence[CueMatch], starts: Sequence[int]
) -> QuoteRecord:
    """A continuation whose sentence ends in a speech verb after a comma ("…, betonte die gebürtige Estin.") is
    what that verb reports: its words up to the comma, with the verb as its cue (where the verb found no
    content of its own, the continuation took the whole sentence, cue and speaker included)."""
    # (a colon's cue gives way to the verb: "…: Die Betreuung werde es nicht mehr geben, hatte sie gesagt")
    if (record.cue is not None and record.cue.kind is not CueKind.COLON) or len(record.parts) != 1:
        return record
    start, end = record.parts[0]
    text = text_of(doc)
    for cue in verbs[bisect_right(starts, start) : bisect_left(starts, end)]:
        before = text[start : cue.start].rstrip()
        auxiliary = _auxiliary_before(doc, cue)
        if auxiliary is not None:
            # "…, hatte sie im Mai gesagt": the auxiliary after the comma opens the verb's clause
            before = text[start : doc[auxiliary].idx].rstrip()
        if not before.endswith(",") or "," in text[cue.start : end]:
            continue
        parts = ((start, start + len(before) - 1),)
        # (the verb's own subject speaks where it has one: "…, sagt der Sportökonom Adrian Zumstein")
        mention = speaker_of_cue(doc, cue, parts) or record.mention
        return evolve(record, parts=parts, cue=cue, mention=mention)
    return record


def _auxiliary_before(doc: Doc, cue: CueMatch) -> int | None:
    """The finite auxiliary of the cue's participle that opens its clause after a comma ("…, hatte sie im Mai
    gesagt"), or None."""
    head = doc[cue.head]
    de = german()
    # (a perfect's "haben"/"sein" before the participle, not a modal: "Ob …, wollte sie nicht sagen" is the
    # narrator's; nor a negated clause: "…, habe ihr niemand erklärt")
    if verb_form(head) != "Part":
        return None
    for child in head.children:
        if (
            0 < child.i < head.i
            and (token_pos(child) == "AUX" or labels.is_auxiliary(child))
            and child.lemma_ in de.perfect_auxiliaries
            and not is_subjunctive(child)  # (the narrator's cue is indicative: "…, habe … gestanden" reports)
            and text_at(doc, child.i - 1) == ","
            and not any(
                token_lower(t) in de.negations or t.tag_ in _NEGATION_TAGS for t in doc[child.i : head.i]
            )
        ):
            return child.i
    return None


# The tags of words that negate a clause ("nicht", "niemand", "kein").
_NEGATION_TAGS = frozenset({"PTKNEG", "PIS", "PIAT"})


def _inside_reported_by_verb(
    doc: Doc, frame: CueMatch, later: Sequence[CueMatch], direct_parts: SpanIndex
) -> bool:
    """ "Die Voraussetzungen gemäss revidierter Jagdverordnung seien erfüllt, sagte Capaul.": a frame word
    inside what a speech verb later in its sentence reports is part of the content, not its attribution."""
    end = sentence_of(doc[frame.head]).end_char
    for cue in later:
        # (not past a quotation in marks: "Gemäss dem Bulletin herrschte Stufe 3. «…», sagt X")
        if cue.start >= end or direct_parts.meets(frame.start, cue.start):
            return False
        if cue.kind is CueKind.VERB and (found := verb_candidate(doc, cue)) is not None:
            parts = without_crossings(doc, found[0], direct_parts)
            if not mostly_direct(doc, parts, direct_parts) and any(a <= frame.start < b for a, b in parts):
                return True
    return False


def _inside_framed_report(doc: Doc, verb_cue: CueMatch, later: Sequence[CueMatch]) -> bool:
    """ "Das Präsidium habe ihm zwei Verstärkungen zugesagt, gekommen sei keine, so der Pole.": a speech verb in
    the Konjunktiv inside what a "so X" frame later in its sentence reports is part of the content, not its
    attribution."""
    verb = doc[verb_cue.head]
    if not in_konjunktiv_clause(verb):
        return False
    end = sentence_of(verb).end_char
    for cue in later:
        if cue.start >= end:
            return False
        if cue.kind is CueKind.SO and (found := frame_candidate(doc, cue, [])) is not None:
            return any(a <= verb.idx < b for a, b in found[0])
    return False


def _quotation_after_colon(doc: Doc, cue: CueMatch, parts: Sequence[CharSpan]) -> bool:
    """ "Die Ministerin sagte: „…“, weiter erklärte sie, dass …": after a cue and its colon, words that open with
    a quotation mark are what the cue quotes directly; the clause after the marks is none of its report."""
    text = text_of(doc)
    return (
        cue.kind is CueKind.VERB
        and text[parts[0][0] : parts[0][0] + 1] in german().unambiguous_opening_marks
        and text[cue.extent[1] : parts[0][0]].rstrip().endswith(":")
    )


def _statement_before_colon(doc: Doc, cue: CueMatch, quotation: int) -> list[CharSpan] | None:
    """ "Zangl sagt, der Klimawandel verschärfe die Lage: „…“": the main clause after the cue's comma, in the reporting
    Konjunktiv, that ends with the colon right before the quotation (at character `quotation`); None for anything
    else ("gedroht, sollte die UNO … fassen: „…“", "zeigte sich besorgt, dass …: „…“")."""
    parts = clause_after_comma(doc, cue)
    if not parts or text_of(doc)[parts[-1][1] : quotation].strip() != ":":
        return None
    clause = doc.char_span(parts[0][0], parts[-1][1], alignment_mode="expand")
    if (
        clause is None
        or token_lower(clause[0]) in german().subordinators
        or token_pos(clause[0]) in {"VERB", "AUX"}
    ):
        return None
    finite = first_finite_verb(clause)
    return parts if finite is not None and is_reported_subjunctive(finite) else None


def _candidate(
    doc: Doc, cue: CueMatch, records: Sequence[QuoteRecord]
) -> tuple[list[CharSpan], CharSpan | None] | None:
    """The reported content of one cue and its speaker mention, by the cue's kind."""
    if cue.kind is CueKind.VERB:
        return verb_candidate(doc, cue)
    if cue.kind in FRAME_KINDS:
        return frame_candidate(doc, cue, records)
    if cue.kind is CueKind.NOUN:
        return noun_candidate(doc, cue)
    return None
