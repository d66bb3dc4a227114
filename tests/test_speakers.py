"""Speaker resolution: one canonical name per person, organisations kept, pronouns by gender and recency."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

import quotekit
from handbuilt import Row, build, text_of
from quotekit import Quote, QuoteKind
from quotekit.lang.de.names import (
    first_name_gender,
    is_organisation_noun,
    pronoun_genders,
    role_gender,
    role_of,
)
from quotekit.stages.speakers.resolver import build_resolver
from quotekit.syntax import labels
from quotekit.syntax.mentions import clause_subject
from quotekit.syntax.nominals import can_speak, is_known_surname
from quotekit.syntax.phrases import mention_of


def _direct(text: str) -> list[Quote]:
    return [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]


def _name(quote: Quote) -> str | None:
    return None if quote.speaker is None else quote.speaker.name


def test_surname_resolves_to_the_full_name() -> None:
    text = "Jens Stoltenberg reiste am Montag nach Kiew.\n\n„Wir stehen zusammen“, sagte Stoltenberg."
    assert [_name(q) for q in _direct(text)] == ["Jens Stoltenberg"]


def test_role_resolves_to_the_person_with_that_title() -> None:
    text = (
        "NATO-Generalsekretär Jens Stoltenberg reiste am Montag nach Kiew.\n\n"
        "„Wir stehen zusammen“, sagte der NATO-Chef."
    )
    quotes = _direct(text)
    assert [_name(q) for q in quotes] == ["Jens Stoltenberg"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "der NATO-Chef"


def test_apposition_gives_the_role() -> None:
    text = (
        "Die Sprecherin des Außenministeriums, Maria Sacharowa, äußerte sich am Montag.\n\n"
        "„Das ist eine Provokation“, sagte die Sprecherin des Außenministeriums."
    )
    assert [_name(q) for q in _direct(text)] == ["Maria Sacharowa"]


def test_pronoun_by_gender() -> None:
    text = (
        "Olaf Scholz traf am Montag Annalena Baerbock in Berlin.\n\n„Das war ein gutes Gespräch“, sagte sie."
    )
    assert [_name(q) for q in _direct(text)] == ["Annalena Baerbock"]


def test_pronoun_by_recency() -> None:
    text = (
        "Olaf Scholz sprach am Montag in Berlin. Später äußerte sich auch Friedrich Merz.\n\n"
        "„Wir brauchen mehr Tempo“, sagte er."
    )
    assert [_name(q) for q in _direct(text)] == ["Friedrich Merz"]


def test_organisation_is_kept_as_organisation() -> None:
    quotes = _direct("Das Außenministerium erklärte am Montag: „Die Lage ist ernst.“")
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.is_organization
    assert "Außenministerium" in quotes[0].speaker.name


def test_descriptive_phrase_names_itself() -> None:
    quotes = _direct("„Es wird teuer“, sagte ein Experte.")
    assert [_name(q) for q in quotes] == ["ein Experte"]


def test_pronoun_without_antecedent_names_nobody() -> None:
    quotes = _direct("„Das ist falsch“, sagte er.")
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "er"  # the text's own word: no person is invented


def test_quotes_inside_marks_are_no_antecedents() -> None:
    text = (
        "Annalena Baerbock sprach am Montag in Berlin.\n\n"
        "„Ich habe mit Olaf Scholz gesprochen“, sagte sie. „Wir sind einig“, fügte sie hinzu."
    )
    assert [_name(q) for q in _direct(text)] == ["Annalena Baerbock", "Annalena Baerbock"]


@pytest.mark.parametrize(
    ("word", "role", "gender"),
    [
        ("NATO-Generalsekretär", "generalsekretär", "masc"),
        ("Sprecherin", "sprecher", "fem"),
        ("Sprecherinnen", "sprecher", "plur"),
        ("Bundesfinanzminister", "minister", "masc"),
        ("Zuversicht", None, None),
    ],
)
def test_roles_and_their_gender(word: str, role: str | None, gender: str | None) -> None:
    assert role_of(word) == role
    assert role_gender(word) == gender


def test_word_lists() -> None:
    assert is_organisation_noun("Außenministeriums")
    assert not is_organisation_noun("Entwicklung")
    assert pronoun_genders("sie") == frozenset({"fem", "plur"})
    assert pronoun_genders("Haus") is None
    assert first_name_gender("Maria") == "fem"
    assert first_name_gender("Jens") == "masc"


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


@pytest.mark.parametrize("scheme", list(labels.Scheme), ids=lambda s: s.value)
def test_a_phrase_after_an_apposition_belongs_to_the_clause(scheme: labels.Scheme) -> None:
    from tests.handbuilt import build

    from quotekit.syntax.phrases import mention_of

    doc = build(PRICE, scheme)
    doc[10].tag_ = "APPR"  # a weak tagger's coarse POS misses the preposition; the STTS tag has it
    start, end = mention_of(doc[3])
    assert doc.text[start:end] == "der Sprecher des Amtes, Ned Price"


def _with_person(rows: list[Row], start: int, end: int) -> Doc:
    doc = build(rows)
    doc.ents = [SpacySpan(doc, start, end, label="PER")]
    return doc


GLOS_ROWS: list[Row] = [
    ("Michael", "PROPN", "1", "flat", "pnc", "Michael"),
    ("Glos", "PROPN", "2", "nsubj", "sb", "Glos"),
    ("kam", "VERB", "2", "ROOT", "ROOT", "kommen"),
    (".", "PUNCT", "2", "punct", "punct", "."),
    # the tagger took the bare surname for an adverb, the recogniser missed it
    ("Glos", "ADV", "5", "advmod", "mo", "Glos"),
    ("sagte", "VERB", "5", "ROOT", "ROOT", "sagen"),
    ("nichts", "PRON", "5", "obj", "oa", "nichts"),
    (".", "PUNCT", "5", "punct", "punct", "."),
]


def test_a_recognised_surname_vouches_for_its_other_occurrences() -> None:
    doc = _with_person(GLOS_ROWS, 0, 2)
    assert is_known_surname(doc[4])
    assert can_speak(doc[4])
    assert not is_known_surname(doc[6])


def test_a_surname_after_a_known_first_name_counts_without_the_recogniser() -> None:
    doc = build(GLOS_ROWS)  # no entities: "Michael" is in the first-name list
    assert is_known_surname(doc[4])


def test_a_capitalised_word_named_nowhere_else_is_no_surname() -> None:
    rows = [
        ("Der", "DET", "1", "det", "nk", "der"),
        ("Minister", "NOUN", "2", "nsubj", "sb", "Minister"),
        *GLOS_ROWS[2:],
    ]
    doc = build(rows)
    assert not is_known_surname(doc[4])
    assert not can_speak(doc[4])


@pytest.mark.parametrize("scheme", list(labels.Scheme))
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


def test_a_name_at_the_root_of_a_misparse_is_a_recent_subject() -> None:
    # "Olaf Scholz sprach. Später äußerte sich Friedrich Merz. „Wir müssen handeln“, sagte er."
    # with "Friedrich Merz" parsed as a root of its own, as weak parsers do.
    rows: list[Row] = [
        ("Olaf", "PROPN", "2", "nsubj", "sb", "Olaf"),
        ("Scholz", "PROPN", "0", "flat", "pnc", "Scholz"),
        ("sprach", "VERB", "2", "ROOT", "ROOT", "sprechen"),
        (".", "PUNCT", "2", "punct", "punct", "."),
        ("Später", "ADV", "5", "advmod", "mo", "später"),
        ("äußerte", "VERB", "5", "ROOT", "ROOT", "äußern"),
        ("sich", "PRON", "5", "obj", "oa", "sich"),
        ("Friedrich", "PROPN", "8", "flat", "pnc", "Friedrich"),
        ("Merz", "PROPN", "8", "ROOT", "ROOT", "Merz"),
        (".", "PUNCT", "8", "punct", "punct", "."),
        ("Er", "PRON", "11", "nsubj", "sb", "er", "Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("schwieg", "VERB", "11", "ROOT", "ROOT", "schweigen"),
        (".", "PUNCT", "11", "punct", "punct", "."),
    ]
    doc = build(rows)
    doc.ents = [SpacySpan(doc, 0, 2, label="PER"), SpacySpan(doc, 7, 9, label="PER")]
    resolver = build_resolver(doc)
    assert resolver.resolve(doc[10].idx, doc[10].idx + 2).name == "Friedrich Merz"


def test_the_subject_of_a_copula_clause_speaks_for_its_coordinated_speech_verb() -> None:
    # "Podolski war anwesend und sagte, …": UD heads the clause with the adjective.
    doc = build(
        [
            ("Podolski", "PROPN", "2", "nsubj", "sb", "Podolski"),
            ("war", "AUX", "2", "cop", "ROOT", "sein"),
            ("anwesend", "ADJ", "2", "ROOT", "pd", "anwesend"),
            ("und", "CCONJ", "4", "cc", "cd", "und"),
            ("sagte", "VERB", "2", "conj", "cj", "sagen"),
        ]
    )
    subject = clause_subject(doc[4])
    assert subject is not None
    assert subject.text == "Podolski"
