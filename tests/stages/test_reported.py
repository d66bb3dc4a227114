"""Reported speech on hand-built docs: cue-governed clauses, framed sentences, continuations, mood."""

from __future__ import annotations

import pytest
from tests.handbuilt import Row, build, text_of

import quotekit
from quotekit.records import CueKind, QuoteRecord
from quotekit.stages.cues import find_cues
from quotekit.stages.reported import find_indirect_quotes
from quotekit.syntax import labels

Scheme = labels.Scheme


def reported(rows: list[Row], scheme: Scheme = Scheme.UD) -> list[tuple[list[str], str, str | None]]:
    doc = build(rows, scheme)
    quotes: list[QuoteRecord] = find_indirect_quotes(doc, find_cues(doc), [])
    return [([doc.text[s:e] for s, e in q.parts], q.kind, text_of(doc, q.mention)) for q in quotes]


SAID_THEN_CONTINUED: list[Row] = [
    ("Der", "DET", "1", "det", "nk", "der"),
    ("Minister", "NOUN", "2", "nsubj", "sb", "Minister"),
    ("betonte", "VERB", "2", "ROOT", "ROOT", "betonen"),
    (",", "PUNCT", "6", "punct", "punct", ","),
    ("dass", "SCONJ", "6", "mark", "cp", "dass"),
    ("man", "PRON", "6", "nsubj", "sb", "man"),
    ("handeln", "VERB", "2", "ccomp", "oc", "handeln"),
    ("werde", "AUX", "6", "aux", "oc", "werden"),
    (".", "PUNCT", "2", "punct", "punct", "."),
    ("Die", "DET", "10", "det", "nk", "der"),
    ("Regierung", "NOUN", "11", "nsubj", "sb", "Regierung"),
    ("habe", "AUX", "11", "ROOT", "ROOT", "haben"),
    ("keine", "DET", "13", "det", "nk", "kein"),
    ("Wahl", "NOUN", "11", "obj", "oa", "Wahl"),
    (".", "PUNCT", "11", "punct", "punct", "."),
    ("Sie", "PRON", "16", "nsubj", "sb", "sie"),
    ("hat", "AUX", "16", "ROOT", "ROOT", "haben"),
    ("Geld", "NOUN", "16", "obj", "oa", "Geld"),
    (".", "PUNCT", "16", "punct", "punct", "."),
]


def test_dass_clause_then_konjunktiv_continuation_then_indicative(scheme: Scheme) -> None:
    # The continuation keeps the speaker; the indicative sentence after it is narrative, not a quote.
    assert reported(SAID_THEN_CONTINUED, scheme) == [
        (["dass man handeln werde"], "indirect", "Der Minister"),
        (["Die Regierung habe keine Wahl"], "indirect", "Der Minister"),
    ]


def test_a_konjunktiv_continuation_with_a_cue_that_reports_nothing_goes_on(scheme: Scheme) -> None:
    # "Sie habe davor gewarnt": a speech verb with no content of its own does not end the chain.
    rows = [
        *SAID_THEN_CONTINUED[:9],
        ("Sie", "PRON", "11", "nsubj", "sb", "sie"),
        ("habe", "AUX", "11", "aux", "ROOT", "haben"),
        ("davor", "ADV", "12", "advmod", "mo", "davor"),
        ("gewarnt", "VERB", "12", "ROOT", "oc", "warnen", "VerbForm=Part"),
        (".", "PUNCT", "12", "punct", "punct", "."),
    ]
    if scheme is Scheme.TIGER:
        rows[9:] = [
            ("Sie", "PRON", "10", "nsubj", "sb", "sie"),
            ("habe", "AUX", "10", "ROOT", "ROOT", "haben"),
            ("davor", "ADV", "12", "advmod", "mo", "davor"),
            ("gewarnt", "VERB", "10", "oc", "oc", "warnen", "VerbForm=Part"),
            (".", "PUNCT", "10", "punct", "punct", "."),
        ]
    assert reported(rows, scheme) == [
        (["dass man handeln werde"], "indirect", "Der Minister"),
        (["Sie habe davor gewarnt"], "indirect", "Der Minister"),
    ]


