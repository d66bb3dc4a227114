"""Verb forms: finite or not, and the Konjunktiv, from morphology, tags and German forms."""

from __future__ import annotations

import pytest
from tests.handbuilt import build

from quotekit.syntax.labels import Scheme
from quotekit.syntax.verbs import (
    impersonal_in_report,
    indicative_verb_second,
    is_konjunktiv_one,
    is_subjunctive,
)


@pytest.mark.parametrize(
    ("word", "lemma", "morph", "expected"),
    [
        ("sei", "sein", "", True),
        ("hätten", "haben", "", True),
        ("halte", "halten", "VerbForm=Fin", True),
        ("sagte", "sagen", "VerbForm=Fin", False),
        ("hält", "halten", "VerbForm=Fin", False),
        ("riefe", "rufen", "Mood=Sub|VerbForm=Fin", True),  # the morphology decides where the form may be one
        ("macht", "machen", "Mood=Sub|VerbForm=Fin", False),  # but not against a form no Konjunktiv has
        ("erscheine", "erschein", "Mood=Ind|Tense=Past|VerbForm=Fin", True),  # a lemma that is the bare stem
    ],
)
def test_konjunktiv_from_morphology_and_forms(
    scheme: Scheme, word: str, lemma: str, morph: str, expected: bool
) -> None:
    doc = build(
        [("Er", "PRON", "1", "nsubj", "sb", "er"), (word, "VERB", "1", "ROOT", "ROOT", lemma, morph)], scheme
    )
    assert is_subjunctive(doc[1]) is expected


@pytest.mark.parametrize(
    ("morph", "expected"),
    [
        ("Mood=Ind|Person=1|Tense=Pres|VerbForm=Fin", True),  # the tagger read stem + "e": "raten"
        ("Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin", False),  # "nannte" gets a present tag too
        ("Mood=Ind|Person=1|Tense=Past|VerbForm=Fin", False),
    ],
)
def test_a_form_in_te_with_an_unhelpful_lemma(scheme: Scheme, morph: str, expected: bool) -> None:
    # "Sie rette das Projekt": the lemmatiser gives "ret", so the lemma cannot say the "t" is the stem's.
    # (an unlisted form: frequent ones such as "rate" or "bedeute" are listed, `mood_konjunktiv_one_forms.txt`)
    rows = [("Sie", "PRON", "1", "nsubj", "sb", "sie"), ("rette", "VERB", "1", "ROOT", "ROOT", "ret", morph)]
    assert is_subjunctive(build(rows, scheme)[1]) is expected


def test_a_preterite_whose_lemma_only_adds_n_is_no_konjunktiv_one(scheme: Scheme) -> None:
    # "Harry Kewell stoppte den Ball" with the lemma "stoppten": the lemmatiser echoed the form, which is no
    # evidence against the preterite tag (before the fix it was a Konjunktiv I)
    morph = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("stoppte", "VERB", "1", "ROOT", "ROOT", "stoppten", morph),
    ]
    assert not is_konjunktiv_one(build(rows, scheme)[1])


def test_a_listed_konjunktiv_one_whose_lemma_only_adds_n_stays_one(scheme: Scheme) -> None:
    # "Sein Mandant streite alles ab" (lemma "streiten"): the t-stem's Konjunktiv I is listed, whatever its tense tag
    morph = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("streite", "VERB", "1", "ROOT", "ROOT", "streiten", morph),
    ]
    assert is_konjunktiv_one(build(rows, scheme)[1])


def test_a_participle_as_adjective_tagged_finite_is_no_konjunktiv(scheme: Scheme) -> None:
    # "Die … abgegebene Erklärung wurde …" with "abgegebene" tagged VVFIN: stem + "e" of its lemma, but no verb
    morph = "Mood=Ind|Tense=Past|VerbForm=Fin"
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("abgegebene", "ADJ", "1", "ROOT", "ROOT", "abgegeben", morph),
    ]
    assert not is_subjunctive(build(rows, scheme)[1])


