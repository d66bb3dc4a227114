"""Reported clauses the parse or the word lists cut short: a separable verb of calling out ("rief … zu"), a sports
verb of complaining ("reklamierten"), an adjective the tagger calls a verb after "und", and a clause whose verb the
parse hangs elsewhere than on the cue."""

from __future__ import annotations

import quotekit


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.kind.value, q.text) for q in quotekit.extract(text)]


def test_a_verb_of_calling_out_to_someone_reports_the_clause_before_it() -> None:
    text = "Die geplanten Auflagen seien „ein Berufsverbot auf Raten“, rief er den Demonstranten zu."
    assert _quotes(text) == [
        ("mixed", "Die geplanten Auflagen seien „ein Berufsverbot auf Raten“"),
        ("direct", "ein Berufsverbot auf Raten"),
    ]


def test_a_complaint_on_the_pitch_reports_its_clause() -> None:
    text = "Die Gäste reklamierten, Glattals Captain Reto Hürlimann habe den Goalie behindert."
    assert _quotes(text) == [("indirect", "Glattals Captain Reto Hürlimann habe den Goalie behindert")]


def test_a_claim_to_a_title_reports_nothing() -> None:
    assert _quotes("Der Verein reklamierte den Titel für sich.") == []


def test_an_adjective_tagged_as_a_verb_after_und_does_not_end_the_clause() -> None:
    # "starkem" before its noun is no finite verb opening a new predicate
    text = (
        "Meier sagte am Dienstag, die Kombination aus Neuschnee und starkem Nordwestwind sei „besonders "
        "tückisch“."
    )
    assert _quotes(text) == [
        ("mixed", "die Kombination aus Neuschnee und starkem Nordwestwind sei „besonders tückisch“"),
        ("direct", "besonders tückisch"),
    ]


def test_a_new_predicate_after_und_still_ends_the_clause() -> None:
    text = "Köhler sagte, sie müssten ihre Zurückhaltung aufgeben, und bemühte sich um Ausgleich."
    assert _quotes(text) == [("indirect", "sie müssten ihre Zurückhaltung aufgeben")]


def test_a_verb_after_a_comma_the_tagger_calls_an_adjective_still_closes_the_report() -> None:
    text = (
        "Ihre Fraktion werde im April beantragen, die Sperrung bis zum Ende der Probephase im Herbst "
        "beizubehalten, kündigte Leupold an."
    )
    quotes = quotekit.extract(text)
    assert [(q.kind.value, q.cue.words if q.cue else None) for q in quotes] == [("indirect", "kündigte … an")]


def test_a_dass_clause_opened_before_its_marks_is_reported_with_its_fragment() -> None:
    # the verb is inside the marks, but "dass" and the subject before them make it a reported clause
    text = "Kälin räumte ein, dass die Kommunikation «hätte früher erfolgen können»."
    assert _quotes(text) == [
        ("mixed", "dass die Kommunikation «hätte früher erfolgen können»"),
        ("direct", "hätte früher erfolgen können"),
    ]


def test_a_clause_that_is_all_marks_after_dass_stays_the_direct_quotation() -> None:
    assert _quotes("Er sagte, dass „wir alle das gewollt haben“.") == [
        ("direct", "wir alle das gewollt haben")
    ]
