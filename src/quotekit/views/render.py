"""HTML views of quotations: every quotation highlighted, one colour per speaker, for notebooks and the CLI.

The renderer takes quotations and never runs the pipeline (`quotekit.render` and `quotekit.analyze` in
`quotekit.api` extract them first).

The HTML uses inline styles only (no ``<style>``, no script), so it looks the same in Jupyter,
in exported notebooks that strip style sheets, and as a standalone page. Every character of the
input is escaped; the text content of the ``qk-text`` element is the input text itself.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    # Types only: the data model asks this module for its Jupyter card (`Quote._repr_html_`).
    from quotekit.quotes import Quote

__all__ = ["render_html", "render_page", "render_quote", "speaker_colours"]

# Speakers get hues spread by the golden angle, so neighbours in the legend never look alike.
_GOLDEN_ANGLE = 137.508
_FIRST_HUE = 48.0
_NO_SPEAKER = "(no speaker)"
_NO_SPEAKER_COLOURS = ("hsl(0, 0%, 88%)", "hsl(0, 0%, 40%)")
_TEXT_STYLE = "white-space: pre-wrap; line-height: 1.7; font-family: Georgia, serif; max-width: 52em"
_LEGEND_STYLE = "margin-top: 0.8em; font-family: sans-serif; font-size: 0.85em"
_CUE_STYLE = "font-style: italic; text-decoration: underline dotted 2px"


def speaker_colours(index: int) -> tuple[str, str]:
    """The (background, border) colours of the `index`-th speaker of a text, as CSS values."""
    hue = (_FIRST_HUE + index * _GOLDEN_ANGLE) % 360
    return f"hsl({hue:.0f}, 80%, 85%)", f"hsl({hue:.0f}, 65%, 32%)"


def _speaker_key(quote: Quote) -> str:
    # An unresolved speaker (a mention, no name) counts with the quotations that have none.
    return _NO_SPEAKER if quote.speaker is None or quote.speaker.name is None else quote.speaker.name


def _escape(text: str) -> str:
    # A carriage return would be folded into a line feed by any HTML parser; a reference keeps it.
    return html.escape(text, quote=True).replace("\r", "&#13;")


def _check_quotes(text: str, quotes: Sequence[Quote]) -> None:
    for index, quote in enumerate(quotes):
        spans = [*quote.parts]
        if quote.speaker is not None and quote.speaker.mention is not None:
            spans.append(quote.speaker.mention)
        for span in spans:
            if text[span.start : span.end] != span.text:
                msg = (
                    f"quote {index} does not belong to this text: text[{span.start}:{span.end}] "
                    f"is {text[span.start : span.end]!r}, not {span.text!r}"
                )
                raise ValueError(msg)
        if quote.cue is not None and max(part.end for part in quote.cue.parts) > len(text):
            msg = f"quote {index} does not belong to this text: its cue ends after {len(text)}"
            raise ValueError(msg)


@frozen
class _Layer:
    """One highlighted stretch: what it is, where, and which quotations it belongs to."""

    role: str  # "quote", "mention" or "cue"
    start: int
    end: int
    quote: int


def _layers(quotes: Sequence[Quote]) -> list[_Layer]:
    layers: list[_Layer] = []
    for index, quote in enumerate(quotes):
        layers.extend(_Layer("quote", part.start, part.end, index) for part in quote.parts)
        if quote.speaker is not None and quote.speaker.mention is not None:
            mention = quote.speaker.mention
            layers.append(_Layer("mention", mention.start, mention.end, index))
        if quote.cue is not None:
            layers.extend(_Layer("cue", part.start, part.end, index) for part in quote.cue.parts)
    return [layer for layer in layers if layer.end > layer.start]


def _title(quote: Quote) -> str:
    speaker = _speaker_key(quote)
    if quote.speaker is not None and quote.speaker.mention is not None:
        speaker += f" ({quote.speaker.mention.text})"
    cue = "" if quote.cue is None else f" · cue: {quote.cue.words}"
    return f"{quote.kind.value} · {speaker}{cue}"


def _tags(covering: Sequence[_Layer], quotes: Sequence[Quote], speakers: dict[str, int]) -> tuple[str, str]:
    """The opening and closing tags for a stretch covered by `covering` layers."""
    opening: list[str] = []
    closing: list[str] = []
    in_quotes = sorted({layer.quote for layer in covering if layer.role == "quote"})
    if in_quotes:
        # Nested quotations: the innermost one (the last to start) gives the colour.
        inner = max(in_quotes, key=lambda i: (quotes[i].start, -quotes[i].end))
        speaker = speakers[_speaker_key(quotes[inner])]
        background, _ = _colours(speaker, quotes[inner])
        opening.append(
            f'<mark class="qk-quote" data-quotes="{" ".join(map(str, in_quotes))}" '
            f'data-speaker="{speaker}" title="{_escape(_title(quotes[inner]))}" '
            f'style="background: {background}; color: inherit; padding: 0.1em 0; border-radius: 0.2em">'
        )
        closing.append("</mark>")
    mentions = sorted({layer.quote for layer in covering if layer.role == "mention"})
    if mentions:
        speaker = speakers[_speaker_key(quotes[mentions[0]])]
        _, border = _colours(speaker, quotes[mentions[0]])
        opening.append(
            f'<span class="qk-mention" data-quotes="{" ".join(map(str, mentions))}" '
            f'data-speaker="{speaker}" style="border-bottom: 3px solid {border}; font-weight: 600">'
        )
        closing.append("</span>")
    cues = sorted({layer.quote for layer in covering if layer.role == "cue"})
    if cues:
        opening.append(f'<span class="qk-cue" data-quotes="{" ".join(map(str, cues))}" style="{_CUE_STYLE}">')
        closing.append("</span>")
    return "".join(opening), "".join(reversed(closing))


def _colours(speaker_index: int, quote: Quote) -> tuple[str, str]:
    unresolved = quote.speaker is None or quote.speaker.name is None
    return _NO_SPEAKER_COLOURS if unresolved else speaker_colours(speaker_index)


def _speaker_indices(quotes: Sequence[Quote]) -> dict[str, int]:
    """Speakers (canonical names) numbered by their first quotation in the text."""
    speakers: dict[str, int] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        speakers.setdefault(_speaker_key(quote), len(speakers))
    return speakers


def _highlighted_text(text: str, quotes: Sequence[Quote], speakers: dict[str, int]) -> str:
    layers = _layers(quotes)
    bounds = sorted({0, len(text), *(layer.start for layer in layers), *(layer.end for layer in layers)})
    starting: dict[int, list[_Layer]] = {}
    for layer in layers:
        starting.setdefault(layer.start, []).append(layer)
    out: list[str] = []
    active: list[_Layer] = []  # a sweep over the boundaries keeps this linear in the text's length
    for start, end in itertools.pairwise(bounds):
        active = [layer for layer in active if layer.end > start] + starting.get(start, [])
        piece = _escape(text[start:end])
        covering = active
        if not covering:
            out.append(piece)
            continue
        opening, closing = _tags(covering, quotes, speakers)
        out.append(f"{opening}{piece}{closing}")
    return "".join(out)


def _legend(quotes: Sequence[Quote], speakers: dict[str, int]) -> str:
    counts: dict[str, int] = {}
    for quote in quotes:
        counts[_speaker_key(quote)] = counts.get(_speaker_key(quote), 0) + 1
    items: list[str] = []
    for name, index in speakers.items():
        background, border = _NO_SPEAKER_COLOURS if name == _NO_SPEAKER else speaker_colours(index)
        noun = "quotation" if counts[name] == 1 else "quotations"
        items.append(
            f'<li class="qk-speaker" data-speaker="{index}" style="display: inline-block; margin-right: 1.2em">'
            f'<span class="qk-swatch" style="display: inline-block; width: 0.9em; height: 0.9em; '
            f'background: {background}; border: 2px solid {border}; vertical-align: middle"></span> '
            f'<span class="qk-speaker-name">{_escape(name)}</span> '
            f'<span class="qk-count" style="color: #666">({counts[name]} {noun})</span></li>'
        )
    if not items:
        return f'<div class="qk-legend" style="{_LEGEND_STYLE}">No quotations found.</div>'
    return (
        f'<div class="qk-legend" style="{_LEGEND_STYLE}"><strong>Speakers</strong> '
        f'<ul style="display: inline; padding: 0; list-style: none">{"".join(items)}</ul>'
        f'<div style="color: #666; margin-top: 0.3em">Highlighted: quotation · '
        f'<span style="border-bottom: 3px solid #555; font-weight: 600">speaker mention</span> · '
        f'<span style="{_CUE_STYLE}">cue</span></div></div>'
    )


def render_html(text: str, quotes: Sequence[Quote]) -> str:
    """HTML of `text` with every quotation of `quotes` highlighted, one colour per speaker, and a legend.

    The speaker mention is underlined in the speaker's colour and the cue is in dotted-underlined italics;
    hovering over a quotation shows its kind, speaker and cue. Raises `ValueError` for quotes of another text.
    """
    if not isinstance(text, str):
        msg = f"render expects the text as a str, got {type(text).__name__}"
        raise TypeError(msg)
    quotes = list(quotes)
    _check_quotes(text, quotes)
    speakers = _speaker_indices(quotes)
    return (
        f'<div class="qk-analysis">'
        f'<div class="qk-text" style="{_TEXT_STYLE}">{_highlighted_text(text, quotes, speakers)}</div>'
        f"{_legend(quotes, speakers)}</div>"
    )


def render_page(documents: Iterable[tuple[str, str, Sequence[Quote]]], *, title: str = "quotekit") -> str:
    """A standalone HTML page with one `render` section per (source name, text, quotes)."""
    sections = [
        f'<section class="qk-document" style="margin-bottom: 2.5em">'
        f'<h2 style="font-family: sans-serif; font-size: 1.1em">{_escape(source)}</h2>'
        f"{render_html(text, quotes)}</section>"
        for source, text, quotes in documents
    ]
    return (
        '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(title)}</title>\n</head>\n"
        f'<body style="margin: 2em">\n{"".join(sections)}\n</body>\n</html>\n'
    )


def render_quote(quote: Quote) -> str:
    """HTML for a single quotation: its words, then kind, speaker, mention and cue."""
    background, border = _NO_SPEAKER_COLOURS if quote.speaker is None else speaker_colours(0)
    details = [quote.kind.value, _speaker_key(quote)]
    if quote.speaker is not None and quote.speaker.mention is not None:
        details.append(f"mention: {quote.speaker.mention.text}")
    if quote.cue is not None:
        details.append(f"cue: {quote.cue.words}")
    parts = " … ".join(_escape(part.text) for part in quote.parts)
    return (
        f'<div class="qk-quote-card" style="border-left: 4px solid {border}; padding-left: 0.6em">'
        f'<mark class="qk-quote" style="background: {background}; color: inherit">{parts}</mark>'
        f'<div style="font-family: sans-serif; font-size: 0.85em; color: #555">'
        f"{_escape(' · '.join(details))} [{quote.start}:{quote.end}]</div></div>"
    )
