"""extract_many on batches: a progress bar when asked, the same results with two processes, input order."""

from __future__ import annotations

import pytest

import quotekit

TEXTS = [
    f"„Wir sind stark {i}“, sagte Stoltenberg.\n\nDie Ministerin betonte, man werde handeln."
    if i % 3
    else f"Kein Zitat in Text {i}."
    for i in range(24)
]


def test_progress_bar_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    results = list(quotekit.extract_many(TEXTS[:6], progress=True))
    captured = capsys.readouterr()
    assert len(results) == 6
    assert "quotekit" in captured.err
    assert "6/6" in captured.err
    assert captured.out == ""


def test_no_progress_bar_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    list(quotekit.extract_many(TEXTS[:3]))
    assert capsys.readouterr().err == ""


def test_two_processes_give_the_same_results_in_order() -> None:
    one = list(quotekit.extract_many(TEXTS, n_process=1, batch_size=4))
    two = list(quotekit.extract_many(TEXTS, n_process=2, batch_size=4))
    assert two == one
    assert [quotes[0].text if quotes else None for quotes in one] == [
        f"Wir sind stark {i}" if i % 3 else None for i in range(24)
    ]


def test_bad_item_names_its_index_after_the_results_before_it() -> None:
    items: list[object] = [*TEXTS[:5], 42, TEXTS[5]]
    results = []
    batches = quotekit.extract_many(items, n_process=2, batch_size=2)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Item 5 .* int"):  # noqa: PT012  (collect until it raises)
        for quotes in batches:
            results.append(quotes)
    assert results == [quotekit.extract(text) for text in TEXTS[:5]]


@pytest.mark.parametrize(
    ("total", "n_process", "asked", "used"),
    [(200, 2, 64, 25), (10_000, 2, 64, 64), (3, 2, 64, 1), (200, 4, 16, 13)],
)
def test_workers_get_a_few_batches_each(total: int, n_process: int, asked: int, used: int) -> None:
    from quotekit.api import _balanced_batch_size

    assert _balanced_batch_size(total, n_process, asked) == used
