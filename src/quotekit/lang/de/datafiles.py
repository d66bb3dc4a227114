"""Reading the data files of ``quotekit/lang/de/data/``: one entry a line, ``#`` starts a comment,
tab-separated columns where a file has several; every entry also in Swiss spelling ("ß" -> "ss")."""

from __future__ import annotations

from importlib import resources

__all__ = ["read_lines", "swiss", "word_map", "word_set", "word_table"]


def read_lines(name: str) -> list[str]:
    path = resources.files("quotekit.lang.de").joinpath("data", name)
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def swiss(word: str) -> str:
    """The Swiss spelling of a word, which writes "ss" for "ß" ("gemäss", "hiess", "Aussenminister")."""
    return word.replace("ß", "ss")


def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/<name>``: one a line, each also in Swiss spelling."""
    words = read_lines(name)
    return frozenset([*words, *(swiss(word) for word in words)])


def word_table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated data file as {first column: the other columns}; a first column with "ß" also in
    Swiss spelling (the other columns as written: "hiess" -> "heißen")."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_lines(name):
        key, *rest = line.split("\t")
        key = key.strip()
        columns = tuple(column.strip() for column in rest)
        table[key] = columns
        if "ß" in key:  # (only such a key has another spelling: the first names' table has 15,000 rows)
            table.setdefault(swiss(key), columns)
    return table


def word_map(name: str) -> dict[str, str]:
    """A tab-separated data file as {first column: second column} (`word_table`'s first column of values)."""
    return {word: columns[0] for word, columns in word_table(name).items()}
