"""The one pass that reads a doc in text order: every name run, pronoun, description and organisation word
outside quotations is read by the module for its kind (`names`, `pronouns`, `descriptions`,
`organisations`), and where a quotation without attribution starts, the one speaker in view is noted."""

from __future__ import annotations

import math
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX, LOWER, POS
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.strings import get_string_id

from quotekit.lang.de.known_organisations import known_organisation_at, may_open_known_organisation
from quotekit.lang.de.names import (
    document_noun_owner,
    first_name_gender,
    is_abstract_noun,
    is_age_noun,
    is_company_name_word,
    is_document_noun,
    is_generic_organisation,
    is_genitive_article,
    is_organisation_noun,
    is_organisation_phrase,
    is_person_noun,
    is_speech_noun,
    names_a_thing,
    speech_noun_owner,
)
from quotekit.lang.de.words import german
from quotekit.stages.reported.narration import date_line_end
from quotekit.stages.speakers.credits import credit_spans
from quotekit.stages.speakers.described_organisations import join_described_organisations
from quotekit.stages.speakers.descriptions import read_description
from quotekit.stages.speakers.documents import issuer_of
from quotekit.stages.speakers.entities import GROUP, PERSON
from quotekit.stages.speakers.extents import acronym_after, is_acronym
from quotekit.stages.speakers.headlines import join_headline_roles
from quotekit.stages.speakers.named_later import join_offices_named_later
from quotekit.stages.speakers.names import company_name_start_before, read_answer_initials, read_run
from quotekit.stages.speakers.organisations import (
    is_acronym_body,
    place_owning_speech_noun,
    read_known_organisation,
    read_organisation,
    read_organisation_name,
    read_owner_by_name,
)
from quotekit.stages.speakers.pronouns import (
    read_both,
    read_demonstrative,
    read_demonstrative_owner,
    read_pronoun,
)
from quotekit.stages.speakers.referents import (
    age_modifies,
    article_of,
    is_article,
    name_runs,
    referent_genders,
    shape_starts,
)
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    pos_at,
    text_at,
    text_of,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import ORG_LABELS, PERSON_LABELS, PLACE_AND_MISC_LABELS
from quotekit.syntax.nominals import describes_person, stands_for_someone
from quotekit.syntax.phrases import (
    attribute_owner,
    marked_name_end,
    place_adjective_at,
    possessive_before_title,
)
from quotekit.syntax.spans import paragraph_bounds, paragraph_spans, tokens_between, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.records import CharSpan
    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = ["read"]

# A quotation without attribution goes to the one in view only when the last sentence named them (or the one
# before made them its subject) and they are at least twice as much in view as anyone else.
_VIEW_FLOOR = 40.0
# The word classes a description or organisation noun may have (a weak tagger takes some for adjectives).
_READ_POS = frozenset({"NOUN", "PROPN", "X", "ADJ"})
_VIEW_MARGIN = 2.0


