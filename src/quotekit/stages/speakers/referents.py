"""Where the text refers to someone, read from the tokens: name runs, the roles and descriptions set beside a
name, a description's article and extent, pronouns.

Names are found where the recogniser misses them: a known first name starts one ("Ruedi Zweifel"), a word
after a first name or a role is its surname, particles join it ("Ursula von der Leyen"), an initial ends
it ("Maurice P."), and a surname the text once gave with a first name vouches for its later uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.names import (
    article_genders,
    first_name_gender,
    genitive_base,
    is_age_noun,
    is_feminine_role,
    is_masculine_genitive,
    is_masculine_or_neuter_oblique,
    is_organisation_noun,
    is_person_noun,
    nominative,
    noun_gender,
    possessive_genders,
    role_of,
)
from quotekit.lang.de.words import german
from quotekit.syntax.labels import ORG_LABELS, PERSON_LABELS, PLACE_AND_MISC_LABELS
from quotekit.syntax.nominals import is_known_surname, is_named_surname
from quotekit.syntax.phrases import NP_HEAD_POS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.stages.speakers.entities import Role

__all__ = [
    "MAX_ROLE_TOKENS",
    "age_after",
    "age_modifies",
    "age_role",
    "article_of",
    "description_extent",
    "description_label",
    "is_name_token",
    "is_proper",
    "name_runs",
    "organisation_name",
    "role_words",
    "surname_key_of",
    "title_after",
    "title_before",
]

# An apposition role phrase ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa") is short.
MAX_ROLE_TOKENS = 8
# Name runs longer than this are titles or lists, not one person's name.
_MAX_NAME_TOKENS = 5
# Words before a description's noun that still belong to it: "die 67-jährige Rentnerin", "der kommunale".
_MAX_MODIFIERS = 4
# A description's words after its noun: "der Sprecher der Polizei", "ein Mann im Anzug".
_MAX_COMPLEMENT = 5
# An organisation's name after its noun ("Bezirkshauptmannschaft Spittal an der Drau") is short.
_MAX_ORGANISATION_NAME = 6
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "X"})
_MODIFIER_POS = frozenset({"ADJ", "NUM", "ADV", "X", "PROPN"})
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")


def surname_key_of(token: Token) -> str:
    """The key a surname is looked up by: lower case (a genitive "Stoltenbergs" is looked up without its
    "s" when the form with it is unknown: names end in "s" too, "Brandes", and the tagger's case is weak)."""
    return token.text.lower()


def is_name_token(token: Token) -> bool:
    """A capitalised word that can be part of a person's name (not a role, organisation or date word)."""
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text) or "\n" in text:
        return False
    if text in german().non_names or is_organisation_noun(text):
        return False
    if first_name_gender(text) is not None:
        return True  # "Friedemann", "Hermann": a first name, whatever it ends in
    # A role word is no name ("Sprecherin"), but a surname may end in one ("Hoffmann", "Thielmann"): a
    # first name before it, here or anywhere in the text, says which.
    if role_of(text) is not None:
        if is_named_surname(token):
            return True
        after_first_name = token.i > 0 and first_name_gender(token.doc[token.i - 1].text) is not None
        return after_first_name and not is_feminine_role(text)
    return (
        token.pos_ == "PROPN"
        or (token.ent_type_ in PERSON_LABELS and not _lone_common_noun(token))
        or first_name_gender(text) is not None
        or is_known_surname(token)
    )


