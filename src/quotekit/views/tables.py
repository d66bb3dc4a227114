"""Quotations as a pandas DataFrame: one row a quotation, the columns of ``--format csv``.

pandas is an optional extra (``pip install "quotekit-de[pandas]"``), imported only when used.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from quotekit.quotes import Quote
from quotekit.views.formats import COLUMNS, row
from quotekit.views.sources import sources

if TYPE_CHECKING:
    import pandas as pd

# The CSV columns without "source": a DataFrame holds the quotations of one text.
QUOTE_COLUMNS: tuple[str, ...] = tuple(name for name in COLUMNS if name != "source")
# Columns that are empty in CSV when a quotation has no speaker, mention or cue; missing (None) here.
_OPTIONAL = frozenset({"speaker", "mention", "cue"})
_MISSING_PANDAS = (
    "quotekit.to_dataframe needs pandas, which is not installed. "
    'Install it with `pip install "quotekit-de[pandas]"` (or `pip install pandas`).'
)


def _pandas() -> Any:  # pandas ships no type hints
    try:
        import pandas
    except ImportError as error:
        raise ImportError(_MISSING_PANDAS) from error
    return pandas


def to_dataframe(quotes: Iterable[Quote]) -> pd.DataFrame:
    """One row per quotation: text, kind, speaker, mention, cue, start, end.

    `speaker`, `mention` and `cue` are missing (``None``) where quotekit found none; `start` and
    `end` are character offsets. For many texts, concatenate:
    ``pd.concat([to_dataframe(q) for q in quotekit.extract_many(texts)], keys=names)``.
    Raises `ImportError` naming the ``quotekit-de[pandas]`` extra when pandas is missing.
    """
    pandas = _pandas()
    records = []
    for index, quote in enumerate(quotes):
        if not isinstance(quote, Quote):
            msg = f"to_dataframe expects quotekit.Quote items; item {index} is {type(quote).__name__}"
            raise TypeError(msg)
        values = row("", quote)
        records.append(
            {name: (values[name] or None) if name in _OPTIONAL else values[name] for name in QUOTE_COLUMNS}
        )
    frame = pandas.DataFrame.from_records(records, columns=list(QUOTE_COLUMNS))
    return frame.astype({"start": "int64", "end": "int64"})


def sources_dataframe(quotes: Iterable[Quote]) -> pd.DataFrame:
    """`quotekit.sources` as a DataFrame: one row per speaker (name, gender, is_organization, direct,
    reported, characters). Raises `ImportError` naming the ``quotekit[pandas]`` extra when pandas is missing."""
    pandas = _pandas()
    columns = ["name", "gender", "is_organization", "direct", "reported", "characters"]
    return pandas.DataFrame.from_records([row.to_dict() for row in sources(quotes)], columns=columns)
