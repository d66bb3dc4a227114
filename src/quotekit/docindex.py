"""Constant-time access to a doc's text and sentences while quotekit's components run.

spaCy rebuilds ``Doc.text`` from the tokens on every access, and ``Token.sent`` checks the whole doc
for sentence annotation on every call: both made the stages quadratic in practice. Inside
`indexed(doc)` the text is kept once (read it with `text_of`) and sentences come from an index
installed as the doc's ``sent``/``sents`` hooks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _sentence_starts(doc: Doc) -> list[int]:
    if len(doc) == 0:
        return [0]
    if not doc.has_annotation("SENT_START"):
        return [0]  # no parser or sentencizer: the whole doc is one sentence
    return [sentence.start for sentence in doc.sents]


_TEXT_KEY = "quotekit.text"
_CACHE_KEY = "quotekit.cache"


def text_of(doc: Doc) -> str:
    """``doc.text``, without rebuilding it inside `indexed`."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    return doc.text if text is None else text


def run_cache(doc: Doc) -> dict[str, Any]:
    """A dict for facts about `doc` that hold while quotekit runs (inside `indexed`); outside it, a
    fresh empty dict each call, so nothing is kept."""
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE_KEY)
    return {} if cache is None else cache


@contextmanager
def indexed(doc: Doc) -> Iterator[Doc]:
    """Within the block, `doc` answers `text_of`, ``span.sent`` and ``doc.sents`` from an index.

    Everything is removed afterwards (unless it was there before), so that components after
    quotekit that change the doc never see a stale index, and nothing extra is serialised.
    """
    if "sent" in doc.user_span_hooks or _TEXT_KEY in doc.user_data:
        yield doc
        return
    index_sentences(doc)
    doc.user_data[_TEXT_KEY] = doc.text
    doc.user_data[_CACHE_KEY] = {}
    try:
        yield doc
    finally:
        doc.user_span_hooks.pop("sent", None)
        doc.user_hooks.pop("sents", None)
        doc.user_data.pop(_TEXT_KEY, None)
        doc.user_data.pop(_CACHE_KEY, None)


def index_sentences(doc: Doc) -> None:
    """Install constant-time ``span.sent`` and ``doc.sents`` hooks on `doc`."""
    starts = _sentence_starts(doc)
    ends = [*starts[1:], len(doc)]
    sentences: list[Span] = [doc[start:end] for start, end in zip(starts, ends, strict=True)]

    def sentence_of(span: Span) -> Span:
        return sentences[max(0, bisect_right(starts, span.start) - 1)]

    def all_sentences(_: Doc) -> Iterator[Span]:
        return iter(sentences)

    hooks: dict[str, Callable[..., object]] = {"sent": sentence_of}
    doc.user_span_hooks.update(hooks)
    doc.user_hooks["sents"] = all_sentences
