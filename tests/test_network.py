"""The projection from the store to networkx: edges, weights, evidence, folding, dates."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS, XSD

from epkg.graph.build import build_graph
from epkg.graph.documents import DocumentRecord
from epkg.graph.errors import InputError
from epkg.graph.extract.facts import (Agreement, Cooperation, DocumentFacts, Entity, Membership, Partnership,
                                      Project, Sentence)
from epkg.graph.network import cutoff_date, project
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, EPKG
from epkg.ontology.vocabulary import level_concept

AZE, CHN, KAZ = (str(EPID[f"state/{c}"]) for c in ("AZE", "CHN", "KAZ"))
SOCAR, SCO = str(EPID["organization/socar"]), str(EPID["organization/sco"])

ENTITIES = {
    "state/AZE": Entity("state/AZE", "State", "Azerbaijan", iso3="AZE"),
    "state/CHN": Entity("state/CHN", "State", "China", iso3="CHN"),
    "state/KAZ": Entity("state/KAZ", "State", "Kazakhstan", iso3="KAZ"),
    "organization/socar": Entity("organization/socar", "Company", "SOCAR", country="AZE"),
    "organization/sco": Entity("organization/sco", "InternationalOrganization", "Shanghai Cooperation Organisation"),
}

DOC1_SENTENCES = ["Azerbaijan and China established a strategic partnership.",
                  "SOCAR and China cooperate on wind.",
                  "Kazakhstan is a member of the SCO."]
DOC2_SENTENCES = ["Azerbaijan and China raised ties to a comprehensive strategic partnership in April.",
                  "Azerbaijan, China and Kazakhstan signed a memorandum.",
                  "SOCAR and China will build a solar plant in Azerbaijan.",
                  "Azerbaijan is a dialogue partner of the SCO."]


def facts_for(sentences: list[str], keys) -> DocumentFacts:
    text, spans, pos = " ".join(sentences), [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(i, pos, pos + len(s), s))
        pos += len(s) + 1
    return DocumentFacts(text, sentences=spans, entities={k: ENTITIES[k] for k in keys})


def doc1():
    f = facts_for(DOC1_SENTENCES, ENTITIES)
    f.partnerships.append(Partnership(("state/AZE", "state/CHN"), "strategic partnership", 0))
    f.cooperations.append(Cooperation(("organization/socar", "state/CHN"), 1))
    f.memberships.append(Membership("state/KAZ", "organization/sco", "member", 2))
    return DocumentRecord("one.txt", f.text, title="One", published="2024-03-10", publisher="P1"), f


def doc2():
    f = facts_for(DOC2_SENTENCES, ENTITIES)
    f.partnerships.append(Partnership(("state/AZE", "state/CHN"), "comprehensive strategic partnership", 0,
                                      date="2025-04"))
    f.agreements.append(Agreement("MemorandumOfUnderstanding", ("state/AZE", "state/CHN", "state/KAZ"), 1,
                                  date="2025-06-20"))
    f.projects.append(Project(("solar",), 2, hosts=("state/AZE",),
                              participants=("organization/socar", "state/CHN")))
    f.cooperations.append(Cooperation(("organization/socar", "state/CHN"), 2))
    f.memberships.append(Membership("state/AZE", "organization/sco", "dialogue partner", 3))
    return DocumentRecord("two.txt", f.text, title="Two", published="2025-06-26", publisher="P2",
                          source="https://example.org/two"), f


def level_graph() -> Graph:
    """The two level concepts the documents use, with ranks (the ontology may not be loaded in tests)."""
    g = Graph()
    for label, rank in (("strategic partnership", 2), ("comprehensive strategic partnership", 3)):
        c = level_concept(label)
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.prefLabel, Literal(label)))
        g.add((c, EPKG.rank, Literal(rank, datatype=XSD.integer)))
    return g


def fill(store: Store, *docs) -> Store:
    store.put_graph(EPID["graph/test-levels"], level_graph())
    for record, facts in docs:
        store.add_document(record.iri, record.identifier, build_graph(record, facts))
    return store


def build_store() -> Store:
    """An in-memory store holding the two hand-made documents."""
    return fill(Store.memory(reference=False), doc1(), doc2())


D1, D2 = str(doc1()[0].iri), str(doc2()[0].iri)


def ev(relation, date, sentence, doc):
    meta = {D1: ("One", "P1", "2024-03-10", None), D2: ("Two", "P2", "2025-06-26", "https://example.org/two")}[doc]
    return {"relation": relation, "date": date, "sentence": sentence, "document": doc, "title": meta[0],
            "publisher": meta[1], "issued": meta[2], "source": meta[3]}


@pytest.fixture(scope="module")
def store():
    return build_store()


def edge_summary(G):
    return {frozenset((u, v)): (d["relations"], d["weight"]) for u, v, d in G.edges(data=True)}


def test_default_projection_edges_and_weights(store):
    G = project(store)
    assert edge_summary(G) == {
        frozenset((AZE, CHN)): (["agreement", "partnership", "project"], 3 + 1 + 1),
        frozenset((AZE, KAZ)): (["agreement"], 1),
        frozenset((CHN, KAZ)): (["agreement"], 1),
        frozenset((CHN, SOCAR)): (["cooperation", "project"], 2 + 1),
        frozenset((AZE, SOCAR)): (["project"], 1),
        frozenset((AZE, SCO)): (["membership"], 1),
        frozenset((KAZ, SCO)): (["membership"], 1),
    }
    assert dict(G.nodes(data=True)) == {
        AZE: {"label": "Azerbaijan", "kind": "State"}, CHN: {"label": "China", "kind": "State"},
        KAZ: {"label": "Kazakhstan", "kind": "State"}, SOCAR: {"label": "SOCAR", "kind": "Company"},
        SCO: {"label": "Shanghai Cooperation Organisation", "kind": "InternationalOrganization"}}


def test_edge_attributes_keep_levels_documents_dates_and_evidence(store):
    e = project(store).edges[AZE, CHN]
    assert (e["weight_partnership"], e["weight_agreement"], e["weight_project"]) == (3.0, 1.0, 1.0)
    assert e["level"] == "comprehensive strategic partnership"
    assert e["documents"] == sorted([D1, D2])
    assert e["dates"] == ["2024-03-10", "2025-04", "2025-06-20", "2025-06-26"]
    assert e["evidence"] == [
        ev("partnership", "2024-03-10", DOC1_SENTENCES[0], D1),
        ev("partnership", "2025-04", DOC2_SENTENCES[0], D2),
        ev("agreement", "2025-06-20", DOC2_SENTENCES[1], D2),
        ev("project", "2025-06-26", DOC2_SENTENCES[2], D2),
    ]
    coop = project(store, "cooperation").edges[CHN, SOCAR]
    assert coop["weight"] == 2.0  # two supporting documents
    assert [x["sentence"] for x in coop["evidence"]] == [DOC1_SENTENCES[1], DOC2_SENTENCES[2]]
    assert project(store, "membership").edges[AZE, SCO]["roles"] == ["dialogue partner"]


def test_layer_choice(store):
    assert edge_summary(project(store, "partnership")) == {frozenset((AZE, CHN)): (["partnership"], 3)}
    assert edge_summary(project(store, ["agreement", "cooperation"])) == {
        frozenset((AZE, CHN)): (["agreement"], 1), frozenset((AZE, KAZ)): (["agreement"], 1),
        frozenset((CHN, KAZ)): (["agreement"], 1),
        frozenset((CHN, SOCAR)): (["cooperation"], 2)}


def test_fold_companies_maps_socar_onto_azerbaijan(store):
    G = project(store, fold_companies=True)
    assert SOCAR not in G
    e = G.edges[AZE, CHN]
    assert e["relations"] == ["agreement", "cooperation", "partnership", "project"]
    # the project counts once although two of its participants fold onto one state
    assert (e["weight_cooperation"], e["weight_project"], e["weight"]) == (2.0, 1.0, 3 + 1 + 1 + 2)
    assert not G.has_edge(AZE, AZE)


def test_as_of_keeps_facts_dated_up_to_the_date(store):
    G = project(store, as_of="2024")
    assert edge_summary(G) == {frozenset((AZE, CHN)): (["partnership"], 2),
                               frozenset((CHN, SOCAR)): (["cooperation"], 1),
                               frozenset((KAZ, SCO)): (["membership"], 1)}
    assert G.edges[AZE, CHN]["level"] == "strategic partnership"
    # a fact of "2025-04" may be of 1 April: kept on the 15th; the June facts are not
    G = project(store, as_of="2025-04-15")
    assert edge_summary(G)[frozenset((AZE, CHN))] == (["partnership"], 3)
    assert frozenset((AZE, KAZ)) not in edge_summary(G)


def test_comembership_links_actors_sharing_an_organization(store):
    G = project(store, "membership", membership="comembership")
    assert edge_summary(G) == {frozenset((AZE, KAZ)): (["membership"], 1)}
    assert [(x["date"], x["sentence"]) for x in G.edges[AZE, KAZ]["evidence"]] == [
        ("2024-03-10", DOC1_SENTENCES[2]), ("2025-06-26", DOC2_SENTENCES[3])]
    # the tie exists once both memberships do
    assert G.edges[AZE, KAZ]["dates"] == ["2025-06-26"]
    assert project(store, "membership", membership="comembership", as_of="2024").number_of_edges() == 0
    assert SCO not in G


def test_relation_nodes_shared_by_documents_keep_their_own_evidence():
    f = facts_for(["China and Azerbaijan are strategic partners."], ["state/AZE", "state/CHN"])
    f.partnerships.append(Partnership(("state/CHN", "state/AZE"), "strategic partnership", 0, date="2023"))
    record = DocumentRecord("three.txt", f.text, published="2023-01-05")
    store = fill(Store.memory(reference=False), doc1(), (record, f))
    e = project(store).edges[AZE, CHN]
    # same partnership IRI in both documents: each document's date and sentence stay with it
    assert [(x["date"], x["document"], x["sentence"]) for x in e["evidence"]] == [
        ("2023", str(record.iri), "China and Azerbaijan are strategic partners."),
        ("2024-03-10", D1, DOC1_SENTENCES[0])]


def test_without_ranks_a_partnership_weighs_one_and_the_level_comes_from_its_iri():
    store = Store.memory(reference=False)
    record, facts = doc1()
    store.add_document(record.iri, record.identifier, build_graph(record, facts))
    e = project(store, "partnership").edges[AZE, CHN]
    assert (e["weight"], e["level"]) == (1.0, "strategic partnership")


def test_empty_store_and_bad_arguments():
    empty = Store.memory(reference=False)
    assert project(empty).number_of_edges() == 0
    with pytest.raises(InputError, match="unknown layer 'friendship'"):
        project(empty, "partnership,friendship")
    with pytest.raises(InputError, match="not a valid date"):
        project(empty, as_of="last year")
    with pytest.raises(InputError, match="not a valid date"):
        project(empty, as_of="2024-02-30")
    with pytest.raises(InputError, match="membership mode"):
        project(empty, membership="both")


def test_cutoff_date_covers_the_whole_period():
    assert cutoff_date("2024") == "2024-12-31"
    assert cutoff_date("2024-02") == "2024-02-29"
    assert cutoff_date("2023-02") == "2023-02-28"
    assert cutoff_date("2024-05-06") == "2024-05-06"


def test_same_store_same_graph_twice(store):
    a, b = project(store), project(store)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_bare_statements_without_relation_nodes_count_too():
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS, RDFS

    doc = EPID["doc/00000000000000aa"]
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, DCTERMS.identifier, Literal("bare.ttl")))
    g.add((doc, DCTERMS.issued, Literal("2022-05-01", datatype=XSD.date)))
    for iri, label in ((AZE, "Azerbaijan"), (KAZ, "Kazakhstan")):
        g.add((URIRef(iri), RDF.type, EPKG.State))
        g.add((URIRef(iri), RDFS.label, Literal(label)))
    g.add((URIRef(SCO), RDF.type, EPKG.InternationalOrganization))
    g.add((URIRef(KAZ), EPKG.cooperatesWith, URIRef(AZE)))
    g.add((URIRef(KAZ), EPKG.observerOf, URIRef(SCO)))
    store = Store.memory(reference=False)
    store.add_document(doc, "bare.ttl", g)
    G = project(store)
    assert edge_summary(G) == {frozenset((AZE, KAZ)): (["cooperation"], 1),
                               frozenset((KAZ, SCO)): (["membership"], 1)}
    assert G.edges[KAZ, SCO]["roles"] == ["observer"]
    assert G.edges[AZE, KAZ]["evidence"] == [{"relation": "cooperation", "date": "2022-05-01", "sentence": None,
                                              "document": str(doc), "title": None, "publisher": None,
                                              "issued": "2022-05-01", "source": None}]
    assert G.nodes[SCO] == {"label": "sco", "kind": "InternationalOrganization"}
