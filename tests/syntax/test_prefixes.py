"""The "Name:" prefix that opens a paragraph of a list or an interview."""

from __future__ import annotations

import pytest

import quotekit
from quotekit.syntax.prefixes import name_prefix


def _prefix(line: str) -> str | None:
    found = name_prefix(line, 0, len(line))
    return None if found is None else line[found[0] : found[1]]


@pytest.mark.parametrize(
    "line",
    [
        "Thorsten Gräf, CDU-Kreisvorsitzender: „Das ist ein Vertrauensbeweis.“",
        "Sibel Arslan-Heuer, Fraktionschefin der SPD im Gemeinderat: „Wir müssen analysieren.“",
        "Thomas Brunner (Torschütze Wendelstein): „Ein schöner Tag.“",
    ],
)
def test_a_name_with_its_role_or_club_before_a_colon_is_a_prefix(line: str) -> None:
    assert _prefix(line) == line[: line.index(":")]


@pytest.mark.parametrize(
    ("line", "name"),
    [("Schramm (lacht): Das habe ich gelesen.", "Schramm"), ("MZ (zögert kurz): Nein.", "MZ")],
)
def test_a_stage_direction_in_brackets_is_no_part_of_the_prefix(line: str, name: str) -> None:
    assert _prefix(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Falkner kontert: „Das stimmt nicht.“",
        "Müller, der lange geschwiegen hatte, sagte dann: „Nein.“",
        "Die Stadt, so heißt es im Bericht: „Zu teuer.“",
    ],
)
def test_a_clause_before_a_colon_is_no_prefix(line: str) -> None:
    assert _prefix(line) is None


def test_a_reaction_list_entry_with_a_long_role_names_its_speaker() -> None:
    text = (
        "Die Wahl ist entschieden.\n\n"
        "Thorsten Gräf, CDU-Kreisvorsitzender: „Das ist ein Vertrauensbeweis für eine Frau.“\n\n"
        "Sibel Arslan-Heuer, Fraktionschefin der SPD im Gemeinderat: „Wir müssen jetzt in Ruhe analysieren.“"
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Thorsten Gräf", "Sibel Arslan-Heuer"]
