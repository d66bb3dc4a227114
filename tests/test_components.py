"""quotekit's components as spaCy factories: registration, entry points, disk round trip, DocBin."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import quotekit
from quotekit.components import COMPONENTS


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
