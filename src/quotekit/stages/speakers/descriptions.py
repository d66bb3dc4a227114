"""Descriptions of people ("der 54-Jährige", "die Sozialdemokratin", "der Landeshauptmann", "eine
Anwohnerin"): a definite one joins the person last named with the same role, else, as a subject or a
speaker, the person most in view whose gender fits; an indefinite one, or one that speaks or is a subject
and joins no one, is someone new."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from quotekit.lang.de.names import (
    description_gender,
    ends_as_name_genitive,
    is_generic_organisation,
    is_genitive_article,
    is_nationality_role,
    is_organisation_noun,
    is_person_noun,
    is_speech_noun,
    is_spokesperson_role,
    organisation_kind,
    role_gender,
)
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import GROUP, ORGANISATION, PERSON, is_age_role
from quotekit.stages.speakers.extents import description_extent, description_label, is_acronym
from quotekit.stages.speakers.headlines import introduced_unnamed
from quotekit.stages.speakers.just_before import pair_named_before, says_both, speaker_just_before
from quotekit.stages.speakers.links import named_before_link, named_right_before, predicated_link, tie_by_link
from quotekit.stages.speakers.organisations import (
    last_named_ending_in,
    organisation_kind_of,
    organisation_of_acronym,
    read_known_organisation,
    read_organisation,
)
from quotekit.stages.speakers.reader import OPENING_SENTENCES, add_evidence, roles_after_als, weakly_named
from quotekit.stages.speakers.referents import (
    age_after,
    age_role,
    article_of,
    is_article,
    is_honorific,
    role_words,
    surname_key_of,
)
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    token_lower,
    token_pos,
    token_text,
)
from quotekit.syntax.labels import NOUN_POS, PERSON_LABELS
from quotekit.syntax.phrases import FULL_NAME_WORDS
from quotekit.syntax.spans import tokens_in
from quotekit.syntax.verbs import is_subjunctive

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from quotekit.stages.speakers.entities import Entity, Role
    from quotekit.stages.speakers.reader import Reader

__all__ = ["read_description"]

# The inflection an attributive adjective adds to its stem.
_ADJECTIVE_ENDING = regex.compile(r"(e|em|en|er|es)$")
# How much in view a person must still be for a description without a name to go back to them.
_DESCRIPTION_FLOOR = 20.0
# How much more in view than anyone else the one a role in a headline or teaser goes back to must be.
_HEADING_MARGIN = 1.2
# How much in view a person named since must be for a description to mean them rather than the one it
# described before (a subject of the last sentence is 90).
_NAMED_SINCE_FLOOR = 45.0
# A role a speaker is given goes back to a person with none up to five sentences after a mention, where no one
# else who fits is half as much in view.
_UNROLED_FLOOR = 3.0
_UNROLED_MARGIN = 2.0
# How much in view, and how far ahead of any other, an organisation must be for a spokesperson without an
# owner to speak for it.
_BODY_FLOOR = 20.0
_BODY_MARGIN = 2.0


def _employer(
    reader: Reader, head: Token, article: str | None, genders: frozenset[str], body: Entity | None
) -> Entity | None:
    """The organisation the people a plural description names speak for ("die Prüfer" after "ein Bericht des
    Landesrechnungshofs", "die Richter" after "das Bundesgericht", `member_organisations`): the one the
    description names itself ("die Richter des Bundesverwaltungsgerichtes"), else the last one named before, whose
    name ends in one of the nouns listed for them; None for anyone else."""
    kinds = german().member_organisations.get(token_lower(head))
    if kinds is None or genders != {"plur"} or article not in german().definite_articles:
        return None
    if body is not None:
        return last_named_ending_in([body], kinds)
    return last_named_ending_in(reader.resolver.index.entities, kinds)


def read_description(reader: Reader, head: Token) -> int:
    """A person described ("der 54-Jährige", "eine Anwohnerin"). Returns where its phrase ends."""
    doc, index = reader.doc, reader.resolver.index
    start, end = description_extent(doc, head.i, reader.sentence_end(head.i), person=True)
    if _marked_whole(doc, start, end) and not reader.in_said_words(head.idx):
        return end  # "ihres Romans »Die Zeitungsleserin«": marks that hold only the phrase make it a title
    body: Entity | None = None  # the organisation the phrase names
    for token in tokens_in(doc, head.i + 1, end):
        # "die Beschäftigten der Verkehrsbetriebe Kurpfalz": the organisation is named too
        known = reader.known_organisations.get(token.i)
        if known is not None:
            # ("eine Sprecherin der Hilfsorganisation Ärzte ohne Grenzen": one known by its name)
            read_known_organisation(reader, token.i, *known)
            body = reader.resolver.by_token.get(token.i)
            break
        if is_organisation_noun(token_text(token)) or is_generic_organisation(token_text(token)):
            read_organisation(reader, token, in_view=False)
            body = reader.resolver.by_token.get(token.i)
            break
    article = article_of(doc, head.i)
    word = None if article is None else lower_at(doc, article)
    genders = description_gender(word, token_text(head))
    partitive = _partitive_pronoun(doc, article)
    if partitive is not None:
        # "einer der Organisatoren": one person of the group, someone new whom no one else joins
        start, word = partitive, lower_at(doc, partitive)
        genders = german().partitive_pronoun_genders[word]
        number = ["Sing"]
    else:
        number = morph_values(head, "Number")
    # "die Landesvorsitzende": one woman, whatever the tagger says (not "Forschende"; not "die Lehrkräfte",
    # whose base form "Lehrkraft" changes the stem: a plural)
    if (
        number == ["Plur"]
        and token_lower(head).endswith("e")
        and _same_stem(head)
        and genders - {"plur"}
        and word is not None
    ):
        number = ["Sing"]
    # "die Waadtländer Winzer": a masculine noun with "die" is many, whatever the tagger says
    if (
        word is not None
        and "fem" in genders
        and "plur" in genders
        and role_gender(token_text(head)) == "masc"
        and morph_values(head, "Gender") == ["Masc"]
        and not token_lower(head).endswith("e")
    ):
        number = ["Plur"]
    # "Forscher der Universität machen …": a bare noun of a plural verb is many, though the tagger says one (not
    # of a verb in marks: "Gemeindepräsident: «Wir hatten Glück»")
    if (
        word is None
        and number != ["Plur"]
        and "plur" in genders
        and reader.is_subject([head])
        and head.head.i != head.i
        and _plural_verb(head)
        and not reader.in_said_words(head.head.idx)
    ):
        number = ["Plur"]
    if number == ["Plur"] and "plur" in genders:
        genders = frozenset({"plur"})
    elif number == ["Sing"] and genders - {"plur"}:
        genders = genders - {"plur"}
    if not genders - {"neut"}:
        return end  # "Das Drama", "das Urteil": no person
    if article is None and start > 0 and lower_at(doc, start - 1) == german().als:
        return end  # "Als Zeugin sagte eine Kassiererin aus": the subject's role (`Reader.seen`), no one new
    tokens = tokens_in(doc, start, end)
    employer = _employer(reader, head, word, genders, body)
    if employer is not None:
        employer.voiced_by_members = True
        reader.seen(employer, tokens)
        return end
    role = role_words(tokens)
    indefinite = word is None or word in german().indefinite_articles
    # Someone new is made by an indefinite article, or by a description that is a subject or speaks;
    # a bare title ("Mitgründer und CEO …") or an object ("den mitgereisten Fans") only joins someone.
    speaks = any(t.i in reader.speaker_tokens for t in tokens)
    introduces = (
        speaks
        or (word is not None and (word in german().indefinite_articles or reader.is_subject(tokens)))
        # "Forschende der Universität Hohenfels haben …": a bare plural subject of a plural verb is some people
        # (not a headline's "Bürgermeister spricht", which a tagger may call plural)
        or (
            word is None
            and genders == {"plur"}
            and reader.is_subject(tokens)
            and _plural_verb(head)
            and not (reader.reported is not None and reader.reported.contains(head.idx))
        )
    )
    # "die Sozialdemokratin", "die CDU-Abgeordnete": a party joins no one the text gave another
    party = next(
        (p for t in tokens if (p := german().parties.get(token_lower(t).split("-", 1)[0])) is not None), None
    )
    # "Anna Berg ist Sprecherin …", "Auf der anderen Seite war Till Möhring der gefeierte Mann"
    entity: Entity | None = (
        named_before_link(reader, start, genders)
        or named_right_before(reader, start, genders)
        or predicated_link(reader, head, genders)
    )
    if entity is None and "plur" in genders and says_both(doc, start, head.i):
        # "Die Politiker Peter Danckert und Max Straubinger begründen … nach Meinung der beiden Politiker": "die
        # beiden" are the two people the text just named together
        entity = pair_named_before(reader, start)
    age = age_role(tokens)
    # The same role or age as someone before ties to them ("der 23-Jährige" after "ein 23-Jähriger"); so does
    # a source without an article in the body, which means the one person who has the role ("Laut
    # Masseverwalter …"; a headline's "CDU-Kreischef spricht …" may be someone the body names only later).
    lone = word is None and "plur" not in genders and speaks and reader.heading_at(head.idx) is None
    # ("die Frau", "der Mann": so general a noun goes back by its role only to someone it introduced ("Der Mann"
    # after "Ein 41-jähriger Mann"), not to whoever it was said of since, and with a word beside it only to
    # someone that word was said of too ("der ältere Herr" after "ein älterer Herr", not "die junge Frau" after
    # "eine 67-jährige Frau"); else it means whoever of that gender is in view)
    generic = role is not None and role[0] in german().generic_roles and not role[1]
    modifiers = _modifier_stems(doc, start, head.i) if generic else ()

    def joinable(e: Entity) -> bool:
        return e.kind in {PERSON, GROUP} and e.allows(genders) and not (party and e.other_party(party))

    def described_so(e: Entity) -> bool:
        return joinable(e) and role is not None and _described_so(e, role, modifiers)

    for given in (role, age) if not indefinite or lone else ():
        if entity is None and given is not None:
            entity = index.with_role(given, described_so if given is role and generic else joinable)
    if entity is not None and entity.kind == PERSON and entity.name is None and not indefinite:
        # "ein 52-jähriger Unternehmer" in the lead, "Bernd Szymanski" named since, then "der 52-Jährige":
        # the person named since is the one described, and the two are one from now on
        named = _named_since(reader, head, entity, genders, (role, age), party)
        if named is not None:
            reader.absorb(named, entity)
            entity = named
    if entity is None and party is not None and not indefinite:
        # "die Sozialdemokratin": the one person of that party the text names
        members = [e for e in index.by_party.get(party, []) if e.kind == PERSON and e.allows(genders)]
        entity = members[0] if len({e.id for e in members}) == 1 else None
    # "nach Angaben des Landeswahlleiters": the owner of a speech noun is a source the text names there; it
    # goes back to someone only by the same role, not by who is in view
    # ("Auf die Frage der Moderatorin, ob …": so does the one who asked a question)
    owns_statement = (
        start >= 1
        and (is_speech_noun(text_at(doc, start - 1)) or lower_at(doc, start - 1) in german().question_nouns)
    ) or _frame_source(doc, start, end)
    if entity is None and age is not None and role in {None, age} and not indefinite:
        # "… steht ein Lkw-Fahrer aus Rumänien. Er habe …, erzählt der 52-Jährige": an age right after someone
        # new is theirs, though someone named is more in view
        entity = _just_introduced(reader, head, genders, (role, age), party) or _named_just_before(
            reader, head, genders, (role, age), party
        )
    # (not a speaker described by a possessive: "Ihr Sprecher sagte" is someone's relation, not whoever is in
    # view; it goes back only by the same role)
    # ("sein Rennstall Veltro Racing teilte mit": not where a name follows, which says who it is)
    owned = (
        speaks
        and word is not None
        and word in german().possessive_genders
        and not (end < len(doc) and doc[end].is_alpha and text_at(doc, end)[:1].isupper())
    )
    # ("der Sohn einer Geschädigten": a relative of someone named in the genitive is someone new, not whoever was
    # in view before; only the one the sentence before brought in, "… war der 19-jährige Tiago Fankhauser-Pinto.
    # Der Sohn einer Portugiesin …")
    related = (
        token_lower(head) in german().relatives
        and head.i + 1 < end
        and is_genitive_article(text_at(doc, head.i + 1))
    )
    sentence = reader.sentence(head.i)
    if entity is None and not indefinite and role is not None and _accused(role[0]):
        # "Gemäss Anklage war Leandro S. … unterwegs." … "Der Beschuldigte räumte ein, …": the press names the
        # accused by a first name and an initial; the one person so named is who "der Beschuldigte" means
        entity = index.person_named_by_initial(lambda e: e.allows(genders) and _may_be(e, (role, age), party))
    if (
        entity is None
        and not indefinite
        and not owns_statement
        and not owned
        and (speaks or reader.is_subject(tokens))
    ):
        # Only a subject or a speaker goes back by salience: an object is another argument of its verb
        # ("Der Trainer lobte den Kapitän"). A bare description ("der 54-Jährige") may go back to someone
        # whose gender the text has not shown; one with a complement ("die Leiterin des Messdienstes") only
        # to someone whose it has.
        bare = end == head.i + 1
        # ("Als Zeugin sagte die Amtsleiterin der Gemeinde aus": the role "als" gives is hers too, and a witness
        # is not the prosecutor in view)
        told = roles_after_als(tokens)
        # (in a headline, teaser or subhead only someone named there: a role there may be a person the body
        # introduces by name, `join_headline_roles`)
        heading = reader.heading_at(head.idx)
        # ("Der Beschwerdeführer, ein pensionierter Buchhalter aus Unterdorf, …": an indefinite apposition brings
        # in someone new, not whoever is in view; one with the same role the text gave before stays theirs)
        # ("Der Mann, ein pensionierter Ingenieur": so general a noun goes back to whoever is in view all the same)
        introduced = not generic and _introduced_after(doc, end)
        # (the names in the sentence's quoted or reported words, read once for all the candidates)
        said_names = _said_names(reader, head) if speaks else _NO_NAMES

        def may_go_back_to(e: Entity) -> bool:
            return (
                e.kind in {PERSON, GROUP}
                and e.allows(genders)
                and (bare or e.gender is not None)
                # (a lone word the recogniser took for a name, with no gender the text shows, is too weak a
                # person for a role or an age to go back to: "Lehrermangel:" in a headline, "schlug seine
                # Lebensgefährtin Alarm. …, sagte die 31-Jährige")
                and not ((role is not None or age is not None) and weakly_named(reader, e))
                and _may_be(e, (role, age, *told), party)
                and not (speaks and (_named_in_content(reader, e, head) or _named_in(said_names, e)))
                and not reader.named_in_clause(head, e)
                and not _speaking_of(reader, e, head)
                and not _asked_before(reader, e, head)
                and not (related and not _named_since_sentence(reader, e, sentence - 1, head.i))
                and (heading is None or any(heading[0] <= doc[i].idx < heading[1] for i in e.tokens))
            )

        in_view = reader.in_view_at(head.i)
        if introduced:
            entity = None
        elif heading is None:
            entity = reader.focus.best(in_view, may_go_back_to, _DESCRIPTION_FLOOR)
            if role is not None and (entity is None or not _has_function(entity)) and _leads_role(role):
                # "Die Klinikchefin kennt die Vorwürfe" after "Geschäftsführerin Ute Marquardt" and a nurse in view:
                # the one person the text named with a role of one who heads a body (not where the one in view has
                # a function of their own: "sagte der Ortschef" of the mayor, beside a company's Geschäftsführer)
                entity = _named_leader(reader, genders, may_go_back_to, _led_body(role)) or entity
            if entity is None and speaks and bare and role is not None and not is_age_role(role[0]):
                # "Als Dr. Katrin Hollmann … ans Mikrofon trat, … „…“, sagte die Geschäftsführerin": a bare
                # definite role a speaker is given goes back further to someone named in full with no role
                # yet, where that person is clearly the one in view it may mean
                entity = _unroled_person_in_view(reader, in_view, may_go_back_to)
        else:
            # ("Okafor-Wessel schlägt Rettig", then the teaser's "Die 38-jährige Grünen-Politikerin": of two
            # people a headline names alike, whose gender it does not show, a role in it means neither for sure)
            # (only someone named or brought in there: "Die 22-Jährige feiert ihren ersten Sieg. Die Norwegerin
            # hadert …" are two people the body names; "einen 58-jährigen Käsehändler … Der Mann" one)
            entity = reader.focus.clear_best(
                in_view,
                lambda e: (e.name is not None or introduced_unnamed(e)) and may_go_back_to(e),
                _DESCRIPTION_FLOOR,
                _HEADING_MARGIN,
            )
    if (
        entity is None
        and owns_statement
        and not indefinite
        and role is not None
        and not (start >= 1 and lower_at(doc, start - 1) in german().question_nouns)
    ):
        # "„…“, so Gall. … nach Meinung des SPD-Politikers …": the owner of a statement goes back, beyond its
        # role, to the one person who spoke just before, where the role may be theirs (not one who asks: "Auf
        # die Frage der Verteidigerin" after the witness spoke is someone else's question to her)
        entity = speaker_just_before(
            reader, start, lambda e: e.kind == PERSON and e.allows(genders) and _may_be(e, (role, age), party)
        )
    if entity is None and speaks and not indefinite and role is not None and _accused(role[0]):
        # "«…», sagte der Beschuldigte" after a teaser about "Ein 24-jähriger Autolenker": the one person the opening
        # sentences are about is the accused a court report goes on with
        about = [
            e for e in reader.topics if e.kind == PERSON and joinable(e) and _may_be(e, (role, age), party)
        ]
        entity = about[0] if len(about) == 1 else None
    # (or one that is the subject of its clause: "Die 57-Jährige reagierte mit deutlichen Worten. „…“, sagte sie")
    if (
        entity is None
        and age is not None
        and role in {None, age}
        and not indefinite
        and (speaks or reader.is_subject(tokens))
    ):
        # "…, erzählt die 46-Jährige" paragraphs after her name: the one person the text named so far
        # whose gender fits is the one a definite description of a speaker means
        entity = _only_one_named(reader, genders, (role, age), party)
    named_after = _named_after(doc, end)
    if named_after:
        # "Der Vorsitzende des Orchestervorstands, der Cellist Marek Kováčik, sagte": the name in apposition says
        # who is described, not whoever had the role or was in view before
        entity = None
    # (a role said words give someone the text already knows is no role of theirs that marks them: in "Der
    # Gemeinderat könne sich vorstellen, …, sagte er" the role is read back to the person in view, who then
    # may not be the "er" who speaks of a "Gemeinderat")
    recalled = entity is not None and reader.in_said_words(head.idx)
    if entity is None:
        if not introduces:
            return end
        entity = index.new(GROUP if genders == {"plur"} else PERSON)
        entity.description = _with_owner(doc, start, description_label(doc, start, head.i, end))
        if word in german().indefinite_articles and _speaks_for_a_body(role) and not named_after:
            # "sagte eine Sprecherin des Unternehmens", "…, sagte ein Sprecher" after "Die Holding beruhigt.":
            # an unnamed spokesperson is the voice of the organisation, the source a reader counts
            entity.speaks_for = _body_spoken_for(reader, head, body, role, bare=end == head.i + 1)
    for given in (role, age, age_after(doc, end)):
        if given is not None and not (recalled and not entity.matches_role(given)):
            index.index_role(entity, given)  # "der Angeklagte" later is the person this one joined
    if party is not None:
        index.index_party(entity, party)
    if entity.kind == PERSON:
        add_evidence(entity, genders)
        tie_by_link(reader, entity, start)
    reader.seen(entity, tokens)
    return end


def _modifier_stems(doc: Doc, start: int, head: int) -> tuple[str, ...]:
    """The stems of the adjectives between a description's article and its noun ("ältere" -> "älter")."""
    return tuple(
        _ADJECTIVE_ENDING.sub("", token_lower(token))
        for token in tokens_in(doc, start, head)
        if token_pos(token) == "ADJ" and token.is_alpha
    )


def _described_so(entity: Entity, role: Role, stems: tuple[str, ...]) -> bool:
    """Whether a general person noun ("Mann") with these adjective stems describes `entity` again: it was
    introduced by that noun, and its description holds a word of each stem ("ein älterer Herr", "älter")."""
    if not entity.roles or entity.roles[0][0] != role[0]:
        return False
    words = (entity.description or "").lower().split()
    return all(any(word.startswith(stem) for word in words) for stem in stems)


def _same_stem(head: Token) -> bool:
    """Whether a noun and its base form differ at most in their ending ("Vorsitzende", "Angeklagte"; not
    "Lehrkräfte" for "Lehrkraft", a plural with its umlaut)."""
    word, base = token_lower(head), head.lemma_.lower()
    return word.startswith(base) or base.startswith(word[:-1])


def _plural_verb(head: Token) -> bool:
    """Whether the finite verb a subject hangs on, or its auxiliary, is plural and in the indicative ("Forschende
    … haben gefunden"; not "Eltern müssten …", what someone says)."""
    verb = head.head
    finite = [
        t
        for t in [verb, *(c for c in verb.children if token_pos(c) == "AUX")]
        if "Fin" in morph_values(t, "VerbForm") or morph_values(t, "Mood")
    ]
    return any(morph_values(t, "Number") == ["Plur"] for t in finite) and not any(
        is_subjunctive(t) for t in finite
    )


def _named_since(
    reader: Reader,
    head: Token,
    described: Entity,
    genders: frozenset[str],
    given: tuple[Role | None, Role | None],
    party: str | None,
) -> Entity | None:
    """The named person more in view than `described` (someone the text described but never named) whom
    the text first named after describing them, whose gender fits and who has no role of their own (an age
    or a nationality is none: "Die 41-jährige Ukrainerin" may be "eine Autorin"): the person a description
    the two share now means."""
    sentence = reader.in_view_at(head.i)
    first_described = min(described.tokens, default=head.i)
    # A description in the headline or teaser only ("Die Angeklagte hatte Wohnungen inseriert") is someone the
    # body names: the named person need be only in view
    teaser = all(reader.in_view_at(i) < OPENING_SENTENCES for i in described.tokens) or _in_opening(
        reader, described.tokens
    )
    least = _DESCRIPTION_FLOOR if teaser else _NAMED_SINCE_FLOOR
    floor = max(least, reader.focus.value(described, sentence))

    # A teaser's office with its definite article ("Die Bildungsdirektorin will …") is one the person the
    # body names holds, whatever else the body calls them ("Regierungsrätin Daniela Wyss-Meier"); someone
    # a teaser introduces ("Ein Landwirt") is no one with a role of their own.
    # (a party of a court case is no office: "Die Angeklagte" is the one the text is about, not the judge)
    role = given[0]
    office = (
        teaser
        and role is not None
        and role[0] not in german().role_parties
        and described.description_opener in german().definite_articles
    )

    aged_only = all(is_age_role(r) for r, _, _ in described.roles)

    def fits(entity: Entity) -> bool:
        return (
            entity.kind == PERSON
            and entity.named_in_full
            and min(entity.tokens, default=head.i) > first_described
            and entity.allows(genders)
            and (
                office
                or not any(
                    r
                    for r, _, _ in entity.roles
                    # (nor, for someone described by their age alone, a relation: "Hermine Rauscher, seit sechs
                    # Jahren Witwe" is the teaser's "79-Jährige"; "ihr Sohn Matthias" is not "ein Nachbar")
                    if not (
                        is_age_role(r)
                        or is_nationality_role(r)
                        or _lay_party(r)
                        or (aged_only and r in german().relatives)
                    )
                )
            )
            and _may_be(entity, given, party)
        )

    if office:
        # (however long ago: the first person the body names who fits, as for a headline's role; first by the
        # name, not by a pronoun before it: "hinter ihrem Namen …, ließ sich Lena Haslauer …")
        named = [e for e in reader.resolver.index.entities if e.absorbed_by is None and fits(e)]
        runs = reader.resolver.runs
        return min(
            named, key=lambda e: min((i for i in e.tokens if i in runs), default=min(e.tokens)), default=None
        )
    return reader.focus.best(sentence, fits, floor)


def _in_opening(reader: Reader, tokens: list[int]) -> bool:
    """Whether all `tokens` stand in the headline and its teaser, however many sentences these make
    ("Regionalspital Huttwil-Süd: Notfall schliesst Ende Jahr" and a teaser of two)."""
    opening = reader.opening()
    if opening is None or not tokens:
        return False
    low, high = opening
    doc = reader.doc
    return all(low <= doc[i].idx < high for i in tokens)


# The party of a court case `german().role_parties` gives the accused ("der Angeklagte", "die Beschuldigte").
_ACCUSED = "accused"


def _accused(role: str) -> bool:
    return german().role_parties.get(role) == _ACCUSED


def _lay_party(role: str) -> bool:
    """Whether a role is a party of a court case the case is about, no office ("Klägerin", not "Richterin")."""
    return german().role_parties.get(role, "") in german().lay_party_kinds


def _just_introduced(
    reader: Reader,
    head: Token,
    genders: frozenset[str],
    given: tuple[Role | None, Role | None],
    party: str | None,
) -> Entity | None:
    """The person last brought in by an indefinite description ("ein Lkw-Fahrer aus Rumänien") in the narration of
    the sentence of `head` or the one before, never named, whose gender fits and who has no other age."""
    sentence = reader.sentence(head.i)
    indefinite = german().indefinite_articles
    for entity in reader.focus.recent:
        first = _brought_in_at(reader, entity, head, genders, given, party)
        if first is None or reader.sentence(first) < sentence - 1:
            continue
        if entity.name is None and entity.description_opener in indefinite:
            # (unless that sentence points with a pronoun to someone named: the narration is still about them)
            return _named_one_pointed_to(reader, entity, reader.sentence(first), genders) or entity
    return None


def _brought_in_at(
    reader: Reader,
    entity: Entity,
    head: Token,
    genders: frozenset[str],
    given: tuple[Role | None, Role | None],
    party: str | None,
) -> int | None:
    """Where a person a description at `head` may go back to was first mentioned, in the narration (not someone
    the words of a quotation bring in: "von einem Vermittler besucht worden"), where their gender fits, they
    have no other age or role that bars them and were not the one who asked; None for anyone else."""
    if entity.kind != PERSON or not entity.tokens:
        return None
    first = min(entity.tokens)
    if (
        reader.in_said_words(reader.doc[first].idx)
        or not entity.allows(genders)
        or not _may_be(entity, given, party)
        or _asked_before(reader, entity, head)
    ):
        return None
    return first


def _named_just_before(
    reader: Reader,
    head: Token,
    genders: frozenset[str],
    given: tuple[Role | None, Role | None],
    party: str | None,
) -> Entity | None:
    """The one person named for the first time in the narration of the sentence before `head`'s whose gender
    fits and who has no other age ("Unterstützung bekommt er vom Chefarzt, Farhad Rostami. Der 61-Jährige
    arbeitet seit 22 Jahren hier."): the text goes on about whom it just brought in. None where there is no one
    such, or more than one."""
    sentence = reader.sentence(head.i)
    found = [
        entity
        for entity in reader.focus.recent
        if entity.name is not None
        # (a full name: not a lone word the recogniser took for one, "Verl", "Handschlag")
        and len(entity.name.split()) >= FULL_NAME_WORDS
        and not weakly_named(reader, entity)
        and (first := _brought_in_at(reader, entity, head, genders, given, party)) is not None
        and reader.sentence(first) == sentence - 1
    ]
    return found[0] if len({e.id for e in found}) == 1 else None


def _named_one_pointed_to(
    reader: Reader, entity: Entity, sentence: int, genders: frozenset[str]
) -> Entity | None:
    """The one named person of the same gender that the sentence bringing `entity` in points to with a pronoun
    ("Werner Altmeyer hat … verpachtet. Seitdem grüßt ihn ein Nachbar nicht mehr."): the narration is still about
    them, and an age after it ("…, sagt der 58-Jährige") is theirs. None where there is no such one."""
    de = german()
    pronouns = de.object_pronoun_genders.keys() | de.possessive_genders.keys() | de.subject_pronouns
    doc = reader.doc
    pointed = [
        other
        for other in reader.focus.recent
        if other is not entity
        and other.kind == PERSON
        and other.absorbed_by is None
        and other.name is not None
        and other.allows(genders)
        # (a pronoun before the newcomer, not one of a clause about the newcomer: "der Fall eines Rentners, der
        # seine Erklärung abgegeben hat")
        and any(
            reader.sentence(i) == sentence and i < min(entity.tokens) and lower_at(doc, i) in pronouns
            for i in other.tokens
        )
    ]
    return pointed[0] if len(pointed) == 1 else None


def _leads_role(role: Role) -> bool:
    return _leader_in(role[0]) is not None


def _leader_in(name: str) -> str | None:
    """The role of one who heads a body that a role word is or ends in ("leiter" in "amtsleiter"), else None."""
    leaders = german().leader_roles
    if name in leaders:
        return name
    return next((leader for leader in leaders if name.endswith(leader)), None)


def _led_body(role: Role) -> str:
    """The body a compound leader's role names by its first part ("amt" for "amtsleiter"), else ""."""
    leader = _leader_in(role[0])
    if leader is None or leader == role[0]:
        return ""
    return role[0][: -len(leader)].rstrip("s")


def _has_function(entity: Entity) -> bool:
    """Whether the text gave `entity` a role other than an age, a nationality or a relation ("Bürgermeister",
    "Pflegerin"; not "eine Mutter", "der Nachbar")."""
    de = german()
    return any(
        not is_age_role(r)
        and not is_nationality_role(r)
        and r not in de.relatives
        and r not in de.generic_roles
        for r, _, _ in entity.roles
    )


def _leads(entity: Entity) -> bool:
    """Whether the text gave `entity` a role of one who heads a body."""
    return any(_leads_role(r) for r in entity.roles)


def _named_leader(
    reader: Reader, genders: frozenset[str], fits: Callable[[Entity], bool], body: str = ""
) -> Entity | None:
    """The one person named so far with a role of one who heads a body, of `genders`, that `fits`; else None. Of
    several, the one whose role names the `body` a compound gives ("die Amtsleiterin" of "die Leiterin des
    Gesundheitsamts", beside a "Schulleiterin")."""
    leaders = [e for e in reader.resolver.index.named_people(genders) if _leads(e) and fits(e)]
    if len(leaders) > 1 and body:
        leaders = [e for e in leaders if any(w.endswith(body) for _, words, _ in e.roles for w in words)]
    return leaders[0] if len(leaders) == 1 else None


def _only_one_named(
    reader: Reader, genders: frozenset[str], given: tuple[Role | None, Role | None], party: str | None
) -> Entity | None:
    """The one person named in full so far whose gender the text shows and fits `genders`, when no other
    named person may have it (one whose gender the text does not show may); None otherwise."""
    fitting = [
        e for e in reader.resolver.index.named_people(genders) if e.named_in_full or e.gender is not None
    ]
    if len(fitting) != 1:
        return None
    (person,) = fitting
    if not person.named_in_full or person.gender is None:
        return None
    return person if _may_be(person, given, party) else None


def _unroled_person_in_view(reader: Reader, sentence: int, fits: Callable[[Entity], bool]) -> Entity | None:
    """The person most in view that `fits`, clearly more than anyone else who does, where the text named them in
    full and gave them no role (an age aside): who a definite role may first describe."""
    chosen = reader.focus.clear_best(sentence, fits, _UNROLED_FLOOR, _UNROLED_MARGIN)
    if chosen is None or chosen.kind != PERSON or not chosen.named_in_full:
        return None
    return None if any(not is_age_role(r) for r, _, _ in chosen.roles) else chosen


def _may_be(entity: Entity, given: tuple[Role | None, ...], party: str | None) -> bool:
    """Whether a description with the roles `given` and `party` may be `entity`: no other age, nationality or
    party of a court case (`Entity.conflicts`), no other party the text gave them."""
    return not any(entity.conflicts(r) for r in given if r is not None) and not (
        party and entity.other_party(party)
    )


def _speaking_of(reader: Reader, entity: Entity, head: Token) -> bool:
    """Whether a description stands in a reported sentence that goes on with what `entity` said: no one speaks
    of themselves so ("Gerichtspräsident Egli sprach von Etikettenschwindel. Der Angeklagte habe …" is not
    Egli)."""
    speaking = reader.speaking
    return (
        speaking is not None
        and speaking[1] is entity
        and speaking[0] == reader.sentence(head.i)
        and reader.reported is not None
        and reader.reported.contains(head.idx)
    )


def _named_since_sentence(reader: Reader, entity: Entity, sentence: int, before: int) -> bool:
    """Whether a word of the text refers to `entity` from sentence `sentence` on, before token `before`."""
    return any(i < before and reader.sentence(i) >= sentence for i in entity.tokens)


def _asked_before(reader: Reader, entity: Entity, head: Token) -> bool:
    """Whether `entity` owns a question or a statement earlier in the description's sentence ("Auf die Frage
    eines Journalisten, wo …, antwortete der 57-Jährige"): who asked is not who answers, nor is the source
    of "Laut Aussage eines Zeugen" the one the sentence goes on about."""
    doc = reader.doc
    sentence = reader.sentence(head.i)
    for i in entity.tokens:
        if i >= head.i or reader.sentence(i) != sentence:
            continue
        before = i - 1
        while before > 0 and pos_at(doc, before) in {"DET", "ADJ"}:
            before -= 1
        word = doc[before]
        if token_lower(word) in german().question_nouns or is_speech_noun(token_text(word)):
            return True
    return False


def _named_in_content(reader: Reader, entity: Entity, head: Token) -> bool:
    """Whether `entity` was last named or described inside quoted or reported words of the description's own
    sentence ("Die Proben seien anstrengend gewesen, weil Bachmayr …, verriet die Schauspielerin", "Der
    Trainer sei nicht allein schuld, sagte der 31-Jährige"): someone a speaker talks about is not the speaker."""
    last = reader.doc[entity.last]
    # (a pronoun there is the speaker's own: "Seine Mannschaft habe …, sagte der 41-Jährige")
    # (a description's mention starts at its article: "Der Trainer"; not one that brings in someone new,
    # "einen 22-jährigen Automobilisten", who may well speak next)
    described = (token_pos(last) in NOUN_POS and token_text(last)[:1].isupper()) or token_lower(
        last
    ) in german().definite_articles
    named = last.i in reader.resolver.runs or described
    if reader.sentence(last.i) != reader.sentence(head.i) or not named:
        return False
    return reader.in_said_words(last.idx)


# (first names as written, surnames by `surname_key_of`)
_NO_NAMES: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _said_names(reader: Reader, head: Token) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words inside the quoted or reported words of the description's sentence, as first names and as
    surname keys ("„Mikkel hat uns heute getragen“, lobte der Trainer": "Mikkel")."""
    said = [
        t for t in head.sent if t.i != head.i and token_text(t)[:1].isupper() and reader.in_said_words(t.idx)
    ]
    return frozenset(token_text(t) for t in said), frozenset(surname_key_of(t) for t in said)


def _named_in(said_names: tuple[frozenset[str], frozenset[str]], entity: Entity) -> bool:
    """Whether the said words name `entity` by a first name or surname the text gave them, where the pass did not
    link that word to them (`_named_in_content` asks of the words it linked): no one speaks of themselves so."""
    first_names, surnames = said_names
    return not first_names.isdisjoint(entity.first_names) or not surnames.isdisjoint(entity.surnames)


def _speaks_for_a_body(role: Role | None) -> bool:
    """Whether a role is one of speaking for an organisation ("Sprecherin", "Pressesprecher")."""
    return role is not None and is_spokesperson_role(role[0])


def _body_spoken_for(
    reader: Reader, head: Token, named: Entity | None, role: Role | None, *, bare: bool
) -> Entity | None:
    """The organisation a spokesperson speaks for: the one the phrase names ("des Unternehmens"), else, for a
    bare "ein Sprecher", the one organisation clearly in view, and for a compound ("ein Polizeisprecher") only
    one whose name holds its first part; None where none is known."""
    if named is not None:
        return named if named.kind == ORGANISATION and named.label is not None and not named.several else None
    if not bare or role is None:
        return None  # "ein Sprecher des EDA": an owner the lexicon does not read is no licence to guess
    owner, hyphen, _ = token_text(head).rpartition("-")
    if hyphen and is_acronym(owner):
        return organisation_of_acronym(reader, owner)  # "ein ÖBB-Sprecher" speaks for the ÖBB
    # (the word before the role, also before a feminine ending: "Unternehmens" of "Unternehmenssprecherin")
    word = token_lower(head).replace("-", "")
    prefix = word[: max(word.rfind(role[0]), 0)].rstrip("s")
    specific = bool(prefix) and not is_generic_organisation(prefix)  # "Unternehmenssprecher": any company
    # (but a company, not the union or the league beside it: a generic word says the kind)
    kind = organisation_kind(prefix) if prefix and not specific else None

    def fits(entity: Entity) -> bool:
        name = entity.organisation_name
        # (not one the spokesperson's words before a comma name: "Jede Schule könne …, sagte ein Sprecher"; but
        # "Die Feuerwehr rückte nach Angaben eines Sprechers aus" says whose spokesperson in the one clause)
        return (
            name is not None
            and (not specific or prefix in name.lower().replace("-", ""))
            and (kind is None or organisation_kind_of(entity) == kind)
            and not (
                _named_in_content(reader, entity, head) and _comma_between(reader.doc, entity.last, head.i)
            )
        )

    return reader.focus.clear_best(reader.in_view_at(head.i), fits, _BODY_FLOOR, _BODY_MARGIN)


def _marked_whole(doc: Doc, start: int, end: int) -> bool:
    """Whether an opening mark stands right before the phrase [start, end) and a closing mark right after it."""
    de = german()
    return (
        start > 0
        and end < len(doc)
        and text_at(doc, start - 1) in de.opening_marks
        and text_at(doc, end) in de.closing_marks
    )


def _comma_between(doc: Doc, start: int, end: int) -> bool:
    return any(text_at(doc, i) == "," for i in range(start + 1, end))


def _named_after(doc: Doc, end: int) -> bool:
    """ "Eine Sprecherin des Ministeriums, Anna Berg, sagte": a name in apposition right after the phrase, perhaps
    after a title of its own ("Der Vorsitzende des Orchestervorstands, der Cellist Marek Kováčik, sagte")."""
    if end + 1 >= len(doc) or text_at(doc, end) != ",":
        return False
    k = end + 1
    while k < len(doc) and k <= end + _MAX_APPOSED_TITLE and doc[k].ent_type_ not in PERSON_LABELS:
        # (an article the tagger took for a relative pronoun, an adjective by its lower case, an academic title:
        # "Ihr Trainer, der frühere Weltcupläufer Mag. Bernhard Aschauer, …")
        word = text_at(doc, k)
        if doc[k].is_punct or not (
            is_article(doc[k])
            or pos_at(doc, k) == "ADJ"
            or (word.islower() and word.isalpha())
            or is_person_noun(word)
            or is_honorific(doc[k])
        ):
            return False
        k += 1
    return k < len(doc) and doc[k].ent_type_ in PERSON_LABELS


def _introduced_after(doc: Doc, end: int) -> bool:
    """Whether an indefinite description of a person stands in apposition right after the phrase ("Der
    Beschwerdeführer, ein pensionierter Buchhalter aus Unterdorf, …"), perhaps after adjectives."""
    if (
        end + 2 >= len(doc)
        or text_at(doc, end) != ","
        or lower_at(doc, end + 1) not in german().indefinite_articles
    ):
        return False
    k = end + 2
    # (adjectives by their lower case: a tagger may call "pensionierter" a noun)
    while k < len(doc) and k <= end + _MAX_APPOSED_TITLE and text_at(doc, k).islower() and doc[k].is_alpha:
        k += 1
    return k < len(doc) and is_person_noun(text_at(doc, k))


# How many words a title of its own may have before the name in an apposition ("der gebürtige Cellist Dr.").
_MAX_APPOSED_TITLE = 5


def _frame_source(doc: Doc, start: int, end: int) -> bool:
    """Whether the description [start, end) is the source of "laut"/"gemäß" before it or "zufolge" after it
    ("Den Ermittlern des Landeskriminalamts zufolge")."""
    if lower_at(doc, start) in german().possessive_genders:
        return False  # "laut ihrem Anführer": whose leader, the text said before
    kinds = german().cue_words
    before = kinds.get(lower_at(doc, start - 1)) if start >= 1 else None
    after = kinds.get(lower_at(doc, end)) if end < len(doc) else None
    return before == "laut" or after == "zufolge"


def _partitive_pronoun(doc: Doc, article: int | None) -> int | None:
    """The pronoun before a genitive plural article that picks one person out ("einer der Anwohner")."""
    if article is None or article == 0 or lower_at(doc, article) not in german().genitive_plural_articles:
        return None
    pronoun = doc[article - 1]
    if token_lower(pronoun) not in german().partitive_pronoun_genders:
        return None
    # (after a preposition "einer" is a woman's dative: "mit einer der Anwohnerinnen")
    return None if pronoun.i > 0 and pos_at(doc, pronoun.i - 1) == "ADP" else pronoun.i


def _with_owner(doc: Doc, start: int, label: str) -> str:
    """ "Merkels Sprecher": a description with no article keeps the name in the genitive that stands for
    its article, so that the label says whose spokesman it is."""
    if start == 0 or pos_at(doc, start) == "DET":
        return label
    owner = doc[start - 1]
    genitive = ends_as_name_genitive(token_text(owner)) and token_text(owner)[:1].isupper()
    return f"{owner.text} {label}" if genitive and token_pos(owner) == "PROPN" else label
