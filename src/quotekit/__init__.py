"""quotekit: find quotations in German text and say who said them.

>>> import quotekit
>>> quotes = quotekit.extract("„Wir sind stark“, sagte Stoltenberg.")  # doctest: +SKIP
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import extract, extract_many
from .errors import ModelNotFoundError
from .highlight import Analysis, analyze, render
from .pipeline import load
from .quotes import Cue, Quote, QuoteKind, Span, Speaker
from .tables import to_dataframe

try:
    __version__ = version("quotekit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Analysis",
    "Cue",
    "ModelNotFoundError",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "__version__",
    "analyze",
    "extract",
    "extract_many",
    "load",
    "render",
    "to_dataframe",
]
