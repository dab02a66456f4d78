"""A store the tool builds always validates: disagreement between documents is a conflict
(`epkg conflicts`), never a violation. Ingests real corpora, so these take tens of seconds."""
from __future__ import annotations

import json
import sys

import pytest

from epkg.graph import summaries
from epkg.graph.consolidate import compute
from epkg.graph.ingest import ingest
from epkg.graph.store import Store
from epkg.graph.validate import validate_store
from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

from conftest import DEV_ARTICLES, REPO, need_shared


def _generated(path, n: int, seed: int) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    with open(path, "w", encoding="utf-8") as f:
        for record in generate.with_repeats(n, seed=seed):
            f.write(json.dumps(record) + "\n")


@pytest.mark.slow
def test_dev_corpus_store_validates_and_again_with_other_ids(tmp_path):
    need_shared()
    store = Store.open(tmp_path / "store")
    ingest([DEV_ARTICLES], store)
    assert validate_store(store) == []
    # the same articles under other record ids: every document twice, every fact reported twice
    again = tmp_path / "again.jsonl"
    with open(DEV_ARTICLES, encoding="utf-8") as src, open(again, "w", encoding="utf-8") as out:
        for line in src:
            record = json.loads(line)
            record["id"] = f"copy-{record['id']}"
            record["text"] = record["text"] + "\n\nThis article was republished."
            out.write(json.dumps(record) + "\n")
    summary = ingest([again], store)
    assert summary.new == 72
    assert validate_store(store) == []
    consolidated = {(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])}
    derived = {t for t in consolidated if summaries.is_summary(t[0])}
    assert consolidated - derived == set(compute(store))  # maintained on ingest = computed from scratch
    assert derived == set(summaries.all_summaries(store)) != set()  # and so are its summaries


@pytest.mark.slow
def test_generated_records_with_repeats_validate(tmp_path):
    corpus = tmp_path / "repeats.jsonl"
    _generated(corpus, 400, seed=11)
    store = Store.open(tmp_path / "store")
    summary = ingest([corpus], store)
    assert summary.new == 400
    assert validate_store(store) == []


@pytest.mark.slow
def test_jobs_two_gives_the_same_consolidated_graph(tmp_path):
    corpus = tmp_path / "repeats.jsonl"
    _generated(corpus, 30, seed=4)
    graphs = []
    for jobs in (1, 2):
        store = Store.open(tmp_path / f"store-{jobs}")
        assert ingest([corpus], store, jobs=jobs).new == 30
        graphs.append({(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])})
        store.close()
    assert graphs[0] and graphs[0] == graphs[1]


@pytest.mark.slow
def test_a_long_run_refreshed_in_batches_gives_what_one_refresh_gives(tmp_path, monkeypatch):
    # a long ingest refreshes the consolidated graph every so many documents (bounded memory)
    from epkg.graph.pipeline import ingest as pipeline

    corpus = tmp_path / "repeats.jsonl"
    _generated(corpus, 40, seed=6)
    calls = []
    real = pipeline._refresh
    monkeypatch.setattr(pipeline, "_refresh", lambda store, changes: calls.append(len(changes.docs)) or real(store, changes))
    graphs = []
    for every in (10_000, 7):
        calls.clear()
        store = Store.open(tmp_path / f"store-{every}")
        assert ingest([corpus], store, refresh_every=every).new == 40
        graphs.append({(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])})
        assert validate_store(store) == []
        store.close()
        if every > 40:
            assert len(calls) == 1
        else:
            assert len(calls) >= 4 and set(calls[:-1]) == {7} and 0 < calls[-1] <= 7
    assert graphs[0] and graphs[0] == graphs[1]