def read(reader: Reader) -> None:
    """Read the doc once in text order: name runs, then every other token outside quotations."""
    doc = reader.doc
    texts = token_texts(doc)
    known = reader.known_organisations = _known_organisations(texts)
    runs = _outside_known(dict(name_runs(doc)), known)
    reader.name_starts = frozenset(runs)
    for run_start, run_end in runs.items():
        for title in reader.titles(run_start, run_end):
            for token in title:
                reader.tied.setdefault(token.i, run_start)
    pos_ids = token_column(doc, POS)  # (a name is looked up only for the words `_readable` keeps)
    offsets, readable = _readable(doc, pos_ids, reader.speaker_tokens)
    quoted = reader.quoted.contains_each(offsets)
    # (credits and bylines name photographers and authors, not people of the story: read like quotations)
    text = text_of(doc)
    # (a date line, "BERN." or "Wien (APA) –", names where the text comes from, no one in it)
    dated = [
        (start, end) for start, _ in paragraph_spans(text) if (end := date_line_end(text, start)) is not None
    ]
    for start, end in [*credit_spans(text), *dated]:
        for k in range(bisect_left(offsets, start), bisect_left(offsets, end)):
            quoted[k] = True
    i = 0
    orphan = going = 0
    length, orphans, continued = len(doc), reader.orphans, reader.continued
    # (the starts of continued statements are places where reading does something too)
    busy = _busy(readable, quoted, runs, offsets, [*orphans, *(start for start, _ in continued)])
    for start in known:
        busy[start] = True
    # (where the next quotation without attribution and the next continued statement start, infinitely far
    # past the last: one comparison each per token)
    next_orphan = orphans[0] if orphans else math.inf
    next_going = continued[0][0] if continued else math.inf
    while i < length:
        offset = offsets[i]
        if not busy[i] and next_orphan > offset and next_going > offset:
            i = busy.index(True, i)  # (nothing happens on the tokens between: no loop step for each)
            continue
        while next_orphan <= offset:
            _note_in_view(reader, orphans[orphan], i)
            orphan += 1
            next_orphan = orphans[orphan] if orphan < len(orphans) else math.inf
        while next_going <= offset:
            _still_speaking(reader, continued[going][1], i)
            going += 1
            next_going = continued[going][0] if going < len(continued) else math.inf
        if quoted[i]:
            i = runs.get(i, i + 1)
            continue
        if i in known:
            # "Ärzte ohne Grenzen", "Unicef": an organisation known by its name, whatever its words look like
            end, name = known[i]
            read_known_organisation(reader, i, end, name)
            i = end
            continue
        if i + 1 < length and is_organisation_phrase(texts[i], texts[i + 1]):
            # "das Weiße Haus", "des Roten Kreuzes": an organisation by an adjective and its noun, whatever the
            # tagger and the recogniser make of the two words
            read_organisation_name(reader, i, i + 2)
            i += 2
            continue
        if i in runs:
            read_run(reader, i, runs[i], _shared_surname(reader, runs, i))
            i = runs[i]
            continue
        going_on = None  # where reading goes on, when a word's phrase is longer than the word
        if readable[i] == _PRONOUN:
            _read_pronoun_word(reader, doc[i])
        elif readable[i] == _CAPITALISED and (
            reading := _reading_of(reader, i, texts[i], _POS_NAMES[pos_ids[i]])
        ):
            going_on = _read_word(reader, doc[i], reading)
        i = going_on or i + 1
    join_headline_roles(reader)
    join_offices_named_later(reader)
    join_described_organisations(reader)


def _after_indefinite_article(doc: Doc, i: int) -> bool:
    """Whether the article of the noun at token `i` is an indefinite one ("ein", "eine", "einer")."""
    article = article_of(doc, i)
    return article is not None and lower_at(doc, article) in german().indefinite_articles


def _known_organisations(texts: list[str]) -> dict[int, tuple[int, str]]:
    """The known organisations' names in the text (`known_organisation_at`): start -> (end, name)."""
    known: dict[int, tuple[int, str]] = {}
    after = 0  # (where the scan goes on: past the last name found)
    for i in may_open_known_organisation(texts):
        if i < after:
            continue
        found = known_organisation_at(texts, i)
        if found is None:
            continue
        # ("die Hilfsorganisation Ärzte ohne Grenzen": the word of its kind before the name belongs to it)
        start = i - 1 if i > 0 and (i - 1) not in known and is_organisation_noun(texts[i - 1]) else i
        known[start] = found
        after = found[0]
    return known


def _outside_known(runs: dict[int, int], known: dict[int, tuple[int, str]]) -> dict[int, int]:
    """The name runs cut before a known organisation's name in them ("Hilfsorganisation Ärzte" of "Die
    Hilfsorganisation Ärzte ohne Grenzen"); none that opens inside one."""
    if not known:
        return runs
    inside = {i for start, (end, _) in known.items() for i in range(start, end)}
    kept: dict[int, int] = {}
    for start, end in runs.items():
        if start in inside:
            continue
        cut = next((i for i in range(start, end) if i in inside), end)
        kept[start] = cut
    return kept


