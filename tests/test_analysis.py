"""Measures on hand-made graphs whose values are worked out by hand here, and on the test store."""
from __future__ import annotations

import json
import math
import random
from datetime import datetime, timezone

import networkx as nx
import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from epkg.graph import analysis
from epkg.graph.errors import InputError
from epkg.graph.network import project
from conftest import DEV_ARTICLES, SEEDS, need_shared
from epkg.ontology.namespaces import EPID
from test_network import AZE, CHN, KAZ, SCO, SOCAR, build_store


def star(leaves: int) -> nx.Graph:
    G = nx.Graph()
    for i in range(1, leaves + 1):
        G.add_edge("c", f"l{i}", weight=1.0)
    return G


def labelled(G: nx.Graph) -> nx.Graph:
    for n in G:
        G.nodes[n].setdefault("label", str(n))
        G.nodes[n].setdefault("kind", "State")
    return G


@pytest.fixture(scope="module")
def store():
    return build_store()


def test_star_degree_betweenness_closeness():
    G = star(4)  # n = 5
    deg = analysis.centrality(G, "degree")
    assert deg["c"] == 1.0 and all(deg[f"l{i}"] == pytest.approx(1 / 4) for i in range(1, 5))
    # every one of the C(4,2) = 6 leaf pairs runs through the centre; normalised by (n-1)(n-2)/2 = 6
    bet = analysis.centrality(G, "betweenness")
    assert bet["c"] == pytest.approx(1.0) and bet["l1"] == 0.0
    clo = analysis.centrality(G, "closeness")
    # a leaf is 1 hop from the centre and 2 from each of the 3 other leaves: 4 / 7
    assert clo["c"] == pytest.approx(1.0) and clo["l1"] == pytest.approx(4 / 7)


def test_star_pagerank_and_eigenvector_closed_forms():
    G = star(4)
    d, n = 0.85, 5
    # centre c = (1-d)/n + d*4*l ; leaf l = (1-d)/n + d*c/4  →  solve the 2×2 system
    c = ((1 - d) / n) * (1 + 4 * d) / (1 - d * d)
    leaf = (1 - c) / 4
    pr = analysis.centrality(G, "pagerank")
    assert pr["c"] == pytest.approx(c, abs=1e-6) and pr["l3"] == pytest.approx(leaf, abs=1e-6)
    # adjacency eigenvector: λx = 4y, λy = x → λ = 2, x = 2y; unit length → y = 1/√8
    ev = analysis.centrality(G, "eigenvector")
    assert ev["c"] == pytest.approx(1 / math.sqrt(2), abs=1e-6)
    assert ev["l2"] == pytest.approx(1 / math.sqrt(8), abs=1e-6)


def test_path_of_three_betweenness():
    bet = analysis.centrality(nx.path_graph(3), "betweenness", engine="networkx")
    assert bet == {0: 0.0, 1: 1.0, 2: 0.0}


def test_weights_are_strength_and_distances_are_inverse_weights():
    G = nx.Graph()
    G.add_edge("a", "b", weight=1.0)  # distance 1
    G.add_edge("a", "c", weight=4.0)  # distance 0.25
    G.add_edge("c", "b", weight=4.0)
    assert analysis.centrality(G, "strength") == {"a": 5.0, "b": 5.0, "c": 8.0}
    # a→b is shorter through c (0.5 < 1): c lies on the only shortest path of the one other pair
    for engine in ("networkx", "igraph"):
        assert analysis.centrality(G, "betweenness", engine=engine) == pytest.approx({"a": 0, "b": 0, "c": 1.0})
    # unweighted, the direct edge wins and nobody is between
    assert analysis.centrality(G, "betweenness", weight=None) == {"a": 0.0, "b": 0.0, "c": 0.0}
    # closeness of a: distances 0.25 (c) and 0.5 (b) → 2 / 0.75
    assert analysis.centrality(G, "closeness")["a"] == pytest.approx(2 / 0.75)


