"""Time to write and to open the HTML view at 100, 1k and 5k nodes.

For each size a store is built whose network has exactly that many actors:
synthetic companies tied in a ring plus random cooperation ties, each stated by
a small document (hand-made facts through the real graph builder, so no
extraction is involved). ``epkg.exports.html.build_view`` (projection, selection,
layout) and ``write_view`` (the page) are timed separately, as ``epkg viz --top N``
runs them; headless Chromium then opens the file and dumps
the DOM once the network is drawn (timed; an empty page opened the same way in
the same run is the baseline, so the browser's own start-up can be subtracted).

Usage::

    python benchmarks/bench_html.py --sizes 100 1000 5000 --out benchmarks/results
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import DEFAULT_OUT, machine, markdown_table, write_results  # noqa: E402

NODES_PER_DOCUMENT = 25
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--virtual-time-budget=60000", "--dump-dom"]


def build_store(path: Path, n_nodes: int, seed: int) -> int:
    """A store whose actor network has *n_nodes* companies; returns the number of ties stated."""
    from epkg.graph.build import build_graph
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.extract.facts import COMPANY, Cooperation, DocumentFacts, Entity, Sentence
    from epkg.graph.store import Store

    rng = random.Random(seed)
    keys = [f"organization/bench-company-{i:05d}" for i in range(n_nodes)]
    ties = [(i, (i + 1) % n_nodes) for i in range(n_nodes)]  # a ring: every node has an edge
    ties += [tuple(rng.sample(range(n_nodes), 2)) for _ in range(n_nodes // 2)]
    store = Store.open(path)
    for d in range(0, len(ties), NODES_PER_DOCUMENT):
        chunk = ties[d:d + NODES_PER_DOCUMENT]
        text = f"Synthetic view benchmark document {d}: {len(chunk)} cooperation ties."
        facts = DocumentFacts(text, sentences=[Sentence(0, 0, len(text), text)])
        for a, b in chunk:
            for i in (a, b):
                facts.entities.setdefault(keys[i], Entity(keys[i], COMPANY, f"Bench Company {i}"))
            facts.cooperations.append(Cooperation((keys[a], keys[b]), 0))
        record = DocumentRecord(f"view-bench-{d}.txt", text, title=f"View benchmark {d}", published="2025-01-01")
        store.add_document(record.iri, record.identifier, build_graph(record, facts))
    store.close()
    return len(ties)


def open_in_browser(chromium: str, html: Path, profile: Path, attempts: int = 3,
                    done: str = "</html>") -> tuple[float, str, str]:
    """Seconds for headless Chromium to load *html*, run its scripts and dump the DOM; the DOM; its stderr tail.

    A headless browser in a container now and then exits before dumping anything (a crashed
    renderer, a full /dev/shm), or dumps the DOM before its first animation frame ran on a loaded
    machine; such a run (no *done* marker in the DOM) is retried, so one bad start is not reported
    as a page that failed to draw. The time is the successful run's.
    """
    for attempt in range(attempts):
        t0 = time.perf_counter()
        r = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}-{attempt}", html.resolve().as_uri()],
                           capture_output=True, text=True, timeout=600)
        elapsed = time.perf_counter() - t0
        if r.returncode == 0 and done in r.stdout:
            break
    return elapsed, r.stdout, r.stderr[-400:]


def drawn_nodes(dom: str) -> int | None:
    """The node count the page reports once drawn (a ``data-nodes`` attribute), if any."""
    m = re.search(r'data-nodes="(\d+)"', dom)
    return int(m.group(1)) if m else None


def bench(sizes: list[int], seed: int, out: Path, browser: bool = True) -> dict:
    from epkg.exports.html import build_view, write_view
    from epkg.graph.store import Store

    chromium = (shutil.which("chromium") or shutil.which("chromium-browser")) if browser else None
    rows = []
    with tempfile.TemporaryDirectory(prefix="epkg-bench-html-") as tmp:
        tmp = Path(tmp)
        baseline_s = None
        if chromium:
            empty = tmp / "empty.html"
            empty.write_text("<!doctype html><title>empty</title><body></body>")
            baseline_s, _, _ = open_in_browser(chromium, empty, tmp / "profile-empty")
        for n in sizes:
            store = tmp / f"store-{n}"
            ties = build_store(store, n, seed)
            html = tmp / f"view-{n}.html"
            opened = Store.open(store, read_only=True)
            t0 = time.perf_counter()
            view = build_view(opened, top=n)
            t1 = time.perf_counter()
            write_view(view, html)
            t2 = time.perf_counter()
            opened.close()
            row = {"nodes": n, "ties": ties, "build_view_s": round(t1 - t0, 2), "write_s": round(t2 - t1, 2),
                   "html_mb": round(html.stat().st_size / 2**20, 2)}
            if chromium:
                open_s, dom, errors = open_in_browser(chromium, html, tmp / f"profile-{n}", done='data-status="drawn"')
                row.update({"open_s": round(open_s, 2), "open_minus_empty_page_s": round(open_s - baseline_s, 2),
                            "drawn_nodes": drawn_nodes(dom)})
                if row["drawn_nodes"] is None:
                    row["browser_stderr"] = errors
            rows.append(row)
            print(row, file=sys.stderr)
            shutil.rmtree(store, ignore_errors=True)
    data = {"benchmark": "html", "machine": machine(), "seed": seed, "chromium": chromium,
            "empty_page_open_s": None if baseline_s is None else round(baseline_s, 2), "rows": rows}
    table = markdown_table(
        ["nodes", "build view s", "write page s", "HTML MB", "open s", "open − empty page s", "nodes drawn"],
        [[r["nodes"], r["build_view_s"], r["write_s"], r["html_mb"], r.get("open_s", "–"), r.get("open_minus_empty_page_s", "–"),
          r.get("drawn_nodes", "–")] for r in rows])
    write_results(out, "html", data, table)
    return data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time to write and open the HTML view at several sizes.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000], help="network sizes in nodes")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random ties")
    parser.add_argument("--no-browser", action="store_true", help="only time writing (no Chromium)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for html.json and html.md")
    args = parser.parse_args(argv)
    bench(args.sizes, args.seed, args.out, browser=not args.no_browser)
    print((args.out / "html.md").read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
