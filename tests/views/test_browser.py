"""The HTML page in a real headless browser (Debian's chromium): what a reader sees is what was found.

``quotekit extract --format html`` writes the page; a small script added by the test reads the
highlights back from the browser's DOM (offsets, computed colours, legend) and ``--dump-dom`` hands
them to Python. chromium is installed by ``scripts/install.sh``; without it this test fails, never skips.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import quotekit
from quotekit.cli import main

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

TEXT = (
    "„Wir sind stark“, sagte Stoltenberg, „und vereint.“\n\n"
    "„Das stimmt so nicht“, sagte Merkel am Abend. <script>window.injected = 1</script> & <b>Ende</b>\n"
)

# Reads every highlighted text node with its offset in the text, and the legend, into #qk-result.
HARNESS = """
<pre id="qk-result"></pre>
<script>
const box = document.querySelector('.qk-analysis .qk-text');
const out = {text: box.textContent, pieces: [], legend: [], scripts: document.scripts.length,
             injected: window.injected === 1};
const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
let offset = 0;
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const end = offset + node.data.length;
  for (const role of ['quote', 'mention', 'cue']) {
    const el = node.parentElement.closest('.qk-' + role);
    if (el && box.contains(el)) {
      out.pieces.push({role, start: offset, end, quotes: el.dataset.quotes.split(' ').map(Number),
                       speaker: el.dataset.speaker ?? null, background: getComputedStyle(el).backgroundColor});
    }
  }
  offset = end;
}
for (const item of document.querySelectorAll('.qk-legend .qk-speaker')) {
  out.legend.push({speaker: item.dataset.speaker, name: item.querySelector('.qk-speaker-name').textContent,
                   swatch: getComputedStyle(item.querySelector('.qk-swatch')).backgroundColor});
}
document.getElementById('qk-result').textContent = JSON.stringify(out);
</script>
"""


def _runs(pieces: list[dict[str, Any]], role: str, quote: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for piece in pieces:
        if piece["role"] == role and quote in piece["quotes"]:
            if runs and runs[-1][1] == piece["start"]:
                runs[-1] = (runs[-1][0], piece["end"])
            else:
                runs.append((piece["start"], piece["end"]))
    return runs


def _browser_view(page: Path, profile: Path) -> dict[str, Any]:
    assert Path(CHROMIUM).exists(), "chromium is missing: run scripts/install.sh (apt-get install chromium)"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=25,
        check=True,
    )
    found = re.search(r'<pre id="qk-result">(.*?)</pre>', result.stdout, re.S)
    assert found is not None, result.stdout[-2000:]
    view: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return view


def test_browser_shows_every_quote_in_its_speakers_colour(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "artikel.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--format", "html", str(source)]) == 0
    page = tmp_path / "page.html"
    page.write_text(capsys.readouterr().out.replace("</body>", HARNESS + "</body>"), encoding="utf-8")

    view = _browser_view(page, tmp_path / "profile")
    quotes = quotekit.extract(TEXT)
    speakers = [q.speaker.name if q.speaker else None for q in quotes]
    assert len(quotes) >= 2
    assert len(set(speakers)) >= 2, speakers

    # The page shows the text itself: the markup in it is text, and its script never ran.
    assert view["text"] == TEXT
    assert view["scripts"] == 1  # the test's own
    assert view["injected"] is False

    pieces = view["pieces"]
    backgrounds: dict[int, set[str]] = {}
    for index, quote in enumerate(quotes):
        assert _runs(pieces, "quote", index) == [(p.start, p.end) for p in quote.parts]
        backgrounds[index] = {
            p["background"] for p in pieces if p["role"] == "quote" and index in p["quotes"]
        }
        assert len(backgrounds[index]) == 1
        if quote.speaker is not None and quote.speaker.mention is not None:
            mention = quote.speaker.mention
            assert _runs(pieces, "mention", index) == [(mention.start, mention.end)]
        if quote.cue is not None:
            assert _runs(pieces, "cue", index) == [(quote.cue.start, quote.cue.end)]
    # One colour per speaker: same colour exactly when the same speaker.
    for i in range(len(quotes)):
        for j in range(len(quotes)):
            assert (backgrounds[i] == backgrounds[j]) == (speakers[i] == speakers[j])

    # The legend names each speaker once, in order of appearance, with the colour of its quotations.
    names = [name if name is not None else "(no speaker)" for name in dict.fromkeys(speakers)]
    assert [item["name"] for item in view["legend"]] == names
    for index, name in enumerate(speakers):
        (item,) = [i for i in view["legend"] if i["name"] == (name or "(no speaker)")]
        assert {item["swatch"]} == backgrounds[index]
