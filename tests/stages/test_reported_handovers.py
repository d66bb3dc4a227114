"""Who goes on in reported speech with no cue of its own when the narration hands the word on: a sentence that
names where a reaction comes from ("Kritik kommt von der Patientenstelle"), the body an impersonal "man" speaks
for ("Bei der Gesundheitskasse verweist man auf …"), and a sentence that is the report already ("Die Gemeinde
würde … erhalten") after the person it reports."""

from __future__ import annotations

import pytest

import quotekit


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.name) for q in quotekit.extract(text)]


def test_a_reaction_that_comes_from_an_organisation_hands_it_the_word() -> None:
    text = (
        "„Niemand muss sich Sorgen machen“, sagte Gesundheitsdirektorin Petra Imfeld. Kritik kommt von der "
        "Patientenstelle Ostschweiz. Für viele Menschen verlängere sich der Weg auf über eine Stunde."
    )
    assert _speakers(text)[-1] == (
        "Für viele Menschen verlängere sich der Weg auf über eine Stunde",
        "Patientenstelle Ostschweiz",
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Bei der Österreichischen Gesundheitskasse verweist man auf neue Modelle.",
        "Die Gesundheitskasse sieht das anders.",
    ],
)
def test_an_insurer_that_the_narration_turns_to_goes_on(opening: str) -> None:
    text = (
        f"„Das kann man heute niemandem mehr zumuten“, sagt die Landärztin Hanna Wieser. {opening} In "
        "Gesundheitszentren könne man die Dienste teilen."
    )
    speaker = _speakers(text)[-1][1]
    assert speaker is not None
    assert speaker.endswith("Gesundheitskasse")


def test_a_sentence_in_the_reported_mood_is_the_report_of_the_person_before_it() -> None:
    text = (
        "Bürgermeister Anton Haslinger (ÖVP) wirbt offen für den Windpark. Die Gemeinde würde jährlich rund "
        "200.000 Euro an Pacht erhalten. Damit könne man endlich die Volksschule sanieren."
    )
    assert _speakers(text)[-1] == ("Damit könne man endlich die Volksschule sanieren", "Anton Haslinger")


def test_a_narrated_sentence_about_a_group_still_hands_the_word_to_the_group() -> None:
    text = (
        "Zwei Passanten beobachteten den Überfall. Die Nummernschilder seien abgeklebt gewesen, sagten sie."
    )
    assert _speakers(text) == [("Die Nummernschilder seien abgeklebt gewesen", "Passanten")]


def test_a_report_in_the_konjunktiv_after_a_narrated_sentence_is_the_named_subjects() -> None:
    text = (
        "Die Personalchefin Sabine Körner-Hahn reagierte empört. Die Belegschaft habe erst aus der Zeitung von "
        "den Plänen erfahren, das sei „respektlos“."
    )
    speakers = {speaker for _, speaker in _speakers(text)}
    assert speakers == {"Sabine Körner-Hahn"}


def test_a_cue_in_the_konjunktiv_after_a_sentence_with_no_saying_keeps_its_own_subject() -> None:
    text = (
        "Die beiden Männer klingelten am Vormittag. Erna Vogl, seit Jahren Witwe, öffnete. Am Dach seien Ziegel "
        "locker, hätten die Männer gesagt, beim nächsten Gewitter drohe Wasser in die Wohnung zu laufen."
    )
    speakers = [speaker for _, speaker in _speakers(text)]
    assert speakers
    assert "Erna Vogl" not in speakers


def test_a_person_who_speaks_in_a_konjunktiv_cue_after_a_narrated_sentence_says_it_themselves() -> None:
    text = (
        "Bürgermeisterin Sabine Kreutz ist seit zehn Jahren im Amt. Ihr Sprecher Jonas Reimer wies den Vorwurf "
        "zurück. Die Bürgermeisterin habe von Anfang an gesagt, dass die Probephase abgebrochen werden könne."
    )
    assert _speakers(text) == [("dass die Probephase abgebrochen werden könne", "Sabine Kreutz")]
