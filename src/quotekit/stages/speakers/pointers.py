"""A cue that points elsewhere names no one itself: "Demnach …" reports what the source of the sentence before
said ("Das Bundeskartellamt hat seinen Bericht vorgelegt. Demnach kann …"), "nach eigenen Angaben" is the
subject of its clause's word, and a relative pronoun ("dem Gutachter, der erklärt hatte, …") its antecedent, also
one the text never names. The quotation keeps the pointer as its mention (the words of the text that attribute
it); its speaker is that source, where it can speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.records import CharSpan, CueKind, QuoteRecord
from quotekit.syntax.mentions import names_own_source, relative_antecedent, subject_of_own_source
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.positions import source_of_sentence_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["pointed_source"]

# Frames whose source may be "eigenen Angaben", "eigener Aussage", "eigenem Bekunden" ("gemäss eigenen Angaben",
# "laut eigenen Angaben" too).
_OWN_SOURCE_KINDS = frozenset({CueKind.NACH_ANGABEN, CueKind.ZUFOLGE, CueKind.LAUT})


def pointed_source(doc: Doc, quote: QuoteRecord, mention: CharSpan) -> CharSpan | None:
    """The source a pointer mention ("Demnach") stands for: the speaking subject of the sentence before, in
    the same paragraph; None for any other mention or where that sentence has none."""
    cue = quote.cue
    if cue is not None and cue.kind in _OWN_SOURCE_KINDS and names_own_source(doc, mention):
        return subject_of_own_source(doc, cue)
    if cue is None or cue.kind is not CueKind.DEMNACH or mention != (cue.start, cue.end):
        return _relative_source(doc, mention)
    return source_of_sentence_before(doc[cue.head])


def _relative_source(doc: Doc, mention: CharSpan) -> CharSpan | None:
    """ "…, dem Gutachter, der erklärt hatte, …": a relative pronoun that speaks stands for its antecedent."""
    span = doc.char_span(*mention)
    if span is None or len(span) != 1:
        return None
    antecedent = relative_antecedent(span[0])
    return None if antecedent is None else mention_of(antecedent)
