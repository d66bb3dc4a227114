"""quotekit on a local Dask cluster of two worker processes: same results, same order, one pipeline each."""

from __future__ import annotations

from collections.abc import Iterator

import dask.bag as db
import pytest
from distributed import Client, LocalCluster

import quotekit
from quotekit.dask import extract_bag, extract_corpus, loaded_pipelines, warm_up

TEXTS = [
    f"„Wir sind stark {i}“, sagte Stoltenberg.\n\nDie Ministerin betonte, man werde handeln."
    if i % 4
    else f"Kein Zitat in Text {i}."
    for i in range(16)
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            memory_limit="2GiB",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_bag_gives_the_same_quotes_in_order(client: Client) -> None:
    assert set(warm_up(client).values()) == {quotekit.load().meta["name"]}
    expected = [quotekit.extract(text) for text in TEXTS]
    bag = extract_bag(db.from_sequence(TEXTS, npartitions=6), batch_size=4)
    assert client.compute(bag).result() == expected
    # Each worker loaded the pipeline once, however many partitions it ran.
    assert sorted(client.run(loaded_pipelines).values()) == [1, 1]


def test_extract_corpus_and_keep_text(client: Client) -> None:
    assert extract_corpus(TEXTS, client=client) == [quotekit.extract(text) for text in TEXTS]
    pairs = client.compute(extract_bag(db.from_sequence(TEXTS[:3]), keep_text=True)).result()
    assert [text for text, _ in pairs] == TEXTS[:3]
    assert [quotes for _, quotes in pairs] == [quotekit.extract(text) for text in TEXTS[:3]]


def test_a_bad_item_fails_the_computation_with_its_index(client: Client) -> None:
    bag = extract_bag(db.from_sequence([TEXTS[1], 42], npartitions=1))
    with pytest.raises(TypeError, match="Item 1 of the input is not a str"):
        client.compute(bag).result()
