"""Reported speech a weak parse hides: a particle hung on the wrong verb, a Konjunktiv tagged as a noun, a
Swiss preposition tagged as a verb, an indirect question whose verb is tagged an infinitive, a listed
Konjunktiv with a preterite tag, and questions reported by their noun (hand-built docs, both label schemes)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as SpacySpan
from tests.handbuilt import Row, build, text_of

from quotekit.stages.cues import find_cues
from quotekit.stages.reported import find_indirect_quotes
from quotekit.syntax import labels
from quotekit.syntax.verbs import is_konjunktiv_one, konjunktiv_taken_for_other_word

Scheme = labels.Scheme


def reported(
    rows: list[Row], scheme: Scheme, tags: dict[int, str] | None = None
) -> list[tuple[list[str], str | None, str | None]]:
    doc = build(rows, scheme)
    for i, tag in (tags or {}).items():
        doc[i].tag_ = tag
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    return [
        (
            [doc.text[s:e] for s, e in q.parts],
            text_of(doc, q.mention),
            None if q.cue is None else " … ".join(p.text for p in q.cue.to_cue(doc.text).parts),
        )
        for q in quotes
    ]


def test_a_particle_across_a_comma_and_another_verb_is_not_the_speech_verbs(scheme: Scheme) -> None:
    # The parse hangs "zusammen" (of "arbeite … zusammen") on "sagte": "zusammensagen" is no speech verb,
    # and before the fix nothing was reported.
    rows: list[Row] = [
        ("Sprecherin", "NOUN", "2", "nsubj", "sb", "Sprecherin"),
        ("Korkmaz", "PROPN", "0", "flat:name", "pnc", "Korkmaz"),
        ("sagte", "VERB", "2", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("man", "PRON", "5", "nsubj", "sb", "man"),
        ("arbeite", "VERB", "2", "ccomp", "oc", "arbeiten", "Mood=Sub|VerbForm=Fin"),
        ("eng", "ADV", "5", "advmod", "mo", "eng"),
        ("mit", "ADP", "9", "case", "mo", "mit"),
        ("den", "DET", "9", "det", "nk", "der"),
        ("Behörden", "NOUN", "5", "obl", "nk", "Behörde"),
        ("zusammen", "ADP", "2", "compound:prt", "svp", "zusammen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {2: "VVFIN", 5: "VVFIN", 10: "PTKVZ"})
    assert found == [(["man arbeite eng mit den Behörden zusammen"], "Sprecherin Korkmaz", "sagte")]


def test_a_konjunktiv_the_tagger_calls_a_noun_after_a_focused_demonstrative_is_reported(
    scheme: Scheme,
) -> None:
    # "Genau das treibe den Preis": "treibe" tagged a noun after "das", which is its subject, not its article.
    rows: list[Row] = [
        ("Genau", "ADV", "2", "advmod", "mo", "genau"),
        ("das", "DET", "2", "det", "nk", "der"),
        ("treibe", "NOUN", "6", "ccomp", "oc", "treibe"),
        ("den", "DET", "4", "det", "nk", "der"),
        ("Preis", "NOUN", "2", "obl:arg", "oa", "Preis"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("sagte", "VERB", "6", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("der", "DET", "8", "det", "nk", "der"),
        ("Italiener", "NOUN", "6", "nsubj", "sb", "Italiener"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {2: "ADV", 6: "VVFIN"})
    assert found == [(["Genau das treibe den Preis"], "der Italiener", "sagte")]


def test_an_adjective_before_its_noun_after_das_stays_an_adjective(scheme: Scheme) -> None:
    # "Das neue Gesetz, sagte der Minister, …": no verb in "-e" between an article and its neuter noun.
    rows: list[Row] = [
        ("Das", "DET", "2", "det", "nk", "der"),
        ("neue", "NOUN", "2", "amod", "nk", "neue"),
        ("Gesetz", "NOUN", "4", "ccomp", "oc", "Gesetz"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("sagte", "VERB", "4", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("der", "DET", "6", "det", "nk", "der"),
        ("Minister", "NOUN", "4", "nsubj", "sb", "Minister"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    assert reported(rows, scheme, {4: "VVFIN"}) == []


def test_a_word_hung_on_the_zu_infinitive_opens_no_second_predicate(scheme: Scheme) -> None:
    # Swiss "innert" (within) tagged as a finite verb: the clause is still the zu-infinitive announced.
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("kündigte", "VERB", "1", "ROOT", "ROOT", "kündigen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("an", "ADP", "1", "compound:prt", "svp", "an"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("innert", "VERB", "9", "xcomp", "mo", "inneren", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("eines", "DET", "6", "det", "nk", "ein"),
        ("Jahres", "NOUN", "4", "obl:arg", "ag", "Jahr"),
        ("ein", "DET", "8", "det", "nk", "ein"),
        ("Projekt", "NOUN", "9", "obj", "oa", "Projekt"),
        ("vorzulegen", "VERB", "1", "xcomp", "oc", "vorlegen", "VerbForm=Inf"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {1: "VVFIN", 2: "PTKVZ", 4: "VVFIN", 9: "VVIZU"})
    assert found == [(["innert eines Jahres ein Projekt vorzulegen"], "Er", "kündigte … an")]


def _question_rows(verb: str, lemma: str) -> list[Row]:
    return [
        ("Hug", "PROPN", "1", "nsubj", "sb", "Hug"),
        ("wollte", "AUX", "1", "ROOT", "ROOT", "wollen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (verb, "VERB", "1", "xcomp", "oc", lemma, "VerbForm=Inf"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("warum", "ADV", "9", "advmod", "mo", "warum"),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Kosten", "NOUN", "9", "nsubj", "sb", "Kosten"),
        ("um", "ADP", "8", "case", "mo", "um"),
        ("vier", "NUM", "9", "obl", "nk", "vier"),
        ("stiegen", "VERB", "2", "ccomp", "oc", "stiegen", "VerbForm=Inf"),  # a weak tagger's infinitive
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]


def test_an_indirect_question_is_reported_whatever_the_tag_of_its_verb(scheme: Scheme) -> None:
    found = reported(_question_rows("wissen", "wissen"), scheme, {1: "VMFIN", 2: "VVINF", 9: "VVINF"})
    assert found == [(["warum die Kosten um vier stiegen"], "Hug", "wollte wissen")]


def test_a_question_word_after_a_verb_of_announcing_opens_no_question(scheme: Scheme) -> None:
    # "Welche Tiere einziehen, will der Tiergarten bekanntgeben": what will be announced is not yet said.
    found = reported(
        _question_rows("bekanntgeben", "bekanntgeben"), scheme, {1: "VMFIN", 2: "VVINF", 9: "VVINF"}
    )
    assert found == []


def _asked_rows(owner: list[Row]) -> list[Row]:
    """ "Auf die Frage [owner], ob sie komme, antwortete sie knapp." with `owner` after "Frage"."""
    n = len(owner)
    verb = 8 + n
    return [
        ("Auf", "ADP", "2", "case", "mo", "auf"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("Frage", "NOUN", str(verb), "obl", "mo", "Frage"),
        *owner,
        (",", "PUNCT", str(6 + n), "punct", "punct", ","),
        ("ob", "SCONJ", str(6 + n), "mark", "cp", "ob"),
        ("sie", "PRON", str(6 + n), "nsubj", "sb", "sie"),
        ("komme", "VERB", "2", "acl", "oc", "kommen", "Mood=Sub|VerbForm=Fin"),
        (",", "PUNCT", str(6 + n), "punct", "punct", ","),
        ("antwortete", "VERB", str(verb), "ROOT", "ROOT", "antworten", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("sie", "PRON", str(verb), "nsubj", "sb", "sie"),
        ("knapp", "ADV", str(verb), "advmod", "mo", "knapp"),
        (".", "PUNCT", str(verb), "punct", "punct", "."),
    ]


def test_a_question_asked_by_someone_is_reported_with_the_asker(scheme: Scheme) -> None:
    owner: list[Row] = [
        ("der", "DET", "4", "det", "nk", "der"),
        ("Richterin", "NOUN", "2", "nmod", "ag", "Richterin"),
    ]
    found = reported(_asked_rows(owner), scheme, {10: "VVFIN"})
    assert found == [(["ob sie komme"], "der Richterin", "Frage")]


def test_a_question_no_one_asks_is_no_reported_speech(scheme: Scheme) -> None:
    # "Auf die Frage, ob sie komme, antwortete sie knapp.": the answer is hers, the question nobody's.
    assert reported(_asked_rows([]), scheme, {8: "VVFIN"}) == []


def test_a_listed_konjunktiv_is_konjunktiv_one_against_a_preterite_tag() -> None:
    # "Für weitere Mitarbeitende gelte ab Januar Kurzarbeit" with "gelte" lemmatised "geln" and tagged past.
    rows: list[Row] = [
        ("Kurzarbeit", "NOUN", "1", "nsubj", "sb", "Kurzarbeit"),
        ("gelte", "VERB", "1", "ROOT", "ROOT", "geln", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc[1].tag_ = "VVFIN"
    assert is_konjunktiv_one(doc[1])


def test_a_particle_after_a_closed_relative_clause_stays_with_the_speech_verb(scheme: Scheme) -> None:
    # "Dies geht aus einer Meldung, die verbreitet wurde, hervor": the relative clause closes before "hervor".
    rows: list[Row] = [
        ("Dies", "PRON", "1", "nsubj", "sb", "dies"),
        ("geht", "VERB", "1", "ROOT", "ROOT", "gehen", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("aus", "ADP", "4", "case", "mo", "aus"),
        ("einer", "DET", "4", "det", "nk", "ein"),
        ("Meldung", "NOUN", "1", "obl", "nk", "Meldung"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("die", "PRON", "7", "nsubj:pass", "sb", "der"),
        ("verbreitet", "VERB", "4", "acl:relcl", "rc", "verbreiten", "VerbForm=Part"),
        ("wurde", "AUX", "7", "aux:pass", "oc", "werden", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (",", "PUNCT", "10", "punct", "punct", ","),
        ("hervor", "ADV", "1", "compound:prt", "svp", "hervor"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    for i, tag in {1: "VVFIN", 7: "VVPP", 8: "VAFIN", 10: "PTKVZ"}.items():
        doc[i].tag_ = tag
    verbs = [c for c in find_cues(doc) if c.head == 1]
    assert len(verbs) == 1
    assert verbs[0].particle == (doc[10].idx, doc[10].idx + len("hervor"))


def test_a_konjunktiv_one_of_a_t_stem_is_listed_whatever_its_lemma() -> None:
    # "bedeute" ends in "-te" as a preterite does: the -e rule cannot tell it without a good lemma.
    rows: list[Row] = [
        ("Das", "PRON", "1", "nsubj", "sb", "das"),
        ("bedeute", "ADV", "1", "ROOT", "ROOT", "bedeute"),
        ("viel", "ADV", "1", "advmod", "mo", "viel"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc[1].tag_ = "VVFIN"
    assert is_konjunktiv_one(doc[1])


def test_a_konjunktiv_one_tagged_a_determiner_with_a_finite_tag_is_the_verb() -> None:
    # "Ohne Sanierung drohe in wenigen Jahren der Kollaps": "drohe" a DET by its coarse tag, VVFIN by its fine one
    rows: list[Row] = [
        ("Ohne", "ADP", "1", "case", "mo", "ohne"),
        ("Sanierung", "NOUN", "2", "obl", "nk", "Sanierung"),
        ("drohe", "DET", "2", "ROOT", "ROOT", "drohe"),
        ("in", "ADP", "4", "case", "mo", "in"),
        ("Jahren", "NOUN", "2", "obl", "nk", "Jahr"),
        ("der", "DET", "6", "det", "nk", "der"),
        ("Kollaps", "NOUN", "2", "nsubj", "sb", "Kollaps"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc[2].tag_ = "VVFIN"
    assert konjunktiv_taken_for_other_word(doc[2])
    doc[2].tag_ = "ART"
    assert not konjunktiv_taken_for_other_word(doc[2])
    # a demonstrative by its fine tag, but the root of the sentence: no determiner is
    doc[2].tag_ = "PDAT"
    assert konjunktiv_taken_for_other_word(doc[2])


def test_a_lone_adverb_the_parse_makes_the_complement_stays_out_of_the_content(scheme: Scheme) -> None:
    # "erklärte anschließend, die Stadt sei pleite" with "anschließend" as the verb's complement: one word alone
    # is no clause, so the content is the clause after the comma (before the fix it began with the adverb).
    rows: list[Row] = [
        ("Maier", "PROPN", "1", "nsubj", "sb", "Maier"),
        ("erklärte", "VERB", "1", "ROOT", "ROOT", "erklären", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("anschließend", "ADJ", "1", "xcomp", "oc", "anschließend"),
        (",", "PUNCT", "7", "punct", "punc", ","),
        ("die", "DET", "5", "det", "nk", "der"),
        ("Stadt", "NOUN", "7", "nsubj", "sb", "Stadt"),
        ("sei", "AUX", "7", "cop", "mo", "sein", "Mood=Sub|Person=3|VerbForm=Fin"),
        ("pleite", "ADJ", "1", "xcomp", "oc", "pleite"),
        (".", "PUNCT", "1", "punct", "punc", "."),
    ]
    assert reported(rows, scheme) == [(["die Stadt sei pleite"], "Maier", "erklärte")]


def _relative_rows(relative: tuple[str, ...]) -> list[Row]:
    """ "Die Polizei befragte den Zeugen, der sagte, man solle handeln." with the relative pronoun as given."""
    return [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Polizei", "NOUN", "2", "nsubj", "sb", "Polizei"),
        ("befragte", "VERB", "2", "ROOT", "ROOT", "befragen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("den", "DET", "4", "det", "nk", "der"),
        ("Zeugen", "NOUN", "2", "obj", "oa", "Zeuge"),
        (",", "PUNCT", "7", "punct", "punc", ","),
        relative,
        ("sagte", "VERB", "4", "acl:relcl", "rc", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (",", "PUNCT", "11", "punct", "punc", ","),
        ("man", "PRON", "11", "nsubj", "sb", "man"),
        ("solle", "AUX", "11", "aux", "mo", "sollen", "Mood=Sub|Person=3|VerbForm=Fin"),
        ("handeln", "VERB", "7", "ccomp", "oc", "handeln"),
        (".", "PUNCT", "2", "punct", "punc", "."),
    ]


def test_an_article_tag_on_the_subject_of_a_relative_clause_is_a_relative_pronoun(scheme: Scheme) -> None:
    # A weak tagger calls the "der" of "…, der sagte, …" an article; the parse makes it the relative clause's
    # subject, which only a pronoun can be. Before the fix the cue had no speaker mention.
    article = ("der", "DET", "7", "nsubj", "sb", "der", "Case=Nom|PronType=Art")
    doc = build(_relative_rows(article), scheme)
    assert labels.is_relative_pronoun(doc[6])
    assert reported(_relative_rows(article), scheme) == [(["man solle handeln"], "der", "sagte")]


def test_an_article_before_its_noun_after_a_comma_is_no_relative_pronoun(scheme: Scheme) -> None:
    # "…, die Stadt sei pleite": the article of a noun after the comma opens no relative clause.
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (",", "PUNCT", "6", "punct", "punc", ","),
        ("die", "DET", "4", "det", "nk", "der", "PronType=Art"),
        ("Stadt", "NOUN", "6", "nsubj", "sb", "Stadt"),
        ("sei", "AUX", "6", "cop", "mo", "sein", "Mood=Sub|Person=3|VerbForm=Fin"),
        ("pleite", "ADJ", "1", "ccomp", "oc", "pleite"),
        (".", "PUNCT", "1", "punct", "punc", "."),
    ]
    doc = build(rows, scheme)
    assert not labels.is_relative_pronoun(doc[3])


def test_a_short_listed_konjunktiv_one_after_es_is_the_verb_whatever_its_tag(scheme: Scheme) -> None:
    # "teilte mit, es gebe Verspätungen" with "gebe" tagged an adjective of the noun after it: the impersonal
    # "es" opens the clause, and "gebe", a listed Konjunktiv I shorter than the ending rule reads, is its verb.
    # Before the fix nothing was reported.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Bahn", "NOUN", "2", "nsubj", "sb", "Bahn"),
        ("teilte", "VERB", "2", "ROOT", "ROOT", "teilen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("mit", "ADP", "2", "compound:prt", "svp", "mit"),
        (",", "PUNCT", "7", "punct", "punc", ","),
        ("es", "PRON", "7", "nsubj", "sb", "es"),
        ("gebe", "ADJ", "7", "amod", "nk", "geb"),
        ("Verspätungen", "NOUN", "2", "obl", "oa", "Verspätung"),
        (".", "PUNCT", "2", "punct", "punc", "."),
    ]
    assert reported(rows, scheme, tags={6: "ADJA"}) == [
        (["es gebe Verspätungen"], "Die Bahn", "teilte … mit")
    ]


def test_a_short_konjunktiv_two_is_not_read_as_a_mistagged_konjunktiv_one() -> None:
    # "läge" after a condition ("Wäre … geschmolzen, läge das Wrack …") is what might be; only short
    # Konjunktiv I forms ("gebe", "gehe") join the longer ones the ending rule reads.
    from quotekit.syntax.verbs import looks_like_konjunktiv

    rows: list[Row] = [
        ("es", "PRON", "1", "nsubj", "sb", "es"),
        ("gebe", "ADJ", "1", "ROOT", "ROOT", "geb"),
        ("läge", "ADJ", "1", "amod", "nk", "läge"),
        ("gute", "ADJ", "1", "amod", "nk", "gut"),
    ]
    doc = build(rows)
    assert looks_like_konjunktiv(doc[1])
    assert not looks_like_konjunktiv(doc[2])
    assert not looks_like_konjunktiv(doc[3])


def test_a_question_after_the_person_asked_is_reported_though_the_parse_makes_it_a_relative_clause(
    scheme: Scheme,
) -> None:
    # "Der Richter fragte den Zeugen, wann er das Haus verlassen habe.": the parse hangs the question on
    # "Zeugen" as a relative clause; the person asked is the addressee, not a noun the clause describes.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Richter", "NOUN", "2", "nsubj", "sb", "Richter"),
        ("fragte", "VERB", "2", "ROOT", "ROOT", "fragen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("den", "DET", "4", "det", "nk", "der"),
        ("Zeugen", "NOUN", "2", "obj", "oa", "Zeuge"),
        (",", "PUNCT", "10", "punct", "punct", ","),
        ("wann", "SCONJ", "10", "mark", "mo", "wann"),
        ("er", "PRON", "10", "nsubj", "sb", "er"),
        ("das", "DET", "9", "det", "nk", "der"),
        ("Haus", "NOUN", "10", "obj", "oa", "Haus"),
        ("verlassen", "VERB", "4", "acl:relcl", "rc", "verlassen", "VerbForm=Inf"),
        ("habe", "AUX", "10", "aux", "oc", "haben", "Mood=Sub|VerbForm=Fin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {2: "VVFIN", 6: "PWAV", 10: "VVINF", 11: "VAFIN"})
    assert found == [(["wann er das Haus verlassen habe"], "Der Richter", "fragte")]


def test_a_participle_frame_before_the_main_clause_reports_nothing(scheme: Scheme) -> None:
    # "Auf die Kritik angesprochen, sagte Amsel, er habe Respekt.": the parse hangs the frame's participle on
    # "sagte" as its clause; what follows its comma is the main clause, whose own verb reports.
    rows: list[Row] = [
        ("Auf", "ADP", "2", "case", "mo", "auf"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("Kritik", "NOUN", "3", "obj", "oa", "Kritik"),
        ("angesprochen", "VERB", "5", "ccomp", "oc", "ansprechen"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("sagte", "VERB", "5", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("Amsel", "PROPN", "5", "nsubj", "sb", "Amsel"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("er", "PRON", "9", "nsubj", "sb", "er"),
        ("habe", "AUX", "5", "ccomp", "oc", "haben", "Mood=Sub|VerbForm=Fin"),
        ("Respekt", "NOUN", "9", "obj", "oa", "Respekt"),
        (".", "PUNCT", "5", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {3: "VVINF", 5: "VVFIN", 9: "VAFIN"})
    assert found == [(["er habe Respekt"], "Amsel", "sagte")]


def test_a_wie_clause_of_what_was_said_is_no_frame_of_the_cue_after_it(scheme: Scheme) -> None:
    # "Die Stadt dürfe nicht zuschauen, wie Wohnraum verschwinde, sagte sie.": "verschwinde" tagged an
    # adjective; the wie-clause is the content's, and the cue after its comma frames the whole.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Stadt", "NOUN", "4", "nsubj", "sb", "Stadt"),
        ("dürfe", "AUX", "4", "aux", "oc", "dürfen", "Mood=Sub|VerbForm=Fin"),
        ("nicht", "PART", "4", "advmod", "ng", "nicht"),
        ("zuschauen", "VERB", "10", "ccomp", "oc", "zuschauen", "VerbForm=Inf"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("wie", "CCONJ", "8", "advmod", "mo", "wie"),
        ("Wohnraum", "NOUN", "8", "nsubj", "sb", "Wohnraum"),
        ("verschwinde", "ADJ", "4", "dep", "mo", "verschwinde"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("sagte", "VERB", "10", "ROOT", "ROOT", "sagen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("sie", "PRON", "10", "nsubj", "sb", "sie"),
        (".", "PUNCT", "10", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {2: "VMFIN", 4: "VVINF", 6: "PWAV", 8: "ADJA", 10: "VVFIN"})
    assert found == [(["Die Stadt dürfe nicht zuschauen, wie Wohnraum verschwinde"], "sie", "sagte")]


def test_a_clause_that_opens_with_a_particle_verbs_participle_is_reported_after_the_comma() -> None:
    # "teilte mit, angekündigte Zuzüge könnten … berücksichtigt werden" with "teilte" hung on the clause's verb: the
    # participle before its noun is no finite verb of a clause between, the Konjunktiv after it reports
    rows: list[Row] = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("teilte", "VERB", "7", "aux", "oc", "teilen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("mit", "ADP", "1", "compound:prt", "svp", "mit"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("angekündigte", "VERB", "5", "amod", "nk", "angekündigen", "Mood=Ind|Tense=Past"),
        ("Zuzüge", "NOUN", "7", "obl", "sb", "Zuzug", "Case=Nom|Number=Plur"),
        ("könnten", "AUX", "7", "aux", "oc", "können", "Mood=Sub|Number=Plur|Tense=Past|VerbForm=Fin"),
        ("zählen", "VERB", "7", "ROOT", "ROOT", "zählen", "VerbForm=Inf"),
        (".", "PUNCT", "7", "punct", "punct", "."),
    ]
    found = reported(rows, Scheme.UD, {1: "VVFIN", 2: "PTKVZ", 4: "ADJA", 6: "VMFIN", 7: "VVINF"})
    assert found == [(["angekündigte Zuzüge könnten zählen"], "Sie", "teilte … mit")]


@pytest.mark.parametrize("object_label", [("obj", "oa"), ("xcomp", "oc")])
def test_a_wie_frame_the_parse_hangs_on_a_speech_verb_is_no_content_of_that_verb(
    scheme: Scheme, object_label: tuple[str, str]
) -> None:
    # "meldeten …, wie die Kasse mitteilte" with "mitteilte" parsed as a complement of "meldeten", and the object
    # as its object or as a complement too: the wie-clause is the narrator's frame of the cue "mitteilte", which
    # reports the clause before it; "meldeten" reports nothing
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Ärzte", "NOUN", "2", "nsubj", "sb", "Arzt"),
        ("meldeten", "VERB", "2", "ROOT", "ROOT", "melden", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("viele", "DET", "4", "det", "nk", "viel"),
        ("Neuerkrankungen", "NOUN", "2", *object_label, "Neuerkrankung"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("wie", "CCONJ", "9", "cc", "cd", "wie"),
        ("die", "DET", "8", "det", "nk", "der"),
        ("Kasse", "NOUN", "9", "obj", "oa", "Kasse"),
        ("mitteilte", "VERB", "2", "xcomp", "oc", "mitteilen", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    found = reported(rows, scheme, {2: "VVFIN", 9: "VVFIN"})
    assert found == [(["Die Ärzte meldeten viele Neuerkrankungen"], "die Kasse", "mitteilte")]


def test_a_person_named_before_the_verb_speaks_where_the_tags_make_no_subject_of_the_name(
    scheme: Scheme,
) -> None:
    # "New Yorks Bürgermeister Michael Bloomberg kritisierte Gillibrand dafür, …" with the verb tagged an
    # adjective of "Gillibrand": not the noun after the verb, the person named before it criticised
    rows: list[Row] = [
        ("New", "ADJ", "1", "dep", "pnc", "New"),
        ("Yorks", "PROPN", "2", "dep", "ag", "York"),
        ("Bürgermeister", "PROPN", "6", "nmod:poss", "ag", "Bürgermeister"),
        ("Michael", "PROPN", "2", "flat:name", "pnc", "Michael"),
        ("Bloomberg", "PROPN", "3", "flat:name", "pnc", "Bloomberg"),
        ("kritisierte", "VERB", "6", "amod", "nk", "kritisieren", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("Gillibrand", "NOUN", "6", "ROOT", "ROOT", "Gillibrand"),
        ("dafür", "ADV", "6", "advmod", "mo", "dafür"),
        (",", "PUNCT", "12", "punct", "punct", ","),
        ("dagegen", "ADV", "10", "advmod", "mo", "dagegen"),
        ("gestimmt", "VERB", "12", "xcomp", "oc", "stimmen", "VerbForm=Part"),
        ("zu", "PART", "12", "mark", "pm", "zu"),
        ("haben", "AUX", "7", "xcomp", "oc", "haben", "VerbForm=Inf"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    doc.ents = [SpacySpan(doc, 3, 5, label="PER")]
    doc[5].tag_ = "VVFIN"
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    assert [(text_of(doc, q.mention), [doc.text[s:e] for s, e in q.parts]) for q in quotes] == [
        ("New Yorks Bürgermeister Michael Bloomberg", ["dagegen gestimmt zu haben"])
    ]
