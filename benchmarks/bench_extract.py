"""Extraction speed in one process, stage by stage, on synthetic ~400-word articles.

Stages, each including the ones before it:

- ``baseline``: split the text into regex tokens (a lower bound any reader pays);
- ``entities``: sentences, dateline and credit line, entity recognition and linking;
- ``relations``: the whole of ``extract()`` (entities + relations);
- ``graph``: ``extract()`` and ``build_graph()`` (the RDF a document becomes);
- ``spacy-full`` (reference): spaCy's whole English pipeline (tagger, parser,
  lemmatizer, NER) run over every article, which is what a reader that parses
  everything would pay. ``extract()`` runs the recogniser and the parser only on
  the sentences that need them.

Machines are noisy, so each stage is also reported as a ratio to the baseline
measured in the same run, and ``relations`` as a speed-up over ``spacy-full``.
Peak RSS of the process is reported too.

Usage::

    python benchmarks/bench_extract.py --n 500 --repeat 3 --out benchmarks/RESULTS.md
"""
from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

from epkg.graph.build import build_graph  # noqa: E402
from epkg.graph.documents import record_from_json  # noqa: E402
from epkg.graph.extract import extract  # noqa: E402
from epkg.graph.extract.entities import recognise  # noqa: E402
from epkg.graph.extract.facts import DocumentFacts  # noqa: E402
from epkg.graph.extract.nlp import model_name, one_blas_thread, pipeline  # noqa: E402
from epkg.graph.extract.text import TOKEN_RE, split_sentences  # noqa: E402

SECTION = "extraction"


def stages():
    nlp = pipeline()
    return {
        "baseline": lambda r: sum(1 for _ in TOKEN_RE.finditer(r.text)),
        "entities": lambda r: recognise(DocumentFacts(r.text, split_sentences(r.text))),
        "relations": extract,
        "graph": lambda r: build_graph(r, extract(r)),
        "spacy-full": lambda r: _in_one_blas_thread(nlp, r.text),
    }


def _in_one_blas_thread(nlp, text):
    with one_blas_thread():  # (as extract() runs the pipeline)
        return nlp(text)


def measure(records, repeat: int) -> dict[str, float]:
    """Best-of-*repeat* seconds for each stage over all *records*.

    The stages take turns, round after round, so that a slow spell of a shared machine
    falls on every stage alike rather than on whichever stage ran through it.
    """
    funcs = stages()
    for fn in funcs.values():
        fn(records[0])  # warm caches (gazetteer, regexes)
    out = {name: float("inf") for name in funcs}
    for _ in range(repeat):
        for name, fn in funcs.items():
            started = time.perf_counter()
            for r in records:
                fn(r)
            out[name] = min(out[name], time.perf_counter() - started)
    return out


def report(n: int, words: float, seconds: dict[str, float]) -> str:
    lines = [f"## {SECTION}", "",
             f"`python benchmarks/bench_extract.py --n {n}` on {time.strftime('%Y-%m-%d')}: "
             f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; "
             f"{n} synthetic articles of {words:.0f} words on average (benchmarks/generate.py, seed 0); "
             "one process, best of the repeats.", "",
             "| stage | seconds | articles/s | words/s | ratio to baseline |", "|---|---:|---:|---:|---:|"]
    base = seconds["baseline"]
    for name, s in seconds.items():
        lines.append(f"| {name} | {s:.3f} | {n / s:,.1f} | {n * words / s:,.0f} | {s / base:.1f} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", f"Statistical layer: {model_name()}. `extract()` is {seconds['spacy-full'] / seconds['relations']:.2f}x "
              f"the speed of the full spaCy pipeline over every article (same run); peak RSS {rss:,.0f} MB."]
    return "\n".join(lines) + "\n"


def write_section(path: Path, text: str) -> None:
    """Replace this benchmark's section of a results file, keeping the others."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    head, sep, rest = old.partition(f"## {SECTION}\n")
    if sep:
        nxt = rest.find("\n## ")
        rest = rest[nxt + 1:] if nxt >= 0 else ""
        new = head + text + ("\n" + rest if rest else "")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.write_text(new, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="articles to generate")
    ap.add_argument("--repeat", type=int, default=3, help="runs per stage (the best counts)")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("RESULTS.md"),
                    help="results file (its extraction section is replaced)")
    args = ap.parse_args(argv)
    import json
    records = [record_from_json(json.dumps(a), f"gen:{i}", where="gen", line=i)
               for i, a in enumerate(generate(args.n, seed=0))]
    words = sum(len(r.text.split()) for r in records) / len(records)
    text = report(args.n, words, measure(records, args.repeat))
    write_section(args.out, text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
