"""Cost of the network measures on synthetic networks of 1k, 10k and 100k edges.

Networks are Barabási–Albert graphs (hubs, like partnership networks) with ten
edges per new node and integer weights 1–5, seeded. For each size the script
times the projection-independent measures of ``epkg.graph.analysis`` and, as a
baseline measured in the same run, one breadth-first search from every one of 10
nodes; ratios are against that baseline, so they compare across machines.

Betweenness is weighted (distance 1/weight, see ``epkg.graph.analysis``) except
where a row says unweighted. Sampled betweenness (``k`` sources) is compared
with the exact values: the
largest and mean absolute error, and how many of the exact top 20 the sample
also puts in its top 20.

Run ``python benchmarks/bench_analysis.py`` to print the table,
``--write`` to replace the "analysis" section of ``benchmarks/RESULTS.md``;
``--full`` also times networkx's exact and sampled betweenness on 100k edges (minutes).
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import time
from pathlib import Path

import networkx as nx

from epkg.graph import analysis

SIZES = (1_000, 10_000, 100_000)
EDGES_PER_NODE = 10
SAMPLES = (100, 200)
RESULTS = Path(__file__).with_name("RESULTS.md")


def network(edges: int, seed: int = 0) -> nx.Graph:
    n = edges // EDGES_PER_NODE + EDGES_PER_NODE
    G = nx.barabasi_albert_graph(n, EDGES_PER_NODE, seed=seed)
    rng = random.Random(seed)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = float(rng.randint(1, 5))
    return G


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    value = func(*args, **kwargs)
    return time.perf_counter() - start, value


def baseline(G: nx.Graph) -> float:
    """Ten breadth-first searches: a unit of graph traversal on this machine, for ratios."""
    nodes = sorted(G)[:: max(1, len(G) // 10)][:10]
    start = time.perf_counter()
    for s in nodes:
        nx.single_source_shortest_path_length(G, s)
    return time.perf_counter() - start


def errors(exact: dict, approx: dict) -> tuple[float, float, int]:
    diffs = [abs(exact[n] - approx[n]) for n in exact]
    top = set(sorted(exact, key=exact.get, reverse=True)[:20])
    top_approx = set(sorted(approx, key=approx.get, reverse=True)[:20])
    return max(diffs), sum(diffs) / len(diffs), len(top & top_approx)


def measure(G: nx.Graph, full: bool) -> tuple[list[tuple], list[tuple]]:
    edges = G.number_of_edges()
    base = baseline(G)
    rows = [("baseline: 10 BFS", base)]
    t_pr = timed(analysis.centrality, G, "pagerank")[0]
    rows.append(("pagerank (scipy)", t_pr))
    rows.append(("eigenvector", timed(analysis.centrality, G, "eigenvector")[0]))
    rows.append(("louvain + modularity", timed(analysis.communities, G)[0]))
    t_ig, exact = timed(analysis.centrality, G, "betweenness", engine="igraph")
    rows.append(("betweenness exact, igraph", t_ig))
    rows.append(("betweenness exact, igraph, unweighted",
                 timed(analysis.centrality, G, "betweenness", weight=None, engine="igraph")[0]))
    if edges <= 20_000 or full:
        t_nx, exact_nx = timed(analysis.centrality, G, "betweenness", engine="networkx")
        rows.append(("betweenness exact, networkx", t_nx))
        gap = max(abs(exact[n] - exact_nx[n]) for n in G)
        rows.append(("  igraph − networkx, largest difference", f"{gap:.1e}"))
    sampled = []
    for k in SAMPLES:
        if k >= len(G):
            continue
        t_k, approx = timed(analysis.centrality, G, "betweenness", k=k, seed=1, engine="igraph")
        rows.append((f"betweenness k={k}, igraph", t_k))
        rows.append((f"  pagerank + betweenness k={k} (the target: < 10 s at 100k edges)", t_pr + t_k))
        if edges <= 20_000 or full:
            t_nx, approx_nx = timed(analysis.centrality, G, "betweenness", k=k, seed=1, engine="networkx")
            rows.append((f"betweenness k={k}, networkx", t_nx))
            gap = max(abs(approx[n] - approx_nx[n]) for n in G)
            rows.append(("  igraph − networkx, largest difference", f"{gap:.1e}"))
        sampled.append((k, *errors(exact, approx)))
    return [(name, value, value / base if isinstance(value, float) else None) for name, value in rows], sampled


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import igraph
    import scipy
    return (f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, networkx {nx.__version__}, "
            f"igraph {igraph.__version__}, scipy {scipy.__version__}")


def warm_up() -> None:
    """Import and first-call costs (scipy, igraph) paid before any timing."""
    G = network(200)
    for metric in analysis.METRICS:
        analysis.centrality(G, metric)
    analysis.communities(G)


def report(full: bool, sizes=SIZES) -> str:
    warm_up()
    lines = ["## analysis", "",
             f"`python benchmarks/bench_analysis.py{' --full' if full else ''}` on {time.strftime('%Y-%m-%d')}: "
             f"{machine()}.", "",
             f"Barabási–Albert networks, {EDGES_PER_NODE} edges per node, weights 1–5, seed 0. "
             "Ratio = time / baseline (10 BFS on the same network, same run). Betweenness is weighted "
             "(distance 1/weight) unless marked unweighted; the machine is shared with other jobs.", ""]
    for edges in sizes:
        G_size = network(edges)
        rows, sampled = measure(G_size, full)
        lines += [f"### {G_size.number_of_edges():,} edges, {len(G_size):,} nodes", "",
                  "| measure | seconds | ratio |", "|---|---:|---:|"]
        for name, value, ratio in rows:
            if isinstance(value, float):
                lines.append(f"| {name} | {value:.3f} | {ratio:.1f} |")
            else:
                lines.append(f"| {name} | {value} | |")
        if sampled:
            lines += ["", "Sampled betweenness against exact (normalised values):", "",
                      "| k | largest abs. error | mean abs. error | exact top 20 found |", "|---:|---:|---:|---:|"]
            for k, worst, mean, overlap in sampled:
                lines.append(f"| {k} | {worst:.2e} | {mean:.2e} | {overlap}/20 |")
        lines.append("")
    return "\n".join(lines)


def write_section(text: str) -> None:
    old = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\n"
    pattern = re.compile(r"^## analysis\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text + "\n"
    RESULTS.write_text(new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="Replace the analysis section of RESULTS.md.")
    parser.add_argument("--full", action="store_true", help="Also networkx's exact and sampled betweenness on 100k edges.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="Network sizes in edges.")
    args = parser.parse_args()
    text = report(args.full, args.sizes)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
