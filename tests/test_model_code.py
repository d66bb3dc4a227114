"""The model code of this tree (training/functions.py) before it is released: its tokenizer rules on a
blank German pipeline and its name ruler with the installed pipeline's lexicon.

tests/test_model_pipeline.py checks the pipeline as installed; a rule added since that release can
only be checked here until the next release is installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

CODE = Path(__file__).resolve().parent.parent / "training" / "functions.py"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("de_quotekit_sm")


@pytest.fixture(scope="module")
def code(nlp: Language) -> ModuleType:
    """training/functions.py as a module of its own. The installed pipeline is loaded first, so its
    components stay the ones registered (this module then registers nothing)."""
    spec = importlib.util.spec_from_file_location("quotekit_tree_model_functions", CODE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ruler(nlp: Language, code: ModuleType) -> object:
    tree_ruler = code.NameRuler()
    return tree_ruler.from_bytes(nlp.get_pipe("quotekit_names").to_bytes())


def _doc(nlp: Language, text: str, ents: dict[str, str] | None = None) -> Doc:
    words = text.split()
    iob = ["O"] * len(words)
    for phrase, label in (ents or {}).items():
        part = phrase.split()
        start = next(i for i in range(len(words)) if words[i : i + len(part)] == part)
        iob[start : start + len(part)] = [f"B-{label}"] + [f"I-{label}"] * (len(part) - 1)
    return Doc(nlp.vocab, words=words, ents=iob)


@pytest.mark.parametrize("ordinal", ["I.", "IV.", "V.", "IX.", "XIV.", "XVI.", "XXIII.", "XXXIX."])
def test_roman_ordinals_keep_their_full_stop(code: ModuleType, ordinal: str) -> None:
    blank = spacy.blank("de")
    code.customize_tokenizer(blank)
    assert [t.text for t in blank(f"Damals regierte Ludwig {ordinal} das Land.")] == [
        "Damals",
        "regierte",
        "Ludwig",
        ordinal,
        "das",
        "Land",
        ".",
    ]


def test_a_roman_numeral_without_a_full_stop_and_words_stay_as_they_were(code: ModuleType) -> None:
    blank = spacy.blank("de")
    code.customize_tokenizer(blank)
    assert [t.text for t in blank("Windows XP lief. Mix.")] == ["Windows", "XP", "lief", ".", "Mix", "."]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a Roman ordinal after the given names ends the name
        ("Dann kam Selim I. nach Kairo .", {}, [("Selim I.", "PER")]),
        ("Damals regierte Johannes Paul II. die Kirche .", {}, [("Johannes Paul II.", "PER")]),
        # an ORG entity of exactly those words gives way
        ("Unter Ludwig XIV. wuchs Paris .", {"Ludwig XIV.": "ORG"}, [("Ludwig XIV.", "PER")]),
        # an initial followed by a name word is still an initial
        ("Das sagte Anna V. Weber gestern .", {}, [("Anna V. Weber", "PER")]),
        # after a noun an ordinal is no name (Fall II.)
        ("Im Fall II. ging es um Geld .", {}, []),
    ],
)
def test_a_roman_ordinal_ends_a_name(
    nlp: Language, ruler: object, text: str, ents: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    doc = ruler(_doc(nlp, text, ents))  # type: ignore[operator]
    assert [(e.text, e.label_) for e in doc.ents] == expected
