"""The Konjunktiv by word form."""

from __future__ import annotations

import pytest

from quotekit.lang.de import mood
from quotekit.lang.de.mood import has_konjunktiv_one_ending, is_subjunctive_form, shared_with_indicative


@pytest.mark.parametrize(("form", "lemma"), [("halte", "halten"), ("ändere", "ändern"), ("gebe", "")])
def test_konjunktiv_one_ending(form: str, lemma: str) -> None:
    assert has_konjunktiv_one_ending(form, lemma)


def test_a_preterite_has_no_konjunktiv_one_ending() -> None:
    assert not has_konjunktiv_one_ending("sagte", "sagte")


def test_unambiguous_forms() -> None:
    assert is_subjunctive_form("sei")
    assert not is_subjunctive_form("ist")


def test_plural_and_konjunktiv_two_forms_are_shared_with_the_indicative() -> None:
    assert shared_with_indicative("haben")
    assert shared_with_indicative("wäre")
    assert not shared_with_indicative("seien")
    assert not shared_with_indicative("sei")


@pytest.mark.parametrize(
    ("form", "reports"),
    [
        ("sei", True),  # Konjunktiv I
        ("könne", True),
        ("hätten", True),  # Konjunktiv II for "haben", which the indicative shares
        ("würden", True),
        ("könnten", True),
        ("hätte", False),  # beside "habe": what might be
        ("könnte", False),
        ("wäre", False),
        ("wären", False),  # beside "seien"
        ("dürfte", False),
    ],
)
def test_konjunktiv_two_reports_only_where_it_replaces_an_ambiguous_konjunktiv_one(
    form: str, reports: bool
) -> None:
    assert mood.replaces_konjunktiv_one(form) is reports


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("diene", "dienen", True),
        ("gehöre", "gehöre", True),  # no lemma to check: the ending alone
        ("erkläre", "erklären", True),
        ("entspräche", "entspräche", False),  # Konjunktiv II of "entsprach"
        ("sagte", "sagen", False),
    ],
)
def test_a_konjunktiv_one_ending_stands_against_a_preterite_tag(
    form: str, lemma: str, expected: bool
) -> None:
    assert mood.konjunktiv_one_whatever_tense(form, lemma) is expected
