"""Elided compounds ("Jagd- und Fischereiverwaltung") are one word for the stages."""

from __future__ import annotations

import spacy
from tests.extracted import reported

from quotekit.stages.compounds import elided_compounds, merge_elided_compounds


def _found(text: str) -> list[str]:
    doc = spacy.blank("de")(text)
    return [doc[start:end].text for start, end in elided_compounds(doc)]


def test_first_parts_with_hyphens_and_the_word_after_the_joiner_make_one_compound() -> None:
    text = "Die Jagd- und Fischereiverwaltung und der Bau-, Planungs- und Umweltausschuss tagten."
    assert _found(text) == ["Jagd- und Fischereiverwaltung", "Bau-, Planungs- und Umweltausschuss"]


def test_words_in_lower_case_and_a_hyphen_with_no_joiner_make_none() -> None:
    # verbs and adjectives ("ein- und ausreisen") are left to the tagger; a dash between words joins nothing
    assert _found("Sie durften ein- und ausreisen. Die Stadt- Verwaltung und Ost- Berlin.") == []


def test_the_merged_word_keeps_the_last_word_s_tags_and_entity() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Die Industrie- und Handelskammer Lautertal warnt.")
    for token in doc:
        token.pos_ = "NOUN"
    doc.ents = [spacy.tokens.Span(doc, 3, 5, label="ORG")]
    merge_elided_compounds(doc)
    assert [t.text for t in doc] == ["Die", "Industrie- und Handelskammer", "Lautertal", "warnt", "."]
    assert doc[1].pos_ == "NOUN"
    assert [e.text for e in doc.ents] == ["Industrie- und Handelskammer Lautertal"]


def test_an_organisation_with_an_elided_compound_is_named_whole() -> None:
    text = (
        "Gemäss der kantonalen Jagd- und Fischereiverwaltung leben im Kanton inzwischen rund 900 Biber. "
        "Der Bau-, Planungs- und Umweltausschuss teilte mit, die Brücke sei marode."
    )
    assert [speaker for _, speaker, _ in reported(text)] == [
        "Jagd- und Fischereiverwaltung",
        "Bau-, Planungs- und Umweltausschuss",
    ]
