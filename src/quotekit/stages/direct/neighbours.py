"""Placements 4 and 5: a quotation that makes a sentence of its own takes its speaker from a neighbour.

4. the next sentence when it points back: „…“ Dies sagte Larson.
5. the previous sentence: the speaker of a quotation there (a quote paragraph that goes on), a speech
   cue's speaker there (Er sagte dazu Folgendes. „…“), or the person the sentence is about.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.names import is_person_noun, is_press_role
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.cues import lemma_candidates, with_pointer
from quotekit.stages.direct.attribution import (
    NOTHING,
    SENTENCE_KINDS,
    Attribution,
    Strength,
    cue_speaker,
    cues_in,
    synthetic_cue,
    with_these_words,
)
from quotekit.syntax import labels
from quotekit.syntax.docindex import morph_values, text_of, token_lower, token_pos, token_text
from quotekit.syntax.labels import DEFINITE_DETERMINER_TAGS, PERSON_LABELS, RELATIVE_PRONOUN_TAGS, VERB_POS
from quotekit.syntax.mentions import clause_subject, perspective_holder, reacting_source, speaker_of_cue
from quotekit.syntax.nominals import can_speak, is_known_surname, is_person
from quotekit.syntax.phrases import (
    FULL_NAME_WORDS,
    first_nominal,
    mention_of,
    noun_phrase_after,
    span_of_tokens,
)
from quotekit.syntax.spans import is_inside, paragraph_bounds, sentence_of, tokens_between
from quotekit.syntax.verbs import could_be_finite, in_konjunktiv_clause, is_reported_subjunctive, main_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["next_sentence", "previous_sentence", "speaker_after_paragraph_opening"]


def next_sentence(doc: Doc, cues: Sequence[CueMatch], end: int, outside: list[CharSpan]) -> Attribution:
    """„…“ Dies sagte Larson. — the next sentence points back with a demonstrative."""
    tokens = tokens_between(doc, end, min(len(text_of(doc)), end + 200))
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return NOTHING
    # (across a paragraph break only a pointer right before the speech verb that opens the next paragraph:
    # "„…“¶Das sagte der Trainer", not "„…“¶Das Ministerium wies die Kritik zurück")
    if "\n" in text_of(doc)[end : words[0].idx].strip(" \t") and not _pointer_before_cue(words, cues):
        return NOTHING
    if with_these_words(words):
        return _subject_of_pointing_sentence(doc, words, outside)
    so = next((cue for cue in cues if cue.kind is CueKind.SO and cue.start == words[0].idx), None)
    if so is not None:
        # "„…“ So Landeshauptmann Gerhard Pirker am Wahlabend.": the sentence names the source alone
        source = first_nominal(words[1:], outside, speaking_only=True)
        if source is None:
            return NOTHING
        return Attribution(so, mention_of(source, outside), strength=Strength.CUED)
    # ("„…“ So fasste Kommissionspräsident Rahul Menon die Ergebnisse zusammen.": "so" before a speech verb
    # points back too)
    if token_lower(words[0]) not in german().pointers and token_lower(words[0]) != german().so:
        return NOTHING
    sentence = words[0].sent
    for cue in cues_in(cues, sentence.start_char, sentence.end_char, frozenset({CueKind.VERB})):
        mention = speaker_of_cue(doc, cue, outside)
        if mention is None:
            # "Das machte Bürgermeisterin Anna Muster deutlich": after the pointer and the verb comes the
            # subject, whatever the parse made of them.
            after = _speaker_after_verb(sentence, cue.head, outside)
            if after is not None:
                start, end = mention_of(after, outside)
                mention = (max(start, after.idx), end)  # (never back over the verb the parse hung on it)
        if mention is not None:
            return Attribution(with_pointer(doc, cue, words[0]), mention, strength=Strength.CUED)
    return _pointer_verb(doc, words, outside)


def _pointer_before_cue(words: Sequence[Token], cues: Sequence[CueMatch]) -> bool:
    """Whether the words open with a pointer ("Das", "Dies") right before the verb of a speech cue."""
    if len(words) < 2 or token_lower(words[0]) not in german().pointers:
        return False
    verb = words[1].i
    return any(cue.kind is CueKind.VERB and verb in (cue.head, *cue.tokens) for cue in cues)


def _subject_of_pointing_sentence(doc: Doc, words: Sequence[Token], outside: list[CharSpan]) -> Attribution:
    """The subject of the sentence that points back with "Mit diesem Satz …", when it can speak."""
    sentence = sentence_of(words[0])
    verb = main_verb([t for t in sentence if t.i > words[2].i])
    subject = None if verb is None else clause_subject(verb, outside)
    # (the verb stands second, after the pointing phrase, whatever the tagger made of it: "Mit diesen Worten
    # beruhigte Konzernchef Martin Brandt …" with "beruhigte" taken for an adjective)
    second = words[3] if verb is None else verb
    if subject is None:
        subject = _speaker_after_verb(sentence, second.i, outside)
    if subject is None or subject.i <= words[2].i or not can_speak(subject):
        return NOTHING
    start, end = mention_of(subject, outside)
    after_verb = doc[second.i + 1].idx
    if start < after_verb <= subject.idx:
        start = after_verb  # never back over the verb the parse hung on the subject
    # (the verb says nothing: "erntete Applaus" is no cue)
    return Attribution(None, (start, end), strength=Strength.GUESS)


def _speaker_after_verb(sentence: SpacySpan, verb: int, outside: list[CharSpan]) -> Token | None:
    """The first phrase after token `verb` that can speak: where a pointing phrase stands first ("Das",
    "Mit diesen Worten"), the verb stands second and its subject follows it, whatever the parse made of
    the two."""
    return first_nominal([t for t in sentence if t.i > verb], outside, speaking_only=True)


def _pointer_verb(doc: Doc, words: Sequence[Token], outside: list[CharSpan]) -> Attribution:
    """„…“ Das erklärte Landeshauptmann X: a speech verb after the pointer that the tagger missed ("erklärte"
    as an adjective), with the noun phrase after it as its subject."""
    if len(words) < 3 or not token_text(words[1])[:1].islower() or not words[1].is_alpha:
        return NOTHING
    verb = words[1]
    if not any(lemma in german().speech_verbs for lemma in lemma_candidates(verb)):
        return NOTHING
    sentence = sentence_of(verb)
    source = [i for i in noun_phrase_after(doc, verb.i + 1, sentence.end) if not is_inside(doc[i], outside)]
    if not source or not any(can_speak(doc[i]) for i in source):
        return NOTHING
    return Attribution(synthetic_cue(verb), span_of_tokens(doc, source), strength=Strength.CUED)


def previous_sentence(
    doc: Doc,
    cues: Sequence[CueMatch],
    start: int,
    done: Sequence[QuoteRecord],
    outside: list[CharSpan],
) -> Attribution:
    """The previous sentence: a quotation's speaker there, or a speech verb's subject."""
    tokens = tokens_between(doc, max(0, start - 400), start)
    words = [t for t in tokens if not t.is_space]
    if not words:
        return NOTHING
    sentence = words[-1].sent
    sent_start = sentence.start_char
    text = text_of(doc)
    for record in reversed(done):
        # (a quotation that ends the sentence before counts only with no word of the narrator in between:
        # "„…“ Die Projektleiterin nickte. „…“" is hers)
        close = record.end > sent_start or not any(ch.isalpha() for ch in text[record.end : start])
        if record.end <= start and record.end >= sent_start - 2 and record.mention is not None and close:
            # („…“, sagte Gisler. „…“: the verb between the two quotations attributes the second as well)
            between = record.cue is not None and record.end <= record.cue.extent[0] < start
            return Attribution(record.cue if between else None, record.mention, strength=Strength.GUESS)
        if record.end < sent_start:
            break
    marked = [(r.start, r.end) for r in done]
    relative: CharSpan | None = None
    for cue in reversed(cues_in(cues, sent_start, start, SENTENCE_KINDS)):
        if any(s <= cue.extent[0] < e for s, e in marked):
            continue
        press, asked = _asked_by_press(doc, cue, [*outside, *marked])
        if press:
            # "Ob er selbst zur Diskussion stehe, wollte ein Reporter wissen. „…“": the answer is the one asked
            return NOTHING if asked is None else Attribution(None, asked, strength=Strength.GUESS)
        mention = _talked_with(doc, cue, [*outside, *marked]) or cue_speaker(doc, cue, [*outside, *marked])
        if mention is not None and _relative_pronoun(doc, mention):
            # "erzählt von Kolleginnen, die Bewerbungen schreiben. „…“": the main clause's speaker first
            relative = relative or mention
            continue
        if mention is not None:
            return Attribution(None, mention, strength=Strength.GUESS)
    if relative is not None:
        return Attribution(None, relative, strength=Strength.GUESS)
    # A quote after a sentence about someone: "… will Oettinger die Naturwissenschaften straffen. „…“"
    verb = main_verb([t for t in sentence if not any(s <= t.idx < e for s, e in marked)])
    if verb is not None and _reports(verb):
        # "Eine Antwort habe sie nie bekommen. „…“": a sentence in the Konjunktiv is someone's words, its
        # subject may be what they spoke about; the speaker stage goes on with whoever said them
        return NOTHING
    holder = perspective_holder(sentence, marked)
    if holder is not None:
        # "Für Kröll sind sie etwas ganz anderes. „…“": whose view the sentence gives says what follows
        return Attribution(None, mention_of(holder, [*outside, *marked]), strength=Strength.GUESS)
    subject = None if verb is None else clause_subject(verb, [*outside, *marked])
    reacting = None if verb is None else reacting_source(verb, [*outside, *marked])
    if reacting is not None:
        # "Kritik kommt von Anwohnerin Eva Roth. „…“": who reacts says what follows
        return Attribution(None, mention_of(reacting, [*outside, *marked]), strength=Strength.GUESS)
    if subject is None:
        # "Eine Zuschauerin aus Mainz hingegen war begeistert." parsed with no subject: the person that opens it
        subject = _person_before_verb(sentence, marked)
    # A person for sure, a surname the text gave with a first name ("Oduya selbst gab sich bescheiden."), or
    # someone described ("Eine Zuschauerin aus Mainz")
    if subject is not None and _generic_plural(subject):
        # "Viele Stammgäste wichen in die Nachbarorte aus. „…“": people in general are what a speaker spoke
        # about, not who speaks; the speaker stage goes on with whoever spoke before
        return NOTHING
    if subject is not None and (
        is_person(subject) or is_known_surname(subject) or is_person_noun(token_text(subject))
    ):
        return Attribution(None, mention_of(subject, [*outside, *marked]), strength=Strength.GUESS)
    if subject is None or not can_speak(subject):
        # "Ihren Beruf will Kaplan nicht aufgeben" parsed with "Ihren Beruf" as the subject: the one surname the
        # text knows in the sentence, where the subject the parse gives cannot speak.
        known = [t for t in sentence if is_known_surname(t) and not is_inside(t, marked)]
        if len(known) == 1:
            return Attribution(None, mention_of(known[0], [*outside, *marked]), strength=Strength.GUESS)
    return NOTHING


def _generic_plural(subject: Token) -> bool:
    """A plural noun with no article, possessive or demonstrative ("viele Stammgäste", "ältere Frauen",
    "140 Beschäftigte"): people in general, not a group the text has speak."""
    if subject.ent_type_ in PERSON_LABELS or "Plur" not in morph_values(subject, "Number"):
        return False
    return token_pos(subject) == "NOUN" and not any(
        c.tag_ in DEFINITE_DETERMINER_TAGS for c in subject.children
    )


def _reports(verb: Token) -> bool:
    """Whether a clause's verb, or its auxiliary, is in the Konjunktiv that reports speech."""
    return in_konjunktiv_clause(verb) and any(map(is_reported_subjunctive, [verb, *verb.children]))


