"""Stage 5: every quotation names its person: each speaker mention resolved to an entity of the text.

`resolve_speakers` changes nothing; the component stores its result on the doc. One pass builds the text's
entities (`resolver`, over `entities` and `referents`); each quotation's mention is looked up there, and a
quotation without a cue or mention of its own continues the speaker before it where the text goes on with
that speaker (`chains`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotekit.records import MARKS_KEY, QuoteRecord
from quotekit.stages.speakers.chains import continues
from quotekit.stages.speakers.resolver import QuotedIndex, build_resolver
from quotekit.syntax.docindex import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_speakers"]


def resolve_speakers(doc: Doc, quotes: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Quotes with `speaker` set to their entity's label where the text allows. Changes nothing.

    A person's label is their fullest name in the text ("Jens Stoltenberg" for "er", "der NATO-Chef"); a
    person never named keeps their first description ("eine Anwohnerin"); an organisation its name with
    `is_organization`. A mention that resolves to no one keeps its words and no name.
    """
    ordered = sorted(quotes, key=lambda q: q.start)
    if not ordered:
        return ordered
    # Words in marks are the speaker's, not the narrator's: every quotation, and speech in marks inside a
    # reported one ("die Länder würden „wie Bittsteller behandelt“").
    quoted = [part for quote in ordered if quote.kind == "direct" for part in quote.parts]
    reported = QuotedIndex([(quote.start, quote.end) for quote in ordered if quote.kind != "direct"])
    quoted += [
        (m["start"], m["end"])
        for m in doc.user_data.get(MARKS_KEY, [])
        if m["is_speech"] or reported.contains(m["start"])
    ]
    mentions = [quote.mention for quote in ordered if quote.mention is not None]
    resolver = build_resolver(doc, quoted, mentions)
    text = text_of(doc)
    resolved: list[QuoteRecord] = []
    previous: QuoteRecord | None = None
    for quote in ordered:
        record = quote
        if quote.mention is not None:
            found = resolver.resolve(*quote.mention)
            record = evolve(
                quote, speaker=found.name, is_organization=found.is_organization, gender=found.gender
            )
        elif previous is not None and continues(text, resolver, previous, quote):
            record = evolve(
                quote,
                mention=previous.mention,
                speaker=previous.speaker,
                is_organization=previous.is_organization,
                gender=previous.gender,
            )
        resolved.append(record)
        if record.mention is not None:
            previous = record
    return resolved
