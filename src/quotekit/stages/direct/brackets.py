"""A quotation in brackets right after the person who said it, as reaction lists give them:
"Der Grünen-Chef Jan Müller („Ein guter Tag“) und die SPD-Vorsitzende Anna Berg („Endlich“) lobten …"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import first_name_gender
from quotekit.stages.direct.attribution import NOTHING, Attribution, Strength
from quotekit.syntax.docindex import text_of, token_pos, token_text
from quotekit.syntax.labels import PERSON_LABELS
from quotekit.syntax.nominals import describes_person, is_person
from quotekit.syntax.phrases import span_of_tokens
from quotekit.syntax.spans import last_token_between

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["bracketed_after_name"]

# The words that name a person before the bracket: names, roles and their compounds.
_NAMING_POS = frozenset({"PROPN", "NOUN", "X"})
# A name with its titles is short; more words before the bracket are no longer the name.
_MAX_NAMING_WORDS = 6


def bracketed_after_name(doc: Doc, open_start: int, close_end: int, floor: int) -> Attribution:
    """The person named right before "(" when the quotation fills the brackets: „…“ stands in "( „…“ )"
    and capitalised naming words end right before the bracket, at least one of them a name or a
    person's word. Nothing otherwise (a bracket after a common noun explains it: "die Kampagne („…“)")."""
    text = text_of(doc)
    before = text[floor:open_start].rstrip()
    if not before.endswith("(") or not text[close_end:].lstrip().startswith(")"):
        return NOTHING
    paren = floor + len(before) - 1
    naming: list[Token] = []
    token = last_token_between(doc, floor, paren)
    while token is not None and _names(token) and len(naming) < _MAX_NAMING_WORDS:
        naming.insert(0, token)
        token = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].idx >= floor else None
    if not any(token_pos(t) == "PROPN" or t.ent_type_ in PERSON_LABELS for t in naming):
        return NOTHING
    if not any(_person_word(t) for t in naming):
        return NOTHING
    return Attribution(None, span_of_tokens(doc, [t.i for t in naming]), strength=Strength.INTRODUCED)


def _person_word(token: Token) -> bool:
    """A word that says the naming words name a person: a person entity, a role, a first name."""
    return (
        is_person(token)
        or describes_person(token_text(token))
        or first_name_gender(token_text(token)) is not None
    )


def _names(token: Token) -> bool:
    return token_pos(token) in _NAMING_POS and token_text(token)[:1].isupper()
