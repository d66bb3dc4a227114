"""Real input made ready for the pipeline, and the pipeline's offsets mapped back to the input.

`prepare(text)` gives the text the pipeline sees, `Prepared.text`:

- Unicode NFC (a decomposed "u" + U+0308 is one "ü", as spaCy's vectors and quotekit's word lists expect);
- no format characters (Unicode category Cf: byte-order mark, soft hyphen, zero-width space and joiners,
  bidirectional controls), which split words and names for the tokenizer;
- line breaks as LF: CR LF, a lone CR and the other line separators; U+2029 (paragraph separator) as a
  blank line;
- other control characters and spaces other than U+0020 (no-break, thin, narrow no-break, …) as a plain
  space, so that "Jürgen\\u00a0Müller" is one name to the tokenizer;
- a single line break inside a paragraph as a space where it is a soft wrap: inside a closed quotation,
  and in hard-wrapped text where the next word would not have fitted on the line (`soft_breaks`);
- a run of spaces or a tab between two words of a line as one space ("Parlamentspräsident  Jerzy Buzek"), for
  which spaCy makes a token of its own that parts a name from its role; indentation is left as it is.

`Prepared.restore(quotes)` maps every span of quotations found in that text (parts, cue, particle, companion, speaker
mention) back to offsets into the text as given, so ``text[span.start:span.end] == span.text`` holds on the
original; the span's text is then the original's characters. A span never starts or ends with a character
that was removed. Speaker names stay in the clean form ("Jürgen Müller" for a name written with a
zero-width space inside), and a "name" without a single letter ("😀") is no speaker.

Text that needs none of this (most text) is passed through as it is, at the cost of two scans in C.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import pairwise

import attrs
import regex
from attrs import frozen

from quotekit.quotes import Quote, Span, Speaker
from quotekit.stages.marks import find_marked_spans

__all__ = ["Prepared", "prepare", "soft_breaks"]

# Characters that `prepare` replaces or removes; each alternative is one case of `_replacement`.
_SPECIAL = regex.compile(
    r"\r\n"
    r"|[\r\x0b\x0c\x1c-\x1e\x85\u2028]"  # line separators (those str.splitlines knows)
    r"|\u2029"  # paragraph separator
    r"|\p{Cf}+"  # format characters: BOM, soft hyphen, zero-width, bidi controls
    r"|[\p{Cc}--[\t\n\r\x0b\x0c\x1c-\x1e\x85]]"  # other control characters
    r"|[\p{Zs}--[ ]]"  # spaces other than U+0020
    r"|[\ud800-\udfff]",  # lone surrogates: spaCy cannot hash them
    flags=regex.V1,
)
_LINE_SEPARATORS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028")

# A base character and the marks (and Hangul vowel and final jamo) that NFC may compose with it.
_COMBINING = r"\p{M}\u1161-\u1175\u11a8-\u11c2"
_CLUSTER = regex.compile(rf"[^{_COMBINING}]?[{_COMBINING}]+")

_LETTER = regex.compile(r"\p{L}")

# White space inside a line that is more than one plain space: two or more spaces or tabs, or one tab.
_WIDE_SPACE = regex.compile(r"(?<=\S)(?:[ \t]{2,}|\t)(?=\S)")

# Hard wrap: the width of the longest wrapped line lies in this range (e-mail 72-80, agencies ~69,
# text from PDFs up to ~110); a text whose lines are longer has one paragraph a line, and one whose lines
# are shorter is a table or a list.
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 120
# Wrapped prose: most wrapped lines end inside a sentence, with a word or a comma, before a word.
_PROSE_END = regex.compile(r"[\p{L},;-]\Z")
# A line starting with white space or a bullet begins something new (an indented or listed item).
_ITEM_START = regex.compile(r"\s|[-*•]\s")


@frozen
class _Edits:
    """Replacements made in a source string, in order: source [start, end) became target [start, end).

    Between replacements the two strings agree character for character.
    """

    source_starts: tuple[int, ...]
    source_ends: tuple[int, ...]
    target_starts: tuple[int, ...]
    target_ends: tuple[int, ...]

    @classmethod
    def build(cls, source: str, replacements: Iterable[tuple[int, int, str]]) -> tuple[str, _Edits]:
        """The target string and the edits, from (source start, source end, replacement) in order."""
        pieces: list[str] = []
        source_starts: list[int] = []
        source_ends: list[int] = []
        target_starts: list[int] = []
        target_ends: list[int] = []
        done = 0  # source characters copied or replaced so far
        length = 0  # target characters so far
        for start, end, replacement in replacements:
            pieces.append(source[done:start])
            length += start - done
            source_starts.append(start)
            source_ends.append(end)
            target_starts.append(length)
            pieces.append(replacement)
            length += len(replacement)
            target_ends.append(length)
            done = end
        pieces.append(source[done:])
        edits = cls(tuple(source_starts), tuple(source_ends), tuple(target_starts), tuple(target_ends))
        return "".join(pieces), edits

    def _linear(self, k: int) -> bool:
        return self.source_ends[k] - self.source_starts[k] == self.target_ends[k] - self.target_starts[k]

    def start(self, target: int) -> int:
        """The source offset where the target character at `target` comes from."""
        k = bisect_right(self.target_starts, target) - 1
        if k < 0:
            return target
        if target < self.target_ends[k]:  # inside a replacement
            if self._linear(k):
                return self.source_starts[k] + target - self.target_starts[k]
            return self.source_starts[k]
        return self.source_ends[k] + target - self.target_ends[k]

    def end(self, target: int) -> int:
        """The source offset just after the source of the target character before `target`."""
        if target <= 0:
            return self.start(target)
        last = target - 1
        k = bisect_right(self.target_starts, last) - 1
        if k < 0:
            return target
        if last < self.target_ends[k]:  # inside a replacement
            if self._linear(k):
                return self.source_starts[k] + target - self.target_starts[k]
            return self.source_ends[k]
        return self.source_ends[k] + target - self.target_ends[k]


def _replacement(match: regex.Match[str]) -> str:
    found = match.group()
    first = found[0]
    if found == "\r\n" or first in _LINE_SEPARATORS:
        return "\n"
    if first == "\u2029":
        return "\n\n"
    category = unicodedata.category(first)
    if category == "Cf":
        return ""
    if category == "Cs":
        return "\ufffd"
    return " "  # a control character or an exotic space


def _has_no_special(text: str) -> bool:
    """Whether `_SPECIAL` matches nothing in `text`.

    Python prints none of the characters `_SPECIAL` matches (a test checks all of Unicode), so a text that
    prints once its line feeds and tabs are left out (most text) needs no scan by the regular expression,
    which costs about twenty times as much.
    """
    return text.replace("\n", "").replace("\t", "").isprintable() or _SPECIAL.search(text) is None


def _clean_characters(text: str) -> tuple[str, _Edits | None]:
    if _has_no_special(text):
        return text, None
    replacements = ((m.start(), m.end(), _replacement(m)) for m in _SPECIAL.finditer(text))
    return _Edits.build(text, replacements)


def _single_spaces(text: str) -> tuple[str, _Edits | None]:
    if "  " not in text and "\t" not in text:
        return text, None
    replacements = [(m.start(), m.end(), " ") for m in _WIDE_SPACE.finditer(text)]
    return _Edits.build(text, replacements) if replacements else (text, None)


def _nfc(text: str) -> tuple[str, _Edits | None]:
    if unicodedata.is_normalized("NFC", text):
        return text, None
    expected = unicodedata.normalize("NFC", text)
    clusters = []
    for match in _CLUSTER.finditer(text):
        normal = unicodedata.normalize("NFC", match.group())
        if normal != match.group():
            clusters.append((match.start(), match.end(), normal))
    result, edits = _Edits.build(text, clusters)
    if result != expected:
        # A character that NFC changes on its own (U+212B ANGSTROM SIGN): every character a segment.
        singles = []
        for index, char in enumerate(text):
            normal = unicodedata.normalize("NFC", char)
            if normal != char and not _CLUSTER.match(text, index):
                singles.append((index, index + 1, normal))
        merged = sorted(clusters + singles)
        result, edits = _Edits.build(text, merged)
    if result != expected:  # never seen; keeps the invariant at the cost of precision
        result, edits = _Edits.build(text, [(0, len(text), expected)])
    return result, edits


def _lines(text: str) -> list[tuple[int, int]]:
    lines = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _wrapped_breaks(text: str, lines: Sequence[tuple[int, int]]) -> list[int]:
    """The single line breaks of a hard-wrapped text where the next word would not have fitted."""
    singles = []  # (break offset, line before, next line)
    width = 0  # the longest line that shares its paragraph with another, of more than one word
    for (start, end), (next_start, next_end) in pairwise(lines):
        before = text[start:end].rstrip()
        following = text[next_start:next_end].rstrip()
        if not before.strip() or not following.strip():
            continue  # a blank line: a paragraph break
        width = max([width, *(len(line) for line in (before, following) if " " in line.strip())])
        if not _ITEM_START.match(following):
            singles.append((end, before, following))
    if not singles or not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return []
    full = []
    prose = 0
    for offset, before, following in singles:
        if len(before) + 1 + len(following.split(maxsplit=1)[0]) > width:  # the next word did not fit
            full.append(offset)
            prose += bool(_PROSE_END.search(before) and following[0].isalpha())
    if len(full) < 2 or 2 * len(full) < len(singles) or 2 * prose < len(full):
        return []
    return full


def _quoted_breaks(text: str, lines: Sequence[tuple[int, int]]) -> list[int]:
    """Single line breaks inside a closed quotation: a quotation hard-wrapped in a text that is not."""
    # Only a break between two lines with words can be soft; most text has none and needs no marks.
    candidates = [
        end
        for (start, end), (next_start, next_end) in pairwise(lines)
        if text[start:end].strip() and text[next_start:next_end].strip()
    ]
    if not candidates:
        return []
    spans = [
        span for span in find_marked_spans(text) if span.close_mark and "\n" in text[span.start : span.end]
    ]
    breaks = []
    index = 0
    for end in candidates:
        while index < len(spans) and spans[index].end <= end:
            index += 1
        if index == len(spans):
            break
        if spans[index].start <= end:
            breaks.append(end)
    return breaks


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks in `text` that are soft wraps inside a paragraph, in order.

    A break is soft inside a closed quotation, and in hard-wrapped text (its wrapped lines at most
    120 characters wide, at least half its single line breaks full) where the line and the next word
    would not have fitted in the text's width. A blank line, a break before an indented or listed
    line, and a break after a short line (a headline, a list item) are never soft.
    """
    if "\n" not in text:
        return []
    lines = _lines(text)
    return sorted(set(_wrapped_breaks(text, lines)) | set(_quoted_breaks(text, lines)))


