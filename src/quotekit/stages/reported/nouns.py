"""Reported speech after a speech noun: "Stoltenbergs Behauptung, Russland habe keine Antwort gegeben",
"die Hoffnung, dass …", "der Vorschlag, die Flaggen zu wechseln"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch
from quotekit.stages.reported.clauses import clause_end
from quotekit.syntax.docindex import lower_at, pos_at, text_at, token_lower, token_pos
from quotekit.syntax.labels import RELATIVE_PRONOUN_TAGS
from quotekit.syntax.mentions import owner_of_speech_noun
from quotekit.syntax.phrases import comma_after_attribute, is_asking_noun
from quotekit.syntax.spans import runs, sentence_of
from quotekit.syntax.verbs import is_subjunctive, is_zu_infinitive_clause, up_to_comma

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["noun_candidate", "noun_content"]


def _embedded_end(doc: Doc, start: int, end: int) -> int:
    """Where a clause embedded after a noun ends: at the comma after its closing verb where the main
    clause goes on ("Die Entscheidung, ob … erhoben wird, wurde … getroffen"), not where another
    clause hangs on it ("…, dass es keine Beweise gäbe, dass …") or reported speech goes on."""
    de = german()
    for i in range(start + 1, end - 1):
        if text_at(doc, i) != "," or pos_at(doc, i - 1) not in {"VERB", "AUX"}:
            continue
        following = doc[i + 1]
        if (
            token_lower(following) in de.subordinators
            or token_lower(following) in de.question_words
            or following.tag_ in RELATIVE_PRONOUN_TAGS
            or token_lower(following) in de.coordinators
        ):
            continue
        verbs = [t for t in up_to_comma(doc[i + 1 : end]) if token_pos(t) in {"VERB", "AUX"}]
        if verbs and is_subjunctive(verbs[0]):
            continue
        return i
    return clause_end(doc, start, end)


def noun_content(doc: Doc, cue: CueMatch) -> list[CharSpan]:
    """ "Stoltenbergs Behauptung, Russland habe …": the clause after the comma, reported, with dass/ob,
    or a zu-infinitive."""
    noun = doc[cue.head]
    sent = sentence_of(noun)
    comma = comma_after_attribute(noun)
    start = (noun.i + 1 if comma is None else comma) + 1
    if start >= sent.end:
        return []
    following = doc[start : sent.end]
    verbs = [t for t in following[:10] if token_pos(t) in {"VERB", "AUX"}]
    # ("die Frage des Richters, wo das Geld geblieben sei": after a noun of asking an indirect question opens with
    # a w-word too; not after another noun: "gingen 9000 Schadensmeldungen ein, wie ein Sprecher sagte")
    opener = lower_at(doc, start)
    if (
        opener in german().subordinators
        or (is_asking_noun(noun) and opener in german().question_words)
        or is_zu_infinitive_clause(up_to_comma(following))
    ):
        end = _embedded_end(doc, start, sent.end)
    elif verbs and is_subjunctive(verbs[0]):
        end = _matrix_goes_on(doc, start, clause_end(doc, start, sent.end))
    else:
        return []
    return runs(doc, list(range(start, end)))


def _matrix_goes_on(doc: Doc, start: int, end: int) -> int:
    """Where the sentence around a noun's reported clause goes on after it: at a comma followed by words with
    no verb of their own that hang on a word before the clause ("Er trat dem Vorwurf, das Gericht sei nicht
    legitim, entgegen"; "…, mit den Worten entgegen"); else `end`."""
    for i in range(start + 1, end - 1):
        if text_at(doc, i) != ",":
            continue
        segment = list(up_to_comma(doc[i + 1 : end]))
        verbless = segment and not any(token_pos(t) in {"VERB", "AUX"} for t in segment)
        if verbless and any(t.head.i < start for t in segment):
            return i
    return end


def noun_candidate(doc: Doc, cue: CueMatch) -> tuple[list[CharSpan], CharSpan | None] | None:
    """The clause after a speech noun; its speaker the noun's owner (`owner_of_speech_noun`)."""
    parts = noun_content(doc, cue)
    return (parts, owner_of_speech_noun(doc, cue, parts)) if parts else None
