"""quotekit's spaCy components, registered as factories.

Each component is thin: a `find(doc)` that changes nothing, then `set_annotations(doc, found)`
that stores plain data in ``doc.user_data``. ``doc._.quotes`` builds the public objects on demand.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Callable, Sequence
from typing import Any, Self, TypeVar, cast

from attrs import asdict
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from quotekit.quotes import Quote
from quotekit.records import CUES_KEY, MARKS_KEY, QUOTES_KEY, CueMatch, QuoteRecord
from quotekit.stages.compounds import merge_elided_compounds
from quotekit.stages.cues import find_cues
from quotekit.stages.direct import find_direct_quotes
from quotekit.stages.honorifics import teach_tokenizer, title_continuations, title_tokens
from quotekit.stages.marks import MarkedSpan, find_marked_spans, outside_titles
from quotekit.stages.reported import find_indirect_quotes, merge_quotes
from quotekit.stages.reported.fragments import quoted_fragments
from quotekit.stages.run_on import run_on_words
from quotekit.stages.score_stops import teach_score_stops
from quotekit.stages.speakers import resolve_speakers
from quotekit.syntax.docindex import indexed, run_cache, text_of

_T = TypeVar("_T")

# doc -> (the records the quotes were built from, their number, the doc's length in tokens, the quotes).
# Weak keys: an entry goes with its doc; nothing is added to the doc, so nothing changes its serialisation.
_BUILT: weakref.WeakKeyDictionary[Doc, tuple[list[Any], int, int, tuple[Quote, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _quotes_getter(doc: Doc) -> list[Quote]:
    """``doc._.quotes``: built once per doc (reading ``doc.text`` once), again only when the doc changes
    (its records are replaced or grow, or its tokens change in number)."""
    records: list[Any] = doc.user_data.get(QUOTES_KEY, [])
    built = _BUILT.get(doc)
    if built is None or built[0] is not records or built[1] != len(records) or built[2] != len(doc):
        text = doc.text
        quotes = tuple(QuoteRecord.from_data(data).to_quote(text) for data in records)
        built = (records, len(records), len(doc), quotes)
        _BUILT[doc] = built
    return list(built[3])


def _marks_getter(doc: Doc) -> list[MarkedSpan]:
    return [MarkedSpan(**data) for data in doc.user_data.get(MARKS_KEY, [])]


def ensure_extensions() -> None:
    """Register ``doc._.quotes`` and ``doc._.quote_marks`` once."""
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_quotes_getter)
    if not Doc.has_extension("quote_marks"):
        Doc.set_extension("quote_marks", getter=_marks_getter)


# The run cache's entries for the records and cues the components stored last: (the stored list, its
# length, the objects it was made from). The next components read these back instead of converting the
# stored data again, as long as the doc holds that same list.
_RECORDS_KEY = "components.records"
_CUES_KEY = "components.cues"


def _read_back(doc: Doc, key: str, cache_key: str, convert: Callable[[Any], _T]) -> list[_T]:
    stored: list[Any] = doc.user_data.get(key, [])
    cache = run_cache(doc)
    kept = cache.get(cache_key)
    if kept is not None and kept[0] is stored and kept[1] == len(stored):
        return list(kept[2])
    objects = [convert(data) for data in stored]
    cache[cache_key] = (stored, len(stored), tuple(objects))
    return objects


def _store(doc: Doc, key: str, cache_key: str, objects: Sequence[QuoteRecord] | Sequence[CueMatch]) -> None:
    stored = doc.user_data[key] = [item.to_data() for item in objects]
    run_cache(doc)[cache_key] = (stored, len(stored), tuple(objects))


def _records(doc: Doc) -> list[QuoteRecord]:
    return _read_back(doc, QUOTES_KEY, _RECORDS_KEY, QuoteRecord.from_data)


def _well_formed(record: QuoteRecord, length: int) -> bool:
    return all(0 <= start < end <= length for start, end in record.parts)


def _store_records(doc: Doc, records: list[QuoteRecord]) -> None:
    length = len(text_of(doc))
    kept = [record for record in records if _well_formed(record, length)]
    if len(kept) < len(records):
        # A rule's slip must cost one quotation, not the user's whole batch.
        warnings.warn("quotekit dropped a malformed quotation span (please report the text)", stacklevel=2)
    _store(doc, QUOTES_KEY, _RECORDS_KEY, sorted(kept, key=lambda r: (r.start, r.end)))


# A chunk of a long text (`quotekit.chunking`): the components leave it alone while the pipeline parses
# it, and run once on the merged doc of all its chunks (`annotate_merged`).
DEFERRED_KEY = "quotekit.deferred"


def defer(doc: Doc) -> Doc:
    """Mark `doc` so that quotekit's components pass it through unchanged."""
    doc.user_data[DEFERRED_KEY] = True
    return doc


