"""The store contract: both backends implement it, share its behaviour, and answer in its declared forms."""
from __future__ import annotations

import inspect

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from epkg.graph.query.running import execute
from epkg.graph.storage.contract import GraphAnswer, SelectAnswer, StoreBase
from epkg.graph.storage.embedded import Store
from epkg.graph.storage.remote import RemoteStore
from epkg.ontology.namespaces import EPID, EPKG

SHARED = ("ensure_reference", "add_document", "remove_document", "document_iris", "select", "ask", "construct",
          "query", "document_graphs", "dataset", "fingerprint")


@pytest.mark.parametrize("backend", [Store, RemoteStore])
def test_both_backends_implement_the_contract(backend):
    assert issubclass(backend, StoreBase)
    assert not inspect.isabstract(backend), backend.__abstractmethods__


@pytest.mark.parametrize("name", [n for n in SHARED if n != "document_iris"])
def test_shared_behaviour_is_written_once(name):
    # neither backend has its own copy of what the contract does for both
    assert getattr(Store, name) is getattr(StoreBase, name)
    assert getattr(RemoteStore, name) is getattr(StoreBase, name)


def test_a_backend_missing_a_primitive_cannot_be_made():
    class Half(StoreBase):
        def answer(self, text):
            return True

    with pytest.raises(TypeError, match="abstract"):
        Half()


def _doc(iri, identifier, *triples):
    lines = [f"<{iri}> <{RDF.type}> <{EPKG.Document}> .", f"<{iri}> <{DCTERMS.identifier}> {Literal(identifier).n3()} ."]
    lines += [" ".join(t.n3() for t in triple) + " ." for triple in triples]
    return "\n".join(lines) + "\n"


def test_the_embedded_store_answers_in_the_declared_forms():
    store = Store.memory(reference=False)
    doc = EPID["doc/aaaa"]
    store.add_document(doc, "a.txt", _doc(doc, "a.txt", (EPID["state/AZE"], EPKG.iso3, Literal("AZE"))))
    rows = store.query("SELECT ?s ?missing WHERE { ?s epkg:iso3 'AZE' OPTIONAL { ?s epkg:nothing ?missing } }")
    assert isinstance(rows, SelectAnswer) and rows.variables == ["s", "missing"]
    assert list(rows) == [(EPID["state/AZE"], None)]
    graph = store.query("CONSTRUCT WHERE { ?s epkg:iso3 ?o }")
    assert isinstance(graph, GraphAnswer)
    assert list(graph) == [(EPID["state/AZE"], EPKG.iso3, Literal("AZE"))]
    assert store.query("ASK { ?s epkg:iso3 'AZE' }") is True


def test_execute_stops_reading_at_the_row_cap():
    store = Store.memory(reference=False)
    doc = EPID["doc/bbbb"]
    store.add_document(doc, "b.txt", _doc(doc, "b.txt", *[(EPID[f"x/{i}"], EPKG.iso3, Literal(str(i)))
                                                         for i in range(30)]))
    result = execute(store, "SELECT ?s WHERE { ?s epkg:iso3 ?c }", max_rows=5)
    assert len(result.rows) == 5 and result.truncated
    result = execute(store, "CONSTRUCT WHERE { ?s epkg:iso3 ?c }", max_rows=40)
    assert len(result.triples) == 30 and not result.truncated


def test_replacing_and_removing_a_document_keeps_the_meta_graph_in_step():
    store = Store.memory(reference=False)
    first, second = EPID["doc/cccc"], EPID["doc/dddd"]
    assert store.add_document(first, "c.txt", _doc(first, "c.txt"), signature="s1") == "new"
    assert store.add_document(second, "c.txt", _doc(second, "c.txt"), signature="s2") == "replaced"
    meta = {(str(r["d"]), str(r["sig"])) for r in store.select(
        "SELECT ?d ?sig WHERE { GRAPH <https://w3id.org/epkg/id/graph/meta> { ?d epkg:textSignature ?sig } }")}
    assert meta == {(str(second), "s2")}
    assert store.remove_document("c.txt") == [URIRef(second)]
    assert store.select("SELECT ?d WHERE { GRAPH <https://w3id.org/epkg/id/graph/meta> { ?d ?p ?o } }") == []


def test_texts_read_from_the_index_are_the_contract_s_query_rows():
    store = Store.memory(reference=False)
    graph = EPID["graph/test"]
    rows = [(EPID[f"event/e{i}"], Literal(f'row {i} "q"')) for i in range(5)]
    store.put_graph(graph, "".join(f"<{e}> <{EPKG.listingRow}> {r.n3()} .\n" for e, r in rows)
                    + f"<{EPID['x']}> <{EPKG.other}> <{EPID['y']}> .\n")
    direct = sorted(store.texts(graph, EPKG.listingRow))
    assert direct == sorted(StoreBase.texts(store, graph, EPKG.listingRow))  # the generic form, by a query
    assert direct == [(str(EPID[f"event/e{i}"]), f'row {i} "q"') for i in range(5)]


