"""Stage 5: resolve each local speaker mention to one canonical name per person in the text.

`resolve_speakers` changes nothing; the component stores its result on the doc. The text's persons are
collected in `entities`; `resolver` links every name, role and pronoun to one of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotekit.records import QuoteRecord
from quotekit.stages.speakers.resolver import build_resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc


def resolve_speakers(doc: Doc, quotes: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Quotes with `speaker` set to a canonical name where the text allows. Changes nothing.

    A person's speaker is their fullest name in the text ("Jens Stoltenberg" for "er", "der NATO-Chef"); an
    organisation keeps its own words with `is_organization`; a descriptive phrase that names nobody in
    particular ("ein Wissenschaftler") is its own name; a pronoun that fits nobody keeps no name.
    """
    ordered = sorted(quotes, key=lambda q: q.start)
    if not any(quote.mention is not None for quote in ordered):
        return ordered
    quoted = [part for quote in ordered if quote.kind == "direct" for part in quote.parts]
    resolver = build_resolver(doc, quoted)
    resolved: list[QuoteRecord] = []
    for quote in ordered:
        if quote.mention is None:
            resolved.append(quote)
            continue
        found = resolver.resolve(*quote.mention)
        resolved.append(evolve(quote, speaker=found.name, is_organization=found.is_organization))
    return resolved
