"""epkg import: RDF files into their own named graph, read defensively."""
from __future__ import annotations

import json

import pytest
from rdflib import Literal, URIRef

from epkg.cli.main import main
from epkg.exports.rdf import export_bytes, select_graphs
from epkg.exports.rdfimport import import_graph_iri, import_rdf, parse_rdf
from epkg.graph.errors import InputError
from epkg.graph.network import project
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID

pytestmark = pytest.mark.filterwarnings("ignore:.*deprecated.*:DeprecationWarning")

EX = "http://example.org/"
TURTLE = f"""@prefix epkg: <https://w3id.org/epkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <{EX}> .
ex:atlantis a epkg:State, epkg:Actor ; rdfs:label "Atlantis" .
ex:lemuria a epkg:State, epkg:Actor ; rdfs:label "Lemuria" .
ex:p1 a epkg:Partnership ; epkg:partner ex:atlantis, ex:lemuria ;
    epkg:evidence "Atlantis and Lemuria are partners." .
ex:atlantis epkg:cooperatesWith ex:mu .
ex:mu a epkg:Company, epkg:Actor ; rdfs:label "Mu Power" .
"""


@pytest.fixture
def store():
    return Store.memory(reference=False)


def _rows(store, graph):
    return store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


def test_turtle_import_lands_in_its_own_graph(store, tmp_path):
    path = tmp_path / "My Extract.ttl"
    path.write_text(TURTLE)
    result = import_rdf(store, path)
    graph = str(EPID["graph/import/my-extract"])
    assert result["graph"] == graph and result["triples"] == 14
    # its own graph, the consolidated graph that now describes what it says, and the meta graph
    # holding the consolidation's index of it
    assert store.graph_names() == sorted([URIRef(graph), EPID["graph/consolidated"], EPID["graph/meta"]])
    labels = store.select(f"SELECT ?l WHERE {{ GRAPH <{graph}> {{ <{EX}lemuria> rdfs:label ?l }} }}")
    assert labels == [{"l": Literal("Lemuria")}]
    # described as a source, and its relation node derived from it
    assert store.ask(f"ASK {{ GRAPH <{graph}> {{ <{graph}> a epkg:Document ; dcterms:identifier "
                     f"'My Extract.ttl' . <{EX}p1> prov:wasDerivedFrom <{graph}> }} }}")


def test_imported_ties_are_drawn_with_the_rest(store, tmp_path):
    path = tmp_path / "ties.ttl"
    path.write_text(TURTLE)
    import_rdf(store, path)
    G = project(store)
    a, l, m = EX + "atlantis", EX + "lemuria", EX + "mu"
    assert {frozenset(e) for e in G.edges} == {frozenset((a, l)), frozenset((a, m))}
    assert G.edges[a, l]["relations"] == ["partnership"]
    assert G.edges[a, m]["relations"] == ["cooperation"]
    assert G.edges[a, l]["evidence"][0]["sentence"] == "Atlantis and Lemuria are partners."
    assert G.nodes[m]["label"] == "Mu Power"


def test_quad_formats_are_flattened_and_cannot_overwrite_documents(store, tmp_path):
    doc = EPID["doc/0123456789abcdef"]
    trig = f"""<{EX}a> <{EX}p> "default" .
<{doc}> {{ <{EX}a> <{EX}p> "in a document graph" . }}
<{EX}g> {{ <{EX}b> <{EX}p> "in another graph" . }}
"""
    path = tmp_path / "dump.trig"
    path.write_text(trig)
    result = import_rdf(store, path, name="dump")
    assert result["triples"] == 3
    # (beside the meta graph, where the consolidation indexes what the import says)
    assert [g for g in store.graph_names() if g != EPID["graph/meta"]] == [import_graph_iri("dump")]
    values = {str(r["o"]) for r in _rows(store, import_graph_iri("dump"))}
    assert {"default", "in a document graph", "in another graph"} <= values


