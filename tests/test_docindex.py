from __future__ import annotations

import spacy

from quotekit.sentences import indexed_sentences

TEXT = "Er kam. Sie ging! Dann sagte er: „Wir sind da.“ Ende"


def test_index_gives_spacys_sentences_and_is_removed_afterwards() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    expected = [(s.start, s.end) for s in doc.sents]
    per_token = [(t.sent.start, t.sent.end) for t in doc]
    with indexed_sentences(doc):
        assert "sent" in doc.user_span_hooks
        assert [(s.start, s.end) for s in doc.sents] == expected
        assert [(t.sent.start, t.sent.end) for t in doc] == per_token
    assert "sent" not in doc.user_span_hooks
    assert "sents" not in doc.user_hooks


def test_a_doc_without_boundaries_is_one_sentence() -> None:
    doc = spacy.blank("de")(TEXT)
    with indexed_sentences(doc):
        assert [(s.start, s.end) for s in doc.sents] == [(0, len(doc))]
        assert doc[3].sent.end == len(doc)
