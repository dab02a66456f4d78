"""The remote store against a real Virtuoso (Debian's virtuoso-opensource): a second SPARQL server.

One throwaway Virtuoso serves the whole module: it is started in a temporary folder on free
ports bound to 127.0.0.1, from a copy of the packaged ``virtuoso.ini``, given the grants an
unauthenticated client needs to write, and shut down at the end. Each test starts from a store
without epkg graphs. Skipped when ``virtuoso-t`` is not installed (``apt-get install
virtuoso-opensource``).
"""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from epkg.graph.errors import QueryError
from epkg.graph.remote import RemoteStore, parse_location
from epkg.graph.store import GRAPH_META, Store, StoreError, open_store
from epkg.ontology.namespaces import EPID, EPKG

from conftest import SEEDS
# The protocol tests written for the Oxigraph server run here against Virtuoso too (with this
# module's `server` fixture).
from test_remote_store import (_free_port, doc_graph, test_documents_new_unchanged_replaced_removed,  # noqa: F401
                               test_query_forms_and_errors, test_terms_survive_the_round_trip)

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
PACKAGED_INI = Path("/usr/share/virtuoso-opensource-7/virtuoso.ini")
DOC1 = EPID["doc/00000000000000b1"]
DOC2 = EPID["doc/00000000000000b2"]
DOC3 = EPID["doc/00000000000000b3"]
AZE, CHN = EPID["state/AZE"], EPID["state/CHN"]
# All an unauthenticated client (Virtuoso's "SPARQL" user) needs on a fresh database to write:
# SPARQL updates on /sparql and PUT/DELETE on /sparql-graph-crud. (Where default graph
# permissions were restricted, DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7) is needed too.)
GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL";'


def virtuoso_ini(folder: Path, sql_port: int, http_port: int) -> str:
    """The packaged virtuoso.ini, edited to keep everything in *folder* and listen on 127.0.0.1 only."""
    settings = {
        "Database": {"DatabaseFile": folder / "virtuoso.db", "ErrorLogFile": folder / "virtuoso.log",
                     "LockFile": folder / "virtuoso.lck", "TransactionFile": folder / "virtuoso.trx",
                     "xa_persistent_file": folder / "virtuoso.pxa"},
        "TempDatabase": {"DatabaseFile": folder / "virtuoso-temp.db",
                         "TransactionFile": folder / "virtuoso-temp.trx"},
        "Parameters": {"ServerPort": f"127.0.0.1:{sql_port}", "DirsAllowed": f"., {folder}",
                       "NumberOfBuffers": 10000, "MaxDirtyBuffers": 6000},
        "HTTPServer": {"ServerPort": f"127.0.0.1:{http_port}", "ServerRoot": folder},
        "URIQA": {"DefaultHost": f"127.0.0.1:{http_port}"},
        # The default (10000) cuts answers short, Graph Store Protocol GETs included: the
        # gazetteer alone is bigger. epkg refuses such answers; here they must be complete.
        "SPARQL": {"ResultSetMaxRows": 10_000_000, "MaxQueryExecutionTime": 300},
    }
    text = PACKAGED_INI.read_text() if PACKAGED_INI.exists() else \
        "".join(f"[{section}]\n" for section in settings)
    out, section, pending = [], None, {k: dict(v) for k, v in settings.items()}

    def flush(name):
        out.extend(f"{k} = {v}" for k, v in pending.pop(name, {}).items())

    for line in text.splitlines():
        header = re.match(r"\s*\[([^\]]+)\]", line)
        if header:
            flush(section)
            section = header.group(1).strip()
            if section == "Plugins":  # hosting plugins (wikis …): not needed
                section = "skip"
                continue
        elif section == "skip":
            continue
        else:
            key = re.match(r"\s*([A-Za-z_0-9]+)\s*=", line)
            if key and key.group(1) in pending.get(section, {}):
                line = f"{key.group(1)} = {pending[section].pop(key.group(1))}"
        out.append(line)
    flush(section)
    for name in list(pending):
        out.append(f"[{name}]")
        flush(name)
    return "\n".join(out) + "\n"


