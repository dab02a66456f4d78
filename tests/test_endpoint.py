"""The SPARQL endpoint, queried over real HTTP by SPARQLWrapper and rdflib's SPARQLStore."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from epkg.graph.endpoint import create_app
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, EPKG, SD

sys.path.insert(0, str(Path(__file__).parent))
from net_helpers import Listener, Running  # noqa: E402
from sample_graph import fill  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y . ?c rdfs:label ?z }"
TIMEOUT = 2.0


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("endpoint") / "store"
    store = Store.open(path)
    fill(store)
    store.close()
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    app = create_app(str(store_dir), timeout=TIMEOUT, max_rows=50, max_body=20_000, workers=2)
    with Running(app) as running:
        yield running


def get(server, **params):
    return httpx.get(server.url, params=params, headers=params.pop("headers", None) or {}, timeout=60)


# ---------------------------------------------------------------------- real clients

def test_sparqlwrapper_select_json(server):
    client = SPARQLWrapper(server.url)
    client.setQuery("SELECT DISTINCT ?iso WHERE { ?s epkg:dialoguePartnerOf ?sco ; epkg:iso3 ?iso . "
                    "?sco skos:altLabel 'SCO' . FILTER(?iso IN ('AZE', 'ARM')) } ORDER BY ?iso")
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert [b["iso"]["value"] for b in data["results"]["bindings"]] == ["ARM", "AZE"]


@pytest.mark.parametrize("fmt, media", [(XML, "application/sparql-results+xml"), (CSV, "text/csv"),
                                        (TSV, "text/tab-separated-values")])
def test_sparqlwrapper_result_formats(server, fmt, media):
    client = SPARQLWrapper(server.url)
    client.setQuery("SELECT ?l WHERE { state:KAZ rdfs:label ?l }")
    client.setReturnFormat(fmt)
    response = client.query()
    assert response.info()["content-type"].startswith(media)
    body = response.convert()
    text = body.toxml() if hasattr(body, "toxml") else body.decode()
    assert "Kazakhstan" in text


def test_sparqlwrapper_post_and_construct(server):
    client = SPARQLWrapper(server.url)
    client.setMethod("POST")
    client.setQuery("CONSTRUCT { ?p epkg:level ?l } WHERE { ?p a epkg:Partnership ; epkg:level ?l }")
    client.setReturnFormat(TURTLE)
    g = Graph().parse(data=client.query().convert(), format="turtle")
    assert set(g.objects(None, EPKG.level)) == {EPKG.level_comprehensive_strategic_partnership,
                                                 EPKG.level_strategic_partnership}


def test_sparqlwrapper_ask(server):
    client = SPARQLWrapper(server.url)
    client.setQuery("ASK { state:AZE epkg:partnerOf state:CHN }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_rdflib_sparqlstore(server):
    store = SPARQLStore(query_endpoint=server.url)
    g = Graph(store=store)
    rows = list(g.query("PREFIX epkg: <https://w3id.org/epkg/ontology#> "
                        "SELECT ?doc ?pub WHERE { ?doc a epkg:Document ; <http://purl.org/dc/terms/publisher> ?pub } "
                        "ORDER BY ?pub"))
    assert [str(r.pub) for r in rows] == ["Trend", "Xinhua"]
    assert g.query("ASK { <https://w3id.org/epkg/id/state/KAZ> ?p ?o }").askAnswer is True
    store.close()


# ---------------------------------------------------------------------- protocol

def test_post_form_and_body_give_the_same_rows(server):
    q = "SELECT ?l WHERE { ?p a epkg:EnergyProject ; rdfs:label ?l } ORDER BY ?l"
    headers = {"Accept": "application/sparql-results+json"}
    form = httpx.post(server.url, data={"query": q}, headers=headers, timeout=60)
    body = httpx.post(server.url, content=q.encode(), timeout=60,
                      headers={**headers, "Content-Type": "application/sparql-query"})
    assert form.status_code == body.status_code == 200
    assert form.json() == body.json()
    assert [b["l"]["value"] for b in form.json()["results"]["bindings"]] == ["Absheron Solar", "Absheron Solar"]


@pytest.mark.parametrize("accept, media", [
    ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
    ("text/turtle", "text/turtle"),
    ("*/*", "text/turtle"),
])
def test_graph_content_negotiation(server, accept, media):
    r = httpx.get(server.url, params={"query": "DESCRIBE state:KAZ"}, headers={"Accept": accept}, timeout=60)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    fmt = {"application/n-triples": "nt", "application/ld+json": "json-ld", "text/turtle": "turtle"}[media]
    g = Graph().parse(data=r.text, format=fmt)
    assert (EPID["state/KAZ"], EPKG.iso3, Literal("KAZ")) in g


def test_row_cap(server):
    r = httpx.get(server.url, params={"query": "SELECT ?s WHERE { ?s epkg:iso3 ?i }"},
                  headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 50
    assert "50" in r.headers["x-epkg-truncated"]


def test_service_description(server):
    r = httpx.get(server.url, headers={"Accept": "text/turtle"}, timeout=60)
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    service = URIRef(server.url)
    assert (service, SD.endpoint, service) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    home = httpx.get(server.url.rsplit("/", 1)[0] + "/", headers={"Accept": "text/turtle"}, timeout=60)
    assert (service, SD.endpoint, service) in Graph().parse(data=home.text, format="turtle")


def test_html_page_has_no_external_assets(server):
    r = httpx.get(server.url.rsplit("/", 1)[0] + "/", headers={"Accept": "text/html"}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<textarea" in r.text
    assert "http://" not in r.text and "https://" not in r.text and "src=" not in r.text


def test_syntax_error_is_400_with_position(server):
    r = get(server, query="SELECT ?s WHERE {\n  ?s ?p\n}")
    assert r.status_code == 400
    assert "line 2" in r.text and "column" in r.text


def test_body_cap(server):
    q = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 30_000
    r = httpx.post(server.url, content=q.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=60)
    assert r.status_code == 413


def test_unacceptable_format_is_406(server):
    r = get(server, query="ASK {}", format="turtle")
    assert r.status_code == 406


# ---------------------------------------------------------------------- refusals

@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}},
    {"content": b"INSERT DATA { <http://a> <http://b> <http://c> }",
     "headers": {"Content-Type": "application/sparql-update"}},
    {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
    {"data": {"query": "DROP ALL"}},
])
def test_updates_refused(server, store_dir, request_kwargs):
    r = httpx.post(server.url, timeout=60, **request_kwargs)
    assert r.status_code == 403
    assert "read-only" in r.text
    # Nothing changed: the sample documents are still there.
    ask = get(server, query="ASK { ?d a epkg:Document }", headers={"Accept": "application/sparql-results+json"})
    assert ask.json()["boolean"] is True


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "select * where {{ ?x ?y ?z . service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "ASK {{ {{ SELECT * WHERE {{ SeRvIcE <http://127.0.0.1:{port}/q> {{ ?s ?p ?o }} }} }} }}",
    "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <http://example.org/g>",
])
def test_outbound_requests_refused(server, template):
    listener = Listener()
    try:
        query = template.format(port=listener.port)
        r = httpx.post(server.url, data={"query": query}, timeout=60)
        assert r.status_code == 403
        assert "SERVICE" in r.text or "LOAD" in r.text
        client = SPARQLWrapper(server.url)
        client.setQuery(query)
        client.setReturnFormat(JSON)
        with pytest.raises(Exception):
            client.query()
        time.sleep(0.5)
        assert listener.connections == 0
    finally:
        listener.close()


def test_time_limit_stops_a_runaway_query_and_others_are_served(server):
    outcome = {}

    def runaway():
        start = time.time()
        outcome["response"] = httpx.get(server.url, params={"query": RUNAWAY}, timeout=120)
        outcome["seconds"] = time.time() - start

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    start = time.time()
    quick = get(server, query="ASK { state:AZE ?p ?o }", headers={"Accept": "application/sparql-results+json"})
    quick_seconds = time.time() - start
    thread.join(120)
    assert quick.status_code == 200 and quick.json()["boolean"] is True
    assert quick_seconds < TIMEOUT  # answered while the runaway query was still running
    r = outcome["response"]
    assert r.status_code == 503
    assert "time limit" in r.text
    assert outcome["seconds"] < TIMEOUT + 5
    # The stopped worker was replaced: the service still answers.
    again = get(server, query="ASK { state:CHN ?p ?o }", headers={"Accept": "application/sparql-results+json"})
    assert again.json()["boolean"] is True


WRITER = r"""
import sys
sys.path.insert(0, sys.argv[2])
from epkg.graph.store import Store
from epkg.graph.build import build_graph
from epkg.graph.documents import DocumentRecord
from epkg.graph.extract.facts import DocumentFacts, Entity
store = Store.open(sys.argv[1])
record = DocumentRecord("c.txt", "Georgia is mentioned here.", title="Written while serving")
facts = DocumentFacts(record.text)
facts.entities["state/GEO"] = Entity("state/GEO", "State", "Georgia", iso3="GEO")
store.add_document(record.iri, record.identifier, build_graph(record, facts))
store.flush()
print("written", flush=True)
sys.stdin.read()  # hold the store open for writing until the test is done
store.close()
"""


def test_serves_while_another_process_writes(server, store_dir):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store_dir), str(Path(__file__).parent)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "written"
        r = get(server, query="SELECT ?t WHERE { ?d a epkg:Document ; dcterms:title ?t } ORDER BY ?t",
                headers={"Accept": "application/sparql-results+json"})
        # Either the right answer, or (when the writer's compaction outpaces the reader's
        # snapshot) a clear "busy" answer; never an error about corrupted files.
        if r.status_code == 503:
            assert r.text.startswith("store is busy") and "Corruption" not in r.text
        else:
            assert r.status_code == 200, r.text
            titles = [b["t"]["value"] for b in r.json()["results"]["bindings"]]
            assert titles == ["Azerbaijan and China upgrade ties", "Caspian energy week", "Written while serving"]
    finally:
        writer.stdin.close()
        writer.wait(30)


def test_memory_store_app_runs_queries_in_forked_children():
    from starlette.testclient import TestClient

    store = Store.memory()
    fill(store)
    with TestClient(create_app(store, timeout=1)) as client:
        ok = client.get("/sparql", params={"query": "SELECT ?t WHERE { ?d a epkg:Document ; dcterms:title ?t } ORDER BY ?t"},
                        headers={"Accept": "application/sparql-results+json"})
        assert [b["t"]["value"] for b in ok.json()["results"]["bindings"]] == \
            ["Azerbaijan and China upgrade ties", "Caspian energy week"]
        slow = client.get("/sparql", params={"query": RUNAWAY})
        assert slow.status_code == 503
