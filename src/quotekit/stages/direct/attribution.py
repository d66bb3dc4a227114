"""Stage 3: direct quotations from quotation marks, linked to their cue and local speaker mention.

`find_direct_quotes` changes nothing; the component stores its result on the doc.

Where the speaker of a direct quotation is looked for, in this order:

1. an inserted attribution between the parts of a split quote: „…“, sagte er, „…“;
2. the rest of its sentence after it: „…“, sagte er. / „…“, so Price. / „…“, begründet das Gericht …;
3. the start of its sentence before it: Er sagte: „…“ / Faeser: „…“ / Die Firma empfindet das als unfair: „…“;
   for a fragment in mid-sentence, the clause that holds it: Schüssel würdigte ihn als „großen Österreicher“;
4. the next sentence when it points back: „…“ Dies sagte Larson.;
5. the previous sentence: the speaker of a quotation there (a quote paragraph that goes on), or the
   subject of a speech verb there (Er sagte dazu Folgendes. „…“).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quotekit.lang.de.names import is_personal_pronoun, is_role
from quotekit.lang.de.words import german
from quotekit.records import CueMatch, QuoteRecord
from quotekit.stages.cues import lemma_candidates, particle_of, verb_match
from quotekit.stages.marks import MarkedSpan
from quotekit.syntax import labels
from quotekit.syntax.docindex import text_of
from quotekit.syntax.labels import PERSON_LABELS, VERB_POS
from quotekit.syntax.mentions import (
    clause_subject,
    first_nominal,
    impersonal_source,
    mention_of,
    phrase_around,
    speaker_of_cue,
    token_range,
)
from quotekit.syntax.nominals import can_speak
from quotekit.syntax.verbs import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# An inserted attribution between the parts of a split quote is short: ", sagte er, ".
_MAX_INSERTION_CHARS = 80
# A colon headline ("Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“") is short.
_MAX_HEADLINE_TOKENS = 14
# Two quotations joined by "und" or "oder" stand this close: „…“ und „…“.
_MAX_JOIN_CHARS = 12

_AFTER_KINDS = frozenset({"verb", "so", "zufolge", "wie"})
_BEFORE_KINDS = frozenset({"verb", "laut", "nach_angaben", "so", "wie"})
_SENTENCE_KINDS = frozenset({"verb", "laut", "nach_angaben", "zufolge", "so", "wie"})
_BREAKS = "\n\r\u2028\u2029"
# What a clause right after a closing mark may start with when it is no attribution: „…“, und dann …
_DASHES = ("–", "—", "-")
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "NUM", "PUNCT"})


def _closing_marks() -> str:
    return "".join(sorted(german().closing_marks))


@attrs.frozen
class _Found:
    """An attribution: the cue (possibly None) and the local mention (possibly None).

    `strength` says how sure it is that the marked words were said: 2 for a speech cue from the lexicon,
    1 for a colon introduction or a verb in the place of an inserted attribution, 0 for a guess.
    """

    cue: CueMatch | None
    mention: tuple[int, int] | None
    strength: int


_NOTHING = _Found(None, None, strength=0)


def _cues_in(cues: Sequence[CueMatch], start: int, end: int, kinds: frozenset[str]) -> list[CueMatch]:
    return [cue for cue in cues if start <= cue.extent[0] and cue.extent[1] <= end and cue.kind in kinds]


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in _BREAKS) + 1
    rights = [r for r in (text.find(ch, end) for ch in _BREAKS) if r != -1]
    return left, min(rights, default=len(text))


def _merge_groups(text: str, marks: Sequence[MarkedSpan], cues: Sequence[CueMatch]) -> list[list[MarkedSpan]]:
    """Group marked spans into quotations: multi-paragraph continuations and split quotes."""
    groups: list[list[MarkedSpan]] = []
    for mark in marks:
        if groups:
            previous = groups[-1][-1]
            between = text[previous.close_end : mark.open_start]
            split = (
                previous.is_speech
                and mark.is_speech
                and len(between) <= _MAX_INSERTION_CHARS
                and not any(ch in between for ch in _BREAKS)
                and between.lstrip().startswith(",")
                and between.rstrip().endswith(",")
                and previous.close_mark != ""
                and _cues_in(cues, previous.close_end, mark.open_start, frozenset({"verb"}))
                and not text[previous.start : previous.end].rstrip().endswith((".", "!", "?"))
            )
            if previous.continues or split:
                groups[-1].append(mark)
                continue
        groups.append([mark])
    return groups


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = token_range(doc, start, end) if end > start else None
    if span is None:
        return []
    return [t for t in span if start <= t.idx and t.idx + len(t.text) <= end and not t.is_space]


def _sentence_start(doc: Doc, open_start: int, floor: int) -> int:
    """Where the sentence holding the opening mark at `open_start` starts, not before `floor`."""
    before = _tokens_between(doc, floor, open_start)
    if not before:
        return open_start
    last = before[-1]
    start = last.sent.start_char
    # A sentence that ends right before the mark ("… gesagt. „…“") leaves nothing before the quote.
    if last.text in {".", "!", "?"} and last.i + 1 < len(doc) and doc[last.i + 1].is_sent_start:
        return open_start
    return max(start, floor)


def _after_end(doc: Doc, close_end: int, ceiling: int) -> int:
    """Where the words after a closing mark end: the sentence's end, not after `ceiling`."""
    text = text_of(doc)
    # „… gesagt.“ Der Abschuss …: a quote that ends in a full stop ends its sentence when a new one starts.
    if text[:close_end].rstrip(_closing_marks()).rstrip().endswith((".", "!", "?", "…")):
        rest = text[close_end:ceiling].lstrip(" \t")
        # Only a lower-case word or a comma goes on the sentence („…?“ fragte er / „…!“, rief sie).
        if not rest or not (rest[0].islower() or rest[0] in ",;" or rest[0] in _DASHES):
            return close_end
    for index in range(close_end, ceiling):
        char = text[index]
        if char in ".!?" and (index + 1 == len(text) or not text[index + 1].isalnum()):
            # "." right after the closing mark ends the quote's sentence: „…“. Er sagte …
            return index
        if char in _BREAKS or char in german().new_quote_marks:
            return index
    return ceiling