def _asked_by_press(doc: Doc, cue: CueMatch, outside: list[CharSpan]) -> tuple[bool, CharSpan | None]:
    """Whether a reporter asks in the sentence before a quotation ("wollte ein Reporter wissen", "fragte die
    Journalistin ihn"), and whom: the person asked (an object of the verb), else the person the question speaks of
    by a pronoun ("Ob er selbst …"), else no one."""
    if cue.kind is not CueKind.VERB or cue.lemma not in german().question_verbs:
        return False, None
    head = doc[cue.head]
    subject = clause_subject(head, outside)
    if subject is None or not is_press_role(token_text(subject)):
        return False, None
    for child in head.children:
        if labels.is_object(child) and can_speak(child) and not is_inside(child, outside):
            return True, mention_of(child, outside)
    pronouns = german().subject_pronouns
    asked = next(
        (
            t
            for t in sentence_of(head)
            if token_lower(t) in pronouns and t.i != subject.i and not is_inside(t, outside)
        ),
        None,
    )
    return True, None if asked is None else (asked.idx, asked.idx + len(token_text(asked)))


def _talked_with(doc: Doc, cue: CueMatch, outside: list[CharSpan]) -> CharSpan | None:
    """Whom the medium's own people talk with in the sentence before a quotation ("Unsere Reporterin hat mit
    einer Intensivpflegerin gesprochen. „…“"): the quotation is theirs, not the reporter's. (Where a newsmaker
    talks with someone, "Der Minister sprach mit Journalisten. „…“", the quotation is the newsmaker's.)"""
    if cue.kind is not CueKind.VERB or cue.lemma not in german().conversation_verbs:
        return None
    subject = clause_subject(doc[cue.head], outside)
    if subject is None or not is_press_role(token_text(subject)):
        return None
    for child in doc[cue.head].children:
        if any(token_lower(c) == german().mit for c in child.children) and can_speak(child):
            return mention_of(child, outside)
    return None


