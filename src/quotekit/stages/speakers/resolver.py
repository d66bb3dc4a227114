"""Who is who across a text: one pass in text order links every name, description, pronoun and organisation
word to an entity (`quotekit.stages.speakers.entities`), then each speaker mention is looked up.

- A name joins the person with that surname (and first name, where both are given); a first name alone
  joins the person who has it ("Malou" after "Malou Steiner"). A role or description set beside a name
  joins it ("Rheintal-Trainer Florian Mähr", "Der Sprecher der Polizei, Markus Treiber", "Fridolin Kubli,
  Präsident des Fischereiverbands").
- A description without a name ("der 54-Jährige", "die Sozialdemokratin", "der Landeshauptmann") joins the
  person last named with the same role, else, when definite and bare, the person most in view whose gender
  fits (`Focus`: recent mentions, subjects and speakers weigh more); an indefinite one ("eine Anwohnerin")
  or one with its own complement ("die Sprecherin des Innenministeriums") is someone new.
- A pronoun (er, sie, ihm, sein, ihre …) joins the entity most in view whose gender and number fit.
- An organisation word joins the organisation with that word in its name ("die Gewerkschaft"); a generic one
  ("das Unternehmen", "der Verein") the named organisation most in view.
Words inside quotation marks are never mentions: the speaker names them, not the narrator. Where nothing
fits, a mention stays unresolved: a wrong name is worse than none.

This module holds what the pass builds, `Resolver`, and its lookups; `build_resolver` runs the pass
(`reading`, over the state in `reader`). Each kind of mention is read in its own module: `names`,
`descriptions`, `pronouns`, `organisations`, and `links` for the names and descriptions the text says are
one person; they read the tokens through `referents` and `extents`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE

from quotekit.lang.de.names import (
    ends_as_name_genitive,
    first_name_gender,
    is_person_noun,
    is_speech_noun,
    is_spokesperson_role,
    role_of,
    surname_key,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.stages.speakers.entities import ORGANISATION, PERSON, Entity, EntityIndex, is_initials
from quotekit.stages.speakers.headlines import heading_spans
from quotekit.stages.speakers.reader import OPENING_SENTENCES, Reader
from quotekit.stages.speakers.reading import read
from quotekit.syntax.docindex import (
    morph_values,
    pos_at,
    text_at,
    text_of,
    token_column,
    token_lower,
    token_text,
)
from quotekit.syntax.labels import PERSON_LABELS
from quotekit.syntax.mentions import relative_antecedent
from quotekit.syntax.spans import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuotedIndex", "Resolution", "Resolver", "build_resolver"]

_GENDER_WORDS = {"masc": "male", "fem": "female"}


@attrs.frozen
class Resolution:
    """What a speaker mention refers to: the entity's label (None when unresolved), whether it is an
    organisation, its gender ("female"/"male") where the text shows it, and the entity's number."""

    name: str | None
    is_organization: bool = False
    gender: str | None = None
    entity: int | None = None


UNRESOLVED = Resolution(None)


