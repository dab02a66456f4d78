"""Endpoint limits beyond time: each query worker has a memory cap; a query past it gets 503, others go on."""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from epkg.cli.main import main
from epkg.graph.endpoint import create_app
from epkg.graph.sparql import GIB, MIN_MAX_MEMORY, default_max_memory, physical_memory
from epkg.graph.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from net_helpers import Running  # noqa: E402
from sample_graph import fill  # noqa: E402

# The probe: a three-way cross product of the whole store, sorted. On ~13k triples it
# would need terabytes; the time limit is set far away so only the memory cap can stop it.
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g LIMIT 1"
CAP = 400 << 20
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "store"
    store = Store.open(path)
    fill(store)
    store.close()
    app = create_app(str(path), timeout=120, max_rows=50, workers=2, max_memory=CAP)
    with Running(app) as running:
        running.app = app
        yield running


def _pids(app) -> set[int]:
    return {w.process.pid for w in app.state.endpoint.runner()._workers}


def test_a_query_over_the_memory_cap_gets_503_and_others_are_served(server):
    before = _pids(server.app)
    outcome = {}

    def runaway():
        start = time.time()
        outcome["response"] = httpx.get(server.url, params={"query": CROSS}, timeout=120)
        outcome["seconds"] = time.time() - start

    thread = threading.Thread(target=runaway)
    thread.start()
    quick = [httpx.get(server.url, params={"query": "ASK { state:AZE ?p ?o }"}, headers=JSON, timeout=60)
             for _ in range(3)]
    thread.join(120)
    assert all(r.status_code == 200 and r.json()["boolean"] is True for r in quick)
    r = outcome["response"]
    assert r.status_code == 503
    assert "memory cap" in r.text and "--max-memory" in r.text
    assert r.text.count("\n") == 1  # one line of explanation
    assert outcome["seconds"] < 60  # stopped by memory, well before the time limit
    # The worker was replaced: as many workers as before, one of them new, and all answer.
    after = _pids(server.app)
    assert len(after) == len(before) and after != before
    for iso in ("AZE", "CHN", "KAZ"):
        again = httpx.get(server.url, params={"query": f"ASK {{ state:{iso} ?p ?o }}"}, headers=JSON, timeout=60)
        assert again.status_code == 200 and again.json()["boolean"] is True


def test_the_memory_cap_is_set_in_the_workers(server):
    # Linux: /proc tells the limits of another process.
    for pid in _pids(server.app):
        limits = Path(f"/proc/{pid}/limits").read_text()
        line = next(ln for ln in limits.splitlines() if ln.startswith("Max data size"))
        assert line.split()[3] == str(CAP)


def test_default_cap_is_well_under_the_machine():
    physical = physical_memory()
    for workers in (1, 2, 8):
        cap = default_max_memory(workers)
        assert MIN_MAX_MEMORY <= cap <= 2 * GIB
        if physical and physical // (2 * workers) >= MIN_MAX_MEMORY:
            assert cap * workers <= physical // 2


@pytest.mark.parametrize("value, message", [("lots", "wants a size such as 512M"), ("10M", "too small")])
def test_serve_max_memory_is_checked(tmp_path, capsys, value, message):
    Store.open(tmp_path / "s").close()
    assert main(["--store", str(tmp_path / "s"), "serve", "--max-memory", value]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_the_memory_cap_holds_for_an_in_memory_store_too():
    """An in-memory store runs each query in a forked child: the cap counts from what the child inherits."""
    from starlette.testclient import TestClient

    with TestClient(create_app(Store.memory(), timeout=60, max_memory=CAP)) as client:
        ok = client.get("/sparql", params={"query": "ASK { state:AZE ?p ?o }"}, headers=JSON)
        assert ok.status_code == 200 and ok.json()["boolean"] is True
        r = client.get("/sparql", params={"query": CROSS})
        assert r.status_code == 503 and "memory cap of 400 MiB" in r.text
        again = client.get("/sparql", params={"query": "ASK { state:CHN ?p ?o }"}, headers=JSON)
        assert again.status_code == 200 and again.json()["boolean"] is True
