"""Sources that are documents with no owner: "hieß es in einer Mitteilung", "heisst es in der Mitteilung
weiter". The text leaves who issued them to the reader: the organisation or person it is about there; a
document that says by what it is who issued it ("laut Anklage": the prosecution) is that organisation's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lang.de.names import is_generic_organisation, is_genitive_article, is_organisation_noun
from quotekit.lang.de.words import german
from quotekit.records import CueKind
from quotekit.stages.speakers.organisations import name_ends_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotekit.records import QuoteRecord
    from quotekit.stages.speakers.entities import Entity
    from quotekit.stages.speakers.reader import Reader

__all__ = ["issuer_of", "names_only_a_document"]

# Source frames that may hold an ownerless document: "laut einer Mitteilung", "einer Mitteilung zufolge",
# "nach einer Mitteilung".
_DOCUMENT_FRAMES = frozenset({CueKind.LAUT, CueKind.ZUFOLGE, CueKind.NACH_ANGABEN})
# Words a document mention may hold besides its noun: the preposition and article before it, an adjective.
_BESIDE_THE_NOUN = frozenset({"ADP", "DET", "ADJ", "PUNCT"})


def names_only_a_document(doc: Doc, quote: QuoteRecord) -> bool:
    """Whether the quotation is attributed by "heißt es" to a speech noun and nothing else that could name
    its owner: "hieß es in einer Mitteilung", "in der schriftlichen Erklärung", "einer Pressemitteilung"
    (not "der Mitteilung der Polizei", "ihrer Erklärung", "Vereinsangaben": an owner in the compound). Frames
    such as "nach offiziellen Angaben" or "laut einer Studie" name a source of their own."""
    if quote.mention is None or quote.cue is None:
        return False
    # "hieß es in einer Mitteilung", or a source frame around the document ("Laut einer Mitteilung …")
    if quote.cue.lemma not in german().impersonal_verbs and quote.cue.kind not in _DOCUMENT_FRAMES:
        return False
    span = doc.char_span(*quote.mention, alignment_mode="expand")
    if span is None or any(t.lower_ in german().possessive_genders for t in span):
        return False
    nouns = [t for t in span if t.pos_ not in _BESIDE_THE_NOUN]
    if len(nouns) != 1 or not nouns[0].text[:1].isupper():
        return False
    word = nouns[0].text.lower()
    ending = next((noun for noun in german().statement_nouns if word.endswith(noun)), None)
    if ending is None:
        return False
    first_part = nouns[0].text[: len(word) - len(ending)].rstrip("-")
    # (an owner in the compound names who issued it: "Polizeimitteilung", "Vereinserklärung")
    return not first_part or not (is_organisation_noun(first_part) or is_generic_organisation(first_part))


def issuer_of(reader: Reader, token: Token) -> Entity | None:
    """The organisation a document noun with no owner of its own refers to by what it is ("Laut Anklage" after
    "die Staatsanwaltschaft Augsburg", `document_issuers`): the last one named before whose name ends in the
    issuer's noun, or None."""
    issuer = german().document_issuers.get(token.lower_)
    doc = token.doc
    if issuer is None or (token.i + 1 < len(doc) and is_genitive_article(doc[token.i + 1].text)):
        return None  # ("das Urteil des Bezirksgerichts": the owner is named)
    return next((e for e in reversed(reader.resolver.index.entities) if name_ends_in(e, issuer)), None)
