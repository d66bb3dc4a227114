"""Sentence lookups in constant time.

spaCy's ``Token.sent`` checks the whole doc for sentence annotation on every call, which made the
attribution stages quadratic in practice. `index_sentences` finds the sentences once and installs
them as the doc's ``sent``/``sents`` hooks, so every later ``token.sent`` is a lookup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _sentence_starts(doc: Doc) -> list[int]:
    if len(doc) == 0:
        return [0]
    if not doc.has_annotation("SENT_START"):
        return [0]  # no parser or sentencizer: the whole doc is one sentence
    return [sentence.start for sentence in doc.sents]


@contextmanager
def indexed_sentences(doc: Doc) -> Iterator[Doc]:
    """Within the block, `doc` answers ``span.sent`` and ``doc.sents`` from an index.

    The hooks are removed afterwards (unless they were there before), so that components after
    quotekit that change sentence boundaries never see a stale index.
    """
    if "sent" in doc.user_span_hooks:
        yield doc
        return
    index_sentences(doc)
    try:
        yield doc
    finally:
        doc.user_span_hooks.pop("sent", None)
        doc.user_hooks.pop("sents", None)


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
