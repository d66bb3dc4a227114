"""The examples run: the seeds notebook (executed with nbclient) and the Dask corpus script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from tests.paths import ROOT, SEEDS

import quotekit

EXAMPLES = ROOT / "examples"


def _outputs(cell: nbformat.NotebookNode) -> str:
    texts = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        texts.append(
            str(data.get("text/html", "")) + str(data.get("text/plain", "")) + output.get("text", "")
        )
    return "\n".join(texts)


def test_seeds_notebook_runs_and_shows_html_and_table(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SEEDS.is_dir(), f"the seed articles are missing: {SEEDS}"
    monkeypatch.setenv("QUOTEKIT_SEEDS", str(SEEDS))
    notebook = nbformat.read(EXAMPLES / "seeds.ipynb", as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    outputs = [_outputs(cell) for cell in notebook.cells if cell.cell_type == "code"]
    shown = "\n".join(outputs)
    assert 'class="qk-analysis"' in shown  # the HTML view of an Analysis
    assert 'class="qk-quote-card"' in shown  # a Quote's own view
    assert all(f"<th>{column}</th>" in shown for column in ("text", "kind", "speaker", "cue", "start"))
    assert outputs[-1].strip() == "ok"


def test_dask_example_writes_every_quote_in_file_order_and_goes_on_past_a_bad_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "001_kaputt.txt").write_bytes(b"\x81 kein UTF-8")
    output = tmp_path / "quotes.jsonl"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "dask_corpus.py"), str(corpus), str(output), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        check=False,
    )
    assert result.returncode == 1, result.stderr[-3000:]
    bad = corpus / "001_kaputt.txt"
    assert f"dask_corpus: skipped: cannot read {bad}: not UTF-8 (byte 0x81 at byte offset 0)" in result.stderr
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    paths = sorted(corpus.glob("0*_*.txt"))
    expected = [
        {"source": str(path), **quote.to_dict()}
        for path in paths
        if path != bad
        for quote in quotekit.extract(path.read_text(encoding="utf-8"))
    ]
    assert records == expected
    assert f"{len(expected)} quotations from {len(paths) - 1} files" in result.stdout


def test_dask_example_refuses_a_missing_corpus_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(EXAMPLES / "dask_corpus.py"),
            str(tmp_path / "fehlt"),
            str(tmp_path / "out.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == f"dask_corpus: corpus folder not found: {tmp_path / 'fehlt'}\n"
    assert not (tmp_path / "out.jsonl").exists()
