"""Internal, plain-data records passed between pipeline stages through ``doc.user_data``.

They hold only ints, strs and bools so that a Doc keeps them through ``to_bytes``, ``DocBin`` and
multiprocessing; the public attrs objects (`quotekit.quotes`) are built from them by getters.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from attrs import evolve, field, frozen

from quotekit.quotes import Cue, Quote, QuoteKind, Span, Speaker

MARKS_KEY = "quotekit.marks"
CUES_KEY = "quotekit.cues"
QUOTES_KEY = "quotekit.quotes"

# Characters [start, end) of the doc's text: the stages pass spans around as such pairs.
CharSpan = tuple[int, int]


class CueKind(enum.StrEnum):
    """What kind of words attribute a quotation (the values are stored in ``doc.user_data``)."""

    VERB = "verb"  # a speech verb, with its separable particle: "sagte", "fügte … hinzu"
    NOUN = "noun"  # a speech noun before a clause: "Stoltenbergs Behauptung, …"
    SO = "so"  # "…, so Price."
    LAUT = "laut"  # "laut Polizei", "gemäß dem Bericht"
    ZUFOLGE = "zufolge"  # "dem Bericht zufolge", "seiner Meinung nach"
    NACH_ANGABEN = "nach_angaben"  # "nach Angaben der Polizei", "nach einem Bericht"
    DEMNACH = "demnach"  # "Demnach …", "…, wonach …": points back to the last source
    COLON = "colon"  # "Faeser: „…“"
    DASH = "dash"  # "„…“ – Gründerin Lea Varga": a dash before the speaker in a list of quotations


# (The converters run for every record and cue each stage reads back from ``doc.user_data``: a list, `map` and
# a dict look-up cost less there than a generator and an enum call.)
def _int_pairs(value: Any) -> tuple[CharSpan, ...]:
    return tuple([(int(start), int(end)) for start, end in value])


def _int_tuple(value: Any) -> tuple[int, ...]:
    return tuple(map(int, value))


def _optional_pair(value: Any) -> CharSpan | None:
    return None if value is None else (int(value[0]), int(value[1]))


# Each kind by its value (a member is found by itself too: a `StrEnum` member equals its value).
_CUE_KINDS: Mapping[str, CueKind] = {kind.value: kind for kind in CueKind}


def _cue_kind(value: Any) -> CueKind:
    """``CueKind(value)``."""
    kind = _CUE_KINDS.get(value) if isinstance(value, str) else None
    return CueKind(value) if kind is None else kind


@frozen
class CueMatch:
    """An attribution cue found in a parsed doc.

    `kind` says which words attribute (`CueKind`).
    `start`/`end`/`text` are a literal stretch of the text (the verb, or contiguous cue words such as
    "nach Angaben"); a separable verb's particle ("hinzu" of "fügte … hinzu") is the second stretch
    `particle`, a word that completes the cue apart from the verb ("wollte … wissen", "sprach … von") the stretch
    `companion`. `tokens` are the doc token indices of all the cue's words; `head` the token the
    speaker depends on.
    """

    start: int
    end: int
    text: str
    lemma: str
    kind: CueKind = field(converter=_cue_kind)
    head: int
    tokens: tuple[int, ...] = field(converter=_int_tuple)
    particle: CharSpan | None = field(default=None, converter=_optional_pair)
    companion: CharSpan | None = field(default=None, converter=_optional_pair)

    @property
    def extent(self) -> CharSpan:
        """Characters from the cue's first word to its last, particle and companion included."""
        start, end = self.start, self.end
        for other in (self.particle, self.companion):
            if other is not None:
                start, end = min(start, other[0]), max(end, other[1])
        return start, end

    def end_with(self, mention: CharSpan | None) -> int:
        """Where the cue and its speaker's mention end, whichever comes last ("„…“, sagt Morawietz" ends after
        the name)."""
        return max(self.extent[1], mention[1] if mention is not None else 0)

    def to_cue(self, text: str) -> Cue:
        """The public `Cue` over `text` (the particle and the companion are literal spans of their own)."""
        particle = None if self.particle is None else Span.of(text, *self.particle)
        companion = None if self.companion is None else Span.of(text, *self.companion)
        return Cue(
            text=self.text,
            start=self.start,
            end=self.end,
            lemma=self.lemma,
            particle=particle,
            companion=companion,
        )

    def to_data(self) -> dict[str, Any]:
        # Written out field by field (attrs' asdict walks every value generically, for every cue of every
        # doc); a test checks that the keys are the fields.
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lemma": self.lemma,
            "kind": self.kind.value,  # a plain str in doc.user_data
            "head": self.head,
            "tokens": list(self.tokens),  # msgpack and JSON both want lists
            "particle": None if self.particle is None else list(self.particle),
            "companion": None if self.companion is None else list(self.companion),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CueMatch:
        return cls(**data)


