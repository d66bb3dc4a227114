"""What a token can name: a noun phrase head, a speaker, a person the text names elsewhere.

Reads the tagger, the recogniser and the parse; the German words (titles, organisations, pronouns, first
names) come from `quotekit.lang.de.names`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex
from spacy.attrs import ORTH
from spacy.strings import get_string_id

from quotekit.lang.de.lemmas import lemma_candidates
from quotekit.lang.de.names import (
    double_first_name_gender,
    first_name_gender,
    is_feminine_role,
    is_organisation_noun,
    is_particle_name,
    is_person_noun,
    is_personal_pronoun,
    is_role,
    role_of,
    surname_key,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    entity_ranges,
    parse_cache,
    pos_at,
    remembered,
    run_cache,
    token_column,
    token_lower,
    token_pos,
    token_poses,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import (
    ATTRIBUTIVE_ADJECTIVE_TAG,
    NOMINAL_TAGS,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_AND_MISC_LABELS,
    PLACE_LABELS,
)
from quotekit.syntax.verbs import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "NOMINAL_POS",
    "can_speak",
    "describes_person",
    "first_name_genders",
    "is_described_person",
    "is_known_surname",
    "is_named_surname",
    "is_noble_seat",
    "is_nominal",
    "is_person",
    "is_run_in",
    "is_speaker_like",
    "known_surnames",
    "names_someone",
    "surname_is_known",
    "token_texts",
]

NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})


# An initial for a surname: "Gerald M.", "Sandra W.".
_INITIAL_SURNAME = regex.compile(r"^\p{Lu}\.$")


def _collect_surnames(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """(every surname of a person the doc names, the surnames it gives with a first name)."""
    found: set[str] = set()
    full: set[str] = set()
    words = token_texts(doc)
    poses = token_poses(doc)
    person = {get_string_id(label) for label in PERSON_LABELS}
    # (the entities as token ranges and the words' strings: no `Span` or `Token` is made of each)
    person_ends = {end for _, end, label in entity_ranges(doc) if label in person}
    for start, end, label in entity_ranges(doc):
        if (
            end - start == 1
            and poses[start] == "NOUN"
            and start in person_ends
            and words[start - 1].endswith("s")
        ):
            continue  # "Angela Merkels Rücktritt" with "Rücktritt" a person too: what the name's genitive owns
        last = words[end - 1]
        # A surname may end in a role word ("Thielmann", "Hoffmann") where the name has a first name.
        role = role_of(last) is not None and (end - start < 2 or is_feminine_role(last))
        # (one word the tagger calls a common noun after an attributive adjective, "Der 26-jährige Tiroler",
        # vouches for no one: a name takes no adjective; found elsewhere as a name it still counts)
        lone = (
            end - start == 1
            and poses[start] == "NOUN"
            and start > 0
            and doc[start - 1].tag_ == ATTRIBUTIVE_ADJECTIVE_TAG
        )
        if label in person and _capitalised_name(last) and not role and not lone:
            found.add(surname_key(last))
            if end - start >= 2 and (
                first_name_gender(words[start]) is not None or _unlisted_first_name(words, poses, start, end)
            ):
                full.add(surname_key(last))
            elif end - start >= 2 and first_name_gender(last) is not None and _capitalised_name(words[start]):
                found.add(surname_key(words[start]))  # "Hoang Thi Lan": the family name first
    # "Peter Struck": a capitalised word after a known first name is a surname, whatever the tagger says.
    genders = first_name_genders(doc)
    # (only the words after a first name: no loop step for each of the others)
    for i in [i for i, gender in enumerate(genders[:-1]) if gender is not None]:
        text = words[i + 1]
        if _INITIAL_SURNAME.match(text):
            found.add(surname_key(text))  # "Gerald M.": a court report's initial stands for the surname
            full.add(surname_key(text))
        elif _capitalised_name(text) and not is_feminine_role(text) and not is_organisation_noun(text):
            found.add(surname_key(text))
            full.add(surname_key(text))
        elif text in german().noble_name_particles and i + 2 < len(words) and is_noble_seat(doc[i + 2]):
            found.add(surname_key(words[i + 2]))  # "Karl-Theodor zu Guttenberg", later "Zu Guttenberg"
            full.add(surname_key(words[i + 2]))
    non_names = _non_name_keys()
    return frozenset(found - non_names), frozenset(full - non_names)


def is_noble_seat(token: Token) -> bool:
    """ "Karl-Theodor zu Guttenberg": after a noble particle, the surname is a place's name, which the tagger
    may call a common noun and the recogniser a place ("Maria zu Hause" has none)."""
    text = token_text(token)
    return (
        _capitalised_name(text)
        and not text.isupper()
        and (token_pos(token) == "PROPN" or token.ent_type_ in PERSON_LABELS | PLACE_LABELS)
    )


def _unlisted_first_name(words: list[str], poses: list[str], start: int, end: int) -> bool:
    """ "Hoa Nguyen-Bachmann": a person of two proper nouns (after the roles the recogniser took in:
    "Gemeindepräsident Hoa Bachmann") opens with a first name the table lacks where that word is no role,
    organisation or title; its surname counts as given in full, also where it ends in a role word
    ("Bachmann"), not where it is one ("Werdende Mütter")."""
    while start < end - 2 and role_of(words[start]) is not None:
        start += 1
    first, last = words[start], words[end - 1]
    return (
        end - start == 2
        and role_of(last) not in german().titles
        and poses[start] == "PROPN"
        and poses[start + 1] == "PROPN"
        and _capitalised_name(first)
        and not first.isupper()
        and role_of(first) is None
        and not is_organisation_noun(first)
        and first not in german().non_names
    )


@cache
def _non_name_keys() -> frozenset[str]:
    return frozenset(surname_key(word) for word in german().non_names)


def first_name_genders(doc: Doc) -> list[str | None]:
    """Each token's `first_name_gender`, kept in the run cache: the name rules ask it of every word and of
    the word before."""
    cache = run_cache(doc)
    genders: list[str | None] | None = cache.get("first_name_genders")
    if genders is None:
        # (by the words' string ids, from the ORTH column: no string is hashed; no loop step)
        genders = cache["first_name_genders"] = list(map(_first_name_ids().get, token_column(doc, ORTH)))
        texts = token_texts(doc)
        for i in [i for i, text in enumerate(texts) if "-" in text]:
            if genders[i] is None:
                genders[i] = double_first_name_gender(texts[i])  # "Jan-Hendrik"
    return genders


@cache
def _first_name_ids() -> dict[int, str]:
    """`german().first_names` by the names' string ids (hashes of the strings, the same in every vocab)."""
    return {get_string_id(name): gender for name, gender in german().first_names.items()}


