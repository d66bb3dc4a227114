"""The state of the one pass that reads a doc's mentions (`quotekit.stages.speakers.reading`), and what every
kind of mention does with it: where a token stands (its sentence, how far back in view), linking tokens to
an entity, bringing an entity into view (`Reader.seen`), and merging two entities the text says are one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
from spacy.attrs import IDX
from spacy.strings import get_string_id

from quotekit.lang.de.names import (
    PERSON_GENDERS,
    ends_as_name_genitive,
    is_name_genitive,
    is_organisation_noun,
    is_role,
    object_pronoun_genders,
    possessive_genders,
)
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import PERSON, Entity, Focus, Role
from quotekit.stages.speakers.headlines import headline_of
from quotekit.stages.speakers.referents import (
    article_of,
    referent_genders,
    role_words,
    title_after,
    title_before,
)
from quotekit.syntax import labels
from quotekit.syntax.datelines import date_line_place
from quotekit.syntax.docindex import (
    entity_ranges,
    lower_at,
    lower_set,
    morph_values,
    pos_at,
    text_at,
    text_of,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import NOUN_POS, PLACE_LABELS, VERB_POS
from quotekit.syntax.nominals import is_named_surname
from quotekit.syntax.phrases import clause_head
from quotekit.syntax.spans import doc_slice
from quotekit.syntax.verbs import could_be_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.records import CharSpan
    from quotekit.stages.speakers.resolver import QuotedIndex, Resolver

__all__ = ["OPENING_SENTENCES", "Reader", "add_evidence", "roles_after_als", "weakly_named"]

# The headline and the lead: whom a text is about ("Der 1. FC Wendelstein hat … gewonnen").
OPENING_SENTENCES = 3


def add_evidence(entity: Entity, genders: frozenset[str]) -> None:
    """A description or pronoun that tells one person's gender ("ein Delegierter": a man) is evidence."""
    personal = genders & PERSON_GENDERS
    if len(personal) == 1:
        entity.evidence[next(iter(personal))] += 1