# What `_readable` says of a token: nothing to read, a pronoun, or a word that starts with a capital or digit.
_SKIP, _PRONOUN, _CAPITALISED = 0, 1, 2


def _busy(
    readable: list[int], quoted: list[bool], runs: dict[int, int], offsets: list[int], orphans: list[int]
) -> list[bool]:
    """For each token, whether `read` may do anything there: read a word outside quotations, a name run
    starts there, or it is the first token at or after the start of a quotation without attribution (where
    reading notes who is in view, unless a jump passed it: then where the jump lands). On the other tokens
    reading only steps on. True at the end, after the last token, so that ``busy.index(True, i)`` always
    finds one."""
    busy = [r != _SKIP and not q for r, q in zip(readable, quoted, strict=True)]
    busy.append(True)
    for start in runs:
        busy[start] = True
    for offset in orphans:
        busy[bisect_left(offsets, offset)] = True
    return busy


def _readable(doc: Doc, pos_ids: list[int], speaker_tokens: set[int]) -> tuple[list[int], list[int]]:
    """Every token's character offset, and whether `read` can find anything in it: a pronoun, or a word that
    starts with a capital or a digit and may name someone (`_may_name_someone_by_text`; any word of a
    speaker's mention). Read from whole-doc arrays, so that the many other tokens are passed over without
    making a `Token` of each."""
    lowers = token_column(doc, LOWER)
    pronoun_ids = _pronoun_ids()
    capitalised = {"X", "d"}
    readable = [
        _PRONOUN if lower in pronoun_ids else _CAPITALISED if start in capitalised else _SKIP
        for start, lower in zip(shape_starts(doc), lowers, strict=True)
    ]
    texts = token_texts(doc)
    # (most capitalised words are common nouns that name no one: passed over like the words in lower case,
    # with no step of the reading loop and no `_reading_of` for each)
    for i in [i for i, kind in enumerate(readable) if kind == _CAPITALISED]:
        if i not in speaker_tokens and not _may_name_someone_by_text(texts[i], _POS_NAMES[pos_ids[i]]):
            readable[i] = _SKIP
    return token_column(doc, IDX), readable


@cache  # asked of every capitalised word
def _may_name_someone_by_text(text: str, pos: str) -> bool:
    """Whether `_reading_of` may find someone in a capitalised word outside a speaker's mention: not where its
    tag and text, or its text alone, say it names no one."""
    if pos not in _READ_POS and not describes_person(text):
        return False
    return _reading_by_text(text) is not None


@cache
def _pronoun_ids() -> frozenset[int]:
    """The string ids of the pronouns and possessives `_readable` looks for (ids are hashes of the strings,
    the same in every vocab: a token's lower-case id is compared, no string is read)."""
    de = german()
    pronouns = (
        de.personal_pronouns
        | de.possessive_genders.keys()
        | de.object_pronoun_genders.keys()
        | de.demonstrative_owner_genders.keys()
        | de.demonstrative_pronoun_genders.keys()
        | de.both_alone
    )
    return frozenset(get_string_id(pronoun) for pronoun in pronouns)


# What a capitalised word may be, read from its text and tag (`_reading_of`); `_read_word` acts on it.
_OWNER, _ORGANISATION, _KNOWN, _DESCRIPTION = "owner", "organisation", "known", "description"
_MARKED, _ISSUED, _ACRONYM, _BODY = "marked", "issued", "acronym", "body"
_NAMED_OWNER = "named owner"
_PEOPLE_OWNER = "people owner"