def _is_name_word(text: str) -> bool:
    """Letters only, or hyphenated parts of letters: "Al-Nouri", "Lüthi-Caduff" are surnames too."""
    return all(part.isalpha() for part in text.split("-"))


def _capitalised_name(text: str) -> bool:
    """A capitalised name word, or a surname after its particle ("al-Khatib", later "Al-Khatib")."""
    return _is_name_word(text) and (text[:1].isupper() or is_particle_name(text))


def surname_is_known(text: str, surnames: frozenset[str]) -> bool:
    """`_in` on a word's text: a capitalised word whose key, or its key less a genitive "s", is there."""
    key = surname_key(text)
    if key not in surnames and not (key.endswith("s") and key[:-1] in surnames):
        return False  # (the common case, asked of every capitalised word: decided by the look-ups first)
    # ("el-Baradei" after "Mohammed el-Baradei": the surname keeps its particle in lower case)
    return _capitalised_name(text) or (text[:1].isupper() and _INITIAL_SURNAME.match(text) is not None)


def _surnames(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    cache = run_cache(doc)
    surnames: tuple[frozenset[str], frozenset[str]] | None = cache.get("surnames")
    if surnames is None:
        surnames = cache["surnames"] = _collect_surnames(doc)
    return surnames


def known_surnames(doc: Doc) -> frozenset[str]:
    """Surnames of the persons `doc` names in full or as a person entity somewhere."""
    return _surnames(doc)[0]


def _in(token: Token, surnames: frozenset[str]) -> bool:
    return surname_is_known(token_text(token), surnames)


def is_known_surname(token: Token) -> bool:
    """Whether `token` repeats the surname of a person named elsewhere in the doc ("Glos" after
    "Michael Glos"), also where the recogniser missed this occurrence: names keep their referent
    within a text, so one recognised occurrence vouches for the others."""
    return _in(token, _surnames(token.doc)[0])


def is_named_surname(token: Token) -> bool:
    """Whether the doc gives `token` somewhere as a surname after a first name ("Kessler" in a headline,
    "Rüdiger Kessler" further on): the stronger evidence, enough to make a word a person's name."""
    return _in(token, _surnames(token.doc)[1])


def stands_for_someone(token: Token) -> bool:
    """A demonstrative standing alone for someone, no noun's determiner: at the start of its sentence,
    "Dieser sagte", "Letztere betonte", or right after a finite verb, "so schrieb diese in einer Stellungnahme"
    ("Diese Zahlen", "sagte diese Woche" have their noun)."""
    # (the word first: asked of every subject candidate, and most are no demonstrative; "Beide sagten", "…, sagen
    # beide" stand for the two people named together, `pronouns.read_both`)
    lower = token_lower(token)
    if lower not in german().demonstrative_pronoun_genders and lower not in german().both_alone:
        return False
    doc = token.doc
    if not (token.is_sent_start or _after_speech_verb(token)):
        return False
    return token.i + 1 >= len(doc) or pos_at(doc, token.i + 1) not in {"NOUN", "PROPN", "ADJ", "NUM"}


def _after_speech_verb(token: Token) -> bool:
    """Whether a finite speech verb stands right before the token ("erklärte dieser"; not "wurden diese …
    hingewiesen", where the demonstrative is what the narration is about)."""
    if token.i == 0:
        return False
    verb = token.doc[token.i - 1]
    if not is_finite(verb):
        return False
    forms = lemma_candidates(verb.lemma_.lower() or token_lower(verb), token_lower(verb))
    return any(lemma in german().speech_verbs for lemma in forms)


# The run cache's entry for `can_speak`'s answers by token.
_CAN_SPEAK_KEY = "nominals.can_speak"


def can_speak(token: Token) -> bool:
    """Whether a token can head a speaker mention: a person, a role, a personal pronoun or an organisation."""
    # (kept per token for the run: it reads only what the index decides, the words, tags, entities and sentence
    # starts, and the stages ask it of the same words again and again)
    return remembered(run_cache(token.doc), token, _CAN_SPEAK_KEY, _can_speak)


def _can_speak(token: Token) -> bool:
    if token.ent_type_ in PERSON_LABELS or is_personal_pronoun(token_text(token)) or is_known_surname(token):
        return True
    if stands_for_someone(token):
        return True
    if token_pos(token) not in {"NOUN", "PROPN", "X"}:
        # "der 48-Jährige" tagged NUM, "die Grünen-Politikerin" tagged ADJ
        return is_described_person(token)
    if (
        is_role(token_text(token))
        or is_organisation_noun(token_text(token))
        or first_name_gender(token_text(token)) is not None
    ):
        return True
    if is_described_person(token):
        return True  # "Die 36-Jährige arbeitet als …" with "36-Jährige" a noun
    return token.ent_type_ in ORG_LABELS or (
        token_pos(token) == "PROPN" and token.ent_type_ not in PLACE_AND_MISC_LABELS
    )


# The parse cache's entries for `is_nominal`'s and `is_speaker_like`'s answers by token.
_NOMINAL_KEY = "nominals.is_nominal"
_SPEAKER_LIKE_KEY = "nominals.is_speaker_like"


def is_nominal(token: Token) -> bool:
    """A noun, name or pronoun, also where the tagger's coarse tag is wrong ("NATO-Chef" as ADJ with tag NN,
    "Stoiber" as an adverb but a person to the recogniser)."""
    # (kept per token for the component's run: it reads the fine tag, and rules ask it of the same words again)
    return remembered(parse_cache(token.doc), token, _NOMINAL_KEY, _is_nominal)


def _is_nominal(token: Token) -> bool:
    # (the tags first: they settle most words; the doc's surnames are looked up only for the rest)
    return (
        token_pos(token) in NOMINAL_POS
        or token.tag_ in NOMINAL_TAGS
        or (token.ent_type_ in PERSON_LABELS and token_text(token)[:1].isupper())
        or (token_pos(token) == "X" and token_text(token)[:1].isupper())
        or is_known_surname(token)
        or is_described_person(token)
    )


def is_described_person(token: Token) -> bool:
    """A capitalised person noun the tagger took for an adjective or number: "der 24-Jährige" (NUM), "die
    Grünen-Politikerin" (ADJ). German nouns are capitalised; "ein 24-jähriger Mann" is an adjective."""
    return describes_person(token_text(token))


def describes_person(text: str) -> bool:
    """`is_described_person` on a word's text."""
    return text.rsplit("-", 1)[-1][:1].isupper() and is_person_noun(text)


def is_speaker_like(token: Token) -> bool:
    """Whether a subject can name a speaker: a noun, a name or a personal pronoun, not "es"/"man"."""
    # (kept per token for the component's run: it reads the parse, and rules ask it of the same words again)
    return remembered(parse_cache(token.doc), token, _SPEAKER_LIKE_KEY, _is_speaker_like)


def _is_speaker_like(token: Token) -> bool:
    lower = token_lower(token)
    if (
        lower in german().non_speakers
        or lower in german().definite_prepositions
        or token.is_space
        or token.is_punct
    ):
        return False  # (nor "Vom", "Beim" a tagger calls a name)
    # A capitalised word the parser made a subject is a noun even where the tagger says adjective
    # ("EBay-Deutschland gab bekannt").
    return (
        is_nominal(token)
        or (labels.is_subject(token) and token_text(token)[:1].isupper() and token_pos(token) in {"ADJ", "X"})
        or stands_for_someone(token)
    )


def is_person_name(token: Token) -> bool:
    """A person's name: a PER entity, or a word the text gives elsewhere as a person's surname."""
    return token.ent_type_ in PERSON_LABELS or is_known_surname(token)


def is_person(token: Token) -> bool:
    """A person for sure: a PER entity, a role noun, a personal pronoun."""
    return (
        token.ent_type_ in PERSON_LABELS
        or is_role(token_text(token))
        or is_personal_pronoun(token_text(token))
    )


def names_someone(doc: Doc, mention: CharSpan) -> bool:
    """A mention worth keeping has a noun, a name or a pronoun ("Aktuell" or "Zuletzt" is no speaker), also a
    relative pronoun a weak tagger called an article ("ein Zeuge, der sagte, …") or a demonstrative that
    stands for someone."""
    span = doc.char_span(*mention, alignment_mode="expand")
    return span is not None and any(
        token_pos(t) in {"NOUN", "PROPN", "PRON"}
        or is_nominal(t)
        or labels.is_relative_pronoun(t)
        # ("erklärte dieser" with "dieser" tagged a determiner; at the sentence's start the subject by position
        # is found already)
        or (stands_for_someone(t) and not t.is_sent_start)
        for t in span
    )


def is_run_in(token: Token) -> bool:
    """ "Engagement Deutschlands Bereits im Dezember hatte Merkel …": a function word capitalised inside a
    sentence starts one that a headline without a full stop ran into; it names no one."""
    return (
        token_text(token)[:1].isupper()
        and token.is_stop
        and not token.is_sent_start
        and token.ent_type_ not in PERSON_LABELS
        and token.i > 0
        and not token.doc[token.i - 1].is_punct
    )
