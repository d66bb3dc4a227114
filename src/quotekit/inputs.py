"""What users hand to quotekit: files and bytes that must be UTF-8 text, and iterables of texts.

Reading and decoding fail with an `InputError` that names the source and why (for bytes that are not
UTF-8, the byte offset), never with raw bytes in the message. `texts_or_skip` lets `extract_many` go on
past an item that is not a `str` (``on_error="skip"``).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal, TypeVar

from quotekit.errors import Errors

__all__ = ["ON_ERROR", "InputError", "OnError", "check_texts", "decode", "read_text", "skipping"]

logger = logging.getLogger("quotekit")

OnError = Literal["raise", "skip"]
ON_ERROR: tuple[OnError, ...] = ("raise", "skip")

_Result = TypeVar("_Result")


class InputError(ValueError):
    """A file or stream that cannot be read as UTF-8 text; the message names it and says why."""


def decode(data: bytes, source: str) -> str:
    """`data` as UTF-8 text; `InputError` naming `source` and the offset of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        msg = Errors.E007.format(source=source, offset=error.start, byte=data[error.start])
        raise InputError(msg) from None


def read_text(path: str | Path) -> str:
    """The UTF-8 text of the file at `path`; `InputError` naming the path and why it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = Errors.E008.format(source=path, reason=reason)
        raise InputError(msg) from None
    return decode(data, str(path))


def check_texts(texts: object, on_error: object) -> None:
    """The argument checks of `extract_many`: texts is an iterable of texts, not one text; on_error known."""
    if isinstance(texts, str | bytes):
        raise TypeError(Errors.E009.format(type_name=type(texts).__name__))
    if on_error not in ON_ERROR:
        raise ValueError(Errors.E010.format(value=on_error))


def skipping(
    texts: Iterable[object], extract: Callable[[Iterable[str]], Iterator[_Result]]
) -> Iterator[_Result | None]:
    """`extract` over the items of `texts` that are `str`, with ``None`` in the place of every other item
    (its index logged as a warning), in input order and as lazily as `extract` itself."""
    kept: deque[int] = deque()  # indices of the items handed to `extract`, not yet given back
    skipped: deque[int] = deque()  # indices of the items left out, not yet given back

    def good() -> Iterator[str]:
        for index, text in enumerate(texts):
            if isinstance(text, str):
                kept.append(index)
                yield text
            else:
                logger.warning(Errors.W001.format(index=index, type_name=type(text).__name__))
                skipped.append(index)

    for result in extract(good()):
        index = kept.popleft()
        while skipped and skipped[0] < index:  # every item before this one has been fed by now
            skipped.popleft()
            yield None
        yield result
    for _ in skipped:
        yield None
