"""Sources that are documents with no owner: "hieß es in einer Mitteilung", "heisst es in der Mitteilung
weiter". The text leaves who issued them to the reader: the one named with the document before ("ein Bericht
des Landesrechnungshofs" … "heißt es in dem Bericht"), else the organisation or person it is about there; a
document that says by what it is who issued it ("laut Anklage": the prosecution) is that organisation's."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from quotekit.lang.de.names import (
    is_generic_organisation,
    is_genitive_article,
    is_organisation_noun,
    is_person_noun,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind
from quotekit.stages.cues import lemma_candidates, particle_of, particle_verb_lemma
from quotekit.stages.speakers.entities import ORGANISATION, PERSON
from quotekit.stages.speakers.organisations import last_named_ending_in, name_ends_in
from quotekit.syntax.docindex import lower_at, text_at, text_of, token_lower, token_pos, token_text
from quotekit.syntax.labels import VERB_POS, is_relative_pronoun, is_subject
from quotekit.syntax.mentions import clause_subject
from quotekit.syntax.nominals import can_speak
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.sources import genitive_attribute
from quotekit.syntax.spans import has_paragraph_break, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from quotekit.records import QuoteRecord
    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader
    from quotekit.stages.speakers.resolver import Resolution, Resolver

__all__ = [
    "document_owner",
    "issuer_in_relative_clause",
    "issuer_named_later",
    "issuer_of",
    "names_only_a_document",
    "organisation_named_before",
    "owner_of_earlier_document",
    "owner_of_earlier_statement",
    "owner_of_pointed_document",
    "same_document",
]

# Source frames that may hold an ownerless document: "laut einer Mitteilung", "einer Mitteilung zufolge",
# "nach einer Mitteilung".
_DOCUMENT_FRAMES = frozenset({CueKind.LAUT, CueKind.ZUFOLGE, CueKind.NACH_ANGABEN})
# Words a document mention may hold besides its noun: the preposition and article before it, an adjective.
_BESIDE_THE_NOUN = frozenset({"ADP", "DET", "ADJ", "PUNCT"})
# Sentences back from a document named by its noun alone to where the text named it with its owner.
_DOCUMENT_REACH = 12
# Heads climbed from a document noun to the verb of its clause ("im Insolvenzantrag" → "nennt").
_MAX_CLIMB = 3


def names_only_a_document(doc: Doc, quote: QuoteRecord, *, reports: bool = False) -> bool:
    """Whether the quotation is attributed by "heißt es" to a speech noun and nothing else that could name
    its owner: "hieß es in einer Mitteilung", "in der schriftlichen Erklärung", "einer Pressemitteilung"
    (not "der Mitteilung der Polizei", "ihrer Erklärung", "Vereinsangaben": an owner in the compound). Frames
    such as "nach offiziellen Angaben" or "laut einer Studie" name a source of their own. With `reports`, also
    a known report with no owner ("heißt es in dem Bericht", "Dem Bericht zufolge")."""
    if quote.mention is None or quote.cue is None:
        return False
    # "hieß es in einer Mitteilung", or a source frame around the document ("Laut einer Mitteilung …")
    if quote.cue.lemma not in german().impersonal_verbs and quote.cue.kind not in _DOCUMENT_FRAMES:
        return False
    span = doc.char_span(*quote.mention, alignment_mode="expand")
    if span is None or any(token_lower(t) in german().possessive_genders for t in span):
        return False
    noun = span.root
    # (the noun alone, perhaps with a phrase inside a participle before it: "dem am Mittwoch veröffentlichten
    # Prüfbericht"; not "der Mitteilung der Polizei")
    if (
        token_pos(noun) in _BESIDE_THE_NOUN
        or not token_text(noun)[:1].isupper()
        or genitive_attribute(noun) is not None
    ):
        return False
    word = token_text(noun).lower()
    ending = next((noun for noun in german().statement_nouns if word.endswith(noun)), None)
    if ending is None and reports and (_definite(span) or quote.cue.lemma in german().impersonal_verbs):
        # "heißt es in dem Bericht", "Dem Bericht zufolge" with no owner named before
        # (`owner_of_earlier_document`): a report the text is about there, like a statement; also one that
        # "heißt es" names for the first time ("hieß es in einem Prüfbericht"), a frame's is its own source
        word = _lemma(noun)
        ending = _document_noun_ending(word)
    if ending is None:
        return False
    return not _owner_in_compound(word, ending)


def _lemma(token: Token) -> str:
    """A noun's lemma in lower case, its form where the lemmatiser gave none."""
    return token.lemma_.lower() or token_lower(token)


