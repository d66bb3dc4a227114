"""The architecture of docs/architecture.md holds: the import contracts in pyproject.toml, and German
words only in quotekit/lang/de."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from importlinter.cli import lint_imports  # the test extra installs import-linter
from tests.paths import ROOT

PACKAGE = ROOT / "src" / "quotekit"


def test_import_contracts_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # Layers (entry points > components > stages > syntax > lang), the data model importing no part of
    # the pipeline, views and scoring running no pipeline, German knowledge reading no parse, no cycles.
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def _modules_outside_lang() -> list[Path]:
    lang = PACKAGE / "lang"
    return [path for path in PACKAGE.rglob("*.py") if lang not in path.parents]


def test_no_module_outside_lang_names_a_data_file() -> None:
    data_files = {path.name for path in (PACKAGE / "lang" / "de" / "data").iterdir()}
    for path in _modules_outside_lang():
        text = path.read_text(encoding="utf-8")
        named = [name for name in data_files if name in text]
        assert not named, f"{path.relative_to(ROOT)} names {named}: ask quotekit.lang.de.german() instead"


def _string_sets(tree: ast.AST) -> list[ast.AST]:
    """Set and frozenset literals of two or more lower-case words: an inline word list."""
    found = []
    for node in ast.walk(tree):
        elements: list[ast.expr] = []
        if isinstance(node, ast.Set):
            elements = node.elts
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "frozenset" and node.args:
            argument = node.args[0]
            if isinstance(argument, ast.Set | ast.List | ast.Tuple):
                elements = argument.elts
        words = [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        # German words are lower case and longer than one letter; POS tags and labels are not lower case
        # ("NOUN", "sb" are labels: those live in syntax/labels.py, which is allowed to name them).
        if len([w for w in words if w.isalpha() and w.islower() and len(w) > 1]) >= 2:
            found.append(node)
    return found


def test_no_rule_module_writes_a_german_word_list() -> None:
    # The rules live in stages/ and syntax/; labels.py names dependency labels ("sb", "oa"), no words.
    rules = [*(PACKAGE / "stages").rglob("*.py"), *(PACKAGE / "syntax").rglob("*.py")]
    for path in rules:
        if path == PACKAGE / "syntax" / "labels.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lists = _string_sets(tree)
        where = [f"{path.relative_to(ROOT)}:{node.lineno}" for node in lists]  # type: ignore[attr-defined]
        assert not where, f"word lists outside quotekit/lang/de: {where}"


def test_wheel_data_files_are_package_data() -> None:
    # A built wheel must contain the data files (CI installs editable; users install wheels).
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"quotekit.lang.de" = ["data/*.txt", "data/*.tsv"]' in text
    suffixes = {path.suffix for path in (PACKAGE / "lang" / "de" / "data").iterdir()}
    assert suffixes <= {".txt", ".tsv"}, os.fspath(PACKAGE / "lang" / "de" / "data")
