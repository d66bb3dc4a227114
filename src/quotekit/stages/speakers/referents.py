"""Where the text refers to someone, read from the tokens: name runs, the roles and descriptions set beside a
name, ages, a description's article, what a pronoun may refer to. How far a description or an organisation's
name reaches is read in `quotekit.stages.speakers.extents`.

Names are found where the recogniser misses them: a known first name starts one ("Ruedi Zweifel"), a word
after a first name or a role is its surname, particles join it ("Ursula von der Leyen"), an initial ends
it ("Maurice P."), and a surname the text once gave with a first name vouches for its later uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import ENT_IOB, ENT_TYPE, POS, SHAPE
from spacy.parts_of_speech import IDS as _POS_IDS

from quotekit.lang.de.mood import plural_by_shape
from quotekit.lang.de.names import (
    PERSON_GENDERS,
    article_genders,
    ends_as_name_genitive,
    first_name_gender,
    is_abstract_noun,
    is_academic_title,
    is_age_noun,
    is_feminine_role,
    is_organisation_noun,
    is_particle_name,
    is_person_noun,
    is_romanised_given_name,
    object_pronoun_genders,
    organisation_kind,
    possessive_genders,
    pronoun_genders,
    role_of,
)
from quotekit.lang.de.words import german
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    run_cache,
    text_at,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import (
    ARTICLE_TAG,
    ATTRIBUTIVE_ADJECTIVE_TAG,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_AND_MISC_LABELS,
    POSTPOSITION_TAG,
)
from quotekit.syntax.mentions import passive_agent
from quotekit.syntax.nominals import (
    first_name_genders,
    is_known_surname,
    is_named_surname,
    is_noble_seat,
    known_surnames,
    surname_is_known,
)
from quotekit.syntax.phrases import NP_HEAD_POS, misparsed_participle_at
from quotekit.syntax.spans import tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.stages.speakers.entities import Role

__all__ = [
    "MAX_ROLE_TOKENS",
    "age_after",
    "age_before",
    "age_modifies",
    "age_role",
    "article_of",
    "is_article",
    "is_honorific",
    "is_name_token",
    "is_organisation_run",
    "name_runs",
    "name_words",
    "referent_genders",
    "role_words",
    "shape_starts",
    "surname_key_of",
    "title_after",
    "title_before",
]

# An apposition role phrase ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa") is short.
MAX_ROLE_TOKENS = 8
# Name runs longer than this are titles or lists, not one person's name.
_MAX_NAME_TOKENS = 5
# The ENT_IOB value of a word inside an entity, after its first word (spaCy's "I": 1; 3 is "B", 2 "O").
_IOB_INSIDE = 1
# Words before a description's noun that still belong to it: "die 67-jährige Rentnerin", "der kommunale".
_MAX_MODIFIERS = 4
# An age after a name: two digits ("Ferdinand Rauchenberger, 52, Wirt …"), the words of its apposition
# ("74 Jahre alt") and the comma after them.
_AGE_DIGITS = 2
_AGE_APPOSITION = 5
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "X"})
_NAME_JOINERS = frozenset({"und", "&"})
_MODIFIER_POS = frozenset({"ADJ", "NUM", "ADV", "X", "PROPN"})
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}")  # "22:15" before a live ticker's entry
# What an age after a name opens with: a bracket ("Heinz K. (63)") or a comma ("Derya Kaplan, 41 Jahre alt").
_AGE_OPENINGS = frozenset({"(", ","})


def surname_key_of(token: Token) -> str:
    """The key a surname is looked up by: lower case (a genitive "Stoltenbergs" is looked up without its
    "s" when the form with it is unknown: names end in "s" too, "Brandes", and the tagger's case is weak)."""
    return token_text(token).lower()


# Shorter words with an abstract ending are often names ("Chung", "Jung", "Khartum").
_MIN_ABSTRACT_NAME = 8


def _surname_after_role(token: Token) -> bool:
    """ "dem Abgeordneten Montag" after "Jerzy Montag": a word that is no name elsewhere (a weekday) is the surname
    the text gave a person in full, where a role stands right before it."""
    doc = token.doc
    if token.i == 0 or not is_person_noun(text_at(doc, token.i - 1)):
        return False
    text = token_text(token)
    # (the surname index leaves such words out: the text's own "Jerzy Montag" is looked for here, rarely)
    return any(
        text_at(doc, k) == text and first_name_gender(text_at(doc, k - 1)) is not None
        for k in range(1, token.i)
    )


def is_name_token(token: Token) -> bool:
    """A capitalised word that can be part of a person's name (not a role, organisation or date word)."""
    text = token_text(token)
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text) or "\n" in text:
        return False
    if text in german().non_names and not _surname_after_role(token):
        return False
    if is_organisation_noun(text) or is_split_honorific(token):
        return False
    if (
        token.tag_ == ARTICLE_TAG
        and token.i + 1 < len(token.doc)
        and is_person_noun(text_at(token.doc, token.i + 1))
    ):
        return False  # "Eine Passantin" taken for a person by the recogniser: an article before a role names no one
    if first_name_gender(text) is not None or is_romanised_given_name(text):
        return True  # "Friedemann", "Hermann": a first name, whatever it ends in; "Sung-min", romanised
    if _place_in_genitive_after_role(token):
        return False  # "Der Präsident Frankreichs": whose president, not his name
    if _adjective_of_organisation(token):
        return False  # "laut Süddeutscher Zeitung", "laut Kleiner Zeitung": the paper's adjective
    if (
        len(text) >= _MIN_ABSTRACT_NAME
        and token_pos(token) != "PROPN"
        and is_abstract_noun(text)
        and not is_named_surname(token)
    ):
        return False  # "Heldentum", "Einschätzung": no one's name, whatever the recogniser says
    # A role word is no name ("Sprecherin"), but a surname may end in one ("Hoffmann", "Thielmann"): a
    # first name before it, here or anywhere in the text, says which.
    if role_of(text) is not None:
        if is_named_surname(token):
            return True
        after_first_name = token.i > 0 and first_name_gender(text_at(token.doc, token.i - 1)) is not None
        return after_first_name and not is_feminine_role(text)
    if _INITIAL.match(text) and is_known_surname(token):
        return (
            True  # "M. selbst bekannte sich schuldig" after "Gerald M.": the initial the court report gives
        )
    if (
        _INITIAL.match(text)
        and token.i > 0
        and lower_at(token.doc, token.i - 1) in german().interview_addresses
    ):
        return True  # "…, Frau B. Sie habe …": the initial a court report gives after the courtesy word
    return (
        token_pos(token) == "PROPN"
        or (token.ent_type_ in PERSON_LABELS and not _lone_common_noun(token))
        or _inside_organisation_name(token)
        or first_name_gender(text) is not None
        or is_known_surname(token)
    )


