"""Reported speech governed by a speech verb: "X sagte, dass …", "X sagte, die NATO halte …", "Die Lage
sei ernst, sagte X", "Wie X mitteilte, seien …", "Dies erklärte der Sprecher".

`verb_content` tries the strategies (`_STRATEGIES`) in order; the first whose construction is there
gives the content. To add a construction, write a strategy and put it in the list where it belongs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch
from quotekit.stages.cues import verb_cue
from quotekit.stages.reported.clauses import (
    MIN_WORDS,
    clause_end,
    is_zu_infinitive_clause,
    opens_non_content_clause,
    reported_before_cue,
    up_to_comma,
)
from quotekit.stages.reported.narration import date_line_end
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of
from quotekit.syntax.labels import RELATIVE_PRONOUN_TAGS
from quotekit.syntax.mentions import speaker_of_cue, subject_by_position
from quotekit.syntax.nominals import names_someone
from quotekit.syntax.spans import previous_sentence, runs, sentence_of
from quotekit.syntax.verbs import could_be_finite, has_subjunctive_form, is_finite, is_subjunctive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["verb_candidate", "verb_content"]

_CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})


def _wie_frame(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """ "Wie X mitteilte, …": the index of the "wie" that opens the cue's clause, if there is one."""
    head = doc[cue.head]
    for token in reversed(doc[sent.start : head.i]):
        if token.lower_ == german().wie:
            previous = doc[token.i - 1] if token.i > sent.start else None
            # "Wie X mitteilte", "…, wie X mitteilte", "Denn wie X berichtete, …" (a conjunction or
            # adverb opening the sentence before it).
            opening = previous is not None and previous.i == sent.start and previous.pos_ in {"CCONJ", "ADV"}
            if (
                previous is None
                or opening
                or previous.text in {",", "–", "-", "(", "\n"}
                or previous.is_space
            ):
                # No finite verb between (by tag or morphology: a weak tagger makes "t-online.de" a verb).
                between = doc[token.i + 1 : head.i]
                if not any(is_finite(t) and t.pos_ in {"VERB", "AUX"} for t in between):
                    return token.i
            return None
        if token.text in {".", ";", ":"}:
            return None
    return None


def _subject_after(verb: Token, excluded: set[int]) -> bool:
    """Whether `verb` has a subject of its own after it: an inverted cue ("…, sagte der Nato-Chef")."""
    return any(labels.is_subject(c) and c.i > verb.i and c.i not in excluded for c in verb.children)


def _run_before(doc: Doc, index: int, floor: int) -> range:
    """Token indices right before `index`, back to `floor` or to the nearest comma, colon or semicolon."""
    start = index
    while start > floor and doc[start - 1].text not in {",", ":", ";"}:
        start -= 1
    return range(start, index)


def _has_own_subject(verb: Token, excluded: set[int]) -> bool:
    """Whether `verb` has a subject of its own outside the tokens `excluded` ("sagte der Nato-Chef")."""
    return any(labels.is_subject(child) and child.i not in excluded for child in verb.children)


def _complement(doc: Doc, cue: CueMatch) -> Token | None:
    """The clause the cue verb governs (a clausal complement or a parataxis), if the parse has one."""
    head = doc[cue.head]
    heads = [head]
    if not labels.is_root(head) and head.pos_ in {"VERB", "AUX"} and not could_be_finite(head):
        heads.append(head.head)  # "hat … gesagt": the clause may hang on the auxiliary
    # "stellte klar, dass …": weak parses hang the clause on the particle.
    heads += [doc[i] for i in cue.tokens if i != head.i]
    for verb in heads:
        for child in verb.children:
            if child.i in cue.tokens or child.pos_ not in _CLAUSE_POS:
                continue
            if (labels.is_clausal_complement(child) or labels.is_parataxis(child)) and not (
                opens_non_content_clause(child)
            ):
                return child
            # Any verbal clause that opens with "dass"/"ob", whatever its label.
            if (
                child.pos_ in {"VERB", "AUX"}
                and child.i > verb.i
                and child.left_edge.lower_ in german().subordinators
            ):
                return child
    return None