def _person_before_verb(sentence: SpacySpan, marked: Sequence[CharSpan]) -> Token | None:
    """The person noun or name that opens a sentence before its finite verb, not inside a prepositional
    phrase ("Eine Zuschauerin aus Mainz hingegen war …"; not "Nach Ansicht der Ärztin war …")."""
    for token in sentence:
        if token_pos(token) in VERB_POS and could_be_finite(token):
            return None
        if token_pos(token) == "ADP" or is_inside(token, marked):
            return None
        if token_pos(token) in {"NOUN", "PROPN"}:
            return token if is_person(token) or is_person_noun(token_text(token)) else None
    return None


def speaker_after_paragraph_opening(
    doc: Doc, cues: Sequence[CueMatch], open_start: int, end: int, outside: list[CharSpan]
) -> Attribution:
    """ "„Wir brauchen mehr Geld.“ Bürgermeisterin Anna Muster appellierte an das Land.": a quotation that
    opens its paragraph is said by the person whom the next sentence of that paragraph has speak, by name;
    not where that sentence reacts to it ("Der Finanzminister widersprach")."""
    paragraph_start, paragraph_end = paragraph_bounds(doc, open_start, end)
    if text_of(doc)[paragraph_start:open_start].strip():
        return NOTHING
    words = [t for t in tokens_between(doc, end, paragraph_end) if not t.is_punct and not t.is_space]
    if not words:
        return NOTHING
    sentence = sentence_of(words[0])
    verb_cues = cues_in(cues, sentence.start_char, sentence.end_char, frozenset({CueKind.VERB}))
    for cue in verb_cues:
        if cue.lemma in german().reaction_verbs:
            return NOTHING
        mention = speaker_of_cue(doc, cue, outside)
        if mention is None:
            continue
        span = doc.char_span(*mention, alignment_mode="expand")
        if span is not None and any(t.ent_type_ in PERSON_LABELS for t in span):
            # (the verb tells what the speaker did, it does not introduce the quotation: no cue of its own)
            return Attribution(None, mention, strength=Strength.GUESS)
    if verb_cues:
        return NOTHING
    # "„Ich habe 52 Jahre hier gewohnt …“ Elfriede Rössler, 81, sitzt in ihrer Küche.": a scene that opens
    # with the quotation and then shows, by name, the person who said it
    # ("«…» Cheftrainer Flavio Cathomen geriet ins Schwärmen.": the role before the name belongs to it)
    opening = sentence[words[0].i - sentence.start :]
    # ("«…» Brunnenmeister Ueli Gerber steht in der Brunnenstube": so is a noun the word lists lack right
    # before the name)
    roles = list(
        itertools.takewhile(
            lambda t: (
                t.ent_type_ not in PERSON_LABELS and (is_person_noun(token_text(t)) or _role_before_name(t))
            ),
            opening,
        )
    )
    name = []
    for token in opening[len(roles) :]:
        if token_pos(token) not in {"PROPN", "NOUN"} or token.ent_type_ not in PERSON_LABELS:
            break
        name.append(token)
    # (a scene shows the speaker by first name and surname, "Elfriede Rössler, 81, sitzt …", not by a surname
    # alone, which may be anyone named before)
    if len(name) < FULL_NAME_WORDS or not any(labels.is_subject(t) for t in [*roles, *name]):
        return NOTHING
    return Attribution(None, span_of_tokens(doc, [t.i for t in [*roles, *name]]), strength=Strength.GUESS)


def _role_before_name(token: Token) -> bool:
    """A common noun right before a name the recogniser gives ("Brunnenmeister Ueli Gerber"): a role."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        (token.tag_ == labels.COMMON_NOUN_TAG or token_pos(token) == "NOUN")
        and following is not None
        and following.ent_type_ in PERSON_LABELS
    )


def _relative_pronoun(doc: Doc, mention: CharSpan) -> bool:
    """Whether a mention is a relative pronoun alone ("…, die …"): the speaker of a relative clause."""
    span = doc.char_span(*mention, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].tag_ in RELATIVE_PRONOUN_TAGS
