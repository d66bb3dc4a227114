"""Quotation marks in raw text: pairs, nesting, paragraphs, apostrophes, titles and scare quotes.

The first pipeline stage. It works on characters, so it does not depend on tokenisation. One regex scan finds the
candidate characters (quotation marks, and line breaks while a quotation is open); one linear pass pairs them on a
stack. The stack never holds two entries of the same style (a second opening mark of a style that is still open
closes the first one, which lacked its closing mark), so its depth is bounded by the number of styles and the pass
stays linear on any input, however many unmatched marks it holds.

A line break inside an open quotation (a hard-wrapped line, or a paragraph the quotation runs over without a new
opening mark) ends it only when the next mark that counts would not close it: the look-ahead finds that mark once
and remembers it until the pass reaches it, so it adds no second pass over the text.

The mark styles and word lists come from `quotekit.lang.de` (data files ``marks_*``, ``title_*``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import attrs
import regex

from quotekit.errors import Errors
from quotekit.lang.de.lemmas import title_trigger_forms
from quotekit.lang.de.words import german

if TYPE_CHECKING:
    from quotekit.records import CueMatch

__all__ = ["MarkedSpan", "find_marked_spans", "on_teaser_line", "outside_titles"]

# A title after a trigger word may be longer than a bare name: der Film „Das Leben der Anderen“.
_MAX_TITLE_WORDS = 6
# Right after its trigger word a title may be as long as a sentence: die Ausstellung »Was das Eis uns über die
# Zukunft erzählt« (but what a slogan or a chant says soon is words someone said: "die Parole „…“").
_MAX_ANNOUNCED_TITLE_WORDS = 12
# Longer content without a trigger word is taken for speech even when it looks like a name.
_MAX_NAME_WORDS = 4
# Characters before an opening mark searched for a trigger word.
_TRIGGER_WINDOW = 40
# Characters after a closing mark searched for a colon or an inserted attribution („Nein“, sagte er).
_AFTER_WINDOW = 40
# A quotation open at a line break runs on when its closing mark is the next mark that counts, at most this
# many characters after the break (a hard-wrapped line, or a paragraph or two without a new opening mark).
_RUN_ON_WINDOW = 1500

# Line and paragraph separators, those that str.splitlines knows.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# What may stand right before an opening mark besides white space (and other marks).
_OPEN_LEFT = "([{<–—-/"
# What may stand right after a closing mark besides white space (and other marks).
_CLOSE_RIGHT = ".,;:!?)]}>…–—-/*"

# (not the full stop of an abbreviation of single letters, "e.V.", "z.B.", nor one inside a number, "3.5")
_SENTENCE_FINAL = regex.compile(r"[!?…]|(?<!\b\p{L})\.(?![\p{L}\d])")
_WORD = regex.compile(r"\w[\w'’.\-]*")
_LETTERS = regex.compile(r"[^\W\d_]+")
# The mark stands in mid-sentence: a word, a comma or a closing bracket before it on the same line.
_MID_SENTENCE = regex.compile(r"[\w,;)\]%&/][^\S" + _BREAKS + r"]*\Z")
_COLON_AFTER = regex.compile(r"[^\S" + _BREAKS + r"]*:")
_WORD_AFTER_COMMA = regex.compile(r"[^\S" + _BREAKS + r"]*,\s*(\w+)")
# „Bild“-Zeitung, „Spiegel“-Interview: the marked words are the first part of a compound.
_COMPOUND_AFTER = regex.compile(r"-\w")


# What a mark does to the pairing stack (`_Pairer._decide`).
_SKIP = "skip"  # nothing: an apostrophe, a closing mark with nothing to close
_DOUBLED = "doubled"  # „„: the open quotation starts at the second mark
_OPEN = "open"
_CLOSE = "close"


@attrs.frozen
class MarkedSpan:
    """A stretch of text between quotation marks; offsets are character offsets into the scanned text."""

    start: int  # offset of the first character inside the marks
    end: int  # offset after the last character inside, so text[start:end] is the content
    open_start: int  # offset of the opening mark; == start when there is no opening mark
    close_end: int  # offset after the closing mark; == end when unclosed
    open_mark: str  # e.g. "„"
    close_mark: str  # e.g. "“", or "" when the quotation was not closed (paragraph continuation, unbalanced)
    is_speech: bool  # False for titles, names and scare quotes: der Film „Babylon Berlin“
    continues: bool  # one paragraph of a multi-paragraph quotation, continued by the next MarkedSpan


@attrs.frozen
class _Lexicon:
    """Mark styles and word lists from the data files, with the patterns built from them."""

    openers: frozenset[str]  # opening marks; each names its style
    closers: dict[str, frozenset[str]]  # closing mark -> the styles it closes
    symmetric: frozenset[str]  # styles whose one character opens and closes ("…")
    strict: frozenset[str]  # styles that count only when closed within their paragraph
    apostrophes: frozenset[str]  # mark characters that are also apostrophes
    elisions: frozenset[str]  # clipped words after a leading apostrophe: 'n, 's
    inserted_cues: frozenset[str]  # speech-verb forms after „…“, : sagte, meinte
    name_particles: frozenset[str]  # lower-case words allowed inside a name: der, von, of
    marks_only: regex.Pattern[str]
    marks_and_breaks: regex.Pattern[str]
    trigger_words: frozenset[str]  # inflected trigger words, lower case: film, filme, sogenannten, sog.
    trigger_endings: frozenset[str]  # inflected words that may also end a compound: schiff, zeitungen
    utterances: frozenset[str]  # trigger words for said words, not titles: parole, worten
    teasers: tuple[str, ...]  # what opens a line that links another article: lesen sie auch


@cache
def _lexicon() -> _Lexicon:
    de = german()
    closers: dict[str, set[str]] = {}
    for style in de.mark_styles:
        for mark in style.closing:
            closers.setdefault(mark, set()).add(style.opening)
    whole, endings = title_trigger_forms(de.title_triggers)
    chars = "".join(regex.escape(mark) for mark in sorted(de.opening_marks | closers.keys()))
    return _Lexicon(
        openers=de.opening_marks,
        closers={mark: frozenset(styles) for mark, styles in closers.items()},
        symmetric=frozenset(style.opening for style in de.mark_styles if style.symmetric),
        strict=frozenset(style.opening for style in de.mark_styles if style.strict),
        apostrophes=de.apostrophes,
        elisions=de.elisions,
        inserted_cues=de.inserted_cues,
        name_particles=de.title_name_particles,
        marks_only=regex.compile(f"[{chars}]"),
        marks_and_breaks=regex.compile(f"[{chars}]|[{_BREAKS}]\\s*"),
        trigger_words=whole,
        trigger_endings=endings,
        utterances=de.title_utterances,
        teasers=de.teasers,
    )


@attrs.define
class _Raw:
    """A span while pairing; ``continue_at`` is where the next paragraph's opening mark must stand."""

    open_start: int
    start: int
    end: int
    close_end: int
    open_mark: str
    close_mark: str
    continues: bool = False
    continue_at: int = -1


