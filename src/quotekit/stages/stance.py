"""Stance cues: a predicative adjective with a clause after it reports what its subject thinks —
"Die Aktivistin zeigte sich besorgt, dass …", "war sich die Staatsanwaltschaft sicher, dass …", and with a
verb of judging only, "Er hält es für möglich, dass …", "sah es das Gericht als erwiesen an, dass …"
(`german().stance_adjectives`). The cue is the verb and the adjective, like a separable verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CueKind, CueMatch
from quotekit.syntax.docindex import lower_at, pos_at, text_at, token_lower, token_pos, token_text
from quotekit.syntax.labels import VERB_POS
from quotekit.syntax.spans import sentence_of
from quotekit.syntax.verbs import is_zu_infinitive_clause, up_to_comma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["stance_cue"]

# How far a stance adjective may stand from its verb ("zeigte sich die Aktivistin besonders besorgt").
_VERB_REACH = 8


def _clause_follows(adjective: Token) -> bool:
    """ "besorgt, dass …", "besorgt darüber, dass …", "als erwiesen an, dass …", "zuversichtlich, … zu
    werden": a comma right after the adjective (a pronominal adverb or a particle between) opens a
    dass/ob clause or a zu-infinitive."""
    doc = adjective.doc
    sent = sentence_of(adjective)
    at = adjective.i + 1
    de = german()
    if at < sent.end and (lower_at(doc, at) in de.pronominal_adverbs or pos_at(doc, at) == "ADP"):
        at += 1
    if at + 1 >= sent.end or text_at(doc, at) != ",":
        return False
    return lower_at(doc, at + 1) in de.subordinators or is_zu_infinitive_clause(
        up_to_comma(doc[at + 1 : sent.end])
    )


def _verb_of(adjective: Token) -> Token | None:
    """The verb of the adjective's clause: the nearest one before it within the clause, else the one
    right after it ("…, da sie es für sinnvoll hielten, …")."""
    doc = adjective.doc
    sent = sentence_of(adjective)
    for token in reversed(doc[max(sent.start, adjective.i - _VERB_REACH) : adjective.i]):
        if token_text(token) in {",", ";", ":"}:
            break
        if token_pos(token) in VERB_POS:
            return token
    following = adjective.i + 1
    if following < sent.end and pos_at(doc, following) in VERB_POS:
        return doc[following]
    return None


def stance_cue(token: Token) -> CueMatch | None:
    """A stance cue whose adjective is `token`, or None."""
    use = german().stance_adjectives.get(token_lower(token))
    if use is None or not _clause_follows(token):
        return None
    verb = _verb_of(token)
    if verb is None:
        return None
    if use != "self" and verb.lemma_.lower() not in german().verdict_verbs:
        return None
    # UD hangs a copula on its adjective ("sicher" <- "war"): the speaker is then the adjective's subject.
    head = token if verb.head.i == token.i else verb
    first, second = sorted((verb, token), key=lambda t: t.i)
    return CueMatch(
        start=first.idx,
        end=first.idx + len(token_text(first)),
        text=token_text(first),
        lemma=token_lower(token),
        kind=CueKind.VERB,
        head=head.i,
        tokens=(first.i, second.i),
        particle=(second.idx, second.idx + len(token_text(second))),
    )
