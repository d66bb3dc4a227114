"""Pronouns: a personal pronoun or possessive (er, sie, ihm, sein, ihre …) refers to the entity most in view
whose gender and number fit, and not to someone named in its own clause; a pronoun with no antecedent
before it waits for a person named in its sentence or the next ("Er war der Erste, der … – Dario Küng")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from quotekit.lang.de.names import PERSON_GENDERS, first_name_gender, is_document_noun, possessive_genders
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import ORGANISATION, PERSON
from quotekit.stages.speakers.just_before import pair_named_before
from quotekit.stages.speakers.reader import add_evidence, weakly_named
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    token_lower,
    token_text,
)
from quotekit.syntax.phrases import clause_head
from quotekit.syntax.spans import sentence_of
from quotekit.syntax.verbs import in_konjunktiv_clause, makes_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotekit.records import CharSpan
    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = ["read_both", "read_cataphora", "read_demonstrative", "read_demonstrative_owner", "read_pronoun"]

# How much in view an antecedent must still be: a mention two or three sentences back.
_PRONOUN_FLOOR = 20.0
# A speaker pronoun with no one that much in view: the person still this much in view and this many times more
# than anyone else who fits.
_SPEAKER_PRONOUN_FLOOR = 8.0
_SPEAKER_PRONOUN_MARGIN = 3.0


def read_pronoun(reader: Reader, token: Token, genders: frozenset[str]) -> None:
    """A pronoun that may refer to `genders` (`referents.referent_genders`): the entity most in view that
    fits, else, for a person, the next name (`read_cataphora`)."""
    # "er", "sie" (one) and "sein" refer to people; "sie" (many) also to groups and organisations.
    people = bool(genders & PERSON_GENDERS)
    # "heisst es in ihrem Bericht": a document's owner may be an organisation as well as a person
    document = _owns_a_document(token)
    said = _said_in_sentence(reader, token) if document else frozenset()

    def fits(e: Entity) -> bool:
        return (
            e.allows(genders)
            and (e.kind == PERSON or not people or document)
            and not _co_argument(reader, token, e)
            and not _named_in_own_quotation(reader, token, e)
            and not _named_in_its_words(e, said)
        )

    # (a person named in full before one lone word the recogniser took for a name: "Die Schafe gehören Gian
    # Andri Casutt, Landwirt in Vallun. Für ihn …" with "Vallun" tagged a person is Casutt)
    sentence = reader.in_view_at(token.i)
    chosen = reader.focus.best(
        sentence, lambda e: fits(e) and not _lone_unknown_word(reader, e), _PRONOUN_FLOOR
    ) or reader.focus.best(sentence, fits, _PRONOUN_FLOOR)
    if chosen is None and document:
        # "Greenpeace kritisierte … In ihrem Bericht heißt es": a body named with no article shows no gender
        chosen = reader.focus.best(
            reader.in_view_at(token.i),
            lambda e: e.kind == ORGANISATION and e.gender is None and not _co_argument(reader, token, e),
            _PRONOUN_FLOOR,
        )
    if chosen is None and people and token.i in reader.speaker_tokens:
        # "«…», fragt sie." after a long quotation: a speaker pronoun goes back further to the one person who
        # fits clearly more than anyone else
        chosen = reader.focus.clear_best(
            reader.in_view_at(token.i),
            lambda e: (
                e.kind == PERSON and e.allows(genders) and not _named_in_own_quotation(reader, token, e)
            ),
            _SPEAKER_PRONOUN_FLOOR,
            _SPEAKER_PRONOUN_MARGIN,
        )
    personal = people and possessive_genders(token_text(token)) is None
    feminine_subject = personal and "masc" not in genders
    if chosen is not None and chosen.kind == PERSON and personal:
        # "Die Studierendenschaft begrüsste den Rücktritt. In einer Mitteilung schrieb sie …": an organisation
        # the subject just before, with the person last in view before it, is the one "sie" goes on with; so
        # is a masculine one "er" goes on with ("Genau das kritisiert der Bauernverband. In einer Stellungnahme
        # fordert er, …")
        chosen = _subject_organisation(reader, token, genders, chosen) or chosen
    if chosen is None and feminine_subject:
        # "Die Kantonspolizei ermittelt. Sie bestätigte, …": with no person in view that fits, the organisation
        # whose noun is feminine ("er" stays with people: a man the text has not named is likelier)
        chosen = _organisation_in_view(reader, token, genders)
    if chosen is None and personal and "masc" in genders and token.i in reader.speaker_tokens:
        # "Der Mieterverband bedauerte den Entscheid. Er fordert, …": with no person in view that fits, a
        # masculine organisation that was the subject of the sentence right before speaks on
        chosen = _organisation_subject_just_before(reader, token, genders)
    if chosen is None and "plur" in genders and token.i in reader.speaker_tokens:
        # "Heidi und Werner Baumgartner wollten … antreten. …, erzählen sie": the two people named together just
        # before, as one group
        chosen = pair_named_before(reader, token.i)
    if chosen is None:
        if people:
            reader.pending.append((token, genders))  # "Er war der Erste … – Dario Küng": cataphora
        return
    if chosen.kind == PERSON:
        add_evidence(chosen, genders)
    reader.seen(chosen, [token])


def read_both(reader: Reader, token: Token) -> None:
    """ "Anna Berg und Peter Roth … „…“, sagen die beiden": "beide" standing alone in a speaker's mention (no noun
    after it: "die beiden Politiker" is a description) is the two people named together just before, as one
    group."""
    doc = reader.doc
    if token.i not in reader.speaker_tokens:
        return
    if token.i + 1 < len(doc) and pos_at(doc, token.i + 1) in {"NOUN", "PROPN", "ADJ"}:
        return
    pair = pair_named_before(reader, token.i)
    if pair is not None:
        reader.seen(pair, [token])


def _lone_unknown_word(reader: Reader, entity: Entity) -> bool:
    """A person known only by one word the recogniser took for a name (`weakly_named`) that is no first name
    either ("Vallun"; not "die achtjährige Lena")."""
    return weakly_named(reader, entity) and first_name_gender(entity.name or "") is None


def _organisation_in_view(reader: Reader, token: Token, genders: frozenset[str]) -> Entity | None:
    """The organisation most in view at the pronoun whose gender fits, not an argument of its own clause."""
    return reader.focus.best(
        reader.in_view_at(token.i),
        lambda e: e.kind == ORGANISATION and e.allows(genders) and not _co_argument(reader, token, e),
        _PRONOUN_FLOOR,
    )


def _subject_organisation(
    reader: Reader, token: Token, genders: frozenset[str], person: Entity
) -> Entity | None:
    """The organisation that was the subject of the pronoun's sentence or the one before it, where `person`
    was last in view before that organisation; else None."""
    sentence = reader.in_view_at(token.i)
    organisation = _organisation_in_view(reader, token, genders)
    if organisation is None:
        return None
    seen, person_seen = reader.focus.last_sentence(organisation), reader.focus.last_sentence(person)
    named = reader.doc[organisation.last]
    if seen is None or person_seen is None or not reader.is_subject([named]):
        return None
    # (an organisation that only is something, "Die Gemeinde ist Privatklägerin.", does nothing "sie" goes on with)
    if _copula_subject(named):
        return None
    # (an organisation a speaker speaks of is not the speaker: "Die Mannschaft stehe gut da, sagte sie";
    # but "Die Staatsanwaltschaft hat ein Verfahren eröffnet, wie sie mitteilte" reports its own news)
    if reader.in_said_words(named.idx) and not _in_wie_clause(token):
        return None
    return organisation if sentence - seen <= 1 and person_seen < seen else None


def _organisation_subject_just_before(reader: Reader, token: Token, genders: frozenset[str]) -> Entity | None:
    """The organisation in view whose last mention was the subject of the sentence right before the pronoun's."""
    sentence = reader.in_view_at(token.i)
    organisation = _organisation_in_view(reader, token, genders)
    if organisation is None:
        return None
    seen = reader.focus.last_sentence(organisation)
    named = reader.doc[organisation.last]
    if seen is None or sentence - seen != 1 or not reader.is_subject([named]) or _copula_subject(named):
        return None
    # (a body something is done to, "Der Verband wurde 1990 gegründet", does nothing "er" goes on with)
    if _passive_subject(named) or reader.in_said_words(named.idx):
        return None
    return organisation


