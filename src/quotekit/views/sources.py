"""Whom a text quotes: one row per speaker, as newsrooms count their sources.

`sources(quotes)` groups the quotations by their speaker's label (`Speaker.name`): its gender where the text
shows it, whether it is an organisation, how many quotations are direct and how many reported (indirect and
mixed), and how many characters are quoted. Quotations without a resolved speaker are left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import define, frozen

from quotekit.quotes import Quote, QuoteKind

__all__ = ["SourceRow", "sources"]


@frozen
class SourceRow:
    """One speaker of a text and what it is quoted with."""

    name: str
    gender: str | None  # "female", "male" or None
    is_organization: bool
    direct: int  # direct quotations
    reported: int  # indirect and mixed quotations
    characters: int  # characters quoted, over all parts

    def to_dict(self) -> dict[str, str | int | bool | None]:
        return {
            "name": self.name,
            "gender": self.gender,
            "is_organization": self.is_organization,
            "direct": self.direct,
            "reported": self.reported,
            "characters": self.characters,
        }


@define
class _Tally:
    gender: str | None = None
    is_organization: bool = False
    direct: int = 0
    reported: int = 0
    characters: int = 0


def sources(quotes: Iterable[Quote]) -> list[SourceRow]:
    """One row per speaker, in the order of their first quotation (see the module docstring).

    The gender is the one the speaker's quotations give (they agree, being one entity); an organisation
    counts as one when any of its quotations says so.
    """
    tallies: dict[str, _Tally] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        speaker = quote.speaker
        if speaker is None or speaker.name is None:
            continue
        tally = tallies.setdefault(speaker.name, _Tally())
        tally.gender = tally.gender or speaker.gender
        tally.is_organization = tally.is_organization or speaker.is_organization
        if quote.kind is QuoteKind.DIRECT:
            tally.direct += 1
        else:
            tally.reported += 1
        tally.characters += sum(len(part.text) for part in quote.parts)
    return [
        SourceRow(name, t.gender, t.is_organization, t.direct, t.reported, t.characters)
        for name, t in tallies.items()
    ]
