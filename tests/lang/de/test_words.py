"""The German resource: one frozen object, read once; the mark sets come from marks_pairs.tsv."""

from __future__ import annotations

import attrs
import pytest

from quotekit.lang.de import german


def test_the_resource_is_loaded_once() -> None:
    assert german() is german()


def test_the_resource_is_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        german().speech_verbs = frozenset()  # type: ignore[misc]


def test_the_mark_sets_come_from_the_mark_pairs() -> None:
    de = german()
    assert de.opening_marks == {style.opening for style in de.mark_styles}
    assert de.closing_marks == {mark for style in de.mark_styles for mark in style.closing}
    assert de.quotation_marks == frozenset("„“”‚‘’»«›‹\"'")
    assert de.unambiguous_opening_marks == de.opening_marks - de.apostrophes


def test_named_mark_subsets_are_quotation_marks() -> None:
    de = german()
    for subset in (de.mention_boundary_marks, de.phrase_closing_marks, de.new_quote_marks, de.clause_marks):
        assert subset <= de.quotation_marks


def test_the_german_opening_mark_closes_with_either_quote() -> None:
    style = next(style for style in german().mark_styles if style.opening == "„")
    assert set(style.closing) == {"“", "”"}
    assert not style.symmetric


def test_cue_words_name_their_kind() -> None:
    assert german().cue_words["gemäß"] == "laut"
    assert german().cue_words["wonach"] == "demnach"


def test_every_word_list_entry_with_sharp_s_is_also_found_in_swiss_spelling() -> None:
    from quotekit.lang.de.words import german

    de = german()
    assert "gemäss" in de.cue_words
    assert de.irregular_verb_forms["hiess"] == "heißen"
    assert all(word.replace("ß", "ss") in de.speech_verbs for word in de.speech_verbs)
