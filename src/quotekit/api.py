"""The public functions: `extract` and `extract_many`, thin over the spaCy pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sized
from itertools import groupby
from typing import TYPE_CHECKING

from tqdm.auto import tqdm

from quotekit.chunking import chunks, clean_for_pipeline
from quotekit.errors import Errors
from quotekit.pipeline import load
from quotekit.records import QUOTES_KEY, QuoteRecord

if TYPE_CHECKING:
    from spacy.language import Language

    from quotekit.quotes import Quote

_Context = tuple[int, int]  # (index of the text, offset of the chunk in it)


def _check_text(text: object, index: int | None = None) -> str:
    if isinstance(text, str):
        return text
    type_name = type(text).__name__
    if index is None:
        raise TypeError(Errors.E001.format(type_name=type_name))
    raise TypeError(Errors.E002.format(index=index, type_name=type_name))


def _chunk_limit(nlp: Language) -> int:
    return max(1, int(nlp.max_length))


def extract(text: str, *, model: str | None = None) -> list[Quote]:
    """Every quotation in a German `text`, in text order.

    Raises `TypeError` for anything but a `str`; returns ``[]`` for empty or blank text.
    Texts longer than the pipeline's ``max_length`` are processed in paragraph chunks.
    """
    checked = _check_text(text)
    if not checked.strip():
        return []
    return next(iter(extract_many([checked], model=model)))


def extract_many(
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = 64,
    *,
    progress: bool = False,
    model: str | None = None,
) -> Iterator[list[Quote]]:
    """Quotations for each text, one list per text, in input order (uses ``nlp.pipe``).

    An item that is not a `str` raises `TypeError` naming its index, after the results for
    the items before it have been yielded. With ``n_process`` other than 1 and texts of known
    length, batches are made smaller where needed so that every worker gets at least four.
    """
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
    return _extract_many(texts, n_process, batch_size, progress, model)


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
    limit = _chunk_limit(nlp)
    originals: dict[int, str] = {}
    failure: list[TypeError] = []

    def feed() -> Iterator[tuple[str, _Context]]:
        for index, text in enumerate(texts):
            try:
                checked = _check_text(text, index)
            except TypeError as error:
                failure.append(error)  # stop feeding; raised once the texts before it are out
                return
            originals[index] = checked
            for offset, piece in chunks(checked, limit):
                yield clean_for_pipeline(piece), (index, offset)

    total = len(texts) if isinstance(texts, Sized) else None
    bar = tqdm(total=total, disable=not progress, unit="text", desc="quotekit")
    next_index = 0
    docs = nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    with bar:
        for index, group in groupby(docs, key=lambda pair: pair[1][0]):
            # Texts without any chunk (none: every text yields one) would leave gaps; fill them anyway.
            while next_index < index:
                yield []
                next_index += 1
            text = originals.pop(index)
            quotes: list[Quote] = []
            for doc, (_, offset) in group:
                piece = text[offset : offset + len(doc.text)]
                for data in doc.user_data.get(QUOTES_KEY, []):
                    quotes.append(QuoteRecord.from_data(data).to_quote(piece, offset))
            next_index = index + 1
            bar.update(1)
            yield quotes
    if failure:
        raise failure[0]
