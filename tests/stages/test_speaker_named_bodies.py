"""Organisations named by the state or canton they are ("das Land Tirol"), by a company's own name after the noun
that describes it, by the words a recogniser left out of a company's name, by a compound that refers back
("das Familienunternehmen", "Gemäss Klubangaben"), and the parties and subjects a pronoun or a description must
not be taken for (speaker stage)."""

from __future__ import annotations

import pytest

import quotekit
from quotekit import Quote


def _speakers(text: str) -> dict[str, str | None]:
    """Each quotation's first words and its speaker's name."""
    return {q.text[:30]: None if q.speaker is None else q.speaker.name for q in quotekit.extract(text)}


def _speaker_of(text: str, start: str) -> str | None:
    quote: Quote = next(q for q in quotekit.extract(text) if q.text.startswith(start))
    return None if quote.speaker is None else quote.speaker.name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Land Salzburg teilte mit, die Bäder blieben bis Ende der Woche geschlossen.", "Land Salzburg"),
        ("Der Kanton Zürich teilte mit, die Bäder blieben bis Ende der Woche geschlossen.", "Kanton Zürich"),
        (
            "Landeshauptmann Georg Mair dankte den Einsatzkräften. Betroffene könnten beim Katastrophenfonds um "
            "Unterstützung ansuchen, teilte das Land Tirol mit.",
            "Land Tirol",
        ),
    ],
)
def test_the_state_or_canton_named_after_its_noun_is_an_organisation(text: str, body: str) -> None:
    assert list(_speakers(text).values()) == [body]


def test_the_state_alone_is_no_speaker_of_its_own() -> None:
    # ("das Land" without a name is the country a report speaks of, not a body that speaks)
    text = "Das Land brauche endlich einen Plan für die Pflege, sagte die Ministerin Eva Huber."
    assert list(_speakers(text).values()) == ["Eva Huber"]


def test_a_family_company_refers_back_to_the_company_named_before() -> None:
    # "das Familienunternehmen": the article says one company, whatever number the tagger gives the noun
    text = (
        "Lengnau. Der Uhrengehäusehersteller Aeschlimann Gehäuse AG baut an seinem Standort 90 von 340 Stellen ab. "
        "Das teilte das Familienunternehmen am Mittwoch mit. Grund sei der Einbruch der Exporte, heisst es in der "
        "Medienmitteilung."
    )
    assert set(_speakers(text).values()) == {"Aeschlimann Gehäuse AG"}


def test_a_company_is_called_by_its_own_name_not_by_the_noun_that_describes_it() -> None:
    text = (
        "Ein Warnstreik beim privaten Bahnbetreiber Westlink hat den Regionalverkehr lahmgelegt. Westlink kritisierte "
        "den Ausstand. Eine Unternehmenssprecherin sagte, man habe ein Angebot vorgelegt."
    )
    # (the bare name later is the company, not a person; the company's spokeswoman speaks for it)
    assert _speaker_of(text, "man habe ein Angebot") == "Westlink"


def test_a_company_name_takes_the_words_the_recogniser_left_before_it() -> None:
    text = "Die Aeschlimann Gehäuse AG baut 90 Stellen ab. Das teilte das Unternehmen am Mittwoch mit."
    assert list(_speakers(text).values()) == ["Aeschlimann Gehäuse AG"]


def test_an_owner_compound_taken_whole_by_the_recogniser_refers_back_to_the_club() -> None:
    text = (
        "Seewil. Der EHC Seewil hat im Playoff-Viertelfinal gegen den HC Bergwald zurückgeschlagen. Vor 7200 "
        "Zuschauern gewannen die Zentralschweizer das vierte Spiel.\n\n"
        "Gemäss Klubangaben verletzte sich Verteidiger Nico Zurbriggen im Startdrittel am Knie."
    )
    assert _speaker_of(text, "verletzte sich") == "EHC Seewil"


