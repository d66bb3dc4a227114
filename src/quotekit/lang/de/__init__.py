"""German: every word list, rule constant and quotation-mark pair quotekit uses.

`german()` is the one resource object (`words.German`), read once from ``data/``; `lemmas`, `mood` and
`names` hold the German word-form rules on top of it. Nothing here reads a parse.
"""

from quotekit.lang.de.words import German, MarkStyle, german

__all__ = ["German", "MarkStyle", "german"]
