"""Quoted fragments of mixed quotations: "Es gebe derzeit «keine konkreten Pläne»".

Words in marks inside reported speech are the reported speaker's own words, so they are a direct
quotation of their own (as news annotation counts them: the clause, and the fragment), with the
clause's cue and speaker, even where the direct stage, seeing no cue in their sentence, left them. What
reads as a title, a name or a term stays none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.direct import quotation_parts
from quotekit.stages.direct.attribution import Attribution, Strength
from quotekit.stages.direct.speech import is_quotation, is_title_word
from quotekit.stages.marks import MarkedSpan
from quotekit.stages.reported.index import SpanIndex
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of, token_lower, token_pos, token_text
from quotekit.syntax.mentions import speaker_of_cue
from quotekit.syntax.spans import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["quoted_fragments"]


def quoted_fragments(
    doc: Doc,
    marks: Sequence[MarkedSpan],
    direct: Sequence[QuoteRecord],
    reported: Sequence[QuoteRecord],
    cues: Sequence[CueMatch] = (),
) -> list[QuoteRecord]:
    """Direct quotations for the marked fragments of mixed quotations that no direct quotation holds yet: with
    the clause's cue and speaker, or those of a speech verb that closes the fragment's own clause (`cues`)."""
    taken = SpanIndex(p for r in direct for p in r.parts)
    mixed = [r for r in reported if r.kind == "mixed"]
    if not mixed:
        return []
    hosts = SpanIndex(p for r in mixed for p in r.parts)
    owners = {p: r for r in mixed for p in r.parts}
    text = text_of(doc)
    # (the speech verbs by where they start, sorted once: each fragment looks only at those just after it)
    verbs = sorted((cue for cue in cues if cue.kind is CueKind.VERB), key=lambda cue: cue.start)
    verb_starts = [cue.start for cue in verbs]
    found: list[QuoteRecord] = []
    for mark in marks:
        if mark.continues or not mark.close_mark or taken.meets(mark.start, mark.end):
            continue
        holding = [p for p in hosts.meeting(mark.start, mark.end) if p[0] <= mark.start and mark.end <= p[1]]
        if not holding:
            continue
        host = owners[holding[0]]
        # The fragment is said by the clause's speaker: it needs what a governed fragment needs, or stands where
        # only the speaker's own judgement can ("Das sei ein „Dauerbrenner“"); a title stays none.
        strength = Strength.SAID if _judgement(doc, text, mark) else Strength.GOVERNED
        if not is_quotation(doc, [mark], Attribution(host.cue, host.mention, strength)):
            continue
        parts = quotation_parts(text, [mark])
        if not parts:
            continue
        own = _verb_after(text, mark, verbs, verb_starts) if _whole_sentence(text, parts) else None
        if own is not None:
            # "…, zeige, wie er vor der Fahrt «Jetzt zeig ich euch mal was» in die Kamera gesagt habe": the verb
            # that closes the fragment's clause says whose words they are
            mention = speaker_of_cue(doc, own, parts) or _subject_before(doc, mark.start)
            found.append(QuoteRecord(parts=parts, kind="direct", cue=own, mention=mention))
        else:
            found.append(QuoteRecord(parts=parts, kind="direct", cue=host.cue, mention=host.mention))
    return found


def _judgement(doc: Doc, text: str, mark: MarkedSpan) -> bool:
    """Whether an indefinite article or a Konjunktiv copula (`judgement_openers`) stands right before the marks,
    perhaps past adjectives and adverbs in lower case ("sei ein „Dauerbrenner“", "habe ein «System aus Lügen und
    Vertröstungen» aufgebaut", "sei eigentlich „Gift für das Vertrauen“"), and the marks hold no name: neither a
    title word first ("sei „Operation Nordlicht“ gewesen") nor only capitalised words ("ein „Meisterwerk der
    Genauigkeit“" is a judgement, "ein „Grünes Zentrum Nord“" a name)."""
    words = text[mark.start : mark.end].split()
    if not words or is_title_word(words[0]) or (len(words) > 1 and all(w[:1].isupper() for w in words)):
        return False
    opening = doc.char_span(mark.open_start, mark.open_start + 1, alignment_mode="expand")
    if opening is None:
        return False
    k = opening.start - 1
    while k >= 0 and token_pos(doc[k]) in _MODIFIER_POS and token_text(doc[k]).islower():
        k -= 1
    return k >= 0 and token_lower(doc[k]) in german().judgement_openers


# Words between a judgement's opener and its marks ("ein geradezu absurdes „…“").
_MODIFIER_POS = frozenset({"ADJ", "ADV"})
# Words a quoted sentence has at least ("Jetzt zeig ich euch mal was"), unlike a fragment ("lückenlos").
_MIN_SENTENCE_WORDS = 3


def _whole_sentence(text: str, parts: Sequence[CharSpan]) -> bool:
    """Whether the words in marks are a sentence of their own, capitalised, not a phrase of the clause around
    them: only such words are what a verb after them says ("«…» in die Kamera gesagt habe"); a phrase is the
    clause's ("habe es «aus einem Telefonat» erfahren")."""
    words = text[parts[0][0] : parts[-1][1]].split()
    return len(words) >= _MIN_SENTENCE_WORDS and words[0][:1].isupper()


# Characters between a fragment's closing mark and a speech verb that closes its clause ("… in die Kamera gesagt").
_VERB_REACH = 30


def _verb_after(
    text: str, mark: MarkedSpan, verbs: Sequence[CueMatch], starts: Sequence[int]
) -> CueMatch | None:
    """The speech verb that closes the fragment's clause a few words after it, with no comma or stop between
    (`verbs` the verb cues sorted by `starts`)."""
    for cue in verbs[bisect_left(starts, mark.end) : bisect_right(starts, mark.end + _VERB_REACH)]:
        if not any(c in text[mark.end : cue.start] for c in ",.;:!?"):
            return cue
    return None


def _subject_before(doc: Doc, offset: int) -> CharSpan | None:
    """The subject between the last comma before character `offset` and it, by its label or as a subject
    pronoun ("wie er vor der Fahrt «…» gesagt habe"), where the parse gives the verb after the marks none."""
    mark = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if mark is None:
        return None
    pronouns = german().subject_pronouns
    for token in reversed(doc[sentence_of(mark[0]).start : mark.start]):
        if token_text(token) == ",":
            return None
        if token_lower(token) in pronouns or labels.is_subject(token):
            return token.idx, token.idx + len(token_text(token))
    return None
