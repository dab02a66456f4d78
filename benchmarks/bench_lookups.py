"""Lookups, the network and the exports, run as the real CLI on stores built by the real ingest.

A generated corpus with repeats (``generate.with_repeats``: about 40% of the records
re-report an earlier article in other words and precision) of each size is ingested
by ``epkg.graph.ingest.ingest`` (the code behind ``epkg ingest``) into a store under
``--stores DIR/<size>/``. A store is built once: a later run finds its ``build.json``
and reuses it (the ingest time recorded then is reported again). Then each step is run
as its own ``epkg --store DIR …`` command in a child process, timed by wall clock, its
peak resident memory read from the kernel's account of that child (``os.wait4``):

lookups (target < 2 s at 10k articles)
    ``partners``, ``show``, ``projects --host``, ``agreements --between``, ``events``,
    ``new --since``, ``stats``
the network (target < 30 s and < 2 GB at 10k articles, cost growing no faster than the facts)
    ``viz`` (default and ``--top 5000``), ``centrality``, ``communities``, ``path``,
    ``trend``, ``export --format graphml``

The wall time of a step includes starting Python and importing epkg; ``--version``
is timed the same way and reported as the floor under every step. Facts are the
consolidated agreements, projects, events, partnerships and cooperation ties, counted
with one SPARQL query on each store.

``--grow`` builds a store from a copy of the biggest smaller one, ingesting only the
records after it (what ``epkg ingest`` of new articles does; same consolidated graph).
``--before PYTHON`` runs each step first with another checkout's environment, on the
same store, for before/after numbers taken side by side on a shared machine.

Usage::

    python benchmarks/bench_lookups.py --sizes 1000 10000 --stores /tmp/epkg-stores
    python benchmarks/bench_lookups.py --sizes 50000 --stores /tmp/epkg-stores --build-only --grow --jobs 2
    python benchmarks/bench_lookups.py --sizes 1000 10000 --stores /tmp/epkg-stores --before ../base/.venv/bin/python
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import DEFAULT_OUT, epkg_command, machine, markdown_table, write_results  # noqa: E402

LOOKUP_TARGET_S = 2.0
NETWORK_TARGET_S = 30.0
NETWORK_TARGET_MB = 2048.0
SEED = 3
REFERENCE_SIZE = 10000
REFRESH_EVERY = 10000


# ---------------------------------------------------------------- building the stores once

def _built(stores: Path) -> dict[int, dict]:
    """The finished builds under *stores* by size."""
    out = {}
    for record in stores.glob("*/build.json"):
        data = json.loads(record.read_text())
        if data.get("seed") == SEED:
            out[data["articles"]] = data
    return out


def build(n: int, stores: Path, *, jobs: int = 1, grow: bool = False) -> dict:
    """The record of the store of *n* articles under *stores*, ingesting it first if needed.

    A store counts as built once ``build.json`` is written after its ingest; a folder
    without it is what an interrupted build left and is built again from scratch.
    ``progress.txt`` holds the count of documents read so far while a build runs.

    With *grow*, the store starts as a copy of the biggest smaller store already built
    and the ingest reads only the records after it (``with_repeats`` of a smaller size
    is a prefix of a bigger one): what ``epkg ingest`` does when new articles arrive,
    and the consolidated graph is the same as after one ingest of them all.

    Parameters
    ----------
    n : int
        Articles.
    stores : Path
    jobs : int
        Extraction processes of the ingest.
    grow : bool

    Returns
    -------
    dict
        ``articles``, ``documents``, ``triples``, ``ingest_s`` (seconds of ingest,
        with those of the store grown from), ``consolidation_s`` …

    Examples
    --------
    >>> import tempfile
    >>> build(3, Path(tempfile.mkdtemp()))["documents"]
    3
    """
    from generate import with_repeats

    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store

    home = stores / str(n)
    record = home / "build.json"
    if record.exists():
        return json.loads(record.read_text())
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    smaller = [m for m in _built(stores) if m < n] if grow else []
    base = _built(stores)[max(smaller)] if smaller else None
    skip = base["articles"] if base else 0
    if base:
        shutil.copytree(stores / str(skip) / "store", home / "store")
    corpus = home / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i, r in enumerate(with_repeats(n, seed=SEED)):
            if i >= skip:
                out.write(json.dumps(r) + "\n")
    progress_file = home / "progress.txt"
    started = time.perf_counter()

    def progress(summary) -> None:
        if summary.read % 100 == 0:
            progress_file.write_text(f"{skip + summary.read} of {n} documents read after "
                                     f"{time.perf_counter() - started:.0f} s\n")

    store = Store.open(home / "store")
    try:
        # one consolidation refresh per 10,000 documents, not per 2,000 (the default, which bounds
        # memory at about 1 GB): each refresh reads every document's claim record and signature, a
        # cost that grows with the store, so fewer refreshes build a big store sooner (about 4 GB)
        done = ingest([corpus], store, jobs=jobs, progress=progress, refresh_every=REFRESH_EVERY)
        ingest_s = time.perf_counter() - started
        triples = len(store)
    finally:
        store.close()
    if done.interrupted or done.failed:
        raise SystemExit(f"the {n}-article ingest did not finish cleanly: {done.line()}")
    built = {"articles": n, "seed": SEED, "jobs": jobs, "documents": done.new + (base["documents"] if base else 0),
             "triples": triples, "ingest_s": round(ingest_s + (base["ingest_s"] if base else 0), 1),
             "consolidation_s": round(done.consolidation_seconds + (base["consolidation_s"] if base else 0), 1),
             "grown_from": {"articles": skip, "ingest_s": round(ingest_s, 1), "jobs": jobs} if base else None,
             "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
             "load_average_1min_at_end": round(os.getloadavg()[0], 2)}
    record.write_text(json.dumps(built, indent=2) + "\n")
    progress_file.write_text(f"{n} of {n} documents read after {ingest_s:.0f} s: built\n")
    print(f"{n} articles ingested in {ingest_s:.0f} s ({done.consolidation_seconds:.0f} s consolidating)"
          + (f", grown from the store of {skip}" if base else ""), file=sys.stderr, flush=True)
    return built


# ---------------------------------------------------------------- what a store holds

def facts(store_dir: Path) -> dict:
    """The consolidated facts of the store by relation class, their sum, and the consolidated triples;
    with the two states most documents mention (the entities the lookups and ``path`` ask about)."""
    from epkg.graph.consolidate import RELATION_CLASSES
    from epkg.graph.store import Store
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    store = Store.open(store_dir, read_only=True)
    try:
        counts = {}
        for kind, cls in RELATION_CLASSES.items():
            rows = store.select(f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> "
                                f"{{ ?f a <{cls}> }} }}")
            counts[kind] = int(rows[0]["n"])
        consolidated = int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> "
                                        "{ ?s ?p ?o } }")[0]["n"])
        # the state in most consolidated facts, and the busiest state that shares one with it: two
        # ends that ``path`` always joins (the two busiest overall may share none in a small store)
        busiest = [str(r["s"]) for r in store.select(f"""SELECT ?s (COUNT(DISTINCT ?f) AS ?n) WHERE {{
            GRAPH <{GRAPH_CONSOLIDATED}> {{ ?f a ?kind ; ?role ?s }} ?s a epkg:State
            VALUES ?kind {{ epkg:Partnership epkg:Cooperation epkg:Agreement }}
            VALUES ?role {{ epkg:partner epkg:actor epkg:party }} }} GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 2""")]
        if busiest:
            tied = [str(r["s"]) for r in store.select(f"""SELECT ?s (COUNT(DISTINCT ?f) AS ?n) WHERE {{
                GRAPH <{GRAPH_CONSOLIDATED}> {{ ?f a ?kind ; ?role <{busiest[0]}> ; ?other ?s }}
                ?s a epkg:State FILTER(?s != <{busiest[0]}>)
                VALUES ?kind {{ epkg:Partnership epkg:Cooperation epkg:Agreement }}
                VALUES ?role {{ epkg:partner epkg:actor epkg:party }}
                VALUES ?other {{ epkg:partner epkg:actor epkg:party }} }}
                GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1""")]
            busiest = busiest[:1] + (tied or busiest[1:])
        triples = len(store)
    finally:
        store.close()
    return {"by_class": counts, "facts": sum(counts.values()), "consolidated_triples": consolidated,
            "triples": triples, "busiest_states": busiest}


# ---------------------------------------------------------------- running one CLI command

# Runs one command and reports its wall time and peak memory. It is a small process of its own
# because a child's ru_maxrss counts the memory of the process it was forked from, and the
# benchmark process is big once it has ingested (spaCy, the store).
_WRAPPER = """
import json, os, subprocess, sys, time
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    t0 = time.perf_counter()
    proc = subprocess.Popen(sys.argv[4:], stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
kb = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)
with open(sys.argv[3], "w") as f:
    json.dump({"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_kb": kb,
               "returncode": os.waitstatus_to_exitcode(status)}, f)