def is_deferred(doc: Doc) -> bool:
    """Whether `doc` was marked with `defer`."""
    return bool(doc.user_data.get(DEFERRED_KEY, False))


class _Stateless:
    """Stateless serialisation, shared by quotekit's components: their settings live in the config."""

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> Self:
        return self

    def to_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> Self:
        return self


class _Component(_Stateless):
    """Shared plumbing of the components after the parse: the name, the deferral of a long text's chunks and
    the doc's index while a component runs."""

    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if is_deferred(doc):
            return doc
        with indexed(doc):
            self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: Any) -> None:
        raise NotImplementedError


class QuoteMarks(_Component):
    """Stage 1: quotation-mark spans in the raw characters."""

    def find(self, doc: Doc) -> list[MarkedSpan]:
        return find_marked_spans(text_of(doc))

    def set_annotations(self, doc: Doc, found: list[MarkedSpan]) -> None:
        doc.user_data[MARKS_KEY] = [asdict(mark) for mark in found]


class QuoteCues(_Component):
    """Stage 2: attribution cues."""

    def find(self, doc: Doc) -> list[CueMatch]:
        return find_cues(doc)

    def set_annotations(self, doc: Doc, found: list[CueMatch]) -> None:
        _store(doc, CUES_KEY, _CUES_KEY, found)


def _cues(doc: Doc) -> list[CueMatch]:
    return _read_back(doc, CUES_KEY, _CUES_KEY, CueMatch.from_data)


class QuoteAttribution(_Component):
    """Stage 3: direct quotations with cue and local mention."""

    def find(self, doc: Doc) -> list[QuoteRecord]:
        return find_direct_quotes(doc, doc._.quote_marks, _cues(doc))

    def set_annotations(self, doc: Doc, found: list[QuoteRecord]) -> None:
        _store_records(doc, found)


class IndirectQuotes(_Component):
    """Stage 4: reported speech without marks (and the marked fragments of mixed quotations), added to the
    direct quotations."""

    def find(self, doc: Doc) -> list[QuoteRecord]:
        direct = _records(doc)
        cues = outside_titles(_cues(doc), doc._.quote_marks)
        reported = find_indirect_quotes(doc, cues, direct)
        # The marked fragments of mixed quotations are direct quotations of their own.
        return [*reported, *quoted_fragments(doc, doc._.quote_marks, direct, reported, cues)]

    def set_annotations(self, doc: Doc, found: list[QuoteRecord]) -> None:
        _store_records(doc, merge_quotes(_records(doc), found))


class SpeakerResolver(_Component):
    """Stage 5: one canonical speaker name per person across the text."""

    def find(self, doc: Doc) -> list[QuoteRecord]:
        return resolve_speakers(doc, _records(doc))

    def set_annotations(self, doc: Doc, found: list[QuoteRecord]) -> None:
        _store_records(doc, found)


class ElidedCompounds(_Component):
    """After the parse, before the stages: an elided compound ("Jagd- und Fischereiverwaltung") becomes one token
    (`quotekit.stages.compounds`), so that the stages read it as the one noun it is."""

    def __call__(self, doc: Doc) -> Doc:
        # (no index while it runs: it changes the tokens an index would hold)
        if is_deferred(doc):
            return doc
        return merge_elided_compounds(doc)


# The word classes an academic title never is: a tagger's verb, adjective or adverb before a name.
_NOT_TITLE_POS = frozenset({"VERB", "AUX", "ADJ", "ADV"})