@frozen
class QuoteRecord:
    """A quotation as the stages see it: character parts, kind, cue, mention and resolved speaker."""

    parts: tuple[CharSpan, ...] = field(converter=_int_pairs)
    kind: str  # a QuoteKind value: "direct", "indirect", "mixed"
    cue: CueMatch | None = None
    mention: CharSpan | None = field(default=None, converter=_optional_pair)
    # Set by the speaker stage: the entity's label (None where the mention cannot be resolved), whether
    # it is an organisation, and its gender ("female", "male") where the text shows it.
    speaker: str | None = None
    is_organization: bool = False
    gender: str | None = None

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def to_data(self) -> dict[str, Any]:
        return {
            "parts": [list(part) for part in self.parts],
            "kind": self.kind,
            "cue": None if self.cue is None else self.cue.to_data(),
            "mention": None if self.mention is None else list(self.mention),
            "speaker": self.speaker,
            "is_organization": self.is_organization,
            "gender": self.gender,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> QuoteRecord:
        cue = data.get("cue")
        return cls(
            parts=data["parts"],
            kind=data["kind"],
            cue=None if cue is None else CueMatch.from_data(cue),
            mention=data.get("mention"),
            speaker=data.get("speaker"),
            is_organization=bool(data.get("is_organization", False)),
            gender=data.get("gender"),
        )

    def to_quote(self, text: str, offset: int = 0) -> Quote:
        """The public `Quote` for this record over `text`, shifted by `offset` characters."""
        parts = tuple(Span.of(text, start, end) for start, end in self.parts)
        speaker = None
        if self.speaker is not None or self.mention is not None:
            mention = None if self.mention is None else Span.of(text, *self.mention)
            speaker = Speaker(
                name=self.speaker, mention=mention, is_organization=self.is_organization, gender=self.gender
            )
        quote = Quote(
            parts=parts,
            kind=QuoteKind(self.kind),
            cue=None if self.cue is None else self.cue.to_cue(text),
            speaker=speaker,
        )
        return shift_quote(quote, offset) if offset else quote


def _shift_span(span: Span, offset: int) -> Span:
    return Span(start=span.start + offset, end=span.end + offset, text=span.text)


def shift_quote(quote: Quote, offset: int) -> Quote:
    """The same quote with every offset moved by `offset` (for texts processed in chunks)."""
    cue = quote.cue
    if cue is not None:
        particle = None if cue.particle is None else _shift_span(cue.particle, offset)
        companion = None if cue.companion is None else _shift_span(cue.companion, offset)
        cue = Cue(
            text=cue.text,
            start=cue.start + offset,
            end=cue.end + offset,
            lemma=cue.lemma,
            particle=particle,
            companion=companion,
        )
    speaker = quote.speaker
    if speaker is not None and speaker.mention is not None:
        speaker = evolve(speaker, mention=_shift_span(speaker.mention, offset))
    return Quote(
        parts=tuple(_shift_span(part, offset) for part in quote.parts),
        kind=quote.kind,
        cue=cue,
        speaker=speaker,
    )
