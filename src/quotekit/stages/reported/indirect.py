"""Stage 4: reported speech without quotation marks.

`find_indirect_quotes` changes nothing; the component stores its result on the doc. It finds:
- clauses governed by a speech verb: "X sagte, dass …" (the span keeps "dass", as the corpus does),
  "X sagte, die NATO halte …", "Die Lage sei ernst, sagte X", "Wie X mitteilte, seien …";
- sentences framed by "laut X", "X zufolge", "nach Angaben von X", "…, so X", "Demnach …": the
  sentence less the frame (which may leave two parts);
- clauses after a speech noun: "Stoltenbergs Behauptung, Russland habe keine Antwort gegeben";
- continuation sentences in the Konjunktiv right after an attributed quotation, with its speaker;
- free reported speech: claims with reportative "soll … haben", and main clauses in Konjunktiv I
  with no cue, attributed to the subject of the sentence before or else to the last named source.
A clause that contains a quoted fragment is kind "mixed".
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy
from attrs import evolve
from spacy.attrs import IS_SPACE

from quotekit.lang.de.words import german
from quotekit.records import CueMatch, QuoteRecord
from quotekit.stages.cues import verb_cue
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of
from quotekit.syntax.labels import RELATIVE_PRONOUN_TAGS, ZU_INFINITIVE_TAG
from quotekit.syntax.mentions import clause_subject, speaker_of_cue
from quotekit.syntax.nominals import can_speak, is_nominal
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.verbs import (
    could_be_finite,
    has_subjunctive,
    is_konjunktiv_one,
    is_subjunctive,
    verb_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

Part = tuple[int, int]

_CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "X"})
_NP_HEAD_POS = frozenset({"NOUN", "PROPN", "X"})
_HOST_KINDS = frozenset({"laut", "zufolge", "nach_angaben", "so", "demnach"})
# A reported clause has some words: "dass es so sei" is the shortest kind worth reporting.
_MIN_WORDS = 3
# A clause that is mostly a direct quotation belongs to the direct stage.
_MAX_DIRECT_SHARE = 0.5
# How far a continuation chain may run after its attributed sentence.
_MAX_CONTINUATION = 4


def _words(doc: Doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    return 0 if span is None else sum(1 for t in span if not t.is_punct and not t.is_space)


def _sentence(token: Token) -> SpacySpan:
    """The token's sentence, cut at paragraph breaks (stop-gap parsers run sentences across them)."""
    sent = token.sent
    doc = token.doc
    start, end = sent.start, sent.end
    for t in doc[token.i : sent.end]:
        if "\n" in t.text:
            end = t.i
            break
    for t in reversed(doc[sent.start : token.i]):
        if "\n" in t.text:
            start = t.i + 1
            break
    return doc[start:end]


