"""Who a description means by what came just before it: the two people the text just named together ("die beiden
Sängerinnen"), and the one who spoke just before a statement's owner ("nach Meinung des SPD-Politikers")."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.stages.speakers.entities import GROUP, PERSON
from quotekit.syntax.docindex import lower_at, text_of
from quotekit.syntax.spans import has_paragraph_break

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = ["pair_named_before", "says_both", "speaker_just_before"]


def says_both(doc: Doc, start: int, head: int) -> bool:
    """Whether "beiden" after a definite article opens the description [start, head] or stands right before it
    ("die beiden Sängerinnen", "der beiden Politiker")."""
    de = german()
    return any(
        lower_at(doc, i) == de.both and i > 0 and lower_at(doc, i - 1) in de.definite_articles
        for i in range(max(start - 1, 1), head)
    )


def pair_named_before(reader: Reader, start: int) -> Entity | None:
    """The two people named last before token `start`, joined by "und" in its sentence or the one before ("Jennifer
    Lopez und Shakira"), as one group called by both names; None where no such pair stands there."""
    doc, by_token = reader.doc, reader.resolver.by_token
    sentence = reader.sentence(start)
    joining = german().joining_words
    for i in range(start - 1, 0, -1):
        if reader.sentence(i) < sentence - 1:
            return None
        if lower_at(doc, i) not in joining:
            continue
        before, after = by_token.get(i - 1), by_token.get(i + 1)
        if before is None or after is None:
            continue
        first, second = before.final, after.final
        if (
            first is second
            or first.kind != PERSON
            or second.kind != PERSON
            or not (first.name and second.name)
        ):
            continue
        group = reader.resolver.index.new(GROUP)
        group.name = f"{first.name} und {second.name}"
        return group
    return None


def speaker_just_before(reader: Reader, start: int, fits: Callable[[Entity], bool]) -> Entity | None:
    """The speaker of the last words attributed before the mention that token `start` opens, in its sentence or
    the one before (a speaker's mention, or a reported sentence that goes on with them), where `fits` allows
    them; else None."""
    sentence = reader.sentence(start)
    while start - 1 in reader.speaker_tokens:
        start -= 1  # (the speech noun of this mention: "Meinung des SPD-Politikers")
    mentions = reader.speaker_token_order
    k = bisect_left(mentions, start) - 1
    found: tuple[int, Entity] | None = None
    doc = reader.doc
    # (a speaker's mention in its paragraph: "Hauke Martens (FDP): „…“" in a list of reactions does not make
    # him the "Landeswahlleiter" of the next paragraph; one who goes on speaking up to it may be)
    if (
        k >= 0
        and (entity := reader.resolver.by_token.get(mentions[k])) is not None
        and not has_paragraph_break(text_of(doc)[doc[mentions[k]].idx : doc[start].idx])
    ):
        found = (reader.sentence(mentions[k]), entity.final)
    speaking = reader.speaking
    if speaking is not None and speaking[0] < sentence and (found is None or speaking[0] > found[0]):
        found = (speaking[0], speaking[1].final)
    if found is None or found[0] < sentence - 1:
        return None
    return found[1] if fits(found[1]) else None