def _reading_of(reader: Reader, i: int, text: str, pos: str) -> tuple[str, str | None] | None:
    """What the capitalised word `text` at token `i` may be, from its text and tag alone, or None where it
    names no one: an organisation by its speech noun's owner ("Vereinsangaben"), an organisation noun, the
    name of an organisation the text named, or a description of someone. No `Token` is made of the many
    common nouns that name no one."""
    if i in reader.tied:
        return None
    if i in reader.speaker_tokens and _marked_name_end(reader, i) is not None:
        return _MARKED, None  # "laut „Computerwoche“": a medium named in marks, whatever its tag
    if i in reader.speaker_tokens and text.lower() in german().document_issuers:
        return _ISSUED, None  # "Laut Anklage": the prosecution's document
    if i in reader.speaker_tokens and (place := place_owning_speech_noun(reader.doc, i)) is not None:
        return _NAMED_OWNER, place  # "nach Angaben Moskaus": the state or city speaks by its government
    if pos not in _READ_POS and not describes_person(text):
        return None
    by_text = _reading_by_text(text)
    if by_text is not _OPEN:
        return by_text
    if text.lower() in german().named_bodies and _place_name_at(reader.doc, i + 1):
        return _ORGANISATION, None  # "teilte das Land Tirol mit": the state by its name
    # (not an adjective that opens a longer name: "Der Deutsche Wetterdienst" after "der Deutschen Bahn")
    if (
        text[:1].isupper()
        and any(e.name for e in reader.resolver.index.organisations(text))
        and not _adjective_before_noun(reader.doc, i)
    ):
        return _KNOWN, None
    by_noun = _reading_by_noun(text)
    if by_noun is not _OPEN:
        return by_noun
    if is_acronym_body(reader, i, i + 1):
        return _ACRONYM, None  # "Der TCS warnt …" with the acronym tagged as a common noun
    if acronym_after(reader.doc, i + 1) is not None and not is_document_noun(text):
        # "die Internationale Radsport-Integritätsstelle (IRIS)": a body the text names with its acronym
        return _ORGANISATION, None
    if i in reader.speaker_tokens:
        # "nach Angaben des Festivals": a word the lexicon does not know that owns a speech noun is a body
        # that speaks as one, not a description of the person most in view
        if _owns_speech_noun(reader, i):
            return _ORGANISATION, None
        # ("in dem 1.100 Seiten starken Bericht": a noun inside an attribute before the mention's noun; "heißt
        # es in dem Brief": a document, no one)
        if attribute_owner(reader.doc[i]) is not None or is_document_noun(text):
            return None
        if _adjective_before_noun(reader.doc, i) or place_adjective_at(reader.doc, i):
            # "Gemäss dem Schweizerischen Erdbebendienst", "des Vorarlberger Elternforums": the phrase's noun
            # comes next
            return None
        return _DESCRIPTION, None
    token = reader.doc[i]
    if (
        token.ent_type_ in ORG_LABELS
        and labels.is_subject(token)
        and (article_of(reader.doc, i) is None or not describes_person(text))
    ):
        # "Greenpeace kritisierte die Stadt. In ihrem Bericht heißt es, …", "Die Hamas übernahm die
        # Verantwortung. Die Organisation erklärte, …": a body the recogniser names as the subject of the
        # narration is in view, for what points back to it
        return _BODY, None
    return None


def _place_name_at(doc: Doc, i: int) -> bool:
    """Whether token `i` is a capitalised name the recogniser or the tagger calls one ("Tirol", "Zürich")."""
    if i >= len(doc):
        return False
    token = doc[i]
    return token_text(token)[:1].isupper() and (
        token_pos(token) == "PROPN" or token.ent_type_ in PLACE_AND_MISC_LABELS
    )


# What `_reading_by_text` says where the text alone does not decide.
_OPEN: tuple[str, str | None] = ("open", None)