def test_paths_of_equal_length_are_ties_despite_floating_point():
    # 1/10 + 1/15 == 1/6, but not in floating point: both routes a→b are shortest
    G = nx.Graph()
    G.add_edge("a", "c", weight=10.0)
    G.add_edge("c", "b", weight=15.0)
    G.add_edge("a", "b", weight=6.0)
    assert 1 / 10 + 1 / 15 != 1 / 6
    for engine in ("networkx", "igraph"):
        assert analysis.centrality(G, "betweenness", engine=engine)["c"] == pytest.approx(0.5)


def test_igraph_engine_agrees_with_networkx():
    rng = random.Random(7)
    G = nx.gnm_random_graph(120, 400, seed=3)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = float(rng.randint(1, 5))
    for weight in ("weight", None):
        a = analysis.centrality(G, "betweenness", weight=weight, engine="networkx")
        b = analysis.centrality(G, "betweenness", weight=weight, engine="igraph")
        assert max(abs(a[n] - b[n]) for n in G) < 1e-12
        assert max(a.values()) > 0


def test_sampled_betweenness_on_igraph_is_the_networkx_estimate():
    # The same k sources for a seed, the same scaling: sampled nodes are averaged over k-1 sources.
    rng = random.Random(11)
    G = nx.barabasi_albert_graph(150, 3, seed=2)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = float(rng.randint(1, 5))
    for weight in ("weight", None):
        for k, seed in ((20, 0), (7, 3)):
            a = analysis.centrality(G, "betweenness", weight=weight, k=k, seed=seed, engine="networkx")
            b = analysis.centrality(G, "betweenness", weight=weight, k=k, seed=seed, engine="igraph")
            assert max(abs(a[n] - b[n]) for n in G) < 1e-12
            assert a != analysis.centrality(G, "betweenness", weight=weight, engine="networkx")  # an estimate


def test_sampled_betweenness_is_seeded_and_exact_when_k_covers_all_nodes():
    G = nx.gnm_random_graph(60, 150, seed=1)
    exact = analysis.centrality(G, "betweenness", engine="networkx")
    assert analysis.centrality(G, "betweenness", k=60) == pytest.approx(exact)
    s1 = analysis.centrality(G, "betweenness", k=10, seed=5)
    assert s1 == analysis.centrality(G, "betweenness", k=10, seed=5)
    assert s1 != exact


def test_degenerate_graphs_and_bad_metric():
    assert analysis.centrality(nx.Graph(), "pagerank") == {}
    single = nx.Graph()
    single.add_node("x")
    assert analysis.centrality(single, "degree") == {"x": 0.0}
    with pytest.raises(InputError, match="unknown metric 'fame'"):
        analysis.centrality(star(2), "fame")


def test_rank_breaks_ties_by_label_and_filters_kinds():
    G = labelled(nx.Graph([("x", "y"), ("y", "z")]))
    G.nodes["x"]["label"], G.nodes["z"]["label"] = "Beta", "Alpha"
    G.nodes["y"]["kind"] = "Company"
    rows = analysis.rank(G, analysis.centrality(G, "degree"))
    assert [(r["rank"], r["label"]) for r in rows] == [(1, "y"), (2, "Alpha"), (3, "Beta")]
    rows = analysis.rank(G, analysis.centrality(G, "degree"), kinds=["State"], top=1)
    assert [(r["rank"], r["node"], r["kind"], r["score"]) for r in rows] == [(1, "z", "State", 0.5)]


def test_louvain_finds_two_triangles_with_known_modularity():
    G = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    parts, q = analysis.communities(G)
    assert sorted(map(sorted, parts)) == [[1, 2, 3], [4, 5, 6]]
    # m = 7; each side: 3 inner edges, degree sum 7 → Q = 2 (3/7 - (7/14)²) = 5/14
    assert q == pytest.approx(5 / 14)
    assert analysis.communities(nx.Graph()) == ([], 0.0)