def _isql(port: int, sql: str) -> subprocess.CompletedProcess:
    return subprocess.run([ISQL, f"127.0.0.1:{port}", "dba", "dba", f"exec={sql}"],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    """A throwaway Virtuoso for the module; yields its ``sparql+http://`` location."""
    if VIRTUOSO is None or ISQL is None:
        pytest.skip("Virtuoso is not installed (virtuoso-t and isql-vt, Debian package virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(virtuoso_ini(folder, sql_port, http_port))
    log = open(folder / "stdout.log", "wb")
    proc = subprocess.Popen([VIRTUOSO, "-f", "-c", "virtuoso.ini"], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)

    def stop():
        if proc.poll() is None:
            _isql(sql_port, "shutdown;")  # a checkpoint, then exit
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        log.close()

    deadline = time.monotonic() + 60
    while True:
        ready = _isql(sql_port, GRANTS) if proc.poll() is None else None
        if ready is not None and ready.returncode == 0 and "Error" not in ready.stdout + ready.stderr:
            break
        if proc.poll() is not None or time.monotonic() > deadline:
            stop()
            tail = (folder / "stdout.log").read_text(errors="replace")[-500:]
            pytest.fail(f"virtuoso did not start: {tail}")
        time.sleep(0.2)
    location = (f"sparql+http://127.0.0.1:{http_port}"
                "?query=/sparql&update=/sparql&store=/sparql-graph-crud&union=native")
    try:
        yield location
    finally:
        stop()


@pytest.fixture
def server(virtuoso_server):
    """The module's Virtuoso, without any epkg graph."""
    store = RemoteStore.open(virtuoso_server, reference=False)
    names = store.graph_names()
    if names:
        store._update(";\n".join(f"DROP SILENT GRAPH <{g}>" for g in names))
    store.close()
    return virtuoso_server


def canonical_quads(store) -> set:
    """Every quad of the store's graphs, blank nodes canonically named; the meta graph's times left out."""
    quads = set()
    for name in store.graph_names():
        g = store.graph(name)
        if name == GRAPH_META:  # versions and ingestion times: same statements, different clocks
            quads |= {(s, p, None, name) for s, p, _ in g}
            continue
        if any(isinstance(t, BNode) for triple in g for t in triple):
            g = to_canonical_graph(g)
        quads |= {(s, p, o, name) for s, p, o in g}
    return quads


# ---------------------------------------------------------------- protocol and semantics

def test_the_virtuoso_location_names_its_endpoints(virtuoso_server):
    e = parse_location(virtuoso_server)
    assert e.query.endswith("/sparql") and e.update.endswith("/sparql")
    assert e.store.endswith("/sparql-graph-crud") and e.union == "native"


def test_virtuoso_system_graphs_are_not_part_of_the_store(server):
    store = RemoteStore.open(server, reference=False)
    # Virtuoso always holds graphs of its own …
    others = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert URIRef("http://www.openlinksw.com/schemas/virtrdf#") in {r["g"] for r in others}
    # … which the store leaves out of its graphs, its size and its quads
    assert store.graph_names() == [] and len(store) == 0 and list(store.quads()) == []
    store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt"))
    assert store.graph_names() == [DOC1, GRAPH_META]
    assert {q[3] for q in store.quads()} == {DOC1, GRAPH_META}


def test_blank_nodes_come_back_as_valid_blank_nodes(server):
    b = BNode()
    g = doc_graph(DOC1, "b.txt", (AZE, EPKG.note, b), (b, RDFS.label, Literal("anonymous")))
    store = RemoteStore.open(server, reference=False)
    store.add_document(DOC1, "b.txt", g)
    quads = [q for q in store.quads() if q[3] == DOC1]
    (node,) = {q[2] for q in quads if q[1] == EPKG.note}
    assert isinstance(node, BNode) and re.fullmatch(r"[A-Za-z0-9]+", str(node))
    assert (node, RDFS.label, Literal("anonymous"), DOC1) in quads  # the same node in both triples
    assert len(store.construct("CONSTRUCT WHERE { ?s ?p ?o }")) >= 4  # N-Triples parse Virtuoso's labels


def test_read_only_store_and_load_file(server, tmp_path):
    ttl = tmp_path / "ref.ttl"
    ttl.write_text("@prefix ex: <https://example.org/> . ex:a ex:b 'c', 'd'@en .\n")
    store = RemoteStore.open(server, reference=False)
    graph_iri = EPID["graph/test"]
    store.load_file(ttl, graph_iri, "text/turtle")
    store.load_file(ttl, graph_iri, "text/turtle")  # replaces, does not add
    assert len(store) == 2
    reader = open_store(server, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        reader.add_document(DOC2, "b.txt", doc_graph(DOC2, "b.txt"))
    assert reader.graph_names() == [graph_iri]


def test_writes_as_a_user_through_the_authenticated_endpoints(server):
    # /sparql-auth and /sparql-graph-crud-auth want HTTP Digest; the user needs no extra grant
    port = parse_location(server).query.split(":")[2].split("/")[0]
    location = (f"sparql+http://dba:dba@127.0.0.1:{port}"
                "?query=/sparql-auth&update=/sparql-auth&store=/sparql-graph-crud-auth&union=native")
    store = RemoteStore.open(location, reference=False)
    assert store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt")) == "new"
    assert store.document_graphs() == [DOC1]
    assert store.remove_document("a.txt") == [DOC1]
    with pytest.raises(StoreError, match="HTTP 401") as info:
        RemoteStore.open(location.replace("dba:dba@", "dba:wrong@"), reference=False).add_document(
            DOC2, "b.txt", doc_graph(DOC2, "b.txt"))
    assert "\n" not in str(info.value)


# ---------------------------------------------------------------- same export as the embedded store

@pytest.mark.slow
def test_ingest_gives_the_same_quads_as_the_embedded_store(server, tmp_path):
    from epkg.graph.ingest import ingest

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "one.txt").write_text("date 2024-05-02\nKazakhstan and Uzbekistan signed a memorandum of "
                                   "understanding on renewable energy in Tashkent on May 1, 2024.")
    (extra / "two.txt").write_text("ACWA Power will build a 1.5 GW wind farm in Uzbekistan, the ministry said.")
    (extra / "three.md").write_text("# Baku talks\n\nAzerbaijan and China agreed to deepen their comprehensive "
                                    "strategic partnership in green energy on 2025-03-14.")
    sources = [str(SEEDS), str(extra)]
    embedded = Store.open(tmp_path / "embedded")
    remote = open_store(server)
    s1 = ingest(sources, embedded)
    s2 = ingest(sources, remote)
    assert (s1.read, s1.new, s1.triples) == (s2.read, s2.new, s2.triples)
    assert s1.new >= 4
    expected = canonical_quads(embedded)
    assert canonical_quads(remote) == expected
    # the union read (one SELECT) agrees with the graph-by-graph read (Graph Store Protocol GETs)
    documents = embedded.document_graphs()
    assert {q for q in remote.quads() if q[3] in documents} == set(embedded.quads(documents))

    # re-ingesting unchanged documents changes nothing, not even the ingestion times
    before = set(remote.quads())
    again = ingest(sources, remote)
    assert (again.new, again.replaced, again.unchanged) == (0, 0, s2.read)
    assert set(remote.quads()) == before

    # a changed document replaces its earlier version in both, identically
    (extra / "two.txt").write_text("ACWA Power will build a 2 GW wind farm in Uzbekistan, the ministry said.")
    assert ingest([str(extra)], embedded).replaced == ingest([str(extra)], remote).replaced == 1
    assert canonical_quads(remote) == canonical_quads(embedded)


@pytest.mark.slow
def test_cli_ingest_query_export_remove(server, tmp_path):
    (tmp_path / "a.txt").write_text("Azerbaijan and China signed a memorandum of understanding on solar energy.")
    (tmp_path / "b.txt").write_text("Kazakhstan and Uzbekistan agreed to cooperate on wind energy.")
    cli = [sys.executable, "-m", "epkg.cli", "--store", server]
    embedded = [sys.executable, "-m", "epkg.cli", "--store", str(tmp_path / "embedded")]
    for base in (cli, embedded):
        r = subprocess.run(base + ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        assert "2 new" in r.stdout
    r = subprocess.run(cli + ["ingest", str(tmp_path / "a.txt")], capture_output=True, text=True)
    assert r.returncode == 0 and "1 unchanged" in r.stdout, r.stdout + r.stderr

    query = "SELECT ?id WHERE { ?d a epkg:Document ; dcterms:identifier ?id } ORDER BY ?id"
    r = subprocess.run(cli + ["query", "--format", "csv", query], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["id", "a.txt", "b.txt"]
    r = subprocess.run(cli + ["query", "--format", "nt", "CONSTRUCT WHERE { ?d dcterms:identifier 'a.txt' }"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "a.txt" in r.stdout, r.stderr

    exports = [subprocess.run(base + ["export", "--format", "nquads", "--graph", "documents"],
                              capture_output=True, text=True) for base in (cli, embedded)]
    assert exports[0].returncode == 0, exports[0].stderr
    lines = [sorted(line for line in e.stdout.splitlines() if line.strip()) for e in exports]
    assert lines[0] == lines[1] and len(lines[0]) > 10

    r = subprocess.run(cli + ["remove", "a.txt"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    store = RemoteStore.open(server, read_only=True)
    assert [store.graph(g).value(g, DCTERMS.identifier) for g in store.document_graphs()] == [Literal("b.txt")]


# ---------------------------------------------------------------- answers cut short (no server needed)

@pytest.mark.parametrize("headers, message", [
    ({"X-SPARQL-MaxRows": "10000"}, "cut at 10000 rows.*ResultSetMaxRows"),
    ({"X-SQL-State": "S1TAT", "X-SQL-Message": "RC...: Returning incomplete results"},
     "partial answer.*MaxQueryExecutionTime"),
])
def test_answers_the_server_cut_short_are_refused(headers, message):
    body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, headers={"Content-Type": "application/sparql-results+json", **headers}, content=body))
    location = "sparql+http://127.0.0.1:1?query=/sparql&update=/sparql&store=/sparql-graph-crud&union=native"
    store = RemoteStore(parse_location(location), location, client=httpx.Client(transport=transport))
    with pytest.raises(StoreError, match=message):
        store.select("SELECT ?s WHERE { ?s ?p ?o }")


def test_a_capped_graph_store_get_is_refused():
    lines = "".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" .\n" for i in range(1000))

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":  # the Graph Store Protocol read, cut at 1000 triples
            return httpx.Response(200, headers={"Content-Type": "application/n-triples"}, content=lines.encode())
        return httpx.Response(200, headers={"Content-Type": "application/sparql-results+json"}, json={
            "head": {"vars": ["n"]}, "results": {"bindings": [{"n": {
                "type": "literal", "datatype": str(XSD.integer), "value": "1500"}}]}})

    location = "sparql+http://127.0.0.1:1?union=native"
    store = RemoteStore(parse_location(location), location, client=httpx.Client(transport=httpx.MockTransport(answer)))
    with pytest.raises(StoreError, match="sent 1000 of 1500 triples"):
        store.graph(EPID["graph/gazetteer"])
