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
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from quotekit.api import extract_many
from quotekit.pipeline import load, loaded_count
from quotekit.quotes import Quote

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

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