def test_lines_without_some_predicates_and_lines_present_are_the_contract_s():
    from rdflib.namespace import RDFS, XSD

    store = Store.memory(reference=False)
    graph, f, g = EPID["graph/test"], EPID["fact/f"], EPID["fact/g"]
    statements = [(f, EPKG.evidence, Literal('said "so"\nand ünïcode \\ too')), (f, RDFS.label, Literal("Bakı", lang="az")),
                  (f, EPKG.capacityMW, Literal("445.0", datatype=XSD.decimal)), (f, EPKG.documentCount, Literal(3)),
                  (f, EPKG.reportedAs, EPID["node/n"]), (g, EPKG.evidence, Literal("other")), (g, RDF.type, EPKG.Membership)]
    store.put_graph(graph, "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in statements))
    for subjects in ([f], [f, g], [g, EPID["fact/none"]], []):
        for predicates in ([EPKG.evidence, EPKG.reportedAs], [EPKG.evidence], []):
            direct = store.graph_lines_without(graph, subjects, predicates)
            assert direct == StoreBase.graph_lines_without(store, graph, subjects, predicates)  # by graph_lines
    assert store.graph_lines_without(graph, [f, g], [EPKG.evidence, EPKG.reportedAs, RDFS.label]) == \
        {line for line in store.graph_lines(graph) if "evidence" not in line and "reportedAs" not in line and "label" not in line}
    held = store.graph_lines(graph)
    asked = held | {f"<{f}> <{EPKG.evidence}> \"not said\"", f"<{EPID['fact/none']}> <{EPKG.evidence}> \"other\""}
    assert store.lines_present(graph, asked) == StoreBase.lines_present(store, graph, asked) == held
    assert store.lines_present(graph, []) == set()


def test_the_lines_of_a_text_are_those_of_the_graph_written_with_it():
    from rdflib.namespace import RDFS, XSD

    store = Store.memory(reference=False)
    doc = EPID["doc/bbbb"]
    from epkg.graph.storage.ntriples import term

    text = _doc(doc, "b.txt") + "".join(" ".join(map(term, t)) + " .\n" for t in (
        (EPID["project/p"], EPKG.capacityMW, Literal("445.0", datatype=XSD.decimal)),
        (EPID["project/p"], EPKG.projectCount, Literal("0010", datatype=XSD.integer)),
        (EPID["state/AZE"], RDFS.label, Literal('say "hi"\nand\u2028go', lang="en")),
        (EPID["state/AZE"], EPKG.note, Literal("plain", datatype=XSD.string)),
        (EPID["state/AZE"], EPKG.note, Literal("Hallo", lang="de-AT")),
        (EPID["event/e"], EPKG.date, Literal("2025-04-01", datatype=XSD.date)),
        (EPID["event/e"], EPKG.date, Literal("2025-4", datatype=XSD.gYearMonth)),  # not a valid one: kept as written
        (EPID["event/e"], EPKG["count"], Literal("+7", datatype=XSD.integer)),
        (EPID["event/e"], EPKG.note, Literal("x", datatype=EPKG.code)),
        (EPID["event/e"], EPKG.share, Literal("1.50E1", datatype=XSD.double))))
    store.add_document(doc, "b.txt", text)
    assert store.lines_of(text) == store.graph_lines(doc)
    assert '<https://w3id.org/epkg/id/project/p> <https://w3id.org/epkg/ontology#capacityMW> ' \
           '"445"^^<http://www.w3.org/2001/XMLSchema#decimal>' in store.lines_of(text)
    # a server may write a literal in another form: the contract reads the graph back
    assert StoreBase.lines_of(store, text) is None
    assert store.lines_of(text + '<urn:a> <urn:p> _:b .\n') is None
    assert store.lines_of('_:b <urn:p> "1.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n') is None


def test_the_documents_dates_read_from_the_indexes_are_the_contract_s():
    """Every graph describing itself as a document, with each of its dates (a typed one, a plain one, one with
    a language tag, two, none); a graph describing another document, or not typed, is none."""
    from rdflib.namespace import XSD

    store = Store.memory(reference=False)
    docs = [EPID[f"doc/{n:04d}"] for n in range(5)]
    month = Literal("2025-04", datatype=XSD.gYearMonth)
    store.add_document(docs[0], "a.txt", _doc(docs[0], "a.txt", (docs[0], DCTERMS.issued, month)))
    store.add_document(docs[1], "b.txt", _doc(docs[1], "b.txt", (docs[1], DCTERMS.issued, Literal("April 2025"))))
    store.add_document(docs[2], "c.txt", _doc(docs[2], "c.txt", (docs[2], DCTERMS.issued, Literal("avril", lang="fr")),
                                             (docs[2], DCTERMS.issued, Literal("2025-04-02", datatype=XSD.date)),
                                             (docs[0], DCTERMS.issued, Literal("2020", datatype=XSD.gYear))))
    store.add_document(docs[3], "d.txt", _doc(docs[3], "d.txt"))
    store.patch_graph(docs[4], [], [(docs[4], DCTERMS.issued, Literal("2025"))])  # not typed a document
    found = store.documents_issued()
    assert sorted(found) == sorted(StoreBase.documents_issued(store))
    assert sorted((g, x) for g, x in found if g == str(docs[2])) == [
        (str(docs[2]), ("2025-04-02", "", str(XSD.date))), (str(docs[2]), ("avril", "fr", str(RDF.langString)))]
    assert (str(docs[3]), None) in found and not any(g == str(docs[4]) for g, _ in found)