def _passive_subject(token: Token) -> bool:
    """Whether `token` is the subject of a passive ("wurde … gegründet"): its clause's participle makes one."""
    while labels.is_apposition(token) and token.head is not token:
        token = token.head  # ("Der Verband Kinderschutz": the name in apposition to the noun)
    head = clause_head(token)
    # (the participle heads the clause in UD; in TIGER it hangs on the auxiliary)
    return any(
        (v.tag_ == labels.PARTICIPLE_TAG or "Part" in morph_values(v, "VerbForm")) and makes_passive(v)
        for v in (head, *head.children)
    )


def _copula_subject(token: Token) -> bool:
    """Whether `token` is the subject of a copula clause ("Die Gemeinde ist Privatklägerin")."""
    head = clause_head(token)
    copulas = german().copulas
    return (
        token_lower(head) in copulas
        or head.lemma_ in copulas
        or any(labels.is_copula(c) for c in head.children)
    )


def _in_wie_clause(token: Token) -> bool:
    """Whether a pronoun stands in a clause that "wie" opens ("…, wie sie am Mittwoch mitteilte")."""
    head = clause_head(token)
    return any(token_lower(child) == german().wie and child.i < token.i for child in head.children)


def read_demonstrative_owner(reader: Reader, token: Token, genders: frozenset[str]) -> None:
    """ "Laut dessen Befund", "deren Sprecherin": a demonstrative before a noun refers to the one named last
    before it whose gender fits, not to the one most in view ("Das Bezirksgericht hat einen Lärmgutachter
    beauftragt. Laut dessen Messungen …" are the expert's)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or pos_at(doc, token.i + 1) not in {"NOUN", "PROPN", "ADJ"}:
        return  # ("…, dessen" at the end of a clause: no owner of a noun)
    read_demonstrative(reader, token, genders)


def read_demonstrative(reader: Reader, token: Token, genders: frozenset[str]) -> None:
    """A demonstrative refers to the one named last before it whose gender fits: "Die Ministerin traf den
    Bürgermeister. Dieser sagte, …" is the mayor, though the minister is more in view."""
    sentence = reader.in_view_at(token.i)
    for entity in reader.focus.recent:  # the one named last first
        if reader.focus.value(entity, sentence) < _PRONOUN_FLOOR:
            continue
        if entity.last < token.i and entity.allows(genders):
            reader.seen(entity, [token])
            return