def test_a_listed_konjunktiv_one_in_te_is_one_whatever_its_tag(scheme: Scheme) -> None:
    morph = "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin"
    rows = [("Sie", "PRON", "1", "nsubj", "sb", "sie"), ("rate", "VERB", "1", "ROOT", "ROOT", "rat", morph)]
    assert is_subjunctive(build(rows, scheme)[1])


def test_first_person_e_form_is_indicative(scheme: Scheme) -> None:
    doc = build(
        [("ich", "PRON", "1", "nsubj", "sb", "ich"), ("halte", "VERB", "1", "ROOT", "ROOT", "halten")], scheme
    )
    assert not is_subjunctive(doc[1])


def test_the_two_finite_verb_tests_differ_on_an_unmarked_verb(scheme: Scheme) -> None:
    from quotekit.syntax.verbs import could_be_finite, is_finite

    # A VERB with no tag and no morphology: nothing says it is finite, nothing says it is not.
    doc = build(
        [("Er", "PRON", "1", "nsubj", "sb", "er"), ("geht", "VERB", "1", "ROOT", "ROOT", "gehen")], scheme
    )
    assert could_be_finite(doc[1])
    assert not is_finite(doc[1])


def test_both_finite_verb_tests_agree_on_the_morphology(scheme: Scheme) -> None:
    from quotekit.syntax.verbs import could_be_finite, is_finite

    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("geht", "VERB", "1", "ROOT", "ROOT", "gehen", "VerbForm=Fin"),
    ]
    doc = build(rows, scheme)
    assert is_finite(doc[1])
    assert could_be_finite(doc[1])


def test_man_on_the_auxiliary_of_a_konjunktiv_speech_verb_makes_it_part_of_a_report(scheme: Scheme) -> None:
    # "Man habe bereits angekündigt, …": "man" hangs on the auxiliary before the participle; "Er sagte, man
    # werde prüfen" keeps its cue: "man" belongs to the clause it reports.
    reported = [
        ("Man", "PRON", "1", "nsubj", "sb", "man"),
        ("habe", "AUX", "3", "aux", "ROOT", "haben", "Mood=Sub|Number=Sing|Person=3|VerbForm=Fin"),
        ("bereits", "ADV", "3", "advmod", "mo", "bereits"),
        ("angekündigt", "VERB", "3", "ROOT", "oc", "ankündigen", "VerbForm=Part"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    doc = build(reported, scheme)
    assert impersonal_in_report(doc[3])
    said = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen", "Mood=Ind|Number=Sing|Person=3|VerbForm=Fin"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("man", "PRON", "4", "nsubj", "sb", "man"),
        ("werde", "AUX", "1", "ccomp", "oc", "werden", "Mood=Sub|Number=Sing|Person=3|VerbForm=Fin"),
        ("prüfen", "VERB", "4", "xcomp", "oc", "prüfen", "VerbForm=Inf"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(said, scheme)
    assert not impersonal_in_report(doc[1])


@pytest.mark.parametrize(
    ("first_place", "expected"),
    [
        (["Kundinnen", "und", "Kunden"], True),  # a coordinated subject stands in first place too
        (["die", "Kunden"], True),
        (["und", "Kunden"], False),  # (a clause joined on, no phrase of its own before the verb)
    ],
)
def test_an_indicative_main_clause_opens_with_one_noun_phrase(
    scheme: Scheme, first_place: list[str], expected: bool
) -> None:
    pos = {"und": "CCONJ", "die": "DET"}
    rows = [(word, pos.get(word, "NOUN"), str(len(first_place)), "nsubj", "sb", word) for word in first_place]
    rows += [("erhielten", "VERB", str(len(first_place)), "ROOT", "ROOT", "erhalten", "VerbForm=Fin")]
    rows += [("Geld", "NOUN", str(len(first_place)), "obj", "oa", "Geld")]
    doc = build(rows, scheme)
    assert indicative_verb_second(list(doc), doc[len(first_place)]) is expected
