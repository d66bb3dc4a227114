"""The marks stage: quotation-mark pairs in raw text, one short test per phenomenon."""

from __future__ import annotations

import re

import pytest
from tests.paths import SEEDS

import quotekit
from quotekit.stages.marks import MarkedSpan, find_marked_spans


def contents(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_marked_spans(text)]


def only_span(text: str) -> MarkedSpan:
    spans = find_marked_spans(text)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize(
    ("text", "open_mark", "close_mark"),
    [
        ("Er sagte: „Wir kommen morgen.“ Dann ging er.", "„", "“"),
        ("Er sagte: ‚Wir kommen morgen.‘ Dann ging er.", "‚", "‘"),
        ("Er sagte: »Wir kommen morgen.« Dann ging er.", "»", "«"),
        ("Er sagte: ›Wir kommen morgen.‹ Dann ging er.", "›", "‹"),
        ("Er sagte: «Wir kommen morgen.» Dann ging er.", "«", "»"),
        ("Er sagte: ‹Wir kommen morgen.› Dann ging er.", "‹", "›"),
        ('Er sagte: "Wir kommen morgen." Dann ging er.', '"', '"'),
        ("Er sagte: 'Wir kommen morgen.' Dann ging er.", "'", "'"),
        ("Er sagte: “Wir kommen morgen.” Dann ging er.", "“", "”"),
        ("Er sagte: ‘Wir kommen morgen.’ Dann ging er.", "‘", "’"),
        ("Er sagte: „Wir kommen morgen.” Dann ging er.", "„", "”"),  # a common typo pairing
    ],
)
def test_mark_style(text: str, open_mark: str, close_mark: str) -> None:
    span = only_span(text)
    assert text[span.start : span.end] == "Wir kommen morgen."
    assert (span.open_mark, span.close_mark) == (open_mark, close_mark)
    assert text[span.open_start : span.start] == open_mark
    assert text[span.end : span.close_end] == close_mark
    assert span.is_speech
    assert not span.continues


def test_nesting_reports_only_the_outer_span() -> None:
    text = "„Er sagte: ‚Wir kommen.‘ Dann ging er.“"
    span = only_span(text)
    assert (span.open_start, span.close_end) == (0, len(text))
    assert text[span.start : span.end] == "Er sagte: ‚Wir kommen.‘ Dann ging er."


def test_english_quote_nested_in_german_quote() -> None:
    text = "„Er nannte es “einen Fehler” und ging.“ Ende."
    assert contents(text) == ["Er nannte es “einen Fehler” und ging."]


def test_multi_paragraph_quote_continues() -> None:
    text = "Er sagte: „Der erste Absatz.\n\n„Der zweite Absatz.\n„Der dritte Absatz.“ Ende."
    spans = find_marked_spans(text)
    assert [text[span.start : span.end] for span in spans] == [
        "Der erste Absatz.",
        "Der zweite Absatz.",
        "Der dritte Absatz.",
    ]
    assert [span.continues for span in spans] == [True, True, False]
    assert [span.close_mark for span in spans] == ["", "", "“"]
    assert all(span.is_speech for span in spans)


@pytest.mark.parametrize("wrap", ["\n", "\r", "\r\n", "\u2028"])
def test_a_line_break_inside_a_quotation_does_not_end_it(wrap: str) -> None:
    text = f"„Wir werden die{wrap}Pendlerpauschale anheben“, sagte sie."
    span = only_span(text)
    assert text[span.start : span.end] == f"Wir werden die{wrap}Pendlerpauschale anheben"
    assert (span.close_mark, span.is_speech, span.continues) == ("“", True, False)


def test_a_hard_wrapped_quotation_in_straight_marks_is_one() -> None:
    text = 'Sie sagte: "Wir werden die\nPendlerpauschale anheben", und ging.'
    assert contents(text) == ["Wir werden die\nPendlerpauschale anheben"]


def test_a_quotation_runs_over_a_blank_line_to_its_closing_mark() -> None:
    text = "Merkel sagte: „Das ist gut.\n\nUnd das auch.“ Dann ging sie."
    span = only_span(text)
    assert text[span.start : span.end] == "Das ist gut.\n\nUnd das auch."
    assert span.close_mark == "“"


