"""Reported speech the parse or the word lists hid: a Konjunktiv II in umlaut that only its prefix tells from another
verb's present, "infrage stellen" before an ob-clause, and a clause before an inverted cue whose subject has a
relative clause."""

from __future__ import annotations

import quotekit


def _reports(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, None if q.speaker is None else q.speaker.name)
        for q in quotekit.extract(text)
        if q.kind.value == "indirect"
    ]


def test_a_konjunktiv_two_of_erfahren_goes_on_with_a_question() -> None:
    text = (
        "Elternvertreterin Sandra Wimmer wollte wissen, wie die Direktion die Eltern informieren werde. Viele "
        "Familien erführen erst am ersten Schultag davon."
    )
    assert _reports(text)[-1] == ("Viele Familien erführen erst am ersten Schultag davon", "Sandra Wimmer")


def test_the_present_of_fuehren_after_a_report_is_narration() -> None:
    text = "Die Strecke sei sicher, sagte Bürgermeister Jan Holt. Die Wege führen seit Jahren durch den Wald."
    assert len(_reports(text)) == 1


def test_infrage_stellen_before_an_ob_clause_is_a_question() -> None:
    text = (
        "CSU-Stadtrat Karl-Heinz Wilms stellte infrage, ob die Berechnungen noch stimmten. Damals habe das Wasser "
        "im Keller gestanden."
    )
    assert _reports(text) == [
        ("ob die Berechnungen noch stimmten", "Karl-Heinz Wilms"),
        ("Damals habe das Wasser im Keller gestanden", "Karl-Heinz Wilms"),
    ]


def test_infrage_stellen_with_an_object_reports_nothing() -> None:
    assert (
        _reports("Die Opposition stellte die Zahlen infrage. Der Haushalt wurde trotzdem beschlossen.") == []
    )


def test_a_clause_whose_subject_has_a_relative_clause_is_reported_before_an_inverted_cue() -> None:
    text = (
        "„Wir arbeiten rund um die Uhr daran“, sagte Präsidentin Eva Lindner. Prüfungen, die in dieser Woche "
        "angesetzt waren, würden verschoben, kündigte die Präsidentin an."
    )
    assert _reports(text) == [
        ("Prüfungen, die in dieser Woche angesetzt waren, würden verschoben", "Eva Lindner")
    ]


def test_a_noun_with_a_relative_clause_as_the_object_of_an_inverted_verb_is_no_report() -> None:
    text = (
        "Die Angriffe auf den Minister, der dem Vorstand angehört hatte, kritisierte die Präsidentin scharf."
    )
    assert _reports(text) == []
