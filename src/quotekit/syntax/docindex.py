"""Constant-time access to a doc's text and sentences while quotekit's components run.

spaCy rebuilds ``Doc.text`` from the tokens on every access, and ``Token.sent`` checks the whole doc
for sentence annotation on every call: both made the stages quadratic in practice. Inside
`indexed(doc)` the text is kept once (read it with `text_of`) and sentences come from an index
installed as the doc's ``sent``/``sents`` hooks. The index also mends one kind of parser slip: a
sentence never starts right after a word ("Nach Angaben der Behörden | war der Bus …"), so such a
start joins the sentence before it. The token accessors (`token_text`, `token_lower`, `token_pos`) read a
token's text, lower-case form and POS from lists made once per run, where spaCy decodes a new `str` or
converts an enum on every access. `run_cache` keeps facts that the index's signature decides across
components; `parse_cache` keeps facts that depend on the rest of the parse for one component's run only.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.tokens import Doc, Span, Token

from quotekit.lang.de.words import german


def _sentence_starts(doc: Doc, signature: numpy.ndarray, texts: list[str]) -> list[int]:
    if len(doc) == 0:
        return [0]
    if not doc.has_annotation("SENT_START"):
        return [0]  # no parser or sentencizer: the whole doc is one sentence
    if "sents" in doc.user_hooks:
        starts = [sentence.start for sentence in doc.sents]
    else:
        # ``doc.sents`` from the signature's SENT_START column, without a `Span` per sentence: the first
        # token, and every later one marked as a start
        marked = numpy.flatnonzero(signature[1:, _SIGNATURE_ATTRS.index(SENT_START)] == 1) + 1
        starts = [0, *marked.tolist()]
    # (the word before each start from the texts of the tokens: no `Token` per sentence)
    kept = [start for start in starts if start == 0 or not _mid_sentence(texts[start - 1])]
    return _after_units(texts, kept)


def _after_units(texts: list[str], starts: list[int]) -> list[int]:
    """`starts` and the quotations that open a sentence after a compound unit closed the one before ("… mit rund
    62 km/h. „Auf einer blauen Piste …“, sagte er"), whose last part the tokeniser keeps with its full stop, so
    that the parser runs the two sentences together. (Not after other abbreviations: "… bei 1,2 Mrd. „…“" may go
    on, and "wie z. B. „Heimat“" does.)"""
    if "/" not in texts:
        return starts  # (the common case, by a scan of the list in C: no loop over the tokens in Python)
    opening = german().unambiguous_opening_marks
    added = [
        i
        for i in range(2, len(texts))
        if texts[i] in opening and texts[i - 2] == "/" and _unit_with_stop(texts[i - 1])
    ]
    return sorted({*starts, *added}) if added else starts


def _unit_with_stop(text: str) -> bool:
    """The last part of a compound unit with its full stop ("h." of "km/h.", "s." of "m/s.")."""
    return 2 <= len(text) <= 4 and text.endswith(".") and text[:-1].isalpha()


def _mid_sentence(text: str) -> bool:
    """Whether a sentence start after the word `text` is a parser's slip: no sentence ends in a word or a comma
    ("Nach Angaben der Behörden | war der Bus …", "gegenüber dem Weser-Kurier | ist …", "Walter Gsellmann,
    Kommandant der Feuerwehr, | war …"); a line break or other punctuation ends one (also a word with its
    full stop, "usw.")."""
    return text[-1:].isalnum() or text == ","


_TEXT_KEY = "quotekit.text"
_CACHE_KEY = "quotekit.cache"
_PARSE_CACHE_KEY = "quotekit.parse_cache"
# The doc whose components run now, with its tokens' texts, their lower-case forms, their POS names, their
# analysis ids, its run cache and its parse cache: the accessors' fast path, an
# identity test instead of two look-ups in the doc's user data. Set by `indexed` for its block, and emptied
# when the block ends if it is still this block's: so it only ever holds a block that runs (another thread's
# or an inner block's doc goes by its user data, the slower way).
_reading: tuple[Doc, list[str], list[str], list[str], list[int], dict[str, Any], dict[str, Any]] | None = None
# What the index depends on: the tokens and their spacing, sentence starts, entities, the coarse tags and
# morphology. quotekit's components change none of these, so consecutive components share one index. (ORTH
# first and SPACY second: `_text_from` reads them; MORPH last: `morph_values` reads it.)
_SIGNATURE_ATTRS = [ORTH, SPACY, SENT_START, ENT_IOB, ENT_TYPE, POS, MORPH]


@attrs.define
class _Index:
    signature: bytes  # the signature's bytes: compared by every component, cheaper than numpy's equality
    text: str
    starts: list[int]
    cache: dict[str, Any]


# Kept beside the doc, not in it: nothing extra is serialised, and the entry goes with the doc.
_INDEXES: weakref.WeakKeyDictionary[Doc, _Index] = weakref.WeakKeyDictionary()
# The run cache's entries for every token's text (`token_texts`: the index reads them to build the text)
# and for the sentence starts (`sentence_range`, `sentence_ranges`).
_TEXTS_KEY = "docindex.texts"
_STARTS_KEY = "docindex.sentence_starts"
_MORPHS_KEY = "docindex.morphs"
_LOWERS_KEY = "docindex.lowers"
_POSES_KEY = "docindex.poses"
_ENTITIES_KEY = "docindex.entities"
_COLUMNS_KEY = "docindex.columns"
_SIGNATURE_KEY = "docindex.signature"  # the signature's array: its columns are `token_column`'s for free
# (analysis id, field) -> the field's values, as ``Token.morph.get`` gives them. An analysis id is the hash of
# its string, the same in every vocab; a model makes a few thousand analyses.
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}
# string id -> its text, for the tokens' texts: a dict look-up costs a fraction of the string store's, which
# decodes a new `str` on every call. An id is the hash of its string, the same in every vocab. Emptied when
# it grows past `_MAX_TEXTS` (a long-running process reads ever more words).
_TEXTS: dict[int, str] = {}
_MAX_TEXTS = 1_000_000


def text_of(doc: Doc) -> str:
    """``doc.text``, without rebuilding it inside `indexed`."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    return doc.text if text is None else text


def run_cache(doc: Doc) -> dict[str, Any]:
    """A dict for facts about `doc` that depend only on its tokens, sentences and entities (inside
    `indexed`; shared by consecutive components while these do not change); outside it, a fresh
    empty dict each call, so nothing is kept. Keep plain data in it, never a `Token` or `Span`: the
    index lives as long as its doc, and one that refers to the doc would keep it alive forever."""
    reading = _reading  # (the fast path: asked by many rules for many words)
    if reading is not None and doc is reading[0]:
        return reading[5]
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE_KEY)
    return {} if cache is None else cache


