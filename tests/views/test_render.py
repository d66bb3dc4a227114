"""The HTML view: highlights, colours per speaker, mention and cue, legend, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.html_view import read

import quotekit
from quotekit import Analysis, Cue, Quote, QuoteKind, Span, Speaker, render
from quotekit.views.render import render_page, render_quote

TEXT = (
    "„Wir sind stark“, sagte Stoltenberg, „und vereint.“ "
    "Die Ministerin betonte, man werde handeln. "
    "„Ja“, so Stoltenberg. „Nein.“"
)


def _quote(text: str, parts: list[str], speaker: str | None, mention: str | None, cue: str | None) -> Quote:
    spans = []
    position = 0
    for part in parts:
        start = text.index(part, position)
        spans.append(Span.of(text, start, start + len(part)))
        position = start + len(part)
    mention_span = None
    if mention is not None:
        start = text.index(mention)
        mention_span = Span.of(text, start, start + len(mention))
    cue_record = None
    if cue is not None:
        start = text.index(cue)
        cue_record = Cue(cue, start, start + len(cue), cue)
    who = None if speaker is None else Speaker(speaker, mention_span)
    return Quote(parts=spans, kind=QuoteKind.DIRECT, cue=cue_record, speaker=who)


@pytest.fixture
def quotes() -> list[Quote]:
    return [
        _quote(TEXT, ["Wir sind stark", "und vereint."], "Jens Stoltenberg", "Stoltenberg", "sagte"),
        _quote(TEXT, ["man werde handeln"], "Ministerin", "Die Ministerin", "betonte"),
        _quote(TEXT, ["Ja"], "Jens Stoltenberg", None, "so"),
        _quote(TEXT, ["Nein."], None, None, None),
    ]


def test_text_content_is_the_input(quotes: list[Quote]) -> None:
    assert read(render(TEXT, quotes)).text == TEXT


def test_every_quote_part_is_highlighted(quotes: list[Quote]) -> None:
    view = read(render(TEXT, quotes))
    for index, quote in enumerate(quotes):
        assert view.runs("quote", index) == [(part.start, part.end) for part in quote.parts]
    # Nothing between the parts of the split quotation is highlighted as a quotation.
    between = range(quotes[0].parts[0].end, quotes[0].parts[1].start)
    assert not any(p.role == "quote" and p.start in between for p in view.pieces)


def test_one_colour_per_speaker(quotes: list[Quote]) -> None:
    view = read(render(TEXT, quotes))
    stoltenberg = view.styles("quote", 0) | view.styles("quote", 2)
    assert len(stoltenberg) == 1
    assert view.styles("quote", 1).isdisjoint(stoltenberg)
    assert view.styles("quote", 3).isdisjoint(stoltenberg | view.styles("quote", 1))
    speakers = {p.speaker for p in view.pieces if p.role == "quote"}
    assert len(speakers) == 3  # Stoltenberg, the minister, and "no speaker"


def test_mention_and_cue_are_marked(quotes: list[Quote]) -> None:
    view = read(render(TEXT, quotes))
    assert [TEXT[s:e] for s, e in view.runs("mention", 0)] == ["Stoltenberg"]
    assert [TEXT[s:e] for s, e in view.runs("mention", 1)] == ["Die Ministerin"]
    assert [TEXT[s:e] for s, e in view.runs("cue", 0)] == ["sagte"]
    assert [TEXT[s:e] for s, e in view.runs("cue", 2)] == ["so"]
    assert view.runs("cue", 3) == []


def test_legend_lists_speakers_in_order_with_counts(quotes: list[Quote]) -> None:
    view = read(render(TEXT, quotes))
    assert [(name, count) for _, name, count in view.legend] == [
        ("Jens Stoltenberg", "(2 quotations)"),
        ("Ministerin", "(1 quotation)"),
        ("(no speaker)", "(1 quotation)"),
    ]
    # The legend's numbers are the ones on the highlights.
    names = {index: name for index, name, _ in view.legend}
    assert {names[p.speaker] for p in view.pieces if p.role == "quote" and 0 in p.quotes} == {
        "Jens Stoltenberg"
    }


def test_markup_in_the_input_is_shown_as_text() -> None:
    text = 'Er schrieb: „<script>alert("x")</script> & <b>fett</b>“ und ging.\r\nEnde.'
    start = text.index("<script>")
    quote = Quote(parts=[Span.of(text, start, text.index("“"))], kind=QuoteKind.DIRECT)
    page = render(text, [quote])
    assert "<script" not in page
    assert "<b>" not in page
    view = read(page)
    assert view.text == text
    assert set(view.tags) <= {"div", "mark", "span", "ul", "li", "strong"}
    assert view.runs("quote", 0) == [(quote.start, quote.end)]


def test_nested_quotations_are_both_highlighted() -> None:
    text = "Er sagte, die Partei sei „am Ende“ und müsse neu anfangen."
    outer = Quote(parts=[Span.of(text, 10, len(text) - 1)], kind=QuoteKind.INDIRECT, speaker=Speaker("Er"))
    inner = Quote(parts=[Span.of(text, 26, 33)], kind=QuoteKind.DIRECT)
    view = read(render(text, [outer, inner]))
    assert view.runs("quote", 0) == [(10, len(text) - 1)]
    assert view.runs("quote", 1) == [(26, 33)]


def test_no_quotations_says_so() -> None:
    html = render("Kein Zitat hier.", [])
    assert read(html).text == "Kein Zitat hier."
    assert "No quotations found." in html


def test_quotes_of_another_text_are_refused(quotes: list[Quote]) -> None:
    with pytest.raises(ValueError, match="does not belong to this text"):
        render("Ein ganz anderer Text, der lang genug ist, aber nicht passt.", quotes)


def test_non_string_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expects the text as a str"):
        render(b"bytes", [])  # type: ignore[arg-type]


@st.composite
def text_with_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'„“\r\n\tä"), max_size=60))
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        mention = None
        if draw(st.booleans()):
            m_start = draw(st.integers(0, len(text)))
            mention = Span.of(text, m_start, draw(st.integers(m_start, len(text))))
        speaker = draw(st.sampled_from([None, "A", "B", "<C&D>"]))
        quotes.append(
            Quote(
                parts=[Span.of(text, start, end)],
                kind=QuoteKind.DIRECT,
                speaker=None if speaker is None else Speaker(speaker, mention),
            )
        )
    return text, quotes


@given(text_with_quotes())
def test_any_text_round_trips_and_every_quote_is_covered(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    view = read(render(text, quotes))
    assert view.text == text
    for index, quote in enumerate(quotes):
        covered = {i for s, e in view.runs("quote", index) for i in range(s, e)}
        assert covered == set(range(quote.start, quote.end))


def test_page_has_one_section_per_document(quotes: list[Quote]) -> None:
    page = render_page([("<a&b>.txt", TEXT, quotes), ("leer.txt", "Nichts.", [])])
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('class="qk-document"') == 2
    assert "&lt;a&amp;b&gt;.txt" in page
    assert '<meta charset="utf-8">' in page


def test_quote_card_shows_words_speaker_and_cue(quotes: list[Quote]) -> None:
    card = render_quote(quotes[0])
    assert "Wir sind stark … und vereint." in card
    assert "Jens Stoltenberg" in card
    assert "cue: sagte" in card
    assert quotes[0]._repr_html_() == card


def test_analyze_shows_the_extracted_quotes() -> None:
    text = "„Wir sind stark“, sagte Stoltenberg."
    analysis = quotekit.analyze(text)
    assert isinstance(analysis, Analysis)
    assert list(analysis.quotes) == quotekit.extract(text)
    assert analysis._repr_html_() == render(text, analysis.quotes) == render(text)
    view = read(analysis._repr_html_())
    assert view.text == text
    assert [text[s:e] for s, e in view.runs("quote", 0)] == ["Wir sind stark"]
    assert len(analysis) == 1


def test_cli_writes_the_same_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quotekit.cli import main

    path = tmp_path / "artikel.txt"
    text = "„Wir sind stark“, sagte Stoltenberg. <script>x</script>\n"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", "--format", "html", str(path)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page
    fragment = re.search(r'<div class="qk-analysis">.*?</div></div>(?=</section>)', page, re.S)
    assert fragment is not None
    assert fragment.group(0) == render(text, quotekit.extract(text))
