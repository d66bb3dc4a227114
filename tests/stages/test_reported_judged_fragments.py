"""Words in marks inside reported speech where only the speaker's own judgement can stand: after an indefinite
article or a Konjunktiv copula ("Das sei ein „Dauerbrenner“"), capitalised or not, are a direct quotation of the
reported speaker; a name or a title there stays none."""

from __future__ import annotations

import quotekit


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, None if q.speaker is None else q.speaker.name)
        for q in quotekit.extract(text)
        if q.kind.value == "direct"
    ]


def test_a_noun_after_an_indefinite_article_in_a_continuation_is_the_speakers_word() -> None:
    text = (
        "Laut der Pflegeplattform Steiermark fehlen rund 1800 Plätze in der Kurzzeitpflege. Das sei ein "
        "„Dauerbrenner“, über den im Landtag kaum gesprochen werde."
    )
    quotes = quotekit.extract(text)
    assert [q.kind.value for q in quotes] == ["indirect", "mixed", "direct"]
    assert quotes[2].text == "Dauerbrenner"
    # said by whom the report goes on from
    assert quotes[2].speaker is not None
    assert quotes[0].speaker is not None
    assert quotes[2].speaker.name == quotes[0].speaker.name


def test_a_phrase_after_a_konjunktiv_copula_is_the_speakers_words() -> None:
    text = "Der Förderstopp sei „Gift für das Vertrauen“ in die Energiewende, sagte Verbandschef Marek Dudek."
    assert _direct(text) == [("Gift für das Vertrauen", "Marek Dudek")]


def test_a_judgement_past_adjectives_is_the_speakers_words() -> None:
    text = (
        "Der Staatsanwalt sagte, der Beschuldigte habe ein ausgeklügeltes «System aus Lügen und Vertröstungen» "
        "aufgebaut."
    )
    assert _direct(text) == [("System aus Lügen und Vertröstungen", "Der Staatsanwalt")]


def test_a_name_of_capitalised_words_after_an_article_stays_a_name() -> None:
    text = "Der Sprecher sagte, die Stadt plane ein „Grünes Zentrum Nord“ am Bahnhof."
    assert _direct(text) == []


def test_a_programme_after_an_article_stays_a_title() -> None:
    text = "Die Sprecherin sagte, das Land starte ein „Sofortprogramm Wohnen“."
    assert _direct(text) == []
