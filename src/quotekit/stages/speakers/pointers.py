"""A cue that points back names no one itself: "Demnach …" reports what the source of the sentence before
said ("Das Bundeskartellamt hat seinen Bericht vorgelegt. Demnach kann …"). The quotation keeps the pointer
as its mention (the words of the text that attribute it); its speaker is that source, where it can speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.records import CharSpan, CueKind, QuoteRecord
from quotekit.syntax.positions import subject_of_previous_sentence
from quotekit.syntax.spans import previous_sentence, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["pointed_source"]


def pointed_source(doc: Doc, quote: QuoteRecord, mention: CharSpan) -> CharSpan | None:
    """The source a pointer mention ("Demnach") stands for: the speaking subject of the sentence before, in
    the same paragraph; None for any other mention or where that sentence has none."""
    cue = quote.cue
    if cue is None or cue.kind is not CueKind.DEMNACH or mention != (cue.start, cue.end):
        return None
    sent = sentence_of(doc[cue.head])
    before = previous_sentence(doc, sent)
    return None if before is None else subject_of_previous_sentence([before, sent], 1)
