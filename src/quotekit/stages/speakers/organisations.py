"""Organisations: named ("die Kantonspolizei St. Gallen", "das Start-up Gämsflug", a run the recogniser
takes for one), by a word of its kind ("die Polizei", "das Landratsamt": the organisation with that word in
its name), or referring back ("das Unternehmen", "der Verein": the named organisation of its kind most in
view; "laut Vereinsangaben")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import (
    BROADCASTER_ALONE,
    BROADCASTER_BESIDE_NAME,
    MEMBERS_BODY_KINDS,
    PLACE_NAMED_KINDS,
    broadcaster_name_word,
    describes_a_company,
    description_gender,
    genitive_base,
    is_broadcaster_noun,
    is_company_name_word,
    is_generic_organisation,
    is_genitive_article,
    is_masculine_genitive,
    is_organ_noun,
    is_organisation_noun,
    is_particle_name,
    is_person_noun,
    is_speech_noun,
    noun_gender,
    organisation_kind,
    role_of,
)
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import ORGANISATION, PERSON
from quotekit.stages.speakers.extents import (
    acronym_after,
    description_extent,
    description_label,
    is_acronym,
    masculine_or_neuter_by_tag,
    organisation_name,
)
from quotekit.stages.speakers.referents import article_of
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    text_at,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import ATTRIBUTIVE_ADJECTIVE_TAG, ORG_LABELS, PERSON_LABELS, PLACE_AND_MISC_LABELS
from quotekit.syntax.spans import tokens_in

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc, Token

    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = [
    "is_acronym_body",
    "name_by_acronym",
    "name_ends_in",
    "named_organisation",
    "organisation_kind_of",
    "organisation_of_acronym",
    "place_owning_speech_noun",
    "read_known_organisation",
    "read_organisation",
    "read_organisation_name",
    "read_owner_by_name",
]

# How much in view a named organisation must still be for a word referring back to it.
_ORGANISATION_FLOOR = 20.0


def _base_form(token: Token) -> str:
    """A noun without its genitive ending ("Landratsamts" -> "Landratsamt", by its lemma) or a plural's dative
    ending ("Festspielen" -> "Festspiele")."""
    text, lemma = token_text(token), token.lemma_
    if (
        text.endswith("en")
        and token.i > 0
        and lower_at(token.doc, token.i - 1) == german().dative_plural_article
        and text[:-1].lower().endswith(german().plural_organisation_endings)
        and is_organisation_noun(text[:-1])
    ):
        return text[:-1]  # "den Festspielen", "bei den Stadtwerken": a name that is a plural, in the dative
    genitive = morph_values(token, "Case") == ["Gen"] or (
        token.i > 0 and is_genitive_article(text_at(token.doc, token.i - 1))
    )
    if not genitive:
        return text
    for stem in (text[:-2], text[:-1]) if text.endswith("s") else ():
        # "des Hanse-Instituts" where the lemmatiser kept the "s", "des Amtes" where it made "Amte": the stem
        # is an organisation word
        if stem and (is_organisation_noun(stem) or is_generic_organisation(stem)):
            return stem
    if lemma[:1].isupper() and text in {lemma + "s", lemma + "es"}:
        return lemma
    if lemma == text and token.i > 0 and is_masculine_genitive(text_at(token.doc, token.i - 1)):
        # "des Bauamts", "des Festivals", "des Amtes": a lemmatiser that knows no base form; the ending by shape
        return genitive_base(text)
    return text


# The kind the lexicon of organisation kinds gives companies ("Unternehmen", "GmbH").
_COMPANY = "company"


def organisation_kind_of(entity: Entity) -> str | None:
    """The kind of a named organisation, from the words of its name ("Verkehrsbetriebe Kurpfalz": company)."""
    # (the name first, then the description: "MVB" says no kind, "die Mittelland-Verkehrsbetriebe" does)
    words = [*(entity.name or "").split(), *(entity.description or "").split()]
    kind = next((kind for word in words if (kind := organisation_kind(word)) is not None), None)
    # ("Brenner & Söhne", "Kessler Antriebstechnik": the words that close a company's name say it is one)
    if kind is None and entity.name is not None and any(is_company_name_word(word) for word in words):
        return _COMPANY
    return kind


def _with_name_before(
    reader: Reader, head: Token, article: int | None, generic: bool
) -> tuple[int, list[str]] | None:
    """Where a name before an organisation's word of its kind starts, and its words with the word itself, in the
    nominative ("des Deutschen Wetterdienstes" -> "Deutscher Wetterdienst"); None where no name stands before it."""
    before = _name_before(reader, head.i, article, generic=generic)
    if not before:
        return None
    start = head.i - len(before)
    tokens = tokens_in(reader.doc, start, head.i + 1)
    return start, _nominative_adjectives(reader.doc, start, [*before, _base_form(head)], tokens)


def _members(token: Token) -> bool:
    """A plural person noun right after a genitive article ("der Tabaktrafikanten"): who a body is made of."""
    return (
        token.i >= 1
        and is_genitive_article(text_at(token.doc, token.i - 1))
        and morph_values(token, "Number") == ["Plur"]
    )


def read_organisation(reader: Reader, head: Token, owner: str | None = None, *, in_view: bool = True) -> int:
    """An organisation by its noun: named ("die Kantonspolizei St. Gallen", "das Start-up Gämsflug"), by
    a word of its kind ("die Polizei", "das Landratsamt"), or referring back ("das Unternehmen", "laut
    Vereinsangaben"). Returns where its phrase ends."""
    doc, index = reader.doc, reader.resolver.index
    limit = reader.sentence_end(head.i)
    start, end = description_extent(doc, head.i, limit)
    # "die Mannschaft von Trainerin Sabine Kowalczyk": a person after it is no part of its phrase
    # (not its members in the genitive plural: "das Bundesgremium der Tabaktrafikanten")
    end = next(
        (
            t.i - 1
            for t in tokens_in(doc, head.i + 2, end)
            if is_person_noun(token_text(t)) and not _members(t)
        ),
        end,
    )
    noun = owner if owner is not None else token_text(head)
    if owner is None and is_organ_noun(noun):
        speaks_for = _owner_in_genitive(reader, head, end)
        if speaks_for is not None:
            # "die Geschäftsführung der Weserland Mediengruppe": the body speaks for the organisation it belongs
            # to, and is called by its name
            reader.seen(speaks_for, tokens_in(doc, start, end), named=True)
            return end
    # "des Aufsichtsrats der Landesgesundheitsholding": the organisation in the genitive is one of its own
    name_end = organisation_name(doc, head.i, limit, reader.place_words()) if owner is None else head.i + 1
    if organisation_kind(noun) in PLACE_NAMED_KINDS:
        name_end = _before_named_person(reader, head.i + 1, name_end)
    # (not inside a name with an acronym: "die Gewerkschaft der Polizei (GdP)")
    if owner is None and name_end == head.i + 1:
        for token in tokens_in(doc, head.i + 2, end):
            if is_genitive_article(text_at(doc, token.i - 1)) and is_organisation_noun(token_text(token)):
                read_organisation(reader, token, in_view=False)
                end = token.i - 1
                break
    article = article_of(doc, head.i)
    word = None if article is None else lower_at(doc, article)
    generic = is_generic_organisation(noun)
    seen_from = head.i
    # ("laut Vereinsangaben": the owner in the compound is one club, whatever number the compound has)
    refers_back = _refers_back(head) if owner is None else not owner.lower().endswith("n")
    entity: Entity | None = None
    if name_end > head.i + 1:
        # "die Kantonspolizei St. Gallen", "der Verlag Lindwurm & Söhne": a word of its kind and its name
        # ("&" is part of a company's name: "Hinrichsen & Söhne")
        names = [
            token_text(t)
            for t in tokens_in(doc, head.i + 1, name_end)
            if not t.is_punct or token_text(t) == "&"
        ]
        # A name in marks is the organisation's whole name ("die Zeitung „Yemen Observer“"; `organisation_name`
        # reads a name that opens with a mark only so).
        marked = text_at(doc, head.i + 1) in german().opening_marks
        # (so is the name after a noun that describes a company: "Der Uhrengehäusehersteller Aeschlimann Gehäuse
        # AG" is called "Aeschlimann Gehäuse AG"; "die Kantonspolizei St. Gallen" keeps its word of its kind)
        own_name = marked or describes_a_company(noun)
        # ("der Deutschen Gesellschaft zur Rettung Schiffbrüchiger": a name before the word of its kind as well)
        before = None if own_name or owner is not None else _with_name_before(reader, head, article, generic)
        if before is not None:
            seen_from = before[0]
        lead = [_base_form(head)] if before is None else before[1]
        entity = _named_organisation_words(reader, names if own_name else [*lead, *names])
        if own_name:  # ("die Initiative" again after "die Initiative „Rettet den Hochsattel“")
            index.index_words(entity, [_base_form(head)])
            # (the noun still says its kind: "der Bahnbetreiber Westlink" is a company)
            entity.description = entity.description or _base_form(head)
        end = max(end, name_end)
    elif owner is None and (before := _with_name_before(reader, head, article, generic)) is not None:
        # "die Donau Privatbank", "die Raiffeisen Landesbank": a name before the word of its kind
        seen_from, words = before
        entity = _named_organisation_words(reader, words)
    elif generic:
        if word is not None and word in german().indefinite_articles:
            return end  # "bei einem Verein": no organisation the text names
        if refers_back and not _named_by_first_part(token_text(head)):
            kind = organisation_kind(noun)
            # A compound ("der Autohersteller", "die Weltgesundheitsorganisation") says more than the bare word
            # ("das Unternehmen"): it refers back only to an organisation of the same kind; else it is one of
            # its own. (The word without its genitive ending: "des Unternehmens" is the bare word.)
            head_base = _base_form(head)
            bare = (noun if owner is not None else head_base).lower()
            compound = bare not in german().generic_organisations and (
                owner is None or bare.removesuffix("s") not in german().generic_organisations
            )  # ("Vereinsangaben": the club's, a bare word in the genitive)
            # (a compound refers back to one the text described by a longer compound of it: "der
            # Bauernverband" after "der Kreisbauernverband")
            # ("die Kasse" after "die Krankenkasse Novacura": first the one whose name ends in the word)
            # (the bare word in the genitive looks first for one of its own kind, in view or the one the text
            # names: "Angaben des Unternehmens" is the GmbH named before, not the web portal the sentence before
            # spoke of; then for any in view: "hieß es in einer Mitteilung des Unternehmens" after "Die Reederei
            # wies die Vorwürfe zurück")
            genitive = owner is None and head_base != token_text(head)
            entity = (
                _organisation_in_view(reader, head, None, ending=bare.removesuffix("s"))
                or _organisation_in_view(
                    reader, head, kind, same_kind=compound or genitive, described=bare.removesuffix("s")
                )
                or (
                    _organisation_in_view(reader, head, kind, described=bare.removesuffix("s"))
                    if genitive and not compound
                    else None
                )
            )
    if entity is None:
        base = owner.rstrip("s") if owner is not None else _base_form(head)
        found = index.organisations(base)
        entity = max(found, key=lambda e: e.last, default=None)
        if (
            entity is None
            and name_end == head.i + 1
            and (word is None or word in german().definite_articles)
            and base.lower() in german().organisations
        ):
            # "das Krankenhaus" after "das Landeskrankenhaus Bergfeld", "laut Polizei" after "die
            # Kantonspolizei Graubünden": a definite or bare noun refers back to the named one in view whose
            # name ends in it.
            entity = _organisation_in_view(reader, head, None, ending=base.lower(), kind_word=True)
        if (
            entity is None
            and name_end == head.i + 1
            and (word is None or word in german().definite_articles)
            and is_broadcaster_noun(base)
            and _one_unnamed(doc, head, word)
        ):
            # "Der Sender berichtete" after "sagte er dem ORF": the one broadcaster the text named so far
            entity = _only_broadcaster(reader, head)
        if (
            entity is None
            and name_end == head.i + 1
            and word in german().definite_articles
            and (union_kind := german().organisation_kinds.get(base.lower())) in german().named_apart_kinds
            and reader.heading_at(head.idx) is None
        ):
            # "Die IG Metall kündigte Widerstand an. …, hieß es in einer Stellungnahme der Gewerkschaft": a union
            # goes by a name that holds no word of its kind ("GDL", "IG Metall"); the bare word of its kind refers
            # back to the one of its kind, or named so, of no known kind, most in view (not a compound,
            # "die Fluglotsengewerkschaft", one of its own; not a lone common word read as a name, "Militär")
            union = _organisation_in_view(reader, head, union_kind)
            entity = union if union is not None and _named_apart(union) else None
        if entity is None:
            entity = index.new(ORGANISATION)
            home = _home_of_local_body(reader, base, word, refers_back=refers_back)
            led = None if home is not None or not refers_back else _body_of_named_head(reader, base)
            if home is not None:
                # "Kernhausen (dpa) – … Die Stadtverwaltung erklärte …": the town's own body, by its name
                entity.name = f"{base} {home}"
            elif led is not None:
                # "Laut Ministerium" after "Wirtschaftsminister Tobias Mahlke": the ministry he leads
                entity.name = led
            elif generic and refers_back:
                entity.description = base if owner is not None else description_label(doc, start, head.i, end)
            else:
                entity.name = base
            # "Viele kleine Verwaltungen arbeiteten …": many organisations, none for a word to refer back to
            entity.several = not refers_back
            index.index_words(entity, [base])
    acronym = acronym_after(doc, max(end, name_end))
    if acronym is not None:
        # "Der Verband der Industriebetriebe Österreichs (VIÖ)": the acronym in brackets is the same organisation
        name_by_acronym(reader, entity, acronym)
        end = acronym + 2
    if word is not None and owner is None:
        genders = description_gender(word, token_text(head))
        if (
            len(genders) > 1
            and morph_values(head, "Number") == ["Sing"]
            and is_organisation_noun(token_text(head))
        ):
            genders -= {"plur"}  # "die Polizei" is one organisation: "sie" (she), not "sie" (they)
        if len(genders) == 1:
            entity.evidence[next(iter(genders))] += 1
    # (the words of the name before the noun are its mention too: "Deutsche" is no other organisation's word)
    named = name_end > head.i + 1 or seen_from < head.i
    reader.seen(entity, tokens_in(doc, seen_from, end), named=named, in_view=in_view)
    return end


def _named_apart(entity: Entity) -> bool:
    """Whether an organisation has a name of its own that no common word makes: an acronym ("GDL") or two words
    or more ("IG Metall"), not a lone word a tagger took for a name ("Militär")."""
    name = entity.organisation_name or ""
    return len(name.split()) > 1 or is_acronym(name)


def _home_of_local_body(reader: Reader, noun: str, article: str | None, *, refers_back: bool) -> str | None:
    """The place of the date line where `noun` is a town's body named by its noun alone, definite or bare ("die
    Stadtverwaltung", "laut Gemeinderat"; not "eine Gemeinde", nor "viele Gemeinden"), else None."""
    if not refers_back or noun.lower() not in german().local_bodies:
        return None
    if article is not None and article not in german().definite_articles:
        return None
    return reader.home_place()


def _body_of_named_head(reader: Reader, noun: str) -> str | None:
    """The body `noun` names where the text names the one person who leads a body of that noun
    (`head_bodies`): "Wirtschaftsministerium" for "das Ministerium" after "Wirtschaftsministerin Lena Roth", by
    the prefix before her role (`role_of`); None where it names none, or heads of several ("Innenminister",
    "Finanzministerin")."""
    body = noun.lower()
    heads = german().head_bodies
    if body not in heads.values():
        return None
    doc = reader.doc
    bodies: set[str] = set()
    for entity in reader.resolver.index.entities:
        if entity.absorbed_by is not None or entity.kind != PERSON:
            continue
        for i in entity.tokens:
            word = token_text(doc[i])
            role = role_of(word)
            if role is None or heads.get(role) != body:
                continue
            portfolio = _portfolio(word[: word.lower().rfind(role)])
            if portfolio:
                bodies.add(portfolio + body)
    return next(iter(bodies)) if len(bodies) == 1 else None


def _portfolio(prefix: str) -> str:
    """ "Wirtschafts" of "Landeswirtschaftsminister": the prefix without the level of government it opens with,
    capitalised; empty for a former head ("Ex-Innenminister") or a level alone ("Landesminister")."""
    lower = prefix.lower()
    if lower.startswith(_FORMER):
        return ""
    level = next((level for level in german().office_levels if lower.startswith(level)), "")
    rest = prefix[len(level) :].lstrip("-")
    return rest[:1].upper() + rest[1:]


# Prefixes of a head no longer in office ("Ex-Innenminister", "Altbundesminister"): no body they lead.
_FORMER = ("ex", "alt", "früher", "ehemalig")


def _before_named_person(reader: Reader, start: int, end: int) -> int:
    """Where the words [start, end) after an organisation's noun stop at the surname of a person the text named in
    full before: "warf die Staatsanwaltschaft Ertel vor" after "Walter Ertel" names the office, then its object."""
    index = reader.resolver.index
    return next((k for k in range(start, end) if index.names_person_in_full(text_at(reader.doc, k))), end)


def name_by_acronym(reader: Reader, entity: Entity, acronym: int) -> None:
    """The acronym in brackets at token `acronym` names `entity` there and wherever the text uses it again."""
    reader.resolver.index.index_words(entity, [text_at(reader.doc, acronym)])
    reader.link(acronym, entity)


def _refers_back(head: Token) -> bool:
    """ "das Unternehmen", "der Verband": a word of a kind refers back to the organisation the text named;
    a plural one ("deutsche Behörden", "nach Angaben der Behörden") speaks of organisations of that kind.
    (Plural by its tag and an ending in "n", which "der Versorger" a tagger calls plural does not have.)"""
    if not ("Plur" in morph_values(head, "Number") and token_lower(head).endswith("n")):
        return True
    article = article_of(head.doc, head.i)
    return article is not None and lower_at(head.doc, article) in german().singular_articles


def _name_before(reader: Reader, head: int, article: int | None, *, generic: bool = False) -> list[str]:
    """The proper names between an article and the organisation noun at `head` ("die Donau Privatbank"),
    unless they were read already as a name of their own. Before a generic noun only adjectives that a capital
    inside the sentence makes part of a name ("der Deutschen Bahn", "das Technische Hilfswerk"; not "das Berliner
    Unternehmen", whose place adjective describes it)."""
    if article is None:
        return [] if generic else _bare_name_before(reader, head)
    if article >= head - 1:
        return []
    words = tokens_in(reader.doc, article + 1, head)
    if any(t.i in reader.resolver.by_token for t in words):
        return []
    named = all(
        _is_name_adjective(t)
        or (
            not generic
            and token_text(t)[:1].isupper()
            and (token_pos(t) == "PROPN" or t.ent_type_ in ORG_LABELS | PLACE_AND_MISC_LABELS)
        )
        for t in words
    )
    return [token_text(t) for t in words] if named else []


def _bare_name_before(reader: Reader, head: int) -> list[str]:
    """ "laut Süddeutscher Zeitung", "nach Kleiner Zeitung": capitalised adjectives (or words of the organisation
    the recogniser found) right after a preposition that open an organisation's name with no article."""
    doc = reader.doc
    start = head
    organisation = doc[head].ent_type_ in ORG_LABELS
    while (
        start > 1
        and (
            doc[start - 1].tag_ == ATTRIBUTIVE_ADJECTIVE_TAG
            or (organisation and doc[start - 1].ent_type_ in ORG_LABELS)
        )
        and text_at(doc, start - 1)[:1].isupper()
        and not doc[start - 1].is_sent_start
        and start - 1 not in reader.resolver.by_token
    ):
        start -= 1
    if start == head or token_pos(doc[start - 1]) != "ADP":
        return []
    # (as written: a strong ending's nominative needs the adjective's stem, which the tagger, calling the word
    # a name, does not give)
    return [text_at(doc, i) for i in range(start, head)]


def _is_name_adjective(token: Token) -> bool:
    """An inflected adjective written with a capital inside its sentence: part of a name ("Deutschen",
    "Technische"); not a place adjective in "-er" ("Berliner"), which is capitalised anyway."""
    text = token_text(token)
    return (
        token.tag_ == ATTRIBUTIVE_ADJECTIVE_TAG
        and text[:1].isupper()
        and not token.is_sent_start
        and text.endswith(german().weak_adjective_endings)
    )


def _organisation_in_view(
    reader: Reader,
    head: Token,
    kind: str | None,
    *,
    ending: str | None = None,
    same_kind: bool = False,
    described: str | None = None,
    kind_word: bool = False,
) -> Entity | None:
    """The named organisation a word referring back means ("das Unternehmen", "der Verein"): the one of
    its kind most in view (a wrong organisation is worse than none). With `ending` (a noun that is no
    generic word: "das Krankenhaus", "das Gericht") only one whose name ends in that noun (with `kind_word`, or
    whose word of its kind does); with `described` (the bare word), also one the text described by a compound of
    it and never named."""

    def fits(entity: Entity, *, related: bool = False) -> bool:
        name = entity.organisation_name
        if name is None:
            # "Der Waadtländer Weinbranchenverband …, teilte der Verband mit": one the text described by a
            # compound of the bare word
            return (
                described is not None
                and entity.kind == ORGANISATION
                and not entity.several
                and (entity.description or "").lower().endswith(described)
            )
        own = organisation_kind_of(entity)
        if ending is not None:
            # (with `kind_word`, also the word of its kind a name in marks came with: "die Initiative" after "die
            # Bürgerinitiative „Hallstadter Straße für alle“")
            return name_ends_in(entity, ending) or (
                kind_word and (entity.description or "").lower().endswith(ending)
            )
        if same_kind:
            return kind is not None and own == kind
        if related and kind in MEMBERS_BODY_KINDS and own in MEMBERS_BODY_KINDS:
            return True
        return kind is None or own is None or own == kind

    sentence = reader.in_view_at(head.i)
    found = reader.focus.best(sentence, fits, _ORGANISATION_FLOOR)
    if (
        found is not None
        and kind in MEMBERS_BODY_KINDS
        and not same_kind
        and ending is None
        and found.organisation_name is not None
        and organisation_kind_of(found) is None
    ):
        # ("Der Touring Club Schweiz (TCS) unterstützt …, teilte der Verband mit" after "der Bund" in a reported
        # clause: a club, an association or an organisation more in view goes before a body of no known kind)
        related = reader.focus.best(
            sentence,
            lambda e: fits(e, related=True) and organisation_kind_of(e) is not None,
            _ORGANISATION_FLOOR,
        )
        if related is not None:
            value = reader.focus.value
            found = related if value(related, sentence) > value(found, sentence) else found
    if found is None and not same_kind and ending is None:
        # "Der Naturschutzverein Surselva mahnt … schreibt die Organisation": a club, an association and an
        # organisation are one kind of body to a word referring back, when no body of its own kind is in view
        found = reader.focus.best(sentence, lambda e: fits(e, related=True), _ORGANISATION_FLOOR)
    if found is None and ending is None and not same_kind:
        # "Laut Verein läuft sein Vertrag bis 2027" long after "Der HC Elbmarsch hat … gewonnen": the one
        # organisation of its kind the opening sentences are about.
        # (of several, the first: "Der FC Wesertal hat das Derby gegen den SC Rot-Weiß Hameln gewonnen" is about the
        # first club; but not one of two subjects, "Der HC Elbmarsch und der TSV Ostholstein haben …")
        topics = [entity for entity in reader.topics if fits(entity)]
        first = topics[0] if topics else None
        found = first if len(topics) == 1 or (first and first.id not in reader.conjoined_topics) else None
    if found is None and ending is not None:
        # "Wie die Polizei mitteilte" a paragraph after "Gemäss Stadtpolizei Wilerau": the one organisation named
        # so far whose name ends in the noun
        ends = {e.id: e for e in reader.resolver.index.entities if e.absorbed_by is None and fits(e)}
        found = next(iter(ends.values())) if len(ends) == 1 else None
    if found is None and ending is None and kind is not None:
        # "der Klub" in an interview with the coach the "FC Aarewald" sacked, named only as an object: the one
        # organisation of its kind the text names
        same = {
            e.id: e
            for e in reader.resolver.index.entities
            if e.absorbed_by is None and fits(e) and organisation_kind_of(e) == kind
        }
        found = next(iter(same.values())) if len(same) == 1 else None
    return found


def _broadcaster_word(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at token `i` makes a broadcaster's name (`broadcaster_name_word`; a common word
    such as "Radio" only with a capitalised word beside it that opens no sentence)."""
    text = text_at(doc, i)
    if not text[:1].isupper():
        return False
    kind = broadcaster_name_word(text)
    if kind == BROADCASTER_BESIDE_NAME:
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(doc) and text_at(doc, j)[:1].isupper()]
        return any(not doc[j].is_punct and not doc[j].is_sent_start for j in beside)
    return kind == BROADCASTER_ALONE


def _one_unnamed(doc: Doc, head: Token, article: str | None) -> bool:
    """Whether a broadcaster noun names one broadcaster by its noun alone: singular ("die lokalen Fernsehsender" are
    many) and with no name after it ("Dem Sender al-Dschasira" names its own)."""
    if morph_values(head, "Number") == ["Plur"] or (
        article == "die" and noun_gender(token_text(head)) == "masc"
    ):
        return False
    following = text_at(doc, head.i + 1) if head.i + 1 < len(doc) else ""
    return not (following[:1].isupper() or is_particle_name(following))


def _only_broadcaster(reader: Reader, head: Token) -> Entity | None:
    """The one broadcaster the text names before `head` (a word of `_broadcaster_word`): the organisation the text
    read with that word, else a new one by it; None where it names none or several ("ARD und ZDF": "der Sender"
    may be either)."""
    doc = reader.doc
    words = {
        token_text(doc[i]).removesuffix("s")
        for i in range(head.i)
        if _broadcaster_word(doc, i) and not reader.quoted.contains(doc[i].idx)
    }
    if len(words) != 1:
        return None
    (word,) = words
    found = reader.resolver.index.organisations(word)
    return max(found, key=lambda e: e.last) if found else _named_organisation_words(reader, [word])


def _named_by_first_part(noun: str) -> bool:
    """ "die Birthler-Behörde", "das Robert-Koch-Institut": a compound whose first part, before a hyphen, is a
    capitalised name (no acronym: "die UN-Behörde" may mean the UN body in view) names an organisation of its own,
    not one of its kind the text named before."""
    first = noun.split("-", 1)[0]
    return "-" in noun and first[:1].isupper() and not first.isupper() and not is_organisation_noun(first)


def name_ends_in(entity: Entity, noun: str) -> bool:
    """Whether a named organisation has a word of its name that ends in `noun` ("Kantonspolizei St. Gallen"
    for "polizei", "Staatsanwaltschaft Augsburg" for "staatsanwaltschaft")."""
    name = entity.organisation_name
    return name is not None and any(word.lower().endswith(noun) for word in name.split())


def last_named_ending_in(entities: Sequence[Entity], nouns: Iterable[str]) -> Entity | None:
    """The organisation named last among `entities` that has a word of its name ending in one of `nouns`
    ("Laut Anklage" → "die Staatsanwaltschaft Augsburg"; "die Prüfer" → "der Landesrechnungshof")."""
    kinds = tuple(nouns)
    return next((e for e in reversed(entities) if any(name_ends_in(e, kind) for kind in kinds)), None)


def _owner_in_genitive(reader: Reader, head: Token, end: int) -> Entity | None:
    """The organisation named in the genitive right after an organ noun ("der Geschäftsführung der Weserland
    Mediengruppe", "des Vorstands der Stadtwerke Kallstadt"): capitalised words after the genitive article up to
    `end`; None where no name follows."""
    doc = reader.doc
    article = head.i + 1
    if article >= end or not is_genitive_article(text_at(doc, article)):
        return None
    name_end = article + 1
    while name_end < end and text_at(doc, name_end)[:1].isupper() and not doc[name_end].is_punct:
        name_end += 1
    if name_end - article < 2:
        return None
    if all(is_organisation_noun(text_at(doc, i)) for i in range(article + 1, name_end)):
        # (a noun of its kind alone is no name: "der Pressestelle der Stadt" is the town in view, "der
        # Geschäftsführung der Bergbahnen" the named one whose name ends in it, "Schwarzkogel-Bergbahnen GmbH")
        if name_end - article != 2:
            return None
        return _organisation_in_view(
            reader, doc[article + 1], None, ending=_base_form(doc[article + 1]).lower()
        )
    return named_organisation(reader, article + 1, name_end)


def named_organisation(reader: Reader, start: int, end: int) -> Entity:
    """The organisation a run of name tokens [start, end) names: the one known by these words, else new."""
    tokens = tokens_in(reader.doc, start, end)
    words = [_base_form(t) if is_organisation_noun(token_text(t)) else token_text(t) for t in tokens]
    return _named_organisation_words(reader, _nominative_adjectives(reader.doc, start, words, tokens))


def _nominative_adjectives(doc: Doc, start: int, words: list[str], tokens: Sequence[Token]) -> list[str]:
    """The words of a name in the nominative, as the name is written, so that one organisation has one name in
    every case: "der Deutschen Bahn" -> "Deutsche Bahn", "des Technischen Hilfswerks" -> "Technisches Hilfswerk",
    "der Neuen Zürcher Zeitung" -> "Neue Zürcher Zeitung", "der Deutsche Wetterdienst" -> "Deutscher
    Wetterdienst". Only after a definite or oblique article, for adjectives in "-en" (or "-e" after "der", "das")
    before a capitalised word, where the article and the noun tell the gender; not in a plural name ("den
    Vereinten Nationen", "der Grünen"), whose nominative ends in "-en" too."""
    if start == 0:
        return words
    de = german()
    article = lower_at(doc, start - 1)
    if len(words) == 1:
        # "Angaben des «Sportjournals»", "des Blicks": a one-word name in the genitive, in marks or not
        if article in de.opening_marks and start >= 2:
            article = lower_at(doc, start - 2)
        named = words[0]
        if is_masculine_genitive(article) and named.endswith("s") and not named.endswith("ss"):
            return [genitive_base(named)]
        return words
    weak = "en" if words[0].endswith("en") else "e"
    nominative = de.nominative_article_genders.get(article) if weak == "e" else None
    found = frozenset({nominative}) if nominative else de.oblique_article_genders.get(article)
    if found is None or morph_values(tokens[-1], "Number") == ["Plur"]:
        return words
    genders = tuple(sorted(found))
    noun = words[-1]
    if is_masculine_genitive(article) and noun.endswith("s"):
        noun = genitive_base(noun)  # "des Technischen Hilfswerks"
    if len(genders) > 1:
        told = noun_gender(noun) or masculine_or_neuter_by_tag(tokens[-1])
        if told not in genders:
            return words
        genders = (told,)
    # the adjectives in "-en" (or "-e") that open the name, each before a capitalised word (not a noun in "-en":
    # "der Kliniken Oberried"; an adjective's ending all the same where the tagger took it for a noun: "der
    # Österreichische Skiverband")
    adjective_endings = (
        de.adjective_endings_en if weak == "en" else tuple(e[:-1] for e in de.adjective_endings_en)
    )
    count = 0
    while count < len(words) - 1 and (
        words[count][:1].isupper()
        and words[count].endswith(weak)
        and words[count + 1][:1].isupper()
        and (
            token_pos(tokens[count]) != "NOUN"
            or tokens[count].tag_ == ATTRIBUTIVE_ADJECTIVE_TAG  # ("des Deutschen Instituts" as NOUN and ADJA)
            or words[count].endswith(adjective_endings)
        )
    ):
        count += 1
    if count == 0:
        # ("des Schweizer Bundesamts": no adjective to change, the noun in the nominative all the same)
        return [*words[:-1], noun]
    ending = de.strong_adjective_endings[genders[0]]
    return [*(word[: -len(weak)] + ending for word in words[:count]), *words[count:-1], noun]


def organisation_of_acronym(reader: Reader, acronym: str) -> Entity:
    """The organisation an acronym names where it opens a compound ("ein ÖBB-Sprecher"): the one the text knows by
    it, else new."""
    known = reader.resolver.index.organisations(acronym)
    return known[-1] if known else _named_organisation_words(reader, [acronym])


def _named_organisation_words(reader: Reader, words: list[str]) -> Entity:
    """The organisation named by `words`: the last one known by them, else new; indexed by each word."""
    index = reader.resolver.index
    key = " ".join(words).lower()
    found = index.organisations(key)
    if not found and len(words) > 1 and is_organisation_noun(words[0]):
        # "bei der Krankenkasse Novacura" after the headline's "Novacura": the word of its kind before a name
        # the text gave alone names the same organisation
        rest = " ".join(words[1:])
        found = [e for e in index.organisations(rest) if (e.organisation_name or "").lower() == rest.lower()]
    bare = _without_legal_form(words)
    if not found and bare:
        # "die Stadtwerke Lindhagen GmbH" after the headline's "Stadtwerke Lindhagen": the same company
        rest = " ".join(bare)
        found = [e for e in index.organisations(rest) if (e.organisation_name or "").lower() == rest.lower()]
    entity = found[-1] if found else index.new(ORGANISATION)
    entity.add_name(words)
    # (not by the people a name holds: "Gewerkschaft der Lokführer und Zugbegleiter" is no "Lokführer")
    keys = [key, " ".join(bare).lower()] if bare else [key]
    index.index_words(entity, [*keys, *(w for w in words if w[:1].isupper() and not is_person_noun(w))])
    return entity


def _without_legal_form(words: list[str]) -> list[str]:
    """The words of a company's name before its legal form ("Stadtwerke Lindhagen" of "Stadtwerke Lindhagen
    GmbH", "Kessler" of "Kessler & Co. KG"); [] where it ends in none or is nothing else."""
    forms = german().legal_forms
    end = len(words)
    while end > 0 and words[end - 1].lower() in forms:
        end -= 1
    return words[:end] if 0 < end < len(words) else []


def is_acronym_body(reader: Reader, start: int, end: int) -> bool:
    """Whether the words [start, end) are an acronym alone that a speaker's mention gives, a body the recogniser
    does not know ("Der ADAC kritisierte, …", "teilten die ÖBB mit"). Elsewhere an acronym may name a thing or
    an event ("die WM", "die KI") that a later pronoun must not take for a speaker."""
    if end - start != 1:
        return False
    texts = token_texts(reader.doc)
    # (a party's acronym names a body wherever it stands: "Die SVP reagierte empört. …, schrieb die Partei")
    if start not in reader.speaker_tokens and texts[start].lower() not in german().parties:
        return False
    if not is_acronym(texts[start]) or (end < len(texts) and texts[end][:1].isupper()):
        return False  # (not "der HC Elbmarsch": the acronym opens a longer name)
    return start == 0 or texts[start - 1] != "("  # "die Weltgesundheitsorganisation (WHO)": the name before


def read_organisation_name(reader: Reader, start: int, end: int) -> None:
    """The words [start, end) name an organisation (`named_organisation`): a named mention of it ("der FC
    Lindenau", "laut „Computerwoche“", an acronym alone that `is_acronym_body` found)."""
    reader.seen(named_organisation(reader, start, end), tokens_in(reader.doc, start, end), named=True)


def read_known_organisation(reader: Reader, start: int, end: int, name: str) -> None:
    """The words [start, end) name an organisation known by `name` (`known_organisation_at`): "der Vereinten
    Nationen" is the "Vereinte Nationen" a later "die UN" or "die Organisation" may mean."""
    doc = reader.doc
    entity = _named_organisation_words(reader, name.split())
    acronym = acronym_after(doc, end)
    # "Human Rights Watch (HRW)": an acronym in brackets of the name's initials is the same organisation (not
    # the "(WFP)" after "Welternährungsprogramm der Vereinten Nationen")
    if acronym is not None and text_at(doc, acronym) == "".join(
        w[0] for w in name.split() if w[:1].isupper()
    ):
        name_by_acronym(reader, entity, acronym)
    if is_organisation_noun(text_at(doc, start)):
        # "die Hilfsorganisation Ärzte ohne Grenzen", then "Die Hilfsorganisation geht davon aus" (or "Die
        # Organisation …": the word of its kind is its description, as for a name in marks)
        kind = _base_form(doc[start])
        reader.resolver.index.index_words(entity, [kind])
        entity.description = entity.description or kind
    reader.seen(entity, tokens_in(doc, start, end), named=True)


def place_owning_speech_noun(doc: Doc, i: int) -> str | None:
    """ "Nach Angaben Moskaus", "nach Auffassung Österreichs", "nach Angaben aus Khartum": a capitalised word in the
    genitive right after a speech noun, with no article, or right after "aus" after one, is a name; one that is not
    a person's the text names (those are read as name runs before) is a place that speaks by its government.
    Returns the name without its genitive "s"."""
    if i < 1:
        return None
    origin = lower_at(doc, i - 1) == german().source_origin
    noun = i - 2 if origin else i - 1
    if noun < 0 or not is_speech_noun(text_at(doc, noun)):
        return None
    text = text_at(doc, i)
    token = doc[i]
    if (
        len(text) < _MIN_PLACE_GENITIVE
        or not (origin or text.endswith("s"))
        or not text[:1].isupper()
        or text.isupper()  # an acronym: "Angaben des ADAC" has its article, "Angaben ADACs" is none
        or token.ent_type_ in PERSON_LABELS
        or is_person_noun(text)
        or is_organisation_noun(text)
        or is_speech_noun(text)
    ):
        return None
    return text if origin else text[:-1]


# The shortest place name in the genitive: "Kiews", "Roms".
_MIN_PLACE_GENITIVE = 4


def read_owner_by_name(reader: Reader, token: Token, name: str) -> None:
    """A speech noun whose first part names an organisation ("UN-Angaben", "Unicef-Angaben"), by `name`: that
    organisation, the one the text named so before ("die Weltgesundheitsorganisation (WHO)") or a new one."""
    reader.seen(_named_organisation_words(reader, name.split()), [token], named=True)
