"""Idiom cues: a common verb that a fixed phrase in its clause makes a verb of saying (hand-built docs, both
label schemes, and the pipeline)."""

from __future__ import annotations

from tests.handbuilt import Row, build, text_of

import quotekit
from quotekit.records import CueMatch
from quotekit.stages.cues import find_cues
from quotekit.stages.reported import find_indirect_quotes
from quotekit.syntax import labels

Scheme = labels.Scheme


def _cues(rows: list[Row], scheme: Scheme) -> list[tuple[str, str]]:
    """(lemma, the words as a reader names them) of each verb cue; each stretch checked against the text."""
    doc = build(rows, scheme)
    found = []
    for cue in find_cues(doc):
        if cue.kind != "verb":
            continue
        assert doc.text[cue.start : cue.end] == cue.text
        found.append((cue.lemma, _words(doc.text, cue)))
    return found


def _words(text: str, cue: CueMatch) -> str:
    spans = [(cue.start, cue.end), *([] if cue.companion is None else [cue.companion])]
    return " … ".join(text[start:end] for start, end in sorted(spans))


def _gave_to_consider() -> list[Row]:
    """ "Die Ministerin gab zu bedenken, dass die Kosten steigen könnten." """
    return [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Ministerin", "NOUN", "2", "nsubj", "sb", "Ministerin"),
        ("gab", "VERB", "2", "ROOT", "ROOT", "geben", "Mood=Ind|VerbForm=Fin"),
        ("zu", "PART", "4", "mark", "pm", "zu"),
        ("bedenken", "VERB", "2", "xcomp", "oc", "bedenken", "VerbForm=Inf"),
        (",", "PUNCT", "10", "punct", "punct", ","),
        ("dass", "SCONJ", "10", "mark", "cp", "dass"),
        ("die", "DET", "8", "det", "nk", "der"),
        ("Kosten", "NOUN", "9", "nsubj", "sb", "Kosten"),
        ("steigen", "VERB", "10", "xcomp", "oc", "steigen", "VerbForm=Inf"),
        ("könnten", "AUX", "2", "ccomp", "oc", "können", "Mood=Sub|VerbForm=Fin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]


def test_a_phrase_after_a_verb_in_second_place_makes_it_a_cue(scheme: Scheme) -> None:
    assert _cues(_gave_to_consider(), scheme) == [("zu bedenken geben", "gab … zu bedenken")]


def test_what_an_idiom_cue_reports_is_reported_speech_with_its_subject(scheme: Scheme) -> None:
    doc = build(_gave_to_consider(), scheme)
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    assert [([doc.text[s:e] for s, e in q.parts], text_of(doc, q.mention)) for q in quotes] == [
        (["dass die Kosten steigen könnten"], "Die Ministerin")
    ]


def test_a_phrase_right_before_a_verb_that_ends_its_clause_makes_one_run(scheme: Scheme) -> None:
    # "…, der zu Protokoll gab, …"
    rows = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Zeuge", "NOUN", "1", "ROOT", "ROOT", "Zeuge"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("der", "PRON", "6", "nsubj", "sb", "der"),
        ("zu", "ADP", "5", "case", "mo", "zu"),
        ("Protokoll", "NOUN", "6", "obl", "mo", "Protokoll"),
        ("gab", "VERB", "1", "acl:relcl", "rc", "geben", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "6", "punct", "punct", ","),
    ]
    assert _cues(rows, scheme) == [("zu protokoll geben", "zu Protokoll gab")]


def test_the_same_verb_without_its_phrase_is_no_cue(scheme: Scheme) -> None:
    # "Er gab ihr das Buch zu lesen.": "zu" and an infinitive make no idiom of saying
    rows = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("gab", "VERB", "1", "ROOT", "ROOT", "geben", "Mood=Ind|VerbForm=Fin"),
        ("ihr", "PRON", "1", "iobj", "da", "ihr"),
        ("das", "DET", "4", "det", "nk", "der"),
        ("Buch", "NOUN", "1", "obj", "oa", "Buch"),
        ("zu", "PART", "6", "mark", "pm", "zu"),
        ("lesen", "VERB", "1", "xcomp", "oc", "lesen", "VerbForm=Inf"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert _cues(rows, scheme) == []


def _extracted(text: str) -> list[tuple[str, str | None]]:
    """(text, cue words) of each quotation the pipeline finds."""
    return [(q.text, q.cue.words if q.cue else None) for q in quotekit.extract(text)]


def test_idioms_report_on_the_pipeline() -> None:
    text = (
        "Der Bürgermeister brachte seine Sorge zum Ausdruck, dass das Projekt scheitern werde. "
        "Der Anwalt machte geltend, sein Mandant sei zur Tatzeit in Wien gewesen."
    )
    assert _extracted(text) == [
        ("dass das Projekt scheitern werde", "brachte … zum Ausdruck"),
        ("sein Mandant sei zur Tatzeit in Wien gewesen", "machte … geltend"),
    ]


def test_what_is_to_be_heard_is_reported_speech() -> None:
    text = (
        "Aus der Regierung ist zu hören, der Milliardär habe die Filme in Auftrag gegeben. "
        "Die Musik ist im ganzen Viertel zu hören."
    )
    assert _extracted(text) == [("der Milliardär habe die Filme in Auftrag gegeben", "ist … zu hören")]


def test_wert_darauf_legen_reports_its_dass_clause() -> None:
    # "legten Wert darauf, dass …": insisting is saying (before the fix nothing was reported); "legt Wert auf
    # gutes Essen" has no clause to report
    text = (
        "Beide Regierungen legten aber Wert darauf, dass auch andere Länder Soldaten stellen. "
        "Der Koch legt großen Wert auf gutes Essen."
    )
    assert _extracted(text) == [("dass auch andere Länder Soldaten stellen", "legten … Wert darauf")]


def test_a_separable_particle_closes_a_long_middle_field() -> None:
    # "sicherte Präsident Gusmão kurz vor dem Ablauf der Mission zu, …": nine words between the verb and its
    # particle (before the fix the particle was looked for over ten tokens after the verb only)
    text = (
        "Den Flüchtlingen sicherte Präsident Gusmão kurz vor dem Ablauf der Mission zu, "
        "dass die Türen offen bleiben würden."
    )
    assert _extracted(text) == [("dass die Türen offen bleiben würden", "sicherte … zu")]