def _owns_a_document(token: Token) -> bool:
    """Whether a possessive opens a document or statement noun ("ihrem Bericht", "seiner Mitteilung") or a
    noun of a source's account ("Nach ihren Angaben", "Seiner Einschätzung nach"), which an organisation
    gives as well as a person."""
    doc = token.doc
    if possessive_genders(token_text(token)) is None or token.i + 1 >= len(doc):
        return False
    de = german()
    # (past adjectives before the noun: "in seinem aktuellen Bericht")
    after = token.i + 1
    while after + 1 < len(doc) and labels.is_attributive_adjective(doc[after]):
        after += 1
    if text_at(doc, after) in de.opening_marks:
        return True  # "in seinem aktuellen „Schwarzbuch“": a work the owner titled
    noun = lower_at(doc, after)
    return is_document_noun(noun) or noun in de.postposition_nouns or noun.endswith(_statement_nouns())


@cache
def _statement_nouns() -> tuple[str, ...]:
    """The statement nouns as one tuple, for a single ``str.endswith`` (asked of a word after many pronouns)."""
    return tuple(german().statement_nouns)


# How far back from a speaker pronoun the quotation it attributes may end ("„…“, sagte sie").
_QUOTE_REACH = 40


def _named_in_own_quotation(reader: Reader, pronoun: Token, entity: Entity) -> bool:
    """Whether the quotation a speaker pronoun attributes, in marks or reported, names `entity` by its surname
    or one of its roles: no one speaks of themselves so ("„Die Beschuldigte wusste es“, sagte sie" is not the
    accused)."""
    if pronoun.i not in reader.speaker_tokens:
        return False
    roles = {role for role, _, _ in entity.roles}
    quoted = _words_before(reader, reader.quoted.last_before(pronoun.idx), pronoun)
    surname = (
        {entity.name.split()[-1].lower()} if entity.name is not None and entity.kind == PERSON else set()
    )
    if (roles | surname) & quoted:
        return True
    # (nor is someone the words bring in: "Sie habe eine Assistenzärztin gesucht, sagt sie")
    if entity.tokens and _introduced_in(reader, reader.quoted.last_before(pronoun.idx), pronoun, entity):
        return True
    # The reported words by a role ("Die Angeklagte habe gehandelt, sagte sie"), not one that a possessive
    # makes someone else's ("Ihre Vorrednerin habe …", "Sein Sohn werde …"), or by a surname in a clause of
    # their own (`_surname_reported_of`)
    if reader.reported is None:
        return False
    part = reader.reported.last_before(pronoun.idx)
    reported = _words_before(reader, part, pronoun, owned=False)
    if entity.tokens and _introduced_in(reader, part, pronoun, entity):
        return True
    return bool(roles & reported) or (
        bool(surname & reported) and _surname_reported_of(reader, part, surname)
    )


