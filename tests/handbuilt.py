"""Hand-built parsed Docs for rule tests: no model needed, either label scheme."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotekit.syntax import labels

# word POS head dep-UD dep-TIGER lemma [morph]
Row = tuple[str, ...]


def build(rows: list[Row], scheme: labels.Scheme = labels.Scheme.UD, spaces: list[bool] | None = None) -> Doc:
    """A Doc from rows of (word, POS, head index, UD label, TIGER label, lemma, morph?).

    Without `spaces`, every word but the last is followed by a space unless punctuation follows it.
    """
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [i + 1 < len(rows) and rows[i + 1][0] not in {",", ".", ":"} for i in range(len(rows))]
    column = 3 if scheme is labels.Scheme.UD else 4
    return Doc(
        spacy.blank("de").vocab,  # with German lexical attributes (lower case forms)
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        heads=[int(r[2]) for r in rows],
        deps=[r[column] for r in rows],
        lemmas=[r[5] for r in rows],
        morphs=[r[6] if len(r) > 6 else "" for r in rows],
    )


def text_of(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc.text[span[0] : span[1]]