def parse_cache(doc: Doc) -> dict[str, Any]:
    """A dict for facts about `doc` that depend on its parse too (tags, lemmas, dependencies), kept while one
    component runs (inside `indexed`) and never beyond: another component may change the parse, which the
    index does not check. Outside `indexed`, a fresh empty dict each call. Plain data only, as in `run_cache`."""
    reading = _reading
    if reading is not None and doc is reading[0]:
        return reading[6]
    cache: dict[str, Any] | None = doc.user_data.get(_PARSE_CACHE_KEY)
    return {} if cache is None else cache


def remembered(cache: dict[str, Any], token: Token, key: str, test: Callable[[Token], bool]) -> bool:
    """`test(token)`, kept per token under `key` in `cache`: the token's `run_cache` for a test that reads only
    what the index decides, its `parse_cache` for one that reads the parse too."""
    answers: dict[int, bool] | None = cache.get(key)
    if answers is None:
        answers = cache[key] = {}
    i = token.i  # (read once: spaCy's attribute costs a call)
    found = answers.get(i)
    if found is None:
        found = answers[i] = test(token)
    return found


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, from the doc's ORTH array (kept in the run cache while the components run)."""
    reading = _reading  # (rules ask this for many words instead of making a `Token` of each)
    if reading is not None and doc is reading[0]:
        return reading[1]
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE_KEY)
    texts: list[str] | None = None if cache is None else cache.get(_TEXTS_KEY)
    if texts is None:
        texts = _texts_from(doc, doc.to_array(ORTH).tolist())
        if cache is not None:
            cache[_TEXTS_KEY] = texts
    return texts


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form (``token.lower_``), kept in the run cache while the components run: a rule
    that scans many words reads them from this list instead of making a `Token` of each."""
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE_KEY)
    return _texts_from(doc, doc.to_array(LOWER).tolist()) if cache is None else _lowers(doc, cache)


_LOWER_SET_KEY = "docindex.lower_set"


def lower_set(doc: Doc) -> frozenset[str]:
    """The lower-case forms of the doc's words, as a set (kept in the run cache while the components run): a
    rule that needs a word can stop at once in a doc without it."""
    cache = run_cache(doc)
    found: frozenset[str] | None = cache.get(_LOWER_SET_KEY)
    if found is None:
        found = cache[_LOWER_SET_KEY] = frozenset(token_lowers(doc))
    return found


def token_poses(doc: Doc) -> list[str]:
    """Every token's POS name (``token.pos_``): inside `indexed`, the run's list, named once per run."""
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE_KEY)
    if cache is None:
        return list(map(_POS_NAMES.__getitem__, doc.to_array(POS).tolist()))
    names: list[str] = cache[_POSES_KEY]
    if not names:
        names.extend(map(_POS_NAMES.__getitem__, token_column(doc, POS)))
    return names


def token_text(token: Token) -> str:
    """``token.text``: inside `indexed`, from the texts of the doc's tokens (spaCy decodes a new `str` from its
    string store on every access)."""
    reading = _reading
    if reading is not None and token.doc is reading[0]:
        return reading[1][token.i]
    cache: dict[str, Any] | None = token.doc.user_data.get(_CACHE_KEY)
    return token.text if cache is None else cache[_TEXTS_KEY][token.i]


def token_lower(token: Token) -> str:
    """``token.lower_``: inside `indexed`, from the lower-case forms of the doc's words, read once per run."""
    reading = _reading
    if reading is not None and token.doc is reading[0]:
        return reading[2][token.i]
    cache: dict[str, Any] | None = token.doc.user_data.get(_CACHE_KEY)
    return token.lower_ if cache is None else _lowers(token.doc, cache)[token.i]


