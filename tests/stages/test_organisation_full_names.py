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


def test_a_company_named_by_a_word_the_names_table_knows_as_a_first_name() -> None:
    # ("Brandt" is a first name too; a company's noun before one word says company)
    text = "Der Autozulieferer Brandt will sein Werk schließen. Die Nachfrage sei eingebrochen, teilte das Unternehmen mit."
    assert _first(text) == ("Die Nachfrage sei eingebrochen", "Brandt")


def test_a_legal_form_makes_a_run_that_a_first_name_opens_a_company() -> None:
    # ("Urban" is a first name; "GmbH" says company. The English word before it the tagger calls a common noun,
    # and the name is read without it.)
    text = (
        "Der Projektbetreiber, die Danube Urban Development GmbH, widersprach. Eine Studie habe das gezeigt, teilte "
        "das Unternehmen mit."
    )
    _, name = _first(text)
    assert name is not None
    assert name.endswith("Urban Development GmbH")


def test_a_person_named_in_full_after_a_trade_stays_a_person() -> None:
    text = "Der Autohändler Peter Brandt will schließen. Die Nachfrage sei eingebrochen, sagte er."
    assert _first(text) == ("Die Nachfrage sei eingebrochen", "Peter Brandt")
