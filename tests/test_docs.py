"""Every code block in README.md and docs/*.md runs, and says what it does.

- ``python``: executed, the blocks of one file in order in one namespace (a file defines what it uses).
  A block that prints must print what its trailing ``# …`` comment lines say; a block that ends in an
  expression followed by such comments must show that value (``...`` stands for anything).
- ``bash``: each line is run in a scratch folder holding ``article.txt`` and ``news/*.txt``. Only the
  command line is understood (``quotekit …``, ``python -m quotekit …``, with ``cat FILE |`` before it
  and ``> FILE`` after it); it runs in this process, so the pipeline is loaded once.
- ``json``: parsed; a quotation (it has a "kind") must round-trip through `Quote.from_dict`.
- ``text``: a ``quotekit …`` synopsis line must name only options the command knows; other text blocks
  (a file tree) are not code.

A block that cannot run here is marked on the line before it with ``<!-- not run: REASON -->``.
REASON must start with one of `_REASONS`; where the reason says a test stands in for the block, it
names it (``tests/…py::test_…``) and that test must exist. A marked ``python`` block is still compiled.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest
import regex
from tests.paths import ROOT

from quotekit import Quote
from quotekit.cli import build_parser, main

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = regex.compile(
    r"^(?:<!-- not run: (?P<reason>[^\n]*?) -->\n)?```(?P<lang>[\w-]*)\n(?P<body>.*?)^```[ \t]*$",
    regex.MULTILINE | regex.DOTALL,
)
# Why a block may stay unrun, and whether the reason must name a test that runs it in a reduced form.
_REASONS: dict[str, bool] = {
    "installs software": False,
    "runs the whole test suite": False,
    "trains the pipeline": False,
    "runs the benchmark": False,
    "needs a Dask cluster": True,
    "scores a whole data set": True,
    "is a worked example": False,
}
_STAND_IN = regex.compile(r"(tests/[\w/]+\.py)::(test_\w+)")

ARTICLE = (
    "Pendlerpauschale steigt\n\n"
    "Hannover. „Wir werden die Pendlerpauschale anheben“, sagte Finanzministerin Jana Vogt am Montag.\n"
    "Die Opposition sagte, das sei zu wenig.\n"
)


class Block:
    def __init__(self, path: Path, line: int, lang: str, body: str, reason: str | None) -> None:
        self.path, self.line, self.lang, self.body, self.reason = path, line, lang, body, reason

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    return [
        Block(
            path, text.count("\n", 0, match.start("lang")) + 1, match["lang"], match["body"], match["reason"]
        )
        for match in _FENCE.finditer(text)
    ]


BLOCKS = [block for path in DOCUMENTS for block in _blocks(path)]
_NAMESPACES: dict[Path, dict[str, Any]] = {}


def test_the_documents_have_code_blocks() -> None:
    assert len(BLOCKS) >= 20
    assert {block.lang for block in BLOCKS} >= {"python", "bash", "json", "text"}


@pytest.mark.parametrize(
    ("lang", "body", "reason"),
    [
        ("bash", "pip install quotekit-de\n", None),  # unmarked and not a quotekit command
        ("bash", "quotekit extract article.txt > out.txt && xdg-open out.txt\n", None),
        ("bash", "quotekit extract --format xml article.txt\n", None),
        ("python", "print('eins')\n# zwei\n", None),  # prints something else than it says
        ("python", "1 + 1\n# 3\n", None),  # shows something else than it says
        ("python", "undefined_name\n", None),
        ("json", '{"kind": "direct", "parts": []}\n', None),
        ("text", "quotekit extract --pretty FILE\n", None),
        ("bash", "pip install x\n", "it is boring"),  # a reason the runner does not know
        ("bash", "python x.py\n", "needs a Dask cluster"),  # no test stands in for it
        ("bash", "python x.py\n", "needs a Dask cluster; tests/test_dask.py::test_nothing_like_it runs it"),
        ("python", "def broken(:\n", "is a worked example"),  # still compiled
        ("yaml", "a: 1\n", None),
    ],
)
def test_the_runner_refuses_a_wrong_block(
    lang: str, body: str, reason: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = Block(ROOT / "docs" / "runner-self-test.md", 1, lang, body, reason)
    with pytest.raises(
        (AssertionError, NameError, SyntaxError, ValueError, SystemExit, pytest.fail.Exception)
    ):
        test_code_block(block, tmp_path, monkeypatch)


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: block.name)
def test_code_block(block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if block.reason is not None:
        _check_reason(block)
    elif block.lang == "python":
        _run_python(block)
    elif block.lang in {"bash", "sh", "console"}:
        _run_shell(block, tmp_path, monkeypatch)
    elif block.lang == "json":
        _check_json(block)
    elif block.lang in {"text", ""}:
        _check_synopsis(block)
    else:
        pytest.fail(f"{block.name}: the runner does not know ```{block.lang} blocks")


def _check_reason(block: Block) -> None:
    reason = block.reason or ""
    kind = next((known for known in _REASONS if reason.startswith(known)), None)
    assert kind is not None, f"{block.name}: say why it is not run, starting with one of {list(_REASONS)}"
    stand_in = _STAND_IN.search(reason)
    if _REASONS[kind]:
        assert stand_in, f"{block.name}: name the test that runs this block in a reduced form"
    if stand_in:
        test_file, test_name = ROOT / stand_in[1], stand_in[2]
        assert test_file.is_file(), f"{block.name}: {stand_in[1]} does not exist"
        assert f"def {test_name}(" in test_file.read_text(encoding="utf-8"), f"{block.name}: no {test_name}"
    if block.lang == "python":
        compile(block.body, block.name, "exec")


def _namespace(block: Block) -> dict[str, Any]:
    # The blocks of one file run in order (pytest keeps the order of the parameters).
    return _NAMESPACES.setdefault(block.path, {"__name__": "__main__"})


def _expected(lines: list[str]) -> list[str]:
    """The trailing ``# …`` comment lines of a block, without the ``# ``."""
    trailing: list[str] = []
    for line in reversed(lines):
        if not line.startswith("# "):
            break
        trailing.insert(0, line[2:])
    return trailing