def _lone_common_noun(token: Token) -> bool:
    """A one-word person entity that the tagger calls a common noun ("Mittelständler unter Druck"): the
    recogniser's guess alone does not make a person noun a name (a surname the text vouches for, or one
    with a first name or title, is a name by the other tests)."""
    return (
        token.pos_ == "NOUN"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _after_first_name(doc: Doc, i: int) -> bool:
    """ "Frank Biermann", "Ruedi Zweifel": a capitalised word after a first name is a surname."""
    token = doc[i]
    return (
        i > 0
        and (token.is_alpha or "-" in token.text)
        and token.text[:1].isupper()
        and not is_feminine_role(token.text)  # "Jens Bauer", "Hoffmann": a surname may be or end in a role
        and token.text not in german().non_names
        and first_name_gender(doc[i - 1].text) is not None
    )


def _continues_name(token: Token) -> bool:
    """A name word after a particle: not an organisation, place or acronym ("Anna Berg von der CDU")."""
    return (
        token.text[:1].isupper()
        and not token.text.isupper()
        and token.ent_type_ not in ORG_LABELS | PLACE_AND_MISC_LABELS
        and is_name_token(token)
    )


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of name tokens [start, end), with particles inside and an initial at the end."""
    particles = german().name_particles
    runs: list[tuple[int, int]] = []
    start = -1
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text[:1].isupper() and (is_name_token(token) or _after_first_name(doc, i)):
            start = i if start < 0 else start
            i += 1
            continue
        if start >= 0:
            # "Ursula von der Leyen": particles between two name words; "Maurice P.": an initial.
            j = i + 1 if token.lower_ in particles else i
            if j > i and j < len(doc) and doc[j].lower_ in german().second_name_particles:
                j += 1
            if j > i and j < len(doc) and _continues_name(doc[j]):
                i = j
                continue
            if _INITIAL.match(token.text) and first_name_gender(doc[i - 1].text) is not None:
                i += 1
            runs.append((start, i))
            start = -1
            continue
        i += 1
    if start >= 0:
        runs.append((start, len(doc)))
    split: list[tuple[int, int]] = []
    for s, e in runs:
        # "Montag Annalena Baerbock": a first name inside a run starts the name, unless the run already
        # starts with one ("Neil Alden Armstrong").
        first = s
        if first_name_gender(doc[s].text) is None and doc[s].ent_type_ not in PERSON_LABELS:
            first = next((k for k in range(s + 1, e - 1) if first_name_gender(doc[k].text) is not None), s)
        split.append((first, e))
    return [(s, e) for s, e in split if e - s <= _MAX_NAME_TOKENS]


def is_organisation_run(doc: Doc, start: int, end: int) -> bool:
    """A run the recogniser takes for an organisation and nothing marks as a person."""
    tokens = doc[start:end]
    return any(t.ent_type_ in ORG_LABELS for t in tokens) and not any(
        t.ent_type_ in PERSON_LABELS for t in tokens
    )


def age_modifies(token: Token) -> Token | None:
    """ "ein 23-jähriger Automechaniker": the noun an age adjective in lower case describes, or None."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not is_age_noun(token.text) or token.text.rsplit("-", 1)[-1][:1].isupper() or following is None:
        return None
    # another adjective may come between: "ein 83-jähriger ehemaliger Eisenbahner"
    if following.pos_ == "ADJ" and following.text[:1].islower() and token.i + 2 < len(doc):
        following = doc[token.i + 2]
    return following if following.pos_ in NP_HEAD_POS and following.text[:1].isupper() else None


def _age_role(head: Token) -> str:
    """ "38-jährig" for "die 38-Jährige" (also written "38 - Jährige"): an age ties only the same age."""
    doc = head.doc
    number = head.text.split("-", 1)[0] if head.text[:1].isdigit() else ""
    if not number:
        before = [doc[i] for i in range(max(0, head.i - 2), head.i) if doc[i].text != "-"]
        number = before[-1].text if before and before[-1].like_num else ""
    return f"{number}-jährig" if number else "jährig"


def age_role(tokens: Sequence[Token]) -> Role | None:
    """The age a description gives ("ein 23-jähriger Automechaniker", "die 38-Jährige") as a role, or None."""
    age = next((t for t in tokens if is_age_noun(t.text)), None)
    return None if age is None else (_age_role(age), frozenset(), "")


def age_after(doc: Doc, end: int) -> Role | None:
    """The age given after a name or description: "Heinz K. (63)", "Derya Kaplan, 41 Jahre alt"."""
    words = [t.lower_ for t in doc[end : min(len(doc), end + 5)]]
    de = german()
    bracketed = len(words) >= 3 and words[0] == "(" and words[2] == ")"
    spelled = len(words) >= 4 and words[0] == "," and (words[2], words[3]) == de.age_words
    if not (bracketed or spelled) or not words[1].isdigit():
        return None
    number = words[1]
    return f"{number}-jährig", frozenset(), ""


def role_words(tokens: Sequence[Token]) -> Role | None:
    """(role, the other content words, the compound prefix) of a role or description phrase, or None."""
    heads = [t for t in tokens if t.pos_ in NP_HEAD_POS | {"ADJ"} and is_person_noun(t.text)]
    if not heads:
        return None
    head = heads[0]
    described = age_modifies(head)
    if described is not None and described in tokens:
        head = described  # "ein 23-jähriger Automechaniker": the role is the noun's
    if is_age_noun(head.text):
        role = _age_role(head)
    else:
        role = role_of(head.text) or head.text.lower().rsplit("-", 1)[-1]
    prefix = head.text.lower().split("-", 1)[0] if "-" in head.text and not head.text[:1].isdigit() else ""
    words = frozenset(
        t.lower_.rstrip("s") for t in tokens if t.i > head.i and t.pos_ in {"NOUN", "PROPN", "ADJ", "X"}
    )
    return role, words, prefix


def title_before(doc: Doc, start: int) -> list[Token]:
    """The role or description right before a name ("NATO-Generalsekretär Jens Stoltenberg", "der Brite
    Edward Ashcombe", "ihre Landesvorsitzende Sabine Thielmann") or an apposition before it ("Der Sprecher
    der Polizei, Markus Treiber")."""
    if start == 0:
        return []
    before = doc[start - 1]
    if is_person_noun(before.text) and before.text[:1].isupper():
        phrase = [before]
        for index in range(start - 2, max(-1, start - 2 - _MAX_MODIFIERS), -1):
            token = doc[index]
            if token.pos_ not in _MODIFIER_POS | {"DET"} or token.is_punct or "\n" in token.text:
                break
            phrase.insert(0, token)
            if token.pos_ == "DET":
                break
        # "Die Schweizer Delegationsleiterin, Botschafterin Nora Tschudi": an apposition before the title
        return [*title_before(doc, phrase[0].i), *phrase] if phrase[0].pos_ != "DET" else phrase
    if before.text != "," or start < 2:
        return []
    phrase = []
    for index in range(start - 2, max(-1, start - 2 - MAX_ROLE_TOKENS), -1):
        token = doc[index]
        if token.pos_ not in _PHRASE_POS or token.is_punct or "\n" in token.text:
            break
        phrase.insert(0, token)
    return phrase if phrase and role_words(phrase) is not None and phrase[0].pos_ == "DET" else []


def title_after(doc: Doc, end: int) -> list[Token]:
    """An apposition after a name: "Jerry Larson, dem Präsidenten von UP Aerospace", "Fridolin Kubli,
    Präsident des kantonalen Fischereiverbands"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    phrase: list[Token] = []
    for token in doc[end + 1 : min(len(doc), end + 1 + MAX_ROLE_TOKENS)]:
        if token.pos_ not in _PHRASE_POS or token.is_punct or "\n" in token.text:
            break
        phrase.append(token)
    if not phrase or role_words(phrase) is None:
        return []
    # The role must come first ("Präsident des …", "die Sprecherin …"), not after a verb's object.
    first_content = next((t for t in phrase if t.pos_ not in {"DET", "ADJ", "NUM"}), None)
    return phrase if first_content is not None and is_person_noun(first_content.text) else []


def article_of(doc: Doc, head: int) -> int | None:
    """The article or possessive of the description headed by token `head`, a few modifiers before it."""
    for index in range(head - 1, max(-1, head - 1 - _MAX_MODIFIERS), -1):
        token = doc[index]
        if article_genders(token.text) is not None or possessive_genders(token.text) is not None:
            return index
        # "der 29-Jährige" may come as "29", "-", "Jährige"
        if (token.pos_ not in _MODIFIER_POS or token.is_punct) and token.text != "-":
            return None
    return None


def description_extent(doc: Doc, head: int, limit: int, *, person: bool = False) -> tuple[int, int]:
    """Tokens [start, end) of a description: its article and modifiers, its noun, names right after it
    ("die Stadtwerke Eichenau"), an age in brackets ("ein Autolenker (63)") and one genitive or
    "von"/"aus" complement ("ein Sprecher der Polizei", "eine Frau aus dem vierten Stock"; for a person also
    "im"/"mit": "ein Mann im Anzug"); not the clause's adverbials ("am Freitag") or a relative clause."""
    article = article_of(doc, head)
    start = head if article is None else article
    end = head + 1
    while (
        end < limit and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not _opens_name(doc, end)
    ):
        end += 1
    if end + 2 < limit and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text == ")":
        end += 3
    de = german()
    # "ein Mann im Anzug" introduces someone by the complement; "sagte der 29-Jährige mit leiser Stimme" not
    indefinite = article is not None and doc[article].lower_ in de.indefinite_articles
    prepositions = de.mention_prepositions | (
        de.person_prepositions if person and indefinite else frozenset()
    )
    if end < limit and (doc[end].lower_ in de.genitive_articles or doc[end].lower_ in prepositions):
        index = end + 1
        while index < limit and doc[index].pos_ in {"DET", "ADJ", "NUM"}:
            index += 1
        taken = index
        while (
            taken < min(limit, index + _MAX_COMPLEMENT)
            and doc[taken].pos_ in NP_HEAD_POS
            and not _opens_name(doc, taken)  # "die Mannschaft von Trainerin Sabine Kowalczyk"
        ):
            taken += 1
        if taken > index:
            end = taken
    return start, end


def description_label(doc: Doc, start: int, head: int, end: int) -> str:
    """A description [start, end) with its noun at `head`, as a label in the nominative ("Angaben eines
    Polizeisprechers" -> "ein Polizeisprecher", "laut dem italienischen Verband" -> "der italienische
    Verband"); the text as it stands where it is nominative already or its form is not clear."""
    text = doc[start:end].text
    between = list(doc[start + 1 : head])
    if start >= head or not all(t.is_alpha and t.text[:1].islower() for t in between):
        return text
    noun, article = doc[head], doc[start].lower_
    masculine_or_neuter = is_masculine_or_neuter_oblique(article)
    lemma = noun.lemma_
    forms = [lemma] if lemma and noun.text != lemma and noun.text.startswith(lemma) else []
    if is_masculine_genitive(article):
        forms.append(genitive_base(noun.text))  # "des Kraftfahrt-Bundesamtes", "eines Werft-Sprechers"
    forms.append(noun.text)
    base = forms[0]
    if is_person_noun(noun.text):
        gender = "fem" if is_feminine_role(noun.text) else "masc"
    else:
        # an organisation or a source: its gender by its last element; the tagger's only for "des", "dem"
        if noun.morph.get("Number", []) == ["Plur"]:
            return text  # "Angaben der Meteorologen"
        by_ending = next((g for form in forms if (g := noun_gender(form)) is not None), None)
        tagged = {"Masc": "masc", "Neut": "neut"}.get(next(iter(noun.morph.get("Gender", [])), ""))
        told = by_ending or (tagged if masculine_or_neuter else None)
        if told is None or (told == "fem") == masculine_or_neuter:
            return text
        gender = told
        base = next((form for form in forms if noun_gender(form) is not None), base)
    label = nominative(doc[start].text, [t.lemma_ or t.text for t in between], base, gender)
    if label is None:
        return text
    rest = doc[head + 1 : end].text
    return f"{label} {rest}" if rest else label


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text) and "\n" not in token.text


