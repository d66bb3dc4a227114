"""Reported speech governed by a speech verb: "X sagte, dass …", "X sagte, die NATO halte …", "Die Lage
sei ernst, sagte X", "Wie X mitteilte, seien …", "Dies erklärte der Sprecher".

`verb_content` tries the strategies (`_STRATEGIES`) in order; the first whose construction is there
gives the content. To add a construction, write a strategy and put it in the list where it belongs.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from quotekit.lang.de import mood
from quotekit.lang.de.lemmas import is_speech_noun_form
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueMatch
from quotekit.stages.cues import verb_cue
from quotekit.stages.reported.clauses import (
    clause_end,
    content_after_comma,
    is_d_relative_pronoun,
    opens_non_content_clause,
    pronoun_after_comma,
    reported_before_cue,
)
from quotekit.stages.reported.inverted import (
    around_inserted_cue,
    before_inverted_cue,
    main_clause_before_cue,
    pointer_after_comma,
)
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    lower_at,
    pos_at,
    run_cache,
    text_at,
    text_of,
    token_lower,
    token_pos,
    token_text,
    token_texts,
)
from quotekit.syntax.labels import NOUN_POS, RELATIVE_PRONOUN_TAGS, VERB_POS
from quotekit.syntax.mentions import clause_subject, passive_agent, speaker_of_cue
from quotekit.syntax.nominals import can_speak, is_person_name, names_someone
from quotekit.syntax.positions import subject_by_position
from quotekit.syntax.spans import (
    doc_slice,
    first_word,
    last_sentence_before,
    previous_sentence,
    runs,
    sentence_of,
    token_range,
)
from quotekit.syntax.verbs import (
    could_be_finite,
    first_finite_verb,
    has_subjunctive_form,
    indicative_verb_second,
    is_finite,
    is_konjunktiv_one,
    is_subjunctive,
    is_zu_infinitive,
    is_zu_infinitive_clause,
    looks_like_konjunktiv,
    may_be_konjunktiv_two_plural,
    mistagged_konjunktiv,
    plural_finite_taken_for_infinitive,
    up_to_comma,
    verb_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["verb_candidate", "verb_content"]

_CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
# Word classes a tagger gets right that open no main clause after a fronted clause's comma.
_NO_VERB_SECOND_POS = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART"})
_COMPLEMENTS_KEY = "verbs.complements"  # the run cache's entry: (cue head, cue tokens) -> clause token
# How far after the cue a negation may close its clause ("bestätigte dies gestern nicht, dass").
_NEGATION_REACH = 5
# A relative pronoun and the word after it, which tells it from an article ("die es", not "die Lage").
_RELATIVE_CLAUSE_WORDS = 2


def _wie_frame(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """ "Wie X mitteilte, …": the index of the "wie" that opens the cue's clause, if there is one and it is the
    narrator's (`_compared_inside_report`: not "…, wie sie der Kläger verlangt habe, …")."""
    wie = _wie_opening(doc, cue, sent)
    return None if wie is None or _compared_inside_report(doc, cue.head, sent.end) else wie