def test_round_trip_of_an_export_through_import(tmp_path):
    source = Store.memory(reference=False)
    path = tmp_path / "x.ttl"
    path.write_text(TURTLE)
    import_rdf(source, path, name="x")
    nq = tmp_path / "x.nq"
    nq.write_bytes(export_bytes(source, "nquads", select_graphs(source, "all")))
    target = Store.memory(reference=False)
    import_rdf(target, nq, name="again")
    before = {(r["s"], r["p"], r["o"]) for r in _rows(source, import_graph_iri("x"))}
    after = {(r["s"], r["p"], r["o"]) for r in _rows(target, import_graph_iri("again"))}
    assert before - after == set()  # everything arrives; only the new import's own description is added


def test_jsonld_with_an_inline_context(store, tmp_path):
    doc = {"@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label", "ex": EX},
           "@id": "ex:atlantis", "label": "Atlantis"}
    path = tmp_path / "a.jsonld"
    path.write_text(json.dumps(doc))
    assert import_rdf(store, path)["triples"] == 1
    assert store.ask(f"ASK {{ <{EX}atlantis> rdfs:label 'Atlantis' }}")


@pytest.mark.parametrize("context", [
    "https://example.org/context.jsonld",
    ["https://example.org/context.jsonld", {"ex": EX}],
    {"@import": "https://example.org/context.jsonld"},
    {"ex": EX, "scoped": {"@id": "ex:scoped", "@context": "https://example.org/scoped.jsonld"}},
])
def test_jsonld_contexts_that_would_be_fetched_are_refused(context):
    data = json.dumps({"@context": context, "@id": EX + "a", EX + "p": "x"}).encode()
    with pytest.raises(InputError, match="fetch"):
        parse_rdf(data, "json-ld", "a.jsonld")


def test_jsonld_nested_remote_context_is_refused():
    data = json.dumps({"@graph": [{"@context": "http://example.org/c", "@id": EX + "a"}]}).encode()
    with pytest.raises(InputError, match="never fetches"):
        parse_rdf(data, "json-ld")


@pytest.mark.parametrize("payload", [
    b'<!DOCTYPE rdf [ <!ENTITY lol "lol"> ]>\n<http://a> <http://b> "c" .',
    b'<!ENTITY x SYSTEM "file:///etc/passwd">',
])
def test_dtd_and_entities_are_refused(payload):
    with pytest.raises(InputError, match="DTD or entity declarations"):
        parse_rdf(payload, "turtle", "x.ttl")


def test_size_is_capped_before_parsing(store, tmp_path):
    path = tmp_path / "big.nt"
    path.write_text('<http://a> <http://b> "c" .\n' * 100)
    with pytest.raises(InputError, match="over the import limit of 1,000"):
        import_rdf(store, path, max_bytes=1000)
    assert store.graph_names() == []


def test_bad_input_is_one_line(store, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle .\n")
    with pytest.raises(InputError, match=r"^bad.ttl: not valid turtle: ") as info:
        import_rdf(store, bad)
    assert "\n" not in str(info.value)
    with pytest.raises(InputError, match="cannot tell the RDF format"):
        import_rdf(store, tmp_path / "data.csv")  # (.rdf is RDF/XML, read since issue 12)
    with pytest.raises(InputError, match="no such file"):
        import_rdf(store, tmp_path / "missing.ttl")
    latin = tmp_path / "latin.nt"
    latin.write_bytes('<http://a> <http://b> "caf\xe9" .'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        import_rdf(store, latin)


def test_import_again_replaces(store, tmp_path):
    path = tmp_path / "v.nt"
    path.write_text(f'<{EX}a> <{EX}p> "one" .\n<{EX}a> <{EX}q> "two" .\n')
    import_rdf(store, path)
    path.write_text(f'<{EX}a> <{EX}p> "three" .\n')
    import_rdf(store, path)
    values = {str(r["o"]) for r in _rows(store, import_graph_iri("v")) if str(r["p"]).startswith(EX)}
    assert values == {"three"}


def test_import_command(tmp_path, capsys):
    path = tmp_path / "cmd.ttl"
    path.write_text(TURTLE)
    location = str(tmp_path / "store")
    assert main(["--store", location, "import", str(path)]) == 0
    assert capsys.readouterr().out == f"imported 14 triples from cmd.ttl into <{import_graph_iri('cmd')}>\n"
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> .")
    assert main(["--store", location, "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("epkg: error: bad.nq: not valid nquads") and err.count("\n") == 1
