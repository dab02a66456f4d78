"""The ontology (epkg.ttl), the shapes, the context and the reference graphs."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from epkg.ontology import reference
from epkg.ontology.namespaces import EPID, EPKG, GRAPH_GAZETTEER, GRAPH_ONTOLOGY, ORG, SCHEMA, SH, WD
from epkg.ontology.vocabulary import level_concept, technology_concept

ONT = reference.ontology_graph()

# Every term of shared/contract/ontology.md.
CONTRACT_CLASSES = [
    "Actor", "State", "Organization", "InternationalOrganization", "Company", "GovernmentBody", "Person",
    "Place", "Agreement", "Declaration", "MemorandumOfUnderstanding", "JointStatement", "Treaty", "Contract",
    "Partnership", "Membership", "EnergyProject", "Event", "Meeting", "Summit", "Forum", "Visit", "Document",
]
CONTRACT_OBJECT_PROPERTIES = [
    "memberOf", "observerOf", "dialoguePartnerOf", "affiliatedWith", "partnerOf", "partner", "level",
    "cooperatesWith", "party", "signedAt", "establishes", "technology", "hostState", "locatedIn",
    "participant", "developer", "investor", "contractor", "heldIn", "organizedBy", "represents", "partOf",
    "country", "mentions",
]
CONTRACT_DATATYPE_PROPERTIES = ["iso3", "signedOn", "capacityMW", "date", "position", "evidence"]
CONTRACT_SCHEMES = ["PartnershipLevels", "Technologies"]
# Extension terms the graph builder and the gazetteer use.
EXTENSION_CLASSES = ["Cooperation", "Ceremony"]
EXTENSION_PROPERTIES = ["actor", "role", "basedIn", "datelinePlace", "sha256", "wikidata", "version",
                        "demonym", "rank", "capital", "placeType"]

# (class, superclass) pairs the contract states
SUBCLASSES = [
    ("State", "Actor"), ("Organization", "Actor"), ("Person", "Actor"),
    ("InternationalOrganization", "Organization"), ("Company", "Organization"),
    ("GovernmentBody", "Organization"),
    ("Declaration", "Agreement"), ("MemorandumOfUnderstanding", "Agreement"), ("JointStatement", "Agreement"),
    ("Treaty", "Agreement"), ("Contract", "Agreement"),
    ("Meeting", "Event"), ("Summit", "Event"), ("Forum", "Event"), ("Visit", "Event"), ("Ceremony", "Event"),
]

LEVEL_ORDER = ["partnership", "cooperative partnership", "comprehensive cooperative partnership",
               "strategic partnership", "comprehensive strategic partnership",
               "comprehensive strategic cooperative partnership",
               "all-weather strategic cooperative partnership"]
CONTRACT_TECHNOLOGIES = ["wind", "offshore wind", "solar", "floating solar", "hydro", "nuclear", "natural gas",
                         "oil", "coal", "hydrogen", "battery storage", "transmission", "pipeline", "geothermal",
                         "biomass"]


def _labelled(term):
    assert ONT.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
    assert ONT.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"


@pytest.mark.parametrize("name", CONTRACT_CLASSES + EXTENSION_CLASSES)
def test_classes_declared(name):
    assert (EPKG[name], RDF.type, OWL.Class) in ONT
    _labelled(EPKG[name])


@pytest.mark.parametrize("name", CONTRACT_OBJECT_PROPERTIES)
def test_object_properties_declared(name):
    assert (EPKG[name], RDF.type, OWL.ObjectProperty) in ONT
    _labelled(EPKG[name])
    assert ONT.value(EPKG[name], RDFS.domain) is not None
    if name != "mentions":  # any named entity
        assert ONT.value(EPKG[name], RDFS.range) is not None


@pytest.mark.parametrize("name", CONTRACT_DATATYPE_PROPERTIES)
def test_datatype_properties_declared(name):
    assert (EPKG[name], RDF.type, OWL.DatatypeProperty) in ONT
    _labelled(EPKG[name])
    assert ONT.value(EPKG[name], RDFS.domain) is not None
    assert ONT.value(EPKG[name], RDFS.range) is not None


@pytest.mark.parametrize("name", EXTENSION_PROPERTIES)
def test_extension_properties_declared(name):
    types = set(ONT.objects(EPKG[name], RDF.type))
    assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}
    _labelled(EPKG[name])


@pytest.mark.parametrize("name", CONTRACT_SCHEMES)
def test_schemes_declared(name):
    assert (EPKG[name], RDF.type, SKOS.ConceptScheme) in ONT
    _labelled(EPKG[name])


def test_ontology_header():
    onto = next(ONT.subjects(RDF.type, OWL.Ontology))
    assert ONT.value(onto, OWL.versionInfo) is not None


def test_symmetric_and_sub_properties():
    for p in ("partnerOf", "cooperatesWith"):
        assert (EPKG[p], RDF.type, OWL.SymmetricProperty) in ONT
    for p in ("memberOf", "observerOf", "dialoguePartnerOf"):
        assert (EPKG[p], RDFS.subPropertyOf, EPKG.affiliatedWith) in ONT
    for p in ("developer", "investor", "contractor"):
        assert (EPKG[p], RDFS.subPropertyOf, EPKG.participant) in ONT
    assert (EPKG.memberOf, RDFS.subPropertyOf, ORG.memberOf) in ONT


@pytest.mark.parametrize("sub,sup", SUBCLASSES)
def test_subclasses(sub, sup):
    assert (EPKG[sub], RDFS.subClassOf, EPKG[sup]) in ONT


def test_alignments():
    for triple in [
        (EPKG.Membership, RDFS.subClassOf, ORG.Membership),
        (EPKG.Document, RDFS.subClassOf, PROV.Entity),
        (EPKG.Document, RDFS.subClassOf, SCHEMA.NewsArticle),
        (EPKG.State, RDFS.subClassOf, SCHEMA.Country),
        (EPKG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (EPKG.Person, RDFS.subClassOf, SCHEMA.Person),
        (EPKG.Event, RDFS.subClassOf, SCHEMA.Event),
        (EPKG.State, SKOS.closeMatch, WD.Q3624078),
        (EPKG.InternationalOrganization, SKOS.closeMatch, WD.Q484652),
    ]:
        assert triple in ONT, triple
    assert ONT.value(PROV.wasDerivedFrom, RDFS.comment) is not None
    # dates: a union of the three XSD date types, documented against OWL-Time
    date_range = ONT.value(EPKG.date, RDFS.range)
    members = set(ONT.items(ONT.value(date_range, OWL.unionOf)))
    assert members == {XSD.date, XSD.gYearMonth, XSD.gYear}
    assert ONT.value(EPKG.signedOn, RDFS.range) == date_range
    assert any("time#" in str(o) for o in ONT.objects(EPKG.date, RDFS.seeAlso))


def test_levels_ranked_in_contract_order():
    ranks = []
    for label in LEVEL_ORDER:
        concept = level_concept(label)
        assert (concept, RDF.type, SKOS.Concept) in ONT, label
        assert (concept, SKOS.inScheme, EPKG.PartnershipLevels) in ONT
        assert ONT.value(concept, SKOS.prefLabel) == Literal(label, lang="en")
        assert ONT.value(concept, EPKG.rank).datatype == XSD.integer
        ranks.append(int(ONT.value(concept, EPKG.rank)))
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    assert ranks == list(range(1, 8))


def test_partnership_levels_function():
    levels = reference.partnership_levels()
    by_label = {lv["label"]: lv for lv in levels}
    assert [by_label[x]["rank"] for x in LEVEL_ORDER] == list(range(1, 8))
    assert [lv["rank"] for lv in levels] == sorted(lv["rank"] for lv in levels)
    assert all(lv["label"] == lv["label"].lower() for lv in levels)
    assert "strategic partnership relations" in by_label["strategic partnership"]["alt_labels"]
    for lv in levels:
        assert lv["iri"] == str(level_concept(lv["label"]))


def test_technologies_and_broader_links():
    techs = {t["label"]: t for t in reference.technologies()}
    assert set(CONTRACT_TECHNOLOGIES) <= set(techs)
    assert techs["offshore wind"]["broader"] == ["wind"]
    assert techs["onshore wind"]["broader"] == ["wind"]
    assert techs["floating solar"]["broader"] == ["solar"]
    assert techs["green hydrogen"]["broader"] == ["hydrogen"]
    assert techs["liquefied natural gas"]["broader"] == ["natural gas"]
    assert techs["wind"]["broader"] == []
    assert "LNG" in techs["liquefied natural gas"]["alt_labels"]
    assert {"PV", "photovoltaic"} <= set(techs["solar"]["alt_labels"])
    assert "HVDC" in techs["transmission"]["alt_labels"]
    for t in techs.values():
        assert t["iri"] == str(technology_concept(t["label"]))
        assert t["label"] == t["label"].lower()
        assert (technology_concept(t["label"]), SKOS.inScheme, EPKG.Technologies) in ONT


def test_shapes_parse():
    shapes = reference.shapes_graph()
    targets = set(shapes.objects(None, SH.targetClass))
    assert {EPKG.State, EPKG.Partnership, EPKG.Agreement, EPKG.EnergyProject, EPKG.Document,
            EPKG.Membership, EPKG.Event} <= targets


def test_context_maps_contract_terms():
    ctx = reference.context()["@context"]
    assert ctx["epkg"] == str(EPKG) and ctx["epid"] == str(EPID)
    for name in CONTRACT_CLASSES:
        assert ctx[name] == f"epkg:{name}"
    for name in CONTRACT_OBJECT_PROPERTIES + CONTRACT_DATATYPE_PROPERTIES:
        target = ctx[name]["@id"] if isinstance(ctx[name], dict) else ctx[name]
        assert target == f"epkg:{name}", name


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser uses ConjunctiveGraph
def test_context_expands_with_rdflib():
    doc = {"@context": reference.context()["@context"], "@id": "epid:state/AZE", "@type": "State",
           "iso3": "AZE", "memberOf": ["epid:organization/x"]}
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert (EPID["state/AZE"], RDF.type, EPKG.State) in g
    assert (EPID["state/AZE"], EPKG.memberOf, EPID["organization/x"]) in g


def test_gazetteer_graph_in_contract_vocabulary():
    g = reference.gazetteer_graph()
    aze, sco = EPID["state/AZE"], EPID["organization/shanghai-cooperation-organization"]
    assert {(aze, RDF.type, EPKG.State), (aze, RDF.type, EPKG.Actor), (aze, EPKG.iso3, Literal("AZE")),
            (aze, RDFS.label, Literal("Azerbaijan")), (aze, EPKG.demonym, Literal("Azerbaijani")),
            (aze, EPKG.capital, EPID["place/baku"]), (aze, EPKG.wikidata, Literal("Q227")),
            (EPID["place/baku"], EPKG.country, aze), (aze, EPKG.dialoguePartnerOf, sco),
            (sco, RDF.type, EPKG.InternationalOrganization), (sco, SKOS.altLabel, Literal("SCO")),
            (EPID["organization/masdar"], EPKG.basedIn, EPID["state/ARE"]),
            (EPID["organization/masdar"], RDF.type, EPKG.Company)} <= set(g)
    node = reference.membership_iri("AZE", "organization/shanghai-cooperation-organization", "dialogue partner")
    assert g.value(node, ORG.member) == aze and g.value(node, ORG.organization) == sco
    assert g.value(node, EPKG.role) == Literal("dialogue partner")
    # the day the reference list was checked, never a join date (no epkg:date, no dcterms:date)
    assert g.value(node, EPKG.checkedOn) == Literal("2024-07-04", datatype=XSD.date)
    assert g.value(node, EPKG.date) is None and g.value(node, DCTERMS.date) is None
    assert (node, RDF.type, ORG.Membership) in g
    # no entity carries a guessed Wikidata item: only the few listed
    assert len(set(g.subjects(EPKG.wikidata, None))) < 20


def test_gazetteer_graph_is_deterministic():
    from epkg.ontology import gazetteer

    first = set(reference.gazetteer_graph())
    reference.gazetteer_graph.cache_clear()
    gazetteer.load.cache_clear()
    assert set(reference.gazetteer_graph()) == first


def test_version_is_a_hash_of_sources():
    v1, v2 = reference.version(GRAPH_ONTOLOGY), reference.version(GRAPH_GAZETTEER)
    assert len(v1) == len(v2) == 16 and v1 != v2
    with pytest.raises(ValueError):
        reference.version(EPID["graph/other"])


def test_store_loads_reference_graphs():
    from epkg.graph.store import Store

    store = Store.memory()
    assert store.ask("ASK { epkg:level_strategic_partnership epkg:rank 4 }")
    assert store.ask(f"ASK {{ GRAPH <{GRAPH_GAZETTEER}> {{ ?s epkg:iso3 'AZE' }} }}")
    assert not store.ask(f"ASK {{ GRAPH <{GRAPH_ONTOLOGY}> {{ ?s epkg:iso3 'AZE' }} }}")
