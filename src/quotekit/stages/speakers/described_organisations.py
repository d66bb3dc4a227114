"""Organisations the text refers to only by a word of their kind, joined to the one it names.

"…, heisst es bei der Firma." in the teaser and "Die Präzisa Werk AG" in the body; "Nach Angaben des
Unternehmens" where the reading pass had no named company in view. Run after the reading pass, when every
organisation the text names is known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import article_genders
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import ORGANISATION, Entity, EntityIndex
from quotekit.stages.speakers.organisations import organisation_kind_of
from quotekit.syntax.docindex import morph_values, token_text

if TYPE_CHECKING:
    from quotekit.stages.speakers.reader import Reader


def join_described_organisations(reader: Reader) -> None:
    """Each organisation known only by a word of its kind ("das Unternehmen", "der Verband") becomes the one
    organisation of that kind the text names, before or after it; none where it names two or none (a wrong
    organisation is worse than none)."""
    index = reader.resolver.index
    live = [e for e in index.entities if e.absorbed_by is None and e.kind == ORGANISATION and not e.several]
    # "Das Bezirksgericht spricht von …" in the teaser, "das Bezirksgericht Aarwil" in the body; "Die Diözese teilte
    # mit" after "Die Diözese Hallstein": a name of one word is the first word of the one fuller name the text gives
    named = [e for e in live if e.organisation_name is not None]
    for entity in [e for e in named if " " not in (e.organisation_name or " ")]:
        fuller = [
            e
            for e in named
            if e is not entity
            and e.absorbed_by is None
            and _first_word(e) == entity.organisation_name
            and not _holds_surname(index, e)
        ]
        if len(fuller) == 1:
            index.absorb(fuller[0], entity)
    live = [e for e in live if e.absorbed_by is None]
    by_kind: dict[str, list[Entity]] = {}
    for entity in live:
        if (
            entity.organisation_name is not None
            and not _kind_word_only(entity)
            and (kind := organisation_kind_of(entity)) is not None
        ):
            by_kind.setdefault(kind, []).append(entity)
    for entity in live:
        noun = _bare_noun(reader, entity)
        if noun is None or (kind := organisation_kind_of(entity)) is None:
            continue
        of_kind = by_kind.get(kind, [])
        # (a compound says which one: "der Steuerberaterverband" is the "Steuerberaterverband Ostheim-Land", not
        # any association)
        if len(of_kind) == 1 and (
            noun in german().generic_organisations or noun in (of_kind[0].name or "").lower()
        ):
            index.absorb(of_kind[0], entity)


def _bare_noun(reader: Reader, entity: Entity) -> str | None:
    """The noun of an unnamed organisation described by it alone, in the singular ("das Unternehmen",
    "der Firma"), lower-cased; None for a name, a plural ("die Betriebe") or a longer description ("die
    städtische Wahlbehörde", "der französische Netzbetreiber": one of their own)."""
    if _kind_word_only(entity):
        # "Museum" in the headline, "das Landesmuseum für Vor- und Frühgeschichte" in the body: a lone word of a
        # kind taken for a name is the kind's noun
        return (entity.name or "").lower()
    if entity.organisation_name is not None or not entity.description:
        return None
    words = entity.description.split()
    if len(words) == 2 and article_genders(words[0]) is not None:
        words = words[1:]
    if len(words) != 1:
        return None
    doc = reader.doc
    heads = [doc[i] for i in entity.tokens if token_text(doc[i]).lower().startswith(words[0].lower()[:-1])]
    if not heads or any(morph_values(t, "Number") == ["Plur"] for t in heads):
        return None
    return words[0].lower()


def _holds_surname(index: EntityIndex, entity: Entity) -> bool:
    """Whether a word after the first of an organisation's name is a surname the text gives a person ("warf die
    Staatsanwaltschaft Ertel vor" read as one name, where "Ertel" is the accused)."""
    return any(index.names_person_in_full(word) for word in (entity.organisation_name or "").split()[1:])


def _first_word(entity: Entity) -> str | None:
    """The first word of an organisation's name of two words or more, else None."""
    words = (entity.organisation_name or "").split()
    return words[0] if len(words) > 1 else None


def _kind_word_only(entity: Entity) -> bool:
    """Whether an organisation's name is one word that only says its kind ("Museum", "Polizei", "Stadt"), no
    name of its own."""
    name = entity.organisation_name
    return name is not None and " " not in name and name.lower() in german().organisation_kinds
