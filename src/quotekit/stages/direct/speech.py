"""Speech or title: whether marked words are a quotation at all.

Titles, names and scare quotes are no quotations („Gorch Fock“, die sogenannten „Experten“); said words
are. What counts: the mark stage's hint (`MarkedSpan.is_speech`), whether the words make a clause or a
lower-case fragment, and how sure the attribution is (`Strength`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CueKind, CueMatch
from quotekit.stages.direct.attribution import Attribution, Strength, closing_marks
from quotekit.stages.marks import MarkedSpan
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of
from quotekit.syntax.spans import tokens_between
from quotekit.syntax.verbs import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["is_quotation", "joined"]

# Two quotations joined by "und" or "oder" stand this close: „…“ und „…“.
_MAX_JOIN_CHARS = 12


def looks_like_speech(text: str, doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(a clause: a finite verb or a sentence-final mark, starts lower-case: a quoted fragment)."""
    content = text[start:end].strip()
    # A full stop alone may end an abbreviation ("Ener1 Group Inc."): it needs a few words with it.
    words = content.split()
    ended = content.endswith(("!", "?", "…")) or (
        content.endswith(".") and (len(words) >= 4 or (len(words) >= 2 and words[-1][:1].islower()))
    )
    tokens = tokens_between(doc, start, end)
    # A finite verb makes a clause; in two words it is more often a tagging error in a name.
    clause = ended or (len(content.split()) >= 3 and any(is_finite(t) for t in tokens))
    lower = content.lstrip("[(…. ")[:1].islower()
    return clause, lower


def joined(text: str, previous_end: int, open_start: int) -> bool:
    """Whether only a closing mark and "und", "oder" or a comma stand between two quotations."""
    between = text[previous_end:open_start].strip(closing_marks() + " \t").lower()
    return between in german().joining_words and open_start - previous_end < _MAX_JOIN_CHARS


def is_said(found: Attribution, *, is_speech: bool, clause: bool, lower: bool, single: bool) -> bool:
    """Titles, names and scare quotes are no quotations; said words are.

    Said: a speech cue attributes them, a colon or an inserted verb introduces a clause or a fragment,
    or they make a clause of their own; a fragment in lower case counts where a speaker stands by it;
    a single marked word counts where a naming verb governs it ("nannte den Bericht eine „Zeitungsente“").
    """
    if found.strength is Strength.NAMED:
        return is_speech or clause or lower or single
    if found.strength is Strength.GOVERNED:
        return is_speech or clause or lower
    if found.strength is Strength.CUED:
        return is_speech or clause
    if found.strength is Strength.INTRODUCED:
        return clause or (is_speech and lower)
    return is_speech and (clause or (lower and found.mention is not None))


def names_the_speaker(doc: Doc, cue: CueMatch | None, start: int, end: int) -> bool:
    """Whether the marked words lie inside the subject of their own speech verb: a name, not a quotation."""
    if cue is None or cue.kind is not CueKind.VERB:
        return False
    for child in doc[cue.head].children:
        if labels.is_subject(child):
            left, right = child.left_edge, child.right_edge
            if left.idx <= start and end <= right.idx + len(right.text):
                return True
    return False


def is_quotation(doc: Doc, group: Sequence[MarkedSpan], found: Attribution) -> bool:
    """Whether the marked words of `group` are a quotation under the attribution `found`.

    A quotation is said (a cue or a colon introduction), a clause of its own, or a fragment in lower case;
    one word counts where it is used as a predicate after "als" or an indefinite article under a naming
    verb ("nannte den Bericht eine „Zeitungsente“"). A gloss or a name in brackets is none, and neither are
    marked words inside the subject of their own speech verb.
    """
    text = text_of(doc)
    first, last = group[0], group[-1]
    is_speech = any(m.is_speech for m in group)
    clause, lower = looks_like_speech(text, doc, first.start, last.end)
    before_mark = text[: first.open_start].split()[-1:] or [""]
    single = (
        len(text[first.start : last.end].split()) == 1 and before_mark[0].lower() in german().predicate_words
    )
    if not is_said(found, is_speech=is_speech, clause=clause, lower=lower, single=single):
        return False
    if not clause and text[: first.open_start].rstrip().endswith(german().gloss_openers):
        return False  # („Hartz IV“), [auf Deutsch: „…“]: a gloss or a name in brackets, not speech
    # "Wie die „Aktion Deutschland hilft“ mitteilte": the marks name who speaks.
    return clause or not names_the_speaker(doc, found.cue, first.start, last.end)
