"""Unnamed groups and roles as real news writes them: the people a compound speech noun names ("Augenzeugenberichten
zufolge": the eyewitnesses), a group named in the dative plural ("laut Kritikern": the critics), two roles joined
before one name ("Vizekanzler und Arbeitsminister Franz Müntefering") and the relations that describe a person
("der Kampfgefährte", "die Rivalin", "der Amtsvorgänger")."""

from __future__ import annotations

import pytest

import quotekit


def _names(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.name for q in quotekit.extract(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Augenzeugenberichten zufolge liefen die Menschen ins Freie.", "Augenzeugen"),
        ("Nach Expertenmeinung sei die Gefahr im Winter am größten.", "Experten"),
        ("Aus Diplomatenkreisen hieß es, die Gespräche seien gescheitert.", "Diplomaten"),
    ],
)
def test_the_people_a_compound_speech_noun_names_are_its_speakers(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_organisation_a_compound_speech_noun_names_stays_the_organisation() -> None:
    assert _names("Nach Polizeiangaben sei der Fahrer 40 Jahre alt gewesen.") == ["Polizei"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laut Kritikern sei der Plan zu teuer.", "Kritiker"),
        ("Den Beobachtern zufolge werde es keine Einigung geben.", "die Beobachter"),
    ],
)
def test_a_group_in_the_dative_plural_is_named_in_the_nominative(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_plural_every_case_writes_alike_keeps_its_form() -> None:
    assert _names("Laut Experten sei der Plan zu teuer.") == ["Experten"]


def test_two_roles_joined_before_a_name_are_both_the_persons() -> None:
    text = (
        "Der deutsche Vizekanzler und Arbeitsminister Franz Müntefering hat seinen Rücktritt erklärt. "
        "„Es ist ausschließlich dieser private Grund“, sagte er."
    )
    assert _names(text)[-1] == "Franz Müntefering"


def test_the_second_role_alone_still_names_the_person() -> None:
    text = "Gründer und Chef Hans Muster sagte, es gebe keine Spur. Der Gründer betonte, man mache weiter."
    assert _names(text) == ["Hans Muster", "Hans Muster"]


@pytest.mark.parametrize(
    "role",
    ["Kampfgefährte", "Weggefährte", "Rivale", "Amtsvorgänger", "Nachfolger", "Widersacher", "Vertraute"],
)
def test_a_relation_in_apposition_to_a_name_is_the_persons_role(role: str) -> None:
    text = (
        "Thaksin beschuldigte General Prem, an dem Putsch mitgewirkt zu haben. "
        f"Der frühere {role} Thaksins, Newin Chidchob, wandte sich an die Anhänger. "
        "Er sagte, die Organisatoren verfolgten eigene Ziele."
    )
    assert _names(text)[-1] == "Newin Chidchob"


@pytest.mark.parametrize(
    "rank", ["Oberleutnant", "Chefinspektor", "Wachtmeister", "Polizeiobermeister", "Oberst", "Brigadier"]
)
def test_a_police_or_military_rank_is_a_role_the_person_goes_on_with(rank: str) -> None:
    text = (
        f"{rank} Hans Muster und Staatsanwalt Peter Berg traten vor die Presse. Der Staatsanwalt sagte, es gebe "
        f"keine Spur. Der {rank} betonte, man ermittle weiter."
    )
    assert _names(text) == ["Peter Berg", "Hans Muster"]


def test_an_apposition_with_a_rank_after_a_spokespersons_complement_names_the_spokesperson() -> None:
    text = "Ein Sprecher der Polizei in Bern, der Oberleutnant Hans Muster, sagte, es gebe keine Spur."
    assert _names(text) == ["Hans Muster"]


def test_der_oberste_as_an_adjective_of_a_court_makes_no_rank() -> None:
    assert _names("Der Oberste Gerichtshof teilte mit, das Urteil sei rechtskräftig.") == [
        "Oberster Gerichtshof"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Anwältin des vor einer Woche verhafteten Managers, Ines Vogt, hat betont, ihr Mandant sei unschuldig.",
            "Ines Vogt",
        ),
        (
            "Der Nachfolger des am Montag zurückgetretenen Konzernchefs, Louis Gallois, hat angekündigt, das Werk "
            "zu erhalten.",
            "Louis Gallois",
        ),
    ],
)
def test_a_participle_the_tagger_takes_for_a_verb_stays_inside_the_role_before_the_name(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Sprecherin des am Freitag entlassenen Trainers, Lena Roth, hat erklärt, der Verein prüfe den Fall.",
            "Lena Roth",
        ),
        (
            "Der Nachfolger des im Mai verstorbenen Abtes, Pater Anselm Huber, hat angekündigt, das Kloster zu öffnen.",
            "Anselm Huber",
        ),
    ],
)
def test_the_mention_of_such_a_role_runs_on_to_the_name_in_apposition(text: str, name: str) -> None:
    (quote,) = quotekit.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text.endswith(name)


def test_a_compound_leader_role_goes_back_to_the_leader_of_that_body() -> None:
    text = (
        "„Masern sind keine harmlose Krankheit“, sagte die Leiterin des Gesundheitsamts, Ulla Reinhold. "
        "Schulleiterin Lan Pham sprach von einer schwierigen Lage. Eine Mutter sagte, sie habe aus einer Chatgruppe "
        "davon erfahren. „Wir haben alle Eltern informiert“, sagte die Amtsleiterin."
    )
    assert _names(text)[-1] == "Ulla Reinhold"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Den größten Anteil mache Abrieb von Autoreifen aus, berichtet das Team um die Gewässerökologin "
            "Kristin Albers.",
            "Kristin Albers",
        ),
        ("Das Team um Trainer Marco Rose erklärte, man sei zufrieden.", "Marco Rose"),
    ],
)
def test_a_team_um_a_named_person_speaks_through_that_person(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_team_um_someone_unnamed_stays_the_team() -> None:
    assert _names("Das Team um den Kapitän erklärte, man sei zufrieden.") == ["Das Team"]
