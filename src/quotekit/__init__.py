"""quotekit: find quotations in German text and say who said them.

>>> import quotekit
>>> quotes = quotekit.extract("„Wir sind stark“, sagte Stoltenberg.")  # doctest: +SKIP
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from quotekit.api import Analysis, analyze, extract, extract_many, render
from quotekit.errors import ModelNotFoundError
from quotekit.pipeline import load
from quotekit.quotes import Cue, Quote, QuoteKind, Span, Speaker
from quotekit.views.sources import SourceRow, sources
from quotekit.views.tables import to_dataframe

# The distribution is "quotekit-de" ("quotekit" on PyPI is another project); the import name is quotekit.
DISTRIBUTION = "quotekit-de"

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Analysis",
    "Cue",
    "ModelNotFoundError",
    "Quote",
    "QuoteKind",
    "SourceRow",
    "Span",
    "Speaker",
    "__version__",
    "analyze",
    "extract",
    "extract_many",
    "load",
    "render",
    "sources",
    "to_dataframe",
]
