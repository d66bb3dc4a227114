"""What a reported clause is: where it ends, and which clauses a speech verb governs that are not
what was said (adverbial and relative clauses, frames before an inverted cue), and where a reported
clause starts after "X sagte (…),", where the parse links none to the cue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de import lemmas, mood
from quotekit.lang.de.words import german
from quotekit.records import CueMatch
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    morph_values,
    pos_at,
    text_at,
    token_lower,
    token_lowers,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import RELATIVE_PRONOUN_TAGS, is_relative_pronoun
from quotekit.syntax.nominals import can_speak
from quotekit.syntax.spans import doc_slice, sentence_of
from quotekit.syntax.verbs import (
    could_be_finite,
    finite_or_konjunktiv,
    has_subjunctive,
    indicative_verb_second,
    is_finite,
    is_konjunktiv_one,
    is_subjunctive,
    is_verb_word,
    is_zu_infinitive_clause,
    may_be_konjunktiv_two_plural,
    mistagged_konjunktiv,
    mistagged_verb_second,
    plural_finite_taken_for_infinitive,
    up_to_comma,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "MIN_WORDS",
    "clause_end",
    "content_after_comma",
    "is_d_relative_pronoun",
    "opens_non_content_clause",
    "pronoun_after_comma",
    "reported_before_cue",
]

# A reported clause has some words: "dass es so sei" is the shortest kind worth reporting.
MIN_WORDS = 3


def clause_end(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of a reported clause from `start`: before "und bemühte sich …", ";" or ":".

    A comma or coordinator followed at once by an indicative finite verb starts a new predicate of the
    framing subject ("sagte Köhler, sie müssten …, und bemühte sich …"; "erklärte, er sei unschuldig,
    erkannte … nicht an"), not more reported content.
    """
    coordinators = german().coordinators
    # (the words' texts and lower-case forms from the run's lists: a `Token` only after a comma or coordinator)
    texts, lowers = token_texts(doc), token_lowers(doc)
    for i in range(start + 1, end):
        text = texts[i]
        if text in {";", ":"} and i > start + MIN_WORDS:
            return i
        if text == "(" and i > start + MIN_WORDS and _introduces_quotation(doc, i, end):
            return i  # "…, die Kampagne zu unterstützen (Fraktionschef Thomas Hug: «…»)"
        if (text == "," or lowers[i] in coordinators) and i + 1 < end:
            following = doc[i + 1]
            if (
                token_pos(following) in {"VERB", "AUX"}
                and could_be_finite(following)
                and not is_subjunctive(following)
                # (not a word after "und" the parse hangs on the noun right after it, whatever its tag: "und
                # starkem Nordwestwind"; after a comma it may be the verb of an inverted cue, ", kündigte Leupold an")
                and not (
                    text != "," and following.head.i == i + 2 and token_pos(doc[i + 2]) in labels.NOUN_POS
                )
            ):
                return i
            if text == "," and _another_speech_verb(doc, i + 1, end):
                return i
            if lowers[i] in coordinators and i > start + MIN_WORDS and _narrated_main_clause(doc, i + 1, end):
                return i
    return end


# Adverbs and conjunctions that may stand between a comma and a second verb of saying: "jedoch stets".
_MAX_ADVERBS_BEFORE_VERB = 3


def _another_speech_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb of saying in the indicative (or its participle) opens a new predicate of the framing
    subject at `start`, after a few adverbs, and governs a clause after its comma: "eingeräumt und angegeben,
    er habe …, jedoch stets beteuert, nicht absichtlich abgeschrieben zu haben"."""
    i = start
    while i < end and i - start < _MAX_ADVERBS_BEFORE_VERB and pos_at(doc, i) in {"ADV", "CCONJ"}:
        i += 1
    if i == start or i + 1 >= end:
        return False  # (right after the comma: the finite-verb test above decides)
    verb = doc[i]
    return (
        token_pos(verb) in {"VERB", "AUX"}
        and verb.lemma_.lower() in german().speech_verbs
        and not is_subjunctive(verb)
        and text_at(doc, i + 1) == ","
    )


def _introduces_quotation(doc: Doc, bracket: int, end: int) -> bool:
    """Whether the bracket opening at token `bracket` holds a colon before it closes: someone's words in it."""
    for token in doc_slice(doc, bracket + 1, end):
        if token_text(token).startswith(")"):
            return False
        if token_text(token).endswith(":"):
            return True
    return False