@attrs.define
class Reader:
    """What the pass over a doc has read so far, and the `Resolver` it builds."""

    doc: Doc
    quoted: QuotedIndex
    speaker_tokens: set[int]
    resolver: Resolver
    focus: Focus = attrs.field(factory=Focus)
    sentence_starts: list[int] = attrs.field(factory=list)
    sentence_ends: list[int] = attrs.field(factory=list)
    tied: dict[int, int] = attrs.field(factory=dict)  # a role token beside a name -> the name's run start
    name_starts: frozenset[int] = frozenset()  # the first tokens of the doc's name runs
    # the names of organisations known by name ("Ärzte ohne Grenzen"): start -> (end, name)
    known_organisations: dict[int, tuple[int, str]] = attrs.field(factory=dict)
    speaker_token_order: list[int] = attrs.field(factory=list)  # `speaker_tokens` in text order
    pending: list[tuple[Token, frozenset[str]]] = attrs.field(factory=list)  # pronouns without antecedent
    orphans: list[int] = attrs.field(factory=list)  # starts of quotations without attribution, sorted
    # reported sentences that go on with a statement attributed before them: (start, the speaker's mention)
    continued: list[tuple[int, CharSpan]] = attrs.field(factory=list)
    narrative: list[int] = attrs.field(factory=list)  # sentence -> sentences outside quotations before it
    reported: QuotedIndex | None = None  # the content of reported speech: who is named there is less in view
    topics: list[Entity] = attrs.field(factory=list)  # the subjects of the opening sentences, in order
    # the topics that share their subject with another by a conjunction ("Der HC Elbmarsch und der TSV …"), by id
    conjoined_topics: set[int] = attrs.field(factory=set)
    # how many narrative sentences open the text: `OPENING_SENTENCES`, more where labels and date lines come first
    opening_sentences: int = OPENING_SENTENCES
    # the one whose statement a reported sentence goes on with, and that sentence: (sentence, entity)
    speaking: tuple[int, Entity] | None = None
    # the headline with its teaser and the subheads (`headlines.heading_spans`), in text order
    headings: list[CharSpan] = attrs.field(factory=list)
    _titles: dict[tuple[int, int], tuple[list[Token], list[Token]]] = attrs.field(factory=dict, init=False)
    _with_subject: dict[int, bool] = attrs.field(factory=dict, init=False)  # sentence -> the parse gave one
    _lead: tuple[int, int] | None = attrs.field(
        default=None, init=False
    )  # characters of the lead, found once
    _places: frozenset[str] | None = attrs.field(default=None, init=False)  # `place_names`, found once
    _home: tuple[str | None] | None = attrs.field(default=None, init=False)  # `home_place`, found once
    _place_words: frozenset[str] | None = attrs.field(default=None, init=False)  # `place_words`, found once

    def home_place(self) -> str | None:
        """The place the text's date line gives ("Kernhausen (dpa) –", "Ranzenbach. Der Turnsaal …"), where
        the text's local bodies are ("die Stadtverwaltung": that of Kernhausen), or None."""
        if self._home is None:
            doc = self.doc

            def names_a_place(start: int, end: int) -> bool:
                # (the recogniser's word, or the text's: "in Ranzenbach", "die Stadt Bad Ebersfelde" elsewhere)
                span = doc.char_span(start, end)
                return span is not None and (
                    all(token_pos(t) == "PROPN" or t.ent_type_ in PLACE_LABELS for t in span)
                    or self._named_as_place_elsewhere(span.text)
                )

            self._home = (date_line_place(text_of(doc), names_a_place),)
        return self._home[0]

    def place_names(self) -> frozenset[str]:
        """The names the text gives as places, after a place preposition with the recogniser's place label
        ("In Sur Tschiern, 540 Einwohner, …"): the same words elsewhere name that place, not a person whose
        first name the words open with ("Sur Tschiern sagt Ja" in the headline)."""
        if self._places is None:
            doc, before = self.doc, german().place_prepositions
            places = {get_string_id(label) for label in PLACE_LABELS}
            # (the entities as token ranges, their texts cut from the doc's: no `Span` for each of them)
            text, offsets, texts = text_of(doc), token_column(doc, IDX), token_texts(doc)
            self._places = frozenset(
                text[offsets[start] : offsets[end - 1] + len(texts[end - 1])]
                for start, end, label in entity_ranges(doc)
                if label in places and start > 0 and lower_at(doc, start - 1) in before
            )
        return self._places

    def place_words(self) -> frozenset[str]:
        """The one-word places of the text: its date line's place and those it names after a place preposition
        (`place_names`)."""
        if self._place_words is None:
            home = self.home_place()
            named = {name for name in self.place_names() if " " not in name}
            self._place_words = frozenset(named | ({home} if home and " " not in home else set()))
        return self._place_words

    def _named_as_place_elsewhere(self, words: str) -> bool:
        """Whether the text gives `words` as a place somewhere: after a place preposition, a word for a town or
        an organisation's noun ("in Ranzenbach", "die Stadt Bad Ebersfelde", "im Stadttheater Lohrbach")."""
        before = german().place_prepositions | german().local_bodies
        doc, parts = self.doc, words.split()
        texts = token_texts(doc)
        return any(
            texts[i : i + len(parts)] == parts
            and (lower_at(doc, i - 1) in before or is_organisation_noun(texts[i - 1]))
            for i in range(1, len(texts))
            if texts[i] == parts[0]
        )

    def titles(self, start: int, end: int) -> tuple[list[Token], list[Token]]:
        """The role or description right before the name run [start, end) and the apposition after it
        (`title_before`, `title_after`), found once per run: the pass asks them up to four times."""
        found = self._titles.get((start, end))
        if found is None:
            found = self._titles[start, end] = (title_before(self.doc, start), title_after(self.doc, end))
        return found

    def sentence(self, i: int) -> int:
        k = bisect_right(self.sentence_starts, i) - 1
        return (
            k if k > 0 else 0
        )  # (no max(): a builtin call costs more than the bisection, many times a token)

    def in_view_at(self, i: int) -> int:
        """The narrative sentence of token `i`, which the focus fades by: sentences inside quotations do not
        count (a long quotation does not take its speaker out of view)."""
        return self.narrative[self.sentence(i)] if self.narrative else self.sentence(i)

    def sentence_end(self, i: int) -> int:
        k = self.sentence(i)
        return self.sentence_ends[k] if k < len(self.sentence_ends) else len(self.doc)

    def in_said_words(self, offset: int) -> bool:
        """Whether character `offset` lies inside quoted or reported words (someone a speaker talks about)."""
        return self.quoted.contains(offset) or (self.reported is not None and self.reported.contains(offset))

    def named_in_clause(self, mention: Token, entity: Entity) -> bool:
        """Whether `entity` was named earlier in the clause of `mention`, which then means someone else: another
        argument of the same verb ("Über ihre Teamkollegin Lara Amstutz, die …, sagte sie"; "Mit Vorsprung auf den
        Deutschen Jonas Lettenbauer gewann der 20-Jährige"). A pronoun or possessive of theirs may share the clause
        ("In ihrer Rede hatte sie …"); a name the parse makes a subject too leaves a description open ("Gertraud
        Pichler will ihre Mutter … bringen" with both as subjects: which is the object, the parse does not know)."""
        if entity.last < 0:
            return False
        sentence = self.sentence(mention.i)
        # (the sentence first: most entities were named in another, and then no word of the mention is read)
        if self.sentence(entity.last) != sentence:
            return False
        head = clause_head(mention).i
        # (a pronoun's case is its own: "Felix sei …, sagte er" is not Felix, whatever the parse makes of Felix; nor is
        # it the owner of a question it answers: "Auf die Frage der Verteidigerin, …, antwortete sie")
        pronoun = token_pos(mention) == "PRON"
        de = german()
        for i in reversed(entity.tokens):
            if i >= mention.i:
                continue
            if self.sentence(i) != sentence:
                return False
            named = self.doc[i]
            # (only a name or a noun: a relative pronoun a tagger calls an article is theirs as any pronoun is)
            if (
                token_pos(named) == "PRON"
                or referent_genders(named) is not None
                or token_lower(named) in de.demonstrative_owner_genders
                or not (i in self.resolver.runs or token_pos(named) in NOUN_POS)
            ):
                continue
            if not pronoun and self._owner_named(i):
                continue  # "Nach Angela Merkels Rücktritt sagte die CDU-Politikerin": an owner, as a possessive is
            if clause_head(named).i == head and (pronoun or not _parsed_subject(named)):
                return True
        return False

    def _owner_named(self, i: int) -> bool:
        """Whether the name run through token `i` is in the genitive before a noun it owns ("Merkels Rücktritt")."""
        runs, doc = self.resolver.runs, self.doc
        last = runs[i][1] - 1 if i in runs else i
        if "Gen" in morph_values(doc[last], "Case"):
            return True
        return (
            last + 1 < len(doc)
            and token_lower(doc[last]).endswith("s")
            and token_pos(doc[last + 1]) == "NOUN"
        )

    def is_subject(self, tokens: Sequence[Token]) -> bool:
        object_pronouns = german().object_pronoun_genders
        if all(token_lower(t) in object_pronouns for t in tokens):
            return (
                False  # "ihm", "ihn": never the subject, whatever the parse says ("Schwab ist ihm dankbar")
            )
        inside = {t.i for t in tokens}
        for t in tokens:
            # (each head read once: spaCy makes a new `Token` on every access)
            head = t.head
            # A name the parse made the root of its sentence is in no object or list either.
            if (
                labels.is_subject(t)
                or (head.i in inside and labels.is_subject(head))
                or head.i == t.i
                or labels.is_root(t)
                or _after_time_stamp(t, head)
                or (labels.is_subject(head) and _apposed_to(tokens, head))
            ):
                return True
        return False

    def opens_before_subject(self, tokens: Sequence[Token]) -> bool:
        """Whether a mention opens its sentence and the parse's subject stands after it, before the finite
        verb with no comma between: the words before a verb in second place are one phrase, so the mention is
        its head and the subject ("Der Experte Lorenz Eichberger vom Wiener Institut … hält", with the parse's
        subject on "Institut")."""
        first = tokens[0].i
        doc = self.doc
        if not self._opens_sentence(first):
            return False
        for token in doc[tokens[-1].i + 1 : self.sentence_end(first)]:
            if token_text(token) in {",", ";", ":", "(", "–", "-"} or token_pos(token) in {"VERB", "AUX"}:
                return False
            if (
                labels.is_subject(token)
                and token_pos(token.head) in {"VERB", "AUX"}
                and token.head.i > token.i
            ):
                return True
        return False

    def opens_before_verb(self, tokens: Sequence[Token]) -> bool:
        """Whether a name opens its sentence right before its finite verb, perhaps with a party or an acronym in
        brackets between: the verb-second place makes it the subject, whatever a parse the brackets confused
        says ("Bürgermeisterin Maria Prödl (ÖBP) signalisiert Interesse")."""
        first, last = tokens[0].i, tokens[-1].i
        doc = self.doc
        if not self._opens_sentence(first):
            return False
        after = last + 1
        if after + 2 < len(doc) and text_at(doc, after) == "(" and text_at(doc, after + 2) == ")":
            after += 3
        # ("Busfahrerin Sabine Kloos, seit 31 Jahren bei Benali Reisen, kennt …": an apposition between commas)
        after = _past_apposition(doc, after, self.sentence_end(first))
        return (
            after < self.sentence_end(first)
            and pos_at(doc, after) in {"VERB", "AUX"}
            and could_be_finite(doc[after])
        )

    def _opens_sentence(self, first: int) -> bool:
        """Whether only marks and an article stand before token `first` in its sentence, or a name in the genitive
        that owns it ("Kölns Trainer Sven Kuczera war …")."""
        start = self.sentence_starts[self.sentence(first)] if self.sentence_starts else 0
        doc = self.doc
        if first > start and _owner_before(doc[first - 1]):
            first -= 1
        return all(t.is_punct or token_pos(t) == "DET" for t in doc[start:first])

    def opening(self) -> CharSpan | None:
        """The headline with its teaser (the first heading, where the text has a headline), or None."""
        start, end = headline_of(text_of(self.doc))
        return self.headings[0] if end > start and self.headings else None

    def heading_at(self, offset: int) -> CharSpan | None:
        """The heading (headline and teaser, or a subhead) that holds character `offset`, or None."""
        return next((span for span in self.headings if span[0] <= offset < span[1]), None)

    def in_lead(self, offset: int) -> bool:
        """Whether character `offset` is in the lead, the paragraph right after the headline (a text without a
        headline has none)."""
        if self._lead is None:
            text = text_of(self.doc)
            _, end = headline_of(text)
            start = len(text) - len(text[end:].lstrip()) if end else 0
            stop = text.find("\n\n", start)
            self._lead = (start, stop if stop >= 0 else len(text)) if end else (0, 0)
        return self._lead[0] <= offset < self._lead[1]

    def has_subject(self, i: int) -> bool:
        """Whether the parse gave token `i`'s sentence a subject (asked once per sentence)."""
        k = self.sentence(i)
        found = self._with_subject.get(k)
        if found is None:
            start = self.sentence_starts[k] if self.sentence_starts else 0
            sentence = doc_slice(self.doc, start, self.sentence_end(i))
            found = self._with_subject[k] = any(labels.is_subject(t) for t in sentence)
        return found

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
        first, last = tokens[0], tokens[-1]
        # (read once: each is asked several times below, and spaCy makes a value per access)
        first_i, first_idx = first.i, first.idx
        entity.last = first_i
        # (a personal pronoun is the mention a quotation after it goes on with: "Er äußerte sich … Und: „…“";
        # a possessive is no speaker's mention)
        first_text = token_text(first)
        if possessive_genders(first_text) is None and object_pronoun_genders(first_text) is None:
            entity.last_mention = (first_idx, last.idx + len(token_text(last)))
        # A name in a sentence the parse found no subject in is its likeliest subject ("Auf der anderen Seite
        # haderte Innsbrucks Trainer Markus Lanthaler …" with "haderte" taken for an adjective).
        subject = (
            self.is_subject([*tokens, *titles])
            or (named and self._named_subject(tokens, titles))
            or (entity.kind == PERSON and _named_after_subject_noun(tokens))
            or (entity.kind == PERSON and not named and self._object_of_subjectless(tokens))
        ) and not _owns_next_noun(tokens)
        if subject and entity.kind == PERSON and not self.in_said_words(first_idx):
            # "Als Zeuge sagte der Pensionist aus": the role after "als" is the subject's
            for role in roles_after_als(tokens):
                resolver.index.index_role(entity, role)
            if self.heading_at(first_idx) is None and _convicted(first):
                # "Eine 38-jährige Frau ist verurteilt worden": the accused, whom "die Richterin" is not (not in a
                # teaser, whose description the body's name joins)
                resolver.index.index_role(entity, ACCUSED_ROLE)
        sentence = self.in_view_at(first_i)
        # (a subject's conjunct too: "Der HC Elbmarsch und der TSV Ostholstein haben …" is about both; asked
        # last, in the opening sentences only)
        if (
            sentence < self.opening_sentences
            and entity not in self.topics
            and (subject or any(labels.is_conjunct(t) and labels.is_subject(t.head) for t in tokens))
        ):
            self.topics.append(entity)
            if any(labels.is_conjunct(t) or any(labels.is_conjunct(c) for c in t.children) for t in tokens):
                self.conjoined_topics.add(entity.id)
        if named or subject:
            resolver.named_at.append(first_idx)
            resolver.named_entity.append(entity.id)
        reported = self.reported is not None and self.reported.contains(first_idx)
        if subject and entity.kind == PERSON and not reported:
            resolver.subject_at.append(first_idx)
            resolver.subjects.append(((first_idx, last.idx + len(token_text(last))), entity))
        self.focus.mention(
            entity,
            sentence,
            subject=subject,
            speaker=any(t.i in self.speaker_tokens for t in tokens),
            # "die Sprecherin des Innenministeriums": the speaker is more in view than the ministry; someone
            # named in another's reported speech is less in view than those the narrator speaks of, unless the
            # lead is about them ("Die Präsidentin …, Cornelia Vahrenholt, lässt ihr Amt ruhen. Das teilte die
            # Hochschule mit. »…«, erklärte die 58-jährige Literaturwissenschaftlerin")
            minor=not in_view
            or (reported and not (subject and named and self.in_lead(first_idx)))
            or (not subject and _in_subordinate_clause(last)),
        )

    def _named_subject(self, tokens: Sequence[Token], titles: Sequence[Token]) -> bool:
        """Whether a name is its clause's likeliest subject though the parse says otherwise: its sentence has
        no subject, or it opens the sentence before the subject or the verb (`opens_before_subject`,
        `opens_before_verb`)."""
        if not self.has_subject(tokens[0].i):
            return True
        ordered = sorted([*titles, *tokens], key=_token_index)  # (made once for both tests)
        return self.opens_before_subject(ordered) or self.opens_before_verb(ordered)

    def _object_of_subjectless(self, tokens: Sequence[Token]) -> bool:
        """Whether a description the parse made its main verb's object is the subject of a sentence with
        none: "Als Zeugin sagte eine Kassiererin aus." ("eine" is nominative or accusative; the parse picked
        the object). An article that is no nominative ("einen", "den") keeps it an object."""
        head = tokens[-1]
        if not (labels.is_object(head) and labels.is_root(head.head)) or self.has_subject(head.i):
            return False
        article = article_of(self.doc, head.i)
        return article is not None and lower_at(self.doc, article) in german().nominative_articles


