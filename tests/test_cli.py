from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotekit.cli import main

ARTICLE = "„Wir sind stark“, sagte Stoltenberg.\n\nKein Zitat hier.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_is_one_quote_a_line(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["text"] == "Wir sind stark"
    assert record["speaker"]["name"] == "Stoltenberg"
    assert record["source"] == str(article)


def test_json_and_csv_and_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "--format", "json", str(article)])
    assert json.loads(capsys.readouterr().out)[0]["quotes"][0]["kind"] == "direct"
    main(["extract", "--format", "csv", str(article)])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["speaker"] == "Stoltenberg"
    assert list(rows[0]) == ["source", "text", "kind", "speaker", "mention", "cue", "start", "end"]
    main(["extract", "--format", "table", str(article)])
    assert "Wir sind stark" in capsys.readouterr().out


def test_stdin_when_no_file() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quotekit", "extract"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout.splitlines()[0])["text"] == "Wir sind stark"


@pytest.mark.parametrize("kind", ["missing", "directory", "binary"])
def test_unreadable_input_exits_2_with_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input"
    if kind == "directory":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe\x00\x81 not utf-8")
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quotekit: cannot read")
    assert err.count("\n") == 1
