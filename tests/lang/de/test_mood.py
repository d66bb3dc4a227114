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


@pytest.mark.parametrize(
    ("form", "lemma", "indicative"),
    [
        ("warnt", "warnen", True),  # a third person in "-t": no Konjunktiv ends so
        ("hat", "haben", True),
        ("durfte", "dürfen", True),  # the Konjunktiv II takes the umlaut: "dürfte"
        ("mochte", "mögen", True),
        ("warnet", "warnen", False),
        ("dürfte", "dürfen", False),
        ("sei", "sein", False),
        ("sagte", "sagen", False),  # a weak preterite has the Konjunktiv II's shape
    ],
)
def test_some_forms_are_indicative_by_their_shape(form: str, lemma: str, indicative: bool) -> None:
    assert mood.indicative_by_shape(form, lemma) is indicative


def test_a_weak_preterite_shape_reports_nothing() -> None:
    assert mood.weak_preterite_shape("mahnte")
    assert mood.weak_preterite_shape("warteten")  # the plural too: "würden warten" reports
    assert not mood.weak_preterite_shape("befänden")  # a strong verb's Konjunktiv II has its umlaut
    assert not mood.weak_preterite_shape("sollten")  # listed
    assert not mood.weak_preterite_shape("hätte")  # listed (and with an umlaut)
    assert not mood.weak_preterite_shape("sollte")  # listed


def test_an_umlaut_of_the_verbs_own_stem_keeps_a_weak_preterite_shape() -> None:
    # "kämpfte" of "kämpfen", "fürchtete" of "fürchten": the umlaut is the stem's, no Konjunktiv II's
    assert mood.weak_preterite_shape("kämpfte", "kämpfen")
    assert mood.weak_preterite_shape("fürchtete", "fürchten")
    assert mood.weak_preterite_shape("wählten", "wählen")
    assert not mood.weak_preterite_shape("kämpfte")  # without the lemma the umlaut may be a Konjunktiv's
    assert not mood.weak_preterite_shape("dürfte", "dürfen")  # listed: the modal's Konjunktiv II
    assert not mood.weak_preterite_shape("brächte", "bringen")
    assert not mood.weak_preterite_shape("träte", "treten")  # a strong verb's Konjunktiv II
    # a lemmatiser's echo of a Konjunktiv II ("aufträen") is no weak verb's stem, which ends in a consonant
    assert not mood.weak_preterite_shape("aufträten", "aufträen")


def test_a_plural_the_preterite_shares_is_told_from_one_in_umlaut() -> None:
    assert mood.preterite_plural_shared("gingen")
    assert mood.preterite_plural_shared("blieben")
    assert not mood.preterite_plural_shared("kämen")  # the umlaut tells the Konjunktiv II
    assert not mood.preterite_plural_shared("seien")
    assert not mood.preterite_plural_shared("gingen.")  # not listed


def test_a_tagger_mood_against_the_shape_does_not_make_a_konjunktiv() -> None:
    from tests.handbuilt import build

    from quotekit.syntax.verbs import is_reported_subjunctive, is_subjunctive

    sub = "Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    doc = build(
        [
            ("warnt", "VERB", "0", "ROOT", "ROOT", "warnen", sub),
            ("mahnte", "VERB", "1", "ROOT", "ROOT", "mahnen", sub),
            ("sei", "AUX", "2", "ROOT", "ROOT", "sein", sub),
        ]
    )
    assert not is_subjunctive(doc[0])  # the tagger's mood against a form no Konjunktiv has
    assert is_subjunctive(doc[1])
    assert not is_reported_subjunctive(doc[1])  # a weak preterite's shape: narration
    assert is_reported_subjunctive(doc[2])


@pytest.mark.parametrize(
    ("form", "umlaut"),
    [
        ("bekämen", True),  # "kämen" after a prefix: no preterite has the umlaut
        ("befänden", True),  # "fänden" (listed in the plural only: "befände" has "befinde" beside it)
        ("entspräche", True),
        ("hätten", True),
        ("wollten", False),  # listed, but also the preterite
        ("bekamen", False),
        ("gefährde", False),
    ],
)
def test_a_konjunktiv_two_is_known_by_its_umlaut_also_after_a_prefix(form: str, umlaut: bool) -> None:
    assert mood.has_konjunktiv_two_umlaut(form) is umlaut


@pytest.mark.parametrize(
    ("form", "apart"), [("hatten", True), ("konnten", True), ("brachten", True), ("fehlten", False)]
)
def test_a_preterite_whose_konjunktiv_two_takes_an_umlaut_has_it_apart(form: str, apart: bool) -> None:
    # "hatten" is only the indicative: its Konjunktiv II is "hätten"; "fehlten" is both
    assert mood.umlaut_konjunktiv_two_apart(form) is apart
