"""`quotekit.sources`: one row per speaker, as newsrooms count whom they quote."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotekit
from quotekit import Quote, QuoteKind, Span, Speaker
from quotekit.cli import main

TEXT = "„Wir sind bereit“, sagte Anna Berg. Die Stadt teilte mit, alles sei gut. „Ja“, sagte er."


def _quote(words: str, kind: QuoteKind, speaker: Speaker | None) -> Quote:
    start = TEXT.index(words)
    return Quote(parts=[Span.of(TEXT, start, start + len(words))], kind=kind, speaker=speaker)


def test_one_row_per_speaker_with_counts_and_characters() -> None:
    berg = Speaker("Anna Berg", gender="female")
    quotes = [
        _quote("Wir sind bereit", QuoteKind.DIRECT, berg),
        _quote("alles sei gut", QuoteKind.INDIRECT, Speaker("Stadt", is_organization=True)),
        _quote("Ja", QuoteKind.MIXED, berg),
    ]
    rows = quotekit.sources(quotes)
    assert [(r.name, r.gender, r.is_organization, r.direct, r.reported, r.characters) for r in rows] == [
        ("Anna Berg", "female", False, 1, 1, len("Wir sind bereit") + len("Ja")),
        ("Stadt", None, True, 0, 1, len("alles sei gut")),
    ]


def test_unresolved_speakers_are_left_out() -> None:
    quotes = [
        _quote(
            "Ja",
            QuoteKind.DIRECT,
            Speaker(None, mention=Span.of(TEXT, TEXT.index("er."), TEXT.index("er.") + 2)),
        ),
        _quote("alles sei gut", QuoteKind.INDIRECT, None),
    ]
    assert quotekit.sources(quotes) == []


def test_extract_writes_sources_as_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "artikel.txt"
    source.write_text("„Wir stehen zusammen“, sagte Jens Stoltenberg am Montag in Brüssel.", encoding="utf-8")
    assert main(["extract", "--format", "sources", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "source,name,gender,is_organization,direct,reported,characters"
    assert lines[1] == f"{source},Jens Stoltenberg,male,False,1,0,{len('Wir stehen zusammen')}"