def _matches(shown: str, expected: str) -> bool:
    pattern = ".*".join(regex.escape(piece) for piece in expected.split("..."))
    return regex.fullmatch(pattern, shown, regex.DOTALL) is not None


def _run_python(block: Block) -> None:
    namespace = _namespace(block)
    lines = block.body.rstrip("\n").splitlines()
    expected = _expected(lines)
    tree = ast.parse(block.body, block.name)
    last = tree.body[-1] if tree.body else None
    value_expr = None
    if isinstance(last, ast.Expr) and expected:
        value_expr = ast.Expression(last.value)
        tree.body = tree.body[:-1]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(tree, block.name, "exec"), namespace)
        value = eval(compile(value_expr, block.name, "eval"), namespace) if value_expr else None
    if printed.getvalue():
        assert printed.getvalue().splitlines() == expected, f"{block.name}: prints something else"
    elif value_expr is not None:
        assert _matches(repr(value), "\n".join(expected)), f"{block.name}: shows {value!r}"


def _scratch(folder: Path) -> None:
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "news").mkdir()
    (folder / "news" / "eins.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "news" / "zwei.txt").write_text("„Gut“, sagte Faeser.\n", encoding="utf-8")


def _run_shell(block: Block, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _scratch(folder)
    monkeypatch.chdir(folder)
    for line in block.body.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            _run_command(block, words, folder, monkeypatch)


def _run_command(block: Block, words: list[str], folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = b""
    if "|" in words:
        cut = words.index("|")
        assert words[:1] == ["cat"], f"{block.name}: only `cat FILE | …` can be piped here: {words}"
        stdin = (folder / words[1]).read_bytes()
        words = words[cut + 1 :]
    output = None
    if ">" in words:
        cut = words.index(">")
        assert len(words) == cut + 2, f"{block.name}: only `> FILE` may end a line here: {words}"
        output, words = folder / words[cut + 1], words[:cut]
    if words[:3] == ["python", "-m", "quotekit"]:
        words = ["quotekit", *words[3:]]
    assert words[:1] == ["quotekit"], f"{block.name}: the runner cannot run {words}: mark the block"
    arguments = [
        match
        for word in words[1:]
        for match in (sorted(str(path) for path in Path().glob(word)) if "*" in word else [word])
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(arguments)
    assert code == 0, f"{block.name}: {' '.join(words)} exited with {code}"
    assert printed.getvalue(), f"{block.name}: {' '.join(words)} printed nothing"
    if output is not None:
        output.write_text(printed.getvalue(), encoding="utf-8")


def _check_json(block: Block) -> None:
    data = json.loads(block.body)
    if isinstance(data, dict) and "kind" in data:
        assert Quote.from_dict(data).to_dict() == data, f"{block.name}: not what Quote.to_dict gives"


def _check_synopsis(block: Block) -> None:
    parser = build_parser()
    commands = {
        name: sub for action in parser._subparsers._group_actions for name, sub in action.choices.items()
    }  # type: ignore[union-attr]
    for line in block.body.splitlines():
        words = line.split()
        if words[:1] != ["quotekit"]:
            continue
        command = commands.get(words[1])
        assert command is not None, f"{block.name}: no command {words[1]!r}"
        known = {option for action in command._actions for option in action.option_strings}
        named = set(regex.findall(r"--[\w-]+", line))
        assert named <= known, f"{block.name}: quotekit {words[1]} has no {sorted(named - known)}"
