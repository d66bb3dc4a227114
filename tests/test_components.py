"""quotekit's components as spaCy factories: registration, entry points, disk round trip, DocBin."""

from __future__ import annotations

import gc
import warnings
import weakref
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import quotekit
from quotekit.components import COMPONENTS, _store_records
from quotekit.records import QUOTES_KEY, QuoteRecord


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


def test_doc_quotes_are_built_once_and_again_when_the_doc_changes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("„Wir sind stark“, sagte Stoltenberg. „Gut“, sagte Faeser.")
    first = doc._.quotes
    assert [q.text for q in first] == ["Wir sind stark", "Gut"]
    again = doc._.quotes
    assert again == first
    assert all(a is b for a, b in zip(again, first, strict=True))  # the same objects: not rebuilt
    again.clear()  # a caller's list is its own
    assert len(doc._.quotes) == 2
    doc.user_data[QUOTES_KEY] = doc.user_data[QUOTES_KEY][:1]  # the doc changes: built again
    assert [q.text for q in doc._.quotes] == ["Wir sind stark"]


def test_the_quotes_cache_leaves_serialisation_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("„Wir sind stark“, sagte Stoltenberg.")
    quotes = doc._.quotes
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = doc.to_bytes()
    restored = Doc(nlp.vocab).from_bytes(data)
    assert restored._.quotes == quotes


# Every stage has something to do: a headline, paragraphs, direct and reported speech, names, a pronoun.
_LEAK_TEXT = (
    "Stoltenberg: „Wir sind bereit“\n\n"
    "NATO-Generalsekretär Jens Stoltenberg sagte am Montag, das Bündnis sei bereit. Er habe keine Zweifel.\n"
    "„Wir stehen zusammen“, sagte er. Laut Angaben der Polizei soll der Mann geflohen sein."
)


def _live_docs() -> list[Doc]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Doc)]


def test_a_processed_doc_is_freed(nlp) -> None:  # type: ignore[no-untyped-def]
    # quotekit's per-doc index lives as long as its doc (weakly keyed): nothing in it, and nothing in a
    # module-level cache, may refer back to the doc, or the doc would be kept alive forever.
    doc = nlp(_LEAK_TEXT)
    assert len(doc._.quotes) >= 3  # the components ran and found something
    alive = weakref.ref(doc)
    del doc
    gc.collect()
    assert alive() is None


def test_extract_leaves_no_doc_alive() -> None:
    quotekit.extract(_LEAK_TEXT)  # loads the pipeline, which may keep docs of its own
    before = _live_docs()  # (held, so that no new doc can take the id of one of them)
    assert len(quotekit.extract(_LEAK_TEXT)) >= 3
    assert [doc for doc in _live_docs() if not any(doc is old for old in before)] == []