def hand_network() -> nx.Graph:
    G = nx.Graph()
    for n, label in {"k": "Kazakhstan", "a": "Azerbaijan", "s": "SCO", "c": "China", "u": "Uzbekistan"}.items():
        G.add_node(n, label=label, kind="State")

    def tie(u, v, relation, date, sentence):
        G.add_edge(u, v, relations=[relation], weight=1.0, level=None,
                   evidence=[{"relation": relation, "date": date, "sentence": sentence, "document": "d",
                              "title": "T"}])
    tie("k", "a", "project", "2025-06-26", "Kazakhstan and Azerbaijan build wind farms.")
    tie("a", "c", "partnership", "2025-04", "Azerbaijan and China are partners.")
    tie("k", "s", "membership", "2024-01-01", "Kazakhstan is in the SCO.")
    tie("s", "c", "membership", "2024-01-01", "China is in the SCO.")
    tie("c", "u", "cooperation", "2023", "China works with Uzbekistan.")
    return G


def test_paths_are_all_shortest_paths_sorted_with_evidence():
    G = hand_network()
    found = analysis.paths(G, "k", "c")
    assert [[h["target_label"] for h in p] for p in found] == [["Azerbaijan", "China"], ["SCO", "China"]]
    first = found[0]
    assert [(h["source"], h["target"], h["relation"], h["date"], h["sentence"]) for h in first] == [
        ("k", "a", "project", "2025-06-26", "Kazakhstan and Azerbaijan build wind farms."),
        ("a", "c", "partnership", "2025-04", "Azerbaijan and China are partners.")]
    assert analysis.paths(G, "k", "u", max_hops=2) == []
    assert len(analysis.paths(G, "k", "u", max_hops=3)) == 2
    assert len(analysis.paths(G, "k", "c", limit=1)) == 1
    with pytest.raises(InputError, match="has no ties"):
        analysis.paths(G, "k", "nowhere")


def test_neighbors_by_depth():
    G = hand_network()
    rows = analysis.neighbors(G, "k", depth=2)
    assert [(r["label"], r["distance"], r["via_label"]) for r in rows] == [
        ("Azerbaijan", 1, "Kazakhstan"), ("SCO", 1, "Kazakhstan"), ("China", 2, "Azerbaijan")]
    assert [r["label"] for r in analysis.neighbors(G, "u")] == ["China"]
    with pytest.raises(InputError, match="depth"):
        analysis.neighbors(G, "k", depth=0)


def test_trend_ranks_states_per_year(store):
    table = analysis.trend(store, top=3, metric="degree", kinds=["State"])
    assert table["periods"] == ["2024", "2025"]
    # 2024: China ties to Azerbaijan and SOCAR; Azerbaijan and Kazakhstan one tie each (tie broken by label)
    # 2025: Azerbaijan ties to China, Kazakhstan, SOCAR, SCO; China and Kazakhstan to three each
    assert [(r["label"], r["ranks"]) for r in table["rows"]] == [
        ("Azerbaijan", [2, 1]), ("China", [1, 2]), ("Kazakhstan", [3, 3])]
    assert table["rows"][0]["scores"] == [pytest.approx(1 / 4), pytest.approx(4 / 4)]
    followed = analysis.trend(store, [SOCAR], metric="degree", layers=["project"])
    # one project of three: all tied, so SOCAR comes after Azerbaijan and China by label
    assert followed["periods"] == ["2025"] and followed["rows"][0]["ranks"] == [3]


def test_store_analysis_is_deterministic(store):
    def run():
        G = project(store)
        scores = analysis.centralities(G)
        parts, q = analysis.communities(G)
        return scores, [sorted(p) for p in parts], q, analysis.paths(G, KAZ, CHN)
    assert run() == run()