def test_a_line_break_ends_a_quotation_whose_next_mark_opens_another() -> None:
    text = "Er sagte: „Wir kommen morgen.\nSie sagte: „Wir nicht.“"
    assert contents(text) == ["Wir kommen morgen.", "Wir nicht."]


def test_a_closing_mark_far_beyond_the_line_break_does_not_hold_the_quotation_open() -> None:
    text = "Er sagte: „Wir kommen.\n" + "Ein langer Absatz ohne Marken. " * 60 + "Ende“."
    assert contents(text) == ["Wir kommen."]


def test_windows_line_breaks_end_paragraphs() -> None:
    text = "Er sagte: „Erster Absatz.\r\n„Zweiter Absatz.“\r\n"
    assert contents(text) == ["Erster Absatz.", "Zweiter Absatz."]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "Er sagte: „Wir kommen morgen. Dann ging er.\n\nDer nächste Absatz hat keine Marke."
    span = only_span(text)
    assert text[span.start : span.end] == "Wir kommen morgen. Dann ging er."
    assert span.close_mark == ""
    assert span.close_end == span.end
    assert not span.continues


def test_second_opening_mark_of_the_same_style_ends_the_unclosed_first() -> None:
    text = "„Erstens kommen wir. „Zweitens gehen wir.“ Ende."
    assert contents(text) == ["Erstens kommen wir.", "Zweitens gehen wir."]
    assert [span.close_mark for span in find_marked_spans(text)] == ["", "“"]


def test_unmatched_closing_mark_is_ignored() -> None:
    text = "Das ist falsch“ gesetzt. Er sagte: „Wir kommen.“"
    assert contents(text) == ["Wir kommen."]


def test_stray_inner_closing_mark_does_not_end_the_outer_quote() -> None:
    text = "„Wir kommen‘ morgen.“"
    assert contents(text) == ["Wir kommen‘ morgen."]


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht's dir?",
        "Die Merkel'sche Politik.",
        "Wir trinken 'n Bier.",
        "Er wohnt am Ku'damm.",
        "Hertha's Fans jubeln.",
        "Die '68er Bewegung.",
        "Er mag rock 'n' roll sehr.",
        "Eugene O'Neill schrieb Stücke.",
        "Wie geht’s dir?",
        "Die Merkel’sche Politik.",
        "Wir trinken ’n Bier.",
        "Die ’68er Bewegung.",
        "Er mag rock ’n’ roll sehr.",
        "Wie geht‘s dir?",
        "Das ist Jens' Buch und Klaus' Auto.",
        "Das ist Jens’ Buch.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert find_marked_spans(text) == []


def test_apostrophes_inside_a_single_quoted_quotation() -> None:
    text = "Er sagte: 'Wie geht's dir?' Dann ging er."
    assert contents(text) == ["Wie geht's dir?"]


def test_a_false_single_opener_does_not_hide_the_quote_inside() -> None:
    text = "Die 'Experten sagten: „Wir kommen.“ Dann gingen sie."
    assert contents(text) == ["Wir kommen."]


def test_straight_double_quotes_pair_by_alternation() -> None:
    text = 'Er sagte "eins, zwei." und "drei, vier." Ende.'
    assert contents(text) == ["eins, zwei.", "drei, vier."]


def test_straight_double_quote_in_opening_position_ends_the_unclosed_one() -> None:
    text = 'Er sagte: "Wir kommen. Sie sagte: "Wir auch." Ende.'
    assert contents(text) == ["Wir kommen. Sie sagte:", "Wir auch."]


def test_inch_mark_is_not_an_opening_quote() -> None:
    assert find_marked_spans('Ein 17" Monitor und ein 24", bitte.') == []


