"""Putting reported quotations together: with each other (speech reported inside reported speech) and
with the direct quotations (a direct quotation inside a mixed one is its fragment)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotekit.lang.de.names import is_abstract_noun
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.cues import verb_cue
from quotekit.stages.reported.index import DisjointParts, SpanIndex
from quotekit.syntax.docindex import text_of, token_lower, token_pos, token_text
from quotekit.syntax.spans import tokens_between
from quotekit.syntax.verbs import (
    finite_or_konjunktiv,
    has_subjunctive_form,
    in_konjunktiv_clause,
    is_zu_infinitive_clause,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ReportedList", "is_mixed", "merge_quotes", "mostly_direct", "without_crossings"]

# A clause that is mostly a direct quotation belongs to the direct stage.
_MAX_DIRECT_SHARE = 0.5


def mostly_direct(doc: Doc, parts: Sequence[CharSpan], direct: SpanIndex) -> bool:
    """Whether more than half of the parts lies in direct quotations and no verb of the reported clause
    stands outside them: such a clause is the direct quotation itself ("sagte: „…“") and belongs to the
    direct stage. "die Mannschaft sei „auseinandergefallen wie ein Kartenhaus“" is reported speech with
    a quoted fragment (its verb "sei" is outside the marks)."""
    total = sum(e - s for s, e in parts)
    covered = sum(direct.overlap(*p) for p in parts)
    if total == 0:
        return True
    if covered / total <= _MAX_DIRECT_SHARE:
        return False
    outside = [
        t
        for s, e in parts
        for t in tokens_between(doc, s, e)
        if not direct.meets(t.idx, t.idx + len(token_text(t))) and token_text(t) not in german().clause_marks
    ]
    # A speech verb outside the marks ("„…“, sagte er") attributes the quotation; it is no verb of a clause.
    if any(finite_or_konjunktiv(t) and verb_cue(t) is None for t in outside):
        return False
    # "kündigte an, die Ergebnisse „sorgfältig auszuwerten“": an infinitive clause whose own words open it
    # before the marks is reported speech with a quoted fragment, though its verb is inside them.
    words = [t for t in outside if not (t.is_punct or t.is_space)]
    if not words or words[0].i != _first_word(doc, parts):
        return True
    # (so is a dass/ob clause whose subordinator and subject stand before the marks: "räumte ein, dass die
    # Kommunikation «hätte früher erfolgen können»")
    opened = token_lower(words[0]) in german().subordinators and len(words) > 1
    return not (opened or _infinitive_inside(doc, parts, direct))


def _first_word(doc: Doc, parts: Sequence[CharSpan]) -> int | None:
    """The index of the first word (no punctuation, no space) of the parts."""
    return next(
        (t.i for s, e in parts for t in tokens_between(doc, s, e) if not (t.is_punct or t.is_space)), None
    )


def _infinitive_inside(doc: Doc, parts: Sequence[CharSpan], direct: SpanIndex) -> bool:
    """Whether the parts end in marks that hold a zu-infinitive clause ("„zur Renditeoptimierung zu nutzen“"): a
    fragment of the infinitive clause, not a sentence quoted whole ("„… gehört es …, eine Arbeit zu prüfen“")."""
    words = [t for s, e in parts for t in tokens_between(doc, s, e) if not (t.is_punct or t.is_space)]
    if not words or not direct.meets(words[-1].idx, words[-1].idx + 1):
        return False
    return is_zu_infinitive_clause([t for t in words if direct.meets(t.idx, t.idx + 1)])


def without_crossings(
    doc: Doc, parts: Sequence[CharSpan], direct: SpanIndex, cue_start: int | None = None
) -> list[CharSpan]:
    """The parts less those that begin inside a direct quotation and end outside it, or the other way
    round: a cue inside the marks ("„Es ist so, wie Sarkozy das sagt: …“") reports nothing beyond them,
    and a clause that ends inside the marks was cut by a parse that did not see them. What is left must
    still report something, a Konjunktiv ("Auch diese Uninformiertheit habe Methode, so X weiter: „…“");
    an indicative rest is the narration around the marks ("In der Unionsfraktion sagte …")."""
    text = text_of(doc)
    closing = german().clause_marks
    holding = direct.meeting(cue_start, cue_start + 1) if cue_start is not None else []
    if holding:
        # (a cue inside the marks: only words inside them, not the sentence before them that "Das kann ich nicht
        # erklären" in a quotation seems to point back to)
        parts = [(s, e) for s, e in parts if holding[0][0] <= s and e <= holding[0][1]]
    kept = []
    for s, e in parts:
        meeting = direct.meeting(s, e)
        if meeting and meeting[-1][0] > s and e < meeting[-1][1] and meeting[-1][1] < len(text):
            # "Er habe «bewusst mit dem Leben anderer gespielt», sagte …": a clause that opens outside the
            # marks and ends inside them, cut by a parse that hung it on a word within, goes on to their end
            # (the closing mark with it) where the cue follows them (`cue_start`), as a mixed quotation.
            ds, de = meeting[-1]
            end = de + 1 if text[de] in closing else de
            before_marks = tokens_between(doc, s, ds)
            after_cue = cue_start is not None and end <= cue_start and not text[end:cue_start].strip(" ,\n")
            # (or after a cue before it, where a Konjunktiv outside the marks makes it a clause: "sagte, die
            # Republikaner müssten „alle …“"; not "sprach von einer „Naturgewalt …“")
            before_cue = cue_start is not None and cue_start < s and has_subjunctive_form(before_marks)
            if any(t.is_alpha for t in before_marks) and (after_cue or before_cue):
                e = end
        if all((s <= ds and de <= e) or (ds <= s and e <= de) for ds, de in direct.meeting(s, e)):
            kept.append((s, e))
    if len(kept) == len(parts):
        return kept
    return kept if has_subjunctive_form(t for p in kept for t in tokens_between(doc, *p)) else []


def is_mixed(doc: Doc, parts: Sequence[CharSpan]) -> bool:
    """Whether the parts hold a quotation mark: reported speech with a quoted fragment is "mixed"."""
    marks, text = german().clause_marks, text_of(doc)
    return any(not marks.isdisjoint(text[s:e]) for s, e in parts)


def reported_kind(doc: Doc, parts: Sequence[CharSpan]) -> str:
    """The kind of reported speech in `parts`: "mixed" where it holds a quoted fragment (`is_mixed`), else
    "indirect"."""
    return "mixed" if is_mixed(doc, parts) else "indirect"


def merge_quotes(direct: Sequence[QuoteRecord], reported: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Direct and reported quotations together, in text order.

    A direct quotation inside a mixed one ("Er sagte, sie habe „keinen Plan“ vorgelegt") stays a
    quotation of its own: the fragment is words someone said, and the reported clause around it is
    reported speech, so both are there (as the canonical-speaker gold annotates them).
    """
    return sorted([*direct, *reported], key=lambda r: (r.start, r.end))


