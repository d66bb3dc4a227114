"""The two seed articles (../shared/seeds) come out as issue 3 says: every quotation, its kind and its speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.paths import SEEDS

import quotekit
from quotekit import Quote, QuoteKind

# The seeds live beside the repository (../shared); without them there is nothing to check.
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not checked out")


def _text(prefix: str) -> str:
    path = next(Path(SEEDS).glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nato() -> tuple[str, list[Quote]]:
    text = _text("000")
    return text, quotekit.extract(text)


@pytest.fixture(scope="module")
def price() -> tuple[str, list[Quote]]:
    text = _text("002")
    return text, quotekit.extract(text)


def _quote_with(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quotation contains {words!r}; got {[q.text[:60] for q in quotes]}"
    assert len(found) == 1, f"{len(found)} quotations contain {words!r}"
    return found[0]


def _speaker(quote: Quote) -> str | None:
    return None if quote.speaker is None else quote.speaker.name


NATO_DIRECT = (
    "Wir haben auch über Russland gesprochen",
    "Der Dialog mit Russland ist kein Zeichen von Schwäche",
    "Aber selbst wenn wir nicht an ein besseres Verhältnis",
    "Ich begrüße die Verlängerung des New START-Abkommens",
)
NATO_INDIRECT = {
    # The sentence-initial reported clause before ", sagte der Nato-Chef" (issue 16).
    "Jens Stoltenberg und US-Präsident Joe Biden haben am Montag": "Jens Stoltenberg",
    "die NATO derzeit Kontakte zu Russland halte": "Jens Stoltenberg",
    "Moskau bereit sei, mit dem Bündnis": "Maria Sacharowa",
    "diese Art von Dialog ohne die Beteiligung von Militärexperten": "Maria Sacharowa",
    "Russland habe keine Antwort auf den Vorschlag gegeben": "Jens Stoltenberg",
}
# "Er begrüßt, dass Biden …" may be reported speech too; nothing else is.
NATO_MAY = ("dass Biden sich vor einem Treffen",)


@pytest.mark.parametrize("words", NATO_DIRECT)
def test_nato_direct_quotes_are_stoltenbergs(nato: tuple[str, list[Quote]], words: str) -> None:
    quote = _quote_with(nato[1], words)
    assert quote.kind is QuoteKind.DIRECT
    assert _speaker(quote) == "Jens Stoltenberg"


def test_nato_chef_after_the_quote_is_the_mention(nato: tuple[str, list[Quote]]) -> None:
    quote = _quote_with(nato[1], "Ich begrüße die Verlängerung")
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "der NATO-Chef"
    assert quote.cue is not None
    assert (quote.cue.text, quote.cue.lemma) == ("fügte", "hinzufügen")
    assert quote.cue.particle is not None
    assert quote.cue.particle.text == "hinzu"
    for part in quote.cue.parts:
        assert nato[0][part.start : part.end] == part.text


@pytest.mark.parametrize(("words", "speaker"), sorted(NATO_INDIRECT.items()))
def test_nato_reported_speech(nato: tuple[str, list[Quote]], words: str, speaker: str) -> None:
    quote = _quote_with(nato[1], words)
    assert quote.kind in {QuoteKind.INDIRECT, QuoteKind.MIXED}
    assert _speaker(quote) == speaker


def test_nato_nothing_else(nato: tuple[str, list[Quote]]) -> None:
    expected = (*NATO_DIRECT, *NATO_INDIRECT, *NATO_MAY)
    extra = [q.text for q in nato[1] if not any(words in q.text or q.text in words for words in expected)]
    assert extra == []


PRICE_QUOTES = {
    "Wir haben immer deutlich gemacht": "Ned Price",
    "Die Vereinigten Staaten unterstützen die Wiedereröffnung": "Ned Price",
    "die Vereinigten Staaten hoffen": "Ned Price",
    "das Bündnis die Arbeit seiner Mission in Moskau": "Jens Stoltenberg",
    "Beide Seiten werden keine Mühen scheuen": "Jens Stoltenberg",
    "Russland und das Bündnis vereinbart haben": "Jens Stoltenberg",
}


@pytest.mark.parametrize(("words", "speaker"), sorted(PRICE_QUOTES.items()))
def test_price_article_speakers(price: tuple[str, list[Quote]], words: str, speaker: str) -> None:
    assert _speaker(_quote_with(price[1], words)) == speaker


def test_price_direct_quote_and_cue(price: tuple[str, list[Quote]]) -> None:
    quote = _quote_with(price[1], "Wir haben immer deutlich gemacht")
    assert quote.kind is QuoteKind.DIRECT
    assert quote.cue is not None
    assert quote.cue.text == "sagte"
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text.startswith("der Sprecher des Außenministeriums")


def test_price_ministry_is_an_organisation(price: tuple[str, list[Quote]]) -> None:
    quote = _quote_with(price[1], "die NATO angeboten habe")
    assert quote.speaker is not None
    assert quote.speaker.is_organization
    assert "Außenministerium" in quote.speaker.name


def test_price_nothing_else(price: tuple[str, list[Quote]]) -> None:
    expected = (*PRICE_QUOTES, "die NATO angeboten habe")
    extra = [q.text for q in price[1] if not any(words in q.text for words in expected)]
    assert extra == []
