"""A quotation with no cue of its own takes its speaker from the sentence around it: not from people in general
that the sentence before speaks of ("Viele Stammgäste wichen … aus"), and from a name the next sentence gives
with a role the word lists lack ("Brunnenmeister Ueli Gerber steht …")."""

from __future__ import annotations

import pytest

import quotekit


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.name) for q in quotekit.extract(text)]


@pytest.mark.parametrize(
    "narration",
    [
        "Viele Stammgäste wichen deshalb schon in die Nachbarorte aus.",
        "Gerade ältere Frauen mieden die Wege am Abend.",
        "140 Beschäftigte bangen nun um ihre Stellen.",
    ],
)
def test_people_in_general_are_what_the_speaker_spoke_of(narration: str) -> None:
    text = (
        "Im Ort fehlten seit Jahren gute Betten, sagte Obmann Hannes Pirchner. "
        f"{narration} »Wer vier Sterne sucht, findet bei uns genau ein Hotel.«"
    )
    assert _speakers(text)[-1] == (
        "Wer vier Sterne sucht, findet bei uns genau ein Hotel.",
        "Hannes Pirchner",
    )


def test_a_group_the_text_knows_still_speaks_after_a_speaker() -> None:
    text = (
        "Im Ort fehlten seit Jahren gute Betten, sagte Obmann Hannes Pirchner. Die Anrainerinnen des Hotels "
        "sind empört. »Uns hat niemand gefragt.«"
    )
    assert _speakers(text)[-1] == ("Uns hat niemand gefragt.", "Die Anrainerinnen des Hotels")


def test_a_role_the_lists_lack_before_the_name_after_an_opening_quotation() -> None:
    text = (
        "Wer sich nicht daran halte, müsse mit einer Busse rechnen, hiess es in der Mitteilung der Gemeinde "
        "Schwendital.\n\n«So tief waren die Quellen in den 30 Jahren, die ich hier arbeite, noch nie.» Brunnenmeister "
        "Ueli Gerber steht in der Brunnenstube oberhalb des Dorfes."
    )
    assert _speakers(text)[-1] == (
        "So tief waren die Quellen in den 30 Jahren, die ich hier arbeite, noch nie.",
        "Ueli Gerber",
    )
