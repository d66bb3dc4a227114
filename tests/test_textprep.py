"""Real input: Unicode forms, invisible characters, line ends and hard wraps, made ready for the pipeline
(`quotekit.textprep`), and every span mapped back to the text as given."""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import INVISIBLE, LINE_ENDS, assert_spans_index, clean_news, messy_forms, messy_text

import quotekit
from quotekit.textprep import _SPECIAL, prepare, soft_breaks

_WRAPPED = (
    "Die Landesregierung will die Pendlerpauschale im kommenden Jahr deutlich\n"
    "anheben. „Wir werden die Pendlerpauschale anheben, weil die Menschen auf\n"
    "dem Land sonst keine Wahl haben“, sagte Finanzministerin Jana Vogt am\n"
    "Montag in Hannover. Die Opposition hält das für zu wenig und fordert,\n"
    "auch den öffentlichen Nahverkehr auf dem Land stärker zu fördern.\n"
)


def test_clean_text_passes_through_unchanged() -> None:
    text = "„Wir sind stark“, sagte Stoltenberg.\n\nKein Zitat hier."
    prepared = prepare(text)
    assert prepared.text is text
    assert prepared.edits == ()


def test_decomposed_umlauts_are_composed() -> None:
    text = unicodedata.normalize("NFD", "Jürgen Müller äußerte sich.")
    prepared = prepare(text)
    assert prepared.text == "Jürgen Müller äußerte sich."
    assert prepared.to_original(0, 6) == (0, 7)  # "Ju\u0308rgen"


@pytest.mark.parametrize("invisible", INVISIBLE)
def test_invisible_characters_are_removed(invisible: str) -> None:
    prepared = prepare(f"Jür{invisible}gen Müller{invisible}")
    assert prepared.text == "Jürgen Müller"
    assert prepared.to_original(0, 13) == (0, 14)  # the trailing one is left outside


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_line_ends_become_line_feeds(line_end: str) -> None:
    text = f"Erster Absatz.{line_end}{line_end}Zweiter Absatz."
    prepared = prepare(text)
    assert prepared.text == "Erster Absatz.\n\nZweiter Absatz."
    start, end = prepared.to_original(16, 31)
    assert text[start:end] == "Zweiter Absatz."


def test_a_paragraph_separator_is_a_blank_line() -> None:
    assert prepare("Eins.\u2029Zwei.").text == "Eins.\n\nZwei."


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u3000", "\x07", "\x1b"])
def test_other_spaces_and_controls_become_a_space(space: str) -> None:
    assert prepare(f"Jürgen{space}Müller").text == "Jürgen Müller"


def test_spaces_between_words_become_one_and_indentation_stays() -> None:
    text = "Laut Parlamentspräsident  Jerzy\tBuzek sei alles gut.\n    Eingerückt   bleibt."
    prepared = prepare(text)
    assert prepared.text == "Laut Parlamentspräsident Jerzy Buzek sei alles gut.\n    Eingerückt bleibt."
    assert prepared.to_original(25, 36) == (26, 37)  # "Jerzy Buzek" over the tab


def test_a_role_and_a_name_apart_by_two_spaces_are_one_speaker() -> None:
    text = (
        "Laut Parlamentspräsident  Jerzy Buzek seien die Verhandlungen von einer Minderheit blockiert worden."
    )
    (quote,) = quotekit.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jerzy Buzek"
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "Parlamentspräsident  Jerzy Buzek"


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    assert prepare("a\ud800b").text == "a\ufffdb"


def test_every_character_prepare_replaces_is_one_python_does_not_print() -> None:
    # `prepare` skips its scan for a text that prints once its line feeds and tabs are left out.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    replaced = "".join(match.group() for match in _SPECIAL.finditer(every))
    assert "\u00ad" in replaced
    assert not any(char.isprintable() for char in replaced)


def test_a_character_nfc_changes_on_its_own_is_mapped() -> None:
    text = "Der \u212bngström-Preis"  # ANGSTROM SIGN: NFC gives Å (U+00C5)
    prepared = prepare(text)
    assert prepared.text == "Der Ångström-Preis"
    assert prepared.to_original(4, 18) == (4, 18)


def test_a_hard_wrapped_text_gives_the_pipeline_one_line_a_paragraph() -> None:
    prepared = prepare(_WRAPPED)
    assert prepared.text == _WRAPPED.rstrip("\n").replace("\n", " ") + "\n"
    assert len(soft_breaks(_WRAPPED)) == 4


def test_a_headline_line_stays_a_line() -> None:
    text = "Pendlerpauschale steigt\n" + _WRAPPED
    assert text.index("\n") not in soft_breaks(text)


def test_one_paragraph_a_line_is_not_hard_wrapped() -> None:
    text = _WRAPPED.replace("\n", " ").replace(". ", ".\n")
    assert soft_breaks(text) == []


def test_a_list_of_short_lines_is_not_hard_wrapped() -> None:
    text = "Ergebnisse:\nBerlin 2 - Hamburg 1\nMünchen 0 - Köln 3\nBremen 1 - Mainz 1\n"
    assert soft_breaks(text) == []


def test_a_line_break_inside_a_closed_quotation_is_soft() -> None:
    text = "Überschrift\n„Wir werden die\nPendlerpauschale anheben“, sagte sie.\nNoch ein Absatz."
    assert soft_breaks(text) == [text.index("die\n") + 3]


def test_blank_lines_are_never_soft() -> None:
    text = _WRAPPED + "\n" + _WRAPPED
    assert all(text[offset - 1] != "\n" and text[offset + 1] != "\n" for offset in soft_breaks(text))


