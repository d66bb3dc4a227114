"""quotekit on a local Dask cluster of two worker processes: same results, same order, one pipeline each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest
from distributed import Client, LocalCluster

import quotekit
from quotekit.dask import (
    FileQuotes,
    corpus_files,
    extract_bag,
    extract_corpus,
    extract_files,
    loaded_pipelines,
    warm_up,
)

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


def test_extract_files_reports_a_bad_file_and_goes_on(client: Client, tmp_path: Path) -> None:
    good = [tmp_path / f"text{i}.txt" for i in range(3)]
    for path, text in zip(good, TEXTS[1:4], strict=True):
        path.write_text(text, encoding="utf-8")
    broken, missing = tmp_path / "kaputt.txt", tmp_path / "fehlt.txt"
    broken.write_bytes(TEXTS[1].encode("utf-8")[:-1] + b"\xc3")  # cut in the middle of a character
    paths = [good[0], broken, good[1], missing, good[2]]
    results = client.compute(extract_files(paths, files_per_partition=2)).result()
    assert [result.path for result in results] == [str(path) for path in paths]
    assert [result.ok for result in results] == [True, False, True, False, True]
    assert [list(result.quotes or ()) for result in results if result.ok] == [
        quotekit.extract(text) for text in TEXTS[1:4]
    ]
    offset = len(TEXTS[1].encode("utf-8")) - 1
    assert results[1] == FileQuotes(
        str(broken), None, f"cannot read {broken}: not UTF-8 (byte 0xc3 at byte offset {offset})"
    )
    assert results[3].error == f"cannot read {missing}: No such file or directory"


def test_corpus_files_lists_a_folder_and_refuses_a_missing_one(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert corpus_files(tmp_path) == [str(tmp_path / name) for name in ("a.txt", "b.txt", "sub/c.txt")]
    with pytest.raises(FileNotFoundError, match="corpus folder not found"):
        corpus_files(tmp_path / "fehlt")


def test_the_scale_recipe_on_two_workers(client: Client, tmp_path: Path) -> None:
    """docs/scale.md's cluster recipe, on the two-worker cluster of this module."""
    corpus = tmp_path / "corpus"
    (corpus / "2024").mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXTS[1], encoding="utf-8")
    (corpus / "2024" / "b.txt").write_text(TEXTS[2], encoding="utf-8")
    (corpus / "c.txt").write_bytes(b"\xff")
    warm_up(client)
    paths = corpus_files(corpus)
    results = client.compute(extract_files(paths, files_per_partition=50)).result()
    assert [(Path(result.path).name, result.error is None) for result in results] == [
        ("b.txt", True),
        ("a.txt", True),
        ("c.txt", False),
    ]
    assert list(results[1].quotes or ()) == quotekit.extract(TEXTS[1])