def test_split_quote_gives_two_speech_spans() -> None:
    text = "„Wir sind stark“, sagte er, „und vereint.“"
    spans = find_marked_spans(text)
    assert [text[span.start : span.end] for span in spans] == ["Wir sind stark", "und vereint."]
    assert all(span.is_speech for span in spans)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Film „Babylon Berlin“ läuft heute.", "Babylon Berlin"),
        ("Das Segelschulschiff „Gorch Fock“ liegt im Hafen.", "Gorch Fock"),
        ("Die sogenannten „Experten“ irrten sich.", "Experten"),
        ("Die so genannten „Experten“ irrten sich.", "Experten"),
        ("Die sog. „Experten“ irrten sich.", "Experten"),
        ("Sie las den Roman „Die Vermessung der Welt“ zu Ende.", "Die Vermessung der Welt"),
        ("Das sagte er der „Süddeutschen Zeitung“ am Montag.", "Süddeutschen Zeitung"),
        ("Er gab der „Bild“-Zeitung ein Interview.", "Bild"),
        ("Sie demonstrierten unter dem Motto „Nie wieder Krieg“ in Berlin.", "Nie wieder Krieg"),
        ("Das Tief „Xaver“ zog über das Land.", "Xaver"),
        ("Der Film „Warum nur?“ läuft heute.", "Warum nur?"),  # a title may end as a sentence does
        ("Er hält die Lage für „dramatisch“ und will handeln.", "dramatisch"),
        # a lower-case prefix before a hyphen and "bin" stand inside a name
        ("Sie gehören dem Stamm „al-Abdullah bin Dahha“ an.", "al-Abdullah bin Dahha"),
    ],
)
def test_titles_names_and_scare_quotes_are_not_speech(text: str, content: str) -> None:
    span = only_span(text)
    assert text[span.start : span.end] == content
    assert not span.is_speech


@pytest.mark.parametrize(
    "text",
    [
        "„Nein“, sagte er.",
        "Er sagte: „Nein“.",
        "Er sagte, es sei „eine schwere Zeit für uns“ gewesen.",
        "„Wir kommen“, sagte er.",
        "Der Minister sagte „Wir kommen morgen wieder“ und ging.",
        "Er sagte, er habe „Zeit“, sagte er gestern.",
        "Der Roman ist gut. „Das ist ein Skandal!“ rief sie.",
        "Er sagte, es sei „pro-europäische Politik“ gewesen.",  # the hyphenated word ends lower-case
    ],
)
def test_speech_is_speech(text: str) -> None:
    assert only_span(text).is_speech


@pytest.mark.parametrize(
    ("text", "content", "is_speech"),
    [
        # doubled apostrophes are wiki italics: foreign words, translations, names and titles
        ("Er lebte das Evangelium, wie man sagt, ''sine glossa'', ohne Veränderungen.", "sine glossa", False),
        ("Er rief Parolen (deutsch ''Britannien zuerst'') und schoss.", "Britannien zuerst", False),
        (
            "So geriet ''Francisco José Ortiz von Bismarck-Schönhausen'' in die Kritik.",
            "Francisco José Ortiz von Bismarck-Schönhausen",
            False,
        ),
        ("Das berichtet die Zeitung ''La Nacion'' heute.", "La Nacion", False),
        # unless a colon or an inserted verb of saying frames them as said words
        ("Er sagte: ''Das ist gut.'' Dann ging er.", "Das ist gut.", True),
        ("Er habe ''keine Zeit'', sagte er.", "keine Zeit", True),
        ("''Pau'': Ihren Dank nehme ich an.", "Pau", True),
    ],
)
def test_doubled_apostrophes_are_italics(text: str, content: str, is_speech: bool) -> None:
    span = only_span(text)
    assert (text[span.start : span.end], span.is_speech) == (content, is_speech)


def test_non_string_input_raises_type_error() -> None:
    with pytest.raises(TypeError):
        find_marked_spans(b"bytes")  # type: ignore[arg-type]


def test_odd_characters_do_not_break_pairing() -> None:
    text = "\x00„Wir 👍🏽 kommen\u0301 שלום.“\x07 \u202eEnde\u202c"
    assert contents(text) == ["Wir 👍🏽 kommen\u0301 שלום."]


def test_many_unmatched_marks_stay_within_their_paragraph() -> None:
    text = "„‚»›«‹\"'“”‘’ " * 2000 + "\nDer nächste Absatz: „Wir kommen.“"
    spans = find_marked_spans(text)
    assert spans[-1].start == text.rindex("Wir kommen.")
    assert all(span.close_end <= text.index("\n") for span in spans[:-1])


