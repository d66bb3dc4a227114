"""Reported speech before a cue that opens its own clause after it: "Die Lage sei ernst, sagte X",
"…, so bestätigt das Gericht", "…, das teilte das Institut mit", "…, sagte der Sprecher, …" (strategies
of `quotekit.stages.reported.verbs`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch
from quotekit.stages.reported.clauses import MIN_WORDS, content_after_comma
from quotekit.stages.reported.narration import date_line_end
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    text_of,
    token_lower,
    token_pos,
    token_text,
)
from quotekit.syntax.labels import is_relative_pronoun
from quotekit.syntax.nominals import can_speak
from quotekit.syntax.spans import doc_slice, runs
from quotekit.syntax.verbs import (
    could_be_finite,
    finite_or_konjunktiv,
    is_konjunktiv_one,
    plural_finite_taken_for_infinitive,
    verb_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["around_inserted_cue", "before_inverted_cue", "main_clause_before_cue", "pointer_after_comma"]


def pointer_after_comma(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "Die Kamera ist ausgefallen, das teilte das Institut mit", "…, – das zumindest meint X": a
    pointer after a comma or dash opens the cue clause (adverbs may stand between it and the verb) and
    points back to the clause before it, with the speaker after the verb. A relative clause ("ein Buch,
    das erklärt, …") has no subject after its verb."""
    first = min(cue.tokens)
    verb = first
    if first > sent.start and pos_at(doc, first - 1) == "AUX" and could_be_finite(doc[first - 1]):
        verb = first - 1  # "…, das hatte X gesagt"
    pointer = verb - 1
    while pointer > sent.start and pos_at(doc, pointer) == "ADV":
        pointer -= 1
    if pointer <= sent.start + MIN_WORDS or lower_at(doc, pointer) not in german().pointers:
        return None
    if text_at(doc, pointer - 1) not in {",", "–", "-"} or not _inverted_subject(doc, cue, verb, sent):
        return None
    end = pointer - 1
    while end > sent.start and text_at(doc, end - 1) in {",", "–", "-"}:
        end -= 1
    colons = [t.i for t in doc[sent.start : end] if token_text(t) == ":"]
    start = colons[-1] + 1 if colons else sent.start
    tokens = [t for t in doc[start:end] if not t.is_space]
    if not tokens or not _main_clause_verb(tokens):
        return None
    return runs(doc, list(range(start, end)))


def around_inserted_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "…, sagte der Sprecher, …": the cue clause inserted in or after the content (the cue hangs on it)."""
    head = doc[cue.head]
    if labels.is_root(head) or head.head.i >= head.i or head.head.i < sent.start:
        return None
    frame = {t.i for t in head.subtree}
    left = min(frame)
    if text_at(doc, left) == "," and left + 1 in frame:
        left += 1  # the parse hangs the comma before the cue on the cue
    # ", sagte der Sprecher": the frame opens with the verb itself (or its auxiliary), perhaps after "so"
    # ("Tatsächlich, so betont die Polizei, ist …").
    left_verb = left + 1 if lower_at(doc, left) == german().so and left + 1 in frame else left
    opens_with_verb = left_verb == head.i or (
        pos_at(doc, left_verb) == "AUX" and could_be_finite(doc[left_verb])
    )
    if not (opens_with_verb and left > sent.start and text_at(doc, left - 1) == ","):
        return None
    if not _inverted_subject(doc, cue, left, sent):
        return None  # "X lobte A, mahnte aber zur Vorsicht": a second predicate of X, nothing reported
    before = list(range(sent.start, left - 1))
    after = list(range(max(frame) + 1, sent.end))
    if text_at(doc, max(frame)) != "," and not (
        max(frame) + 1 < sent.end and text_at(doc, max(frame) + 1) == ","
    ):
        after = []
    return runs(doc, before + after)


def before_inverted_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """Surface fallback: "Das Land brauche einen Plan, sagte sie.": a cue that opens its clause right
    after a comma, with nothing reported after it, reports the main clause before the comma, whatever
    the parse hangs where (weak parses tag "brauche" as an adjective and link nothing)."""
    if content_after_comma(doc, cue, sent) is not None:
        return None
    return main_clause_before_cue(doc, cue, sent)


def main_clause_before_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """The main clause before a cue that opens its own clause after a comma with its subject after the verb
    ("Das lasse sich nicht ausschließen, antwortete Haas"), by the surface; None where there is none."""
    opener = _cue_clause_start(doc, cue, sent)
    if opener is None:
        return None
    if _reported_so_frame(doc, cue, opener):
        return None
    if not _inverted_subject(doc, cue, opener, sent):
        return None  # "X, der …, wies den Vorwurf zurück": the subject stands before, nothing is reported
    if any(token_text(t) == ":" for t in doc[max(cue.tokens) + 1 : sent.end]):
        return None  # "…, sagte er: „…“": what was said follows the colon
    colons = [t.i for t in doc[sent.start : opener] if token_text(t) in {":", ";"}]
    start = colons[-1] + 1 if colons else sent.start
    # "Bern, 3. Mai 2024 – Die Reserve werde verlängert, teilte der Bundesrat mit.": after the date line.
    dated = date_line_end(text_of(doc), doc[start].idx)
    if dated is not None:
        start = next((t.i for t in doc[start:opener] if t.idx >= dated), start)
    tokens = [t for t in doc[start : opener - 1] if not t.is_space]
    if not _reports_before(doc, cue, tokens):
        return None
    return runs(doc, list(range(start, opener - 1)))


def _reported_so_frame(doc: Doc, cue: CueMatch, opener: int) -> bool:
    """ "Der Landkreis müsse zwei Prozent ausweisen, so schreibe es das Gesetz vor": a "so" clause in the Konjunktiv
    I is a part of what someone reports (a source cited inside the report), no frame of the narrator's."""
    # (the clause opens with "so", or with the verb right after it)
    so = german().so
    opens = lower_at(doc, opener) == so or (opener > 0 and lower_at(doc, opener - 1) == so)
    return opens and is_konjunktiv_one(doc[cue.head])


