"""The source a cue word points at, one rule per construction: `source_after` and `source_after_cue` ("…, so
Price", "laut Polizei", "nach Angaben der Polizei"), `source_before_zufolge` ("dem Bericht zufolge"),
`genitive_of_speech_noun` ("Stoltenbergs Behauptung"); for reported speech framed by a cue word, the source
noun phrase by position, which is also cut out of the framed sentence: `frame_source` ("…, so Ursula
Castrup, die Leiterin der Fachstelle"). `quotekit.syntax.mentions.speaker_of_cue` picks the rule for a cue's
kind.

"So X" is read by one rule, `source_after` (issue 10): `source_after_cue` gives its span for a cue,
`frame_source` its tokens for the frame of a reported sentence, `positions.nominal_after` reads it after a
"so" without a cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.known_organisations import known_organisation_at
from quotekit.lang.de.lemmas import is_speech_noun_form
from quotekit.lang.de.names import (
    is_document_noun,
    is_genitive_article,
    is_personal_pronoun,
    is_possessive_genitive,
)
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.syntax import labels
from quotekit.syntax.docindex import pos_at, text_at, token_lower, token_pos, token_text, token_texts
from quotekit.syntax.nominals import NOMINAL_POS, can_speak, is_nominal
from quotekit.syntax.phrases import (
    bracket_opening,
    comma_after_attribute,
    marked_name_end,
    mention_of,
    noun_phrase_after,
    noun_phrase_before,
    phrase_head,
    span_of_tokens,
)
from quotekit.syntax.spans import clause_prepositions, is_inside, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "document_source",
    "frame_source",
    "genitive_attribute",
    "genitive_of_speech_noun",
    "source_after",
    "source_after_cue",
    "source_before_zufolge",
]

# How far after a cue word its source is looked for when the tagger missed the phrase's start.
_MAX_SOURCE_SEARCH = 7
# Words between a cue word and its source that belong to neither: "so auch Präsident Ciampi".
_SKIPPED_BEFORE_SOURCE = frozenset({"ADV", "PART", "CCONJ"})
# The most words a known organisation's name that a source stops inside has before that word.
_LONGEST_KNOWN_NAME = 4
# Words that may open a source's noun phrase before its noun: "so der 24-Jährige", "laut dem neuen Leiter".
_SOURCE_OPENING_POS = frozenset({"DET", "ADJ", "NUM"})


def source_after(doc: Doc, index: int, limit: int, outside: Sequence[CharSpan] = ()) -> list[int]:
    """Token indices of the source a cue word points at, from token `index` on: "…, so Ursula Castrup, die
    Leiterin der Fachstelle", "laut einem Sprecher der Polizei", "nach Angaben der Polizei", "„…“ so das
    Fazit der Betreiber". The one rule for every "so X" (issue 10): the noun phrase right after the cue by
    part-of-speech sequence (names, a genitive or "von" attribute, an apposition at the end), never into a
    quotation or past its clause; else the first nominal word within a few words and its phrase by the
    parse (a tagger that missed the phrase's start)."""
    while index < limit and pos_at(doc, index) in _SKIPPED_BEFORE_SOURCE and not _is_noun_shaped(doc[index]):
        index += 1  # "so auch Präsident Ciampi"
    # "laut „Computerwoche“", "Laut «Tages-Anzeiger»", "laut dem „Finanzkurier“"
    article = 1 if index < limit and pos_at(doc, index) == "DET" else 0
    # "laut heise online", "wie dpa berichtete": an organisation known by its name, whatever its tags
    known = known_organisation_at(token_texts(doc), index + article) if index + article < limit else None
    if (
        known is not None
        and known[0] <= limit
        and not any(is_inside(t, outside) for t in doc[index : known[0]])
    ):
        return list(range(index, known[0]))
    marked = marked_name_end(doc, index + article, limit)
    if marked is not None and not any(is_inside(t, outside) for t in doc[index:marked]):
        return list(range(index, marked))
    source: list[int] = []
    for i in noun_phrase_after(doc, index, limit):
        if is_inside(doc[i], outside) or (source and i != source[-1] + 1):
            break
        source.append(i)
    while source and doc[source[-1]].is_punct and doc[source[-1]].text != ")":
        source.pop()
    if any(pos_at(doc, i) in NOMINAL_POS or is_nominal(doc[i]) for i in source):
        return _through_known_name(doc, source, limit)

    for token in doc[index : min(limit, index + _MAX_SOURCE_SEARCH)]:
        if is_inside(token, outside) or (token.is_punct and token_text(token) not in {"-"}):
            break
        if token_pos(token) not in NOMINAL_POS and _is_noun_shaped(token):
            # "Laut Ärztekammer fehlen …" with the noun tagged as an adverb, "so der 24-Jährige" with it
            # tagged as a number: the parse's head for it is no guide to its phrase, the words before it are
            opening = [i for i in range(index, token.i) if pos_at(doc, i) in _SOURCE_OPENING_POS]
            return [*opening, token.i] if len(opening) == token.i - index else [token.i]
        if token_pos(token) in NOMINAL_POS:
            phrase = doc.char_span(*mention_of(phrase_head(token), outside), alignment_mode="expand")
            return [] if phrase is None else [t.i for t in phrase if t.i < limit]
    return []


def _through_known_name(doc: Doc, source: list[int], limit: int) -> list[int]:
    """The source run on to the end of a known organisation's name it stops inside ("nach Angaben der
    Hilfsorganisation Ärzte ohne Grenzen", whose "ohne" a parse may leave out)."""
    texts = token_texts(doc)
    last = source[-1]
    for start in range(max(source[0], last - _LONGEST_KNOWN_NAME + 1), last + 1):
        found = known_organisation_at(texts, start)
        if found is not None and last + 1 < found[0] <= limit:
            return [*source, *range(last + 1, found[0])]
    return source


def _is_noun_shaped(token: Token) -> bool:
    """A noun whatever its tag: a word capitalised inside a sentence, or one the tagger took for a noun."""
    return is_nominal(token) or (
        token_text(token)[:1].isupper() and token.is_alpha and not token.is_sent_start
    )


def source_after_cue(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """ "…, so Price", "laut Polizei", "nach Angaben der Polizei": the source after the cue (`source_after`)."""
    limit = sentence_of(doc[cue.head]).end
    source = source_after(doc, _source_start(cue), limit, outside)
    return span_of_tokens(doc, source)


def _source_start(cue: CueMatch) -> int:
    """Where the source after a cue word starts: after "laut", "so"; for "nach Angaben" at the speech noun,
    whose genitive names the source ("nach Angaben der Polizei") or which is the source itself ("nach
    eigenen Angaben", "nach Polizeiangaben")."""
    return min(cue.tokens) + 1 if cue.kind is CueKind.NACH_ANGABEN else max(cue.tokens) + 1


def source_before_zufolge(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """ "dem Bericht zufolge": the nearest nominal word before the cue; "ihr zufolge": the pronoun."""
    pronoun = _pronoun_before(doc, cue.head)
    if pronoun is not None:
        return doc[pronoun].idx, doc[pronoun].idx + len(text_at(doc, pronoun))
    # (a party in brackets before the cue is not the source: "Veronika Schwärzler (ÖVP) zufolge")
    end = cue.head if (opening := bracket_opening(doc, cue.head - 1, 0)) is None else opening
    owner = _statement_before_preposition(doc, noun_phrase_before(doc, end - 1, 0), 0)
    if owner:
        # "Einer Umfrage des AStA unter 1.800 Studierenden zufolge": the survey, not those it asked
        end = owner[-1]
    for token in reversed(doc[max(0, end - 8) : end]):
        # ("Thielscher zufolge": a surname right before the cue is its source, whatever its tag)
        if token_pos(token) in NOMINAL_POS or (
            token.i == end - 1 and token.is_alpha and token_text(token)[:1].isupper()
        ):
            return mention_of(token, outside)
    return None


def _pronoun_before(doc: Doc, index: int) -> int | None:
    """ "Ihr zufolge", "Ihnen zufolge": a personal pronoun right before the postposition (taggers often
    read "ihr" as a possessive) is its source."""
    word = text_at(doc, index - 1) if index > 0 else ""
    if is_personal_pronoun(word) or word.lower() in german().dative_pronoun_genders:
        return index - 1
    return None


def genitive_of_speech_noun(doc: Doc, cue: CueMatch, outside: Sequence[CharSpan] = ()) -> CharSpan | None:
    """ "Stoltenbergs Behauptung" / "die Behauptung des Ministers": the genitive attribute of the noun, by
    position (`outside` is not consulted: the words around a noun cue are never quoted)."""
    return genitive_attribute(doc[cue.head])


def genitive_attribute(noun: Token) -> CharSpan | None:
    """The genitive attribute of a noun, by position: a name before it ("Stoltenbergs Behauptung") or a noun
    phrase after it that opens with a genitive article ("die Studie des Instituts für Gebirgsforschung"), up
    to the comma after it."""
    doc = noun.doc
    if noun.i > 0:
        previous = doc[noun.i - 1]
        if token_pos(previous) == "PROPN" or labels.is_genitive_attribute(previous):
            return previous.idx, previous.idx + len(token_text(previous))
    # (up to the comma after the attribute: "der Vorwurf der Verteidigung, das Gericht sei …")
    comma = comma_after_attribute(noun)
    limit = len(doc) if comma is None else comma
    after = noun.i + 1
    if _closes_marks_around(noun):
        after += 1  # "dem „Gletscherbericht“ des Bergsteigerbunds": the attribute follows the closing mark
    source = noun_phrase_after(doc, after, limit) if after < limit else []
    # (or a possessive in the genitive: "die Ankündigung ihres Trainers")
    if source and (is_genitive_article(doc[source[0]].text) or is_possessive_genitive(doc[source[0]].text)):
        return doc[source[0]].idx, doc[source[-1]].idx + len(doc[source[-1]].text)
    return None


def _closes_marks_around(noun: Token) -> bool:
    """Whether a noun stands alone in marks: an opening mark right before it, a closing one right after."""
    doc, de = noun.doc, german()
    return (
        0 < noun.i < len(doc) - 1
        and token_text(doc[noun.i - 1]) in de.opening_marks
        and token_text(doc[noun.i + 1]) in de.closing_marks
    )


def frame_source(doc: Doc, cue: CueMatch, sent: SpacySpan) -> list[int]:
    """Token indices of the source noun phrase of a framing cue word, by part-of-speech sequence:
    before "zufolge" ("dem Bericht zufolge", "seiner Meinung nach"), after "nach Angaben", "laut" and
    "so" (`source_after`); none for "Demnach"."""
    first, last = min(cue.tokens), max(cue.tokens)
    if cue.kind is CueKind.DEMNACH:
        return []
    if cue.kind is CueKind.ZUFOLGE:
        if cue.lemma == german().nach:  # "Seiner Meinung nach": the noun is part of the cue
            return noun_phrase_before(doc, last - 1, sent.start)
        pronoun = _pronoun_before(doc, first)
        if pronoun is not None:
            return [pronoun]
        phrase = noun_phrase_before(doc, first - 1, sent.start)
        owner = _statement_before_preposition(doc, phrase, sent.start)
        return [*owner, *phrase] if owner else phrase
    return source_after(doc, _source_start(cue), sent.end)


def _statement_before_preposition(doc: Doc, phrase: list[int], limit: int) -> list[int]:
    """ "Einer Umfrage des AStA unter 1.800 Studierenden zufolge", "Experten in Bern zufolge": the statement,
    document or speaker a prepositional phrase before "zufolge" belongs to, with the preposition; [] where no
    such noun phrase stands before it."""
    if not phrase or phrase[0] - 2 < limit or doc[phrase[0] - 1].pos_ != "ADP":
        return []
    before = noun_phrase_before(doc, phrase[0] - 2, limit)
    nouns = [doc[i] for i in before if pos_at(doc, i) in NOMINAL_POS]
    # ("Experten in Bern zufolge": people, an organisation or a statement; not "Im Jahr 2020 …")
    if not nouns or not any(
        _names_a_statement(t) or (token_pos(t) == "NOUN" and can_speak(t)) for t in nouns
    ):
        return []
    return [*before, phrase[0] - 1]


def _names_a_statement(token: Token) -> bool:
    return is_speech_noun_form(token_lower(token), token.lemma_.lower()) or is_document_noun(
        token_text(token)
    )


def document_source(verb: Token, outside: Sequence[CharSpan]) -> Token | None:
    """The speech or document noun of a prepositional phrase in the verb's clause ("aus einer Pressemitteilung",
    "in einem Bericht", "aus der Spitalliste"), the first one after a source preposition."""
    doc = verb.doc
    sent = sentence_of(verb)
    for token in clause_prepositions(verb, sent.start, sent.end, german().source_prepositions, outside):
        for word in doc[token.i + 1 : min(sent.end, token.i + 5)]:
            if is_inside(word, outside) or word.is_punct:
                break
            if token_pos(word) in NOMINAL_POS:
                # ("geht aus der neuen Spitalliste hervor": a document as well as a statement)
                if _names_a_statement(word):
                    return word
                break
    return None
