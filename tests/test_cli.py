from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotekit.cli import main
from quotekit.views.formats import COLUMNS

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


def test_invalid_utf8_on_stdin_is_one_line_naming_the_byte_offset() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quotekit", "extract", "--format", "json"],
        input="„Gut“, sagte er. ".encode() + b"\xff\xfe rest",
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == b""
    offset = len("„Gut“, sagte er. ".encode())
    assert result.stderr.decode("utf-8") == (
        f"quotekit: cannot read <stdin>: not UTF-8 (byte 0xff at byte offset {offset})\n"
    )


def test_an_unreadable_file_among_several_is_reported_and_the_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "eins.txt", tmp_path / "zwei.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("„Wir auch“, sagte Faeser.", encoding="utf-8")
    broken = tmp_path / "kaputt.txt"
    broken.write_bytes(b"\x81 not utf-8")
    missing = tmp_path / "fehlt.txt"
    code = main(["extract", "--format", "csv", str(first), str(broken), str(missing), str(second)])
    captured = capsys.readouterr()
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [(row["source"], row["text"]) for row in rows] == [
        (str(first), "Wir sind stark"),
        (str(second), "Wir auch"),
    ]
    assert captured.err.splitlines() == [
        f"quotekit: cannot read {broken}: not UTF-8 (byte 0x81 at byte offset 0)",
        f"quotekit: cannot read {missing}: No such file or directory",
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "--n-process", "0"],
        ["extract", "--n-process", "zwei"],
        ["extract", "--n-process", "-2"],
        ["extract", "--format", "xml"],
        ["extract", "--bogus"],
        ["eval", "gold.jsonl", "--limit", "0"],
        ["eval"],
        ["translate"],
        [],
    ],
)
def test_bad_options_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("quotekit")
    assert "error:" in err
    assert err.count("\n") == 1


def test_bad_options_give_no_traceback_from_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quotekit", "extract", "--n-process", "0"],
        input="",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_table_has_the_columns_of_csv(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "--format", "csv", str(article)])
    csv_columns = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    main(["extract", "--format", "table", str(article)])
    header, rule, row = capsys.readouterr().out.splitlines()
    assert header.split() == csv_columns == list(COLUMNS)
    assert set(rule) == {"-"}
    assert "Stoltenberg" in row.split("  ")  # the speaker and the mention columns


def test_an_unreadable_gold_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "fehlt.jsonl")]) == 2
    assert (
        capsys.readouterr().err
        == f"quotekit: cannot read {tmp_path / 'fehlt.jsonl'}: No such file or directory\n"
    )
