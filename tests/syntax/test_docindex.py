from __future__ import annotations

import spacy
from spacy.attrs import ENT_TYPE, LOWER, ORTH
from spacy.tokens import Doc

from quotekit.syntax.docindex import (
    indexed,
    parse_cache,
    run_cache,
    sentence_range,
    sentence_ranges,
    text_of,
    token_column,
    token_lower,
    token_lowers,
    token_pos,
    token_poses,
    token_text,
    token_texts,
)

TEXT = "Er kam. Sie ging! Dann sagte er: „Wir sind da.“ Ende"


def test_index_gives_spacys_sentences_and_is_removed_afterwards() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    expected = [(s.start, s.end) for s in doc.sents]
    per_token = [(t.sent.start, t.sent.end) for t in doc]
    with indexed(doc):
        assert "sent" in doc.user_span_hooks
        assert [(s.start, s.end) for s in doc.sents] == expected
        assert [(t.sent.start, t.sent.end) for t in doc] == per_token
    assert "sent" not in doc.user_span_hooks
    assert "sents" not in doc.user_hooks


def test_a_doc_without_boundaries_is_one_sentence() -> None:
    doc = spacy.blank("de")(TEXT)
    with indexed(doc):
        assert [(s.start, s.end) for s in doc.sents] == [(0, len(doc))]
        assert doc[3].sent.end == len(doc)


def test_text_is_kept_inside_the_block_only() -> None:
    doc = spacy.blank("de")(TEXT)
    with indexed(doc):
        assert text_of(doc) == TEXT
        assert "quotekit.text" in doc.user_data
    assert "quotekit.text" not in doc.user_data
    assert text_of(doc) == TEXT


def test_the_parse_cache_lasts_one_block() -> None:
    doc = spacy.blank("de")(TEXT)
    with indexed(doc):
        parse_cache(doc)["fact"] = 1
        assert parse_cache(doc) == {"fact": 1}
    assert parse_cache(doc) == {}
    with indexed(doc):  # (the next component's block: the parse may have changed in between)
        assert parse_cache(doc) == {}
    assert "quotekit.parse_cache" not in doc.user_data


def test_a_changed_doc_gets_a_fresh_index_and_an_unchanged_one_shares_it() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    with indexed(doc):
        first = run_cache(doc)
        first["probe"] = 1
    with indexed(doc):
        assert run_cache(doc) is first  # the next component reuses what the previous one found
    doc[3].is_sent_start = False  # "Sie ging!" now belongs to the first sentence
    with indexed(doc):
        assert "probe" not in run_cache(doc)
        assert (doc[3].sent.start, doc[3].sent.end) == (0, 6)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    with indexed(doc):
        assert text_of(doc) == TEXT
        assert [t.text for t in doc[0].sent][:2] == ["Er kam", "."]


def test_a_sentence_start_right_after_a_word_is_a_slip_and_joins_the_sentence_before() -> None:
    doc = spacy.blank("de")("Nach Angaben der Behörden war der Bus voll . Dann fuhr er .")
    for token in doc:
        token.is_sent_start = token.i in (0, 4, 9)  # the parser's slip: a start at "war"
    with indexed(doc):
        assert [(s.start, s.end) for s in doc.sents] == [(0, 9), (9, 13)]
        assert doc[5].sent.text.startswith("Nach Angaben")


def test_a_sentence_start_right_after_a_hyphenated_word_is_a_slip_too() -> None:
    # "gegenüber dem Weser-Kurier | ist der Flughafen …": a word with a hyphen ends no sentence either
    doc = spacy.blank("de")(
        "Laut Sprecherin gegenüber dem Weser-Kurier ist der Flughafen gut . Dann flog er ."
    )
    for token in doc:
        token.is_sent_start = token.i in (0, 5, 10)  # the parser's slip: a start at "ist"
    with indexed(doc):
        assert [(s.start, s.end) for s in doc.sents] == [(0, 10), (10, 14)]


def test_a_sentence_start_after_an_abbreviation_with_its_full_stop_stays() -> None:
    doc = spacy.blank("de")("Er kaufte Brot, Milch usw. Dann fuhr er .")
    starts = [0, next(t.i for t in doc if t.text == "Dann")]
    for token in doc:
        token.is_sent_start = token.i in starts
    with indexed(doc):
        assert [s.start for s in doc.sents] == starts


