"""Cue matching: speech verbs (with repaired lemmas and loose particles), prepositional and nominal cues."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from tests.handbuilt import build

import quotekit
from quotekit.records import CueMatch
from quotekit.stages.cues import find_cues, lemma_candidates
from quotekit.syntax import labels

Scheme = labels.Scheme


def kinds(rows: list[tuple[str, ...]], scheme: Scheme = Scheme.UD) -> list[tuple[str, str, str]]:
    """(kind, words, lemma) of each cue; a particle shows as "gab … bekannt"."""
    doc = build(rows, scheme)
    return [(c.kind, words(doc, c), c.lemma) for c in find_cues(doc) if c.kind != "colon"]


def words(doc: Doc, cue: CueMatch) -> str:
    """The cue's literal spans joined as a reader names them, each checked against the text."""
    spans = [(cue.start, cue.end), *([] if cue.particle is None else [cue.particle])]
    assert doc.text[cue.start : cue.end] == cue.text
    return " … ".join(doc.text[start:end] for start, end in spans)


def test_participle_with_garbled_lemma_is_a_cue(scheme: Scheme) -> None:
    rows = [
        ("Er", "PRON", "2", "nsubj", "sb", "er"),
        ("hat", "AUX", "2", "aux", "ROOT", "haben"),
        ("angekündigt", "VERB", "2", "ROOT", "oc", "angekündigen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    rows[1] = ("hat", "AUX", "2", "aux", "oc", "haben")
    assert ("verb", "angekündigt", "ankündigen") in kinds(rows, scheme)


def test_lemma_repairs(scheme: Scheme) -> None:
    doc = build([("forderte", "VERB", "0", "ROOT", "ROOT", "forderen")], scheme)
    assert "fordern" in lemma_candidates(doc[0])
    doc = build([("betonte", "VERB", "0", "ROOT", "ROOT", "betonte")], scheme)
    assert "betonen" in lemma_candidates(doc[0])


def test_particle_parsed_as_adjective_at_the_clause_end_joins_the_verb(scheme: Scheme) -> None:
    rows = [
        ("Huber", "PROPN", "1", "nsubj", "sb", "Huber"),
        ("gab", "VERB", "1", "ROOT", "ROOT", "geben"),
        ("bekannt", "ADJ", "1", "xcomp", "mo", "bekannt"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert kinds(rows, scheme) == [("verb", "gab … bekannt", "bekanntgeben")]


def test_separable_particle_is_a_second_literal_span(scheme: Scheme) -> None:
    rows = [
        ("„", "PUNCT", "2", "punct", "punc", "„"),
        ("Gut", "ADJ", "4", "ccomp", "oc", "gut"),
        ("“", "PUNCT", "2", "punct", "punc", "“"),
        (",", "PUNCT", "4", "punct", "punc", ","),
        ("fügte", "VERB", "4", "ROOT", "ROOT", "fügen"),
        ("der", "DET", "6", "det", "nk", "der"),
        ("NATO-Chef", "NOUN", "4", "nsubj", "sb", "NATO-Chef"),
        ("hinzu", "ADP", "4", "compound:prt", "svp", "hinzu"),
        (".", "PUNCT", "4", "punct", "punc", "."),
    ]
    assert kinds(rows, scheme) == [("verb", "fügte … hinzu", "hinzufügen")]


def test_particle_tag_joins_the_verb_whatever_the_label(scheme: Scheme) -> None:
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("stellte", "VERB", "1", "ROOT", "ROOT", "stellen"),
        ("klar", "ADV", "1", "advmod", "mo", "klar"),
        (",", "PUNCT", "5", "punct", "punc", ","),
        ("dass", "SCONJ", "5", "mark", "cp", "dass"),
        ("gehe", "VERB", "1", "ccomp", "oc", "gehen"),
    ]
    doc = build(rows, scheme)
    doc[2].tag_ = "PTKVZ"
    assert [(words(doc, c), c.lemma) for c in find_cues(doc)] == [("stellte … klar", "klarstellen")]


def test_preposition_laut_never_joins_the_verb(scheme: Scheme) -> None:
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("betonte", "VERB", "1", "ROOT", "ROOT", "betonen"),
        ("laut", "ADP", "3", "case", "mo", "laut"),
        ("Polizei", "NOUN", "1", "obl", "nk", "Polizei"),
        (",", "PUNCT", "6", "punct", "punc", ","),
        ("dass", "SCONJ", "6", "mark", "cp", "dass"),
        ("stimme", "VERB", "1", "ccomp", "oc", "stimmen"),
    ]
    found = kinds(rows, scheme)
    assert ("verb", "betonte", "betonen") in found
    assert all("lautbetonen" not in lemma for _, _, lemma in found)


def test_conjunction_dass_never_joins_the_verb(scheme: Scheme) -> None:
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        (",", "PUNCT", "4", "punct", "punc", ","),
        ("dass", "SCONJ", "1", "compound:prt", "svp", "dass"),
        ("gehe", "VERB", "1", "ccomp", "oc", "gehen"),
    ]
    doc = build(rows, scheme)
    doc[3].tag_ = "PTKVZ"  # even a tagger's slip does not make "dass" a particle
    assert [(words(doc, c), c.lemma) for c in find_cues(doc)] == [("sagte", "sagen")]


def test_lexicon_word_in_mid_clause_is_no_particle(scheme: Scheme) -> None:
    # "Er stellte fest Stühle …": "fest" before the object is an adverb, not the particle of "feststellen".
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("stellte", "VERB", "1", "ROOT", "ROOT", "stellen"),
        ("fest", "ADV", "1", "advmod", "mo", "fest"),
        ("Stühle", "NOUN", "1", "obj", "oa", "Stuhl"),
        (".", "PUNCT", "1", "punct", "punc", "."),
    ]
    assert kinds(rows, scheme) == []


