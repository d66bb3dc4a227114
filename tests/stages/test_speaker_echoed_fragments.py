"""Speakers of a word or two quoted in a headline or teaser, which the body quotes again inside longer words with
the name of who said them, or says again with a few words put in; and companies named by their trade that a
later word for a company refers to."""

from __future__ import annotations

import quotekit


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.name) for q in quotekit.extract(text)]


def test_a_headline_word_said_by_a_body_is_said_by_whom_the_body_quotes_it_with() -> None:
    # "Opposition" names no one; the body quotes "Luftschloss" inside a longer fragment with the person's name
    text = (
        "Innenstadt-Umbau beschlossen – Opposition spricht von „Luftschloss“\n\n"
        "Hameln. Nach monatelangem Streit hat der Stadtrat das Umbauprojekt für die Innenstadt beschlossen.\n\n"
        "Ganz anders sieht das die Opposition. Fraktionschef Rüdiger Brams nannte den Beschluss „ein teures "
        "Luftschloss auf Kosten der Einzelhändler“. „Wer aus dem Umland kommt, fährt weiter“, sagte er."
    )
    assert _speakers(text)[0] == ("Luftschloss", "Rüdiger Brams")


def test_a_headline_word_the_body_does_not_quote_again_keeps_its_speaker() -> None:
    text = (
        "Innenstadt-Umbau beschlossen – Opposition spricht von „Luftschloss“\n\n"
        "Hameln. Nach monatelangem Streit hat der Stadtrat das Umbauprojekt für die Innenstadt beschlossen.\n\n"
        "Die Opposition stimmte geschlossen dagegen. Fraktionschef Rüdiger Brams nannte den Beschluss „teuer und "
        "falsch“."
    )
    assert _speakers(text)[0] == ("Luftschloss", "Opposition")


def test_a_short_headline_word_is_not_looked_for_inside_other_quotations() -> None:
    # a word of a few letters is in too many quotations to say whose it is
    text = (
        "Innenstadt-Umbau beschlossen – Opposition spricht von „Unfug“\n\n"
        "Hameln. Nach monatelangem Streit hat der Stadtrat das Umbauprojekt beschlossen.\n\n"
        "Die Opposition stimmte geschlossen dagegen. Bürgermeister Kai Wendt sagte: „Das ist kein Unfug, das ist "
        "die Zukunft.“"
    )
    assert _speakers(text)[0] == ("Unfug", "Opposition")


def test_a_teaser_word_said_by_a_description_is_said_by_the_person_the_body_names() -> None:
    text = (
        "Parteitag der Freien Bürgerunion: Wolkenstein bleibt Vorsitzende – mit Dämpfer\n\n"
        "Mit nur 61 Prozent ist Dorothee Wolkenstein als Chefin der Partei bestätigt worden. Ihre "
        "Gegenkandidatin spricht von einem „Weckruf“. Die wichtigsten Stimmen des Tages.\n\n"
        "Hannover. Am Ende war der Applaus höflich, aber nicht herzlich. 312 von 511 Delegierten stimmten am "
        "Samstag für Dorothee Wolkenstein.\n\n"
        "Nach der Abstimmung sprach Marion Oyelaran-Schmitt von einem „Weckruf für die gesamte Führung“. Sie "
        "werde nicht für ein anderes Amt kandidieren."
    )
    assert _speakers(text)[0] == ("Weckruf", "Marion Oyelaran-Schmitt")


def test_a_company_named_by_its_trade_is_the_company_a_later_word_refers_to() -> None:
    text = (
        "Die Uhrenmanufaktur Brenni schickt ab Dezember rund 240 ihrer 610 Mitarbeitenden in Kurzarbeit. Wie das "
        "Familienunternehmen am Donnerstag mitteilte, sind die Bestellungen aus China um fast 40 Prozent "
        "zurückgegangen."
    )
    assert [name for _, name in _speakers(text)] == ["Uhrenmanufaktur Brenni"]


def test_a_shipyard_is_the_company_a_later_word_refers_to() -> None:
    text = (
        "Die Werft Hollmann & Söhne streicht 120 Stellen. Die Auftragsbücher seien leer, teilte das Unternehmen "
        "am Montag mit."
    )
    assert [name for _, name in _speakers(text)] == ["Werft Hollmann & Söhne"]


def test_a_dash_in_a_headline_opens_the_speakers_own_clause() -> None:
    # the council is the subject of the first clause; "Opposition" opens the clause of "spricht von"
    text = (
        "Stadtrat beschließt Umbau der Innenstadt – Opposition spricht von „Luftschloss“\n\n"
        "Hameln. Der Stadtrat hat den Umbau beschlossen."
    )
    assert _speakers(text) == [("Luftschloss", "Opposition")]


def test_a_headline_quotation_the_body_says_again_with_words_put_in_is_the_answerers() -> None:
    text = (
        "Spital Lindenbühl: «Ein Notfall rund um die Uhr ist nicht mehr finanzierbar»\n\n"
        "Lindenbühl - Die Pläne, die Notfallstation nachts zu schliessen, sorgen für Unmut. Spitaldirektorin "
        "Esther Lüthi stellt sich den Fragen.\n\n"
        "Frage: Frau Lüthi, verstehen Sie die Wut der Bevölkerung?\n\n"
        "Lüthi: Absolut. Aber ich muss ehrlich sein: Ein Notfall rund um die Uhr ist an diesem Standort nicht mehr "
        "finanzierbar.\n\n"
        "Frage: Was sagen Sie den Leuten im Tal?\n\n"
        "Lüthi: Die Ambulanz ist in zwölf Minuten da."
    )
    assert _speakers(text)[0] == ("Ein Notfall rund um die Uhr ist nicht mehr finanzierbar", "Esther Lüthi")


def test_a_headline_quotation_whose_words_the_body_spreads_over_sentences_stays_the_topics() -> None:
    text = (
        "Spital Lindenbühl: «Ein Notfall rund um die Uhr ist nicht mehr finanzierbar»\n\n"
        "Lindenbühl - Die Pläne sorgen für Unmut. Spitaldirektorin Esther Lüthi stellt sich den Fragen.\n\n"
        "Frage: Frau Lüthi, verstehen Sie die Wut?\n\n"
        "Lüthi: Absolut. Ein Notfall rund um die Uhr. Das ist an diesem Standort nicht mehr finanzierbar.\n\n"
        "Frage: Was sagen Sie den Leuten im Tal?\n\n"
        "Lüthi: Die Ambulanz ist in zwölf Minuten da."
    )
    assert _speakers(text)[0] == (
        "Ein Notfall rund um die Uhr ist nicht mehr finanzierbar",
        "Spital Lindenbühl",
    )
