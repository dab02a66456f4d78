"""What keeping the consolidated graph costs when a batch is ingested into a large store.

A copy of a store built by ``epkg ingest`` (say 10,000 generated articles) receives a
batch of new generated records (``generate.with_repeats`` with another seed: about 40%
of them re-report an earlier record of the batch); the run's
``IngestSummary.consolidation_seconds`` (noting changes and the refresh at the end) is
compared with the rest of the same run (extraction and storing). The store given is
never written: the run works on a copy, removed afterwards. With ``--warmup N``, N other
records (seed + 1000) are ingested into the copy first, in a run of their own, and reported
apart: a store written by earlier code may be brought to the current form by its first refresh.
With ``--check``, the consolidated graph kept by the runs is then compared with one computed from
scratch (``consolidate.compute``; the derived summaries left aside), statement for statement.

At ``--jobs 1`` the run's CPU seconds are reported too, the process's (every thread) and the main
thread's, with those spent in the ingest's refreshes. The process's include the store's background
work (RocksDB flushing and compacting what was written), which runs whenever the engine gets to it:
after a batch's documents are flushed (every 500 documents) it runs for seconds, during the refresh
that follows, and counts there. With ``--settle``, each refresh first waits until that background work
has stopped (its CPU counted as the rest of the ingest's: it is the documents' writes'), and the run
waits again once the ingest is over (that CPU counted as the refreshes': it is what they wrote); the
waits' wall time is left out of both sides.

Usage::

    python benchmarks/bench_consolidate_scale.py --store /path/to/store --n 500 --seed 11
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_RATIO = 0.25


def run(store_path: Path, n: int, seed: int, jobs: int, warmup: int = 0, check: bool = False,
        settle: bool = False) -> dict:
    """Ingest *n* records of *seed* into a copy of *store_path* (after *warmup* others); the runs' times,
    and (*check*) whether the consolidated graph they kept equals one computed from scratch (*settle*: the
    store's background work waited for around each refresh, see the module's docstring)."""
    from generate import with_repeats

    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store

    with tempfile.TemporaryDirectory(dir=os.environ.get("EPKG_BENCH_TMP")) as tmp:
        batches = [(Path(tmp) / "warmup.jsonl", with_repeats(warmup, seed=seed + 1000))] if warmup else []
        batches.append((Path(tmp) / "batch.jsonl", with_repeats(n, seed=seed)))
        for path, records in batches:
            path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        copy = Path(tmp) / "store"
        shutil.copytree(store_path, copy)
        store = Store.open(copy)
        runs = []
        for path, _ in batches:
            started, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
            with _refresh_cpu(settle) as refreshing:
                summary = ingest([path], store, jobs=jobs)
                if settle:  # what the last refresh wrote, flushed and compacted: the refreshes' own
                    waited, background = _settled()
                    refreshing["cpu"] += background
                    refreshing["waited"] += waited
            total, cpu = time.perf_counter() - started - refreshing["waited"], time.process_time() - cpu
            thread = time.thread_time() - thread
            rest = total - summary.consolidation_seconds
            found = {"run": path.stem, "documents": summary.new, "seconds": round(total, 2),
                     "consolidation_seconds": round(summary.consolidation_seconds, 2),
                     "ratio": round(summary.consolidation_seconds / rest, 4),
                     "load_average": round(os.getloadavg()[0], 1)}
            if jobs == 1:  # the extraction's CPU is this process's too
                found.update({"cpu_seconds": round(cpu, 2), "refresh_cpu_seconds": round(refreshing["cpu"], 2),
                              "refresh_cpu_ratio": round(refreshing["cpu"] / (cpu - refreshing["cpu"]), 4),
                              "thread_cpu_seconds": round(thread, 2),
                              "refresh_thread_cpu_seconds": round(refreshing["thread"], 2),
                              "refresh_thread_cpu_ratio": round(refreshing["thread"] / (thread - refreshing["thread"]), 4)})
                if settle:
                    found.update({"settled": True, "waited_s": round(refreshing["waited"], 1),
                                  "background_before_refreshes_cpu_s": round(refreshing["before"], 2)})
            runs.append(found)
        result = {"runs": runs}
        if check:
            result["check"] = compared(store)
        store.close()
    return result


@contextmanager
def _refresh_cpu(settle: bool = False):
    """The CPU seconds of this process spent in the ingest's refreshes (``{"cpu": …, "thread": …}``, the
    process's and the main thread's, filled as they run): the consolidation's share of the run in CPU time,
    which other processes on the machine do not move as they move wall time (noting each document's
    changes, a few milliseconds a run, is left out). With *settle*, each refresh first waits for the
    store's background work to stop (``"waited"``: the seconds; ``"before"``: its CPU, not the refresh's)."""
    from epkg.graph.pipeline import ingest as pipeline

    spent = {"cpu": 0.0, "thread": 0.0, "waited": 0.0, "before": 0.0}
    refresh = pipeline._refresh

    def timed(store, changes):
        if settle:
            waited, background = _settled()
            spent["waited"] += waited
            spent["before"] += background
        started, thread = time.process_time(), time.thread_time()
        try:
            return refresh(store, changes)
        finally:
            spent["cpu"] += time.process_time() - started
            spent["thread"] += time.thread_time() - thread

    pipeline._refresh = timed
    try:
        yield spent
    finally:
        pipeline._refresh = refresh


def _settled(quiet: float = 0.02, most: float = 120.0) -> tuple[float, float]:
    """Wait (the main thread idle) until this process's other threads use less than *quiet* of a CPU
    over a second, or *most* seconds; the seconds waited and the CPU seconds those threads used."""
    started, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - started < most:
        before = time.process_time()
        time.sleep(1.0)
        if time.process_time() - before < quiet:
            break
    return time.perf_counter() - started, time.process_time() - cpu


def compared(store) -> dict:
    """The maintained consolidated graph against ``consolidate.compute`` (N-Triples lines)."""
    from epkg.graph import consolidate, summaries
    from epkg.graph.storage.terms import triple_line
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    started = time.perf_counter()
    kept = {line for line in store.graph_lines(GRAPH_CONSOLIDATED) if not summaries.is_summary(line.split(" ", 1)[0][1:-1])}
    computed = {triple_line(t) for t in consolidate.compute(store)}
    return {"statements": len(kept), "equal": kept == computed, "only_kept": len(kept - computed),
            "only_computed": len(computed - kept), "seconds": round(time.perf_counter() - started, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, type=Path, help="a store built by epkg ingest (copied, not written)")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=0, help="records ingested first, in a run of their own")
    parser.add_argument("--check", action="store_true",
                        help="then compare the consolidated graph kept with one computed from scratch")
    parser.add_argument("--settle", action="store_true",
                        help="wait for the store's background work before each refresh and after the run "
                             "(its CPU counted where it was caused)")
    args = parser.parse_args(argv)
    if not args.store.is_dir():
        parser.error(f"no store at {args.store}")
    result = run(args.store, args.n, args.seed, args.jobs, args.warmup, args.check, args.settle)
    for r in result["runs"]:
        print(json.dumps(r))
        print(f"{r['run']}: consolidation / rest of ingest {r['ratio']:.1%} (target {TARGET_RATIO:.0%})")
    if args.check:
        print(json.dumps({"check": result["check"]}))
        return 0 if result["check"]["equal"] else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
