"""Credits and bylines name photographers and authors, never people of the story."""

from __future__ import annotations

import quotekit
from quotekit.stages.speakers.credits import credit_spans


def _credits(text: str) -> list[str]:
    return [text[start:end] for start, end in credit_spans(text)]


def test_photo_credits_and_bylines_are_found_on_their_lines() -> None:
    text = (
        "Von Martina Keller | 14.03.2026, 16:12 Uhr\n\n"
        "Die Direktorin vor dem Eingang. Foto: Keystone/Peter Muster\n"
        "Von einem Skandal sprach die Partei.\n"
        "Das Bild: ein Trümmerfeld.\n"
    )
    assert _credits(text) == ["Von Martina Keller | 14.03.2026, 16:12 Uhr", "Foto: Keystone/Peter Muster"]


def test_a_photographer_is_no_speaker() -> None:
    text = (
        "Schüler vor der Schule. Bild: Kleine Zeitung/Jürgen Fuchs\n\n"
        "„Wir lernen nichts, wenn niemand da ist.“\n\n"
        "Die Schüler streiken seit Montag."
    )
    names = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert "Jürgen Fuchs" not in names


def test_an_interviewers_credit_names_no_speaker() -> None:
    text = (
        "Die Verkehrsstadträtin über Grundwasser und Geduld.\n\n"
        "Interview: Stefan Gruber\n\n"
        "Eigentlich hätten die ersten Bahnen schon 2027 fahren sollen. Am Montag musste die Stadt einräumen, "
        "dass daraus nichts wird."
    )
    assert _credits(text) == ["Interview: Stefan Gruber"]
    names = [q.speaker.name if q.speaker else None for q in quotekit.extract(text)]
    assert "Stefan Gruber" not in names


def test_an_author_credit_is_a_name_alone_on_its_line() -> None:
    text = "Interview: Ministerin Anna Berg über die Bahn\n\nText: Die Regierung plant neue Gesetze.\n\nText: Anna Muster"
    assert _credits(text) == ["Text: Anna Muster"]


def test_a_byline_after_a_section_and_a_date_set_off_by_bars_names_the_author_no_speaker() -> None:
    text = (
        "Gletscherbericht: Kees verliert 42 Meter\n\nWissenschaft | 11.04.2025 | Von Elias Pichlmayr\n\n"
        "Im Mittel hätten die Gletscher 24,6 Meter an Länge verloren."
    )
    assert credit_spans(text) == [(text.index("Wissenschaft"), text.index("\n\nIm"))]
    assert all(q.speaker is None or q.speaker.name != "Elias Pichlmayr" for q in quotekit.extract(text))
