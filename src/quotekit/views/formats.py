"""Writing quotations as JSON Lines, JSON, CSV, a plain-text table, an HTML page, or whom they quote."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence

from quotekit.quotes import Quote
from quotekit.views.render import render_page
from quotekit.views.sources import sources

# One row per quotation in the tabular formats, in this column order.
COLUMNS: tuple[str, ...] = ("source", "text", "kind", "speaker", "mention", "cue", "start", "end")

# (source name, its quotations, its text): the text is what the HTML page shows.
Document = tuple[str, Sequence[Quote], str]


def row(source: str, quote: Quote) -> dict[str, str | int]:
    """The flat table row of a quotation: the columns of `COLUMNS`."""
    speaker = quote.speaker
    mention = speaker.mention.text if speaker is not None and speaker.mention is not None else ""
    return {
        "source": source,
        "text": quote.text,
        "kind": quote.kind.value,
        "speaker": "" if speaker is None or speaker.name is None else speaker.name,
        "mention": mention,
        "cue": "" if quote.cue is None else quote.cue.words,
        "start": quote.start,
        "end": quote.end,
    }


def write_jsonl(documents: Sequence[Document]) -> str:
    lines = [
        json.dumps({"source": source, **quote.to_dict()}, ensure_ascii=False)
        for source, quotes, _ in documents
        for quote in quotes
    ]
    return "".join(line + "\n" for line in lines)


def write_json(documents: Sequence[Document]) -> str:
    payload = [{"source": source, "quotes": [q.to_dict() for q in quotes]} for source, quotes, _ in documents]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_csv(documents: Sequence[Document]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for source, quotes, _ in documents:
        for quote in quotes:
            writer.writerow(row(source, quote))
    return buffer.getvalue()


def _shorten(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


# Column widths of the plain-text table: the columns of `COLUMNS`, in that order.
_TABLE_WIDTHS: dict[str, int] = {
    "source": 14,
    "text": 60,
    "kind": 8,
    "speaker": 22,
    "mention": 22,
    "cue": 14,
    "start": 6,
    "end": 6,
}


def write_table(documents: Sequence[Document]) -> str:
    """The rows of `write_csv` (same columns, same order), aligned for a terminal; long values cut with "…"."""
    widths = {name: _TABLE_WIDTHS[name] for name in COLUMNS}
    header = "  ".join(name.ljust(width) for name, width in widths.items())
    lines = [header, "-" * len(header)]
    for source, quotes, _ in documents:
        for quote in quotes:
            values = row(source, quote)
            lines.append(
                "  ".join(_shorten(str(values[name]), width).ljust(width) for name, width in widths.items())
            )
    return "\n".join(lines) + "\n"


# One row per speaker and source text in ``--format sources``, in this column order.
SOURCE_COLUMNS: tuple[str, ...] = (
    "source",
    "name",
    "gender",
    "is_organization",
    "direct",
    "reported",
    "characters",
)


def write_sources(documents: Sequence[Document]) -> str:
    """CSV with one row per speaker of each text: whom it quotes, how often and how much (`sources`)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SOURCE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for source, quotes, _ in documents:
        for found in sources(quotes):
            values = found.to_dict()
            writer.writerow({"source": source, **{k: "" if v is None else v for k, v in values.items()}})
    return buffer.getvalue()


def write_html(documents: Sequence[Document]) -> str:
    return render_page((source, text, quotes) for source, quotes, text in documents)


WRITERS: dict[str, Callable[[Sequence[Document]], str]] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "csv": write_csv,
    "table": write_table,
    "html": write_html,
    "sources": write_sources,
}
