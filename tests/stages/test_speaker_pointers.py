"""A pointer cue ("Demnach …") keeps itself as the mention and names the source of the sentence before."""

from __future__ import annotations

import quotekit
from quotekit import QuoteKind

REPORT = (
    "Das Bundeskartellamt hat heute den Abschlussbericht seiner Untersuchung vorgelegt. "
    "Demnach kann den großen Stromerzeugern kein wettbewerbswidriges Verhalten nachgewiesen werden."
)


def test_demnach_names_the_source_of_the_sentence_before() -> None:
    quotes = [q for q in quotekit.extract(REPORT) if q.kind is not QuoteKind.DIRECT]
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.mention is not None
    assert speaker.mention.text == "Demnach"
    assert speaker.name == "Bundeskartellamt"
    assert speaker.is_organization


def test_demnach_after_a_sentence_without_a_speaking_subject_names_no_one() -> None:
    text = (
        "Inzwischen sind präzise Beschuldigungen an die Öffentlichkeit gelangt. "
        "Demnach steht insbesondere der Kopilot in der Schusslinie."
    )
    quotes = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name is None


def test_demnach_across_a_paragraph_break_names_no_one() -> None:
    text = REPORT.replace("vorgelegt. ", "vorgelegt.\n\n")
    quotes = [q for q in quotekit.extract(text) if q.kind is not QuoteKind.DIRECT]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name is None
