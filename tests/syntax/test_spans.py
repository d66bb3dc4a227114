"""Stretches of a doc: the paragraph-bounded sentence, trimmed parts."""

from __future__ import annotations

from tests.handbuilt import Row, build

from quotekit.syntax.labels import Scheme
from quotekit.syntax.spans import paragraph_bounds, runs, sentence_of, sentences

# "Er kam \n Sie ging ." parsed as one sentence across the paragraph break, as stop-gap parsers do.
ACROSS: list[Row] = [
    ("Er", "PRON", "1", "nsubj", "sb", "er"),
    ("kam", "VERB", "1", "ROOT", "ROOT", "kommen"),
    ("\n", "SPACE", "1", "dep", "punct", "\n"),
    ("Sie", "PRON", "4", "nsubj", "sb", "sie"),
    ("ging", "VERB", "1", "conj", "cj", "gehen"),
    (".", "PUNCT", "1", "punct", "punct", "."),
]


def test_a_sentence_ends_at_a_paragraph_break(scheme: Scheme) -> None:
    doc = build(ACROSS, scheme)
    assert sentence_of(doc[0]).text.strip() == "Er kam"
    assert sentence_of(doc[4]).text == "Sie ging."
    assert [s.text.strip() for s in sentences(doc)] == ["Er kam", "Sie ging."]


def test_runs_are_trimmed_of_punctuation_but_keep_quotation_marks(scheme: Scheme) -> None:
    doc = build(
        [
            (",", "PUNCT", "2", "punct", "punct", ","),
            ("„", "PUNCT", "2", "punct", "punct", "„"),
            ("Ja", "PART", "2", "ROOT", "ROOT", "ja"),
            ("“", "PUNCT", "2", "punct", "punct", "“"),
            (".", "PUNCT", "2", "punct", "punct", "."),
        ],
        scheme,
        spaces=[True, False, False, False, False],
    )
    assert [doc.text[s:e] for s, e in runs(doc, range(len(doc)))] == ["„Ja“"]


def test_paragraph_bounds_by_characters() -> None:
    text = "Erst.\nDann „Ja“.\nZuletzt."
    start = text.index("„")
    assert text[slice(*paragraph_bounds(text, start, start + 4))] == "Dann „Ja“."
