"""Placement 2: the attribution after the quotation, in the same sentence.

„…“, sagte er. / „…“, so Price. / „…“, begründet das Gericht seine Entscheidung. / „…?“ fragte er.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch
from quotekit.stages.direct.attribution import (
    NOTHING,
    Attribution,
    Strength,
    closing_marks,
    cues_in,
    synthetic_cue,
    with_these_words,
)
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of, token_lower, token_pos, token_text
from quotekit.syntax.labels import PERSON_LABELS, VERB_POS
from quotekit.syntax.mentions import clause_subject, speaker_of_cue
from quotekit.syntax.nominals import describes_person, is_person
from quotekit.syntax.phrases import mention_of
from quotekit.syntax.positions import marked_name_after, nominal_after
from quotekit.syntax.spans import PARAGRAPH_BREAKS, text_before, tokens_between
from quotekit.syntax.verbs import is_finite, main_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["after_quote", "colon_speaker_after", "format_attribution", "words_after_end"]

# What a clause right after a closing mark may start with when it is no attribution: „…“, und dann …
_DASHES = ("–", "—", "-")


_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "NUM", "PUNCT"})


_AFTER_KINDS = frozenset({CueKind.VERB, CueKind.SO, CueKind.ZUFOLGE})


def words_after_end(doc: Doc, close_end: int, ceiling: int) -> int:
    """Where the words after a closing mark end: the sentence's end, not after `ceiling`."""
    text = text_of(doc)
    # „… gesagt.“ Der Abschuss …: a quote that ends in a full stop ends its sentence when a new one starts.
    if text_before(text, close_end).rstrip(closing_marks()).rstrip().endswith((".", "!", "?", "…")):
        rest = text[close_end:ceiling].lstrip(" \t")
        # Only a lower-case word or a comma goes on the sentence („…?“ fragte er / „…!“, rief sie).
        if not rest or not (rest[0].islower() or rest[0] in ",;" or rest[0] in _DASHES):
            return close_end
    for index in range(close_end, ceiling):
        char = text[index]
        if char in ".!?" and (index + 1 == len(text) or not text[index + 1].isalnum()):
            # "." right after the closing mark ends the quote's sentence: „…“. Er sagte …
            return index
        if char in PARAGRAPH_BREAKS or char in german().new_quote_marks:
            return index
    return ceiling


