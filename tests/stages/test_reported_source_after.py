"""Reported sentences whose source the paragraph names only after them: "Das kündigte X an", "Dies sagte X" and
"So reagierte X" point back; the cue-less Konjunktiv sentences right before the pointed-back one are the same
statement, whoever spoke in the paragraph before."""

from __future__ import annotations

import quotekit


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.name) for q in quotekit.extract(text)]


def test_the_konjunktiv_sentences_before_das_kuendigte_x_an_are_x_s() -> None:
    text = (
        "Der Betriebsrat tagte am Montag. Die Beschäftigten hätten auf Urlaubsgeld verzichtet, sagte Sevgi "
        "Aydemir. Nun bekämen sie die Quittung.\n\n"
        "Man werde um jeden Arbeitsplatz kämpfen. Notfalls seien auch Warnstreiks denkbar. Das kündigte Dana "
        "Wirtz am Dienstag an."
    )
    assert _said(text) == [
        ("Die Beschäftigten hätten auf Urlaubsgeld verzichtet", "Sevgi Aydemir"),
        ("Nun bekämen sie die Quittung", "Sevgi Aydemir"),
        ("Man werde um jeden Arbeitsplatz kämpfen", "Dana Wirtz"),
        ("Notfalls seien auch Warnstreiks denkbar", "Dana Wirtz"),
    ]


def test_a_verb_the_tagger_takes_for_an_adjective_before_a_name_and_its_apposition_still_points_back() -> (
    None
):
    text = (
        "Man werde um jeden Arbeitsplatz kämpfen. Notfalls seien auch Warnstreiks denkbar. Das kündigte Dana "
        "Wirtz, Erste Bevollmächtigte der IG Metall, am Dienstag an."
    )
    assert [name for _, name in _said(text)] == ["Dana Wirtz", "Dana Wirtz"]


def test_so_reagierte_x_points_back_to_the_konjunktiv_sentences_before_it() -> None:
    text = (
        "Die Einigung gelte, und zwar Wort für Wort. Wer sie jetzt wieder aufschnüre, gefährde das Vertrauen. "
        "So reagierte am Montagmorgen SPD-Generalsekretärin Miriam Esterhaus auf die Äußerungen."
    )
    assert [name for _, name in _said(text)] == ["Miriam Esterhaus", "Miriam Esterhaus"]


def test_so_reagierte_after_a_quotation_names_who_said_it() -> None:
    assert _said("„Das ist ein Skandal.“ So reagierte der Minister auf die Vorwürfe.") == [
        ("Das ist ein Skandal.", "der Minister")
    ]


def test_narration_before_so_reagierte_is_no_report() -> None:
    assert _said("Die Stadt sperrte die Straße. So reagierte sie auf die Proteste.") == []


def test_a_report_with_a_cue_of_its_own_keeps_its_speaker_before_a_pointed_back_sentence() -> None:
    text = (
        "Die Lage sei ernst, sagte der Bürgermeister. Notfalls seien auch Sperren denkbar. Das bestätigte die "
        "Polizei am Abend."
    )
    said = _said(text)
    assert said[0] == ("Die Lage sei ernst", "der Bürgermeister")
    assert said[1] == ("Notfalls seien auch Sperren denkbar", "Polizei")


def test_a_pointed_back_sentence_names_the_speaker_of_a_report_going_on_from_someone_else() -> None:
    text = (
        "Man habe sich auf Eckpunkte geeinigt, sagte Kortegast.\n\n"
        "Die Einigung gelte, und zwar Wort für Wort. Wer sie jetzt aufschnüre, gefährde das Vertrauen. So "
        "reagierte Generalsekretärin Miriam Esterhaus auf die Äußerungen."
    )
    assert [name for _, name in _said(text)] == ["Kortegast", "Miriam Esterhaus", "Miriam Esterhaus"]


def test_the_wer_of_a_free_relative_clause_is_no_speaker() -> None:
    text = (
        "Man habe sich auf Eckpunkte geeinigt, sagte Kortegast. Wer glaube, dass die Sache erledigt sei, kenne "
        "das Verfahren schlecht."
    )
    assert _said(text) == [
        ("Man habe sich auf Eckpunkte geeinigt", "Kortegast"),
        ("Wer glaube, dass die Sache erledigt sei, kenne das Verfahren schlecht", "Kortegast"),
    ]


def test_a_pointer_that_opens_a_new_paragraph_leaves_the_report_going_on_with_its_speaker() -> None:
    said = "Die Preise seien gestiegen, sagte Geschäftsführerin Martina Lechleitner. Die Zahlen seien zuletzt gesunken."
    assert [name for _, name in _said(said + "\n\nDas bestätigt auch ein Wirt aus dem Ort.")] == [
        "Martina Lechleitner",
        "Martina Lechleitner",
    ]
    assert [name for _, name in _said(said + "\n\nSo reagierten die Ratsfraktionen:")] == [
        "Martina Lechleitner",
        "Martina Lechleitner",
    ]