def _synthetic_cue(verb: Token) -> CueMatch:
    """A cue for a verb outside the lexicon that still attributes: „…“, begründet das Gericht."""
    particle = particle_of(verb)
    lemma = (particle.lower_ if particle is not None else "") + (verb.lemma_.lower() or verb.lower_)
    return verb_match(verb, lemma, particle)


def _after(
    doc: Doc, cues: Sequence[CueMatch], close_end: int, end: int, outside: list[tuple[int, int]]
) -> _Found:
    """„…“, sagte er. / „…“, so Price. / „…“, begründet das Gericht seine Entscheidung."""
    after = text_of(doc)[close_end:end]
    stripped = after.lstrip()
    # An attribution after the quote follows a comma or a dash („…“, sagte er), or ends a quote that
    # ends its own sentence („…?“ fragte er); „X“ berichtet … makes the marked words the subject.
    said = text_of(doc)[:close_end].rstrip(_closing_marks()).rstrip().endswith((".", "!", "?", "…", ","))
    if stripped and not stripped.startswith((",", *_DASHES)) and not said:
        return _NOTHING
    tokens = _tokens_between(doc, close_end, end)
    for cue in _cues_in(cues, close_end, end, _AFTER_KINDS):
        mention = speaker_of_cue(doc, cue, outside)
        if mention is None and cue.kind == "verb":
            mention = _nominal_after(tokens, cue.tokens[0], outside) or _marked_source(doc, cue, end, outside)
        if mention is not None or cue.kind == "verb":
            return _Found(cue, mention, strength=2)
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return _NOTHING
    first = words[0]
    if first.lower_ == german().so and len(words) > 1:
        mention = _nominal_after(tokens, first.i, outside)  # „…“ so das Fazit der Betreiber
        if mention is not None:
            return _Found(None, mention, strength=2)
    # „…“, begründet das Gericht: a finite verb right after the quote, with its subject after it. A
    # lower-case word there that is no function word is a verb too, whatever the tagger says
    # („…“, strich Romney heraus): German nouns are capitalised.
    lower_verb = first.text[:1].islower() and first.is_alpha and first.pos_ not in _FUNCTION_POS
    if (first.pos_ in VERB_POS and is_finite(first)) or lower_verb:
        subject = clause_subject(first, outside)
        if subject is not None and subject.i > first.i:
            return _Found(_synthetic_cue(first), mention_of(subject, outside), strength=1)
        mention = _nominal_after(tokens, first.i, outside)
        if mention is not None:
            return _Found(_synthetic_cue(first), mention, strength=1)
    return _NOTHING


