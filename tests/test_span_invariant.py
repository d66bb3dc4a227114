"""The first invariant, for every span type: quote parts, cue spans (particles included), mentions.

Checked on arbitrary strings and on news sentences with separable verbs through the installed
pipeline (UD labels), and on randomly parsed hand-built Docs in both label schemes, so that no rule
can build a span from words that are not next to each other in the input.
"""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc
from tests.strategies import assert_spans_index, newsy_text, separable_verb_sentences

import quotekit
from quotekit.components import COMPONENTS
from quotekit.syntax import labels

Scheme = labels.Scheme


@settings(max_examples=40)
@given(st.lists(separable_verb_sentences(), min_size=1, max_size=4).map(" ".join))
def test_separable_verb_cues_index_the_input(text: str) -> None:
    assert_spans_index(text, quotekit.extract(text))


def test_separable_verb_cue_has_its_particle_as_a_second_span() -> None:
    text = "„Ich begrüße das“, fügte der NATO-Chef am Montag hinzu."
    (quote,) = quotekit.extract(text)
    assert quote.cue is not None
    assert [part.text for part in quote.cue.parts] == ["fügte", "hinzu"]
    assert quote.cue.lemma == "hinzufügen"
    assert_spans_index(text, [quote])


@settings(max_examples=25)
@given(newsy_text | st.text(max_size=200))
def test_any_text_gives_spans_that_index_it(text: str) -> None:
    assert_spans_index(text, quotekit.extract(text))


# Words that tempt the rules: speech verbs, particles, prepositions, conjunctions, marks, names.
_WORDS = [
    "Er", "sie", "sagte", "fügte", "hinzu", "stellte", "klar", "laut", "dass", "so", "zufolge", "nach",
    "Angaben", "Polizei", "Stoltenberg", "der", "NATO-Chef", "habe", "sei", ",", ".", ":", "„", "“", "»",
    "«", "\n", "gab", "bekannt", "fest", "Montag", "Behauptung", "wie", "mitteilte",
]  # fmt: skip
_POS = ["NOUN", "PROPN", "PRON", "VERB", "AUX", "ADP", "ADV", "ADJ", "DET", "SCONJ", "CCONJ", "PUNCT", "PART"]
_TAGS = ["NN", "NE", "PPER", "VVFIN", "VAFIN", "PTKVZ", "APPR", "ADV", "ADJD", "KOUS", "$,", "$."]
_LABELS = {
    Scheme.UD: ["nsubj", "obj", "ccomp", "parataxis", "appos", "flat", "compound:prt", "conj", "advmod",
                "obl", "nmod", "det", "case", "mark", "punct", "aux", "obl:agent", "nmod:poss"],
    Scheme.TIGER: ["sb", "oa", "da", "oc", "par", "app", "pnc", "svp", "cj", "mo", "nk", "ag", "sbp",
                   "cp", "punc", "cd", "rs", "re"],
}  # fmt: skip
_ROOT = {Scheme.UD: "ROOT", Scheme.TIGER: "ROOT"}


@st.composite
def parsed_docs(draw: st.DrawFn, scheme: Scheme) -> Doc:
    """A Doc with random words, spaces, tags and a random (but well-formed) tree in `scheme`'s labels."""
    size = draw(st.integers(1, 25))
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=size, max_size=size))
    heads = [0] + [draw(st.integers(0, i - 1)) for i in range(1, size)]
    deps = [
        _ROOT[scheme],
        *draw(st.lists(st.sampled_from(_LABELS[scheme]), min_size=size - 1, max_size=size - 1)),
    ]
    return Doc(
        _vocab(),
        words=words,
        spaces=draw(st.lists(st.booleans(), min_size=size, max_size=size)),
        pos=draw(st.lists(st.sampled_from(_POS), min_size=size, max_size=size)),
        tags=draw(st.lists(st.sampled_from(_TAGS), min_size=size, max_size=size)),
        heads=heads,
        deps=deps,
        lemmas=[word.lower() for word in words],
    )


_NLP: list[Language] = []


def _pipeline() -> Language:
    """A blank German pipeline with only quotekit's components: they run on the hand-built parse."""
    if not _NLP:
        nlp = spacy.blank("de")
        for name in COMPONENTS:
            nlp.add_pipe(name)
        _NLP.append(nlp)
    return _NLP[0]


def _vocab():  # type: ignore[no-untyped-def]
    return _pipeline().vocab


def _run(doc: Doc) -> list[quotekit.Quote]:
    for _, component in _pipeline().pipeline:
        doc = component(doc)
    quotes: list[quotekit.Quote] = doc._.quotes
    return quotes


@settings(max_examples=150)
@given(st.data())
def test_rules_on_any_tiger_parse_give_spans_that_index_the_text(data: st.DataObject) -> None:
    doc = data.draw(parsed_docs(Scheme.TIGER))
    assert_spans_index(doc.text, _run(doc))


@settings(max_examples=150)
@given(st.data())
def test_rules_on_any_ud_parse_give_spans_that_index_the_text(data: st.DataObject) -> None:
    doc = data.draw(parsed_docs(Scheme.UD))
    assert_spans_index(doc.text, _run(doc))


@pytest.mark.parametrize(
    "text", ["Es sei gut, sagte", "ErErEr…mitteilte,wieErmitteilte", "Die Lage sei ernst, so"]
)
def test_a_cue_as_the_last_word_of_the_text_does_not_crash(text: str) -> None:
    # (found by hypothesis: the speaker search read the word after a cue that ends the text)
    assert_spans_index(text, quotekit.extract(text))