@attrs.define
class _Open:
    """An opening mark on the stack; a strict one collects the spans closed inside it until it is settled."""

    style: str
    pos: int
    strict: bool
    children: list[_Raw] = attrs.field(factory=list)


class _Pairer:
    """One linear pass over the candidate characters of one text."""

    def __init__(self, text: str, lexicon: _Lexicon) -> None:
        self.text = text
        self.lex = lexicon
        self.stack: list[_Open] = []
        self.open_count = dict.fromkeys(lexicon.openers, 0)
        self.out: list[_Raw] = []
        # The next mark that counts after the last look-ahead: (its position, whether it closes), or None.
        self.ahead: tuple[int, bool] | None = None

    def run(self) -> list[_Raw]:
        text, lex = self.text, self.lex
        pos = 0
        while True:
            # Line breaks matter only while a quotation is open; skipping them otherwise saves most of the work.
            match = (lex.marks_and_breaks if self.stack else lex.marks_only).search(text, pos)
            if match is None:
                break
            i, pos = match.span()
            char = text[i]
            if char in _BREAKS:
                if not self._runs_on(pos):
                    self._end_paragraph(i, pos)
            else:
                self._mark(i, char)
        self._end_paragraph(len(text), len(text))
        self.out.sort(key=lambda raw: raw.open_start)
        return self.out

    def _runs_on(self, pos: int) -> bool:
        """Whether the quotation open at a line break before `pos` goes on: the next mark that counts closes
        it (the outermost one, so that no quotation crosses the break unclosed)."""
        if self.ahead is None or self.ahead[0] < pos:
            # The stack is the same until the pass reaches that mark (marks before it do not count), so one
            # look-ahead serves every line break up to it.
            self.ahead = (len(self.text), False)
            for match in self.lex.marks_only.finditer(self.text, pos):
                action, index = self._decide(match.start(), match.group())
                if action != _SKIP:
                    self.ahead = (match.start(), action == _CLOSE and index == 0)
                    break
        at, closes = self.ahead
        return closes and at - pos <= _RUN_ON_WINDOW

    def _mark(self, i: int, char: str) -> None:
        action, index = self._decide(i, char)
        if action == _DOUBLED:
            self.stack[-1].pos = i  # a doubled opening mark („„): the quotation opens at the second one
        elif action == _OPEN:
            self._open(i, char)
        elif action == _CLOSE:
            self._close(index, i, char)

    def _decide(self, i: int, char: str) -> tuple[str, int]:
        """What the mark at `i` does with the stack as it is: skip, doubled, open, or close (with the index)."""
        text, lex = self.text, self.lex
        left = text[i - 1] if i > 0 else "\n"
        right = text[i + 1] if i + 1 < len(text) else "\n"
        apostrophe = char in lex.apostrophes
        if apostrophe and left.isalpha() and right.isalpha():
            return _SKIP, -1  # geht's, Ku'damm, Merkel’sche
        left_open = left.isspace() or left in _OPEN_LEFT or left in lex.closers or left in lex.openers
        right_close = right.isspace() or right in _CLOSE_RIGHT or right in lex.closers or right in lex.openers
        looks_open = left_open and not right.isspace()
        looks_close = not left.isspace() and right_close
        if apostrophe and looks_open and self._clipped_word_follows(i + 1):
            looks_open = False  # 'n Bier, rock 'n' roll, '68er
        top = self.stack[-1] if self.stack else None
        if top is not None and top.style == char and top.pos == i - 1 and char not in lex.symmetric:
            return _DOUBLED, -1
        closing = self._closable(char)
        if char in lex.symmetric:
            if closing >= 0:
                if looks_open and not looks_close:
                    return _OPEN, -1  # "a "b: the first one was never closed
                return _CLOSE, closing
            if looks_open if apostrophe else not (right.isspace() or right in _CLOSE_RIGHT):
                return _OPEN, -1
        elif closing >= 0:
            if char in lex.openers and looks_open and not looks_close:
                return _OPEN, -1  # “ after a space inside „…“ opens an English-style inner quotation
            if not (apostrophe and left.isspace()):
                return _CLOSE, closing
        elif char in lex.openers and (looks_open or not (apostrophe or char in lex.closers)):
            # An unambiguous opening mark („ ‚) opens anywhere; one that also closes needs an opening context.
            return _OPEN, -1
        return _SKIP, -1

    def _clipped_word_follows(self, pos: int) -> bool:
        if pos < len(self.text) and self.text[pos].isdigit():
            return True  # '68er, '90
        word = _LETTERS.match(self.text, pos)
        return word is not None and word.group().lower() in self.lex.elisions

    def _closable(self, char: str) -> int:
        """Index of the innermost open entry that ``char`` closes, or -1."""
        styles = self.lex.closers.get(char)
        if not styles or not any(self.open_count[style] for style in styles):
            return -1
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].style in styles:
                return index
        return -1

    def _open(self, i: int, style: str) -> None:
        if self.open_count[style]:
            # The same style is still open: it lacked its closing mark and ends here.
            index = next(k for k in range(len(self.stack) - 1, -1, -1) if self.stack[k].style == style)
            self._unwind(index, i)
        self.stack.append(_Open(style, i, style in self.lex.strict))
        self.open_count[style] += 1

    def _close(self, index: int, i: int, char: str) -> None:
        self._unwind(index + 1, i)  # quotations opened inside and never closed
        entry = self.stack.pop()
        self.open_count[entry.style] -= 1
        target = self._target()
        if target is not None:
            target.append(_Raw(entry.pos, entry.pos + 1, i, i + 1, entry.style, char))

    def _end_paragraph(self, i: int, next_start: int) -> None:
        if not self.stack:
            return
        following = self.text[next_start] if next_start < len(self.text) else ""
        self._unwind(0, i, continue_style=following, continue_at=next_start)

    def _unwind(self, depth: int, i: int, *, continue_style: str = "", continue_at: int = -1) -> None:
        """Pop the stack down to ``depth``; the popped entries were not closed and end at ``i``."""
        while len(self.stack) > depth:
            entry = self.stack.pop()
            self.open_count[entry.style] -= 1
            target = self._target()
            if target is None:
                continue  # nested inside a quotation: only outermost spans are reported
            if entry.strict:
                # Never closed, so it was an apostrophe: what it enclosed moves out one level.
                target.extend(entry.children)
                continue
            start = entry.pos + 1
            end = i
            while end > start and self.text[end - 1].isspace():
                end -= 1
            continues = entry.style == continue_style
            target.append(
                _Raw(entry.pos, start, end, end, entry.style, "", continues, continue_at if continues else -1)
            )

    def _target(self) -> list[_Raw] | None:
        """Where a span closed at the current depth goes: the output, a strict entry's children, or nowhere."""
        if not self.stack:
            return self.out
        top = self.stack[-1]
        return top.children if top.strict else None