@cache  # asked of every capitalised word
def _reading_by_text(text: str) -> tuple[str, str | None] | None:
    """What a capitalised word is by its text alone: an organisation by its speech noun's owner
    ("Vereinsangaben") or by its noun, nothing for a speech noun; `_OPEN` where its context decides."""
    owner = speech_noun_owner(text)
    # "Polizeibericht": the police's document, as "Polizeiangaben" (an acronym is no issuer: "MRT-Befund")
    issuer = document_noun_owner(text) if owner is None else None
    if issuer and (by_issuer := _reading_by_owner(issuer)) is not None:
        return by_issuer
    if owner and is_organisation_noun(text) and not is_organisation_noun(owner):
        return _ORGANISATION, None  # "Finanzaufsicht": an organisation noun that ends like "Sicht"
    # "nach UN-Angaben", "laut Unicef-Angaben": the organisation by its name (a known one's as the list writes it)
    known = known_organisation_at([owner], 0) if owner else None
    if known is not None:
        return _NAMED_OWNER, known[1]
    if owner and is_acronym(owner):
        return _NAMED_OWNER, owner
    if owner:
        return _reading_by_owner(owner)
    if is_speech_noun(text) or text.lower() in german().postposition_nouns:
        return None  # "laut Angaben", "dem Vernehmen nach": what was said, no one who says it
    if is_organisation_noun(text) or is_generic_organisation(text):
        return _ORGANISATION, None
    return _OPEN


def _reading_by_owner(owner: str) -> tuple[str, str | None] | None:
    """What a compound speech or document noun is by its first part: the organisation it names ("Vereinsangaben"),
    the people it names ("Augenzeugenberichten zufolge", "nach Expertenmeinung"), or nothing."""
    if is_organisation_noun(owner) or is_generic_organisation(owner):
        return _OWNER, owner
    if is_person_noun(owner):
        return _PEOPLE_OWNER, owner
    return None


@cache  # asked of every capitalised word no organisation the text named is called by
def _reading_by_noun(text: str) -> tuple[str, str | None] | None:
    """What a word that names no known organisation is by its text alone: nothing for an abstract noun or a
    thing, a description for a person noun; `_OPEN` where its context decides."""
    if is_abstract_noun(text):
        return None  # "eine Sanierung", "der Begründung": no one who can speak
    if is_age_noun(text) or is_person_noun(text):
        return _DESCRIPTION, None
    if names_a_thing(text):
        return None  # "der Streit", "die Frage": no one who can speak, whatever the parse made its subject
    return _OPEN


def _adjective_before_noun(doc: Doc, i: int) -> bool:
    """Whether the fine tags make word `i` an attributive adjective and the capitalised word after it a noun: a
    capitalised adjective in a name, whatever the coarse tag ("dem Schweizerischen Erdbebendienst")."""
    return (
        doc[i].tag_ == labels.ATTRIBUTIVE_ADJECTIVE_TAG
        and i + 1 < len(doc)
        and doc[i + 1].tag_ in labels.NOMINAL_TAGS
        and text_at(doc, i + 1)[:1].isupper()
    )


def _owns_speech_noun(reader: Reader, i: int) -> bool:
    """Whether token `i` is a genitive attribute of a speech noun right before it ("Angaben des Festivals")."""
    doc = reader.doc
    return (
        i >= 2
        and pos_at(doc, i) in {"NOUN", "PROPN"}
        and is_genitive_article(text_at(doc, i - 1))
        and is_speech_noun(text_at(doc, i - 2))
        and not _weak_adjective_of_body(doc, i)
    )


def _weak_adjective_of_body(doc: Doc, i: int) -> bool:
    """ "des Deutschen Instituts für …": an adjective in "-en" the tagger took for a noun, before the word of an
    organisation's kind, which owns the speech noun instead."""
    return (
        doc[i].tag_ == labels.ATTRIBUTIVE_ADJECTIVE_TAG
        and text_at(doc, i).endswith(german().oblique_adjective_ending)
        and i + 1 < len(doc)
        and (is_organisation_noun(text_at(doc, i + 1)) or is_generic_organisation(text_at(doc, i + 1)))
    )


