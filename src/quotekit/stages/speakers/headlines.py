"""The headline of a news text: its first paragraph after any kicker lines, and the people it names by a
role alone ("Innenministerin verteidigt Abschiebungen: „…“"), who are the people the body names with that
role."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from quotekit.lang.de.words import german
from quotekit.records import CharSpan, QuoteRecord
from quotekit.stages.speakers.entities import PERSON, is_age_role
from quotekit.syntax.docindex import text_of
from quotekit.syntax.spans import PARAGRAPH_BREAKS, paragraph_spans

if TYPE_CHECKING:
    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = [
    "heading_spans",
    "headline_of",
    "in_headline",
    "introduced_unnamed",
    "join_headline_roles",
    "opening_lines",
]

# A headline is a short first paragraph that does not end as a sentence does.
_MAX_HEADLINE_CHARS = 160
# A subhead in the body is a short paragraph ("Bürgermeister: „Für uns geht es ums Überleben“").
_MAX_SUBHEAD_WORDS = 12
# Web pages put a kicker above the headline ("Wirtschaft", "Ukraine-Krieg"): a line of a few words
# without marks or a full stop; at most this many of them, of at most this many words, come first.
_MAX_KICKERS = 2
_MAX_KICKER_WORDS = 3


def in_headline(headline: CharSpan, quote: QuoteRecord) -> bool:
    """Whether the quotation starts inside the `headline` (as `headline_of` gives it)."""
    return headline[0] <= quote.start < headline[1]


@lru_cache(maxsize=4)  # (asked up to four times of each doc's text by the speaker stage)
def headline_of(text: str) -> CharSpan:
    """The first paragraph after any kicker lines where it reads as a headline (short, not ended as a
    sentence is); empty where there is none, as in a text of one paragraph."""
    start = 0
    for _ in range(_MAX_KICKERS + 1):
        end = _paragraph_end(text, start)
        if end < 0:
            return 0, 0
        if not _is_kicker(text[start:end]):
            return (start, end) if _reads_as_headline(text[start:end]) else (0, 0)
        start = _past_space(text, end + 1)
    end = _paragraph_end(text, 0)
    return (0, end) if _reads_as_headline(text[:end]) else (0, 0)


def opening_lines(text: str) -> list[CharSpan]:
    """The headline (`headline_of`) and the line right after it where that line is a second headline, short
    and not ended as a sentence is ("«Wir hatten unglaubliches Glück»", "Pasterze verliert 200 Meter –
    Forscherin: „…“"): the lines above the body, whose quotations the body says again and attributes there."""
    start, end = headline_of(text)
    if end <= start:
        return []
    following = _past_space(text, end)
    second = _paragraph_end(text, following)
    if second < 0:
        return [(start, end)]
    line = text[following:second]
    if _reads_as_headline(line) and _is_subhead(line):
        return [(start, end), (following, second)]
    return [(start, end)]


def _past_space(text: str, offset: int) -> int:
    """Where the text goes on after the white space at `offset`."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _reads_as_headline(paragraph: str) -> bool:
    head = paragraph.rstrip()
    return len(head) <= _MAX_HEADLINE_CHARS and not head.rstrip(_closing_marks()).endswith(".")


@cache
def _closing_marks() -> str:
    """The closing marks as one string for ``str.rstrip`` (asked of every paragraph)."""
    return "".join(german().closing_marks)


def _paragraph_end(text: str, start: int) -> int:
    return min((i for i in (text.find(ch, start) for ch in PARAGRAPH_BREAKS) if i >= 0), default=-1)


def _is_kicker(line: str) -> bool:
    words = line.split(maxsplit=_MAX_KICKER_WORDS)  # (enough to tell: a text of one paragraph is long)
    if not 0 < len(words) <= _MAX_KICKER_WORDS:
        return False
    marks = german().opening_marks | german().closing_marks
    return not any(c in marks or c in ".!?:" for c in line)


def heading_spans(text: str) -> list[CharSpan]:
    """Where the text names people before it introduces them, in text order: the headline with the teaser
    after it, and the subheads of the body ("Bürgermeister: „Für uns geht es ums Überleben“", "Intendant:
    »Das gehört dazu«"), short paragraphs that do not end as a sentence or a question does."""
    start, end = headline_of(text)
    spans: list[CharSpan] = []
    paragraphs = paragraph_spans(text)  # (found once for the teaser and the subheads)
    if end > start:
        spans.append((start, next((e for s, e in paragraphs if s >= end), end)))
    for s, e in paragraphs:
        if spans and s < spans[0][1]:
            continue
        if _is_subhead(text[s:e]):
            spans.append((s, e))
    return spans


def _is_subhead(paragraph: str) -> bool:
    head = paragraph.strip()
    words = head.split(maxsplit=_MAX_SUBHEAD_WORDS)  # (enough to tell)
    ending = head.rstrip(_closing_marks())
    return 0 < len(words) <= _MAX_SUBHEAD_WORDS and not ending.endswith((".", "?", "!", ":", ";", ","))


def join_headline_roles(reader: Reader) -> None:
    """A person the headline or the teaser names by a role alone ("Innenministerin", "Primar") is the first
    person the body names with that role ("Bundesinnenministerin Nancy Faeser"): they leave the name to the text.
    So is a person a subhead names by a role ("Intendant: »Das gehört dazu«"): the first one named with it after
    the subhead. Run after the reading pass, when the body's people are known."""
    doc = reader.doc
    end = headline_of(text_of(doc))[1]
    # (`heading_spans` put the headline with its teaser first, where there is a headline, then the subheads)
    # The teaser too, the paragraph after the headline: "…, sagte die Gerichtspräsidentin." before the body's
    # "Gerichtspräsidentin Monika Zehnder-Baumgartner"
    opening = reader.opening()
    subheads = reader.headings[1:] if opening is not None else reader.headings
    entities = reader.resolver.index.entities
    for entity in entities:
        if entity.absorbed_by is not None or entity.kind != PERSON or entity.name is not None:
            continue
        if not entity.roles or not entity.tokens:
            continue
        offsets = [doc[i].idx for i in entity.tokens]
        subhead: CharSpan | None = None
        roles = entity.roles
        if opening is not None and all(opening[0] <= o < opening[1] for o in offsets):
            after, in_headline = end, all(o < end for o in offsets)
        elif opening is not None and opening[0] <= min(offsets) < opening[1]:
            # named first there, the body going on with the role alone ("sagte die Anklägerin"): only the one
            # person the body names with that role, by a role that is no age (an age may be a relative's:
            # "der Verteidiger des 22-Jährigen")
            after, in_headline = end, False
            roles = [role for role in roles if not is_age_role(role[0])]
        else:
            subhead = next((h for h in subheads if all(h[0] <= o < h[1] for o in offsets)), None)
            if subhead is None:
                continue
            after, in_headline = subhead[1], True
        gender = entity.gender
        with_role = [
            other
            for other in reader.resolver.index.named_people(None if gender is None else frozenset({gender}))
            if other.tokens
            and (any(other.matches_role(role) for role in roles) or _same_court_party(entity, other))
        ]
        named = [other for other in with_role if doc[min(other.tokens)].idx >= after]
        # (the teaser's role is the body's only person of that role: "der Leuchtenburger Trainer" is not
        # the first trainer named, who may coach the other side)
        first = min(named, key=lambda other: min(other.tokens), default=None)
        if first is None and subhead is not None and len(with_role) == 1:
            # "Wirt: „Die Altstadt lebt“" after "Ferdinand Rauchenberger, 52, Wirt des Gasthauses": a
            # subhead's role names the one person the text gave it before
            first = with_role[0]
        if first is None and subhead is None and introduced_unnamed(entity):
            # "Ein 34-Jähriger soll …" in the teaser, "Markus T. trägt ein graues Sakko" in the body: the press
            # names the person a report is about by a first name and an initial, once the body begins
            first = _named_by_initial_after(reader, entity, after)
            named = [] if first is None else [first]
        if (
            first is None
            and in_headline
            and subhead is None
            and reader.speaker_tokens.intersection(entity.tokens)
        ):
            # "Permafrost-Forscherin: „Die Berge werden instabiler“" over an interview with "die Geologin Veronika
            # Strasser": a headline's speaker by a role no one in the body has is the body's main speaker
            first = _main_speaker_after(reader, gender, after)
        if first is not None and (in_headline or len(named) == 1):
            reader.absorb(first, entity)


def _main_speaker_after(reader: Reader, gender: str | None, after: int) -> Entity | None:
    """The named person of `gender` (any where None) who speaks most often from character `after` on, at least
    `_MAIN_SPEAKER_TIMES` times and twice as often as anyone else of that gender; else None."""
    doc = reader.doc
    genders = None if gender is None else frozenset({gender})
    people = {e.id for e in reader.resolver.index.named_people(genders)}
    counts: dict[int, int] = {}
    chosen: dict[int, Entity] = {}
    previous = -2
    for i in reader.speaker_token_order:
        if (
            i != previous + 1
            and doc[i].idx >= after
            and (found := reader.resolver.by_token.get(i)) is not None
        ):
            entity = found.final
            if entity.id in people:
                counts[entity.id] = counts.get(entity.id, 0) + 1
                chosen[entity.id] = entity
        previous = i
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    if not ranked or ranked[0][1] < _MAIN_SPEAKER_TIMES:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return chosen[ranked[0][0]]


# How often the body's main speaker must speak to be the one a headline's role with no match means.
_MAIN_SPEAKER_TIMES = 3


def _named_by_initial_after(reader: Reader, entity: Entity, after: int) -> Entity | None:
    """The one person the body (from character `after`) names by a first name and an initial who may be the
    person `entity` describes: the gender fits, no other age."""
    doc, gender = reader.doc, entity.gender
    return reader.resolver.index.person_named_by_initial(
        lambda other: (
            (gender is None or other.allows({gender}))
            and not any(other.conflicts(role) for role in entity.roles)
            and doc[min(other.tokens)].idx >= after
        )
    )


def introduced_unnamed(entity: Entity) -> bool:
    """Whether the text brought the person in by an indefinite description ("Ein 34-Jähriger", "einen
    Autolenker")."""
    return entity.description_opener in german().indefinite_articles


def _same_court_party(described: Entity, named: Entity) -> bool:
    """Whether two people have roles of the same party of a court case: the teaser's "die Anklägerin" is the
    body's "Oberstaatsanwältin Dr. Ines Wallrabe", who pleads for the prosecution."""
    parties = german().role_parties
    own = {parties[name] for name, _, _ in described.roles if name in parties}
    return bool(own) and any(parties.get(name) in own for name, _, _ in named.roles)
