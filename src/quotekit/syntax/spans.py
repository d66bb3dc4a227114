"""Stretches of a doc: characters and tokens, trimmed parts, and the sentence as quotekit reads it.

One notion of a sentence for the rules: `sentence_of(token)` is the parse's sentence (served by
`quotekit.syntax.docindex` while the components run) cut at paragraph breaks, because stop-gap parsers
run sentences across them; `sentences(doc)` lists them all. The direct-quotation stage also works on
characters (`paragraph_bounds`): its marks are found on characters before any parse is consulted.

Lookups that a stage makes per quotation, per cue or per token cost O(log n), not a scan of the doc:
`SpanSet` answers "is this offset inside one of these spans?" (`is_inside`), `in_text_order` gives the
items of a sorted sequence that start between two offsets, and `paragraph_bounds` bisects the doc's line
breaks, indexed once per run.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, TypeVar, overload

import regex
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE
from spacy.tokens import Span as SpacySpan

from quotekit.lang.de.words import german
from quotekit.records import CharSpan
from quotekit.syntax.docindex import (
    run_cache,
    sentence_range,
    sentence_ranges,
    text_at,
    text_of,
    token_column,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "PARAGRAPH_BREAKS",
    "SpanSet",
    "break_positions",
    "by_paragraph",
    "clause_prepositions",
    "doc_slice",
    "first_word",
    "has_paragraph_break",
    "in_clause_reported",
    "in_text_order",
    "is_inside",
    "last_token_between",
    "overlap",
    "paragraph_bounds",
    "paragraph_text_before",
    "previous_sentence",
    "runs",
    "sentence_bounds",
    "sentence_of",
    "sentences",
    "stripped",
    "text_before",
    "token_range",
    "tokens_between",
    "tokens_in",
    "trim",
    "word_count",
]

# The characters that end a paragraph for the direct-quotation stage.
PARAGRAPH_BREAKS = "\n\r\u2028\u2029"


def has_paragraph_break(chars: str) -> bool:
    """Whether `chars` (the text between two places) hold a paragraph break: the places are in different
    paragraphs."""
    return any(ch in chars for ch in PARAGRAPH_BREAKS)


# What makes a paragraph (here: a line) more than white space.
_NON_SPACE = regex.compile(r"\S")
_BREAKS_KEY = "spans.paragraph_breaks"
_LINE_BREAKS_KEY = "spans.line_break_tokens"
_SENTENCES_KEY = "spans.sentences"
_WORDS_BEFORE_KEY = "spans.words_before"

_T = TypeVar("_T")


class SpanSet(Sequence[CharSpan]):
    """Character spans, which may overlap, nest or repeat, sorted by start: a sequence of them that
    also says in O(log n) whether an offset lies inside one (`covers`). Build it once per doc where a
    rule asks that per token, per cue or per quotation (`is_inside` takes it like any sequence)."""

    __slots__ = ("_reach", "_spans", "_starts")

    def __init__(self, spans: Iterable[CharSpan] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        # the furthest end of the spans up to each one: a span that starts earlier may reach further
        self._reach = list(accumulate((end for _, end in self._spans), max))

    def covers(self, offset: int) -> bool:
        """Whether `offset` lies in [start, end) of one of the spans."""
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and self._reach[k] > offset

    def meets(self, start: int, end: int) -> bool:
        """Whether one of the spans shares a character with [start, end)."""
        k = bisect_left(self._starts, end) - 1  # the spans that start before `end`
        return k >= 0 and self._reach[k] > start

    @overload
    def __getitem__(self, index: int) -> CharSpan: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[CharSpan]: ...

    def __getitem__(self, index: int | slice) -> CharSpan | Sequence[CharSpan]:
        return self._spans[index]

    def __len__(self) -> int:
        return len(self._spans)

    def __repr__(self) -> str:
        return f"SpanSet({self._spans!r})"


# How far back `text_before` looks: far more than the last word and the marks and spaces after it.
_LOOKBACK_CHARS = 200


def text_before(text: str, end: int) -> str:
    """The characters just before offset `end` (at most `_LOOKBACK_CHARS`), for a rule that asks
    what the text before a quotation ends with: a copy of the text up to `end` would cost as much
    as the text per quotation."""
    return text[max(0, end - _LOOKBACK_CHARS) : end]


def paragraph_text_before(text: str, end: int, width: int) -> str:
    """The at most `width` characters before offset `end` that stand in the same paragraph."""
    before = text[max(0, end - width) : end]
    breaks = [before.rfind(ch) for ch in PARAGRAPH_BREAKS]
    return before[max(breaks) + 1 :]


def first_word(words: Iterable[Token]) -> Token | None:
    """The first token of `words` that is no punctuation or space (a sentence's or a clause's first word)."""
    return next((t for t in words if not (t.is_punct or t.is_space)), None)


def in_text_order(items: Sequence[_T], start: int, end: int, offset: Callable[[_T], int]) -> Sequence[_T]:
    """The items whose `offset` lies in [start, end), for `items` sorted by `offset` (as cues and
    quotation records are): two bisections, not a scan of all items."""
    first = bisect_left(items, start, key=offset)
    return items[first : bisect_left(items, end, lo=first, key=offset)]


def token_range(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The tokens covering characters [start, end), or None when there are none."""
    return doc.char_span(start, end, alignment_mode="expand")


