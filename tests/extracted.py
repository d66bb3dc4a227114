"""What `quotekit.extract` reports for a short text, in the plain shapes the stage tests compare."""

from __future__ import annotations

import quotekit
from quotekit import QuoteKind


def reported(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker's name, cue words) of each reported quotation in `text`, in text order."""
    return [
        (q.text, q.speaker.name if q.speaker is not None else None, q.cue.text if q.cue is not None else None)
        for q in quotekit.extract(text)
        if q.kind is not QuoteKind.DIRECT
    ]


def reported_speakers(text: str) -> list[str | None]:
    """The speaker's name of each reported quotation in `text`."""
    return [speaker for _, speaker, _ in reported(text)]
