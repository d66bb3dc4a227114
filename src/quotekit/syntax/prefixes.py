"""The "Name:" that opens a paragraph: an interview's speaker ("Hollmann: Ernst, aber …", "Frage: …"), a
list's ("Thomas Brunner (Torschütze Wendelstein): „…“"). Read on characters: a short run of capitalised
words (with name particles and a bracket) before a colon; a clause before a colon ("Falkner kontert:")
introduces what follows and is none."""

from __future__ import annotations

from functools import cache

import regex

from quotekit.lang.de.names import first_name_gender
from quotekit.lang.de.words import german
from quotekit.records import CharSpan

__all__ = [
    "ANSWERS",
    "ASKS",
    "MAX_PREFIX",
    "guest_address",
    "interview_prefix",
    "name_prefix",
    "prefix_colon",
    "prefix_role",
]

# The interview roles a prefix may name (`german().interview_prefixes`): "Frage:" asks, "Antwort:" answers.
ASKS, ANSWERS = "asks", "answers"

# A paragraph's prefix that names who speaks is short.
MAX_PREFIX = 80
_MAX_PREFIX_WORDS = 6
_MAX_ROLE_WORDS = 8
# A stage direction in brackets between an interview's name and its colon ("Schramm (lacht):"): lower-case
# words, which no name or role in brackets ("Thomas Brunner (Torschütze Wendelstein)") opens with.
_STAGE_DIRECTION = regex.compile(r"\s*\(\p{Ll}[^()]*\)\s*$")


def name_prefix(text: str, line_start: int, before: int) -> CharSpan | None:
    """The characters of the "Name:" that opens the line starting at `line_start`, with its colon before
    offset `before`; None when the line opens with none. The name may have a role after a comma ("Sibel
    Arslan-Heuer, Fraktionschefin der SPD im Gemeinderat:")."""
    colon = text.find(":", line_start, min(before, line_start + MAX_PREFIX))
    if colon < 0:
        return None
    prefix = text[line_start:colon]
    # the name without a stage direction: "Schramm (lacht)" answers as "Schramm" does
    if direction := _STAGE_DIRECTION.search(prefix):
        prefix = prefix[: direction.start()]
    name, comma, role = prefix.partition(",")
    if not _names_someone(name.split()) or (comma and not _is_role(role.split())):
        return None
    begin = line_start + len(prefix) - len(prefix.lstrip())
    return begin, line_start + len(prefix.rstrip())


def interview_prefix(text: str, line_start: int, before: int) -> CharSpan | None:
    """`name_prefix`, or a magazine's name in lower case that asks in an interview ("profil: Frau Landesrätin, …?",
    "taz: …"): one word of letters alone before the colon."""
    found = name_prefix(text, line_start, before)
    if found is not None:
        return found
    brand = _BRAND_PREFIX.match(text, line_start, before)
    return None if brand is None else (brand.start(1), brand.end(1))


# One word in lower case before a colon that opens a line: a magazine that asks ("profil:", "taz:").
_BRAND_PREFIX = regex.compile(r"[ \t]*(\p{Ll}{2,}):[ \t]")


def prefix_colon(text: str, prefix: CharSpan) -> int:
    """The offset of the colon that ends a prefix `name_prefix` found (after a stage direction, if any)."""
    return text.index(":", prefix[1])


def prefix_role(text: str, prefix: CharSpan | None) -> str | None:
    """The interview role (`ASKS`, `ANSWERS`) a paragraph's prefix names ("Frage:", "Antwort:"), else None."""
    return None if prefix is None else german().interview_prefixes.get(text[prefix[0] : prefix[1]].lower())


def _names_someone(words: list[str]) -> bool:
    """A short run of capitalised words, with name particles and a bracket ("Thomas Brunner (Torschütze
    Wendelstein)")."""
    if not words or len(words) > _MAX_PREFIX_WORDS or not words[0][:1].isupper():
        return False
    particles = german().name_particles | german().second_name_particles
    return not any(w.strip("()")[:1].islower() and w.strip("()") not in particles for w in words)


def _is_role(words: list[str]) -> bool:
    """A role after the name's comma: capitalised words and the articles and prepositions inside a title
    ("Fraktionschefin der SPD im Gemeinderat"); no verb, so no clause ("Müller, der lange schwieg, sagte:")."""
    if not words or len(words) > _MAX_ROLE_WORDS or not words[0][:1].isupper():
        return False
    function_words = german().title_name_particles
    return all(w[:1].isupper() or w in function_words for w in words)


@cache
def _address() -> regex.Pattern[str]:
    """ "Herr Gasser," / "Frau Dr. Huber," / "Herr Professor Rainer," opening a question: the name is the
    second group (academic titles and role nouns before it are skipped; "Frau Stadträtin," keeps the role)."""
    words = "|".join(sorted(w.capitalize() for w in german().interview_addresses))
    titles = "|".join(
        regex.escape(title)
        for title in sorted(german().academic_title_spellings | {t.capitalize() for t in german().titles})
    )
    return regex.compile(rf"\s*({words})\s+(?:(?:{titles})\s+)*(\p{{Lu}}[\p{{L}}'’-]+)\s*,")


def guest_address(text: str, start: int, end: int) -> CharSpan | None:
    """The name of the guest an interview's question at characters [start, end) opens by addressing ("Herr
    Gasser, wie viele …?", after its prefix: "Frage: Herr Hoang, Ihr Verband sagt …"; or by the full name
    before the polite "Sie" or a question word: "Leonie Brunner, Sie haben in der 93. Minute getroffen. …?"),
    else None."""
    prefix = name_prefix(text, start, end)
    at = prefix_colon(text, prefix) + 1 if prefix is not None else start
    found = _address().match(text, at, end)
    if found is not None:
        first, last = found.span(2)
        return int(first), int(last)
    named = _named_address().match(text, at, end)
    if named is None or first_name_gender(named.group(1)) is None:
        return None
    return int(named.start(1)), int(named.end(2))


@cache
def _named_address() -> regex.Pattern[str]:
    """ "Leonie Brunner, Sie …", "Silvan Wenger, was war …": a first name, a surname, a comma and the polite
    pronoun or a question word."""
    polite = "|".join(sorted(w.capitalize() for w in german().polite_pronouns))
    asking = "|".join(sorted(german().question_words))
    return regex.compile(
        rf"\s*(\p{{Lu}}[\p{{L}}'’-]+)\s+(\p{{Lu}}[\p{{L}}'’-]+)\s*,\s+(?:{polite}|{asking})\b"
    )