def _only_person_of_paragraph(reader: Reader, start: int, sentence: int, *, one: bool) -> Entity | None:
    """ "Sandra Fankhauser wohnt in Trubschachen. Ihr Wintergarten ist … «…»": the one person in view whom the
    quotation's own paragraph names before it, though someone quoted in the paragraph before is nearly as
    much in view; a new person named there breaks the chain (a group does not where the words are `one`
    person's: "Die Eigentümerfamilie hat das Feld verkauft. „Ich versteh’ schon …“")."""
    doc = reader.doc
    opening = paragraph_bounds(doc, start, start)[0]
    # (people and groups only: an organisation the paragraph names is what they talk about as often as a
    # speaker, "Für viele Arzneimittel zahlten die Kassen so wenig, …")
    named = [
        e
        for e in reader.focus.recent
        if e.kind in ({PERSON} if one else {PERSON, GROUP})
        and reader.focus.value(e, sentence) >= _VIEW_FLOOR
        and any(opening <= doc[i].idx < start for i in e.tokens)
    ]
    if len(named) > 1:
        # ("Der Landwirt Franz Reisinger bewirtschaftet die Wiese. Die Familie hat sie an einen Projektentwickler
        # verkauft. „…“": someone brought in by a description, who was no subject, is no one the words go on with)
        subjects = reader.resolver.subjects_between(opening, start)
        named = [e for e in named if e.name is not None or e.final.id in subjects]
    if len(named) != 1 or named[0].kind != PERSON or named[0].label is None:
        return None
    return named[0]


def _note_in_view(reader: Reader, start: int, i: int) -> None:
    """Remember the one speaker in view at token `i`, where a quotation without attribution starts: a
    person, group or organisation the last sentences named, well ahead of anyone else. Words in marks are
    first a person's: the one person well ahead of other people ("Ihren Beruf will Kaplan nicht aufgeben.
    »…«" after "Der Verlag teilte mit, …")."""
    sentence = reader.in_view_at(i)
    chosen = None
    quoted = reader.quoted.span_at(start)
    # (words in the first person singular are one person's, not a group's or an organisation's)
    one = quoted is not None and _first_person_singular(reader.doc, i, quoted[1])
    if quoted is not None:
        kinds = {PERSON} if one else {PERSON, GROUP}
        chosen = reader.focus.clear_best(
            sentence, lambda e: e.label is not None and e.kind in kinds, _VIEW_FLOOR, _VIEW_MARGIN
        )
    if chosen is None and not one:
        chosen = reader.focus.clear_best(sentence, lambda e: e.label is not None, _VIEW_FLOOR, _VIEW_MARGIN)
    if chosen is None:
        chosen = _only_person_of_paragraph(reader, start, sentence, one=one)
    if chosen is not None and chosen.last_mention is not None:
        reader.resolver.in_view[start] = (chosen, chosen.last_mention)


def _first_person_singular(doc: Doc, first: int, end: int) -> bool:
    """Whether the words from token `first` up to character `end` say "ich", "mir" or "mich"."""
    words = german().one_speaker_pronouns
    return any(token_lower(token) in words for token in tokens_between(doc, doc[first].idx, end))


def _still_speaking(reader: Reader, mention: CharSpan, i: int) -> None:
    """A reported sentence that goes on with a statement ("Dienste von 25 Stunden seien die Regel.") keeps
    its speaker in view as a new attribution would: a description after it ("kündigte die 38-Jährige an")
    refers to the one still speaking, not to someone named before them."""
    entity = reader.resolver.entity_of(*mention)
    if entity is not None:
        reader.focus.mention(entity, reader.in_view_at(i))
        reader.speaking = (reader.sentence(i), entity)


