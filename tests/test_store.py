"""The store: atomic documents, replacement, reopening, busy folders, term round trips."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from epkg.graph.store import Store, StoreBusy, StoreError, to_oxigraph, to_rdflib
from epkg.ontology.namespaces import EPID, EPKG


def doc_graph(doc, identifier, *triples):
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, DCTERMS.identifier, Literal(identifier)))
    for t in triples:
        g.add(t)
    return g


DOC1 = EPID["doc/0000000000000001"]
DOC2 = EPID["doc/0000000000000002"]
AZE = EPID["state/AZE"]


def test_add_query_and_unchanged():
    store = Store.memory(reference=False)
    g = doc_graph(DOC1, "a.txt", (AZE, RDFS.label, Literal("Azerbaijan")))
    assert store.add_document(DOC1, "a.txt", g) == "new"
    assert store.add_document(DOC1, "a.txt", g) == "unchanged"
    rows = store.select("SELECT ?l WHERE { state:AZE rdfs:label ?l }")
    assert rows == [{"l": Literal("Azerbaijan")}]
    assert store.document_graphs() == [DOC1]


def test_replacing_a_document_removes_its_old_triples():
    store = Store.memory(reference=False)
    store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt", (AZE, RDFS.label, Literal("Old name"))))
    status = store.add_document(DOC2, "a.txt", doc_graph(DOC2, "a.txt", (AZE, RDFS.label, Literal("New name"))))
    assert status == "replaced"
    labels = {r["l"] for r in store.select("SELECT ?l WHERE { state:AZE rdfs:label ?l }")}
    assert labels == {Literal("New name")}
    assert store.document_graphs() == [DOC2]


def test_failure_in_the_middle_of_adding_leaves_no_trace(monkeypatch):
    store = Store.memory(reference=False)
    store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt", (AZE, RDFS.label, Literal("Kept"))))
    before = set(store.quads())
    new = doc_graph(DOC2, "a.txt", *[(EPID[f"x/{i}"], RDFS.label, Literal(str(i))) for i in range(50)])
    import epkg.graph.storage.embedded as module
    real = module._nt

    def broken(graph):  # the serialization breaks off half way, as a crash would
        text = real(graph)
        return text[: len(text) // 2] + " <broken"
    monkeypatch.setattr(module, "_nt", broken)
    with pytest.raises(Exception):
        store.add_document(DOC2, "a.txt", new)
    assert set(store.quads()) == before  # neither half of the new version, nor the old one dropped


def test_remove_document_by_identifier_and_by_iri():
    store = Store.memory(reference=False)
    store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt"))
    store.add_document(DOC2, "b.txt", doc_graph(DOC2, "b.txt"))
    assert store.remove_document("a.txt") == [DOC1]
    assert store.remove_document(str(DOC2)) == [DOC2]
    assert store.remove_document("nothing") == []
    assert len(store) == 0


def test_reopen_in_a_new_process(store_path):
    store = Store.open(store_path, reference=False)
    store.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt", (AZE, RDFS.label, Literal("Azerbaijan"))))
    store.close()
    code = textwrap.dedent(f"""
        from epkg.graph.store import Store
        s = Store.open({str(store_path)!r}, read_only=True)
        print(s.select("SELECT ?l WHERE {{ state:AZE rdfs:label ?l }}")[0]["l"])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Azerbaijan"


def test_busy_store_gives_a_clear_message(store_path):
    holder = Store.open(store_path, reference=False)
    try:
        with pytest.raises(StoreBusy, match="busy"):
            Store.open(store_path, reference=False)
        reader = Store.open(store_path, read_only=True)  # readers open beside a writer
        assert len(reader) == len(holder)
    finally:
        holder.close()


def test_read_only_store_refuses_writes(store_path):
    Store.open(store_path, reference=False).close()
    reader = Store.open(store_path, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        reader.add_document(DOC1, "a.txt", doc_graph(DOC1, "a.txt"))


def test_missing_read_only_store_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "absent", read_only=True)


@pytest.mark.parametrize("term", [
    URIRef("https://example.org/x"), Literal("plain"), Literal("chaîne", lang="fr"),
    Literal("2025-04", datatype=XSD.gYearMonth), Literal("2300", datatype=XSD.decimal), BNode("b1")])
def test_terms_round_trip(term):
    assert to_rdflib(to_oxigraph(term)) == term


def test_reference_graphs_are_loaded_once(store_path):
    store = Store.open(store_path)
    n = len(store)
    assert n > 1000  # ontology + gazetteer
    assert store.ask("ASK { GRAPH ?g { ?s epkg:iso3 'AZE' } }")
    store.close()
    again = Store.open(store_path)
    assert len(again) == n


def test_a_new_document_broken_half_way_leaves_no_trace(monkeypatch):
    """The fast path for new documents (one load) is as atomic as the replacing one (one update)."""
    store = Store.memory(reference=False)
    new = doc_graph(DOC1, "a.txt", *[(EPID[f"x/{i}"], RDFS.label, Literal(str(i))) for i in range(50)])
    import epkg.graph.storage.embedded as module
    real = module._nt
    monkeypatch.setattr(module, "_nt", lambda graph: real(graph)[:len(real(graph)) // 2] + " <broken")
    with pytest.raises(Exception):
        store.add_document(DOC1, "a.txt", new)
    assert list(store.quads()) == [] and store.document_graphs() == []  # not even the ingest stamp


def test_a_new_document_is_stored_with_its_ingest_stamp():
    store = Store.memory(reference=False)
    g = doc_graph(DOC1, "a.txt", (AZE, RDFS.label, Literal('Say "hi"\nto\\Baku', lang="en")))
    assert store.add_document(DOC1, "a.txt", g.serialize(format="nt")) == "new"
    assert isomorphic(store.graph(DOC1), g)
    stamps = store.select(f"SELECT ?t WHERE {{ GRAPH ?m {{ <{DOC1}> epkg:ingested ?t }} }}")
    assert len(stamps) == 1 and stamps[0]["t"].datatype == XSD.dateTime