def _title_limit(before: str, lex: _Lexicon) -> int:
    """How many words a title after the trigger word that ends ``before`` may have: fewer after one for words
    someone said, chanted or wrote ("die Parole", "mit den Worten")."""
    words = before.lower().split()
    return _MAX_TITLE_WORDS if words and words[-1] in lex.utterances else _MAX_ANNOUNCED_TITLE_WORDS


def _follows_trigger(before: str, lex: _Lexicon) -> bool:
    """Whether ``before`` ends in a trigger word: der Film, das Segelschulschiff, die so genannten."""
    words = before.lower().split()
    if not words:
        return False
    last = words[-1]
    if last in lex.trigger_words or (len(words) > 1 and f"{words[-2]} {last}" in lex.trigger_words):
        return True
    # ("die Warn-App „Stadtalarm“": a hyphen joins a compound whose last part is a trigger word)
    if "-" in last and last.rsplit("-", 1)[1] in lex.trigger_words:
        return True
    return any(last[k:] in lex.trigger_endings for k in range(len(last)))


def _doubled(raw: _Raw, before: str, after: str, lex: _Lexicon) -> bool:
    """Whether the pair is written with doubled apostrophes on both sides: ''…''."""
    return (
        raw.open_mark in lex.apostrophes
        and before.endswith(raw.open_mark)
        and bool(raw.close_mark)
        and after.startswith(raw.close_mark)
    )


