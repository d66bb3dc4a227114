"""Speaker mentions and noun-phrase extents, on hand-built Docs in both label schemes."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from tests.handbuilt import Row, build, text_of

from quotekit.records import CueKind, CueMatch
from quotekit.stages.cues import find_cues
from quotekit.syntax import labels
from quotekit.syntax.labels import Scheme
from quotekit.syntax.mentions import clause_subject, owner_of_speech_noun, speaker_of_cue
from quotekit.syntax.phrases import first_nominal, mention_of
from quotekit.syntax.positions import headline_name, nominal_after
from quotekit.syntax.sources import frame_source

GERMAN = spacy.blank("de")


# "Dies erklärte der Sprecher des Amtes, Ned Price, während eines Briefings."
PRICE = [
    # word, POS, head, UD, TIGER, lemma, morph; STTS tags below
    ("Dies", "PRON", "1", "nsubj", "oa", "dies"),
    ("erklärte", "VERB", "1", "ROOT", "ROOT", "erklären"),
    ("der", "DET", "3", "det", "nk", "der"),
    ("Sprecher", "NOUN", "1", "nsubj", "sb", "Sprecher"),
    ("des", "DET", "5", "det", "nk", "der"),
    ("Amtes", "NOUN", "3", "nmod", "ag", "Amt"),
    (",", "PUNCT", "8", "punct", "punct", ","),
    ("Ned", "PROPN", "8", "compound", "pnc", "Ned"),
    ("Price", "PROPN", "5", "appos", "app", "Price"),
    (",", "PUNCT", "12", "punct", "punct", ","),
    ("während", "SCONJ", "12", "case", "ac", "während"),
    ("eines", "DET", "12", "det", "nk", "ein"),
    ("Briefings", "NOUN", "8", "nmod", "mnr", "Briefing"),
    (".", "PUNCT", "1", "punct", "punct", "."),
]


def test_a_phrase_after_an_apposition_belongs_to_the_clause(scheme: labels.Scheme) -> None:
    from tests.handbuilt import build

    from quotekit.syntax.phrases import mention_of

    doc = build(PRICE, scheme)
    doc[10].tag_ = "APPR"  # a weak tagger's coarse POS misses the preposition; the STTS tag has it
    start, end = mention_of(doc[3])
    assert doc.text[start:end] == "der Sprecher des Amtes, Ned Price"


def test_a_name_set_off_after_a_role_phrase_joins_the_mention(scheme: labels.Scheme) -> None:
    # "Dies erklärte der Sprecher, Ned Price, gestern." with the name hung on the verb by the parse
    rows: list[Row] = [
        ("Dies", "PRON", "1", "nsubj", "sb", "dies"),
        ("erklärte", "VERB", "1", "ROOT", "ROOT", "erklären"),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Sprecher", "NOUN", "1", "nsubj", "sb", "Sprecher"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("Ned", "PROPN", "1", "appos", "app", "Ned"),
        ("Price", "PROPN", "5", "flat", "pnc", "Price"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("gestern", "ADV", "1", "advmod", "mo", "gestern"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, mention_of(doc[3])) == "der Sprecher, Ned Price"
    # not after a word that names no role
    rows[3] = ("Bericht", "NOUN", "1", "nsubj", "sb", "Bericht")
    doc = build(rows, scheme)
    assert text_of(doc, mention_of(doc[3])) == "der Bericht"


def test_the_subject_of_a_copula_clause_speaks_for_its_coordinated_speech_verb(scheme: Scheme) -> None:
    # "Podolski war anwesend und sagte, …": UD heads the clause with the adjective.
    doc = build(
        [
            ("Podolski", "PROPN", "2", "nsubj", "sb", "Podolski"),
            ("war", "AUX", "2", "cop", "ROOT", "sein"),
            ("anwesend", "ADJ", "2", "ROOT", "pd", "anwesend"),
            ("und", "CCONJ", "4", "cc", "cd", "und"),
            ("sagte", "VERB", "2", "conj", "cj", "sagen"),
        ],
        scheme,
    )
    subject = clause_subject(doc[4])
    assert subject is not None
    assert subject.text == "Podolski"


# Rules on hand-built Docs, in each label scheme.
WORDS = ["Gestern", "hat", "der", "Minister", "das", "Gesetz", "gelobt", "."]


POS = ["ADV", "AUX", "DET", "NOUN", "DET", "NOUN", "VERB", "PUNCT"]


HEADS = [1, 1, 3, 1, 5, 6, 1, 1]


DEPS = {
    labels.Scheme.TIGER: ["mo", "ROOT", "nk", "sb", "nk", "oa", "oc", "punct"],
    labels.Scheme.UD: ["advmod", "aux", "det", "nsubj", "det", "obj", "ROOT", "punct"],
}


UD_HEADS = [6, 6, 3, 6, 5, 6, 6, 6]


def _perfect(scheme: labels.Scheme) -> Doc:
    heads = HEADS if scheme is labels.Scheme.TIGER else UD_HEADS
    return Doc(GERMAN.vocab, words=WORDS, heads=heads, deps=DEPS[scheme], pos=POS)


def test_subject_of_a_participle_hangs_on_the_auxiliary(scheme: labels.Scheme) -> None:
    doc = _perfect(scheme)
    subject = clause_subject(doc[6])
    assert subject is not None
    assert subject.text == "Minister"


def test_subject_found_when_the_parse_mislabels_it() -> None:
    # A weak parser labels the speaker "obj"; a nominal dependent that can speak is still taken.
    words = ["Als", "Begründung", "sagte", "ein", "Wissenschaftler", ":"]
    doc = Doc(
        GERMAN.vocab,
        words=words,
        heads=[1, 2, 2, 4, 2, 2],
        deps=["case", "obl", "ROOT", "det", "obj", "punct"],
        pos=["ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    )
    subject = clause_subject(doc[2])
    assert subject is not None
    assert subject.text == "Wissenschaftler"


def test_first_nominal_skips_prepositional_phrases() -> None:
    words = ["Nach", "dem", "Treffen", "sagte", "die", "Sprecherin"]
    doc = Doc(GERMAN.vocab, words=words, pos=["ADP", "DET", "NOUN", "VERB", "DET", "NOUN"])
    found = first_nominal(list(doc))
    assert found is not None
    assert found.text == "Sprecherin"


def test_first_nominal_skips_a_name_in_marks_inside_a_prepositional_phrase() -> None:
    # "Im Rahmen der Kampagne „Wachsamer Nachbar“ rät die Polizei": the marks end no phrase.
    words = ["Im", "Rahmen", "der", "Kampagne", "„", "Wachsamer", "Nachbar", "“", "rät", "die", "Polizei"]
    pos = ["ADP", "NOUN", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "NOUN"]
    doc = Doc(GERMAN.vocab, words=words, pos=pos)
    found = first_nominal(list(doc), speaking_only=True)
    assert found is not None
    assert found.text == "Polizei"


SO_PRICE: list[Row] = [
    ("Die", "DET", "1", "det", "nk", "der"),
    ("Lage", "NOUN", "2", "nsubj", "sb", "Lage"),
    ("sei", "AUX", "2", "ROOT", "ROOT", "sein"),
    ("ernst", "ADJ", "2", "advmod", "pd", "ernst"),
    (",", "PUNCT", "2", "punct", "punct", ","),
    ("so", "ADV", "2", "advmod", "mo", "so"),
    ("Price", "PROPN", "5", "nmod", "nk", "Price"),
    (".", "PUNCT", "2", "punct", "punct", "."),
]


def _cue_of_kind(doc: Doc, kind: str) -> CueMatch:
    return next(cue for cue in find_cues(doc) if cue.kind == kind)


def test_so_names_the_phrase_after_it(scheme: Scheme) -> None:
    doc = build(SO_PRICE, scheme)
    assert text_of(doc, speaker_of_cue(doc, _cue_of_kind(doc, "so"))) == "Price"


def test_zufolge_names_the_phrase_before_it(scheme: Scheme) -> None:
    doc = build(
        [
            ("Dem", "DET", "1", "det", "nk", "der"),
            ("Bericht", "NOUN", "3", "obl", "mo", "Bericht"),
            ("zufolge", "ADP", "1", "case", "ac", "zufolge"),
            ("sei", "AUX", "3", "ROOT", "ROOT", "sein"),
            ("alles", "PRON", "3", "nsubj", "sb", "alles"),
            ("gut", "ADJ", "3", "advmod", "pd", "gut"),
            (".", "PUNCT", "3", "punct", "punct", "."),
        ],
        scheme,
    )
    assert text_of(doc, speaker_of_cue(doc, _cue_of_kind(doc, "zufolge"))) == "Dem Bericht"


def test_a_so_frame_source_is_cut_by_its_words(scheme: Scheme) -> None:
    doc = build(SO_PRICE, scheme)
    cue = _cue_of_kind(doc, "so")
    assert [doc[i].text for i in frame_source(doc, cue, doc[:])] == ["Price"]


def test_the_genitive_before_a_speech_noun_owns_it(scheme: Scheme) -> None:
    doc = build(
        [
            ("Stoltenbergs", "PROPN", "1", "nmod:poss", "ag", "Stoltenberg"),
            ("Behauptung", "NOUN", "1", "ROOT", "ROOT", "Behauptung"),
            (",", "PUNCT", "4", "punct", "punct", ","),
            ("Russland", "PROPN", "4", "nsubj", "sb", "Russland"),
            ("habe", "AUX", "1", "acl", "rc", "haben"),
            ("recht", "ADJ", "4", "advmod", "pd", "recht"),
            (".", "PUNCT", "1", "punct", "punct", "."),
        ],
        scheme,
    )
    assert text_of(doc, speaker_of_cue(doc, _cue_of_kind(doc, "noun"))) == "Stoltenbergs"


# --- bounded mentions (issue 11, point 5) -------------------------------------------------------------


def test_a_mention_stops_before_a_relative_clause_the_parse_hangs_on_it(scheme: labels.Scheme) -> None:
    # "„…“, sagt eine Frau, die seit 30 Jahren dort wohnt." with the relative clause inside the noun's subtree
    rows: list[Row] = [
        ("sagt", "VERB", "0", "ROOT", "ROOT", "sagen"),
        ("eine", "DET", "2", "det", "nk", "ein"),
        ("Frau", "NOUN", "0", "nsubj", "sb", "Frau"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("die", "PRON", "9", "nsubj", "sb", "der"),
        ("seit", "ADP", "7", "case", "mo", "seit"),
        ("30", "NUM", "7", "nummod", "nk", "30"),
        ("Jahren", "NOUN", "9", "obl", "nk", "Jahr"),
        ("dort", "ADV", "9", "advmod", "mo", "dort"),
        ("wohnt", "VERB", "2", "acl", "rc", "wohnen"),
        (".", "PUNCT", "0", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, mention_of(doc[2])) == "eine Frau"


def test_an_apposition_with_an_article_is_no_relative_clause(scheme: labels.Scheme) -> None:
    # "sagte Anna Berg, die Sprecherin des Vereins." keeps its apposition
    rows: list[Row] = [
        ("sagte", "VERB", "0", "ROOT", "ROOT", "sagen"),
        ("Anna", "PROPN", "2", "flat", "pnc", "Anna"),
        ("Berg", "PROPN", "0", "nsubj", "sb", "Berg"),
        (",", "PUNCT", "5", "punct", "punct", ","),
        ("die", "DET", "5", "det", "nk", "der"),
        ("Sprecherin", "NOUN", "2", "appos", "app", "Sprecherin"),
        ("des", "DET", "7", "det", "nk", "der"),
        ("Vereins", "NOUN", "5", "nmod", "ag", "Verein"),
        (".", "PUNCT", "0", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, mention_of(doc[2])) == "Anna Berg, die Sprecherin des Vereins"


def test_a_mention_stops_before_a_coordinated_verb(scheme: labels.Scheme) -> None:
    # "„…“, erzählt die 79-Jährige und lacht." with "lacht" parsed as a conjunct of the noun
    rows: list[Row] = [
        ("erzählt", "VERB", "0", "ROOT", "ROOT", "erzählen"),
        ("die", "DET", "2", "det", "nk", "der"),
        ("79-Jährige", "NOUN", "0", "nsubj", "sb", "79-Jährige"),
        ("und", "CCONJ", "4", "cc", "cd", "und"),
        ("lacht", "VERB", "2", "conj", "cj", "lachen"),
        (".", "PUNCT", "0", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, mention_of(doc[2])) == "die 79-Jährige"


def test_a_mention_keeps_its_brackets_closed(scheme: labels.Scheme) -> None:
    # "sagt Heinz K. (63), der gegenüber wohnt."
    rows: list[Row] = [
        ("sagt", "VERB", "0", "ROOT", "ROOT", "sagen"),
        ("Heinz", "PROPN", "2", "flat", "pnc", "Heinz"),
        ("K.", "PROPN", "0", "nsubj", "sb", "K."),
        ("(", "PUNCT", "4", "punct", "punct", "("),
        ("63", "NUM", "2", "appos", "app", "63"),
        (")", "PUNCT", "4", "punct", "punct", ")"),
        (",", "PUNCT", "2", "punct", "punct", ","),
        ("der", "PRON", "9", "nsubj", "sb", "der"),
        ("gegenüber", "ADV", "9", "advmod", "mo", "gegenüber"),
        ("wohnt", "VERB", "2", "acl", "rc", "wohnen"),
        (".", "PUNCT", "0", "punct", "punct", "."),
    ]
    doc = build(rows, scheme, spaces=[True, True, True, False, False, False, True, True, True, False, False])
    assert text_of(doc, mention_of(doc[2])) == "Heinz K. (63)"


# --- one rule for every "so X" (issue 10) --------------------------------------------------------------


_NACH_EIGENEN_ANGABEN: list[Row] = [
    ("Nach", "ADP", "2", "case", "mo", "nach"),
    ("eigenen", "ADJ", "2", "amod", "nk", "eigen"),
    ("Angaben", "NOUN", "3", "obl", "nk", "Angabe"),
    ("hat", "AUX", "3", "ROOT", "ROOT", "haben"),
    ("das", "DET", "5", "det", "nk", "der"),
    ("Unternehmen", "NOUN", "3", "nsubj", "sb", "Unternehmen"),
    ("Gewinn", "NOUN", "7", "obj", "oa", "Gewinn"),
    ("gemacht", "VERB", "3", "xcomp", "oc", "machen"),
    (".", "PUNCT", "3", "punct", "punct", "."),
]


def test_nach_angaben_without_a_genitive_names_the_speech_noun_not_the_subject(scheme: Scheme) -> None:
    doc = build(_NACH_EIGENEN_ANGABEN, scheme)
    cue = _cue_of_kind(doc, "nach_angaben")
    assert text_of(doc, speaker_of_cue(doc, cue)) == "eigenen Angaben"
    assert [doc[i].text for i in frame_source(doc, cue, doc[:])] == ["eigenen", "Angaben"]


def test_a_cue_and_its_frame_name_the_same_source(scheme: Scheme) -> None:
    # "Laut einem Sprecher der Polizei sei alles ruhig." — the mention and the frame are one phrase
    rows: list[Row] = [
        ("Laut", "ADP", "2", "case", "mo", "laut"),
        ("einem", "DET", "2", "det", "nk", "ein"),
        ("Sprecher", "NOUN", "7", "obl", "mo", "Sprecher"),
        ("der", "DET", "4", "det", "nk", "der"),
        ("Polizei", "NOUN", "2", "nmod", "ag", "Polizei"),
        ("sei", "AUX", "7", "cop", "ROOT", "sein"),
        ("alles", "PRON", "7", "nsubj", "sb", "alles"),
        ("ruhig", "ADJ", "7", "ROOT", "pd", "ruhig"),
        (".", "PUNCT", "7", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    cue = _cue_of_kind(doc, "laut")
    mention = text_of(doc, speaker_of_cue(doc, cue))
    assert mention == "einem Sprecher der Polizei"
    assert " ".join(doc[i].text for i in frame_source(doc, cue, doc[:])) == mention


def test_so_without_a_cue_names_its_source_as_every_so(scheme: Scheme) -> None:
    # "„…“ so das Fazit der Betreiber." after a quotation: the words after "so"
    rows: list[Row] = [
        ("so", "ADV", "2", "advmod", "mo", "so"),
        ("das", "DET", "2", "det", "nk", "der"),
        ("Fazit", "NOUN", "2", "ROOT", "ROOT", "Fazit"),
        ("der", "DET", "4", "det", "nk", "der"),
        ("Betreiber", "NOUN", "2", "nmod", "ag", "Betreiber"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, nominal_after(list(doc), 0, [])) == "das Fazit der Betreiber"


def _after_verb(*noun_phrase: Row) -> list[Row]:
    """ "begründet <noun phrase> seine Entscheidung ." with every word an object of the verb, as a weak
    parse and tagger give it (the case tagged accusative)."""
    n = len(noun_phrase)
    return [
        ("begründet", "VERB", "0", "ROOT", "ROOT", "begründen", "Mood=Ind|VerbForm=Fin"),
        *noun_phrase,
        ("seine", "DET", str(n + 2), "det", "nk", "sein"),
        ("Entscheidung", "NOUN", "0", "obj", "oa", "Entscheidung", "Case=Acc"),
        (".", "PUNCT", "0", "punct", "punct", "."),
    ]


@pytest.mark.parametrize(
    ("noun_phrase", "mention"),
    [
        (
            (
                ("das", "DET", "2", "det", "nk", "der"),
                ("Gericht", "NOUN", "0", "obj", "oa", "Gericht", "Case=Acc"),
            ),
            "das Gericht",
        ),
        ((("Brown", "PROPN", "0", "obj", "oa", "Brown", "Case=Acc"),), "Brown"),
        # "den" is accusative only, and a bare common noun may be an object: no subject there
        (
            (
                ("den", "DET", "2", "det", "nk", "der"),
                ("Richter", "NOUN", "0", "obj", "oa", "Richter", "Case=Acc"),
            ),
            None,
        ),
        ((("Aktien", "NOUN", "0", "obj", "oa", "Aktie", "Case=Acc"),), None),
    ],
)
def test_after_a_verb_a_noun_the_tagger_gave_another_case_may_still_be_its_subject(
    scheme: Scheme, noun_phrase: tuple[Row, ...], mention: str | None
) -> None:
    doc = build(_after_verb(*noun_phrase), scheme)
    assert text_of(doc, nominal_after(list(doc), 0, [])) == mention


@pytest.mark.parametrize(("before", "subject"), [("Innenexperte", "Wiefelspütz"), ("Gestern", None)])
def test_a_bare_noun_subject_after_a_title_is_a_name(
    scheme: Scheme, before: str, subject: str | None
) -> None:
    # "Innenexperte Wiefelspütz nannte den Bericht …": a bare capitalised noun is a tagging error ("Aktuell")
    # unless a title stands before it.
    rows: list[Row] = [
        # (the tagger took the title for an adjective, as it does with "SPD-Innenexperte")
        (before, "ADJ" if before == "Innenexperte" else "ADV", "1", "dep", "nk", before),
        ("Wiefelspütz", "NOUN", "2", "nsubj", "sb", "Wiefelspütz"),
        ("nannte", "VERB", "2", "ROOT", "ROOT", "nennen", "Mood=Ind|VerbForm=Fin"),
        ("den", "DET", "4", "det", "nk", "der"),
        ("Bericht", "NOUN", "2", "obj", "oa", "Bericht", "Case=Acc"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    found = clause_subject(doc[2])
    assert (found.text if found is not None else None) == subject


def test_heisst_es_takes_its_source_before_a_noun_deeper_in_the_clause(scheme: Scheme) -> None:
    # "So heißt es in dem Schreiben an Gericht, Polizei und Presse.": the source is the letter, not
    # "Polizei", a noun of the clause that a comma cut from its preposition.
    rows: list[Row] = [
        ("So", "ADV", "1", "advmod", "mo", "so"),
        ("heißt", "VERB", "1", "ROOT", "ROOT", "heißen", "Mood=Ind|VerbForm=Fin"),
        ("es", "PRON", "1", "nsubj", "sb", "es", "Case=Nom"),
        ("in", "ADP", "5", "case", "mo", "in"),
        ("dem", "DET", "5", "det", "nk", "der", "Case=Dat"),
        ("Schreiben", "NOUN", "1", "obl", "nk", "Schreiben", "Case=Dat"),
        ("an", "ADP", "7", "case", "mo", "an"),
        ("Gericht", "NOUN", "1", "obl", "nk", "Gericht", "Case=Dat"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("Polizei", "NOUN", "7", "conj", "cj", "Polizei", "Case=Nom"),
        ("und", "CCONJ", "11", "cc", "cd", "und"),
        ("Presse", "NOUN", "7", "conj", "cj", "Presse", "Case=Nom"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    cue = _cue_of_kind(doc, "verb")
    assert text_of(doc, speaker_of_cue(doc, cue)) == "dem Schreiben"


@pytest.mark.parametrize(("first", "subject"), [("Bereits", "Merkel"), ("Schröder", "Schröder")])
def test_a_capitalised_function_word_run_in_from_a_headline_is_no_subject(
    scheme: Scheme, first: str, subject: str
) -> None:
    # "Engagement Deutschlands Bereits im Dezember hatte Merkel verkündet": the parse gives two subjects.
    rows: list[Row] = [
        ("Engagement", "NOUN", "2", "dep", "nk", "Engagement"),
        ("Deutschlands", "PROPN", "0", "nmod", "ag", "Deutschland"),
        (first, "PROPN", "6", "nsubj", "sb", first),
        ("im", "ADP", "4", "case", "mo", "in"),
        ("Dezember", "NOUN", "6", "obl", "mo", "Dezember"),
        ("hatte", "AUX", "6", "aux", "oc", "haben", "Mood=Ind|VerbForm=Fin"),
        ("verkündet", "VERB", "6", "ROOT", "ROOT", "verkünden", "VerbForm=Part"),
        ("Merkel", "PROPN", "6", "nsubj", "sb", "Merkel"),
        (":", "PUNCT", "6", "punct", "punct", ":"),
    ]
    doc = build(rows, scheme)
    found = clause_subject(doc[6])
    assert found is not None
    assert found.text == subject


@pytest.mark.parametrize(
    ("article", "case", "subject"), [("den", "Case=Dat", None), ("die", "Case=Nom", "Anwohner")]
)
def test_a_noun_after_an_article_never_nominative_is_no_subject(
    scheme: Scheme, article: str, case: str, subject: str | None
) -> None:
    # "…, <article> Anwohner massiv gedroht": the parse took the dative for the subject.
    rows: list[Row] = [
        (article, "DET", "1", "det", "nk", "der"),
        ("Anwohner", "NOUN", "3", "nsubj", "sb", "Anwohner", case),
        ("massiv", "ADV", "3", "advmod", "mo", "massiv"),
        ("gedroht", "VERB", "3", "ROOT", "ROOT", "drohen", "VerbForm=Part"),
        (".", "PUNCT", "3", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    found = clause_subject(doc[3])
    assert (found.text if found is not None else None) == subject


def test_the_speaker_of_a_wie_frame_is_the_phrase_after_wie_whatever_the_parse() -> None:
    from quotekit.records import CueKind, CueMatch
    from quotekit.syntax.positions import subject_by_position

    # "Er wurde verhaftet, wie die Agentur ANSA gestern berichtete." with everything hung on "gestern"
    # (as a weak parse did): no subject for "berichtete" by the parse.
    rows: list[Row] = [
        ("Er", "PRON", "2", "nsubj", "sb", "er"),
        ("wurde", "AUX", "2", "aux", "ROOT", "werden"),
        ("verhaftet", "VERB", "2", "ROOT", "oc", "verhaften"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("wie", "ADV", "8", "advmod", "mo", "wie"),
        ("die", "DET", "6", "det", "nk", "der"),
        ("Agentur", "NOUN", "8", "obj", "oa", "Agentur"),
        ("ANSA", "PROPN", "6", "appos", "app", "ANSA"),
        ("gestern", "ADV", "2", "advmod", "mo", "gestern"),
        ("berichtete", "VERB", "8", "aux", "oc", "berichten"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows)
    cue = CueMatch(
        start=doc[9].idx,
        end=doc[9].idx + 10,
        text="berichtete",
        lemma="berichten",
        kind=CueKind.VERB,
        head=9,
        tokens=(9,),
    )
    found = subject_by_position(doc, cue, [(0, doc[2].idx + len(doc[2].text))])
    assert found is not None
    assert doc.text[found[0] : found[1]] == "die Agentur ANSA"


def test_a_verb_hung_on_a_root_name_takes_the_name_as_subject(scheme: Scheme) -> None:
    # "Gemeinderätin Monika Haldimann, zuständig für die Finanzen, räumte ein, dass …": the parse made the
    # name the root and the speech verb a parenthetical beside it.
    rows: list[Row] = [
        ("Gemeinderätin", "NOUN", "2", "nsubj", "sb", "Gemeinderätin", "Case=Nom"),
        ("Monika", "PROPN", "2", "compound", "pnc", "Monika", "Case=Nom"),
        ("Haldimann", "PROPN", "2", "ROOT", "ROOT", "Haldimann", "Case=Nom"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("zuständig", "ADJ", "2", "conj", "cj", "zuständig"),
        ("für", "ADP", "7", "case", "mo", "für"),
        ("die", "DET", "7", "det", "nk", "der"),
        ("Finanzen", "NOUN", "4", "nmod", "op", "Finanz", "Case=Acc"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("räumte", "VERB", "2", "parataxis", "par", "räumen", "Mood=Ind|Number=Sing|Person=3|Tense=Past"),
        ("ein", "ADP", "9", "compound:prt", "svp", "ein"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    found = clause_subject(doc[9])
    assert found is not None
    assert found.text == "Haldimann"


def test_sie_tagged_accusative_may_be_the_subject(scheme: Scheme) -> None:
    # "Das sei gut, liess sie verlauten.": "sie" has the nominative's form whatever the case tag says.
    rows: list[Row] = [
        ("Das", "PRON", "2", "nsubj", "sb", "das"),
        ("sei", "AUX", "2", "cop", "ROOT", "sein", "Mood=Sub"),
        ("gut", "ADJ", "2", "ROOT", "pd", "gut"),
        (",", "PUNCT", "4", "punct", "punct", ","),
        ("liess", "VERB", "2", "parataxis", "par", "lassen", "Mood=Ind|Number=Sing|Person=3|Tense=Past"),
        ("sie", "PRON", "4", "obj", "oa", "sie", "Case=Acc|Gender=Fem|Number=Sing|Person=3"),
        ("verlauten", "VERB", "4", "xcomp", "oc", "verlauten", "VerbForm=Inf"),
        (".", "PUNCT", "2", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    found = clause_subject(doc[4])
    assert found is not None
    assert found.text == "sie"


@pytest.mark.parametrize(("pronoun", "subject"), [("Ihr", "er"), ("Ihm", "er"), ("Sie", "Sie")])
def test_a_dative_before_gegenueber_is_no_subject(scheme: Scheme, pronoun: str, subject: str) -> None:
    # "Ihr gegenüber hat er angegeben, …" parsed with the dative the subject and "er" the object; a pronoun that
    # can be nominative before "gegenüber" ("Sie gegenüber" is no German, but the rule must not drop "sie")
    rows: list[Row] = [
        (pronoun, "PRON", "4", "nsubj", "sb", pronoun.lower(), "Case=Dat"),
        ("gegenüber", "ADP", "0", "case", "mo", "gegenüber"),
        ("hat", "AUX", "4", "aux", "ROOT", "haben", "Mood=Ind|VerbForm=Fin"),
        ("er", "PRON", "4", "obj", "oa", "er", "Case=Nom|Gender=Masc|Number=Sing|Person=3"),
        ("angegeben", "VERB", "4", "ROOT", "oc", "angeben", "VerbForm=Part"),
        (",", "PUNCT", "4", "punct", "punct", ","),
    ]
    doc = build(rows, scheme)
    found = clause_subject(doc[4])
    assert found is not None
    assert found.text == subject


def test_a_name_set_off_after_a_role_phrase_ending_in_brackets_joins_the_mention(scheme: Scheme) -> None:
    # "…, erklärte der Direktor der Organisation (IAEO), Mohammed el-Baradei, …"
    rows: list[Row] = [
        ("erklärte", "VERB", "0", "ROOT", "ROOT", "erklären"),
        ("der", "DET", "2", "det", "nk", "der"),
        ("Direktor", "NOUN", "0", "nsubj", "sb", "Direktor"),
        ("der", "DET", "4", "det", "nk", "der"),
        ("Organisation", "NOUN", "2", "nmod", "ag", "Organisation"),
        ("(", "PUNCT", "6", "punct", "punct", "("),
        ("IAEO", "PROPN", "4", "appos", "app", "IAEO"),
        (")", "PUNCT", "6", "punct", "punct", ")"),
        (",", "PUNCT", "0", "punct", "punct", ","),
        ("Mohammed", "PROPN", "0", "nsubj", "sb", "Mohammed"),
        ("el-Baradei", "PROPN", "9", "flat:name", "pnc", "el-Baradei"),
        (",", "PUNCT", "0", "punct", "punct", ","),
    ]
    doc = build(rows, scheme)
    mention = text_of(doc, mention_of(doc[2]))
    assert mention == doc[1:11].text  # from "der Direktor" to "el-Baradei"


def test_a_closing_bracket_after_a_mention_stays_outside_it(scheme: Scheme) -> None:
    # "(sagte der Minister)": the bracket closes the clause, not the phrase.
    rows: list[Row] = [
        ("(", "PUNCT", "1", "punct", "punct", "("),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        ("der", "DET", "3", "det", "nk", "der"),
        ("Minister", "NOUN", "1", "nsubj", "sb", "Minister"),
        (")", "PUNCT", "1", "punct", "punct", ")"),
        (",", "PUNCT", "1", "punct", "punct", ","),
        ("Karl", "PROPN", "1", "dep", "mo", "Karl"),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, mention_of(doc[3])) == "der Minister"


@pytest.mark.parametrize(
    ("word", "morph", "taken"),
    [
        (
            "politischer",
            "Case=Nom",
            True,
        ),  # the strong genitive plural ending, with the noun hung on the head
        ("einiger", "Case=Gen", True),
        ("starken", "Case=Acc", False),  # "nach Angaben der Polizei starken Zulauf": no genitive
    ],
)
def test_a_genitive_without_article_after_a_speech_noun_belongs_to_the_source(
    scheme: Scheme, word: str, morph: str, taken: bool
) -> None:
    from quotekit.syntax.phrases import noun_phrase_after

    # "Nach Einschätzung <word> Beobachter war …"
    rows: list[Row] = [
        ("Nach", "ADP", "1", "case", "mo", "nach"),
        ("Einschätzung", "NOUN", "4", "obl", "mo", "Einschätzung"),
        (word, "ADJ", "3", "amod", "nk", word, morph),
        ("Beobachter", "NOUN", "1", "nmod", "ag", "Beobachter"),
        ("war", "AUX", "4", "ROOT", "ROOT", "sein"),
    ]
    doc = build(rows, scheme)
    phrase = [doc[i].text for i in noun_phrase_after(doc, 1, len(doc))]
    assert phrase == (["Einschätzung", word, "Beobachter"] if taken else ["Einschätzung"])


def test_a_relative_pronoun_that_speaks_stands_for_the_person_before_its_comma(scheme: Scheme) -> None:
    from quotekit.syntax.mentions import relative_antecedent

    # "Dort war Justizminister Clark anwesend, der der Regierung vorwarf, …"
    rows: list[Row] = [
        ("Dort", "ADV", "4", "advmod", "mo", "dort"),
        ("war", "AUX", "4", "cop", "ROOT", "sein"),
        ("Justizminister", "NOUN", "3", "compound", "nk", "Justizminister"),
        ("Clark", "PROPN", "4", "nsubj", "sb", "Clark"),
        ("anwesend", "ADJ", "4", "ROOT", "pd", "anwesend"),
        (",", "PUNCT", "9", "punct", "punct", ","),
        ("der", "PRON", "9", "nsubj", "sb", "der", "Case=Nom|PronType=Rel"),
        ("der", "DET", "8", "det", "nk", "der"),
        ("Regierung", "NOUN", "9", "obj", "da", "Regierung"),
        ("vorwarf", "VERB", "4", "acl:relcl", "rc", "vorwerfen"),
    ]
    doc = build(rows, scheme)
    doc[3].ent_type_ = "PER"
    antecedent = relative_antecedent(doc[6])
    assert antecedent is not None
    assert antecedent.text == "Clark"
    subject = clause_subject(doc[9])
    assert subject is not None
    assert subject.text == "der"  # the mention keeps the local word; the speaker stage names it
    assert relative_antecedent(doc[7]) is None  # an article is no relative pronoun


def test_a_relative_speaker_is_named_by_its_antecedent() -> None:
    import quotekit

    text = (
        "Bei der Anhörung war auch der ehemalige US-Justizminister Ramsey Clark anwesend, der der "
        "US-Regierung vorwarf, antikubanische Aktivisten frei zu lassen."
    )
    quotes = quotekit.extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ramsey Clark"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.", "„heise online“"),
        ("Wie GGG.at berichtete, wurden die Bedingungen geändert.", "GGG.at"),
        ("Al-Jazeera meldete, dass ein Team ausgewiesen worden sei.", "Al-Jazeera"),
        ("Wie bereits berichtet, sollen die Bedingungen geändert worden sein.", None),
    ],
)
def test_a_name_known_by_its_form_is_the_source_whatever_its_tags(text: str, mention: str | None) -> None:
    import quotekit

    quotes = quotekit.extract(text)
    assert len(quotes) == 1
    found = quotes[0].speaker.mention.text if quotes[0].speaker and quotes[0].speaker.mention else None
    assert found == mention


def test_the_subject_of_a_copula_with_an_opinion_noun_owns_the_opinion() -> None:
    from quotekit.syntax.mentions import owner_of_speech_noun

    # "Die DSW ist der Ansicht, dass …" in UD: the noun is the predicate, the copula hangs on it.
    rows: list[Row] = [
        ("Die", "DET", "1", "det", "nk", "der"),
        ("DSW", "PROPN", "4", "nsubj", "sb", "DSW", "Case=Nom"),
        ("ist", "AUX", "4", "cop", "ROOT", "sein"),
        ("der", "DET", "4", "det", "nk", "der"),
        ("Ansicht", "NOUN", "4", "ROOT", "pd", "Ansicht"),
        (",", "PUNCT", "4", "punct", "punct", ","),
    ]
    doc = build(rows)
    cue = CueMatch(
        start=doc[4].idx,
        end=doc[4].idx + 7,
        text="Ansicht",
        lemma="ansicht",
        kind="noun",
        head=4,
        tokens=(4,),
    )
    assert text_of(doc, owner_of_speech_noun(doc, cue)) == "Die DSW"


@pytest.mark.parametrize(
    ("first", "pos", "expected"), [("Besorgt", "PROPN", "Annan"), ("Sie", "PRON", "Sie")]
)
def test_of_two_parsed_subjects_a_named_person_beats_a_word_nothing_names(
    scheme: Scheme, first: str, pos: str, expected: str
) -> None:
    # "Besorgt äußerte sich Annan über …": the parse made both the adjective and the name subjects; a
    # pronoun stays the subject ("Sie sicherte Johnson ihre Unterstützung zu").
    rows: list[Row] = [
        (first, pos, "1", "nsubj", "sb", first.lower()),
        ("äußerte", "VERB", "1", "ROOT", "ROOT", "äußern"),
        ("sich", "PRON", "1", "obj", "oa", "sich"),
        ("Annan", "PROPN", "1", "nsubj", "sb", "Annan"),
    ]
    doc = build(rows, scheme)
    doc[3].ent_type_ = "PER"
    found = clause_subject(doc[1])
    assert found is not None
    assert found.text == expected


def test_a_role_word_before_a_time_phrase_names_the_speaker_before_a_colon(scheme: Scheme) -> None:
    # "Ein Hauptkommissar nach der Festnahme: „…“" names who spoke and when; "Schulen in der Krise: „…“"
    # is a topic line.
    rows = [
        ("Ein", "DET", "1", "det", "nk", "ein"),
        ("Hauptkommissar", "NOUN", "1", "ROOT", "ROOT", "Hauptkommissar"),
        ("nach", "ADP", "4", "case", "mo", "nach"),
        ("der", "DET", "4", "det", "nk", "der"),
        ("Festnahme", "NOUN", "1", "nmod", "mnr", "Festnahme"),
    ]
    doc = build(rows, scheme)
    assert headline_name(list(doc)) == (0, len(doc.text))
    topic = [("Schulen", "NOUN", "0", "ROOT", "ROOT", "Schule")] + [
        (word, pos, str(int(head) - 1), ud, tiger, lemma) for word, pos, head, ud, tiger, lemma in rows[2:]
    ]
    topic[3] = ("Krise", "NOUN", "0", "nmod", "mnr", "Krise")
    assert headline_name(list(build(topic, scheme))) is None


def test_a_capitalised_role_tagged_as_a_preposition_still_opens_the_speaker(scheme: Scheme) -> None:
    # "…, sagte Drau-Adler-Coach Pekka Häkkinen." with the title tagged ADP and the name made its object.
    rows = [
        ("Gut", "ADJ", "1", "advmod", "mo", "gut"),
        ("sagte", "VERB", "1", "ROOT", "ROOT", "sagen"),
        ("Drau-Adler-Coach", "ADP", "4", "case", "ac", "Drau-Adler-Coach"),
        ("Pekka", "PROPN", "4", "flat", "pnc", "Pekka"),
        ("Häkkinen", "PROPN", "1", "obl", "mo", "Häkkinen"),
    ]
    doc = build(rows, scheme)
    assert text_of(doc, nominal_after(list(doc), 1, [])) == "Drau-Adler-Coach Pekka Häkkinen"


def test_an_age_noun_tagged_as_a_number_is_the_subject_not_the_dative_after_it(scheme: Scheme) -> None:
    # "…, sagte der 48-Jährige dem Lokalsender Radio Mur.": the tagger calls "48-Jährige" a number and the
    # parse hangs it on the dative object, whose apposition is a name that can speak
    rows: list[Row] = [
        ("sagte", "VERB", "0", "ROOT", "ROOT", "sagen"),
        ("der", "DET", "2", "det", "nk", "der", "Case=Nom"),
        ("48-Jährige", "NUM", "4", "case", "nk", "48-Jährige"),
        ("dem", "DET", "4", "det", "nk", "der", "Case=Dat"),
        ("Lokalsender", "NOUN", "0", "obl", "da", "Lokalsender", "Case=Dat"),
        ("Radio", "NOUN", "6", "compound", "pnc", "Radio"),
        ("Mur", "PROPN", "4", "appos", "app", "Mur", "Case=Nom"),
        (".", "PUNCT", "0", "punct", "punct", "."),
    ]
    doc = build(rows, scheme)
    doc[6].ent_type_ = "ORG"
    doc[5].ent_type_ = "ORG"
    subject = clause_subject(doc[0])
    assert subject is not None
    assert subject.text == "48-Jährige"


# "Zudem wurde die Regierung vom Verband aufgefordert, …": TIGER labels the agent "sbp"; UD a plain "obl"
# under a verb with a passive subject, or (misattached) a "von" attribute of that subject.
PASSIVE = [
    ("Zudem", "ADV", "6", "advmod", "mo", "zudem"),
    ("wurde", "AUX", "6", "aux:pass", "ROOT", "werden"),
    ("die", "DET", "3", "det", "nk", "der"),
    ("Regierung", "NOUN", "6", "nsubj:pass", "sb", "Regierung"),
    ("vom", "ADP", "5", "case", "sbp", "von"),
    ("Verband", "NOUN", "6", "obl", "nk", "Verband"),
    ("aufgefordert", "VERB", "6", "ROOT", "oc", "auffordern"),
]
_TIGER_PASSIVE_HEADS = [1, 1, 3, 1, 6, 4, 1]


def test_the_agent_of_a_passive_speech_verb_speaks_not_its_subject(scheme: labels.Scheme) -> None:
    rows = PASSIVE
    if scheme is labels.Scheme.TIGER:
        rows = [(r[0], r[1], str(h), *r[3:]) for r, h in zip(PASSIVE, _TIGER_PASSIVE_HEADS, strict=True)]
    doc = build(rows, scheme)
    subject = clause_subject(doc[6])
    assert subject is not None
    assert subject.text == "Verband"


def test_a_von_phrase_the_parse_hung_on_the_passive_subject_is_the_agent() -> None:
    rows = [(*r[:2], "3", "nmod", *r[4:]) if r[0] == "Verband" else r for r in PASSIVE]
    subject = clause_subject(build(rows)[6])
    assert subject is not None
    assert subject.text == "Verband"


def test_an_active_subject_with_a_von_attribute_keeps_the_subject() -> None:
    # "Ein Sprecher vom Verband sagte …": no passive, the subject speaks
    rows = [
        ("Ein", "DET", "1", "det", "nk", "ein"),
        ("Sprecher", "NOUN", "4", "nsubj", "sb", "Sprecher"),
        ("vom", "ADP", "3", "case", "pg", "von"),
        ("Verband", "NOUN", "1", "nmod", "nk", "Verband"),
        ("sagte", "VERB", "4", "ROOT", "ROOT", "sagen"),
    ]
    subject = clause_subject(build(rows)[4])
    assert subject is not None
    assert subject.text == "Sprecher"


def test_a_finite_verb_with_no_auxiliary_is_active_whatever_its_subjects_label() -> None:
    # "Meteorologe Tobias Kern vom Deutschen Wetterdienst erklärt, …" with "Kern" parsed a passive subject: the
    # finite verb has no auxiliary, so "vom Deutschen Wetterdienst" is no agent and Kern speaks
    rows = [
        ("Meteorologe", "NOUN", "2", "compound", "pnc", "Meteorologe"),
        ("Tobias", "PROPN", "2", "flat:name", "pnc", "Tobias"),
        ("Kern", "PROPN", "6", "nsubj:pass", "sb", "Kern"),
        ("vom", "ADP", "5", "case", "pg", "von"),
        ("Deutschen", "ADJ", "5", "amod", "nk", "deutsch"),
        ("Wetterdienst", "NOUN", "2", "nmod", "nk", "Wetterdienst"),
        ("erklärt", "VERB", "6", "ROOT", "ROOT", "erklären"),
    ]
    doc = build(rows)
    doc[6].tag_ = labels.FULL_FINITE_TAG
    subject = clause_subject(doc[6])
    assert subject is not None
    assert subject.text == "Kern"


def _noun_cue(doc: Doc, i: int) -> CueMatch:
    """The nominal cue of the speech noun at token `i`."""
    noun = doc[i]
    return CueMatch(
        start=noun.idx,
        end=noun.idx + len(noun.text),
        text=noun.text,
        lemma=noun.text,
        kind=CueKind.NOUN,
        head=i,
        tokens=(i,),
    )


@pytest.mark.parametrize(
    "first_name",
    [
        # "Günter Metzges ist der Meinung, dass …" with the name hung on the dass-clause: the name alone stands
        # before the finite copula
        ("Günter", "PROPN", "8", "obl", "mo", "Günter"),
        # with the name hung on "Meinung" as its adjective (a weak parse after a sentence about several
        # organisations): no object and no preposition's phrase, so it still owns the opinion
        ("Günter", "PROPN", "4", "amod", "nk", "Günter"),
    ],
)
def test_the_one_phrase_before_the_copula_owns_the_opinion_wherever_the_parse_hung_it(
    first_name: Row,
) -> None:
    rows: list[Row] = [
        first_name,
        ("Metzges", "PROPN", "0", "flat:name", "pnc", "Metzges"),
        ("ist", "AUX", "4", "cop", "ROOT", "sein"),
        ("der", "DET", "4", "det", "nk", "der"),
        ("Meinung", "NOUN", "4", "ROOT", "pd", "Meinung"),
        (",", "PUNCT", "8", "punct", "punct", ","),
        ("dass", "SCONJ", "8", "mark", "cp", "dass"),
        ("sie", "PRON", "8", "nsubj", "sb", "sie"),
        ("irre", "VERB", "4", "acl", "oc", "irren"),
    ]
    doc = build(rows)
    found = owner_of_speech_noun(doc, _noun_cue(doc, 4))
    assert found is not None
    assert doc.text[found[0] : found[1]] == "Günter Metzges"


def test_a_phrase_the_parse_attached_elsewhere_before_the_copula_is_no_owner() -> None:
    # "Im Bericht ist die Meinung, dass …": a prepositional phrase before the copula speaks for no one
    rows: list[Row] = [
        ("Im", "ADP", "1", "case", "mo", "in"),
        ("Bericht", "NOUN", "4", "obl", "nk", "Bericht"),
        ("ist", "AUX", "4", "cop", "ROOT", "sein"),
        ("die", "DET", "4", "det", "nk", "der"),
        ("Meinung", "NOUN", "4", "ROOT", "pd", "Meinung"),
    ]
    doc = build(rows)
    assert owner_of_speech_noun(doc, _noun_cue(doc, 4)) is None


def test_a_phrase_in_the_dative_after_the_cue_is_the_addressee_not_the_speaker() -> None:
    from spacy.tokens import Span as SpacySpan

    from quotekit.syntax.positions import subject_by_position

    # "Colomer empfahl dem Gericht, der Klage stattzugeben." where the parse gives "empfahl" no subject:
    # "dem Gericht" after the verb is who was told; the name that opens the sentence speaks.
    rows: list[Row] = [
        ("Colomer", "PROPN", "1", "dep", "mo", "Colomer"),
        ("empfahl", "VERB", "1", "ROOT", "ROOT", "empfehlen"),
        ("dem", "DET", "3", "det", "nk", "der"),
        ("Gericht", "NOUN", "1", "obl", "da", "Gericht"),
        (",", "PUNCT", "7", "punct", "punct", ","),
        ("der", "DET", "6", "det", "nk", "der"),
        ("Klage", "NOUN", "7", "iobj", "da", "Klage"),
        ("stattzugeben", "VERB", "1", "xcomp", "oc", "stattgeben"),
        (".", "PUNCT", "1", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc.ents = [SpacySpan(doc, 0, 1, label="PER")]
    cue = CueMatch(
        start=doc[1].idx,
        end=doc[1].idx + len("empfahl"),
        text="empfahl",
        lemma="empfehlen",
        kind=CueKind.VERB,
        head=1,
        tokens=(1,),
    )
    found = subject_by_position(doc, cue, [(doc[5].idx, doc[7].idx + len("stattzugeben"))])
    assert found is not None
    assert doc.text[found[0] : found[1]] == "Colomer"


def test_a_name_before_a_bracket_the_tokenizer_joins_to_the_colon_is_named_without_it(scheme: Scheme) -> None:
    # "Manuel Neuer (Bayern): „…“": the tokenizer keeps "):" whole; a mention does not end inside brackets
    rows: list[Row] = [
        ("Manuel", "PROPN", "0", "ROOT", "ROOT", "Manuel"),
        ("Neuer", "PROPN", "0", "flat:name", "pnc", "Neuer"),
        ("(", "PUNCT", "3", "punct", "punc", "("),
        ("Bayern", "PROPN", "0", "appos", "app", "Bayern"),
        ("):", "PUNCT", "3", "punct", "punc", "):"),
    ]
    doc = build(rows, scheme)
    assert headline_name(list(doc)) == (0, len("Manuel Neuer"))


def _with_person_entities(rows: list[Row], scheme: Scheme, people: list[tuple[int, int]]) -> Doc:
    doc = build(rows, scheme)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label="PER") for s, e in people]
    return doc


def test_a_noun_a_preposition_governs_is_no_subject_whatever_the_recogniser_says(scheme: Scheme) -> None:
    # "Nach Angela Merkels Rücktritt sagte die CDU-Politikerin, …": the parse makes "Rücktritt" a second
    # subject and the recogniser a person; the preposition opens its phrase.
    rows: list[Row] = [
        ("Nach", "ADP", "1", "case", "mo", "nach"),
        ("Angela", "PROPN", "3", "nmod", "ag", "Angela"),
        ("Merkels", "PROPN", "1", "flat:name", "pnc", "Merkel"),
        ("Rücktritt", "NOUN", "4", "nsubj", "sb", "Rücktritt"),
        ("sagte", "VERB", "4", "ROOT", "ROOT", "sagen"),
        ("die", "DET", "6", "det", "nk", "der"),
        ("CDU-Politikerin", "NOUN", "4", "nsubj", "sb", "CDU-Politikerin"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    doc = _with_person_entities(rows, scheme, [(1, 3), (3, 4)])
    subject = clause_subject(doc[4])
    assert subject is not None
    assert subject.text == "CDU-Politikerin"


def test_a_name_in_the_genitive_before_another_subject_is_whose_that_one_is(scheme: Scheme) -> None:
    # "Kölns Präsident Wolfgang Overath sagte": the parse makes both "Kölns" and "Präsident" subjects.
    rows: list[Row] = [
        ("Kölns", "NOUN", "4", "nsubj", "sb", "Köln"),
        ("Präsident", "NOUN", "4", "nsubj", "sb", "Präsident"),
        ("Wolfgang", "PROPN", "1", "appos", "app", "Wolfgang"),
        ("Overath", "PROPN", "2", "flat:name", "pnc", "Overath"),
        ("sagte", "VERB", "4", "ROOT", "ROOT", "sagen"),
        (".", "PUNCT", "4", "punct", "punct", "."),
    ]
    doc = _with_person_entities(rows, scheme, [(0, 1), (2, 4)])
    subject = clause_subject(doc[4])
    assert subject is not None
    assert subject.text == "Präsident"
    # A first name in "-s" is no genitive: "Thomas Tuchel sagte" with both words subjects by the parse.
    rows = [
        ("Thomas", "PROPN", "2", "nsubj", "sb", "Thomas"),
        ("Tuchel", "NOUN", "2", "nsubj", "sb", "Tuchel"),
        ("sagte", "VERB", "2", "ROOT", "ROOT", "sagen"),
    ]
    subject = clause_subject(build(rows, scheme)[2])
    assert subject is not None
    assert subject.text == "Thomas"