def test_nach_angaben_and_postposition_nach(scheme: Scheme) -> None:
    rows = [
        ("Nach", "ADP", "1", "case", "mo", "nach"),
        ("Angaben", "NOUN", "4", "obl", "nk", "Angabe"),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Polizei", "NOUN", "1", "nmod", "ag", "Polizei"),
        ("starben", "VERB", "4", "ROOT", "ROOT", "sterben"),
        ("zwei", "NUM", "6", "nummod", "nk", "zwei"),
        ("Menschen", "NOUN", "4", "nsubj", "sb", "Mensch"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    assert kinds(rows, scheme) == [("nach_angaben", "Nach Angaben", "nach Angabe")]
    rows = [
        ("Seiner", "DET", "1", "det:poss", "nk", "sein"),
        ("Meinung", "NOUN", "3", "obl", "mo", "Meinung"),
        ("nach", "ADP", "1", "case", "mo", "nach"),
        ("hätte", "AUX", "3", "ROOT", "ROOT", "haben"),
        ("er", "PRON", "3", "nsubj", "sb", "er"),
        ("recht", "ADJ", "3", "obj", "oa", "recht"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert [k for k, _, _ in kinds(rows, scheme)] == ["zufolge"]


def test_forderung_nach_is_no_cue(scheme: Scheme) -> None:
    rows = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Forderung", "NOUN", "1", "ROOT", "ROOT", "Forderung"),
        ("nach", "ADP", "4", "case", "mnr", "nach"),
        ("mehr", "DET", "4", "det", "nk", "mehr"),
        ("Autonomie", "NOUN", "1", "nmod", "nk", "Autonomie"),
    ]
    assert kinds(rows, scheme) == []


def test_laut_needs_a_noun_phrase(scheme: Scheme) -> None:
    rows = [
        ("Laut", "ADP", "1", "case", "mo", "laut"),
        ("Polizei", "NOUN", "2", "obl", "nk", "Polizei"),
        ("kamen", "VERB", "2", "ROOT", "ROOT", "kommen"),
        ("viele", "PRON", "2", "nsubj", "sb", "viele"),
    ]
    assert kinds(rows, scheme) == [("laut", "Laut", "laut")]
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("schrien", "VERB", "1", "ROOT", "ROOT", "schreien"),
        ("laut", "ADJ", "1", "advmod", "mo", "laut"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert [k for k, _, _ in kinds(rows, scheme)] == ["verb"]
    quoted_title = [
        ("Laut", "ADP", "2", "case", "mo", "laut"),
        ("„", "PUNCT", "2", "punct", "punct", "„"),
        ("Reuters", "PROPN", "4", "obl", "nk", "Reuters"),
        ("“", "PUNCT", "2", "punct", "punct", "“"),
        ("kamen", "VERB", "4", "ROOT", "ROOT", "kommen"),
        ("viele", "PRON", "4", "nsubj", "sb", "viele"),
    ]
    assert kinds(quoted_title, scheme) == [("laut", "Laut", "laut")]
    # "Sie schrien laut „Nein!“": a mark after the adjective opens no noun phrase.
    shout = [
        *rows[:3],
        ("„", "PUNCT", "1", "punct", "punct", "„"),
        ("Nein", "PART", "1", "dep", "mo", "nein"),
    ]
    assert [k for k, _, _ in kinds(shout, scheme)] == ["verb"]


def test_heissen_is_a_cue_only_with_es(scheme: Scheme) -> None:
    with_es = [
        ("heißt", "VERB", "0", "ROOT", "ROOT", "heißen"),
        ("es", "PRON", "0", "nsubj", "sb", "es"),
    ]
    without = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("heißt", "VERB", "1", "ROOT", "ROOT", "heißen"),
        ("Peter", "PROPN", "1", "obj", "pd", "Peter"),
    ]
    assert [k for k, _, _ in kinds(with_es, scheme)] == ["verb"]
    assert kinds(without, scheme) == []


def test_speech_noun_before_a_comma_is_a_nominal_cue(scheme: Scheme) -> None:
    rows = [
        ("Stoltenbergs", "PROPN", "1", "nmod:poss", "ag", "Stoltenberg"),
        ("Behauptung", "NOUN", "1", "ROOT", "ROOT", "Behauptung"),
        (",", "PUNCT", "1", "punct", "punct", ","),
        ("Russland", "PROPN", "4", "nsubj", "sb", "Russland"),
        ("habe", "AUX", "1", "acl", "rc", "haben"),
    ]
    assert kinds(rows, scheme) == [("noun", "Behauptung", "Behauptung")]


def test_wissen_is_a_cue_only_with_wollen(scheme: Scheme) -> None:
    # UD hangs the modal on the verb as an auxiliary, TIGER the verb on the modal: both count.
    head, label = ("2", "aux") if scheme is Scheme.UD else ("1", "ROOT")
    asked = [
        ("Sie", "PRON", "2", "nsubj", "sb", "sie"),
        ("wollte", "AUX", head, label, label, "wollen"),
        ("wissen", "VERB", "2", "ROOT", "oc", "wissen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert kinds(asked, scheme) == [("verb", "wollte wissen", "wissen")]  # the modal right beside it joins
    known = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("weiß", "VERB", "1", "ROOT", "ROOT", "wissen"),
        ("es", "PRON", "1", "obj", "oa", "es"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert kinds(known, scheme) == []


def test_an_adverb_closing_the_clause_that_makes_no_speech_verb_leaves_the_verb_alone(scheme: Scheme) -> None:
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("erklären", "VERB", "1", "ROOT", "ROOT", "erklären"),
        ("dagegen", "ADV", "1", "advmod", "mo", "dagegen"),
        (",", "PUNCT", "1", "punct", "punct", ","),
    ]
    assert kinds(rows, scheme) == [("verb", "erklären", "erklären")]


def test_hielt_dagegen_is_a_particle_verb(scheme: Scheme) -> None:
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("hielt", "VERB", "1", "ROOT", "ROOT", "halten"),
        ("dagegen", "ADV", "1", "advmod", "mo", "dagegen"),
        (",", "PUNCT", "1", "punct", "punct", ","),
    ]
    assert kinds(rows, scheme) == [("verb", "hielt … dagegen", "dagegenhalten")]


def test_laut_before_a_capitalised_word_is_a_cue_whatever_its_tag(scheme: Scheme) -> None:
    rows = [
        ("Laut", "ADP", "1", "case", "mo", "laut"),
        ("UNICEF-Direktorin", "PUNCT", "2", "punct", "punct", "UNICEF-Direktorin"),  # a weak tagger's verdict
        ("gilt", "VERB", "2", "ROOT", "ROOT", "gelten"),
        ("das", "PRON", "2", "nsubj", "sb", "der"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert ("laut", "Laut", "laut") in kinds(rows, scheme)
    shouting = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("riefen", "VERB", "1", "ROOT", "ROOT", "rufen"),
        ("laut", "ADJ", "3", "advmod", "mo", "laut"),
        ("durcheinander", "ADV", "1", "advmod", "mo", "durcheinander"),
    ]
    assert all(kind != "laut" for kind, _, _ in kinds(shouting, scheme))


def test_zufolge_after_a_pronoun_or_a_closing_mark_is_a_cue(scheme: Scheme) -> None:
    for before in [("Ihnen", "PRON", "ihr"), ("“", "PUNCT", "“"), (")", "PUNCT", ")")]:
        rows = [
            (before[0], before[1], "1", "obl", "mo", before[2]),
            ("zufolge", "ADP", "2", "case", "mo", "zufolge"),
            ("siegte", "VERB", "2", "ROOT", "ROOT", "siegen"),
            ("er", "PRON", "2", "nsubj", "sb", "er"),
        ]
        assert ("zufolge", "zufolge", "zufolge") in kinds(rows, scheme)


def test_an_irregular_speech_verb_form_is_a_cue_whatever_the_tagger_says(scheme: Scheme) -> None:
    rows = [
        ("Colomer", "PROPN", "1", "nsubj", "sb", "Colomer"),
        ("empfahl", "ADJ", "1", "ROOT", "ROOT", "empfahl"),  # a weak tagger's adjective
        ("dem", "DET", "3", "det", "nk", "der"),
        ("Gericht", "NOUN", "1", "iobj", "da", "Gericht"),
        (",", "PUNCT", "1", "punct", "punct", ","),
    ]
    assert ("verb", "empfahl", "empfehlen") in kinds(rows, scheme)
    white = [("Das", "DET", "1", "det", "nk", "der"), ("Weiß", "ADJ", "1", "ROOT", "ROOT", "weiß")]
    assert kinds(white, scheme) == []


def test_a_particle_written_apart_before_a_participle_joins_it(scheme: Scheme) -> None:
    head, label = ("3", "aux") if scheme is Scheme.UD else ("1", "ROOT")
    rows = [
        ("Sie", "PRON", "3", "nsubj", "sb", "sie"),
        ("hat", "AUX", head, label, label, "haben", "Mood=Ind|VerbForm=Fin"),
        ("bekannt", "ADJ", "3", "advmod", "mo", "bekannt"),
        ("gegeben", "VERB", "3", "ROOT", "oc", "geben", "VerbForm=Part"),
        (",", "PUNCT", "3", "punct", "punct", ","),
    ]
    assert kinds(rows, scheme) == [("verb", "gegeben … bekannt", "bekanntgeben")]


def test_a_particle_written_apart_before_a_verb_final_finite_verb_joins_it(scheme: Scheme) -> None:
    # "Wie die Bank bekannt gab, …": in a verb-final clause the finite verb closes it.
    rows = [
        ("Wie", "SCONJ", "4", "mark", "mo", "wie"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("Bank", "NOUN", "4", "nsubj", "sb", "Bank"),
        ("bekannt", "ADJ", "4", "advmod", "mo", "bekannt"),
        ("gab", "VERB", "4", "ROOT", "ROOT", "geben", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "4", "punct", "punct", ","),
    ]
    assert kinds(rows, scheme) == [("verb", "gab … bekannt", "bekanntgeben")]
    # In mid-clause the word before the verb is no particle of it ("die bekannt gab Regel" is no German,
    # but "bekannt" before a finite verb followed by its object is an adverb of something else).
    rows[5] = ("Zahlen", "NOUN", "4", "obj", "oa", "Zahl")
    assert kinds(rows, scheme) == []


def test_an_irregular_preterite_in_the_plural_or_with_its_particle_is_repaired(scheme: Scheme) -> None:
    # "vorwarf", "vorschlug" (particle written together in a verb-final clause), "gaben" (plural).
    for form, lemma in (("vorwarf", "vorwerfen"), ("vorschlug", "vorschlagen"), ("gaben", "geben")):
        doc = build([(form, "VERB", "0", "ROOT", "ROOT", form)], scheme)
        assert lemma in lemma_candidates(doc[0])
    # "die genannten Quellen": a participle made an adjective is no preterite plural.
    doc = build([("genannten", "ADJ", "0", "ROOT", "ROOT", "genannten")], scheme)
    assert "nennen" not in lemma_candidates(doc[0])


def test_nach_a_name_in_the_genitive_and_a_speech_noun(scheme: Scheme) -> None:
    # "Nach Grupps Meinung werden …"; "Nach Abschluss der Ermittlungen" names no source.
    rows = [
        ("Nach", "ADP", "2", "case", "mo", "nach"),
        ("Grupps", "PROPN", "2", "nmod", "ag", "Grupp"),
        ("Meinung", "NOUN", "3", "obl", "nk", "Meinung"),
        ("irren", "VERB", "3", "ROOT", "ROOT", "irren"),
        ("sie", "PRON", "3", "nsubj", "sb", "sie"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert kinds(rows, scheme) == [("nach_angaben", "Nach Grupps Meinung", "nach Meinung")]
    rows[1] = ("Abschluss", "NOUN", "2", "nmod", "ag", "Abschluss")
    rows[2] = ("Ermittlungen", "NOUN", "3", "obl", "nk", "Ermittlung")
    assert kinds(rows, scheme) == []


def test_nach_an_analysis_or_a_document_names_a_source(scheme: Scheme) -> None:
    for noun, lemma in (("Analyse", "Analyse"), ("EU-Dokument", "EU-Dokument"), ("Medien", "Medium")):
        rows = [
            ("Nach", "ADP", "2", "case", "mo", "nach"),
            ("einer", "DET", "2", "det", "nk", "ein"),
            (noun, "NOUN", "3", "obl", "nk", lemma),
            ("irren", "VERB", "3", "ROOT", "ROOT", "irren"),
            ("sie", "PRON", "3", "nsubj", "sb", "sie"),
        ]
        assert [k for k, _, _ in kinds(rows, scheme)] == ["nach_angaben"]


def test_a_preterite_tagged_as_an_adjective_before_its_subject_is_a_cue(scheme: Scheme) -> None:
    # "So betonte Sarkozy, …": a weak tagger's adjective; "die betonte Silbe" stays an adjective.
    rows = [
        ("So", "ADV", "1", "advmod", "mo", "so"),
        ("betonte", "ADJ", "2", "amod", "nk", "betont"),
        ("Sarkozy", "PROPN", "2", "ROOT", "ROOT", "Sarkozy"),
        (",", "PUNCT", "2", "punct", "punct", ","),
    ]
    assert kinds(rows, scheme) == [("verb", "betonte", "betonen")]
    rows = [
        ("die", "DET", "2", "det", "nk", "der"),
        ("betonte", "ADJ", "2", "amod", "nk", "betont"),
        ("Silbe", "NOUN", "2", "ROOT", "ROOT", "Silbe"),
    ]
    assert kinds(rows, scheme) == []


def test_gemaess_in_swiss_spelling_is_a_source_cue() -> None:
    import quotekit

    quotes = quotekit.extract(
        "Gemäss der Firma Gämsflug sollen die ersten Maschinen im Frühling ausgeliefert werden."
    )
    assert len(quotes) == 1
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "Gemäss"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert "Gämsflug" in quotes[0].speaker.mention.text


def test_a_speech_verb_in_swiss_spelling_is_a_cue() -> None:
    quotes = quotekit.extract("Die Lage sei ernst, hiess es aus dem Ministerium.")
    assert len(quotes) == 1
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "hiess es"


def test_a_particle_that_closes_the_clause_joins_a_verb_the_parse_left_it_off(scheme: Scheme) -> None:
    # "Er gab am Montag bekannt, dass …" with "bekannt" hung on the clause after it.
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("gab", "VERB", "1", "ROOT", "ROOT", "geben"),
        ("am", "ADP", "3", "case", "mo", "an"),
        ("Montag", "NOUN", "1", "obl", "mo", "Montag"),
        ("bekannt", "ADJ", "8", "nsubj", "sb", "bekannt"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("dass", "SCONJ", "8", "mark", "cp", "dass"),
        ("es", "PRON", "8", "nsubj", "sb", "es"),
        ("regnet", "VERB", "1", "ccomp", "oc", "regnen"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert kinds(rows, scheme) == [("verb", "gab … bekannt", "bekanntgeben")]


def test_a_preterite_tagged_as_an_adjective_before_a_bare_noun_opens_its_clause(scheme: Scheme) -> None:
    def sentence(first: tuple[str, ...]) -> list[tuple[str, ...]]:
        return [
            first,
            ("betonte", "ADJ", "2", "amod", "nk", "betonen"),
            ("Sarkozy", "NOUN", "2", "ROOT", "ROOT", "Sarkozy"),  # a name the tagger took for a noun
            (".", "PUNCT", "2", "punct", "punct", "."),
        ]

    assert kinds(sentence(("So", "ADV", "1", "advmod", "mo", "so")), scheme) == [
        ("verb", "betonte", "betonen")
    ]
    # "die betonte Silbe": after an article it is an adjective.
    assert kinds(sentence(("die", "DET", "2", "det", "nk", "der")), scheme) == []


def _konjunktiv_rows(modal: str, mood: str) -> list[tuple[str, ...]]:
    # "Erst dann <modal> man sagen, wann die Räumung beginne."
    return [
        ("Erst", "ADV", "1", "advmod", "mo", "erst"),
        ("dann", "ADV", "4", "advmod", "mo", "dann"),
        (modal, "AUX", "4", "aux", "ROOT", "können", f"Mood={mood}|Number=Sing|Person=3|Tense=Pres"),
        ("man", "PRON", "4", "nsubj", "sb", "man"),
        ("sagen", "VERB", "4", "ROOT", "oc", "sagen", "VerbForm=Inf"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("wann", "ADV", "8", "advmod", "mo", "wann"),
        ("die", "DET", "8", "det", "nk", "der"),
        ("Räumung", "NOUN", "9", "nsubj", "sb", "Räumung"),
        ("beginne", "VERB", "4", "ccomp", "oc", "beginnen", "Mood=Sub|Number=Sing|Person=3|Tense=Pres"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]


def test_a_speech_verb_with_man_in_a_reported_clause_is_no_cue(scheme: Scheme) -> None:
    # "Erst dann könne man sagen, wann …" goes on with someone's reported speech; "kann man sagen" is
    # the author's own sentence, whose cue stays.
    assert not [k for k in kinds(_konjunktiv_rows("könne", "Sub"), scheme) if k[2] == "sagen"]
    assert [k for k in kinds(_konjunktiv_rows("kann", "Ind"), scheme) if k[2] == "sagen"]


def test_a_speech_verb_that_reports_a_clause_with_man_stays_a_cue(scheme: Scheme) -> None:
    # "Er sagte, man nehme die Ergebnisse ernst.": "man" belongs to the reported clause.
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen", "Mood=Ind|Number=Sing|Person=3|Tense=Past"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("man", "PRON", "4", "nsubj", "sb", "man"),
        ("nehme", "VERB", "1", "ccomp", "oc", "nehmen", "Mood=Sub|Number=Sing|Person=3|Tense=Pres"),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Ergebnisse", "NOUN", "4", "obj", "oa", "Ergebnis"),
        ("ernst", "ADV", "4", "advmod", "mo", "ernst"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert ("verb", "sagte", "sagen") in kinds(rows, scheme)


def test_so_before_a_comparison_is_no_cue() -> None:
    import quotekit
    from quotekit.stages.cues import find_cues

    nlp = quotekit.load()
    compared = nlp("Rund 320 Stimmberechtigte waren gekommen, so viele wie seit Jahren nicht mehr.")
    assert not [c for c in find_cues(compared) if c.kind == "so"]
    attributed = nlp("Die Lage sei ernst, so der Minister.")
    assert [c.text for c in find_cues(attributed) if c.kind == "so"] == ["so"]


def test_nach_with_a_noun_of_an_event_says_when_not_who(scheme: Scheme) -> None:
    # "Man habe das Gelände nach einer Unwetterwarnung geräumt": no source ("nach Angaben" is one).
    rows = [
        ("Man", "PRON", "8", "nsubj", "sb", "man"),
        ("habe", "AUX", "8", "aux", "oc", "haben"),
        ("das", "DET", "4", "det", "nk", "der"),
        ("Gelände", "NOUN", "8", "obj", "oa", "Gelände"),
        ("nach", "ADP", "7", "case", "mo", "nach"),
        ("einer", "DET", "7", "det", "nk", "ein"),
        ("Unwetterwarnung", "NOUN", "8", "obl", "nk", "Unwetterwarnung"),
        ("geräumt", "VERB", "8", "ROOT", "ROOT", "räumen"),
        (".", "PUNCT", "8", "punct", "punct", "."),
    ]
    assert kinds(rows, scheme) == []


def test_nach_the_counting_of_votes_says_when_an_election_result_stands() -> None:
    import quotekit
    from quotekit.stages.cues import find_cues

    nlp = quotekit.load()
    counted = nlp(
        "Nach Auszählung von 100 der 162 Wahlbezirke liegt Amtsinhaber Peter Huber mit 52 Prozent vorne."
    )
    assert not [c for c in find_cues(counted) if c.kind == "nach_angaben"]
    assert quotekit.extract(counted.text) == []
    # (a count someone made is a source: "nach einer Zählung der Polizei")
    police = nlp("Nach einer Zählung der Polizei nahmen 5000 Menschen teil.")
    assert [c.text for c in find_cues(police) if c.kind == "nach_angaben"] == ["Nach einer Zählung"]


def test_an_impersonal_cue_takes_its_expletive_es() -> None:
    # "hieß es", "Es heißt": the "es" belongs to the cue (it names no one), and the cue stays one run of text.
    found = {
        text: [q.cue.text for q in quotekit.extract(text) if q.cue is not None]
        for text in (
            "In der Mitteilung hieß es, man bedaure den Vorfall.",
            "Es heißt, der Konzern wolle 300 Stellen streichen.",
        )
    }
    assert found == {
        "In der Mitteilung hieß es, man bedaure den Vorfall.": ["hieß es"],
        "Es heißt, der Konzern wolle 300 Stellen streichen.": ["Es heißt"],
    }


def test_a_word_that_completes_a_speech_verb_right_after_it_joins_its_cue() -> None:
    # "sprach von", "verwies darauf": one run of text; apart from the verb ("sprach der Minister von") the
    # cue stays the verb.
    cues = {
        text: [q.cue.text for q in quotekit.extract(text) if q.cue is not None]
        for text in (
            "Der Minister sprach von einer „schweren Krise“.",
            "Er verwies darauf, dass die Zahlen gesunken seien.",
            "Dagegen sprach der Minister von einer „schweren Krise“.",
        )
    }
    assert list(cues.values()) == [["sprach von"], ["verwies darauf"], ["sprach"]]
    (quote,) = quotekit.extract("Er wies darauf hin, dass die Zahlen gesunken seien.")
    assert quote.cue is not None
    assert quote.cue.words == "wies darauf … hin"  # the particle stays a span of its own


def test_a_capitalised_word_a_weak_tagger_calls_an_adverb_is_the_source_before_zufolge(
    scheme: Scheme,
) -> None:
    # "Thielscher zufolge sind zwei Rudel bekannt.": the surname tagged ADV; "Dem zufolge" is no cue
    rows = [
        ("Thielscher", "ADV", "2", "advmod", "mo", "Thielscher"),
        ("zufolge", "ADP", "0", "case", "mo", "zufolge"),
        ("sind", "AUX", "2", "cop", "ROOT", "sein"),
        ("zwei", "NUM", "4", "nummod", "nk", "zwei"),
        ("Rudel", "NOUN", "2", "nsubj", "sb", "Rudel"),
        ("bekannt", "ADJ", "2", "ROOT", "pd", "bekannt"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert kinds(rows, scheme) == [("zufolge", "zufolge", "zufolge")]
    rows[0] = ("Dem", "DET", "2", "det", "nk", "der")
    assert kinds(rows, scheme) == []


def test_so_before_a_capitalised_name_the_tagger_called_an_adverb_is_a_cue(scheme: Scheme) -> None:
    # "Dann, so Harmsen-Beck, komme man …": a capitalised word after "so" is a name whatever its tag;
    # "…, so schnell wie möglich" stays no cue.
    rows = [
        ("Dann", "ADV", "5", "advmod", "mo", "dann"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("so", "ADV", "3", "advmod", "mo", "so"),
        ("Harmsen-Beck", "ADV", "0", "conj", "cj", "Harmsen-Beck"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("komme", "VERB", "5", "ROOT", "ROOT", "kommen"),
        ("man", "PRON", "5", "nsubj", "sb", "man"),
        (".", "PUNCT", "5", "punct", "punct", "."),
    ]
    assert [kind for kind, _, _ in kinds(rows, scheme)] == ["so"]
    rows[3] = ("schnell", "ADV", "0", "conj", "cj", "schnell")
    assert kinds(rows, scheme) == []


def test_a_modal_or_lassen_right_beside_the_speech_verb_belongs_to_its_cue() -> None:
    quotes = quotekit.extract(
        "Die Abgeordnete Ilse Marquardt wollte wissen, ob die Gemeinden beteiligt würden. "
        "Der Minister ließ ausrichten, er sei krank. Die Ärztin warnte davor, die Lage zu unterschätzen."
    )
    assert [q.cue.text if q.cue else None for q in quotes] == [
        "wollte wissen",
        "ließ ausrichten",
        "warnte davor",
    ]


def test_lassen_right_beside_the_speech_verb_belongs_to_its_cue_whatever_its_tag() -> None:
    # (the Swiss spelling "liess" after an apposition is tagged an adjective)
    quotes = quotekit.extract(
        "Der Hauptsponsor, die Kantonalbank, liess verlauten, man habe keinen Einfluss auf die Jury genommen."
    )
    assert [q.cue.text if q.cue else None for q in quotes] == ["liess verlauten"]


def test_a_companion_apart_from_the_speech_verb_is_the_cues_second_part() -> None:
    text = (
        "Die Abgeordnete Ilse Marquardt wollte aber wissen, ob die Gemeinden beteiligt würden. "
        "Finanzminister Leopold Hirschmugl sprach in der Debatte von einem „Rettungsschirm für die Gemeinden“."
    )
    quotes = quotekit.extract(text)
    assert [q.cue.words if q.cue else None for q in quotes] == ["wollte … wissen", "sprach … von"]
    for quote in quotes:
        assert quote.cue is not None
        assert all(text[part.start : part.end] == part.text for part in quote.cue.parts)


def test_a_companion_preposition_deeper_in_the_phrase_joins_but_not_one_before_a_name() -> None:
    text = (
        "Ernst K., 71, sprach im Zeugenstand von einem „Verrat“. "
        "Er sprach mit dem Sprecher von Greenpeace über einen „Skandal“."
    )
    assert [q.cue.words if q.cue else None for q in quotekit.extract(text)] == ["sprach … von", "sprach"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Der Minister hat wiederholt betont, dass die Reform kommt.", "betont"),
        # the clause's verb after it is what it reports, or an auxiliary closes its own clause
        ("Philips hat angekündigt die Preise ab dem ersten Oktober zu erhöhen.", "angekündigt"),
        (
            "Aufgrund einer starken Rauchentwicklung wurden Anwohner aufgefordert Türen und Fenster geschlossen "
            "zu halten.",
            "aufgefordert",
        ),
        ("Die Gewerkschaft erklärt, dass die Reform kommt.", "erklärt"),
    ],
)
def test_a_participle_form_before_the_clause_s_own_verb_is_an_adverb(text: str, cue: str) -> None:
    import quotekit

    (quote,) = quotekit.extract(text)
    assert quote.cue is not None
    assert quote.cue.text == cue


def test_an_adverbial_participle_with_no_verb_of_saying_after_it_reports_nothing() -> None:
    import quotekit

    text = "Seit dem Krieg ist es wiederholt zu Zwischenfällen an der Grenze gekommen, der letzte war im Februar."
    assert quotekit.extract(text) == []


def test_a_wie_frame_keeps_its_auxiliary_where_a_comma_closes_it() -> None:
    import quotekit

    assert [q.text for q in quotekit.extract("Wie berichtet wurde, sei der Minister zurückgetreten.")] == [
        "sei der Minister zurückgetreten"
    ]
    # (without the comma the verb after the frame is the main clause's)
    text = "Wie die lokalen Sender berichten sind mindestens zwei Polizisten ums Leben gekommen."
    assert [q.text for q in quotekit.extract(text)] == ["sind mindestens zwei Polizisten ums Leben gekommen"]


def test_a_preterite_tagged_as_adjective_after_a_relative_pronoun_is_a_cue(scheme: Scheme) -> None:
    # "Anna Roth, die betonte, …": an attributive adjective never stands between a pronoun and a comma, so a
    # preterite there ends its relative clause. Before the fix no cue was found.
    rows = [
        ("Lob", "NOUN", "1", "nsubj", "sb", "Lob"),
        ("kam", "VERB", "1", "ROOT", "ROOT", "kommen"),
        ("von", "ADP", "3", "case", "mo", "von"),
        ("Roth", "PROPN", "1", "obl", "nk", "Roth"),
        (",", "PUNCT", "6", "punct", "punc", ","),
        ("die", "PRON", "6", "det", "nk", "der"),
        ("betonte", "ADJ", "3", "acl:relcl", "rc", "betonen"),
        (",", "PUNCT", "1", "punct", "punc", ","),
        ("alles", "PRON", "9", "nsubj", "sb", "alles"),
        ("sei", "AUX", "6", "ccomp", "oc", "sein"),
        ("gut", "ADJ", "9", "xcomp", "pd", "gut"),
        (".", "PUNCT", "1", "punct", "punc", "."),
    ]
    assert ("verb", "betonte", "betonen") in kinds(rows, scheme)
    # an adjective before its noun stays one: "die betonte Silbe"
    rows[7] = ("Silbe", "NOUN", "3", "nmod", "nk", "Silbe")
    assert not [k for k in kinds(rows, scheme) if k[1] == "betonte"]


def test_zu_before_an_infinitive_is_its_marker_not_a_particle(scheme: Scheme) -> None:
    # "um die Jobs zu sichern": "zu" apart before the infinitive marks it; it makes no "zusichern" (before the fix
    # the infinitive was a cue, and the content after it the sentence's own cue).
    rows = [
        ("um", "SCONJ", "4", "mark", "cp", "um"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("Jobs", "NOUN", "4", "obj", "oa", "Job"),
        ("zu", "PART", "4", "mark", "pm", "zu"),
        ("sichern", "VERB", "4", "ROOT", "ROOT", "sichern", "VerbForm=Inf"),
    ]
    assert not [k for k in kinds(rows, scheme) if k[1] == "sichern" or "zu" in k[1]]


def test_an_age_noun_tagged_as_adjective_is_a_source_before_zufolge(scheme: Scheme) -> None:
    # "Einer 79-Jährigen zufolge": the age noun is no alphabetic word, and a weak tagger calls it an adjective
    # (before the fix no cue was found)
    rows = [
        ("Einer", "DET", "1", "det", "nk", "ein"),
        ("79-Jährigen", "ADJ", "3", "obl", "mo", "79-Jährig"),
        ("zufolge", "ADP", "1", "case", "mo", "zufolge"),
        ("kam", "VERB", "3", "ROOT", "ROOT", "kommen"),
        ("der", "DET", "5", "det", "nk", "der"),
        ("Bus", "NOUN", "3", "nsubj", "sb", "Bus"),
    ]
    assert [k[:2] for k in kinds(rows, scheme)] == [("zufolge", "zufolge")]


def test_a_naming_verbs_cue_takes_the_word_that_governs_the_marked_words() -> None:
    # "bezeichnete … als „…“", "hält … für „…“": the preposition before the marks completes the cue, as
    # "sprach … von" does
    for text, words in [
        ("Marcel Humbel bezeichnete die Studie als «methodisch überzeugend».", ["bezeichnete", "als"]),
        ("Nikolai Petrov hält die Prognose für „zu pessimistisch“.", ["hält", "für"]),
    ]:
        (quote,) = quotekit.extract(text)
        assert quote.cue is not None
        assert [part.text for part in quote.cue.parts] == words


def test_a_participle_before_its_noun_inside_an_open_phrase_is_no_cue() -> None:
    # "aus dem am Freitag veröffentlichten Gletscherbericht … hervorgeht": the participle describes the report;
    # the verb of the clause is the cue, and the report's owner speaks
    text = (
        "Wie aus dem am Freitag veröffentlichten Gletscherbericht der Forschungsstelle für Alpine Hydrologie "
        "hervorgeht, sind 88 der 91 Gletscher zurückgegangen."
    )
    (quote,) = quotekit.extract(text)
    assert quote.cue is not None
    assert quote.cue.text == "hervorgeht"
    assert quote.speaker is not None
    assert quote.speaker.name == "Forschungsstelle für Alpine Hydrologie"


def test_nach_an_investigation_says_when_and_zufolge_still_reports() -> None:
    import quotekit

    assert (
        quotekit.extract("Nach monatelangen Ermittlungen hat die Polizei zwei Einbrecher festgenommen.") == []
    )
    (quote,) = quotekit.extract("Den Ermittlungen zufolge sei der Mann betrunken gewesen.")
    assert quote.cue is not None
    assert quote.cue.text == "zufolge"


def test_a_particle_verbs_participle_before_its_noun_is_no_cue() -> None:
    # "teilte mit, angekündigte Zuzüge könnten …": no finite verb has a particle before its "ge-", whatever the
    # coarse tag and the comma before it say
    rows = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("teilte", "VERB", "1", "ROOT", "ROOT", "teilen"),
        ("mit", "ADP", "1", "compound:prt", "svp", "mit"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("angekündigte", "VERB", "5", "amod", "nk", "angekündigen"),
        ("Zuzüge", "NOUN", "6", "nsubj", "sb", "Zuzug"),
        ("fehlten", "VERB", "1", "parataxis", "cj", "fehlen"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc[4].tag_ = labels.ATTRIBUTIVE_ADJECTIVE_TAG
    assert [words(doc, c) for c in find_cues(doc) if c.kind != "colon"] == ["teilte … mit"]


def test_a_phrase_that_makes_a_speech_verb_mean_another_thing_leaves_no_cue() -> None:
    # "ruft … auf den Plan" provokes: the sentence before is nothing the chamber said
    text = "Die Stadt erhöht die Gebühren. Das ruft die Wirtschaftskammer auf den Plan."
    assert [q.text for q in quotekit.extract(text)] == []
    said = "Die Stadt erhöht die Gebühren. Das kritisierte die Wirtschaftskammer."
    assert [q.text for q in quotekit.extract(said)] == ["Die Stadt erhöht die Gebühren"]


@pytest.mark.parametrize(
    "text",
    [
        "Das Unglück hat mehr als 100 Todesopfer gefordert, die Rettungskräfte seien erschöpft.",
        "Der Sturm forderte zwölf Menschenleben, die Behörden seien überfordert gewesen.",
    ],
)
def test_a_disaster_that_claims_lives_demands_nothing(text: str) -> None:
    # "Todesopfer fordern" is a toll; a demand with the same noun in its content stays one
    assert quotekit.extract(text) == []
    demand = "Der Verband forderte, die Todesopfer müssten entschädigt werden."
    assert [q.text for q in quotekit.extract(demand)] == ["die Todesopfer müssten entschädigt werden"]


def test_a_separable_particle_after_an_insertion_between_dashes_joins_its_verb() -> None:
    text = (
        "Es wurde vermutlich ein falscher Leim verwandt. Dies gab heute – nach eingehenden Untersuchungen – "
        "Professor Bernd Hillemeier bekannt."
    )
    [quote] = quotekit.extract(text)
    assert quote.text == "Es wurde vermutlich ein falscher Leim verwandt"
    assert quote.cue is not None
    assert quote.cue.lemma == "bekanntgeben"


def _cue_words(text: str) -> list[str | None]:
    return [
        None if q.cue is None else " ".join(part.text for part in q.cue.parts) for q in quotekit.extract(text)
    ]


def test_lassen_joins_an_infinitive_the_tagger_took_for_a_finite_verb() -> None:
    # "ausrichten" after "ließ über einen Sprecher" is tagged finite; its form is its infinitive
    text = "Wimmer ließ über einen Sprecher ausrichten, man sei gesprächsbereit."
    assert _cue_words(text) == ["ließ ausrichten"]


def test_the_pointer_before_a_verb_cue_is_part_of_the_cue() -> None:
    text = "„Wir sind keine Bittsteller.“ Das sagte Bürgermeister Kofler am Montag."
    assert _cue_words(text) == ["Das sagte"]


def test_a_reaction_that_reports_nothing_is_the_cue_of_the_report_after_it() -> None:
    # "wies die Kritik zurück" has no content of its own; the Konjunktiv sentence after it is what was said
    text = "Gstrein wies die Kritik zurück. Die Verordnung sei von Juristen sorgfältig geprüft worden."
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == ["Die Verordnung sei von Juristen sorgfältig geprüft worden"]
    assert _cue_words(text) == ["wies zurück"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Wendtland zeigte sich zuversichtlich: „Am Ende wird es eine breite Mehrheit geben.“", "zeigte"),
        ("Pichler selbst gab sich kämpferisch: „Ich komm zurück, das ist sicher.“", "gab"),
        ("Eine junge Frau mit Kinderwagen sieht es anders: „Es war Zeit für einen Wechsel.“", "sieht"),
    ],
)
def test_a_colon_after_a_verb_that_says_no_speech_is_part_of_the_cue(text: str, verb: str) -> None:
    # the clause before the colon gives the speaker and their stance; the colon brings in the words
    assert _cue_words(text) == [f"{verb} :"]


def test_a_speech_verb_before_a_colon_stays_the_cue() -> None:
    assert _cue_words("Die Ministerin sagte am Montag: „Wir sind bereit.“") == ["sagte"]
