"""Tests for quotekit.evaluation on small hand-built gold documents and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.paths import DATA

from quotekit.evaluation import (
    GoldDocument,
    GoldQuote,
    capitalised_words,
    evaluate,
    evaluate_with,
    load_gold,
    match_document,
    names_the_speaker,
)
from quotekit.quotes import Cue, Quote, QuoteKind, Span, Speaker

if TYPE_CHECKING:
    from collections.abc import Iterable

SHARED_DATA = DATA

TEXT = (
    "Die Ministerin sagte am Montag, die Schulen blieben bis Ende Mai geschlossen. "
    "Ihr Sprecher erklärte: „Wir prüfen jeden Tag neu.“ "
    "Der Verband kritisierte die Entscheidung."
)


def span(text: str, words: str, occurrence: int = 0) -> Span:
    """The span of the `occurrence`-th appearance of `words` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Span.of(text, start, start + len(words))


def gold(
    text: str,
    quote: str | list[str],
    type_: str = "Indirect",
    *,
    speaker: str | None = None,
    cue: str | None = None,
    nested: bool = False,
    number: int = 0,
) -> GoldQuote:
    parts = [quote] if isinstance(quote, str) else quote
    return GoldQuote(
        id=number,
        type=type_,
        nested=nested,
        quote=[span(text, part) for part in parts],
        speaker=[] if speaker is None else [span(text, speaker)],
        cue=[] if cue is None else [span(text, cue)],
    )


def predicted(
    text: str,
    quote: str | list[str],
    kind: QuoteKind = QuoteKind.INDIRECT,
    *,
    speaker: str | None = None,
    cue: str | None = None,
) -> Quote:
    parts = [quote] if isinstance(quote, str) else quote
    cue_span = None if cue is None else span(text, cue)
    return Quote(
        parts=[span(text, part) for part in parts],
        kind=kind,
        cue=None if cue_span is None else Cue(cue_span.text, cue_span.start, cue_span.end, cue_span.text),
        speaker=None if speaker is None else Speaker(name=speaker, mention=span(text, speaker)),
    )


def document(text: str, *quotes: GoldQuote) -> GoldDocument:
    return GoldDocument(id="doc", text=text, quotes=quotes)


INDIRECT = "die Schulen blieben bis Ende Mai geschlossen"


def test_exact_match_scores_one() -> None:
    doc = document(TEXT, gold(TEXT, INDIRECT))
    report = evaluate([doc], [[predicted(TEXT, INDIRECT)]])
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (1.0, 1.0, 1.0)
    assert match_document(doc, [predicted(TEXT, INDIRECT)]).pairs == ((0, 0, 1.0),)


def test_partial_overlap_at_or_above_half_matches() -> None:
    doc = document(TEXT, gold(TEXT, INDIRECT))  # 7 words
    # 4 of the 7 words: Dice = 8 / 11
    match = match_document(doc, [predicted(TEXT, "die Schulen blieben bis")])
    assert [(g, p) for g, p, _ in match.pairs] == [(0, 0)]
    assert match.pairs[0][2] == pytest.approx(8 / 11)


def test_partial_overlap_below_half_is_a_miss_and_a_false_positive() -> None:
    doc = document(TEXT, gold(TEXT, INDIRECT))
    # 2 of the 7 words: Dice = 4 / 9
    report = evaluate([doc], [[predicted(TEXT, "die Schulen")]])
    assert report.overall.matched_gold == 0
    assert (report.overall.precision, report.overall.recall) == (0.0, 0.0)
    match = match_document(doc, [predicted(TEXT, "die Schulen")])
    assert (match.missed, match.false_positives) == ((0,), (0,))


def test_word_cut_by_a_span_still_counts() -> None:
    doc = document(TEXT, gold(TEXT, INDIRECT))
    cut = span(TEXT, INDIRECT)
    # the prediction stops in the middle of "geschlossen": the word is still among its tokens
    prediction = Quote(parts=[Span.of(TEXT, cut.start, cut.end - 3)], kind=QuoteKind.INDIRECT)
    assert match_document(doc, [prediction]).pairs == ((0, 0, 1.0),)


