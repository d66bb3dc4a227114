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
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quotekit.lang.de.names import (
    PERSON_GENDERS,
    description_gender,
    first_name_gender,
    is_abstract_noun,
    is_generic_organisation,
    is_organisation_noun,
    is_person_noun,
    is_speech_noun,
    object_pronoun_genders,
    organisation_kind,
    possessive_genders,
    pronoun_genders,
    speech_noun_owner,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.stages.speakers.entities import GROUP, ORGANISATION, PERSON, Entity, EntityIndex, Focus
from quotekit.stages.speakers.referents import (
    age_after,
    age_modifies,
    age_role,
    article_of,
    description_extent,
    description_label,
    is_organisation_run,
    name_runs,
    organisation_name,
    role_words,
    surname_key_of,
    title_after,
    title_before,
)
from quotekit.syntax import labels
from quotekit.syntax.labels import PERSON_LABELS
from quotekit.syntax.nominals import is_described_person, is_named_surname
from quotekit.syntax.phrases import clause_head
from quotekit.syntax.spans import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuotedIndex", "Resolution", "Resolver", "build_resolver"]

# How much in view an antecedent must still be: a mention two or three sentences back.
_PRONOUN_FLOOR = 20.0
_DESCRIPTION_FLOOR = 20.0
_ORGANISATION_FLOOR = 20.0
# A quotation without attribution goes to the one in view only when the last sentence named them (or the one
# before made them its subject) and they are at least twice as much in view as anyone else.
_VIEW_FLOOR = 50.0
_VIEW_MARGIN = 2.0
# "Ihr Name ist Erika Sommer": the words before the naming verb that may refer to the person named.
_MAX_LINK_GAP = 3
_GENDER_WORDS = {"masc": "male", "fem": "female"}


def _base_form(token: Token) -> str:
    """A noun without its genitive ending: "Landratsamts" -> "Landratsamt" (by its lemma)."""
    text, lemma = token.text, token.lemma_
    genitive = token.morph.get("Case", []) == ["Gen"] or (
        token.i > 0 and token.doc[token.i - 1].lower_ in german().genitive_articles - german().von
    )
    if not genitive:
        return text
    if lemma[:1].isupper() and text in {lemma + "s", lemma + "es"}:
        return lemma
    for stem in (text[:-2], text[:-1]) if text.endswith("s") else ():
        # "des Hanse-Instituts" where the lemmatiser kept the "s": the stem is an organisation word
        if stem and (is_organisation_noun(stem) or is_generic_organisation(stem)):
            return stem
    return text


def _organisation_kind(entity: Entity) -> str | None:
    """The kind of a named organisation, from the words of its name ("Verkehrsbetriebe Kurpfalz": company)."""
    words = (entity.name or entity.description or "").split()
    return next((kind for word in words if (kind := organisation_kind(word)) is not None), None)


def _add_evidence(entity: Entity, genders: frozenset[str]) -> None:
    """A description or pronoun that tells one person's gender ("ein Delegierter": a man) is evidence."""
    personal = genders & PERSON_GENDERS
    if len(personal) == 1:
        entity.evidence[next(iter(personal))] += 1


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
    absorbed: dict[int, int] = attrs.field(factory=dict)  # entity id -> the entity it turned out to be

    def entity_of(self, start: int, end: int) -> Entity | None:
        """The entity the mention at characters [start, end) refers to, or None."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        runs = {self.runs[t.i] for t in span if t.i in self.runs and t.i in self.by_token}
        if runs:
            # "Kölns Präsident Wolfgang Overath": the longest name, one with a first name first.
            best = max(
                runs, key=lambda run: (first_name_gender(self.doc[run[0]].text) is not None, run[1] - run[0])
            )
            return self.by_token[best[0]]
        return next((self.by_token[t.i] for t in span if t.i in self.by_token), None)

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
            gap = [] if previous is None else [t.lower_ for t in self.doc[previous[1] : run[0]]]
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

    def resolve(self, start: int, end: int) -> Resolution:
        """The referent of the mention at characters [start, end); people named together are named
        together ("Wolfgang Brückner und Ralf Ziegler")."""
        together = self.coordinated(start, end)
        if together and all(entity.label is not None for entity in together):
            labels = [entity.label for entity in together if entity.label is not None]
            return Resolution(" und ".join([", ".join(labels[:-1]), labels[-1]]))
        entity = self.entity_of(start, end)
        return UNRESOLVED if entity is None else self.resolution(entity)

    def resolution(self, entity: Entity) -> Resolution:
        """What quotekit says of an entity: its label, whether it is an organisation, its gender."""
        while entity.absorbed_by is not None:
            entity = entity.absorbed_by
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

    def entities_named_between(self, start: int, end: int) -> set[int]:
        """The entities named, or made a subject, outside quotations between characters `start` and `end`."""
        first, last = bisect_left(self.named_at, start), bisect_left(self.named_at, end)
        return {self.absorbed.get(e, e) for e in self.named_entity[first:last]}


@attrs.define
class _Reader:
    """The one pass over a doc that builds a `Resolver`."""

    doc: Doc
    quoted: QuotedIndex
    speaker_tokens: set[int]
    resolver: Resolver
    focus: Focus = attrs.field(factory=Focus)
    sentence_starts: list[int] = attrs.field(factory=list)
    sentence_ends: list[int] = attrs.field(factory=list)
    tied: dict[int, int] = attrs.field(factory=dict)  # a role token beside a name -> the name's run start
    pending: list[tuple[Token, frozenset[str]]] = attrs.field(factory=list)  # pronouns without antecedent
    orphans: list[int] = attrs.field(factory=list)  # starts of quotations without attribution, sorted
    narrative: list[int] = attrs.field(factory=list)  # sentence -> sentences outside quotations before it
    reported: QuotedIndex | None = None  # the content of reported speech: who is named there is less in view

    def sentence(self, i: int) -> int:
        return max(0, bisect_right(self.sentence_starts, i) - 1)

    def in_view_at(self, i: int) -> int:
        """The narrative sentence of token `i`, which the focus fades by: sentences inside quotations do not
        count (a long quotation does not take its speaker out of view)."""
        return self.narrative[self.sentence(i)] if self.narrative else self.sentence(i)

    def sentence_end(self, i: int) -> int:
        k = self.sentence(i)
        return self.sentence_ends[k] if k < len(self.sentence_ends) else len(self.doc)

    def is_subject(self, tokens: Sequence[Token]) -> bool:
        inside = {t.i for t in tokens}
        # A name the parse made the root of its sentence is in no object or list either.
        return any(
            labels.is_subject(t) or (labels.is_subject(t.head) and t.head.i in inside) or labels.is_root(t)
            for t in tokens
        )

    def link(self, i: int, entity: Entity, *, first: bool = False) -> None:
        """Token `i` refers to `entity` (with `first`, only if it refers to no one yet)."""
        by_token = self.resolver.by_token
        if first and i in by_token:
            return
        by_token[i] = entity
        entity.tokens.append(i)

    def absorb(self, into: Entity, other: Entity) -> None:
        """The text said `other` is `into` ("Rudolf Prinz, so heißt der Kläger"): one entity from now on."""
        self.resolver.index.absorb(into, other)
        for i in other.tokens:
            self.resolver.by_token[i] = into
        self.resolver.absorbed[other.id] = into.id

    def seen(
        self,
        entity: Entity,
        tokens: Sequence[Token],
        *,
        named: bool = False,
        titles: Sequence[Token] = (),
        in_view: bool = True,
    ) -> None:
        """Link a mention's tokens to `entity` and bring it into view (its titles count for its role in the
        clause: "war Trainer Thomas Schaaf zufrieden" makes him the subject)."""
        resolver = self.resolver
        for token in tokens:
            self.link(token.i, entity, first=True)
        entity.last = tokens[0].i
        if entity.last_mention is None or self.pronoun_genders(tokens[0]) is None:
            entity.last_mention = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        subject = self.is_subject([*tokens, *titles])
        if named or subject:
            resolver.named_at.append(tokens[0].idx)
            resolver.named_entity.append(entity.id)
        self.focus.mention(
            entity,
            self.in_view_at(tokens[0].i),
            subject=subject,
            speaker=any(t.i in self.speaker_tokens for t in tokens),
            # "die Sprecherin des Innenministeriums": the speaker is more in view than the ministry; someone
            # named in another's reported speech is less in view than those the narrator speaks of
            minor=not in_view or (self.reported is not None and self.reported.contains(tokens[0].idx)),
        )

    # --- names ---------------------------------------------------------------------------------------

    def is_person_run(self, start: int, end: int) -> bool:
        doc, index = self.doc, self.resolver.index
        tokens = doc[start:end]
        if any(t.ent_type_ in PERSON_LABELS for t in tokens):
            return True
        if end - start >= 2 and first_name_gender(tokens[0].text) is not None:
            return True
        key = surname_key_of(tokens[-1])
        if key in index.by_surname or (key.endswith("s") and key[:-1] in index.by_surname):
            return True  # "Stoltenbergs Behauptung" after "Jens Stoltenberg"
        if is_named_surname(tokens[-1]):
            return True  # "Kessler: „…“" in a headline, named in full further on
        if tokens[-1].text in index.by_first_name:
            return True
        # After a role word or as an apposition to a role phrase ("der Sprecher des Außenministeriums,
        # Ned Price"), a name names a person even where the recogniser took it for an organisation.
        return bool(title_before(doc, start) or title_after(doc, end))

    def person_of(self, start: int, end: int, shared: Token | None = None) -> Entity:
        """The person the name run [start, end) names: known by surname (and first name), else new.

        `shared` is a surname the run shares with the next name ("Ruth und Walter Keller")."""
        doc, index = self.doc, self.resolver.index
        tokens = list(doc[start:end]) + ([shared] if shared is not None else [])
        first = tokens[0].text if len(tokens) > 1 and first_name_gender(tokens[0].text) is not None else None
        surname = surname_key_of(tokens[-1])
        candidates = index.by_surname.get(surname, [])
        if not candidates and surname.endswith("s"):
            candidates = index.by_surname.get(surname[:-1], [])  # "Stoltenbergs"
        if first is not None:
            candidates = [e for e in candidates if not e.first_names or first in e.first_names]
        elif len(tokens) == 1 and not candidates:
            candidates = index.by_first_name.get(tokens[0].text, [])  # "Malou" after "Malou Steiner"
        entity = max(candidates, key=lambda e: e.last, default=None)
        if entity is None:
            entity = index.new(PERSON)
        if len(tokens) > 1 or entity.name is None:
            entity.add_name([t.text for t in tokens])
        if len(tokens) > 1 or tokens[0].text not in index.by_first_name:
            index.index_surname(entity, surname)
            if surname.endswith("s") and tokens[-1].morph.get("Case", []) == ["Gen"]:
                index.index_surname(entity, surname[:-1])  # "Stoltenbergs Behauptung" named first
        if first is not None:
            index.index_first_name(entity, first)
            entity.first_name_gender = first_name_gender(first)
        return entity

    def read_run(self, start: int, end: int, shared: Token | None = None) -> None:
        doc, resolver = self.doc, self.resolver
        if is_organisation_run(doc, start, end) and not self.is_person_run(start, end):
            noun = next(
                (
                    t
                    for t in doc[start:end]
                    if is_organisation_noun(t.text) or is_generic_organisation(t.text)
                ),
                None,
            )
            if noun is not None:
                self.read_organisation(
                    noun
                )  # "das Zürcher Start-up Gämsflug": a word of its kind and its name
                return
            entity = self.named_organisation(start, end)
            self.seen(entity, list(doc[start:end]))
            return
        if shared is None and not self.is_person_run(start, end):
            known = resolver.index.organisations(doc[start:end].text)
            organisations = [e for e in known if e.name is not None]
            if organisations:  # "Für Lindenau war es ein besonderer Tag" after "der FC Lindenau"
                self.seen(organisations[-1], list(doc[start:end]), named=True)
            return
        named = self.named_by_link(start)
        if named is not None and shared is None and (first := first_name_gender(doc[start].text)) is not None:
            # "Ihr Name ist Erika Sommer", "Die Frau heißt Maria Novak": the name is the described person's
            entity = named if named.allows({first}) else self.person_of(start, end, shared)
            if entity is named:
                entity.add_name([t.text for t in doc[start:end]])
                resolver.index.index_first_name(entity, doc[start].text)
                resolver.index.index_surname(entity, surname_key_of(doc[end - 1]))
                entity.first_name_gender = first
        else:
            entity = self.person_of(start, end, shared)
        for index in range(start, end):
            self.link(index, entity)
            resolver.runs[index] = (start, end)
        age = age_after(doc, end)  # "Heinz K. (63)"
        if age is not None:
            resolver.index.index_role(entity, age)
        for title in (title_before(doc, start), title_after(doc, end)):
            role = role_words(title)
            if role is None:
                continue
            resolver.index.index_role(entity, role)
            if (given := age_role(title)) is not None:
                resolver.index.index_role(entity, given)
            head = next(t for t in title if is_person_noun(t.text))
            article = article_of(doc, head.i)
            genders = description_gender(None if article is None else doc[article].text, head.text)
            _add_evidence(entity, genders)
            for token in title:
                self.link(token.i, entity)
        titles = [*title_before(doc, start), *title_after(doc, end)]
        self.seen(entity, list(doc[start:end]), named=True, titles=titles)
        self.read_cataphora(entity, start)

    def named_by_link(self, start: int) -> Entity | None:
        """The unnamed person a name right after "heißt", "ist" or "war" names: the one the words just before
        the verb refer to ("Die Frau heißt Maria Novak", "Ihr Name ist Erika Sommer", "Sie, das ist Derya
        Kaplan")."""
        doc = self.doc
        first = self.sentence_starts[self.sentence(start)] if self.sentence_starts else 0
        if start - 2 < first or doc[start - 1].lower_ not in german().naming_links:
            return None
        for i in range(start - 2, max(first, start - 2 - _MAX_LINK_GAP) - 1, -1):
            entity = self.resolver.by_token.get(i)
            if entity is not None:
                unnamed = entity.kind == PERSON and entity.name is None
                return entity if unnamed else None
        return None

    def named_before_link(self, start: int, genders: frozenset[str]) -> Entity | None:
        """ "Markus Treiber ist Sprecher der Polizei": the named person a description right after "ist" or
        "war" describes (the name right before the verb)."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ not in german().naming_links - german().naming_verbs_proper:
            return None
        if self.sentence(start - 2) != self.sentence(start):
            return None
        named = self.resolver.by_token.get(start - 2)
        runs = self.resolver.runs
        if named is None or start - 2 not in runs or named.kind != PERSON or not named.allows(genders):
            return None
        return named

    def tie_by_link(self, entity: Entity, start: int) -> None:
        """ "Rudolf Prinz, so heißt der Kläger": the described person is the one named before the verb."""
        doc = self.doc
        if start < 4 or doc[start - 1].lower_ not in german().naming_links or doc[start - 2].lower_ != "so":
            return
        named = self.resolver.by_token.get(start - 4) if doc[start - 3].text == "," else None
        if named is not None and named is not entity and named.kind == PERSON and entity.name is None:
            self.absorb(entity, named)

    def named_organisation(self, start: int, end: int) -> Entity:
        words = [_base_form(t) if is_organisation_noun(t.text) else t.text for t in self.doc[start:end]]
        return self.named_organisation_words(words)

    def named_organisation_words(self, words: list[str]) -> Entity:
        index = self.resolver.index
        key = " ".join(words).lower()
        found = index.organisations(key)
        entity = found[-1] if found else index.new(ORGANISATION)
        entity.add_name(words)
        index.index_words(entity, [key, *words])
        return entity

    # --- pronouns ------------------------------------------------------------------------------------

    def read_cataphora(self, entity: Entity, start: int) -> None:
        """Pronouns with no antecedent before them go forward to a person named in their sentence or the
        next one, whose gender fits: "Er war der Erste, der … – Dario Küng"."""
        sentence = self.sentence(start)
        waiting = [(t, g) for t, g in self.pending if sentence - self.sentence(t.i) <= 1]
        self.pending = []
        for token, genders in waiting:
            if entity.allows(genders):
                self.link(token.i, entity)
            else:
                self.pending.append((token, genders))

    def pronoun_genders(self, token: Token) -> frozenset[str] | None:
        text = token.text
        if text == "Sie" and not token.is_sent_start:
            return None  # the polite "Sie" addresses someone
        if token.pos_ == "DET" and possessive_genders(text) is not None:
            return possessive_genders(text)  # "Ihr Name ist …": her name, not "you"
        genders = pronoun_genders(text)
        if genders is not None:
            if not genders & PERSON_GENDERS or len(genders) == 1:
                return genders if genders & PERSON_GENDERS else None
            number = token.morph.get("Number", []) or token.head.morph.get("Number", [])
            if not number:
                return genders
            return genders - PERSON_GENDERS if number == ["Plur"] else genders & PERSON_GENDERS
        return possessive_genders(text) or object_pronoun_genders(text)

    def co_argument(self, pronoun: Token, entity: Entity) -> bool:
        """Whether `entity` was last named in the clause of a personal pronoun, which then means someone
        else: "Über ihre Teamkollegin Lara Amstutz, die …, sagte sie" (not Lara Amstutz)."""
        if possessive_genders(pronoun.text) is not None or entity.last < 0:
            return False
        named = self.doc[entity.last]
        # "In ihrer Rede hatte sie …": a pronoun or possessive may share the clause
        if named.pos_ == "PRON" or self.pronoun_genders(named) is not None:
            return False
        if self.sentence(named.i) != self.sentence(pronoun.i):
            return False
        return clause_head(named).i == clause_head(pronoun).i

    def read_pronoun(self, token: Token, genders: frozenset[str]) -> None:
        # "er", "sie" (one) and "sein" refer to people; "sie" (many) also to groups and organisations.
        people = bool(genders & PERSON_GENDERS)
        chosen = self.focus.best(
            self.in_view_at(token.i),
            lambda e: (
                e.allows(genders) and (e.kind == PERSON or not people) and not self.co_argument(token, e)
            ),
            _PRONOUN_FLOOR,
        )
        if chosen is None:
            if people:
                self.pending.append((token, genders))  # "Er war der Erste … – Dario Küng": cataphora
            return
        if chosen.kind == PERSON:
            _add_evidence(chosen, genders)
        self.seen(chosen, [token])

    # --- descriptions --------------------------------------------------------------------------------

    def read_description(self, head: Token) -> int:
        """A person described ("der 54-Jährige", "eine Anwohnerin"). Returns where its phrase ends."""
        doc, index = self.doc, self.resolver.index
        start, end = description_extent(doc, head.i, self.sentence_end(head.i), person=True)
        for token in doc[head.i + 1 : end]:
            # "die Beschäftigten der Verkehrsbetriebe Kurpfalz": the organisation is named too
            if is_organisation_noun(token.text) or is_generic_organisation(token.text):
                self.read_organisation(token, in_view=False)
                break
        article = article_of(doc, head.i)
        word = None if article is None else doc[article].lower_
        genders = description_gender(word, head.text)
        number = head.morph.get("Number", [])
        if number == ["Plur"] and head.lower_.endswith("e") and genders - {"plur"}:
            number = ["Sing"]  # "die Landesvorsitzende": one woman, whatever the tagger says
        if number == ["Plur"] and "plur" in genders:
            genders = frozenset({"plur"})
        elif number == ["Sing"] and genders - {"plur"}:
            genders = genders - {"plur"}
        if not genders - {"neut"}:
            return end  # "Das Drama", "das Urteil": no person
        tokens = list(doc[start:end])
        role = role_words(tokens)
        indefinite = word is None or word in german().indefinite_articles
        # Someone new is made by an indefinite article, or by a description that is a subject or speaks;
        # a bare title ("Mitgründer und CEO …") or an object ("den mitgereisten Fans") only joins someone.
        speaks = any(t.i in self.speaker_tokens for t in tokens)
        introduces = speaks or (
            word is not None and (word in german().indefinite_articles or self.is_subject(tokens))
        )
        entity: Entity | None = self.named_before_link(start, genders)  # "Anna Berg ist Sprecherin …"
        if entity is None and role is not None and not indefinite:
            entity = index.with_role(role, lambda e: e.kind in {PERSON, GROUP} and e.allows(genders))
        if entity is None and not indefinite and (speaks or self.is_subject(tokens)):
            # Only a subject or a speaker goes back by salience: an object is another argument of its verb
            # ("Der Trainer lobte den Kapitän"). A bare description ("der 54-Jährige") may go back to someone whose gender the text has not
            # shown; one with a complement ("die Leiterin des Messdienstes") only to someone whose it has.
            bare = end == head.i + 1
            entity = self.focus.best(
                self.in_view_at(head.i),
                lambda e: (
                    e.kind in {PERSON, GROUP}
                    and e.allows(genders)
                    and (bare or e.gender is not None)
                    and not any(e.conflicts(r) for r in (role, age_role(tokens)) if r is not None)
                ),
                _DESCRIPTION_FLOOR,
            )
        if entity is None:
            if not introduces:
                return end
            entity = index.new(GROUP if genders == {"plur"} else PERSON)
            entity.description = description_label(doc, start, head.i, end)
        for given in (role, age_role(tokens), age_after(doc, end)):
            if given is not None:
                index.index_role(entity, given)  # "der Angeklagte" later is the person this one joined
        if entity.kind == PERSON:
            _add_evidence(entity, genders)
            self.tie_by_link(entity, start)
        self.seen(entity, tokens)
        return end

    # --- organisations -------------------------------------------------------------------------------

    def read_organisation(self, head: Token, owner: str | None = None, *, in_view: bool = True) -> int:
        """An organisation by its noun: named ("die Kantonspolizei St. Gallen", "das Start-up Gämsflug"), by
        a word of its kind ("die Polizei", "das Landratsamt"), or referring back ("das Unternehmen", "laut
        Vereinsangaben"). Returns where its phrase ends."""
        doc, index = self.doc, self.resolver.index
        limit = self.sentence_end(head.i)
        start, end = description_extent(doc, head.i, limit)
        # "die Mannschaft von Trainerin Sabine Kowalczyk": a person after it is no part of its phrase
        end = next((t.i - 1 for t in doc[head.i + 2 : end] if is_person_noun(t.text)), end)
        noun = owner if owner is not None else head.text
        article = article_of(doc, head.i)
        word = None if article is None else doc[article].lower_
        generic = is_generic_organisation(noun)
        name_end = organisation_name(doc, head.i, limit) if owner is None else head.i + 1
        entity: Entity | None = None
        if name_end > head.i + 1:
            # "die Kantonspolizei St. Gallen", "der Verlag Lindwurm & Söhne": a word of its kind and its name
            names = [t.text for t in doc[head.i + 1 : name_end]]
            entity = self.named_organisation_words([_base_form(head), *names])
            end = max(end, name_end)
        elif generic:
            if word is not None and word in german().indefinite_articles:
                return end  # "bei einem Verein": no organisation the text names
            kind = organisation_kind(noun)
            entity = self.organisation_in_view(head, kind)
        if entity is None:
            base = owner.rstrip("s") if owner is not None else _base_form(head)
            found = index.organisations(base)
            entity = max(found, key=lambda e: e.last, default=None)
            if entity is None:
                entity = index.new(ORGANISATION)
                if generic:
                    entity.description = (
                        base if owner is not None else description_label(doc, start, head.i, end)
                    )
                else:
                    entity.name = base
                index.index_words(entity, [base])
        if word is not None and owner is None:
            genders = description_gender(word, head.text)
            if len(genders) == 1:
                entity.evidence[next(iter(genders))] += 1
        self.seen(entity, list(doc[head.i : end]), named=name_end > head.i + 1, in_view=in_view)
        return end

    def organisation_in_view(self, head: Token, kind: str | None) -> Entity | None:
        """The named organisation a word referring back means ("das Unternehmen", "der Verein"): the one of
        its kind most in view (a wrong organisation is worse than none)."""

        def fits(entity: Entity) -> bool:
            if entity.kind != ORGANISATION or entity.name is None:
                return False
            own = _organisation_kind(entity)
            return kind is None or own is None or own == kind

        return self.focus.best(self.in_view_at(head.i), fits, _ORGANISATION_FLOOR)

    # --- the pass ------------------------------------------------------------------------------------

    def read(self) -> None:
        doc = self.doc
        runs = dict(name_runs(doc))
        for run_start, run_end in runs.items():
            for token in (*title_before(doc, run_start), *title_after(doc, run_end)):
                self.tied.setdefault(token.i, run_start)
        personal = german().personal_pronouns
        i = 0
        orphan = 0
        while i < len(doc):
            token = doc[i]
            while orphan < len(self.orphans) and self.orphans[orphan] <= token.idx:
                self.note_in_view(self.orphans[orphan], i)
                orphan += 1
            if self.quoted.contains(token.idx):
                i = runs.get(i, i + 1)
                continue
            if i in runs:
                self.read_run(i, runs[i], self.shared_surname(runs, i))
                i = runs[i]
                continue
            i = self.read_token(token, personal) or i + 1

    def note_in_view(self, start: int, i: int) -> None:
        """Remember the one speaker in view at token `i`, where a quotation without attribution starts: a
        person, group or organisation the last sentences named, well ahead of anyone else."""
        chosen = self.focus.clear_best(
            self.in_view_at(i), lambda e: e.label is not None, _VIEW_FLOOR, _VIEW_MARGIN
        )
        if chosen is not None and chosen.last_mention is not None:
            self.resolver.in_view[start] = (chosen, chosen.last_mention)

    def shared_surname(self, runs: dict[int, int], start: int) -> Token | None:
        """ "Ruth und Walter Keller", "die Schwestern Lena und Marie Hoffmann": a first name alone before "und"
        and a full name shares its surname."""
        doc = self.doc
        after = start + 2
        if runs[start] != start + 1 or first_name_gender(doc[start].text) is None or after not in runs:
            return None
        if doc[start + 1].lower_ not in german().joining_words or first_name_gender(doc[after].text) is None:
            return None
        end = runs[after]
        return doc[end - 1] if end - after == 2 else None

    def read_token(self, token: Token, personal: frozenset[str]) -> int | None:
        """Reads one token that is no name; returns where reading goes on, or None for the next token."""
        text = token.text
        lower = token.lower_
        if lower in personal or possessive_genders(text) or object_pronoun_genders(text):
            if text[:1].islower() or token.is_sent_start:
                genders = self.pronoun_genders(token)
                if genders is not None:
                    self.read_pronoun(token, genders)
            return None
        if not (text[:1].isupper() or text[:1].isdigit()):
            return None
        if token.i in self.tied or (
            token.pos_ not in {"NOUN", "PROPN", "X", "ADJ"} and not is_described_person(token)
        ):
            return None
        owner = speech_noun_owner(text)
        if owner:
            if is_organisation_noun(owner) or is_generic_organisation(owner):
                return self.read_organisation(token, owner)  # "laut Vereinsangaben"
            return None
        if is_speech_noun(text):
            return None
        if is_organisation_noun(text) or is_generic_organisation(text):
            return self.read_organisation(token)
        known = [e for e in self.resolver.index.organisations(text) if e.name]
        if known and text[:1].isupper():
            self.seen(known[-1], [token], named=True)  # "teilte Gämsflug mit" after "das Start-up Gämsflug"
            return None
        if is_abstract_noun(text):
            return None  # "eine Sanierung", "der Begründung": no one who can speak
        speaking = token.i in self.speaker_tokens and article_of(self.doc, token.i) is not None
        described = age_modifies(token)
        if described is not None:
            return self.read_description(described)  # "ein 23-jähriger Automechaniker": a person
        if is_person_noun(text) or speaking:
            return self.read_description(token)
        return None


def build_resolver(
    doc: Doc,
    quoted: Sequence[CharSpan] = (),
    speaker_mentions: Sequence[CharSpan] = (),
    orphans: Sequence[int] = (),
    reported: Sequence[CharSpan] = (),
) -> Resolver:
    """The entities of `doc` and the entity of every mention of one, read in one pass.

    `quoted` are the character spans inside quotation marks (never mentions); `speaker_mentions` the
    quotations' speaker mentions (a speaker weighs more in view, and a description that speaks is read even
    where its noun is unknown: "sagte der Eifelfuchs"); `orphans` the starts of quotations without an
    attribution, for which the person in view is noted (`Resolver.person_in_view`); `reported` the content
    of reported speech (who is named there is less in view).
    """
    speaker_tokens: set[int] = set()
    for start, end in speaker_mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            speaker_tokens.update(t.i for t in span)
    sents = sentences(doc)
    quoted_index = QuotedIndex(quoted)
    narrative: list[int] = []
    count = 0
    for sent in sents:
        narrative.append(count)
        count += not quoted_index.contains(sent[0].idx)
    reader = _Reader(
        doc,
        quoted_index,
        speaker_tokens,
        Resolver(doc),
        sentence_starts=[s.start for s in sents],
        sentence_ends=[s.end for s in sents],
        orphans=sorted(orphans),
        narrative=narrative,
        reported=QuotedIndex(reported),
    )
    reader.read()
    return reader.resolver
