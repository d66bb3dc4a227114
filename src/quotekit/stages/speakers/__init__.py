"""Stage 5: every quotation names its person: each speaker mention resolved to an entity of the text.

`resolve_speakers` changes nothing; the component stores its result on the doc. One pass builds the text's
entities (`resolver`, over `entities` and `referents`); each quotation's mention is looked up there. A
quotation without a mention of its own takes, in this order, the "Name:" that opens its paragraph (an
interview answer), the speaker before it where the text goes on with that speaker (`chains`), or the one
person the text is about where it stands (the subject of the sentence before it, well ahead of anyone else);
else it keeps no speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotekit.records import MARKS_KEY, CharSpan, QuoteRecord
from quotekit.stages.speakers.chains import continues, paragraph_prefix
from quotekit.stages.speakers.resolver import QuotedIndex, Resolver, build_resolver
from quotekit.syntax.docindex import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_speakers"]


def _prefix_mention(text: str, resolver: Resolver, quote: QuoteRecord) -> CharSpan | None:
    """ "Malou: Am Anfang schon. Man hat mir geraten, …": an interview answer or a list entry names its
    speaker before a colon at the start of its paragraph, when that names someone the text knows."""
    prefix = paragraph_prefix(text, quote.start)
    return prefix if prefix is not None and resolver.entity_of(*prefix) is not None else None


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
    orphans = [quote.start for quote in ordered if quote.mention is None]
    reported_parts = [part for quote in ordered if quote.kind != "direct" for part in quote.parts]
    resolver = build_resolver(doc, quoted, mentions, orphans, reported_parts)
    text = text_of(doc)
    resolved: list[QuoteRecord] = []
    previous: QuoteRecord | None = None
    for quote in ordered:
        record = quote
        mention = quote.mention if quote.mention is not None else _prefix_mention(text, resolver, quote)
        if mention is not None:
            found = resolver.resolve(*mention)
            record = evolve(
                quote,
                mention=mention,
                speaker=found.name,
                is_organization=found.is_organization,
                gender=found.gender,
            )
        elif previous is not None and continues(text, resolver, previous, quote):
            record = evolve(
                quote,
                mention=previous.mention,
                speaker=previous.speaker,
                is_organization=previous.is_organization,
                gender=previous.gender,
            )
        elif (in_view := resolver.person_in_view(quote.start)) is not None:
            found, mention = in_view
            record = evolve(
                quote,
                mention=mention,
                speaker=found.name,
                is_organization=found.is_organization,
                gender=found.gender,
            )
        resolved.append(record)
        if record.mention is not None:
            previous = record
    return resolved
