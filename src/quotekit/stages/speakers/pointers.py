"""A cue that points back names no one itself: "Demnach …" reports what the source of the sentence before
said ("Das Bundeskartellamt hat seinen Bericht vorgelegt. Demnach kann …"). The quotation keeps the pointer
as its mention (the words of the text that attribute it); its speaker is that source, where it can speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import is_speech_noun
from quotekit.records import CharSpan, CueKind, QuoteRecord
from quotekit.syntax.mentions import clause_subject
from quotekit.syntax.nominals import can_speak
from quotekit.syntax.positions import subject_of_previous_sentence
from quotekit.syntax.sources import genitive_attribute
from quotekit.syntax.spans import previous_sentence, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["pointed_source"]


def pointed_source(doc: Doc, quote: QuoteRecord, mention: CharSpan) -> CharSpan | None:
    """The source a pointer mention ("Demnach") stands for: the speaking subject of the sentence before, in
    the same paragraph; None for any other mention or where that sentence has none."""
    cue = quote.cue
    if cue is None or cue.kind is not CueKind.DEMNACH or mention != (cue.start, cue.end):
        return None
    sent = sentence_of(doc[cue.head])
    before = previous_sentence(doc, sent)
    if before is None:
        return None
    return subject_of_previous_sentence([before, sent], 1) or _owner_of_report(before)


def _owner_of_report(sent: SpacySpan) -> CharSpan | None:
    """Who issued the report a sentence's subject names ("Zu diesem Schluss kommt eine Studie des Instituts
    für Gebirgsforschung. Demnach …": the institute): the genitive attribute of a speech noun, when it can
    speak."""
    subject = clause_subject(sent.root)
    if subject is None or not is_speech_noun(subject.text):
        return None
    owner = genitive_attribute(subject)
    words = None if owner is None else sent.doc.char_span(*owner, alignment_mode="expand")
    return owner if words is not None and any(can_speak(t) for t in words) else None