class QuotedIndex:
    """Character spans inside quotation marks, merged and sorted: "is this inside?" by bisection."""

    def __init__(self, spans: Sequence[CharSpan]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def contains(self, offset: int) -> bool:
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self._ends[k]

    def contains_each(self, offsets: Sequence[int]) -> list[bool]:
        """`contains` of each of `offsets`, which ascend (a doc's token offsets): two bisections per span,
        not a step per offset."""
        inside = [False] * len(offsets)
        for start, end in zip(self._starts, self._ends, strict=True):
            first, after = bisect_left(offsets, start), bisect_left(offsets, end)
            inside[first:after] = [True] * (after - first)
        return inside

    def span_at(self, offset: int) -> CharSpan | None:
        """The span that holds `offset`, or None."""
        k = bisect_right(self._starts, offset) - 1
        return (self._starts[k], self._ends[k]) if k >= 0 and offset < self._ends[k] else None

    def last_before(self, offset: int) -> CharSpan | None:
        """The span that ends last at or before `offset`, or None."""
        k = bisect_right(self._ends, offset) - 1
        return None if k < 0 else (self._starts[k], self._ends[k])


@attrs.define
class Resolver:
    """The entities of one doc and the entity of every token that refers to one."""

    doc: Doc
    index: EntityIndex = attrs.field(factory=EntityIndex)
    by_token: dict[int, Entity] = attrs.field(factory=dict)
    runs: dict[int, tuple[int, int]] = attrs.field(factory=dict)  # name token -> its run [start, end)
    # Where an entity is named, or is a clause's subject, outside quotations: character offsets (sorted)
    # and the entity there.
    named_at: list[int] = attrs.field(factory=list)
    named_entity: list[int] = attrs.field(factory=list)
    # Quotations without an attribution: the start of each -> the one person in view there, and where
    # that person was last named.
    in_view: dict[int, tuple[Entity, tuple[int, int]]] = attrs.field(factory=dict)
    # People made a clause's subject in the narration (not in reported speech): where (character offsets,
    # sorted), the mention, and the person.
    subject_at: list[int] = attrs.field(factory=list)
    subjects: list[tuple[CharSpan, Entity]] = attrs.field(factory=list)
    absorbed: dict[int, int] = attrs.field(factory=dict)  # entity id -> the entity it turned out to be
    # the headline with its teaser and the subheads (`headlines.heading_spans`), read after the pass too
    headings: list[CharSpan] = attrs.field(factory=list)

    def entity_of(self, start: int, end: int) -> Entity | None:
        """The entity the mention at characters [start, end) refers to, or None."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        runs = {self.runs[t.i] for t in span if t.i in self.runs and t.i in self.by_token}
        # "Merkels Sprecher", "Obamas Wahlkampfteam": a name in the genitive before a noun is whose the
        # speaker is, not the speaker.
        owners = {
            run
            for run in runs
            if _is_possessor(
                self.doc, run, span.end, self.by_token[run[0]], named_after=any(o[0] > run[1] for o in runs)
            )
        }
        runs -= owners
        if runs:
            # "Kölns Präsident Wolfgang Overath": the longest name, one with a first name first.
            best = max(
                runs, key=lambda run: (first_name_gender(self.doc[run[0]].text) is not None, run[1] - run[0])
            )
            return self.by_token[best[0]]
        owned = {i for start, end in owners for i in range(start, end)}
        linked = [t for t in span if t.i in self.by_token and t.i not in owned and not _owns_a_relative(t)]
        found = next((self.by_token[t.i] for t in linked), None)
        if found is None and len(span) == 1 and token_text(span[0])[:1].isupper():
            found = self._person_by_surname(token_text(span[0]))
        if found is None and all(is_initials(token_text(t)) for t in span):
            # "A. S.:" or "M.G.:" before an answer, where the pass read no name: the person named in full with
            # those initials
            letters = [c for t in span for c in token_text(t) if c.isupper()]
            found = next(iter(self.index.people_by_initials(letters)), None)
        return found

    def _person_by_surname(self, word: str) -> Entity | None:
        """The one person a lone surname the pass did not read names ("Frau Imboden, Sie sind …" in an
        interview's question, for "Nora Imboden-Salzgeber"), else None."""
        key = surname_key(word)
        people = self.index.by_surname.get(key) or self.index.by_first_part.get(key) or []
        return people[0] if len(people) == 1 and people[0].kind == PERSON else None

    def coordinated(self, start: int, end: int) -> list[Entity]:
        """The people a mention names together ("Brückner und Ziegler", "Ruth und Walter Keller"): two or
        more names joined by "und", "sowie" or commas only; [] for a mention of one."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        runs = sorted({self.runs[t.i] for t in span if t.i in self.runs and t.i in self.by_token})
        joining = german().joining_words
        people: list[Entity] = []
        for previous, run in zip([None, *runs], runs, strict=False):
            gap = [] if previous is None else [token_lower(t) for t in self.doc[previous[1] : run[0]]]
            # "A, B und C"; not "Winfried Hassemer, Papiers Stellvertreter" (an apposition)
            if any(word not in joining and word != "," for word in gap):
                return []
            if run is runs[-1] and previous is not None and not set(gap) & joining:
                return []
            entity = self.by_token[run[0]]
            if entity.kind != PERSON:
                return []
            if entity not in people:
                people.append(entity)
        return people if len(people) > 1 else []

    def coordinated_organisations(self, start: int, end: int) -> list[Entity]:
        """The organisations a mention names together ("SPD und Linke", "Greenpeace und der BUND"): each word of
        the mention is one of theirs, an article, a comma or "und"; [] for a mention of one."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        de = german()
        found: list[Entity] = []
        joined = False
        for token in span:
            entity = self.by_token.get(token.i)
            lower = token_lower(token)
            if entity is not None and entity.final.kind == ORGANISATION:
                if entity.final not in found:
                    found.append(entity.final)
            elif lower in de.joining_words:
                joined = True
            elif not (token_text(token) == "," or lower in de.definite_articles):
                return []
        return found if joined and len(found) > 1 else []

    def resolve(self, start: int, end: int) -> Resolution:
        """The referent of the mention at characters [start, end); people named together are named
        together ("Wolfgang Brückner und Ralf Ziegler"), and so are organisations ("SPD und Linke")."""
        together = self.coordinated(start, end) or self.coordinated_organisations(start, end)
        if together and all(entity.label is not None for entity in together):
            labels = [entity.label for entity in together if entity.label is not None]
            bodies = all(entity.kind == ORGANISATION for entity in together)
            return Resolution(" und ".join([", ".join(labels[:-1]), labels[-1]]), is_organization=bodies)
        entity = self.entity_of(start, end)
        return UNRESOLVED if entity is None else self.resolution(entity)

    def resolution(self, entity: Entity) -> Resolution:
        """What quotekit says of an entity: its label, whether it is an organisation, its gender."""
        entity = entity.final
        if entity.name is None and entity.speaks_for is not None:
            # "sagte ein Sprecher des Ministeriums … fügte er hinzu": the ministry speaks through him
            return self.resolution(entity.speaks_for)
        if entity.label is None:
            return UNRESOLVED
        gender = entity.gender
        return Resolution(
            entity.label,
            is_organization=entity.kind == ORGANISATION,
            gender=_GENDER_WORDS.get(gender) if gender is not None and entity.kind == PERSON else None,
            entity=entity.id,
        )

    def person_in_view(self, start: int) -> tuple[Resolution, CharSpan] | None:
        """The person a text is about where the quotation at character `start` begins (asked for in
        `build_resolver`), with their last mention: the referent of a quote paragraph after a paragraph
        about them ("Ihren Beruf will Kaplan nicht aufgeben. »…«"), or None."""
        found = self.in_view.get(start)
        if found is None:
            return None
        entity, mention = found
        return self.resolution(entity), mention

    def last_subject_between(self, start: int, end: int) -> tuple[CharSpan, Entity] | None:
        """The person the narration last made a subject between characters `start` and `end`, with that
        mention, or None."""
        first, last = bisect_left(self.subject_at, start), bisect_left(self.subject_at, end)
        return self.subjects[last - 1] if last > first else None

    def subjects_between(self, start: int, end: int) -> set[int]:
        """The entities the narration made a subject between characters `start` and `end`."""
        first, last = bisect_left(self.subject_at, start), bisect_left(self.subject_at, end)
        return {entity.final.id for _, entity in self.subjects[first:last]}

    def entities_named_between(self, start: int, end: int) -> set[int]:
        """The entities named, or made a subject, outside quotations between characters `start` and `end`."""
        first, last = bisect_left(self.named_at, start), bisect_left(self.named_at, end)
        return {self.absorbed.get(e, e) for e in self.named_entity[first:last]}


def _owns_a_relative(token: Token) -> bool:
    """ "Seine Frau sagte", "Ihr Anwalt erklärte": a possessive in the nominative before a person noun names whose
    relative or counsel speaks, not the speaker (who is the one described). Not before a spokesperson ("Ihr
    Sprecher", the owner's voice), nor in another case ("gratulierte seiner Nachfolgerin": the object)."""
    de = german()
    lower = token_lower(token)
    if not any(lower in (stem, stem + "e") for stem in de.possessive_stems):
        return False
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    noun = text_at(doc, token.i + 1)
    return is_person_noun(noun) and not is_spokesperson_role(role_of(noun))


def _is_possessor(
    doc: Doc, run: tuple[int, int], end: int, entity: Entity, *, named_after: bool = False
) -> bool:
    """Whether the name run [start, stop) of `entity` is a genitive before a common noun inside a mention
    ending at token `end`: "Merkels Sprecher" (the genitive by its case, or by the surname it adds "s" to,
    or by the name the noun has after it: "Angela Merkels Sprecher Steffen Seibert")."""
    last, after = doc[run[1] - 1], run[1]
    if after >= end or not text_at(doc, after)[:1].isupper():
        return False
    # (a role the tagger took for part of the name: "sagte Stalders Stellvertreter")
    if pos_at(doc, after) != "NOUN" and not (
        doc[after].ent_type_ not in PERSON_LABELS and is_person_noun(text_at(doc, after))
    ):
        return False
    if is_speech_noun(text_at(doc, after)):
        return False  # "Oberhausers Worten zufolge", "Müllers Angaben nach": whose words they are speaks
    text = token_text(last).lower()
    if not ends_as_name_genitive(text):
        return False
    return named_after or morph_values(last, "Case") == ["Gen"] or text[:-1] in entity.surnames


def build_resolver(
    doc: Doc,
    quoted: Sequence[CharSpan] = (),
    speaker_mentions: Sequence[CharSpan] = (),
    orphans: Sequence[int] = (),
    reported: Sequence[CharSpan] = (),
    continued: Sequence[tuple[int, CharSpan]] = (),
) -> Resolver:
    """The entities of `doc` and the entity of every mention of one, read in one pass.

    `quoted` are the character spans inside quotation marks (never mentions); `speaker_mentions` the
    quotations' speaker mentions (a speaker weighs more in view, and a description that speaks is read even
    where its noun is unknown: "sagte der Eifelfuchs"); `orphans` the starts of quotations without an
    attribution, for which the person in view is noted (`Resolver.person_in_view`); `reported` the content
    of reported speech (who is named there is less in view); `continued` the start of each reported
    quotation that goes on with a statement attributed before its sentence, with that speaker's mention.
    """
    speaker_tokens: set[int] = set()
    for start, end in speaker_mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            speaker_tokens.update(t.i for t in span)
    bounds = sentence_bounds(doc)
    quoted_index = QuotedIndex(quoted)
    narrative: list[int] = []
    count = 0
    opening = OPENING_SENTENCES
    for k, (start, end) in enumerate(bounds):
        if k < opening and _label(doc, start, end):
            opening += 1  # ("Playoff-Viertelfinal:", "Seewil.": a label or a date line before the lead's first sentence)
        narrative.append(count)
        # (a sentence a quotation opens counts where the narrator's words close it: "„… Das tut weh“, räumte
        # Wimmer-Holzer ein." is narration before the next sentence, not the same sentence as it)
        count += not quoted_index.contains(doc[start].idx) or _closes_outside(doc, quoted_index, start, end)
    headings = heading_spans(text_of(doc))
    reader = Reader(
        doc,
        quoted_index,
        speaker_tokens,
        Resolver(doc, headings=headings),
        speaker_token_order=sorted(speaker_tokens),
        sentence_starts=[start for start, _ in bounds],
        sentence_ends=[end for _, end in bounds],
        orphans=sorted(orphans),
        continued=sorted(continued),
        narrative=narrative,
        opening_sentences=opening,
        reported=QuotedIndex(reported),
        headings=headings,
    )
    read(reader)
    _link_relative_pronouns(reader.resolver, speaker_tokens)
    return reader.resolver


# The most words a sentence of the opening may have to be a label or a date line, not one of the opening sentences.
_LABEL_WORDS = 2


def _label(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence [start, end) is a label of a few words ("Playoff-Viertelfinal:", "Seewil.")."""
    # (from the run's flag columns: no `Token` per word)
    puncts, spaces = token_column(doc, IS_PUNCT), token_column(doc, IS_SPACE)
    return sum(1 for i in range(start, end) if not (puncts[i] or spaces[i])) <= _LABEL_WORDS


def _closes_outside(doc: Doc, quoted: QuotedIndex, start: int, end: int) -> bool:
    """Whether the last word of the sentence [start, end) stands outside every quotation."""
    puncts, spaces = token_column(doc, IS_PUNCT), token_column(doc, IS_SPACE)
    last = next((i for i in range(end - 1, start - 1, -1) if not (puncts[i] or spaces[i])), None)
    return last is not None and not quoted.contains(token_column(doc, IDX)[last])


def _link_relative_pronouns(resolver: Resolver, speaker_tokens: set[int]) -> None:
    """A relative pronoun that speaks ("…, der der US-Regierung vorwarf") refers to its antecedent's entity."""
    for i in speaker_tokens:
        if i in resolver.by_token:
            continue
        antecedent = relative_antecedent(resolver.doc[i])
        if antecedent is not None and antecedent.i in resolver.by_token:
            resolver.by_token[i] = resolver.by_token[antecedent.i]
