"""What a token can name: surnames the text vouches for, speakers."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from tests.handbuilt import Row, build

from quotekit.syntax.labels import Scheme
from quotekit.syntax.nominals import can_speak, is_known_surname


def _with_person(rows: list[Row], start: int, end: int, scheme: Scheme = Scheme.UD) -> Doc:
    doc = build(rows, scheme)
    doc.ents = [SpacySpan(doc, start, end, label="PER")]
    return doc


GLOS_ROWS: list[Row] = [
    ("Michael", "PROPN", "1", "flat", "pnc", "Michael"),
    ("Glos", "PROPN", "2", "nsubj", "sb", "Glos"),
    ("kam", "VERB", "2", "ROOT", "ROOT", "kommen"),
    (".", "PUNCT", "2", "punct", "punct", "."),
    # the tagger took the bare surname for an adverb, the recogniser missed it
    ("Glos", "ADV", "5", "advmod", "mo", "Glos"),
    ("sagte", "VERB", "5", "ROOT", "ROOT", "sagen"),
    ("nichts", "PRON", "5", "obj", "oa", "nichts"),
    (".", "PUNCT", "5", "punct", "punct", "."),
]


def test_a_recognised_surname_vouches_for_its_other_occurrences(scheme: Scheme) -> None:
    doc = _with_person(GLOS_ROWS, 0, 2, scheme=scheme)
    assert is_known_surname(doc[4])
    assert can_speak(doc[4])
    assert not is_known_surname(doc[6])


def test_a_surname_after_a_known_first_name_counts_without_the_recogniser(scheme: Scheme) -> None:
    doc = build(GLOS_ROWS, scheme)  # no entities: "Michael" is in the first-name list
    assert is_known_surname(doc[4])


def test_a_capitalised_word_named_nowhere_else_is_no_surname(scheme: Scheme) -> None:
    rows = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Minister", "NOUN", "2", "nsubj", "sb", "Minister"),
        *GLOS_ROWS[2:],
    ]
    doc = build(rows, scheme)
    assert not is_known_surname(doc[4])
    assert not can_speak(doc[4])
