from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import quotes

from quotekit import Cue, Quote, QuoteKind, Span, Speaker


@given(quotes())
def test_json_round_trip(quote: Quote) -> None:
    data = json.loads(json.dumps(quote.to_dict()))
    assert Quote.from_dict(data) == quote


def test_quote_text_joins_parts_and_spans_the_whole() -> None:
    text = "„Wir sind stark“, sagte er, „und vereint.“"
    parts = (Span.of(text, 1, 15), Span.of(text, 29, 41))
    quote = Quote(parts=parts, kind=QuoteKind.DIRECT)
    assert quote.text == "Wir sind stark und vereint."
    assert (quote.start, quote.end) == (1, 41)
    assert text[quote.start : quote.end].startswith("Wir sind stark")


def test_records_are_frozen_and_slotted() -> None:
    span = Span.of("abc", 0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]
    assert not hasattr(span, "__dict__")
    for cls in (Span, Cue, Speaker, Quote):
        assert attrs.has(cls)
        assert "__slots__" in cls.__dict__


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2)])
def test_span_rejects_impossible_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Span(start=start, end=end, text="")


def test_quote_needs_a_part_and_a_known_kind() -> None:
    with pytest.raises(ValueError):
        Quote(parts=(), kind=QuoteKind.DIRECT)
    with pytest.raises(ValueError):
        Quote(parts=(Span.of("ab", 0, 1),), kind="quoted")  # type: ignore[arg-type]
    assert Quote(parts=[Span.of("ab", 0, 1)], kind="indirect").kind is QuoteKind.INDIRECT  # type: ignore[arg-type]


def test_kind_values() -> None:
    assert [kind.value for kind in QuoteKind] == ["direct", "indirect", "mixed"]


def test_cue_from_json_without_particle_has_none() -> None:
    cue = Cue.from_dict({"text": "sagte", "start": 3, "end": 8, "lemma": "sagen"})
    assert cue.particle is None
    assert [part.text for part in cue.parts] == ["sagte"]
    assert cue.words == "sagte"


def test_a_cue_with_a_companion_apart_lists_it_among_its_parts_in_text_order() -> None:
    text = "Sie wollte aber wissen, ob es stimme."
    cue = Cue(text="wissen", start=16, end=22, lemma="wissen", companion=Span.of(text, 4, 10))
    assert [part.text for part in cue.parts] == ["wollte", "wissen"]
    assert cue.words == "wollte … wissen"
    assert Cue.from_dict(cue.to_dict()) == cue


def test_speaker_from_an_old_dict_without_gender_loads() -> None:
    speaker = Speaker.from_dict({"name": "Jens Stoltenberg", "mention": None, "is_organization": False})
    assert (speaker.name, speaker.gender) == ("Jens Stoltenberg", None)


def test_unresolved_speaker_has_no_name_but_keeps_its_mention() -> None:
    mention = Span.of("sagte er", 6, 8)
    speaker = Speaker.from_dict(Speaker(name=None, mention=mention).to_dict())
    assert (speaker.name, speaker.mention) == (None, mention)


def test_speaker_gender_is_female_male_or_none() -> None:
    assert Speaker("Anna Berg", gender="female").gender == "female"
    with pytest.raises(ValueError, match="gender"):
        Speaker("Anna Berg", gender="fem")


def _quote(*offsets: tuple[int, int], kind: QuoteKind = QuoteKind.DIRECT) -> Quote:
    text = "x" * 100
    return Quote(parts=tuple(Span.of(text, start, end) for start, end in offsets), kind=kind)


def test_quotes_order_by_position() -> None:
    first, second, third = _quote((1, 5)), _quote((1, 9)), _quote((3, 4), (20, 30))
    assert sorted([third, second, first]) == [first, second, third]
    assert first < second < third
    assert third > first
    assert first <= _quote((1, 5), kind=QuoteKind.INDIRECT)  # same place, another kind: neither first
    assert max([first, third, second]) is third


def test_a_quote_does_not_order_against_other_things() -> None:
    with pytest.raises(TypeError):
        _ = _quote((1, 5)) < (1, 5)  # type: ignore[operator]


@given(st.lists(quotes(), max_size=8))
def test_sorted_quotes_run_in_text_order(items: list[Quote]) -> None:
    ordered = sorted(items)
    assert [(q.start, q.end) for q in ordered] == sorted((q.start, q.end) for q in items)


_GOOD = {
    "parts": [{"start": 1, "end": 15, "text": "Wir sind stark"}],
    "kind": "direct",
    "cue": {"text": "sagte", "start": 18, "end": 23, "lemma": "sagen", "particle": None},
    "speaker": {"name": "Stoltenberg", "mention": {"start": 24, "end": 35, "text": "Stoltenberg"}},
}


def _without(path: str) -> dict[str, object]:
    data = json.loads(json.dumps(_GOOD))
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    del target[int(last) if last.isdigit() else last]
    return data  # type: ignore[no-any-return]


def _with(path: str, value: object) -> dict[str, object]:
    data = json.loads(json.dumps(_GOOD))
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[int(last) if last.isdigit() else last] = value
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_without("parts"), "parts is missing"),
        (_without("kind"), "kind is missing"),
        (_without("parts.0.end"), r"parts\[0\].end is missing"),
        (_with("parts.0.start", "1"), r"parts\[0\].start must be an int, got '1'"),
        (_with("parts.0.end", 0), r"parts\[0\] is not valid \(end \(0\) must not be before start"),
        (_with("parts", []), "parts must be a non-empty list"),
        (_with("parts", "Wir"), "parts must be a non-empty list"),
        (_with("kind", "quoted"), "kind must be one of"),
        (_without("cue.lemma"), "cue.lemma is missing"),
        (_with("cue.particle", {"start": 40}), "cue.particle.end is missing"),
        (_with("cue", "sagte"), "cue must be an object"),
        (_without("speaker.name"), "speaker.name is missing"),
        (_with("speaker.name", 42), "speaker.name must be a str, got 42"),
        (_without("speaker.mention.text"), "speaker.mention.text is missing"),
        ([_GOOD], "the data must be an object"),
    ],
)
def test_from_dict_names_the_field_that_is_missing_or_wrong(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=f"^Quote.from_dict: {message}"):
        Quote.from_dict(data)  # type: ignore[arg-type]


def test_from_dict_reads_the_good_data() -> None:
    quote = Quote.from_dict(_GOOD)
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.name) == ("Wir sind stark", "Stoltenberg")
