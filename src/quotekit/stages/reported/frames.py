"""Reported speech framed by a cue word: "laut X", "X zufolge", "nach Angaben von X", "…, so X", "Demnach …".

The content is the sentence less the frame (the cue word, its source noun phrase, for "so" the rest of
its clause), which may leave two parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.names import is_genitive_article
from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.direct.speech import is_title_word
from quotekit.stages.reported.clauses import pronoun_after_comma
from quotekit.syntax.docindex import lower_at, pos_at, text_at, token_pos, token_text
from quotekit.syntax.labels import NOUN_POS, VERB_POS, is_relative_pronoun
from quotekit.syntax.mentions import frame_source
from quotekit.syntax.phrases import noun_phrase_after, span_of_tokens
from quotekit.syntax.positions import source_of_sentence_before
from quotekit.syntax.spans import doc_slice, previous_sentence, runs, sentence_of
from quotekit.syntax.verbs import could_be_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["FRAME_KINDS", "frame_candidate", "frame_content"]

_CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?"})
# What opens a "so X" that runs to its clause's end: "…, so Price am Montag.", "… – so Price."
_SOURCE_OPENERS = frozenset({",", "–", "—", "-"})
# The mark that closes a "so X" inserted between dashes or in brackets, by the mark that opens it.
_INSERTION_CLOSERS = {"–": "–", "—": "—", "-": "-", "(": ")"}
FRAME_KINDS = frozenset({CueKind.LAUT, CueKind.ZUFOLGE, CueKind.NACH_ANGABEN, CueKind.SO, CueKind.DEMNACH})


def _frame(doc: Doc, cue: CueMatch, sent: SpacySpan) -> tuple[set[int], list[int]]:
    """The frame tokens (cue + source) and the source noun phrase of a host-sentence cue."""
    first, last = min(cue.tokens), max(cue.tokens)
    source = frame_source(doc, cue, sent)
    if source and first == sent.start:
        source = [*source, *_coordinated_source(doc, max(source) + 1, sent.end)]
    if source:
        # "laut einem Test des Magazins „Auto Motor und Sport“": a title in marks the source opens or ends
        # before is part of it, up to its closing mark
        source = [*source, *_title_in_marks(doc, source, sent.end)]
    frame = set(cue.tokens) | set(source)
    frame |= set(_addressee_after(doc, max(frame) + 1, sent.end))
    opener = text_at(doc, first - 1) if first > sent.start else ""
    closing = _insertion_end(doc, first, sent.end) if cue.kind is CueKind.SO else None
    if closing is not None:
        # "– so Canny –", "(so der Sprecher)": the insertion from its dash or bracket to the closing one is frame.
        frame = {k for k in frame if k < closing} | set(range(first - 1, closing + 1))
        source = [k for k in source if k < closing]
    elif cue.kind is CueKind.SO and opener in _SOURCE_OPENERS:
        frame.add(first - 1)
        if source and max(source) + 1 < sent.end and text_at(doc, max(source) + 1) == ",":
            frame.add(max(source) + 1)
        # "…, so Price weiter." / "…, so Price am Montag.": the rest up to the clause end is frame.
        end = _to_clause_end(doc, max(source) + 1 if source else last + 1, sent.end, frame)
        # "…, so der 52-Jährige, der das Unternehmen führt.": a relative clause on the source is frame too.
        if end + 1 < sent.end and text_at(doc, end) == "," and is_relative_pronoun(doc[end + 1]):
            frame.add(end)
            _to_clause_end(doc, end + 1, sent.end, frame)
    return frame, source


def _finite_at(doc: Doc, i: int) -> bool:
    """Whether token `i` is a lower-case verb that may be finite."""
    token = doc[i]
    return token_pos(token) in VERB_POS and token_text(token)[:1].islower() and could_be_finite(token)


def _insertion_end(doc: Doc, first: int, limit: int) -> int | None:
    """The index of the dash or bracket that closes a "so X" inserted after the dash or bracket before token
    `first` ("– so Canny –", "(so der Sprecher)"), or None: not an insertion, or not closed in the sentence."""
    if first == 0:
        return None
    closer = _INSERTION_CLOSERS.get(text_at(doc, first - 1))
    if closer is None:
        return None
    for k in range(first + 1, limit):
        if text_at(doc, k) == closer:
            return k
        if text_at(doc, k) in _CLAUSE_ENDS:
            return None
    return None


def _coordinated_source(doc: Doc, index: int, limit: int) -> list[int]:
    """ "Laut Polizei und Feuerwehr wurden …", "Nach Angaben der Agenturen dpa und AFP umstellten …": in a frame
    that opens the sentence, a second source joined to the first by "und", "oder" or "sowie" right before the
    finite verb is part of the frame, not the first word of what it reports."""
    if index + 1 >= limit or lower_at(doc, index) not in german().joining_words:
        return []
    phrase = noun_phrase_after(doc, index + 1, limit)
    if not phrase or phrase[0] != index + 1 or pos_at(doc, max(phrase)) not in {"NOUN", "PROPN"}:
        return []
    verb = max(phrase) + 1
    if verb >= limit or not (pos_at(doc, verb) in VERB_POS and could_be_finite(doc[verb])):
        return []
    return [index, *phrase]


def _title_in_marks(doc: Doc, source: list[int], limit: int) -> list[int]:
    """The tokens after the source phrase up to the closing mark of a title it names: one the phrase left open
    ("des Magazins „Auto Motor"), one right after a title word that ends it ("des Magazines „auto, motor und
    sport“"), or its owner's name in marks after a genitive article ("Angaben des «Sportjournals»"). Nothing where
    no closing mark follows in the sentence."""
    after = max(source) + 1
    left_open = sum(_opens(doc, k) for k in source) > sum(_closes(doc, k) for k in source)
    titled = (
        after < limit
        and _opens(doc, after)
        and pos_at(doc, max(source)) in {"NOUN", "PROPN"}
        and is_title_word(text_at(doc, max(source)))
    )
    # ("Nach Angaben des «Sportjournals»": the owner in the genitive is a name in marks)
    owner = after + 1 < limit and is_genitive_article(text_at(doc, after)) and _opens(doc, after + 1)
    if not (left_open or titled or owner):
        return []
    for k in range(after + (1 if titled else 2 if owner else 0), limit):
        if _closes(doc, k):
            return list(range(after, k + 1))
    return []


def _opens(doc: Doc, k: int) -> bool:
    """Whether token `k` is a quotation mark that opens (a space before it, a word right after it): the
    same mark may open in one style and close in another ("“")."""
    token = doc[k]
    return (
        token_text(token) in german().quotation_marks
        and (k == 0 or bool(doc[k - 1].whitespace_))
        and not token.whitespace_
    )


def _closes(doc: Doc, k: int) -> bool:
    """Whether token `k` is a quotation mark that closes (right after a word, no space before it)."""
    return text_at(doc, k) in german().quotation_marks and k > 0 and not doc[k - 1].whitespace_


def _addressee_after(doc: Doc, index: int, limit: int) -> list[int]:
    """ "laut Polizeisprecher Markus Huber gegenüber der APA": the one told, right after the source."""
    if index >= limit or lower_at(doc, index) not in german().addressee_prepositions:
        return []
    phrase = noun_phrase_after(doc, index + 1, limit)
    return [index, *phrase] if phrase and phrase[0] == index + 1 else []


def _to_clause_end(doc: Doc, start: int, limit: int, frame: set[int]) -> int:
    """Add the tokens from `start` up to the next clause mark to `frame`; return where the mark stands."""
    end = start
    while end < limit and text_at(doc, end) not in _CLAUSE_ENDS:
        frame.add(end)
        end += 1
    return end


def frame_content(doc: Doc, cue: CueMatch) -> tuple[list[CharSpan], list[int]]:
    """The framed sentence less its frame, and the source noun phrase's token indices."""
    sent = sentence_of(doc[cue.head])
    frame, source = _frame(doc, cue, sent)
    start = sent.start
    if cue.kind is CueKind.DEMNACH and cue.lemma == german().wonach:
        start = cue.head + 1  # "ein Bericht, wonach …", "Gerüchte, nach denen …": only the clause after it
    end = sent.end
    if cue.kind in _EMBEDDABLE_KINDS:
        start, end = _relative_clause_around(doc, min(cue.tokens), start, end)
        if start == sent.start and min(frame) == sent.start:
            # "Laut dem Gouverneur der Provinz Schabwa kommen die Verhandlungen voran": a frame that opens the
            # sentence fills the place before its finite verb, however far the parse took the source
            verb = _verb_after_prefield(doc, max(cue.tokens) + 1, end, set(cue.tokens), set(source))
            if verb is not None:
                frame = {k for k in frame if k < verb} | set(range(start, verb))
                source = [k for k in source if k < verb]
    words = doc_slice(doc, start, end)  # (its clipped bounds: no `Token` for each word)
    rest = [i for i in range(words.start, words.end) if i not in frame]
    return runs(doc, rest), source


# How many words the place before the finite verb may still hold after the frame's parsed source.
_MAX_PREFIELD_REST = 8


def _verb_after_prefield(doc: Doc, index: int, limit: int, cue: set[int], source: set[int]) -> int | None:
    """The finite verb in second place after a frame that opens the sentence: the first one from `index` on,
    past a clause between commas ("Laut dem Bericht, der gestern erschien, kommen …"), within a few words and
    not right after a preposition of the source ("Laut Angaben von …"; the frame's own "zufolge" or "nach",
    which a tagger calls a preposition, comes right before it: "Egger zufolge hat …"), nor a participle before
    its noun ("Laut dem am Mittwoch veröffentlichten Prüfbericht sind …"); None where there is none."""
    i, words = index, 0
    while i < limit and words <= _MAX_PREFIELD_REST:
        token = doc[i]
        if token_text(token) == "," and words == 0 and i + 1 < limit and _finite_at(doc, i + 1):
            # "Den Polizeibehörden zufolge, wurden …": a stray comma right after the frame, no clause between
            i += 1
            continue
        if token_text(token) == ",":
            closing = next((k for k in range(i + 1, limit) if text_at(doc, k) == ","), None)
            if closing is None:
                return None
            i = closing + 1
            continue
        if token_text(token) in _CLAUSE_ENDS or token.is_quote:
            return None
        previous = doc[i - 1] if i > 0 else None
        attributive = token.i in source or (token.head.i > token.i and token_pos(token.head) in NOUN_POS)
        if (
            _finite_at(doc, i)
            and not attributive
            and not (previous is not None and token_pos(previous) == "ADP" and previous.i not in cue)
        ):
            return i
        words += 0 if token.is_punct else 1
        i += 1
    return None


# Frames that may stand inside a relative clause and report only it ("Gremien, die nach Aussagen der
# Organisationen nicht betroffen sind"); "so X" and "Demnach" frame whole sentences.
_EMBEDDABLE_KINDS = frozenset({CueKind.LAUT, CueKind.ZUFOLGE, CueKind.NACH_ANGABEN})
# The pronominal adverb that opens a relative clause: "worauf dieser nach Aussagen Gordons …".
_RELATIVE_ADVERB_TAG = "PWAV"


def _relative_clause_around(doc: Doc, cue_start: int, start: int, end: int) -> tuple[int, int]:
    """The relative clause that holds a frame cue at token `cue_start` (from its pronoun, with a preposition
    before it: "unter denen sich nach Einschätzung der Ermittler …", to the comma after its final verb),
    else the bounds [start, end) unchanged."""
    comma = next((i for i in range(cue_start - 1, start - 1, -1) if text_at(doc, i) == ","), None)
    if comma is None or comma + 2 >= end:
        return start, end
    pronoun = pronoun_after_comma(doc, comma, end)
    if pronoun is None or not (is_relative_pronoun(pronoun) or pronoun.tag_ == _RELATIVE_ADVERB_TAG):
        return start, end
    for i in range(cue_start + 1, end - 1):
        if text_at(doc, i) == "," and pos_at(doc, i - 1) in {"VERB", "AUX"}:
            return comma + 1, i
    return comma + 1, end


def _reports_sentence_before(doc: Doc, cue: CueMatch, last: QuoteRecord) -> bool:
    """Whether the last quotation found ends in the sentence before the pointer or later ("Laut Anklage
    kassierte der Mann … . Demnach …": the pointer goes on with that source)."""
    before = previous_sentence(doc, sentence_of(doc[cue.head]))
    return before is not None and last.end > before.start_char


def _names_source(doc: Doc, cue: CueMatch) -> bool:
    """Whether the sentence before the pointer names a source of its own (`source_of_sentence_before`)."""
    return source_of_sentence_before(doc[cue.head]) is not None


def frame_candidate(
    doc: Doc, cue: CueMatch, records: Sequence[QuoteRecord]
) -> tuple[list[CharSpan], CharSpan | None] | None:
    """The framed content and its source; "Demnach …" points back to the last source found."""
    first = min(cue.tokens)
    if cue.kind is CueKind.SO and _after_quotation(doc, first):
        return None  # "„…“ So Landeshauptmann X am Wahlabend.": the source of the quotation before, no frame
    parts, source = frame_content(doc, cue)
    if any(lower_at(doc, k) in german().narrator_possessives for k in (*cue.tokens, *source)):
        # "Nach Informationen unserer Zeitung soll …": the newsroom's own reporting, no one quoted
        return None
    if cue.kind is CueKind.NACH_ANGABEN and _speech_verb_after(doc, max([*cue.tokens, *source]) + 1):
        return None  # "Nach dem Urteil sagte Tschudin, …": a time, and the verb after it attributes
    mention = span_of_tokens(doc, source)
    if cue.kind is CueKind.DEMNACH:
        # The source found last, or "Demnach" itself (the speaker stage reads what it points to); "ein
        # Bericht, wonach …" points to the noun before it, which is not always the source's name.
        last = records[-1].mention if records else None
        if cue.lemma == german().wonach and len(cue.tokens) > 1:
            # "Gerüchte, nach denen …": the relative pronoun stands for the noun that says it, no one else
            pronoun = doc[cue.head]
            mention = (pronoun.idx, pronoun.idx + len(token_text(pronoun)))
        elif cue.lemma == german().wonach:
            mention = last
        elif cue.lemma == german().danach:
            # (the sentence before names the report it points to: its source, not the last one found)
            mention = (cue.start, cue.end)
        elif last is not None and (
            _reports_sentence_before(doc, cue, records[-1]) or not _names_source(doc, cue)
        ):
            mention = last
        else:
            # (the sentence before names a source and reports nothing itself: the speaker stage reads it
            # from the pointer)
            mention = (cue.start, cue.end)
    return (parts, mention) if parts else None


def _after_quotation(doc: Doc, first: int) -> bool:
    """Whether "so" at token `first` follows a closing quotation mark, perhaps with a dash between („…“ – so X)."""
    before = first - 1
    if before > 0 and text_at(doc, before) in _INSERTION_CLOSERS:
        before -= 1
    return before >= 0 and doc[before].is_quote


def _speech_verb_after(doc: Doc, index: int) -> bool:
    """Whether a finite verb of saying stands at token `index`, right after a "nach" phrase, and says something
    of its own after it (a clause after a comma or colon, words in marks); not "Nach Angaben der Polizei fordern
    die Täter ein Lösegeld", where the verb is part of what was reported."""
    if index >= len(doc):
        return False
    verb = doc[index]
    if not (
        token_pos(verb) in VERB_POS and could_be_finite(verb) and verb.lemma_.lower() in german().speech_verbs
    ):
        return False
    end = sentence_of(verb).end
    return any(token_text(t) in {",", ":"} or t.is_quote for t in doc[index + 1 : end])
