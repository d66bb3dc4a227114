"""The public functions: `extract` and `extract_many`, thin over the spaCy pipeline, and the views
over their results that need the pipeline (`analyze`, `render` without quotes)."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator, Sequence, Sized
from itertools import groupby
from typing import TYPE_CHECKING, Literal, cast, overload

from attrs import field, frozen
from tqdm.auto import tqdm

from quotekit import chunking
from quotekit.components import annotate, defer, is_deferred
from quotekit.errors import Errors
from quotekit.inputs import OnError, check_texts, skipping
from quotekit.pipeline import load
from quotekit.quotes import Quote
from quotekit.records import QUOTES_KEY, QuoteRecord
from quotekit.textprep import Prepared, prepare
from quotekit.views.render import render_html

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

_Context = int  # the index of the text


def _check_text(text: object, index: int | None = None) -> str:
    if isinstance(text, str):
        return text
    type_name = type(text).__name__
    if index is None:
        raise TypeError(Errors.E001.format(type_name=type_name))
    raise TypeError(Errors.E002.format(index=index, type_name=type_name))


def extract(text: str, *, model: str | None = None) -> list[Quote]:
    """Every quotation in a German `text`, in text order.

    Raises `TypeError` for anything but a `str`; returns ``[]`` for empty or blank text.
    A long text is parsed in chunks cut between paragraphs (`quotekit.chunking`) and analysed as one:
    the same quotations, offsets and speakers, in time and memory that grow linearly with the text.
    """
    checked = _check_text(text)
    if not checked.strip():
        return []
    return next(iter(extract_many([checked], model=model)))


@overload
def extract_many(
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = 64,
    *,
    progress: bool = False,
    model: str | None = None,
    on_error: Literal["raise"] = "raise",
) -> Iterator[list[Quote]]: ...


@overload
def extract_many(
    texts: Iterable[object],
    n_process: int = 1,
    batch_size: int = 64,
    *,
    progress: bool = False,
    model: str | None = None,
    on_error: Literal["skip"],
) -> Iterator[list[Quote] | None]: ...


def extract_many(
    texts: Iterable[object],
    n_process: int = 1,
    batch_size: int = 64,
    *,
    progress: bool = False,
    model: str | None = None,
    on_error: OnError = "raise",
) -> Iterator[list[Quote]] | Iterator[list[Quote] | None]:
    """Quotations for each text, one list per text, in input order (uses ``nlp.pipe``).

    An item that is not a `str` raises `TypeError` naming its index, after the results for
    the items before it have been yielded; with ``on_error="skip"`` it gives ``None`` in its place
    instead (and a warning on the ``quotekit`` logger naming its index), and the rest go on. A single
    `str` (or `bytes`) for `texts` is a `TypeError`. With ``n_process`` other than 1 and texts of
    known length, batches are made smaller where needed so that every worker gets at least four.
    """
    check_texts(texts, on_error)
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(Errors.E005.format(value=batch_size))
    if (
        not isinstance(n_process, int)
        or isinstance(n_process, bool)
        or not (n_process >= 1 or n_process == -1)
    ):
        raise ValueError(Errors.E006.format(value=n_process))
    if n_process != 1 and isinstance(texts, Sized):
        batch_size = _balanced_batch_size(len(texts), n_process, batch_size)
    if on_error == "skip":
        return skipping(texts, lambda good: _extract_many(good, n_process, batch_size, progress, model))
    return _extract_many(cast("Iterable[str]", texts), n_process, batch_size, progress, model)


# spaCy deals batches out to its worker processes in turn: with too few batches one worker gets
# most of the texts (200 texts in batches of 64: 128 for one worker, 72 for the other).
_BATCHES_PER_WORKER = 4


def _balanced_batch_size(total: int, n_process: int, batch_size: int) -> int:
    """`batch_size`, made smaller where needed so that each worker gets a few batches."""
    workers = n_process if n_process > 0 else (os.cpu_count() or 1)
    return max(1, min(batch_size, -(-total // (workers * _BATCHES_PER_WORKER))))


def _extract_many(
    texts: Iterable[str], n_process: int, batch_size: int, progress: bool, model: str | None
) -> Iterator[list[Quote]]:
    nlp = load(model)
    limit = chunking.chunk_limit(nlp.max_length)
    # Smaller batches where needed bound the parser's memory (the lengths, when they can be read twice).
    lengths = [len(t) for t in texts if isinstance(t, str)] if isinstance(texts, Collection) else None
    batch_size = chunking.batch_limit(batch_size, limit, lengths)
    originals: dict[int, Prepared] = {}
    failure: list[TypeError] = []

    def feed() -> Iterator[tuple[str | Doc, _Context]]:
        """Each text whole, or, when longer than a chunk, its chunks, marked to be analysed once merged."""
        for index, text in enumerate(texts):
            try:
                checked = _check_text(text, index)
            except TypeError as error:
                failure.append(error)  # stop feeding; raised once the texts before it are out
                return
            originals[index] = prepared = prepare(checked)  # offsets are mapped back by `restore`
            cleaned = chunking.clean_for_pipeline(prepared.text)
            if len(cleaned) <= limit:
                yield cleaned, index  # parsed and analysed in nlp.pipe (in the worker processes)
                continue
            for _, piece in chunking.chunks(cleaned, limit):
                yield defer(nlp.make_doc(piece)), index

    total = len(texts) if isinstance(texts, Sized) else None
    bar = tqdm(total=total, disable=not progress, unit="text", desc="quotekit")
    docs = nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    with bar:
        # Every text yields at least one piece, so the groups come one per text, in order.
        for index, group in groupby(docs, key=lambda pair: pair[1]):
            prepared = originals.pop(index)
            text = prepared.text
            parsed = [chunking.drop_tensor(doc) if is_deferred(doc) else doc for doc, _ in group]
            doc = parsed[0] if len(parsed) == 1 and not is_deferred(parsed[0]) else _analyse(nlp, parsed)
            del parsed
            quotes = [
                QuoteRecord.from_data(data).to_quote(text) for data in doc.user_data.get(QUOTES_KEY, [])
            ]
            del doc
            bar.update(1)
            yield prepared.restore(quotes)
    if failure:
        raise failure[0]


def _analyse(nlp: Language, chunks: list[Doc]) -> Doc:
    """The chunks of one text, merged into one doc and analysed by quotekit's components."""
    merged = chunking.merge(chunks)
    chunks.clear()  # the chunks' memory goes before the components make theirs
    return annotate(nlp, merged)


