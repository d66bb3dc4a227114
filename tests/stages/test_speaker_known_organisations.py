"""Organisations known by name (`speaker_known_organisations.tsv`): names of common words ("Ärzte ohne Grenzen"),
foreign words ("Save the Children") or one word no list of organisation nouns holds ("Unicef") speak as the
organisation, in every form the text gives them, with the word of their kind before them and their acronym."""

from __future__ import annotations

import pytest

import quotekit


def _names(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.name for q in quotekit.extract(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ärzte ohne Grenzen teilte am Montag mit, drei Flugzeuge seien gelandet.", "Ärzte ohne Grenzen"),
        ("Die Lage sei ernst, sagte ein Sprecher der Vereinten Nationen in Genf.", "Vereinte Nationen"),
        ("Laut Reporter ohne Grenzen sitzen 500 Journalisten in Haft.", "Reporter ohne Grenzen"),
        ("Save the Children teilte mit, die Schulen seien geschlossen.", "Save the Children"),
        ("Die Lage sei ernst, teilte das Deutsche Rote Kreuz mit.", "Deutsches Rotes Kreuz"),
        ("Das UN-Kinderhilfswerk UNICEF teilte mit, die Lage sei ernst.", "UNICEF"),
        # news agencies and media whose names no list of organisation nouns holds
        ("Wie dpa berichtete, sind 300 Menschen verletzt worden.", "dpa"),
        ("Einer Meldung von Xinhua zufolge sind 300 Menschen verletzt worden.", "Xinhua"),
        # (a lower-case name after "laut" is the preposition's source, not the adjective "laut")
        ("Laut heise online sind 300 Rechner betroffen.", "heise online"),
    ],
)
def test_a_known_organisation_speaks_by_its_name(text: str, name: str) -> None:
    # (before, "Ärzte", "Reporter" or no one spoke; "den Vereinten Nationen" was no organisation at all)
    assert _names(text) == [name]


def test_the_word_of_its_kind_before_the_name_refers_back_to_it() -> None:
    text = (
        "Nach Angaben der Hilfsorganisation Ärzte ohne Grenzen mussten 10.000 Menschen ihre Heimat verlassen. "
        "Die Hilfsorganisation geht davon aus, dass sich die Zahl noch erhöhen könnte."
    )
    quotes = quotekit.extract(text)
    # (the source runs to the end of the name, whatever the parse leaves of "ohne Grenzen")
    assert [q.text for q in quotes] == [
        "mussten 10.000 Menschen ihre Heimat verlassen",
        "dass sich die Zahl noch erhöhen könnte",
    ]
    assert _names(text) == ["Ärzte ohne Grenzen", "Ärzte ohne Grenzen"]


def test_an_acronym_of_the_names_initials_is_the_same_organisation() -> None:
    text = (
        "Die Menschenrechtsorganisation Human Rights Watch (HRW) teilte mit, die Lage sei ernst. "
        "Unter den Opfern seien vor allem Frauen, sagte HRW."
    )
    assert _names(text) == ["Human Rights Watch", "Human Rights Watch"]


def test_an_acronym_of_a_longer_name_around_a_known_one_is_not_its_acronym() -> None:
    # "(WFP)" is the World Food Programme's, not the United Nations'
    text = (
        "Das Welternährungsprogramm der Vereinten Nationen (WFP) verteilte Reis. "
        "Die Lage sei ernst, teilte das WFP mit."
    )
    assert _names(text) == ["WFP"]


def test_a_shorter_word_of_the_kind_before_the_name_refers_back_to_it_too() -> None:
    # "Die Agentur" is the "Nachrichtenagentur Xinhua" named before: the word of its kind is its description
    text = (
        "Nach Angaben der Nachrichtenagentur Xinhua wurden 300 Menschen festgenommen. Die Agentur bestätigte, "
        "dass die Lage ruhig sei."
    )
    assert _names(text) == ["Xinhua", "Xinhua"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laut UN-Angaben sind 300 Menschen geflohen.", "UN"),
        ("Nach ORF-Informationen wird der Vertrag verlängert.", "ORF"),
        ("Nach Unicef-Angaben leiden 3000 Kinder an Hunger.", "Unicef"),
    ],
)
def test_a_speech_noun_whose_first_part_names_an_organisation_is_that_organisations(
    text: str, name: str
) -> None:
    # (an acronym or a name known before "-Angaben", as "Polizei" is before "-angaben" in "Polizeiangaben")
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laut ndr.de blieben einige Teilnehmer in Gewahrsam.", "ndr.de"),
        ("Wie tagesschau.de berichtet, sei der Stamm diskriminiert worden.", "tagesschau.de"),
        ("Das meldet www.orf.at: Der Minister sei zurückgetreten.", "www.orf.at"),
        ("Laut „bildblog.de“ habe das Ministerium eine Broschüre veröffentlicht.", "bildblog.de"),
    ],
)
def test_a_site_cited_by_its_web_address_speaks_as_the_site(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_web_address_the_speaker_mentions_is_no_speaker() -> None:
    assert _names("„Alles steht auf ndr.de“, sagte der Minister.") == ["der Minister"]