def after_quote(
    doc: Doc,
    cues: Sequence[CueMatch],
    close_end: int,
    end: int,
    outside: list[CharSpan],
    *,
    fragment: bool = False,
) -> Attribution:
    """„…“, sagte er. / „…“, so Price. / „…“, begründet das Gericht seine Entscheidung.

    With `fragment` (the marked words stand inside a clause that began before them), a clause after the comma
    that opens with its subject is a main clause of its own, no attribution: "Die Direktorin spricht von
    einem „Wettlauf gegen die Zeit“, das Land verweist auf Ausschreibungen"."""
    after = text_of(doc)[close_end:end]
    stripped = after.lstrip()
    # An attribution after the quote follows a comma or a dash („…“, sagte er), or ends a quote that
    # ends its own sentence („…?“ fragte er); „X“ berichtet … makes the marked words the subject.
    before = text_before(text_of(doc), close_end)
    said = before.rstrip(closing_marks()).rstrip().endswith((".", "!", "?", "…", ","))
    if stripped and not stripped.startswith((",", *_DASHES)) and not said:
        return NOTHING
    tokens = tokens_between(doc, close_end, end)
    opening = next((t for t in tokens if not t.is_punct and not t.is_space), None)
    if opening is not None and token_pos(opening) == "CCONJ":
        return NOTHING  # „…!“ und der Sprecher rief: the words after it make a clause of their own
    words = [t for t in tokens if not t.is_punct]
    if with_these_words(words):
        return _with_these_words_after(doc, cues, words, end, outside)
    for cue in cues_in(cues, close_end, end, _AFTER_KINDS):
        mention = speaker_of_cue(doc, cue, outside)
        if fragment and cue.kind is CueKind.VERB and _opens_with_subject(words, mention, cue):
            continue
        if fragment and cue.kind is CueKind.VERB and _marks_of_its_own(cue.extent[1], end, outside):
            continue
        if mention is None and cue.kind is CueKind.VERB:
            mention = nominal_after(tokens, cue.tokens[0], outside) or marked_name_after(
                doc, cue, end, outside
            )
        if mention is not None or cue.kind is CueKind.VERB:
            return Attribution(cue, mention, strength=Strength.CUED)
    if not words:
        return NOTHING
    first = words[0]
    # (not "„…“, so wurde sein Werk …": "so" then opens a main clause after a conditional one)
    if token_lower(first) == german().so and len(words) > 1 and token_pos(words[1]) != "AUX":
        mention = nominal_after(tokens, first.i, outside)  # „…“ so das Fazit der Betreiber
        if mention is not None:
            return Attribution(None, mention, strength=Strength.CUED)
    # „…“, begründet das Gericht: a finite verb right after the quote, with its subject after it. A
    # lower-case word there that is no function word is a verb too, whatever the tagger says
    # („…“, strich Romney heraus): German nouns are capitalised.
    following = doc[first.i + 1] if first.i + 1 < len(doc) else None
    # (not an adjective before its noun: "„…“, größere Unfälle habe es nicht gegeben")
    attributive = (
        token_pos(first) == "ADJ"
        and following is not None
        and token_pos(following) in {"NOUN", "PROPN", "ADJ"}
    )
    lower_verb = (
        token_text(first)[:1].islower()
        and first.is_alpha
        and token_pos(first) not in _FUNCTION_POS
        and not attributive
    )
    # A separable particle closing the clause makes the first word its verb, even as an "adverb".
    lower_verb = lower_verb or (
        token_text(first)[:1].islower()
        and first.is_alpha
        and token_pos(first)
        not in _FUNCTION_POS - {"ADV"}  # (not "mit" in "„…“, mit diesen Worten … zurück")
        and any(labels.is_separable_particle(t) for t in tokens if t.i > first.i)
    )
    if fragment and _marks_of_its_own(first.idx, end, outside):
        return NOTHING
    if (token_pos(first) in VERB_POS and is_finite(first)) or lower_verb:
        subject = clause_subject(first, outside)
        if subject is not None and subject.i > first.i:
            return Attribution(
                synthetic_cue(first), mention_of(subject, outside), strength=Strength.INTRODUCED
            )
        mention = nominal_after(tokens, first.i, outside)
        if mention is not None:
            return Attribution(synthetic_cue(first), mention, strength=Strength.INTRODUCED)
    return NOTHING


def _marks_of_its_own(start: int, end: int, outside: Sequence[CharSpan]) -> bool:
    """Whether marks open between `start` and `end` (where the words after a quotation stop at the next marks):
    the clause after a fragment's comma quotes words of its own ("lobte Oberrauch als „Glücksfall“, hielt die
    Inszenierung aber für „überfrachtet“"), its verb attributes those, not the fragment."""
    return any(start <= opening <= end for opening, _ in outside)


def _opens_with_subject(words: Sequence[Token], mention: CharSpan | None, cue: CueMatch) -> bool:
    """Whether the clause after a comma opens with the cue's subject before its verb ("…“, das Land verweist
    auf …"), not with the verb ("…“, sagte er") or a word that makes it a subordinate clause ("…“, wie er sagte")."""
    return (
        mention is not None
        and bool(words)
        and mention[0] == words[0].idx
        and mention[1] <= cue.start
        and token_pos(words[0]) not in {"SCONJ", "ADV"}
    )


def _with_these_words_after(
    doc: Doc, cues: Sequence[CueMatch], words: Sequence[Token], end: int, outside: list[CharSpan]
) -> Attribution:
    """ "„…“, mit diesen Worten meldete er sich zurück": the text calls the marked words someone's, whatever
    they hold; the speaker is the subject of the verb after the pointing phrase."""
    rest = [t for t in words[3:] if t.idx < end]
    verb = main_verb(rest)
    if verb is None:
        return NOTHING
    subject = clause_subject(verb, outside)
    mention = mention_of(subject, outside) if subject is not None else nominal_after(rest, verb.i, outside)
    cue = next(iter(cues_in(cues, verb.idx, end, frozenset({CueKind.VERB}))), None) or synthetic_cue(verb)
    return Attribution(cue, mention, strength=Strength.SAID)


# The words of a bracket or dash attribution that name the speaker: "Rheintal-Trainer Florian Mähr",
# "Mitgründer und CEO Fabian Cathomen" (a title, names, "und" between titles).
_NAMING_POS = frozenset({"NOUN", "PROPN", "X", "ADJ"})
# A bracket or dash attribution is a short phrase.
_MAX_FORMAT_CHARS = 90


