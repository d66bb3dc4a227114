"""Reported speech without a cue of its own.

- continuation sentences in the Konjunktiv after an attributed quotation: the speaker goes on, each
  sentence a quotation of its own, across paragraphs, until a sentence in the indicative or a new
  quotation breaks the chain;
- free reported speech: claims with reportative "soll … haben", and main clauses in Konjunktiv I with no
  cue, attributed to the subject of the sentence before or else to the last named source.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from attrs import evolve
from spacy.attrs import IS_PUNCT, IS_QUOTE, IS_SPACE
from spacy.tokens import Span as SpacySpan

from quotekit.lang.de import mood
from quotekit.lang.de.names import is_person_noun, pronoun_genders
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.direct.neighbours import next_sentence
from quotekit.stages.reported.clauses import MIN_WORDS
from quotekit.stages.reported.index import PositionIndex, SpanIndex
from quotekit.stages.reported.merging import reported_kind
from quotekit.syntax import labels
from quotekit.syntax.docindex import (
    morph_values,
    text_of,
    token_column,
    token_lower,
    token_lowers,
    token_pos,
    token_poses,
    token_text,
    token_texts,
)
from quotekit.syntax.mentions import perspective_holder, speaker_of_cue
from quotekit.syntax.nominals import can_speak, is_known_surname, is_person
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.positions import subject_by_position, subject_of_previous_sentence
from quotekit.syntax.spans import (
    SpanSet,
    first_word,
    has_paragraph_break,
    overlap,
    paragraph_bounds,
    sentence_of,
    sentences,
    trim,
    word_count,
)
from quotekit.syntax.verbs import (
    KONJUNKTIV_ENDING,
    could_be_finite,
    has_subjunctive_form,
    in_konjunktiv_clause,
    is_konjunktiv_one,
    is_reported_subjunctive,
    is_subjunctive,
    konjunktiv_taken_for_other_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["continuations"]

# A sentence goes on right after a report: only its full stop, a closing mark and spaces between.
_MAX_AFTER_REPORT = 4
# Words a clause before a quotation's colon needs to say something of its own (not "Er sagte:").
_MIN_INTRODUCTION = 3
_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "!", "?"})


def _main_clause_subjunctive(sent: SpacySpan) -> bool:
    """Whether the sentence's main clause is in a Konjunktiv that reports (root verb or its auxiliaries):
    Konjunktiv I, or a Konjunktiv II standing in for it ("hätten"); "Es wäre besser gewesen" is not."""
    condition = _opens_with_condition(sent)
    verbs = _root_verbs(sent)
    # (not where a condition opens the sentence: its "Würden" may be the root's, whatever the parse)
    if not condition and any(is_reported_subjunctive(v) for v in verbs if token_pos(v) in {"VERB", "AUX"}):
        return True
    # Stop-gap parses often pick a wrong root: fall back on the first finite verb of the sentence outside
    # a subordinate clause ("Auf die Frage, ob Stellen abgebaut würden, antwortete er …" is narration).
    first = _first_finite(sent, condition, german().subjunctive_forms)
    if first is None:
        return False
    if condition:
        # (after a condition only the Konjunktiv I reports: "Wäre der Stopp später gekommen, hätten die Firmen …"
        # is what might have been)
        return is_konjunktiv_one(first) or konjunktiv_taken_for_other_word(first)
    return is_reported_subjunctive(first) or konjunktiv_taken_for_other_word(first)


def _root_verbs(sent: SpacySpan) -> list[Token]:
    """The sentence's root and the verbs of its own clause that hang on it (not a clausal complement).
    (those in the sentence: one cut at a colon may have a root whose clause goes on past it)"""
    root = sent.root
    return [root] + [
        c
        for c in root.children
        if token_pos(c) in {"AUX", "VERB"} and not labels.is_clausal_complement(c) and c.i < sent.end
    ]


def _first_finite_or_subjunctive(words: SpacySpan) -> Token | None:
    """The first finite verb outside subordinate clauses, or a Konjunktiv form a tagger took for another word
    (`_first_finite` with the subjunctive forms listed), past a condition that opens `words`."""
    return _first_finite(words, _opens_with_condition(words), german().subjunctive_forms)


def _first_finite(sent: SpacySpan, condition: bool, listed: frozenset[str] = frozenset()) -> Token | None:
    """The first finite verb outside the sentence's subordinate clauses (`_outside_subordinate_clauses`): a verb
    by its tag, a Konjunktiv a weak tagger took for another word, or a form in `listed`."""
    # (the POS and lower-case forms from the run's lists: no accessor per word)
    poses, lowers = token_poses(sent.doc), token_lowers(sent.doc)
    return next(
        (
            t
            for t in _outside_subordinate_clauses(sent, condition)
            if not _after_preposition(poses, t.i)
            and not _fronted_before_listed(sent, lowers, poses, t.i)
            and (
                (poses[t.i] in {"VERB", "AUX"} and could_be_finite(t))
                or (lowers[t.i] in listed and t.is_lower)  # (not a noun: "In ihrer Rede hatte sie …")
                or (lowers[t.i].endswith(KONJUNKTIV_ENDING) and konjunktiv_taken_for_other_word(t))
            )
        ),
        None,
    )


def _fronted_before_listed(sent: SpacySpan, lowers: list[str], poses: list[str], i: int) -> bool:
    """Whether word `i` is a verb right before a listed Konjunktiv form in lower case ("Besonders gefährdet seien
    Kinder", with "gefährdet" tagged finite and "seien" a possessive): no two finite verbs stand side by side,
    so the first is a participle put first and the listed form the finite verb."""
    listed = german().subjunctive_forms
    return (
        poses[i] == "VERB"
        and i + 1 < sent.end
        and lowers[i + 1] in listed
        and lowers[i] not in listed
        and token_text(sent.doc[i + 1]).islower()
    )


def _after_preposition(poses: list[str], i: int) -> bool:
    """Whether a preposition stands right before word `i` (`poses`: the words' POS): it is then in a phrase
    ("Nach absolvierten 34 Vorwahlen"), whatever its tag, and no finite verb."""
    return i > 0 and poses[i - 1] == "ADP"


def _opens_with_condition(sent: SpacySpan) -> bool:
    """Whether a sentence opens with a clause led by its finite verb before a comma: "Hätten sich die Gegner
    durchgesetzt, …", "Sollte das Gesetz kommen, …"."""
    first = first_word(sent)
    # (a listed Konjunktiv II opening the sentence whatever its tag: "Hätten" capitalised is tagged a noun)
    return (
        first is not None
        and (
            (token_pos(first) in {"VERB", "AUX"} and could_be_finite(first))
            or mood.is_konjunktiv_two_form(token_lower(first))
        )
        and any(token_text(t) == "," for t in sent)
    )


def _outside_subordinate_clauses(sent: SpacySpan, condition: bool) -> Iterator[Token]:
    """The words of a sentence less its indirect questions after a comma: from "ob" or a question word that
    follows a comma ("Auf die Frage, ob Stellen abgebaut würden, …") to the next comma. A "dass" clause
    stays (it may be what a cue the stages missed reports), and so does a clause that opens the sentence, unless
    it is a `condition` opened by its finite verb (`_opens_with_condition`: "Hätten sich die Gegner
    durchgesetzt, gäbe es …"). (Given one by one: the caller stops at the first finite verb.)"""
    questions = _question_openers()
    inside = condition
    doc = sent.doc
    # (by index over the run's lists: a `Token` only for the words given)
    texts, lowers = token_texts(doc), token_lowers(doc)
    for i in range(sent.start, sent.end):
        if texts[i] == ",":
            inside = i + 1 < sent.end and lowers[i + 1] in questions
        if not inside:
            yield doc[i]


@cache
def _question_openers() -> frozenset[str]:
    """The words that open an indirect question after a comma: subordinators but "dass", question words."""
    de = german()
    return (de.subordinators - de.dass) | de.question_words


class _Taken:
    """The quotations found already: reported speech takes every sentence it meets; quotations in marks
    only a sentence they cover half of or more, so that a quoted fragment ("… gegen so genannte
    („mutmaßliche“) Linksextremisten") leaves the sentence to report."""

    def __init__(self, records: Sequence[QuoteRecord]) -> None:
        self._reported = SpanIndex(p for r in records if r.kind != "direct" for p in r.parts)
        self._quoted = SpanIndex(p for r in records if r.kind == "direct" for p in r.parts)

    def holds(self, start: int, end: int, *, fragments: bool = False) -> bool:
        """Whether a quotation takes the sentence [start, end); with `fragments`, quotations in marks inside
        it are fragments of what it reports, whatever their share."""
        if self._reported.meets(start, end):
            return True
        return not fragments and 2 * self._quoted.overlap(start, end) >= end - start


def _sentence_part(
    doc: Doc, sent: SpacySpan, cue_starts: PositionIndex | None, taken: _Taken, *, fragments: bool = False
) -> CharSpan | None:
    """The sentence as a quotation of its own: no quotation found in it (`_Taken.holds`), words enough, and
    (unless `cue_starts` is None) no cue in it."""
    if cue_starts is not None and cue_starts.any_in(sent.start_char, sent.end_char):
        return None
    if taken.holds(sent.start_char, sent.end_char, fragments=fragments):
        return None
    part = trim(doc, sent.start, sent.end - 1)
    if part is None or word_count(doc, *part) < MIN_WORDS:
        return None
    return part


def _sentence_report(
    doc: Doc, sent: SpacySpan, cue_starts: PositionIndex, taken: _Taken
) -> QuoteRecord | None:
    """The sentence as a reported quotation with no cue and no mention of its own (`_sentence_part`), or None."""
    part = _sentence_part(doc, sent, cue_starts, taken)
    return None if part is None else _reported(doc, part, None)


def _reportative(doc: Doc, sent: SpacySpan, cue_starts: PositionIndex, taken: _Taken) -> QuoteRecord | None:
    """ "Er soll den Ausbrechern geholfen haben": reportative "sollen" marks a claim of someone else."""
    if german().reportative.isdisjoint(token_lowers(doc)[sent.start : sent.end]):
        return None  # the common case, decided on the words' lower-case forms alone (`_main_clause_sollen` asks one)
    finite = _main_clause_sollen(sent)
    if finite is None:
        return None
    # With a perfect infinitive ("soll … geholfen haben") or the infinitive of a state ("soll … betragen")
    # "sollen" reports; otherwise it may order or plan. The infinitive closes the clause of "soll": the verbs
    # after it up to the next comma or stop ("soll einer Gruppe angehört haben, die …").
    tail = []
    clause_words = set()
    for token in sent[finite.i - sent.start + 1 :]:
        if token_text(token) in _CLAUSE_MARKS:
            break
        clause_words.add(token_lower(token))
        if token_pos(token) in {"VERB", "AUX"}:
            tail.append(token_lower(token))
    if not (tail and _names_a_claim(tail[-1], clause_words)):
        return None
    return _sentence_report(doc, sent, cue_starts, taken)


def _names_a_claim(infinitive: str, clause_words: set[str]) -> bool:
    """The last infinitive of a "sollen" clause makes it a claim: a perfect infinitive or a state's verb
    ("soll … betragen"; "soll sich … befinden" but not "soll darüber befinden")."""
    de = german()
    if infinitive in de.perfect_auxiliaries or infinitive in de.stative_infinitives:
        return True
    needed = de.stative_with_words.get(infinitive)
    return needed is not None and needed <= clause_words


def _main_clause_sollen(sent: SpacySpan) -> Token | None:
    """The reportative "soll"/"sollen" of a main clause: the sentence's first finite verb, or the first
    finite verb after a frame of commas ("Bei einem Schusswechsel, der dann stattfand, soll X getötet
    worden sein"); never a verb-final one, which closes a subordinate clause ("…, der 2010 gehen soll")."""
    reportative = german().reportative
    for token in sent:
        if token_pos(token) not in {"VERB", "AUX"} or not could_be_finite(token):
            continue
        if token_lower(token) in reportative:
            following = token.doc[token.i + 1] if token.i + 1 < sent.end else None
            return token if following is not None and token_text(following) not in _CLAUSE_MARKS else None
        # A verb-final finite verb before a comma closes a frame clause; look on after it.
        following = token.doc[token.i + 1] if token.i + 1 < sent.end else None
        if following is None or token_text(following) != ",":
            return None
    return None


def _claim_after_cue(
    doc: Doc,
    sent: SpacySpan,
    spoke: bool,
    used_cue_starts: PositionIndex,
    taken: _Taken,
    finite: _FiniteVerbs,
    *,
    announced: bool = False,
    same_paragraph: bool = True,
) -> QuoteRecord | None:
    """ "Der Hersteller gab die Preise bekannt. So soll die Vollversion 200 Euro kosten.": a main clause
    with reportative "soll" right after a sentence with a cue of saying goes on with what the source
    said or announced, though no quotation was found there. Elsewhere "soll" alone is as often the
    author's own account of a plan, and no quotation. `spoke`: the sentence before has a cue; `announced`: it
    ends in a colon, after which a plural Konjunktiv II ("hätten") reports too. A cue in the clause that
    reported nothing ("Viele Eltern hätten davon erfahren") does not keep it from reporting. `same_paragraph`: the
    sentence before is in the sentence's paragraph; a "soll" goes on with its cue only then."""
    verb = finite.of(sent)
    # (not a condition's own verb: "Hätten die Beteiligten früher geredet, wäre …" is what might have been)
    plural = _plural_konjunktiv_two(verb) and not _first_or_reader(sent) and not _opens_with_condition(sent)
    # (after a colon only a form no preterite shares: "Von der Halle blieben nur Stahlträger übrig" narrates)
    unshared = plural and verb is not None and mood.has_konjunktiv_two_umlaut(token_lower(verb))
    # ("Marlene Huber warnt: Die Gletscher veränderten sich …, alte Routen seien …": after a speech verb and its
    # colon a Konjunktiv I in any main clause of the sentence reports, though the first verb's form is shared)
    said = spoke and announced and _main_clause_konjunktiv_one(sent)
    if not (
        (spoke and ((same_paragraph and _reportative_finite(verb) and not _scheduled(sent)) or plural))
        or (announced and unshared)
        or said
    ):
        return None
    return _sentence_report(doc, sent, used_cue_starts, taken)


def _account_after(doc: Doc, before: SpacySpan, sent: SpacySpan, finite: _FiniteVerbs) -> bool:
    """A main clause whose plural verb is a Konjunktiv II standing in for the Konjunktiv I the indicative shares, right
    after a sentence about someone, gives their account:
    - a form in umlaut ("hätten", "lägen", "könnten") after a sentence whose subject is a named person or a role in
      the singular, in the same paragraph ("Betriebsratsvorsitzender Gerhard Fuchsbichler sieht die Ursache in den
      Arbeitsbedingungen. Viele Kolleginnen hätten … gewechselt.");
    - a weak preterite's form ("spielten", "litten") only after the present tense, where the narration has not gone
      back to the past: after someone's verdict ("Der Biologe Tomas Novák hält die Ergebnisse für solide. Neben der
      Überdüngung spielten aber auch die Wassertemperaturen eine Rolle."), or after one named person, in the same
      paragraph ("Kulturbeauftragte Petra Vonarburg spricht von einem Trend. Kleinere Festivals litten …")."""
    # (the verb's form first: it rules out almost every sentence before the scans of the whole sentence)
    verb = finite.of(sent)
    if verb is None or not mood.stands_in_for_konjunktiv_one(token_lower(verb)):
        return False
    umlaut = mood.has_konjunktiv_two_umlaut(token_lower(verb)) and _plural_konjunktiv_two(verb)
    if not umlaut and not _plural_preterite_form(sent, verb):
        return False
    if _opens_with_condition(sent):
        return False
    # (by position, or by the parse where an apposition or relative clause comes first: "Bergführer Martin
    # Tscharner, der seit 30 Jahren im Albulatal arbeitet, sieht die Drohnen kritisch")
    head = finite.of(before) or before.root
    subjects = [c for c in head.children if labels.is_subject(c)]
    present = morph_values(head, "Tense") == ["Pres"]
    if (
        not umlaut
        and present
        and head.lemma_.lower() in german().verdict_verbs
        and any(map(can_speak, subjects))
    ):
        return True
    if _first_or_reader(sent) or has_paragraph_break(text_of(doc)[before.end_char : sent.start_char]):
        return False
    singular = morph_values(head, "Number") == ["Sing"]
    if umlaut:
        # (a person named, or a role in the singular: not "Die Fahrer verdienten …", a group the report is about)
        return any(_names_one_person(c) or (singular and is_person(c)) for c in subjects)
    # (the tense by the tagger only where the lemmatiser knew the verb: "hielt" with itself for its lemma may be
    # called a present)
    return (
        head.lemma_.lower() != token_lower(head)
        and present
        and singular
        and any(_names_one_person(c) for c in subjects)
    )


def _names_one_person(subject: Token) -> bool:
    """Whether a subject is a personal pronoun or a phrase with a person's name in it ("Die kantonale
    Kulturbeauftragte Petra Vonarburg"), not a group or a body ("Der Gemeinderat")."""
    if token_lower(subject) in german().personal_pronouns:
        return True
    return any(t.ent_type_ in labels.PERSON_LABELS for t in subject.subtree)


def _main_clause_konjunktiv_one(sent: SpacySpan) -> bool:
    """Whether a finite verb outside the sentence's subordinate clauses is a Konjunktiv I."""
    poses = token_poses(sent.doc)
    return any(
        poses[t.i] in {"VERB", "AUX"} and could_be_finite(t) and is_konjunktiv_one(t)
        for t in _outside_subordinate_clauses(sent, _opens_with_condition(sent))
    )


def _plural_konjunktiv_two(verb: Token | None) -> bool:
    """ "Die Dämme befänden sich nahe der Grenze": a main clause whose finite verb is a plural Konjunktiv
    II standing in for the Konjunktiv I the indicative shares (a singular one has a Konjunktiv I of its
    own beside it: "Der Lohn läge …" speaks of what might be). `verb`: the clause's finite verb by position."""
    return verb is not None and token_lower(verb).endswith("en") and is_reported_subjunctive(verb)


class _FiniteVerbs:
    """Each sentence's main-clause finite verb by position (`_verb_second`), found once per sentence: the
    continuation, free-report and claim rules ask it of the same sentence up to four times."""

    def __init__(self) -> None:
        self._found: dict[int, Token | None] = {}

    def of(self, sent: SpacySpan) -> Token | None:
        if sent.start not in self._found:
            self._found[sent.start] = _verb_second(sent)
        return self._found[sent.start]


def _verb_second(sent: SpacySpan) -> Token | None:
    """The finite verb of a main clause by position: the first finite verb, with no comma or
    subordinating word before it (parses often hang it deeper, as a copula or auxiliary)."""
    first = None  # the sentence's first word, found on the way (one pass over the sentence)
    subordinators = german().subordinators
    previous_pos = ""
    doc = sent.doc
    # (the words' POS, texts and lower-case forms from the run's lists: asked of every word up to the verb)
    poses, texts, lowers = token_poses(doc), token_texts(doc), token_lowers(doc)
    puncts, spaces = token_column(doc, IS_PUNCT), token_column(doc, IS_SPACE)
    for i in range(sent.start, sent.end):
        if first is None and not (puncts[i] or spaces[i]):
            first = i
        pos = poses[i]
        after_preposition, previous_pos = previous_pos == "ADP", pos
        if after_preposition:
            continue  # (`_after_preposition`: "Nach absolvierten 34 Vorwahlen sei …")
        # (a `Token` only for a verb or a word in "-e", the ending of any Konjunktiv a tagger takes for another word)
        verb = pos in {"VERB", "AUX"}
        if verb or lowers[i].endswith(KONJUNKTIV_ENDING):
            token = doc[i]
            if (verb and could_be_finite(token)) or konjunktiv_taken_for_other_word(token):
                # A verb that opens the sentence makes a conditional, a question or an order, no report
                # ("Würden die Zölle eingeführt, wären sie die höchsten …").
                return None if i == first else token
        if pos == "SCONJ" or texts[i] == "," or lowers[i] in subordinators:
            return None
    return None


def _first_or_reader(sent: SpacySpan) -> bool:
    """Whether "ich"/"wir" (whose indicative ends in "-e" too) or words to the reader stand in it."""
    de = german()
    # (the words' lower-case forms from the run's list: no `Token` for each word; asked of ~900 sentences a run)
    lowers = token_lowers(sent.doc)[sent.start : sent.end]
    return not (de.first_person_pronouns.isdisjoint(lowers) and de.reader_address.isdisjoint(lowers))


def _free_reported(
    doc: Doc, sent: SpacySpan, cue_starts: PositionIndex, taken: _Taken, finite: _FiniteVerbs
) -> QuoteRecord | None:
    """ "Der Mann sei 18 bis 25 Jahre alt.": a main clause in Konjunktiv I reports speech even with no
    speech verb in sight; news prose uses that mood for nothing else. Not beside "ich"/"wir" (the
    indicative's "-e") or words that address the reader ("Trage deine Daten ein": an order)."""
    # The main clause's finite verb by position; where commas or a subordinate clause come first,
    # by the parse (its root and the root's auxiliaries).
    verb_second = finite.of(sent)
    if verb_second is not None:
        if not (
            is_konjunktiv_one(verb_second)
            or konjunktiv_taken_for_other_word(verb_second)
            or _lexical_konjunktiv_two(verb_second)
        ):
            return None
    else:
        verbs = _root_verbs(sent)
        if not any(
            token_pos(v) in {"VERB", "AUX"} and could_be_finite(v) and is_konjunktiv_one(v) for v in verbs
        ) and not _first_finite_konjunktiv_one(sent):
            return None
    # (nor a question that opens with "ob": "Ob er ans Aufhören denke? „…“" is the interviewer's, put in the
    # Konjunktiv; "Wer prüfe denn, ob …?" is the speaker's own question, reported)
    if _first_or_reader(sent) or (_asks(sent) and _opens_with_ob(sent)) or _either_or(sent):
        return None
    return _sentence_report(doc, sent, cue_starts, taken)


def _either_or(sent: SpacySpan) -> bool:
    """ "Ob Einheimische oder Gäste, sei es auf der Piste oder im freien Gelände: …": "sei es … oder" joins
    alternatives, a set phrase with the Konjunktiv's form that reports no one."""
    de = german()
    words = token_lowers(sent.doc)[sent.start : sent.end]  # (the run's list: no `Token` for each word)
    if de.either_or[0] not in words:
        return False
    # (after a comma or colon or at the start, as the phrase stands: "In Japan sei es schwierig, mit Ärzten oder
    # Forschern zu sprechen" reports)
    return any(
        word == de.either_or[0]
        and words[k + 1] == de.either_or[1]
        and (k == 0 or words[k - 1] in {",", ":"})
        and de.either_or[2] in words[k + 2 :]
        for k, word in enumerate(words[:-1])
    )


def _refused(sent: SpacySpan) -> bool:
    """ "Ob der Gemeinde ein Kommissär drohe, wollte er nicht sagen": after a question that opens the sentence, a
    verb of saying negated in the indicative (`negated_verbs`) says what someone would not tell; the Konjunktiv of
    the question it governs reports nothing. ("Er wolle das nicht kommentieren" in the Konjunktiv is a report of
    its own, and so is a main clause beside the refusal: "Gespräche habe es gegeben, Namen wollte er nicht
    nennen".)"""
    de = german()
    first = first_word(sent)
    if first is None or token_lower(first) not in _question_openers():
        return False
    for token in sent:
        if token.lemma_.lower() not in de.negated_verbs or token.i == sent.start:
            continue
        if token_lower(token.doc[token.i - 1]) not in de.negations:
            continue
        # (its finite verb: itself or its modal or auxiliary, which UD hangs on it and TIGER above it)
        own = (token, *(c for c in token.children if token_pos(c) == "AUX"))
        finite = [t for t in own if could_be_finite(t)] or [
            t for t in (token.head,) if token_pos(t) == "AUX" and could_be_finite(t)
        ]
        return bool(finite) and not any(is_subjunctive(t) for t in finite)
    return False


def _opens_with_ob(sent: SpacySpan) -> bool:
    """Whether the sentence's first word is "ob": an indirect yes-or-no question."""
    first = first_word(sent)
    return first is not None and token_lower(first) == german().ob


def _lexical_konjunktiv_two(verb: Token) -> bool:
    """ "Die Drohnen flögen in 120 Metern Höhe": a full verb's Konjunktiv II in umlaut, which no preterite shares,
    is reported speech in news prose as the Konjunktiv I is (a conditional takes "wäre", "hätte", "würde" or a
    modal, which the tagger calls no full verb)."""
    return verb.tag_ == labels.FULL_FINITE_TAG and mood.has_konjunktiv_two_umlaut(token_lower(verb))


def _first_finite_konjunktiv_one(sent: SpacySpan) -> bool:
    """ "Wer wenig verbrauche, solle auch weniger zahlen": where commas come before the main clause's verb and
    the parse hangs it elsewhere, the first finite verb outside the clauses after a comma decides."""
    first = _first_finite(sent, _opens_with_condition(sent))
    return first is not None and (is_konjunktiv_one(first) or konjunktiv_taken_for_other_word(first))


def _continued_part(
    doc: Doc,
    sent: SpacySpan,
    taken: _Taken,
    finite: _FiniteVerbs,
    *,
    fragments: bool = False,
    present: bool = False,
    new_paragraph: bool = False,
    marked_hypothesis: bool = False,
) -> CharSpan | None:
    """The sentence as the next part of the speech before it: in the Konjunktiv, with no quotation of
    its own (`fragments`: but quoted fragments). A cue in it that reported nothing ("Sie habe davor gewarnt",
    "Die Fenster seien eingeworfen worden") does not end the chain: the sentence still goes on with the same
    speaker. With `present` (the speaker's cue in the present, a report right before in the paragraph), a
    plural with a weak preterite's form that the tagger does not call a present ("berichten") goes on too: "…,
    sagt er. Die Stammgäste hätten Verständnis gezeigt. Trotzdem fehlten ihm pro Woche 15.000 Euro" is the
    Konjunktiv II a text narrated in the present reports with, not past narration. With `new_paragraph` (the
    report before ended in an earlier paragraph) an indicative "soll" no longer goes on: the Konjunktiv carries a
    report across paragraphs, "soll" in a new one is the newsroom's own account or plan."""
    verb = finite.of(sent)
    if new_paragraph and verb is not None and mood.preterite_plural_shared(token_lower(verb)):
        # ("…, sagte sie.¶¶Vor dem Gemeindehaus gingen die Meinungen auseinander": in a new paragraph a plural
        # the preterite shares is narration; right after the report it stands in for the Konjunktiv I)
        return None
    if (
        _asks(sent)
        or _either_or(sent)
        or not (
            _main_clause_subjunctive(sent)
            or (_reportative_finite(verb) and not new_paragraph and not _scheduled(sent))
            or _preterite_form_in_the_present(sent, verb)
            or _preterite_form_beside_konjunktiv(sent, verb)
            or (marked_hypothesis and _hypothesis(sent))
            or (
                present
                and verb is not None
                and _plural_preterite_form(sent, verb)
                and morph_values(verb, "Tense") != ["Pres"]
            )
        )
    ):
        return None
    return _sentence_part(doc, sent, None, taken, fragments=fragments)


def _holds_marks(sent: SpacySpan) -> bool:
    """Whether quotation marks in the sentence open words in lower case, which someone said ("wäre «fahrlässig»";
    not a title: "den alten „Steuerkompass“"). (From the run's columns: no `Token` for each word.)"""
    doc = sent.doc
    quotes, texts = token_column(doc, IS_QUOTE), token_texts(doc)
    opening = german().opening_marks
    return any(
        quotes[i]
        and texts[i] in opening
        and (i == 0 or bool(doc[i - 1].whitespace_))  # (an opening mark: space before it, none after)
        and not doc[i].whitespace_
        and texts[i + 1][:1].islower()
        and texts[i + 1][:1].isalpha()
        for i in range(sent.start, sent.end - 1)
    )


def _inside_report(sent: SpacySpan, taken: _Taken) -> bool:
    """Whether a hypothesis right after a report says it is the speaker's: it gives their view ("Eine Absage wäre
    aus seiner Sicht nicht zu rechtfertigen gewesen"), a Konjunktiv I inside it reports ("…, als die Personalnot
    längst bekannt gewesen sei"), or the report goes on in the Konjunktiv I right after it in its paragraph ("Es
    wäre fatal, … . Zudem sei …"); not the narrator's "Es wäre nicht das erste Mal" between reports and narration."""
    doc = sent.doc
    de = german()
    lowers = token_lowers(doc)
    if any(
        lowers[i] in de.view_owners and lowers[i + 1] in de.view_nouns
        for i in range(sent.start, sent.end - 1)
    ):
        return True
    first = _first_finite_or_subjunctive(sent)
    if any(is_konjunktiv_one(t) for t in sent if t is not first and token_pos(t) in {"VERB", "AUX"}):
        return True
    after = sent.end
    while after < len(doc) and (doc[after].is_space and "\n" not in token_text(doc[after])):
        after += 1
    if after >= len(doc) or doc[after].is_space or doc[after].is_quote:
        return False
    following = doc[after].sent
    return not taken.holds(following.start_char, following.end_char) and _clearly_reported(following)


def _hypothesis(sent: SpacySpan) -> bool:
    """Whether the main clause is in the Konjunktiv II of "werden" or "sein" ("Eine unbedingte Strafe würde seine
    Familie «in den Ruin treiben»", "Ein Verzicht wäre «fahrlässig»"). Right after a report and with the
    speaker's words in marks it is their hypothesis, part of what they said; without marks it is as often the
    narrator's ("Es wäre nicht das erste Mal, …")."""
    first = _first_finite_or_subjunctive(sent)
    return first is not None and token_lower(first) in german().hypothesis_forms


def _preterite_form_beside_konjunktiv(sent: SpacySpan, verb: Token | None) -> bool:
    """ "Allein in seinem Betrieb fehlten 25 Skilehrer, in der ganzen Region seien es rund 120": a plural
    main-clause verb with a weak preterite's form goes on with a report, as the Konjunktiv II that stands in for
    the Konjunktiv I the indicative shares, where a Konjunktiv I or a Konjunktiv II in umlaut stands in the
    sentence too: past narration does not switch mood within a sentence. (Between two reported sentences alone
    such a form is narration as often: "Umweltorganisationen zeigten sich enttäuscht.")"""
    if verb is None or not _plural_preterite_form(sent, verb):
        return False
    return any(
        t.i != verb.i
        and token_pos(t) in {"VERB", "AUX"}
        and (is_konjunktiv_one(t) or mood.has_konjunktiv_two_umlaut(token_lower(t)))
        for t in sent
    )


def _preterite_form_in_the_present(sent: SpacySpan, verb: Token | None) -> bool:
    """ "Ohne die Erhöhung fehlten in den kommenden fünf Jahren rund 60 Millionen Euro": a plural main-clause verb with
    a weak preterite's form beside a word of the present or the future is the Konjunktiv II standing in for the
    Konjunktiv I the indicative shares, no past narration."""
    # (the tagger's tense tells a present plural whose stem ends in "-t", "erwarten", "halten")
    if verb is None or not _plural_preterite_form(sent, verb) or morph_values(verb, "Tense") != ["Past"]:
        return False
    return not german().present_time_words.isdisjoint(token_lowers(sent.doc)[sent.start : sent.end])


def _plural_preterite_form(sent: SpacySpan, verb: Token | None) -> bool:
    """Whether the main clause's finite verb `verb` (lower case, beside no "ich"/"wir" or words to the reader) is
    a plural with a weak preterite's form ("spielten", "fehlten"), which the Konjunktiv II shares."""
    if verb is None or not verb.is_lower or _first_or_reader(sent):
        return False
    form = token_lower(verb)
    # (not a present whose stem ends in "t", its own infinitive by the lemma and a present by the tagger: "arbeiten")
    if verb.lemma_.lower() == form and morph_values(verb, "Tense") == ["Pres"]:
        return False
    return mood.weak_preterite_plural(form)


def _asks(sent: SpacySpan) -> bool:
    """A sentence that ends in a question mark asks (an interview's "Würden Sie den Beruf wieder wählen?"):
    reported speech turns a question into an "ob"/w-clause without one."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and token_text(last) == "?"


def _source_in_paragraph(
    doc: Doc, span: CharSpan, last_named: QuoteRecord | None, saying_starts: PositionIndex
) -> bool:
    """Whether someone speaks in the sentence's paragraph before it: a quotation with a mention ends there, or a
    cue of saying stands there ("Die Behörden werfen Luna Menschenhandel vor. Er soll …")."""
    start = paragraph_bounds(doc, *span)[0]
    if last_named is not None and last_named.end > start:
        return True
    return saying_starts.any_in(start, span[0])


def _reportative_finite(verb: Token | None) -> bool:
    """Whether the main clause's finite verb is reportative "soll"/"sollen" ("Die Kosten sollen sich
    verdoppeln"): after an attributed statement it goes on with what the source said or planned."""
    return verb is not None and token_lower(verb) in german().reportative


def _go_on(
    doc: Doc,
    sent: SpacySpan,
    taken: _Taken,
    finite: _FiniteVerbs,
    source: QuoteRecord,
    found: list[QuoteRecord],
    *,
    fragments: bool = False,
) -> bool:
    """Add the sentence as the next quotation of `source`'s speaker if it goes on with what was said. (Not after a
    question someone left open, "Gisler liess offen, ob …": they said nothing the next sentence goes on with.)"""
    if source.cue is not None and _withholds(source.cue):
        return False
    # (the statement the sentence would go on from: the last sentence found going on, or the source itself)
    last = max([*found[-1:], source], key=lambda record: record.end)
    adjacent = _right_after_report(doc, last, sent)
    present = source.cue is not None and _present_verb_cue(doc, source.cue) and adjacent
    new_paragraph = has_paragraph_break(text_of(doc)[last.end : sent.start_char])
    part = _continued_part(
        doc,
        sent,
        taken,
        finite,
        fragments=fragments,
        present=present,
        new_paragraph=new_paragraph,
        # (the hypothesis first: the other checks read the sentence and the next, for every sentence going on)
        marked_hypothesis=adjacent
        and _hypothesis(sent)
        and (_holds_marks(sent) or _inside_report(sent, taken)),
    )
    if part is None:
        return False
    # Each sentence is a quotation of its own, with the speaker of the one it continues.
    found.append(_reported(doc, part, source.mention))
    return True


def _scheduled(sent: SpacySpan) -> bool:
    """Whether a "soll" sentence gives a plan by its date ("Die Gespräche sollen in der kommenden Woche beginnen",
    "Bis 2027 sollen zwölf Zentren entstehen"): the newsroom's schedule, not what the speaker before claimed ("Ein
    Wanderer soll eine Zigarette weggeworfen haben", a past told by hearsay, goes on with the report)."""
    de = german()
    lowers, tags = token_lowers(sent.doc), [t.tag_ for t in sent]
    words = lowers[sent.start : sent.end]
    # ("… gestohlen haben", "… gesichtet worden sein": the perfect infinitive of a claim told by hearsay)
    if any(
        word in de.perfect_auxiliaries and k > 0 and tags[k - 1] in labels.PARTICIPLE_TAGS
        for k, word in enumerate(words)
    ):
        return False
    return any(
        word in de.time_nouns
        or word in de.present_time_words
        or (word.isdigit() and len(word) == _YEAR_DIGITS)
        for word in words
    )


# A year in figures ("bis 2027").
_YEAR_DIGITS = 4


def _present_verb_cue(doc: Doc, cue: CueMatch) -> bool:
    """Whether a cue is a speech verb in the present ("sagt", "sieht … als Beleg", "fordert")."""
    return cue.kind is CueKind.VERB and morph_values(doc[cue.head], "Tense") == ["Pres"]


def _right_after_report(doc: Doc, last: QuoteRecord, sent: SpacySpan) -> bool:
    """Whether `last` is a report that ends right before the sentence, in its paragraph, or a quotation whose cue
    and speaker close the sentence before ("„…“, sagt Morawietz.", "…, mahnte sie.")."""
    end = last.end
    if last.cue is not None and last.cue.start >= last.end:
        end = last.cue.end_with(last.mention)  # ("…, mahnte sie. Es wäre fatal, …": past its cue and speaker)
    elif last.kind == "direct":
        return False
    between = text_of(doc)[end : sent.start_char]
    return not has_paragraph_break(between) and len(between) <= _MAX_AFTER_REPORT


def _clearly_reported(words: SpacySpan) -> bool:
    """Whether the first finite verb of `words` is a Konjunktiv no indicative shares: a Konjunktiv I, or a Konjunktiv
    II in umlaut ("tue", "seien", "hätten"; not "hielten", a strong preterite's plural too)."""
    first = _first_finite_or_subjunctive(words)
    return first is not None and (
        is_konjunktiv_one(first)
        or konjunktiv_taken_for_other_word(first)
        or mood.has_konjunktiv_two_umlaut(token_lower(first))
    )


def _reported_introduction(doc: Doc, sent: SpacySpan, quote: QuoteRecord) -> SpacySpan | None:
    """The words of the sentence before the colon that introduces `quote` ("Für Westfalia tue ihm der
    Trainerwechsel leid: „…“"), where they open the sentence and hold no quotation mark; else None. They report
    only in a Konjunktiv no indicative shares (`_clearly_reported`; not "Auf der Tribüne hielten einige ein
    Transparent hoch: «…»")."""
    cue = quote.cue
    if (
        quote.kind != "direct"
        or cue is None
        or cue.kind is not CueKind.COLON
        or not sent.start_char < cue.start
    ):
        return None
    colon = doc[cue.head]
    if colon.i - sent.start < _MIN_INTRODUCTION or any(t.is_quote for t in doc[sent.start : colon.i]):
        return None
    return SpacySpan(doc, sent.start, colon.i)


def _withholds(cue: CueMatch) -> bool:
    """Whether a cue leaves a question open ("ließ offen, ob …"): its speaker said nothing that goes on."""
    return cue.lemma in german().withholding_verbs


def _reported_frame(doc: Doc, record: QuoteRecord) -> bool:
    """Whether a quotation in marks has a verb cue in the Konjunktiv ("Er habe ihr damals gesagt: »…«"): someone
    else reports that it was said."""
    if record.kind != "direct" or record.cue is None or record.cue.kind is not CueKind.VERB:
        return False
    # (the frame before the marks, with its colon: not a fragment inside a reported clause)
    if ":" not in text_of(doc)[record.cue.end : record.start]:
        return False
    return in_konjunktiv_clause(doc[record.cue.head])


def _reported(doc: Doc, part: CharSpan, mention: CharSpan | None) -> QuoteRecord:
    """A continuation without a cue of its own: "mixed" where it holds a quoted fragment."""
    return QuoteRecord(parts=[part], kind=reported_kind(doc, [part]), cue=None, mention=mention)


def _reports_around(sent: SpacySpan, fragments: Sequence[QuoteRecord]) -> bool:
    """Whether a sentence with quoted fragments in it reports in its own words: no fragment has its cue
    here (the sentence would be its frame: "…, sagte der Sportchef"; a cue before a colon that opens the part
    is not here: "Er kritisierte den Protest: Ein Streik sei «nicht der richtige Weg»"), and the first finite
    verb outside the marks is a Konjunktiv that reports."""
    text = text_of(sent.doc)
    before = _back_over_space(text, sent.start_char)
    after_colon = before > 0 and text[before - 1] == ":"
    if any(f.cue is not None and not (after_colon and f.cue.end <= sent.start_char) for f in fragments):
        return False
    inside = [p for f in fragments for p in f.parts]
    for token in sent:
        if any(start <= token.idx < end for start, end in inside):
            continue
        if token_pos(token) in {"VERB", "AUX"} and could_be_finite(token):
            return is_reported_subjunctive(token)
    return False


def _many(doc: Doc, mention: CharSpan) -> bool:
    """Whether a mention names many ("Viele Schülerinnen und Schüler"): its first noun is a plural."""
    span = doc.char_span(*mention, alignment_mode="expand")
    head = (
        next((t for t in span if token_pos(t) in {"NOUN", "PROPN", "PRON"}), None)
        if span is not None
        else None
    )
    # (the verb agrees: a weak tagger calls "die Fraktionschefin" plural, not "äußerte" too)
    return (
        head is not None
        and morph_values(head, "Number") == ["Plur"]
        and "Sing" not in morph_values(head.head, "Number")
    )


# The grammatical gender a singular subject pronoun asks of what it refers to.
_PRONOUN_GENDER = {"masc": "Masc", "fem": "Fem"}


def _back_over_space(text: str, offset: int) -> int:
    """Where the text before `offset` ends once the space before it is passed over (read in place, not from a
    copy of the text)."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def _reacts(sent: SpacySpan) -> bool:
    """Whether a sentence hands the word to its subject: it ends in a colon, or its verb takes what was said
    as a demonstrative ("sieht das anders", "sieht das gelassener" however parsed)."""
    tokens = [t for t in sent if not t.is_space]
    if tokens and token_text(tokens[-1]) == ":":
        return True
    return any(
        token_lower(t) in german().neuter_demonstratives and token_pos(after) not in {"NOUN", "PROPN"}
        for t, after in pairwise(tokens)
        if t.i > sent.root.i
    )


def _possessed(doc: Doc, mention: CharSpan) -> bool:
    """Whether a mention opens with a possessive and names no one ("Ihre Tochter", not "ihr Sohn Florian
    Hofer", whom the narration introduces)."""
    span = doc.char_span(*mention, alignment_mode="expand")
    return (
        span is not None
        and len(span) > 1
        and token_lower(span[0]) in german().possessive_genders
        and not any(t.ent_type_ in labels.PERSON_LABELS for t in span)
    )


def _other_gender(doc: Doc, mention: CharSpan, pronoun: CharSpan) -> bool:
    """Whether the sentence's subject `pronoun` of one person ("Sie wolle") cannot refer to the mention, whose
    noun has another grammatical gender ("Verleih")."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return False
    genders = pronoun_genders(text_of(doc)[pronoun[0] : pronoun[1]]) or frozenset()
    wanted = {_PRONOUN_GENDER[g] for g in genders if g in _PRONOUN_GENDER}
    head = span.root
    if token_pos(head) != "NOUN" or is_person(head):
        return False  # (a person the pronoun may leave for the one spoken of: "lobte seine Athletin. Sie habe …")
    own = morph_values(head, "Gender")
    return len(wanted) == 1 and len(own) == 1 and own[0] not in wanted


def _singular_pronoun_subject(sent: SpacySpan) -> CharSpan | None:
    """The personal pronoun of one person ("er", "sie" with a verb in the singular) that is the subject of the
    sentence's main clause, as a mention, or None."""
    for token in sent:
        if (
            token_lower(token) in german().personal_pronouns
            and labels.is_subject(token)
            and morph_values(token.head, "Number") == ["Sing"]
        ):
            return token.idx, token.idx + len(token_text(token))
    return None


def _fragments_inside(doc: Doc, span: CharSpan, quotations: Sequence[QuoteRecord]) -> bool:
    """Whether the quotations are fragments in marks, with no cue, that lie inside the sentence `span` after
    words of its own (a sentence that opens with the marks is the quotation's)."""
    start, end = span
    text = text_of(doc)
    return all(
        q.kind == "direct"
        and q.cue is None
        and all(start < s and e <= end for s, e in q.parts)
        and any(c.isalnum() for c in text[start : q.start])
        for q in quotations
    )


def _cue_verb_second(sent: SpacySpan, cue: CueMatch) -> bool:
    """Whether the cue's verb stands right after the sentence's first word: "Das erklärte X", the pointer
    alone in first place (not "Das russische Außenministerium erklärte", an article); or the cue is the "So"
    that opens a sentence naming the source alone ("… zwinge die Leute ins Auto. So Ott.")."""
    if cue.kind is CueKind.SO:
        return True
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) > 1 and words[1].i == cue.head


def _named_after(
    doc: Doc,
    cues: Sequence[CueMatch],
    record: QuoteRecord,
    quoted: SpanSet,
    following: SpacySpan | None,
    *,
    going_on: bool = False,
) -> QuoteRecord:
    """The report with the source that the sentence `following` right after it names by pointing back, if it does:
    "Die Lage sei ernst. Das erklärte Innenministerin Anna Weber am Dienstag.", "So reagierte X auf …", "So Ott."
    (not a sentence that opens with someone's words in marks). A report `going_on` from a speaker before keeps
    them where the pointer opens a new paragraph ("¶Das bestätigt auch ein Wirt") or announces what follows ("So
    reagierten die Fraktionen:")."""
    if following is None or _opens_with_marks(doc, following):
        return record
    if going_on and (
        has_paragraph_break(text_of(doc)[record.end : following.start_char])
        or text_of(doc)[following.start_char : following.end_char].rstrip().endswith(":")
    ):
        return record
    after = next_sentence(doc, cues, record.end, list(quoted))
    if after.cue is None or after.mention is None or not _cue_verb_second(following, after.cue):
        return record
    return evolve(record, cue=after.cue, mention=after.mention)


def _opens_with_marks(doc: Doc, sent: SpacySpan) -> bool:
    """Whether a sentence opens with a quotation mark: its first words are someone's, no pointer of the
    narrator's ("Bruno sei angeleint gewesen. „Das ist mir nie passiert“, sagte sie.")."""
    first = text_of(doc)[sent.start_char : sent.end_char].lstrip()[:1]
    return first in german().opening_marks


# Frames whose source follows or precedes the cue word in the sentence ("laut", "nach Angaben", "zufolge").
_SOURCE_FRAMES = frozenset({CueKind.LAUT, CueKind.NACH_ANGABEN, CueKind.ZUFOLGE})


def _newsroom_reports(sent: SpacySpan, frame_starts: PositionIndex) -> bool:
    """Whether the sentence has a frame and the newsroom's own possessive ("Nach Informationen unserer Zeitung
    soll …"): the narrator reports, and no one's speech goes on there."""
    if not frame_starts.any_in(sent.start_char, sent.end_char):
        return False
    return not german().narrator_possessives.isdisjoint(token_lowers(sent.doc)[sent.start : sent.end])


def continuations(doc: Doc, records: Sequence[QuoteRecord], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """Konjunktiv sentences right after an attributed quotation (the same speaker goes on), and
    reported sentences with no cue: reportative "soll" and free Konjunktiv I main clauses, also one a comma
    splices onto a narrated clause whose subject holds it (`_comma_splice`).

    One pass over the sentences; the quotations and cues are looked up in indexes built once, so the
    work is proportional to the text.
    """
    found: list[QuoteRecord] = []
    cue_starts = PositionIndex(c.extent[0] for c in cues if c.kind is not CueKind.COLON)
    # (the cues by which someone says something: not "ließ offen, ob …", after which nothing said goes on)
    saying_starts = PositionIndex(
        c.extent[0] for c in cues if c.kind is not CueKind.COLON and not _withholds(c)
    )
    cue_starts_by_frame = PositionIndex(c.start for c in cues if c.kind in _SOURCE_FRAMES)
    # A cue that reported nothing ("… die großen Stromerzeuger einer Aufsicht zu unterstellen") does not
    # keep a sentence in the Konjunktiv I from reporting by its verb form.
    used_cue_starts = PositionIndex(r.cue.extent[0] for r in records if r.cue is not None)
    verb_cues = _CuesByStart(cues)
    taken = _Taken(records)
    finite = _FiniteVerbs()
    quoted = SpanSet(p for r in records if r.kind == "direct" for p in r.parts)
    # The quotations in order of their end (ties in input order), swept along with the sentences.
    ordered = sorted(enumerate(records), key=lambda pair: (pair[1].end, pair[0]))
    by_start = sorted(enumerate(records), key=lambda pair: (pair[1].start, pair[0]))
    next_start = next_end = 0
    active: list[tuple[int, QuoteRecord]] = []  # quotations that may still meet the current sentence
    last_named: QuoteRecord | None = None  # the last quotation with a mention ending before the sentence
    found_named = _LastNamed()  # the same among those this pass finds
    source: QuoteRecord | None = None
    sents = _split_at_colons(doc, sentences(doc), quoted)
    for k, sent in enumerate(sents):
        span = (sent.start_char, sent.end_char)
        while next_start < len(by_start) and by_start[next_start][1].start < span[1]:
            active.append(by_start[next_start])
            next_start += 1
        active = [pair for pair in active if pair[1].end > span[0]]
        # A quoted fragment inside the sentence neither takes it nor becomes the source it goes on with.
        holding = [
            pair
            for pair in active
            if pair[1].kind != "direct" or 2 * overlap(span, pair[1].parts) >= span[1] - span[0]
        ]
        while next_end < len(ordered) and ordered[next_end][1].end <= span[0]:
            if ordered[next_end][1].mention is not None:
                last_named = ordered[next_end][1]
            next_end += 1
        if active:
            # The speaker goes on even when the parse found no mention for it (then None again).
            # (a quotation in marks with a cue of its own after what the sentence reports is said last: "Auf
            # die Frage der Moderatorin, ob …, antwortete die Autorin: »Jeden Tag.« Sie lebe …" goes on with it)
            answers = [
                pair
                for pair in active
                if pair[1].kind == "direct"
                and pair[1].cue is not None
                and all(pair[1].start >= r.end for _, r in holding)
            ]
            chosen = max(holding + answers or active, key=lambda pair: (pair[1].end, pair[0]))[1]
            introduction = _reported_introduction(doc, sent, chosen) if source is not None else None
            if source is not None and introduction is not None and _clearly_reported(introduction):
                # "…, sagte er. Für Westfalia tue ihm der Trainerwechsel leid: „…“": the Konjunktiv clause that
                # introduces the quotation goes on with the report before it
                _go_on(doc, introduction, taken, finite, source, found)
            # (a quotation a reported frame brings in, "Ihr Sohn habe sie schon gefragt: „…“", is inside the
            # report of the one who speaks: the sentences after it go on with them)
            if not (source is not None and _reported_frame(doc, chosen)):
                source = chosen
            inside = not holding or _fragments_inside(doc, span, [pair[1] for pair in holding])
            if inside and _reports_around(sent, [pair[1] for pair in active]):
                # Only quoted fragments in it ("Zuletzt habe man aber „die Entwicklung vermisst“"): a sentence
                # in the Konjunktiv around them still reports, however much of it they take.
                _go_on(doc, sent, taken, finite, source, found, fragments=True)
            continue
        if _refused(sent):
            continue
        if _newsroom_reports(sent, cue_starts_by_frame):
            # "Nach Informationen unserer Zeitung soll …": the narrator's own reporting, no one's
            source = None
            continue
        following = sents[k + 1] if k + 1 < len(sents) else None
        if source is not None and _go_on(doc, sent, taken, finite, source, found):
            found[-1] = _named_after(doc, cues, found[-1], quoted, following, going_on=True)
            continue
        source = None
        # No attributed quotation right before: a claim that reports itself by its verb form.
        # A clause that ends in a colon announces what follows: "Auch Rademacher zeigte sich besorgt: Viele
        # Menschen hätten das Gefühl, …" reports; no sourceless "soll" right after it ("Zudem ist der Einzug von
        # Tieren geplant: Katzen und Ziegen sollen es sein" is the narrator's plan, whoever spoke before).
        announced = k > 0 and token_text(doc[sents[k - 1].end - 1]) == ":"
        reportative = None if announced else _reportative(doc, sent, cue_starts, taken)
        hearsay = reportative is not None  # a claim by its "soll" alone, not by a Konjunktiv
        if reportative is None:
            free = _free_reported(doc, sent, used_cue_starts, taken, finite)
            spoke = k > 0 and saying_starts.any_in(sents[k - 1].start_char, sents[k - 1].end_char)
            if free is None and k > 0:
                # ("soll" goes on with a cue in its own paragraph only, like a claim with no cue before it)
                same_paragraph = not has_paragraph_break(text_of(doc)[sents[k - 1].end_char : span[0]])
                free = _claim_after_cue(
                    doc,
                    sent,
                    spoke,
                    used_cue_starts,
                    taken,
                    finite,
                    announced=announced,
                    same_paragraph=same_paragraph,
                )
            if free is None and k > 0 and _account_after(doc, sents[k - 1], sent, finite):
                free = _sentence_report(doc, sent, used_cue_starts, taken)
            pointed = None if free is None else _named_after(doc, cues, free, quoted, following)
            if pointed is not None and pointed is not free:
                # "Die Lage sei ernst. Das erklärte Innenministerin Anna Weber am Dienstag.": the sentence after
                # points back with a demonstrative and a speech verb, and names who said it
                found.append(pointed)
                source = pointed
                continue
            mention = (
                subject_of_previous_sentence(sents, k, quoted, spoke=spoke) if free is not None else None
            )
            if free is not None and mention is None:
                mention = _holder_of_view(doc, sents[k - 1], span, quoted) if k > 0 else None
            if free is not None and mention is None:
                mention = _person_before_claim(doc, sents, k, quoted)
            if free is not None and mention is not None:
                mention = _speaker_behind_report(doc, sents, k, mention, quoted) or mention
            if (
                free is not None
                and mention is not None
                and last_named is not None
                and _group_inside_report(doc, sents[k - 1], mention, last_named, span)
            ):
                # "…, nannte Jörg Matuschek die Kürzung „ein fatales Signal“. Gerade kleinere Vereine lebten von
                # diesem Geld. Am Ende werde die Jugendarbeit leiden": the group the sentence before speaks of in the
                # speaker's mood is what they said, not who goes on
                mention = last_named.mention
            pronoun = _singular_pronoun_subject(sent) if mention is not None else None
            if (
                mention is not None
                and pronoun is not None
                and (_many(doc, mention) or (not spoke and _other_gender(doc, mention, pronoun)))
            ):
                # "Viele Schüler wünschten sich … Sie wolle aber nicht, …": one person speaks, not the many;
                # "An ihnen hingen Skischule und Verleih. Sie wolle …": nor a thing of another gender that did
                # not speak (one that spoke goes on: "Die Gemeinschaft forderte … Damit stehe er …")
                mention = pronoun
            if mention is not None and not spoke and _possessed(doc, mention) and not _reacts(sents[k - 1]):
                # "…, sagt Aleksandra Wróbel. Ihre Tochter geht in die zweite Klasse. Der Schulweg sei …": a
                # relation the narration mentions by a possessive is not who reports; the one named before is
                # (but "Ihr Nachbar sieht das gelassener." and "Seine Frau war deutlicher:" give the word to them)
                mention = None
            if free is not None and mention is not None:
                record = evolve(
                    free,
                    mention=mention,
                    cue=free.cue or _reaction_before(sents, k, verb_cues, used_cue_starts),
                )
                found.append(record)
                source = record  # Konjunktiv sentences after it go on with it
                continue
            verb = finite.of(sent)
            if free is not None and verb is not None and _lexical_konjunktiv_two(verb):
                # ("Nach heutigem Maßstab entspräche dies 2079 Dollar": with no one the sentence before is about,
                # a Konjunktiv II is the narrator's own hypothesis)
                free = None
            reportative = free
        if reportative is not None:
            # The source of a reportative claim is, if anyone, the last one the text named: by a quotation
            # found before or by a sentence this pass found going on with one
            found_named.update(found)
            named = [r for r in (last_named, found_named.last) if r is not None]
            last = max(named, key=lambda r: r.end) if named else None
            if hearsay and not _source_in_paragraph(doc, span, last, saying_starts):
                # "…, sagte Pichler.¶Der Veranstalter soll bereits über einen Sommer-Grand-Prix nachdenken": with
                # no one speaking in its paragraph before it, a claim with "soll" is the newsroom's own account
                # of hearsay or a plan, no one's quotation
                continue
            found.append(evolve(reportative, mention=last.mention if last is not None else None))
        else:
            # Nothing reported as a whole: the clause after a comma that splices a main clause in the Konjunktiv
            # onto the narrator's may still report, read next as a sentence after the narrated one (the loop reads
            # the list as it goes, so the clause after the comma comes next)
            halves = _comma_splice(doc, sent, quoted, finite)
            if halves is not None:
                sents[k] = halves[0]
                sents.insert(k + 1, halves[1])
    return _after_colons(doc, found, cues)


def _reaction_before(
    sents: list[SpacySpan], k: int, verb_cues: _CuesByStart, used_cue_starts: PositionIndex
) -> CueMatch | None:
    """ "Gstrein wies die Kritik zurück. Die Verordnung sei geprüft worden": the verb cue of the sentence before,
    which reported nothing of its own, is the cue of the report that follows it (not where the report has a cue of
    its own: "…, betonte die gebürtige Estin")."""
    if k == 0 or verb_cues.first_in(sents[k].start_char, sents[k].end_char) is not None:
        return None
    before = sents[k - 1]
    cue = verb_cues.first_in(before.start_char, before.end_char)
    if cue is None or used_cue_starts.any_in(cue.extent[0], cue.extent[0] + 1):
        return None
    return cue


class _CuesByStart:
    """Verb cues in the order of their start, for the first one in a stretch of text (a bisection, no scan)."""

    def __init__(self, cues: Sequence[CueMatch]) -> None:
        self._cues = sorted((c for c in cues if c.kind is CueKind.VERB), key=lambda c: c.extent[0])
        self._starts = [c.extent[0] for c in self._cues]

    def first_in(self, start: int, end: int) -> CueMatch | None:
        i = bisect_left(self._starts, start)
        return self._cues[i] if i < len(self._starts) and self._starts[i] < end else None


class _LastNamed:
    """The last quotation with a mention in a list that only grows, each record looked at once."""

    def __init__(self) -> None:
        self.last: QuoteRecord | None = None
        self._seen = 0

    def update(self, records: Sequence[QuoteRecord]) -> None:
        for record in records[self._seen :]:
            if record.mention is not None:
                self.last = record
        self._seen = len(records)


def _group_inside_report(
    doc: Doc, before: SpacySpan, mention: CharSpan, last_named: QuoteRecord, span: CharSpan
) -> bool:
    """Whether `mention`, the subject of the sentence `before`, is a group (`_many`) that sentence speaks of in the
    mood of reported speech (a Konjunktiv, or a plural verb with the past's form), while the last quotation with a
    speaker ends in the same paragraph: the sentence goes on with that speaker's words."""
    if not (before.start_char <= mention[0] < before.end_char) or not _many(doc, mention):
        return False
    if last_named.mention is None or has_paragraph_break(text_of(doc)[last_named.end : span[0]]):
        return False
    return _in_reported_mood(before)


def _in_reported_mood(sent: SpacySpan) -> bool:
    """Whether a sentence has a verb in the mood of reported speech: a Konjunktiv, or a plural with the past's
    form, which the Konjunktiv II shares ("wollten", "fehlten")."""
    verbs = [t for t in sent if token_pos(t) in {"VERB", "AUX"} and could_be_finite(t)]
    return has_subjunctive_form(verbs) or any(
        token_lower(t).endswith("en") and morph_values(t, "Tense") == ["Past"] for t in verbs
    )


def _speaker_behind_report(
    doc: Doc, sents: list[SpacySpan], k: int, mention: CharSpan, quoted: SpanSet
) -> CharSpan | None:
    """ "Bürgermeister Johann Riegler wirbt offen für das Projekt. Die Gemeinde würde jährlich 180.000 Euro
    erhalten. Damit könne man …": where the sentence before speaks of no one named (a group, a body, a thing) in
    the mood of reported speech, it is the report already; who goes on is the person the text names as the
    subject of the sentence before it, in the same paragraph."""
    if k < 2 or has_paragraph_break(text_of(doc)[sents[k - 2].start_char : sents[k].start_char].strip()):
        return None
    before = sents[k - 1]
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or not before.start_char <= mention[0] < before.end_char or _names_a_person(span):
        return None
    if not _in_reported_mood(before):
        return None
    earlier = subject_of_previous_sentence(sents, k - 1, quoted)
    found = None if earlier is None else doc.char_span(*earlier, alignment_mode="expand")
    return earlier if found is not None and _names_a_person(found) else None


def _names_a_person(span: SpacySpan) -> bool:
    """Whether a mention names a person: a name the recogniser gives, a proper noun that is a person, or a
    surname the text gives someone ("Mörth selbst")."""
    return any(
        t.ent_type_ in labels.PERSON_LABELS
        or (token_pos(t) == "PROPN" and is_person(t))
        # (not a role word the recogniser took into a name: "Mutter Tashi")
        or (is_known_surname(t) and not is_person_noun(token_text(t)))
        for t in span
    )


def _holder_of_view(doc: Doc, before: SpacySpan, span: CharSpan, quoted: SpanSet) -> CharSpan | None:
    """ "Für die Forscherin Jael Aebischer ist die Lage keine Überraschung. Die Temperaturen seien …": the person
    whose view the sentence before gives, in the same paragraph, goes on in the Konjunktiv."""
    if has_paragraph_break(text_of(doc)[before.end_char : span[0]]):
        return None
    holder = perspective_holder(before, list(quoted))
    return None if holder is None else mention_of(holder, [span])


def _person_before_claim(doc: Doc, sents: list[SpacySpan], k: int, quoted: SpanSet) -> CharSpan | None:
    """ "Der Bildungsforscher Jens Oltmanns sieht die Regel differenziert. Studien zeigten, dass …. Entscheidend
    sei aber, …": where the sentence before has no subject that speaks and reports a claim itself (a "dass"
    clause, a Konjunktiv), the person the sentence before it is about, in the same paragraph."""
    if k < 2 or has_paragraph_break(text_of(doc)[sents[k - 2].start_char : sents[k].start_char].strip()):
        return None
    before = sents[k - 1]
    if not any(token_lower(t) in german().subordinators or is_konjunktiv_one(t) for t in before):
        return None
    mention = subject_of_previous_sentence(sents, k - 1, quoted)
    if mention is None:
        return None
    span = doc.char_span(*mention, alignment_mode="expand")
    return mention if span is not None and any(is_person(t) for t in span) else None


def _split_at_colons(doc: Doc, sents: list[SpacySpan], quoted: SpanSet) -> list[SpacySpan]:
    """The sentences, each cut after a colon that a clause of its own follows ("Ein älterer Mann schüttelte den
    Kopf: Früher sei der Sonntag heilig gewesen"): the words after it go on as a sentence of their own, which
    the sentence segmenter makes of some such colons and not of others."""
    texts = token_texts(doc)
    result: list[SpacySpan] = []
    for sent in sents:
        start = sent.start
        for i in range(sent.start + 1, sent.end - 1):
            after = texts[i + 1]
            if (
                texts[i] == ":"
                and after[:1].isupper()
                and after.isalpha()
                and not quoted.covers(doc[i].idx)
                and _narrated_clause(doc[start:i])
            ):
                result.append(SpacySpan(doc, start, i + 1))
                start = i + 1
        result.append(sent if start == sent.start else SpacySpan(doc, start, sent.end))
    return result


def _comma_splice(
    doc: Doc, sent: SpacySpan, quoted: SpanSet, finite: _FiniteVerbs
) -> tuple[SpacySpan, SpacySpan] | None:
    """The sentence cut after its first comma where the narrator's main clause, whose subject can speak, ends and a
    main clause in the Konjunktiv I follows ("Die Gewerkschaft zeigt keinerlei Verständnis für den Verkauf, es
    stehe viel auf dem Spiel"): the words after it report what the subject holds; None where no such comma is."""
    texts = token_texts(doc)
    comma = next((i for i in range(sent.start + 1, sent.end - 2) if texts[i] == ","), None)
    if comma is None or quoted.covers(doc[comma].idx):
        return None
    before, after = SpacySpan(doc, sent.start, comma + 1), SpacySpan(doc, comma + 1, sent.end)
    # (not a comma inside marks: "„Der Kaiser ist tot, es lebe der Kaiser“ – Kabarett …")
    # (the quotation-mark flags from the run's column: no `Token` for each word before the comma)
    if any(token_column(doc, IS_QUOTE)[sent.start : comma + 1]) or not _narrated_main_clause(
        SpacySpan(doc, sent.start, comma)
    ):
        return None
    if _may_be_konjunktiv_two(sent, finite.of(sent)) or not _reported_main_clause(after, finite):
        return None
    # (only what someone holds: "Der Sturm forderte zwölf Menschenleben, die Behörden seien überfordert" names no
    # one whose view the clause after the comma gives)
    # (in the clause before the comma: the parse may hang the clause after it on the verb before)
    subject = subject_of_previous_sentence([before, after], 1)
    return (before, after) if subject is not None and subject[1] <= before.end_char else None


def _may_be_konjunktiv_two(sent: SpacySpan, verb: Token | None) -> bool:
    """Whether a sentence's main verb may be the Konjunktiv II a report stands in with: a plural with a weak
    preterite's form ("Entlang der Strasse wohnten 1400 Menschen, mehr als die Hälfte sei …") or one in umlaut
    ("Die Ersatzbusse führen im Zehnminutentakt, …"). Such a sentence goes on with a report as a whole."""
    return verb is not None and (_plural_preterite_form(sent, verb) or _lexical_konjunktiv_two(verb))


def _narrated_main_clause(words: SpacySpan) -> bool:
    """A narrated clause (`_narrated_clause`) that is a main clause: no subordinating word opens it ("Als er kam,
    …", "Wer wenig verbrauche, …")."""
    first = first_word(words)
    return (
        first is not None
        and token_lower(first) not in german().subordinators
        and token_pos(first) not in {"SCONJ", "VERB", "AUX"}
        and not labels.is_relative_pronoun(first)
        and _narrated_clause(words)
    )


def _reported_main_clause(words: SpacySpan, finite: _FiniteVerbs) -> bool:
    """Whether words after a comma are a main clause whose finite verb in second place is a Konjunktiv I ("es
    stehe im Gegensatz zu …"), not a relative clause ("…, die regiere") nor one a subordinating word opens."""
    first = first_word(words)
    if first is None or labels.is_relative_pronoun(first):
        return False
    verb = finite.of(words)
    # (a verb by its tag: not "spielende" in "der bei Galatasaray spielende Harry Kewell stoppte …")
    if verb is None or token_pos(verb) not in {"VERB", "AUX"} or not is_konjunktiv_one(verb):
        return False
    # (nor a dependent clause a word before the verb opens: "ließ offen, mit wem die SPÖ verhandeln werde", "…,
    # wo weiterhin Tempo 50 gelte")
    return not any(t.tag_ in labels.CLAUSE_OPENER_TAGS for t in words.doc[words.start : verb.i])


def _narrated_clause(words: SpacySpan) -> bool:
    """Whether words before a colon are a clause of the narrator's: a finite verb, none in the Konjunktiv (not
    a headline's "Weinbetrug vor Gericht:", an interview's "Frage:", nor reported words that go on after the
    colon, "Das Problem liege …, sondern davor: Viele Kinder kämen …")."""
    doc = words.doc
    poses = token_poses(doc)  # (a `Token` only for each verb)
    verbs = [doc[i] for i in range(words.start, words.end) if poses[i] in {"VERB", "AUX"}]
    return any(could_be_finite(t) for t in verbs) and not has_subjunctive_form(verbs)


def _after_colons(doc: Doc, found: list[QuoteRecord], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """A reported sentence part that opens right after a colon has the cue of the words before it: the speech
    verb of their clause ("Thielscher widersprach: Es gebe …"), else the colon ("Sein Trainer war
    zurückhaltender: Man müsse erst …", "Niamh Brennan (SB): Der Ring sei …")."""
    text = text_of(doc)
    colons = {cue.end: cue for cue in cues if cue.kind is CueKind.COLON}
    verbs = sorted((cue for cue in cues if cue.kind is CueKind.VERB), key=lambda cue: cue.start)
    verb_starts = [cue.start for cue in verbs]
    result = []
    for record in found:
        colon = colons.get(_back_over_space(text, record.parts[0][0])) if record.cue is None else None
        if colon is None:
            result.append(record)
            continue
        before = _back_over_space(text, colon.start)
        # (read in place: the scan for a line break stops at the first one)
        if before > 0 and text[before - 1] in german().closing_marks and text.find("\n", 0, colon.start) < 0:
            # ("„Wir sind fassungslos“: Werk in Eisenach soll schließen": in a headline, after a quotation and its
            # colon comes the headline's own statement, no report; in the body "sprach von einem «Kahlschlag»:
            # Bereits vor zwei Jahren habe …" reports)
            continue
        k = bisect_left(verb_starts, colon.start) - 1
        opening = sentence_of(doc[colon.head]).start_char
        verb = (
            verbs[k] if k >= 0 and verbs[k].start >= opening and verbs[k].extent[1] <= colon.start else None
        )
        if verb is None:
            # "Für Kammerobmann Ferdinand Hölzl ist klar: Die Hilfe komme zu spät": whose view the words before
            # the colon give says the words after it
            holder = perspective_holder(sentence_of(doc[colon.head]), record.parts)
            mention = record.mention if holder is None else mention_of(holder, record.parts)
            result.append(evolve(record, cue=colon, mention=mention))
            continue
        # (the verb's subject speaks, in the same sentence: not the subject of the sentence before)
        mention = (
            speaker_of_cue(doc, verb, record.parts)
            or subject_by_position(doc, verb, record.parts)
            or record.mention
        )
        result.append(evolve(record, cue=verb, mention=mention))
    return result