def _adjective_of_organisation(token: Token) -> bool:
    """Whether an attributive adjective (by its tag) that is no first name or known surname stands right before
    an organisation noun, whatever the recogniser calls it: the body's name opens with it ("Süddeutscher
    Zeitung" with no article, in the dative)."""
    doc = token.doc
    return (
        token.tag_ == ATTRIBUTIVE_ADJECTIVE_TAG
        and token.i + 1 < len(doc)
        and is_organisation_noun(text_at(doc, token.i + 1))
        and first_name_gender(token_text(token)) is None
        and not is_named_surname(token)
    )


def _place_in_genitive_after_role(token: Token) -> bool:
    """ "Der Präsident Frankreichs", "der oberste Führer Irans": a place in the genitive (in "-s", a place to the
    recogniser or a genitive attribute to the parse) right after a role with an article before it, and no
    known surname."""
    doc = token.doc
    if token.i < 2 or not token_text(token).endswith("s") or is_known_surname(token):
        return False
    role = doc[token.i - 1]
    if role_of(token_text(role)) is None or article_of(doc, role.i) is None:
        return False
    return token.ent_type_ in PLACE_AND_MISC_LABELS or labels.is_genitive_attribute(token)


def _inside_organisation_name(token: Token) -> bool:
    """ "Die Murtal Wölfe", "die Bangkok Post": a common noun inside an organisation's name that the
    recogniser began with a proper name right before it."""
    return (
        token.ent_type_ in ORG_LABELS
        and token.ent_iob_ == "I"
        and token.i > 0
        and pos_at(token.doc, token.i - 1) == "PROPN"
    )


def _lone_common_noun(token: Token) -> bool:
    """A one-word person entity that the tagger calls a common noun ("Mittelständler unter Druck"): the
    recogniser's guess alone does not make a person noun a name (a surname the text vouches for, or one
    with a first name or title, is a name by the other tests)."""
    return (
        token_pos(token) == "NOUN"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _inside_person_entity(doc: Doc, i: int) -> bool:
    """ "Tran Thi Mai": a word that is no name elsewhere (a month) inside the person the recogniser marks, not
    before a number ("Mai 2024")."""
    token = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        token.ent_iob_ == "I"
        and token.ent_type_ in PERSON_LABELS
        and token_text(token) in german().non_names
        and not (after is not None and after.like_num)
    )


def _after_bare_title(doc: Doc, i: int) -> bool:
    """ "Laut Jurychef Imboden", "sagte Trainer Kowalczyk": a capitalised word right after a role used as a title,
    without an article, and before no other noun, is a surname, whatever the tagger calls it. (Not "bereitet dem
    Bürgermeister Sorgen": the role there has its article.)"""
    # (a role the tagger calls a common noun, no name ending in one: not "Nach Bollmanns Worten"; asked of every
    # capitalised word, so the tags by index first, before any `Token` is made)
    if i == 0 or i + 1 >= len(doc) or pos_at(doc, i - 1) != "NOUN" or pos_at(doc, i + 1) in NP_HEAD_POS:
        return False
    if i >= 2 and pos_at(doc, i - 2) in {"DET", "ADJ", "PRON", "NUM"}:
        return False
    token, title = doc[i], doc[i - 1]
    text = token_text(token)
    # (the cheap tests on the title first, the word lists after)
    return (
        token.is_alpha
        and text[:1].isupper()
        and title.ent_type_ not in PERSON_LABELS
        and role_of(token_text(title)) is not None
        and not is_known_surname(title)
        and text not in german().non_names
        and not is_person_noun(text)
        and not is_organisation_noun(text)
        and not is_abstract_noun(text)
    )


def _after_first_name(doc: Doc, i: int) -> bool:
    """ "Frank Biermann", "Ruedi Zweifel": a capitalised word after a first name is a surname."""
    token = doc[i]
    return (
        i > 0
        and (token.is_alpha or "-" in token_text(token))
        and token_text(token)[:1].isupper()
        and not is_feminine_role(
            token_text(token)
        )  # "Jens Bauer", "Hoffmann": a surname may be or end in a role
        and token_text(token) not in german().non_names
        and (
            first_name_gender(text_at(doc, i - 1)) is not None or is_romanised_given_name(text_at(doc, i - 1))
        )
    )


def _unknown_first_name(doc: Doc, start: int, end: int) -> int:
    """Where a name run starts that a first name the table does not know opens: "ÖVP-Klubobmann August
    Wöginger", "Trainerin Lejla Bešić": a capitalised word between a role noun and the run is a first name; so
    is one that opens an apposition to a role between commas ("Der Direktor der Such- und Rettungsagentur,
    Bambang Suryo Aji, sagte")."""
    if start < 2:
        return start
    word, role = doc[start - 1], doc[start - 2]
    if not (
        word.is_alpha
        and token_text(word)[:1].isupper()
        and not token_text(word).isupper()
        and word.whitespace_
    ):
        return start
    # (whatever else the word may be: "August" is also a month)
    if is_person_noun(token_text(word)) or is_organisation_noun(token_text(word)):
        return start
    if token_text(role) == ",":
        # (not before a first name the table knows: "…, Generalleutnant Hans Keller," has its first name)
        known = first_name_gender(text_at(doc, start)) is not None
        return start - 1 if not known and _apposition_to_role(doc, start - 2, end) else start
    return start - 1 if token_text(role)[:1].isupper() and is_person_noun(token_text(role)) else start


# How far back from an apposition's comma its role noun may stand ("Der stellvertretende Direktor der
# Indonesischen Such- und Rettungsagentur,").
_ROLE_BEFORE_APPOSITION = 8


def _apposition_to_role(doc: Doc, comma: int, end: int) -> bool:
    """Whether the words from `comma` to the run's `end` are an apposition between commas to a phrase with a
    role noun in it, in one sentence."""
    if end >= len(doc) or token_text(doc[end]) != ",":
        return False
    opening = doc[comma].sent.start
    return any(
        token_text(t)[:1].isupper() and is_person_noun(token_text(t))
        for t in doc[max(opening, comma - _ROLE_BEFORE_APPOSITION) : comma]
    )


