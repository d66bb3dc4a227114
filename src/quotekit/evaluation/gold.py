"""Reading gold annotations (the formats of ``../shared/data/README.md``) into `GoldDocument`s.

Two formats, told apart per document by their quotations' keys: the Wikinews format (``"type"``, span
lists, the LOCAL speaker mention as character spans) and the speakers format of ``speakers-dev.jsonl``
(``"kind"``, ``"start"``/``"end"``, the CANONICAL speaker as a label with ``"speaker_alt"``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from quotekit.lang.de.words import german
from quotekit.quotes import QuoteKind, Span

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping

__all__ = ["GOLD_KINDS", "GoldDocument", "GoldQuote", "load_gold"]

# characters trimmed from both ends of a gold Direct part: the corpus keeps the marks in the span
_MARKS_AND_SPACE = "".join(sorted(german().quotation_marks)) + " \t\n\r\u00a0"

# gold "type" -> the kind it is scored as; "Reported" has no content and is ignored
GOLD_KINDS: dict[str, QuoteKind] = {
    "Direct": QuoteKind.DIRECT,
    "Indirect": QuoteKind.INDIRECT,
    "FreeIndirect": QuoteKind.INDIRECT,
    "IndirectFreeIndirect": QuoteKind.INDIRECT,
}


_IGNORED_TYPES = frozenset({"Reported"})


_KNOWN_TYPES = frozenset(GOLD_KINDS) | _IGNORED_TYPES

# speakers format "kind" -> the Wikinews type it is read as
# (a mixed quotation, reported speech around a marked fragment, is scored as indirect, as a predicted one is)
_SPEAKER_FORMAT_TYPES = {"direct": "Direct", "indirect": "Indirect", "mixed": "Indirect"}


def _to_span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _to_str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_quote_tuple(value: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    return tuple(value)


@frozen
class GoldQuote:
    """One gold annotation; every span list is a tuple of `Span` (a part may be discontinuous)."""

    id: int
    type: str
    nested: bool
    quote: tuple[Span, ...] = field(converter=_to_span_tuple)
    speaker: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    cue: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    medium: str = ""
    addressee: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    frame: tuple[Span, ...] = field(converter=_to_span_tuple, factory=tuple)
    # The speakers format: the canonical speaker's labels (the gold "speaker" first, then its
    # "speaker_alt"; empty when nobody speaks), the local mention and cue as words, and "optional".
    speaker_labels: tuple[str, ...] = field(converter=_to_str_tuple, factory=tuple)
    mention_text: str | None = None
    cue_text: str | None = None
    optional: bool = False

    @property
    def ignored(self) -> bool:
        """Nested, optional and Reported quotations count neither as hits nor as misses."""
        return self.nested or self.optional or self.type in _IGNORED_TYPES

    @property
    def kind(self) -> QuoteKind | None:
        """The kind this item is scored as; None for Reported speech."""
        return GOLD_KINDS.get(self.type)

    @property
    def content(self) -> tuple[Span, ...]:
        """The quotation's parts, with the quotation marks of a Direct quotation stripped."""
        if self.type != "Direct":
            return self.quote
        return tuple(_strip_marks(part) for part in self.quote)


