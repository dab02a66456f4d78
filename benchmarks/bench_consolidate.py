"""What keeping the consolidated graph costs, as a share of ingest time, in the same run.

A generated corpus where about 40% of the records re-report an earlier article
(``generate.with_repeats``: new id and publisher, later date, dates cut to the month
in half of them, paragraphs reordered) is ingested in two runs into one fresh store
(the first 80%, then the rest, so the second run refreshes a store that already holds
facts). ``IngestSummary.consolidation_seconds`` (noting what each document changes,
and the refresh at the end of the run) is compared with the rest of the run's time.
It also reports how many facts the consolidated graph holds against the claims of
the document graphs, and the true number of facts (those of the originals alone).

Usage::

    python benchmarks/bench_consolidate.py --n 300 --jobs 1
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_RATIO = 0.25
KINDS = ("Agreement", "EnergyProject", "Event")


def _count(store, kind: str, graph: str | None) -> int:
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    where = (f"GRAPH <{GRAPH_CONSOLIDATED}> {{ ?x a epkg:{kind} }}" if graph == "consolidated" else
             f"GRAPH ?g {{ ?x a epkg:{kind} }} FILTER(CONTAINS(STR(?g), \"/id/doc/\"))")
    return int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?g ?x WHERE {{ {where} }} }}")[0]["n"])


def run(n: int, jobs: int, seed: int) -> dict:
    from generate import with_repeats

    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store

    records = list(with_repeats(n, seed=seed))
    originals = [r for r in records if "repeat_of" not in r]
    with tempfile.TemporaryDirectory() as tmp:
        parts = [Path(tmp) / "a.jsonl", Path(tmp) / "b.jsonl", Path(tmp) / "originals.jsonl"]
        cut = int(len(records) * 0.8)
        for path, chunk in zip(parts, (records[:cut], records[cut:], originals)):
            path.write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
        store = Store.open(Path(tmp) / "store")
        runs = []
        for path in parts[:2]:
            started = time.perf_counter()
            summary = ingest([path], store, jobs=jobs)
            total = time.perf_counter() - started
            runs.append({"documents": summary.new, "seconds": round(total, 2),
                         "consolidation_seconds": round(summary.consolidation_seconds, 3),
                         "ratio": round(summary.consolidation_seconds / (total - summary.consolidation_seconds), 4)})
        counts = {k: {"claims": _count(store, k, None), "facts": _count(store, k, "consolidated")} for k in KINDS}
        merging = _merging(store, {r["id"]: r.get("repeat_of", r["id"]) for r in records})
        store.close()
        truth = Store.open(Path(tmp) / "truth")
        ingest([parts[2]], truth, jobs=jobs)
        for k in KINDS:
            counts[k]["facts_of_originals"] = _count(truth, k, "consolidated")
        truth.close()
    return {"n": n, "jobs": jobs, "runs": runs, "counts": counts, "merging": merging}


def _merging(store, story: dict) -> dict:
    """Precision and recall of the merging, by story (a repeat and its original are one story).

    Recall: the share of a repeat's claims that landed in a fact with a claim of its
    original. Precision: the share of the pairs of claims merged into one fact that come
    from one story (pairs across stories merged distinct facts, unless the generator
    happened to repeat one).
    """
    from epkg.graph.consolidate import read_claims
    from epkg.graph.identity import cluster

    ident = {str(r["g"]): str(r["i"]) for r in store.select(
        "SELECT ?g ?i WHERE { GRAPH ?g { ?g dcterms:identifier ?i } }")}
    out = {}
    for kind in ("agreement", "project", "event"):
        claims = [c for c, _ in read_claims(store, kind)]
        facts = cluster(claims)
        fact_of = {(c.doc, c.node): i for i, f in enumerate(facts) for c in f}
        originals: dict = {}
        for c in claims:
            if story[ident[c.doc]] == ident[c.doc]:
                originals.setdefault(ident[c.doc], []).append(c)
        repeats = [c for c in claims if story[ident[c.doc]] != ident[c.doc]]
        found = sum(any(fact_of[(c.doc, c.node)] == fact_of[(o.doc, o.node)]
                        for o in originals.get(story[ident[c.doc]], [])) for c in repeats)
        # pairs of reports merged into one fact, and how many of them tell one story: one wrong
        # merge of a hundred reports weighs as the hundreds of pairs it makes, not as one fact
        pairs = same = 0
        for f in facts:
            stories = Counter(story[ident[c.doc]] for c in f)
            n = len(f)
            pairs += n * (n - 1) // 2
            same += sum(k * (k - 1) // 2 for k in stories.values())
        out[kind] = {"recall": round(found / len(repeats), 3) if repeats else None,
                     "precision": round(same / pairs, 3) if pairs else None}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    result = run(args.n, args.jobs, args.seed)
    print(json.dumps(result, indent=2))
    first, second = (r["ratio"] for r in result["runs"])
    print(f"consolidation / rest of ingest: {first:.1%} filling the store, {second:.1%} adding the last 20% "
          f"(target <= {TARGET_RATIO:.0%})")
    return 0 if first <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
