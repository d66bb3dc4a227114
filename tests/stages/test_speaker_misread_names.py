"""Speakers where the tagger and the recogniser misread the words around a name: a description taken into an
organisation's span with the person's name, counted things taken for a name, a company named with a first name, a
noise taken for a person beside the subject, a speech verb taken for an adjective before a title and a name, and a
society that is a club."""

from __future__ import annotations

import pytest

import quotekit


def _speakers(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.name for q in quotekit.extract(text)]


def test_a_person_named_at_the_end_of_an_organisations_span_is_that_person() -> None:
    text = (
        "Hauptursache seien die warmen Sommer. Die Gletscher hätten damit kaum noch Nachschub.\n\n"
        "Die Innsbrucker Glaziologin Theresa Pfeifhofer, die an dem Bericht nicht beteiligt war, bezeichnete die "
        "Zahlen als „erschreckend, aber nicht überraschend“. Selbst wenn die Erderwärmung sofort gestoppt würde, "
        "wären die meisten Gletscher nicht mehr zu retten, sagte sie."
    )
    assert _speakers(text)[-2:] == ["Theresa Pfeifhofer", "Theresa Pfeifhofer"]


def test_counted_things_are_no_one_a_pronoun_could_stand_for() -> None:
    text = (
        "Als Ursina Demarmels im April zu ihrem Maiensäss hinaufstieg, stand die Tür offen. Der Holzofen fehlte, "
        "ebenso zwei Paar Tourenski und eine Kiste mit Werkzeug. «Sogar die Kupferpfannen meiner Grossmutter haben "
        "sie mitgenommen», sagt sie."
    )
    assert _speakers(text) == ["Ursina Demarmels"]


def test_a_company_named_with_a_first_name_after_a_noun_that_describes_companies_is_that_company() -> None:
    text = (
        "Der Heizungshersteller Hartwig Thermotechnik will rund 350 Arbeitsplätze abbauen. Der Absatz sei um 41 "
        "Prozent zurückgegangen, teilte das Unternehmen mit."
    )
    assert _speakers(text) == ["Hartwig Thermotechnik"]


def test_a_described_person_before_the_verb_is_the_subject_beside_a_noise_taken_for_a_person() -> None:
    text = (
        "Das sei unerträglich, sagte Rainer M. nach der Verhandlung. Der 67-Jährige, der seit 1989 in der "
        'Hafenstraße wohnt, beschrieb Gegröle, zerbrochene Flaschen und Urin im Hauseingang. "Um vier Uhr morgens '
        'stehen da 50 Leute und rauchen."'
    )
    assert _speakers(text) == ["Rainer M.", "Rainer M."]


def test_a_title_and_name_after_a_verb_the_tagger_took_for_an_adjective_are_its_subject() -> None:
    text = (
        "Ein 74-jähriger Pensionist schilderte, wie er 86.000 Euro überwiesen hatte.\n\n"
        "In seiner Urteilsbegründung hielt Richter Aschbacher fest, dass die Angeklagte „ganz genau“ gewusst habe, "
        "was sie tue."
    )
    quotes = quotekit.extract(text)
    last = quotes[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Aschbacher"
    assert last.speaker.mention is not None
    assert last.speaker.mention.text == "Aschbacher"


def test_a_carnival_society_is_the_club_a_later_verein_refers_to() -> None:
    text = (
        "Das sagte der Präsident der Karnevalsgesellschaft Rot-Weiß Kellersbach, Willi Schmitz-Overath.\n\n"
        "Hintergrund sind neue Auflagen der Stadt. Nach Angaben des Vereins müssten an 23 Zufahrten Sperren "
        "aufgestellt werden."
    )
    assert _speakers(text)[-1] == "Karnevalsgesellschaft Rot-Weiß Kellersbach"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Hagelversicherung Mittelland rechnet mit Schäden in Millionenhöhe. Laut einer ersten Schätzung des "
            "Versicherers sind rund 2500 Hektaren Kulturland betroffen.",
            "Hagelversicherung Mittelland",
        ),
        (
            "Die Molkerei Innviertel zahlt ihren Lieferanten ab Juni weniger. Die Preise seien nicht zu halten, "
            "teilte die Genossenschaft mit.",
            "Molkerei Innviertel",
        ),
    ],
)
def test_an_insurer_or_a_cooperative_named_before_is_what_the_word_of_its_kind_refers_to(
    text: str, name: str
) -> None:
    assert _speakers(text) == [name]


def test_a_role_given_as_a_title_before_the_name_is_the_person_the_role_names_later() -> None:
    text = (
        "„Der Raum ist zu wertvoll“, sagte Stadtbaurätin Henrike Vossberg. Die Stadtbaurätin wies den Vorwurf "
        "zurück: „Die Zahlen liegen vor.“"
    )
    assert _speakers(text) == ["Henrike Vossberg", "Henrike Vossberg"]


def test_a_medium_named_in_marks_in_the_genitive_is_named_in_the_nominative() -> None:
    (quote,) = quotekit.extract("Gemäss Recherchen des «Sportjournals» soll der Trainer gehen.")
    assert quote.text == "soll der Trainer gehen"
    assert quote.speaker is not None
    assert quote.speaker.name == "Sportjournal"


def test_a_dairy_named_before_is_the_business_a_later_der_betrieb_refers_to() -> None:
    text = (
        "Bregenz – Die Sennerei Alpwies ruft mehrere Sorten Bergkäse zurück. In zwei Chargen seien Listerien "
        "nachgewiesen worden, teilte der Betrieb mit. Die Sennereien würden strenger kontrolliert als jede "
        "Großmolkerei, sagte ein Verbandssprecher."
    )
    assert _speakers(text)[0] == "Sennerei Alpwies"


def test_an_heiress_in_a_fuer_phrase_is_the_woman_a_later_sie_stands_for() -> None:
    text = (
        "Der Stiftungsrat entscheide im Einzelfall, sagte Heinrich Vogt.\n\n"
        "Für die Erbin einer Sammlerfamilie ist die Ausstellung ein zwiespältiges Ereignis. «Ich freue mich», "
        "sagte sie."
    )
    assert _speakers(text) == ["Heinrich Vogt", "die Erbin einer Sammlerfamilie"]