def on_teaser_line(text: str, open_start: int) -> bool:
    """Whether an opening mark at `open_start` stands on a line that links another article ("Lesen Sie auch:
    „Wenn Kirchen zu Tresoren werden“"): the words in the marks are that article's title."""
    line_start = text.rfind("\n", 0, open_start) + 1
    return text[line_start:open_start].lstrip().lower().startswith(_lexicon().teasers)


def on_a_sign(text: str, open_start: int) -> bool:
    """Whether an opening mark at `open_start` gives what a sign says ("Auf den Plakaten stand „…“", "An der Tür
    hängt ein Zettel: „…“", "ein Schild mit der Aufschrift „…“"): a sign's noun in its sentence before the marks,
    with "stand"/"steht" beside it, a colon right before the marks, or the noun right before them; not words
    quoted as a writing ("Auf dem Zettel stand geschrieben: „…“")."""
    de = german()
    words = _SIGN_WORDS.findall(text[max(0, open_start - _SIGN_REACH) : open_start].lower())
    ends = [k for k, word in enumerate(words) if word in _SENTENCE_ENDS]
    words = words[ends[-1] + 1 :] if ends else words
    if any(word in de.written_words for word in words):
        return False  # ("Auf dem Zettel stand geschrieben: „…“": the words are quoted as a writing)
    for k, word in enumerate(words):
        if word in de.sign_nouns:
            rest = words[k + 1 :]
            return not rest or rest[-1] == ":" or any(w in de.sign_verbs for w in words)
    return False