def test_matching_is_one_to_one_and_keeps_the_better_prediction() -> None:
    doc = document(TEXT, gold(TEXT, INDIRECT))
    weaker = predicted(TEXT, "die Schulen blieben bis")
    better = predicted(TEXT, "Schulen blieben bis Ende Mai geschlossen")
    match = match_document(doc, [weaker, better])
    assert [(g, p) for g, p, _ in match.pairs] == [(0, 1)]
    assert match.false_positives == (0,)
    report = evaluate([doc], [[weaker, better]])
    assert (report.overall.precision, report.overall.recall) == (0.5, 1.0)


def test_direct_gold_marks_are_stripped() -> None:
    doc = document(TEXT, gold(TEXT, "„Wir prüfen jeden Tag neu.“", "Direct"))
    assert doc.quotes[0].content[0].text == "Wir prüfen jeden Tag neu."
    match = match_document(doc, [predicted(TEXT, "Wir prüfen jeden Tag neu.", QuoteKind.DIRECT)])
    assert match.pairs == ((0, 0, 1.0),)


def test_split_quote_uses_the_union_of_its_parts() -> None:
    text = "„Wir sind stark“, sagte er, „und wir bleiben vereint.“"
    doc = document(text, gold(text, ["„Wir sind stark“", "„und wir bleiben vereint.“"], "Direct"))
    both = predicted(text, ["Wir sind stark", "und wir bleiben vereint."], QuoteKind.DIRECT)
    first_only = predicted(text, "Wir sind stark", QuoteKind.DIRECT)
    assert match_document(doc, [both]).pairs == ((0, 0, 1.0),)
    # 3 of 7 words: Dice = 6 / 10
    assert match_document(doc, [first_only]).pairs[0][2] == pytest.approx(0.6)


def test_nested_and_reported_gold_are_ignored_on_both_sides() -> None:
    text = (
        "Er sagte, man müsse „sofort und entschlossen handeln“. "
        "Sie kritisierte den Plan. Das Wetter war schön."
    )
    doc = document(
        text,
        gold(text, "man müsse „sofort und entschlossen handeln“", number=0),
        gold(text, "„sofort und entschlossen handeln“", "Direct", nested=True, number=1),
        gold(text, "den Plan", "Reported", number=2),
    )
    predictions = [
        predicted(text, "man müsse „sofort und entschlossen handeln“", QuoteKind.MIXED),
        predicted(text, "sofort und entschlossen handeln", QuoteKind.DIRECT),  # the nested one
        predicted(text, "den Plan"),  # the Reported one
        predicted(text, "Das Wetter war schön"),  # a real false positive
    ]
    match = match_document(doc, predictions)
    assert match.ignored == (1, 2)
    assert match.excused == (1, 2)
    assert match.false_positives == (3,)
    report = evaluate([doc], [predictions])
    assert report.overall.gold == 1
    assert report.overall.predicted == 2
    assert (report.overall.precision, report.overall.recall) == (0.5, 1.0)
    assert (report.ignored_gold, report.excused_predictions) == (2, 2)
    # missing the ignored items costs nothing
    assert evaluate([doc], [[predictions[0]]]).overall.f1 == 1.0


def test_excusing_is_one_to_one() -> None:
    text = "Sie kritisierte den neuen Plan der Regierung."
    doc = document(text, gold(text, "den neuen Plan der Regierung", "Reported"))
    twice = [predicted(text, "den neuen Plan der Regierung"), predicted(text, "neuen Plan der Regierung")]
    match = match_document(doc, twice)
    assert (match.excused, match.false_positives) == ((0,), (1,))