def _opens_name(doc: Doc, i: int) -> bool:
    """Whether a person's name starts at token `i`: a first name before another capitalised word."""
    return first_name_gender(doc[i].text) is not None and i + 1 < len(doc) and _capitalised(doc[i + 1])


def is_proper(token: Token) -> bool:
    """A capitalised word the tagger or the recogniser takes for a name ("Gämsflug" as an ORG noun)."""
    return _capitalised(token) and (
        token.pos_ == "PROPN" or token.ent_type_ in ORG_LABELS | PLACE_AND_MISC_LABELS
    )


def organisation_name(doc: Doc, head: int, limit: int) -> int:
    """Where the name of an organisation whose noun is token `head` ends: "Kantonspolizei St. Gallen",
    "Bezirkshauptmannschaft Spittal an der Drau", "Verlag Lindwurm & Söhne", "Hanse-Institut für
    Arbeitsmedizin", "Gewerkschaft Verkehr und Dienstleistung (GVD)". Returns `head + 1` for a bare noun."""
    de = german()
    end = head + 1
    named = False
    limit = min(limit, head + 1 + _MAX_ORGANISATION_NAME)
    while end < limit:
        token = doc[end]
        after = doc[end + 1] if end + 1 < limit else None
        if _opens_name(doc, end):
            break  # "des Parlaments Alain Lamassoure": a person's name follows
        if is_proper(token) or (
            token.text in de.name_abbreviations and after is not None and _capitalised(after)
        ):
            end += 1
            named = True
        elif named and after is not None and token.lower_ in de.place_name_joints:
            # "Spittal an der Drau", "Frankfurt am Main": the joint, an article, and the next name
            following = end + 2 if after.lower_ in de.second_name_particles else end + 1
            if following >= limit or not _capitalised(doc[following]):
                break
            end = following + 1
        elif named and token.text == "&" and after is not None and _capitalised(after):
            end += 2
        elif not named and token.lower_ in de.organisation_name_prepositions and after is not None:
            # "Institut für Arbeitsmedizin", "für Küsten- und Meeresforschung": a field that names it
            taken = end + 1
            while taken < limit and (
                doc[taken].pos_ in {"ADJ", "NOUN", "PROPN", "X"} or doc[taken].lower_ in de.joining_words
            ):
                taken += 1
            if taken > end + 1 and doc[taken - 1].pos_ in NP_HEAD_POS:
                return taken
            return end
        else:
            break
    if end == head + 1:
        return _with_acronym(doc, head, limit)
    return end


def _with_acronym(doc: Doc, head: int, limit: int) -> int:
    """ "Gewerkschaft Verkehr und Dienstleistung (GVD)": capitalised nouns joined by "und" and followed by an
    acronym in brackets are the organisation's name."""
    end = head + 1
    de = german()
    while end < limit and (
        (_capitalised(doc[end]) and doc[end].pos_ in NP_HEAD_POS) or doc[end].lower_ in de.joining_words
    ):
        end += 1
    closes = (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 1].text.isupper()
        and doc[end + 2].text == ")"
    )
    return end if end > head + 1 and closes and doc[end - 1].lower_ not in de.joining_words else head + 1