class TitleSentences(_Stateless):
    """Stage 0, before the parser: no sentence starts inside "Gemeinderat lic. iur. Urs Kälin" or right after a
    word that only a space or a line wrap follows (`quotekit.stages.run_on`), and a title is a noun. Adding it
    teaches the pipeline's tokenizer the academic titles (`quotekit.stages.honorifics`) and the full stop after a
    score ("3:1.", `quotekit.stages.score_stops`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        teach_tokenizer(nlp)
        teach_score_stops(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2 or doc.has_annotation("DEP"):  # (a parsed doc keeps the parse's sentences)
            return doc
        # A title is a noun whatever the tagger says ("Sein Verteidiger, lic. iur. Marco Fässler, forderte …"
        # with "lic." a verb made the name a reported clause).
        for i in title_tokens(doc):
            token = doc[i]
            if token.pos_ in _NOT_TITLE_POS:
                token.pos_, token.tag_ = "NOUN", "NN"
        inside = sorted({*title_continuations(doc), *run_on_words(doc)})
        if inside:
            # (one array write: setting Token.is_sent_start one by one scans the doc each time)
            starts = doc.to_array([SENT_START]).astype("int64")
            starts[inside] = -1
            doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
        return doc


@Language.factory("quotekit_titles", assigns=["token.is_sent_start", "token.pos", "token.tag"])
def make_titles(nlp: Language, name: str) -> TitleSentences:
    return TitleSentences(nlp, name)


@Language.factory("quotekit_compounds", requires=["token.pos"])
def make_compounds(nlp: Language, name: str) -> ElidedCompounds:
    return ElidedCompounds(nlp, name)


@Language.factory("quotekit_marks", assigns=["doc._.quote_marks"])
def make_marks(nlp: Language, name: str) -> QuoteMarks:
    return QuoteMarks(nlp, name)


@Language.factory("quotekit_cues", requires=["token.lemma", "token.dep", "token.pos"])
def make_cues(nlp: Language, name: str) -> QuoteCues:
    return QuoteCues(nlp, name)


@Language.factory("quotekit_attribution", assigns=["doc._.quotes"], requires=["token.dep", "doc.sents"])
def make_attribution(nlp: Language, name: str) -> QuoteAttribution:
    return QuoteAttribution(nlp, name)


@Language.factory("quotekit_indirect", assigns=["doc._.quotes"], requires=["token.dep", "token.morph"])
def make_indirect(nlp: Language, name: str) -> IndirectQuotes:
    return IndirectQuotes(nlp, name)


@Language.factory("quotekit_speakers", assigns=["doc._.quotes"], requires=["doc.ents", "token.pos"])
def make_speakers(nlp: Language, name: str) -> SpeakerResolver:
    return SpeakerResolver(nlp, name)


# Before the parser (or whatever sets the sentences): not run again on the merged doc of a long text's chunks.
SENTENCE_COMPONENTS: tuple[str, ...] = ("quotekit_titles",)
# After the parse, in pipeline order: the one that merges tokens, then those that read the doc (`annotate`
# indexes the doc once for these, after the merge).
TOKEN_COMPONENTS: tuple[str, ...] = ("quotekit_compounds",)
READING_COMPONENTS: tuple[str, ...] = (
    "quotekit_marks",
    "quotekit_cues",
    "quotekit_attribution",
    "quotekit_indirect",
    "quotekit_speakers",
)
COMPONENTS: tuple[str, ...] = (*TOKEN_COMPONENTS, *READING_COMPONENTS)


def annotate(nlp: Language, doc: Doc) -> Doc:
    """Run quotekit's components of `nlp`, in order, on a `doc` its other components have parsed
    (the merged chunks of a long text)."""
    doc.user_data.pop(DEFERRED_KEY, None)
    for name in TOKEN_COMPONENTS:
        if name in nlp.pipe_names:
            nlp.get_pipe(name)(doc)
    # (one index for the five: nothing else touches the doc between them, so none of them checks it again,
    # which reads six columns of a long text's every word)
    with indexed(doc):
        for name in READING_COMPONENTS:
            nlp.get_pipe(name)(doc)
    return doc