def _apostrophe_inside_name(doc: Doc, i: int) -> bool:
    """An apostrophe between a single letter and a capitalised word, with no space around it: "O’Keefe"."""
    if i == 0 or i + 1 >= len(doc) or text_at(doc, i) not in german().apostrophes:
        return False
    letter, after = doc[i - 1], doc[i + 1]
    return (
        len(token_text(letter)) == 1
        and token_text(letter).isalpha()
        and not letter.whitespace_
        and not doc[i].whitespace_
        and token_text(after)[:1].isupper()
    )


def name_words(tokens: Sequence[Token]) -> list[str]:
    """The words of a name as the text writes them: tokens without white space between make one word."""
    words: list[str] = []
    glued = False
    for token in tokens:
        if glued and words:
            words[-1] += token_text(token)
        else:
            words.append(token_text(token))
        glued = not token.whitespace_
    return words


def _role_after_full_name(doc: Doc, start: int, i: int) -> bool:
    """Whether word `i` is a role noun right after a first name and a surname that a link such as "ist" opens
    ("Seit 31 Jahren ist Dr. Reinhard Oberreiter Gemeindearzt in Sankt Veit"): the predicate, whatever the
    recogniser took into the person. (A surname that is also a role noun comes right after the first name, "Thomas
    Bauer", or ends a double one, "Paloma Rentería Zimmermann".)"""
    return (
        start >= 0
        and i - start == 2
        and first_name_gender(text_at(doc, start)) is not None
        and first_name_gender(text_at(doc, start + 1)) is None
        and is_person_noun(text_at(doc, i))
        and _copula_before(doc, start)
    )


# How far back before a name the copula of its clause may stand ("Seit 31 Jahren ist Dr. Reinhard …").
_COPULA_REACH = 3


def _copula_before(doc: Doc, start: int) -> bool:
    """Whether "ist", "war" or another link stands just before the name at `start` (titles between): the word
    after the name is then what they are, no second surname ("Paloma Rentería Zimmermann sagte")."""
    links = german().naming_links
    return any(lower_at(doc, k) in links for k in range(max(0, start - _COPULA_REACH), start))


def _passive_agent_after(doc: Doc, particle: int, j: int) -> bool:
    """Whether the word `j` after a "von" is the agent of the passive whose subject the name before it is: "wie
    Hoyzer von Spiegel-Online zitiert wird" (a noble name has its first name before: "Ursula von der Leyen")."""
    if lower_at(doc, particle) not in german().von:
        return False
    agent = passive_agent(doc[particle - 1].head)
    return agent is not None and agent.i == j


def _continues_name(token: Token, *, after_first_name: bool = False) -> bool:
    """A name word after a particle: not an organisation, place, party or acronym ("Anna Berg von der CDU",
    "Filiz Polat von den Grünen"); right after a first name and its particle, whatever the recogniser took it
    for ("Sanne de Jong" inside a wrong organisation)."""
    return (
        token_text(token)[:1].isupper()
        and not token_text(token).isupper()
        and token_lower(token) not in german().party_words
        and (after_first_name or token.ent_type_ not in ORG_LABELS | PLACE_AND_MISC_LABELS)
        and is_name_token(token)
    )


def shape_starts(doc: Doc) -> list[str]:
    """The first character of each token's word shape ("X" capital, "x" lower case, "d" digit, else the
    character), from the doc's SHAPE array: no `Token` is made. Kept in the run cache: the reading pass
    and the name runs both ask it."""
    cache = run_cache(doc)
    starts: list[str] | None = cache.get("shape_starts")
    if starts is None:
        shapes = doc.to_array(SHAPE).tolist()
        try:
            starts = list(map(_SHAPE_STARTS.__getitem__, shapes))  # (no loop step per token)
        except KeyError:
            strings = doc.vocab.strings
            _SHAPE_STARTS.update(
                (shape, strings[shape][:1]) for shape in set(shapes).difference(_SHAPE_STARTS)
            )
            starts = list(map(_SHAPE_STARTS.__getitem__, shapes))
        cache["shape_starts"] = starts
    return starts


# A word shape's string id -> the shape's first character (ids are hashes of the strings, the same in every
# vocab; the string store decodes a new `str` on every look-up). Shapes are short and few: a few thousand.
_SHAPE_STARTS: dict[int, str] = {}


def _may_start_name(doc: Doc) -> list[bool]:
    """For each token, whether a name run may start there: a capitalised word that the tagger calls a
    proper noun, the recogniser a person, that is a first name or follows one, or a surname the doc knows.
    (`is_name_token` and `_after_first_name` hold only where this does.)"""
    strings = doc.vocab.strings
    texts = token_texts(doc)
    first_names = first_name_genders(doc)
    surnames = known_surnames(doc)
    person = {strings[label] for label in PERSON_LABELS}
    propn = _POS_IDS["PROPN"]
    poses, ents = token_column(doc, POS), token_column(doc, ENT_TYPE)
    starts = shape_starts(doc)
    may = [False] * len(starts)
    # (only a capitalised word may, or a surname with its particle, "el-Baradei": the others cost a comparison
    # each, not the whole test)
    for i in [i for i, start in enumerate(starts) if start == "x" and "-" in texts[i]]:
        may[i] = is_particle_name(texts[i]) and surname_is_known(texts[i], surnames)
    for i in [i for i, start in enumerate(starts) if start == "X"]:
        may[i] = (
            poses[i] == propn
            or ents[i] in person
            or first_names[i] is not None
            or (i > 0 and first_names[i - 1] is not None)
            or surname_is_known(texts[i], surnames)
            or _after_bare_title(doc, i)
            # ("Sung-min Park": a romanised given name, tagged as anything, and the surname after it)
            or ("-" in texts[i] and is_romanised_given_name(texts[i]))
            or (i > 0 and "-" in texts[i - 1] and is_romanised_given_name(texts[i - 1]))
            or _particle_opens_name(doc, i, surnames) is not None
        )
    # ("zwei Paar Tourenski", "drei Audi Q5": words after a count are things counted, no one's name, whatever
    # the recogniser says of the word after them; a first name after a count still opens one)
    number = _POS_IDS["NUM"]
    for i in [i for i in range(1, len(may)) if may[i] and poses[i - 1] == number and first_names[i] is None]:
        may[i] = False
        if i + 1 < len(may) and first_names[i + 1] is None:
            may[i + 1] = False
    return may


