"""Sentences that run on: the pipeline's parser may not start a sentence after a word and a space."""

from __future__ import annotations

import spacy

import quotekit
from quotekit.stages.run_on import run_on_words


def _words(text: str) -> list[str]:
    doc = spacy.blank("de")(text)
    return [doc[i].text for i in run_on_words(doc)]


def test_no_sentence_starts_after_a_word_and_a_space() -> None:
    assert _words("Gemeindepräsidentin Corinne Sutter-Imhof zeigte Verständnis.") == [
        "Corinne",
        "Sutter-Imhof",
        "zeigte",
        "Verständnis",
    ]


def test_a_word_in_lower_case_goes_on_after_a_bracket_but_not_after_a_full_stop_or_a_blank_line() -> None:
    assert "zeigte" in _words("Sutter-Imhof (Mitte) zeigte Verständnis.")
    assert _words("Schluss. und dann") == ["dann"]  # (after a full stop the parser decides)
    assert _words("Ersatzstandort\n\nzeigte") == []


def test_a_line_wrap_inside_a_paragraph_is_a_space() -> None:
    assert _words("gegenüber der\n«Walliser Morgenpost»") == ["der", "«", "Morgenpost"]


def test_a_role_that_opens_a_paragraph_after_a_subhead_stays_with_its_sentence() -> None:
    # the parser cut "Gemeindepräsidentin" off as a sentence of its own: the report after her sentence then went
    # back to the speaker before the subhead
    text = (
        "Die Baudirektorin verneinte: Dafür seien die Eigentümer selbst verantwortlich. Im Saal wurde es laut.\n\n"
        "Gemeinde sucht Ersatzstandort\n\n"
        "Gemeindepräsidentin Corinne Sutter-Imhof (Mitte) zeigte Verständnis für den Ärger. Der Campingplatz habe "
        "dem Dorf jedes Jahr rund 25'000 Logiernächte gebracht."
    )
    names = {q.text[:20]: q.speaker.name if q.speaker is not None else None for q in quotekit.extract(text)}
    assert names == {
        "Dafür seien die Eige": "Die Baudirektorin",
        "Der Campingplatz hab": "Corinne Sutter-Imhof",
    }
