"""Running quotekit over a corpus on a Dask cluster: one pipeline per worker process.

Needs the ``quotekit-de[dask]`` extra (``dask[bag]`` and ``distributed``), imported only when used::

    import dask.bag as db
    from dask.distributed import Client
    from quotekit.dask import extract_bag

    client = Client("tcp://scheduler:8786")        # or LocalCluster(...) for one machine
    texts = db.read_text("corpus/*.txt", files_per_partition=100)  # or db.from_sequence(texts)
    quotes = extract_bag(texts).compute()          # list[list[Quote]], in the bag's order

Each partition runs through `quotekit.extract_many`; `quotekit.load` caches the pipeline per
process, so every worker loads it once, on its first partition (or up front with `warm_up`).

For a folder of files, `corpus_files` lists them (a missing folder is an error) and `extract_files`
reads them on the workers: a file that cannot be read or decoded gives a `FileQuotes` that says why,
and the rest go on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from quotekit.api import extract_many
from quotekit.errors import Errors
from quotekit.inputs import InputError, read_text
from quotekit.pipeline import load, loaded_count
from quotekit.quotes import Quote

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

logger = logging.getLogger("quotekit")

_MISSING_DASK = (
    "quotekit.dask needs dask and distributed, which are not installed. "
    'Install them with `pip install "quotekit-de[dask]"`.'
)


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as error:
        raise ImportError(_MISSING_DASK) from error
    return dask.bag


def _extract_partition(
    texts: Iterable[str], model: str | None, batch_size: int, keep_text: bool
) -> list[Any]:
    texts = list(texts)
    results = extract_many(texts, batch_size=batch_size, model=model)
    if keep_text:
        return [(text, quotes) for text, quotes in zip(texts, results, strict=True)]
    return list(results)


def extract_bag(
    texts: dask.bag.Bag, *, model: str | None = None, batch_size: int = 64, keep_text: bool = False
) -> dask.bag.Bag:
    """A bag of ``list[Quote]``, one per text of `texts` (a bag of `str`), in the same order.

    With ``keep_text=True`` the items are ``(text, quotes)`` pairs, ready for `quotekit.render`.
    The work is lazy: call ``.compute()`` (or ``.to_dataframe()``, ``.map(...)``) on the result.
    Raises `TypeError` on the worker, naming the item's index in its partition, for an item that is not a str.
    """
    _bag_module()
    source: Any = texts  # dask's methods carry no type hints
    bag: dask.bag.Bag = source.map_partitions(
        _extract_partition, model=model, batch_size=batch_size, keep_text=keep_text
    )
    return bag


def extract_corpus(
    texts: Iterable[str],
    *,
    client: Client | None = None,
    npartitions: int | None = None,
    model: str | None = None,
    batch_size: int = 64,
) -> list[list[Quote]]:
    """The quotations of every text, computed on `client` (else the current Dask scheduler), in order.

    A convenience over `extract_bag` for texts already in memory; `npartitions` defaults to four
    per worker (or 8 without a client) so that every worker is busy and partitions stay small.
    """
    bag_module = _bag_module()
    texts = list(texts)
    if npartitions is None:
        workers = len(client.scheduler_info()["workers"]) if client is not None else 2
        npartitions = max(1, min(len(texts), 4 * workers))
    bag: Any = extract_bag(
        bag_module.from_sequence(texts, npartitions=npartitions), model=model, batch_size=batch_size
    )
    if client is None:
        return list(bag.compute())
    scheduler: Any = client  # distributed's Client.compute carries no type hints
    return list(scheduler.compute(bag).result())


def _to_quotes(value: Iterable[Quote] | None) -> tuple[Quote, ...] | None:
    return None if value is None else tuple(value)


@frozen
class FileQuotes:
    """The quotations of one file of a corpus, or why it could not be read (`error`, with `quotes` None)."""

    path: str
    quotes: tuple[Quote, ...] | None = field(converter=_to_quotes)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the file was read (and its quotations found)."""
        return self.error is None


def corpus_files(folder: str | Path, pattern: str = "**/*.txt") -> list[str]:
    """The files under `folder` that match `pattern`, sorted; `FileNotFoundError` when there is no such folder."""
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(Errors.E012.format(folder=folder))
    return sorted(str(path) for path in root.glob(pattern) if not path.is_dir())


def _extract_files_partition(paths: Iterable[str], model: str | None, batch_size: int) -> list[FileQuotes]:
    read: list[tuple[str, str | None, str | None]] = []  # (path, text, error)
    for path in paths:
        try:
            read.append((path, read_text(path), None))
        except InputError as error:
            logger.warning("%s", error)  # on the worker; the result says it too
            read.append((path, None, str(error)))
    found = iter(
        extract_many([text for _, text, _ in read if text is not None], batch_size=batch_size, model=model)
    )
    return [FileQuotes(path, None if text is None else next(found), error) for path, text, error in read]


def extract_files(
    paths: Sequence[str | Path],
    *,
    files_per_partition: int = 50,
    model: str | None = None,
    batch_size: int = 64,
) -> dask.bag.Bag:
    """A lazy bag of `FileQuotes`, one per path, in the order of `paths`; the files are read on the workers.

    A file that cannot be read or decoded as UTF-8 gives ``FileQuotes(path, None, error)``, `error`
    naming the path and why ("cannot read a.txt: not UTF-8 (byte 0xff at byte offset 12)"), logged on
    the worker as a warning; the other files go on.
    """
    bag_module = _bag_module()
    names = [str(path) for path in paths]
    partitions = max(1, -(-len(names) // max(1, files_per_partition)))
    source: Any = bag_module.from_sequence(names, npartitions=partitions)  # dask carries no type hints
    bag: dask.bag.Bag = source.map_partitions(_extract_files_partition, model=model, batch_size=batch_size)
    return bag


def _warm(model: str | None) -> str:
    nlp = load(model)
    return str(nlp.meta.get("name", "pipeline"))


def warm_up(client: Client, model: str | None = None) -> dict[str, str]:
    """Load the pipeline on every worker of `client` now; returns worker address -> pipeline name."""
    result: dict[str, str] = client.run(_warm, model)
    return result


def loaded_pipelines() -> int:
    """How many pipelines this process has loaded (run it on the workers to check one each)."""
    return loaded_count()