def is_inside(token: Token, outside: Sequence[CharSpan]) -> bool:
    """Whether `token` starts inside one of the character spans `outside` (in O(log n) when `outside`
    is a `SpanSet`, else by a scan of the spans)."""
    offset = token.idx  # (read once: a scan would read it per span)
    if isinstance(outside, SpanSet):
        return outside.covers(offset)
    for start, end in outside:  # noqa: SIM110 (a loop: any() would make a generator per token)
        if start <= offset < end:
            return True
    return False


def doc_slice(doc: Doc, start: int, end: int) -> SpacySpan:
    """``doc[start:end]``, made without spaCy's slice normalisation (Python code that costs several times
    the `Span`): negative bounds count from the end, bounds are clipped to the doc, and an end before the
    start gives an empty span at the start, as the slice does."""
    length = len(doc)
    if start < 0:
        start += length
    start = 0 if start < 0 else length if start > length else start
    if end < 0:
        end += length
    end = start if end < start else length if end > length else end
    return SpacySpan(doc, start, end)


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """``list(doc[start:end])`` without the `Span`: a short run of tokens costs less this way (a slice makes a
    `Span`, which costs as much as a dozen tokens)."""
    length = len(doc)
    if start < 0:
        start = max(0, start + length)
    if end < 0:
        end += length
    # (a start past the end gives no tokens, as the slice does: the range is empty)
    return [doc[i] for i in range(start, end if end < length else length)]


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens wholly inside characters [start, end), white space left out."""
    span = token_range(doc, start, end) if end > start else None
    if span is None:
        return []
    # (offsets, texts and white space from the run's columns: a `Token` only for each token kept)
    offsets, texts, spaces = token_column(doc, IDX), token_texts(doc), token_column(doc, IS_SPACE)
    return [
        doc[i]
        for i in range(span.start, span.end)
        if start <= offsets[i] and offsets[i] + len(texts[i]) <= end and not spaces[i]
    ]


def last_token_between(doc: Doc, start: int, end: int) -> Token | None:
    """The last of `tokens_between` (None where there is none), found from the end: no list of the
    tokens before it is made."""
    span = token_range(doc, start, end) if end > start else None
    if span is None:
        return None
    offsets, texts, spaces = token_column(doc, IDX), token_texts(doc), token_column(doc, IS_SPACE)
    first, last = span.start, span.end
    return next(
        (
            doc[i]
            for i in range(last - 1, first - 1, -1)
            if start <= offsets[i] and offsets[i] + len(texts[i]) <= end and not spaces[i]
        ),
        None,
    )


def paragraph_bounds(doc: Doc, start: int, end: int) -> CharSpan:
    """The paragraph around characters [start, end) of the doc's text: from after the last break
    before `start` to the next break at or after `end` (the breaks are indexed once per run)."""
    cache = run_cache(doc)
    breaks: list[int] | None = cache.get(_BREAKS_KEY)
    if breaks is None:
        breaks = cache[_BREAKS_KEY] = break_positions(text_of(doc))
    before = bisect_left(breaks, start)
    after = bisect_left(breaks, end)
    left = breaks[before - 1] + 1 if before > 0 else 0
    return left, breaks[after] if after < len(breaks) else len(text_of(doc))


def _line_breaks(doc: Doc) -> list[int]:
    """The tokens whose text holds a line break, in order (indexed once per run: `sentence_of` bisects them
    for every token it is asked about)."""
    cache = run_cache(doc)
    breaks: list[int] | None = cache.get(_LINE_BREAKS_KEY)
    if breaks is None:
        breaks = cache[_LINE_BREAKS_KEY] = [i for i, text in enumerate(token_texts(doc)) if "\n" in text]
    return breaks


def in_clause_reported(token: Token, verb: Token) -> bool:
    """Whether a word stands in the clause an impersonal verb reports, apart from the verb by a comma or colon
    ("Darin heißt es, der Standort sei aus naturschutzfachlicher Sicht …"). The sentence's opening phrase may
    stand beyond a comma and still be the verb's ("In der Resolution, die … angenommen wurde, heißt es")."""
    if token.i == sentence_of(token).start:
        return False
    first, last = (token.i, verb.i) if token.i < verb.i else (verb.i, token.i)
    # (the words' texts from the run's list: no `Token` for each word between)
    return not _COMMA_OR_COLON.isdisjoint(token_texts(token.doc)[first + 1 : last])


