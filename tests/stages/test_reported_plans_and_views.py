"""Where a report goes on and where it stops, on the shapes real news writes: a "soll" that gives a plan by its
date is the newsroom's schedule, a "soll" with a perfect infinitive a claim told by hearsay; an ob-clause someone
has yet to decide or no one can answer reports nothing; a hypothesis right after a report is the speaker's where
it gives their view, holds a Konjunktiv I or the report goes on after it; "erfahren" (to learn) reports nothing
its subject said; a Konjunktiv the tagger calls an adjective before an adverbial one is still a verb."""

from __future__ import annotations

import pytest

import quotekit


def _contents(text: str) -> list[str]:
    return [q.text for q in quotekit.extract(text)]


def test_a_soll_sentence_that_gives_a_plan_by_its_date_does_not_go_on_with_the_report() -> None:
    text = (
        "Der Konzern baue 600 Stellen ab, sagte der Vorstandschef. Die Gespräche mit dem Betriebsrat sollen in "
        "der kommenden Woche beginnen."
    )
    assert _contents(text) == ["Der Konzern baue 600 Stellen ab"]


@pytest.mark.parametrize(
    "claim",
    ["Ein Wanderer soll am Montag eine Zigarette weggeworfen haben", "Das Motiv soll Rache sein"],
)
def test_a_soll_claim_goes_on_with_the_report_whatever_its_date(claim: str) -> None:
    assert _contents(f"Der Brand sei gelegt worden, sagte der Sprecher. {claim}.") == [
        "Der Brand sei gelegt worden",
        claim,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat tagte. Ob das Projekt nach einem Jahr verlängert wird, will der Stadtrat nach einer "
        "Auswertung im Herbst entscheiden.",
        "Die Lage ist ernst. Ob der Damm den nächsten Sommer übersteht, kann derzeit niemand sagen.",
    ],
)
def test_an_ob_clause_left_open_reports_nothing(text: str) -> None:
    assert _contents(text) == []


def test_an_ob_clause_after_a_verb_of_asking_reports_the_question() -> None:
    assert _contents("Der Richter wollte wissen, ob er das Auto verkauft habe.") == [
        "ob er das Auto verkauft habe"
    ]


@pytest.mark.parametrize(
    ("text", "hypothesis"),
    [
        (
            "Der Veranstalter habe die Zahl der Stationen erhöht, sagte Wilmes. Eine Absage wäre aus seiner Sicht "
            "nicht zu rechtfertigen gewesen.",
            "Eine Absage wäre aus seiner Sicht nicht zu rechtfertigen gewesen",
        ),
        (
            "Die Pflege brauche höhere Gehälter, sagte Strasser. Die Landesregierung hätte das Paket schon vor drei "
            "Jahren vorlegen können, als die Personalnot längst bekannt gewesen sei.",
            "Die Landesregierung hätte das Paket schon vor drei Jahren vorlegen können, als die Personalnot längst "
            "bekannt gewesen sei",
        ),
        (
            "Ein Stadttheater müsse auch Abende zeigen, über die gestritten werde, sagte die Intendantin. Es wäre "
            "fatal, nur noch auf Nummer sicher zu gehen. Zudem sei das Haus voll gewesen.",
            "Es wäre fatal, nur noch auf Nummer sicher zu gehen",
        ),
    ],
)
def test_a_hypothesis_inside_a_report_is_the_speakers(text: str, hypothesis: str) -> None:
    assert hypothesis in _contents(text)


def test_the_narrators_hypothesis_between_a_report_and_narration_stays_out() -> None:
    text = "Die Stadt habe zu spät reagiert, sagte er. Es wäre nicht das erste Mal. Der Bürgermeister wies das zurück."
    assert _contents(text) == ["Die Stadt habe zu spät reagiert"]


def test_what_someone_learned_is_no_report_of_theirs() -> None:
    assert _contents("Die Eltern erfuhren erst am Montag, dass die Lehrerin noch im Studium ist.") == []


def test_a_konjunktiv_tagged_as_an_adjective_before_an_adverbial_one_is_a_verb() -> None:
    text = "Der Betrieb in allen Filialen laufe uneingeschränkt weiter, teilte die Geschäftsführung mit."
    assert _contents(text) == ["Der Betrieb in allen Filialen laufe uneingeschränkt weiter"]
