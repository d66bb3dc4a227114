"""Reported sentences whose source the paragraph names only after them: "Man werde um jeden Arbeitsplatz kämpfen.
Notfalls seien auch Warnstreiks denkbar. Das kündigte Dana Wirtz an." The pointer ("Das", "Dies") gives the last
sentence its speaker (`reported.verbs`); the Konjunktiv sentences right before it, with no cue of their own, are
the same statement, whoever spoke before the paragraph."""

from __future__ import annotations

from attrs import evolve

from quotekit.lang.de.words import german
from quotekit.records import QuoteRecord
from quotekit.syntax.spans import has_paragraph_break

__all__ = ["said_by_pointer_after"]


def said_by_pointer_after(text: str, records: list[QuoteRecord]) -> list[QuoteRecord]:
    """`records` (in text order) with each run of cue-less reported sentences right before a pointed-back one
    given that one's speaker and mention, in the same paragraph."""
    result = list(records)
    for k in range(len(result) - 1, 0, -1):
        closing = result[k]
        if not _pointed_back(text, closing) or closing.speaker is None:
            continue
        j = k - 1
        later = closing
        while j >= 0 and _goes_before(text, result[j], later):
            result[j] = evolve(
                result[j],
                mention=closing.mention,
                speaker=closing.speaker,
                is_organization=closing.is_organization,
                gender=closing.gender,
            )
            later = result[j]
            j -= 1
    return result


def _pointed_back(text: str, record: QuoteRecord) -> bool:
    """Whether a reported sentence's cue comes right after it in a sentence that a pointer opens ("…. Das
    kündigte X an", "…. Dies sagte X")."""
    cue = record.cue
    if record.kind == "direct" or cue is None or cue.start < record.end:
        return False
    words = text[record.end : cue.start].strip(" .\u00a0").split()
    return len(words) <= 1 and all(w.lower() in german().pointers for w in words)


def _goes_before(text: str, earlier: QuoteRecord, later: QuoteRecord) -> bool:
    """Whether `earlier` is a cue-less reported sentence right before `later`, in its paragraph: nothing but the
    end of a sentence between them."""
    if earlier.kind == "direct" or earlier.cue is not None or earlier.end > later.start:
        return False
    between = text[earlier.end : later.start]
    return not has_paragraph_break(between) and not between.strip(" .\u00a0")