def test_write_scores_into_the_analysis_graph():
    store = build_store()
    G = project(store)
    scores = analysis.centralities(G, ("pagerank", "betweenness", "degree"))
    parts, _ = analysis.communities(G)
    when = datetime(2025, 7, 1, 12, 0, tzinfo=timezone.utc)
    n = analysis.write_scores(store, scores, partition=parts, computed_at=when)
    assert n == 3 * len(G) + len(G) + 1
    rows = store.select("""SELECT ?x ?pr ?b ?d WHERE { GRAPH epid:graph\\/analysis {
        ?x epkg:pagerank ?pr ; epkg:betweenness ?b ; epkg:degreeCentrality ?d } }""")
    got = {str(r["x"]): (r["pr"].toPython(), r["b"].toPython(), r["d"].toPython()) for r in rows}
    assert got == {x: (scores["pagerank"][x], scores["betweenness"][x], scores["degree"][x]) for x in G}
    assert rows[0]["pr"].datatype == XSD.double
    at = store.select("SELECT ?t WHERE { epid:graph\\/analysis epkg:computedAt ?t }")
    assert at == [{"t": Literal("2025-07-01T12:00:00+00:00", datatype=XSD.dateTime)}]
    # writing again replaces the earlier results
    analysis.write_scores(store, {"pagerank": {AZE: 0.5}})
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { ?x epkg:pagerank ?v }")[0]["n"].toPython() == 1
    assert not store.ask("ASK { ?x epkg:community ?c }")
    assert {SCO, KAZ} <= set(G)


# ---------------------------------------------------------------- the seed and the dev corpus

def ingested(*sources):
    from epkg.graph.ingest import ingest  # an ImportError here is breakage, not a reason to skip
    from epkg.graph.store import Store

    store = Store.memory()
    summary = ingest([str(s) for s in sources], store)
    assert summary.failed == 0, summary.failures
    return store


@pytest.fixture(scope="module")
def seed_store():
    return ingested(SEEDS)


def test_seed_azerbaijan_is_the_hub(seed_store):
    G = project(seed_store)
    for metric in ("degree", "strength", "pagerank"):
        top = analysis.rank(G, analysis.centrality(G, metric), top=1)
        assert top[0]["node"] == AZE, (metric, top)


SEED_SCO = str(EPID["organization/shanghai-cooperation-organization"])  # the gazetteer's IRI


def test_seed_path_from_kazakhstan_to_china_has_evidence(seed_store):
    G = project(seed_store)
    found = analysis.paths(G, KAZ, CHN, max_hops=3)
    assert found, "no path from Kazakhstan to China"
    seed_text = " ".join(" ".join(p.read_text() for p in SEEDS.glob("*.txt")).split())
    for hops in found:
        assert len(hops) == 2 and hops[0]["target"] in (AZE, SEED_SCO)
        for hop in hops:
            assert hop["sentence"] and " ".join(hop["sentence"].split()) in seed_text


@pytest.mark.slow
def test_dev_corpus_network_is_explained_and_deterministic():
    need_shared()
    store = ingested(DEV_ARTICLES)
    corpus = " ".join(" ".join(json.loads(line)["text"].split())
                      for line in DEV_ARTICLES.read_text().splitlines() if line.strip())
    G = project(store)
    assert G.number_of_edges() > 10
    for u, v, d in G.edges(data=True):
        assert d["evidence"] and d["documents"]
        assert d["weight"] == pytest.approx(sum(d[f"weight_{r}"] for r in d["relations"]))
        for e in d["evidence"]:
            assert e["sentence"] is None or " ".join(e["sentence"].split()) in corpus
    runs = [(analysis.centralities(project(store)), analysis.communities(project(store))) for _ in range(2)]
    assert runs[0] == runs[1]
    folded = project(store, fold_companies=True)
    homes = {str(r["x"]) for r in store.select(
        "SELECT ?x WHERE { ?x a epkg:Company ; epkg:basedIn ?s } GROUP BY ?x HAVING (COUNT(DISTINCT ?s) = 1)")}
    assert not homes & set(folded)
