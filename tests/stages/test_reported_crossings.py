"""Reported clauses and their edges: never across a direct quotation, and whole where a clause on "wer" opens them
(parsed by the German pipeline)."""

from __future__ import annotations

import pytest
from tests.extracted import reported

import quotekit


def _found(text: str) -> list[tuple[str, str]]:
    return [(q.kind.value, q.text) for q in quotekit.extract(text)]


def test_a_cue_inside_the_marks_reports_nothing_outside_them() -> None:
    # "wie der Minister das sagt" inside the marks had made "…: „Es ist so" a reported quotation.
    text = (
        "Gegenüber der Zeitung sagte der Abgeordnete Jan Muster: „Es ist so, wie der Minister das sagt: "
        "Man kommt mit Soldaten an und verteilt die Güter.“"
    )
    assert _found(text) == [
        ("direct", "Es ist so, wie der Minister das sagt: Man kommt mit Soldaten an und verteilt die Güter.")
    ]


def test_a_so_frame_keeps_its_konjunktiv_clause_and_leaves_the_marks_after_its_colon() -> None:
    text = (
        "Der Ökonom Jan Muster kritisierte die Firma. Der Fehler habe wohl Methode, so Muster weiter: "
        "„Das ist auch in anderen Firmen üblich, dass die Spitze keine Ahnung hat, was läuft.“"
    )
    found = _found(text)
    assert ("indirect", "Der Fehler habe wohl Methode") in found
    assert all(kind == "direct" for kind, words in found if "Spitze" in words)


def test_a_clause_on_wer_before_the_main_clause_is_part_of_what_was_said() -> None:
    text = (
        "Der Verein verurteilte die Vorfälle scharf. Wer Pyros auf Menschen werfe, habe im Stadion nichts "
        "verloren, teilte der FC Limmattal mit."
    )
    assert _found(text) == [("indirect", "Wer Pyros auf Menschen werfe, habe im Stadion nichts verloren")]


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.cue.text if q.cue else None) for q in quotekit.extract(text) if q.kind.value != "direct"
    ]


def test_a_report_inside_a_reported_sentence_belongs_to_the_cue_after_it() -> None:
    # "habe … gedrängt, etwas zu bestellen" is part of what "erzählt die 71-Jährige" reports.
    text = (
        "Zu den Gästen gehört die Schriftstellerin Gerlinde Moik. Hrdlicka habe ihr immer ungefragt ein Glas "
        "Wasser nachgeschenkt und sie nie gedrängt, etwas zu bestellen, erzählt die 71-Jährige."
    )
    assert _reported(text) == [
        (
            "Hrdlicka habe ihr immer ungefragt ein Glas Wasser nachgeschenkt und sie nie gedrängt, etwas zu "
            "bestellen",
            "erzählt",
        )
    ]


def test_the_narrators_report_before_another_cue_stays_its_own() -> None:
    # "Die Kommissare sprachen keine Strafe aus" is narrated, not part of what "hieß es" reports.
    text = (
        "Die Rennkommissare sprachen keine Strafe aus, der Vorfall sei ein Rennunfall gewesen, hieß es in der "
        "Begründung."
    )
    assert _reported(text) == [("der Vorfall sei ein Rennunfall gewesen", "sprachen")]


@pytest.mark.parametrize("source", ["„Finanzkurier“", "dem „Finanzkurier“", "dem «Finanzkurier»"])
def test_laut_a_medium_in_marks_frames_the_sentence(source: str) -> None:
    text = f"Laut {source} prüft die Familie bereits den Verkauf einer Beteiligung."
    (quote,) = [q for q in quotekit.extract(text) if q.kind.value != "direct"]
    assert quote.text == "prüft die Familie bereits den Verkauf einer Beteiligung"
    assert quote.speaker is not None
    assert quote.speaker.name == "Finanzkurier"


def test_a_narrated_clause_before_a_colon_names_who_says_the_konjunktiv_after_it() -> None:
    text = (
        "«Ich habe unter der Woche keine Zeit», sagte eine Studentin. "
        "Ein älterer Mann schüttelte den Kopf: Früher sei der Sonntag heilig gewesen, heute gehe es ums Geld."
    )
    assert reported(text) == [
        ("Früher sei der Sonntag heilig gewesen, heute gehe es ums Geld", "Ein älterer Mann", ":")
    ]


def test_a_plural_konjunktiv_two_after_an_announcing_colon_reports() -> None:
    text = (
        "Bürgermeisterin Ute Rademacher eröffnete die Sitzung. Auch Rademacher zeigte sich besorgt: "
        "Viele Menschen hätten das Gefühl, dass über ihre Köpfe hinweg entschieden werde."
    )
    assert reported(text) == [
        (
            "Viele Menschen hätten das Gefühl, dass über ihre Köpfe hinweg entschieden werde",
            "Ute Rademacher",
            ":",
        )
    ]


def test_a_preterite_the_konjunktiv_two_shares_after_a_colon_narrates() -> None:
    text = "Der Brand wütete die ganze Nacht. Das Feuer war verheerend: Von der Halle blieben nur Stahlträger übrig."
    assert reported(text) == []


