"""Names and descriptions the text says are one person: "Die Frau heißt Maria Novak", "Ihr Name ist Erika
Sommer" (a name given later names the person described before), "Markus Treiber ist Sprecher der Polizei" (a
description after "ist" describes the person named before it), "Rudolf Prinz, so heißt der Kläger" (the
described person is the one named before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import ends_as_name_genitive, is_person_noun
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import PERSON
from quotekit.syntax import labels
from quotekit.syntax.docindex import lower_at, text_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = ["named_before_link", "named_by_link", "named_right_before", "predicated_link", "tie_by_link"]

# "Ihr Name ist Erika Sommer": the words before the naming verb that may refer to the person named.
_MAX_LINK_GAP = 3


def named_by_link(reader: Reader, start: int) -> Entity | None:
    """The unnamed person a name right after "heißt", "ist" or "war" names: the one the words just before
    the verb refer to ("Die Frau heißt Maria Novak", "Ihr Name ist Erika Sommer", "Sie, das ist Derya
    Kaplan")."""
    doc = reader.doc
    first = reader.sentence_starts[reader.sentence(start)] if reader.sentence_starts else 0
    if start - 2 < first or lower_at(doc, start - 1) not in german().naming_links:
        return None
    # ("Die eine Ärztin, die sich gemeldet hat, heisst Laura Meili": the words before a relative clause)
    last = _before_relative_clause(doc, first, start - 2)
    for i in range(last, max(first, last - _MAX_LINK_GAP) - 1, -1):
        entity = reader.resolver.by_token.get(i)
        if entity is not None:
            unnamed = entity.kind == PERSON and entity.name is None
            return entity if unnamed else None
    return None


def named_before_link(reader: Reader, start: int, genders: frozenset[str]) -> Entity | None:
    """ "Markus Treiber ist Sprecher der Polizei": the named person a description right after "ist" or
    "war" describes (the name right before the verb); so does a headline's colon after a name ("Roland
    Wimmersberger: Ein Kabarettist auf Therapie")."""
    doc = reader.doc
    if start < 2:
        return None
    link = lower_at(doc, start - 1)
    headline_colon = link == ":" and reader.heading_at(doc[start].idx) is not None
    if link not in german().naming_links - german().naming_verbs_proper and not headline_colon:
        return None
    if reader.sentence(start - 2) != reader.sentence(start) and not headline_colon:
        return None  # (a segmenter may end a headline's sentence at its colon)
    named = reader.resolver.by_token.get(start - 2)
    runs = reader.resolver.runs
    if named is None or start - 2 not in runs or named.kind != PERSON or not named.allows(genders):
        return None
    return named


def named_right_before(reader: Reader, start: int, genders: frozenset[str]) -> Entity | None:
    """ "Seit 31 Jahren ist Dr. Reinhard Oberreiter Gemeindearzt in Sankt Veit": the named person a role noun
    without an article right after their name describes (the predicate or an apposition without a comma)."""
    doc = reader.doc
    runs = reader.resolver.runs
    if start < 1 or start in runs or start - 1 not in runs or not is_person_noun(text_at(doc, start)):
        return None
    run_start, _ = runs[start - 1]
    # (a full name, not in the genitive: "Nguyens Mutter" is her mother; no relation, which is someone else's)
    if (
        start - 1 - run_start < 1
        or ends_as_name_genitive(text_at(doc, start - 1))
        or lower_at(doc, start) in german().relatives
        or reader.sentence(start - 1) != reader.sentence(start)
    ):
        return None
    named = reader.resolver.by_token.get(start - 1)
    return named if named is not None and named.kind == PERSON and named.allows(genders) else None


def predicated_link(reader: Reader, head: Token, genders: frozenset[str]) -> Entity | None:
    """ "Auf der anderen Seite war Till Möhring der gefeierte Mann", "Cornelia Kuchar … ist ihm eine
    kongeniale Partnerin": a description that is what "sein" says of a named person describes that person,
    wherever the parse puts the name in the clause."""
    copula = next((child for child in head.children if labels.is_copula(child)), None)
    if copula is not None:  # UD: the predicate heads the clause, the copula and the name hang from it
        arguments = [*head.children, *copula.children]
    elif labels.is_predicative(head):  # TIGER: the copula heads the clause, the predicate is its "pd"
        arguments = list(head.head.children)
    else:
        return None
    sentence = reader.sentence(head.i)
    # (the subject first: "Sie ist ihm eine Partnerin" is about her, whatever the parse says of "ihm")
    arguments.sort(key=lambda token: not labels.is_subject(token))
    for token in arguments:
        if token.i == head.i or reader.sentence(token.i) != sentence:
            continue
        named = reader.resolver.by_token.get(token.i)
        if named is not None and named.kind == PERSON and named.name is not None and named.allows(genders):
            return named
    return None


def tie_by_link(reader: Reader, entity: Entity, start: int) -> None:
    """ "Rudolf Prinz, so heißt der Kläger": the described person is the one named before the verb."""
    doc = reader.doc
    if (
        start < 4
        or lower_at(doc, start - 1) not in german().naming_links
        or lower_at(doc, start - 2) != german().so
    ):
        return
    named = reader.resolver.by_token.get(start - 4) if text_at(doc, start - 3) == "," else None
    if named is not None and named is not entity and named.kind == PERSON and entity.name is None:
        reader.absorb(entity, named)


# Words a relative clause set off by commas may have before the naming verb ("…, die sich gemeldet hat, heißt").
_MAX_RELATIVE_CLAUSE = 12


def _before_relative_clause(doc: Doc, first: int, last: int) -> int:
    """`last`, or where the words end before a relative clause that ends at `last` with a comma: the token
    before the comma that opens it."""
    if text_at(doc, last) != ",":
        return last
    for i in range(last - 1, max(first, last - _MAX_RELATIVE_CLAUSE) - 1, -1):
        if text_at(doc, i) == ",":
            opens = i + 1 < last and doc[i + 1].tag_ in labels.RELATIVE_PRONOUN_TAGS
            return i - 1 if opens and i > first else last
    return last
