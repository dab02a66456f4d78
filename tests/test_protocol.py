"""Protocol gaps a real client hits: RDF/XML graphs, honest 406s, RDF/XML imports, BOMs, deep JSON-LD."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from SPARQLWrapper import SPARQLWrapper
from starlette.testclient import TestClient

from epkg.cli.main import main
from epkg.exports.rdfimport import MAX_JSON_DEPTH, import_rdf
from epkg.graph.endpoint import create_app
from epkg.graph.errors import InputError
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, EPKG

sys.path.insert(0, str(Path(__file__).parent))
from net_helpers import Running  # noqa: E402

DESCRIBE = "DESCRIBE state:KAZ"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Store.memory(), timeout=30)) as c:
        yield c


def test_construct_and_describe_as_rdf_xml(client):
    r = client.get("/sparql", params={"query": DESCRIBE}, headers={"Accept": "application/rdf+xml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/rdf+xml")
    g = Graph().parse(data=r.text, format="xml")
    assert (EPID["state/KAZ"], EPKG.iso3, Literal("KAZ")) in g


@pytest.mark.parametrize("accept, form_query", [
    ("image/png", DESCRIBE),
    ("application/sparql-results+json", DESCRIBE),  # a results format for a graph
    ("text/turtle", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"),  # a graph format for results
])
def test_what_is_not_served_is_an_honest_406(client, accept, form_query):
    r = client.get("/sparql", params={"query": form_query}, headers={"Accept": accept})
    assert r.status_code == 406
    assert "is served for a" in r.text and r.text.count("\n") == 1


def test_anything_or_nothing_accepted_still_gets_the_default(client):
    assert client.get("/sparql", params={"query": DESCRIBE}, headers={"Accept": "*/*"}).headers[
        "content-type"].startswith("text/turtle")
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": ""})
    assert r.status_code == 200


def test_sparqlwrapper_construct_default_is_rdf_xml():
    """SPARQLWrapper's default for CONSTRUCT asks for RDF/XML; it gets a graph, not a 406."""
    with Running(create_app(Store.memory(), timeout=30)) as server:
        client = SPARQLWrapper(server.url)
        client.setQuery("CONSTRUCT { state:KAZ epkg:iso3 ?i } WHERE { state:KAZ epkg:iso3 ?i }")
        g = client.query().convert()
    assert (EPID["state/KAZ"], EPKG.iso3, Literal("KAZ")) in g


def test_cli_query_rdfxml(tmp_path, capsys):
    Store.open(tmp_path / "s").close()
    assert main(["--store", str(tmp_path / "s"), "query", "--format", "rdfxml", DESCRIBE]) == 0
    g = Graph().parse(data=capsys.readouterr().out, format="xml")
    assert (EPID["state/KAZ"], EPKG.iso3, Literal("KAZ")) in g


# ---------------------------------------------------------------------- import

RDFXML = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:b>c</ex:b></rdf:Description>
</rdf:RDF>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:b>&secret;</ex:b></rdf:Description>
</rdf:RDF>
"""


def test_import_reads_rdf_xml(tmp_path):
    path = tmp_path / "data.rdf"
    path.write_text(RDFXML, encoding="utf-8")
    store = Store.memory(reference=False)
    assert import_rdf(store, path)["triples"] == 1
    assert store.ask('ASK { <http://example.org/a> <http://example.org/b> "c" }')


def test_rdf_xml_with_entity_declarations_is_refused(tmp_path, capsys):
    path = tmp_path / "xxe.rdf"
    path.write_text(XXE, encoding="utf-8")
    Store.open(tmp_path / "s").close()
    assert main(["--store", str(tmp_path / "s"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "entity declarations are not accepted" in err and err.count("\n") == 1


@pytest.mark.parametrize("name, body", [
    ("bom.ttl", '<http://example.org/a> <http://example.org/b> "c" .\n'),
    ("bom.jsonld", '{"@id": "http://example.org/a", "http://example.org/b": "c"}'),
    ("bom.rdf", RDFXML),
])
def test_a_utf8_byte_order_mark_is_accepted(tmp_path, name, body):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    store = Store.memory(reference=False)
    assert import_rdf(store, path)["triples"] == 1


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 100_000])
def test_deeply_nested_json_ld_is_refused_clearly(tmp_path, capsys, depth):
    path = tmp_path / "deep.jsonld"
    path.write_text('{"@id": "http://example.org/a", "http://example.org/b": ' + "[" * depth + '"x"' + "]" * depth
                    + "}", encoding="utf-8")
    with pytest.raises(InputError, match=f"nested deeper than {MAX_JSON_DEPTH} levels"):
        import_rdf(Store.memory(reference=False), path)
    Store.open(tmp_path / "s").close()
    assert main(["--store", str(tmp_path / "s"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("epkg: error:") and "nested deeper" in err and "RecursionError" not in err
