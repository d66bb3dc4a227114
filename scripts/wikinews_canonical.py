"""Canonical speakers on real news: worksheets of Wikinews train articles for annotators, and the score of quotekit's
speakers against their labels.

Wikinews marks each quotation's local mention ("er", "der Minister"); ``quotekit eval`` then asks whether quotekit's
mention overlaps it, not whether quotekit names the right person. This script measures the latter. ``sheets``
writes worksheets (an article's text, then per quotation its words and its local mention in context) for annotators
who give each quotation's canonical speaker by the rule of ``speakers-dev.jsonl`` (the fullest name the text gives; an
organisation's name; the first description of someone never named). They answer with one line a quotation:
``article_id TAB q<N> TAB speaker TAB alternatives separated by "|"`` ("-" where no one can be named); the rules given
to session 54's annotators are in ``scripts/wikinews_canonical_rules.md``. ``score``
runs quotekit on the labelled articles and scores the quotations it matched by the canonical rule of ``quotekit
eval``. The labels are derived from Wikinews (CC BY-NC-SA 4.0): keep them outside the repository.

    python scripts/wikinews_canonical.py sheets --out DIR [--parts 3] [--per-sheet 40] [--seed 53]
    python scripts/wikinews_canonical.py score LABELS.tsv [LABELS.tsv ...] [--errors]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import quotekit
from quotekit.evaluation import load_gold, match_document
from quotekit.evaluation.scoring import names_the_speaker

_TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews-train.jsonl"
# Articles short enough to read, with enough quotations to resolve across.
_MAX_CHARS, _MIN_QUOTES = 9000, 3


def _sheets(out: Path, parts: int, per_sheet: int, seed: int) -> None:
    articles = []
    for line in _TRAIN.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        quotes = [
            q for q in article["quotes"] if q["type"] != "Reported" and not q["nested"] and q["speaker"]
        ]
        if len(quotes) >= _MIN_QUOTES and len(article["text"]) < _MAX_CHARS:
            articles.append((article, quotes))
    random.Random(seed).shuffle(articles)
    out.mkdir(parents=True, exist_ok=True)
    for sheet in range(2 * parts):
        lines: list[str] = []
        for article, quotes in articles[sheet * per_sheet : (sheet + 1) * per_sheet]:
            text = article["text"]
            lines += [f"=== {article['id']}", "TEXT:", text, "", "QUOTES:"]
            for quote in quotes:
                start, end = quote["quote"][0][0], quote["quote"][-1][1]
                mention_start, mention_end = quote["speaker"][0][0], quote["speaker"][-1][1]
                words = text[start:end].replace("\n", " ")
                context = (
                    text[max(0, mention_start - 60) : mention_start]
                    + "[["
                    + text[mention_start:mention_end]
                    + "]]"
                    + text[mention_end : mention_end + 40]
                ).replace("\n", " ")
                lines.append(
                    f'q{quote["id"]} | {quote["type"]} | "{words[:90]}{"…" if len(words) > 90 else ""}" | '
                    f'mention: "{text[mention_start:mention_end]}" | context: …{context}…'
                )
            lines.append("")
        (out / f"sheet{sheet + 1}.txt").write_text("\n".join(lines), encoding="utf-8")


def _labels(paths: list[Path]) -> dict[tuple[str, int], tuple[str, ...]]:
    labels: dict[tuple[str, int], tuple[str, ...]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            if len(columns) < 3 or columns[2].strip() in {"", "-"}:
                continue
            alternatives = [
                a.strip() for a in (columns[3].split("|") if len(columns) > 3 else []) if a.strip()
            ]
            labels[(columns[0], int(columns[1].lstrip("q")))] = (columns[2].strip(), *alternatives)
    return labels


def _score(paths: list[Path], *, errors: bool) -> None:
    labels = _labels(paths)
    wanted = {article for article, _ in labels}
    docs = [doc for doc in load_gold(_TRAIN) if doc.id in wanted]
    predictions = list(quotekit.extract_many([doc.text for doc in docs]))
    matched = right = 0
    for doc, predicted in zip(docs, predictions, strict=True):
        pairs = {g: p for g, p, _ in match_document(doc, predicted).pairs}
        for g, gold in enumerate(doc.quotes):
            label = labels.get((doc.id, g))
            if label is None or g not in pairs:
                continue
            quote = predicted[pairs[g]]
            matched += 1
            if names_the_speaker(label, quote.speaker):
                right += 1
            elif errors:
                name = quote.speaker.name if quote.speaker is not None else None
                print(f"{doc.id} #{g} {gold.type}: gold {label[0]!r}, quotekit {name!r}: {quote.text[:70]!r}")
    print(
        f"labelled {len(labels)}, matched {matched}, canonical speaker right {right} ({100 * right / max(1, matched):.1f} %)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    sheets = commands.add_parser("sheets", help="write worksheets for annotators")
    sheets.add_argument("--out", type=Path, required=True)
    sheets.add_argument("--parts", type=int, default=3, help="parts of two sheets each")
    sheets.add_argument("--per-sheet", type=int, default=40)
    sheets.add_argument("--seed", type=int, default=53)
    score = commands.add_parser("score", help="score quotekit against canonical labels")
    score.add_argument("labels", type=Path, nargs="+")
    score.add_argument("--errors", action="store_true", help="list the wrong speakers")
    args = parser.parse_args()
    if args.command == "sheets":
        _sheets(args.out, args.parts, args.per_sheet, args.seed)
    else:
        _score(args.labels, errors=args.errors)


if __name__ == "__main__":
    main()
