"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from quotekit import Cue, Quote, QuoteKind, Span, Speaker

QUOTE_CHARS = "„“‚‘»«›‹\"'”’"
GERMAN_WORDS = [
    "Wir",
    "sind",
    "stark",
    "sagte",
    "er",
    "Stoltenberg",
    "die",
    "NATO",
    "habe",
    "betonte",
    ",",
    ".",
    ":",
]


@st.composite
def spans(draw: st.DrawFn, text: str | None = None) -> Span:
    source = text if text is not None else draw(st.text(max_size=40))
    start = draw(st.integers(0, len(source)))
    end = draw(st.integers(start, len(source)))
    return Span.of(source, start, end)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    source = draw(st.text(min_size=1, max_size=80))
    parts = tuple(sorted(draw(st.lists(spans(source), min_size=1, max_size=3)), key=lambda s: s.start))
    cue = draw(
        st.none()
        | st.builds(
            Cue,
            text=st.text(max_size=10),
            start=st.integers(0, 50),
            end=st.integers(50, 100),
            lemma=st.text(max_size=10),
        )
    )
    speaker = draw(
        st.none()
        | st.builds(
            Speaker,
            name=st.text(max_size=20),
            mention=st.none() | spans(source),
            is_organization=st.booleans(),
        )
    )
    return Quote(parts=parts, kind=draw(st.sampled_from(QuoteKind)), cue=cue, speaker=speaker)


# Text that looks like German news with quotation marks, odd characters and paragraph breaks mixed in.
newsy_text = st.lists(
    st.sampled_from(GERMAN_WORDS)
    | st.sampled_from(list(QUOTE_CHARS))
    | st.sampled_from(["\n", "\n\n", "\r\n", "\x00", "\u200f", "שלום", "😀", "e\u0301", "\t"])
    | st.text(max_size=5),
    max_size=60,
).map(" ".join)