@frozen
class GoldDocument:
    """One gold document: its text and its annotations, in file order."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = field(converter=_to_quote_tuple)
    title: str = ""
    date: str = ""
    # True for the speakers format: speakers are scored by their canonical label, not by position.
    canonical_speakers: bool = False


def _strip_marks(span: Span) -> Span:
    text = span.text
    lead = len(text) - len(text.lstrip(_MARKS_AND_SPACE))
    stripped = text.strip(_MARKS_AND_SPACE)
    start = span.start + lead
    return Span(start=start, end=start + len(stripped), text=stripped)


def _spans(text: str, raw: Any, where: str) -> tuple[Span, ...]:
    if not isinstance(raw, list):
        msg = f"{where}: expected a list of [begin, end] pairs, got {raw!r}"
        raise ValueError(msg)
    spans = []
    for pair in raw:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)):
            msg = f"{where}: expected a [begin, end] pair of integers, got {pair!r}"
            raise ValueError(msg)
        begin, end = pair
        if not 0 <= begin <= end <= len(text):
            msg = f"{where}: span [{begin}, {end}] is outside the text (length {len(text)})"
            raise ValueError(msg)
        spans.append(Span.of(text, begin, end))
    return tuple(spans)


def _gold_quote(text: str, raw: Mapping[str, Any], where: str) -> GoldQuote:
    try:
        type_ = str(raw["type"])
        quote_id = int(raw["id"])
        where = f"{where}, quote {quote_id}"
        quote = _spans(text, raw["quote"], f"{where} 'quote'")
    except KeyError as error:
        msg = f"{where}: annotation without {error}"
        raise ValueError(msg) from error
    if type_ not in _KNOWN_TYPES:
        msg = f"{where}: unknown type {type_!r} (known: {', '.join(sorted(_KNOWN_TYPES))})"
        raise ValueError(msg)
    if not quote and type_ not in _IGNORED_TYPES:
        msg = f"{where}: a {type_} quotation without a 'quote' span"
        raise ValueError(msg)
    return GoldQuote(
        id=quote_id,
        type=type_,
        nested=bool(raw.get("nested", False)),
        quote=quote,
        speaker=_spans(text, raw.get("speaker", []), f"{where} 'speaker'"),
        cue=_spans(text, raw.get("cue", []), f"{where} 'cue'"),
        medium=str(raw.get("medium", "")),
        addressee=_spans(text, raw.get("addressee", []), f"{where} 'addressee'"),
        frame=_spans(text, raw.get("frame", []), f"{where} 'frame'"),
    )


def _optional_text(value: Any, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        msg = f"{where}: expected a string or null, got {value!r}"
        raise ValueError(msg)
    return value


def _speakers_format_quote(text: str, raw: Mapping[str, Any], number: int, where: str) -> GoldQuote:
    """One quotation of the speakers format ("kind", "start", "end", "speaker", "speaker_alt", …)."""
    where = f"{where}, quote {number}"
    try:
        kind, start, end = raw["kind"], raw["start"], raw["end"]
    except KeyError as error:
        msg = f"{where}: quotation without {error}"
        raise ValueError(msg) from error
    if kind not in _SPEAKER_FORMAT_TYPES:
        msg = f"{where}: unknown kind {kind!r} (known: {', '.join(sorted(_SPEAKER_FORMAT_TYPES))})"
        raise ValueError(msg)
    (quote,) = _spans(text, [[start, end]], f"{where} 'start'/'end'")
    speaker = _optional_text(raw.get("speaker"), f"{where} 'speaker'")
    alternatives = raw.get("speaker_alt") or []
    if not isinstance(alternatives, list) or not all(isinstance(a, str) for a in alternatives):
        msg = f"{where}: 'speaker_alt' must be a list of strings"
        raise ValueError(msg)
    return GoldQuote(
        id=number,
        type=_SPEAKER_FORMAT_TYPES[kind],
        nested=False,
        quote=(quote,),
        speaker_labels=() if speaker is None else (speaker, *alternatives),
        mention_text=_optional_text(raw.get("mention"), f"{where} 'mention'"),
        cue_text=_optional_text(raw.get("cue"), f"{where} 'cue'"),
        optional=bool(raw.get("optional", False)),
    )


def _is_speakers_format(raw_quotes: list[Any]) -> bool:
    return any(isinstance(quote, dict) and "kind" in quote and "type" not in quote for quote in raw_quotes)


def load_gold(path: str | os.PathLike[str], limit: int | None = None) -> list[GoldDocument]:
    """Read a gold JSONL file (one document a line); `limit` keeps the first `limit` documents.

    Raises `ValueError` naming the line for malformed input (bad JSON, missing keys, spans outside the
    text, unknown annotation types).
    """
    if limit is not None and limit < 0:
        msg = f"limit must be >= 0, got {limit}"
        raise ValueError(msg)
    docs: list[GoldDocument] = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(docs) >= limit:
                break
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
                text = raw["text"]
                doc_id = str(raw["id"])
                raw_quotes = raw.get("quotes", [])
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                msg = f"{where}: not a gold document ({error})"
                raise ValueError(msg) from error
            if not isinstance(text, str) or not isinstance(raw_quotes, list):
                msg = f"{where}: 'text' must be a string and 'quotes' a list"
                raise ValueError(msg)
            canonical = _is_speakers_format(raw_quotes)
            if canonical:
                quotes = tuple(
                    _speakers_format_quote(text, quote, number, f"{where} ({doc_id})")
                    for number, quote in enumerate(raw_quotes)
                )
            else:
                quotes = tuple(_gold_quote(text, quote, f"{where} ({doc_id})") for quote in raw_quotes)
            docs.append(
                GoldDocument(
                    id=doc_id,
                    text=text,
                    quotes=quotes,
                    title=str(raw.get("title", "")),
                    date=str(raw.get("date", "")),
                    canonical_speakers=canonical,
                )
            )
    return docs
