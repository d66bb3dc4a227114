"""The command line: ``quotekit extract`` and ``quotekit eval``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from quotekit.views.formats import WRITERS, Document


class InputError(Exception):
    """An input file that cannot be read as UTF-8 text."""


def _read_inputs(paths: Sequence[str]) -> list[tuple[str, str]]:
    if not paths:
        return [("<stdin>", sys.stdin.read())]
    inputs = []
    for name in paths:
        try:
            inputs.append((name, Path(name).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
            msg = f"cannot read {name}: {reason}"
            raise InputError(msg) from error
    return inputs


def _extract(args: argparse.Namespace) -> int:
    from quotekit.api import extract_many

    inputs = _read_inputs(args.files)
    results = extract_many([text for _, text in inputs], n_process=args.n_process, model=args.model)
    documents: list[Document] = [
        (name, quotes, text) for (name, text), quotes in zip(inputs, results, strict=True)
    ]
    sys.stdout.write(WRITERS[args.format](documents))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    import json

    from quotekit.api import extract_many
    from quotekit.evaluation import evaluate_with, load_gold

    try:
        gold = load_gold(args.gold, limit=args.limit)
    except (OSError, ValueError) as error:
        msg = f"cannot read {args.gold}: {error}"
        raise InputError(msg) from error
    report = evaluate_with(gold, lambda texts: extract_many(texts, model=args.model))
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(report.format_table() + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotekit", description="Find quotations in German text.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the quotations of files (or stdin)")
    extract.add_argument("files", nargs="*", help="UTF-8 text files; standard input when none")
    extract.add_argument("--format", choices=sorted(WRITERS), default="jsonl")
    extract.add_argument("--model", default=None, help="spaCy pipeline to use (default: see quotekit.load)")
    extract.add_argument("--n-process", type=int, default=1, help="worker processes for nlp.pipe")
    extract.set_defaults(run=_extract)

    evaluate = commands.add_parser("eval", help="score quotekit against gold JSON Lines")
    evaluate.add_argument("gold", help="gold file in the format of shared/data/README.md")
    evaluate.add_argument("--limit", type=int, default=None, help="only the first N documents")
    evaluate.add_argument("--model", default=None)
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(run=_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from quotekit.errors import ModelNotFoundError

    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except (InputError, ModelNotFoundError) as error:
        print(f"quotekit: {error}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