def _shared_surname(reader: Reader, runs: dict[int, int], start: int) -> Token | None:
    """ "Ruth und Walter Keller", "die Schwestern Lena und Marie Hoffmann": a first name alone before "und"
    and a full name shares its surname."""
    doc = reader.doc
    after = start + 2
    if runs[start] != start + 1 or first_name_gender(text_at(doc, start)) is None or after not in runs:
        return None
    if (
        lower_at(doc, start + 1) not in german().joining_words
        or first_name_gender(text_at(doc, after)) is None
    ):
        return None
    end = runs[after]
    return doc[end - 1] if end - after == 2 else None


def _read_pronoun_word(reader: Reader, token: Token) -> None:
    """A personal pronoun or possessive in lower case, or at a sentence's start, refers to someone."""
    if token_lower(token) in german().both_alone:
        read_both(reader, token)
        return
    if token_text(token)[:1].islower() or token.is_sent_start:
        owner = german().demonstrative_owner_genders.get(token_lower(token))
        if owner is not None:
            read_demonstrative_owner(reader, token, owner)
            return
        if stands_for_someone(token):
            # "Dieser sagte": the one named last whose gender fits, like "dessen"
            read_demonstrative(reader, token, german().demonstrative_pronoun_genders[token_lower(token)])
            return
        genders = referent_genders(token)
        if genders is not None:
            read_pronoun(reader, token, genders)


def _read_word(reader: Reader, token: Token, reading: tuple[str, str | None]) -> int | None:
    """Reads a capitalised word as `_reading_of` found it; returns where reading goes on, or None for the
    next token."""
    kind, owner = reading
    if kind == _MARKED:
        end = _marked_name_end(reader, token.i)
        if end is None:
            return None
        read_organisation_name(reader, token.i, end - 1)
        return end
    if kind == _ISSUED:
        issuer = issuer_of(reader, token)
        if issuer is not None:
            reader.seen(issuer, [token])
        return None
    if kind == _ACRONYM:
        if not read_answer_initials(reader, token.i, token.i + 1):  # ("NC: …" answering in an interview)
            read_organisation_name(reader, token.i, token.i + 1)
        return None
    if kind == _BODY:
        return _read_named_organisation(reader, token)
    if kind == _OWNER:
        return read_organisation(reader, token, owner)  # "laut Vereinsangaben"
    if kind == _PEOPLE_OWNER and owner is not None:
        # (only as a quotation's source: "die Augenzeugenberichte widersprechen sich" brings in no one to go back to)
        if token.i in reader.speaker_tokens:
            group = reader.resolver.index.new(GROUP)
            group.description = owner
            reader.seen(group, [token])
        return None
    if kind == _NAMED_OWNER and owner is not None:
        read_owner_by_name(reader, token, owner)
        return None
    if kind == _ORGANISATION:
        if is_person_noun(token_text(token)) and _after_indefinite_article(reader.doc, token.i):
            # "Ein Altmetallhändler aus dem Bezirk hat sich gemeldet": a word for a person or a firm brings in
            # a person after "ein"; no firm the text names
            return read_description(reader, token)
        return read_organisation(reader, token)
    if kind == _KNOWN:
        known = [e for e in reader.resolver.index.organisations(token_text(token)) if e.name]
        reader.seen(known[-1], [token], named=True)  # "teilte Gämsflug mit" after "das Start-up Gämsflug"
        return None
    if (
        token.i in reader.speaker_tokens
        and token.ent_type_ in ORG_LABELS
        and (
            not _may_name_someone(token)
            or (article_of(reader.doc, token.i) is None and not is_person_noun(token_text(token)))
        )
    ):
        # "Der NDR will aber wissen, dass …"; "Greenpeace forderte": without an article no description
        # (but a role: "CDU-Kreischef spricht von …" in a subhead)
        return _read_named_organisation(reader, token)
    speaking = (
        token.i in reader.speaker_tokens
        and article_of(reader.doc, token.i) is not None
        and _may_name_someone(token)
    )
    described = age_modifies(token)
    if described is not None and described.i in reader.name_starts:
        return None  # "der 85-jährige Joseph Ratzinger": the age of the person named, read with the name
    if described is not None:
        return read_description(reader, described)  # "ein 23-jähriger Automechaniker": a person
    if is_person_noun(token_text(token)) or speaking:
        return read_description(reader, token)
    return None


