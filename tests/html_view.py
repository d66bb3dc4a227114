"""Reading quotekit's HTML back: the text, and which characters each highlight covers."""

from __future__ import annotations

from html.parser import HTMLParser

from attrs import define, field


@define
class Highlight:
    """A run of characters of the text inside one kind of highlight."""

    role: str  # "quote", "mention" or "cue"
    start: int
    end: int
    quotes: tuple[int, ...]
    speaker: str | None
    style: str


@define
class View:
    text: str = ""
    pieces: list[Highlight] = field(factory=list)
    legend: list[tuple[str, str, str]] = field(factory=list)  # (speaker index, name, count text)
    tags: list[str] = field(factory=list)

    def runs(self, role: str, quote: int) -> list[tuple[int, int]]:
        """Contiguous stretches of the text highlighted as `role` for quotation `quote`."""
        runs: list[tuple[int, int]] = []
        for piece in self.pieces:
            if piece.role != role or quote not in piece.quotes:
                continue
            if runs and runs[-1][1] == piece.start:
                runs[-1] = (runs[-1][0], piece.end)
            else:
                runs.append((piece.start, piece.end))
        return runs

    def styles(self, role: str, quote: int) -> set[str]:
        return {p.style for p in self.pieces if p.role == role and quote in p.quotes}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.view = View()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.legend_item: list[str] | None = None

    def _classes(self) -> list[str]:
        return [c for _, attrs in self.stack for c in attrs.get("class", "").split()]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.view.tags.append(tag)
        self.stack.append((tag, values))
        if "qk-speaker" in values.get("class", "").split():
            self.legend_item = [values.get("data-speaker", ""), "", ""]

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, values = self.stack.pop()
            if "qk-speaker" in values.get("class", "").split() and self.legend_item is not None:
                self.view.legend.append((self.legend_item[0], self.legend_item[1], self.legend_item[2]))
                self.legend_item = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        classes = self._classes()
        if "qk-text" in classes:
            start = len(self.view.text)
            self.view.text += data
            for _, values in self.stack:
                for role in ("quote", "mention", "cue"):
                    if f"qk-{role}" in values.get("class", "").split():
                        quotes = tuple(int(i) for i in values.get("data-quotes", "").split())
                        speaker = values.get("data-speaker")
                        self.view.pieces.append(
                            Highlight(
                                role, start, start + len(data), quotes, speaker, values.get("style", "")
                            )
                        )
        elif self.legend_item is not None:
            if "qk-speaker-name" in classes:
                self.legend_item[1] += data
            elif "qk-count" in classes:
                self.legend_item[2] += data


def read(html: str) -> View:
    """The text and highlights of the first ``qk-analysis`` in `html`."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.view