def weakly_named(reader: Reader, entity: Entity) -> bool:
    """A person known only by one word the recogniser took for a name, with no gender the text shows and no
    first name before that word anywhere in the text ("Lehrermangel:" in a headline, "oberhalb von Vallun"; not
    "Lemke:" where the text names "Jutta Lemke" further on)."""
    if entity.gender is not None or entity.name is None or entity.named_in_full:
        return False
    doc = reader.doc
    return not any(is_named_surname(doc[i]) for i in entity.tokens if i in reader.resolver.runs)


def roles_after_als(tokens: Sequence[Token]) -> list[Role]:
    """The roles a subject's verb gives it with "als" and a bare role noun ("sagte als Zeugin aus", "Als
    Sprecher der Initiative forderte er …")."""
    inside = {t.i for t in tokens}
    verbs = {t.head.i: t.head for t in tokens if t.head.i not in inside}
    roles: list[Role] = []
    for verb in verbs.values():
        for child in verb.children:
            if (
                child.i in inside
                or token_pos(child) not in {"NOUN", "PROPN"}
                or not is_role(token_text(child))
            ):
                continue
            below = [token_lower(t) for t in child.children]
            if german().als in below and not any(token_pos(t) == "DET" for t in child.children):
                role = role_words([child])
                if role is not None:
                    roles.append(role)
    return roles