def token_pos(token: Token) -> str:
    """``token.pos_``: inside `indexed`, from the POS column of the index's signature, named once per run (spaCy
    converts the tag to a Python enum on every access, which costs as much as a dozen look-ups)."""
    doc = token.doc
    reading = _reading
    if reading is not None and doc is reading[0]:
        return reading[3][token.i]  # (named when the index was made)
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE_KEY)
    if cache is None:
        return token.pos_
    names: list[str] = cache[_POSES_KEY]
    if not names:
        names.extend(map(_POS_NAMES.__getitem__, token_column(doc, POS)))
    return names[token.i]


def text_at(doc: Doc, i: int) -> str:
    """``token_text(doc[i])`` without making the `Token` inside `indexed` (rules read many words by index)."""
    reading = _reading
    if reading is not None and doc is reading[0]:
        return reading[1][i]
    return token_text(doc[i])


def lower_at(doc: Doc, i: int) -> str:
    """``token_lower(doc[i])`` without making the `Token` inside `indexed`."""
    reading = _reading
    if reading is not None and doc is reading[0]:
        return reading[2][i]
    return token_lower(doc[i])


def pos_at(doc: Doc, i: int) -> str:
    """``token_pos(doc[i])`` without making the `Token` inside `indexed`."""
    reading = _reading
    if reading is not None and doc is reading[0]:
        return reading[3][i]
    return token_pos(doc[i])


def _lowers(doc: Doc, cache: dict[str, Any]) -> list[str]:
    lowers: list[str] | None = cache.get(_LOWERS_KEY)
    if lowers is None:
        lowers = cache[_LOWERS_KEY] = _texts_from(doc, token_column(doc, LOWER))
    return lowers


