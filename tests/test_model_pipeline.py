"""The installed de_quotekit_sm pipeline: quotation marks are tokens of their own and reported
speech is not cut into two sentences (issue 4, point 5)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

QUOTE_PAIRS = [("„", "“"), ("»", "«"), ("«", "»"), ('"', '"'), ("‚", "‘")]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("de_quotekit_sm")


@pytest.mark.parametrize(("open_", "close"), QUOTE_PAIRS)
def test_quotation_marks_are_separate_tokens(nlp: Language, open_: str, close: str) -> None:
    text = f"Er sagte {open_}Wir sind stark{close}, und ging. {open_}Nein!{close} Das war's."
    words = [t.text for t in nlp(text)]
    assert words[:8] == ["Er", "sagte", open_, "Wir", "sind", "stark", close, ","]
    assert words[11:15] == [open_, "Nein", "!", close]


@pytest.mark.parametrize(
    "text",
    [
        "Sie rief:„Nein!“Dann ging sie.",
        "Sie rief: »Nein.«Dann ging sie.",
    ],
)
def test_marks_glued_to_words_are_split(nlp: Language, text: str) -> None:
    words = [t.text for t in nlp(text)]
    assert "Nein" in words
    assert "Dann" in words
    assert all(len(w) == 1 for w in words if any(q in w for q in "„“»«"))


@pytest.mark.parametrize("word", ["geht's", "Merkel'sche", "gibt's"])
def test_apostrophes_inside_words_stay(nlp: Language, word: str) -> None:
    assert word in [t.text for t in nlp(f"Er meint, {word} sei gut.")]


@pytest.mark.parametrize(("open_", "close"), QUOTE_PAIRS)
def test_reported_speech_is_one_sentence(nlp: Language, open_: str, close: str) -> None:
    text = (
        "Die Lage ist ernst. "
        f"{open_}Wir sind stark{close}, sagte er. "
        f"{open_}Wir geben nicht auf.{close} Danach ging er."
    )
    sents = [s.text for s in nlp(text).sents]
    assert f"{open_}Wir sind stark{close}, sagte er." in sents
    # a closing mark never opens the next sentence
    assert not any(s.startswith(close) for s in sents[1:] if close != open_)
    assert any(s.endswith(f"auf.{close}") for s in sents)


def test_pipeline_components(nlp: Language) -> None:
    for name in ("tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert name in nlp.pipe_names
    assert set(nlp.pipe_labels["ner"]) == {"PER", "LOC", "ORG", "MISC"}


def test_a_blank_line_ends_a_sentence_and_is_tagged_as_space(nlp: Language) -> None:
    doc = nlp("Nato berät über Kiew\n\nDer Generalsekretär sagte, man sei bereit.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Nato berät über Kiew"
    assert sents[1].startswith("Der Generalsekretär")
    breaks = [t for t in doc if t.is_space]
    assert [t.pos_ for t in breaks] == ["SPACE"]
    # the subject of the speech verb is still found after the paragraph break
    said = next(t for t in doc if t.text == "sagte")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Generalsekretär"]