def _marked_source(
    doc: Doc, cue: CueMatch, end: int, marked: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """„…“, schrieb „Die Zeit“ / schreibt die „Computerwoche“: a marked name right after the verb speaks."""
    between = [t for t in _tokens_between(doc, cue.extent[1], end) if not t.is_space]
    if any(t.pos_ not in {"DET", "ADJ"} for t in between):
        return None
    start = end + len(text_of(doc)[end:]) - len(text_of(doc)[end:].lstrip())
    return next(((s, e) for s, e in marked if s == start), None)


def _nominal_after(
    tokens: Sequence[Token], verb: int, outside: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """„…“, fügte Kempthorne hinzu: the first noun phrase after the verb, when the parse missed it."""
    nominal = first_nominal([t for t in tokens if t.i > verb], outside)
    return None if nominal is None else phrase_around(nominal, outside)


def _main_verb(tokens: Sequence[Token]) -> Token | None:
    """The verb that heads the clause these tokens make: the first verb whose head lies outside them."""
    indices = {t.i for t in tokens}
    verbs = [t for t in tokens if t.pos_ in VERB_POS]
    for verb in verbs:
        if verb.head.i == verb.i or verb.head.i not in indices:
            return verb
    return verbs[0] if verbs else None


def _colon_intro(
    doc: Doc, cues: Sequence[CueMatch], start: int, colon: int, outside: list[tuple[int, int]]
) -> _Found:
    """Er sagte: „…“ / Die Firma empfindet die Kritik als ungerechtfertigt: „…“ / Faeser: „…“."""
    before = _cues_in(cues, start, colon, _BEFORE_KINDS)
    for cue in reversed(before):
        mention = speaker_of_cue(doc, cue, outside)
        if mention is not None:
            return _Found(cue, mention, strength=2)
    # A speech verb before the colon is the cue even where its speaker must be found another way.
    speech_verb = next((c for c in reversed(before) if c.kind == "verb"), None)
    colon_cue = speech_verb if speech_verb is not None else _colon_cue(cues, colon)
    tokens = [
        t
        for t in _tokens_between(doc, start, colon)
        if not t.is_space and not any(s <= t.idx < e for s, e in outside)
    ]
    verb = _main_verb(tokens)
    if verb is not None:
        subject = clause_subject(verb, outside)
        if subject is not None and start <= subject.idx < colon:
            known = next((c for c in cues if c.kind == "verb" and c.head == verb.i), None)
            return _Found(
                known or _synthetic_cue(verb), mention_of(subject, outside), strength=2 if known else 1
            )
        source = impersonal_source(verb, outside)
        if source is not None:
            return _Found(colon_cue, mention_of(source, outside), strength=1)
        nominal = first_nominal(tokens, outside)
        mention = None if nominal is None else phrase_around(nominal, outside)
        return _Found(colon_cue, mention, strength=1)
    return _Found(colon_cue, _headline(tokens), strength=1)


def _clause_start(text: str, colon: int, floor: int) -> int:
    """Where the sentence that ends in the colon at `colon` starts: after ". ", "! ", "? " or a line break."""
    index = colon - 1
    while index > floor:
        char = text[index]
        if char in _BREAKS:
            return index + 1
        if char in ".!?" and text[index + 1 : index + 2].isspace() and not text[index - 1 : index].isdigit():
            return index + 1
        index -= 1
    return floor


def _colon_cue(cues: Sequence[CueMatch], colon: int) -> CueMatch | None:
    return next((c for c in cues if c.kind == "colon" and c.start == colon), None)


def _headline(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """ "Faeser: „…“", "Erkki Tuomioja, Präsident des Rats: „…“": a short noun phrase alone before a colon."""
    words = [t for t in tokens if not t.is_punct or t.text in {",", "(", ")", "-"}]
    while words and words[-1].is_punct:
        words.pop()
    while words and words[0].is_punct:
        words.pop(0)
    if not words or len(words) > _MAX_HEADLINE_TOKENS:
        return None
    if not any(t.pos_ in {"PROPN", "NOUN"} or t.text[:1].isupper() for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _in_clause(
    doc: Doc,
    cues: Sequence[CueMatch],
    sentence: SpacySpan,
    quote: Sequence[Token],
    outside: list[tuple[int, int]],
) -> _Found:
    """A fragment in mid-sentence: the speech or naming verb whose clause holds it, or a source cue.

    "Ströbele sprach von einer „gezielten Indiskredition“", "Wiefelspütz nannte den Bericht eine
    „Zeitungsente“": the verb governs the marked words, which are then quoted (strength 3). A marked
    name that is the verb's subject ("„BBC News“ berichtet") is no quotation.
    """
    inside = {t.i for t in quote}
    roots = [t for t in quote if t.head.i not in inside]
    if not roots:
        return _NOTHING
    root = roots[0]
    verb = _governing_verb(root, inside)
    if verb is not None and labels.is_subject(root) and root.head.i == verb.i:
        return _NOTHING
    if verb is not None and quote[0].i < verb.i and not _introduced(doc, quote[0].i):
        # Marked words before their verb without "als"/"von" before them are its subject or part of
        # it ("Wie „heise online“ berichtet", "Die Organisation „Reporter ohne Grenzen“ weist darauf hin").
        return _NOTHING
    for cue in _cues_in(cues, sentence.start_char, sentence.end_char, frozenset({"verb"})):
        head = doc[cue.head]
        if not any(i in inside for i in cue.tokens) and verb is not None and head.i == verb.i:
            mention = speaker_of_cue(doc, cue, outside) or _subject_around(doc, sentence, head, outside)
            return _Found(cue, mention, strength=4 if cue.lemma in german().naming_verbs else 3)
    if verb is not None and _lemma(verb) in german().naming_verbs:
        subject = clause_subject(verb, outside)
        mention = None if subject is None or subject.i in inside else mention_of(subject, outside)
        return _Found(_synthetic_cue(verb), mention, strength=4)
    naming = _naming_verb_before(doc, sentence, quote[0].i)
    if naming is not None:
        return _Found(_synthetic_cue(naming), _subject_around(doc, sentence, naming, outside), strength=4)
    # A source cue for the whole sentence ("laut Gall", "nach Angaben des Leiters") names the speaker
    # but does not make the marked words a quotation.
    for cue in _cues_in(cues, sentence.start_char, sentence.end_char, _SENTENCE_KINDS - {"verb"}):
        mention = speaker_of_cue(doc, cue, outside)
        if mention is not None:
            return _Found(cue, mention, strength=0)
    if verb is not None:
        subject = clause_subject(verb, outside)
        # Without a speech cue only a subject that can speak is taken for the speaker.
        if subject is not None and subject.i not in inside and can_speak(subject):
            return _Found(None, mention_of(subject, outside), strength=0)
    return _NOTHING


def _naming_verb_before(doc: Doc, sentence: SpacySpan, quote_start: int) -> Token | None:
    """The nearest speech or naming verb before a fragment, by its form when the tagger missed it.

    Stop-gap taggers take "nannte" or "würdigte" for adjectives; the form still says what it is.
    """
    naming = german().naming_verbs
    verbs = german().speech_verbs
    for token in reversed(doc[sentence.start : quote_start]):
        if (
            not token.is_alpha
            or not token.text[:1].islower()
            or token.pos_ in {"NOUN", "PROPN", "DET", "ADP"}
        ):
            continue
        if any(lemma in naming or lemma in verbs for lemma in lemma_candidates(token)):
            return token
    return None


def _subject_around(
    doc: Doc, sentence: SpacySpan, verb: Token, outside: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The subject of a verb the parse may have missed: the parse's, else a noun phrase before or after it."""
    subject = clause_subject(verb, outside) if verb.pos_ in VERB_POS else None
    if subject is not None and can_speak(subject):
        return mention_of(subject, outside)
    before = first_nominal(list(doc[sentence.start : verb.i]), outside)
    if before is not None and can_speak(before):
        return phrase_around(before, outside)
    after = first_nominal(list(doc[verb.i + 1 : sentence.end]), outside)
    if after is not None and can_speak(after):
        return phrase_around(after, outside)
    return None


def _introduced(doc: Doc, first: int) -> bool:
    """Whether a preposition that introduces a quoted judgement stands before the marked words.

    "Als „verpasste Chance“ beurteilte …", "Von einem „schweren Eingriff“ spricht …".
    """
    index = first - 1
    while index >= 0 and (doc[index].is_punct or doc[index].pos_ in {"DET", "ADJ"}):
        index -= 1
    return index >= 0 and doc[index].lower_ in german().quote_prepositions


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _governing_verb(root: Token, inside: set[int]) -> Token | None:
    """The first verb above the marked words' root, outside them."""
    current = root.head
    for _ in range(6):
        if current.i in inside:
            return None
        if current.pos_ in VERB_POS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _attribute(
    doc: Doc,
    group: Sequence[MarkedSpan],
    cues: Sequence[CueMatch],
    floor: int,
    marked: Sequence[tuple[int, int]] = (),
) -> tuple[_Found, bool, bool]:
    """The attribution of one quotation, whether it begins its sentence, and whether it ends it.

    `marked` are all quotation-mark spans of the text: a speaker mention never lies inside one.
    """
    text = text_of(doc)
    outside = [*marked, *((m.open_start, m.close_end) for m in group)]
    first, last = group[0], group[-1]
    # 1. Inserted attribution between parts: „…“, sagte er, „…“.
    for previous, following in itertools.pairwise(group):
        for cue in _cues_in(cues, previous.close_end, following.open_start, frozenset({"verb"})):
            return _Found(cue, speaker_of_cue(doc, cue, outside), strength=2), False, False
    para_start, para_end = _paragraph_bounds(text, first.open_start, last.close_end)
    end = _after_end(doc, last.close_end, para_end)
    start = _sentence_start(doc, first.open_start, max(para_start, floor))
    before = text[start : first.open_start]
    begins = before.strip() == ""
    ends = text[last.close_end : end].strip(" \t,.!?)") == ""
    # 2. After the quote, in the same sentence.
    found = _after(doc, cues, last.close_end, end, outside)
    if found.mention is not None or found.cue is not None:
        return found, begins, False
    # 3. Before the quote: a colon introduction or the clause around a fragment.
    if before.rstrip().endswith(":"):
        colon = start + len(before.rstrip()) - 1
        # The clause before a colon, by characters: parsers often cut sentences at the colon.
        clause_start = _clause_start(text, colon, para_start)
        return _colon_intro(doc, cues, clause_start, colon, outside), False, ends
    if not begins:
        quote_tokens = _tokens_between(doc, first.start, last.end)
        sentence = quote_tokens[0].sent if quote_tokens else None
        if sentence is not None:
            return _in_clause(doc, cues, sentence, quote_tokens, outside), False, ends
    return _NOTHING, begins, ends


def _next_sentence(doc: Doc, cues: Sequence[CueMatch], end: int, outside: list[tuple[int, int]]) -> _Found:
    """„…“ Dies sagte Larson. — the next sentence points back with a demonstrative."""
    tokens = _tokens_between(doc, end, min(len(text_of(doc)), end + 200))
    words = [t for t in tokens if not t.is_punct]
    if not words or words[0].lower_ not in german().pointers:
        return _NOTHING
    if "\n" in text_of(doc)[end : words[0].idx].strip(" \t"):
        return _NOTHING
    sentence = words[0].sent
    for cue in _cues_in(cues, sentence.start_char, sentence.end_char, frozenset({"verb"})):
        mention = speaker_of_cue(doc, cue, outside)
        if mention is not None:
            return _Found(cue, mention, strength=2)
    return _NOTHING


def _previous_sentence(
    doc: Doc,
    cues: Sequence[CueMatch],
    start: int,
    done: Sequence[QuoteRecord],
    outside: list[tuple[int, int]],
) -> _Found:
    """The previous sentence: a quotation's speaker there, or a speech verb's subject."""
    tokens = _tokens_between(doc, max(0, start - 400), start)
    words = [t for t in tokens if not t.is_space]
    if not words:
        return _NOTHING
    sentence = words[-1].sent
    sent_start = sentence.start_char
    for record in reversed(done):
        if record.end <= start and record.end >= sent_start - 2 and record.mention is not None:
            return _Found(None, record.mention, strength=0)
        if record.end < sent_start:
            break
    marked = [(r.start, r.end) for r in done]
    for cue in reversed(_cues_in(cues, sent_start, start, _SENTENCE_KINDS)):
        if any(s <= cue.extent[0] < e for s, e in marked):
            continue
        mention = speaker_of_cue(doc, cue, [*outside, *marked])
        if mention is not None:
            return _Found(None, mention, strength=0)
    # A quote after a sentence about someone: "… will Oettinger die Naturwissenschaften straffen. „…“"
    verb = _main_verb([t for t in sentence if not any(s <= t.idx < e for s, e in marked)])
    subject = None if verb is None else clause_subject(verb, [*outside, *marked])
    if subject is not None and _is_person(subject):
        return _Found(None, mention_of(subject, [*outside, *marked]), strength=0)
    return _NOTHING


def _is_person(token: Token) -> bool:
    """A person for sure: a PER entity, a role noun, a personal pronoun."""
    return token.ent_type_ in PERSON_LABELS or is_role(token.text) or is_personal_pronoun(token.text)


def _looks_like_speech(text: str, doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(a clause: a finite verb or a sentence-final mark, starts lower-case: a quoted fragment)."""
    content = text[start:end].strip()
    # A full stop alone may end an abbreviation ("Ener1 Group Inc."): it needs a few words with it.
    words = content.split()
    ended = content.endswith(("!", "?", "…")) or (
        content.endswith(".") and (len(words) >= 4 or (len(words) >= 2 and words[-1][:1].islower()))
    )
    tokens = _tokens_between(doc, start, end)
    # A finite verb makes a clause; in two words it is more often a tagging error in a name.
    clause = ended or (len(content.split()) >= 3 and any(is_finite(t) for t in tokens))
    lower = content.lstrip("[(…. ")[:1].islower()
    return clause, lower


def _joined(text: str, previous_end: int, open_start: int) -> bool:
    """Whether only a closing mark and "und", "oder" or a comma stand between two quotations."""
    between = text[previous_end:open_start].strip(_closing_marks() + " \t").lower()
    return between in german().joining_words and open_start - previous_end < _MAX_JOIN_CHARS


def _is_quotation(found: _Found, *, is_speech: bool, clause: bool, lower: bool, single: bool) -> bool:
    """Titles, names and scare quotes are no quotations; said words are.

    Said: a speech cue attributes them, a colon or an inserted verb introduces a clause or a fragment,
    or they make a clause of their own; a fragment in lower case counts where a speaker stands by it;
    a single marked word counts where a naming verb governs it ("nannte den Bericht eine „Zeitungsente“").
    """
    if found.strength == 4:
        return is_speech or clause or lower or single
    if found.strength == 3:
        return is_speech or clause or lower
    if found.strength == 2:
        return is_speech or clause
    if found.strength == 1:
        return clause or (is_speech and lower)
    return is_speech and (clause or (lower and found.mention is not None))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The part without the white space just inside its marks („ Wir …, “ -> "Wir …,")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _names_the_speaker(doc: Doc, cue: CueMatch | None, start: int, end: int) -> bool:
    """Whether the marked words lie inside the subject of their own speech verb: a name, not a quotation."""
    if cue is None or cue.kind != "verb":
        return False
    for child in doc[cue.head].children:
        if labels.is_subject(child):
            left, right = child.left_edge, child.right_edge
            if left.idx <= start and end <= right.idx + len(right.text):
                return True
    return False


def find_direct_quotes(doc: Doc, marks: Sequence[MarkedSpan], cues: Sequence[CueMatch]) -> list[QuoteRecord]:
    """Direct quotations (speech in marks) with cue and local mention. Changes nothing."""
    text = text_of(doc)
    records: list[QuoteRecord] = []
    floor = 0
    marked = [(m.open_start, m.close_end) for m in marks]
    for group in _merge_groups(text, marks, cues):
        found, begins, ends = _attribute(doc, group, cues, floor, marked)
        floor = group[-1].close_end
        outside = [(m.open_start, m.close_end) for m in group]
        is_speech = any(m.is_speech for m in group)
        clause, lower = _looks_like_speech(text, doc, group[0].start, group[-1].end)
        # Titles, names and scare quotes are no quotations: a quotation is said (a cue or a colon
        # introduction), a clause of its own, or a fragment in lower case.
        # "nannte den Bericht eine „Zeitungsente“", "bezeichnete die Pläne als „Wortbruch“": one word
        # used as a predicate after "als" or an indefinite article.
        before_mark = text[: group[0].open_start].split()[-1:] or [""]
        single = (
            len(text[group[0].start : group[-1].end].split()) == 1
            and before_mark[0].lower() in german().predicate_words
        )
        if not _is_quotation(found, is_speech=is_speech, clause=clause, lower=lower, single=single):
            continue
        if not clause and text[: group[0].open_start].rstrip().endswith(german().gloss_openers):
            continue  # („Hartz IV“), [auf Deutsch: „…“]: a gloss or a name in brackets, not speech
        if not clause and _names_the_speaker(doc, found.cue, group[0].start, group[-1].end):
            continue  # "Wie die „Aktion Deutschland hilft“ mitteilte": the marks name who speaks
        if found.mention is None and records and _joined(text, records[-1].end, group[0].open_start):
            # „…“ und „…“: quotations joined by "und"/"oder" share their attribution.
            found = _Found(records[-1].cue, records[-1].mention, strength=found.strength)
        if found.mention is None and begins and ends and found.cue is None:
            found = _next_sentence(doc, cues, group[-1].close_end, outside)
            if found.mention is None:
                found = _previous_sentence(doc, cues, group[0].open_start, records, outside)
        parts = [_strip(text, m.start, m.end) for m in group]
        parts = [(start, end) for start, end in parts if end > start]
        if not parts:
            continue
        records.append(QuoteRecord(parts=parts, kind="direct", cue=found.cue, mention=found.mention))
    return records
