"""The public API on the installed German pipeline: contract, bad input, long texts, batches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import assert_spans_index, newsy_text

import quotekit
from quotekit import QuoteKind


def test_public_names() -> None:
    for name in ("extract", "extract_many", "load", "Quote", "Span", "Cue", "Speaker", "QuoteKind"):
        assert hasattr(quotekit, name)
    assert issubclass(quotekit.ModelNotFoundError, Exception)
    assert quotekit.__version__ == "0.1.0"


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"], {"a": 1}])
def test_non_strings_are_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects a str"):
        quotekit.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", " ", "\n\n", "\t \r\n"])
def test_blank_text_gives_no_quotes(blank: str) -> None:
    assert quotekit.extract(blank) == []


def test_direct_quote_with_speaker() -> None:
    text = "„Wir sind stark“, sagte Stoltenberg."
    (quote,) = quotekit.extract(text)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "Wir sind stark"
    assert quote.cue is not None
    assert quote.cue.lemma == "sagen"
    assert quote.speaker is not None
    assert quote.speaker.name == "Stoltenberg"
    assert_spans_index(text, [quote])


def test_split_quote_is_one_quote_with_two_parts() -> None:
    text = "„Wir sind stark“, sagte Stoltenberg, „und wir sind vereint.“"
    (quote,) = quotekit.extract(text)
    assert [part.text for part in quote.parts] == ["Wir sind stark", "und wir sind vereint."]
    assert quote.speaker is not None
    assert quote.speaker.name == "Stoltenberg"


def test_titles_and_scare_quotes_are_not_speech() -> None:
    text = "Die Besatzung der „Gorch Fock“ sah den Film „Babylon Berlin“ mit den sogenannten „Experten“."
    assert quotekit.extract(text) == []


def test_doc_extension_on_the_pipeline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("„Das ist gut“, sagte Faeser.")
    assert [q.text for q in doc._.quotes] == ["Das ist gut"]
    for name in (
        "quotekit_marks",
        "quotekit_cues",
        "quotekit_attribution",
        "quotekit_indirect",
        "quotekit_speakers",
    ):
        assert name in nlp.pipe_names


def test_load_is_cached() -> None:
    assert quotekit.load() is quotekit.load()


def test_unknown_model_raises_model_not_found() -> None:
    with pytest.raises(quotekit.ModelNotFoundError, match="de_core_news_sm"):
        quotekit.load("no_such_german_pipeline")


def test_model_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotekit import pipeline

    monkeypatch.setenv(pipeline.MODEL_VARIABLE, "from_environment")
    assert pipeline.resolve_model_name("from_argument") == "from_argument"
    assert pipeline.resolve_model_name() == "from_environment"
    monkeypatch.delenv(pipeline.MODEL_VARIABLE)
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: name == "de_quotekit_sm")
    assert pipeline.resolve_model_name() == "de_quotekit_sm"
    # the stop-gap is never picked, even when it is installed
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: name != "de_core_news_sm")
    assert pipeline.resolve_model_name() == "de_quotekit_sm"
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: name == "de_offline_sm")
    with pytest.raises(quotekit.ModelNotFoundError):
        pipeline.resolve_model_name()
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: True)
    assert pipeline.resolve_model_name() == "de_core_news_sm"
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: False)
    with pytest.raises(quotekit.ModelNotFoundError, match="spacy download de_core_news_sm"):
        pipeline.resolve_model_name()


def test_text_longer_than_max_length_is_chunked(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraph = "„Wir sind stark“, sagte Stoltenberg. Dann ging er.\n\n"
    text = paragraph * 40
    limit = nlp.max_length
    nlp.max_length = len(paragraph) * 3
    try:
        quotes = quotekit.extract(text)
    finally:
        nlp.max_length = limit
    assert len(quotes) == 40
    assert [q.start for q in quotes] == [1 + i * len(paragraph) for i in range(40)]
    assert_spans_index(text, quotes)


def test_extract_many_keeps_order_and_names_a_bad_item() -> None:
    texts = ["„Eins“, sagte Anna.", "Kein Zitat.", "„Drei“, sagte Bernd.", 7, "„Fünf“, sagte Carla."]
    results = quotekit.extract_many(texts, batch_size=2)  # type: ignore[arg-type]
    assert [q.text for q in next(results)] == ["Eins"]
    assert next(results) == []
    assert [q.text for q in next(results)] == ["Drei"]
    with pytest.raises(TypeError, match="Item 3"):
        next(results)


def test_extract_many_skips_a_bad_item_with_none_and_logs_its_index(caplog: pytest.LogCaptureFixture) -> None:
    texts = [7, "„Eins“, sagte Anna.", None, b"bytes", "Kein Zitat.", "„Drei“, sagte Bernd.", 3.5]
    results = list(quotekit.extract_many(texts, batch_size=2, on_error="skip"))
    assert [None if r is None else [q.text for q in r] for r in results] == [
        None,
        ["Eins"],
        None,
        None,
        [],
        ["Drei"],
        None,
    ]
    skipped = [record.getMessage() for record in caplog.records if record.name == "quotekit"]
    assert [message.split(" of the input")[0] for message in skipped] == [
        "Item 0",
        "Item 2",
        "Item 3",
        "Item 6",
    ]


def test_extract_many_skips_lazily() -> None:
    def endless() -> Iterator[object]:
        yield "„Eins“, sagte Anna."
        yield 2
        while True:
            yield "Kein Zitat."

    results = quotekit.extract_many(endless(), batch_size=1, on_error="skip")
    first, second, third = next(results), next(results), next(results)
    assert first is not None
    assert [q.text for q in first] == ["Eins"]
    assert (second, third) == (None, [])


@pytest.mark.parametrize("single", ["„Eins“, sagte Anna.", b"bytes"])
def test_extract_many_refuses_a_single_text(single: object) -> None:
    with pytest.raises(TypeError, match="not a single"):
        quotekit.extract_many(single)  # type: ignore[call-overload]


def test_extract_many_checks_on_error() -> None:
    with pytest.raises(ValueError, match="on_error"):
        quotekit.extract_many(["x"], on_error="ignore")  # type: ignore[call-overload]


@pytest.mark.parametrize(("option", "value"), [("batch_size", 0), ("n_process", 0)])
def test_extract_many_checks_its_options(option: str, value: int) -> None:
    with pytest.raises(ValueError):
        quotekit.extract_many(["x"], **{option: value})


@pytest.mark.parametrize(
    "text",
    [
        "\x00„Null\x00“, sagte er.\x07",
        "„" * 5000 + "“" * 3 + "»«" * 2000,
        "שלום „עולם“, sagte er. مرحبا «نص»",
        "„Emoji 😀 e\u0301“, sagte sie.\r\n\r\n„Weiter“",
        "'" * 3000,
        "\ud800„Surrogat“, sagte er.",
    ],
    ids=[
        "control-characters",
        "thousands-of-unmatched-marks",
        "right-to-left",
        "emoji-combining-crlf",
        "apostrophes",
        "lone-surrogate",
    ],
)
def test_odd_text_gives_valid_spans(text: str) -> None:
    assert_spans_index(text, quotekit.extract(text))


@settings(max_examples=25)
@given(newsy_text | st.text(max_size=200))
def test_any_text_gives_valid_spans(text: str) -> None:
    assert_spans_index(text, quotekit.extract(text))


def test_an_analysis_can_be_indexed() -> None:
    text = "„Eins“, sagte Anna. „Zwei“, sagte Bernd."
    analysis = quotekit.analyze(text)
    assert [analysis[0].text, analysis[-1].text] == ["Eins", "Zwei"]
    assert analysis[:1] == analysis.quotes[:1]
    with pytest.raises(IndexError):
        analysis[2]


def test_the_pipeline_loads_once_when_four_threads_ask_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    import spacy

    from quotekit import pipeline

    calls: list[str] = []

    def slow_load(name: str) -> spacy.language.Language:
        calls.append(name)
        time.sleep(0.2)  # long enough for every thread to arrive while the first one loads
        return spacy.blank("de")

    monkeypatch.setattr(pipeline, "_PIPELINES", {})
    monkeypatch.setattr(pipeline.spacy, "load", slow_load)
    start = threading.Barrier(4)
    loaded: list[object] = []

    def ask() -> None:
        start.wait()
        loaded.append(quotekit.load("ein_langsames_modell"))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["ein_langsames_modell"]
    assert len(loaded) == 4
    assert all(nlp is loaded[0] for nlp in loaded)
    assert pipeline.loaded_count() == 1