def _particle_opens_name(doc: Doc, i: int, surnames: frozenset[str]) -> int | None:
    """The token of the surname where a capitalised particle opens a sentence or a clause before it ("Von der
    Leyen sagte" after "Ursula von der Leyen", "Van der Vaart traf"): a particle capitalised only by its place, of
    a surname the text gives a person elsewhere (or the recogniser a person here); None elsewhere ("Von Berlin
    aus", "De facto")."""
    text = text_at(doc, i)
    de = german()
    if not text[:1].isupper() or text.lower() not in _opening_particles():
        return None
    if i > 0 and not doc[i - 1].is_punct and not doc[i - 1].is_space:
        return None
    j = i + 1
    if j < len(doc) and lower_at(doc, j) in de.second_name_particles:
        j += 1
    if j >= len(doc) or not text_at(doc, j)[:1].isupper():
        return None
    known = surname_is_known(text_at(doc, j), surnames) or doc[i].ent_type_ in PERSON_LABELS
    return j if known and doc[j].ent_type_ not in ORG_LABELS else None


@cache  # (asked of every capitalised word: the union made once)
def _opening_particles() -> frozenset[str]:
    """The particles that may open a surname: "von", "van", "de", "zu"."""
    return german().name_particles | german().noble_name_particles


def _nickname_inside_name(doc: Doc, i: int) -> bool:
    """Whether a capitalised word in marks at token `i` stands between a first name and a capitalised noun, the
    surname (the tagger may call it a common noun: it is the first name that vouches for it)."""
    if i + 3 >= len(doc) or first_name_gender(text_at(doc, i - 1)) is None:
        return False
    mark, nickname, closing, after = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
    return (
        mark.is_quote
        and closing.is_quote
        and token_text(nickname)[:1].isupper()
        and nickname.is_alpha
        and token_text(after)[:1].isupper()
        and after.is_alpha
        and token_pos(after) in NP_HEAD_POS
    )