def _marked_name_end(reader: Reader, i: int) -> int | None:
    """Where the name in marks that token `i` opens ends (after its closing mark), when no person is named
    there: "laut „Computerwoche“", "berichtete «20 Minuten»"."""
    doc = reader.doc
    if i == 0 or text_at(doc, i - 1) not in german().opening_marks:
        return None
    if possessive_before_title(doc, i - 1) is not None:
        return None  # "in seinem aktuellen „Schwarzbuch“": the title of someone's work, no medium
    # (a speaker's name in marks after an article or adjective may hold small words: "erklärte der „Oberste Rat
    # zur Wiederherstellung der Demokratie“"; not words after a colon, "meinte trocken: «Ich glaube …»")
    slogan = i >= 2 and (is_article(doc[i - 2]) or pos_at(doc, i - 2) == "ADJ")
    end = marked_name_end(doc, i - 1, reader.sentence_end(i), slogan=slogan)
    if end is None or any(t.ent_type_ in PERSON_LABELS for t in tokens_in(doc, i, end - 1)):
        return None
    return end


def _may_name_someone(token: Token) -> bool:
    """Whether a word the lexicon does not know may still describe a person because it speaks ("sagte der
    Eifelfuchs", "Der Grüne"): a noun, not an adjective before one ("des Bayrischen Rundfunks"), and not
    an acronym or part of a longer name the recogniser takes for an organisation, a place or a title ("Der
    NDR", "die Süddeutsche Zeitung")."""
    if token_pos(token) not in {"NOUN", "PROPN"}:
        return False
    if token.ent_type_ not in ORG_LABELS | PLACE_AND_MISC_LABELS:
        return True
    in_longer_name = token.ent_iob_ == "I" or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
    )
    if in_longer_name and _ends_in_persons_name(token):
        return True  # "Die Innsbrucker Glaziologin Theresa Pfeifhofer" taken whole: a description and a name
    return not (in_longer_name or token_text(token).isupper())


def _ends_in_persons_name(token: Token) -> bool:
    """Whether the recogniser's span that holds `token` ends in a first name and a surname after it, the name
    of a person the words before describe (not "Friedrich Ebert Stiftung", whose name ends in its kind)."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = end - 2
    return (
        first > token.i
        and first_name_gender(text_at(doc, first)) is not None
        and text_at(doc, end - 1)[:1].isupper()
        and not is_organisation_noun(text_at(doc, end - 1))
    )


def _read_named_organisation(reader: Reader, token: Token) -> int:
    """The organisation the recogniser names with `token` in it ("die Süddeutsche Zeitung"), read whole."""
    doc = reader.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # ("Gemäss Stadtpolizei Wilerau" taken whole by the recogniser: the preposition is no part of the name)
    cue_words = german().cue_words
    while start < end - 1 and (pos_at(doc, start) == "ADP" or lower_at(doc, start) in cue_words):
        start += 1
    # (nor the label before a colon: "SRF: Kritiker sagen" taken whole is two phrases; the token's is the name)
    colons = [k for k in range(start, end) if text_at(doc, k) == ":"]
    if colons:
        start, end = (colons[-1] + 1, end) if token.i > colons[-1] else (start, colons[0])
    if start >= end:
        return token.i + 1
    by_text = _reading_by_text(text_at(doc, start)) if end - start == 1 else None
    if by_text is not None and by_text[0] == _OWNER:
        return read_organisation(reader, doc[start], by_text[1])  # "Gemäss Klubangaben" taken whole
    if is_company_name_word(text_at(doc, end - 1)):
        # "Die Aeschlimann Gehäuse AG" with only "Gehäuse AG" recognised: the words before it that open its name
        start = company_name_start_before(reader, start)
    read_organisation_name(reader, start, end)
    return end