def test_a_word_referring_back_goes_to_the_first_club_the_opening_is_about_after_labels() -> None:
    # A label ("Derby:") and a date line ("Rinteln.") open the text; the lead's subject is still a topic, and of
    # the two clubs of the opening, none in view any more, the first one
    text = (
        "Derby: Kraus jubelt\n\n"
        "Rinteln. Der FC Wesertal hat das Derby gegen den SC Rot-Weiß Hameln mit 2:0 gewonnen.\n\n"
        "„Das war harte Arbeit“, sagte Trainer Dirk Kraus. Der 51-Jährige lobte besonders Torhüter Lukas Brandt.\n\n"
        "Bei den Gästen war die Stimmung gedrückt. Schiedsrichter Tim Kaufhold sah das anders. Er habe einen klaren "
        "Kontakt gesehen, sagte Kaufhold.\n\n"
        "Laut Verein war die Partie das erste ausverkaufte Heimspiel seit dem Abstieg vor vier Jahren."
    )
    assert _speaker_of(text, "war die Partie") == "FC Wesertal"


def test_a_place_adjective_before_the_noun_is_no_person_in_a_documents_owner() -> None:
    # "des Vorarlberger Elternforums" with the noun hung elsewhere by the parse: the forum, not a man from Vorarlberg
    # who would be the one person in view
    text = (
        "Lehrervertreter Herbert Nenning sprach von einem Raubbau. Der Elternverband sieht die Lage ebenfalls "
        "kritisch. „Das ist ein Notbetrieb“, heißt es in einer Aussendung des Vorarlberger Elternforums."
    )
    assert _speaker_of(text, "Das ist ein Notbetrieb") == "Elternforum"


def test_an_email_is_a_document_whose_owner_speaks() -> None:
    text = (
        "Chefarzt Prof. Dr. Konstantin Vlachos steht in der Kritik. In einer E-Mail des Chefarztes, aus der der "
        "Bericht zitiert, heißt es: „Herr M. ist Privatpatient, bitte zeitnah einplanen.“"
    )
    assert _speaker_of(text, "Herr M. ist Privatpatient") == "Konstantin Vlachos"


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        (
            "Ein 45-Jähriger ist vom Landgericht zu drei Jahren Haft verurteilt worden. Der Richter sagte, der Mann "
            "habe aus Habgier gehandelt.",
            "Der Richter",
        ),
        (
            "Eine 38-jährige Frau ist wegen fahrlässiger Körperverletzung verurteilt worden. Zudem darf sie drei Jahre "
            "lang keinen Hund halten.\n\nDie Richterin folgte damit dem Antrag der Staatsanwaltschaft. Die Angeklagte "
            "habe ihre Pflichten verletzt, sagte sie in der Urteilsbegründung.",
            "Die Richterin",
        ),
    ],
)
def test_the_one_convicted_in_the_passive_is_the_accused_whom_the_judge_is_not(text: str, judge: str) -> None:
    assert list(_speakers(text).values()) == [judge]


def test_the_one_arrested_still_speaks_as_the_man_described_later() -> None:
    text = "Ein 45-Jähriger ist am Montag festgenommen worden. „Ich war es nicht“, sagte der Mann."
    assert list(_speakers(text).values()) == ["Ein 45-Jähriger"]


def test_a_name_set_off_after_the_subject_makes_that_person_the_one_in_view() -> None:
    # "Der Abweichler, Gemeinderat Florian Hinterberger, verteidigte …": the named apposition with its title is the
    # subject, whom "er" then means (not the mayor quoted before)
    text = (
        "Bürgermeister Herbert Pühringer war zufrieden. „Das ist gut“, betonte der Bürgermeister.\n\n"
        "Der Abweichler, Gemeinderat Florian Hinterberger, verteidigte seine Entscheidung. Er sagte, die Trasse "
        "hätte 14 Hektar Ackerland verbraucht."
    )
    assert _speaker_of(text, "die Trasse") == "Florian Hinterberger"
