"""Code shipped inside de_quotekit_sm: tokenizer rules for German quotation marks and a
sentence-boundary guard for reported speech. Used at training time (spacy train --code)
and packaged with the model (spacy package --code)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# Quotation marks that never occur inside a German word; they are split off everywhere.
HARD_QUOTES = "„“”»«›‹"
# Marks that may also be apostrophes (geht's, Merkel'sche); split only at word edges.
SOFT_QUOTES = "\"‚‘’'"
ALL_QUOTES = HARD_QUOTES + SOFT_QUOTES


def customize_tokenizer(nlp: Language) -> None:
    """Split quotation marks off as their own tokens."""
    hard = "[" + HARD_QUOTES + "]"
    prefixes = [hard, "[\"‚‘’']", *nlp.Defaults.prefixes]  # type: ignore[misc]
    suffixes = [hard, "[\"‚‘’']", *nlp.Defaults.suffixes]  # type: ignore[misc]
    # A hard quote glued to a word or to punctuation (sagte:„Nein, Nein.“Sie) is split too.
    infixes = [
        hard,
        r"(?<=\w)[.:,;!?…](?=[" + HARD_QUOTES + "])",
        r"(?<=[" + HARD_QUOTES + r"])-(?=\w)",
        *nlp.Defaults.infixes,  # type: ignore[misc]
    ]
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        message = f"expected a spaCy Tokenizer, got {type(tokenizer).__name__}"
        raise TypeError(message)
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@registry.callbacks("quotekit.customize_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_customize_tokenizer() -> Callable[[Language], Language]:
    def callback(nlp: Language) -> Language:
        customize_tokenizer(nlp)
        return nlp

    return callback


def _is_quote(text: str) -> bool:
    return len(text) == 1 and text in ALL_QUOTES


SENT_END = {".", "!", "?", "…"}
START, NO_START = 1, -1  # values of the SENT_START attribute (0: not decided)
INNER_PUNCT = {",", ";", ")", "]"}


def _opens_sentence(doc: Doc, i: int) -> bool:
    """An opening mark after sentence-final punctuation (er. „Wir), or a capitalised word after
    a quotation that ends in sentence-final punctuation (auf.“ Danach), starts a sentence."""
    token, prev = doc[i], doc[i - 1]
    if not prev.whitespace_ or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if _is_quote(token.text) and prev.text in SENT_END and not token.whitespace_:
        return nxt.is_title or nxt.is_upper
    if _is_quote(prev.text) and i >= 2 and doc[i - 2].text in SENT_END and not doc[i - 2].whitespace_:
        return token.is_title and token.is_alpha
    return False


def _ends_paragraph(token: Token) -> bool:
    """A blank line (two line breaks) ends a paragraph, and with it a sentence, also in a headline."""
    return token.is_space and token.text.count("\n") >= 2


@Language.component("quotekit_quote_sentences")
def quote_sentences(doc: Doc) -> Doc:
    """Forbid sentence starts that would cut reported speech apart.

    Runs before the parser, which respects preset boundaries: a closing quotation mark
    (no space before it) never starts a sentence, and neither does the comma or dash after
    it, nor the word after such a comma: „Wir sind stark“, sagte er. stays one sentence.
    Boundaries between a sentence and a following quotation are set explicitly, and so is the
    boundary after a blank line (a paragraph break).

    Linear in the doc: the decisions are made on the tokens' attributes read once, and written
    back in one array (setting ``Token.is_sent_start`` scans the whole doc on every call). A doc
    that is already parsed keeps the parse's boundaries.
    """
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return doc
    starts = doc.to_array([SENT_START]).astype("int64")
    for i, value in _sentence_starts(doc):
        starts[i] = value
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def _sentence_starts(doc: Doc) -> Iterator[tuple[int, int]]:
    """(token index, 1 for a sentence start or -1 for none) for the tokens whose boundary the
    quotation rules decide; the others are left as they are."""
    for i in range(1, len(doc)):
        token = doc[i]
        prev = doc[i - 1]
        if token.is_space:
            yield i, NO_START  # white space belongs to the sentence before it
            continue
        if _ends_paragraph(prev) and (token.is_alpha or token.is_digit or _is_quote(token.text)):
            yield i, START
            continue
        # A comma or other inner punctuation never starts a sentence, nor does the word after a comma
        # ("Dies erklärte der Sprecher des Außenministeriums, Ned Price, …").
        if token.text in INNER_PUNCT or prev.text == ",":
            yield i, NO_START
            continue
        if _opens_sentence(doc, i):
            yield i, START
            continue
        closing = _is_quote(token.text) and not prev.whitespace_ and not prev.is_space
        if closing:
            yield i, NO_START
            continue
        # the word right after an opening mark ("er. «Wir") belongs to the mark's sentence
        after_opening = (
            _is_quote(prev.text) and not prev.whitespace_ and (i < 2 or bool(doc[i - 2].whitespace_))
        )
        if after_opening and not token.is_punct:
            yield i, NO_START
            continue
        after_closing = _is_quote(prev.text) and i >= 2 and not doc[i - 2].whitespace_
        # token right after a closing quote: comma, dash, or lower-case continuation
        if after_closing and (token.text in {",", "–", "-", "—"} or token.is_lower):
            yield i, NO_START
            continue
        if prev.text in {",", "–", "—"} and i >= 2 and _is_quote(doc[i - 2].text):
            yield i, NO_START
