"""The analysis commands end to end: a store on disk, the CLI, its tables, JSON, CSV and errors."""
from __future__ import annotations

import csv
import io
import json

import pytest

from epkg.cli.main import main
from epkg.graph.store import Store
from test_network import AZE, CHN, DOC2_SENTENCES, KAZ, SOCAR, doc1, doc2, fill


@pytest.fixture(scope="module")
def location(tmp_path_factory):
    path = tmp_path_factory.mktemp("analysis") / "store"
    store = Store.open(path, reference=False)
    fill(store, doc1(), doc2())
    store.close()
    return path


def run(capsys, location, *args):
    code = main(["--store", str(location), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_centrality_json_csv_and_table(capsys, location):
    code, out, _ = run(capsys, location, "centrality", "--metric", "degree", "--type", "State", "--json")
    assert code == 0
    rows = json.loads(out)["rows"]
    # degrees among 5 nodes: Azerbaijan 4, China 3, Kazakhstan 3 → /4
    assert [(r["rank"], r["node"], r["degree"]) for r in rows] == [(1, AZE, 1.0), (2, CHN, 0.75), (3, KAZ, 0.75)]
    code, out, _ = run(capsys, location, "centrality", "--metric", "strength", "--top", "2", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    # China: 5 (Azerbaijan) + 1 (Kazakhstan) + 3 (SOCAR); Azerbaijan: 5 + 1 + 1 + 1
    assert [(r["label"], float(r["strength"])) for r in rows] == [("China", 9.0), ("Azerbaijan", 8.0)]
    code, out, _ = run(capsys, location, "centrality", "--metric", "all", "--top", "1")
    header = out.splitlines()[0].split()
    assert header == ["rank", "entity", "kind", "degree", "strength", "betweenness", "eigenvector", "pagerank",
                      "closeness"]
    assert "(5 nodes, 7 edges)" in out


def test_communities_and_neighbors(capsys, location):
    code, out, _ = run(capsys, location, "communities", "--json")
    data = json.loads(out)
    members = sorted(m["node"] for c in data["communities"] for m in c["members"])
    assert code == 0 and len(members) == 5 and -0.5 <= data["modularity"] <= 1
    assert run(capsys, location, "communities", "--json")[1] == out  # same store, same partition
    code, out, _ = run(capsys, location, "neighbors", "Kazakhstan", "--json")
    assert [(r["label"], r["distance"]) for r in json.loads(out)["neighbors"]] == [
        ("Azerbaijan", 1), ("China", 1), ("Shanghai Cooperation Organisation", 1)]


def test_path_prints_hops_with_sentences(capsys, location):
    code, out, _ = run(capsys, location, "path", "socar", "Kazakhstan", "--layers", "project,agreement")
    assert code == 0
    assert out.splitlines()[0] == "1. SOCAR — Azerbaijan — Kazakhstan"
    assert f"“{DOC2_SENTENCES[2]}”" in out and f"“{DOC2_SENTENCES[1]}”" in out
    code, out, err = run(capsys, location, "path", "SOCAR", "KAZ", "--layers", "partnership,cooperation")
    assert code == 1 and "'Kazakhstan' has no ties" in err
    code, out, _ = run(capsys, location, "path", "SOCAR", "China", "--layers", "project", "--max-hops", "1")
    assert code == 0 and out.splitlines()[0] == "1. SOCAR — China"
    code, out, _ = run(capsys, location, "path", "SOCAR", "Kazakhstan", "--json", "--layers", "project,agreement")
    hops = json.loads(out)["paths"][0]
    assert [(h["source"], h["target"], h["relation"]) for h in hops] == [(SOCAR, AZE, "project"),
                                                                        (AZE, KAZ, "agreement")]


def test_trend_table(capsys, location):
    code, out, _ = run(capsys, location, "trend", "Azerbaijan", "China", "--metric", "degree", "--type", "State")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["entity", "2024", "2025"]
    assert lines[2].split() == ["Azerbaijan", "2", "1"] and lines[3].split() == ["China", "1", "2"]


def test_bad_input_is_one_line(capsys, location):
    for args, message in ((("path", "Atlantis", "China"), "'Atlantis'"),
                          (("centrality", "--layers", "gossip"), "unknown layer 'gossip'"),
                          (("centrality", "--as-of", "soon"), "is not a valid date"),
                          (("trend", "China", "--top", "3"), "not both")):
        code, out, err = run(capsys, location, *args)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_analyze_write_stores_scores(capsys, tmp_path):
    path = tmp_path / "store"
    store = Store.open(path, reference=False)
    fill(store, doc1(), doc2())
    store.close()
    code, out, err = run(capsys, path, "analyze", "--write", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["written"] == 6 * 5 + 5 + 2  # six measures and a community for 5 nodes; time; description
    with Store.open(path, read_only=True) as store:
        rows = store.select("SELECT ?x ?v WHERE { ?x epkg:pagerank ?v }")
        assert {str(r["x"]): r["v"].toPython() for r in rows} == {n["node"]: n["pagerank"] for n in data["nodes"]}