@cache  # asked of every noun before a document mention: a scan of all document nouns
def _document_noun_ending(lemma: str) -> str | None:
    """The document noun a lemma is or ends in ("insolvenzantrag": "antrag"), the longest where two fit
    ("positionspapier", not "papier": the same answer on every run, whatever order the set gives), or None."""
    return max((noun for noun in german().document_nouns if lemma.endswith(noun)), key=len, default=None)


def _definite(span: SpacySpan) -> bool:
    """Whether a noun phrase names a known thing: a definite article in it, or a preposition with one in it
    right before it ("im Antrag")."""
    de = german()
    before = lower_at(span.doc, span.start - 1) if span.start > 0 else ""
    return before in de.definite_prepositions or any(token_lower(t) in de.definite_articles for t in span)


def _owner_in_compound(word: str, ending: str) -> bool:
    """Whether the first part of a compound document noun names who issued it ("Polizeimitteilung",
    "Vereinserklärung"; not "Pressemitteilung")."""
    first_part = word[: len(word) - len(ending)].rstrip("-")
    return bool(first_part) and (is_organisation_noun(first_part) or is_generic_organisation(first_part))


def owner_of_earlier_document(doc: Doc, mention: CharSpan) -> CharSpan | None:
    """Who issued a document the mention names again by its noun alone ("heißt es in dem Bericht", "im
    Antrag"): the owner given where the text named it last, a few sentences before ("ein Bericht des
    Landesrechnungshofs", "nennt das Unternehmen im Insolvenzantrag"); None where the mention names a new
    document ("in einer Stellungnahme"), has an owner of its own, or no earlier one has an owner."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    if token_pos(noun) != "NOUN" or any(token_lower(t) in german().indefinite_articles for t in span):
        return None
    lemma = _lemma(noun)
    ending = _document_noun_ending(lemma)
    if ending is None or _owner_in_compound(lemma, ending) or _owner_in_phrase(span, noun):
        return None
    first = _sentence_start_before(doc, span.start, _DOCUMENT_REACH)
    # (the nearest mention with an owner: the document may be named bare more than once, "Im Bericht heißt es")
    # ("eine Studie der Hochschule …" … "heisst es in dem Bericht": a text names one report by two nouns)
    reports = german().report_nouns
    other = None  # the nearest other report with an owner, where the mention names a report
    for token in reversed(doc[first : span.start]):
        if token_pos(token) != "NOUN" or (earlier := _document_noun_ending(_lemma(token))) is None:
            continue
        if _lemma(token).endswith(lemma):
            owner = document_owner(token)
            if owner is not None:
                return owner
        elif other is None and ending in reports and earlier in reports:
            other = document_owner(token)
    return other


def owner_of_earlier_statement(doc: Doc, mention: CharSpan, quotes: Sequence[QuoteRecord]) -> CharSpan | None:
    """Who made a statement the mention names again by a noun of a speech verb ("Wie die Kantonspolizei Bern
    mitteilte, … Der Mann sei 25 Jahre alt, heisst es in der Mitteilung"): the source of the last quotation a few
    sentences before whose cue is that verb; None where the mention names a new statement ("in einer
    Mitteilung") or one with an owner of its own."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    if (
        token_pos(noun) != "NOUN"
        or not _definite(span)
        or any(token_lower(t) in german().indefinite_articles for t in span)
        or _owner_in_phrase(span, noun)
    ):
        return None
    verbs = _verbs_of_noun(_lemma(noun))
    earliest = doc[_sentence_start_before(doc, span.start, _DOCUMENT_REACH)].idx
    for quote in reversed(quotes):
        if quote.start >= mention[0] or quote.cue is None or quote.cue.start < earliest:
            continue
        if quote.cue.kind is CueKind.VERB and quote.cue.lemma in verbs and quote.mention is not None:
            return quote.mention
    return None


def _owner_in_phrase(span: SpacySpan, noun: Token) -> bool:
    """Whether a document or statement mention names its own owner: a genitive attribute, a possessive, or "von"
    after its noun ("Nach dem Bericht von Human Rights Investigation")."""
    doc = noun.doc
    de = german()
    return (
        genitive_attribute(noun) is not None
        or any(token_lower(t) in de.possessive_genders for t in span)
        or (noun.i + 1 < len(doc) and lower_at(doc, noun.i + 1) in de.von)
    )


def _verbs_of_noun(lemma: str) -> frozenset[str]:
    """The verbs a statement noun may be made from: "mitteilung" → "mitteilen", "äußerung" → "äußern",
    "bericht" → "berichten", "schreiben" → "schreiben"."""
    stem = lemma.removesuffix("ung")
    if stem != lemma:
        return frozenset({stem + "en", stem + "n"})
    return frozenset({lemma, lemma + "en"})


def owner_of_pointed_document(doc: Doc, quote: QuoteRecord) -> CharSpan | None:
    """Who issued the document that "darin" points back to ("Über seinen Verteidiger ließ er eine Erklärung
    verlesen. Er habe nichts damit zu tun, heißt es darin."): the owner of the last document the sentence before
    names (`document_owner`), for a quotation that "heißt es" attributes to nothing else."""
    if quote.mention is not None or quote.cue is None or quote.cue.lemma not in german().impersonal_verbs:
        return None
    sentence = sentence_of(doc[quote.cue.head])
    if not any(token_lower(t) in german().document_pointers for t in sentence):
        return None
    before = sentence.start - 1
    if before < 0:
        return None
    for token in reversed(sentence_of(doc[before])):
        if token_pos(token) == "NOUN" and _document_noun_ending(_lemma(token)) is not None:
            return document_owner(token)
    return None


def _sentence_start_before(doc: Doc, i: int, reach: int) -> int:
    """The first token of the sentence `reach` sentences before the one token `i` stands in."""
    start = sentence_of(doc[i]).start
    for _ in range(reach):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    return start


def document_owner(noun: Token) -> CharSpan | None:
    """Who issued the document a noun names, where the text says so and that one can speak: its genitive
    attribute ("ein Bericht des Landesrechnungshofs"), its possessive ("in seinem Bericht"), or the subject of
    a verb of issuing or saying it hangs on ("Die Umweltanwaltschaft hat eine Stellungnahme abgegeben")."""
    doc = noun.doc
    lemma = _lemma(noun)
    ending = _document_noun_ending(lemma)
    if ending is not None and _owner_in_compound(lemma, ending):
        return noun.idx, noun.idx + len(token_text(noun))  # "der Polizeibericht": the police's
    possessives = german().possessive_genders
    owner = genitive_attribute(noun)
    if owner is not None:
        words = doc.char_span(*owner, alignment_mode="expand")
        # (UD labels a possessive the noun's genitive too: "in seinem Bericht")
        speaks = words is not None and any(can_speak(t) or token_lower(t) in possessives for t in words)
        return owner if speaks else None
    possessive = next((t for t in noun.children if token_lower(t) in possessives), None)
    if possessive is not None:
        # "Das Bundesamt hat seinen Zwischenbericht vorgelegt": a possessive in the clause of a verb of issuing
        # is its subject's
        subject = _issuing_subject(noun)
        if subject is not None:
            return mention_of(subject)
        return possessive.idx, possessive.idx + len(token_text(possessive))
    issuer = _issuer_in_relative_clause(noun)
    if issuer is not None:
        return issuer
    subject = _issuing_subject(noun)
    return None if subject is None else mention_of(subject)


def _issuing_subject(noun: Token) -> Token | None:
    """The subject that can speak of a verb of issuing or saying the document noun hangs on ("Die
    Umweltanwaltschaft hat eine Stellungnahme abgegeben"), or None."""
    verb = noun.head
    for _ in range(_MAX_CLIMB):
        if token_pos(verb) in VERB_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    if token_pos(verb) not in VERB_POS or not issues(verb):
        return None
    subject = clause_subject(verb)
    if subject is None or subject.i == noun.i or not can_speak(subject):
        return None
    return subject


def issuer_in_relative_clause(doc: Doc, mention: CharSpan) -> CharSpan | None:
    """The issuer a document mention names in a relative clause on its noun ("heißt es in dem Bericht, den
    die Kanzlei Adebayo vorstellte"), or None."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or token_pos(span.root) != "NOUN" or _document_noun_ending(_lemma(span.root)) is None:
        return None
    return _issuer_in_relative_clause(span.root)


def _issuer_in_relative_clause(noun: Token) -> CharSpan | None:
    """ "der Bericht, den die Kanzlei Adebayo am Dienstag vorstellte": the subject of a relative clause on the
    document whose verb issues it, with the relative pronoun its object."""
    doc = noun.doc
    verbs = list(noun.rights)
    if noun.i + 2 < len(doc) and text_at(doc, noun.i + 1) == "," and is_relative_pronoun(doc[noun.i + 2]):
        verbs.append(doc[noun.i + 2].head)  # (a parse that hangs the relative clause elsewhere)
    for verb in verbs:
        if token_pos(verb) not in VERB_POS or not issues(verb, saying=False):
            continue
        relative = next((t for t in verb.children if is_relative_pronoun(t)), None)
        if relative is None or is_subject(relative):
            continue
        subject = clause_subject(verb)
        if subject is not None and subject.i != relative.i and can_speak(subject):
            return mention_of(subject)
    return None


def issues(verb: Token, *, saying: bool = True) -> bool:
    """A verb by which its subject issues or (with `saying`) says what the document holds ("abgeben", "legte
    … vor"; "nennt", "fordert")."""
    particle = particle_of(verb)
    lemma = particle_verb_lemma(verb, particle)
    de = german()
    if lemma in de.impersonal_verbs:
        return False  # "Im Bericht heißt es": its subject is "es"
    # ("vorgelegt" that the lemmatiser made "vorgelegen": the repaired lemmas too)
    prefix = "" if particle is None else token_lower(particle)
    return any(
        word in de.issuing_verbs or (saying and word in de.speech_verbs)
        for word in (lemma, *(prefix + candidate for candidate in lemma_candidates(verb)))
    )


def issuer_of(reader: Reader, token: Token) -> Entity | None:
    """The organisation a document noun with no owner of its own refers to by what it is ("Laut Anklage" after
    "die Staatsanwaltschaft Augsburg", `document_issuers`): the last one named before whose name ends in the
    issuer's noun, or None."""
    issuer = german().document_issuers.get(token_lower(token))
    doc = token.doc
    if issuer is None or (token.i + 1 < len(doc) and is_genitive_article(text_at(doc, token.i + 1))):
        return None  # ("das Urteil des Bezirksgerichts": the owner is named)
    return last_named_ending_in(reader.resolver.index.entities, [issuer])


def same_document(doc: Doc, earlier: CharSpan, later: CharSpan) -> bool:
    """Whether a later document mention names again the document of an earlier one by its noun ("Laut dem am
    Mittwoch veröffentlichten Prüfbericht …" … "heißt es in dem Bericht")."""
    first = doc.char_span(*earlier, alignment_mode="expand")
    second = doc.char_span(*later, alignment_mode="expand")
    if first is None or second is None or token_pos(second.root) != "NOUN":
        return False
    noun = _lemma(second.root)
    return noun in german().document_nouns and _lemma(first.root).endswith(noun)


def issuer_named_later(doc: Doc, resolver: Resolver, mention: CharSpan) -> Resolution | None:
    """Who issued a document that says by what it is who issued it ("Laut Anklage …"), where the text names its
    issuer only after it: the organisation whose name ends in the issuer's noun, else the one person the text
    gives the issuer's role ("Oberstaatsanwältin Dr. Judith Erlbacher"); None where it names neither or several."""
    issuer = german().document_issuers.get(text_of(doc)[mention[0] : mention[1]].strip().lower())
    if issuer is None:
        return None
    entities = [e for e in resolver.index.entities if e.absorbed_by is None]
    bodies = [e for e in entities if name_ends_in(e, issuer)]
    if bodies:
        return resolver.resolution(bodies[0])
    role = german().issuer_people.get(issuer)
    people = {
        e.id: e
        for e in entities
        if e.kind == PERSON and e.name is not None and any(r[0] == role for r in e.roles)
    }
    return resolver.resolution(next(iter(people.values()))) if len(people) == 1 else None


def organisation_named_before(
    doc: Doc, before: SpacySpan, quote: QuoteRecord, resolver: Resolver
) -> tuple[CharSpan, Resolution] | None:
    """Who speaks by "heißt es"/"hieß es" where the document, if any, names no one: the organisation the sentence
    before names last, in the same paragraph ("Geht es nach dem kantonalen Amt für öffentlichen Verkehr, ist bald
    Schluss. Die Linie erreiche …, heisst es im Entwurf"; "Auf Zustimmung stösst das Projekt bei der Stiftung
    Uferlandschaft. …, heisst es in einer Stellungnahme"), with its mention; None where it names none."""
    if quote.cue is None or quote.cue.lemma not in german().impersonal_verbs:
        return None
    if has_paragraph_break(text_of(doc)[before.end_char : quote.start]):
        return None
    for token in reversed(before):
        entity = resolver.by_token.get(token.i)
        if entity is None or entity.final.kind != ORGANISATION or _of_people(token, resolver):
            continue
        found = resolver.resolution(entity)
        if found.name is not None:
            return mention_of(token), found
    return None


def _of_people(token: Token, resolver: Resolver) -> bool:
    """Whether an organisation's word hangs on people ("63 Direktorinnen und Direktoren von Volks- und
    Mittelschulen"): they speak, not the organisation they belong to."""
    head = token
    for _ in range(_MAX_CLIMB):
        if head.head.i == head.i:
            return False
        head = head.head
        entity = resolver.by_token.get(head.i)
        if (entity is not None and entity.final.kind != ORGANISATION) or is_person_noun(token_text(head)):
            return True
    return False
