"""How fast is quotekit? One run on the same texts (by default the Wikinews dev texts).

Prints, as a Markdown table:
- chars/s of the bare German pipeline (quotekit's components disabled),
- chars/s of the same pipeline with quotekit's components, and the ratio quotekit / bare,
- chars/s of `quotekit.extract_many` end to end (chunking and building the `Quote` objects too),
- the CPU time of each component that spaCy calls doc by doc (quotekit's five, and the model's own rules),
  timed inside runs of the pipeline, with their share of the rest of the same runs (`timed_components`),
- seconds per stage of quotekit's components, run on documents the bare pipeline parsed once,
- chars/s and MB/s (UTF-8) of the quotation-mark stage alone (`find_marked_spans` on raw text),
- wall time of `extract_many` with ``n_process=1`` and ``n_process=2`` on `--mp-texts` texts.

Throughput is measured in CPU time of this process (`time.process_time`, best of `--repeat` runs), so
that other work on a shared machine disturbs it little; wall times are shown beside it. Run with one
BLAS thread (``OMP_NUM_THREADS=1``) so that CPU time and work match. The ``n_process`` comparison is
in wall time: the work happens in child processes there.
Usage (from the repository root)::

    python benchmarks/bench.py                           # ../shared/data/wikinews-dev.jsonl
    python benchmarks/bench.py --gold PATH --model de_core_news_sm --repeat 5
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import quotekit
from quotekit.components import COMPONENTS, SENTENCE_COMPONENTS
from quotekit.stages.marks import find_marked_spans

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "wikinews-dev.jsonl"


def read_texts(path: Path) -> list[str]:
    """The "text" of every JSON line (the gold quotations are not used)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest CPU time and the shortest wall time of `repeat` runs of `run`, in seconds."""
    cpu, wall = [], []
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return min(cpu), min(wall)


def _cpu_with_children() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _burn(count: int) -> int:
    total = 0
    for i in range(count):
        total += i * i
    return total


def parallel_capacity(count: int = 20_000_000) -> float:
    """How much faster a pure-Python loop runs split over 2 processes than in 1: ~2 on two free cores.

    A control for the ``n_process`` figures: on a machine busy with other work it stays near 1.
    """
    walls = {}
    for processes in (1, 2):
        start = time.perf_counter()
        with multiprocessing.Pool(processes) as pool:
            pool.map(_burn, [count // processes] * processes)
        walls[processes] = time.perf_counter() - start
    return walls[1] / walls[2]


def _timed_pipe(
    proc: Callable[[Doc], Doc], name: str, spent: dict[str, float]
) -> Callable[..., Iterator[Doc]]:
    def pipe(docs: Iterable[Doc], **_: object) -> Iterator[Doc]:
        for doc in docs:
            start = time.process_time()
            doc = proc(doc)
            spent[name] += time.process_time() - start
            yield doc

    return pipe


@contextmanager
def timed_components(nlp: Language, names: Sequence[str]) -> Iterator[dict[str, float]]:
    """CPU seconds that each component of `names` (called doc by doc) spends while `nlp` runs, summed.

    Timed inside the pipeline's own runs, the components' share of the rest of the same runs does not
    hang on the machine being equally busy in two measurements, as the ratio of two whole runs does. Each
    component has a ``pipe`` for the time being, which `Language.pipe` calls instead of the component:
    it calls the component on each doc and times the call (two clock reads a doc and component).
    """
    spent = dict.fromkeys(names, 0.0)
    procs = [nlp.get_pipe(name) for name in names]
    for name, proc in zip(names, procs, strict=True):
        proc.pipe = _timed_pipe(proc, name, spent)  # type: ignore[attr-defined]
    try:
        yield spent
    finally:
        for proc in procs:
            del proc.pipe  # type: ignore[attr-defined]


def time_stages(nlp: Language, parsed: Sequence[bytes], repeat: int) -> dict[str, float]:
    """Seconds each quotekit component takes over all documents (best of `repeat`)."""
    best = dict.fromkeys(COMPONENTS, float("inf"))
    for _ in range(repeat):
        docs = [Doc(nlp.vocab).from_bytes(data) for data in parsed]  # fresh copies: stages add data
        spent = dict.fromkeys(COMPONENTS, 0.0)
        for doc in docs:
            for name in COMPONENTS:
                component = nlp.get_pipe(name)
                start = time.process_time()
                component(doc)
                spent[name] += time.process_time() - start
        best = {name: min(best[name], spent[name]) for name in COMPONENTS}
    return best


def time_marks(texts: Sequence[str], minimum_seconds: float = 1.0) -> float:
    """Seconds per pass of the mark stage over `texts`, from as many passes as fit in `minimum_seconds`."""
    passes = 0
    start = time.process_time()
    while True:
        for text in texts:
            find_marked_spans(text)
        passes += 1
        elapsed = time.process_time() - start
        if elapsed >= minimum_seconds and passes >= 3:
            return elapsed / passes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="JSON Lines with a 'text' field")
    parser.add_argument("--model", default=None, help="German spaCy pipeline (default: see quotekit.load)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--mp-texts", type=int, default=200, help="texts for the n_process comparison")
    args = parser.parse_args(argv)

    texts = read_texts(args.gold)
    chars = sum(len(text) for text in texts)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    nlp = quotekit.load(args.model)
    # (quotekit's sentence guard before the parser counts as quotekit's, not as the bare pipeline's)
    own = [name for name in nlp.pipe_names if name in (*SENTENCE_COMPONENTS, *COMPONENTS)]

    def bare() -> list[Doc]:
        with nlp.select_pipes(disable=own):
            return list(nlp.pipe(texts, batch_size=args.batch_size))

    def full() -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    def api() -> None:
        for _ in quotekit.extract_many(texts, batch_size=args.batch_size, model=args.model):
            pass

    # The components spaCy calls doc by doc (the trainable ones have their own `pipe`).
    per_doc = [name for name in nlp.pipe_names if not hasattr(nlp.get_pipe(name), "pipe")]
    model_rules = [name for name in per_doc if name not in own]
    timed: list[tuple[float, dict[str, float]]] = []  # (CPU of the run, CPU of each component in it)

    def full_timed() -> None:
        with timed_components(nlp, per_doc) as spent:
            start = time.process_time()
            full()
            timed.append((time.process_time() - start, dict(spent)))

    full()  # warm up: lexicons, matchers and caches load on first use
    # Interleaved rounds, so that a busy spell on the machine hits all three alike.
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "full": [], "api": []}
    for _ in range(args.repeat):
        for name, run in (("bare", bare), ("full", full), ("api", api)):
            runs[name].append(best_of(1, run))
        full_timed()  # a run of its own: the clocks stay out of the three above
    bare_cpu, bare_wall = (min(values) for values in zip(*runs["bare"], strict=True))
    full_cpu, full_wall = (min(values) for values in zip(*runs["full"], strict=True))
    api_cpu, api_wall = (min(values) for values in zip(*runs["api"], strict=True))
    timed_cpu, timed_spent = min(timed, key=lambda run: run[0])
    in_run = sum(timed_spent[name] for name in own)
    rules_in_run = sum(timed_spent[name] for name in model_rules)
    stages = time_stages(nlp, [doc.to_bytes() for doc in bare()], args.repeat)
    stage_total = sum(stages.values())
    marks_s = time_marks(texts)

    # More texts than the file may hold: cycle through them.
    mp_texts = list(itertools.islice(itertools.cycle(texts), args.mp_texts))
    mp_chars = sum(len(text) for text in mp_texts)
    walls: dict[int, float] = {}
    cpus: dict[int, float] = {}  # CPU of this process and its (joined) worker processes together
    for n_process in (1, 2, 1, 2):
        start, start_cpu = time.perf_counter(), _cpu_with_children()
        for _ in quotekit.extract_many(mp_texts, n_process=n_process, model=args.model):
            pass
        wall, cpu = time.perf_counter() - start, _cpu_with_children() - start_cpu
        walls[n_process] = min(walls.get(n_process, wall), wall)
        cpus[n_process] = min(cpus.get(n_process, cpu), cpu)

    capacity = parallel_capacity()
    bare_names = ", ".join(name for name in nlp.pipe_names if name not in own)
    print(
        f"quotekit {quotekit.__version__} on {nlp.meta.get('lang')}_{nlp.meta.get('name')} "
        f"{nlp.meta.get('version')} ({bare_names}); {len(texts)} texts, {chars:,} chars ({megabytes:.2f} MB) "
        f"from {args.gold.name}; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}; best of {args.repeat}"
    )
    print()
    print("| measurement | CPU s | wall s | chars/s (CPU) |")
    print("|---|---:|---:|---:|")
    rows = [
        ("bare German pipeline", bare_cpu, bare_wall),
        ("pipeline + quotekit components", full_cpu, full_wall),
        ("quotekit.extract_many, end to end", api_cpu, api_wall),
    ]
    for label, cpu, wall in rows:
        print(f"| {label} | {cpu:.2f} | {wall:.2f} | {chars / cpu:,.0f} |")
    print(f"| quotekit components alone, on parsed docs | {stage_total:.3f} | | {chars / stage_total:,.0f} |")
    for name, seconds in stages.items():
        print(f"| &nbsp;&nbsp;{name} | {seconds:.3f} | | {chars / seconds:,.0f} |")
    print(f"| quotation-mark stage alone, raw text | {marks_s:.4f} | | {chars / marks_s:,.0f} |")
    print(
        f"| pipeline + quotekit components, a run with clocks | {timed_cpu:.2f} | | {chars / timed_cpu:,.0f} |"
    )
    for name in per_doc:
        print(
            f"| &nbsp;&nbsp;{name}, inside that run | {timed_spent[name]:.3f} | | {chars / timed_spent[name]:,.0f} |"
        )
    print()
    print(
        f"- quotekit / bare (CPU): pipelines {full_cpu / bare_cpu:.3f}, end to end {api_cpu / bare_cpu:.3f}; "
        f"the components alone add {100 * stage_total / bare_cpu:.1f} % of the bare time"
    )
    print(
        f"- inside the run with clocks (one run, so the machine's load is the same for both): quotekit's "
        f"components add {100 * in_run / (timed_cpu - in_run):.1f} % to the rest of the run; the model's own "
        f"rules ({', '.join(model_rules) or 'none'}), counted in the bare pipeline above, are "
        f"{100 * rules_in_run / (timed_cpu - in_run):.1f} % of that rest"
    )
    print(f"- quotation-mark stage: {megabytes / marks_s:.1f} MB/s of UTF-8 text")
    print(
        f"- extract_many on {len(mp_texts)} texts ({mp_chars:,} chars), wall time: "
        f"n_process=1 {walls[1]:.2f} s, n_process=2 {walls[2]:.2f} s, speed-up {walls[1] / walls[2]:.2f}x"
    )
    print(
        f"- control: a pure-Python loop runs {capacity:.2f}x as fast in 2 processes as in 1 on this machine now "
        "(about 2 with two free cores)"
    )
    print(
        f"- the same in CPU time (this process and its workers): n_process=1 {cpus[1]:.2f} s, "
        f"n_process=2 {cpus[2]:.2f} s (an estimate, not a measurement: on two idle cores, with the work "
        f"split evenly, n_process=2 would take at best ~{cpus[2] / 2:.1f} s of wall time)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