# How far back from the marks a sign's noun may stand (characters), the words and stops read there.
_SIGN_REACH = 90
_SIGN_WORDS = regex.compile(r"[\w-]+|[:.!?]")
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _is_speech(text: str, raw: _Raw, lex: _Lexicon) -> bool:
    if on_teaser_line(text, raw.open_start):
        return False  # an article's title: "Lesen Sie auch: „Wenn Kirchen zu Tresoren werden“"
    content = text[raw.start : raw.end]
    before = text[max(0, raw.open_start - _TRIGGER_WINDOW) : raw.open_start]
    after = text[raw.close_end : raw.close_end + _AFTER_WINDOW]
    if _doubled(raw, before, after, lex):
        # Wiki markup for italics (''sine glossa'', ''Le Monde''): foreign words, names and titles, which
        # are speech only where a colon or an inserted verb of saying frames them.
        before, after = before[:-1], after[1:]
        cue = _WORD_AFTER_COMMA.match(after)
        return bool(_COLON_AFTER.match(after) or not _MID_SENTENCE.search(before)) or (
            cue is not None and cue.group(1).lower() in lex.inserted_cues
        )
    words = _WORD.findall(content)
    # der Film „Babylon Berlin“, die sogenannten „Experten“, mit dem Slogan »Leoben. Für alle.«, die Petition
    # „Bücher bleiben!“: a title may be a sentence of its own, and a longer one than a bare name
    if words and len(words) <= _title_limit(before, lex) and _follows_trigger(before, lex):
        return False
    if _SENTENCE_FINAL.search(content):
        return True
    if not words:
        return False  # „…“, „?!“: no words to say
    if len(words) > _MAX_TITLE_WORDS:
        return True
    if raw.close_mark and _COMPOUND_AFTER.match(after):
        return False  # „Bild“-Zeitung
    if len(words) > _MAX_NAME_WORDS or not _MID_SENTENCE.search(before) or _COLON_AFTER.match(after):
        return True
    cue = _WORD_AFTER_COMMA.match(after)
    if cue is not None and cue.group(1).lower() in lex.inserted_cues:
        return True  # er habe „keine Zeit“, sagte er
    # In mid-sentence a single word is a scare quote, and a phrase of capitalised words a name (a prefix
    # before a hyphen may be lower-case: „al-Abdullah bin Dahha“; so may an abbreviation: „… Deutschland e.V.“).
    return len(words) > 1 and not all(
        word[0].isupper()
        or word[0].isdigit()
        or word.lower() in lex.name_particles
        or "." in word.rstrip(".")
        or word.rsplit("-", 1)[-1][:1].isupper()
        for word in words
    )


def outside_titles(cues: Sequence[CueMatch], marks: Sequence[MarkedSpan]) -> list[CueMatch]:
    """The cues that stand in no title or name in marks (`MarkedSpan.is_speech` False): "erzählt" in "die
    Ausstellung »Was das Eis uns über die Zukunft erzählt«" reports nothing of the sentence around it."""
    titles = sorted((m.start, m.end) for m in marks if not m.is_speech)
    starts = [start for start, _ in titles]
    kept = []
    for cue in cues:
        k = bisect_right(starts, cue.start) - 1
        if k < 0 or cue.end > titles[k][1]:
            kept.append(cue)
    return kept


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Outermost quotation spans in text order (nested quotes stay inside their outer span and are not reported).

    Pairs „…“ ‚…‘ »…« ›…‹ «…» ‹…› "…" '…' “…” ‘…’ (and „…”); tells apostrophes from single marks; closes an
    unclosed quotation at its paragraph's end at the latest, marking it ``continues`` when the next paragraph
    opens again with the same style; ignores unmatched closing marks. ``is_speech`` is a hint: False for titles,
    names and scare quotes.
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type_name=type(text).__name__))
    lex = _lexicon()
    kept: list[_Raw] = []
    for raw in _Pairer(text, lex).run():
        if kept and kept[-1].continues and kept[-1].continue_at != raw.open_start:
            kept[-1].continues = False  # the next paragraph's mark did not open a quotation after all
        if text[raw.start : raw.end].isspace() or raw.start == raw.end:
            if kept and kept[-1].continues:
                # An empty part inside a multi-paragraph quotation: the chain goes on past it.
                kept[-1].continues = raw.continues
                kept[-1].continue_at = raw.continue_at
            continue
        kept.append(raw)
    if kept and kept[-1].continues:
        kept[-1].continues = False
    spans = []
    continued = False
    for raw in kept:
        is_speech = continued or raw.continues or _is_speech(text, raw, lex)
        spans.append(
            MarkedSpan(
                start=raw.start,
                end=raw.end,
                open_start=raw.open_start,
                close_end=raw.close_end,
                open_mark=raw.open_mark,
                close_mark=raw.close_mark,
                is_speech=is_speech,
                continues=raw.continues,
            )
        )
        continued = raw.continues
    return spans
