"""Extract the quotations of a folder of texts on a Dask cluster, one pipeline per worker.

    pip install "quotekit-de[dask]"
    python examples/dask_corpus.py CORPUS_DIR out.jsonl                       # local cluster, 2 workers
    python examples/dask_corpus.py CORPUS_DIR out.jsonl --workers 8
    python examples/dask_corpus.py CORPUS_DIR out.jsonl --scheduler tcp://host:8786

Reads every ``*.txt`` (UTF-8) under CORPUS_DIR, maps `quotekit.dask.extract_bag` over a `dask.bag`
of the texts and writes one JSON line per quotation with its source file, in file order.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

from quotekit.dask import extract_bag, warm_up


def read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="folder with .txt files")
    parser.add_argument("output", type=Path, help="JSON Lines file to write")
    parser.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--files-per-partition", type=int, default=50)
    parser.add_argument("--model", default=None, help="German spaCy pipeline (default: see quotekit.load)")
    args = parser.parse_args(argv)

    paths = sorted(str(path) for path in args.corpus.rglob("*.txt"))
    cluster = None
    if args.scheduler is None:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
    with Client(args.scheduler or cluster) as client:
        warm_up(client, args.model)  # each worker loads the pipeline once, up front
        partitions = max(1, -(-len(paths) // args.files_per_partition))
        # Reading happens on the workers too: only file names travel from here.
        texts = db.from_sequence(paths, npartitions=partitions).map(read)
        results = client.compute(extract_bag(texts, model=args.model)).result()
    if cluster is not None:
        cluster.close()

    count = 0
    with args.output.open("w", encoding="utf-8") as out:
        for path, quotes in zip(paths, results, strict=True):
            for quote in quotes:
                out.write(json.dumps({"source": path, **quote.to_dict()}, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} quotations from {len(paths)} files -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
