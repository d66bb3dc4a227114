"""quotekit's components as spaCy factories: registration, entry points, disk round trip, DocBin."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

import quotekit
from quotekit.components import COMPONENTS, _store_records
from quotekit.records import QuoteRecord


def test_factories_are_registered_and_exposed_as_entry_points() -> None:
    nlp = spacy.blank("de")
    for name in COMPONENTS:
        assert nlp.has_factory(name)
    exposed = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= exposed


def test_components_run_in_a_blank_pipeline_without_a_parser() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp("Er kam. „Das ist gut.“")
    assert [q.text for q in doc._.quotes] == ["Das ist gut."]


def test_pipeline_round_trips_through_disk(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    text = "„Wir sind stark“, sagte Stoltenberg."
    assert [q.to_dict() for q in reloaded(text)._.quotes] == [q.to_dict() for q in nlp(text)._.quotes]


def test_quotes_survive_docbin(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("„Wir sind stark“, sagte Stoltenberg.")
    docs = DocBin(store_user_data=True, docs=[doc])
    (restored,) = docs.get_docs(nlp.vocab)
    assert restored._.quotes == doc._.quotes
    assert restored._.quotes == quotekit.extract(doc.text)


def test_a_malformed_span_from_a_rule_is_dropped_with_a_warning_not_raised() -> None:
    doc = spacy.blank("de")("Er sagte, es regne.")
    good = QuoteRecord(parts=[(10, 18)], kind="indirect", cue=None, mention=None)
    bad = QuoteRecord(parts=[(12, 10)], kind="indirect", cue=None, mention=None)
    with pytest.warns(UserWarning, match="malformed"):
        _store_records(doc, [bad, good])
    assert [q.text for q in doc._.quotes] == ["es regne"]
