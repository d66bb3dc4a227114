"""The label-scheme layer and the rules on top of it, on hand-built Docs in TIGER and in UD labels."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotekit.stages.cues import find_cues
from quotekit.stages.reported import find_indirect_quotes
from quotekit.syntax import labels
from quotekit.syntax.mentions import speaker_of_cue

GERMAN = spacy.blank("de")  # a German vocab, so lexical attributes such as lower_ are set
WORDS = ["Stoltenberg", "fügte", "hinzu", ",", "dass", "die", "NATO", "Kontakte", "halte", "."]
HEADS = [1, 1, 1, 8, 8, 6, 8, 8, 1, 1]
POS = ["PROPN", "VERB", "ADP", "PUNCT", "SCONJ", "DET", "PROPN", "NOUN", "VERB", "PUNCT"]
TAGS = ["NE", "VVFIN", "PTKVZ", "$,", "KOUS", "ART", "NE", "NN", "VVFIN", "$."]
LEMMAS = ["Stoltenberg", "fügen", "hinzu", ",", "dass", "der", "NATO", "Kontakt", "halten", "."]
DEPS = {
    labels.Scheme.TIGER: ["sb", "ROOT", "svp", "punct", "cp", "nk", "sb", "oa", "oc", "punct"],
    labels.Scheme.UD: [
        "nsubj",
        "ROOT",
        "compound:prt",
        "punct",
        "mark",
        "det",
        "nsubj",
        "obj",
        "ccomp",
        "punct",
    ],
}


def make_doc(scheme: labels.Scheme) -> Doc:
    return Doc(GERMAN.vocab, words=WORDS, heads=HEADS, deps=DEPS[scheme], pos=POS, tags=TAGS, lemmas=LEMMAS)


@pytest.fixture(params=list(labels.Scheme), ids=lambda s: s.value)
def scheme(request: pytest.FixtureRequest) -> labels.Scheme:
    return request.param  # type: ignore[no-any-return]


def test_scheme_is_detected(scheme: labels.Scheme) -> None:
    assert labels.scheme_of(make_doc(scheme)) is scheme


def test_relations_are_read_in_either_scheme(scheme: labels.Scheme) -> None:
    doc = make_doc(scheme)
    assert labels.is_subject(doc[0])
    assert labels.is_subject(doc[6])
    assert not labels.is_subject(doc[7])
    assert labels.is_object(doc[7])
    assert labels.is_separable_particle(doc[2])
    assert labels.is_clausal_complement(doc[8])
    assert not labels.is_clausal_complement(doc[7])
    assert labels.is_root(doc[1])


def test_separable_speech_verb_is_one_cue(scheme: labels.Scheme) -> None:
    doc = make_doc(scheme)
    verbs = [cue for cue in find_cues(doc) if cue.kind == "verb"]
    found = [(cue.lemma, cue.text, doc.text[slice(*cue.particle or (0, 0))], cue.tokens) for cue in verbs]
    assert found == [("hinzufügen", "fügte", "hinzu", (1, 2))]


def test_speaker_is_the_subject_of_the_cue(scheme: labels.Scheme) -> None:
    doc = make_doc(scheme)
    cue = next(cue for cue in find_cues(doc) if cue.kind == "verb")
    mention = speaker_of_cue(doc, cue)
    assert mention is not None
    assert doc.text[mention[0] : mention[1]] == "Stoltenberg"


def test_dass_clause_is_reported_speech(scheme: labels.Scheme) -> None:
    doc = make_doc(scheme)
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    # The corpus keeps "dass" in the reported clause; quotekit does the same.
    assert [doc.text[q.start : q.end] for q in quotes] == ["dass die NATO Kontakte halte"]
    assert quotes[0].kind == "indirect"
    assert quotes[0].mention is not None
    assert doc.text[quotes[0].mention[0] : quotes[0].mention[1]] == "Stoltenberg"


def test_unparsed_doc_defaults_to_ud() -> None:
    assert labels.scheme_of(Doc(GERMAN.vocab, words=["Hallo", "Welt"])) is labels.Scheme.UD


def test_a_pronoun_tagged_both_demonstrative_and_relative_is_relative_only_after_a_comma() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quotekit.syntax.labels import is_relative_pronoun

    words = ["Das", "sei", "geschehen", ",", "das", "er", "sah"]
    morphs = ["PronType=Dem,Rel" if word.lower() == "das" else "" for word in words]
    doc = Doc(Vocab(), words=words, morphs=morphs)
    assert not is_relative_pronoun(doc[0])
    assert is_relative_pronoun(doc[4])
