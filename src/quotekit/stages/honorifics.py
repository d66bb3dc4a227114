"""Academic titles before a name, read before the parser: no sentence ends inside them.

A German pipeline's tokenizer knows "Dr." but not the Austrian and Swiss titles ("Mag.", "Prim.a",
"lic. iur."); it cuts "lic." into a word and a full stop, and the parser then ends a sentence inside
"sagte Gemeinderat lic. iur. Urs Kälin", which takes the name away from its role and its cue. Two
remedies, both from the German academic titles (`german().academic_title_spellings`): the tokenizer
learns the titles as words (`teach_tokenizer`), and the token after a title never starts a sentence
(`title_continuations`, which the component writes before the parser runs; the parser respects
boundaries set before it).
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from quotekit.lang.de.words import german
from quotekit.syntax.docindex import text_at, token_text

__all__ = ["teach_tokenizer", "title_continuations"]


def teach_tokenizer(nlp: Language) -> None:
    """Keep every academic title with a full stop as one token ("lic.", "Mag.", "Univ.-Prof.")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # (a custom tokenizer is the user's to teach)
        return
    for title in sorted(german().academic_title_spellings):
        if "." in title and title not in tokenizer.rules:
            tokenizer.add_special_case(title, [{ORTH: title}])


def _title_length(doc: Doc, i: int) -> int:
    """How many tokens a title at token `i` takes: 1 ("Mag."), 2 where the tokenizer parted a title from
    its full stop ("Mag" "."), 0 where no title starts there."""
    titles = german().academic_title_spellings  # (as written: "mag." ends "Das mag.", "Mag." is a title)
    token = doc[i]
    if token_text(token) in titles:
        return 1
    glued_stop = i + 1 < len(doc) and text_at(doc, i + 1) == "." and not token.whitespace_
    return 2 if glued_stop and token_text(token) + "." in titles else 0


@cache
def _title_ids() -> npt.NDArray[np.uint64]:
    """The string ids of the titles as written, and of their first part where a tokenizer parts it from its
    full stop ("Mag")."""
    forms = {form for title in german().academic_title_spellings for form in (title, title.rstrip("."))}
    return np.array(sorted(get_string_id(form) for form in forms), dtype=np.uint64)


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """Where each academic title starts and how many tokens it takes. The titles are found by their string
    ids in one array (they are rare), and only their tokens are read."""
    candidates = np.flatnonzero(np.isin(doc.to_array([ORTH]).reshape(-1), _title_ids()))
    found = ((int(i), _title_length(doc, int(i))) for i in candidates)
    return [(i, length) for i, length in found if length]


def title_tokens(doc: Doc) -> list[int]:
    """The tokens that are academic titles ("lic.", "iur.", "Mag.a"), whatever the tagger made of them."""
    return [i for i, _ in _titles(doc)]


def title_continuations(doc: Doc) -> list[int]:
    """The tokens that follow an academic title and go on to a name or another title, which no sentence
    may start with ("Gemeinderat lic. iur. Urs Kälin": "iur.", "Urs" and the split-off full stops)."""
    kept: set[int] = set()
    for i, length in _titles(doc):
        after = i + length
        if after >= len(doc):
            continue
        nxt = doc[after]
        if token_text(nxt)[:1].isupper() or _title_length(doc, after):
            kept.update(range(i + 1, after + 1))
    return sorted(kept)