def token_column(doc: Doc, attr: int) -> list[int]:
    """``doc.to_array(attr).tolist()`` for one attribute id, kept in the run cache: several stages read the
    same column, and spaCy pays a call per cell (the columns of the index's signature cost nothing more).
    Only for an attribute the signature decides: one of its columns (POS among them), or a word's own
    (LOWER, SHAPE, a flag), never TAG, DEP or LEMMA, which may change while the index stays. The list is
    shared: read it, never change it."""
    reading = _reading  # (the fast path: `run_cache` inlined, asked many times a doc)
    cache = reading[5] if reading is not None and doc is reading[0] else run_cache(doc)
    # (the columns by attribute id in one dict of the run cache: rules ask for a column many times a doc)
    columns: dict[int, list[int]] | None = cache.get(_COLUMNS_KEY)
    if columns is None:
        columns = cache[_COLUMNS_KEY] = {}
    column = columns.get(attr)
    if column is None:
        signature = cache.get(_SIGNATURE_KEY)
        if signature is not None and attr in _SIGNATURE_ATTRS:
            column = signature[:, _SIGNATURE_ATTRS.index(attr)].tolist()
        else:
            column = doc.to_array(attr).tolist()
        columns[attr] = column
    return column


# ENT_IOB values: "I" inside an entity, "B" at its start (0 and "O", 2, are outside).
_IOB_INSIDE, _IOB_BEGIN = 1, 3