def _parsed_subject(token: Token) -> bool:
    """Whether a word of a name is its clause's subject by the parse (the name's first word or a later one)."""
    return labels.is_subject(token) or (labels.is_name_part(token) and labels.is_subject(token.head))


def _token_index(token: Token) -> int:
    return token.i


def _owns_next_noun(tokens: Sequence[Token]) -> bool:
    """Whether a name is a genitive before the noun it owns ("Van Oostveens Anwalt"): the owned noun, not the
    owner, is what the clause is about, whatever the parse made its subject."""
    last = tokens[-1]
    doc = last.doc
    if last.i + 1 >= len(doc) or not ends_as_name_genitive(token_text(last)) or token_pos(last) != "PROPN":
        return False
    owned = doc[last.i + 1]
    return token_pos(owned) == "NOUN" and token_text(owned)[:1].isupper()


def _named_after_subject_noun(tokens: Sequence[Token]) -> bool:
    """Whether the parse hung a person's name on the noun right before it, its clause's subject: that subject
    is the person ("Kämmerer Peter Schmidt legte …", a role the lexicon does not know)."""
    before = tokens[0].i - 1
    return any(
        (head := t.head).i == before
        and token_pos(head) == "NOUN"
        and (labels.is_apposition(t) or labels.is_name_part(t))
        and labels.is_subject(head)
        for t in tokens
    )