# A word this long with an abstract ending ("Gesprächsbereitschaft") ends a name run; shorter ones may be names
# ("Leung", "Hartung").
_MIN_ABSTRACT_IN_NAME = 9


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of name tokens [start, end), with particles inside and an initial at the end."""
    particles = german().name_particles
    surnames = known_surnames(doc)
    may_start = [*_may_start_name(doc), True]  # (True at the end: `index` below stops there)
    runs: list[tuple[int, int]] = []
    start = -1
    i = 0
    length = len(doc)
    while i < length:
        if start < 0 and not may_start[i]:
            # (decided from the doc's arrays: no Token is made of the many words that start none, and
            # `list.index` passes over them without a loop step each)
            i = may_start.index(True, i)
            continue
        token = doc[i]
        if start < 0 and (surname := _particle_opens_name(doc, i, surnames)) is not None:
            start, i = i, surname  # "Von der Leyen sagte": the particle opens the name at a sentence's start
            continue
        if _role_after_full_name(doc, start, i):
            # (the role is no name of its own either, whatever the recogniser took into the person)
            runs.append((start, i))
            start = -1
            i += 1
            continue
        if (
            token_text(token)[:1].isupper()
            and (
                is_name_token(token)
                or _after_first_name(doc, i)
                or (start < 0 and _after_bare_title(doc, i))
                or (start >= 0 and _inside_person_entity(doc, i))
            )
            # ("signalisierte Ogris Gesprächsbereitschaft" with the object taken into the person: no name goes
            # on with a long noun of abstract ending, whatever its tag; "C.Y. Leung" is a short name)
            and not (
                start >= 0
                and len(token_text(token)) >= _MIN_ABSTRACT_IN_NAME
                and is_abstract_noun(token_text(token))
            )
            # ("gegen den 34-jährigen Mario K. Er hatte …": the initial's point ended the sentence; a subject
            # pronoun is no name, whatever the recogniser took into the person)
            and token_lower(token) not in german().subject_pronouns
        ):
            start = i if start < 0 else start
            i += 1
            continue
        if is_particle_name(token_text(token)):
            # "Mohammed el-Baradei", "Baschar al-Assad"; alone ("sagte el-Baradei") where `_may_start_name` let it
            start = i if start < 0 else start
            i += 1
            continue
        if start >= 0 and _apostrophe_inside_name(doc, i):
            i += 2  # "Mark O’Keefe", "Massimo D’Alema": one name word, whatever the tokeniser split
            continue
        if start >= 0 and _nickname_inside_name(doc, i):
            i += 4  # "Andreas „Andi“ Pichlmayr": a nickname in marks between first name and surname
            continue
        if start >= 0:
            # "Ursula von der Leyen": particles between two name words; "Maurice P.": an initial.
            after_first = first_name_gender(text_at(doc, i - 1)) is not None
            noble = after_first and token_lower(token) in german().noble_name_particles
            j = i + 1 if token_lower(token) in particles or noble else i
            if j > i and j < len(doc) and lower_at(doc, j) in german().second_name_particles:
                j += 1
            if (
                j > i
                and j < len(doc)
                and _continues_name(doc[j], after_first_name=after_first)
                and (after_first or not _passive_agent_after(doc, i, j))
            ):
                i = j
                continue
            if noble and j < len(doc) and is_noble_seat(doc[j]):
                i = j + 1  # (the seat is the surname, whatever its tag: no name word of its own)
                continue
            if _INITIAL.match(token_text(token)) and after_first:
                i += 1
            runs.append((start, i))
            start = -1
            continue
        i += 1
    if start >= 0:
        runs.append((start, len(doc)))
    runs = [(_unknown_first_name(doc, s, e), e) for s, e in runs]
    split: list[tuple[int, int]] = []
    genders = first_name_genders(doc)  # (each word's `first_name_gender`, looked up once per run)
    # (the entity columns of the run's index, by string id: no `Token` per word)
    types, iobs = token_column(doc, ENT_TYPE), token_column(doc, ENT_IOB)
    organisation = {doc.vocab.strings[label] for label in ORG_LABELS}
    person = {doc.vocab.strings[label] for label in PERSON_LABELS}
    for s, e in runs:
        # A run that a first name opens inside an organisation's name the recogniser gives starts where that
        # name starts ("die New York Times", whose "New" is no name word): no person's name.
        # (not back over a role or nationality: "Die Niederländerin Sanne de Jong" taken for an organisation)
        # (nor back over a comma: "Die Landesbeauftragte für Datenschutz, Serap Erdoğdu," in one organisation
        # is a role and the name in apposition)
        inside = (
            iobs[s] == _IOB_INSIDE
            and types[s] in organisation
            and not is_person_noun(text_at(doc, s - 1))
            and not doc[s - 1].is_punct
        )
        while inside and genders[s] is not None and s > 0 and iobs[s] == _IOB_INSIDE:
            s -= 1
        # "FC Rotweiß Halbach" with "FC" and "Rotweiß" tagged common nouns: a run inside an organisation's name
        # that an abbreviation of its kind opens starts with the name, or the place alone ("Halbach") stands for
        # the club and joins "Amtsgericht Halbach"
        if inside and genders[s] is None:
            s = _kind_abbreviation_opening(doc, s, iobs)
        first = s
        one_organisation = all(t in organisation for t in types[s:e]) and all(
            iob == _IOB_INSIDE for iob in iobs[s + 1 : e]
        )
        # "Montag Annalena Baerbock": a first name inside a run starts the name, unless the run already
        # starts with one ("Neil Alden Armstrong"); so does one after a role the recogniser took into the
        # person ("Meteorologin Lena Kopeinig").
        role = genders[s] is None and types[s] in person and is_person_noun(text_at(doc, s))
        if genders[s] is None and (types[s] not in person or role) and not one_organisation:
            first = next((k for k in range(s + 1, e - 1) if genders[k] is not None), s)
        # "Auktionator Mag. Florian Kaltenegger" with the role taken into the person: a name starts after an
        # academic title, never before it
        first = max(first, _after_titles(doc, first, e))
        # ("Verteidiger Mag. Dr. Paul Grabner" with "Dr." tagged a common noun: a title alone names no one)
        if not _only_titles(doc, first, e):
            split.append((first, e))
    return [(s, e) for s, e in split if e - s <= _MAX_NAME_TOKENS]


def _kind_abbreviation_opening(doc: Doc, start: int, iobs: list[int]) -> int:
    """Where the organisation's name that token `start` is inside starts, if an abbreviation of its kind opens
    it ("FC", "HC") and only capitalised words come between; else `start`."""
    opens = start
    while opens > 0 and iobs[opens] == _IOB_INSIDE:
        opens -= 1
        text = text_at(doc, opens)
        if not text[:1].isupper() or is_person_noun(text):
            return start
    text = text_at(doc, opens)
    return opens if opens < start and text.isupper() and organisation_kind(text) is not None else start


def _only_titles(doc: Doc, start: int, end: int) -> bool:
    """Whether the run [start, end) is academic titles and nothing else ("Mag.", "Mag" ".")."""
    k = end
    while k > start and (opens := honorific_before(doc, k)) is not None and opens >= start:
        k = opens
    return k == start


def _after_titles(doc: Doc, start: int, end: int) -> int:
    """Where a run [start, end) goes on after the last academic title inside it ("Mag.", "Dr.", "Mag" "."),
    leaving the run one word at least; `start` if it holds none."""
    after = start
    # (from the run's first word: the recogniser may take a title into the name, "ÖkR Johann Mayr")
    for k in range(start, end - 1):
        if honorific_before(doc, k + 1) == k:
            after = k + 1
        elif is_split_honorific(doc[k]):
            after = k + 2
    return after if after < end else start


def is_organisation_run(doc: Doc, start: int, end: int) -> bool:
    """A run the recogniser takes for an organisation and nothing marks as a person."""
    types = token_column(doc, ENT_TYPE)[start:end]  # (as `tokens_in` would give them, without a `Token` each)
    strings = doc.vocab.strings
    return any(strings[label] in types for label in ORG_LABELS) and not any(
        strings[label] in types for label in PERSON_LABELS
    )


def age_modifies(token: Token) -> Token | None:
    """ "ein 23-jähriger Automechaniker": the noun an age adjective in lower case describes, or None."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        not is_age_noun(token_text(token))
        or token_text(token).rsplit("-", 1)[-1][:1].isupper()
        or following is None
    ):
        return None
    # another adjective may come between: "ein 83-jähriger ehemaliger Eisenbahner"
    if token_pos(following) == "ADJ" and token_text(following)[:1].islower() and token.i + 2 < len(doc):
        following = doc[token.i + 2]
    return following if token_pos(following) in NP_HEAD_POS and token_text(following)[:1].isupper() else None


def _age_role(head: Token) -> str:
    """ "38-jährig" for "die 38-Jährige" (also written "38 - Jährige"): an age ties only the same age."""
    doc = head.doc
    number = token_text(head).split("-", 1)[0] if token_text(head)[:1].isdigit() else ""
    if not number:
        before = [doc[i] for i in range(max(0, head.i - 2), head.i) if text_at(doc, i) != "-"]
        number = token_text(before[-1]) if before and before[-1].like_num else ""
    return f"{number}-jährig" if number else "jährig"


def age_role(tokens: Sequence[Token]) -> Role | None:
    """The age a description gives ("ein 23-jähriger Automechaniker", "die 38-Jährige") as a role, or None."""
    age = next((t for t in tokens if is_age_noun(token_text(t))), None)
    return None if age is None else (_age_role(age), frozenset(), "")


def age_before(doc: Doc, start: int) -> Role | None:
    """The age given right before a name: "der 85-jährige Joseph Ratzinger"."""
    if (
        start == 0
        or not is_age_noun(text_at(doc, start - 1))
        or text_at(doc, start - 1).rsplit("-", 1)[-1][:1].isupper()
    ):
        return None
    return _age_role(doc[start - 1]), frozenset(), ""


def age_after(doc: Doc, end: int) -> Role | None:
    """The age given after a name or description: "Heinz K. (63)", "Derya Kaplan, 41 Jahre alt"."""
    texts = token_texts(doc)
    if end >= len(texts) or texts[end] not in _AGE_OPENINGS:
        return None  # (most names and descriptions: decided without a Token)
    words = [token_lower(t) for t in tokens_in(doc, end, end + 5)]  # (tokens_in stops at the doc's end)
    de = german()
    bracketed = len(words) >= 3 and words[0] == "(" and words[2] == ")"
    spelled = len(words) >= 4 and words[0] == "," and (words[2], words[3]) == de.age_words
    # "Ferdinand Rauchenberger, 52, Wirt des Gasthauses": a bare number of years between commas
    bare = len(words) >= 3 and words[0] == "," and words[2] == "," and len(words[1]) == _AGE_DIGITS
    if not (bracketed or spelled or bare) or not words[1].isdigit():
        return None
    number = words[1]
    return f"{number}-jährig", frozenset(), ""


