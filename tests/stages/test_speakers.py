"""Speaker resolution: one canonical name per person, organisations kept, pronouns by gender and recency."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from tests.handbuilt import Row, build

import quotekit
from quotekit import Quote, QuoteKind
from quotekit.stages.speakers.resolver import build_resolver
from quotekit.syntax.labels import Scheme


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
    assert quotes[0].speaker.name is None  # no person is invented, and "er" is no name
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text == "er"  # the mention keeps the local words


def test_quotes_inside_marks_are_no_antecedents() -> None:
    text = (
        "Annalena Baerbock sprach am Montag in Berlin.\n\n"
        "„Ich habe mit Olaf Scholz gesprochen“, sagte sie. „Wir sind einig“, fügte sie hinzu."
    )
    assert [_name(q) for q in _direct(text)] == ["Annalena Baerbock", "Annalena Baerbock"]


def test_a_name_at_the_root_of_a_misparse_is_a_recent_subject(scheme: Scheme) -> None:
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
    doc = build(rows, scheme)
    doc.ents = [SpacySpan(doc, 0, 2, label="PER"), SpacySpan(doc, 7, 9, label="PER")]
    resolver = build_resolver(doc)
    assert resolver.resolve(doc[10].idx, doc[10].idx + 2).name == "Friedrich Merz"
