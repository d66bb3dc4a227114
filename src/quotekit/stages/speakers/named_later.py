"""People the text describes by their office before it names them: "Auf die Frage der Gerichtspräsidentin, …" and
paragraphs later "Gerichtspräsidentin Sabine Haldimann-Kessler wird das Urteil … verkünden" are one person, where
the text names no one else with that office."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import is_nationality_role
from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import PERSON, is_age_role

if TYPE_CHECKING:
    from quotekit.stages.speakers.entities import Role
    from quotekit.stages.speakers.reader import Reader

__all__ = ["join_offices_named_later"]


def join_offices_named_later(reader: Reader) -> None:
    """An unnamed person a definite description gave an office ("der Gerichtspräsidentin") is the one person the
    text names with that office after it, when no one named before it had that office. Run after the reading
    pass, when everyone the text names is known."""
    entities = reader.resolver.index.entities
    definite = german().definite_articles
    for entity in entities:
        if (
            entity.absorbed_by is not None
            or entity.kind != PERSON
            or entity.name is not None
            or not entity.tokens
        ):
            continue
        if entity.description_opener not in definite:
            continue
        offices = [role for role in entity.roles if _is_office(role)]
        if not offices:
            continue
        first = min(entity.tokens)
        gender = entity.gender
        with_office = [
            other
            for other in reader.resolver.index.named_people(None if gender is None else frozenset({gender}))
            if other.named_in_full
            and other.tokens
            # (the office itself, not only a prefix both share: "der Air-France-Kopilot" is not the airline's chief)
            and any(own[0] == role[0] for own in other.roles for role in offices)
        ]
        if any(min(other.tokens) < first for other in with_office):
            continue  # (someone named before had it: the description went back to them, or to no one for sure)
        if len(with_office) == 1:
            reader.absorb(with_office[0], entity)


def _is_office(role: Role) -> bool:
    """Whether a role says what someone does ("Gerichtspräsidentin"), not only their age, origin or what anyone is
    ("die Frau", "der Mann")."""
    name = role[0]
    return not (is_age_role(name) or is_nationality_role(name) or name in german().generic_roles)