def _after_time_stamp(token: Token, head: Token) -> bool:
    """ "19:55 Uhr – Kovács räumt seine Niederlage ein": a name the parse joined to a live ticker's time stamp,
    which it made the subject, is the subject."""
    return (
        head.i < token.i
        and labels.is_subject(head)
        and (labels.is_conjunct(token) or labels.is_apposition(token))
        and token_lower(head) == german().clock
        and any(token_pos(c) == "NUM" for c in head.children)
    )


# How many words an apposition between commas after a name may have ("seit 31 Jahren bei Benali Reisen").
_MAX_APPOSITION = 10


def _past_apposition(doc: Doc, index: int, end: int) -> int:
    """Where the words after an apposition between commas that opens at token `index` go on, or `index` where
    no such apposition (with no verb in it) opens there."""
    if index >= end or text_at(doc, index) != ",":
        return index
    for k in range(index + 1, min(end, index + 2 + _MAX_APPOSITION)):
        if text_at(doc, k) == ",":
            return k + 1 if k > index + 1 else index
        if pos_at(doc, k) in {"VERB", "AUX"} or doc[k].is_quote or text_at(doc, k) in {".", ":", ";"}:
            return index
    return index


# The role of the accused, which the passive of a verdict gives its subject (`_convicted`).
ACCUSED_ROLE: Role = ("angeklagte", frozenset(), "")