def _wie_opening(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """The index of a "wie" that opens the cue's clause, whoever's clause it is."""
    head = doc[cue.head]
    wie = german().wie
    texts = token_texts(doc)
    # (by index, and by the words' texts: no `Span` per cue, no `Token` per word passed; a word's lower
    # case is its text's)
    for i in range(head.i - 1, sent.start - 1, -1):
        if texts[i].lower() == wie:
            token = doc[i]
            previous = doc[token.i - 1] if token.i > sent.start else None
            # "Wie X mitteilte", "…, wie X mitteilte", "Denn wie X berichtete, …" (a conjunction or
            # adverb opening the sentence before it).
            opening = (
                previous is not None and previous.i == sent.start and token_pos(previous) in {"CCONJ", "ADV"}
            )
            if (
                previous is None
                or opening
                or token_text(previous) in {",", "–", "-", "(", "\n"}
                or previous.is_space
            ):
                # No finite verb between (by tag or morphology: a weak tagger makes "t-online.de" a verb).
                between = doc[token.i + 1 : head.i]
                # (nor a Konjunktiv a weak tagger took for an adjective: "…, wie günstiger Wohnraum verschwinde,
                # sagte sie" is a clause of what was said, with the cue after it)
                if not any(
                    (is_finite(t) and token_pos(t) in {"VERB", "AUX"})
                    or (text_at(doc, t.i + 1) == "," and looks_like_konjunktiv(t))
                    for t in between
                ):
                    return token.i
            return None
        if texts[i] in {".", ";", ":"}:
            return None
    return None


def _compared_inside_report(doc: Doc, head: int, end: int) -> bool:
    """Whether the verb `head` closes its wie-clause with an auxiliary in the Konjunktiv ("…, wie er in die Kamera
    gesagt habe", "wie das Werk gewürdigt werden könne", "wie sie der Kläger verlangt habe"): a question or
    comparison inside what is reported, no frame of the narrator's."""
    k = head + 1
    while k < end and pos_at(doc, k) == "AUX":
        if is_subjunctive(doc[k]):
            return True
        k += 1
    return False


def _subject_after(verb: Token, excluded: set[int]) -> bool:
    """Whether `verb` has a subject of its own after it: an inverted cue ("…, sagte der Nato-Chef")."""
    return any(labels.is_subject(c) and c.i > verb.i and c.i not in excluded for c in verb.children)


def _run_before(doc: Doc, index: int, floor: int) -> range:
    """Token indices right before `index`, back to `floor` or to the nearest comma, colon or semicolon."""
    start = index
    while start > floor and text_at(doc, start - 1) not in {",", ":", ";"}:
        start -= 1
    return range(start, index)


def _has_own_subject(verb: Token, excluded: set[int]) -> bool:
    """Whether `verb` has a subject of its own outside the tokens `excluded` ("sagte der Nato-Chef")."""
    return any(labels.is_subject(child) and child.i not in excluded for child in verb.children)


def _complement(doc: Doc, cue: CueMatch) -> Token | None:
    """The clause the cue verb governs (a clausal complement or a parataxis), if the parse has one (found
    once per cue and run: the strategies after the cue and before it both ask)."""
    found: dict[tuple[int, tuple[int, ...]], int | None] = run_cache(doc).setdefault(_COMPLEMENTS_KEY, {})
    key = (cue.head, cue.tokens)
    if key not in found:
        clause = _find_complement(doc, cue)
        found[key] = None if clause is None else clause.i
    i = found[key]
    return None if i is None else doc[i]


def _find_complement(doc: Doc, cue: CueMatch) -> Token | None:
    head = doc[cue.head]
    heads = [head]
    if not labels.is_root(head) and token_pos(head) in {"VERB", "AUX"} and not could_be_finite(head):
        heads.append(head.head)  # "hat … gesagt": the clause may hang on the auxiliary
    # "stellte klar, dass …": weak parses hang the clause on the particle.
    heads += [doc[i] for i in cue.tokens if i != head.i]
    for verb in heads:
        for child in verb.children:
            if child.i in cue.tokens or token_pos(child) not in _CLAUSE_POS:
                continue
            if not (child.n_lefts or child.n_rights):
                continue  # "erklärte anschließend, …": one word alone makes no clause
            if (
                (labels.is_clausal_complement(child) or labels.is_parataxis(child))
                and not opens_non_content_clause(child)
                and _set_off(doc, verb, child)
            ):
                return child
            # Any verbal clause that opens with "dass"/"ob", whatever its label.
            if (
                token_pos(child) in {"VERB", "AUX"}
                and child.i > verb.i
                and token_lower(child.left_edge) in german().subordinators
            ):
                return child
    return None


def _set_off(doc: Doc, verb: Token, clause: Token) -> bool:
    """Whether a clause the parse hangs on the cue may be what was said: one before the verb, one a comma,
    colon or mark sets off after it, or a zu-infinitive. Not words running on from the verb ("meldete sich
    sichtlich bewegt zu Wort" with "bewegt" parsed as its complement)."""
    start = clause.left_edge.i
    if start < verb.i or any(t.is_punct for t in doc[verb.i + 1 : start + 1]):
        return True
    # (a comma left out before an infinitive or a question: "erwog bereits vom Vertrag zurückzutreten", "kann
    # nicht glauben was passiert sei")
    de = german()
    opening = token_lower(doc[start])
    return (
        not is_finite(clause)
        or opening in de.question_words
        or opening in de.subordinators
        or any(token_lower(c) == de.zu and c.i < clause.i for c in clause.children)
    )


def _anaphoric_content(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan]:
    """ "… Dies erklärte der Sprecher …": a demonstrative opens the cue sentence and points back."""
    # (the first three words are all the rule reads: the rest of the sentence is not walked for each cue)
    words = list(islice((t for t in sent if not t.is_space and not t.is_punct), 3))
    if len(words) < 2 or token_lower(words[0]) not in german().demonstratives:
        return []
    # "Dies erklärte …", "Das sagte …": the pronoun (not "Dieser bestätigte, dass …": a person); "Diese
    # Zahlen bestätigte …": a demonstrative determiner and its noun ("Das Unternehmen teilte mit" opens
    # with an article and points nowhere).
    de = german()
    verb_at = (
        1
        if (token_pos(words[1]) in {"VERB", "AUX"} or words[1].i == cue.head)
        and token_lower(words[0]) in de.pointers
        else 2
        if len(words) > 2 and token_lower(words[0]) in de.demonstrative_determiners
        else -1
    )
    # "Das hatte er gesagt": the auxiliary of the cue, in the same clause ("Das hatte er längst getan,
    # wie sein Anwalt mitteilte" points nowhere: the cue stands in a clause of its own after a comma).
    verb = words[verb_at]
    if verb_at < 0 or (
        verb.i not in (cue.head, *cue.tokens)
        and not (token_pos(verb) == "AUX" and verb.i < cue.head and not _comma_between(doc, verb.i, cue.head))
    ):
        return []
    # "Diese Gefahr dürfe nicht verharmlost werden": the determiner's noun is the one the verb speaks of,
    # not what someone said ("Diese Zahlen bestätigte der Sprecher" has a speaker of its own).
    if verb_at == 2 and (subject := clause_subject(doc[cue.head])) is not None and subject.i == words[1].i:
        return []
    previous = previous_sentence(doc, sent)
    if previous is None and verb_at == 1 and verb.i in (cue.head, *cue.tokens):
        # (across a paragraph break only the pronoun right before the speech verb: "Dies gab X bekannt", not
        # "Dieses Ergebnis wurde … angezweifelt" or "Das ist weniger, als sich X erhoffen konnte")
        previous = _last_sentence_of_paragraph_before(doc, sent)
    if previous is None:
        return []
    return runs(doc, [t.i for t in previous])


def _last_sentence_of_paragraph_before(doc: Doc, sent: SpacySpan) -> SpacySpan | None:
    """ "… ein falscher Leim verwandt.¶Dies gab Professor X bekannt": a pointer that opens a paragraph points back
    to the last sentence of the paragraph before, when that ends as a sentence does (not a headline's words)."""
    previous = last_sentence_before(doc, sent.start)
    if previous is None:
        return None
    last = next((t for t in reversed(previous) if not (t.is_space or t.is_quote)), None)
    if last is None or token_text(last) not in _SENTENCE_ENDS:
        return None
    # (not a sentence in the Konjunktiv, which reports someone's words already: "Die Köche könnten wechseln.¶Das
    # bezweifelt der Betriebsrat" doubts them)
    return None if has_subjunctive_form(t for t in previous if token_pos(t) in {"VERB", "AUX"}) else previous


# What ends a sentence of running text (a headline ends in none of them).
_SENTENCE_ENDS = frozenset({".", "!"})


def _comma_between(doc: Doc, first: int, last: int) -> bool:
    """Whether a comma stands between tokens `first` and `last`."""
    return any(token_text(t) == "," for t in doc[first + 1 : last])


# --- the strategies, tried in order by `verb_content` ------------------------------------------------
# Each returns the content's parts, possibly none, when its construction is there, and None when it is not.


def _pointing_back(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "… Dies erklärte der Sprecher …": the sentence before, when a demonstrative opens the cue's."""
    # "Diese besagt, dass …": a cue that governs a dass- or ob-clause after it says what it reports there.
    clause = _complement(doc, cue)
    if clause is not None and clause.i > cue.head:
        opener = next((t for t in clause.subtree if not t.is_punct), clause)
        if token_lower(opener) in german().subordinators:
            return None
    # "Diese betonte, die Stadt …": a demonstrative for a person, whose words follow the comma
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if (
        first is not None
        and token_lower(first) in german().demonstrative_pronoun_genders
        and content_after_comma(doc, cue, sent) is not None
    ):
        return None
    return _anaphoric_content(doc, cue, sent) or None


def _wie_clause(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "Wie X mitteilte, seien …": the sentence less the wie-clause; nothing for a wie-clause inside what is
    reported (`_compared_inside_report`), whose verb says nothing of its own."""
    wie = _wie_opening(doc, cue, sent)
    if wie is None:
        return None
    if _compared_inside_report(doc, cue.head, sent.end):
        return []
    # "Denn wie X berichtete, …": the word that opens the sentence before "wie" belongs to the frame.
    first = wie - 1 if wie - 1 == sent.start else wie
    # (to the end of the wie-clause: "Wie berichtet wurde, sei …" keeps its auxiliary in the frame)
    frame_end = max(cue.tokens)
    auxiliaries = frame_end
    while auxiliaries + 1 < sent.end and pos_at(doc, auxiliaries + 1) == "AUX":
        auxiliaries += 1
    # (not the main clause's verb where no comma closes the frame: "Wie die Sender berichten sind …"; but the
    # frame's own where it ends the sentence: "…, wie Hoyzer zitiert wird.")
    # (an indicative passive or perfect auxiliary: "…, wie er … gesagt habe", "…, wie es gewürdigt werden könne" end
    # a question or a clause of the report, no frame)
    closes = all(t.is_punct or t.is_space for t in doc[auxiliaries + 1 : sent.end]) and not any(
        is_subjunctive(t) or t.tag_ in labels.MODAL_TAGS for t in doc[frame_end + 1 : auxiliaries + 1]
    )
    if auxiliaries > frame_end and (closes or text_at(doc, auxiliaries + 1) == ","):
        frame_end = auxiliaries
    frame = set(range(first, frame_end + 1))
    rest = [t.i for t in sent if t.i not in frame]
    # "…, wie zunächst angenommen, …", "Wie erwartet, …": a frame that names no source compares with what was
    # thought or said before; only a Konjunktiv (or a reportative "sollen") after it makes the rest someone's
    # words.
    # (adverbs only between, and no auxiliary after the participle: "wie heute bekannt wurde" reports)
    last = max(cue.tokens)
    auxiliary = any(pos_at(doc, i) == "AUX" for i in (*cue.tokens, last + 1) if i < len(doc))
    sourceless = not auxiliary and all(token_pos(t) == "ADV" and t.is_lower for t in doc[wie + 1 : cue.head])
    reportative = german().reportative
    if sourceless and not any(
        pos_at(doc, i) in VERB_POS and (is_subjunctive(doc[i]) or lower_at(doc, i) in reportative)
        for i in rest
    ):
        return []
    return runs(doc, rest)


# What ends the cue's clause before an indicative one that is the narrator's next: a semicolon, a dash.
_NARRATOR_BREAKS = frozenset({";", "–", "—"})


def _clause_after_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """ "X sagte, dass …", "X sagte, die NATO halte …": the clause the cue governs, after it."""
    head = doc[cue.head]
    clause = _complement(doc, cue)
    if clause is None or clause.i <= head.i:
        return None
    cue_set = set(cue.tokens)
    subtree = sorted(t.i for t in clause.subtree if t.i not in cue_set and sent.start <= t.i < sent.end)
    last = max(cue.tokens)  # (once, not per word of the clause)
    if not any(i > last for i in subtree):
        return None
    start = min(i for i in subtree if i > last)
    # "begrüßte das Vorhaben prinzipiell; allerdings lehnt …": an indicative clause after a semicolon is the
    # narrator's next ("…; er habe …" still reports)
    # (so is one after a dash: "Autofahrer zweifeln an der Messung – die Stadt hält an dem Gerät fest")
    # ("…; die Männer sollen … gewesen sein": a reportative "sollen" reports too)
    opening = next((i for i in subtree if i > last and not doc[i].is_punct), start)
    if opening == last + 1 and lower_at(doc, opening) in german().joining_words:
        # "hat seinen Platz verteidigt und den Abstand … erweitert": a second predicate joined to the verb,
        # no clause it governs
        return None
    after = doc_slice(doc, opening, sent.end)
    if (
        any(token_text(t) in _NARRATOR_BREAKS for t in doc_slice(doc, last + 1, opening))
        and not has_subjunctive_form(after)
        and not any(token_lower(t) in german().reportative for t in after)
    ):
        return None
    # Weak parses hang words of the clause on the cue ("sagte, dem Iran bleibe …" with "dem
    # Iran" under "sagte"): what follows the comma after the cue belongs to the clause, and
    # a verb-second clause runs on to the end of the sentence (or of its own predicate).
    comma = next((t.i for t in doc_slice(doc, max(cue.tokens) + 1, start) if token_text(t) == ","), None)
    if comma is not None and not any(token_text(t) in {".", ";", ":"} for t in doc[comma:start]):
        start = comma + 1
    limit = max(subtree) + 1
    if lower_at(doc, start) not in german().subordinators:
        limit = max(limit, sent.end)
    # "Er sagte dem «Tages-Anzeiger», die Firma …": a closing mark the parse hangs on the clause closes the
    # name before it; the clause opens after it.
    while start < limit - 1 and text_at(doc, start) in german().closing_marks:
        start += 1
    # "erhoffen sich eine Ausgangslage in einer Zukunft, in der China …": a relative clause on a noun before it
    if _relative_clause_at(doc, start, limit) or _relative_on_object(doc, cue, start, limit):
        return None
    end = clause_end(doc, start, limit)
    return runs(doc, list(range(start, end)))


def _object_then_narration(doc: Doc, cue: CueMatch, sent: SpacySpan) -> bool:
    """ "Die Versicherung verweist auf Gutachten, die Bauern fühlen sich im Stich gelassen": an indicative main
    clause after the comma that ends the cue's clause is the narrator's next where the verb has its object
    before that comma, or is no verb of saying that reports such a clause (`clause_verbs`: "Pendler fürchten
    längere Fahrzeiten, die Gemeinden fühlen sich übergangen"). A past plural the Konjunktiv II shares still
    reports ("sagte am Rande der Sitzung, die Einsparungen reichten nicht aus", "warf ihr vor, sie betrieben
    «Nestbeschmutzung»")."""
    comma = _comma_after_cue(doc, cue, sent)
    if comma is None or not _indicative_main_clause(doc, comma + 1, sent.end):
        return False
    return _object_before(doc, cue, comma) or cue.lemma not in german().clause_verbs


def _noun_takes_the_infinitive(doc: Doc, cue: CueMatch, sent: SpacySpan) -> bool:
    """ "verteidigte den Plan der Landesregierung, 1200 Stellen zu schaffen", "kritisierte die Entscheidung, die
    Schule zu schließen": a zu-infinitive after the verb's object, a noun of intent or speech, says what the
    plan or decision is, not what the verb's subject said."""
    comma = _comma_after_cue(doc, cue, sent)
    if comma is None:
        return False
    if not is_zu_infinitive_clause(up_to_comma(doc_slice(doc, comma + 1, sent.end))):
        return False
    nouns = german().infinitive_attribute_nouns
    # (a speech noun only as the verb's object, not in a prepositional phrase: "empfahl in einer
    # Sicherheitswarnung den Bürgern, das Land zu verlassen"; a plan anywhere: "protestieren gegen den Plan, …")
    return any(
        token_pos(t) == "NOUN"
        and (
            token_lower(t).endswith(nouns)
            or (
                is_speech_noun_form(token_lower(t), t.lemma_.lower(), before_clause=True)
                and not any(token_pos(c) == "ADP" for c in t.children)
            )
        )
        for t in doc_slice(doc, max(cue.tokens) + 1, comma)
    )


def _comma_after_cue(doc: Doc, cue: CueMatch, sent: SpacySpan) -> int | None:
    """The comma that ends the cue's clause, if a comma (not another mark) ends it."""
    last = max(cue.tokens)
    comma = next((t.i for t in doc_slice(doc, last + 1, sent.end) if token_text(t) in _CLAUSE_ENDS), None)
    return comma if comma is not None and text_at(doc, comma) == "," else None


# What ends the cue's clause before its content: a comma; other marks end the sentence's part.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "–", "—", "!", "?"})


def _object_before(doc: Doc, cue: CueMatch, comma: int) -> bool:
    """Whether the cue's verb has an object between it and the comma: a preposition's phrase ("verweist auf
    Gutachten", "spricht von einem „Wettlauf“") or an article that no subject or addressee takes ("empfiehlt
    ein Nein"; not "sagte die Ministerin", "sagte dem «Standard»", "gegenüber der APA")."""
    subject = clause_subject(doc[cue.head])
    # (nor the cue's own particle: "mit" of "teilte … mit" is no preposition)
    skipped = set(cue.tokens)
    if subject is not None:
        skipped.update(t.i for t in subject.subtree)
    de = german()
    for token in doc_slice(doc, cue.head + 1, comma):
        if token.i in skipped:
            continue
        lower, pos = token_lower(token), token_pos(token)
        if lower in de.addressee_prepositions:
            return False
        if pos == "ADP" or (pos == "DET" and lower in de.object_articles):
            return True
    return False


def _indicative_main_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) open with a main clause in the indicative, its finite verb right after a
    subject ("die Bauern fühlen sich …"; not a zu-infinitive, a dass-clause, a Konjunktiv or "sollen", nor a past
    plural the Konjunktiv II shares: "die Einsparungen reichten nicht aus")."""
    words = doc_slice(doc, start, end)
    segment = [t for t in up_to_comma(words) if not t.is_space]
    # (a zu-infinitive is none, whatever its tag: "rief dazu auf, das Ergebnis abzuwarten")
    if any(is_zu_infinitive(t) or token_lower(t) == german().zu for t in segment):
        return False
    verb = first_finite_verb(segment)
    if verb is None or not indicative_verb_second(segment, verb) or may_be_konjunktiv_two_plural(verb):
        return False
    return not has_subjunctive_form(words) and not any(token_lower(t) in german().reportative for t in words)


def _relative_clause_at(doc: Doc, start: int, limit: int) -> bool:
    """Whether a relative clause opens after the comma before token `start`: a d- or welch- relative pronoun
    (perhaps after a preposition) and a clause that ends in its finite verb ("in einer Zukunft, in der China
    immer wichtiger wird"); not an article a weak tagger calls one ("vor, das eingerichtete Mautsystem …")."""
    if start == 0 or text_at(doc, start - 1) != ",":
        return False
    opener = pronoun_after_comma(doc, start - 1, limit)
    if opener is None:
        return False
    # (after a preposition a weak tagger may call the pronoun an article: "in der China …"; but an article
    # before its noun or adjective is one: "für das Heimspiel")
    after = doc[opener.i + 1] if opener.i + 1 < limit else None
    after_preposition = (
        opener.i == start + 1
        and token_lower(opener).startswith(german().relative_pronoun_starts)
        and after is not None
        and token_pos(after) not in {"NOUN", "ADJ"}
    )
    if not (is_d_relative_pronoun(opener) or after_preposition):
        return False
    words = [t for t in up_to_comma(doc_slice(doc, start, limit)) if not (t.is_punct or t.is_space)]
    last = words[-1] if words else None
    return (
        last is not None
        and token_pos(last) in VERB_POS
        and could_be_finite(last)
        and not is_zu_infinitive(last)
    )


def _relative_on_object(doc: Doc, cue: CueMatch, start: int, limit: int) -> bool:
    """ "verteidigte das Gesetz, das Erhöhungen … auf fünf Prozent begrenzt" with the pronoun tagged as an
    article: after the verb's object, a d-word opening a clause in the indicative that ends in its finite
    verb is a relative clause on the object."""
    if start < limit and text_at(doc, start) == ",":
        start += 1  # (the clause's span may open with its comma)
    if start == 0 or start >= limit or text_at(doc, start - 1) != ",":
        return False
    # (the word checks first: asked of every clause after a cue, and the object's search walks the clause)
    if (
        not token_lower(doc[start]).startswith(german().relative_pronoun_starts)
        or token_pos(doc[start]) != "DET"
        or not _noun_object_before(doc, cue, start - 1)
    ):
        return False
    words = [t for t in up_to_comma(doc_slice(doc, start, limit)) if not (t.is_punct or t.is_space)]
    finite = [t for t in words if token_pos(t) in VERB_POS and could_be_finite(t)]
    return (
        len(words) > _SHORT_CLAUSE
        and len(finite) == 1
        and finite[0].i == words[-1].i
        and not has_subjunctive_form(words)
    )


def _noun_object_before(doc: Doc, cue: CueMatch, comma: int) -> bool:
    """Whether the verb has a noun object before the comma: its subject stands before it ("Edlinger
    verteidigte das Gesetz, …") and a noun between (or `_object_before` finds one)."""
    if _object_before(doc, cue, comma):
        return True
    subject = clause_subject(doc[cue.head])
    return (
        subject is not None
        and subject.i < cue.head
        and any(token_pos(t) == "NOUN" for t in doc_slice(doc, max(cue.tokens) + 1, comma))
    )


# Words of a clause short enough to be verb-second and verb-final at once ("die Zahl der Toten steigt").
_SHORT_CLAUSE = 5


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
    # "…, liess sie verlauten", "…, will er wissen": the verb that governs the cue's infinitive frames too.
    top = head
    while verb_form(top) == "Inf" and token_pos(top.head) in VERB_POS and clause.i < top.head.i < top.i:
        top = top.head
    frame_start = min((t.i for t in top.subtree if t.i not in in_clause), default=top.i)
    end = min(frame_start, min(cue.tokens)) - 1
    # "X äußerte sich: „…“, sagte er": what stands after a colon is the content, not the frame.
    colons = [t.i for t in doc[sent.start : end + 1] if token_text(t) == ":"]
    start = colons[-1] + 1 if colons else sent.start
    # "X sagte, dass A, stellte jedoch fest, dass B": a clause headed by a speech verb is a
    # second predicate of the speaker when the cue shares its subject (has none of its own),
    # not what the later verb reports; "A und B haben … gesprochen, sagte X" is content.
    second_predicate = verb_cue(clause) is not None and not _has_own_subject(head, in_clause)
    # "Rudolf Prinz, so heißt der Kläger, sagte …, er werde …": a clause in the indicative before the cue
    # is an aside where a clause in the Konjunktiv after it says what was said.
    aside = not has_subjunctive_form(doc[start : end + 1]) and content_after_comma(doc, cue, sent) is not None
    # ("Laut Unternehmen sollen die Kündigungen bis Ende Jahr ausgesprochen werden": the words run on into the
    # verb with no mark between, one clause that reports nothing by that verb)
    set_off = end >= start and (doc[end].is_punct or (end + 1 < len(doc) and doc[end + 1].is_punct))
    if (
        set_off
        and not second_predicate
        and not aside
        and not _speech_in_adverbial_clause(doc, start, end)
        and reported_before_cue(doc, clause, start, end)
    ):
        return runs(doc, list(range(start, end + 1)))
    # A frame before the cue ("An die Gewerkschaften gewandt, sagte Köhler, sie müssten …"):
    # the reported clause, if any, comes after it.
    return None


def _speech_in_adverbial_clause(doc: Doc, start: int, end: int) -> bool:
    """ "Als ihr ein Zuhörer vorwarf, sie vertreibe die Stammgäste, erklärte sie ihm, …": words before the cue
    that open with a clause of time or cause ending in a speech verb of its own in the indicative tell when the
    cue's speaker spoke; what the other said is that verb's, and what the cue reports follows it."""
    de = german()
    opener = token_lower(doc[start]) if start <= end else ""
    if opener != de.als and opener not in de.adverbial_openers:
        return False
    comma = next((i for i in range(start + 1, end + 1) if text_at(doc, i) == ","), None)
    if comma is None:
        return False
    last = doc[comma - 1]
    finite = [t for t in doc[start + 1 : comma] if token_pos(t) in VERB_POS and could_be_finite(t)]
    # (in the Konjunktiv the clause is part of what was said: "Wenn eine Athletin behaupte, …, höre sie …")
    return (
        bool(finite)
        and finite[0].i == last.i
        and verb_cue(last) is not None
        and not has_subjunctive_form([last])
    )


def _after_comma_clause(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[CharSpan] | None:
    """Surface fallback: "X sagte (…), die Lage sei …" where the parse links no clause to the cue; with a
    reported main clause before the cue as well, the cue is inserted and reports both ("Das lasse sich nicht
    ausschließen, antwortete Haas, aber es gebe keine Hinweise", the cue parsed as an adjective)."""
    start = content_after_comma(doc, cue, sent)
    if start is None:
        return None
    after = runs(doc, list(range(start, clause_end(doc, start, sent.end))))
    before = main_clause_before_cue(doc, cue, sent)
    if before and _in_konjunktiv(doc, before):
        return [*before, *after]
    return after


def _in_konjunktiv(doc: Doc, parts: list[CharSpan]) -> bool:
    """Whether a verb of the clause `parts` is in the Konjunktiv (what someone said, not narration)."""
    span = doc.char_span(parts[0][0], parts[-1][1], alignment_mode="expand")
    return span is not None and has_subjunctive_form(t for t in span if token_pos(t) in VERB_POS)


def clause_after_comma(doc: Doc, cue: CueMatch) -> list[CharSpan] | None:
    """The reported clause right after the cue's comma by the surface alone (`_after_comma_clause`): "Zangl sagt,
    der Klimawandel verschärfe die Lage: „…“", where the parse gave the cue the quotation after the colon."""
    return _after_comma_clause(doc, cue, sentence_of(doc[cue.head]))


_Strategy = Callable[["Doc", CueMatch, "SpacySpan"], "list[CharSpan] | None"]
_STRATEGIES: tuple[_Strategy, ...] = (
    _pointing_back,
    pointer_after_comma,
    _wie_clause,
    _clause_after_cue,
    _clause_before_cue,
    around_inserted_cue,
    _after_comma_clause,
    before_inverted_cue,
)


# The strategies that take content after the cue's own clause ("X sagte, …").
_AFTER_THE_CUE: frozenset[_Strategy] = frozenset({_clause_after_cue, _after_comma_clause})


def _negated(doc: Doc, cue: CueMatch) -> bool:
    """ "wollte nicht bestätigen, dass …", "bestätigte nicht, dass …", "gab noch nicht bekannt": a verb of
    confirming or making known negated right at its words reports nothing anyone said."""
    de = german()
    if cue.lemma not in de.negated_verbs:
        return False
    for index in cue.tokens:
        if index > 0 and lower_at(doc, index - 1) in de.negations:
            return True
    # "bestätigte (dies) nicht, dass …": the negation closes the cue's clause before the comma.
    sent_end = sentence_of(doc[cue.head]).end
    for token in doc_slice(doc, max(cue.tokens) + 1, min(max(cue.tokens) + _NEGATION_REACH, sent_end)):
        if token.is_punct:
            return token_text(token) == "," and lower_at(doc, token.i - 1) in de.negations
    return False


def _reflexive_sense(doc: Doc, cue: CueMatch) -> bool:
    """ "Damit bestätigt sich die Befürchtung, dass …", "ergeben sich aus der Tatsache, dass …": with
    "sich" beside it or under it, the verb means something else and reports nothing."""
    de = german()
    if cue.lemma not in de.reflexive_verbs:
        return False
    near = [doc[i + step] for i in cue.tokens for step in (-1, 1) if 0 <= i + step < len(doc)]
    return any(token_lower(t) == de.reflexive for t in (*near, *doc[cue.head].children))


def _risk_sense(doc: Doc, cue: CueMatch, parts: list[CharSpan]) -> bool:
    """ "Der Frachter droht auseinanderzubrechen", "Das Spiel verspricht spannend zu werden": with a thing as
    its subject and a zu-infinitive the verb says what may happen, and no one speaks."""
    if cue.lemma not in german().risk_verbs:
        return False
    content = doc.char_span(parts[0][0], parts[-1][1], alignment_mode="expand")
    if content is None or not is_zu_infinitive_clause(list(content)):
        return False
    subject = clause_subject(doc[cue.head], [])
    return subject is not None and token_pos(subject) in NOUN_POS and not can_speak(subject)


def _left_open(doc: Doc, cue: CueMatch, parts: list[CharSpan]) -> bool:
    """ "Ob das Projekt verlängert wird, will der Stadtrat im Herbst entscheiden", "Ob der Damm hält, kann niemand
    sagen": an ob-clause that someone has yet to decide, or that no one can answer, reports nothing said."""
    de = german()
    text = text_of(doc)[parts[0][0] : parts[-1][1]].lstrip(" \"„»«'‚‹›")
    if text.split(" ", 1)[0].lower() != de.ob:
        return False
    if cue.lemma in de.deciding_verbs:
        return True
    return any(token_lower(t) in de.nobody for t in _subjects_beside(doc[cue.head]))


def _said_by_whoever(doc: Doc, cue: CueMatch) -> bool:
    """ "Wer glaube, dass die Sache erledigt sei, kenne das Verfahren schlecht": a verb whose subject is the "wer"
    of a free relative clause speaks of anyone who would say so, and reports no one."""
    verb = doc[cue.head]
    return any(token_lower(t) == german().whoever and t.i < verb.i for t in _subjects_beside(verb))


def _subjects_beside(verb: Token) -> list[Token]:
    """The subjects the parse hangs on the verb or on its head (its auxiliary), whatever words they are ("niemand",
    "wer": no subject that names a speaker for `clause_subject`)."""
    return [t for t in (*verb.children, *verb.head.children) if labels.is_subject(t)]


def verb_content(doc: Doc, cue: CueMatch) -> list[CharSpan]:
    """What a speech verb reports: the parts of the first strategy whose construction is there."""
    if _negated(doc, cue) or _reflexive_sense(doc, cue) or _answers(doc, cue) or _appeal(doc, cue):
        return []
    sent = sentence_of(doc[cue.head])
    for strategy in _STRATEGIES:
        parts = strategy(doc, cue, sent)
        if parts and strategy is _clause_after_cue and _phrase_of_a_reported_clause(doc, cue, sent, parts):
            # the parse hung only a phrase of the clause on the cue ("sagte, die Kombination aus Neuschnee …
            # sei „besonders tückisch“" with "sei" on another word): the clause after the comma, by the surface
            continue
        if parts is not None:
            if parts and (_withheld(doc, cue, parts) or _comparison(doc, parts)):
                return []
            if (
                parts
                and strategy in _AFTER_THE_CUE
                and (
                    _object_then_narration(doc, cue, sent)
                    or _noun_takes_the_infinitive(doc, cue, sent)
                    or _relative_clause(doc, parts)
                )
            ):
                return []
            # (only where the content follows a cue clause that opens the sentence: after "Wie X mitteilte,"
            # or an inserted "…, so schätzen die Forscher," the main clause goes on with its verb)
            follows = strategy in _AFTER_THE_CUE and not any(
                token_text(t) == "," for t in doc[sent.start : cue.head]
            )
            if (
                parts
                and strategy in _AFTER_THE_CUE
                and (_matrix_resumes(doc, cue, sent, parts) or _only_a_wie_frame(doc, cue, parts))
            ):
                return []
            return [] if follows and parts and _second_predicate(doc, parts, sent) else parts
    return []


def _relative_clause(doc: Doc, parts: list[CharSpan]) -> bool:
    """Whether the content after the cue is a relative clause: a relative pronoun of the "der" family, not an
    article or a demonstrative before its noun or verb, and the clause's finite verb last ("…, das seit Januar auf
    den Autobahnen eingerichtet ist", "…, der es verbiete, dass …"); it says which or who, no one's words. (Not
    "sagte, das eine schliesse das andere nicht aus", "rechnete vor, was die Planung kostet".)"""
    span = doc.char_span(parts[0][0], parts[0][1], alignment_mode="expand")
    if span is None or len(span) < _RELATIVE_CLAUSE_WORDS:
        return False
    first, second = span[0], span[1]
    if first.tag_ not in RELATIVE_PRONOUN_TAGS or not token_lower(first).startswith(
        german().relative_pronoun_starts
    ):
        return False
    if token_pos(second) in NOUN_POS | VERB_POS | {"ADJ"}:
        return False
    clause = list(takewhile(lambda t: token_text(t) != ",", span))
    words = [t for t in clause if not t.is_punct]
    return len(words) > _RELATIVE_CLAUSE_WORDS and words[-1].tag_ in labels.FINITE_TAGS


def _phrase_of_a_reported_clause(doc: Doc, cue: CueMatch, sent: SpacySpan, parts: list[CharSpan]) -> bool:
    """Whether the parse's content `parts` has no verb while the clause after the cue's comma, by the surface,
    holds a verb in the Konjunktiv: the parse cut a phrase out of that clause."""
    if _has_verb(doc, parts, cue):
        return False
    surface = _after_comma_clause(doc, cue, sent)
    if not surface:
        return False
    span = doc.char_span(surface[0][0], surface[-1][1], alignment_mode="expand")
    return span is not None and any(token_pos(t) in VERB_POS and is_subjunctive(t) for t in span)


def _appeal(doc: Doc, cue: CueMatch) -> bool:
    """ "Zeugen werden gebeten, sich bei der Polizei zu melden": the stock appeal, a verb of asking
    (`request_verbs`) in the passive without a "von X", addresses the reader on someone's behalf; the text quotes
    no one ("wurde vom Verband gebeten, …" does)."""
    if cue.lemma not in german().request_verbs:
        return False
    head = doc[cue.head]
    passive = any(
        labels.is_passive_marker(child) or (labels.is_auxiliary(child) and child.lemma_ in german().werden)
        for child in head.children
    )
    return passive and passive_agent(head) is None


def _withheld(doc: Doc, cue: CueMatch, parts: list[CharSpan]) -> bool:
    """ "Ob er kandidiert, ließ er offen": a verb of leaving a question open reports only a question, and only
    where the Konjunktiv gives it as the speaker's ("Ob es weitere Streiks gebe, ließ Wennemann offen"); in the
    indicative it is the narrator's, and no one said it."""
    de = german()
    if cue.lemma not in de.withholding_verbs:
        return False
    content = doc.char_span(parts[0][0], parts[-1][1], alignment_mode="expand")
    # (and only a question: "jemand müsse es offen gelassen haben" left a gate open)
    return (
        content is None
        or token_lower(content[0]) not in de.question_words | de.subordinators
        # (a form the indicative shares, "gespart werden soll", tells nothing)
        or not any(is_konjunktiv_one(t) or mood.is_konjunktiv_two_form(token_lower(t)) for t in content)
    )


def _comparison(doc: Doc, parts: list[CharSpan]) -> bool:
    """ "…, als wäre nichts geschehen", "als ob sie …": a clause of comparison after the verb is how the narrator
    describes what happened, no content of the verb."""
    content = doc.char_span(parts[0][0], parts[0][1], alignment_mode="expand")
    if content is None or len(content) < 2 or token_lower(content[0]) != german().als:
        return False
    second = content[1]
    return token_lower(second) == german().ob or (token_pos(second) in VERB_POS and is_finite(second))


def _answers(doc: Doc, cue: CueMatch) -> bool:
    """ "Oberried und Niederried sagen Ja, Rotenfluh lehnt …", "Deutlich Nein sagten die Gemeinden, …": the
    verb's content is the answer right beside it, not the clause after its comma."""
    answers = german().answers
    return any(0 <= i < len(doc) and text_at(doc, i) in answers for i in (cue.head - 1, cue.head + 1))


def _matrix_resumes(doc: Doc, cue: CueMatch, sent: SpacySpan, parts: list[CharSpan]) -> bool:
    """Whether the "content" after the cue is where the sentence the cue's clause interrupts goes on: the cue
    stands in brackets and the content outside them ("… für Aufsehen (Wikinews berichtete): Der Entwurf …"),
    or in a relative clause and the content opens with a finite verb ("Der Bescheid, der den Jägern das Recht
    einräumt, soll … verhindern"). (A zu-infinitive after a relative clause's cue is what it reports: "der
    angab, missbraucht worden zu sein".)"""
    content = doc.char_span(parts[0][0], parts[0][1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    bracket = _enclosing_bracket(doc, cue.head, sent.start)
    if bracket is not None:
        return content.start > bracket
    first = content[0]
    opens_with_verb = token_pos(first) in VERB_POS and could_be_finite(first) and first.is_lower
    if _participle_frame(doc, cue, sent) and opens_with_verb:
        return True  # "Auf die Kritik angesprochen, sagte Amsel, …": the frame's participle reports nothing
    if not _in_relative_clause(doc, cue.head, sent.start):
        return False
    return opens_with_verb


def _participle_frame(doc: Doc, cue: CueMatch, sent: SpacySpan) -> bool:
    """Whether the cue is a participle in a frame that opens the sentence with no finite verb of its own ("Auf
    die Kritik angesprochen, …", "Darauf angesprochen, …"): the main clause comes after its comma."""
    head = doc[cue.head]
    return (
        not could_be_finite(head)
        and min(cue.tokens) > sent.start
        and not any(
            token_pos(t) in VERB_POS and is_finite(t) for t in doc_slice(doc, sent.start, max(cue.tokens) + 1)
        )
    )


def _enclosing_bracket(doc: Doc, index: int, floor: int) -> int | None:
    """The index of the ")" that closes a bracket opened before token `index` in its sentence, or None."""
    for i in range(index - 1, floor - 1, -1):
        if text_at(doc, i) == ")":
            return None
        if text_at(doc, i) == "(":
            for k in range(index + 1, len(doc)):
                if text_at(doc, k) == ")":
                    return k
                if text_at(doc, k) == "(" or doc[k].is_sent_start:
                    return None
            return None
    return None


def _in_relative_clause(doc: Doc, index: int, floor: int) -> bool:
    """Whether token `index` stands in a relative clause: the nearest comma before it in its sentence opens
    one with a relative pronoun (after a preposition perhaps: "…, von dem die Behörden sprachen")."""
    for i in range(index - 1, floor - 1, -1):
        if text_at(doc, i) in {";", ":"}:
            return False
        if text_at(doc, i) == ",":
            pronoun = pronoun_after_comma(doc, i, index)
            return pronoun is not None and labels.is_relative_pronoun(pronoun)
    return False


def _second_predicate(doc: Doc, parts: list[CharSpan], sent: SpacySpan) -> bool:
    """Whether "content" after the cue is a second predicate of the cue's subject: it opens with a finite
    verb in the indicative and holds no Konjunktiv ("sagte eine Beteiligung zu, nannte aber keine Summe",
    "bestätigte den Bericht, wollte aber keine Zahlen nennen"). Reported speech opens with its subject, a
    conjunction or another phrase before its verb; a clause in the Konjunktiv that opens with its verb is a
    condition inside what was said ("sagte, sollte das Gesetz kommen, werde er klagen")."""
    span = doc.char_span(parts[0][0], parts[-1][1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    # (a weak preterite in "-te" is the indicative's form too, whatever mood the tagger gives it: "nannte")
    indicative = not is_subjunctive(first) or mood.weak_preterite_shape(token_lower(first))
    # (in the Konjunktiv too, where no clause with a verb of its own follows it that it would be the condition
    # of: "Der Mann gebe die Kontakte zu, spreche aber von Einvernehmlichkeit")
    opens_with_verb = (
        token_pos(first) in VERB_POS
        and first.is_lower
        and could_be_finite(first)
        and (indicative or not (_clause_follows(span) or _opens_with_subordinate_clause(sent)))
    )
    # ("kündigte an, innert eines Jahres ein Projekt vorzulegen": a word the parse hangs on the clause's
    # zu-infinitive is no verb of its own, whatever its tag; Swiss "innert" is a preposition)
    governed = (
        first.head.i != first.i and span.start <= first.head.i < span.end and is_zu_infinitive(first.head)
    )
    return opens_with_verb and not governed and (not indicative or not has_subjunctive_form(span[1:]))


def _opens_with_subordinate_clause(sent: SpacySpan) -> bool:
    """Whether the sentence opens with "wie" or a conjunction of an adverbial clause: the cue's clause is then a
    subordinate one, and the clause after its comma the main clause ("Wie die „Aktion“ mitteilte, sei …")."""
    first = first_word(sent)
    de = german()
    return first is not None and (token_lower(first) == de.wie or token_lower(first) in de.adverbial_openers)


def _clause_follows(span: SpacySpan) -> bool:
    """Whether a comma in `span` is followed by a finite verb or a zu-infinitive later in it: a second clause
    ("sollte er die Macht übernehmen, die Hilfe auszusetzen")."""
    comma = next((t.i for t in span if token_text(t) == ","), None)
    return comma is not None and any(
        (token_pos(t) in VERB_POS and could_be_finite(t)) or is_zu_infinitive(t)
        for t in span.doc[comma + 1 : span.end]
    )


def _has_verb(doc: Doc, parts: list[CharSpan], cue: CueMatch) -> bool:
    """Whether reported content has a verb: words without one after a speech verb are an apposition or an
    object ("sagte Honoré Durand, der Geschäftsführer des Unternehmens: „…“"), not what was said."""
    de = german()
    asks = cue.lemma in de.question_verbs
    for start, end in parts:
        span = doc.char_span(start, end, alignment_mode="expand")
        # (a clause that opens with "dass"/"ob", or with a question word after a verb of asking: "wollte
        # wissen, warum die Kosten stiegen", whatever the tagger makes of its verb)
        if (
            span is None
            or token_lower(span[0]) in de.subordinators
            or (asks and token_lower(span[0]) in de.question_words)
            or _verb_second_after_wie_frame(doc, span[0], cue)
        ):
            return True
        # A verb by its tag, or a lower-case word in "-e" a weak tagger took for another class ("Die
        # Strahlung betrage …" with "betrage" as an adjective).
        # A participle or infinitive alone ("…, sagt Reto Casutt, Mitautor der Studie und in Chur
        # aufgewachsen") makes no clause: an apposition to the speaker.
        # (not a capitalised word inside the part, which a weak tagger may call a verb: "Mag.a", a title)
        # (not a word in brackets: "…, Mohammed ElBaradei („Mir fällt niemand ein“), und …" lists who spoke)
        if any(
            (
                (
                    (token_pos(t) in {"VERB", "AUX"} and could_be_finite(t))
                    or is_zu_infinitive(t)
                    or is_subjunctive(t)
                    or plural_finite_taken_for_infinitive(t)
                )
                and not (t.i > span.start and token_text(t)[:1].isupper())
                and not _inner_stop(t)
            )
            or (looks_like_konjunktiv(t) and not _attributive(t))
            # ("man schließe Brandstiftung nicht aus": right after a personal subject, before its object)
            or mistagged_konjunktiv(t)
            for t in _outside_brackets(span)
        ):
            return True
    return False


def _inner_stop(token: Token) -> bool:
    """ "ver.di", "Mag.a": a word with a full stop inside is a name or an abbreviation, never a verb."""
    return "." in token_text(token).strip(".")


# Words of a name that may stand between an inverted speech verb and the comma before what was said.
_MAX_NAME_AFTER_VERB = 3


def _name_after_verb(doc: Doc, cue: CueMatch, first: CharSpan) -> tuple[CharSpan, int] | None:
    """ "In der Urteilsbegründung sagte Amstutz, der Beschuldigte habe …": where the content starts right after
    the verb with a person's name and a comma, the name (a person entity, or a surname the text gives) is the
    verb's subject, not part of what was said: its span, and where the content starts after the comma."""
    start = max(cue.tokens) + 1
    span = doc.char_span(*first, alignment_mode="expand")
    if span is None or span.start != start:
        return None
    end = start
    while end < min(len(doc), start + _MAX_NAME_AFTER_VERB) and is_person_name(doc[end]):
        end += 1
    if end == start or end + 1 >= len(doc) or token_text(doc[end]) != ",":
        return None
    last = doc[end - 1]
    return (doc[start].idx, last.idx + len(token_text(last))), doc[end + 1].idx


def _verb_second_after_wie_frame(doc: Doc, first: Token, cue: CueMatch) -> bool:
    """ "Wie die Polizei mitteilte, erlitten Mutter und Kind …": the wie-clause fills the place before the
    main clause's verb, so the lower-case word right after its comma is that verb, whatever the tagger made
    of it (here an adjective)."""
    return (
        first.i > 0
        and token_text(doc[first.i - 1]) == ","
        and token_text(first).isalpha()
        and token_text(first).islower()
        and token_pos(first) not in _NO_VERB_SECOND_POS
        and _wie_frame(doc, cue, sentence_of(doc[cue.head])) is not None
    )


def _attributive(token: Token) -> bool:
    """An adjective in "-e" right before its noun ("der norwegische Ministerpräsident"), no verb."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token_pos(token) == "ADJ" and following is not None and token_pos(following) in {"NOUN", "PROPN"}


def _outside_brackets(span: SpacySpan) -> list[Token]:
    """The tokens of `span` that no bracket inside it encloses."""
    if "(" not in token_texts(span.doc)[span.start : span.end]:
        return list(span)  # (the common case, decided by one scan of the texts: no bracket opens in it)
    depth = 0
    kept = []
    for token in span:
        if token_text(token) == "(":
            depth += 1
        elif token_text(token) == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept


def _only_a_wie_frame(doc: Doc, cue: CueMatch, parts: list[CharSpan]) -> bool:
    """ "meldeten die Ärzte rund 21.000 Neuerkrankungen, wie die Kasse am Montag mitteilte": a clause after the
    cue that opens with "wie" and is closed by a verb of saying of its own (`_wie_opening` of that verb's cue) is
    the narrator's frame of another cue, which reports the cue's own clause; what the parse gives the cue is that
    frame, with at most an object before it and no verb of its own, so no content of the cue (a weak parse hangs
    the frame on the cue)."""
    span = token_range(doc, parts[0][0], parts[-1][1])
    tokens = [t for t in span if not t.is_punct] if span is not None else []
    if not tokens or not is_finite(tokens[-1]):
        return False
    other = verb_cue(tokens[-1])
    if other is None or other.head == cue.head:
        return False
    first = tokens[0].i
    # (one clause up to its verb: "fragte, wie die Schulen … sichern wollen, wenn Lehrkräfte … unterrichten" is a
    # question with a clause of its own, whose "wollen" opens no frame)
    wie = _wie_opening(doc, other, sentence_of(doc[other.head]))
    if wie is None or wie < first:
        return False
    return not any(is_finite(t) and token_pos(t) in VERB_POS for t in doc_slice(doc, first, wie))


def verb_candidate(doc: Doc, cue: CueMatch) -> tuple[list[CharSpan], CharSpan | None] | None:
    """The reported content of a speech-verb cue and its speaker mention."""
    parts = verb_content(doc, cue)
    if (
        not parts
        or not _has_verb(doc, parts, cue)
        or _risk_sense(doc, cue, parts)
        or _left_open(doc, cue, parts)
        or _said_by_whoever(doc, cue)
    ):
        return None
    named = _name_after_verb(doc, cue, parts[0])
    if named is not None:
        # "sagte Amstutz, der Beschuldigte habe …" with the name parsed into the clause: it is the verb's subject
        name, content_start = named
        return [(content_start, parts[0][1]), *parts[1:]], name
    mention = speaker_of_cue(doc, cue, parts)
    # (never in another sentence, whatever the parse joined: "… – Ines Wojcik, Helferin¶¶Hoppe-Lindemann
    # kündigte an, …" with the paragraph break missed)
    sent = sentence_of(doc[cue.head])
    if mention is not None and not sent.start_char <= mention[0] < sent.end_char:
        mention = None
    # (the subject of "heißt es" is "es": no noun phrase beside it is a speaker by its place)
    if (mention is None or not names_someone(doc, mention)) and cue.lemma not in german().impersonal_verbs:
        mention = subject_by_position(doc, cue, parts)
    return parts, mention