def role_words(tokens: Sequence[Token]) -> Role | None:
    """(role, the other content words, the compound prefix) of a role or description phrase, or None."""
    # (whatever its tag: "ÖADP-Geschäftsführerin Mag.a Regina Lindenthaler" tagged as a determiner)
    heads = [t for t in tokens if is_person_noun(token_text(t))]
    if not heads:
        return None
    # "Frau Stadträtin", "Herr Bürgermeister": the address is a courtesy, the role after it says who
    head = heads[1] if len(heads) > 1 and token_lower(heads[0]) in german().interview_addresses else heads[0]
    if len(heads) > 1 and heads[1].i == head.i + 1 and _present_participle(head):
        # "Die Vorsitzende Richterin", "Leitender Oberstaatsanwalt": a participle before a role noun is its
        # attribute; the noun says who they are ("die Richterin" later is the same person)
        head = heads[1]
    described = age_modifies(head)
    if described is not None and described in tokens:
        head = described  # "ein 23-jähriger Automechaniker": the role is the noun's
    if is_age_noun(token_text(head)):
        role = _age_role(head)
    else:
        role = role_of(token_text(head)) or token_text(head).lower().rsplit("-", 1)[-1]
    prefix = (
        token_text(head).lower().split("-", 1)[0]
        if "-" in token_text(head) and not token_text(head)[:1].isdigit()
        else ""
    )
    words = frozenset(
        token_lower(t).rstrip("s")
        for t in tokens
        if t.i > head.i and token_pos(t) in {"NOUN", "PROPN", "ADJ", "X"}
    )
    return role, words, prefix


def _present_participle(token: Token) -> bool:
    """ "Vorsitzende", "Leitender", "Stellvertretenden": a present participle with an adjective's ending."""
    return token_lower(token).endswith(german().present_participle_endings)


def title_before(doc: Doc, start: int) -> list[Token]:
    """The role or description right before a name ("NATO-Generalsekretär Jens Stoltenberg", "der Brite
    Edward Ashcombe", "ihre Landesvorsitzende Sabine Thielmann") or an apposition before it ("Der Sprecher
    der Polizei, Markus Treiber")."""
    honorifics: list[Token] = []
    while (opens := honorific_before(doc, start)) is not None:
        honorifics[:0] = doc[opens:start]
        start = opens
    if start == 0:
        return honorifics
    before = doc[start - 1]
    if (
        (is_person_noun(token_text(before)) or _demonym_before_first_name(doc, start))
        and token_text(before)[:1].isupper()
        and not _plural_before_one_name(before)
    ):
        phrase = [before]
        for index in range(start - 2, max(-1, start - 2 - _MAX_MODIFIERS), -1):
            token = doc[index]
            # (an article the tagger took for a relative pronoun: "Ihr Trainer, der frühere Weltcupläufer …")
            article = is_article(token)
            if (
                (token_pos(token) not in _MODIFIER_POS and not article and not _place_adjective(token))
                or token.is_punct
                or "\n" in token_text(token)
            ):
                break
            phrase.insert(0, token)
            if article:
                break
        first = phrase[0].i
        if (
            not is_article(phrase[0])
            and first >= 2
            and lower_at(doc, first - 1) in _NAME_JOINERS
            and token_text(doc[first - 2])[:1].isupper()
            and is_person_noun(token_text(doc[first - 2]))
        ):
            # "Der deutsche Vizekanzler und Arbeitsminister Franz Müntefering": two roles joined before the name
            # are both his
            return [*title_before(doc, first - 1), doc[first - 1], *phrase, *honorifics]
        # "Die Schweizer Delegationsleiterin, Botschafterin Nora Tschudi": an apposition before the title;
        # also before a title with its article ("die Leiterin der Arbeitsgruppe, die Biologin Helene …")
        opens = not is_article(phrase[0]) or (phrase[0].i > 0 and doc[phrase[0].i - 1].text == ",")
        titles = [*title_before(doc, phrase[0].i), *phrase] if opens else phrase
        return [*titles, *honorifics]
    described = _described_apposition(doc, start)
    if described:
        return [*described, *honorifics]
    if token_text(before) != "," or start < 2:
        return honorifics
    phrase = []
    index, first = start - 2, max(-1, start - 2 - MAX_ROLE_TOKENS)
    while index > first:
        token = doc[index]
        if token.is_quote or token_text(token) == ")":
            # "Eine Vertreterin der Anlegerinitiative „Sonnenfeld-Geschädigte“, Gudrun Stallmann", "die
            # Chefverhandlerin der Gewerkschaft Soziales und Gesundheit (GSG), Eva Scheibenreif": a name in
            # marks or an abbreviation in brackets is part of the phrase
            opening = _opening_mark(doc, index, first)
            if opening is None:
                break
            phrase[:0] = doc[opening : index + 1]
            first = max(-1, first - (index - opening + 1))  # (the marked words do not count)
            index = opening - 1
            continue
        # "der Gewerkschaft Soziales und Gesundheit": "und" inside an organisation's name
        joins_names = (
            token_lower(token) in _NAME_JOINERS and bool(phrase) and token_text(phrase[0])[:1].isupper()
        )
        if not joins_names and (
            (token_pos(token) not in _PHRASE_POS and not misparsed_participle_at(doc, index))
            or token.is_punct
            or "\n" in token_text(token)
        ):
            break
        phrase.insert(0, token)
        index -= 1
    # (a live ticker's time stamp opens no phrase: "22:15 Die Gemeindepräsidentin von Kirchberg, Erika Liechti")
    if phrase and _TIME_STAMP.fullmatch(token_text(phrase[0])):
        phrase = phrase[1:]
    # ("Der Klubobmann der Freiheitlichen, Ing. Markus Pretterhofer": the apposition and the honorific)
    apposed = phrase if phrase and role_words(phrase) is not None and token_pos(phrase[0]) == "DET" else []
    if not apposed and phrase:
        apposed = _owned_role(phrase)
    return [*apposed, *honorifics]