def entity_ranges(doc: Doc) -> list[tuple[int, int, int]]:
    """``doc.ents`` as (start, end, label id), read from the ENT_IOB and ENT_TYPE columns (kept in the run cache
    while the components run): no `Span` is made for each entity."""
    cache = run_cache(doc)
    ranges: list[tuple[int, int, int]] | None = cache.get(_ENTITIES_KEY)
    if ranges is None:
        ranges = cache[_ENTITIES_KEY] = []
        iobs, types = token_column(doc, ENT_IOB), token_column(doc, ENT_TYPE)
        length = len(iobs)
        signature = cache.get(_SIGNATURE_KEY)
        # (the "B"s found in the signature's column by numpy inside `indexed`: no loop step per word in Python)
        begins = (
            numpy.flatnonzero(signature[:, _SIGNATURE_ATTRS.index(ENT_IOB)] == _IOB_BEGIN).tolist()
            if signature is not None
            else [i for i, iob in enumerate(iobs) if iob == _IOB_BEGIN]
        )
        # (as spaCy reads them: an entity starts at a "B" with a label and runs over the "I"s after it)
        for start in begins:
            if types[start] == 0:
                continue
            end = start + 1
            while end < length and iobs[end] == _IOB_INSIDE:
                end += 1
            ranges.append((start, end, types[start]))
    return ranges


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field, [])``: inside `indexed`, looked up per analysis and field (``Token.morph``
    makes an object and its ``get`` reads the analysis's features on every call)."""
    reading = _reading  # (this is asked for many words)
    morphs: list[int] | None
    if reading is not None and token.doc is reading[0]:
        morphs = reading[4]
    else:
        cache: dict[str, Any] | None = token.doc.user_data.get(_CACHE_KEY)
        morphs = None if cache is None else cache.get(_MORPHS_KEY)
    if morphs is None:
        return token.morph.get(field, [])
    key = (morphs[token.i], field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        values = _MORPH_VALUES[key] = tuple(token.morph.get(field, []))
    return list(values)


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The doc's sentences as token ranges [start, end): from the index inside `indexed` (no `Span` is made
    for them), else from ``doc.sents``."""
    starts: list[int] | None = run_cache(doc).get(_STARTS_KEY)
    if starts is None:
        return [(sent.start, sent.end) for sent in doc.sents]
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))


def sentence_range(token: Token) -> tuple[int, int]:
    """The token range [start, end) of the token's sentence, as ``token.sent`` gives it (from the index
    inside `indexed`: no `Span` is made)."""
    starts: list[int] | None = run_cache(token.doc).get(_STARTS_KEY)
    if starts is None:
        sent = token.sent
        return sent.start, sent.end
    k = bisect_right(starts, token.i) - 1
    if k < 0:
        k = 0
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(token.doc)


def _index_of(doc: Doc) -> _Index:
    array = doc.to_array(_SIGNATURE_ATTRS)
    signature = array.tobytes()
    index = _INDEXES.get(doc)
    if index is None or index.signature != signature:
        texts = _texts_from(doc, array[:, 0].tolist())
        starts = _sentence_starts(doc, array, texts)
        cache = {
            _TEXTS_KEY: texts,
            _STARTS_KEY: starts,
            _MORPHS_KEY: array[:, -1].tolist(),
            _SIGNATURE_KEY: array,
            # (named once here: the accessors read them for many words, without a test for a list not made yet)
            _POSES_KEY: list(map(_POS_NAMES.__getitem__, array[:, _SIGNATURE_ATTRS.index(POS)].tolist())),
        }
        index = _Index(signature, _text_from(doc, texts, array), starts, cache)
        _INDEXES[doc] = index
    return index


def _texts_from(doc: Doc, orths: list[int]) -> list[str]:
    try:
        return list(map(_TEXTS.__getitem__, orths))  # (the common case: every word read before)
    except KeyError:
        pass
    if len(_TEXTS) > _MAX_TEXTS:
        _TEXTS.clear()
    strings = doc.vocab.strings
    for orth in set(orths).difference(_TEXTS):
        _TEXTS[orth] = strings[orth]
    return list(map(_TEXTS.__getitem__, orths))


# A token's trailing white space by its SPACY value.
_SPACES = ("", " ")


def _text_from(doc: Doc, texts: list[str], signature: numpy.ndarray) -> str:
    """``doc.text`` from the tokens' texts and the signature's SPACY column (spaCy's own joins one `Token`
    per word)."""
    if doc.user_hooks.get("text") is not None or len(doc) == 0:
        return doc.text
    # (each word and its space side by side, put in place by slices: no loop step per word)
    parts: list[str] = [""] * (2 * len(texts))
    parts[::2] = texts
    parts[1::2] = map(_SPACES.__getitem__, signature[:, 1].tolist())
    return "".join(parts)


@contextmanager
def indexed(doc: Doc) -> Iterator[Doc]:
    """Within the block, `doc` answers `text_of`, ``span.sent`` and ``doc.sents`` from an index.

    The hooks are removed afterwards (unless they were there before), so that components after
    quotekit that change the doc never see a stale index, and nothing extra is serialised.
    """
    if "sent" in doc.user_span_hooks or _TEXT_KEY in doc.user_data:
        yield doc
        return
    index = _index_of(doc)
    _install_sentences(doc, index.starts)
    doc.user_data[_TEXT_KEY] = index.text
    doc.user_data[_CACHE_KEY] = index.cache
    parsed: dict[str, Any] = {}
    doc.user_data[_PARSE_CACHE_KEY] = parsed
    global _reading
    cache = index.cache
    reading = _reading = (
        doc,
        cache[_TEXTS_KEY],
        _lowers(doc, cache),
        cache[_POSES_KEY],
        cache[_MORPHS_KEY],
        cache,
        parsed,
    )
    try:
        yield doc
    finally:
        if _reading is reading:
            _reading = None
        doc.user_span_hooks.pop("sent", None)
        doc.user_hooks.pop("sents", None)
        doc.user_data.pop(_TEXT_KEY, None)
        doc.user_data.pop(_CACHE_KEY, None)
        doc.user_data.pop(_PARSE_CACHE_KEY, None)


def _install_sentences(doc: Doc, starts: list[int]) -> None:
    """Constant-time ``span.sent`` and ``doc.sents`` hooks on `doc`, from sentence starts."""
    ends = [*starts[1:], len(doc)]
    # Spans are made when asked for: most components look at a few sentences only.
    made: dict[int, Span] = {}

    def sentence(k: int) -> Span:
        span = made.get(k)
        if span is None:
            # (``doc[a:b]`` without spaCy's slice normalisation: the bounds are the index's own)
            span = made[k] = Span(doc, starts[k], ends[k])
        return span

    def sentence_of(span: Span) -> Span:
        return sentence(max(0, bisect_right(starts, span.start) - 1))

    def all_sentences(_: Doc) -> Iterator[Span]:
        return (sentence(k) for k in range(len(starts)))

    hooks: dict[str, Callable[..., object]] = {"sent": sentence_of}
    doc.user_span_hooks.update(hooks)
    doc.user_hooks["sents"] = all_sentences