def test_speaker_accuracy_right_wrong_and_missing() -> None:
    text = (
        "Anna Berg sagte, der Zug komme später. "
        "Der Bürgermeister erklärte, die Brücke werde gesperrt. "
        "Ein Sprecher betonte, das Amt sei geschlossen. "
        "Es hieß, die Straße bleibe frei."
    )
    doc = document(
        text,
        gold(text, "der Zug komme später", speaker="Anna Berg", number=0),
        gold(text, "die Brücke werde gesperrt", speaker="Der Bürgermeister", number=1),
        gold(text, "das Amt sei geschlossen", speaker="Ein Sprecher", number=2),
        gold(text, "die Straße bleibe frei", number=3),  # no speaker: not judged
    )
    predictions = [
        predicted(text, "der Zug komme später", speaker="Berg"),  # overlaps "Anna Berg": right
        predicted(text, "die Brücke werde gesperrt", speaker="Ein Sprecher"),  # wrong mention
        predicted(text, "das Amt sei geschlossen"),  # no speaker: wrong
        predicted(text, "die Straße bleibe frei", speaker="Anna Berg"),
    ]
    report = evaluate([doc], [predictions])
    assert (report.speaker.correct, report.speaker.total) == (1, 3)
    assert report.speaker_by_kind["indirect"].value == pytest.approx(1 / 3)
    assert report.speaker_by_kind["direct"].value is None
    # a speaker with a name but no mention is wrong too
    nameless = Quote(parts=predictions[0].parts, kind=QuoteKind.INDIRECT, speaker=Speaker(name="Anna Berg"))
    assert evaluate([doc], [[nameless]]).speaker.correct == 0


def test_cue_accuracy_right_wrong_and_missing() -> None:
    text = (
        "Anna Berg sagte, der Zug komme später. "
        "Der Bürgermeister erklärte, die Brücke werde gesperrt. "
        "Ein Sprecher betonte, das Amt sei geschlossen. "
        "Die Straße bleibe frei."
    )
    doc = document(
        text,
        gold(text, "der Zug komme später", cue="sagte", number=0),
        gold(text, "die Brücke werde gesperrt", cue="erklärte", number=1),
        gold(text, "das Amt sei geschlossen", cue="betonte", number=2),
        gold(text, "Die Straße bleibe frei", "FreeIndirect", number=3),  # no cue: not judged
    )
    predictions = [
        predicted(text, "der Zug komme später", cue="sagte"),
        predicted(text, "die Brücke werde gesperrt", cue="betonte"),
        predicted(text, "das Amt sei geschlossen"),
        predicted(text, "Die Straße bleibe frei", cue="sagte"),
    ]
    report = evaluate([doc], [predictions])
    assert (report.cue.correct, report.cue.total) == (1, 3)
    assert report.recall_by_type["FreeIndirect"].recall == 1.0


def test_per_kind_figures_mixed_and_kind_accuracy() -> None:
    text = (
        "Er sagte: „Wir gewinnen das Spiel morgen.“ "
        "Sie meinte, das Team sei gut vorbereitet. "
        "Der Trainer erklärte, man habe „hart gearbeitet“ in dieser Woche. "
        "Der Wind drehte nach Norden."
    )
    doc = document(
        text,
        gold(text, "„Wir gewinnen das Spiel morgen.“", "Direct", number=0),
        gold(text, "das Team sei gut vorbereitet", number=1),
        gold(text, "man habe „hart gearbeitet“ in dieser Woche", "IndirectFreeIndirect", number=2),
    )
    predictions = [
        predicted(text, "Wir gewinnen das Spiel morgen.", QuoteKind.DIRECT),  # direct, right kind
        predicted(text, "das Team sei gut vorbereitet", QuoteKind.DIRECT),  # indirect gold, wrong kind
        predicted(text, "man habe „hart gearbeitet“ in dieser Woche", QuoteKind.MIXED),  # scored indirect
        predicted(text, "Der Wind drehte nach Norden"),  # false positive
    ]
    report = evaluate([doc], [predictions])
    direct, indirect = report.by_kind["direct"], report.by_kind["indirect"]
    assert (direct.gold, direct.predicted, direct.matched_gold, direct.matched_predicted) == (1, 2, 1, 2)
    assert (indirect.gold, indirect.predicted, indirect.matched_gold, indirect.matched_predicted) == (
        2,
        2,
        2,
        1,
    )
    assert (direct.precision, direct.recall) == (1.0, 1.0)
    assert (indirect.precision, indirect.recall) == (0.5, 1.0)
    assert report.predicted_by_kind == {"direct": 2, "indirect": 1, "mixed": 1}
    assert (report.kind_accuracy.correct, report.kind_accuracy.total) == (2, 3)
    assert report.confusion == {"direct -> direct": 1, "indirect -> direct": 1, "indirect -> mixed": 1}
    assert (report.overall.precision, report.overall.recall) == (0.75, 1.0)


