"""The distribution has a name of its own on PyPI ("quotekit" there is someone else's), the import name
stays ``quotekit``, and every install line the user reads names the distribution."""

from __future__ import annotations

import tomllib
from importlib.metadata import version

import pytest
import regex
from tests.paths import ROOT

import quotekit
from quotekit.errors import Errors

# `pip install` followed by the bare name or the name with extras: someone else's package.
_WRONG_INSTALL = regex.compile(r"pip install\s+[\"']?quotekit(?:\[|[\"'\s]|$)", regex.MULTILINE)
_ANY_INSTALL = regex.compile(r"pip install\s+[\"']?quotekit[\w-]*")


def _shipped_texts() -> list[tuple[str, str]]:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    paths += sorted((ROOT / "src" / "quotekit").rglob("*.py")) + sorted((ROOT / "examples").glob("*.py"))
    return [(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")) for path in paths]


def test_the_distribution_is_named_quotekit_de() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == quotekit.DISTRIBUTION == "quotekit-de"


def test_the_version_comes_from_the_distribution() -> None:
    assert quotekit.__version__ == version("quotekit-de")


@pytest.mark.parametrize(("name", "text"), _shipped_texts(), ids=lambda value: str(value)[:40])
def test_no_install_line_names_the_other_package(name: str, text: str) -> None:
    assert not _WRONG_INSTALL.search(text), f"{name} tells users to install someone else's quotekit"


def test_the_docs_say_how_to_install_the_package() -> None:
    installs = {match.group() for _, text in _shipped_texts() for match in _ANY_INSTALL.finditer(text)}
    assert 'pip install "quotekit-de' in {line[: len('pip install "quotekit-de')] for line in installs}
    assert all("quotekit-de" in line for line in installs)


def test_the_missing_model_message_names_a_command_that_works_outside_a_checkout() -> None:
    assert "`python -m spacy download de_core_news_sm`" in Errors.E003
    assert "`python -m spacy download de_core_news_sm`" in Errors.E004
