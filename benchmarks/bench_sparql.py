"""SPARQL latency of the competency queries at 100k, 1M and 10M triples: Oxigraph vs rdflib.

A base corpus of generated articles is extracted and built for real (with its
consolidated graph); its document graphs and the consolidated graph's facts are
then replicated (each copy gets fresh document, relation node and fact IRIs,
while states, organizations and places and their consolidated descriptions stay
shared, as they are across a real year of news) until the store holds the wanted
number of triples. The consolidated graph's summaries (``graph/summaries.py``: aggregates
of the facts, and each partnership's source list from the facts and the document graphs) are
then derived from the loaded store, as the consolidation would for those facts and documents
(so each copy's partnerships list the copy's documents), and added to both engines' data.
The N-Quads are bulk-loaded into the default embedded Oxigraph store and, in
the same run, parsed into rdflib's in-memory Dataset (``default_union=True``) as
the baseline. Each query's median over repeated runs is recorded for both, with
the ratio rdflib/Oxigraph.

The queries are the project's competency queries, ``queries/*.rq`` in the
checkout, when there are any; otherwise the representative set below. With
``--before REV``, each query as git revision REV has it is also run on the same store,
one run of each in turn (so both see the same load): a same-run baseline for a changed
query. The store is this checkout's (its summaries included), so a query of REV that
reads statements this checkout no longer writes is not measured fairly.

Usage::

    python benchmarks/bench_sparql.py --sizes 100000 1000000 --out benchmarks/results
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_jsonl  # noqa: E402
from measure import DEFAULT_OUT, machine, markdown_table, median_time, write_results  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
QUERY_DIR = REPO / "queries"
TARGET_TRIPLES, TARGET_MS = 1_000_000, 50.0
RDFLIB_SKIP_S = 10.0

# Used when queries/*.rq holds no query: one per kind of competency question.
BUILTIN_QUERIES = {
    "partners_of_a_state": """
        SELECT DISTINCT ?partner ?level WHERE {
          ?p a epkg:Partnership ; epkg:partner state:AZE, ?partner ; epkg:level/skos:prefLabel ?level .
          FILTER(?partner != state:AZE)
        }""",
    "agreements_of_a_state_in_a_year": """
        SELECT ?agreement ?date WHERE {
          ?agreement a epkg:Agreement ; epkg:party state:CHN ; epkg:signedOn ?date .
          FILTER(STRSTARTS(STR(?date), "2021"))
        }""",
    "capacity_by_technology_in_a_state": """
        SELECT ?tech (SUM(?mw) AS ?total) WHERE {
          ?project a epkg:EnergyProject ; epkg:hostState state:TUR ;
                   epkg:technology/skos:prefLabel ?tech ; epkg:capacityMW ?mw .
        } GROUP BY ?tech""",
    "members_of_an_organization": """
        SELECT DISTINCT ?member WHERE {
          ?org rdfs:label "Shanghai Cooperation Organization" . ?member epkg:memberOf ?org .
        }""",
    "documents_naming_two_states": """
        SELECT ?doc WHERE { GRAPH ?doc { ?doc epkg:mentions state:AZE, state:CHN } } LIMIT 100""",
    "most_partnered_states": """
        SELECT ?state (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a epkg:Partnership ; epkg:partner ?state }
        GROUP BY ?state ORDER BY DESC(?n) LIMIT 10""",
}

# Relation nodes and documents are per document: each copy gets its own.
_PER_DOCUMENT = re.compile(r"<(https://w3id\.org/epkg/id/(?:doc|partnership|agreement|project|event|membership|"
                           r"cooperation)/[^>]*)>")


def competency_queries() -> dict[str, str]:
    """``queries/*.rq`` by file stem, or :data:`BUILTIN_QUERIES` when there are none."""
    files = sorted(QUERY_DIR.glob("*.rq")) if QUERY_DIR.is_dir() else []
    found = {f.stem: f.read_text(encoding="utf-8") for f in files}
    return found or dict(BUILTIN_QUERIES)


def queries_at(rev: str, names) -> dict[str, str]:
    """The competency queries *names* as git revision *rev* of the checkout has them (those it has)."""
    out = {}
    for name in names:
        shown = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:queries/{name}.rq"],
                               capture_output=True, text=True)
        if shown.returncode == 0:
            out[name] = shown.stdout
    return out


def interleaved(fns: list, repeat: int) -> list[dict]:
    """Median and least wall time of each of *fns* over *repeat* rounds (after one warm-up round), each
    round running every function once, in turn."""
    for fn in fns:
        fn()
    times = [[] for _ in fns]
    for _ in range(repeat):
        for fn, spent in zip(fns, times):
            t0 = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - t0)
    return [{"median_s": statistics.median(t), "min_s": min(t), "runs": len(t)} for t in times]


def base_nquads(n_articles: int, seed: int, jobs: int, tmp: Path) -> tuple[list[str], list[str]]:
    """N-Quads lines of the reference graphs and of the document graphs of *n_articles* generated articles."""
    import pyoxigraph as ox

    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store

    corpus = tmp / "base.jsonl"
    write_jsonl(corpus, n_articles, seed)
    store = Store.memory()
    summary = ingest([str(corpus)], store, jobs=jobs)
    if summary.failed:
        print(f"bench_sparql: {summary.failed} base articles failed to ingest", file=sys.stderr)
    from epkg.graph.store import GRAPH_META
    from epkg.ontology.namespaces import EPID, GRAPH_CONSOLIDATED

    docs = set(store.document_graphs())
    # the meta graph (ingestion times, the consolidation's index) is no query's business
    reference = [g for g in store.graph_names() if g not in docs and g != GRAPH_META]
    path_ref, path_docs = tmp / "reference.nq", tmp / "docs.nq"
    store.dump(str(path_ref), ox.RdfFormat.N_QUADS, graphs=reference)
    store.dump(str(path_docs), ox.RdfFormat.N_QUADS, graphs=sorted(docs))
    # The consolidated graph's facts are copied with the documents (each copy of the corpus
    # reports facts of its own); its entity descriptions, like the entities, stay shared. Its
    # summaries (graph/summaries.py) are aggregates of the facts (and the partnerships' source lists
    # of their documents): left out here, and derived again from the scaled store once it is loaded
    # (:func:`derive_summaries`), since a copy's facts and documents are its own.
    consolidated = f"<{GRAPH_CONSOLIDATED}> ."
    shared, facts = [], []
    for line in path_ref.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"<{EPID['summary/']}"):
            continue
        (facts if line.endswith(consolidated) and _PER_DOCUMENT.match(line) else shared).append(line)
    # documents first: a store cut short of a whole copy holds documents not yet consolidated,
    # never facts without their documents
    return shared, path_docs.read_text(encoding="utf-8").splitlines() + facts


def write_scaled(path: Path, reference: list[str], docs: list[str], triples: int) -> int:
    """Write reference + copies of *docs* to *path* until it holds at least *triples* quads; return the count."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for line in reference:
            out.write(line + "\n")
        count += len(reference)
        copy = 0
        while count < triples:
            suffix = f"-c{copy}"
            for line in docs:
                out.write((line if copy == 0 else _PER_DOCUMENT.sub(lambda m: f"<{m.group(1)}{suffix}>", line)) + "\n")
                count += 1
                if count >= triples:
                    break
            copy += 1
    return count


def derive_summaries(store, nq: Path) -> int:
    """Write the consolidated graph's summaries of the loaded *store* (as the consolidation would for
    these facts) into it, and append them to *nq* for the rdflib baseline; return how many."""
    from epkg.graph import summaries
    from epkg.graph.storage.terms import triple_line
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    lines = [triple_line(t) for t in summaries.all_summaries(store)]
    store.patch_graph(GRAPH_CONSOLIDATED, set(), set(lines))  # the loaded store holds none yet
    with open(nq, "a", encoding="utf-8") as out:
        for line in lines:
            out.write(f"{line} <{GRAPH_CONSOLIDATED}> .\n")
    return len(lines)


def _run_oxigraph(store, query: str):
    result = store.query(query)
    return result if isinstance(result, bool) else sum(1 for _ in result)


def _run_rdflib(dataset, prologue: str, query: str):
    result = dataset.query(prologue + query)
    return result.askAnswer if result.type == "ASK" else sum(1 for _ in result)


def bench(sizes: list[int], base: int, seed: int, repeat: int, baseline_max: int, jobs: int, out: Path,
          rdflib_skip_s: float = RDFLIB_SKIP_S, skip: tuple = (), before: str | None = None) -> dict:
    """Measure every query at every size (and each query of git revision *before* beside it); return
    the measurements."""
    from rdflib import Dataset

    from epkg.graph.store import Store
    from epkg.ontology.namespaces import sparql_prologue

    queries = {k: v for k, v in competency_queries().items() if k not in set(skip)}
    earlier = queries_at(before, queries) if before else {}
    info = machine()
    prologue = sparql_prologue()
    rows, loads = [], []
    too_slow: dict[str, int] = {}  # rdflib cannot be interrupted: a query this slow is not rerun at larger sizes
    with tempfile.TemporaryDirectory(prefix="epkg-bench-sparql-") as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        reference, docs = base_nquads(base, seed, jobs, tmp)
        base_s = time.perf_counter() - t0
        print(f"base: {base} articles, {len(docs)} document quads in {base_s:.1f} s", file=sys.stderr)
        for size in sizes:
            nq = tmp / f"scaled-{size}.nq"
            quads = write_scaled(nq, reference, docs, size)
            store_dir = tmp / f"store-{size}"
            t0 = time.perf_counter()
            store = Store.open(store_dir, reference=False)
            store.bulk_load_file(nq)
            store.flush()
            ox_load = time.perf_counter() - t0
            t0 = time.perf_counter()
            summary_quads = derive_summaries(store, nq)  # on top of the size asked for
            store.flush()
            summaries_s = time.perf_counter() - t0
            dataset, rdflib_load = None, None
            if quads <= baseline_max:
                t0 = time.perf_counter()
                dataset = Dataset(default_union=True)
                dataset.parse(str(nq), format="nquads")
                rdflib_load = time.perf_counter() - t0
            loads.append({"triples": quads, "oxigraph_bulk_load_s": round(ox_load, 2),
                          "summary_quads": summary_quads, "summaries_s": round(summaries_s, 2),
                          "rdflib_parse_s": None if rdflib_load is None else round(rdflib_load, 2)})
            print(json.dumps(loads[-1]), file=sys.stderr)
            for name, query in queries.items():
                answers = _run_oxigraph(store, query)
                if name in earlier:
                    old = earlier[name]
                    ox_t, old_t = interleaved([lambda: _run_oxigraph(store, query),
                                               lambda: _run_oxigraph(store, old)], repeat)
                else:
                    ox_t = median_time(lambda: _run_oxigraph(store, query), repeat=repeat)
                row = {"triples": quads, "query": name, "answers": answers,
                       "oxigraph_ms": round(ox_t["median_s"] * 1000, 2), "oxigraph_runs": ox_t["runs"]}
                if name in earlier:
                    row.update({"before": before, "before_answers": _run_oxigraph(store, old),
                                "before_ms": round(old_t["median_s"] * 1000, 2),
                                "ratio_over_before": round(ox_t["median_s"] / max(old_t["median_s"], 1e-9), 2)})
                if dataset is not None and name in too_slow:
                    row["rdflib_skipped"] = f"over {rdflib_skip_s:g} s at {too_slow[name]} triples"
                elif dataset is not None:
                    rdflib_answers = _run_rdflib(dataset, prologue, query)
                    rd_t = median_time(lambda: _run_rdflib(dataset, prologue, query), repeat=repeat, warmup=0,
                                       budget_s=30.0)
                    row.update({"rdflib_ms": round(rd_t["median_s"] * 1000, 2), "rdflib_runs": rd_t["runs"],
                                "rdflib_answers": rdflib_answers,
                                "ratio_rdflib_over_oxigraph": round(rd_t["median_s"] / max(ox_t["median_s"], 1e-9), 2)})
                    if rd_t["median_s"] > rdflib_skip_s:
                        too_slow[name] = quads
                rows.append(row)
                print(json.dumps(row), file=sys.stderr)
                # written after every query, so an interrupted run keeps what it measured
                report(out, {"benchmark": "sparql", "machine": info, "seed": seed, "base_articles": base,
                             "queries": queries, "before": before, "loads": loads, "rows": rows, "complete": False})
            store.close()
            dataset = None  # frees the baseline before the next size is built
            nq.unlink()
    return report(out, {"benchmark": "sparql", "machine": info, "seed": seed, "base_articles": base,
                        "queries": queries, "before": before, "loads": loads, "rows": rows})


def report(out: Path, data: dict) -> dict:
    """Add the target verdict to *data* and write ``sparql.json`` and ``sparql.md`` into *out*."""
    rows, loads = data["rows"], data["loads"]
    at_target = [r for r in rows if r["triples"] >= TARGET_TRIPLES and r["triples"] < 2 * TARGET_TRIPLES]
    if at_target:
        worst = max(r["oxigraph_ms"] for r in at_target)
        data["target"] = {"triples": TARGET_TRIPLES, "limit_ms": TARGET_MS, "worst_median_ms": worst,
                          "met": worst < TARGET_MS}
    compared = any("before_ms" in r for r in rows)
    table = markdown_table(
        ["triples", "query", "answers", "Oxigraph ms", "rdflib ms", "rdflib/Oxigraph"]
        + (["answers before", "Oxigraph ms before", "now/before"] if compared else []),
        [[r["triples"], r["query"], r["answers"], r["oxigraph_ms"],
          r.get("rdflib_ms", "skipped: " + r["rdflib_skipped"] if "rdflib_skipped" in r else "–"),
          r.get("ratio_rdflib_over_oxigraph", "–")]
         + ([r.get("before_answers", "–"), r.get("before_ms", "–"), r.get("ratio_over_before", "–")] if compared else [])
         for r in rows])
    table += "\n\n" + markdown_table(
        ["triples", "Oxigraph bulk load s", "summary quads", "summaries s", "rdflib parse s"],
        [[x["triples"], x["oxigraph_bulk_load_s"], x.get("summary_quads", "–"), x.get("summaries_s", "–"),
          x["rdflib_parse_s"] if x["rdflib_parse_s"] is not None else "–"] for x in loads])
    write_results(out, "sparql", data, table)
    return data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="SPARQL latency of the competency queries, Oxigraph vs rdflib.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="store sizes in triples")
    parser.add_argument("--base", type=int, default=1000, help="generated articles extracted for real")
    parser.add_argument("--seed", type=int, default=0, help="generator seed")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query (median reported)")
    parser.add_argument("--baseline-max", type=int, default=1_000_000,
                        help="largest size also loaded into rdflib (it needs ~1.5 kB of RAM a triple)")
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes for the base corpus")
    parser.add_argument("--rdflib-skip-s", type=float, default=RDFLIB_SKIP_S,
                        help="a query slower than this on rdflib is not rerun on rdflib at larger sizes")
    parser.add_argument("--skip", nargs="+", default=[], metavar="QUERY", help="queries (file stems) to leave out")
    parser.add_argument("--before", metavar="REV",
                        help="also run each query as git revision REV has it, in turn with this checkout's")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for sparql.json and sparql.md")
    args = parser.parse_args(argv)
    data = bench(args.sizes, args.base, args.seed, args.repeat, args.baseline_max, args.jobs, args.out,
                 args.rdflib_skip_s, args.skip, args.before)
    print((args.out / "sparql.md").read_text())
    if "target" in data:
        print(f"target (median < 50 ms at 1M triples): {'met' if data['target']['met'] else 'MISSED'} "
              f"(worst {data['target']['worst_median_ms']} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
