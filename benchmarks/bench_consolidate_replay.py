"""A batch's refresh of the consolidated graph alone, replayed on copies of one prepared store, with timers.

``bench_consolidate_scale.py`` measures a refresh inside a real ingest, where two runs of the same code
differ by several seconds on a shared machine. This benchmark takes the extraction out: it prepares once
a copy of a store holding a batch that was stored but not yet consolidated (``--warmup`` records ingested
and refreshed first, then ``--n`` records ingested with the refresh left out and what it was handed kept),
then refreshes a fresh copy of it for the first K documents of the batch (``--docs``, in the order they
were stored), timing the refresh's steps. Refreshing K and more documents of the same store separates
what a refresh costs whatever its size (reading the claim index, filing every claim by anchor, every
document's date) from what each document adds. The documents left out of a replay stay stored without
being consolidated, so a replay of part of the batch is close to, not exactly, a batch of that size.

Step times are wall seconds summed over calls; a step's time includes the steps it calls. Each copy is
first left to settle (RocksDB compacts a copied store's files on other threads for seconds after it is
opened); the refresh's CPU seconds are reported for the process and for the main thread.

Usage::

    python benchmarks/bench_consolidate_replay.py --store /path/to/store --work /tmp/replay --docs 50 450 --rounds 2
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import pickle
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the consolidation's steps timed (functions of epkg.graph.consolidate) and the store's reads and writes
STEPS = ("_read_index", "_claims_of_record", "_documents_for", "_read_source", "_reclustered", "_stored_facts_of",
         "_grouped", "_node_props", "_entity_delta", "_describe_aggregates", "_filing_for", "_keep_filing")  # those it has
STORE_CALLS = ("graph_lines", "select", "select_texts", "patch_graph", "patch_graphs", "lines_of", "graph_lines_without",
               "lines_present")  # those the store has


def prepare(store_path: Path, work: Path, n: int, seed: int, warmup: int) -> Path:
    """A copy of *store_path* in *work* holding *warmup* records consolidated and *n* more stored but not
    consolidated, with the :class:`~epkg.graph.consolidate.Changes` their refresh would have been handed
    (made once: a second call finds it).

    Parameters
    ----------
    store_path : Path
        A store built by ``epkg ingest`` (copied, not written).
    work : Path
        Where the copy is made (``work/prepared``).
    n, seed, warmup : int
        The batch (``generate.with_repeats(n, seed)``) and the records ingested before it (seed + 1000).

    Returns
    -------
    Path
        The folder of the copy (``store``) and of what its refresh is handed (``changes.pickle``).
    """
    from generate import with_repeats

    from epkg.graph.pipeline import ingest as pipeline
    from epkg.graph.store import Store

    prepared = work / "prepared"
    if (prepared / "changes.pickle").exists():
        return prepared
    shutil.rmtree(prepared, ignore_errors=True)
    prepared.mkdir(parents=True)
    paths = []
    for name, records in (("warmup", with_repeats(warmup, seed=seed + 1000) if warmup else []),
                          ("batch", with_repeats(n, seed=seed))):
        path = prepared / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        paths.append(path)
    shutil.copytree(store_path, prepared / "store")
    store = Store.open(prepared / "store")
    if warmup:
        pipeline.ingest([paths[0]], store, jobs=1)
    handed = []

    def kept(_store, changes) -> float:
        handed.append(changes)
        return 0.0

    refresh, pipeline._refresh = pipeline._refresh, kept
    try:
        pipeline.ingest([paths[1]], store, jobs=1, refresh_every=n + 1)
    finally:
        pipeline._refresh = refresh
    store.flush()
    store.close()
    (changes,) = [c for c in handed if c]
    (prepared / "changes.pickle").write_bytes(pickle.dumps(changes))
    return prepared


def replay(prepared: Path, work: Path, docs: int | None) -> dict:
    """Refresh a fresh copy of the prepared store for its batch's first *docs* documents.

    Parameters
    ----------
    prepared : Path
        What :func:`prepare` made.
    work : Path
        Where the copy is made (``work/replay``, removed afterwards).
    docs : int or None
        How many of the batch's documents, in the order they were stored (``None``: all).

    Returns
    -------
    dict
        The documents refreshed, the statements the refresh changed, its wall and CPU seconds, the
        flush's, the load average and each step's ``[seconds, calls]``.
    """
    from epkg.graph import consolidate, listings, summaries
    from epkg.graph.store import Store

    changes = pickle.loads((prepared / "changes.pickle").read_bytes())
    order = list(changes.texts) + sorted(set(changes.docs) - set(changes.texts))
    chosen = set(order[:docs] if docs else order)
    changes.docs = set(changes.docs) & chosen
    changes.texts = {d: t for d, t in changes.texts.items() if d in chosen}
    changes.before = {d: b for d, b in changes.before.items() if d in chosen}
    documents = len(changes.docs)  # the refresh clears what it is handed
    copy = work / "replay"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(prepared / "store", copy)
    seconds: dict = defaultdict(float)
    calls: dict = defaultdict(int)

    def timed(name, f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                seconds[name] += time.perf_counter() - started
                calls[name] += 1
        return wrapper

    store = Store.open(copy)
    # the copy's first minutes: RocksDB compacting what the prepared store was written with (seconds of
    # CPU on other threads at 10,000 documents), which a refresh timed at once would be charged with
    from bench_consolidate_scale import _settled

    waited = _settled()[0]
    originals = [(consolidate, name, getattr(consolidate, name)) for name in STEPS if hasattr(consolidate, name)]
    originals += [(summaries, "refresh", summaries.refresh), (listings, "refresh", listings.refresh)]
    try:
        for module, name, f in originals:
            label = name if module is consolidate else f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
            setattr(module, name, timed(label, f))
        for name in STORE_CALLS:
            if hasattr(store, name):
                setattr(store, name, timed(f"store.{name}", getattr(store, name)))
        started, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        changed = consolidate.refresh(store, changes)
        thread = time.thread_time() - thread
        flushing = time.perf_counter()
        store.flush()
        ended = time.perf_counter()
    finally:
        for module, name, f in originals:
            setattr(module, name, f)
        store.close()
        shutil.rmtree(copy, ignore_errors=True)
    return {"documents": documents, "statements_changed": changed,
            "refresh_s": round(flushing - started, 2), "refresh_cpu_s": round(time.process_time() - cpu, 2),
            "refresh_thread_cpu_s": round(thread, 2), "settled_s": round(waited, 1),
            "flush_s": round(ended - flushing, 2), "load_average": round(os.getloadavg()[0], 1),
            "steps": {k: [round(v, 2), calls[k]] for k, v in sorted(seconds.items(), key=lambda x: -x[1])}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, type=Path, help="a store built by epkg ingest (copied, not written)")
    parser.add_argument("--work", required=True, type=Path, help="a folder for the prepared copy and the replays")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--docs", type=int, nargs="*", default=[], help="replay the batch's first K documents (all)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.store.is_dir():
        parser.error(f"no store at {args.store}")
    prepared = prepare(args.store, args.work, args.n, args.seed, args.warmup)
    for round_ in range(1, args.rounds + 1):
        for docs in args.docs or [None]:
            print(json.dumps({"round": round_, **replay(prepared, args.work, docs)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