# Words a coordinated main clause may put before its finite verb: "und die Fraktion der Grünen forderte".
_MAX_FIRST_PLACE = 10


def _narrated_main_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether a main clause of the narrator opens at `start` after a coordinator: a noun phrase of its own
    and a finite verb in the indicative preterite ("…, habe sich untergeordnet und die Fraktion forderte …"),
    a tense reported speech does not use (it reports in the Konjunktiv, or drifts into the present)."""
    segment = [t for t in doc_slice(doc, start, min(end, start + _MAX_FIRST_PLACE + 1)) if not t.is_space]
    verb = next((t for t in segment if token_pos(t) in {"VERB", "AUX"} or token_text(t) == ","), None)
    if verb is None or token_text(verb) == ",":
        return False
    # (the noun phrase may carry prepositional attributes: "die Fraktion der Grünen im Landtag forderte …")
    phrase = [t for t in segment if t.i < verb.i and token_pos(t) != "ADP"]
    if not indicative_verb_second([*phrase, verb], verb) or token_pos(segment[0]) == "ADP":
        return False
    # (a verb-final clause ends with its verb: "bis die Bahn stand und die Polizei eintraf"; but a verb of
    # saying before a comma or colon opens what someone else says: "…, doch Sprecher X erklärte, …")
    after = verb.i + 1
    if after >= end:
        return False
    if doc[after].is_punct:
        speaks = text_at(doc, after) in {",", ":"} and verb.lemma_.lower() in german().speech_verbs
        if not speaks:
            return False
    return morph_values(verb, "Mood") == ["Ind"] and morph_values(verb, "Tense") == ["Past"]


def is_d_relative_pronoun(token: Token) -> bool:
    """A d- or welch- relative pronoun ("die", "dem", "welcher"); a w-word ("was", "wer") may open an
    indirect question, which is reported content."""
    return is_relative_pronoun(token) and token_lower(token).startswith(german().relative_pronoun_starts)


def pronoun_after_comma(doc: Doc, comma: int, limit: int) -> Token | None:
    """The word after the comma at token `comma` that would open a relative clause: the next word, or the one
    after a preposition there ("für die", "in deren"), before token `limit`; None where no word stands there."""
    if comma + 1 >= limit:
        return None
    first = doc[comma + 1]
    return doc[comma + 2] if token_pos(first) == "ADP" and comma + 2 < limit else first


def _causal_da(words: list[Token]) -> bool:
    """ "…, da die PDM angekündigt hatte, …": "da" opening a verb-final clause is "because"; followed at once by
    its finite verb it is the adverb of a main clause ("da sei nichts zu machen"), which may be reported."""
    de = german()
    if len(words) < 2 or token_lower(words[0]) not in de.causal_subordinators:
        return False
    following = words[1]
    return not (token_pos(following) in {"VERB", "AUX"} and could_be_finite(following))


def opens_non_content_clause(clause: Token) -> bool:
    """Whether a clause is adverbial ("um … zu", "nachdem …", "wobei …") or relative ("die … ist",
    "zu der …"): a speech verb's parse may hang such a clause on it, but it is not what was said.
    A Konjunktiv inside still marks reported speech ("…, weil es zeige, dass …")."""
    words = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    if not words:
        return False
    first = words[0]
    verbs = [t for t in words if token_pos(t) in {"VERB", "AUX"}]
    # (a condition's Konjunktiv II is the conditional's: only a Konjunktiv I in it reports; a condition that
    # opens a clause of its own after it is part of that one, "Wenn es nach ihr ginge, bekämen die …")
    condition = token_lower(first) in german().condition_openers and words[-1] in verbs
    if condition and not any(is_konjunktiv_one(t) for t in verbs):
        return True
    if has_subjunctive(verbs):
        return False
    # The opener must belong to the clause's own verb: in "…, wenn X, werde man handeln" the
    # wenn-clause is only a part of the reported clause.
    if clause not in (first.head, first.head.head):
        return False
    if token_lower(first) in german().adverbial_openers or _causal_da(words):
        return True
    # A relative pronoun first, or right after a preposition ("zu der", "in dem"), in a verb-final
    # clause (a verb-second clause may open with an article: "die Lage sei ernst").
    pronoun = words[1] if token_pos(first) == "ADP" and len(words) > 1 else first
    if is_d_relative_pronoun(pronoun) and pronoun.tag_ in RELATIVE_PRONOUN_TAGS:
        return True  # the tagger says so (its verb may be mistagged: "die sich … auflehnt" as an infinitive)
    # An article right after "Noun," that opens a verb-final clause is a relative pronoun the tagger missed
    # ("verteidigte das Gesetz, das Erhöhungen … begrenzt").
    doc = pronoun.doc
    after_noun = (
        pronoun.i > 1
        and text_at(doc, pronoun.i - 1) == ","
        and pos_at(doc, pronoun.i - 2) in {"NOUN", "PROPN"}
    )
    relative = is_d_relative_pronoun(pronoun) or (
        after_noun and token_lower(pronoun) in german().definite_articles
    )
    return relative and could_be_finite(words[-1])


def reported_before_cue(doc: Doc, clause: Token, start: int, end: int) -> bool:
    """Whether tokens [start, end] before an inverted cue ("…, sagte er") are a reported clause.

    A reported clause there is a main clause whose own verb is finite ("Die Lage sei ernst", "Beide
    Seiten werden … scheuen") or opens with dass/ob. A clause that ends in its finite verb is
    subordinate ("Da … nicht möglich war, entschied er"), and a phrase without one ("An die
    Gewerkschaften gewandt, sagte er") is no clause: both frame the cue, they are not what was said.
    """
    words = [t for t in doc[start : end + 1] if not (t.is_punct or t.is_space)]
    if not words:
        return False
    if token_lower(words[0]) in german().subordinators:
        return True
    # A declarative clause has something before its finite verb; one that opens with it ("haben am
    # Montag … gesprochen") is a fragment of a misparse, or a question.
    if token_pos(words[0]) in {"AUX", "VERB"} and could_be_finite(words[0]):
        return False
    # (not the verb of a clause set off by a comma, a relative or w-clause the parse hangs on it: "Stadträtin X,
    # deren Ressort die Festspiele fördert, verlangte Aufklärung" has no verb of its own before the cue)
    own_verbs = [
        clause,
        *(c for c in clause.children if is_verb_word(c) and not c.is_punct and not _opens_after_comma(c)),
    ]
    if not any(
        (is_verb_word(v) and could_be_finite(v))
        or mistagged_konjunktiv(v)
        or plural_finite_taken_for_infinitive(v)
        for v in own_verbs
    ):
        return False
    # Verb-final only where the clause's own finite verb ends it: a relative clause at its end
    # ("Es gebe Hohlräume, zu denen niemand vordringen konnte") ends in that clause's verb.
    last = words[-1]
    # (a finite auxiliary or modal before the clause's head makes the head its infinitive, whatever its tag:
    # "Wer Beschäftigte halten wolle, müsse bessere Arbeitszeiten bieten" is verb-second)
    second = last.i == clause.i and any(
        token_pos(c) == "AUX" and is_finite(c) and c.i < last.i for c in clause.children
    )
    # (nor a clause of its own set off by a comma that the parse hangs on the clause's verb: "Die Studie bestätige,
    # was die Waldbauern seit Jahren beobachteten" ends in the relative clause's verb)
    set_off = last.i != clause.i and _opens_after_comma(last)
    return (
        second
        or set_off
        or not (token_pos(last) in {"AUX", "VERB"} and could_be_finite(last) and last in own_verbs)
    )


def _opens_after_comma(verb: Token) -> bool:
    """Whether the clause of `verb` is a relative or w-clause set off by a comma: it opens right after one with a
    relative or interrogative word ("…, was die Waldbauern beobachteten", "…, deren Ressort … fördert"; not a
    main clause after a comma, "…, alles bleibe")."""
    first = next(t for t in verb.subtree if not t.is_punct)
    left = first.i
    return (
        left > 0
        and token_text(verb.doc[left - 1]) == ","
        and left < verb.i
        and first.tag_ in labels.CLAUSE_OPENER_TAGS
    )


# The marks that end the cue's sentence or clause before a reported clause could open after a comma.
_CLAUSE_STOPS = frozenset({".", ";", ":", "?", "!"})


def content_after_comma(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """Surface fallback: the first token after "X sagte (…)," that opens a reported clause."""
    last = max(cue.tokens)
    adverbial = _in_adverbial_clause(doc, cue, sent)
    # A verbless segment may be the reported clause's subject with a relative clause after it ("meldet,
    # Giuliana Sgrena, die … befunden hatte, habe …"): its start, while the relative clause is passed over.
    subject: int | None = None
    texts = token_texts(doc)
    # (by index over the run's texts: only a comma or a stop matters, so no `Token` is made for the other words)
    for i in range(last + 1, sent.end):
        text = texts[i]
        if text in _CLAUSE_STOPS:
            return None
        if text == ",":
            nxt = i + 1
            if nxt >= sent.end:
                return None
            if lower_at(doc, nxt) in german().subordinators or _opens_question(doc, cue, nxt):
                return nxt
            if adverbial and finite_or_konjunktiv(doc[nxt]):
                # "…, bevor er mit der Intendanz gesprochen habe, erweise …": the main clause the adverbial clause
                # stands before goes on with its verb, nothing the cue reports
                return None
            segment = up_to_comma(doc_slice(doc, nxt, sent.end))
            if subject is not None and segment:
                opener = pronoun_after_comma(doc, i, sent.end)
                if opener is not None and labels.is_relative_pronoun(opener):
                    continue
                if token_pos(segment[0]) in {"VERB", "AUX"} and is_subjunctive(segment[0]):
                    return subject
            if _main_clause_after_adverbial(doc, cue, sent, segment):
                return None
            # (not a participle before its noun deeper in the clause: "man prüfe für die am stärksten
            # betroffenen Haushalte …", whose verb a weak tagger calls an adverb)
            verbs = [t for t in segment if is_verb_word(t) and not _inflected_participle(t, nxt)]
            # Konjunktiv, or reportative "sollen": "berichtete, 200 Mitarbeiter sollen entlassen werden".
            if verbs and (is_subjunctive(verbs[0]) or token_lower(verbs[0]) in german().reportative):
                return nxt
            if is_zu_infinitive_clause(segment):  # "versprach, dagegen vorzugehen"
                return nxt
            if verbs and _says_clause(doc, cue) and indicative_verb_second(segment, verbs[0]):
                return nxt  # "teilte mit, der Film startet am Montag": reported in the indicative
            if verbs and _konjunktiv_two_second(doc, cue, segment, verbs[0]):
                return nxt  # "sagte, derzeit fehlten dem Unternehmen 14 Lokführer"
            if verbs:
                return None
            if mistagged_verb_second(segment) is not None:  # "sagte, Deutschland brauche mehr Wohnungen"
                return nxt
            if subject is None and any(token_pos(t) in {"PROPN", "NOUN"} for t in segment):
                subject = nxt
            # No verb up to the next comma: an apposition ("erklärte der Eigentümer, das Medienhaus
            # Lensing, dass …"); the reported clause may come after it.
    return None


def _in_adverbial_clause(doc: Doc, cue: CueMatch, sent: SpacySpan) -> bool:
    """Whether the cue stands in an adverbial clause ("…, bevor er mit der Intendanz gesprochen habe, erweise
    …"): what follows its comma is the main clause it modifies, nothing it reports."""
    first = min(cue.tokens)
    opener = first
    while opener > sent.start and text_at(doc, opener - 1) != ",":
        opener -= 1
    return (
        opener < first
        and lower_at(doc, opener) in german().adverbial_openers
        and pos_at(doc, opener) == "SCONJ"
    )


def _inflected_participle(token: Token, start: int) -> bool:
    """An inflected participle before its noun past the second place of a clause that opens at `start` ("für die
    am stärksten betroffenen Haushalte"): no finite verb, whatever its coarse tag."""
    if token.tag_ != "ADJA":
        return False
    form = token_lower(token)
    if mood.has_konjunktiv_two_umlaut(form):
        return False  # (no participle takes the form of a Konjunktiv II in umlaut: "die meisten Einsätze beträfen …")
    # (anywhere, a particle verb's participle: "teilte mit, angekündigte Zuzüge könnten …")
    if (token.i > start + 1 and form.endswith(_INFLECTED_ENDINGS)) or lemmas.is_particle_participle(form):
        return True
    # (first in the clause, right before its noun: "entgegnete, gezielte Beleuchtung sei möglich"; a finite verb
    # first would open a question or a condition, and the tagger would not call it an adjective)
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.i == start and following is not None and token_pos(following) == "NOUN"


# Endings of an inflected adjective or participle other than "-e", which a Konjunktiv I shares ("plane").
_INFLECTED_ENDINGS = ("en", "em", "er", "es")


def _says_clause(doc: Doc, cue: CueMatch) -> bool:
    """Whether a cue verb reports an indicative main clause after its comma: a finite verb of saying
    (`clause_verbs`) with no object of its own ("beschloss die Fällung, ein Gutachten hatte …" is two
    sentences)."""
    verb = doc[cue.head]
    if cue.lemma not in german().clause_verbs or not is_finite(verb):
        return False
    return not any(labels.is_object(child) for child in verb.children)


def _konjunktiv_two_second(doc: Doc, cue: CueMatch, segment: list[Token], verb: Token) -> bool:
    """ "sagte, derzeit fehlten dem Unternehmen 14 Lokführer", "sagte auf Anfrage, Wander-Apps zeigten oft Routen":
    after a verb of saying with no object of its own (`_says_clause`), a main clause whose finite verb in second
    place is a plural Konjunktiv II standing in for the Konjunktiv I the indicative shares
    (`may_be_konjunktiv_two_plural`: also "stiegen", "gehörten"), whatever stands first. Words follow the verb in its clause: a relative or subordinate clause ends in its verb
    ("…, die Leute arbeiteten" with "die" a relative pronoun would)."""
    if not _says_clause(doc, cue):
        return False
    # (a finite verb: "erhalten", "getreten" have the shape as an infinitive or a participle)
    if verb.i == segment[0].i or not could_be_finite(verb) or not may_be_konjunktiv_two_plural(verb):
        return False
    de = german()
    first = token_lower(segment[0])
    if first in de.subordinators or first in de.question_words:
        return False
    words = [t for t in segment if not (t.is_punct or t.is_space)]
    before = [t for t in words if t.i < verb.i]
    return bool(words) and words[-1].i > verb.i and not any(token_pos(t) in {"VERB", "AUX"} for t in before)


def _main_clause_after_adverbial(doc: Doc, cue: CueMatch, sent: SpacySpan, segment: list[Token]) -> bool:
    """ "Wenn Berlin geklagt hätte, hätte man …": the cue stands in a fronted adverbial clause, and the clause
    after it opens with its finite verb: the sentence's main clause, not what the cue reports. ("Wie X
    mitteilte, werde …" frames what follows: "wie" opens no adverbial clause here.)"""
    if not segment or token_pos(segment[0]) not in {"VERB", "AUX"} or not could_be_finite(segment[0]):
        return False
    first = min(cue.tokens)
    start = next((t.i + 1 for t in reversed(doc[sent.start : first]) if token_text(t) == ","), sent.start)
    return lower_at(doc, start) in german().adverbial_openers


def _opens_question(doc: Doc, cue: CueMatch, start: int) -> bool:
    """ "fragte, warum …", "wollte wissen, wie …": a question word that opens a verb-final clause right
    after a verb of asking (and its subject). After a noun it opens a relative clause instead ("schildert
    die Fehlerkette, welche …", "kritisierte die Art, wie …"), and after other verbs it is no question."""
    de = german()
    if lower_at(doc, start) not in de.question_words or cue.lemma not in de.question_verbs:
        return False
    subject = {t.i for c in doc[cue.head].children if labels.is_subject(c) for t in c.subtree}
    between = doc[max(cue.tokens) + 1 : start - 1]
    # (a person or body asked is the addressee, no noun a relative clause leans on: "fragte den Zeugen, wann …")
    if any(token_pos(t) in {"NOUN", "PROPN"} and t.i not in subject and not can_speak(t) for t in between):
        return False
    # (verb-final: the clause ends in its verb, also a Konjunktiv a weak tagger took for an adjective, "warum die
    # Verwaltung die Probleme verschweige")
    segment = up_to_comma(doc[start : sentence_of(doc[start]).end])
    return bool(segment) and (token_pos(segment[-1]) in {"VERB", "AUX"} or finite_or_konjunktiv(segment[-1]))
