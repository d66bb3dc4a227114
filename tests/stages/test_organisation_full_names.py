"""Organisations named in full: an adjective before the word of their kind and a purpose or field after it ("der
Deutschen Gesellschaft zur Rettung Schiffbrüchiger (DGzRS)", "des Deutschen Instituts für Wirtschaftsforschung"),
and the members a body is made of ("das Bundesgremium der Tabaktrafikanten"), each in the nominative."""

from __future__ import annotations

import pytest

import quotekit


def _first(text: str) -> tuple[str, str | None]:
    quote = quotekit.extract(text)[0]
    return quote.text, None if quote.speaker is None else quote.speaker.name


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            "Die Deutsche Gesellschaft zur Rettung Schiffbrüchiger (DGzRS) teilte mit, es sei ruhig gewesen.",
            "es sei ruhig gewesen",
            "Deutsche Gesellschaft zur Rettung Schiffbrüchiger",
        ),
        (
            "Der Verein gegen Tierfabriken (VgT) teilte mit, die Haltung sei illegal.",
            "die Haltung sei illegal",
            "Verein gegen Tierfabriken",
        ),
        (
            "Nach Angaben des Deutschen Instituts für Wirtschaftsforschung wird die Wirtschaft wachsen.",
            "wird die Wirtschaft wachsen",
            "Deutsches Institut für Wirtschaftsforschung",
        ),
        (
            "Nach Angaben des Schweizer Bundesamts für Umwelt bleibt die Gefahr bestehen.",
            "bleibt die Gefahr bestehen",
            "Schweizer Bundesamt für Umwelt",
        ),
        (
            "Laut Bundesgremium der Tabaktrafikanten wurden heuer 14 Trafiken überfallen.",
            "wurden heuer 14 Trafiken überfallen",
            "Bundesgremium der Tabaktrafikanten",
        ),
    ],
)
def test_an_organisation_is_named_in_full(text: str, said: str, name: str) -> None:
    assert _first(text) == (said, name)


def test_a_society_with_a_field_is_the_source_not_the_start_of_what_it_said() -> None:
    text = "Nach Angaben der Deutschen Gesellschaft für Ernährung sei das gesund."
    assert _first(text) == ("sei das gesund", "Deutsche Gesellschaft für Ernährung")


def test_society_before_fuer_and_an_article_is_no_organisation() -> None:
    text = "Die Verantwortung der Gesellschaft für die Kinder sei gross, sagte Pfarrerin Anna Keller."
    assert _first(text) == ("Die Verantwortung der Gesellschaft für die Kinder sei gross", "Anna Keller")