class ReportedList:
    """The stage's own reported quotations, in cue order, with an index of their parts (which never
    overlap one another), so that adding one costs O(log n) however long the text."""

    def __init__(self) -> None:
        self.records: list[QuoteRecord] = []
        self._parts = DisjointParts()

    def add(self, doc: Doc, cue: CueMatch, parts: Sequence[CharSpan], mention: CharSpan | None) -> None:
        """Add a cue's reported content, unless it overlaps a quotation already there; speech reported
        inside reported speech extends the outer quotation instead."""
        if any(self._parts.meets(*p) for p in parts):
            if not self._nearer_verb(doc, cue, parts, mention):
                self._replace_inner(doc, cue, parts, mention)
            return
        host = self._parts.owner(cue.extent[0])
        if host is not None:
            # "…, dass beide vereinbart haben, Treffen abzuhalten": speech reported inside reported
            # speech is part of the outer quotation, which goes on up to the end of the inner one.
            outer = self.records[host]
            gap = text_of(doc)[outer.parts[-1][1] : parts[0][0]]
            after = parts[0][0] >= outer.parts[-1][1]
            if len(parts) == 1 and after and not gap.strip(" ,\n"):
                extended = [*outer.parts[:-1], (outer.parts[-1][0], parts[0][1])]
                kind = "mixed" if is_mixed(doc, extended) else outer.kind
                self._parts.remove(outer.parts)
                self._parts.add(extended, host)
                self.records[host] = evolve(outer, parts=extended, kind=kind)
            return
        kind = reported_kind(doc, parts)
        self._parts.add(parts, len(self.records))
        self.records.append(QuoteRecord(parts=parts, kind=kind, cue=cue, mention=mention))

    def _nearer_verb(
        self, doc: Doc, cue: CueMatch, parts: Sequence[CharSpan], mention: CharSpan | None
    ) -> bool:
        """ "Der Minister verteidigte die Polizei und betonte, die Lage sei ernst": of two verbs whose content is
        the same clause, the one right before it governs it; it takes the cue over. (Not an infinitive, which
        is part of what the first reports: "behauptete belegen zu können, dass …")"""
        if cue.kind is not CueKind.VERB:
            return False
        met = self._parts.owners(parts[0][0], parts[-1][1])
        if len(met) != 1:
            return False
        index = met.pop()
        found = self.records[index]
        if (
            found.cue is None
            or found.cue.kind is not CueKind.VERB
            or list(found.parts) != list(parts)
            or not found.cue.extent[1] <= cue.extent[0]
            or not cue.extent[1] <= parts[0][0]
            or doc[cue.head].tag_ in _INFINITIVE_TAGS
        ):
            return False
        self.records[index] = evolve(found, cue=cue, mention=found.mention if mention is None else mention)
        return True

    def _replace_inner(
        self, doc: Doc, cue: CueMatch, parts: Sequence[CharSpan], mention: CharSpan | None
    ) -> None:
        """ "Er habe sie nie gedrängt, etwas zu bestellen, erzählt die 71-Jährige": a report found first whose
        cue and content lie inside the content of a later cue is part of what that cue reports."""
        if len(parts) != 1:
            return
        start, end = parts[0]
        met = self._parts.owners(start, end)
        if len(met) != 1:
            return
        index = met.pop()
        inner = self.records[index]
        cue_start, cue_end = inner.cue.extent if inner.cue is not None else (-1, -1)
        if not (start <= inner.start and inner.end <= end and start <= cue_start and cue_end <= end):
            return
        sourceless = inner.mention is None or not _names_a_source(doc, inner.mention)
        if sourceless and mention is not None and "." in text_of(doc)[end : cue.extent[0]]:
            # "Nach ersten Erkenntnissen handelt es sich um … . Das bestätigte die Kantonspolizei": a report
            # without a source of its own is said by whom the next sentence points back with
            self.records[index] = evolve(inner, cue=cue, mention=mention)
            return
        if cue.extent[0] < end or text_of(doc)[end : cue.extent[0]].strip(" ,"):
            return  # only a cue right after the content ("…, erzählt die 71-Jährige") reports a whole sentence
        if inner.cue is None or not in_konjunktiv_clause(doc[inner.cue.head]):
            return  # "Die Kommissare sprachen keine Strafe aus, der Vorfall sei …": the narrator's report
        kind = reported_kind(doc, parts)
        self._parts.remove(inner.parts)
        self._parts.add(parts, index)
        self.records[index] = QuoteRecord(parts=list(parts), kind=kind, cue=cue, mention=mention)


# Fine tags of infinitives: a verb cue in one is inside another cue's clause.
_INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU"})


def _names_a_source(doc: Doc, mention: CharSpan) -> bool:
    """Whether a frame's mention names someone who can speak: not "Nach ersten Erkenntnissen", whose noun is
    abstract."""
    span = doc.char_span(*mention, alignment_mode="expand")
    return span is not None and any(
        token_pos(t) in {"NOUN", "PROPN", "PRON"} and not is_abstract_noun(token_text(t)) for t in span
    )