def test_a_quotation_after_a_compound_unit_with_its_full_stop_opens_a_sentence() -> None:
    # the tokeniser keeps "h." with its stop, so the parser runs "… 62 km/h." and the quotation together
    words = ["Er", "fuhr", "62", "km", "/", "h.", "„", "Zu", "schnell", "“", ",", "sagte", "er", "."]
    doc = Doc(
        spacy.blank("de").vocab,
        words=words,
        spaces=[True] * 4 + [False, True, False] + [True] * 2 + [False] * 2 + [True] * 2 + [False],
    )
    for token in doc:
        token.is_sent_start = token.i == 0
    with indexed(doc):
        assert [s.start for s in doc.sents] == [0, 6]


def test_a_quotation_after_another_abbreviation_goes_on_with_its_sentence() -> None:
    # "z. B. „Heimat“": no unit, no new sentence
    words = ["Wörter", "wie", "z.", "B.", "„", "Heimat", "“", "seien", "heikel", "."]
    doc = Doc(spacy.blank("de").vocab, words=words)
    for token in doc:
        token.is_sent_start = token.i == 0
    with indexed(doc):
        assert [s.start for s in doc.sents] == [0]


def test_a_sentence_start_right_after_a_comma_is_a_slip_and_joins_the_sentence_before() -> None:
    doc = spacy.blank("de")("Walter Gsellmann , Kommandant der Feuerwehr , war wach . Dann fuhr er .")
    for token in doc:
        token.is_sent_start = token.i in (0, 7, 10)  # the parser's slip: a start at "war", after a comma
    with indexed(doc):
        assert [(s.start, s.end) for s in doc.sents] == [(0, 10), (10, 14)]


def test_sentence_ranges_are_the_sentences_inside_and_outside_the_block() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    expected = [(s.start, s.end) for s in doc.sents]
    per_token = [(t.sent.start, t.sent.end) for t in doc]
    assert sentence_ranges(doc) == expected
    assert [sentence_range(t) for t in doc] == per_token
    with indexed(doc):
        assert sentence_ranges(doc) == expected
        assert [sentence_range(t) for t in doc] == per_token


def test_a_column_is_the_docs_array_inside_and_outside_the_block() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    for attr in (LOWER, ORTH, ENT_TYPE):  # a word's own, and two of the signature's columns
        expected = doc.to_array(attr).tolist()
        assert token_column(doc, attr) == expected
        with indexed(doc):
            assert token_column(doc, attr) == expected
            assert token_column(doc, attr) is token_column(doc, attr)  # kept for the run


def test_token_accessors_agree_with_spacy_inside_and_outside_the_block() -> None:
    words = ["Die", "Polizei", "sagte", ",", "ÄRGER", "sei", "möglich", "."]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = Doc(spacy.blank("de").vocab, words=words, pos=pos)
    expected = [(t.text, t.lower_, t.pos_) for t in doc]
    assert [(token_text(t), token_lower(t), token_pos(t)) for t in doc] == expected
    with indexed(doc):
        assert [(token_text(t), token_lower(t), token_pos(t)) for t in doc] == expected
        assert token_texts(doc) == words
    assert [(token_text(t), token_lower(t), token_pos(t)) for t in doc] == expected


def test_token_lists_agree_with_spacy_inside_and_outside_the_block() -> None:
    words = ["Die", "Polizei", "sagte", ",", "ÄRGER", "sei", "möglich", "."]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = Doc(spacy.blank("de").vocab, words=words, pos=pos)
    lowers = [t.lower_ for t in doc]
    assert (token_lowers(doc), token_poses(doc)) == (lowers, pos)
    with indexed(doc):
        assert (token_lowers(doc), token_poses(doc)) == (lowers, pos)
        assert token_poses(doc) is token_poses(doc)  # kept for the run
    assert (token_lowers(doc), token_poses(doc)) == (lowers, pos)


def test_pos_is_read_again_by_the_next_block() -> None:
    doc = Doc(spacy.blank("de").vocab, words=["Er", "sagte"], pos=["PRON", "VERB"])
    with indexed(doc):
        assert token_pos(doc[1]) == "VERB"
    doc[1].pos_ = "AUX"  # (a later component may retag; the index itself stays)
    with indexed(doc):
        assert token_pos(doc[1]) == "AUX"


def test_a_token_of_another_doc_is_read_from_its_own_doc() -> None:
    vocab = spacy.blank("de").vocab
    outer = Doc(vocab, words=["Er", "sagte", "es"], pos=["PRON", "VERB", "PRON"])
    inner = Doc(vocab, words=["Sie", "ging"], pos=["PRON", "VERB"])
    with indexed(outer), indexed(inner):
        assert [token_text(t) for t in outer] == ["Er", "sagte", "es"]
        assert [token_pos(t) for t in inner] == ["PRON", "VERB"]
        assert [token_lower(t) for t in outer] == ["er", "sagte", "es"]
