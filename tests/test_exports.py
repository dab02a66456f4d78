"""Exports: RDF round trips, GraphML/GEXF/CSV content, the centrality plot, and the export command."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from epkg.cli.main import cli, main
from epkg.exports.network import flat_network, write_network
from epkg.exports.plot import plot_ranking
from epkg.exports.rdf import FORMATS, export_bytes, parse_export, select_graphs, union_graph
from epkg.exports.tables import EDGE_COLUMNS, NODE_COLUMNS, write_tables
from epkg.graph.build import build_graph
from epkg.graph.documents import DocumentRecord
from epkg.graph.errors import InputError
from epkg.graph.extract.facts import (COMPANY, INTERNATIONAL_ORGANIZATION, STATE, Cooperation, DocumentFacts, Entity,
                                      Membership, Partnership, Sentence)
from epkg.graph.network import project
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, GRAPH_GAZETTEER, GRAPH_ONTOLOGY

from conftest import SEEDS

# rdflib's own parsers use its deprecated Dataset API internally
pytestmark = pytest.mark.filterwarnings("ignore:.*deprecated.*:DeprecationWarning")

# Two short documents written for these tests.
TEXT_1 = ("Azerbaijan and Kazakhstan agreed on a strategic partnership on 10 February 2025. "
          "SOCAR will cooperate with KazMunayGas on Caspian gas.")
TEXT_2 = "Kazakhstan is a member of the Organization of Turkic States."

AZE, KAZ = str(EPID["state/AZE"]), str(EPID["state/KAZ"])
SOCAR, KMG = str(EPID["organization/socar"]), str(EPID["organization/kazmunaygas"])
OTS = str(EPID["organization/organization-of-turkic-states"])


def _sentences(*texts):
    out, start = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return out


def record_1():
    return DocumentRecord("one.txt", TEXT_1, title="Caspian ties", published="2025-03-01", publisher="Test Wire",
                          source="https://example.org/one")


def record_2():
    return DocumentRecord("two.txt", TEXT_2, title="Turkic states", published="2025-04-02", publisher="Other Wire")


def facts_1():
    s0, s1 = TEXT_1.split(". ")
    f = DocumentFacts(TEXT_1, sentences=_sentences(s0 + ".", s1))
    f.entities = {e.key: e for e in (Entity("state/AZE", STATE, "Azerbaijan", iso3="AZE"),
                                     Entity("state/KAZ", STATE, "Kazakhstan", iso3="KAZ"),
                                     Entity("organization/socar", COMPANY, "SOCAR"),
                                     Entity("organization/kazmunaygas", COMPANY, "KazMunayGas"))}
    f.partnerships = [Partnership(("state/AZE", "state/KAZ"), "strategic partnership", 0, "2025-02-10")]
    f.cooperations = [Cooperation(("organization/socar", "organization/kazmunaygas"), 1)]
    return f


def facts_2():
    f = DocumentFacts(TEXT_2, sentences=_sentences(TEXT_2))
    f.entities = {e.key: e for e in (Entity("state/KAZ", STATE, "Kazakhstan", iso3="KAZ"),
                                     Entity("organization/organization-of-turkic-states",
                                            INTERNATIONAL_ORGANIZATION, "Organization of Turkic States"))}
    f.memberships = [Membership("state/KAZ", "organization/organization-of-turkic-states", "member", 0)]
    return f


@pytest.fixture(scope="module")
def store():
    s = Store.memory()
    for record, facts in ((record_1(), facts_1()), (record_2(), facts_2())):
        s.add_document(record.iri, record.identifier, build_graph(record, facts))
    return s


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from epkg.graph.ingest import ingest

    s = Store.memory()
    summary = ingest([SEEDS], s)
    assert summary.new == 1
    return s


# ------------------------------------------------------------------ RDF round trips

@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("which", ["documents", "ontology"])
def test_rdf_round_trip(store, fmt, which):
    # The ontology graph has blank nodes (OWL axioms); the gazetteer is left to the quick N-Quads test below.
    graphs = select_graphs(store, "documents") if which == "documents" else [GRAPH_ONTOLOGY]
    data = export_bytes(store, fmt, graphs)
    back = parse_export(data, fmt)
    if FORMATS[fmt][1]:  # quad format: the same named graphs, each isomorphic
        names = {g.identifier for g in back.graphs() if len(g)}
        assert names == set(graphs)
        for name in graphs:
            assert isomorphic(back.graph(name), store.graph(name)), name
    else:
        assert isomorphic(_merged(back), union_graph(store, graphs))


def _merged(ds) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_nquads_of_everything_keeps_every_graph(store):
    graphs = select_graphs(store, "all")
    back = parse_export(export_bytes(store, "nquads", graphs), "nquads")
    assert {g.identifier for g in back.graphs() if len(g)} == set(store.graph_names())
    assert sum(len(g) for g in back.graphs()) == len(store)


def test_jsonld_uses_the_shipped_context_inline(store):
    data = json.loads(export_bytes(store, "jsonld", select_graphs(store, "documents")))
    assert data["@context"]["epkg"] == "https://w3id.org/epkg/ontology#"
    assert data["@context"]["partnerOf"]["@id"] == "epkg:partnerOf"
    # compacted with the context's terms, one entry per named graph
    assert {g["id"] for g in data["@graph"]} == {str(record_1().iri), str(record_2().iri)}
    assert "http://" not in json.dumps(data["@context"]).replace("http://www.w3.org", "").replace(
        "http://purl.org", "").replace("http://www.wikidata.org", "")


def test_select_graphs(store):
    assert select_graphs(store, "reference") == sorted([GRAPH_GAZETTEER, GRAPH_ONTOLOGY])
    assert select_graphs(store, "documents") == sorted([record_1().iri, record_2().iri])
    assert select_graphs(store, docs=["two.txt"]) == [record_2().iri]
    assert select_graphs(store, docs=[str(record_1().iri)]) == [record_1().iri]
    with pytest.raises(InputError, match="no document 'nope.txt'"):
        select_graphs(store, docs=["nope.txt"])
    with pytest.raises(InputError, match="unknown graph set"):
        select_graphs(store, "everything")


def test_turtle_of_one_document_holds_only_it(store):
    data = export_bytes(store, "turtle", select_graphs(store, docs=["two.txt"]))
    back = parse_export(data, "turtle")
    assert (URIRef(OTS), None, None) in back
    assert (URIRef(SOCAR), None, None) not in back


# ------------------------------------------------------------------ GraphML and GEXF

EXPECTED_EDGES = {
    (AZE, KAZ): {"relation": "partnership", "relations": "partnership", "weight": 4.0,
                 "weight_partnership": 4.0, "weight_cooperation": 0.0, "weight_agreement": 0.0,
                 "weight_project": 0.0, "weight_membership": 0.0, "level": "strategic partnership", "roles": "",
                 "evidence_count": 1, "document_count": 1, "first_date": "2025-02-10", "last_date": "2025-02-10"},
    (KMG, SOCAR): {"relation": "cooperation", "relations": "cooperation", "weight": 1.0,
                   "weight_partnership": 0.0, "weight_cooperation": 1.0, "weight_agreement": 0.0,
                   "weight_project": 0.0, "weight_membership": 0.0, "level": "", "roles": "",
                   "evidence_count": 1, "document_count": 1, "first_date": "2025-03-01",
                   "last_date": "2025-03-01"},
    (OTS, KAZ): {"relation": "membership", "relations": "membership", "weight": 1.0,
                 "weight_partnership": 0.0, "weight_cooperation": 0.0, "weight_agreement": 0.0,
                 "weight_project": 0.0, "weight_membership": 1.0, "level": "", "roles": "member",
                 "evidence_count": 1, "document_count": 1, "first_date": "2025-04-02",
                 "last_date": "2025-04-02"},
}
EXPECTED_NODES = {AZE: ("Azerbaijan", "State", 0.25), KAZ: ("Kazakhstan", "State", 0.5),
                  SOCAR: ("SOCAR", "Company", 0.25), KMG: ("KazMunayGas", "Company", 0.25),
                  OTS: ("Organization of Turkic States", "InternationalOrganization", 0.25)}


def _check_network(H):
    assert set(H.nodes) == set(EXPECTED_NODES)
    for n, (label, kind, degree) in EXPECTED_NODES.items():
        d = H.nodes[n]
        assert (d["label"], d["class"]) == (label, kind)
        assert d["degree"] == pytest.approx(degree)
    assert H.nodes[KAZ]["betweenness"] == pytest.approx(1 / 6)  # on the one path AZE–OTS of 6 pairs
    assert H.nodes[AZE]["betweenness"] == 0.0
    assert sum(d["pagerank"] for _, d in H.nodes(data=True)) == pytest.approx(1.0)
    assert H.nodes[KAZ]["pagerank"] > H.nodes[OTS]["pagerank"]
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in EXPECTED_EDGES}
    for (a, b), attrs in EXPECTED_EDGES.items():
        assert dict(H.edges[a, b]) == attrs


def test_graphml_content(store, tmp_path):
    path = tmp_path / "net.graphml"
    write_network(project(store), path, "graphml")
    H = nx.read_graphml(path)
    _check_network(H)
    # Gephi reads typed keys: numbers as double/long, not strings
    keys = {k.get("attr.name"): k.get("attr.type") for k in ET.parse(path).getroot()
            if k.tag.endswith("key")}
    assert keys["weight"] == "double" and keys["evidence_count"] == "long" and keys["label"] == "string"


def test_gexf_content(store, tmp_path):
    path = tmp_path / "net.gexf"
    write_network(project(store), path, "gexf")
    H = nx.read_gexf(path)
    for n, d in H.nodes(data=True):
        d.pop("viz")
    for *_, d in H.edges(data=True):
        d.pop("id", None)
    _check_network(H)
    root = ET.parse(path).getroot()
    ns = {"g": root.tag[1:].split("}")[0]}
    labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert labels[OTS] == "Organization of Turkic States"  # the GEXF label Gephi shows


def test_flat_network_has_no_lists_or_none():
    G = nx.Graph(layers=["cooperation"])
    G.add_node("a", label="A", kind=None)
    G.add_node("b", label="B", kind="Company")
    G.add_edge("a", "b", relations=["cooperation"], weight=1.0, level=None, roles=[], evidence=[], dates=[])
    H = flat_network(G, {})
    for _, d in H.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) for v in d.values())
    assert all(isinstance(v, (str, int, float)) for v in H.edges["a", "b"].values())
    assert H.nodes["a"]["class"] == "Actor"
    out = io.BytesIO()
    write_network(G, out, "gexf")  # networkx refuses None and lists: this must not raise
    with pytest.raises(InputError, match="unknown network format"):
        write_network(G, io.BytesIO(), "dot")


# ------------------------------------------------------------------ CSV

def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def test_csv_content(store, tmp_path):
    out = write_tables(store, tmp_path / "tables")
    assert (out["node_rows"], out["edge_rows"]) == (5, 3)
    columns, edges = _read(out["edges"])
    assert tuple(columns) == EDGE_COLUMNS
    doc1, doc2 = str(record_1().iri), str(record_2().iri)
    s0, s1 = facts_1().sentences[0].text, facts_1().sentences[1].text
    partnership_iri = edges[[r["relation"] for r in edges].index("partnership")]["via"]
    assert partnership_iri.startswith(str(EPID["partnership/"]))
    assert sorted(edges, key=lambda r: r["relation"]) == [
        {"source": KMG, "source_label": "KazMunayGas", "target": SOCAR, "target_label": "SOCAR",
         "relation": "cooperation", "level": "", "role": "", "date": "2025-03-01", "via": "", "document": doc1,
         "document_title": "Caspian ties", "publisher": "Test Wire", "issued": "2025-03-01",
         "url": "https://example.org/one", "sentence": s1},
        {"source": KAZ, "source_label": "Kazakhstan", "target": OTS, "target_label": "Organization of Turkic States",
         "relation": "membership", "level": "", "role": "member", "date": "2025-04-02", "via": OTS,
         "document": doc2, "document_title": "Turkic states", "publisher": "Other Wire", "issued": "2025-04-02",
         "url": "", "sentence": TEXT_2},
        {"source": AZE, "source_label": "Azerbaijan", "target": KAZ, "target_label": "Kazakhstan",
         "relation": "partnership", "level": "strategic partnership", "role": "", "date": "2025-02-10",
         "via": partnership_iri, "document": doc1, "document_title": "Caspian ties", "publisher": "Test Wire",
         "issued": "2025-03-01", "url": "https://example.org/one", "sentence": s0},
    ]
    columns, nodes = _read(out["nodes"])
    assert tuple(columns) == NODE_COLUMNS
    assert [(r["id"], r["label"], r["class"], float(r["degree"])) for r in nodes] == sorted(
        (n, label, kind, degree) for n, (label, kind, degree) in EXPECTED_NODES.items())


def test_csv_as_of_keeps_earlier_facts(store, tmp_path):
    out = write_tables(store, tmp_path / "t", as_of="2025-03")
    _, edges = _read(out["edges"])
    assert sorted(r["relation"] for r in edges) == ["cooperation", "partnership"]
    _, nodes = _read(out["nodes"])
    assert OTS not in {r["id"] for r in nodes}


def test_csv_refuses_a_file_as_folder(store, tmp_path):
    target = tmp_path / "file.csv"
    target.write_text("x")
    with pytest.raises(InputError, match="is a file"):
        write_tables(store, target)


# ------------------------------------------------------------------ the seed

def test_seed_network_exports(seed_store, tmp_path):
    write_network(project(seed_store), tmp_path / "seed.graphml", "graphml")
    H = nx.read_graphml(tmp_path / "seed.graphml")
    aze, chn = str(EPID["state/AZE"]), str(EPID["state/CHN"])
    assert H.nodes[aze]["class"] == "State" and H.nodes[chn]["label"] == "China"
    assert "agreement" in H.edges[aze, chn]["relations"].split(";")
    sco = str(EPID["organization/shanghai-cooperation-organization"])
    assert H.nodes[sco]["class"] == "InternationalOrganization"
    assert "membership" in H.edges[aze, sco]["relations"].split(";")  # "as a dialogue partner" of the SCO
    assert "dialogue partner" in H.edges[aze, sco]["roles"].split(";")
    out = write_tables(seed_store, tmp_path / "seed-csv")
    _, edges = _read(out["edges"])
    text = (SEEDS / "000_079e74d7893e588a.txt").read_text()
    assert edges and {r["document"] for r in edges} == {str(seed_store.document_graphs()[0])}
    assert all(r["sentence"] and r["sentence"] in text for r in edges)
    assert all(r["publisher"] == "Trend" and r["issued"] == "2025-06-26" for r in edges)
    _, nodes = _read(out["nodes"])
    assert {r["id"] for r in nodes} == set(H.nodes)


# ------------------------------------------------------------------ plot

def test_plot_svg_has_one_bar_per_row(tmp_path):
    rows = [{"label": f"Entity {i}", "kind": "State" if i % 2 else "Company", "score": 1.0 / (i + 1)}
            for i in range(7)]
    path = plot_ranking(rows, tmp_path / "c.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    ids = [e.get("id") for e in root.iter() if (e.get("id") or "").startswith("bar-")]
    assert ids == [f"bar-{i}" for i in range(1, 8)]
    assert "Entity 6" in path.read_text()


def test_plot_command_png_and_svg(store, tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.setattr("epkg.cli.main.Context.store", lambda self, read_only=False: store)
    r = runner.invoke(cli, ["plot", "centrality", "-o", str(tmp_path / "c.png"), "--top", "3"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r = runner.invoke(cli, ["plot", "centrality", "-o", str(tmp_path / "c.svg"), "--metric", "degree"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.svg").read_text().count('id="bar-') == 5
    assert main(["--store", str(tmp_path / "s"), "plot", "centrality", "-o", str(tmp_path / "c.gif")]) == 1


# ------------------------------------------------------------------ the command

def test_export_command(store, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("epkg.cli.main.Context.store", lambda self, read_only=False: store)
    runner = CliRunner()
    r = runner.invoke(cli, ["export", "--format", "nt", "--doc", "two.txt"])
    assert r.exit_code == 0
    back = parse_export(r.stdout_bytes, "nt")
    assert isomorphic(_merged(back), store.graph(record_2().iri))
    r = runner.invoke(cli, ["export", "--format", "gexf", "-o", str(tmp_path / "n.gexf"), "--json"])
    assert r.exit_code == 0 and json.loads(r.output)["edges"] == 3
    r = runner.invoke(cli, ["export", "--format", "csv"])
    assert r.exit_code == 2 and "give a folder with -o" in r.output
    r = runner.invoke(cli, ["export", "--format", "graphml", "--doc", "two.txt"])
    assert r.exit_code == 2 and "--doc applies to the RDF formats" in r.output
    assert main(["export", "--doc", "missing.txt"]) == 1
    err = capsys.readouterr().err
    assert err == "epkg: error: no document 'missing.txt' in the store\n"