_COMMA_OR_COLON = frozenset({",", ":"})


def clause_prepositions(
    verb: Token, start: int, end: int, words: frozenset[str], outside: Sequence[CharSpan]
) -> Iterator[Token]:
    """The prepositions among `words` in tokens [start, end) that belong to the clause of `verb` (not to the clause
    an impersonal verb reports, `in_clause_reported`), outside the quotations `outside`: "Im Ministerium betont
    man", "heißt es in einem Bericht"."""
    for token in verb.doc[start:end]:
        if (
            token_pos(token) == "ADP"
            and token_lower(token) in words
            and not is_inside(token, outside)
            and not in_clause_reported(token, verb)
        ):
            yield token


def sentence_of(token: Token) -> SpacySpan:
    """The token's sentence, cut at paragraph breaks (stop-gap parsers run sentences across them)."""
    start, end = sentence_range(token)
    breaks = _line_breaks(token.doc)
    after = bisect_left(breaks, token.i)  # the first break at or after the token
    if after < len(breaks) and breaks[after] < end:
        end = breaks[after]
    if after > 0 and breaks[after - 1] >= start:
        start = breaks[after - 1] + 1
    return SpacySpan(token.doc, start, end)  # (``doc[start:end]`` without spaCy's slice normalisation)


def sentences(doc: Doc) -> list[SpacySpan]:
    """The doc's sentences, split at paragraph breaks."""
    # (``doc[start:end]`` without spaCy's slice normalisation: the bounds are the doc's own, in order)
    return [SpacySpan(doc, start, end) for start, end in sentence_bounds(doc)]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The token bounds [start, end) of `sentences` (found once per run; the run cache keeps no `Span`,
    which would keep the doc alive)."""
    cache = run_cache(doc)
    bounds: list[tuple[int, int]] | None = cache.get(_SENTENCES_KEY)
    if bounds is None:
        bounds = cache[_SENTENCES_KEY] = _sentence_bounds(doc)
    return list(bounds)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    # Line breaks are white-space tokens, and a sentence of white space alone is none: both read from the
    # IS_SPACE array, not token by token.
    is_space = token_column(doc, IS_SPACE)
    breaks = [i for i in _line_breaks(doc) if is_space[i]]
    spaces_before = [0, *accumulate(is_space)]  # the number of white-space tokens before each token
    result: list[tuple[int, int]] = []
    for sent_start, sent_end in sentence_ranges(doc):
        start = sent_start
        for i in breaks[bisect_left(breaks, sent_start) : bisect_left(breaks, sent_end)]:
            if i > start:
                result.append((start, i))
            start = i + 1
        if start < sent_end:
            result.append((start, sent_end))
    return [(start, end) for start, end in result if spaces_before[end] - spaces_before[start] < end - start]


def previous_sentence(doc: Doc, sent: SpacySpan) -> SpacySpan | None:
    """The sentence before `sent` in the same paragraph."""
    if sent.start == 0 or "\n" in text_at(doc, sent.start - 1):
        return None
    return sentence_of(doc[sent.start - 1])


def last_sentence_before(doc: Doc, start: int) -> SpacySpan | None:
    """The sentence that ends before token `start`, across the paragraph break between them, or None."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or not text_at(doc, i).strip()):
        i -= 1
    return None if i < 0 else sentence_of(doc[i])


