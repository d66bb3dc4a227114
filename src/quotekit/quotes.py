"""The public data model: immutable attrs records that quotekit returns.

Every `Span` that quotekit returns satisfies ``text[span.start:span.end] == span.text``
for the input `text`: the library's first invariant.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar

import attrs
from attrs import field, frozen

from quotekit.errors import Errors

_T = TypeVar("_T")


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


class _Reader:
    """Reads one field after another of a dict, raising `ValueError` that names the field on any problem."""

    def __init__(self, data: object, owner: str, where: str = "") -> None:
        self.owner = owner
        self.where = where
        if not isinstance(data, Mapping):
            self.fail("", f"must be an object (a dict), got {type(data).__name__}")
        self.data: Mapping[str, Any] = data

    def fail(self, key: str, problem: str) -> NoReturn:
        name = f"{self.where}.{key}" if self.where and key else (self.where or key or "the data")
        raise ValueError(Errors.E011.format(owner=self.owner, field=name, problem=problem))

    def child(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def value(self, key: str) -> Any:
        if key not in self.data:
            self.fail(key, "is missing")
        return self.data[key]

    def integer(self, key: str) -> int:
        value = self.value(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, f"must be an int, got {value!r}")
        return value

    def string(self, key: str) -> str:
        value = self.value(key)
        if not isinstance(value, str):
            self.fail(key, f"must be a str, got {value!r}")
        return value

    def build(self, key: str, make: Callable[[], _T]) -> _T:
        """`make()`, with a `ValueError` or `TypeError` from a validator told as a problem of `key`."""
        try:
            return make()
        except (TypeError, ValueError) as error:
            self.fail(key, f"is not valid ({error})")


def _span_from(data: object, owner: str, where: str) -> Span:
    read = _Reader(data, owner, where)
    start, end, text = read.integer("start"), read.integer("end"), read.string("text")
    return read.build("", lambda: Span(start=start, end=end, text=text))


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
        """The span of `to_dict`; `ValueError` naming the field that is missing or wrong."""
        return _span_from(data, "Span", "")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])


@frozen
class Cue:
    """The words that attribute a quotation: a speech verb, "so", "laut", "zufolge", a colon.

    `text` is ``input[start:end]`` like every span (the verb, or contiguous words such as "nach
    Angaben", "hieß es", "sprach von"). A separable verb's particle is a second literal span, `particle`: „fügte der
    NATO-Chef hinzu“ gives ``text="fügte"`` and ``particle=Span(…, "hinzu")``; `lemma` is the full
    verb ("hinzufügen"). A word that completes the verb's cue apart from it is `companion`: the modal of
    "wollte … wissen", the "lassen" of "ließ … ausrichten", the preposition of "sprach … von".
    """

    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    lemma: str
    particle: Span | None = None
    companion: Span | None = None

    @property
    def parts(self) -> tuple[Span, ...]:
        """The cue's literal spans in text order: the verb, its particle and its companion where it has them."""
        own = Span(start=self.start, end=self.end, text=self.text)
        if self.particle is None and self.companion is None:
            return (own,)
        spans = [own, *(span for span in (self.particle, self.companion) if span is not None)]
        return tuple(sorted(spans, key=lambda span: span.start))

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
            "companion": None if self.companion is None else self.companion.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        """The cue of `to_dict`; `ValueError` naming the field that is missing or wrong."""
        return _cue_from(data, "Cue", "")


def _cue_from(data: object, owner: str, where: str) -> Cue:
    read = _Reader(data, owner, where)
    text, start, end, lemma = (
        read.string("text"),
        read.integer("start"),
        read.integer("end"),
        read.string("lemma"),
    )
    particle, companion = read.data.get("particle"), read.data.get("companion")  # (both optional)
    span = None if particle is None else _span_from(particle, owner, read.child("particle"))
    other = None if companion is None else _span_from(companion, owner, read.child("companion"))
    return read.build(
        "", lambda: Cue(text=text, start=start, end=end, lemma=lemma, particle=span, companion=other)
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
    """One quotation: its parts (one, or several for a split quote), kind, cue and speaker.

    Quotations order by position: by `start`, then `end`, then the parts' offsets (``sorted(quotes)``).
    """

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

    def _position(self) -> tuple[int, int, tuple[tuple[int, int], ...]]:
        return self.start, self.end, tuple((part.start, part.end) for part in self.parts)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Quote):
            return NotImplemented
        return self._position() < other._position()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Quote):
            return NotImplemented
        return self._position() <= other._position()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Quote):
            return NotImplemented
        return self._position() > other._position()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Quote):
            return NotImplemented
        return self._position() >= other._position()

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
        """The quotation of `to_dict`; `ValueError` naming the field that is missing or wrong
        ("Quote.from_dict: parts[1].end is missing"). The derived fields text, start and end are
        not read."""
        read = _Reader(data, "Quote")
        parts = read.value("parts")
        if not isinstance(parts, list | tuple) or not parts:
            read.fail("parts", f"must be a non-empty list of spans, got {parts!r}")
        spans = tuple(_span_from(part, "Quote", f"parts[{index}]") for index, part in enumerate(parts))
        kind = read.value("kind")
        if kind not in {member.value for member in QuoteKind}:
            read.fail("kind", f"must be one of {[member.value for member in QuoteKind]}, got {kind!r}")
        cue = read.data.get("cue")
        speaker = read.data.get("speaker")
        return cls(
            parts=spans,
            kind=QuoteKind(kind),
            cue=None if cue is None else _cue_from(cue, "Quote", "cue"),
            speaker=None if speaker is None else _speaker_from(speaker),
        )


def _speaker_from(data: object) -> Speaker:
    """`Speaker.from_dict`, after checking the fields it reads, so that a problem names its field."""
    read = _Reader(data, "Quote", "speaker")
    if read.value("name") is not None:  # None: a mention that could not be resolved
        read.string("name")
    mention = read.data.get("mention")
    if mention is not None:
        _span_from(mention, "Quote", "speaker.mention")
    return read.build("", lambda: Speaker.from_dict(read.data))
