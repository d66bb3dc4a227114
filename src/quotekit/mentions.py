"""Local speaker mentions: the noun phrase that a cue names as the speaker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import labels
from .records import CueMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def token_range(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The tokens covering characters [start, end), or None when there are none."""
    return doc.char_span(start, end, alignment_mode="expand")


def mention_of(token: Token, outside: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The character span of the noun phrase headed by `token`, kept outside the quotation `outside`."""
    left, right = token.i, token.i
    for candidate in token.subtree:
        inside = any(start <= candidate.idx < end for start, end in outside)
        if inside or (candidate.is_punct and candidate.text not in {",", "-", "."}):
            continue
        if candidate.i < left and all(not _is_boundary(t) for t in token.doc[candidate.i : token.i]):
            left = candidate.i
        elif candidate.i > right and all(
            not _is_boundary(t) for t in token.doc[token.i + 1 : candidate.i + 1]
        ):
            right = candidate.i
    doc = token.doc
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _is_boundary(token: Token) -> bool:
    return token.is_space or "\n" in token.text or token.text in {"„", "“", "»", "«", '"', ":", ";"}


def speaker_of_cue(
    doc: Doc, cue: CueMatch, outside: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """The local speaker mention that a cue names: the verb's subject, the noun after "so"/"laut"."""
    head = doc[cue.head]
    if cue.kind in {"verb", "colon"}:
        for child in head.children:
            if labels.is_subject(child) and not any(s <= child.idx < e for s, e in outside):
                return mention_of(child, outside)
        # Passive or participle forms: the subject hangs on the auxiliary ("hat … gesagt").
        if head.head.i != head.i:
            for child in head.head.children:
                if labels.is_subject(child) and not any(s <= child.idx < e for s, e in outside):
                    return mention_of(child, outside)
        return None
    if cue.kind in {"so", "laut", "nach_angaben"}:
        for token in doc[cue.tokens[-1] + 1 : min(len(doc), cue.tokens[-1] + 8)]:
            if token.pos_ in {"PROPN", "NOUN", "PRON"}:
                return mention_of(token, outside)
        return None
    if cue.kind == "zufolge":
        for token in reversed(doc[max(0, cue.head - 8) : cue.head]):
            if token.pos_ in {"PROPN", "NOUN", "PRON"}:
                return mention_of(token, outside)
    return None
