"""The command line: ``quotekit extract`` and ``quotekit eval``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from quotekit.errors import Errors
from quotekit.inputs import InputError, decode, read_text
from quotekit.views.formats import WRITERS, Document


def _read_stdin() -> str:
    """Standard input as UTF-8 text (decoded here, so that a bad byte is an error naming its offset)."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:  # replaced by a text stream (an embedding program, a test)
        return sys.stdin.read()
    return decode(binary.read(), "<stdin>")


def _read_files(paths: Sequence[str]) -> tuple[list[tuple[str, str]], int]:
    """The (name, text) of every readable file, and how many could not be read (each told on stderr)."""
    inputs = []
    failed = 0
    for name in paths:
        try:
            inputs.append((name, read_text(name)))
        except InputError as error:
            _complain(error)
            failed += 1
    return inputs, failed


def _complain(error: Exception) -> None:
    print(f"quotekit: {error}", file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    from quotekit.api import extract_many

    if args.files:
        inputs, failed = _read_files(args.files)
        if not inputs:
            return 2  # nothing could be read: each file was told on stderr
    else:
        inputs, failed = [("<stdin>", _read_stdin())], 0
    results = extract_many([text for _, text in inputs], n_process=args.n_process, model=args.model)
    documents: list[Document] = [
        (name, quotes, text) for (name, text), quotes in zip(inputs, results, strict=True)
    ]
    sys.stdout.write(WRITERS[args.format](documents))
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    import json

    from quotekit.api import extract_many
    from quotekit.evaluation import evaluate_with, load_gold

    try:
        gold = load_gold(args.gold, limit=args.limit)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise InputError(Errors.E008.format(source=args.gold, reason=reason)) from None
    report = evaluate_with(gold, lambda texts: extract_many(texts, model=args.model))
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(report.format_table() + "\n")
    return 0


def _workers(value: str) -> int:
    """--n-process: a positive number of processes, or -1 for one per CPU."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1 and number != -1:
        msg = f"must be a positive number of processes or -1 (one per CPU), got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"must be a positive number, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2 (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quotekit", description="Find quotations in German text.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    extract = commands.add_parser("extract", help="print the quotations of files (or stdin)")
    extract.add_argument("files", nargs="*", help="UTF-8 text files; standard input when none")
    extract.add_argument("--format", choices=sorted(WRITERS), default="jsonl")
    extract.add_argument("--model", default=None, help="spaCy pipeline to use (default: see quotekit.load)")
    extract.add_argument(
        "--n-process", type=_workers, default=1, help="worker processes for nlp.pipe (-1: one per CPU)"
    )
    extract.set_defaults(run=_extract)

    evaluate = commands.add_parser("eval", help="score quotekit against gold JSON Lines")
    evaluate.add_argument("gold", help="gold file in the format of shared/data/README.md")
    evaluate.add_argument("--limit", type=_positive, default=None, help="only the first N documents")
    evaluate.add_argument("--model", default=None)
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(run=_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status: 0 done, 1 some input files could not be read (the others
    were processed), 2 nothing done (bad options, no readable input, no German pipeline)."""
    from quotekit.errors import ModelNotFoundError

    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except (InputError, ModelNotFoundError) as error:
        _complain(error)
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