def _said_in_sentence(reader: Reader, pronoun: Token) -> frozenset[str]:
    """The words (lower case) of the pronoun's sentence that stand in quoted or reported words."""
    return frozenset(
        token_lower(t)
        for t in sentence_of(pronoun)
        if t.i != pronoun.i and t.is_alpha and reader.in_said_words(t.idx)
    )


def _named_in_its_words(entity: Entity, said: frozenset[str]) -> bool:
    """Whether the words a document says (`said`, from `_said_in_sentence`) name the organisation `entity` ("In
    ihrem Bericht heißt es, die Stadt habe …" is not the town's report)."""
    if entity.kind != ORGANISATION or not said:
        return False
    return not said.isdisjoint(
        word.lower() for word in (entity.organisation_name or entity.description or "").split()
    )


def _surname_reported_of(reader: Reader, part: CharSpan | None, surname: set[str]) -> bool:
    """Whether reported words speak of someone by surname ("S. habe das Vertrauen … missbraucht, sagte sie"):
    in the Konjunktiv, and not as their own source ("…, würden laut Finanzminister Peer Steinbrück …") or
    themselves ("Gabler selbst findet das …, wie er einräumt")."""
    span = None if part is None else reader.doc.char_span(*part, alignment_mode="contract")
    if span is None:
        return False
    de = german()
    for t in span:
        # (the clause the name stands in: "Benali will … – zwei Fahrer hätten sich zurückgemeldet, sagt er")
        if token_lower(t) not in surname or not in_konjunktiv_clause(clause_head(t)):
            continue
        before = reader.doc[max(0, t.i - 3) : t.i]
        after = reader.doc[t.i + 1 : t.i + 2]
        source = any(token_lower(w) in de.cue_words for w in (*before, *after))
        return not (source or any(token_lower(w) in de.selbst for w in after))
    return False


def _words_before(reader: Reader, part: CharSpan | None, pronoun: Token, *, owned: bool = True) -> set[str]:
    """The lower-case words of a quotation or report that ends just before a speaker pronoun (within
    `_QUOTE_REACH`); without `owned`, not the nouns a possessive opens."""
    if part is None or pronoun.idx - part[1] > _QUOTE_REACH:
        return set()
    span = reader.doc.char_span(*part, alignment_mode="contract")
    if span is None:
        return set()
    return {
        token_lower(t)
        for t in span
        if owned or t.i == 0 or possessive_genders(text_at(reader.doc, t.i - 1)) is None
    }


def _introduced_in(reader: Reader, part: CharSpan | None, pronoun: Token, entity: Entity) -> bool:
    """Whether `entity` is someone unnamed whom the quotation or report `part` of the speaker pronoun's own
    sentence, just before it, brought in ("Sie habe eine Assistenzärztin gesucht, sagt sie"); a name there may
    be the speaker's own source ("…, würden laut Finanzminister Peer Steinbrück nicht …, ließ er verlautbaren")."""
    if entity.name is not None or part is None or pronoun.idx - part[1] > _QUOTE_REACH:
        return False
    first = reader.doc[min(entity.tokens)]
    return part[0] <= first.idx < part[1] and reader.sentence(first.i) == reader.sentence(pronoun.i)


def _co_argument(reader: Reader, pronoun: Token, entity: Entity) -> bool:
    """Whether `entity` was named in the clause of a personal pronoun, which then means someone else
    (`Reader.named_in_clause`); "Auf die Frage der Richterin, ob sie …, antwortete sie" (not the judge, though a
    pronoun of her came between). A possessive may be theirs: "Über ihre Arbeit sagte Berg"."""
    if possessive_genders(token_text(pronoun)) is not None:
        return False
    return reader.named_in_clause(pronoun, entity)


def read_cataphora(reader: Reader, entity: Entity, start: int) -> None:
    """Pronouns with no antecedent before them go forward to a person named in their sentence or the
    next one, whose gender fits: "Er war der Erste, der … – Dario Küng"."""
    sentence = reader.sentence(start)
    waiting = [(t, g) for t, g in reader.pending if sentence - reader.sentence(t.i) <= 1]
    reader.pending = []
    for token, genders in waiting:
        if entity.allows(genders):
            reader.link(token.i, entity)
        else:
            reader.pending.append((token, genders))
