"""Lookups, the network and the HTML view on stores built by the real ingest pipeline.

A generated corpus with repeats (``generate.with_repeats``: about 40% of the records
re-report an earlier article in other words and precision) of each size is ingested
by ``epkg.graph.ingest.ingest`` (the code behind ``epkg ingest``) into a fresh store,
which therefore holds the consolidated graph; then each lookup and each network step
is timed once, on that store, in this process:
``partners``, ``show``, ``projects``, ``agreements``, ``events``, ``new``, ``stats``,
the network projection (what ``viz``, ``centrality``, ``communities`` and the network
exports read), PageRank centrality, Louvain communities, and the HTML view.

Usage::

    python benchmarks/bench_lookups.py --sizes 1000 10000
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_S = 2.0


def timed(func, *args, **kwargs) -> float:
    start = time.perf_counter()
    func(*args, **kwargs)
    seconds = round(time.perf_counter() - start, 3)
    print(f"  {getattr(func, '__name__', func)}: {seconds} s", file=sys.stderr, flush=True)
    return seconds


def run(n: int, seed: int = 3) -> dict:
    from generate import with_repeats

    from epkg.exports.html import build_view, render_html
    from epkg.graph import analysis, lookup, summary
    from epkg.graph.ingest import ingest
    from epkg.graph.network import project
    from epkg.graph.store import Store
    from epkg.ontology.namespaces import EPID

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in with_repeats(n, seed=seed)), encoding="utf-8")
        store = Store.open(Path(tmp) / "store")
        started = time.perf_counter()
        done = ingest([corpus], store)
        ingest_s = time.perf_counter() - started
        print(f"{n} articles ingested in {ingest_s:.0f} s ({done.consolidation_seconds:.0f} s consolidating)",
              file=sys.stderr, flush=True)
        busiest = store.select("""SELECT ?s (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g epkg:mentions ?s }
            ?s a epkg:State } GROUP BY ?s ORDER BY DESC(?n) LIMIT 1""")[0]["s"]
        other = EPID["state/CHN"]
        times = {
            "partners": timed(lookup.partners, store, busiest),
            "show": timed(lookup.show, store, busiest),
            "projects --host": timed(lookup.projects, store, host=busiest),
            "agreements --between": timed(lookup.agreements, store, between=(busiest, other)),
            "events": timed(lookup.events, store),
            "new --since": timed(lookup.new, store, "2025-01-01"),
            "stats": timed(summary.stats, store),
        }
        t0 = time.perf_counter()
        G = project(store)
        times["network (viz/centrality input)"] = round(time.perf_counter() - t0, 3)
        times["centrality pagerank"] = timed(analysis.centrality, G, "pagerank")
        times["communities"] = timed(analysis.communities, G)
        times["viz (HTML, default top)"] = timed(lambda: render_html(build_view(store)))
        triples = len(store)
        store.close()
    return {"articles": n, "documents": done.new, "triples": triples, "ingest_s": round(ingest_s, 1),
            "consolidation_s": round(done.consolidation_seconds, 1), "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(), "seconds": times}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    args = parser.parse_args(argv)
    results = [run(n) for n in args.sizes]
    print(json.dumps(results, indent=2))
    names = list(results[0]["seconds"])
    print("\n| step | " + " | ".join(f"{r['articles']} articles" for r in results) + " |")
    print("|---|" + "---|" * len(results))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{r['seconds'][name]:.2f} s" for r in results) + " |")
    slow = [(r["articles"], k, v) for r in results for k, v in r["seconds"].items()
            if v > TARGET_S and not k.startswith(("network", "centrality", "communities", "viz"))]
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
