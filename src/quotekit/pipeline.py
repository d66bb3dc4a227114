"""Finding a German spaCy pipeline and adding quotekit's components to it (cached per model)."""

from __future__ import annotations

import importlib.util
import os
import threading

import spacy
from spacy.language import Language

from quotekit import components
from quotekit.errors import Errors, ModelNotFoundError

MODEL_VARIABLE = "QUOTEKIT_MODEL"
# Preferred first: the upstream pipeline, then the project's own offline one (docs/model.md).
PREFERRED_MODELS: tuple[str, ...] = ("de_core_news_sm", "de_quotekit_sm")


def _is_installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


def resolve_model_name(model: str | None = None) -> str:
    """The pipeline to load: `model`, else $QUOTEKIT_MODEL, else the first preferred one installed."""
    if model:
        return model
    from_environment = os.environ.get(MODEL_VARIABLE, "").strip()
    if from_environment:
        return from_environment
    for name in PREFERRED_MODELS:
        if _is_installed(name):
            return name
    raise ModelNotFoundError(Errors.E003)


# The components that set sentences, the first of which quotekit's sentence components go before.
SENTENCE_SETTERS: tuple[str, ...] = ("parser", "senter", "sentencizer")


def add_components(nlp: Language) -> Language:
    """Add quotekit's components (those not yet there) to `nlp`: the sentence guard before the component
    that sets the sentences, the others at the end."""
    components.ensure_extensions()
    setter = next((name for name in nlp.pipe_names if name in SENTENCE_SETTERS), None)
    for name in components.SENTENCE_COMPONENTS:
        if name not in nlp.pipe_names:
            if setter:
                nlp.add_pipe(name, before=setter)
            else:
                nlp.add_pipe(name, first=True)
    for name in components.COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


# The pipelines loaded so far, by model name (the one global state quotekit keeps), and the lock
# that makes threads asking for a pipeline at the same time load it once.
_PIPELINES: dict[str, Language] = {}
_LOADING = threading.Lock()


def _load(name: str, source: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFoundError(Errors.E004.format(name=name, source=source, reason=error)) from error
    return add_components(nlp)


def load(model: str | None = None) -> Language:
    """The spaCy pipeline with quotekit's components, loaded once per model name (also when several
    threads ask for it at the same time).

    `model` is a package name or a path; without it, $QUOTEKIT_MODEL, then ``de_core_news_sm``,
    then the project's offline ``de_quotekit_sm``. Raises `ModelNotFoundError` with the install
    command when neither is there.
    """
    source = "the model argument" if model else f"${MODEL_VARIABLE}"
    name = resolve_model_name(model)
    nlp = _PIPELINES.get(name)
    if nlp is not None:
        return nlp
    with _LOADING:  # the first caller loads it; the others wait and take the same pipeline
        nlp = _PIPELINES.get(name)
        if nlp is None:
            nlp = _PIPELINES[name] = _load(name, source)
    return nlp


def loaded_count() -> int:
    """How many pipelines this process has loaded with `load` (one per model name)."""
    return len(_PIPELINES)