def _described_apposition(doc: Doc, start: int) -> list[Token]:
    """ "Der Enkel, der 19-jährige Maximilian Haberl": an article and adjectives before a name that is set off
    after a role; the role phrase before the comma with them (nothing where no role stands there)."""
    k = start - 1
    # (adjectives in lower case; an age, which a tagger may call a noun: "der 49-jährige")
    while k >= 0 and (
        (pos_at(doc, k) == "ADJ" and text_at(doc, k).islower()) or is_age_noun(text_at(doc, k))
    ):
        k -= 1
    if k == start - 1 or k < 1 or lower_at(doc, k) not in german().definite_articles:
        return []
    if text_at(doc, k - 1) != ",":
        return []
    apposed = title_before(doc, k)
    return [*apposed, *doc[k:start]] if apposed else []


def _owned_role(phrase: list[Token]) -> list[Token]:
    """ "Van Oostveens Anwalt, Dr. Felix Tammerer", "Merkels Sprecher, Steffen Seibert": a role that a name in
    the genitive owns, set off before the name; the role words only (the owner is someone else)."""
    de = german()
    first = token_lower(phrase[0])
    if first in de.demonstrative_owner_genders or first in de.possessive_genders:
        # ("Dessen Sprecher, der Milchbauer Heiko Thormählen", "Ihr Anwalt, Dr. Felix Tammerer": a demonstrative or
        # possessive owner, whatever the tagger makes of it)
        role = phrase[1:]
    else:
        k = 0
        while (
            k < len(phrase)
            and token_text(phrase[k])[:1].isupper()
            and not is_person_noun(token_text(phrase[k]))
        ):
            k += 1
        owner, role = phrase[:k], phrase[k:]
        if not owner or not ends_as_name_genitive(token_text(owner[-1])):
            return []
    if not role:
        return []
    return role if is_person_noun(token_text(role[0])) and role_words(role) is not None else []


def is_article(token: Token) -> bool:
    """A determiner, or a word with an article's form (a tagger may call "der" a relative pronoun)."""
    if token_pos(token) == "DET":
        return True
    lower = token_lower(token)
    return lower in german().definite_articles or lower in german().indefinite_articles


def honorific_before(doc: Doc, end: int) -> int | None:
    """Where an academic title right before token `end` starts ("Dr.", "Ing.", "Mag.a"; also "Mag" "." that
    the tokenizer split), or None."""
    if end == 0:
        return None
    if is_academic_title(text_at(doc, end - 1)) or text_at(doc, end - 1) in german().capital_titles:
        return end - 1
    if end >= 2 and text_at(doc, end - 1) == "." and is_split_honorific(doc[end - 2]):
        return end - 2
    return None


def is_honorific(token: Token) -> bool:
    """An academic title or a piece of one ("Prof.", "Dr.", "Mag" and its full stop split off)."""
    doc, i = token.doc, token.i
    if is_academic_title(token_text(token)) or token_text(token) in german().capital_titles:
        return True
    if is_split_honorific(token):
        return True
    return token_text(token) == "." and i > 0 and is_split_honorific(doc[i - 1])


def is_split_honorific(token: Token) -> bool:
    """ "Mag" in "Mag. Sonja Klammer": a title the tokenizer parted from its full stop (glued to it)."""
    doc = token.doc
    return (
        token.i + 1 < len(doc)
        and text_at(doc, token.i + 1) == "."
        and doc[token.i + 1].idx == token.idx + len(token_text(token))
        and token_lower(token) + "." in german().academic_titles
    )


def _opening_mark(doc: Doc, closing: int, first: int) -> int | None:
    """The quotation mark or bracket that opens the short name, title or abbreviation closed at token
    `closing`, back to `first`."""
    bracket = text_at(doc, closing) == ")"
    for index in range(closing - 1, first, -1):
        token = doc[index]
        if (token_text(token) == "(") if bracket else token.is_quote:
            return index if index < closing - 1 else None
        if "\n" in token_text(token) or token_text(token) in {".", ":", ";"}:
            return None
    return None


# How many words a duration after "seit" may take before the role: "seit vielen Jahren", "seit 2019".
_SINCE_WORDS = 3


def title_after(doc: Doc, end: int) -> list[Token]:
    """An apposition after a name: "Jerry Larson, dem Präsidenten von UP Aerospace", "Fridolin Kubli,
    Präsident des kantonalen Fischereiverbands"."""
    if end >= len(doc) or text_at(doc, end) != ",":
        return []
    phrase: list[Token] = []
    start = end + 1
    if start < len(doc) and lower_at(doc, start) in german().apposition_time_adverbs:
        start += 1  # "Stefan Rautenberg, heute Experte beim Streamingdienst …": the role it is now
    elif start < len(doc) and lower_at(doc, start) == german().apposition_since:
        # "Heinz-Dieter Lampe, seit 41 Jahren Dauerkarteninhaber": the role after its duration
        start = next(
            (
                t.i
                for t in tokens_in(doc, start + 1, start + _SINCE_WORDS + 1)
                if is_person_noun(token_text(t))
            ),
            start,
        )
    elif age_after(doc, end) is not None:
        # "Ferdinand Rauchenberger, 52, Wirt des Gasthauses", "Elfriede Moosbrugger, 74 Jahre alt, pensionierte
        # Gymnasiallehrerin": the role after the age
        comma = next(
            (t.i for t in tokens_in(doc, start, start + _AGE_APPOSITION) if token_text(t) == ","), None
        )
        if comma is None:
            return []
        start = comma + 1
    for token in tokens_in(doc, start, start + MAX_ROLE_TOKENS):  # (up to the doc's end)
        if token_pos(token) not in _PHRASE_POS or token.is_punct or "\n" in token_text(token):
            break
        phrase.append(token)
    if not phrase or role_words(phrase) is None:
        return []
    # The role must come first ("Präsident des …", "die Sprecherin …"), not after a verb's object.
    first_content = next((t for t in phrase if token_pos(t) not in {"DET", "ADJ", "NUM"}), None)
    return phrase if first_content is not None and is_person_noun(token_text(first_content)) else []


# How far after the first name a plural title's second name may be joined: "die Schwestern Lena und Marie".
_NAMES_JOINED_WITHIN = 3