def render(text: str, quotes: Sequence[Quote] | None = None, *, model: str | None = None) -> str:
    """HTML of `text` with every quotation highlighted, one colour per speaker, and a legend.

    Without `quotes`, quotekit extracts them (with `model`, as in `quotekit.extract`). The speaker
    mention is underlined in the speaker's colour and the cue is in dotted-underlined italics; hovering
    over a quotation shows its kind, speaker and cue. Raises `ValueError` for quotes of another text.
    """
    if quotes is None and isinstance(text, str):
        quotes = extract(text, model=model)
    return render_html(text, () if quotes is None else quotes)  # a TypeError for a text that is no str


def _to_quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


@frozen
class Analysis:
    """A text with its quotations; shows as highlighted HTML in Jupyter (`quotekit.analyze`)."""

    text: str
    quotes: tuple[Quote, ...] = field(converter=_to_quotes)

    def _repr_html_(self) -> str:
        return render_html(self.text, self.quotes)

    def to_html(self) -> str:
        """The highlighted HTML fragment, as `quotekit.render` gives it."""
        return render_html(self.text, self.quotes)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per quotation (needs the ``quotekit-de[pandas]`` extra)."""
        from quotekit.views.tables import to_dataframe

        return to_dataframe(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Quote, ...]: ...

    def __getitem__(self, index: int | slice) -> Quote | tuple[Quote, ...]:
        """The quotation at `index` (text order), or a tuple of them for a slice."""
        return self.quotes[index]


def analyze(text: str, *, model: str | None = None) -> Analysis:
    """Extract the quotations of `text` into an `Analysis`, which Jupyter shows highlighted."""
    return Analysis(text=text, quotes=extract(text, model=model))
