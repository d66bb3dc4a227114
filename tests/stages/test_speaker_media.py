"""Media that pass words on are not who said them: the one a verb of quoting quotes ("zitierte die Zeitung den
Trainer"), and the one who answers a paper's question ("Auf Anfrage der Zeitung hieß es aus dem Ministerium"). The
impersonal "man" of a body speaks as the body ("Im Ministerium betont man, …")."""

from __future__ import annotations

import pytest

import quotekit


def _names(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.name for q in quotekit.extract(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Wir werden das prüfen“, zitierte die Zeitung den Trainer.", "der Trainer"),
        (
            "Die Agentur Reuters zitierte den Minister mit den Worten: „Wir werden das prüfen.“",
            "der Minister",
        ),
        ("Die Zeitung zitiert den Minister mit den Worten, man werde das prüfen.", "der Minister"),
        (
            "Der Trainer Thomas Tuchel war sauer. „Wir werden das prüfen“, zitiert ihn die Zeitung.",
            "Thomas Tuchel",
        ),
    ],
)
def test_the_one_quoted_speaks_not_the_medium_that_quotes(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_the_one_quoted_in_the_passive_is_the_subject() -> None:
    assert _names("„Wir werden das prüfen“, wird Kanzler Olaf Scholz in der „FAZ“ zitiert.") == [
        "Olaf Scholz"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Auf Anfrage der Zeitung hieß es aus dem Ministerium, man prüfe den Fall.",
        "Auf Nachfrage des Senders hieß es aus dem Ministerium, man prüfe den Fall.",
    ],
)
def test_who_asked_is_not_who_answered(text: str) -> None:
    assert _names(text) == ["Ministerium"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Ministerium betont man, man prüfe den Fall.", "Ministerium"),
        ("Bei der Polizei verweist man darauf, dass die Ermittlungen laufen.", "Polizei"),
        ("„Wir prüfen den Fall“, betont man im Ministerium.", "Ministerium"),
        ("Man prüfe den Fall, betont man im Ministerium.", "Ministerium"),
    ],
)
def test_the_impersonal_man_of_a_body_is_the_body(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("In Berlin sieht man das anders, sagte der Sprecher.", ["der Sprecher"]),
        ("„Wir prüfen den Fall“, sagt man in Berlin.", [None]),
    ],
)
def test_the_impersonal_man_of_a_place_is_no_one(text: str, names: list[str | None]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das sagte er dem ORF. Der Sender berichtete, die Lage sei ernst.", "ORF"),
        (
            "Der Alpenfunk hat sich von seinem Moderator getrennt. Das Büro der Landeshauptfrau ließ ausrichten, man "
            "habe keinen Einfluss genommen. Der Sender sagt, er habe Absprachen gebrochen.",
            "Alpenfunk",
        ),
        (
            "Stammesangehörige hätten an dem Grab beten dürfen, berichtet CNN. Weiter berichtet die Website des "
            "amerikanischen Fernsehsenders, dass ein Testament erschienen sei.",
            "CNN",
        ),
    ],
)
def test_the_sender_is_the_one_broadcaster_the_text_named(text: str, name: str) -> None:
    assert _names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        "ARD und ZDF berichteten live. Der Sender teilte mit, die Quote sei hoch.",  # two: either may be meant
        "Im Radio hörte er davon. Der Sender teilte mit, die Quote sei hoch.",  # "Radio" alone names no one
    ],
)
def test_the_sender_is_no_broadcaster_where_the_text_names_none_or_two(text: str) -> None:
    assert _names(text) == ["Sender"]


@pytest.mark.parametrize(
    "text",
    [
        # many broadcasters, not the one named before
        "Das sagte er dem ORF. Die lokalen Fernsehsender berichten, die Lage sei ernst.",
        # a broadcaster with a name of its own after the noun
        "Das sagte er dem ORF. Dem Sender al-Dschasira zufolge wird das Schiff umgeleitet.",
    ],
)
def test_a_broadcaster_noun_that_is_plural_or_named_does_not_refer_back(text: str) -> None:
    assert _names(text)[-1] != "ORF"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Zeitung Le Monde berichtete, der Präsident solle zurücktreten.", "Monde"),
        ("Laut einer Meldung des Nachrichtensenders N24 sei ein Mann erschossen worden.", "N24"),
        (
            "Laut dem arabischen Nachrichtenportal al-Arabiya sollen 18 Menschen getötet worden sein.",
            "al-Arabiya",
        ),
    ],
)
def test_a_medium_named_after_its_noun_is_named_in_any_shape(text: str, word: str) -> None:
    (name,) = _names(text)
    assert name is not None
    assert word in name.split()


def test_a_second_paper_named_after_its_noun_is_not_the_first() -> None:
    text = (
        "Wie die Tageszeitung La Nacion berichtet, kam es zu Beratungen. "
        "Die Zeitung Le Monde berichtete, der Präsident solle zurücktreten."
    )
    first, second = _names(text)
    assert first is not None
    assert "Nacion" in first.split()
    assert second is not None
    assert "Monde" in second.split()


def test_a_body_the_recogniser_names_with_its_article_is_what_the_organisation_means() -> None:
    text = (
        "Die Hamas übernahm die Verantwortung für die Angriffe. Die Organisation erklärte, sie werde weitere "
        "Orte angreifen."
    )
    assert _names(text) == ["Hamas"]