def test_every_seed_quotation_is_found_as_speech() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed articles in {SEEDS}")
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        expected = [(match.start() + 1, match.end() - 1) for match in re.finditer("„[^“\n]*“", text)]
        found = {(span.start, span.end) for span in find_marked_spans(text) if span.is_speech}
        assert expected
        assert [offsets for offsets in expected if offsets not in found] == [], path.name


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch: „Wenn Kirchen zu Tresoren werden – wie Gemeinden ihre Schätze schützen“",
        "Mehr zum Thema: «Handball-Meisterschaft: Seewilen rüstet für die Finalrunde auf»",
    ],
)
def test_words_in_marks_on_a_line_that_links_another_article_are_its_title(line: str) -> None:
    text = f"Die Polizei ermittelt.\n\n{line}"
    assert [m for m in find_marked_spans(text) if m.is_speech] == []
    assert quotekit.extract(text) == []


def test_a_quotation_that_opens_with_the_words_of_a_link_line_is_still_one() -> None:
    (quote,) = quotekit.extract("„Lesen Sie auch die Akten“, sagte er.")
    assert quote.text == "Lesen Sie auch die Akten"


@pytest.mark.parametrize(
    "text",
    [
        "Die SPÖ war mit dem Slogan »Leoben. Für alle.« in den Wahlkampf gezogen.",
        "Sie hat die Petition „Bücher bleiben!“ gestartet.",
        "Die Polizei warnt über die Warn-App „Stadtalarm“ vor dem Hochwasser.",
    ],
)
def test_a_title_after_its_trigger_word_is_no_speech_though_it_is_a_sentence(text: str) -> None:
    # (a slogan, a petition's title, an app a hyphen compound names)
    (span,) = find_marked_spans(text)
    assert not span.is_speech


def test_a_sentence_after_a_trigger_word_and_a_colon_is_still_speech() -> None:
    # "sagte sie der Zeitung: „…“": the colon introduces what she said, no title
    (span,) = find_marked_spans("Das sagte sie der Zeitung: „Wir bleiben hier.“")
    assert span.is_speech


def test_a_speech_verb_inside_a_title_is_no_cue_of_the_sentence_around_it() -> None:
    # "erzählt" in the film's title reports nothing; the sentence is narration
    text = "Im Herbst wird der Film „Was die Mutter erzählt“ im Kino Längenfeld zu sehen sein."
    assert quotekit.extract(text) == []


def test_a_title_after_its_trigger_word_may_be_as_long_as_a_sentence() -> None:
    (span,) = find_marked_spans("Die Ausstellung »Was das Eis uns über die Zukunft erzählt« öffnet im Mai.")
    assert not span.is_speech
    # (what a chant says is words someone said, whatever its length)
    (span,) = find_marked_spans("Sie riefen die Parole „Wir bleiben hier, bis die Halle wieder offen ist“.")
    assert span.is_speech


@pytest.mark.parametrize(
    ("name", "is_speech"),
    [
        ("Nichtraucher-Initiative Deutschland e.V. (NID)", False),  # an abbreviation's full stops end nothing
        ("Kinderschutz Nord z.B. Ost", False),
        ("Wir informieren alle Raucher.", True),  # a sentence's full stop still makes speech
    ],
)
def test_the_full_stops_of_an_abbreviation_make_no_sentence(name: str, is_speech: bool) -> None:
    text = f"Am Montag informierten die „Deutsche Krebshilfe“ und die „{name}“ über die Gefahren."
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Deutsche Krebshilfe", name]
    assert spans[1].is_speech is is_speech


def test_an_organisation_named_in_marks_with_its_legal_form_is_no_quotation() -> None:
    text = (
        "Am 31. Mai informierten unter anderem die „Deutsche Krebshilfe“, das „Aktionsbündnis Nichtrauchen“, die "
        "„Nichtraucher-Initiative Deutschland e.V. (NID)“ und die Weltgesundheitsorganisation (WHO) über die Gefahren."
    )
    assert quotekit.extract(text) == []