def test_clause_before_an_inverted_cue(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Lage", "NOUN", "3", "nsubj", "sb", "Lage"),
        ("sei", "AUX", "3", "cop", "ROOT", "sein"),
        ("ernst", "ADJ", "3", "ROOT", "pd", "ernst"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("sagte", "VERB", "3", "parataxis", "par", "sagen"),
        ("der", "DET", "7", "det", "nk", "der"),
        ("Sprecher", "NOUN", "5", "nsubj", "sb", "Sprecher"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    if scheme is Scheme.TIGER:  # TIGER makes the finite verb the head of its clause
        rows[2] = ("sei", "AUX", "2", "cop", "ROOT", "sein")
        rows[3] = ("ernst", "ADJ", "2", "ROOT", "pd", "ernst")
        rows[1] = ("Lage", "NOUN", "2", "nsubj", "sb", "Lage")
        rows[5] = ("sagte", "VERB", "2", "parataxis", "par", "sagen")
        rows[8] = (".", "PUNCT", "2", "punct", "punct", ".")
    assert reported(rows, scheme) == [(["Die Lage sei ernst"], "indirect", "der Sprecher")]


def test_laut_frame_is_left_out_and_names_the_source(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Täter", "NOUN", "2", "nsubj", "sb", "Täter"),
        ("flohen", "VERB", "2", "ROOT", "ROOT", "fliehen"),
        ("laut", "ADP", "5", "case", "mo", "laut"),
        ("der", "DET", "5", "det", "nk", "der"),
        ("Polizei", "NOUN", "2", "obl", "nk", "Polizei"),
        ("nach", "ADP", "7", "case", "mo", "nach"),
        ("Polen", "PROPN", "2", "obl", "nk", "Polen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Die Täter flohen", "nach Polen"], "indirect", "der Polizei")]


def test_a_laut_source_ends_at_an_article_after_a_name(scheme: Scheme) -> None:
    # "Jedoch wurde laut Sergei Voznyak der Sprecher festgenommen.": "der Sprecher" is the subject,
    # no genitive of the name (the tagger calls the surname a common noun).
    rows: list[Row] = [
        ("Jedoch", "ADV", "7", "advmod", "mo", "jedoch"),
        ("wurde", "AUX", "7", "aux:pass", "ROOT", "werden"),
        ("laut", "ADP", "3", "case", "mo", "laut"),
        ("Sergei", "PROPN", "4", "nmod", "pnc", "Sergei"),
        ("Voznyak", "NOUN", "7", "obl", "nk", "Voznyak"),
        ("der", "DET", "6", "det", "nk", "der"),
        ("Sprecher", "NOUN", "7", "nsubj:pass", "sb", "Sprecher"),
        ("festgenommen", "VERB", "7", "ROOT", "oc", "festnehmen"),
        (".", "PUNCT", "7", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    doc[4].ent_type_ = "PER"
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    assert [([doc.text[s:e] for s, e in q.parts], text_of(doc, q.mention)) for q in quotes] == [
        (["Jedoch wurde", "der Sprecher festgenommen"], "Sergei Voznyak")
    ]


def test_zufolge_frame_is_left_out(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Dem", "DET", "1", "det", "nk", "der"),
        ("Bericht", "NOUN", "3", "obl", "mo", "Bericht"),
        ("zufolge", "ADP", "1", "case", "mo", "zufolge"),
        ("starben", "VERB", "3", "ROOT", "ROOT", "sterben"),
        ("zehn", "NUM", "5", "nummod", "nk", "zehn"),
        ("Menschen", "NOUN", "3", "nsubj", "sb", "Mensch"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["starben zehn Menschen"], "indirect", "Dem Bericht")]


def test_a_party_in_brackets_before_zufolge_stays_in_the_frame_and_is_not_the_source(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Landesrätin", "NOUN", "10", "obl", "mo", "Landesrätin"),
        ("Vera", "PROPN", "0", "appos", "nk", "Vera"),
        ("Moser", "PROPN", "1", "flat:name", "pnc", "Moser"),
        ("(", "PUNCT", "4", "punct", "punct", "("),
        ("ÖVP", "PROPN", "0", "appos", "app", "ÖVP"),
        (")", "PUNCT", "4", "punct", "punct", ")"),
        ("zufolge", "ADP", "0", "case", "mo", "zufolge"),
        ("sollen", "AUX", "10", "aux", "ROOT", "sollen"),
        ("zwei", "NUM", "9", "nummod", "nk", "zwei"),
        ("Stellen", "NOUN", "10", "nsubj", "sb", "Stelle"),
        ("entstehen", "VERB", "10", "ROOT", "oc", "entstehen"),
        (".", "PUNCT", "10", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [
        (["sollen zwei Stellen entstehen"], "indirect", "Landesrätin Vera Moser ( ÖVP )")
    ]


def test_der_before_a_womans_role_is_no_subject_of_the_cue(scheme: Scheme) -> None:
    # "Der Ministerin warf er vor, die Lage zu verharmlosen.": the parse takes the dative for the subject.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Ministerin", "NOUN", "2", "nsubj", "sb", "Ministerin"),
        ("warf", "VERB", "2", "ROOT", "ROOT", "werfen"),
        ("er", "PRON", "2", "nsubj", "sb", "er"),
        ("vor", "ADP", "2", "compound:prt", "svp", "vor"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("die", "DET", "7", "det", "nk", "der"),
        ("Lage", "NOUN", "9", "obj", "oa", "Lage"),
        ("zu", "PART", "9", "mark", "pm", "zu"),
        ("verharmlosen", "VERB", "2", "xcomp", "oc", "verharmlosen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["die Lage zu verharmlosen"], "indirect", "er")]


def test_wie_clause_is_the_frame(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Wie", "ADV", "3", "advmod", "mo", "wie"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("Polizei", "NOUN", "3", "nsubj", "sb", "Polizei"),
        ("mitteilte", "VERB", "9", "advcl", "mo", "mitteilen"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("seien", "AUX", "9", "aux", "ROOT", "sein"),
        ("drei", "NUM", "7", "nummod", "nk", "drei"),
        ("Dörfer", "NOUN", "9", "nsubj:pass", "sb", "Dorf"),
        ("bombardiert", "VERB", "9", "ROOT", "oc", "bombardieren"),
        ("worden", "AUX", "8", "aux:pass", "oc", "werden"),
        (".", "PUNCT", "9", "punct", "punct", "."),
    ]
    quotes = reported(rows, scheme)
    assert [q[0] for q in quotes] == [["seien drei Dörfer bombardiert worden"]]


def test_speech_noun_introduces_konjunktiv_clause(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Stoltenbergs", "PROPN", "1", "nmod:poss", "ag", "Stoltenberg"),
        ("Behauptung", "NOUN", "1", "ROOT", "ROOT", "Behauptung"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("Russland", "PROPN", "4", "nsubj", "sb", "Russland"),
        ("habe", "AUX", "1", "acl", "rc", "haben"),
        ("keine", "DET", "6", "det", "nk", "kein"),
        ("Antwort", "NOUN", "4", "obj", "oa", "Antwort"),
        ("gegeben", "VERB", "4", "xcomp", "oc", "geben"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Russland habe keine Antwort gegeben"], "indirect", "Stoltenbergs")]


def _noun_with_attribute(noun: str, lemma: str) -> list[Row]:
    """ "Die <noun> der Wärter, Russland habe keine Antwort gegeben." """
    return [
        ("Die", "DET", "1", "det", "nk", "der"),
        (noun, "NOUN", "1", "ROOT", "ROOT", lemma),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Wärter", "NOUN", "1", "nmod", "ag", "Wärter"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("Russland", "PROPN", "6", "nsubj", "sb", "Russland"),
        ("habe", "AUX", "1", "acl", "rc", "haben"),
        ("keine", "DET", "8", "det", "nk", "kein"),
        ("Antwort", "NOUN", "6", "obj", "oa", "Antwort"),
        ("gegeben", "VERB", "6", "xcomp", "oc", "geben"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]


def test_a_speech_noun_introduces_the_clause_after_its_genitive_attribute(scheme: Scheme) -> None:
    rows = _noun_with_attribute("Warnung", "Warnung")
    assert reported(rows, scheme) == [(["Russland habe keine Antwort gegeben"], "indirect", "der Wärter")]
    # After an attribute only a noun of saying reports: plans say nothing.
    doc = build(_noun_with_attribute("Pläne", "Plan"), scheme)
    assert [cue.kind for cue in find_cues(doc) if cue.kind is CueKind.NOUN] == []


def test_reported_clause_with_a_quoted_fragment_is_mixed(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("das", "PRON", "4", "nsubj", "sb", "das"),
        ("sei", "AUX", "1", "ccomp", "oc", "sein"),
        ("„", "PUNCT", "6", "punct", "punct", "„"),
        ("Unsinn", "NOUN", "4", "nsubj", "pd", "Unsinn"),
        ("“", "PUNCT", "6", "punct", "punct", "“"),
    ]
    quotes = reported(rows, scheme)
    assert [(q[1], q[2]) for q in quotes] == [("mixed", "Er")]


def test_reportative_sollen_with_no_one_speaking_in_its_paragraph_is_no_quotation(scheme: Scheme) -> None:
    # "Er soll den Tätern geholfen haben." alone: the newsroom's hearsay (after a quotation it is the speaker's,
    # `test_a_reportative_claim_right_after_a_quotation_is_still_found`)
    rows: list[Row] = [
        ("Er", "PRON", "4", "nsubj", "sb", "er"),
        ("soll", "AUX", "4", "aux", "ROOT", "sollen"),
        ("den", "DET", "3", "det", "nk", "der"),
        ("Tätern", "NOUN", "4", "iobj", "da", "Täter"),
        ("geholfen", "VERB", "4", "ROOT", "oc", "helfen"),
        ("haben", "AUX", "4", "aux", "oc", "haben"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == []


def test_a_quoted_fragment_inside_reported_speech_stays_a_quotation_of_its_own() -> None:
    from quotekit.records import QuoteRecord
    from quotekit.stages.reported import merge_quotes

    # "Er sagte, sie habe „keinen Plan“ vorgelegt. „Später mehr“, sagte er."
    mixed = QuoteRecord(parts=[(10, 42)], kind="mixed")
    inner = QuoteRecord(parts=[(23, 33)], kind="direct")
    outside = QuoteRecord(parts=[(45, 56)], kind="direct")
    assert merge_quotes([inner, outside], [mixed]) == [mixed, inner, outside]


def _demanded(clause: list[Row]) -> list[Row]:
    """ "Die Gewerkschaft forderte Neuwahlen, <clause>." with the clause (tokens 5…, absolute heads)
    hung on the speech verb (token 2) as its complement, as weak parses do."""
    return [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Gewerkschaft", "NOUN", "2", "nsubj", "sb", "Gewerkschaft"),
        ("forderte", "VERB", "2", "ROOT", "ROOT", "fordern"),
        ("Neuwahlen", "NOUN", "2", "obj", "oa", "Neuwahl"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        *clause,
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]


PURPOSE: list[Row] = [  # "um den Weg freizumachen"
    ("um", "SCONJ", "8", "mark", "cp", "um"),
    ("den", "DET", "7", "det", "nk", "der"),
    ("Weg", "NOUN", "8", "obj", "oa", "Weg"),
    ("freizumachen", "VERB", "2", "xcomp", "oc", "freimachen", "VerbForm=Inf"),
]
RELATIVE: list[Row] = [  # "die sofort stattfinden sollen"
    ("die", "PRON", "7", "nsubj", "sb", "der", "PronType=Rel"),
    ("sofort", "ADV", "7", "advmod", "mo", "sofort"),
    ("stattfinden", "VERB", "2", "ccomp", "oc", "stattfinden", "VerbForm=Inf"),
    ("sollen", "AUX", "7", "aux", "oc", "sollen", "Mood=Ind|VerbForm=Fin"),
]
CAUSE_IN_KONJUNKTIV: list[Row] = [  # "weil die Regierung versagt habe": reported, despite "weil"
    ("weil", "SCONJ", "8", "mark", "cp", "weil"),
    ("die", "DET", "7", "det", "nk", "der"),
    ("Regierung", "NOUN", "8", "nsubj", "sb", "Regierung"),
    ("versagt", "VERB", "2", "ccomp", "oc", "versagen", "VerbForm=Part"),
    ("habe", "AUX", "8", "aux", "oc", "haben", "Mood=Sub|VerbForm=Fin"),
]


@pytest.mark.parametrize("clause", [PURPOSE, RELATIVE], ids=["um-zu", "relative"])
def test_adverbial_and_relative_clauses_are_not_what_was_said(scheme: Scheme, clause: list[Row]) -> None:
    assert reported(_demanded(clause), scheme) == []


def test_a_konjunktiv_keeps_an_adverbial_clause_reported(scheme: Scheme) -> None:
    assert reported(_demanded(CAUSE_IN_KONJUNKTIV), scheme) == [
        (["weil die Regierung versagt habe"], "indirect", "Die Gewerkschaft")
    ]


def _before_inverted_cue(clause: list[Row]) -> list[Row]:
    """ "<clause>, sagte er." with the clause (tokens 0…, absolute heads; its head points at the cue,
    token len(clause) + 1) before an inverted cue."""
    cue = len(clause) + 1
    return [
        *clause,
        (",", "PUNCT", str(cue), "punct", "punct", ","),
        ("sagte", "VERB", str(cue), "ROOT", "ROOT", "sagen", "Mood=Ind|VerbForm=Fin"),
        ("er", "PRON", str(cue), "nsubj", "sb", "er"),
        (".", "PUNCT", str(cue), "punct", "punct", "."),
    ]


MAIN_CLAUSE: list[Row] = [  # "Beide Seiten werden Mühen scheuen": indicative, verb second
    ("Beide", "DET", "1", "det", "nk", "beide"),
    ("Seiten", "NOUN", "4", "nsubj", "sb", "Seite"),
    ("werden", "AUX", "4", "aux", "oc", "werden", "Mood=Ind|VerbForm=Fin"),
    ("Mühen", "NOUN", "4", "obj", "oa", "Mühe"),
    ("scheuen", "VERB", "6", "ccomp", "oc", "scheuen", "VerbForm=Inf"),
]
VERB_FINAL: list[Row] = [  # "Da die Lage ernst war": a subordinate clause frames the cue
    ("Da", "SCONJ", "3", "mark", "cp", "da"),
    ("die", "DET", "2", "det", "nk", "der"),
    ("Lage", "NOUN", "3", "nsubj", "sb", "Lage"),
    ("ernst", "ADJ", "6", "ccomp", "oc", "ernst"),
    ("war", "AUX", "3", "cop", "oc", "sein", "Mood=Ind|VerbForm=Fin"),
]
VERB_FIRST: list[Row] = [  # "Haben sie darüber gesprochen": no declarative clause
    ("Haben", "AUX", "3", "aux", "oc", "haben", "Mood=Ind|VerbForm=Fin"),
    ("sie", "PRON", "3", "nsubj", "sb", "sie"),
    ("darüber", "ADV", "3", "advmod", "mo", "darüber"),
    ("gesprochen", "VERB", "5", "ccomp", "oc", "sprechen", "VerbForm=Part"),
]


def test_main_clause_before_an_inverted_cue_is_reported(scheme: Scheme) -> None:
    assert reported(_before_inverted_cue(MAIN_CLAUSE), scheme) == [
        (["Beide Seiten werden Mühen scheuen"], "indirect", "er")
    ]


@pytest.mark.parametrize("clause", [VERB_FINAL, VERB_FIRST], ids=["verb-final", "verb-first"])
def test_a_clause_that_is_not_declarative_frames_the_cue(scheme: Scheme, clause: list[Row]) -> None:
    assert reported(_before_inverted_cue(clause), scheme) == []


POLICE_ASK: list[Row] = [
    ("Die", "DET", "1", "det", "nk", "der"),
    ("Polizei", "NOUN", "2", "nsubj", "sb", "Polizei"),
    ("bittet", "VERB", "2", "ROOT", "ROOT", "bitten"),
    ("um", "ADP", "4", "case", "ac", "um"),
    ("Hinweise", "NOUN", "2", "obl", "mo", "Hinweis"),
    (".", "PUNCT", "2", "punct", "punct", "."),
]


# The same sentence with no cue in it: "Die Polizei sucht Zeugen."
POLICE_SEARCH: list[Row] = [
    ("Die", "DET", "1", "det", "nk", "der"),
    ("Polizei", "NOUN", "2", "nsubj", "sb", "Polizei"),
    ("sucht", "VERB", "2", "ROOT", "ROOT", "suchen"),
    ("Zeugen", "NOUN", "2", "obj", "oa", "Zeuge"),
    (".", "PUNCT", "2", "punct", "punct", "."),
]


def _sentence_after(rows: list[Row], before: list[Row] = POLICE_ASK) -> list[Row]:
    """`rows` (one sentence, heads counted from 0) placed after `before` (POLICE_ASK)."""
    shift = len(before)
    return [*before, *((r[0], r[1], str(int(r[2]) + shift), *r[3:]) for r in rows)]


MAN_DESCRIBED: list[Row] = [
    ("Der", "DET", "1", "det", "nk", "der"),
    ("Mann", "NOUN", "2", "nsubj", "sb", "Mann"),
    ("sei", "AUX", "2", "ROOT", "ROOT", "sein"),
    ("etwa", "ADV", "4", "advmod", "mo", "etwa"),
    ("dreißig", "NUM", "5", "nummod", "nk", "dreißig"),
    ("Jahre", "NOUN", "6", "obl", "mo", "Jahr"),
    ("alt", "ADJ", "2", "advmod", "pd", "alt"),
    (".", "PUNCT", "2", "punct", "punct", "."),
    ("Er", "PRON", "9", "nsubj", "sb", "er"),
    ("trage", "VERB", "9", "ROOT", "ROOT", "tragen"),
    ("eine", "DET", "11", "det", "nk", "ein"),
    ("Brille", "NOUN", "9", "obj", "oa", "Brille"),
    (".", "PUNCT", "9", "punct", "punct", "."),
]


def test_konjunktiv_one_sentences_with_no_cue_are_free_reported_speech(scheme: Scheme) -> None:
    # The source is the subject of the sentence before; the Konjunktiv sentence after goes on with it,
    # a quotation of its own.
    assert reported(_sentence_after(MAN_DESCRIBED), scheme) == [
        (["Der Mann sei etwa dreißig Jahre alt"], "indirect", "Die Polizei"),
        (["Er trage eine Brille"], "indirect", "Die Polizei"),
    ]


@pytest.mark.parametrize(
    ("word", "lemma", "subject", "morph"),
    [
        ("wäre", "sein", "Das", ""),  # Konjunktiv II: as often a conditional ("Das wäre ein Fehler")
        ("hätten", "haben", "Sie", ""),
        ("haben", "haben", "Sie", "Mood=Sub|Tense=Pres"),  # plural: the indicative's form
        ("habe", "haben", "Ich", ""),  # first person: indicative
    ],
)
def test_other_konjunktiv_sentences_need_a_cue(
    scheme: Scheme, word: str, lemma: str, subject: str, morph: str
) -> None:
    rows: list[Row] = [
        (subject, "PRON", "1", "nsubj", "sb", subject.lower()),
        (word, "AUX", "1", "ROOT", "ROOT", lemma, morph),
        ("keinen", "DET", "3", "det", "nk", "kein"),
        ("Ausweg", "NOUN", "1", "obj", "oa", "Ausweg"),
        ("gesehen", "VERB", "1", "xcomp", "oc", "sehen"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(_sentence_after(rows, POLICE_SEARCH), scheme) == []
    konjunktiv_one = [("Er", *rows[0][1:]), ("habe", "AUX", "1", "ROOT", "ROOT", "haben"), *rows[2:]]
    assert [q[0] for q in reported(_sentence_after(konjunktiv_one, POLICE_SEARCH), scheme)] == [
        ["Er habe keinen Ausweg gesehen"]
    ]


@pytest.mark.parametrize(
    ("word", "reports"),
    [("hätten", True), ("wäre", False)],  # "hätten" stands for "haben"; "wäre" beside "sei"
)
def test_a_konjunktiv_two_after_a_cue_that_reported_nothing_goes_on_with_it(
    scheme: Scheme, word: str, reports: bool
) -> None:
    # "Die Polizei bittet um Hinweise. Sie hätten keinen Ausweg gesehen."
    rows: list[Row] = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        (word, "AUX", "1", "ROOT", "ROOT", "haben"),
        ("keinen", "DET", "3", "det", "nk", "kein"),
        ("Ausweg", "NOUN", "1", "obj", "oa", "Ausweg"),
        ("gesehen", "VERB", "1", "xcomp", "oc", "sehen"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    found = [q[0] for q in reported(_sentence_after(rows), scheme)]
    assert found == ([[f"Sie {word} keinen Ausweg gesehen"]] if reports else [])


def test_a_konjunktiv_the_parse_hangs_deep_is_found_by_its_position(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Lage", "NOUN", "4", "nsubj", "sb", "Lage"),
        ("sei", "AUX", "3", "cop", "pd", "sein"),  # hung on the adverb, not on the root
        ("weltweit", "ADV", "4", "advmod", "mo", "weltweit"),
        ("gekennzeichnet", "VERB", "4", "ROOT", "ROOT", "kennzeichnen"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    assert reported(_sentence_after(rows), scheme) == [
        (["Die Lage sei weltweit gekennzeichnet"], "indirect", "Die Polizei")
    ]


def test_a_reportative_claim_right_after_a_quotation_is_still_found(scheme: Scheme) -> None:
    said = SAID_THEN_CONTINUED[:9]  # "Der Minister betonte, dass man handeln werde."
    claim: list[Row] = [
        ("Er", "PRON", "13", "nsubj", "sb", "er"),
        ("soll", "AUX", "13", "aux", "ROOT", "sollen"),
        ("den", "DET", "12", "det", "nk", "der"),
        ("Tätern", "NOUN", "13", "iobj", "da", "Täter"),
        ("geholfen", "VERB", "13", "ROOT", "oc", "helfen"),
        ("haben", "AUX", "13", "aux", "oc", "haben"),
        (".", "PUNCT", "13", "punct", "punct", "."),
    ]
    assert reported([*said, *claim], scheme) == [
        (["dass man handeln werde"], "indirect", "Der Minister"),
        (["Er soll den Tätern geholfen haben"], "indirect", "Der Minister"),
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["gegen", "die", "Täter", "vorzugehen"], [["gegen die Täter vorzugehen"]]),  # "zu" spelt inside
        (["die", "Täter", "zu", "suchen"], [["die Täter zu suchen"]]),
        (["um", "die", "Täter", "zu", "suchen"], []),  # a purpose clause is not what was promised
    ],
)
def test_a_zu_infinitive_after_the_cue_is_what_was_said(
    scheme: Scheme, words: list[str], expected: list[list[str]]
) -> None:
    # The parse hangs the infinitive clause on the verb with no clausal label (as weak parses do).
    pos = {"gegen": "ADP", "die": "DET", "Täter": "NOUN", "zu": "PART", "um": "SCONJ"}
    verb = len(words) + 2
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "die"),
        ("Polizei", "NOUN", "2", "nsubj", "sb", "Polizei"),
        ("versprach", "VERB", "2", "ROOT", "ROOT", "versprechen"),
        (",", "PUNCT", str(verb), "punct", "punct", ","),
        *(
            (w, pos.get(w, "VERB"), str(verb), "dep", "mo", w.lower(), "" if w in pos else "VerbForm=Inf")
            for w in words
        ),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    rows[verb] = (*rows[verb][:2], "2", "acl", "mo", *rows[verb][5:])
    assert [q[0] for q in reported(rows, scheme)] == expected


def test_speech_reported_inside_reported_speech_extends_the_outer_quotation(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("dass", "SCONJ", "5", "mark", "cp", "dass"),
        ("beide", "PRON", "5", "nsubj", "sb", "beide"),
        ("vereinbart", "VERB", "1", "ccomp", "oc", "vereinbaren"),
        ("haben", "AUX", "5", "aux", "oc", "haben"),
        (",", "PUNCT", "10", "punct", "punct", ","),
        ("neue", "ADJ", "9", "amod", "nk", "neu"),
        ("Treffen", "NOUN", "10", "obj", "oa", "Treffen"),
        ("abzuhalten", "VERB", "1", "dep", "mo", "abhalten", "VerbForm=Inf"),  # misattached
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [
        (["dass beide vereinbart haben, neue Treffen abzuhalten"], "indirect", "Er")
    ]


def test_words_the_parse_hangs_on_the_cue_still_belong_to_the_reported_clause(scheme: Scheme) -> None:
    # "Er sagte, dem Iran bleibe keine Wahl." with "dem Iran" and "keine Wahl" hung on "sagte".
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        (",", "PUNCT", "1", "punct", "punct", ","),
        ("dem", "DET", "4", "det", "nk", "der"),
        ("Iran", "PROPN", "1", "obl", "da", "Iran"),
        ("bleibe", "VERB", "1", "parataxis", "oc", "bleiben"),
        ("keine", "DET", "7", "det", "nk", "kein"),
        ("Wahl", "NOUN", "1", "obj", "oa", "Wahl"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["dem Iran bleibe keine Wahl"], "indirect", "Er")]


def test_a_main_clause_ending_in_a_relative_clause_is_reported_before_an_inverted_cue(scheme: Scheme) -> None:
    # "Es gebe Hohlräume, zu denen niemand vordringen konnte, hieß es."
    rows: list[Row] = [
        ("Es", "PRON", "1", "expl", "ep", "es"),
        ("gebe", "VERB", "10", "ccomp", "oc", "geben"),
        ("Hohlräume", "NOUN", "1", "obj", "oa", "Hohlraum"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("zu", "ADP", "5", "case", "mo", "zu"),
        ("denen", "PRON", "7", "obl", "nk", "der", "PronType=Rel"),
        ("niemand", "PRON", "7", "nsubj", "sb", "niemand"),
        ("vordringen", "VERB", "2", "acl", "rc", "vordringen"),
        ("konnte", "AUX", "7", "aux", "oc", "können", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "10", "punct", "punct", ","),
        ("hieß", "VERB", "10", "ROOT", "ROOT", "heißen"),
        ("es", "PRON", "10", "nsubj", "sb", "es"),
        (".", "PUNCT", "10", "punct", "punct", "."),
    ]
    assert [q[0] for q in reported(rows, scheme)] == [
        ["Es gebe Hohlräume, zu denen niemand vordringen konnte"]
    ]


def test_a_frame_before_the_cue_leaves_the_clause_after_it_reported(scheme: Scheme) -> None:
    # "An die Gewerkschaften gewandt sagte Köhler, sie müssten handeln." with the frame as a clause.
    rows: list[Row] = [
        ("An", "ADP", "2", "case", "mo", "an"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("Gewerkschaften", "NOUN", "3", "obl", "nk", "Gewerkschaft"),
        ("gewandt", "VERB", "4", "ccomp", "oc", "wenden", "VerbForm=Part"),
        ("sagte", "VERB", "4", "ROOT", "ROOT", "sagen"),
        ("Köhler", "PROPN", "4", "nsubj", "sb", "Köhler"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("sie", "PRON", "9", "nsubj", "sb", "sie"),
        ("müssten", "AUX", "9", "aux", "oc", "müssen", "Mood=Sub|VerbForm=Fin"),
        ("handeln", "VERB", "4", "xcomp", "oc", "handeln"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["sie müssten handeln"], "indirect", "Köhler")]


def test_a_new_indicative_predicate_after_a_comma_ends_the_reported_clause(scheme: Scheme) -> None:
    # "Er erklärte, er sei unschuldig, erkannte das Gericht nicht an."
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("erklärte", "VERB", "1", "ROOT", "ROOT", "erklären"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("er", "PRON", "5", "nsubj", "sb", "er"),
        ("sei", "AUX", "5", "cop", "oc", "sein"),
        ("unschuldig", "ADJ", "1", "ccomp", "oc", "unschuldig"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("erkannte", "VERB", "1", "conj", "cj", "erkennen", "Mood=Ind|VerbForm=Fin"),
        ("das", "DET", "9", "det", "nk", "der"),
        ("Gericht", "NOUN", "7", "obj", "oa", "Gericht"),
        ("nicht", "PART", "7", "advmod", "ng", "nicht"),
        ("an", "ADP", "7", "compound:prt", "svp", "an"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["er sei unschuldig"], "indirect", "Er")]


def test_the_reported_clause_may_follow_an_apposition_of_the_speaker(scheme: Scheme) -> None:
    # "Dann erklärte der Verlag, die Firma Lensing, dass das Blatt leide." with "dass" misattached.
    rows: list[Row] = [
        ("Dann", "ADV", "1", "advmod", "mo", "dann"),
        ("erklärte", "VERB", "1", "ROOT", "ROOT", "erklären"),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Verlag", "NOUN", "1", "nsubj", "sb", "Verlag"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Firma", "NOUN", "3", "appos", "app", "Firma"),
        ("Lensing", "PROPN", "6", "flat:name", "pnc", "Lensing"),
        (",", "PUNCT", "12", "punct", "punct", ","),
        ("dass", "SCONJ", "7", "dep", "cp", "dass"),
        ("das", "DET", "11", "det", "nk", "der"),
        ("Blatt", "NOUN", "12", "nsubj", "sb", "Blatt"),
        ("leide", "VERB", "1", "conj", "cj", "leiden"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert [q[0] for q in reported(rows, scheme)] == [["dass das Blatt leide"]]


def test_a_second_speech_verb_of_the_speaker_reports_its_own_clause(scheme: Scheme) -> None:
    # "Sie sagte, dass sie kommen wolle, stellte jedoch fest, dass es eile." parsed with "stellte" as
    # the root and the "sagte" clause under it: a second predicate, not what "stellte fest" reports.
    rows: list[Row] = [
        ("Sie", "PRON", "1", "nsubj", "sb", "sie"),
        ("sagte", "VERB", "8", "ccomp", "oc", "sagen"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("dass", "SCONJ", "5", "mark", "cp", "dass"),
        ("sie", "PRON", "5", "nsubj", "sb", "sie"),
        ("kommen", "VERB", "1", "ccomp", "oc", "kommen"),
        ("wolle", "AUX", "5", "aux", "oc", "wollen"),
        (",", "PUNCT", "1", "punct", "punct", ","),
        ("stellte", "VERB", "8", "ROOT", "ROOT", "stellen"),
        ("jedoch", "ADV", "8", "advmod", "mo", "jedoch"),
        ("fest", "ADP", "8", "compound:prt", "svp", "fest"),
        (",", "PUNCT", "14", "punct", "punct", ","),
        ("dass", "SCONJ", "14", "mark", "cp", "dass"),
        ("es", "PRON", "14", "nsubj", "sb", "es"),
        ("eile", "VERB", "8", "ccomp", "oc", "eilen"),
        (".", "PUNCT", "8", "punct", "punct", "."),
    ]
    assert [q[0] for q in reported(rows, scheme)] == [["dass sie kommen wolle"], ["dass es eile"]]


def test_a_clause_before_an_inverted_cue_is_reported_when_the_parse_links_nothing(scheme: Scheme) -> None:
    # "brauche" tagged as an adjective and hung on the cue with a label that says nothing.
    rows: list[Row] = [
        ("Das", "DET", "1", "det", "nk", "der"),
        ("Land", "NOUN", "2", "nsubj", "sb", "Land"),
        ("brauche", "ADJ", "6", "dep", "mo", "brauch"),
        ("einen", "DET", "4", "det", "nk", "ein"),
        ("Plan", "NOUN", "2", "obj", "oa", "Plan"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("sagte", "VERB", "6", "ROOT", "ROOT", "sagen", "Mood=Ind|VerbForm=Fin"),
        ("sie", "PRON", "6", "nsubj", "sb", "sie"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Das Land brauche einen Plan"], "indirect", "sie")]


def test_a_subject_with_a_relative_clause_before_the_cue_is_not_reported(scheme: Scheme) -> None:
    # "Primus, der verantwortlich ist, wies den Vorwurf zurück": the cue's subject stands before it.
    rows: list[Row] = [
        ("Primus", "PROPN", "5", "nsubj", "sb", "Primus"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("der", "PRON", "4", "nsubj", "sb", "der", "PronType=Rel"),
        ("verantwortlich", "ADJ", "0", "acl:relcl", "rc", "verantwortlich"),
        ("ist", "AUX", "3", "cop", "oc", "sein", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("wies", "VERB", "6", "ROOT", "ROOT", "weisen", "Mood=Ind|VerbForm=Fin"),
        ("den", "DET", "8", "det", "nk", "der"),
        ("Vorwurf", "NOUN", "6", "obj", "oa", "Vorwurf"),
        ("zurück", "ADP", "6", "compound:prt", "svp", "zurück"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == []


def _asked(opener: Row, clause: list[Row]) -> list[Row]:
    """ "Die Anwältin wollte wissen, <opener> <clause> ." with the clause's verb (its last row) hung on
    "wissen" (token 3) as its clausal complement."""
    return [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Anwältin", "NOUN", "3", "nsubj", "sb", "Anwältin"),
        ("wollte", "AUX", "3", "aux", "oc", "wollen"),
        ("wissen", "VERB", "3", "ROOT", "ROOT", "wissen"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        opener,
        *clause,
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]


def test_an_indirect_question_after_wissen_wollen_is_reported(scheme: Scheme) -> None:
    clause: list[Row] = [
        ("es", "PRON", "7", "nsubj", "sb", "es"),
        ("weitergehe", "VERB", "3", "ccomp", "oc", "weitergehen"),
    ]
    wie: Row = ("wie", "ADV", "7", "advmod", "mo", "wie")
    ob: Row = ("ob", "SCONJ", "7", "mark", "cp", "ob")
    for opener in (wie, ob):
        expected = [([f"{opener[0]} es weitergehe"], "indirect", "Die Anwältin")]
        assert reported(_asked(opener, clause), scheme) == expected


def test_a_question_word_hung_nowhere_still_opens_the_question_after_a_verb_of_asking(scheme: Scheme) -> None:
    # The weak parse links the clause to nothing ("weitergehe" a root of its own in the same sentence).
    rows = _asked(
        ("wie", "ADV", "7", "advmod", "mo", "wie"),
        [("es", "PRON", "7", "nsubj", "sb", "es"), ("weitergehe", "VERB", "3", "dep", "mo", "weitergehen")],
    )
    assert reported(rows, scheme) == [(["wie es weitergehe"], "indirect", "Die Anwältin")]


def test_a_question_word_after_a_noun_opens_a_relative_clause_not_a_question(scheme: Scheme) -> None:
    # "Der Bericht schildert die Kette, welche zur Tragödie führte." (schildern reports, but not this)
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Bericht", "NOUN", "2", "nsubj", "sb", "Bericht"),
        ("fragt", "VERB", "2", "ROOT", "ROOT", "fragen"),
        ("die", "DET", "4", "det", "nk", "der"),
        ("Kette", "NOUN", "2", "obj", "oa", "Kette"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("welche", "PRON", "10", "nsubj", "sb", "welcher"),
        ("zur", "ADP", "8", "case", "mo", "zu"),
        ("Tragödie", "NOUN", "10", "obl", "mo", "Tragödie"),
        ("heute", "ADV", "10", "advmod", "mo", "heute"),
        ("führte", "VERB", "4", "dep", "mo", "führen", "Mood=Ind|VerbForm=Fin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == []


def test_an_article_before_the_cue_points_nowhere(scheme: Scheme) -> None:
    # "Die Stadt plant. Das Amt teilte mit, die Schule werde saniert.": "Das" is an article here, so the
    # sentence before is not what was said; the clause after the cue is.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Stadt", "NOUN", "2", "nsubj", "sb", "Stadt"),
        ("plant", "VERB", "2", "ROOT", "ROOT", "planen", "Mood=Ind|VerbForm=Fin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
        ("Das", "DET", "5", "det", "nk", "der"),
        ("Amt", "NOUN", "6", "nsubj", "sb", "Amt"),
        ("teilte", "VERB", "6", "ROOT", "ROOT", "teilen", "Mood=Ind|VerbForm=Fin"),
        ("mit", "ADP", "6", "compound:prt", "svp", "mit"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("die", "DET", "10", "det", "nk", "der"),
        ("Schule", "NOUN", "12", "nsubj", "sb", "Schule"),
        ("werde", "AUX", "12", "aux", "oc", "werden", "Mood=Sub|VerbForm=Fin"),
        ("saniert", "VERB", "6", "dep", "mo", "sanieren", "VerbForm=Part"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["die Schule werde saniert"], "indirect", "Das Amt")]


def test_each_sentence_of_a_konjunktiv_chain_is_its_own_quotation_across_paragraphs(scheme: Scheme) -> None:
    # "Der Rat teilte mit, die Sanierung sei fertig.¶¶Die Kosten hätten sich verdoppelt. Man sei zufrieden."
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Rat", "NOUN", "2", "nsubj", "sb", "Rat"),
        ("teilte", "VERB", "2", "ROOT", "ROOT", "teilen", "Mood=Ind|VerbForm=Fin"),
        ("mit", "ADP", "2", "compound:prt", "svp", "mit"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Sanierung", "NOUN", "8", "nsubj", "sb", "Sanierung"),
        ("sei", "AUX", "8", "cop", "oc", "sein", "Mood=Sub|VerbForm=Fin"),
        ("fertig", "ADJ", "2", "ccomp", "oc", "fertig"),
        (".", "PUNCT", "2", "punct", "punct", "."),
        ("\n\n", "SPACE", "9", "dep", "punct", "\n\n"),
        ("Die", "DET", "12", "det", "nk", "der"),
        ("Kosten", "NOUN", "13", "nsubj", "sb", "Kosten"),
        ("hätten", "AUX", "13", "ROOT", "ROOT", "haben", "Mood=Sub|VerbForm=Fin"),
        ("sich", "PRON", "15", "obj", "oa", "sich"),
        ("verdoppelt", "VERB", "13", "xcomp", "oc", "verdoppeln", "VerbForm=Part"),
        (".", "PUNCT", "13", "punct", "punct", "."),
        ("Man", "PRON", "18", "nsubj", "sb", "man"),
        ("sei", "AUX", "18", "ROOT", "ROOT", "sein", "Mood=Sub|VerbForm=Fin"),
        ("zufrieden", "ADJ", "18", "xcomp", "pd", "zufrieden"),
        (".", "PUNCT", "18", "punct", "punct", "."),
    ]
    spaces = [
        row[0] != "\n\n" and i + 1 < len(rows) and rows[i + 1][0] not in {",", ".", "\n\n"}
        for i, row in enumerate(rows)
    ]
    doc = build(rows, scheme, spaces=spaces)
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    found = [([doc.text[s:e] for s, e in q.parts], q.kind, text_of(doc, q.mention)) for q in quotes]
    assert found == [
        (["die Sanierung sei fertig"], "indirect", "Der Rat"),
        (["Die Kosten hätten sich verdoppelt"], "indirect", "Der Rat"),
        (["Man sei zufrieden"], "indirect", "Der Rat"),
    ]


COSTS_SHALL_FALL: list[Row] = [  # "Die Kosten sollen sinken.", tokens from 0
    ("Die", "DET", "1", "det", "nk", "der"),
    ("Kosten", "NOUN", "3", "nsubj", "sb", "Kosten"),
    ("sollen", "AUX", "3", "aux", "ROOT", "sollen", "Mood=Ind|VerbForm=Fin"),
    ("sinken", "VERB", "3", "ROOT", "oc", "sinken", "VerbForm=Inf"),
    (".", "PUNCT", "3", "punct", "punct", "."),
]


def _then(first: list[Row], second: list[Row]) -> list[Row]:
    """Two sentences: the second's heads shifted past the first."""
    shift = len(first)
    return [*first, *((r[0], r[1], str(int(r[2]) + shift), *r[3:]) for r in second)]


def test_reportative_sollen_goes_on_with_an_attributed_statement(scheme: Scheme) -> None:
    said = SAID_THEN_CONTINUED[:9]  # "Der Minister betonte, dass man handeln werde."
    assert reported(_then(said, COSTS_SHALL_FALL), scheme) == [
        (["dass man handeln werde"], "indirect", "Der Minister"),
        (["Die Kosten sollen sinken"], "indirect", "Der Minister"),
    ]


def test_reportative_sollen_after_a_sentence_with_a_cue_is_reported(scheme: Scheme) -> None:
    announced: list[Row] = [  # "Die Firma kündigte Preise an." (a cue, nothing reported)
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Firma", "NOUN", "2", "nsubj", "sb", "Firma"),
        ("kündigte", "VERB", "2", "ROOT", "ROOT", "kündigen", "Mood=Ind|VerbForm=Fin"),
        ("Preise", "NOUN", "2", "obj", "oa", "Preis"),
        ("an", "ADP", "2", "compound:prt", "svp", "an"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(_then(announced, COSTS_SHALL_FALL), scheme) == [
        (["Die Kosten sollen sinken"], "indirect", "Die Firma")
    ]


def test_sollen_in_narration_is_no_quotation(scheme: Scheme) -> None:
    built: list[Row] = [  # "Die Stadt baut eine Schule."
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Stadt", "NOUN", "2", "nsubj", "sb", "Stadt"),
        ("baut", "VERB", "2", "ROOT", "ROOT", "bauen", "Mood=Ind|VerbForm=Fin"),
        ("eine", "DET", "4", "det", "nk", "ein"),
        ("Schule", "NOUN", "2", "obj", "oa", "Schule"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(_then(built, COSTS_SHALL_FALL), scheme) == []


def test_a_hypothesis_in_konjunktiv_two_does_not_go_on_with_reported_speech(scheme: Scheme) -> None:
    # "Der Minister betonte, dass man handeln werde. Es wäre besser gewesen." (what might have been)
    hypothesis: list[Row] = [
        ("Es", "PRON", "1", "expl", "ep", "es"),
        ("wäre", "AUX", "1", "ROOT", "ROOT", "sein", "Mood=Sub|VerbForm=Fin"),
        ("besser", "ADV", "1", "advmod", "pd", "gut"),
        ("gewesen", "AUX", "1", "cop", "oc", "sein", "VerbForm=Part"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    assert reported(_then(SAID_THEN_CONTINUED[:9], hypothesis), scheme) == [
        (["dass man handeln werde"], "indirect", "Der Minister")
    ]


def test_a_second_predicate_of_the_subject_reports_nothing(scheme: Scheme) -> None:
    # "Der Sprecher lobte die Helfer, mahnte aber zur Vorsicht.": the cue hangs on the first verb as a
    # conjunct and has no subject of its own, so what stands before it is narration.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Sprecher", "NOUN", "2", "nsubj", "sb", "Sprecher"),
        ("lobte", "VERB", "2", "ROOT", "ROOT", "loben", "Mood=Ind|VerbForm=Fin"),
        ("die", "DET", "4", "det", "nk", "der"),
        ("Helfer", "NOUN", "2", "obj", "oa", "Helfer"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("mahnte", "VERB", "2", "conj", "cj", "mahnen", "Mood=Ind|VerbForm=Fin"),
        ("aber", "ADV", "6", "advmod", "mo", "aber"),
        ("zur", "ADP", "9", "case", "mo", "zu"),
        ("Vorsicht", "NOUN", "6", "obl", "op", "Vorsicht"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == []


def test_a_masculine_demonstrative_names_the_speaker_and_points_nowhere(scheme: Scheme) -> None:
    # "Die Stadt plant. Dieser bestätigte, dass man handeln werde.": "Dieser" is a person, and the
    # dass-clause is what was said, not the sentence before.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Stadt", "NOUN", "2", "nsubj", "sb", "Stadt"),
        ("plant", "VERB", "2", "ROOT", "ROOT", "planen", "Mood=Ind|VerbForm=Fin"),
        (".", "PUNCT", "2", "punct", "punct", "."),
        ("Dieser", "PRON", "5", "nsubj", "sb", "dieser", "PronType=Dem"),
        ("bestätigte", "VERB", "5", "ROOT", "ROOT", "bestätigen", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("dass", "SCONJ", "9", "mark", "cp", "dass"),
        ("man", "PRON", "9", "nsubj", "sb", "man"),
        ("handeln", "VERB", "5", "ccomp", "oc", "handeln", "VerbForm=Inf"),
        ("werde", "AUX", "9", "aux", "oc", "werden", "Mood=Sub|VerbForm=Fin"),
        (".", "PUNCT", "5", "punct", "punct", "."),
    ]
    assert [parts for parts, _, _ in reported(rows, scheme)] == [["dass man handeln werde"]]


def test_reportative_sollen_after_a_cue_and_a_comma_is_what_was_reported(scheme: Scheme) -> None:
    # "Die Zeitung berichtete, 200 Stellen sollen wegfallen." (the clause linked to nothing)
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Zeitung", "NOUN", "2", "nsubj", "sb", "Zeitung"),
        ("berichtete", "VERB", "2", "ROOT", "ROOT", "berichten", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("200", "NUM", "5", "nummod", "nk", "200"),
        ("Stellen", "NOUN", "7", "nsubj", "sb", "Stelle"),
        ("sollen", "AUX", "7", "aux", "oc", "sollen", "Mood=Ind|VerbForm=Fin"),
        ("wegfallen", "VERB", "2", "dep", "mo", "wegfallen", "VerbForm=Inf"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["200 Stellen sollen wegfallen"], "indirect", "Die Zeitung")]


def test_nach_eigenen_angaben_is_the_mention_of_a_framed_report(scheme: Scheme) -> None:
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Verein", "NOUN", "2", "nsubj", "sb", "Verein"),
        ("hat", "VERB", "2", "ROOT", "ROOT", "haben", "Mood=Ind|VerbForm=Fin"),
        ("nach", "ADP", "5", "case", "mo", "nach"),
        ("eigenen", "ADJ", "5", "amod", "nk", "eigen"),
        ("Angaben", "NOUN", "2", "obl", "mo", "Angabe"),
        ("300", "NUM", "7", "nummod", "nk", "300"),
        ("Mitglieder", "NOUN", "2", "obj", "oa", "Mitglied"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    # The phrase is the mention, as Wikinews annotates it; the speaker stage names the clause's subject
    # (tests/stages/test_speaker_documents.py).
    assert reported(rows, scheme) == [(["Der Verein hat", "300 Mitglieder"], "indirect", "eigenen Angaben")]


def test_a_pointer_after_a_comma_reports_the_clause_before_it(scheme: Scheme) -> None:
    # "Die Kamera ist ausgefallen, das teilte das Institut mit": "das" points back within the sentence.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("Kamera", "NOUN", "3", "nsubj", "sb", "Kamera"),
        ("ist", "AUX", "3", "aux", "oc", "sein"),
        ("ausgefallen", "VERB", "3", "ROOT", "ROOT", "ausfallen", "VerbForm=Part"),
        (",", "PUNCT", "3", "punct", "punct", ","),
        ("das", "PRON", "6", "obj", "oa", "der"),
        ("teilte", "VERB", "3", "parataxis", "par", "teilen"),
        ("das", "DET", "8", "det", "nk", "der"),
        ("Institut", "NOUN", "6", "nsubj", "sb", "Institut"),
        ("mit", "ADP", "6", "compound:prt", "svp", "mit"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Die Kamera ist ausgefallen"], "indirect", "das Institut")]


def test_so_before_an_inverted_cue_opens_its_clause(scheme: Scheme) -> None:
    # "…, so bestätigt das Gericht": a weak tagger makes "käme" an adverb and the subject an object.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Flug", "NOUN", "2", "nsubj", "sb", "Flug"),
        ("käme", "ADV", "8", "advmod", "mo", "käme"),
        ("einer", "DET", "4", "det", "nk", "ein"),
        ("Folter", "NOUN", "2", "obl", "da", "Folter"),
        ("gleich", "ADV", "2", "advmod", "mo", "gleich"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("so", "ADV", "8", "advmod", "mo", "so"),
        ("bestätigt", "VERB", "8", "ROOT", "ROOT", "bestätigen"),
        ("das", "DET", "10", "det", "nk", "der"),
        ("Gericht", "NOUN", "8", "obj", "oa", "Gericht"),
        (".", "PUNCT", "8", "punct", "punct", "."),
    ]
    parts, kind, _ = reported(rows, scheme)[0]
    assert (parts, kind) == (["Der Flug käme einer Folter gleich"], "indirect")


def test_a_pointer_opening_a_sentence_with_the_cue_after_a_comma_points_nowhere(scheme: Scheme) -> None:
    # "Das hatte er längst getan, wie sein Anwalt mitteilte": the wie-clause frames this sentence;
    # "Das" does not point back to the sentence before.
    rows: list[Row] = [
        ("Er", "PRON", "1", "nsubj", "sb", "er"),
        ("lachte", "VERB", "1", "ROOT", "ROOT", "lachen"),
        (".", "PUNCT", "1", "punct", "punct", "."),
        ("Das", "PRON", "7", "obj", "oa", "der"),
        ("hatte", "AUX", "7", "aux", "ROOT", "haben"),
        ("er", "PRON", "7", "nsubj", "sb", "er"),
        ("längst", "ADV", "7", "advmod", "mo", "längst"),
        ("getan", "VERB", "7", "ROOT", "oc", "tun", "VerbForm=Part"),
        (",", "PUNCT", "12", "punct", "punct", ","),
        ("wie", "SCONJ", "12", "mark", "mo", "wie"),
        ("sein", "DET", "11", "det:poss", "nk", "sein"),
        ("Anwalt", "NOUN", "12", "nsubj", "sb", "Anwalt"),
        ("mitteilte", "VERB", "7", "advcl", "mo", "mitteilen"),
        (".", "PUNCT", "7", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Das hatte er längst getan"], "indirect", "sein Anwalt")]


def test_wie_frame_after_a_sentence_opening_conjunction(scheme: Scheme) -> None:
    # "Denn wie die Zeitung berichtete, leidet er an Alzheimer": the frame takes "Denn" too.
    rows: list[Row] = [
        ("Denn", "CCONJ", "5", "cc", "ju", "denn"),
        ("wie", "SCONJ", "4", "mark", "mo", "wie"),
        ("die", "DET", "3", "det", "nk", "der"),
        ("Zeitung", "NOUN", "4", "nsubj", "sb", "Zeitung"),
        ("berichtete", "VERB", "6", "advcl", "mo", "berichten", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("leidet", "VERB", "6", "ROOT", "ROOT", "leiden", "Mood=Ind|VerbForm=Fin"),
        ("er", "PRON", "6", "nsubj", "sb", "er"),
        ("an", "ADP", "9", "case", "mo", "an"),
        ("Alzheimer", "PROPN", "6", "obl", "nk", "Alzheimer"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["leidet er an Alzheimer"], "indirect", "die Zeitung")]


def test_wie_frame_with_a_source_a_weak_tagger_took_for_a_verb(scheme: Scheme) -> None:
    # "Wie t-online.de berichtet, ist …": only a verb that tag or morphology calls finite ends the frame.
    rows: list[Row] = [
        ("Wie", "ADV", "2", "advmod", "mo", "wie"),
        ("t-online.de", "VERB", "2", "nsubj", "sb", "t-online.de"),
        ("berichtet", "VERB", "4", "advcl", "mo", "berichten", "Mood=Ind|VerbForm=Fin"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("ist", "AUX", "4", "ROOT", "ROOT", "sein", "Mood=Ind|VerbForm=Fin"),
        ("der", "DET", "6", "det", "nk", "der"),
        ("Trailer", "NOUN", "4", "nsubj", "sb", "Trailer"),
        ("erschienen", "VERB", "4", "xcomp", "pd", "erscheinen", "VerbForm=Part"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    parts, kind, _ = reported(rows, scheme)[0]
    assert (parts, kind) == (["ist der Trailer erschienen"], "indirect")


def test_a_focus_particle_before_the_speaker_of_a_weak_parse(scheme: Scheme) -> None:
    # "Auch Feinstein argumentierte, …" parsed with the name as an object: the noun phrase before the verb,
    # after the focus particle, is the speaker.
    rows: list[Row] = [
        ("Auch", "ADV", "2", "advmod", "mo", "auch"),
        ("Feinstein", "NOUN", "2", "obj", "oa", "Feinstein", "Case=Gen|Number=Sing"),
        ("argumentierte", "VERB", "2", "ROOT", "ROOT", "argumentieren"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("Clinton", "PROPN", "5", "nsubj", "sb", "Clinton"),
        (
            "habe",
            "AUX",
            "2",
            "parataxis",
            "par",
            "haben",
            "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
        ),
        ("viele", "DET", "7", "det", "nk", "viel"),
        ("Stimmen", "NOUN", "5", "obj", "oa", "Stimme"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    assert reported(rows, scheme) == [(["Clinton habe viele Stimmen"], "indirect", "Feinstein")]


def test_a_document_named_in_the_clause_is_the_source_where_the_subject_points_back(scheme: Scheme) -> None:
    # "Der Konzern plant eine Umwandlung. Dies geht aus einer Mitteilung des Konzerns hervor."
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Konzern", "NOUN", "2", "nsubj", "sb", "Konzern"),
        ("plant", "VERB", "2", "ROOT", "ROOT", "planen"),
        ("eine", "DET", "4", "det", "nk", "ein"),
        ("Umwandlung", "NOUN", "2", "obj", "oa", "Umwandlung"),
        (".", "PUNCT", "2", "punct", "punct", "."),
        ("Dies", "PRON", "7", "nsubj", "sb", "dies"),
        ("geht", "VERB", "7", "ROOT", "ROOT", "gehen"),
        ("aus", "ADP", "10", "case", "mo", "aus"),
        ("einer", "DET", "10", "det", "nk", "ein"),
        ("Mitteilung", "NOUN", "7", "obl", "nk", "Mitteilung"),
        ("des", "DET", "12", "det", "nk", "der"),
        ("Konzerns", "NOUN", "10", "nmod", "ag", "Konzern"),
        ("hervor", "ADP", "7", "compound:prt", "svp", "hervor"),
        (".", "PUNCT", "7", "punct", "punct", "."),
    ]
    assert [(q[0], q[2]) for q in reported(rows, scheme)] == [
        (["Der Konzern plant eine Umwandlung"], "einer Mitteilung des Konzerns")
    ]


def test_words_without_a_verb_after_a_speech_verb_are_no_reported_clause(scheme: Scheme) -> None:
    # "Dann sagte Durand, der Chef des Ladens: …": an apposition, not what was said.
    rows: list[Row] = [
        ("Dann", "ADV", "1", "advmod", "mo", "dann"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        ("Durand", "PROPN", "1", "nsubj", "sb", "Durand"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("der", "DET", "5", "det", "nk", "der"),
        ("Chef", "NOUN", "1", "ccomp", "oc", "Chef"),
        ("des", "DET", "7", "det", "nk", "der"),
        ("Ladens", "NOUN", "5", "nmod", "ag", "Laden"),
        (":", "PUNCT", "1", "punct", "punct", ":"),
    ]
    assert reported(rows, scheme) == []
    # With a verb (or a Konjunktiv a tagger took for an adjective) it is one.
    rows[5] = ("Chef", "NOUN", "8", "nsubj", "sb", "Chef")
    rows[8] = ("komme", "ADJ", "1", "ccomp", "oc", "komme")
    assert [q[0] for q in reported([*rows, (".", "PUNCT", "1", "punct", "punct", ".")], scheme)] == [
        ["der Chef des Ladens komme"]
    ]


def test_a_medium_named_in_marks_before_the_comma_is_no_part_of_the_content() -> None:
    import quotekit

    quotes = quotekit.extract("Er sagte dem «Tages-Anzeiger», die Firma werde Stellen abbauen.")
    assert [(q.kind.value, q.text) for q in quotes] == [("indirect", "die Firma werde Stellen abbauen")]


def test_a_konjunktiv_only_in_an_indirect_question_does_not_continue_a_report() -> None:
    import quotekit

    text = (
        "Der Finanzchef sagte, die Preise blieben hoch. "
        "Auf die Frage, ob Stellen abgebaut würden, antwortete der Chef ausweichend."
    )
    assert [q.text for q in quotekit.extract(text)] == ["die Preise blieben hoch"]


@pytest.mark.parametrize(
    "text",
    [
        "Das Drama erzählt von einer Salinenarbeiterin im Salzkammergut der 1950er-Jahre, "
        "die sich gegen ihren Dienstgeber auflehnt.",
        "Die Wohnbausprecherin verteidigte das Gesetz, das Erhöhungen bei Altbaumieten auf fünf Prozent begrenzt.",
    ],
)
def test_a_relative_clause_after_the_object_of_a_speech_verb_is_no_content(text: str) -> None:
    import quotekit

    assert quotekit.extract(text) == []


def test_an_indicative_aside_before_the_cue_leaves_the_content_to_the_konjunktiv_after_it() -> None:
    import quotekit

    text = (
        "Das Urteil ergeht schriftlich. Rudolf Prinz, so heißt der Kläger, sagte nach der Verhandlung, "
        "er werde notfalls bis zur letzten Instanz gehen."
    )
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == ["er werde notfalls bis zur letzten Instanz gehen"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Rudolf Prinz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Wir haben bewusst auf Marge verzichtet», so der 52-Jährige, der das Familienunternehmen führt.",
            [("direct", "Wir haben bewusst auf Marge verzichtet")],
        ),
        (
            "Die Lage sei ernst, so der Minister, der seit 2020 im Amt ist.",
            [("indirect", "Die Lage sei ernst")],
        ),
    ],
)
def test_a_relative_clause_on_the_source_of_so_is_frame(text: str, expected: list[tuple[str, str]]) -> None:
    import quotekit

    assert [(q.kind.value, q.text) for q in quotekit.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Man sei dankbar – so Firmenchef Richard Canny –, trotzdem suche das Unternehmen neue Investoren.",
            [("Man sei dankbar", "trotzdem suche das Unternehmen neue Investoren")],
        ),
        (
            "Der Betrag reiche (so der Unternehmenschef Richard Canny) nicht für den vollen Betrieb.",
            [("Der Betrag reiche", "nicht für den vollen Betrieb")],
        ),
    ],
)
def test_so_and_its_source_inserted_between_dashes_or_in_brackets_frame_the_sentence(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    import quotekit

    quotes = quotekit.extract(text)
    assert [tuple(p.text.strip(" ,") for p in q.parts) for q in quotes] == expected
    assert [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("so", "Richard Canny")
    ]


def test_so_after_a_quotation_and_a_dash_names_the_quotations_source() -> None:
    import quotekit

    text = (
        "„Wir wollen keine Filiale schließen“ – so Firmenchef Henning Kröger, 49, der das Unternehmen in "
        "vierter Generation führt."
    )
    assert [(q.kind.value, q.text) for q in quotekit.extract(text)] == [
        ("direct", "Wir wollen keine Filiale schließen")
    ]


def test_an_apposition_to_the_speaker_with_only_a_participle_is_no_content() -> None:
    import quotekit

    text = (
        "«Wenn die Saiblinge verschwinden, verschwindet auch ein Stück Bergkultur», sagt Reto Casutt, "
        "Mitautor der Studie und selbst in einem Fischerdorf im Engadin aufgewachsen."
    )
    assert [q.kind.value for q in quotekit.extract(text)] == ["direct"]


def test_a_free_report_goes_back_to_the_narrators_subject_not_a_pronoun_inside_the_quotation_before() -> None:
    # The parse hangs the sentence before on the quoted verb, with "ich" its subject; the speaker of the free
    # Konjunktiv sentence after it is "die 53-Jährige", who said the words in marks.
    quotes = quotekit.extract(
        "Die Regisseurin zeigte sich unbeeindruckt. »Wenn alle klatschen, habe ich etwas falsch gemacht«, sagte "
        "die 53-Jährige bei der Premierenfeier. Ein Teil des Publikums erwarte offenbar noch immer »Samtvorhänge«."
    )
    assert [q.speaker.mention.text if q.speaker and q.speaker.mention else None for q in quotes] == [
        "die 53-Jährige",
        "die 53-Jährige",
    ]


def test_a_free_report_in_the_singular_goes_back_to_one_person_not_to_the_many_before_it() -> None:
    # "Viele Schülerinnen und Schüler wünschen sich … Sie wolle aber nicht …": "sie" with "wolle" is one woman,
    # the pupil who spoke, not the pupils the sentence before is about.
    quotes = quotekit.extract(
        "„Wir sind nicht die Handy-Zombies“, sagte die Gymnasiastin Aylin Demirtaş. Viele Schülerinnen und "
        "Schüler wünschen sich selbst handyfreie Zeiten. Sie wolle aber nicht, dass Lehrkräfte Handys einsammeln."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Aylin Demirtaş", "Aylin Demirtaş"]


_CLAUSE_THEN_POINTER: list[Row] = [
    ("Eine", "DET", "1", "det", "nk", "ein"),
    ("Klausel", "NOUN", "3", "nsubj:pass", "sb", "Klausel"),
    ("wird", "AUX", "3", "aux:pass", "ROOT", "werden"),
    ("eingebaut", "VERB", "3", "ROOT", "oc", "einbauen"),
    (".", "PUNCT", "3", "punct", "punct", "."),
    ("Diese", "PRON", "6", "nsubj", "sb", "dieser"),
    ("besagt", "VERB", "6", "ROOT", "ROOT", "besagen"),
]


def test_a_demonstrative_cue_with_a_dass_clause_reports_the_clause_not_the_sentence_before(
    scheme: Scheme,
) -> None:
    # "Diese besagt, dass …": the clause says what is reported; "Dies bestätigte der Sprecher." points back.
    rows: list[Row] = [
        *_CLAUSE_THEN_POINTER,
        (",", "PUNCT", "11", "punct", "punct", ","),
        ("dass", "SCONJ", "11", "mark", "cp", "dass"),
        ("der", "DET", "10", "det", "nk", "der"),
        ("Käufer", "NOUN", "11", "nsubj", "sb", "Käufer"),
        ("zahlt", "VERB", "6", "ccomp", "oc", "zahlen"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert [parts for parts, _, _ in reported(rows, scheme)] == [["dass der Käufer zahlt"]]
    pointing: list[Row] = [
        *_CLAUSE_THEN_POINTER[:5],
        ("Dies", "PRON", "6", "obj", "oa", "dies"),
        ("bestätigte", "VERB", "6", "ROOT", "ROOT", "bestätigen"),
        ("der", "DET", "8", "det", "nk", "der"),
        ("Sprecher", "NOUN", "6", "nsubj", "sb", "Sprecher"),
        (".", "PUNCT", "6", "punct", "punct", "."),
    ]
    assert [parts for parts, _, _ in reported(pointing, scheme)] == [["Eine Klausel wird eingebaut"]]


def test_an_inverted_cue_the_tagger_called_a_participle_still_has_its_subject_after_it(
    scheme: Scheme,
) -> None:
    # "…, schätzt Demirel": no participle opens a clause after a comma; the name after it is the subject,
    # whatever case and label the weak parse gave it.
    rows: list[Row] = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Teig", "NOUN", "4", "nsubj", "sb", "Teig"),
        ("sei", "AUX", "4", "aux", "oc", "sein"),
        ("unbrauchbar", "ADJ", "4", "xcomp", "pd", "unbrauchbar"),
        ("geworden", "VERB", "4", "ROOT", "ROOT", "werden"),
        (",", "PUNCT", "6", "punct", "punct", ","),
        ("schätzt", "VERB", "4", "conj", "cj", "schätzen", "VerbForm=Part"),
        ("Demirel", "NOUN", "6", "obj", "oa", "Demirel", "Case=Acc|Number=Sing"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    doc[6].tag_ = "VVPP"  # the tagger's participle
    quotes = find_indirect_quotes(doc, find_cues(doc), [])
    assert [([doc.text[s:e] for s, e in q.parts], text_of(doc, q.mention)) for q in quotes] == [
        (["Der Teig sei unbrauchbar geworden"], "Demirel")
    ]


def test_a_demonstrative_noun_that_is_the_cues_own_subject_points_nowhere() -> None:
    # "Diese Gefahr dürfe nicht verharmlost werden": the determiner's noun is what the verb speaks of, so
    # the sentence before is narration, and this one a free report of the ones who warned.
    quotes = quotekit.extract(
        "Vertreter aller Parteien warnten vor den Gefahren des Rechtsextremismus. "
        "Diese Gefahr dürfe nicht verharmlost werden."
    )
    assert [q.text for q in quotes] == ["Diese Gefahr dürfe nicht verharmlost werden"]


def test_a_free_report_after_a_country_that_spoke_goes_back_to_that_country() -> None:
    # A country is no speaker by itself, but the subject of a verb of saying speaks for its government.
    quotes = quotekit.extract(
        "Die Behörde warf dem Hersteller Betrug vor. Frankreich wies die Vorwürfe am Montag zurück. "
        "Man habe mit den Geschäften nichts zu tun."
    )
    mentions = [q.speaker.mention.text if q.speaker and q.speaker.mention else None for q in quotes]
    assert mentions[-1] == "Frankreich"


def test_a_coordinated_main_clause_in_the_preterite_ends_the_reported_clause() -> None:
    # "…, die Kommission habe sich untergeordnet, und die Fraktion forderte …": the narrator goes on.
    quotes = quotekit.extract(
        "Der Agrarexperte kritisierte, die Kommission habe sich den Interessen des Konzerns untergeordnet "
        "und die Fraktion forderte vom Minister einen Anbaustopp."
    )
    assert [q.text for q in quotes] == ["die Kommission habe sich den Interessen des Konzerns untergeordnet"]
    # The narrator's subject may carry prepositional attributes before its verb.
    quotes = quotekit.extract(
        "Fritz Tack kritisierte, die Kommission habe sich den Interessen von BASF untergeordnet und die Fraktion "
        "der Grünen im Landtag von Mecklenburg-Vorpommern forderte vom Minister die Durchsetzung."
    )
    assert [q.text for q in quotes] == ["die Kommission habe sich den Interessen von BASF untergeordnet"]


def test_a_verb_final_clause_coordinated_inside_the_report_stays_in_it() -> None:
    quotes = quotekit.extract(
        "Der Student sagte, er habe den Mann festgehalten, bis die Bahn stand und die Polizei eintraf."
    )
    assert [q.text for q in quotes] == [
        "er habe den Mann festgehalten, bis die Bahn stand und die Polizei eintraf"
    ]


def test_a_konjunktiv_claim_after_a_cue_sentence_reports_though_a_cue_in_it_reported_nothing() -> None:
    # "erfahren" is a cue that reports nothing here; the plural Konjunktiv II still goes on with the critic.
    quotes = quotekit.extract(
        "Die Elternvertreterin Sabine Holzapfel-Roth kritisierte die Informationspolitik der Behörde. "
        "Viele Eltern hätten von der Freistellung über eine Chatgruppe erfahren."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Viele Eltern hätten von der Freistellung über eine Chatgruppe erfahren", "Sabine Holzapfel-Roth")
    ]


def test_a_negated_verb_of_proving_reports_nothing_and_its_sentence_goes_on_with_the_speaker() -> None:
    quotes = quotekit.extract(
        "Die Anwältin Sara Lehmann reichte Beschwerde beim Verwaltungsgericht ein. Der Kanton habe nicht "
        "nachgewiesen, dass wirklich nur ein einzelnes Tier verantwortlich sei."
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Der Kanton habe nicht nachgewiesen")
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Sara Lehmann"


def test_a_free_report_whose_pronoun_cannot_refer_to_the_thing_before_goes_to_the_pronoun() -> None:
    # "Sie wolle" cannot be "der Verleih": the pronoun, and through it the mayor, speaks.
    quotes = quotekit.extract(
        "Bürgermeisterin Renate Moosbrugger sagte, die Lifte seien das Herz des Tals. An ihnen hingen Skischule, "
        "Verleih, drei Gasthäuser und zahlreiche Privatvermieter. Sie wolle alles tun, um einen Betrieb im Winter zu sichern."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes][-1] == "Renate Moosbrugger"


def test_a_free_report_goes_on_with_the_body_that_spoke_though_its_pronoun_is_the_one_spoken_of() -> None:
    quotes = quotekit.extract(
        "Die Schutzgemeinschaft der Kapitalanleger forderte am Mittwoch den Rücktritt des Aufsichtsratschefs "
        "Heinrich Berger. Aufgrund seiner früheren Funktion stehe er einer Aufklärung der Affäre im Wege."
    )
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text.startswith("Die Schutzgemeinschaft")


def test_a_report_right_after_a_colon_has_the_verb_before_it_or_the_colon_as_its_cue() -> None:
    quotes = quotekit.extract(
        "Die Bauernvereinigung UBÖ kritisierte das scharf: Die Kammer sitze mit den Konzernen im selben Boot. "
        "Ihr Obmann war zurückhaltender: Man müsse erst einmal die Gespräche abwarten."
    )
    assert [q.cue.text if q.cue else None for q in quotes] == ["kritisierte", ":"]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a title word ends the source, the title in marks follows (lower case: no name the tagger sees)
        (
            "Laut einem Test des Magazines „auto, motor und sport“ gibt es im Moment 113 Modelle.",
            "gibt es im Moment 113 Modelle",
            "einem Test des Magazines „auto, motor und sport“",
        ),
        # a title the source holds whole, or whose closing mark the parse leaves out of it, stays as it is
        (
            "Nach einem Bericht der „Frankfurter Allgemeine Zeitung“ ist der Konzern ins neue Jahr gestartet.",
            "ist der Konzern ins neue Jahr gestartet",
            "einem Bericht der „Frankfurter Allgemeine Zeitung“",
        ),
        # the parse ends the source inside the title
        (
            "Laut einem Test des Magazins „Auto Motor und Sport“ gibt es im Moment 113 Modelle.",
            "gibt es im Moment 113 Modelle",
            "einem Test des Magazins „Auto Motor und Sport“",
        ),
    ],
)
def test_a_title_in_marks_after_a_laut_source_is_part_of_the_source(
    text: str, content: str, source: str
) -> None:
    quotes = quotekit.extract(text)
    assert [
        (q.kind, q.text, q.speaker.mention.text if q.speaker and q.speaker.mention else None) for q in quotes
    ] == [(quotekit.QuoteKind.INDIRECT, content, source)]


def test_a_frame_without_a_source_takes_the_one_the_next_sentence_points_back_with() -> None:
    # "Nach ersten Erkenntnissen" names no one; "Das bestätigte die Kantonspolizei" says who reported it.
    text = (
        "Am Gletscher haben zwei Berggänger Teile eines Flugzeugs entdeckt. Nach ersten Erkenntnissen handelt es "
        "sich um eine Maschine, die im Februar 1953 verschollen war. Das bestätigte die Kantonspolizei Lindtal "
        "am Mittwoch."
    )
    reported = [q for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]
    assert len(reported) == 1
    assert reported[0].text == "handelt es sich um eine Maschine, die im Februar 1953 verschollen war"
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == "Kantonspolizei Lindtal"
    assert reported[0].cue is not None
    assert reported[0].cue.text == "bestätigte"


def test_a_verb_of_showing_attributes_only_where_a_demonstrative_points_back() -> None:
    text = (
        "Die Zahl der Einbrüche sei deutlich gestiegen. Das zeigt eine Studie des Instituts für Kriminologie."
    )
    reported = [q for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]
    assert [q.text for q in reported] == ["Die Zahl der Einbrüche sei deutlich gestiegen"]
    assert reported[0].cue is not None
    assert reported[0].cue.text == "zeigt"
    assert reported[0].speaker is not None
    assert reported[0].speaker.mention is not None
    assert "Studie" in reported[0].speaker.mention.text
    # (elsewhere "zeigen" reports nothing)
    assert quotekit.extract("Das Foto zeigt den Minister beim Essen. Er wirkt müde.") == []


def test_a_speaker_mention_never_comes_from_another_sentence_the_parse_joined() -> None:
    # The paragraph break after a list line without a full stop is missed by the parser, which makes the
    # list's name the subject of the next paragraph's verb.
    text = (
        "Stimmen von der Strecke:\n\n"
        "„Wir haben 400 Liter Tee ausgeschenkt.“ – Ines Wojcik, Helferin am Verpflegungsstand\n\n"
        "Hoppe-Lindemann kündigte an, dass die Teilnehmerzahl im kommenden Jahr auf 8000 begrenzt werde."
    )
    reported = [q for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]
    assert len(reported) == 1
    assert reported[0].speaker is not None
    assert reported[0].speaker.mention is not None
    assert reported[0].speaker.mention.text == "Hoppe-Lindemann"


def test_free_reported_speech_opened_by_a_clause_on_wer_after_a_speakers_sentence() -> None:
    text = (
        "Der 44-jährige Techniker Tunde Okeke fordert eine Staffelung. Wer wenig verbrauche, solle auch "
        "weniger zahlen."
    )
    reported = [q for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]
    assert [q.text for q in reported] == ["Wer wenig verbrauche, solle auch weniger zahlen"]
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == "Tunde Okeke"


def test_a_condition_opened_by_its_verb_is_no_reported_main_clause() -> None:
    text = (
        "„Der erste Fahrplan sah eine Pause vor“, sagte der Historiker Ruwan Jayasuriya. Hätten sich die Gegner "
        "damals durchgesetzt, gäbe es heute kein Jubiläum zu feiern."
    )
    assert [q.kind for q in quotekit.extract(text)] == [quotekit.QuoteKind.DIRECT]
    # (a condition opened by "sollte" before a main clause in the Konjunktiv I still reports)
    text = "Er sagte, man prüfe alles. Sollte das Gesetz kommen, werde man klagen."
    reported = [q.text for q in quotekit.extract(text) if q.kind is not quotekit.QuoteKind.DIRECT]
    assert reported == ["man prüfe alles", "Sollte das Gesetz kommen, werde man klagen"]


@pytest.mark.parametrize(
    "text",
    [
        # the verb of a relative clause does not report the main clause that goes on after it
        "Ein Bescheid des Landesrates, der den Jägern uneingeschränkte Betretungsrechte einräumt, soll ein "
        "solches Missgeschick in Zukunft verhindern.",
        # a verb in brackets does not report what stands outside them
        "Bei der Tagung der Partei (Wikinews berichtete) hat es keine Entscheidung darüber gegeben, ob die "
        "Partei einen eigenen Kandidaten aufstellen wird.",
    ],
)
def test_a_cue_inside_a_clause_that_interrupts_the_sentence_reports_nothing_outside_it(text: str) -> None:
    import quotekit

    assert quotekit.extract(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Minister, der sagte, die Lage sei ernst, trat zurück.", "die Lage sei ernst"),
        (
            "Entscheidend war die Aussage eines Jungen, der angab, von dem Mann bedroht worden zu sein.",
            "von dem Mann bedroht worden zu sein",
        ),
    ],
)
def test_a_relative_clauses_cue_still_reports_its_own_content(text: str, content: str) -> None:
    import quotekit

    assert [q.text for q in quotekit.extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        # a second predicate of the cue's subject in the Konjunktiv, with no clause after it: nothing it reports
        ("Der Mann gebe die Kontakte zu seiner Tochter zu, spreche aber von Einvernehmlichkeit.", []),
        # a condition in the Konjunktiv with its consequence after it stays what was said
        (
            "Er sagte, sollte das Gesetz kommen, werde er klagen.",
            ["sollte das Gesetz kommen, werde er klagen"],
        ),
        (
            "Sie haben angekündigt, sollte Bouterse die Macht übernehmen, ihre Unterstützung auszusetzen.",
            ["sollte Bouterse die Macht übernehmen, ihre Unterstützung auszusetzen"],
        ),
    ],
)
def test_a_konjunktiv_verb_right_after_the_cue_is_a_condition_only_with_a_clause_after_it(
    text: str, cued: list[str]
) -> None:
    import quotekit

    assert [q.text for q in quotekit.extract(text) if q.cue is not None] == cued


def test_a_second_verb_of_saying_after_adverbs_ends_the_first_verbs_content() -> None:
    import quotekit

    text = (
        "Der Minister hatte Fehler eingeräumt und angegeben, er habe nicht exakt gearbeitet, jedoch stets "
        "beteuert, nicht absichtlich abgeschrieben zu haben."
    )
    assert [q.text for q in quotekit.extract(text)] == [
        "er habe nicht exakt gearbeitet",
        "nicht absichtlich abgeschrieben zu haben",
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Der Richter trat dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, entgegen.",
            "das Gericht sei nicht legitim",
        ),
        (
            "Er nannte die Behauptung, Russland habe keine Antwort gegeben, eine glatte Lüge.",
            "Russland habe keine Antwort gegeben",
        ),
    ],
)
def test_a_speech_nouns_clause_ends_where_the_sentence_around_it_goes_on(text: str, content: str) -> None:
    import quotekit

    assert [q.text for q in quotekit.extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Laut dem Gouverneur der Provinz Schabwa kommen die Verhandlungen zur Freilassung gut voran.",
            "kommen die Verhandlungen zur Freilassung gut voran",
        ),
        (
            "Nach Angaben von Ärzte ohne Grenzen mussten 10.000 Menschen ihre Heimat verlassen.",
            "mussten 10.000 Menschen ihre Heimat verlassen",
        ),
        (
            "Egger zufolge hat das Land bereits Hilfe aus dem Katastrophenfonds zugesagt.",
            "hat das Land bereits Hilfe aus dem Katastrophenfonds zugesagt",
        ),
        (
            "Laut dem am Mittwoch veröffentlichten Prüfbericht sind die Kosten für das Projekt gestiegen.",
            "sind die Kosten für das Projekt gestiegen",
        ),
    ],
)
def test_a_frame_that_opens_the_sentence_takes_the_place_before_its_finite_verb(
    text: str, content: str
) -> None:
    import quotekit

    assert [q.text for q in quotekit.extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "da" opening a verb-final clause gives a reason, not what was said
        ("Der Sprecher warf der Regierung Wortbruch vor, da diese ihr Versprechen gebrochen hatte.", []),
        # "da" right before its finite verb is the adverb of a reported main clause
        ("Der Anwalt sagte, da sei nichts mehr zu machen.", ["da sei nichts mehr zu machen"]),
    ],
)
def test_a_causal_da_clause_after_a_cue_is_no_content(text: str, contents: list[str]) -> None:
    import quotekit

    assert [q.text for q in quotekit.extract(text)] == contents


def test_the_newsrooms_own_information_is_no_source() -> None:
    import quotekit

    text = (
        "Nach Informationen unserer Zeitung soll eine Gruppe hinter dem Angriff stecken. "
        "Nach Informationen der „Rundschau“ soll eine zweite Gruppe beteiligt sein."
    )
    assert [q.text for q in quotekit.extract(text)] == ["soll eine zweite Gruppe beteiligt sein"]


def test_a_stray_comma_after_a_sentence_opening_frame_is_no_clause_between() -> None:
    import quotekit

    text = (
        "Den Polizeibehörden zufolge, wurden nach der Vernehmung Chemikalien gefunden, die sich zur Herstellung "
        "von Sprengsätzen eignen sollen."
    )
    assert [q.text for q in quotekit.extract(text)] == [
        "wurden nach der Vernehmung Chemikalien gefunden, die sich zur Herstellung von Sprengsätzen eignen sollen"
    ]


def test_the_newsrooms_own_information_ends_a_speakers_chain() -> None:
    import quotekit

    text = (
        "„Die Angreifer waren hochprofessionell“, sagte Haberkamp. Sie hätten ihre Spuren verwischt.\n\n"
        "Nach Informationen unserer Zeitung soll eine Gruppe hinter dem Angriff stecken."
    )
    assert [q.text for q in quotekit.extract(text)] == [
        "Die Angreifer waren hochprofessionell",
        "Sie hätten ihre Spuren verwischt",
    ]


@pytest.mark.parametrize("negation", ["", "nicht "])
def test_the_particle_that_closes_the_reported_clause_is_its_verbs(negation: str) -> None:
    # "aus" closes "man schließe … aus", not "sagte" (which would make "aussagen", testify); and "schließe",
    # which a weak tagger calls an adjective before "Brandstiftung", is the clause's verb
    (quote,) = quotekit.extract(f"Ein Sprecher der Polizei sagte, man schließe Brandstiftung {negation}aus.")
    assert quote.text == f"man schließe Brandstiftung {negation}aus"
    assert quote.cue is not None
    assert quote.cue.text == "sagte"
    assert quote.cue.lemma == "sagen"


def test_a_double_name_before_zufolge_is_the_source_whatever_its_tag() -> None:
    # the tagger calls the unknown double name a conjunction
    text = "Die Vorsitzende Angharad Llewellyn-Pohl ist entsetzt. Llewellyn-Pohl zufolge ist das Gebäude versichert."
    (quote,) = quotekit.extract(text)
    assert quote.text == "ist das Gebäude versichert"
    assert quote.speaker is not None
    assert quote.speaker.name == "Angharad Llewellyn-Pohl"


def test_a_condition_with_its_verb_first_belongs_to_what_a_cue_after_it_reports() -> None:
    text = (
        "Landesrätin Ulrike Strohmayr ist besorgt. Sollte der Wolf weitere Nutztiere reißen, werde man eine "
        "Entnahme prüfen, sagte die Landesrätin."
    )
    (quote,) = quotekit.extract(text)
    assert quote.text == "Sollte der Wolf weitere Nutztiere reißen, werde man eine Entnahme prüfen"
    assert quote.cue is not None
    assert quote.cue.text == "sagte"


def test_a_continuation_ends_before_the_speech_verb_that_closes_its_sentence() -> None:
    # the verb found no content of its own ("die gebürtige Estin" is parsed as its object); the sentence went on
    # with the speaker before, cue and speaker included
    text = (
        "Geschäftsführerin Kaisa Lepp sprach von Panikmache. Ein einzelner durchziehender Wolf sei keine Gefahr "
        "für Menschen, betonte die gebürtige Estin."
    )
    (quote,) = quotekit.extract(text)
    assert quote.text == "Ein einzelner durchziehender Wolf sei keine Gefahr für Menschen"
    assert quote.cue is not None
    assert quote.cue.text == "betonte"
    assert quote.speaker is not None
    assert quote.speaker.name == "Kaisa Lepp"


def test_an_inflected_participle_deep_in_the_clause_is_not_its_verb() -> None:
    # "prüfe" is tagged an adverb; "betroffenen" (a participle before its noun) is no finite verb of the clause
    (quote,) = quotekit.extract(
        "Ein Sprecher der Regionalbahn sagte, man prüfe für die am stärksten betroffenen Haushalte Entschädigungen."
    )
    assert quote.text == "man prüfe für die am stärksten betroffenen Haushalte Entschädigungen"


def test_words_running_on_from_the_cue_are_no_clause_it_governs() -> None:
    # "meldete sich sichtlich bewegt zu Wort:" with "bewegt" parsed as the verb's complement: what she said is in
    # the marks after the colon; a comma left out before a zu-infinitive still leaves a report
    text = "Eine junge Mutter meldete sich sichtlich bewegt zu Wort: «Meine Tochter ist krank.»"
    assert [q.text for q in quotekit.extract(text)] == ["Meine Tochter ist krank."]
    (quote,) = quotekit.extract("Die Stadt erwog bereits vom Vertrag zurückzutreten.")
    assert quote.text == "vom Vertrag zurückzutreten"


def test_a_plan_in_two_words_after_a_speech_verb_is_reported() -> None:
    # "kündigte an, Berufung einzulegen": a zu-infinitive says a whole plan in two words; not after a noun
    (quote,) = quotekit.extract("Der Anwalt kündigte an, Berufung einzulegen.")
    assert (quote.text, quote.cue.text if quote.cue else None) == ("Berufung einzulegen", "kündigte")
    assert quotekit.extract("Er hat die Hoffnung, es wiederzubekommen.") == []


def test_an_infinitive_clause_opened_by_its_own_words_before_the_marks_is_mixed() -> None:
    # "die Ergebnisse „sorgfältig auszuwerten“": the verb stands inside the marks, but the clause opens outside
    text = "Das Umweltministerium kündigte an, die Ergebnisse „sorgfältig auszuwerten“."
    assert [(q.kind, q.text) for q in quotekit.extract(text)] == [
        (quotekit.QuoteKind.MIXED, "die Ergebnisse „sorgfältig auszuwerten“"),
        (quotekit.QuoteKind.DIRECT, "sorgfältig auszuwerten"),
    ]
    # (a clause that is all marks stays the direct quotation alone)
    assert [q.kind for q in quotekit.extract("Er sagte: „Wir werden kämpfen.“")] == [
        quotekit.QuoteKind.DIRECT
    ]


def test_a_sentence_quoted_whole_that_ends_in_an_infinitive_is_no_infinitive_clause() -> None:
    # "doch „zur guten … Praxis gehört es … auch, eine … Arbeit ordentlich zu prüfen“": the marks hold a finite
    # verb, so the words before them ("und auf … verwiesen") open no reported clause of their own
    text = (
        "Sie wisse, dass ihre Arbeit „nicht frei von Schwächen, nicht selten ungenau, oberflächlich und manchmal "
        "geradezu fehlerhaft“ sei, hatte Koch-Mehrin damals gesagt und auf die Beurteilung der Arbeit durch ihren "
        "Doktorvater verwiesen, doch „zur guten wissenschaftlichen Praxis gehört es … auch, eine vorgelegte "
        "Arbeit ordentlich zu prüfen“."
    )
    assert [q.text[:10] for q in quotekit.extract(text)] == ["Sie wisse,", "nicht frei", "zur guten "]


@pytest.mark.parametrize("verb", ["verarbeite", "unterrichte", "anbiete"])
def test_a_listed_konjunktiv_one_after_a_verb_prefix_continues_a_statement(verb: str) -> None:
    # "verarbeite" ends in "-te" like a preterite, and a tagger may call it one; "arbeite" is listed
    objects = {"verarbeite": "täglich 9.000 Liter Milch", "unterrichte": "drei Klassen", "anbiete": "Kurse"}
    text = (
        f"„Wir haben sofort reagiert“, sagte Senner Martin Fink-Berchtold. Die Sennerei {verb} "
        f"{objects[verb]}{' an' if verb == 'anbiete' else ''}."
    )
    quotes = quotekit.extract(text)
    reported = [q for q in quotes if q.kind is not quotekit.QuoteKind.DIRECT]
    assert [q.text.split()[:2] for q in reported] == [["Die", "Sennerei"]]
    assert reported[0].speaker is not None
    assert reported[0].speaker.name == "Martin Fink-Berchtold"


def test_a_prefixed_form_after_ich_or_a_noun_of_its_shape_reports_nothing() -> None:
    text = "„Wir haben sofort reagiert“, sagte Senner Martin Fink-Berchtold. Ich verarbeite das noch. Die Aussage kam spät."
    assert [q.text for q in quotekit.extract(text)] == ["Wir haben sofort reagiert"]


def test_a_plural_preterite_form_beside_a_konjunktiv_one_in_its_sentence_goes_on_with_a_report() -> None:
    text = (
        "Reinhold Mayrhofer sagte, die Lage sei dramatisch. Allein in seinem Betrieb fehlten 25 Skilehrer, in der "
        "Region seien es 120 Skilehrer."
    )
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes] == [
        "die Lage sei dramatisch",
        "Allein in seinem Betrieb fehlten 25 Skilehrer, in der Region seien es 120 Skilehrer",
    ]
    assert {q.speaker.name if q.speaker else None for q in quotes} == {"Reinhold Mayrhofer"}


def test_a_plural_preterite_form_alone_between_two_reported_sentences_stays_narration() -> None:
    text = (
        "Die Ministerin sagte, das Abkommen sei ein Erfolg. Umweltorganisationen zeigten sich enttäuscht. "
        "Man werde weiter verhandeln, sagte die Ministerin."
    )
    assert [q.text for q in quotekit.extract(text)] == [
        "das Abkommen sei ein Erfolg",
        "Man werde weiter verhandeln",
    ]


# A text that quotes in the present reports with the Konjunktiv II the preterite shares; after "sagte" the same
# form may be past narration. The statement before is a report ("Die Gäste hätten …") or the quotation in marks
# whose cue and speaker close the sentence before ("„…“, sagt X.").
_PRESENT_QUOTING = [
    (
        "„Wir schließen lieber einen Tag“, {cue} Wirtin Helga Aigner. Die Gäste hätten Verständnis gezeigt. ",
        "Trotzdem fehlten ihr pro Woche rund 9000 Euro Umsatz",
    ),
    (
        "„Wir haben eine Wasserfläche, und die wird nicht größer“, {cue} Bäderchefin Anke Morawietz. ",
        "Zudem fehlten ihr seit Monaten zwei Fachangestellte",
    ),
]


@pytest.mark.parametrize(("before", "claim"), _PRESENT_QUOTING)
@pytest.mark.parametrize(("cue", "reported"), [("sagt", True), ("sagte", False)])
def test_a_plural_preterite_form_goes_on_with_a_statement_quoted_in_the_present(
    before: str, claim: str, cue: str, reported: bool
) -> None:
    texts = [q.text for q in quotekit.extract(before.format(cue=cue) + claim + ".")]
    assert (claim in texts) is reported


def test_a_participle_put_before_a_listed_konjunktiv_continues_a_statement() -> None:
    # "gefährdet" tagged finite, "seien" a possessive: the listed form is the finite verb
    text = "«Das Wasser ist gefährlich», sagte die Kantonschemikerin. Besonders gefährdet seien Kinder."
    assert [q.text for q in quotekit.extract(text)] == [
        "Das Wasser ist gefährlich",
        "Besonders gefährdet seien Kinder",
    ]


def test_a_plural_preterite_form_before_indicative_narration_stays_narration() -> None:
    text = (
        "Der Bürgermeister sagte, die Lage sei dramatisch. Am Bahnhof warteten Hunderte auf Anschlüsse. "
        "Die Feuerwehr war im Einsatz."
    )
    assert [q.text for q in quotekit.extract(text)] == ["die Lage sei dramatisch"]


def test_nothing_said_goes_on_after_a_question_left_open() -> None:
    # "ließ offen, ob …": the next sentence's plan is the narrator's, not what Gisler said
    text = (
        "Gemeindepräsident Hans-Peter Gisler ließ offen, ob er diesen Weg gehen werde. Die Bauarbeiten sollen im "
        "Frühling 2025 beginnen."
    )
    assert [q.text for q in quotekit.extract(text)] == ["ob er diesen Weg gehen werde"]


def test_a_question_in_the_konjunktiv_put_by_the_narrator_is_no_quotation() -> None:
    # the interviewer's question before the answer in marks: no one's statement
    text = (
        "Stockinger wischt sich den Schweiß von der Stirn. Ob er ans Aufhören denke? „Aufhören? Solange ich "
        "die Schere halten kann, nicht.“"
    )
    assert [q.kind.value for q in quotekit.extract(text)] == ["direct"]
    # (the speaker's own question in the Konjunktiv reports: "Wer prüfe denn, ob …?")
    asked = "Tessendorf ist skeptisch. Wer prüfe denn, ob die Frau an der Kasse wirklich die Cousine sei?"
    assert "Wer prüfe denn, ob die Frau an der Kasse wirklich die Cousine sei" in [
        q.text for q in quotekit.extract(asked)
    ]
    # (the same clause as a statement reports: "Er denke ans Aufhören.")
    stated = text.replace("Ob er ans Aufhören denke?", "Er denke ans Aufhören.")
    assert "Er denke ans Aufhören" in [q.text for q in quotekit.extract(stated)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Landwirt Gian Casutt ist wütend. Er findet, der Wolf müsse weg.", ["der Wolf müsse weg"]),
        (
            "Gewerkschafter Marco Cattaneo findet, dass die Firma die Einbussen ausgleichen solle.",
            ["dass die Firma die Einbussen ausgleichen solle"],
        ),
        ("Zudem fand die Gemeinde, man habe genug getan.", ["man habe genug getan"]),
        # an object of its own, a reflexive, an indicative: finding, no view
        ("Der Förster fand die Leiche, die im Wald lag.", []),
        ("Ob die Vorlage eine Mehrheit findet, sei offen, sagte der Präsident.", []),
        ("Die Polizei fand, als sie eintraf, niemanden mehr vor.", []),
    ],
)
def test_a_verb_of_holding_a_view_reports_only_the_clause_it_governs(text: str, said: list[str]) -> None:
    quotes = quotekit.extract(text)
    assert [q.text for q in quotes if q.cue is not None and q.cue.lemma == "finden"] == said
