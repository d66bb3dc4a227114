"""The clause after a cue inserted between two reported statements is reported with the same cue and speaker."""

from __future__ import annotations

import pytest
from tests.extracted import reported


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Es sei ein gutes Gespräch gewesen, sagt Anwalt Peter Oberreiter, an der Rechtslage ändere das nichts.",
            "an der Rechtslage ändere das nichts",
        ),
        (
            "Er könne den Nachbarn verstehen, sagte Hans Meier am Montag, nachts müsse es ja nicht sein.",
            "nachts müsse es ja nicht sein",
        ),
        (
            "Die Lage sei ernst, so Kathrin Müller, man müsse aber noch die Messungen abwarten.",
            "man müsse aber noch die Messungen abwarten",
        ),
    ],
)
def test_the_statement_after_an_inserted_cue_is_reported_by_the_same_speaker(text: str, second: str) -> None:
    quotes = reported(text)
    assert len(quotes) == 2
    (_, speaker, cue), (words, second_speaker, second_cue) = quotes
    assert (words, second_speaker, second_cue) == (second, speaker, cue)
    assert speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        # narration goes on after the cue: a coordinated verb, a subordinate clause in the indicative
        "Es sei ein gutes Gespräch gewesen, sagte Peter Oberreiter und verließ den Saal.",
        "Es sei ein gutes Gespräch gewesen, sagte Peter Oberreiter, als er den Saal verließ.",
        # the cue ends the sentence
        "Es sei ein gutes Gespräch gewesen, sagte Peter Oberreiter.",
    ],
)
def test_narration_after_an_inserted_cue_is_not_reported(text: str) -> None:
    assert [words for words, _, _ in reported(text)] == ["Es sei ein gutes Gespräch gewesen"]
