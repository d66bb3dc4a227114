"""Stage 5: resolve each local speaker mention to one canonical name per person in the text.

`resolve_speakers` changes nothing; the component stores its result on the doc.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from .mentions import token_range
from .records import QuoteRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PRONOUNS = frozenset({"er", "sie", "ihr", "ihm", "ihn"})


def _name_in(doc: Doc, start: int, end: int) -> str | None:
    """The longest run of proper nouns (or a PER entity) inside a mention."""
    span = token_range(doc, start, end)
    if span is None:
        return None
    for ent in doc.ents:
        if ent.label_ in {"PER", "PERSON"} and ent.start >= span.start and ent.end <= span.end:
            return ent.text
    best: list[str] = []
    run: list[str] = []
    for token in span:
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            run.append(token.text)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return " ".join(best) if best else None


def resolve_speakers(doc: Doc, quotes: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Quotes with `speaker` set to a canonical name where the text allows. Changes nothing."""
    resolved: list[QuoteRecord] = []
    last_name: str | None = None
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.mention is None:
            resolved.append(quote)
            continue
        mention_text = doc.text[quote.mention[0] : quote.mention[1]]
        name = _name_in(doc, *quote.mention)
        if name is None and mention_text.lower() in _PRONOUNS:
            name = last_name
        if name is not None:
            last_name = name
        resolved.append(evolve(quote, speaker=name if name is not None else mention_text))
    return resolved
