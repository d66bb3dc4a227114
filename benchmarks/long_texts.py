"""Long texts: time and peak memory of `quotekit.extract` on one text of 25 kB … 5 MB.

The text is news articles one after another (the CC0 constructed articles of
../shared/data/speakers-dev.jsonl, repeated), so it is as quote-dense as news: about 5 quotations per
1,000 characters. Each size runs in a fresh process, which reports the seconds `extract` took (wall and
CPU), the part of it spent in quotekit's five components, the quotations found and its peak resident
memory. chars/s is on CPU time (other work on a shared machine disturbs it less than wall time); the
last column compares it with the 100 kB run of the same table (issue 14 asks for at least 0.80 at 1 MB
and 5 MB).

    python benchmarks/long_texts.py [--sizes 25000,50000,...] [--gold PATH] [--model NAME]
    python benchmarks/long_texts.py --disable quotekit_quote_sentences   # without a model component
    python benchmarks/long_texts.py --sizes 1000000 --texts 4 --n-process 2  # extract_many, 2 workers
    python benchmarks/long_texts.py --sizes 1000000 --chunk-chars 50000       # another chunk size

With ``--texts K`` a run calls `extract_many` on K copies of the text; peak memory is then given for
the main process and for the largest worker process (``--n-process 2``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

_DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "speakers-dev.jsonl"
_SIZES = "25000,50000,100000,200000,400000,1000000,5000000"

_CHILD = r"""
import json, resource, sys, time
import quotekit
from quotekit import components

path, model, disable, texts, n_process = sys.argv[1], sys.argv[2] or None, sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
from quotekit import chunking
for name, value in (("CHUNK_CHARS", int(sys.argv[6])), ("BATCH_CHARS", int(sys.argv[7]))):
    if value:
        setattr(chunking, name, value)
text = open(path, encoding="utf-8").read()
nlp = quotekit.load(model)
for name in filter(None, disable.split(",")):
    nlp.disable_pipe(name)

# The time spent in quotekit's components (in this process: with n_process=1 all of it).
in_components = [0.0]
call = components._Component.__call__

def timed(self, doc):
    start = time.process_time()
    try:
        return call(self, doc)
    finally:
        in_components[0] += time.process_time() - start

components._Component.__call__ = timed
start_wall, start_cpu = time.perf_counter(), time.process_time()
if texts == 1 and n_process == 1:
    quotes = len(quotekit.extract(text, model=model))
else:
    quotes = sum(len(q) for q in quotekit.extract_many([text] * texts, n_process=n_process, model=model))
wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "components": in_components[0], "quotes": quotes,
                  "peak_mib": own, "worker_peak_mib": workers, "pipes": nlp.pipe_names}))
"""


def news_text(gold: Path, size: int) -> str:
    """Articles from `gold` one after another (repeated), cut after the last one that fits in `size`."""
    articles = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line]
    pieces: list[str] = []
    length = 0
    while length < size:
        for article in articles:
            pieces.append(article)
            length += len(article) + 2
            if length >= size:
                break
    return "\n\n".join(pieces)[:size].rsplit("\n\n", 1)[0]


def _label(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size / 1000:g} kB"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=_SIZES, help="characters per text, comma-separated")
    parser.add_argument("--gold", type=Path, default=_DEFAULT_GOLD, help="JSON lines with a 'text' field")
    parser.add_argument("--model", default="", help="the German pipeline (default: as quotekit.load)")
    parser.add_argument("--disable", default="", help="pipeline components to disable, comma-separated")
    parser.add_argument("--texts", type=int, default=1, help="copies of the text given to extract_many")
    parser.add_argument("--n-process", type=int, default=1, help="worker processes for extract_many")
    parser.add_argument("--chunk-chars", type=int, default=0, help="chunking.CHUNK_CHARS for this run")
    parser.add_argument("--batch-chars", type=int, default=0, help="chunking.BATCH_CHARS for this run")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/quotekit-long-texts"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    many = args.texts > 1 or args.n_process != 1
    if many:
        print(f"extract_many over {args.texts} copies of each text, n_process={args.n_process}\n")
    print(
        "| text | characters | quotations | wall s | CPU s | chars/s (CPU) | of 100 kB | components s "
        "| peak MiB | worker peak MiB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    baseline = None
    pipes: list[str] = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = news_text(args.gold, size)
        path = args.workdir / f"news-{size}.txt"
        path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-c", _CHILD, str(path), args.model, args.disable, str(args.texts)]
        command += [str(args.n_process), str(args.chunk_chars), str(args.batch_chars)]
        # one BLAS thread, so that CPU time and work match (as benchmarks/bench.py)
        env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
        run = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
        if run.returncode != 0:
            print(
                f"| {_label(size)} | {len(text):,} | failed (exit {run.returncode}) | | | | | | | |",
                flush=True,
            )
            print(run.stderr[-2000:], file=sys.stderr)
            continue
        result = json.loads(run.stdout.strip().splitlines()[-1])
        pipes = result["pipes"]
        characters = len(text) * args.texts
        # with worker processes the work is not in this process's CPU time: use wall time there
        seconds = result["wall"] if args.n_process != 1 else result["cpu"]
        rate = characters / seconds
        if size == 100_000:
            baseline = rate
        ratio = "" if baseline is None else f"{rate / baseline:.2f}"
        workers = f"{result['worker_peak_mib']:,.0f}" if args.n_process != 1 else ""
        print(
            f"| {_label(size)} | {characters:,} | {result['quotes']:,} | {result['wall']:.1f} | "
            f"{result['cpu']:.1f} | {rate:,.0f} | {ratio} | {result['components']:.1f} | "
            f"{result['peak_mib']:,.0f} | {workers} |",
            flush=True,
        )
    print(f"\npipeline: {', '.join(pipes)}")


if __name__ == "__main__":
    main()
