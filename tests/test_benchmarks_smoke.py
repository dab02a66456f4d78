"""Every benchmark script runs at tiny sizes and writes its results; the generator is deterministic."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))
import generate  # noqa: E402


def run_script(name: str, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, str(BENCH / name), *args], capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, r.stderr[-2000:]
    return r


# ---------------------------------------------------------------- the generator

def test_same_seed_gives_byte_identical_output(tmp_path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    run_script("generate.py", "--n", "30", "--seed", "5", "--out", str(a))
    run_script("generate.py", "--n", "30", "--seed", "5", "--out", str(b))
    run_script("generate.py", "--n", "30", "--seed", "6", "--out", str(c))
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_a_smaller_corpus_is_a_prefix_of_a_bigger_one():
    small = [json.dumps(r) for r in generate.generate(5, seed=2)]
    big = [json.dumps(r) for r in generate.generate(12, seed=2)]
    assert big[:5] == small


def test_articles_are_records_of_300_to_500_words_naming_gazetteer_states():
    from epkg.ontology import gazetteer

    states = {e.label for e in gazetteer.load().entries(gazetteer.STATE)}
    records = list(generate.generate(60, seed=9))
    assert len({r["id"] for r in records}) == len({r["text"] for r in records}) == 60
    for r in records:
        assert set(r) == {"id", "url", "title", "published", "publisher", "text"}
        assert 300 <= len(r["text"].split()) <= 500, r["id"]
        dateline = re.match(r"^[^a-z]+, ([^,]+), (?:%s) \d{1,2}\. " % "|".join(generate.MONTHS), r["text"])
        assert dateline and dateline.group(1) in states, r["text"][:80]


def test_capacities_use_every_unit():
    text = " ".join(r["text"] for r in generate.generate(80, seed=1))
    for unit in (" kW ", " MW ", " GW ", " million kilowatts "):
        assert unit in text


def test_negative_count_is_refused():
    r = subprocess.run([sys.executable, str(BENCH / "generate.py"), "--n", "-1"], capture_output=True, text=True)
    assert r.returncode == 2 and "--n must not be negative" in r.stderr


# ---------------------------------------------------------------- the benchmarks, tiny

@pytest.mark.slow
def test_ingest_benchmark_writes_results(tmp_path):
    run_script("bench_ingest.py", "--sizes", "4", "8", "--jobs", "1", "2", "--out", str(tmp_path))
    data = json.loads((tmp_path / "ingest.json").read_text())
    assert [(r["articles"], r["jobs"]) for r in data["rows"]] == [(4, 1), (4, 2), (8, 1), (8, 2)]
    assert all(r["triples"] > 0 and r["peak_rss_mb"] > 0 and r["failed"] == 0 for r in data["rows"])
    assert data["machine"]["cores"] >= 1
    assert (tmp_path / "ingest.md").read_text().startswith("| articles |")


@pytest.mark.slow
def test_sparql_benchmark_writes_results(tmp_path):
    run_script("bench_sparql.py", "--sizes", "19000", "21000", "--base", "4", "--repeat", "1",
               "--jobs", "1", "--out", str(tmp_path))
    data = json.loads((tmp_path / "sparql.json").read_text())
    sizes = sorted({r["triples"] for r in data["rows"]})
    assert sizes == [19000, 21000]  # the reference graphs alone are over 17k quads
    assert len(data["rows"]) == 2 * len(data["queries"])
    for r in data["rows"]:
        assert r["oxigraph_ms"] > 0 and r["rdflib_ms"] > 0
        assert r["answers"] == r["rdflib_answers"], r["query"]  # both engines agree
    assert "rdflib/Oxigraph" in (tmp_path / "sparql.md").read_text()


def test_a_query_of_another_revision_is_read_from_git_and_timed_in_turn():
    import bench_sparql

    earlier = bench_sparql.queries_at("HEAD", ["china-partners", "no-such-query"])
    assert list(earlier) == ["china-partners"] and "SELECT" in earlier["china-partners"]
    calls = []
    timed = bench_sparql.interleaved([lambda: calls.append("a"), lambda: calls.append("b")], 3)
    assert calls == ["a", "b"] * 4  # a warm-up round, then three rounds in turn
    assert [t["runs"] for t in timed] == [3, 3] and all(t["min_s"] <= t["median_s"] for t in timed)


def test_scaled_copies_get_their_own_documents_and_relation_nodes(tmp_path):
    import bench_sparql

    doc = "<https://w3id.org/epkg/id/doc/ab>"
    lines = [f"<https://w3id.org/epkg/id/partnership/x> <https://w3id.org/epkg/ontology#partner> "
             f"<https://w3id.org/epkg/id/state/AZE> {doc} ."]
    out = tmp_path / "s.nq"
    assert bench_sparql.write_scaled(out, ["<a:r> <a:p> <a:o> <a:g> ."], lines, 4) == 4
    written = out.read_text().splitlines()
    assert written[0] == "<a:r> <a:p> <a:o> <a:g> ."
    assert written[1] == lines[0]
    assert written[2] == lines[0].replace("partnership/x>", "partnership/x-c1>").replace("doc/ab>", "doc/ab-c1>")
    assert "state/AZE>" in written[3] and "-c2>" in written[3]


@pytest.mark.slow
def test_html_benchmark_writes_results(tmp_path):
    import shutil

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    run_script("bench_html.py", "--sizes", "12", "30", "--out", str(tmp_path), *([] if browser else ["--no-browser"]))
    data = json.loads((tmp_path / "html.json").read_text())
    assert [r["nodes"] for r in data["rows"]] == [12, 30]
    for r in data["rows"]:
        assert r["html_mb"] > 0 and r["write_s"] >= 0
        if browser:
            assert r["drawn_nodes"] == r["nodes"], r.get("browser_stderr")  # the page drew every node
    assert "nodes drawn" in (tmp_path / "html.md").read_text()


# ---------------------------------------------------------------- the other benchmarks, at tiny sizes

def test_extraction_benchmark_writes_its_section(tmp_path):
    out = tmp_path / "RESULTS.md"
    out.write_text("# Benchmark results\n\n## other\n\nkept\n")
    run_script("bench_extract.py", "--n", "4", "--repeat", "1", "--out", str(out))
    text = out.read_text()
    assert "## other\n\nkept" in text  # only its own section is replaced
    stages = re.findall(r"^\| (baseline|entities|relations|graph|spacy-full) \| [\d.]+ \| [\d,.]+ \|", text, re.M)
    assert stages == ["baseline", "entities", "relations", "graph", "spacy-full"]
    assert re.search(r"`extract\(\)` is [\d.]+x the speed of the full spaCy pipeline", text)


def test_analysis_benchmark_prints_sampled_betweenness_on_both_engines():
    r = run_script("bench_analysis.py", "--sizes", "2500")
    assert "### 2,500 edges" in r.stdout
    for k in (100, 200):
        assert f"| betweenness k={k}, igraph |" in r.stdout and f"| betweenness k={k}, networkx |" in r.stdout
    gaps = [float(g) for g in re.findall(r"igraph − networkx, largest difference \| ([\d.e+-]+) \|", r.stdout)]
    assert len(gaps) == 3 and max(gaps) < 1e-12  # exact, k=100 and k=200 agree across engines


def test_endpoint_benchmark_reports_the_runaway_query_stopped():
    r = run_script("bench_endpoint.py")
    assert re.search(r"runaway answered after [\d.]+ s with 503", r.stdout + r.stderr)


def test_reference_validation_benchmark_finds_no_violations():
    r = run_script("bench_reference_validation.py", "--docs", "3")
    assert (r.stdout + r.stderr).count("0 violation(s)") == 2


def _ingested_store(tmp_path, n: int):
    """A store the real ingest built from *n* generated records (the scale benchmark copies it)."""
    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in generate.with_repeats(n, seed=3)), encoding="utf-8")
    store = Store.open(tmp_path / "store")
    ingest([corpus], store, jobs=1)
    store.close()
    return tmp_path / "store"


def test_the_scale_consolidation_benchmark_checks_the_graph_it_kept(tmp_path):
    import bench_consolidate_scale

    store = _ingested_store(tmp_path, 6)
    result = bench_consolidate_scale.run(store, 4, seed=11, jobs=1, warmup=2, check=True)
    assert [(r["run"], r["documents"]) for r in result["runs"]] == [("warmup", 2), ("batch", 4)]
    assert result["check"]["equal"] and result["check"]["statements"] > 0
    assert (result["check"]["only_kept"], result["check"]["only_computed"]) == (0, 0)


def test_the_scale_consolidation_benchmark_settles_the_stores_background_work_around_refreshes(tmp_path):
    import bench_consolidate_scale

    store = _ingested_store(tmp_path, 4)
    result = bench_consolidate_scale.run(store, 3, seed=11, jobs=1, settle=True)
    (batch,) = result["runs"]
    assert batch["settled"] and batch["waited_s"] >= 2  # a second's look before the refresh and after the run
    assert 0 < batch["refresh_thread_cpu_seconds"] <= batch["thread_cpu_seconds"]
    assert 0 < batch["refresh_cpu_seconds"] < batch["cpu_seconds"]
    # the waits are no part of the run's wall time
    assert batch["seconds"] > batch["consolidation_seconds"] > 0


def test_the_replayed_refresh_is_handed_the_batch_and_refreshes_as_many_documents_as_asked(tmp_path):
    import pickle

    import bench_consolidate_replay

    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in generate.with_repeats(6, seed=3)), encoding="utf-8")
    store = Store.open(tmp_path / "store")
    ingest([corpus], store, jobs=1)
    store.close()
    prepared = bench_consolidate_replay.prepare(tmp_path / "store", tmp_path / "work", 4, seed=11, warmup=2)
    changes = pickle.loads((prepared / "changes.pickle").read_bytes())
    store = Store.open(prepared / "store", read_only=True)
    batch = {str(d) for r in generate.with_repeats(4, seed=11) for d in store.document_iris(r["id"])}
    store.close()
    # every document of the batch stored, none consolidated yet, each held as the text it was written with
    assert len(batch) == 4 and set(changes.docs) == batch == set(changes.texts)
    some, every = (bench_consolidate_replay.replay(prepared, tmp_path / "work", docs) for docs in (2, None))
    assert (some["documents"], every["documents"]) == (2, 4)
    assert 0 < some["statements_changed"] < every["statements_changed"] and every["steps"]["_reclustered"][1] == 1
    assert not (tmp_path / "work" / "replay").exists()


def test_scaled_store_gets_every_summary_a_rebuild_writes(tmp_path):
    import bench_sparql
    from sample_graph import sample_store

    from epkg.graph import summaries
    from epkg.graph.consolidate import rebuild
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    store = sample_store()
    rebuild(store)
    kept = store.graph_lines(GRAPH_CONSOLIDATED)
    derived = {line for line in kept if summaries.is_summary(line.split(" ", 1)[0][1:-1])}
    assert {line.split(" ", 2)[1] for line in derived} >= {  # technologies, pairs, event names
        "<https://w3id.org/epkg/ontology#totalCapacityMW>", "<https://w3id.org/epkg/ontology#pairLevel>",
        "<https://w3id.org/epkg/ontology#eventName>"}
    store.patch_graph(GRAPH_CONSOLIDATED, derived, [])  # as a scaled store is loaded: without them
    nq = tmp_path / "s.nq"
    nq.write_text("")
    assert bench_sparql.derive_summaries(store, nq) == len(derived)
    assert store.graph_lines(GRAPH_CONSOLIDATED) == kept
    assert len(nq.read_text().splitlines()) == len(derived)


@pytest.mark.slow
def test_lookups_benchmark_runs_every_step_as_the_cli_and_reuses_its_store(tmp_path):
    stores, out = tmp_path / "stores", tmp_path / "out"
    run_script("bench_lookups.py", "--sizes", "6", "--stores", str(stores), "--out", str(out))
    data = json.loads((out / "lookups.json").read_text())
    (size,) = data["sizes"]
    assert size["articles"] == size["documents"] == 6 and size["facts"] > 0
    assert set(size["steps"]) >= {"partners", "viz --top 5000", "path", "trend", "export --format graphml"}
    assert all(s["returncode"] == 0 and s["peak_rss_mb"] > 20 and s["wall_s"] > 0 for s in size["steps"].values())
    assert (out / "lookups.md").read_text().startswith("| step | 6 articles |")
    built = (stores / "6" / "build.json").read_text()
    # a second run measures the same store: no new ingest, the recorded one reported again
    run_script("bench_lookups.py", "--sizes", "6", "--stores", str(stores), "--out", str(out), "--only", "stats")
    again = json.loads((out / "lookups.json").read_text())["sizes"][0]
    assert (stores / "6" / "build.json").read_text() == built
    assert list(again["steps"]) == ["stats"] and again["ingest_s"] == size["ingest_s"]
