"""Elided compounds as one word: "Jagd- und Fischereiverwaltung", "Bau-, Planungs- und Umweltausschuss".

German leaves out the shared end of joined compounds and marks the gap with a hyphen. Taggers and parsers read
"Jagd-" as a noun of its own and "Fischereiverwaltung" as a second one, so the phrase around them falls apart:
an organisation named "der kantonalen Jagd-", a role cut off before its name ("Der Direktor der Such- und
Rettungsagentur, Bambang Suryo Aji"). After the parse the words of such a compound become one token, with the
word class, morphology and entity of its last word, the one that carries the shared end.

`elided_compounds` changes nothing; `merge_elided_compounds` merges what it finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.attrs import SUFFIX

from quotekit.lang.de.words import german
from quotekit.syntax.docindex import token_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["elided_compounds", "merge_elided_compounds"]


def _elided(token: Token) -> bool:
    """A capitalised first part with its hyphen: "Jagd-", "Lehrerinnen-"."""
    text = token_text(token)
    return len(text) > 2 and text.endswith("-") and text[0].isupper() and text[:-1].replace("-", "").isalpha()


def _last_part(token: Token) -> bool:
    """A capitalised word that ends the compound: "Fischereiverwaltung", "Rettungsagentur"."""
    text = token_text(token)
    return text[:1].isupper() and text.replace("-", "").isalpha()


def _next_word(doc: Doc, i: int) -> int:
    """The index of the first token from `i` on that is no line break (a hard-wrapped "Jagd- und\\nFischerei…")."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def elided_compounds(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges [start, end) of elided compounds: first parts with their hyphens (after commas, more of
    them: "Bau-, Planungs- und …"), then "und", "oder" or "bzw." and the capitalised word that ends them."""
    joiners = german().compound_joiners
    found: list[tuple[int, int]] = []
    length = len(doc)
    covered = -1  # (the end of the last compound found: a later first part of it is inside it)
    for i in _hyphen_ends(doc):
        if i < covered or not _elided(doc[i]):
            continue
        last = i
        # "Bau-, Planungs- und Umweltausschuss": more first parts after commas
        while last + 2 < length and token_text(doc[last + 1]) == "," and _elided(doc[last + 2]):
            last += 2
        joiner = _next_word(doc, last + 1)
        end = _next_word(doc, joiner + 1)
        if joiner < length and doc[joiner].lower_ in joiners and end < length and _last_part(doc[end]):
            found.append((i, end + 1))
            covered = end + 1
    return found


# A suffix's string id -> whether it ends in a hyphen (ids are hashes of the strings, the same in every vocab; the
# string store decodes a new `str` on every look-up). Suffixes are short and few: a few thousand.
_HYPHENED: dict[int, bool] = {}


def _hyphen_ends(doc: Doc) -> list[int]:
    """The indices of the tokens that end in a hyphen, found from the doc's suffix column: no `Token`, and no
    string, for each of the many other words."""
    suffixes = doc.to_array(SUFFIX).tolist()
    try:
        hyphened = list(map(_HYPHENED.__getitem__, suffixes))  # (the common case: every suffix seen before)
    except KeyError:
        strings = doc.vocab.strings
        _HYPHENED.update((key, strings[key].endswith("-")) for key in set(suffixes).difference(_HYPHENED))
        hyphened = list(map(_HYPHENED.__getitem__, suffixes))
    if True not in hyphened:
        return []
    return [i for i, hyphen in enumerate(hyphened) if hyphen]


def merge_elided_compounds(doc: Doc) -> Doc:
    """Merge each elided compound into one token with its last word's tags, morphology and entity, and the
    lemma of that word after the first parts ("Jagd- und Fischereiverwaltung")."""
    found = elided_compounds(doc)
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for start, end in found:
            last = doc[end - 1]
            attrs: dict[str | int, Any] = {
                "POS": last.pos_,
                "TAG": last.tag_,
                "MORPH": str(last.morph),
                "LEMMA": doc[start : end - 1].text_with_ws + (last.lemma_ or token_text(last)),
            }
            if last.ent_type_:
                # (the entity goes on over the first parts: "Industrie- und Handelskammer Lautertal")
                inside = doc[start].ent_iob_ in {"B", "I"} and doc[start].ent_type_ == last.ent_type_
                attrs["ENT_TYPE"] = last.ent_type_
                attrs["ENT_IOB"] = doc[start].ent_iob_ if inside else "B"
            retokenizer.merge(doc[start:end], attrs=attrs)
    return doc
