from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
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