def format_attribution(doc: Doc, close_end: int, para_end: int, outside: list[CharSpan]) -> Attribution:
    """The speaker a list of quotations gives after each in brackets or after a dash:
    „…“ (Rheintal-Trainer Florian Mähr nach dem 31:27) / „…“ – Gründerin Lea Varga über das Ziel.

    The mention is the naming words at the start (titles and a name), up to the first word that is not
    one ("nach", "über"); without a name or a person's title there, it is no attribution."""
    text = text_of(doc)
    rest = text[close_end:para_end]
    stripped = rest.lstrip(" \t")
    if not stripped or stripped[0] not in ("(", *_DASHES):
        return NOTHING
    start = close_end + len(rest) - len(stripped) + 1
    stop = text.find(")", start, para_end) if stripped[0] == "(" else para_end
    if stop < 0 or stop - start > _MAX_FORMAT_CHARS:
        return NOTHING
    inside = tokens_between(doc, start, stop)
    # "(Houston, hier ist das Meer der Ruhe …)": a translation or a sentence in brackets, no attribution
    if any(token_pos(t) in {"VERB", "AUX"} and is_finite(t) for t in inside):
        return NOTHING
    naming = _naming_words(inside)
    if naming is None:
        return NOTHING
    first, last = naming[0], naming[-1]
    dash = _mark_cue(doc, start - 1) if stripped[0] in _DASHES else None
    return Attribution(dash, (first.idx, last.idx + len(token_text(last))), strength=Strength.INTRODUCED)


def colon_speaker_after(doc: Doc, close_end: int, para_end: int, outside: list[CharSpan]) -> Attribution:
    """A quotation that opens its line, then a colon and who said it, as headlines and captions give it:
    „Das ist nicht hinnehmbar“: Scholz kritisiert Russland / „…“: Landwirt Georg Thelen vor seiner Halle.

    The mention is the naming words right after the colon (titles and a name), whatever follows them."""
    text = text_of(doc)
    rest = text[close_end:para_end]
    stripped = rest.lstrip(" \t")
    if not stripped.startswith(":"):
        return NOTHING
    colon = close_end + len(rest) - len(stripped)
    line_end = text.find("\n", colon, para_end)
    inside = [
        t for t in tokens_between(doc, colon + 1, para_end if line_end < 0 else line_end) if not t.is_space
    ]
    naming = _naming_words(inside)
    # (a person by name: "Talwil dreht das Derby" names a club, whose player the body quotes again)
    if naming is None or not any(t.ent_type_ in PERSON_LABELS or is_person(t) for t in naming):
        return NOTHING
    first, last = naming[0], naming[-1]
    return Attribution(
        _mark_cue(doc, colon, CueKind.COLON),
        (first.idx, last.idx + len(token_text(last))),
        strength=Strength.INTRODUCED,
    )


def _naming_words(inside: Sequence[Token]) -> list[Token] | None:
    """The naming words that open `inside` (titles, names, "und" between titles), or None where they hold no name
    or person's title."""
    naming: list[Token] = []
    for token in inside:
        joins = token_pos(token) == "CCONJ" and naming and token_pos(naming[-1]) in _NAMING_POS
        # (a role the tagger gets wrong still names: "Ennstal-Kapitän" tagged as a pronoun)
        naming_word = token_pos(token) in _NAMING_POS or describes_person(token_text(token))
        if not (naming_word and token_text(token)[:1].isupper()) and not joins:
            break
        naming.append(token)
    while naming and token_pos(naming[-1]) == "CCONJ":
        naming.pop()
    if not any(token_pos(t) == "PROPN" or t.ent_type_ in PERSON_LABELS or is_person(t) for t in naming):
        return None
    return naming


def _mark_cue(doc: Doc, offset: int, kind: CueKind = CueKind.DASH) -> CueMatch | None:
    """The dash or colon at character `offset` as the cue (of `kind`) of the speaker after it."""
    token = doc.char_span(offset, offset + 1)
    if token is None:
        return None
    mark = token[0]
    return CueMatch(
        start=offset,
        end=offset + 1,
        text=token_text(mark),
        lemma=token_text(mark),
        kind=kind,
        head=mark.i,
        tokens=(mark.i,),
    )
