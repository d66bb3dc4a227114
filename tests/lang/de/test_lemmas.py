"""German word forms: lemma repair for speech verbs, speech-noun compounds, title trigger inflections."""

from __future__ import annotations

import pytest

from quotekit.lang.de.lemmas import (
    is_particle_participle,
    is_speech_noun_form,
    lemma_candidates,
    particle_verb_bases,
    strip_ge,
    title_trigger_forms,
)


@pytest.mark.parametrize(
    ("lemma", "form", "expected"),
    [
        ("betonte", "betonte", "betonen"),  # a lemmatiser that keeps the preterite
        ("angekündigen", "angekündigt", "ankündigen"),  # a participle's "ge" left in the lemma
        ("forderen", "forderte", "fordern"),
        ("angenommen", "angenommen", "annehmen"),  # a strong participle after its particle
        ("nahm", "nahm", "nehmen"),
        ("verlas", "verlas", "verlesen"),
    ],
)
def test_a_garbled_lemma_is_repaired(lemma: str, form: str, expected: str) -> None:
    assert expected in lemma_candidates(lemma, form)


def test_participle_ge_is_stripped_after_a_particle() -> None:
    assert strip_ge("angekündigen") == "ankündigen"
    assert strip_ge("gehen") == "gehen"  # too short to be a participle


def test_a_particle_verb_has_its_base() -> None:
    assert "fügen" in particle_verb_bases()  # hinzufügen


def test_a_compound_ending_in_a_speech_noun_is_one() -> None:
    assert is_speech_noun_form("polizeiangaben", "polizeiangabe")
    assert not is_speech_noun_form("haus", "haus")


def test_trigger_words_are_inflected_and_compound_endings_kept_apart() -> None:
    whole, endings = title_trigger_forms(frozenset({"film", "-schiff"}))
    assert {"film", "films", "filme"} <= whole
    assert "schiffes" in endings
    assert "schiff" not in whole


def test_an_ieren_verb_keeps_its_lemma_beside_the_repairs() -> None:
    assert "kritisieren" in lemma_candidates("kritisiert", "kritisierte")
    assert "appellieren" in lemma_candidates("appelliern", "appellierte")
    assert "fordern" in lemma_candidates("forderen", "forderte")


@pytest.mark.parametrize(
    ("form", "participle"),
    [
        ("angekündigte", True),
        ("mitgeteilten", True),
        ("vorgeworfenen", True),
        ("zugestehen", False),  # an infinitive: "zu" and "gestehen"
        ("angehört", False),  # a finite verb in a subordinate clause ("dass er der Partei angehört")
        ("abgeben", False),
        ("gesagte", False),  # no particle before its "ge-"
    ],
)
def test_a_particle_then_ge_and_an_adjectives_ending_is_a_particle_verbs_participle(
    form: str, participle: bool
) -> None:
    assert is_particle_participle(form) is participle
