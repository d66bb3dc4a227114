"""`quotekit eval` with several German pipelines, each in a process of its own with its own code
(`modelcode.py`), each twice in that process (the figures of the second round are printed, so
that both have a warm start for the speed figure).

    python training/compare_eval.py ../shared/data/wikinews-dev.jsonl \\
        training/output/previous/0.3.0/de_quotekit_sm/de_quotekit_sm-0.3.0 de_quotekit_sm

A model is a package name or a path; a directory inside an unpacked release (run.sh puts the
previous ones under training/output/previous/VERSION/) is run with that release's code, any other directory
with training/functions.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from modelcode import register_code


def evaluate_one(gold_path: Path, model: str) -> None:
    from quotekit.api import extract_many
    from quotekit.evaluation import evaluate_with, load_gold

    register_code(model)
    gold = load_gold(gold_path)
    for round_ in range(2):
        report = evaluate_with(gold, lambda texts: extract_many(texts, model=model))
        if round_ == 1:
            print(f"## {model}\n\n{report.format_table()}\n", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("models", nargs="+")
    ap.add_argument("--one", action="store_true", help="evaluate the one model given in this process")
    args = ap.parse_args()
    if args.one:
        evaluate_one(args.gold, args.models[0])
        return
    for model in args.models:
        subprocess.run([sys.executable, __file__, "--one", str(args.gold), model], check=True)


if __name__ == "__main__":
    main()
