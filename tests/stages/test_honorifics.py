"""Academic titles before a name: the tokenizer keeps them whole and no sentence starts inside them, so
that the name keeps its role and its cue ("sagte Gemeinderat lic. iur. Urs Kälin")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import quotekit
from quotekit.components import TitleSentences
from quotekit.pipeline import add_components
from quotekit.stages.honorifics import teach_tokenizer, title_continuations


def _doc(words: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(spacy.blank("de").vocab, words=words, spaces=spaces)


def test_the_words_after_a_run_of_titles_do_not_start_a_sentence() -> None:
    doc = _doc(["sagte", "Gemeinderat", "lic.", "iur.", "Urs", "Kälin", "."])
    assert title_continuations(doc) == [3, 4]


def test_a_title_the_tokenizer_parted_from_its_full_stop_counts_with_the_stop() -> None:
    doc = _doc(["sagte", "Mag", ".", "Sonja", "Klammer", "."], [True, False, True, True, False, False])
    assert title_continuations(doc) == [2, 3]


def test_a_verb_spelled_like_a_title_and_a_title_before_no_name_keep_their_boundaries() -> None:
    # "Das mag." ends a sentence (titles are matched as written), and so does a title before a lower-case word.
    verb = _doc(["Das", "mag", ".", "Er", "kommt", "."], [True, False, True, True, False, False])
    assert title_continuations(verb) == []
    assert title_continuations(_doc(["Er", "ist", "Dr.", "und", "lehrt", "."])) == []


def test_the_tokenizer_learns_the_titles_it_would_cut() -> None:
    nlp = spacy.blank("de")
    assert [t.text for t in nlp("lic. iur. Urs")][:2] == ["lic", "."]
    teach_tokenizer(nlp)
    assert [t.text for t in nlp("Gemeinderat lic. iur. Urs Kälin")] == [
        "Gemeinderat",
        "lic.",
        "iur.",
        "Urs",
        "Kälin",
    ]


def test_the_guard_goes_before_the_component_that_sets_sentences() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    add_components(nlp)
    assert nlp.pipe_names.index("quotekit_titles") < nlp.pipe_names.index("sentencizer")


def test_a_sentence_with_titles_before_the_name_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Das sagte Gemeinderat lic. iur. Urs Kälin am Montag.",
        "Das sagte Landesrätin Mag. Sonja Klammer am Montag.",
        "Das sagte Primaria Prim.a Dr.in Ulrike Feichtinger am Montag.",
    ):
        assert len(list(nlp(text).sents)) == 1, text


def test_a_swiss_licentiate_between_role_and_name_keeps_the_name_as_speaker() -> None:
    quotes = quotekit.extract(
        "«Die Stadt spielt Dealer und nennt es Wissenschaft», sagte Gemeinderat lic. iur. Urs Kälin."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Urs Kälin"]


def test_a_church_office_before_the_titles_is_a_role_not_a_name() -> None:
    quotes = quotekit.extract(
        "Dompropst Dr. Cornelius Albrecht-Weidner sagte, er sei dagegen. Der Geistliche fragte, ob das Land zahlen werde."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Cornelius Albrecht-Weidner"] * 2


def test_a_title_the_tagger_calls_a_verb_is_a_noun() -> None:
    # (a hand-built doc with the tagger's mistake: the component runs after the tagger, before the parser)
    doc = _doc(
        ["Sein", "Verteidiger", ",", "lic.", "iur.", "Marco", "Fässler", ",", "forderte", "eine", "Strafe"]
    )
    tags = ["DET", "NOUN", "PUNCT", "VERB", "ADJ", "PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN"]
    for token, pos in zip(doc, tags, strict=True):
        token.pos_ = pos
    TitleSentences(spacy.blank("de"), "quotekit_titles")(doc)
    assert [t.pos_ for t in doc[3:5]] == ["NOUN", "NOUN"]
    assert doc[8].pos_ == "VERB"  # (the verb after the name keeps its tag)


def test_a_title_the_parse_makes_the_subject_stands_for_the_name_after_it() -> None:
    # "Prof. Dr. Tomasz Wierzbicki, der …, mahnt": the quote paragraph after the sentence is his
    text = (
        "Die Studie ist fertig.\n\n"
        "Prof. Dr. Tomasz Wierzbicki, der die Auswertung geleitet hat, mahnt allerdings zur Vorsicht.\n\n"
        "„Zwölf Anlagen an einem Standort sind ein Anfang, aber noch kein Beweis für ganz Deutschland.“"
    )
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == ["Tomasz Wierzbicki"]


def test_a_full_stop_after_a_score_ends_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "nach dem 1:2." had been one token: the next sentence ran on and its report hung on the verb before it
    doc = nlp("Sie siegten 3:1. Am 3. Mai um 15:30. Das Team habe gut gespielt.")
    assert [t.text for t in doc][:5] == ["Sie", "siegten", "3:1", ".", "Am"]
    assert "3." in [t.text for t in doc]  # (an ordinal keeps its stop)
    text = "Trainer Jussi Nieminen lobte die Mannschaft nach dem 1:2. Das Team habe genau das umgesetzt."
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotekit.extract(text)] == [
        ("Das Team habe genau das umgesetzt", "Jussi Nieminen")
    ]


def test_a_role_before_an_austrian_associate_professors_titles_is_the_named_person() -> None:
    text = (
        "„Das ist der Anfang vom Ende“, sagte Projektleiterin Assoz.-Prof. Mag. Dr. Helga Brunnsteiner-Pichl. Der "
        "Gletscher werde in 25 Jahren verschwunden sein, sagte Brunnsteiner-Pichl."
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Helga Brunnsteiner-Pichl"] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FPÖ-Chef H.C. Strache sagte, die Regierung habe versagt.", "H.C. Strache"),  # initials
        (
            "Primarius Dr. h.c. Maria Berger sagte, die Lage sei ernst.",
            "Maria Berger",
        ),  # an honorary doctorate
    ],
)
def test_a_title_piece_written_in_lower_case_is_no_pair_of_initials(text: str, name: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in quotekit.extract(text)] == [name]