def word_count(doc: Doc, start: int, end: int) -> int:
    """How many words (no punctuation, no space) the tokens over characters [start, end) hold."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    words_before = _words_before(doc)
    return words_before[span.end] - words_before[span.start]


def _words_before(doc: Doc) -> list[int]:
    """How many words (no punctuation, no space) stand before each token, and before the doc's end: counted
    once per run from the doc's arrays (`word_count` asks it of every reported part; a `Token` per word
    costs more)."""
    cache = run_cache(doc)
    counts: list[int] | None = cache.get(_WORDS_BEFORE_KEY)
    if counts is None:
        puncts = token_column(doc, IS_PUNCT)
        # (from the run's flag columns, which other rules read too)
        words = [
            0 if punct or space else 1
            for punct, space in zip(puncts, token_column(doc, IS_SPACE), strict=True)
        ]
        counts = cache[_WORDS_BEFORE_KEY] = [0, *accumulate(words)]
    return counts


def trim(doc: Doc, left: int, right: int) -> CharSpan | None:
    """Characters of tokens [left, right], without edge punctuation and spaces (quotation marks stay)."""
    marks = german().clause_marks
    # (each edge token made once per step, not once per test)
    while left <= right and _trimmed(doc[left], marks):
        left += 1
    while right >= left and _trimmed(doc[right], marks):
        right -= 1
    if left > right:
        return None
    last = doc[right]
    return doc[left].idx, last.idx + len(token_text(last))


def _trimmed(token: Token, marks: frozenset[str]) -> bool:
    return (token.is_punct or token.is_space) and token_text(token) not in marks


def by_paragraph(text: str, parts: Sequence[CharSpan]) -> list[list[CharSpan]]:
    """The parts, in order, grouped into runs that no paragraph break separates ("Ja. „…“ Nein." around a
    quotation inside one paragraph stays one group)."""
    groups: list[list[CharSpan]] = []
    for part in parts:
        if groups and not has_paragraph_break(text[groups[-1][-1][1] : part[0]]):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups


def paragraph_spans(text: str) -> list[CharSpan]:
    """The character spans of the lines of `text` that hold more than white space, in text order (white space
    at their ends included)."""
    spans: list[CharSpan] = []
    start = 0
    for end in [*break_positions(text), len(text)]:
        if _NON_SPACE.search(text, start, end) is not None:
            spans.append((start, end))
        start = end + 1
    return spans


def break_positions(text: str) -> list[int]:
    """The offsets of the paragraph breaks in `text`, in order (found by `str.find`, one break character after
    the other: a regular expression's character class costs several times more on a whole text)."""
    found: list[int] = []
    for mark in PARAGRAPH_BREAKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def stripped(text: str, start: int, end: int) -> CharSpan:
    """Characters [start, end) of `text` without the white space at either end (empty where all is space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def runs(doc: Doc, indices: Sequence[int]) -> list[CharSpan]:
    """Contiguous runs of token indices as trimmed character parts."""
    parts: list[CharSpan] = []
    ordered = sorted(indices)
    run: list[int] = []
    for i in ordered:
        if run and i != run[-1] + 1:
            part = trim(doc, run[0], run[-1])
            if part is not None:
                parts.append(part)
            run = []
        run.append(i)
    if run:
        part = trim(doc, run[0], run[-1])
        if part is not None:
            parts.append(part)
    return [p for p in parts if word_count(doc, *p) > 0]


def overlap(part: CharSpan, others: Sequence[CharSpan]) -> int:
    """How many characters of `part` lie in `others`."""
    return sum(max(0, min(part[1], e) - max(part[0], s)) for s, e in others)
