"""Timings of the SPARQL path: query checking, the endpoint, and stopping a runaway query.

Run: ``python benchmarks/bench_endpoint.py`` (needs no corpus: it uses the reference
graphs plus the test's two sample documents).

Results (2-core container shared with other jobs, Python 3.11, pyoxigraph 0.5.13; two runs):

    check_query (rdflib parse + walk), SELECT with FILTER/ORDER   median 17-21 ms
    endpoint GET, ASK, JSON (httpx, keep-alive)                   median 10-14 ms
    endpoint GET, 200-row SELECT, CSV                             median 25 ms
    runaway query, limit 2 s: client answered after               2.09-2.10 s (503)
    quick query while the runaway runs                            17-18 ms
    next query after the kill (worker restarted)                  0.01-0.03 s (the spare worker answers)
    name index build (12.6k reference triples + 2 documents)      0.14-0.24 s, then cached

What it shows: checking with rdflib's (pyparsing) parser costs tens of milliseconds per query, the largest part of a small query's latency;
a query past its limit is answered with 503 within a few tens of milliseconds of the
deadline, while other queries keep being served by the other worker.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from epkg.graph.endpoint import create_app  # noqa: E402
from epkg.graph.names import build_index  # noqa: E402
from epkg.graph.sparql import check_query  # noqa: E402
from epkg.graph.store import Store  # noqa: E402
from sample_graph import fill  # noqa: E402
from test_endpoint import RUNAWAY, Running  # noqa: E402


def median_ms(fn, n=50) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    q = "SELECT ?s ?l WHERE { ?s a epkg:State ; rdfs:label ?l . FILTER(CONTAINS(?l, 'stan')) } ORDER BY ?l"
    print(f"check_query: median {median_ms(lambda: check_query(q)):.1f} ms")
    path = Path(tempfile.mkdtemp()) / "store"
    store = Store.open(path)
    fill(store)
    start = time.perf_counter()
    build_index(store)
    print(f"name index build: {time.perf_counter() - start:.2f} s")
    store.close()
    app = create_app(str(path), timeout=2, max_rows=10_000, workers=2)
    with Running(app) as server, httpx.Client(timeout=60) as client:
        ask = {"query": "ASK { state:AZE ?p ?o }"}
        json_accept = {"Accept": "application/sparql-results+json"}
        print(f"endpoint ASK: median {median_ms(lambda: client.get(server.url, params=ask, headers=json_accept)):.1f} ms")
        rows = {"query": "SELECT ?s ?i WHERE { ?s epkg:iso3 ?i } LIMIT 200"}
        print(f"endpoint 200 rows CSV: median "
              f"{median_ms(lambda: client.get(server.url, params=rows, headers={'Accept': 'text/csv'})):.1f} ms")
        outcome = {}

        def runaway():
            start = time.perf_counter()
            r = httpx.get(server.url, params={"query": RUNAWAY}, timeout=120)
            outcome["t"], outcome["status"] = time.perf_counter() - start, r.status_code

        thread = threading.Thread(target=runaway)
        thread.start()
        time.sleep(0.5)
        start = time.perf_counter()
        client.get(server.url, params=ask, headers=json_accept)
        print(f"quick query during runaway: {(time.perf_counter() - start) * 1000:.0f} ms")
        thread.join()
        print(f"runaway answered after {outcome['t']:.2f} s with {outcome['status']}")
        start = time.perf_counter()
        client.get(server.url, params=ask, headers=json_accept)
        print(f"next query after the kill: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
