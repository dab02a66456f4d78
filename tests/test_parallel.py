"""Parallel and distributed ingestion give exactly the store that one process gives."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from epkg.graph.documents import DocumentRecord, LoadFailure
from epkg.graph.errors import InputError
from epkg.graph.ingest import ingest
from epkg.graph.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import generate  # noqa: E402

N_ARTICLES = 24


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder of generated articles: most in one JSONL file, a few as plain text, one binary file."""
    folder = tmp_path_factory.mktemp("corpus")
    records = list(generate(N_ARTICLES, seed=11))
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for r in records[:-4]:
            f.write(json.dumps(r) + "\n")
    for r in records[-4:]:
        (folder / f"{r['id']}.txt").write_text(f"date {r['published']}\n{r['text']}", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00 not text \x00\x00")
    return folder


def _nquads(store) -> set:
    """The document graphs' quads (they have no blank nodes, so sets compare them exactly)."""
    return set(store.quads(store.document_graphs()))


def _same_reference(a, b) -> bool:
    """The other graphs (ontology, gazetteer: with blank nodes) compared by isomorphism."""
    from rdflib.compare import isomorphic

    from epkg.graph.store import GRAPH_META

    names = [g for g in a.graph_names() if g not in set(a.document_graphs()) | {GRAPH_META}]
    # the meta graph holds ingestion times: the same statements, different clocks
    meta = [{(s, p) for s, p, _ in x.graph(GRAPH_META)} for x in (a, b)]
    return names == [g for g in b.graph_names() if g not in set(b.document_graphs()) | {GRAPH_META}] and \
        meta[0] == meta[1] and all(isomorphic(a.graph(g), b.graph(g)) for g in names)


@pytest.fixture(scope="module")
def sequential(corpus):
    store = Store.memory()
    summary = ingest([str(corpus)], store, jobs=1)
    return store, summary


def test_sequential_run_reads_every_article(sequential):
    store, summary = sequential
    assert summary.new == N_ARTICLES
    assert len(store.document_graphs()) == N_ARTICLES
    assert summary.triples > N_ARTICLES * 20  # the generated news does state facts


def test_two_processes_give_the_same_store_as_one(corpus, sequential):
    store, summary = sequential
    parallel = Store.memory()
    summary2 = ingest([str(corpus)], parallel, jobs=2)
    assert (summary2.read, summary2.new, summary2.failed, summary2.triples) == \
        (summary.read, summary.new, summary.failed, summary.triples)
    assert summary2.failures == summary.failures
    assert _nquads(parallel) == _nquads(store)
    assert _same_reference(parallel, store)


def test_the_consolidated_graph_kept_from_the_texts_written_equals_one_computed_from_the_store(sequential):
    # the refresh parses each new document's N-Triples as the worker sent it, not the stored graph
    from epkg.graph import consolidate, summaries
    from epkg.graph.storage.terms import triple_line
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    store, _ = sequential
    kept = {line for line in store.graph_lines(GRAPH_CONSOLIDATED)
            if not summaries.is_summary(line.split(" ", 1)[0][1:-1])}
    assert kept and kept == {triple_line(t) for t in consolidate.compute(store)}


def test_unknown_executor_is_an_input_error(corpus):
    with pytest.raises(InputError, match="unknown executor"):
        ingest([str(corpus)], Store.memory(reference=False), executor="spark")


def test_scheduler_without_dask_executor_is_a_usage_error(corpus, tmp_path):
    r = subprocess.run([sys.executable, "-m", "epkg.cli", "--store", str(tmp_path / "s"), "ingest", str(corpus),
                        "--scheduler", "tcp://127.0.0.1:1"], capture_output=True, text=True)
    assert r.returncode == 2 and "--scheduler needs --executor dask" in r.stderr
    assert not (tmp_path / "s").exists()  # refused before a store is made


# ---------------------------------------------------------------- Dask

@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


@pytest.mark.slow
def test_dask_cluster_gives_the_same_store_as_one_process(corpus, sequential, cluster):
    store, summary = sequential
    distributed_store = Store.memory()
    summary2 = ingest([str(corpus)], distributed_store, executor="dask", scheduler=cluster.scheduler_address)
    assert (summary2.read, summary2.new, summary2.failed, summary2.triples) == \
        (summary.read, summary.new, summary.failed, summary.triples)
    assert summary2.failures == summary.failures
    assert _nquads(distributed_store) == _nquads(store)
    assert _same_reference(distributed_store, store)


@pytest.mark.slow
def test_dask_results_keep_input_order_and_pass_failures_through(cluster):
    from epkg.graph.distributed import dask_processed

    items = []
    for i in range(7):
        items.append(DocumentRecord(f"d{i}.txt", f"Azerbaijan and China cooperate in solar energy, note {i}."))
        if i % 3 == 0:
            items.append(LoadFailure(f"bad{i}.txt", "cannot decode"))
    out = list(dask_processed(items, cluster.scheduler_address, batch_size=2, in_flight=1))
    assert [x.name if isinstance(x, LoadFailure) else x.record.identifier for x in out] == \
        [x.name if isinstance(x, LoadFailure) else x.identifier for x in items]
    for form in (x for x in out if not isinstance(x, LoadFailure)):
        graph = Graph().parse(data=form.ntriples, format="nt")
        assert len(graph) == form.triples and (form.record.iri, None, None) in graph


@pytest.mark.slow
def test_cli_dask_executor_against_the_cluster(corpus, sequential, cluster, tmp_path):
    store, summary = sequential
    r = subprocess.run([sys.executable, "-m", "epkg.cli", "--store", str(tmp_path / "s"), "ingest", str(corpus),
                        "--executor", "dask", "--scheduler", cluster.scheduler_address, "--json"],
                       capture_output=True, text=True)
    assert r.returncode == (1 if summary.failed else 0), r.stderr
    out = json.loads(r.stdout)
    assert (out["new"], out["failed"], out["triples"]) == (summary.new, summary.failed, summary.triples)
    on_disk = Store.open(tmp_path / "s", read_only=True)
    assert _nquads(on_disk) == _nquads(store)


def test_unreachable_scheduler_is_a_one_line_error(corpus, tmp_path):
    pytest.importorskip("distributed")
    from epkg.graph.distributed import ClusterError, dask_client

    with pytest.raises(ClusterError, match="cannot connect to the Dask scheduler") as info:
        with dask_client("tcp://127.0.0.1:1", timeout="1s"):
            pass
    assert "\n" not in str(info.value)


def test_ingest_flushes_the_store_every_few_hundred_documents(tmp_path, monkeypatch):
    import epkg.graph.ingest as ingest_module

    class CountingStore(Store):
        flushes = 0

        def flush(self):
            CountingStore.flushes += 1
            super().flush()

    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Azerbaijan and Georgia cooperate in solar energy, report {i}.")
    monkeypatch.setattr(ingest_module, "FLUSH_EVERY", 2)
    store = CountingStore(Store.memory(reference=False)._ox)
    summary = ingest([str(tmp_path)], store)
    assert summary.new == 5
    assert CountingStore.flushes == 2 + 1  # after documents 2 and 4, and at the end