def _plural_before_one_name(token: Token) -> bool:
    """A role noun in an inflected plural before a single name ("von den Ermittlern Demjanjuk zugeordnet"):
    many people, no title of the one name after it (not "die Schwestern Lena und Marie Hoffmann", the title
    of names joined by "und")."""
    # (a plural ending in "n" the base form lacks: "Ermittlern", "Schwestern"; not "Datenschutzbeauftragte",
    # which a tagger may call plural)
    lemma = token.lemma_.lower()
    if (
        "Plur" not in morph_values(token, "Number")
        or not token_lower(token).endswith("n")
        or lemma.endswith("n")
    ):
        return False
    doc = token.doc
    following = doc[token.i + 2 : token.i + 2 + _NAMES_JOINED_WITHIN]
    return not any(token_lower(t) in german().coordinators or token_text(t) == "," for t in following)


def article_of(doc: Doc, head: int) -> int | None:
    """The article or possessive of the description headed by token `head`, a few modifiers before it."""
    stop = head - 1 - _MAX_MODIFIERS
    texts = token_texts(doc)
    for index in range(head - 1, stop if stop > -1 else -1, -1):
        text = texts[index]
        if _is_article_or_possessive(text):
            return index
        token = doc[index]
        # "der 29-Jährige" may come as "29", "-", "Jährige"; "der enttäuschte Trainer": a participle the
        # tagger calls a verb keeps its attributive tag
        if (
            (token_pos(token) not in _MODIFIER_POS or token.is_punct)
            and token.tag_ != "ADJA"
            and text != "-"
            and not _place_adjective(token)
            and not _age_unit(token)
        ):
            return None
    return None


@cache  # asked of the words before every description's noun
def _is_article_or_possessive(word: str) -> bool:
    return article_genders(word) is not None or possessive_genders(word) is not None


def _age_unit(token: Token) -> bool:
    """ "eine 79 Jahre alte Frau": the unit of an age spelt out, after its number and before "alt"."""
    doc = token.doc
    return (
        token_lower(token) in german().age_units
        and token.i > 0
        and doc[token.i - 1].like_num
        and token.i + 1 < len(doc)
        and lower_at(doc, token.i + 1).startswith("alt")
    )


def _demonym_before_first_name(doc: Doc, start: int) -> bool:
    """ "der Walliser Didier Favre", "die Tirolerin Anna Mair": a word in "-er" or "-erin" between an article
    and a first name names where the person is from (before a noun it is a place's adjective, "die Walliser
    Regierung", so it is no person noun by itself)."""
    if start < 2 or first_name_gender(text_at(doc, start)) is None:
        return False
    word = text_at(doc, start - 1)
    return (
        word[:1].isupper()
        and word.endswith(("er", "erin"))
        and pos_at(doc, start - 2) == "DET"
        and lower_at(doc, start - 2) not in german().possessive_genders
    )


def _place_adjective(token: Token) -> bool:
    """ "der Emmentaler Landwirt", "der Berliner Kriminologe": a place's adjective in "-er", which taggers take
    for a noun, right before a noun."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token_text(token)[:1].isupper()
        and token_text(token).endswith("er")
        and token_pos(token) in {"NOUN", "PROPN"}
        and following is not None
        and token_pos(following) == "NOUN"
    )


def referent_genders(token: Token) -> frozenset[str] | None:
    """The genders of whom a pronoun or possessive may refer to ("er": a man; "sie" with a plural verb: people
    or an organisation), or None for a word that refers to no one the text names (the polite "Sie", a word
    that is no pronoun)."""
    text = token_text(token)
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    # (by the tag, or by the word where the tagger calls "zufolge" a preposition: "Ihr zufolge dürften …")
    if following is not None and (
        following.tag_ == POSTPOSITION_TAG or german().cue_words.get(token_lower(following)) == "zufolge"
    ):
        dative = german().dative_pronoun_genders.get(text.lower())
        if dative is not None:
            return dative  # "Ihr zufolge": hers
    if text == "Sie" and not token.is_sent_start:
        return None  # the polite "Sie" addresses someone
    if token_pos(token) == "DET" and possessive_genders(text) is not None:
        return possessive_genders(text)  # "Ihr Name ist …": her name, not "you"
    genders = pronoun_genders(text)
    if genders is not None:
        if not genders & PERSON_GENDERS or len(genders) == 1:
            return genders if genders & PERSON_GENDERS else None
        if _after_plural_verb(token):
            return genders - PERSON_GENDERS  # "…, schreiben sie": many, whatever the tagger says
        # the finite verb agrees with its subject, more surely than a tagger tells the pronoun's number ("Sie
        # berichtet, …": one woman)
        number = (
            _verb_number(token)
            or _number_of_verb_after(token)
            or morph_values(token, "Number")
            or morph_values(token.head, "Number")
        )
        if not number:
            return genders
        return genders - PERSON_GENDERS if number == ["Plur"] else genders & PERSON_GENDERS
    return possessive_genders(text) or object_pronoun_genders(text)


def _verb_number(token: Token) -> list[str]:
    """The number of the finite verb whose subject `token` is (the verb or its auxiliary), else none."""
    if not labels.is_subject(token):
        return []
    verb = token.head
    for candidate in (verb, *(c for c in verb.children if token_pos(c) == "AUX")):
        if token_pos(candidate) in {"VERB", "AUX"} and morph_values(candidate, "Mood"):
            return morph_values(candidate, "Number")
    return []


def _number_of_verb_after(token: Token) -> list[str]:
    """ "Sie rechnet vor, …" with the verb tagged a finite verb but parsed as an adjective: the number its shape
    gives where it follows the pronoun that opens the sentence ("rechnet" one, "rechnen" many)."""
    if not token.is_sent_start or token.i + 1 >= len(token.doc):
        return []
    verb = token.nbor(1)
    if verb.tag_ not in labels.FINITE_TAGS:
        return []
    return ["Plur"] if plural_by_shape(token_lower(verb)) else ["Sing"]


def _after_plural_verb(token: Token) -> bool:
    """ "…, schreiben sie": the pronoun right after a verb in "-en" that stands first in its clause (after a
    comma, a closing mark or the sentence start: the finite verb, which agrees in number)."""
    doc = token.doc
    if token.i < 1 or pos_at(doc, token.i - 1) not in {"VERB", "AUX"}:
        return False
    verb = doc[token.i - 1]
    first_in_clause = verb.is_sent_start or (verb.i > 0 and doc[verb.i - 1].is_punct)
    return first_in_clause and plural_by_shape(token_lower(verb))
