"""Quotations as a DataFrame: one row a quotation, the CSV columns."""

from __future__ import annotations

import csv
import io
import sys

import pandas as pd
import pytest

import quotekit
from quotekit import Cue, Quote, QuoteKind, Span, Speaker
from quotekit.views.formats import write_csv

TEXT = "„Wir sind stark“, sagte Stoltenberg, „und vereint.“ Kein Zitat."


@pytest.fixture
def quotes() -> list[Quote]:
    return [
        Quote(
            parts=[Span.of(TEXT, 1, 15), Span.of(TEXT, 38, 50)],
            kind=QuoteKind.DIRECT,
            cue=Cue("sagte", 18, 23, "sagen"),
            speaker=Speaker("Jens Stoltenberg", Span.of(TEXT, 24, 35)),
        ),
        Quote(parts=[Span.of(TEXT, 52, 63)], kind=QuoteKind.INDIRECT),
    ]


def test_one_row_per_quotation(quotes: list[Quote]) -> None:
    frame = quotekit.to_dataframe(quotes)
    assert list(frame.columns) == ["text", "kind", "speaker", "mention", "cue", "start", "end"]
    assert len(frame) == 2
    first = frame.iloc[0]
    assert first["text"] == "Wir sind stark und vereint."
    assert (first["kind"], first["speaker"], first["mention"], first["cue"]) == (
        "direct",
        "Jens Stoltenberg",
        "Stoltenberg",
        "sagte",
    )
    assert (first["start"], first["end"]) == (1, 50)
    assert frame["start"].dtype == "int64"
    # What quotekit did not find is missing, not an empty string.
    assert frame.iloc[1][["speaker", "mention", "cue"]].isna().all()


def test_same_columns_and_values_as_csv(quotes: list[Quote]) -> None:
    rows = list(csv.DictReader(io.StringIO(write_csv([("doc", quotes, TEXT)]))))
    frame = quotekit.to_dataframe(quotes)
    assert [name for name in rows[0] if name != "source"] == list(frame.columns)
    from_csv = pd.read_csv(io.StringIO(write_csv([("doc", quotes, TEXT)]))).drop(columns="source")
    pd.testing.assert_frame_equal(from_csv, frame, check_dtype=False)


def test_no_quotations_give_an_empty_table_with_the_columns() -> None:
    frame = quotekit.to_dataframe([])
    assert frame.empty
    assert list(frame.columns) == ["text", "kind", "speaker", "mention", "cue", "start", "end"]


def test_items_that_are_not_quotes_are_refused(quotes: list[Quote]) -> None:
    with pytest.raises(TypeError, match="item 1 is dict"):
        quotekit.to_dataframe([quotes[0], quotes[1].to_dict()])  # type: ignore[list-item]


def test_without_pandas_the_error_names_the_extra(
    quotes: list[Quote], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"quotekit-de\[pandas\]"):
        quotekit.to_dataframe(quotes)


def test_analysis_to_dataframe_matches_extract() -> None:
    text = "„Wir sind stark“, sagte Stoltenberg."
    frame = quotekit.analyze(text).to_dataframe()
    pd.testing.assert_frame_equal(frame, quotekit.to_dataframe(quotekit.extract(text)))
    assert frame["text"].tolist() == [q.text for q in quotekit.extract(text)]


def test_missing_values_are_what_docs_api_md_says_for_this_pandas(quotes: list[Quote]) -> None:
    """docs/api.md: NaN in pandas 3's str columns, None in pandas 2's object columns."""
    frame = quotekit.to_dataframe(quotes)
    missing = frame.iloc[1]["speaker"]
    if int(pd.__version__.split(".")[0]) >= 3:
        assert str(frame["speaker"].dtype) == "str"
        assert isinstance(missing, float)
        assert missing != missing  # NaN
    else:
        assert frame["speaker"].dtype == object
        assert missing is None
    assert pd.isna(missing)
