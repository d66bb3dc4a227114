"""The public data model: immutable attrs records that quotekit returns.

Every `Span` that quotekit returns satisfies ``text[span.start:span.end] == span.text``
for the input `text`: the library's first invariant.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen


class QuoteKind(enum.Enum):
    """How the quotation is rendered in the text."""

    DIRECT = "direct"  # words inside quotation marks
    INDIRECT = "indirect"  # reported speech without marks
    MIXED = "mixed"  # reported speech that contains a quoted fragment


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


def _end_after_start(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        msg = f"end ({value}) must not be before start ({instance.start})"
        raise ValueError(msg)


@frozen
class Span:
    """A stretch of the input text: ``text == input[start:end]``."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])


@frozen
class Cue:
    """The words that attribute a quotation: a speech verb, "so", "laut", "zufolge", a colon.

    `text` is ``input[start:end]`` like every span (the verb, or contiguous words such as "nach
    Angaben"). A separable verb's particle is a second literal span, `particle`: „fügte der
    NATO-Chef hinzu“ gives ``text="fügte"`` and ``particle=Span(…, "hinzu")``; `lemma` is the full
    verb ("hinzufügen").
    """

    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    lemma: str
    particle: Span | None = None

    @property
    def parts(self) -> tuple[Span, ...]:
        """The cue's literal spans in text order: the verb, and its particle if it has one."""
        own = Span(start=self.start, end=self.end, text=self.text)
        if self.particle is None:
            return (own,)
        return tuple(sorted((own, self.particle), key=lambda span: span.start))

    @property
    def words(self) -> str:
        """The cue as a reader names it: "sagte", "fügte … hinzu"."""
        return " … ".join(part.text for part in self.parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "lemma": self.lemma,
            "particle": None if self.particle is None else self.particle.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        particle = data.get("particle")
        return cls(
            text=str(data["text"]),
            start=int(data["start"]),
            end=int(data["end"]),
            lemma=str(data["lemma"]),
            particle=None if particle is None else Span.from_dict(particle),
        )


_GENDERS = frozenset({"female", "male"})


def _gender(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in _GENDERS:
        msg = f"{attribute.name} must be 'female', 'male' or None, got {value!r}"
        raise ValueError(msg)


@frozen
class Speaker:
    """Who said it: the entity's label for the whole text and the local mention next to the quote.

    `name` is the label of the person or organisation the mention refers to: the fullest name the text
    gives ("Jens Stoltenberg" for "er", "der NATO-Chef", "Stoltenbergs"); for a person the text never
    names, its first description as written ("eine Anwohnerin"); an organisation's name. It is None where
    the mention cannot be resolved (a pronoun with no antecedent, a phrase that names no one who can
    speak): never a bare pronoun. `mention` keeps the local words either way. `gender` is "female" or
    "male" only where the text shows it (pronouns, role nouns, first names), else None.
    """

    name: str | None
    mention: Span | None = None
    is_organization: bool = False
    gender: str | None = field(default=None, validator=_gender)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "is_organization": self.is_organization,
            "gender": self.gender,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        mention = data.get("mention")
        name = data.get("name")
        gender = data.get("gender")
        return cls(
            name=None if name is None else str(name),
            mention=None if mention is None else Span.from_dict(mention),
            is_organization=bool(data.get("is_organization", False)),
            gender=None if gender is None else str(gender),
        )


def _to_parts(value: Sequence[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _at_least_one_part(instance: object, attribute: attrs.Attribute[Any], value: tuple[Span, ...]) -> None:
    if not value:
        msg = "a Quote has at least one part"
        raise ValueError(msg)


@frozen
class Quote:
    """One quotation: its parts (one, or several for a split quote), kind, cue and speaker."""

    parts: tuple[Span, ...] = field(converter=_to_parts, validator=_at_least_one_part)
    kind: QuoteKind = field(converter=QuoteKind)
    cue: Cue | None = None
    speaker: Speaker | None = None

    @property
    def start(self) -> int:
        """Offset of the first character of the first part."""
        return self.parts[0].start

    @property
    def end(self) -> int:
        """Offset after the last character of the last part."""
        return self.parts[-1].end

    @property
    def text(self) -> str:
        """The quotation's words without enclosing marks; parts joined by a space."""
        return " ".join(part.text for part in self.parts)

    def _repr_html_(self) -> str:
        """How Jupyter shows a quotation: its words, kind, speaker and cue (see `quotekit.render`)."""
        from quotekit.views.render import render_quote  # the renderer needs this module for types only

        return render_quote(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; `Quote.from_dict` turns it back into an equal `Quote`."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "parts": [part.to_dict() for part in self.parts],
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        cue = data.get("cue")
        speaker = data.get("speaker")
        return cls(
            parts=tuple(Span.from_dict(part) for part in data["parts"]),
            kind=QuoteKind(data["kind"]),
            cue=None if cue is None else Cue.from_dict(cue),
            speaker=None if speaker is None else Speaker.from_dict(speaker),
        )
