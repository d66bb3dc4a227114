"""Interview answers: the paragraphs after the questions, said by the person their prefix names.

    Frage: Frau Hollmann, wie ernst ist die Lage?
    Hollmann: Ernst, aber nicht dramatisch. Wir haben gute Reserven.

An interview asks in paragraphs with a prefix of its own: a role ("Frage:", "Interviewer:"), or the same
prefix on at least two paragraphs that each ask something ("SPIEGEL: …?"); or it asks in paragraphs with no
prefix that end in a question mark, each answered by a paragraph with the same prefix ("Gapp: …"). A paragraph with another
prefix right after a question is an answer, in marks or not: its words are a direct quotation of the
prefix's speaker, and so are the paragraphs without a prefix after it while the interview goes on with
another question. A text with fewer than two questions is no interview.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, CueKind, CueMatch, QuoteRecord
from quotekit.stages.direct.interjections import interjected
from quotekit.syntax.docindex import text_of
from quotekit.syntax.labels import PERSON_LABELS
from quotekit.syntax.prefixes import ANSWERS, ASKS, guest_address, interview_prefix, prefix_colon, prefix_role
from quotekit.syntax.spans import SpanSet, by_paragraph, paragraph_spans, stripped

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["interview_answers"]

# An interview asks at least this many questions.
_MIN_QUESTIONS = 2


def interview_answers(
    doc: Doc, cues: Sequence[CueMatch], records: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """Direct quotations for the answers of an interview that no quotation in `records` holds yet."""
    text = text_of(doc)
    if ":" not in text:
        return []
    paragraphs = paragraph_spans(text)
    prefixes = [interview_prefix(text, start, end) for start, end in paragraphs]
    keys = [None if p is None else text[p[0] : p[1]].lower() for p in prefixes]
    askers = _askers(text, paragraphs, keys)
    asking = [key is not None and key in askers for key in keys]
    bare = [
        p is None and text[s:e].rstrip().endswith("?") for p, (s, e) in zip(prefixes, paragraphs, strict=True)
    ]
    answerers = _answerers(keys, asking, bare)
    if sum(asking) < _MIN_QUESTIONS and not answerers:
        return []
    # Questions: by a prefix that asks, or, where an answer prefix shows the interview, bare ones.
    asking = [a or (b and bool(answerers)) for a, b in zip(asking, bare, strict=True)]
    taken = SpanSet(p for r in records for p in r.parts)
    colons = {cue.start: cue for cue in cues if cue.kind is CueKind.COLON}
    # "NZZ: Haben Sie Angst?" / "Ja, natürlich. …": an interviewer's prefix whose questions are answered
    # without one each time
    unprefixed = sum(asking) >= _MIN_QUESTIONS and all(
        keys[k + 1] is None for k in range(len(keys) - 1) if asking[k] and keys[k] is not None
    )
    # "Frage: Herr Hoang, …?" / "Antwort: …": answers that no name opens are said by the guest a question
    # addresses
    guest = next(
        (found for k, (s, e) in enumerate(paragraphs) if asking[k] and (found := guest_address(text, s, e))),
        None,
    ) or _introduced_guest(doc, paragraphs, asking)
    answers = []
    for k, prefix in enumerate(prefixes):
        # (an answerer's prefix answers a claim put without one, too)
        claimed = k > 0 and keys[k] in answerers and keys[k - 1] is None
        if asking[k] or k == 0 or not (asking[k - 1] or claimed) or (prefix is None and not unprefixed):
            continue
        colon = None if prefix is None else prefix_colon(text, prefix)
        start = paragraphs[k][0] if colon is None else colon + 1
        parts = [stripped(text, start, paragraphs[k][1])]
        # Paragraphs without a prefix go on with the answer up to the next question.
        following = k + 1
        while following < len(paragraphs) and prefixes[following] is None and not asking[following]:
            following += 1
        # (an answer without a prefix is its paragraph: what follows may be the narrator's again)
        if following < len(paragraphs) and asking[following] and prefix is not None:
            parts += [stripped(text, *paragraphs[j]) for j in range(k + 1, following)]
        parts = [piece for s, e in parts if e > s for piece in _around_quoted(text, s, e, taken)]
        if not parts or any(taken.meets(s, e) for s, e in parts):
            continue
        mention = guest if prefix_role(text, prefix) == ANSWERS else prefix
        cue = None if colon is None else colons.get(colon)
        # (each paragraph of a long answer is a quotation of its own, as each paragraph of a quoted speech is;
        # the cue, the colon after the prefix, stays with the first)
        # (not a paragraph that reports someone else or is no sentence: "Das Justizministerium teilte mit, …")
        for n, paragraph in enumerate(by_paragraph(text, parts)):
            if n > 0 and interjected(text, paragraph[0][0], paragraph[-1][1], cues):
                continue
            answers.append(
                QuoteRecord(parts=paragraph, kind="direct", cue=cue if n == 0 else None, mention=mention)
            )
    return answers


def _introduced_guest(doc: Doc, paragraphs: Sequence[CharSpan], asking: Sequence[bool]) -> CharSpan | None:
    """ "Nach der Siegerehrung nahm sich Elias Hofstätter Zeit für ein kurzes Gespräch." and then "Frage: …":
    where no question addresses the guest, the one person the paragraph before the first question names; None
    where it names none or several (one of them may be the interviewer)."""
    first = next((k for k, asks in enumerate(asking) if asks), None)
    if not first:
        return None
    start, end = paragraphs[first - 1]
    # (the recogniser's runs of a person, joined where they touch: "Elias" "Hofstätter")
    runs: list[list[int]] = []
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS and start <= ent.start_char < end:
            if runs and runs[-1][1] == ent.start:
                runs[-1][1] = ent.end
            else:
                runs.append([ent.start, ent.end])
    if len({doc[a:b].text for a, b in runs}) != 1:
        return None
    first_token, last = runs[0]
    # (the whole name where the recogniser took the first name alone: "Elias" of "Elias Hofstätter")
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper():
        last += 1
    return doc[first_token].idx, doc[last - 1].idx + len(doc[last - 1].text)


def _around_quoted(text: str, start: int, end: int, taken: SpanSet) -> list[CharSpan]:
    """An answer's paragraph [start, end) less the quotations inside it that are read already, with their
    marks ("Eine Kollegin hat mir gesagt: «Die Kinder merken es.» Das stimmt."): the answer is the rest.
    Unchanged where a quotation reaches beyond the paragraph (then the paragraph is no answer of its own)."""
    inside = [(s, e) for s, e in taken if s < end and e > start]
    if any(s < start or e > end for s, e in inside):
        return [(start, end)]
    pieces, cursor = [], start
    for s, e in sorted(inside):
        # (widen to the marks around the quotation, which the taken part leaves out)
        s -= 1 if s > cursor and not text[s - 1].isalnum() else 0
        e += 1 if e < end and not text[e].isalnum() else 0
        pieces.append(stripped(text, cursor, s))
        cursor = max(cursor, e)
    pieces.append(stripped(text, cursor, end))
    return [(s, e) for s, e in pieces if any(ch.isalnum() for ch in text[s:e])]


def _answerers(keys: Sequence[str | None], asking: Sequence[bool], bare: Sequence[bool]) -> set[str]:
    """The prefixes of answers to questions without a prefix ("Herr Gapp, wie ernst ist die Lage?" then
    "Gapp: Sehr ernst."): a prefix used twice or more, most times right after a question of either kind and
    otherwise after a claim the interviewer puts without a prefix ("Die Gegner sprechen von Luxus." then "Born:
    Luxus ist ein grosses Wort.")."""
    uses = Counter(key for key in keys if key is not None)
    found = set()
    for key, count in uses.items():
        own = [k for k, other in enumerate(keys) if other == key]
        if count < _MIN_QUESTIONS or any(
            k == 0 or (keys[k - 1] is not None and not asking[k - 1]) for k in own
        ):
            continue
        questions = sum(asking[k - 1] or bare[k - 1] for k in own)
        if questions >= _MIN_QUESTIONS and 2 * questions > count:
            found.add(key)
    return found


def _askers(text: str, paragraphs: Sequence[CharSpan], keys: Sequence[str | None]) -> set[str]:
    """The prefixes of the questions: a role that asks, or a prefix used twice or more that asks in most of
    its paragraphs and is answered each time by another prefix ("NZ: …?" / "Anagnostou: …"; an interviewer
    also puts a claim to the guest without a question mark: "STANDARD: Die Opposition will, dass Sie …")."""
    roles = german().interview_prefixes
    uses = Counter(key for key in keys if key is not None)
    asking = {key for key in uses if roles.get(key) == ASKS}
    for key, count in uses.items():
        if count < _MIN_QUESTIONS or key in roles:
            continue
        own = [k for k, other in enumerate(keys) if other == key]
        questions = _questions_of(text, paragraphs, keys, key)
        answered = all(k + 1 < len(keys) and keys[k + 1] not in {None, key} for k in own)
        # "STANDARD: …?" / "Haslauer: …" each time, though the interviewer puts claims as often as questions:
        # one other prefix answers every paragraph, and it asks less
        answerers = {keys[k + 1] if k + 1 < len(keys) else None for k in own}
        (other,) = answerers if len(answerers) == 1 else (None,)
        alternating = (
            other is not None and other != key and questions > _questions_of(text, paragraphs, keys, other)
        )
        if questions == len(own) or (2 * questions > len(own) and answered) or (questions and alternating):
            asking.add(key)
    return asking


def _questions_of(text: str, paragraphs: Sequence[CharSpan], keys: Sequence[str | None], key: str) -> int:
    """How many of the paragraphs with prefix `key` ask something."""
    return sum("?" in text[slice(*paragraphs[k])] for k, other in enumerate(keys) if other == key)