@settings(max_examples=200)
@given(
    st.lists(st.characters(codec="utf-8") | st.sampled_from([*INVISIBLE, *LINE_ENDS, "\u0308"])).map("".join)
)
def test_the_pipeline_text_is_clean_and_every_word_maps_back(text: str) -> None:
    prepared = prepare(text)
    assert unicodedata.is_normalized("NFC", prepared.text)
    assert not regex.search(r"[\p{Cf}\r\u2028\u2029]", prepared.text)
    for word in regex.finditer(r"\S+", prepared.text):
        start, end = prepared.to_original(*word.span())
        assert 0 <= start < end <= len(text)
        assert prepare(text[start:end]).text == word.group()


@settings(max_examples=200)
@given(clean_news.flatmap(lambda clean: st.tuples(st.just(clean), messy_forms(clean))))
def test_messy_forms_give_the_pipeline_the_clean_text(pair: tuple[str, str]) -> None:
    clean, messy = pair
    assert prepare(messy).text == clean


def _seen(quotes: list[quotekit.Quote]) -> list[tuple[object, ...]]:
    """What a reader sees of the quotations: each span's words in their clean form."""

    def clean(value: str) -> str:
        return " ".join(prepare(value).text.split())

    return [
        (
            quote.kind,
            tuple(clean(part.text) for part in quote.parts),
            None if quote.cue is None else (clean(quote.cue.words), quote.cue.lemma),
            None if quote.speaker is None else quote.speaker.name,
            None
            if quote.speaker is None or quote.speaker.mention is None
            else clean(quote.speaker.mention.text),
        )
        for quote in quotes
    ]


@settings(max_examples=15)
@given(clean_news.flatmap(lambda clean: st.tuples(st.just(clean), messy_forms(clean))))
def test_messy_forms_give_the_same_quotations_with_offsets_into_the_input(pair: tuple[str, str]) -> None:
    clean, messy = pair
    quotes = quotekit.extract(messy)
    assert_spans_index(messy, quotes)
    assert _seen(quotes) == _seen(quotekit.extract(clean))


@settings(max_examples=25)
@given(messy_text)
def test_every_span_indexes_messy_input(text: str) -> None:
    quotes = quotekit.extract(text)
    assert_spans_index(text, quotes)
    for quote in quotes:
        name = None if quote.speaker is None else quote.speaker.name
        assert name is None or not regex.search(r"[\p{Cf}\p{Cc}]", name)


def test_nfd_text_gives_the_full_name() -> None:
    text = "Der Minister Jürgen Müller äußerte sich am Montag. „Das ist gut“, sagte Müller."
    (quote,) = [q for q in quotekit.extract(unicodedata.normalize("NFD", text)) if q.kind.value == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Jürgen Müller"


def test_zero_width_characters_stay_out_of_the_name_and_inside_the_mention() -> None:
    text = "„Das ist gut“, sagte Jür\u200bgen Mül\u00adler."
    (quote,) = quotekit.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.name == "Jürgen Müller"
    assert quote.speaker.mention.text == "Jür\u200bgen Mül\u00adler"  # the characters as given
    assert_spans_index(text, [quote])


@pytest.mark.parametrize("control", ["\u202c", "\u200f", "\u2069", "\ufeff"])
def test_a_bidi_control_after_the_name_stays_outside_it(control: str) -> None:
    text = f"„Das ist gut“, sagte Merkel.{control}"
    (quote,) = quotekit.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.name == quote.speaker.mention.text == "Merkel"


def test_an_emoji_is_not_a_speaker() -> None:
    (quote,) = quotekit.extract("„Das ist gut“, sagte 😀.")
    assert quote.speaker is None


def test_a_hard_wrapped_quotation_has_its_cue_and_speaker() -> None:
    text = "„Wir werden die\nPendlerpauschale anheben“, sagte Jana Vogt."
    (quote,) = quotekit.extract(text)
    assert quote.text == "Wir werden die\nPendlerpauschale anheben"
    assert quote.cue is not None
    assert quote.cue.text == "sagte"
    assert quote.speaker is not None
    assert quote.speaker.name == "Jana Vogt"


def test_a_quotation_over_a_blank_line_loses_nothing() -> None:
    text = "Merkel sagte: „Das ist gut.\n\nUnd das auch.“"
    (quote,) = quotekit.extract(text)
    assert quote.text == "Das ist gut.\n\nUnd das auch."
    assert quote.speaker is not None
    assert quote.speaker.name == "Merkel"


def test_a_quotation_with_an_opening_mark_on_each_paragraph_is_one() -> None:
    text = "Merkel sagte: „Das ist gut.\n\n„Und das auch.“"
    (quote,) = quotekit.extract(text)
    assert [part.text for part in quote.parts] == ["Das ist gut.", "Und das auch."]


def test_hard_wrapped_text_gives_what_the_unwrapped_text_gives() -> None:
    unwrapped = _WRAPPED.rstrip("\n").replace("\n", " ") + "\n"
    assert _seen(quotekit.extract(_WRAPPED)) == _seen(quotekit.extract(unwrapped))
    assert [q.start for q in quotekit.extract(_WRAPPED)] == [q.start for q in quotekit.extract(unwrapped)]


@pytest.mark.parametrize("line_end", ["\r", "\r\n"])
def test_cr_line_ends_give_what_lf_gives(line_end: str) -> None:
    text = "Überschrift: Streit\n\n„Wir kommen“, sagte Vogt.\n\nSie betonte, man werde handeln.\nEnde."
    quotes = quotekit.extract(text.replace("\n", line_end))
    assert _seen(quotekit.extract(text)) == _seen(quotes)
    assert_spans_index(text.replace("\n", line_end), quotes)