def test_a_reportative_sollen_after_a_colon_in_narration_stays_the_narrators() -> None:
    text = "Der Sänger zieht aufs Land. Zudem ist der Einzug von Tieren geplant: Katzen und Ziegen sollen es sein."
    assert reported(text) == []


def test_reported_words_that_go_on_after_a_colon_stay_one_quotation() -> None:
    text = (
        "Die Lehrerin Eva Roth sagte, man tue, was man könne. Das Problem liege nicht in den Schulen, "
        "sondern davor: Viele Kinder kämen ohne Deutschkenntnisse aus dem Kindergarten."
    )
    found = reported(text)
    assert [(speaker, cue) for _, speaker, cue in found] == [("Eva Roth", "sagte"), ("Eva Roth", None)]
    assert found[1][0].endswith("davor: Viele Kinder kämen ohne Deutschkenntnisse aus dem Kindergarten")


@pytest.mark.parametrize(
    "text",
    [
        "Die Versicherung verweist auf Gutachten, die Bauern fühlen sich im Stich gelassen.",
        "Die Direktorin spricht von einem Wettlauf gegen die Zeit, das Land verweist auf Ausschreibungen.",
        # (a present plural with a weak preterite's shape, which the morphology calls present)
        "Verbraucherschützer zweifeln an der Rechnung, Mieter fürchten hohe Nachzahlungen.",
    ],
)
def test_an_indicative_clause_after_the_object_of_a_speech_verb_is_narration(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pendler fürchten längere Fahrzeiten, die Gemeinden fühlen sich übergangen.",
        "Die Autorin weist die Vorwürfe zurück, der Verlag lässt ein Gutachten erstellen.",
    ],
)
def test_an_indicative_clause_after_a_verb_that_reports_none_is_narration(text: str) -> None:
    # Only verbs of saying (`clause_verbs`) report a main clause in the indicative after their comma.
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Trainer sagte, die Mannschaft ist bereit.", "die Mannschaft ist bereit"),
        (
            "Der SVP-Kantonsrat hat Ihnen vorgeworfen, Sie betrieben «Nestbeschmutzung».",
            "Sie betrieben «Nestbeschmutzung»",
        ),
    ],
)
def test_a_verb_of_saying_or_a_past_plural_the_konjunktiv_shares_still_reports(
    text: str, content: str
) -> None:
    assert [found for found, _, _ in reported(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sie verwies auf das Gutachten, die Lage sei ernst.", "die Lage sei ernst"),  # a Konjunktiv reports
        (
            "Er sagte gegenüber der APA, die Lage ist ernst.",
            "die Lage ist ernst",
        ),  # whom he told is no object
        ("Die Anklage warf ihm vor, Vorschriften verletzt zu haben.", "Vorschriften verletzt zu haben"),
    ],
)
def test_a_clause_after_an_object_or_addressee_still_reports(text: str, content: str) -> None:
    assert [found for found, _, _ in reported(text)] == [content]


@pytest.mark.parametrize(
    "before", ["Die Grünen sind dagegen.", "Seine Kollegin Miriam Ott sieht es ähnlich."]
)
def test_a_so_sentence_after_reported_words_names_their_source(before: str) -> None:
    text = f"{before} Wer den öffentlichen Verkehr abbaue, zwinge die Leute ins Auto. So Miriam Ott."
    assert reported(text) == [
        ("Wer den öffentlichen Verkehr abbaue, zwinge die Leute ins Auto", "Miriam Ott", "So")
    ]


def test_so_and_an_article_after_a_stop_is_no_source() -> None:
    assert reported("Das Wetter war schlecht. So ein Unsinn.") == []


def test_after_a_speech_verb_and_its_colon_a_konjunktiv_one_in_a_later_main_clause_reports() -> None:
    # ("veränderten" is the preterite's form too; "seien" in the second main clause says it is reported)
    text = (
        "Für die Bergrettung war es der siebte Einsatz. Ortsstellenleiterin Marlene Huber warnt: Die Gletscher "
        "veränderten sich durch die Hitze immer schneller, alte Routen seien oft nicht mehr sicher."
    )
    assert reported(text) == [
        (
            "Die Gletscher veränderten sich durch die Hitze immer schneller, alte Routen seien oft nicht mehr sicher",
            "Marlene Huber",
            "warnt",
        )
    ]


def test_a_trailing_perfect_after_a_colons_words_is_their_cue() -> None:
    text = (
        "Soziallandesrätin Andrea Zöchling ist umstritten. Es ist ein Satz, der in der Partei für Unruhe gesorgt "
        "hat: Die Betreuung, wie Österreich sie kenne, werde es in zehn Jahren nicht mehr geben, hatte sie im Mai "
        "gesagt."
    )
    assert reported(text) == [
        (
            "Die Betreuung, wie Österreich sie kenne, werde es in zehn Jahren nicht mehr geben",
            "Andrea Zöchling",
            "gesagt",
        )
    ]


def test_a_konjunktiv_perfect_after_a_comma_still_reports() -> None:
    text = (
        "Ein Sprecher der Polizei berichtete vom Einsatz. Als die Feuerwehr eintraf, habe der Dachstock bereits "
        "in Vollbrand gestanden."
    )
    assert [words for words, _, _ in reported(text)][-1].startswith("Als die Feuerwehr eintraf, habe")