def _trim(doc: Doc, left: int, right: int) -> Part | None:
    """Characters of tokens [left, right], without edge punctuation and spaces."""
    while (
        left <= right
        and (doc[left].is_punct or doc[left].is_space)
        and doc[left].text not in german().clause_marks
    ):
        left += 1
    while (
        right >= left
        and (doc[right].is_punct or doc[right].is_space)
        and doc[right].text not in german().clause_marks
    ):
        right -= 1
    if left > right:
        return None
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _clause_end(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of a reported clause from `start`: before "und bemühte sich …", ";" or ":".

    A comma or coordinator followed at once by an indicative finite verb starts a new predicate of the
    framing subject ("sagte Köhler, sie müssten …, und bemühte sich …"; "erklärte, er sei unschuldig,
    erkannte … nicht an"), not more reported content.
    """
    for i in range(start + 1, end):
        token = doc[i]
        if token.text in {";", ":"} and i > start + _MIN_WORDS:
            return i
        if (token.text == "," or token.lower_ in german().coordinators) and i + 1 < end:
            following = doc[i + 1]
            if (
                following.pos_ in {"VERB", "AUX"}
                and could_be_finite(following)
                and not is_subjunctive(following)
            ):
                return i
    return end


def _runs(doc: Doc, indices: Sequence[int]) -> list[Part]:
    """Contiguous runs of token indices as trimmed character parts."""
    parts: list[Part] = []
    ordered = sorted(indices)
    run: list[int] = []
    for i in ordered:
        if run and i != run[-1] + 1:
            part = _trim(doc, run[0], run[-1])
            if part is not None:
                parts.append(part)
            run = []
        run.append(i)
    if run:
        part = _trim(doc, run[0], run[-1])
        if part is not None:
            parts.append(part)
    return [p for p in parts if _words(doc, *p) > 0]


# --- verb cues -------------------------------------------------------------------------------------


def _wie_frame(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """ "Wie X mitteilte, …": the index of the "wie" that opens the cue's clause, if there is one."""
    head = doc[cue.head]
    for token in reversed(doc[sent.start : head.i]):
        if token.lower_ == german().wie:
            previous = doc[token.i - 1] if token.i > sent.start else None
            if previous is None or previous.text in {",", "–", "-", "(", "\n"} or previous.is_space:
                between = doc[token.i + 1 : head.i]
                if not any(could_be_finite(t) and t.pos_ in {"VERB", "AUX"} for t in between):
                    return token.i
            return None
        if token.text in {".", ";", ":"}:
            return None
    return None


def _is_relative_pronoun(token: Token) -> bool:
    """A d- or welch- relative pronoun ("die", "dem", "welcher"); a w-word ("was", "wer") may open an
    indirect question, which is reported content."""
    relative = "Rel" in token.morph.get("PronType", []) or token.tag_ in RELATIVE_PRONOUN_TAGS
    return relative and token.lower_.startswith(german().relative_pronoun_starts)


def _opens_non_content_clause(clause: Token) -> bool:
    """Whether a clause is adverbial ("um … zu", "nachdem …", "wobei …") or relative ("die … ist",
    "zu der …"): a speech verb's parse may hang such a clause on it, but it is not what was said.
    A Konjunktiv inside still marks reported speech ("…, weil es zeige, dass …")."""
    words = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    if not words or has_subjunctive(t for t in words if t.pos_ in {"VERB", "AUX"}):
        return False
    first = words[0]
    # The opener must belong to the clause's own verb: in "…, wenn X, werde man handeln" the
    # wenn-clause is only a part of the reported clause.
    if clause not in (first.head, first.head.head):
        return False
    if first.lower_ in german().adverbial_openers:
        return True
    # A relative pronoun first, or right after a preposition ("zu der", "in dem"), in a verb-final
    # clause (a verb-second clause may open with an article: "die Lage sei ernst").
    pronoun = words[1] if first.pos_ == "ADP" and len(words) > 1 else first
    return _is_relative_pronoun(pronoun) and could_be_finite(words[-1])


def _reported_before_cue(doc: Doc, clause: Token, start: int, end: int) -> bool:
    """Whether tokens [start, end] before an inverted cue ("…, sagte er") are a reported clause.

    A reported clause there is a main clause whose own verb is finite ("Die Lage sei ernst", "Beide
    Seiten werden … scheuen") or opens with dass/ob. A clause that ends in its finite verb is
    subordinate ("Da … nicht möglich war, entschied er"), and a phrase without one ("An die
    Gewerkschaften gewandt, sagte er") is no clause: both frame the cue, they are not what was said.
    """
    words = [t for t in doc[start : end + 1] if not (t.is_punct or t.is_space)]
    if not words:
        return False
    if words[0].lower_ in german().subordinators:
        return True
    # A declarative clause has something before its finite verb; one that opens with it ("haben am
    # Montag … gesprochen") is a fragment of a misparse, or a question.
    if words[0].pos_ in {"AUX", "VERB"} and could_be_finite(words[0]):
        return False
    own_verbs = [clause, *(c for c in clause.children if c.pos_ in {"AUX", "VERB"} and not c.is_punct)]
    if not any(v.pos_ in {"AUX", "VERB"} and could_be_finite(v) for v in own_verbs):
        return False
    # Verb-final only where the clause's own finite verb ends it: a relative clause at its end
    # ("Es gebe Hohlräume, zu denen niemand vordringen konnte") ends in that clause's verb.
    last = words[-1]
    return not (last.pos_ in {"AUX", "VERB"} and could_be_finite(last) and last in own_verbs)


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
                _opens_non_content_clause(child)
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
            if doc[nxt].lower_ in german().subordinators:
                return nxt
            segment = _up_to_comma(doc[nxt : sent.end])
            verbs = [t for t in segment if t.pos_ in {"VERB", "AUX"}]
            if verbs and is_subjunctive(verbs[0]):
                return nxt
            if _is_zu_infinitive_clause(segment):  # "versprach, dagegen vorzugehen"
                return nxt
            if verbs:
                return None
            # No verb up to the next comma: an apposition ("erklärte der Eigentümer, das Medienhaus
            # Lensing, dass …"); the reported clause may come after it.
    return None


def _is_zu_infinitive(token: Token) -> bool:
    """ "zu sein", "vorzugehen": an infinitive with "zu" (tagged so, or spelt with it inside)."""
    if token.tag_ == ZU_INFINITIVE_TAG:
        return True
    if token.pos_ not in {"VERB", "AUX"} or verb_form(token) != "Inf":
        return False
    zu = german().zu
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.lower_ == zu:
        return True
    form = token.lower_
    return len(form) > 6 and zu in form[2:-3] and form.endswith("n")


def _up_to_comma(tokens: SpacySpan) -> list[Token]:
    """The tokens before the next comma or stop."""
    segment = []
    for token in tokens:
        if token.text in {",", ".", ";", ":", "?", "!"}:
            break
        segment.append(token)
    return segment


def _is_zu_infinitive_clause(segment: Sequence[Token]) -> bool:
    """ "…, gegen die Randalierer vorzugehen": a clause (the tokens up to the next comma or stop) with
    no finite verb and a zu-infinitive at its end, not opened by "um", "ohne" or "statt"."""
    words = [token for token in segment if not (token.is_punct or token.is_space)]
    if not words or words[0].lower_ in german().adverbial_openers:
        return False
    if any(t.pos_ in {"VERB", "AUX"} and could_be_finite(t) and not _is_zu_infinitive(t) for t in words):
        return False
    verbs = [t for t in words if t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and _is_zu_infinitive(verbs[-1])


def _previous_sentence(doc: Doc, sent: SpacySpan) -> SpacySpan | None:
    """The sentence before `sent` in the same paragraph."""
    if sent.start == 0 or "\n" in doc[sent.start - 1].text:
        return None
    return _sentence(doc[sent.start - 1])


def _anaphoric_content(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[Part]:
    """ "… Dies erklärte der Sprecher …": a demonstrative opens the cue sentence and points back."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in german().demonstratives:
        return []
    verb_at = (
        1
        if words[1].pos_ in {"VERB", "AUX"}
        else 2
        if len(words) > 2 and words[0].lower_ != german().dies
        else -1
    )
    if verb_at < 0 or (
        words[verb_at].i not in (cue.head, *cue.tokens)
        and not (words[verb_at].pos_ == "AUX" and words[verb_at].i < cue.head)
    ):
        return []
    previous = _previous_sentence(doc, sent)
    if previous is None:
        return []
    return _runs(doc, [t.i for t in previous])


def _verb_content(doc: Doc, cue: CueMatch) -> list[Part]:
    head = doc[cue.head]
    sent = _sentence(head)
    cue_set = set(cue.tokens)
    anaphoric = _anaphoric_content(doc, cue, sent)
    if anaphoric:
        return anaphoric
    # "Wie X mitteilte, seien …": the sentence less the wie-clause.
    wie = _wie_frame(doc, cue, sent)
    if wie is not None:
        frame = set(range(wie, max(cue.tokens) + 1))
        rest = [t.i for t in sent if t.i not in frame]
        return _runs(doc, rest)
    clause = _complement(doc, cue)
    if clause is not None:
        subtree = sorted(t.i for t in clause.subtree if t.i not in cue_set and sent.start <= t.i < sent.end)
        if clause.i > head.i:
            start = (
                min(i for i in subtree if i > max(cue.tokens))
                if any(i > max(cue.tokens) for i in subtree)
                else None
            )
            if start is not None:
                # Weak parses hang words of the clause on the cue ("sagte, dem Iran bleibe …" with "dem
                # Iran" under "sagte"): what follows the comma after the cue belongs to the clause, and
                # a verb-second clause runs on to the end of the sentence (or of its own predicate).
                comma = next((t.i for t in doc[max(cue.tokens) + 1 : start] if t.text == ","), None)
                if comma is not None and not any(t.text in {".", ";", ":"} for t in doc[comma:start]):
                    start = comma + 1
                limit = max(subtree) + 1
                if doc[start].lower_ not in german().subordinators:
                    limit = max(limit, sent.end)
                end = _clause_end(doc, start, limit)
                return _runs(doc, list(range(start, end)))
        else:
            # "Die Lage sei ernst, sagte er": the clause before the cue.
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
            if not second_predicate and _reported_before_cue(doc, clause, start, end):
                return _runs(doc, list(range(start, end + 1)))
            # A frame before the cue ("An die Gewerkschaften gewandt, sagte Köhler, sie müssten …"):
            # the reported clause, if any, comes after it.
    # The cue clause after the content: "…, sagte der Sprecher." (the cue hangs on the content).
    if not labels.is_root(head) and head.head.i < head.i and head.head.i >= sent.start:
        frame = {t.i for t in head.subtree}
        left = min(frame)
        if doc[left].text == "," and left + 1 in frame:
            left += 1  # the parse hangs the comma before the cue on the cue
        # ", sagte der Sprecher": the frame opens with the verb itself (or its auxiliary).
        opens_with_verb = left == head.i or (doc[left].pos_ == "AUX" and could_be_finite(doc[left]))
        if opens_with_verb and left > sent.start and doc[left - 1].text == ",":
            before = list(range(sent.start, left - 1))
            after = list(range(max(frame) + 1, sent.end))
            if doc[max(frame)].text != "," and not (
                max(frame) + 1 < sent.end and doc[max(frame) + 1].text == ","
            ):
                after = []
            return _runs(doc, before + after)
    start = _after_comma(doc, cue, sent)
    if start is not None:
        return _runs(doc, list(range(start, _clause_end(doc, start, sent.end))))
    return []


# --- "laut X", "X zufolge", "nach Angaben von X", "…, so X", "Demnach …" --------------------------


def _noun_phrase_after(doc: Doc, index: int, limit: int) -> list[int]:
    """Token indices of the noun phrase starting at `index`: "dem Direktor der Behörde Roberto Rodriguez"."""
    taken: list[int] = []
    seen_head = False
    i = index
    while i < limit:
        token = doc[i]
        if token.text in german().clause_marks or token.text in {"(", ")"}:
            taken.append(i)
        elif seen_head and token.lower_ in german().genitive_articles:
            # A genitive or "von" attribute only when a noun follows soon.
            ahead = doc[i + 1 : min(limit, i + 4)]
            if not any(t.pos_ in _NP_HEAD_POS for t in ahead):
                break
            taken.append(i)
            seen_head = False
        elif token.pos_ in _NP_HEAD_POS:
            taken.append(i)
            seen_head = True
        elif token.pos_ in _NP_POS and not seen_head:
            taken.append(i)
        elif (
            token.text == "," and seen_head and i + 1 < limit and doc[i + 1].pos_ in {"DET", "PROPN", "NOUN"}
        ):
            # "so Ursula Castrup, die Leiterin der Fachstelle": an apposition at the end.
            taken.append(i)
            seen_head = False
        else:
            break
        i += 1
    while taken and (
        doc[taken[-1]].is_punct
        and doc[taken[-1]].text != ")"
        and doc[taken[-1]].text not in german().phrase_closing_marks
    ):
        taken.pop()
    return taken if any(doc[i].pos_ in _NP_HEAD_POS for i in taken) else []


def _noun_phrase_before(doc: Doc, index: int, limit: int) -> list[int]:
    """Token indices of the noun phrase ending at `index`: "Angaben des seismologischen Instituts"."""
    taken: list[int] = []
    i = index
    while i >= limit:
        token = doc[i]
        if (
            token.pos_ in _NP_POS
            or token.text in german().clause_marks
            or token.lower_ in german().genitive_articles
        ):
            if token.pos_ in {"PRON"} and token.lower_ not in german().possessive_determiners:
                break
            taken.append(i)
            i -= 1
            continue
        break
    return sorted(taken)


def _host_frame(doc: Doc, cue: CueMatch, sent: SpacySpan) -> tuple[set[int], list[int]]:
    """The frame tokens (cue + source) and the source noun phrase of a host-sentence cue."""
    cue_set = set(cue.tokens)
    first, last = min(cue.tokens), max(cue.tokens)
    if cue.kind == "demnach":
        return cue_set, []
    if cue.kind == "zufolge":
        if cue.lemma == german().nach:  # "Seiner Meinung nach": the noun is part of the cue
            source = _noun_phrase_before(doc, last - 1, sent.start)
        else:
            source = _noun_phrase_before(doc, first - 1, sent.start)
        return cue_set | set(source), source
    if cue.kind == "nach_angaben":
        source = _noun_phrase_after(doc, first + 1, sent.end)
        return cue_set | set(source), source
    source = _noun_phrase_after(doc, last + 1, sent.end)
    frame = cue_set | set(source)
    if cue.kind == "so" and first > sent.start and doc[first - 1].text == ",":
        frame.add(first - 1)
        if source and max(source) + 1 < sent.end and doc[max(source) + 1].text == ",":
            frame.add(max(source) + 1)
        # "…, so Price weiter." / "…, so Price am Montag.": the rest up to the clause end is frame.
        end = max(source) + 1 if source else last + 1
        while end < sent.end and doc[end].text not in {",", ".", ";", "!", "?"}:
            frame.add(end)
            end += 1
    return frame, source


def _host_content(doc: Doc, cue: CueMatch) -> tuple[list[Part], list[int]]:
    sent = _sentence(doc[cue.head])
    frame, source = _host_frame(doc, cue, sent)
    start = sent.start
    if cue.kind == "demnach" and doc[cue.head].lower_ == german().wonach:
        start = cue.head + 1  # "ein Bericht, wonach …": only the clause after "wonach"
    rest = [t.i for t in doc[start : sent.end] if t.i not in frame]
    return _runs(doc, rest), source


# --- nominal cues ----------------------------------------------------------------------------------


def _noun_content(doc: Doc, cue: CueMatch) -> list[Part]:
    """ "Stoltenbergs Behauptung, Russland habe …": the clause after the comma, reported or with dass."""
    noun = doc[cue.head]
    sent = _sentence(noun)
    start = noun.i + 2
    if start >= sent.end:
        return []
    following = doc[start : sent.end]
    verbs = [t for t in following[:10] if t.pos_ in {"VERB", "AUX"}]
    if doc[start].lower_ not in german().subordinators and not (verbs and is_subjunctive(verbs[0])):
        return []
    return _runs(doc, list(range(start, sent.end)))


def _noun_speaker(doc: Doc, cue: CueMatch) -> Part | None:
    """ "Stoltenbergs Behauptung" / "die Behauptung des Ministers": the genitive attribute of the noun."""
    noun = doc[cue.head]
    if noun.i > 0:
        previous = doc[noun.i - 1]
        if previous.pos_ == "PROPN" or labels.is_genitive_attribute(previous):
            return previous.idx, previous.idx + len(previous.text)
    source = _noun_phrase_after(doc, noun.i + 1, len(doc)) if noun.i + 1 < len(doc) else []
    if source and doc[source[0]].lower_ in german().genitive_articles - german().von:
        return doc[source[0]].idx, doc[source[-1]].idx + len(doc[source[-1]].text)
    return None


# --- shared ------------------------------------------------------------------------------------------


def _overlap(part: Part, others: Sequence[Part]) -> int:
    return sum(max(0, min(part[1], e) - max(part[0], s)) for s, e in others)


def _mostly_direct(parts: Sequence[Part], direct: Sequence[Part]) -> bool:
    total = sum(e - s for s, e in parts)
    covered = sum(_overlap(p, direct) for p in parts)
    return total == 0 or covered / total > _MAX_DIRECT_SHARE


def _contains_marks(doc: Doc, parts: Sequence[Part]) -> bool:
    return any(ch in german().clause_marks for s, e in parts for ch in text_of(doc)[s:e])


def _source_span(doc: Doc, source: Sequence[int]) -> Part | None:
    if not source:
        return None
    first, last = doc[min(source)], doc[max(source)]
    return first.idx, last.idx + len(last.text)


def _names_someone(doc: Doc, mention: Part) -> bool:
    """A mention worth keeping has a noun, a name or a pronoun ("Aktuell" or "Zuletzt" is no speaker)."""
    span = doc.char_span(*mention, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"NOUN", "PROPN", "PRON"} or is_nominal(t) for t in span)


def _subject_by_position(doc: Doc, cue: CueMatch, parts: Sequence[Part]) -> Part | None:
    """When the parse gives the cue no subject: the noun phrase right after the verb ("sagte Karsai")
    or the one that opens the sentence right before it ("Die Union sagte")."""
    head = doc[cue.head]
    sent = _sentence(head)
    inside = {t.i for p in parts for t in (doc.char_span(*p, alignment_mode="expand") or [])}
    after = max(cue.tokens) + 1 if len(cue.tokens) > 1 and max(cue.tokens) == head.i + 1 else head.i + 1
    nominal = after < sent.end and after not in inside and doc[after].pos_ in {"DET", "PROPN", "NOUN", "PRON"}
    if nominal and (doc[after].pos_ != "PRON" or doc[after].lower_ in german().subject_pronouns):
        source = [i for i in _noun_phrase_after(doc, after, sent.end) if i not in inside]
        if source:
            return _source_span(doc, source)
    opening = [i for i in _noun_phrase_after(doc, sent.start, head.i) if i not in inside]
    if opening and max(opening) + 1 >= head.i - 1 and opening[0] == sent.start:
        return _source_span(doc, opening)
    return None


def _candidate(
    doc: Doc, cue: CueMatch, records: Sequence[QuoteRecord]
) -> tuple[list[Part], Part | None] | None:
    if cue.kind == "verb":
        parts = _verb_content(doc, cue)
        if not parts:
            return None
        mention = speaker_of_cue(doc, cue, parts)
        if mention is None or not _names_someone(doc, mention):
            mention = _subject_by_position(doc, cue, parts)
        return parts, mention
    if cue.kind in _HOST_KINDS:
        parts, source = _host_content(doc, cue)
        mention = _source_span(doc, source)
        if cue.kind == "demnach" and records:
            mention = records[-1].mention  # "Demnach …" points back to the last source
        return (parts, mention) if parts else None
    if cue.kind == "noun":
        parts = _noun_content(doc, cue)
        return (parts, _noun_speaker(doc, cue)) if parts else None
    return None


def _main_clause_subjunctive(sent: SpacySpan) -> bool:
    """Whether the sentence's main clause is in the Konjunktiv (root verb or its auxiliaries)."""
    root = sent.root
    verbs = [root] + [
        c for c in root.children if c.pos_ in {"AUX", "VERB"} and not labels.is_clausal_complement(c)
    ]
    if has_subjunctive(v for v in verbs if v.pos_ in {"VERB", "AUX"}):
        return True
    # Stop-gap parses often pick a wrong root: fall back on the first finite verb of the sentence.
    forms = german().subjunctive_forms
    first = next(
        (t for t in sent if (t.pos_ in {"VERB", "AUX"} and could_be_finite(t)) or t.lower_ in forms), None
    )
    return first is not None and is_subjunctive(first)


def _sentences(doc: Doc) -> list[SpacySpan]:
    """The doc's sentences, split at paragraph breaks."""
    # Line breaks are white-space tokens: find them in the array, not token by token.
    breaks = [i for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in doc[i].text]
    result: list[SpacySpan] = []
    for sent in doc.sents:
        start = sent.start
        for i in breaks[bisect_left(breaks, sent.start) : bisect_left(breaks, sent.end)]:
            if i > start:
                result.append(doc[start:i])
            start = i + 1
        if start < sent.end:
            result.append(doc[start : sent.end])
    return [s for s in result if any(not t.is_space for t in s)]


def _sentence_part(
    doc: Doc, sent: SpacySpan, cue_starts: Sequence[int], taken: Sequence[Part]
) -> Part | None:
    """The sentence as a quotation of its own: no cue in it, no quotation found in it, words enough."""
    span = (sent.start_char, sent.end_char)
    if any(span[0] <= s < span[1] for s in cue_starts) or _overlap(span, taken):
        return None
    part = _trim(doc, sent.start, sent.end - 1)
    if part is None or _words(doc, *part) < _MIN_WORDS:
        return None
    return part


def _reportative(
    doc: Doc, sent: SpacySpan, cue_starts: Sequence[int], taken: Sequence[Part]
) -> QuoteRecord | None:
    """ "Er soll den Ausbrechern geholfen haben": reportative "sollen" marks a claim of someone else."""
    if not any(
        word in text_of(doc)[sent.start_char : sent.end_char].lower() for word in german().reportative
    ):
        return None  # the common case, decided on the characters alone
    finite = next((t for t in sent if t.pos_ in {"VERB", "AUX"} and could_be_finite(t)), None)
    if finite is None or finite.lower_ not in german().reportative:
        return None
    # With a perfect infinitive ("soll … geholfen haben") "sollen" reports; otherwise it may order.
    tail = [t.lower_ for t in sent if t.pos_ in {"VERB", "AUX"} and t.i > finite.i]
    if not (tail and tail[-1] in german().perfect_auxiliaries):
        return None
    part = _sentence_part(doc, sent, cue_starts, taken)
    return None if part is None else QuoteRecord(parts=[part], kind="indirect", cue=None, mention=None)


def _verb_second(sent: SpacySpan) -> Token | None:
    """The finite verb of a main clause by position: the first finite verb, with no comma or
    subordinating word before it (parses often hang it deeper, as a copula or auxiliary)."""
    for token in sent:
        if token.pos_ in {"VERB", "AUX"} and could_be_finite(token):
            return token
        if token.text == "," or token.pos_ == "SCONJ" or token.lower_ in german().subordinators:
            return None
    return None


def _free_reported(
    doc: Doc, sent: SpacySpan, cue_starts: Sequence[int], taken: Sequence[Part]
) -> QuoteRecord | None:
    """ "Der Mann sei 18 bis 25 Jahre alt.": a main clause in Konjunktiv I reports speech even with no
    speech verb in sight; news prose uses that mood for nothing else."""
    # The main clause's finite verb by position; where commas or a subordinate clause come first,
    # by the parse (its root and the root's auxiliaries).
    verb_second = _verb_second(sent)
    if verb_second is not None:
        if not is_konjunktiv_one(verb_second):
            return None
    else:
        root = sent.root
        verbs = [root] + [
            c for c in root.children if c.pos_ in {"AUX", "VERB"} and not labels.is_clausal_complement(c)
        ]
        if not any(v.pos_ in {"VERB", "AUX"} and could_be_finite(v) and is_konjunktiv_one(v) for v in verbs):
            return None
    if any(t.lower_ in german().first_person_pronouns for t in sent):
        return None
    part = _sentence_part(doc, sent, cue_starts, taken)
    return None if part is None else QuoteRecord(parts=[part], kind="indirect", cue=None, mention=None)


def _previous_subject(sentences: Sequence[SpacySpan], k: int) -> Part | None:
    """The speaker a free reported sentence most likely goes back to: the subject of the sentence
    before it ("Die Kriminalpolizei bittet um Mithilfe. Der Mann sei …"), when that can speak."""
    if k == 0:
        return None
    subject = clause_subject(sentences[k - 1].root)
    if subject is None or subject.is_space or not can_speak(subject):
        return None
    return mention_of(subject)


def _continued_part(
    doc: Doc, sent: SpacySpan, cue_starts: Sequence[int], taken: Sequence[Part]
) -> Part | None:
    """The sentence as the next part of the speech before it: in the Konjunktiv, with no cue of its own."""
    if not _main_clause_subjunctive(sent):
        return None
    return _sentence_part(doc, sent, cue_starts, taken)


def _continuations(doc: Doc, records: Sequence[QuoteRecord], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """Konjunktiv sentences right after an attributed quotation (the same speaker goes on), and
    reported sentences with no cue: reportative "soll" and free Konjunktiv I main clauses."""
    found: list[QuoteRecord] = []
    cue_starts = [c.extent[0] for c in cues if c.kind != "colon"]
    taken = [p for r in records for p in r.parts]
    ordered = sorted(records, key=lambda r: r.end)
    source: QuoteRecord | None = None
    run = 0
    sentences = _sentences(doc)
    for k, sent in enumerate(sentences):
        span = (sent.start_char, sent.end_char)
        inside = [r for r in ordered if r.start < span[1] and span[0] < r.end]
        if inside:
            # The speaker goes on even when the parse found no mention for it (then None again).
            source = inside[-1]
            run = 0
            continue
        if source is not None and run < _MAX_CONTINUATION:
            part = _continued_part(doc, sent, cue_starts, taken)
            if part is not None:
                if run and found:
                    # The corpus keeps a run of continuation sentences together as one quotation.
                    previous = found.pop()
                    part = (previous.start, part[1])
                kind = "mixed" if _contains_marks(doc, [part]) else "indirect"
                found.append(QuoteRecord(parts=[part], kind=kind, cue=None, mention=source.mention))
                run += 1
                continue
        source = None
        # No attributed quotation right before: a claim that reports itself by its verb form.
        reportative = _reportative(doc, sent, cue_starts, taken)
        if reportative is None:
            free = _free_reported(doc, sent, cue_starts, taken)
            mention = _previous_subject(sentences, k) if free is not None else None
            if free is not None and mention is not None:
                record = evolve(free, mention=mention)
                found.append(record)
                source, run = record, 1  # Konjunktiv sentences after it go on with it
                continue
            reportative = free
        if reportative is not None:
            # The source of a reportative claim is, if anyone, the last one the text named.
            before = [r for r in ordered if r.end <= sent.start_char and r.mention is not None]
            mention = before[-1].mention if before else None
            found.append(evolve(reportative, mention=mention))
    return found


def find_indirect_quotes(
    doc: Doc, cues: Sequence[CueMatch], direct: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """Reported speech: cue-governed clauses, framed sentences and continuations. Changes nothing."""
    direct_parts = [p for r in direct for p in r.parts]
    records: list[QuoteRecord] = []
    for cue in cues:
        candidate = _candidate(doc, cue, records)
        if candidate is None:
            continue
        parts, mention = candidate
        if sum(_words(doc, *p) for p in parts) < _MIN_WORDS:
            continue
        if _mostly_direct(parts, direct_parts):
            continue
        mine = [p for r in records for p in r.parts]
        if any(_overlap(p, mine) for p in parts):
            continue
        host = next(
            (k for k, r in enumerate(records) if any(s <= cue.extent[0] < e for s, e in r.parts)), None
        )
        if host is not None:
            # "…, dass beide vereinbart haben, Treffen abzuhalten": speech reported inside reported
            # speech is part of the outer quotation, which goes on up to the end of the inner one.
            outer = records[host]
            gap = text_of(doc)[outer.parts[-1][1] : parts[0][0]]
            after = parts[0][0] >= outer.parts[-1][1]
            if len(parts) == 1 and after and not gap.strip(" ,\n"):
                extended = [*outer.parts[:-1], (outer.parts[-1][0], parts[0][1])]
                kind = "mixed" if _contains_marks(doc, extended) else outer.kind
                records[host] = evolve(outer, parts=extended, kind=kind)
            continue
        kind = "mixed" if _contains_marks(doc, parts) else "indirect"
        records.append(QuoteRecord(parts=parts, kind=kind, cue=cue, mention=mention))
    records += _continuations(doc, list(direct) + records, cues)
    return sorted(records, key=lambda r: (r.start, r.end))


def merge_quotes(direct: Sequence[QuoteRecord], reported: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Direct and reported quotations together, in text order.

    A direct quotation that lies wholly inside a mixed one is a quoted fragment of that reported
    speech ("… habe „keinerlei Plan“ vorgelegt"), not a quotation of its own: it is left out.
    """
    mixed = [part for record in reported if record.kind == "mixed" for part in record.parts]

    def inside_mixed(record: QuoteRecord) -> bool:
        return all(any(s <= start and end <= e for s, e in mixed) for start, end in record.parts)

    kept = [record for record in direct if not inside_mixed(record)]
    return sorted([*kept, *reported], key=lambda r: (r.start, r.end))