def test_report_serialises_and_formats() -> None:
    doc = document(TEXT, gold(TEXT, INDIRECT, speaker="Die Ministerin", cue="sagte"))
    report = evaluate([doc], [[predicted(TEXT, INDIRECT, speaker="Ministerin", cue="sagte")]], seconds=2.0)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overall"]["f1"] == 1.0
    assert data["speaker"]["accuracy"] == 1.0
    assert data["chars_per_second"] == len(TEXT) / 2.0
    table = report.format_table()
    assert table.splitlines()[2].startswith("| all | 1 | 1 | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 |")
    assert "characters per second" in table


def test_evaluate_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="2 prediction lists for 1 gold"):
        evaluate([document(TEXT)], [[], []])


def test_evaluate_with_runs_and_times_the_extractor() -> None:
    docs = [document(TEXT, gold(TEXT, INDIRECT)), document("Kein Zitat hier.")]
    seen: list[str] = []

    def extract_many(texts: Iterable[str]) -> Iterable[list[Quote]]:
        for text in texts:
            seen.append(text)
            yield [predicted(TEXT, INDIRECT)] if text == TEXT else []

    report = evaluate_with(docs, extract_many)
    assert seen == [TEXT, "Kein Zitat hier."]
    assert report.overall.f1 == 1.0
    assert report.seconds is not None
    assert report.chars == len(TEXT) + len("Kein Zitat hier.")


def _line(text: str, quotes: list[dict[str, object]], doc_id: str = "d1") -> str:
    return json.dumps({"id": doc_id, "title": "T", "date": "2020-01-01", "text": text, "quotes": quotes})


