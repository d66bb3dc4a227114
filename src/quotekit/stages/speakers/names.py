"""Runs of name tokens (`referents.name_runs`): a person's name joins the person with that surname (and first
name, where both are given), a first name alone the person who has it ("Malou" after "Malou Steiner"), else
it is someone new; the roles, titles and age given beside it are theirs ("Rheintal-Trainer Florian Mähr",
"Fridolin Kubli, Präsident des Fischereiverbands", "Heinz K. (63)"). A run the recogniser takes for an
organisation, and nothing marks as a person, names the organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from quotekit.lang.de.names import (
    PERSON_GENDERS,
    article_genders,
    bare_title_gender,
    describes_a_company,
    description_gender,
    first_name_gender,
    is_company_name_word,
    is_generic_organisation,
    is_name_genitive,
    is_organisation_noun,
    is_person_noun,
    is_romanised_given_name,
    is_speech_noun,
    organisation_kind,
    surname_key,
    told_gender,
)
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import ORGANISATION, PERSON, is_initials
from quotekit.stages.speakers.extents import acronym_after
from quotekit.stages.speakers.links import named_by_link
from quotekit.stages.speakers.organisations import (
    is_acronym_body,
    name_by_acronym,
    named_organisation,
    place_owning_speech_noun,
    read_organisation,
    read_organisation_name,
    read_owner_by_name,
)
from quotekit.stages.speakers.pronouns import read_cataphora
from quotekit.stages.speakers.reader import add_evidence
from quotekit.stages.speakers.referents import (
    age_after,
    age_before,
    age_role,
    article_of,
    is_honorific,
    is_organisation_run,
    name_words,
    role_words,
    surname_key_of,
)
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    text_of,
    token_lower,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import (
    COMMON_NOUN_TAG,
    NOUN_POS,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    PROPER_NOUN_TAG,
)
from quotekit.syntax.nominals import first_name_genders, is_named_surname
from quotekit.syntax.prefixes import name_prefix
from quotekit.syntax.spans import doc_slice, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.stages.speakers.entities import Entity, Role
    from quotekit.stages.speakers.reader import Reader

__all__ = ["company_name_start_before", "read_answer_initials", "read_run"]

# What joins two names of one company ("Kessler & Voigt").
_JOINING = frozenset({"&", "+"})
# How many words after a run may still be its company's name ("Pramtal AG" after "Holzwerke").
_MAX_COMPANY_WORDS_AFTER = 4


def _named_with_acronym(reader: Reader, start: int, end: int) -> bool:
    """ "die Internationale Radsport-Integritätsstelle (IRIS)": a run that is no person's, with an acronym in
    brackets after it (not a party's: "Müller (SPD)"), names an organisation, with the capitalised adjectives
    before it; the acronym names it too. Whether it was read so."""
    doc = reader.doc
    acronym = acronym_after(doc, end)
    if acronym is None or lower_at(doc, acronym) in german().parties or _is_person_run(reader, start, end):
        return False
    first = start
    while first > 0 and pos_at(doc, first - 1) == "ADJ" and text_at(doc, first - 1)[:1].isupper():
        first -= 1
    entity = named_organisation(reader, first, end)
    name_by_acronym(reader, entity, acronym)
    reader.seen(entity, tokens_in(doc, first, end), named=True)
    return True


def read_run(reader: Reader, start: int, end: int, shared: Token | None = None) -> None:
    """The name run [start, end): an organisation the recogniser names, one the text named before, or a
    person with the roles, titles and age beside the name. `shared` as for `_person_of`."""
    doc, resolver = reader.doc, reader.resolver
    if shared is None and read_answer_initials(reader, start, end):
        return
    if (
        end == start + 1
        and start in reader.speaker_tokens
        and (place := place_owning_speech_noun(doc, start)) is not None
        and not {surname_key_of(doc[start]), surname_key(place)} & resolver.index.by_surname.keys()
    ):
        read_owner_by_name(reader, doc[start], place)  # "nach Angaben Moskaus": no one the text named
        return
    if shared is None and (_owns_named_role(reader, start, end) or _owner_and_owned(reader, start, end)):
        return
    holds_kind_word = end - start >= 2 and _after_kind_word(doc, start + 1)
    if _after_kind_word(doc, start) or holds_kind_word:
        # "der FC Lindenau", the abbreviation opens the organisation's name, even where the
        # text used the place as a person's name before ("bringt Lindenau den Sieg"); also where the run
        # holds it already (the recogniser's "FC Rotweiß Halbach")
        opens = start if holds_kind_word else start - 1
        read_organisation_name(reader, opens, end)
        return
    if end - start >= 2 and lower_at(doc, start) in german().named_bodies:
        # "Der Kanton Zürich teilte mit": the state by its name, which the recogniser calls a place
        reader.seen(named_organisation(reader, start, end), tokens_in(doc, start, end), named=True)
        return
    company_end = _company_name_end(reader, start, end)
    if company_end is not None:
        start = _company_name_start(reader, start, end)
        # "der Maschinenbauer Kessler & Voigt", "Hallberg Antriebstechnik": a company, whatever the
        # recogniser says; the noun before it describes the company, not a person
        # (a describing noun the tagger put inside the run stays out of the name: "des Uhrenzulieferers")
        name_start = start + 1 if _opened_by_company_noun(doc, start, end) else start
        entity = named_organisation(reader, name_start, company_end)
        before, _ = reader.titles(start, end)
        before = [*before, *tokens_in(doc, start, name_start)]
        for token in before:
            reader.link(token.i, entity)
        reader.seen(entity, tokens_in(doc, name_start, company_end), named=True, titles=before)
        return
    if _named_with_acronym(reader, start, end):
        return
    if is_organisation_run(doc, start, end) and not _is_person_run(reader, start, end):
        # (also the word of its kind right after the run: "vom Deutschen Mieterbund", an adjective the
        # tagger took for a name)
        noun = next(
            (
                t
                for t in tokens_in(doc, start, min(end + 1, len(doc)))
                if is_organisation_noun(token_text(t)) or is_generic_organisation(token_text(t))
            ),
            None,
        )
        if noun is not None:
            # "das Zürcher Start-up Gämsflug": a word of its kind and its name
            read_organisation(reader, noun)
            return
        entity = named_organisation(reader, start, end)
        reader.seen(entity, tokens_in(doc, start, end))
        return
    if shared is None and not _is_person_run(reader, start, end):
        known = resolver.index.organisations(doc_slice(doc, start, end).text)
        organisations = [e for e in known if e.name is not None]
        if organisations:  # "Für Lindenau war es ein besonderer Tag" after "der FC Lindenau"
            reader.seen(organisations[-1], tokens_in(doc, start, end), named=True)
        elif is_acronym_body(reader, start, end):  # "Der ADAC kritisierte, …"
            read_organisation_name(reader, start, end)
        return
    named = named_by_link(reader, start)
    if named is not None and shared is None and (first := first_name_gender(text_at(doc, start))) is not None:
        # "Ihr Name ist Erika Sommer", "Die Frau heißt Maria Novak": the name is the described person's
        told = told_gender(first)
        entity = (
            named
            if named.allows({told} if told else PERSON_GENDERS)
            else _person_of(reader, start, end, shared)
        )
        if entity is named:
            entity.add_name(name_words(tokens_in(doc, start, end)))
            resolver.index.index_first_name(entity, text_at(doc, start))
            resolver.index.index_surname(entity, surname_key_of(doc[end - 1]))
            entity.first_name_gender = told or entity.first_name_gender
    else:
        entity = _person_of(reader, start, end, shared)
    _add_family_name(doc, entity, start, end)
    for index in range(start, end):
        reader.link(index, entity)
        resolver.runs[index] = (start, end)
    # "der 85-jährige Joseph Ratzinger", "Heinz K. (63)"; the party in brackets: "Katrin Bredemeyer (SPD)"
    for age in (age_before(doc, start), age_after(doc, end)):
        if age is not None:
            resolver.index.index_role(entity, age)
    if end + 2 < len(doc) and text_at(doc, end) == "(" and text_at(doc, end + 2) == ")":
        party = german().parties.get(lower_at(doc, end + 1))
        if party is not None:
            resolver.index.index_party(entity, party)
    for title in reader.titles(start, end):
        role = role_words(title)
        if role is None:
            # "Prof. Dr. Matthias Oberkamp … spricht von …" with the parse's subject on a title: the academic
            # titles before a name are the person's mention too
            for token in title:
                if is_honorific(token):
                    reader.link(token.i, entity)
            continue
        resolver.index.index_role(entity, role)
        if (given := age_role(title)) is not None:
            resolver.index.index_role(entity, given)
        head = next(t for t in title if is_person_noun(token_text(t)))
        article = article_of(doc, head.i)
        genders = description_gender(None if article is None else text_at(doc, article), token_text(head))
        if article is None and head.i < start:
            # ("Gemeindepräsident Andrea Sgier": the masculine form of a role that has a feminine one is a man's)
            genders = bare_title_gender(token_text(head)) or genders
        if article is not None and lower_at(doc, article) in german().definite_articles:
            _name_described(reader, entity, role, genders)
        add_evidence(entity, genders)
        if _title_overrules_first_name(entity, genders, head):
            # "Der kantonale Datenschutzbeauftragte Andrea Meili": the article says what the first name may not
            entity.first_name_gender = next(iter(genders))
        for token in title:
            reader.link(token.i, entity)
    titles = [token for title in reader.titles(start, end) for token in title]
    reader.seen(entity, tokens_in(doc, start, end), named=True, titles=titles)
    read_cataphora(reader, entity, start)


def _add_family_name(doc: Doc, entity: Entity, start: int, end: int) -> None:
    """ "Gasteigers Frau Theresia": a first name alone after a kin noun and a surname in the genitive is that
    family's member, named by both ("Theresia Gasteiger"); the surname is not indexed as theirs, so that the bare
    "Gasteiger" stays with whom the text calls so."""
    if end - start != 1 or start < 2 or entity.name != text_at(doc, start):
        return
    if (
        first_name_gender(text_at(doc, start)) is None
        or lower_at(doc, start - 1) not in german().kin_sharing_surname
    ):
        return
    owner = text_at(doc, start - 2)
    if is_name_genitive(owner) and not owner.endswith(("ss", "'", "’")):
        entity.add_name([text_at(doc, start), owner[:-1]])


def _owns_named_role(reader: Reader, start: int, end: int) -> bool:
    """Whether the one-word run [start, end) is a name in the genitive before a role and the name of the person
    in it ("Wallbrücks Coach Marco Iannelli", "Kölns Präsident Wolfgang Overath"): whose the person is, a club,
    a place or someone the text names, never the subject the parse may make it. A person the text named before
    ("Merkels Sprecher Steffen Seibert" after "Angela Merkel") is linked, out of view."""
    doc = reader.doc
    if end - start != 1 or end + 1 >= len(doc) or end + 1 not in reader.name_starts:
        return False
    word = text_at(doc, start)
    if not is_name_genitive(word) or not is_person_noun(text_at(doc, end)):
        return False
    owner = _named_in_genitive(reader, word)
    if len(owner) == 1:
        reader.link(start, owner[0])
    return True


def _owner_and_owned(reader: Reader, start: int, end: int) -> bool:
    """Whether the two-word run [start, end) is a person the text named, in the genitive, and a thing of theirs
    the recogniser took into the name ("Kastners Debütroman" after "Miriam Kastner"): the owner is linked and
    in view as any other mention ("Die 31-Jährige saß …" right after is Kastner), and no person is made of the
    two."""
    doc = reader.doc
    if end - start != 2:
        return False
    word, owned = text_at(doc, start), text_at(doc, start + 1)
    index = reader.resolver.index
    if (
        not is_name_genitive(word)  # (not "Matthias Strasser")
        or surname_key(owned) in index.by_surname
        or first_name_gender(owned) is not None
    ):
        return False
    owner = [e for e in _named_in_genitive(reader, word) if e.kind == PERSON]
    if len(owner) != 1:
        return False
    reader.link(start, owner[0])
    reader.focus.mention(owner[0], reader.in_view_at(start))
    return True


def _named_in_genitive(reader: Reader, word: str) -> list[Entity]:
    """The entities the text gives the surname of which `word` is the genitive ("Kastners" -> "Kastner")."""
    return reader.resolver.index.by_surname.get(surname_key(word[:-1]), [])


def _title_overrules_first_name(entity: Entity, genders: frozenset[str], head: Token) -> bool:
    """Whether a title's one gender contradicts the gender of the person's first name: a first name is
    only likely one gender ("Andrea", "Nicola", "Kim"), the text's own article and noun are certain. (Not a
    noun in "-n", which "der" may make a woman's genitive: "die Aussage der Beauftragten Andrea Meili".)"""
    own = entity.first_name_gender
    if own is None or len(genders) != 1 or genders <= {own} or not genders <= PERSON_GENDERS:
        return False
    return "fem" in genders or not token_lower(head).endswith("n")


def _company_name_end(reader: Reader, start: int, end: int) -> int | None:
    """Where a company's name that the run [start, end) opens ends, or None for a run that names no
    company: no first name opens it, and it holds or is followed by a word of a company's name ("Holzwerke
    Pramtal AG", "Kessler & Voigt") or a noun that describes companies stands before it ("der
    Antriebsspezialist Hallberg"). The name goes on over "&" and the next name, and a legal form."""
    doc = reader.doc
    texts = token_texts(doc)  # (the words' texts: no `Token` for the words after the run)
    after_company_noun = (
        start > 0 and describes_a_company(texts[start - 1]) and not is_person_noun(texts[start - 1])
    )
    if (
        first_name_genders(doc)[start] is not None
        and not (
            # ("Der Heizungshersteller Hartwig Thermotechnik": a company's word in the run after a noun that
            # describes companies, whatever first name opens it; so is one word alone there, "Der Autozulieferer
            # Brandt", which no person's full name is)
            (
                after_company_noun
                and (end - start == 1 or any(is_company_name_word(t) for t in texts[start + 1 : end]))
            )
            # ("die Danube Urban Development GmbH": a legal form makes it a company's name, whatever opens it)
            or any(
                text.lower() in german().legal_forms for text in texts[start + 1 : min(end + 1, len(texts))]
            )
        )
    ):
        return None
    stop = min(reader.sentence_end(start), end + _MAX_COMPANY_WORDS_AFTER)
    name_end = end
    closed = False  # by a company word: "Holzwerke Pramtal AG"
    while name_end < stop:
        text = texts[name_end]
        if text in _JOINING and name_end + 1 < stop and texts[name_end + 1][:1].isupper():
            name_end, closed = name_end + 2, True  # "Kessler & Voigt"
        elif text[:1].isupper() and is_company_name_word(text):
            name_end, closed = name_end + 1, True
        elif text[:1].isupper() and doc[name_end].ent_type_ in ORG_LABELS:
            name_end += 1  # (a word of the name the recogniser marks, if a company word closes it)
        else:
            break
    if not closed:
        name_end = end
    inside = any(is_company_name_word(text) for text in texts[start:end])
    before, _ = reader.titles(start, end)
    # (one company, named by its own name: not "der Verband der Ferienwohnungsvermieter Berner Oberland",
    # where the noun is an attribute of the noun before it)
    if (
        not before
        and start > 0
        and pos_at(doc, start - 1) in NOUN_POS
        and describes_a_company(text_at(doc, start - 1))
    ):
        before = [doc[start - 1]]  # "Der Discounter Preisfuchs": a noun that describes companies is no title
    attribute = bool(before) and before[0].i > 0 and doc[before[0].i - 1].pos_ in NOUN_POS
    described = (
        not attribute
        and any(describes_a_company(token_text(t)) for t in before if token_text(t)[:1].isupper())
        and not all(t.ent_type_ in PLACE_LABELS for t in tokens_in(doc, start, end))
    ) or _opened_by_company_noun(doc, start, end)
    return name_end if inside or described or closed else None


def _name_described(reader: Reader, entity: Entity, role: Role, genders: frozenset[str]) -> None:
    """ "ein 38-jähriger Polier" in the lead, then "Der Polier Dario M.": a definite title before a name ties the
    person described before with that role, whom the text never named, to the name."""
    one = genders - {"plur"}  # (a title before one name is one person's)
    unnamed = reader.resolver.index.with_role(
        role,
        lambda e: (
            e.kind == PERSON and e.name is None and e is not entity and e.allows(one) and _one_described(e)
        ),
    )
    if unnamed is not None:
        reader.absorb(entity, unnamed)


def _one_described(entity: Entity) -> bool:
    """Whether an unnamed person was described as one, with an article ("ein 38-jähriger Polier"; not "einige
    Abgeordnete")."""
    first = entity.description_opener
    de = german()
    return first in de.indefinite_articles or first in de.definite_articles


def _company_name_start(reader: Reader, start: int, end: int) -> int:
    """Where a company's name starts when the run [start, end) holds only its legal form ("Die Veloxa GmbH" with
    "Veloxa" tagged as a common noun): back over the capitalised words the recogniser puts in the same
    organisation, which nothing read before ("Holzwerke Pramtal AG" is read from its noun)."""
    if not all(is_company_name_word(token_text(t)) for t in tokens_in(reader.doc, start, end)):
        return start
    return company_name_start_before(reader, start)


def company_name_start_before(reader: Reader, start: int) -> int:
    """Where a company's name starts that the recogniser gave only from `start` on ("Die Brenner Antriebstechnik
    GmbH" with "Antriebstechnik GmbH" found): back over the capitalised words before it that it marks as the same
    organisation or that may open such a name (`_plain_name_word`), which nothing read as another thing."""
    doc = reader.doc
    by_token = reader.resolver.by_token
    while (
        start > 0
        # (or read as the organisation a headline named: "Brenner" of "Brenner Antriebstechnik streicht …")
        and (start - 1 not in by_token or by_token[start - 1].kind == ORGANISATION)
        and (doc[start - 1].ent_type_ in ORG_LABELS or _plain_name_word(doc, start - 1))
        and text_at(doc, start - 1)[:1].isupper()
        and pos_at(doc, start - 1) not in {"DET", "ADP", "PRON"}
    ):
        start -= 1
    return start


def _plain_name_word(doc: Doc, i: int) -> bool:
    """Whether word `i` may open a company's name the recogniser left out ("Die Brenner Antriebstechnik GmbH"): a
    noun or name that is no first name, no person's or organisation's noun and no noun describing companies."""
    text = text_at(doc, i)
    return (
        pos_at(doc, i) in {"NOUN", "PROPN"}
        and first_name_gender(text) is None
        # (a person's noun only where the fine tag calls it a name: "Brenner" of "Die Brenner Antriebstechnik GmbH")
        and (doc[i].tag_ == PROPER_NOUN_TAG or not is_person_noun(text))
        and not is_organisation_noun(text)
        and not describes_a_company(text)
    )


def _opened_by_company_noun(doc: Doc, start: int, end: int) -> bool:
    """ "Chef des Uhrenzulieferers Précitec Horlogerie": a run that a noun describing companies opens (the
    tagger made it a name) names a company, unless that noun is the attribute of an organisation's noun
    before its article ("der Verband der Ferienwohnungsvermieter Berner Oberland")."""
    if end - start < 2 or not describes_a_company(text_at(doc, start)):
        return False
    k = start - 1
    if k >= 0 and pos_at(doc, k) == "DET":
        k -= 1
    return k < 0 or pos_at(doc, k) not in NOUN_POS or is_person_noun(text_at(doc, k))


def _after_kind_word(doc: Doc, start: int) -> bool:
    """Whether an abbreviation of an organisation's kind stands right before the run ("FC", "HC", "AG"), and
    no first name opens the run. (Not a noun: "in der Stadt Kassel" is a place.)"""
    if start == 0 or first_name_genders(doc)[start] is not None:
        return False
    before = token_texts(doc)[start - 1]
    return before.isupper() and organisation_kind(before) is not None


def _is_person_run(reader: Reader, start: int, end: int) -> bool:
    """Whether a run names a person: the recogniser says so, a first name opens it, the text knows its
    surname or first name, or a role stands beside it."""
    doc, index = reader.doc, reader.resolver.index
    tokens = tokens_in(doc, start, end)
    key = surname_key_of(tokens[-1])
    # "Stoltenbergs Behauptung" after "Jens Stoltenberg"; "Hollmann:" after "Katrin Hollmann", also where
    # the family's firm is named too ("die Hollmann Pumpentechnik GmbH")
    surname = key in index.by_surname or (key.endswith("s") and key[:-1] in index.by_surname)
    named_in_full = any(e.named_in_full for e in index.by_surname.get(key, []))
    if (
        end - start == 1
        and not named_in_full
        and any(
            # (or named after a word of its kind: "Westlink kritisierte" after "beim Bahnbetreiber Westlink")
            e.named_in_full or (e.name is not None and e.description is not None)
            for e in index.organisations(token_text(tokens[0]))
        )
    ):
        return False  # "Für Lindenau war es ein besonderer Tag" after "der FC Lindenau": the club's name
    if end - start >= 2 and doc_slice(doc, start, end).text in reader.place_names():
        # "Sur Tschiern sagt Ja" where the text says "In Sur Tschiern, 540 Einwohner, …": a place, whatever
        # the recogniser made of it elsewhere
        return False
    if _common_nouns_after_preposition(doc, start, end) and not surname:
        return False  # "die ersten Kisten mit Grünem Veltliner": a wine, whatever the recogniser made of it
    if _common_noun_after_numeral_or_article(reader, start, end) and not surname:
        return False  # "zwei Ruhetage": a common noun, whatever the recogniser says
    if any(t.ent_type_ in PERSON_LABELS for t in tokens):
        return True
    if _article_and_place(doc, start, end):
        return False  # "auf die Alp Tgom"
    if _common_noun_after_article(doc, start, end):
        return False  # "hat ein Wolf … getötet": a common noun after its article, though a surname "Wolf" is known
    if end - start >= 2 and first_name_gender(token_text(tokens[0])) is not None:
        return True
    if end - start == 1 and (_described_first_name(doc, start) or _first_name_and_age(doc, start)):
        # "Die achtjährige Lena", "der kleine Max", "Leon, 16, geht …": a child or a person named by first name
        # only
        return True
    if end - start >= 2 and is_initials(token_text(tokens[0])) and not is_initials(token_text(tokens[-1])):
        return True  # "C.Y. Leung", "J. K. Rowling": initials before a surname name a person
    if end - start >= 2 and any(is_romanised_given_name(token_text(t)) for t in tokens):
        return True  # "Min-seo Baumgartner", "Lee Min-ji": a romanised Korean or Chinese given name
    if surname or (end - start == 1 and key in index.by_first_part):
        return True  # (also "Hoang" after "Hoang Thi Lan", the family name first)
    if is_named_surname(tokens[-1]):
        return True  # "Kessler: „…“" in a headline, named in full further on
    if token_text(tokens[-1]) in index.by_first_name:
        return True
    # After a role word or as an apposition to a role phrase ("der Sprecher des Außenministeriums,
    # Ned Price"), a name names a person even where the recogniser took it for an organisation.
    before, after = reader.titles(start, end)
    return bool(before or after)


def _described_first_name(doc: Doc, start: int) -> bool:
    """Whether token `start` is a known first name after an article and one or more adjectives ("die achtjährige
    Lena", "der kleine Max")."""
    if first_name_gender(text_at(doc, start)) is None:
        return False
    k = start - 1
    while k >= 0 and pos_at(doc, k) == "ADJ" and text_at(doc, k).islower():
        k -= 1
    return k < start - 1 and k >= 0 and lower_at(doc, k) in german().definite_articles


def _first_name_and_age(doc: Doc, start: int) -> bool:
    """Whether token `start` is a known first name with an age after it, between commas or in brackets ("Leon,
    16, geht …", "Maria (34)")."""
    if first_name_gender(text_at(doc, start)) is None or start + 3 >= len(doc):
        return False
    opening, age, closing = (text_at(doc, k) for k in range(start + 1, start + 4))
    return age.isdigit() and len(age) <= 2 and (opening, closing) in {(",", ","), ("(", ")")}


# Initials written without points: "MA", "NC".
_BARE_INITIALS = regex.compile(r"\p{Lu}{2,3}")


def read_answer_initials(reader: Reader, start: int, end: int) -> bool:
    """Read the run [start, end) as the interviewee's initials where it is bare initials that open a paragraph
    before a colon ("MA: Ein bisschen schon." in an interview with Mirjam Achterberg) and one person named in
    full has them; whether it was read so. An acronym elsewhere names an organisation."""
    doc = reader.doc
    word = text_at(doc, start)
    # (or written with points in one word: "M.G.: Ja." in an interview with Matthias Gerber)
    if end - start != 1 or not (
        _BARE_INITIALS.fullmatch(word) or (is_initials(word) and word.count(".") > 1)
    ):
        return False
    # (back over spaces to the line's start: no copy of the text before, which a long text would make costly)
    text = text_of(doc)
    k = at = doc[start].idx
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and text[k - 1] != "\n":
        return False
    # the whole prefix of its paragraph, a stage direction aside ("MW (lacht): …")
    if name_prefix(text, k, len(text)) != (at, at + len(doc[start])):
        return False
    interviewed = reader.resolver.index.people_by_initials([c for c in word if c.isupper()])
    if interviewed:
        reader.seen(interviewed[0], tokens_in(doc, start, end), named=True)
    return bool(interviewed)


def _article_and_place(doc: Doc, start: int, end: int) -> bool:
    """ "auf die Alp Tgom": an article before a run the recogniser calls a place or an organisation, though a
    first name ("Alp") opens it: a person's name takes no article (but a name's particle may: "Von der
    Leyen"). Not after an article no person can take where a first name of a man or a woman opens the run:
    "Anders sieht das Sonja Hatzl" has the demonstrative object "das" before the name."""
    if not _after_article(doc, start):
        return False
    if (
        article_genders(text_at(doc, start - 1)) == frozenset({"neut"})
        and told_gender(first_name_gender(text_at(doc, start))) in PERSON_GENDERS
    ):
        return False
    return all(t.ent_type_ in ORG_LABELS | PLACE_LABELS for t in tokens_in(doc, start, end))


def _common_noun_after_article(doc: Doc, start: int, end: int) -> bool:
    """A lone word the tagger calls a common noun right after an article ("ein Wolf"), not after a name's
    particle ("van der Meulen"); also one the coarse tag calls a proper noun and the fine tag a common noun ("für
    die Windräder, ihre Eltern …")."""
    return (
        end - start == 1
        and (pos_at(doc, start) == "NOUN" or doc[start].tag_ == COMMON_NOUN_TAG)
        and _after_article(doc, start)
    )


def _common_noun_after_numeral_or_article(reader: Reader, start: int, end: int) -> bool:
    """A lone word both tags call a common noun, no first name, right after a numeral or an article and with no role
    or title beside it ("zwei Ruhetage", "das Gegröle"): no one the text names, whatever the recogniser says. (A
    surname the text gives alone first is tagged so too, "Guttenberg sprach …", but stands after neither.)"""
    doc = reader.doc
    if end - start != 1 or start == 0 or first_name_gender(text_at(doc, start)) is not None:
        return False
    if doc[start].tag_ != COMMON_NOUN_TAG or pos_at(doc, start) != "NOUN":
        return False
    if not (doc[start - 1].tag_ == "CARD" or _after_article(doc, start)):
        return False
    before, after = reader.titles(start, end)
    return not before and not after


def _common_nouns_after_preposition(doc: Doc, start: int, end: int) -> bool:
    """A run of two or more words the fine tag calls common nouns, right after a preposition, that opens with no
    first name ("mit Grünem Veltliner"); a name after a preposition is tagged a proper noun ("mit Theresa
    Pichlhofer")."""
    return (
        end - start >= 2  # (one such word is a source of its own: "laut Sennerei")
        and start > 0
        and pos_at(doc, start - 1) == "ADP"
        and all(doc[i].tag_ == COMMON_NOUN_TAG for i in range(start, end))
        and first_name_gender(text_at(doc, start)) is None
    )


def _after_article(doc: Doc, start: int) -> bool:
    """Whether an article stands right before token `start` that follows no name's particle ("van der Meulen",
    "Von der Leyen")."""
    if start == 0 or article_genders(text_at(doc, start - 1)) is None:
        return False
    return start < 2 or lower_at(doc, start - 2) not in german().name_particles


def _genitive_after_speech_noun(token: Token) -> bool:
    """Whether a name stands in the genitive right after a speech noun, with no article between ("Angaben Obamas",
    "Worten Merkels")."""
    doc = token.doc
    return token.i > 0 and is_speech_noun(text_at(doc, token.i - 1)) and is_name_genitive(token_text(token))


def _person_of(reader: Reader, start: int, end: int, shared: Token | None = None) -> Entity:
    """The person the name run [start, end) names: known by surname (and first name), else new.

    `shared` is a surname the run shares with the next name ("Ruth und Walter Keller")."""
    doc, index = reader.doc, reader.resolver.index
    tokens = tokens_in(doc, start, end) + ([shared] if shared is not None else [])
    # ("Della Torre": a particle that opens a surname is no first name, though "Della" is one too)
    opens_surname = token_lower(tokens[0]) in german().name_particles
    first = (
        token_text(tokens[0])
        if len(tokens) > 1 and not opens_surname and first_name_gender(token_text(tokens[0])) is not None
        else None
    )
    surname = surname_key_of(tokens[-1])
    candidates = index.by_surname.get(surname, [])
    if not candidates and surname.endswith("s"):
        candidates = index.by_surname.get(surname[:-1], [])  # "Stoltenbergs"
    if not candidates:
        # "Merkel" after "Angela Merkels Sprecher": a surname first given in the genitive, with a first name
        genitive = index.by_surname.get(surname + "s", [])
        candidates = [e for e in genitive if e.first_names and (e.name or "").endswith("s")]
    if first is not None:
        # ("Mendes Ferreira" after "Tiago Mendes Ferreira": a first name that is the fuller name's middle)
        words = " " + " ".join(token_text(t) for t in tokens)
        candidates = [
            e
            for e in candidates
            if not e.first_names or first in e.first_names or (e.name or "").endswith(words)
        ]
        if not candidates:
            # "Matthias Strasser" after "ihrem Sohn Matthias": the one person known by that first name alone
            # (a first name read alone is indexed as the surname it might be)
            known = [*index.by_first_name.get(first, []), *index.by_surname.get(surname_key(first), [])]
            alone = {e.id: e for e in known if e.kind == PERSON and e.name == first}
            candidates = list(alone.values()) if len(alone) == 1 else []
    elif len(tokens) == 1 and not candidates:
        candidates = index.by_first_name.get(token_text(tokens[0]), [])  # "Malou" after "Malou Steiner"
    if not candidates and len(index.by_first_part.get(surname, [])) == 1:
        candidates = index.by_first_part[surname]  # "Frau Imboden" after "Nora Imboden-Salzgeber"
    if not candidates and len(tokens) > 1 and all(is_initials(token_text(t)) for t in tokens):
        # "J. R.:" in an interview with Johanna Riedl
        candidates = index.people_by_initials([token_text(t)[0] for t in tokens])
    bare = len(tokens) == 1 and first is None
    if bare and any(e.called_by_surname for e in candidates):
        # "Hochreiter" after "Vater Rupert Hochreiter" in a text that calls the racer so: a relative with the
        # same surname is given by first name or role, the bare surname stays with the one it named before
        candidates = [e for e in candidates if e.called_by_surname]
    entity = max(candidates, key=lambda e: e.last, default=None)
    if entity is None:
        entity = index.new(PERSON)
    entity.called_by_surname |= bare
    if bare and entity.name is None and _genitive_after_speech_noun(tokens[0]):
        # "nach Angaben Obamas", "Nach Ansicht Putins": the name a genitive attribute gives, without its ending
        entity.add_name([token_text(tokens[0])[:-1]])
        index.index_surname(entity, surname[:-1])
    elif len(tokens) > 1 or entity.name is None or entity.name.endswith("s"):
        entity.add_name(name_words(tokens))
    if len(tokens) > 1 or token_text(tokens[0]) not in index.by_first_name:
        index.index_surname(entity, surname)
        if surname.endswith("s") and morph_values(tokens[-1], "Case") == ["Gen"]:
            index.index_surname(entity, surname[:-1])  # "Stoltenbergs Behauptung" named first
    if first is not None:
        index.index_first_name(entity, first)
        entity.first_name_gender = told_gender(first_name_gender(first)) or entity.first_name_gender
    elif len(tokens) > 1 and not opens_surname:
        index.index_leading_word(entity, surname_key_of(tokens[0]))
    # ("Pérez" for "Adolfo Pérez Esquivel", "Lula" for "Luiz Inácio Lula da Silva": a middle word of a longer
    # name that is no first name may be what the text calls them by)
    for middle in tokens[1:-1]:
        text = token_text(middle)
        if (
            text[:1].isupper()
            and first_name_gender(text) is None
            and token_lower(middle) not in german().name_particles
        ):
            index.index_leading_word(entity, surname_key_of(middle))
    return entity
