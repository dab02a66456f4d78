"""The remote store against a real Oxigraph server: protocol, semantics, and the same export as embedded."""
from __future__ import annotations

import inspect
import io
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from epkg.graph.errors import QueryError
from epkg.graph.remote import RemoteStore, is_remote, parse_location
from epkg.graph.store import GRAPH_META, SelectAnswer, Store, StoreError, open_store
from epkg.ontology.namespaces import EPID, EPKG

from conftest import SEEDS

# The server installed with the test extra sits beside this Python (".venv/bin"), which is not on
# PATH when the suite runs as ".venv/bin/python -m pytest": look there first.
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
DOC1 = EPID["doc/00000000000000a1"]
DOC2 = EPID["doc/00000000000000a2"]
DOC3 = EPID["doc/00000000000000a3"]
AZE, CHN = EPID["state/AZE"], EPID["state/CHN"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """A fresh Oxigraph server on a free port; yields its ``sparql+http://`` location."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = _free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.HTTPError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph server did not start: {proc.stderr.read().decode()[-300:]}")
            time.sleep(0.05)
    try:
        yield f"sparql+http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def doc_graph(doc, identifier, *triples):
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, DCTERMS.identifier, Literal(identifier)))
    for t in triples:
        g.add(t)
    return g


# ---------------------------------------------------------------- locations

def test_default_endpoints_are_oxigraph_layout():
    e = parse_location("sparql+http://127.0.0.1:7878")
    assert (e.query, e.update, e.store, e.union) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store", "param")


def test_explicit_endpoints_root_relative_base_relative_and_absolute():
    e = parse_location("sparql+https://user:pw@example.org:8443/ds/?query=/sparql&store=data"
                       "&update=http://other:1/u&union=native&timeout=5")
    assert e.query == "https://example.org:8443/sparql"
    assert e.store == "https://example.org:8443/ds/data"
    assert e.update == "http://other:1/u"
    assert (e.union, e.timeout, e.auth) == ("native", 5.0, ("user", "pw"))


@pytest.mark.parametrize("location, message", [
    ("sparql+http://h:1?querry=/q", "unknown option"),
    ("sparql+http://h:1?union=all", "union="),
    ("sparql+http://h:1?timeout=soon", "timeout="),
    ("sparql+http:///path", "no host"),
    ("/var/lib/epkg", "not a remote"),
])
def test_bad_locations_are_one_line_errors(location, message):
    with pytest.raises(StoreError, match=message) as info:
        parse_location(location)
    assert "\n" not in str(info.value)


def test_is_remote():
    assert is_remote("sparql+https://x") and is_remote("SPARQL+HTTP://x")
    assert not is_remote("http://x") and not is_remote(None) and not is_remote("store")


def test_remote_store_has_every_public_method_of_store():
    wanted = {n for n, v in vars(Store).items() if not n.startswith("_") and callable(v)} - {"memory", "bulk_load_file"}
    wanted |= {"__len__", "__enter__", "__exit__"}
    missing = {n for n in wanted if not callable(getattr(RemoteStore, n, None))}
    assert missing == set()
    for name in ("add_document", "remove_document", "query", "quads", "dump", "load_file", "put_graph"):
        assert list(inspect.signature(getattr(RemoteStore, name)).parameters) == \
            list(inspect.signature(getattr(Store, name)).parameters), name


# ---------------------------------------------------------------- against a server

def test_documents_new_unchanged_replaced_removed(server):
    store = RemoteStore.open(server, reference=False)
    g1 = doc_graph(DOC1, "a.txt", (AZE, RDFS.label, Literal("Old name")))
    assert store.add_document(DOC1, "a.txt", g1) == "new"
    assert store.add_document(DOC1, "a.txt", g1) == "unchanged"
    assert store.add_document(DOC2, "a.txt", doc_graph(DOC2, "a.txt", (AZE, RDFS.label, Literal("New name")))) \
        == "replaced"
    # a query without GRAPH sees the union of the named graphs (Virtuoso: natively, union=native)
    assert store.select("SELECT ?l WHERE { state:AZE rdfs:label ?l }") == [{"l": Literal("New name")}]
    assert store.document_graphs() == [DOC2]
    assert store.document_iris("a.txt") == [DOC2]
    store.add_document(DOC3, "b.txt", doc_graph(DOC3, "b.txt"))
    assert len(store) == 5 + 2 + 2 + 2  # and an ingestion time, a listing row and a count of bare ties each (meta graph)
    assert store.remove_document("a.txt") == [DOC2]
    assert store.remove_document(str(DOC3)) == [DOC3]
    assert store.remove_document("nothing") == []
    assert len(store) == 0


def test_terms_survive_the_round_trip(server):
    tricky = [Literal("chaîne « française »", lang="fr"), Literal("2025-04", datatype=XSD.gYearMonth),
              Literal("2300", datatype=XSD.decimal), Literal('quote " and \\ backslash\nnewline'),
              Literal("12", datatype=XSD.integer), URIRef("https://example.org/a%20b/ç"),
              Literal("2024-05-01", datatype=XSD.date), Literal("1.5", datatype=XSD.decimal),
              Literal("2024-05-01T10:00:00Z", datatype=XSD.dateTime), Literal("😀 and 中文")]
    g = doc_graph(DOC1, "t.txt", *[(AZE, EPKG[f"p{i}"], o) for i, o in enumerate(tricky)])
    remote = RemoteStore.open(server, reference=False)
    remote.add_document(DOC1, "t.txt", g)
    local = Store.memory(reference=False)
    local.add_document(DOC1, "t.txt", g)
    assert set(remote.quads([DOC1])) == set(local.quads([DOC1]))  # Graph Store Protocol GET
    assert {q for q in remote.quads() if q[3] == DOC1} == set(local.quads([DOC1]))  # SPARQL SELECT
    rows = remote.select("SELECT ?p ?o WHERE { state:AZE ?p ?o }")
    assert {r["o"] for r in rows} == set(tricky)


def test_query_forms_and_errors(server):
    store = RemoteStore.open(server, reference=False)
    store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt", (AZE, EPKG.partnerOf, CHN)))
    assert store.ask("ASK { state:AZE epkg:partnerOf state:CHN }") is True
    assert store.ask("ASK { state:CHN epkg:partnerOf state:AZE }") is False
    # (offered every format, Virtuoso answers a CONSTRUCT as a SELECT table: epkg asks for RDF)
    g = store.construct("CONSTRUCT { ?b epkg:partnerOf ?a } WHERE { ?a epkg:partnerOf ?b }")
    assert set(g) == {(CHN, EPKG.partnerOf, AZE)}
    # what DESCRIBE returns is the server's choice (SPARQL 1.1 leaves it open); Virtuoso, by
    # default, describes nothing held in named graphs, but the answer is still a graph
    assert isinstance(store.construct("DESCRIBE state:AZE"), Graph)
    result = store.query("SELECT ?x WHERE { ?x epkg:partnerOf ?y }")
    assert isinstance(result, SelectAnswer)  # the contract's answer, as the embedded store gives it
    assert result.variables == ["x"]
    assert list(result.rows) == [(AZE,)]
    with pytest.raises(QueryError, match="HTTP 400") as info:
        store.select("SELECT WHERE nonsense")
    assert "\n" not in str(info.value)


def test_read_only_remote_store_refuses_writes(server):
    RemoteStore.open(server, reference=False).add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt"))
    reader = open_store(server, read_only=True)
    assert isinstance(reader, RemoteStore)
    with pytest.raises(StoreError, match="read-only"):
        reader.add_document(DOC2, "b.txt", doc_graph(DOC2, "b.txt"))
    with pytest.raises(StoreError, match="read-only"):
        reader.remove_document("a.txt")
    assert reader.document_graphs() == [DOC1]


def test_load_file_and_dump(server, tmp_path):
    ttl = tmp_path / "ref.ttl"
    ttl.write_text("@prefix ex: <https://example.org/> . ex:a ex:b 'c', 'd'@en .\n")
    store = RemoteStore.open(server, reference=False)
    graph_iri = EPID["graph/test"]
    store.load_file(ttl, graph_iri, "text/turtle")
    store.load_file(ttl, graph_iri, "text/turtle")  # replaces, does not add
    assert len(store) == 2
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    ds = Dataset()
    ds.parse(data=out.getvalue(), format="nquads")
    assert {(s, p, o, g) for s, p, o, g in ds.quads()} == set(store.quads())
    with pytest.raises(StoreError, match="cannot read"):
        store.load_file(tmp_path / "missing.ttl", graph_iri, "text/turtle")


def test_unreachable_server_is_a_one_line_error():
    with pytest.raises(StoreError, match="cannot reach the SPARQL server") as info:
        RemoteStore.open(f"sparql+http://127.0.0.1:{_free_port()}", reference=False)
    assert "\n" not in str(info.value)


def test_cli_unreachable_server_exits_with_one_line():
    location = f"sparql+http://127.0.0.1:{_free_port()}"
    r = subprocess.run([sys.executable, "-m", "epkg.cli", "--store", location, "stats"],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "cannot reach the SPARQL server" in r.stderr


# ---------------------------------------------------------------- same export as the embedded store

def _same_dataset(a, b):
    assert a.graph_names() == b.graph_names()
    for name in a.graph_names():
        ga, gb = a.graph(name), b.graph(name)
        if name == GRAPH_META:  # versions and ingestion times: same statements, different clocks
            assert {(s, p) for s, p, o in ga} == {(s, p) for s, p, o in gb}
            continue
        assert len(ga) == len(gb), name
        assert isomorphic(ga, gb), name


@pytest.mark.slow
def test_ingest_gives_the_same_export_as_the_embedded_store(server, tmp_path):
    from epkg.graph.ingest import ingest

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "one.txt").write_text("date 2024-05-02\nKazakhstan and Uzbekistan signed a memorandum of "
                                   "understanding on renewable energy in Tashkent on May 1, 2024.")
    (extra / "two.txt").write_text("ACWA Power will build a 1.5 GW wind farm in Uzbekistan, the ministry said.")
    sources = [str(SEEDS), str(extra)]
    embedded = Store.open(tmp_path / "embedded")
    remote = open_store(server)
    s1 = ingest(sources, embedded)
    s2 = ingest(sources, remote)
    assert (s1.read, s1.new, s1.triples) == (s2.read, s2.new, s2.triples)
    assert s1.new >= 3
    _same_dataset(embedded, remote)
    # changing one document replaces it in both, identically
    (extra / "two.txt").write_text("ACWA Power will build a 2 GW wind farm in Uzbekistan, the ministry said.")
    assert ingest([str(extra)], embedded).replaced == ingest([str(extra)], remote).replaced == 1
    _same_dataset(embedded, remote)
    documents = embedded.document_graphs()
    assert set(embedded.quads(documents)) == set(remote.quads(documents))


@pytest.mark.slow
def test_cli_ingest_into_a_remote_store(server, tmp_path):
    (tmp_path / "a.txt").write_text("Azerbaijan and China signed a memorandum of understanding on solar energy.")
    cli = [sys.executable, "-m", "epkg.cli", "--store", server]
    r = subprocess.run(cli + ["ingest", str(tmp_path / "a.txt")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "1 new" in r.stdout
    store = RemoteStore.open(server, read_only=True)
    assert len(store.document_graphs()) == 1
    r = subprocess.run(cli + ["remove", "a.txt"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert store.document_graphs() == []


def test_consolidated_graph_kept_on_a_remote_store(server):
    from epkg.graph import consolidate
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    store = RemoteStore.open(server, reference=False)
    mentions = (DOC1, EPKG.mentions, AZE)
    with consolidate.maintained(store) as changes:
        consolidate.add_document(store, changes, DOC1, "a.txt",
                                 doc_graph(DOC1, "a.txt", mentions, (AZE, RDFS.label, Literal("Azerbaijan"))),
                                 signature=consolidate.text_signature("Azerbaijan signed."))
    kept = {(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])}
    assert (AZE, RDFS.label, Literal("Azerbaijan")) in kept
    assert kept == set(consolidate.compute(store))
    with consolidate.maintained(store) as changes:
        assert consolidate.remove_document(store, changes, "a.txt") == [DOC1]
    assert list(store.quads([GRAPH_CONSOLIDATED])) == []