def _convicted(token: Token) -> bool:
    """Whether `token` is the subject of a verdict in the passive ("ist … verurteilt worden", "wurde festgenommen")."""
    participles = german().verdict_participles
    if participles.isdisjoint(lower_set(token.doc)):
        return False  # (most texts name no verdict: decided by the doc's words, before the parse is read)
    verb = clause_head(token)
    # (the verbs of the clause two steps down: UD hangs the auxiliaries on the participle, TIGER the other way;
    # each once, by its index: comparing `Token` objects costs a call each)
    chain = [verb]
    taken = {verb.i}
    for member in (verb, *verb.children):
        for c in member.children:
            if c.i not in taken and token_pos(c) in VERB_POS:
                taken.add(c.i)
                chain.append(c)
    if not any(token_lower(v) in participles for v in chain):
        return False
    return any(v.lemma_ in german().werden for v in chain)


def _apposed_to(tokens: Sequence[Token], head: Token) -> bool:
    """Whether a mention is set off by commas right after the noun `head` ("Der Gerettete, Tobias Wendland,
    konnte …"): an apposition, whatever label the parse gave it, is the noun's person."""
    # (the mention's titles count: "Der Abweichler, Gemeinderat Florian Hinterberger, verteidigte …")
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    doc = head.doc
    # (a name, not a description: "Der Mann, ein pensionierter Ingenieur," describes the one subject twice)
    return (
        token_pos(tokens[0]) == "PROPN"
        and first >= 2
        and head.i == first - 2
        and text_at(doc, first - 1) == ","
        and last + 1 < len(doc)
        and text_at(doc, last + 1) == ","
    )


def _in_subordinate_clause(token: Token) -> bool:
    """Whether a mention stands in a subordinate clause ("Auf die Frage, ob die Mannschaft gegen den Trainer gespielt
    habe, schüttelte er den Kopf"): someone spoken of there is less in view than the main clause's people."""
    verb = clause_head(token)
    subordinators = german().subordinators
    return verb.i != token.i and any(token_lower(c) in subordinators for c in verb.children)


def _owner_before(token: Token) -> bool:
    """A capitalised name in the genitive ("Kölns", "Wendelsaus") before the role of the person it owns."""
    text = token_text(token)
    return text[:1].isupper() and token_pos(token) in {"NOUN", "PROPN"} and is_name_genitive(text)
