"""`quotekit eval` with several German pipelines in one run, each twice (the figures of the second
round are printed, so that both have a warm start for the speed figure).

    python training/compare_eval.py ../shared/data/wikinews-dev.jsonl \\
        training/output/previous/de_quotekit_sm/de_quotekit_sm-0.2.0 de_quotekit_sm

A model is a package name or a path; importing training/functions.py registers the model's own
components, so an unpacked release (run.sh puts the previous one under training/output/previous/)
loads as a directory without being installed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import functions  # noqa: F401  (registers the model's components for directories)

from quotekit.api import extract_many
from quotekit.evaluation import evaluate_with, load_gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("models", nargs="+")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    for round_ in range(2):
        for model in args.models:
            report = evaluate_with(gold, lambda texts, m=model: extract_many(texts, model=m))
            if round_ == 1:
                print(f"## {model}\n\n{report.format_table()}\n")


if __name__ == "__main__":
    main()
