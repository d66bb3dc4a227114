"""Word lists shipped as data files in ``quotekit/lang/<lang>/data/``, loaded once into frozensets."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _read_lines(lang: str, name: str) -> list[str]:
    path = resources.files(f"quotekit.lang.{lang}").joinpath("data", name)
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


@cache
def word_set(name: str, lang: str = "de") -> frozenset[str]:
    """The entries of ``lang/<lang>/data/<name>``: one a line, ``#`` starts a comment."""
    return frozenset(_read_lines(lang, name))


@cache
def word_table(name: str, lang: str = "de") -> dict[str, tuple[str, ...]]:
    """A tab-separated data file as {first column: the other columns}."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _read_lines(lang, name):
        key, *rest = line.split("\t")
        table[key.strip()] = tuple(column.strip() for column in rest)
    return table