def _unwrap(text: str) -> str:
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for offset in breaks:
        chars[offset] = " "
    return "".join(chars)


@frozen
class Prepared:
    """A text as given (`original`), the text the pipeline sees (`text`), and the way back."""

    original: str
    text: str
    edits: tuple[_Edits, ...] = ()  # from `text` back to `original`, applied in order

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets into `original` of the characters ``text[start:end]`` came from."""
        for edits in self.edits:
            start, end = edits.start(start), edits.end(end)
        return start, max(start, end)

    def _span(self, span: Span) -> Span:
        return Span.of(self.original, *self.to_original(span.start, span.end))

    def restore(self, quotes: Iterable[Quote]) -> list[Quote]:
        """`quotes` found in `text`, with every span an offset into `original` (see the module)."""
        restored = []
        for quote in quotes:
            if not _names_someone(quote.speaker):
                quote = attrs.evolve(quote, speaker=None)  # "😀" names no one
            restored.append(self._restore(quote) if self.edits or self.text != self.original else quote)
        return restored

    def _restore(self, quote: Quote) -> Quote:
        cue = quote.cue
        if cue is not None:
            start, end = self.to_original(cue.start, cue.end)
            particle = None if cue.particle is None else self._span(cue.particle)
            companion = None if cue.companion is None else self._span(cue.companion)
            cue = attrs.evolve(
                cue,
                start=start,
                end=end,
                text=self.original[start:end],
                particle=particle,
                companion=companion,
            )
        speaker = quote.speaker
        if speaker is not None and speaker.mention is not None:
            speaker = attrs.evolve(speaker, mention=self._span(speaker.mention))
        return attrs.evolve(
            quote, parts=tuple(self._span(part) for part in quote.parts), cue=cue, speaker=speaker
        )


def _names_someone(speaker: Speaker | None) -> bool:
    """Whether a speaker's name (or, unresolved, its mention) has a letter: "😀" names no one."""
    if speaker is None:
        return True
    words = speaker.name if speaker.name is not None else (speaker.mention.text if speaker.mention else "")
    return bool(_LETTER.search(words))


def prepare(text: str) -> Prepared:
    """`text` as the pipeline should see it, with the map back (see the module)."""
    cleaned, character_edits = _clean_characters(text)
    normal, nfc_edits = _nfc(cleaned)
    unwrapped = _unwrap(normal)  # same length: needs no edits
    single, space_edits = _single_spaces(unwrapped)
    edits = tuple(edits for edits in (space_edits, nfc_edits, character_edits) if edits is not None)
    return Prepared(original=text, text=single, edits=edits)