def _after_comma(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """Surface fallback: the first token after "X sagte (…)," that opens a reported clause."""
    last = max(cue.tokens)
    for token in doc[last + 1 : sent.end]:
        if token.text in {".", ";", ":", "?", "!"}:
            return None
        if token.text == ",":
            nxt = token.i + 1
            if nxt >= sent.end:
                return None
            if doc[nxt].lower_ in german().subordinators or _opens_question(doc, cue, nxt):
                return nxt
            segment = up_to_comma(doc[nxt : sent.end])
            verbs = [t for t in segment if t.pos_ in {"VERB", "AUX"}]
            # Konjunktiv, or reportative "sollen": "berichtete, 200 Mitarbeiter sollen entlassen werden".
            if verbs and (is_subjunctive(verbs[0]) or verbs[0].lower_ in german().reportative):
                return nxt
            if is_zu_infinitive_clause(segment):  # "versprach, dagegen vorzugehen"
                return nxt
            if verbs:
                return None
            # No verb up to the next comma: an apposition ("erklärte der Eigentümer, das Medienhaus
            # Lensing, dass …"); the reported clause may come after it.
    return None


def _opens_question(doc: Doc, cue: CueMatch, start: int) -> bool:
    """ "fragte, warum …", "wollte wissen, wie …": a question word that opens a verb-final clause right
    after a verb of asking (and its subject). After a noun it opens a relative clause instead ("schildert
    die Fehlerkette, welche …", "kritisierte die Art, wie …"), and after other verbs it is no question."""
    de = german()
    if doc[start].lower_ not in de.question_words or cue.lemma not in de.question_verbs:
        return False
    subject = {t.i for c in doc[cue.head].children if labels.is_subject(c) for t in c.subtree}
    between = doc[max(cue.tokens) + 1 : start - 1]
    if any(t.pos_ in {"NOUN", "PROPN"} and t.i not in subject for t in between):
        return False
    segment = up_to_comma(doc[start : sentence_of(doc[start]).end])
    verbs = [t for t in segment if t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and segment[-1] in verbs


def _anaphoric_content(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan]:
    """ "… Dies erklärte der Sprecher …": a demonstrative opens the cue sentence and points back."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in german().demonstratives:
        return []
    # "Dies erklärte …", "Das sagte …": the pronoun (not "Dieser bestätigte, dass …": a person); "Diese
    # Zahlen bestätigte …": a demonstrative determiner and its noun ("Das Unternehmen teilte mit" opens
    # with an article and points nowhere).
    de = german()
    verb_at = (
        1
        if words[1].pos_ in {"VERB", "AUX"} and words[0].lower_ in de.pointers
        else 2
        if len(words) > 2 and words[0].lower_ in de.demonstrative_determiners
        else -1
    )
    # "Das hatte er gesagt": the auxiliary of the cue, in the same clause ("Das hatte er längst getan,
    # wie sein Anwalt mitteilte" points nowhere: the cue stands in a clause of its own after a comma).
    verb = words[verb_at]
    if verb_at < 0 or (
        verb.i not in (cue.head, *cue.tokens)
        and not (verb.pos_ == "AUX" and verb.i < cue.head and not _comma_between(doc, verb.i, cue.head))
    ):
        return []
    previous = previous_sentence(doc, sent)
    if previous is None:
        return []
    return runs(doc, [t.i for t in previous])


def _comma_between(doc: Doc, first: int, last: int) -> bool:
    """Whether a comma stands between tokens `first` and `last`."""
    return any(t.text == "," for t in doc[first + 1 : last])


# --- the strategies, tried in order by `verb_content` ------------------------------------------------
# Each returns the content's parts, possibly none, when its construction is there, and None when it is not.


def _pointing_back(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "… Dies erklärte der Sprecher …": the sentence before, when a demonstrative opens the cue's."""
    return _anaphoric_content(doc, cue, sent) or None


def _pointer_after_comma(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "Die Kamera ist ausgefallen, das teilte das Institut mit", "…, – das zumindest meint X": a
    pointer after a comma or dash opens the cue clause (adverbs may stand between it and the verb) and
    points back to the clause before it, with the speaker after the verb. A relative clause ("ein Buch,
    das erklärt, …") has no subject after its verb."""
    first = min(cue.tokens)
    verb = first
    if first > sent.start and doc[first - 1].pos_ == "AUX" and could_be_finite(doc[first - 1]):
        verb = first - 1  # "…, das hatte X gesagt"
    pointer = verb - 1
    while pointer > sent.start and doc[pointer].pos_ == "ADV":
        pointer -= 1
    if pointer <= sent.start + MIN_WORDS or doc[pointer].lower_ not in german().pointers:
        return None
    if doc[pointer - 1].text not in {",", "–", "-"} or not _inverted_subject(doc, cue, verb, sent):
        return None
    end = pointer - 1
    while end > sent.start and doc[end - 1].text in {",", "–", "-"}:
        end -= 1
    colons = [t.i for t in doc[sent.start : end] if t.text == ":"]
    start = colons[-1] + 1 if colons else sent.start
    tokens = [t for t in doc[start:end] if not t.is_space]
    if not tokens or not _main_clause_verb(tokens):
        return None
    return runs(doc, list(range(start, end)))


def _wie_clause(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "Wie X mitteilte, seien …": the sentence less the wie-clause."""
    wie = _wie_frame(doc, cue, sent)
    if wie is None:
        return None
    # "Denn wie X berichtete, …": the word that opens the sentence before "wie" belongs to the frame.
    first = wie - 1 if wie - 1 == sent.start else wie
    frame = set(range(first, max(cue.tokens) + 1))
    rest = [t.i for t in sent if t.i not in frame]
    return runs(doc, rest)


def _clause_after_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "X sagte, dass …", "X sagte, die NATO halte …": the clause the cue governs, after it."""
    head = doc[cue.head]
    clause = _complement(doc, cue)
    if clause is None or clause.i <= head.i:
        return None
    cue_set = set(cue.tokens)
    subtree = sorted(t.i for t in clause.subtree if t.i not in cue_set and sent.start <= t.i < sent.end)
    if not any(i > max(cue.tokens) for i in subtree):
        return None
    start = min(i for i in subtree if i > max(cue.tokens))
    # Weak parses hang words of the clause on the cue ("sagte, dem Iran bleibe …" with "dem
    # Iran" under "sagte"): what follows the comma after the cue belongs to the clause, and
    # a verb-second clause runs on to the end of the sentence (or of its own predicate).
    comma = next((t.i for t in doc[max(cue.tokens) + 1 : start] if t.text == ","), None)
    if comma is not None and not any(t.text in {".", ";", ":"} for t in doc[comma:start]):
        start = comma + 1
    limit = max(subtree) + 1
    if doc[start].lower_ not in german().subordinators:
        limit = max(limit, sent.end)
    end = clause_end(doc, start, limit)
    return runs(doc, list(range(start, end)))


def _clause_before_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "Die Lage sei ernst, sagte er": the clause the cue governs, before it."""
    head = doc[cue.head]
    clause = _complement(doc, cue)
    if clause is None or clause.i > head.i:
        return None
    in_clause = {t.i for t in clause.subtree}
    if _subject_after(head, in_clause):
        # "A und B haben … gesprochen, sagte X": with the speaker after the cue, words before
        # the clause that the parse hangs on the cue (here A und B) still belong to it.
        in_clause |= set(_run_before(doc, min(in_clause), sent.start))
    frame_start = min((t.i for t in head.subtree if t.i not in in_clause), default=head.i)
    end = min(frame_start, min(cue.tokens)) - 1
    # "X äußerte sich: „…“, sagte er": what stands after a colon is the content, not the frame.
    colons = [t.i for t in doc[sent.start : end + 1] if t.text == ":"]
    start = colons[-1] + 1 if colons else sent.start
    # "X sagte, dass A, stellte jedoch fest, dass B": a clause headed by a speech verb is a
    # second predicate of the speaker when the cue shares its subject (has none of its own),
    # not what the later verb reports; "A und B haben … gesprochen, sagte X" is content.
    second_predicate = verb_cue(clause) is not None and not _has_own_subject(head, in_clause)
    if not second_predicate and reported_before_cue(doc, clause, start, end):
        return runs(doc, list(range(start, end + 1)))
    # A frame before the cue ("An die Gewerkschaften gewandt, sagte Köhler, sie müssten …"):
    # the reported clause, if any, comes after it.
    return None


def _around_inserted_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "…, sagte der Sprecher, …": the cue clause inserted in or after the content (the cue hangs on it)."""
    head = doc[cue.head]
    if labels.is_root(head) or head.head.i >= head.i or head.head.i < sent.start:
        return None
    frame = {t.i for t in head.subtree}
    left = min(frame)
    if doc[left].text == "," and left + 1 in frame:
        left += 1  # the parse hangs the comma before the cue on the cue
    # ", sagte der Sprecher": the frame opens with the verb itself (or its auxiliary), perhaps after "so"
    # ("Tatsächlich, so betont die Polizei, ist …").
    left_verb = left + 1 if doc[left].lower_ == german().so and left + 1 in frame else left
    opens_with_verb = left_verb == head.i or (
        doc[left_verb].pos_ == "AUX" and could_be_finite(doc[left_verb])
    )
    if not (opens_with_verb and left > sent.start and doc[left - 1].text == ","):
        return None
    if not _inverted_subject(doc, cue, left, sent):
        return None  # "X lobte A, mahnte aber zur Vorsicht": a second predicate of X, nothing reported
    before = list(range(sent.start, left - 1))
    after = list(range(max(frame) + 1, sent.end))
    if doc[max(frame)].text != "," and not (max(frame) + 1 < sent.end and doc[max(frame) + 1].text == ","):
        after = []
    return runs(doc, before + after)


def _cue_clause_start(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """Where the cue's clause starts when the cue opens it: the cue verb, or a finite auxiliary before
    it with only the subject and adverbs between ("…, hatte er gesagt", "…, teilte X mit")."""
    first = min(cue.tokens)
    start = first
    for token in reversed(doc[sent.start : first]):
        if token.text == ",":
            break
        if token.pos_ in {"AUX", "VERB"} and could_be_finite(token):
            start = token.i
            break
        if token.is_punct:
            return None
    else:
        return None
    before = doc[start - 1] if start > sent.start else None
    # "…, so bestätigt das Gericht": "so" opens the cue clause before its verb.
    if before is not None and before.lower_ == german().so and start - 1 > sent.start:
        start -= 1
        before = doc[start - 1]
    return start if before is not None and before.text == "," else None


def _before_inverted_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """Surface fallback: "Das Land brauche einen Plan, sagte sie.": a cue that opens its clause right
    after a comma, with nothing reported after it, reports the main clause before the comma, whatever
    the parse hangs where (weak parses tag "brauche" as an adjective and link nothing)."""
    opener = _cue_clause_start(doc, cue, sent)
    if opener is None or _after_comma(doc, cue, sent) is not None:
        return None
    if not _inverted_subject(doc, cue, opener, sent):
        return None  # "X, der …, wies den Vorwurf zurück": the subject stands before, nothing is reported
    if any(t.text == ":" for t in doc[max(cue.tokens) + 1 : sent.end]):
        return None  # "…, sagte er: „…“": what was said follows the colon
    colons = [t.i for t in doc[sent.start : opener] if t.text in {":", ";"}]
    start = colons[-1] + 1 if colons else sent.start
    # "Bern, 3. Mai 2024 – Die Reserve werde verlängert, teilte der Bundesrat mit.": after the date line.
    dated = date_line_end(text_of(doc), doc[start].idx)
    if dated is not None:
        start = next((t.i for t in doc[start:opener] if t.idx >= dated), start)
    tokens = [t for t in doc[start : opener - 1] if not t.is_space]
    if not tokens or not _opens_main_clause(tokens[0]) or not _main_clause_verb(tokens):
        return None
    return runs(doc, list(range(start, opener - 1)))


def _inverted_subject(doc: Doc, cue: CueMatch, opener: int, sent: SpacySpan) -> bool:
    """Whether the cue clause has its subject after its verb ("…, sagte sie", "…, teilte X mit"): by the
    parse, or a personal pronoun right after the verb."""
    if doc[opener].lower_ == german().so:
        # "…, so bestätigt das Gericht", "…, so glaubt man": after "so" and its verb comes the subject,
        # whatever case a weak parse gives it.
        following = next((t for t in doc[opener + 2 : sent.end] if t.pos_ != "ADV"), None)
        return following is not None and following.pos_ in {"DET", "PRON", "PROPN", "NOUN"}
    verbs = {doc[opener], doc[cue.head]}
    if any(labels.is_subject(c) and c.i > opener for v in verbs for c in v.children):
        return True
    following = doc[opener + 1] if opener + 1 < sent.end else None
    if following is None:
        return False
    if following.lower_ in german().subject_pronouns:
        return True
    # A noun phrase in the nominative right after the verb, whatever label the parse gave it.
    noun = next((t for t in doc[opener + 1 : sent.end] if t.pos_ not in {"DET", "ADJ", "NUM"}), None)
    return noun is not None and noun.pos_ in {"NOUN", "PROPN"} and "Nom" in noun.morph.get("Case", [])


def _main_clause_verb(tokens: Sequence[Token]) -> bool:
    """Whether the tokens make a main clause (or a dass/ob clause): a finite verb or a Konjunktiv form
    in mid-clause before their first comma: not only at the clause's end (a verb-final clause is
    subordinate: "Erst wenn … gehabt haben") and not only in a relative clause after a noun phrase
    ("Die Angriffe auf X, der … gehört hatte")."""
    if tokens[0].lower_ in german().subordinators:
        return True
    head: list[Token] = []
    for token in tokens:
        if token.text == ",":
            break
        if not token.is_punct:
            head.append(token)
    verbs = [
        t for t in head if (t.pos_ in {"AUX", "VERB"} and could_be_finite(t)) or has_subjunctive_form([t])
    ]
    return bool(verbs) and verbs[0] is not head[0] and (verbs[0] is not head[-1] or len(head) == 2)


def _opens_main_clause(first: Token) -> bool:
    """Whether a clause that starts with `first` may be a main clause or a dass/ob clause: not an
    adverbial clause ("Nachdem …"), a wie-frame or a relative clause."""
    de = german()
    if first.lower_ in de.subordinators:
        return True
    if first.lower_ in de.adverbial_openers or first.lower_ == de.wie or first.pos_ == "SCONJ":
        return False
    return not ("Rel" in first.morph.get("PronType", []) or first.tag_ in RELATIVE_PRONOUN_TAGS)


def _after_comma_clause(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """Surface fallback: "X sagte (…), die Lage sei …" where the parse links no clause to the cue."""
    start = _after_comma(doc, cue, sent)
    if start is None:
        return None
    return runs(doc, list(range(start, clause_end(doc, start, sent.end))))


_Strategy = Callable[["Doc", CueMatch, "SpacySpan"], "list[CharSpan] | None"]
_STRATEGIES: tuple[_Strategy, ...] = (
    _pointing_back,
    _pointer_after_comma,
    _wie_clause,
    _clause_after_cue,
    _clause_before_cue,
    _around_inserted_cue,
    _after_comma_clause,
    _before_inverted_cue,
)


def verb_content(doc: Doc, cue: CueMatch) -> list[CharSpan]:
    """What a speech verb reports: the parts of the first strategy whose construction is there."""
    sent = sentence_of(doc[cue.head])
    for strategy in _STRATEGIES:
        parts = strategy(doc, cue, sent)
        if parts is not None:
            return parts
    return []


def verb_candidate(doc: Doc, cue: CueMatch) -> tuple[list[CharSpan], CharSpan | None] | None:
    """The reported content of a speech-verb cue and its speaker mention."""
    parts = verb_content(doc, cue)
    if not parts:
        return None
    mention = speaker_of_cue(doc, cue, parts)
    if mention is None or not names_someone(doc, mention):
        mention = subject_by_position(doc, cue, parts)
    return parts, mention