def test_load_gold_reads_a_jsonl_file(tmp_path: Path) -> None:
    quote = span(TEXT, "„Wir prüfen jeden Tag neu.“")
    speaker = span(TEXT, "Ihr Sprecher")
    annotation = {
        "id": 0,
        "type": "Direct",
        "medium": "Speech",
        "nested": False,
        "quote": [[quote.start, quote.end]],
        "speaker": [[speaker.start, speaker.end]],
        "cue": [],
        "addressee": [],
        "frame": [],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(
        _line(TEXT, [annotation]) + "\n\n" + _line("Zweiter Text.", [], "d2") + "\n", encoding="utf-8"
    )
    docs = load_gold(path)
    assert [doc.id for doc in docs] == ["d1", "d2"]
    first = docs[0].quotes[0]
    assert first.quote[0].text == "„Wir prüfen jeden Tag neu.“"
    assert first.speaker[0].text == "Ihr Sprecher"
    assert (first.kind, first.ignored, first.medium) == (QuoteKind.DIRECT, False, "Speech")
    assert [doc.id for doc in load_gold(str(path), limit=1)] == ["d1"]


def test_load_gold_names_the_bad_line(tmp_path: Path) -> None:
    outside = {"id": 0, "type": "Indirect", "nested": False, "quote": [[0, 999]]}
    path = tmp_path / "bad.jsonl"
    path.write_text(_line(TEXT, []) + "\n" + _line("kurz", [outside]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2.*outside the text"):
        load_gold(path)
    unknown = {"id": 0, "type": "Gossip", "nested": False, "quote": [[0, 4]]}
    path.write_text(_line("kurz", [unknown]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown type 'Gossip'"):
        load_gold(path)


def test_load_gold_reads_the_shared_dev_set() -> None:
    path = SHARED_DATA / "wikinews-dev.jsonl"
    if not path.exists():
        pytest.skip(f"the shared gold data is not next to the repository ({path})")
    docs = load_gold(path)
    # sizes stated in the data's README
    assert len(docs) == 150
    assert sum(len(doc.quotes) for doc in docs) == 653
    for doc in docs:
        for quote in doc.quotes:
            for part in quote.quote + quote.speaker + quote.cue:
                assert doc.text[part.start : part.end] == part.text


# --- the speakers format: canonical speakers ------------------------------------------------------

SPEAKERS_TEXT = (
    "Die Grünen-Politikerin Anna Berg kritisierte den Plan. „Das ist zu teuer“, sagte sie. "
    "Ein Anwohner meinte, die Brücke sei zu laut. „Man schläft kaum“, sagte der 67-Jährige."
)


def _speakers_line(quotes: list[dict[str, object]]) -> str:
    return json.dumps({"id": "syn", "url": "constructed", "text": SPEAKERS_TEXT, "quotes": quotes})


def _speakers_quote(words: str, kind: str, speaker: str | None, **extra: object) -> dict[str, object]:
    where = span(SPEAKERS_TEXT, words)
    return {"kind": kind, "start": where.start, "end": where.end, "quote": words, "speaker": speaker, **extra}


def _speakers_gold(tmp_path: Path) -> GoldDocument:
    quotes = [
        _speakers_quote("Das ist zu teuer", "direct", "Anna Berg", mention="sie", cue="sagte"),
        _speakers_quote(
            "die Brücke sei zu laut", "indirect", "ein Anwohner", speaker_alt=["der 67-Jährige"], cue="meinte"
        ),
        _speakers_quote("Man schläft kaum", "direct", "ein Anwohner", speaker_alt=["der 67-Jährige"]),
    ]
    path = tmp_path / "speakers.jsonl"
    path.write_text(_speakers_line(quotes) + "\n", encoding="utf-8")
    (doc,) = load_gold(path)
    return doc


def _said_by(words: str, kind: QuoteKind, name: str | None, mention: str | None) -> Quote:
    where = span(SPEAKERS_TEXT, words)
    speaker = Speaker(name=name, mention=None if mention is None else span(SPEAKERS_TEXT, mention))
    return Quote(parts=[where], kind=kind, speaker=speaker)


def test_load_gold_reads_the_speakers_format(tmp_path: Path) -> None:
    doc = _speakers_gold(tmp_path)
    assert doc.canonical_speakers
    first = doc.quotes[1]
    assert (first.kind, first.speaker_labels, first.cue_text) == (
        QuoteKind.INDIRECT,
        ("ein Anwohner", "der 67-Jährige"),
        "meinte",
    )
    assert first.quote[0].text == "die Brücke sei zu laut"


def test_a_mixed_quotation_of_the_speakers_format_is_scored_as_indirect(tmp_path: Path) -> None:
    # (as a predicted mixed quotation is: reported speech around a marked fragment)
    path = tmp_path / "mixed.jsonl"
    line = _speakers_line([_speakers_quote("die Brücke sei zu laut", "mixed", "ein Anwohner", cue="meinte")])
    path.write_text(line + "\n", encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.quotes[0].kind is QuoteKind.INDIRECT
    report = evaluate([doc], [[_said_by("die Brücke sei zu laut", QuoteKind.MIXED, None, "Ein Anwohner")]])
    assert (report.overall.matched_gold, report.speaker.correct) == (1, 1)


def test_canonical_speaker_is_right_by_the_last_capitalised_word_of_a_label(tmp_path: Path) -> None:
    doc = _speakers_gold(tmp_path)
    predictions = [
        _said_by("Das ist zu teuer", QuoteKind.DIRECT, "Anna Berg", "sie"),  # the name: right
        _said_by("die Brücke sei zu laut", QuoteKind.INDIRECT, None, "Ein Anwohner"),  # the mention: right
        _said_by("Man schläft kaum", QuoteKind.DIRECT, "ein Anwohner", "der 67-Jährige"),  # the label: right
    ]
    report = evaluate([doc], [predictions])
    assert report.speaker_scheme == "canonical"
    assert (report.speaker.correct, report.speaker.total) == (3, 3)
    assert (report.cue.correct, report.cue.total) == (0, 2)  # no cue predicted


def test_a_pronoun_or_a_role_not_in_the_gold_label_is_no_canonical_speaker(tmp_path: Path) -> None:
    doc = _speakers_gold(tmp_path)
    predictions = [
        _said_by("Das ist zu teuer", QuoteKind.DIRECT, None, "sie"),  # a bare pronoun
        _said_by("die Brücke sei zu laut", QuoteKind.INDIRECT, "Anna Berg", "Anna Berg"),  # someone else
        _said_by("Man schläft kaum", QuoteKind.DIRECT, "Die Grünen-Politikerin", None),  # a role not in gold
    ]
    report = evaluate([doc], [predictions])
    assert (report.speaker.correct, report.speaker.total) == (0, 3)
    # "der 67-Jährige" has no capitalised word: the description alone never names the person
    alone = _said_by("Man schläft kaum", QuoteKind.DIRECT, None, "der 67-Jährige")
    assert not names_the_speaker(doc.quotes[2].speaker_labels, alone.speaker)


def test_optional_gold_quotations_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "optional.jsonl"
    path.write_text(
        _speakers_line([_speakers_quote("Das ist zu teuer", "direct", "Anna Berg", optional=True)]) + "\n",
        encoding="utf-8",
    )
    (doc,) = load_gold(path)
    report = evaluate([doc], [[_said_by("Das ist zu teuer", QuoteKind.DIRECT, "Anna Berg", None)]])
    assert (report.overall.gold, report.overall.predicted, report.excused_predictions) == (0, 0, 1)


def test_capitalised_words_strip_marks_and_punctuation() -> None:
    assert capitalised_words("„Die Sprecherin (SPD), Anna Berg-Lenz:“ sagte er") == [
        "Die",
        "Sprecherin",
        "SPD",
        "Anna",
        "Berg-Lenz",
    ]


def test_recall_by_type_names_only_the_types_the_gold_has(tmp_path: Path) -> None:
    report = evaluate([_speakers_gold(tmp_path)], [[]])
    assert set(report.recall_by_type) == {"Direct", "Indirect"}
    table = report.format_table()
    assert "Recall by gold type: Direct" in table
    assert "FreeIndirect" not in table


def test_a_gold_cue_with_an_ellipsis_is_the_words_around_it(tmp_path: Path) -> None:
    # "sagte … sie": the ellipsis stands for words between the parts of a cue (as in "kündigte … an"), no word
    gold = [
        _speakers_quote("Das ist zu teuer", "direct", "Anna Berg", cue=cue)
        for cue in ("sagte … sie", "sagte … er")
    ]
    path = tmp_path / "speakers.jsonl"
    path.write_text(_speakers_line(gold[:1]) + "\n" + _speakers_line(gold[1:]) + "\n", encoding="utf-8")
    docs = load_gold(path)
    said = span(SPEAKERS_TEXT, "sagte sie")
    cue = Cue(
        text="sagte",
        start=said.start,
        end=said.start + 5,
        lemma="sagen",
        particle=Span(start=said.end - 3, end=said.end, text="sie"),
    )
    predicted = Quote(parts=[span(SPEAKERS_TEXT, "Das ist zu teuer")], kind=QuoteKind.DIRECT, cue=cue)
    report = evaluate(docs, [[predicted], [predicted]])
    assert (report.cue.correct, report.cue.total) == (1, 2)