"""


def run_child(cmd: list[str], out_dir: Path) -> dict:
    """Run *cmd*; its wall seconds, its CPU seconds (user and system), its peak resident memory in MB (the kernel's ``ru_maxrss`` of
    that child, read by :data:`_WRAPPER` with ``os.wait4``), its exit code, and the size of what it
    printed.

    Parameters
    ----------
    cmd : list of str
    out_dir : Path
        Where its standard output and error are written.

    Returns
    -------
    dict

    Examples
    --------
    >>> import tempfile
    >>> r = run_child([sys.executable, "-c", "print(1)"], Path(tempfile.mkdtemp()))
    >>> (r["returncode"], r["stdout_bytes"], r["peak_rss_mb"] > 1)
    (0, 2, True)
    """
    stdout, stderr, report = out_dir / "stdout", out_dir / "stderr", out_dir / "report.json"
    subprocess.run([sys.executable, "-c", _WRAPPER, str(stdout), str(stderr), str(report), *cmd], check=True)
    r = json.loads(report.read_text())
    return {"wall_s": round(r["wall_s"], 3), "cpu_s": round(r["cpu_s"], 3), "peak_rss_mb": round(r["peak_rss_kb"] / 1024, 1),
            "returncode": r["returncode"], "stdout_bytes": stdout.stat().st_size,
            "stderr_tail": stderr.read_text(errors="replace")[-500:] if r["returncode"] else ""}


def steps(a: str, b: str, out_dir: Path) -> list[tuple[str, str, list[str]]]:
    """``(name, group, arguments)`` of every step; *a* and *b* are the two busiest states."""
    return [
        ("partners", "lookup", ["partners", a]),
        ("show", "lookup", ["show", a]),
        ("projects --host", "lookup", ["projects", "--host", a]),
        ("agreements --between", "lookup", ["agreements", "--between", a, b]),
        ("events", "lookup", ["events"]),
        ("new --since", "lookup", ["new", "--since", "2025-01-01"]),
        ("stats", "lookup", ["stats"]),
        ("viz", "network", ["viz", "-o", str(out_dir / "view.html")]),
        ("viz --top 5000", "network", ["viz", "--top", "5000", "-o", str(out_dir / "view-5000.html")]),
        ("centrality", "network", ["centrality"]),
        ("communities", "network", ["communities"]),
        ("path", "network", ["path", a, b]),
        ("trend", "network", ["trend"]),
        ("export --format graphml", "network",
         ["export", "--format", "graphml", "-o", str(out_dir / "network.graphml")]),
    ]


def measure(n: int, stores: Path, *, jobs: int = 1, grow: bool = False, only: set[str] | None = None,
            python: str | None = None, before: str | None = None) -> dict:
    """Build (or reuse) the store of *n* articles and run every step on it once (with the
    interpreter *python*, default this one: another environment's to measure its epkg).

    With *before*, another interpreter (the environment of an earlier checkout), each step
    is run with it just before, on the same store: the two numbers of a step are taken a
    few seconds apart, whatever else the machine is doing.
    """
    built = build(n, stores, jobs=jobs, grow=grow)
    store_dir = stores / str(n) / "store"
    held = facts(store_dir)
    a, b = held["busiest_states"][0], held["busiest_states"][-1]
    base = [python, "-m", "epkg.cli"] if python else epkg_command()
    earlier = [before, "-m", "epkg.cli"] if before else None
    rows, rows_before, floor_before = {}, {}, None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if earlier:
            floor_before = run_child(earlier + ["--version"], tmp)
        floor = run_child(base + ["--version"], tmp)
        print(f"{n}: python + epkg --version {floor['wall_s']:.2f} s", file=sys.stderr, flush=True)
        for name, group, args in steps(a, b, tmp):
            if only and name not in only:
                continue
            if earlier:
                rows_before[name] = {**run_child(earlier + ["--store", str(store_dir)] + args, tmp), "group": group}
                print(f"{n}: {name} (before): {rows_before[name]['wall_s']:.2f} s "
                      f"({rows_before[name]['cpu_s']:.2f} s CPU)", file=sys.stderr, flush=True)
            r = run_child(base + ["--store", str(store_dir)] + args, tmp)
            r["group"] = group
            rows[name] = r
            print(f"{n}: {name}: {r['wall_s']:.2f} s ({r['cpu_s']:.2f} s CPU), {r['peak_rss_mb']:.0f} MB"
                  + (f" FAILED ({r['returncode']}): {r['stderr_tail']}" if r["returncode"] else ""),
                  file=sys.stderr, flush=True)
    extra = {"before": {"python": before, "startup": floor_before, "steps": rows_before}} if before else {}
    return {**built, **held, **extra, "entities_asked": [a, b], "python": base[0], "startup": floor, "steps": rows,
            "load_average_1min_after": round(os.getloadavg()[0], 2)}


# ---------------------------------------------------------------- judging and writing

def verdict(row: dict, reference: bool) -> str:
    """``met`` or what was missed, for a step measured at the reference size (10k), else ``""``."""
    if not reference:
        return ""
    if row["returncode"]:
        return "failed"
    if row["group"] == "lookup":
        return "met" if row["wall_s"] < LOOKUP_TARGET_S else f"MISSED (≥ {LOOKUP_TARGET_S:.0f} s)"
    missed = []
    if row["wall_s"] >= NETWORK_TARGET_S:
        missed.append(f"≥ {NETWORK_TARGET_S:.0f} s")
    if row["peak_rss_mb"] >= NETWORK_TARGET_MB:
        missed.append("≥ 2 GB")
    return "MISSED (" + ", ".join(missed) + ")" if missed else "met"


def _short(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def _growth(big: dict | None, small: dict | None, big_floor: float, small_floor: float) -> str:
    """How many times longer a step took at the bigger size: all told, and above Python's start."""
    if not big or not small or big["returncode"] or small["returncode"]:
        return "—"
    text = f"{big['wall_s'] / small['wall_s']:.1f}×"
    above_big, above_small = big["wall_s"] - big_floor, small["wall_s"] - small_floor
    if above_small > 0.05:
        text += f" ({max(above_big, 0) / above_small:.1f}×)"
    return text


def table(results: list[dict]) -> str:
    """One row a step: seconds and peak MB at each size, the 10k verdict, and cost ratios next to fact ratios."""
    sizes = [r["articles"] for r in results]
    judged = REFERENCE_SIZE in sizes  # the targets are stated for 10k articles only
    smallest = results[0]
    headers = ["step"] + [f"{n:,} articles" for n in sizes] + ([f"target at {REFERENCE_SIZE:,}"] if judged else [])
    growth = [(r, smallest) for r in results[1:]]
    headers += [f"time {_short(r['articles'])}/{_short(s['articles'])} (above the floor)" for r, s in growth]
    names = list(dict.fromkeys(name for r in results for name in r["steps"]))
    rows = []
    for name in names:
        cells = []
        for r in results:
            s = r["steps"].get(name)
            cells.append("—" if s is None else
                         ("failed" if s["returncode"] else f"{s['wall_s']:.2f} s ({s['cpu_s']:.2f}), {s['peak_rss_mb']:.0f} MB"))
        if judged:
            ref = next(r for r in results if r["articles"] == REFERENCE_SIZE)["steps"].get(name)
            cells.append(verdict(ref, True) if ref else "—")
        for r, s in growth:
            big, small = r["steps"].get(name), s["steps"].get(name)
            cells.append(_growth(big, small, r["startup"]["wall_s"], s["startup"]["wall_s"]))
        rows.append([name] + cells)
    rows.append(["python + `epkg --version` (floor)"]
                + [f"{r['startup']['wall_s']:.2f} s, {r['startup']['peak_rss_mb']:.0f} MB" for r in results]
                + [""] * judged + ["" for _ in growth])
    rows.append(["**facts** (consolidated relations)"] + [f"{r['facts']:,}" for r in results] + [""] * judged
                + [f"{r['facts'] / s['facts']:.1f}×" if s["facts"] else "—" for r, s in growth])
    rows.append(["consolidated triples"] + [f"{r['consolidated_triples']:,}" for r in results] + [""] * judged
                + [f"{r['consolidated_triples'] / s['consolidated_triples']:.1f}×"
                   if s["consolidated_triples"] else "—" for r, s in growth])
    rows.append(["ingest (once, when the store was built)"]
                + [f"{r['ingest_s']:.0f} s" for r in results] + [""] * judged + ["" for _ in growth])
    return markdown_table(headers, rows)


def before_after(results: list[dict]) -> str:
    """Each step's wall (CPU) seconds with the earlier checkout and with this one, at each size."""
    sizes = [r for r in results if r.get("before")]
    headers = ["step"] + [f"{r['articles']:,}: before → after" for r in sizes]
    names = list(dict.fromkeys(name for r in sizes for name in r["steps"]))
    rows = []
    for name in names:
        cells = []
        for r in sizes:
            old, new = r["before"]["steps"].get(name), r["steps"].get(name)
            cells.append("—" if not old or not new else
                         f"{old['wall_s']:.2f} s ({old['cpu_s']:.2f}) → {new['wall_s']:.2f} s ({new['cpu_s']:.2f})")
        rows.append([name] + cells)
    return markdown_table(headers, rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--stores", type=Path, default=None,
                        help="Folder of the built stores, reused across runs (default: a temporary folder).")
    parser.add_argument("--jobs", type=int, default=1, help="Extraction processes of the ingest.")
    parser.add_argument("--build-only", action="store_true", help="Build the stores, measure nothing.")
    parser.add_argument("--grow", action="store_true",
                        help="Build a store from a copy of the biggest smaller one, ingesting only the rest.")
    parser.add_argument("--only", nargs="+", default=None, help="Run only these steps (by name).")
    parser.add_argument("--python", default=None,
                        help="Run the steps with this interpreter (another checkout's environment; default: this one).")
    parser.add_argument("--before", default=None,
                        help="Also run each step, just before, with this interpreter (an earlier checkout's).")
    parser.add_argument("--name", default="lookups", help="Base name of the results files.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.sizes):
        parser.error("--sizes must be positive")
    with tempfile.TemporaryDirectory() as scratch:
        stores = args.stores or Path(scratch)
        if args.build_only:
            for n in args.sizes:
                print(json.dumps(build(n, stores, jobs=args.jobs, grow=args.grow)))
            return 0
        started = machine()
        results = [measure(n, stores, jobs=args.jobs, grow=args.grow, only=set(args.only) if args.only else None,
                           python=args.python, before=args.before)
                   for n in sorted(args.sizes)]
    text = table(results)
    if args.before:
        text += "\n\nBefore (`--before`) and after, wall seconds (CPU seconds):\n\n" + before_after(results)
    write_results(args.out, args.name, {"machine": started, "targets": {
        "lookup_s": LOOKUP_TARGET_S, "network_s": NETWORK_TARGET_S, "network_mb": NETWORK_TARGET_MB},
        "sizes": results}, text)
    print(text)
    failed = [(r["articles"], k) for r in results for k, v in r["steps"].items() if v["returncode"]]
    if failed:
        print(f"failed steps: {failed}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