def _reports_before(doc: Doc, cue: CueMatch, tokens: Sequence[Token]) -> bool:
    """Whether the words before an inverted cue make what it reports: a main clause (or a dass/ob clause) of their
    own, or the question a verb of asking reports ("Wie das passiert sei, wollte der Richter wissen")."""
    if not tokens:
        return False
    de = german()
    asked = cue.lemma in de.question_verbs and token_lower(tokens[0]) in de.question_words
    return asked or (_opens_main_clause(tokens[0]) and _main_clause_verb(tokens))


def _cue_clause_start(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """Where the cue's clause starts when the cue opens it: the cue verb, or a finite auxiliary before
    it with only the subject and adverbs between ("…, hatte er gesagt", "…, teilte X mit")."""
    first = min(cue.tokens)
    start = first
    for token in reversed(doc_slice(doc, sent.start, first)):
        if token_text(token) == ",":
            break
        if token_pos(token) in {"AUX", "VERB"} and could_be_finite(token):
            start = token.i
            break
        if token.is_punct:
            return None
    else:
        return None
    before = doc[start - 1] if start > sent.start else None
    # "…, so bestätigt das Gericht": "so" opens the cue clause before its verb.
    if before is not None and token_lower(before) == german().so and start - 1 > sent.start:
        start -= 1
        before = doc[start - 1]
    return start if before is not None and token_text(before) == "," else None


def _inverted_subject(doc: Doc, cue: CueMatch, opener: int, sent: SpacySpan) -> bool:
    """Whether the cue clause has its subject after its verb ("…, sagte sie", "…, teilte X mit"): by the
    parse, or a personal pronoun right after the verb."""
    if lower_at(doc, opener) == german().so:
        # "…, so bestätigt das Gericht", "…, so glaubt man": after "so" and its verb comes the subject,
        # whatever case a weak parse gives it.
        following = next((t for t in doc[opener + 2 : sent.end] if token_pos(t) != "ADV"), None)
        return following is not None and token_pos(following) in {"DET", "PRON", "PROPN", "NOUN"}
    verbs = {doc[opener], doc[cue.head]}
    following = doc[opener + 1] if opener + 1 < sent.end else None
    if (
        following is not None
        and token_lower(following) in german().coordinators
        and labels.is_conjunct(doc[opener])
    ):
        return False  # "kündigte eine Reform an, verriet aber keine Details": a second predicate
    if any(labels.is_subject(c) and c.i > opener for v in verbs for c in v.children):
        return True
    if following is None:
        return False
    if token_lower(following) in german().subject_pronouns:
        return True
    if german().source_verbs.get(cue.lemma) == token_lower(following):
        return True  # "…, geht aus dem Bericht hervor": the content is the subject, the source follows
    # A noun phrase in the nominative right after the verb, whatever label the parse gave it; a bare name
    # right after it ("…, teilte Gämsflug mit") in any case but the accusative (weak taggers miss it).
    noun = next((t for t in doc[opener + 1 : sent.end] if token_pos(t) not in {"DET", "ADJ", "NUM"}), None)
    if noun is None or token_pos(noun) not in {"NOUN", "PROPN"}:
        return False
    cases = morph_values(noun, "Case")
    # ("…, antwortete Radlegger": where the tagger took the verb for an adjective, the case it gave the name is
    # the adjective's noun's)
    # (so too where it called the verb that opens the clause a participle, which cannot stand there: "…,
    # schätzt Demirel")
    head = doc[cue.head]
    mistagged = (
        token_pos(head) == "ADJ"
        or not labels.has_verb_tag(head)
        or (opener == head.i and verb_form(head) == "Part")
    )
    bare_name = noun.i == following.i and token_text(noun)[:1].isupper() and ("Acc" not in cases or mistagged)
    # "…, teilte die Klinikleitung mit": after "die" or "das" the accusative a tagger gives is a guess (both
    # cases have that form), and a speech verb with its content before it has no other subject.
    same_form = (
        token_lower(following) in german().nominative_accusative_articles and noun.i == following.i + 1
    )
    # "…, räumte der 61-Jährige ein": an article the tagger calls nominative, whatever case it gave the noun
    article_nominative = noun.i == following.i + 1 and "Nom" in morph_values(following, "Case")
    if _second_predicate_of_speaker(doc[opener], noun):
        return False
    return "Nom" in cases or bare_name or same_form or article_nominative


def _second_predicate_of_speaker(verb: Token, noun: Token) -> bool:
    """ "Die Kantonsärztin zeigt Verständnis für den Ärger, verteidigt die Massnahme aber": a verb the parse
    joins to the verb before the comma, whose subject can speak, with a noun after it that cannot, is a second
    predicate of that subject, its noun the object; nothing before the comma is reported."""
    if not labels.is_conjunct(verb) or can_speak(noun):
        return False
    head = verb.head
    return head.i < verb.i and any(
        labels.is_subject(c) and c.i < head.i and can_speak(c) for c in head.children
    )


def _main_clause_verb(tokens: Sequence[Token]) -> bool:
    """Whether the tokens make a main clause (or a dass/ob clause): a finite verb or a Konjunktiv form
    in mid-clause before their first comma: not only at the clause's end (a verb-final clause is
    subordinate: "Erst wenn … gehabt haben") and not only in a relative clause after a noun phrase
    ("Die Angriffe auf X, der … gehört hatte")."""
    if token_lower(tokens[0]) in german().subordinators:
        return True
    # "Wer Pyros auf Menschen werfe, habe im Stadion nichts verloren": the clause on "wer" stands first, the
    # main clause's finite verb right after its comma; so does a condition with its verb first ("Sollte der Wolf
    # weitere Nutztiere reißen, werde man eine Entnahme prüfen")
    if token_lower(tokens[0]) in german().free_relatives or (
        token_pos(tokens[0]) in {"AUX", "VERB"} and finite_or_konjunktiv(tokens[0])
    ):
        comma = next((k for k, t in enumerate(tokens) if token_text(t) == ","), None)
        return comma is not None and comma + 1 < len(tokens) and finite_or_konjunktiv(tokens[comma + 1])
    head: list[Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if token_text(token) == ",":
            # ("Prüfungen, die … angesetzt waren, würden verschoben": past the subject's relative clause)
            closing = _relative_clause_end(tokens, k) if head else None
            if closing is None:
                break
            k = closing + 1
            continue
        if not token.is_punct:
            head.append(token)
        k += 1
    verbs = [t for t in head if finite_or_konjunktiv(t) or plural_finite_taken_for_infinitive(t)]
    return bool(verbs) and verbs[0] is not head[0] and (verbs[0] is not head[-1] or len(head) == 2)


def _relative_clause_end(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma that closes a relative clause opening right after the comma at `comma` (a relative pronoun next,
    with the rest of its clause up to another comma), or None."""
    if comma + 1 >= len(tokens) or not is_relative_pronoun(tokens[comma + 1]):
        return None
    return next((k for k in range(comma + 2, len(tokens)) if token_text(tokens[k]) == ","), None)


def _opens_main_clause(first: Token) -> bool:
    """Whether a clause that starts with `first` may be a main clause or a dass/ob clause: not an
    adverbial clause ("Nachdem …"), a wie-frame or a relative clause."""
    de = german()
    if token_lower(first) in de.subordinators or token_lower(first) in de.free_relatives:
        return True
    if (
        token_lower(first) in de.adverbial_openers
        or token_lower(first) == de.wie
        or token_pos(first) == "SCONJ"
    ):
        return False
    return not is_relative_pronoun(first)
