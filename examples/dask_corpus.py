"""Extract the quotations of a folder of texts on a Dask cluster, one pipeline per worker.

    pip install "quotekit-de[dask]"
    python examples/dask_corpus.py CORPUS_DIR out.jsonl                       # local cluster, 2 workers
    python examples/dask_corpus.py CORPUS_DIR out.jsonl --workers 8
    python examples/dask_corpus.py CORPUS_DIR out.jsonl --scheduler tcp://host:8786

Reads every ``*.txt`` (UTF-8) under CORPUS_DIR on the workers (`quotekit.dask.extract_files`) and writes
one JSON line per quotation with its source file, in file order. A file that cannot be read or decoded
is told on stderr with its path and why, and the others go on (exit status 1 at the end); a missing
CORPUS_DIR is an error (exit status 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from distributed import Client, LocalCluster

from quotekit.dask import corpus_files, extract_files, warm_up


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="folder with .txt files")
    parser.add_argument("output", type=Path, help="JSON Lines file to write")
    parser.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--files-per-partition", type=int, default=50)
    parser.add_argument("--model", default=None, help="German spaCy pipeline (default: see quotekit.load)")
    args = parser.parse_args(argv)

    try:
        paths = corpus_files(args.corpus)
    except FileNotFoundError as error:
        print(f"dask_corpus: {error}", file=sys.stderr)
        return 2
    cluster = None
    if args.scheduler is None:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
    with Client(args.scheduler or cluster) as client:
        warm_up(client, args.model)  # each worker loads the pipeline once, up front
        # Reading happens on the workers too: only file names travel from here.
        bag = extract_files(paths, files_per_partition=args.files_per_partition, model=args.model)
        results = client.compute(bag).result()
    if cluster is not None:
        cluster.close()

    count = failed = 0
    with args.output.open("w", encoding="utf-8") as out:
        for result in results:
            if result.quotes is None:
                print(f"dask_corpus: skipped: {result.error}", file=sys.stderr)
                failed += 1
                continue
            for quote in result.quotes:
                out.write(json.dumps({"source": result.path, **quote.to_dict()}, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} quotations from {len(paths) - failed} files -> {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
