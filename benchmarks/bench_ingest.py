"""Ingest at size: throughput and peak memory of ``epkg ingest`` on synthetic corpora.

For each corpus size and each ``--jobs`` value, a fresh on-disk store is filled
from a generated JSONL corpus by the real CLI in a subprocess; wall time, the
peak resident memory of the whole process tree (the writer and its extraction
workers), articles/s and triples/s are recorded.

Usage::

    python benchmarks/bench_ingest.py --sizes 1000 10000 50000 --jobs 1 2 --out benchmarks/results
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import DEFAULT_OUT, epkg_command, machine, markdown_table, run_measured, write_results  # noqa: E402

TARGET_SIZE, TARGET_JOBS, TARGET_S, TARGET_RSS_MB = 10000, 2, 60.0, 1536
SHARD = 1000  # articles per JSONL file: the loader refuses files over 20 MB


def write_corpus(folder: Path, n: int, seed: int) -> Path:
    """The first *n* articles of *seed* as a folder of JSONL shards (the same articles as one big file)."""
    import json

    from generate import generate

    folder.mkdir(parents=True, exist_ok=True)
    out = None
    for i, record in enumerate(generate(n, seed)):
        if i % SHARD == 0:
            if out:
                out.close()
            out = open(folder / f"part-{i // SHARD:05d}.jsonl", "w", encoding="utf-8", newline="\n")
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    if out:
        out.close()
    return folder


def bench(sizes: list[int], jobs: list[int], seed: int, out: Path, executor: str = "local") -> dict:
    """Run every (size, jobs) combination; return the measurements."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="epkg-bench-ingest-") as tmp:
        tmp = Path(tmp)
        for n in sizes:
            corpus = write_corpus(tmp / f"corpus-{n}", n, seed)
            for j in jobs:
                store = tmp / f"store-{n}-{j}"
                cmd = epkg_command() + ["--store", str(store), "ingest", str(corpus), "--jobs", str(j),
                                        "--executor", executor, "--json"]
                r = run_measured(cmd)
                if r["returncode"] not in (0, 1):
                    raise SystemExit(f"bench_ingest: ingest of {n} articles failed: {r['stderr'].strip()[-500:]}")
                summary = json.loads(r["stdout"])
                if summary["failed"]:
                    raise SystemExit(f"bench_ingest: {summary['failed']} of {n} articles failed: "
                                     f"{summary['failures'][:3]}")
                rows.append({"articles": n, "jobs": j, "executor": executor, "wall_s": round(r["wall_s"], 2),
                             "articles_per_s": round(n / r["wall_s"], 1),
                             "triples": summary["triples"], "triples_per_s": round(summary["triples"] / r["wall_s"]),
                             "failed": summary["failed"], "peak_rss_mb": round(r["peak_rss_mb"])})
                print(json.dumps(rows[-1]), file=sys.stderr)
                shutil.rmtree(store, ignore_errors=True)
    data = {"benchmark": "ingest", "machine": machine(), "seed": seed, "rows": rows}
    target = [r for r in rows if r["articles"] == TARGET_SIZE and r["jobs"] == TARGET_JOBS]
    if target:
        t = target[0]
        data["target"] = {"articles": TARGET_SIZE, "jobs": TARGET_JOBS, "limit_s": TARGET_S,
                          "limit_rss_mb": TARGET_RSS_MB, "wall_s": t["wall_s"], "peak_rss_mb": t["peak_rss_mb"],
                          "met": t["wall_s"] < TARGET_S and t["peak_rss_mb"] < TARGET_RSS_MB}
    table = markdown_table(
        ["articles", "jobs", "wall s", "articles/s", "triples", "triples/s", "peak RSS MB"],
        [[r["articles"], r["jobs"], r["wall_s"], r["articles_per_s"], r["triples"], r["triples_per_s"],
          r["peak_rss_mb"]] for r in rows])
    write_results(out, "ingest", data, table)
    return data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Ingest throughput and peak RSS at several corpus sizes.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000], help="corpus sizes")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to compare")
    parser.add_argument("--executor", choices=["local", "dask"], default="local", help="ingest executor")
    parser.add_argument("--seed", type=int, default=0, help="generator seed")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for ingest.json and ingest.md")
    args = parser.parse_args(argv)
    data = bench(args.sizes, args.jobs, args.seed, args.out, args.executor)
    print((args.out / "ingest.md").read_text())
    if "target" in data:
        print(f"target (10k articles, --jobs 2, < 60 s, < 1.5 GB): {'met' if data['target']['met'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
