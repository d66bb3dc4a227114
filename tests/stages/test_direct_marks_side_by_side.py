"""Quoted fragments beside other marks in one sentence: a title in marks before a fragment stands inside the
fragment's sentence, a clause after a fragment's comma that quotes words of its own attributes those, and a
speaker's mention does not end on the preposition of a name in marks left out of it."""

from __future__ import annotations

import pytest

import quotekit


def _quoted(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            q.text,
            None if q.speaker is None else q.speaker.name,
            None if q.speaker is None or q.speaker.mention is None else q.speaker.mention.text,
        )
        for q in quotekit.extract(text)
    ]


def test_a_fragment_right_after_a_title_in_marks_is_said_by_the_subject_before_both() -> None:
    text = "Der Filmkritiker Thomas Ammann nannte den Siegerfilm auf der Plattform «Kinoblick» «solide, aber mutlos»."
    assert [(content, name) for content, name, _ in _quoted(text)] == [
        ("solide, aber mutlos", "Thomas Ammann")
    ]


def test_a_fragment_keeps_its_own_verb_when_the_next_clause_quotes_words_of_its_own() -> None:
    text = (
        "Kritiker Wolfgang Seeber von den „Kremsauer Nachrichten“ lobte Oberrauch als „Glücksfall“, hielt die "
        "Inszenierung aber für „überfrachtet“."
    )
    assert _quoted(text) == [
        ("Glücksfall", "Wolfgang Seeber", "Kritiker Wolfgang Seeber"),
        ("überfrachtet", "Wolfgang Seeber", "Kritiker Wolfgang Seeber"),
    ]


def test_a_cue_after_a_fragments_comma_with_no_marks_of_its_own_still_attributes_it() -> None:
    assert [content for content, _, _ in _quoted("Er nannte den Plan „mutig“, sagte er am Montag.")] == [
        "Er nannte den Plan „mutig“",
        "mutig",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Vor dem Rathaus protestierten rund 60 Geschäftsleute, auf ihren Plakaten stand „Innenstadt retten statt "
        "abkassieren“.",
        "Seit Montag hängt an der Glastür ein laminierter Zettel: „Aufnahmestopp – bitte haben Sie Verständnis“.",
        "Die Bäckerei hat ein Schild mit der Aufschrift „Wir haben trotzdem offen“ ins Fenster gehängt.",
    ],
)
def test_the_words_a_sign_carries_are_no_quotation(text: str) -> None:
    assert _quoted(text) == []


def test_a_speaker_before_a_colon_is_no_sign() -> None:
    assert [content for content, _, _ in _quoted("Der Bürgermeister sagte: „Wir halten durch.“")] == [
        "Wir halten durch."
    ]
