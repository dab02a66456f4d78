"""Lookups (show, partners, projects, agreements, events, sources, conflicts, new) with exact rows
and their commands (the examples of docs/lookup-and-sparql.md run in tests/test_docs.py)."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from epkg.cli.main import cli
from epkg.graph import lookup
from epkg.graph.errors import InputError
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED

sys.path.insert(0, str(Path(__file__).parent))
from sample_graph import DECLARATION, fill, record_a, record_b, sample_store  # noqa: E402

AZE, CHN, KAZ = EPID["state/AZE"], EPID["state/CHN"], EPID["state/KAZ"]
SCO = EPID["organization/shanghai-cooperation-organization"]
SOCAR = EPID["organization/socar"]
CEIC = EPID["organization/china-energy-investment-corporation"]
SOLAR_1000 = str(EPID["project/absheron-solar-aze-solar-1000mw"])
SOLAR_1200 = str(EPID["project/absheron-solar-aze-solar-1200mw"])
WIND = str(EPID["project/kaz-offshore-wind-2000mw-caspian-sea"])
MOU = str(EPID["agreement/memorandumofunderstanding-chn-kaz-2024-11-05"])
A, B = str(record_a().iri), str(record_b().iri)


@pytest.fixture(scope="module")
def store():
    return sample_store()


def source(doc, sentence):
    meta = {A: ("Azerbaijan and China upgrade ties", "2025-04-24", "Trend"),
            B: ("Caspian energy week", "2025-05-10", "Xinhua")}[doc]
    # The sample graph is written by hand, so no reader id (epkg:extractedBy) is recorded.
    return {"document": doc, "title": meta[0], "date": meta[1], "publisher": meta[2], "sentence": sentence,
            "rule": None}


A_DECL = ("Azerbaijan and China signed the Declaration on the Establishment of a Comprehensive Strategic "
          "Partnership in Beijing on 23 April 2025.")
A_SOLAR = "SOCAR and China Energy will build the Absheron Solar plant of 1 GW in Azerbaijan."
B_SOLAR = "The Absheron Solar plant will have 1.2 GW."
B_WIND = ("Kazakhstan and China signed a memorandum of understanding in Astana on 5 November 2024 on a 2 GW "
          "offshore wind farm in the Caspian Sea built by ACWA Power.")


# ---------------------------------------------------------------------- partners

def test_partners_of_china(store):
    rows = lookup.partners(store, CHN, type="State")
    assert rows == [
        {"partner": str(AZE), "label": "Azerbaijan", "type": "State", "kinds": "agreement;partnership",
         "level": "comprehensive strategic partnership", "first": "2025-04", "last": "2025-04-23", "documents": 2,
         "reference": None},
        {"partner": str(KAZ), "label": "Kazakhstan", "type": "State", "kinds": "agreement", "level": None,
         "first": "2024-11-05", "last": "2024-11-05", "documents": 1, "reference": None},
    ]


def test_partners_filters(store):
    assert [r["label"] for r in lookup.partners(store, CHN, type="State", since="2025")] == ["Azerbaijan"]
    assert [r["label"] for r in lookup.partners(store, CHN, kind="agreement", since="2024-11-06")] == ["Azerbaijan"]
    assert lookup.partners(store, CHN, type="Company") == []
    rows = lookup.partners(store, SOCAR)
    assert [(r["label"], r["kinds"], r["documents"]) for r in rows] == [
        ("Azerbaijan", "project", 1), ("China Energy Investment Corporation", "cooperation;project", 1)]
    sco = lookup.partners(store, AZE, kind="membership", type="InternationalOrganization")
    row = next(r for r in sco if r["partner"] == str(SCO))
    # Reference data (its own column: the date its list was checked is no date of the tie)
    # and document A (undated: reported 2025-04-24).
    assert (row["first"], row["last"], row["documents"], row["reference"]) == \
        ("2025-04-24", "2025-04-24", 1, "reference data")
    with pytest.raises(InputError):
        lookup.partners(store, CHN, type="Planet")


# ---------------------------------------------------------------------- collections

def test_projects_all(store):
    assert lookup.projects(store) == [
        {"project": WIND, "label": None, "technologies": "offshore wind", "capacity_mw": 2000,
         "hosts": "Kazakhstan", "locations": "Caspian Sea", "participants": "ACWA Power (developer)", "documents": 1},
        {"project": SOLAR_1200, "label": "Absheron Solar", "technologies": "solar", "capacity_mw": 1200,
         "hosts": "Azerbaijan", "locations": "", "participants": "", "documents": 1},
        {"project": SOLAR_1000, "label": "Absheron Solar", "technologies": "solar", "capacity_mw": 1000,
         "hosts": "Azerbaijan", "locations": "",
         "participants": "China Energy Investment Corporation (contractor);SOCAR (developer)", "documents": 1},
    ]


def test_projects_filters(store):
    assert [r["project"] for r in lookup.projects(store, technology_name="wind")] == [WIND]
    assert [r["project"] for r in lookup.projects(store, technology_name="Solar", min_mw=1100)] == [SOLAR_1200]
    assert [r["project"] for r in lookup.projects(store, host=AZE)] == [SOLAR_1200, SOLAR_1000]
    assert [r["project"] for r in lookup.projects(store, host=EPID["place/caspian-sea"])] == [WIND]
    assert [r["project"] for r in lookup.projects(store, participant=SOCAR)] == [SOLAR_1000]
    with pytest.raises(InputError):
        lookup.projects(store, technology_name="perpetual motion")


def test_agreements(store):
    decl = str(EPID["agreement/declaration-on-the-establishment-of-a-comprehensive-strategic-partnership-aze-ch"])
    assert lookup.agreements(store) == [
        {"agreement": MOU, "type": "MemorandumOfUnderstanding", "label": None, "date": "2024-11-05",
         "place": "Astana", "parties": "China;Kazakhstan", "documents": 1},
        {"agreement": decl, "type": "Declaration", "label": DECLARATION, "date": "2025-04;2025-04-23",
         "place": "Baku;Beijing", "parties": "Azerbaijan;China", "documents": 2},
    ]
    assert [r["agreement"] for r in lookup.agreements(store, type="MoU")] == [MOU]
    assert [r["agreement"] for r in lookup.agreements(store, between=(AZE, CHN))] == [decl]
    assert [r["agreement"] for r in lookup.agreements(store, party=KAZ, year=2024)] == [MOU]
    assert lookup.agreements(store, party=KAZ, year=2025) == []
    with pytest.raises(InputError):
        lookup.agreements(store, type="handshake")


def test_events(store):
    expected = [{"event": str(EPID["event/sco-energy-ministers-meeting-2025-06-25"]), "type": "Meeting",
                 "label": "SCO Energy Ministers Meeting", "date": "2025-06-25", "place": "Ningbo",
                 "participants": "Azerbaijan;China", "organizers": "Shanghai Cooperation Organization",
                 "documents": 1}]
    assert lookup.events(store) == expected
    assert lookup.events(store, place=CHN) == expected  # Ningbo lies in China
    assert lookup.events(store, place=EPID["place/ningbo"], participant=SCO) == expected
    assert lookup.events(store, place=AZE) == []
    assert lookup.events(store, participant=KAZ) == []


# ---------------------------------------------------------------------- one entity

def test_sources_of_a_fact(store):
    rows = lookup.sources(store, EPID["project/absheron-solar-aze-solar-1000mw"])
    assert rows == [{"fact": SOLAR_1000, "kind": "EnergyProject", **source(A, A_SOLAR)}]


def test_sources_of_an_entity(store):
    rows = lookup.sources(store, KAZ)
    documents = [r for r in rows if r["document"] != str(EPID["graph/gazetteer"])]
    assert [(r["fact"], r["sentence"]) for r in documents] == [(MOU, B_WIND), (WIND, B_WIND)]
    assert all(r["title"] == "reference data (gazetteer)" for r in rows if r not in documents)


def test_show(store):
    info = lookup.show(store, CHN)
    assert (info["label"], info["type"], info["iso3"], info["curie"]) == ("China", "State", "CHN", "state:CHN")
    assert info["partnerships"] == [
        {"partners": "Azerbaijan", "level": "comprehensive strategic partnership", "date": "2025-04-23",
         "sources": [source(A, A_DECL)]},
        {"partners": "Azerbaijan", "level": "strategic partnership", "date": "2025-04-23",
         "sources": [source(B, "Azerbaijan and China agreed on a strategic partnership on 23 April 2025.")]},
    ]
    assert [(a["agreement"], a["role"]) for a in info["agreements"]] == [
        (MOU, "epkg:party"),
        (str(EPID["agreement/declaration-on-the-establishment-of-a-comprehensive-strategic-partnership-aze-ch"]),
         "epkg:party")]
    assert [len(a["sources"]) for a in info["agreements"]] == [1, 2]
    assert [(e["label"], e["role"]) for e in info["events"]] == [("SCO Energy Ministers Meeting", "epkg:participant")]
    assert info["documents"] == 2
    socar = lookup.show(store, SOCAR)
    assert socar["cooperation"] == [{"partner": "China Energy Investment Corporation", "iri": str(CEIC),
                                     "sources": [source(A, A_SOLAR)]}]
    assert [(p["project"], p["role"]) for p in socar["projects"]] == [(SOLAR_1000, "epkg:developer")]


def test_show_merges_reference_and_document_memberships(store):
    info = lookup.show(store, AZE)
    sco = [m for m in info["memberships"] if m["iri"] == str(SCO)]
    assert len(sco) == 1
    assert sco[0]["role"] == "dialogue partner" and sco[0]["date"] is None  # the list's check date is no start date
    assert [s["title"] for s in sco[0]["sources"]] == ["reference data (gazetteer)",
                                                       "Azerbaijan and China upgrade ties"]
    assert info["demonyms"] == ["Azerbaijani", "Azeri"]


# ---------------------------------------------------------------------- conflicts and news

def test_conflicts(store):
    found = lookup.conflicts(store)
    assert [(c["kind"], c["subject"]) for c in found] == [
        ("capacity", "Absheron Solar"),
        ("level", "partnership of Azerbaijan and China on 2025-04-23"),
        ("place", DECLARATION),
    ]
    capacity = found[0]
    assert capacity["values"] == [{"value": "1000 MW", "sources": [source(A, A_SOLAR)]},
                                  {"value": "1200 MW", "sources": [source(B, B_SOLAR)]}]
    place = found[2]
    assert [(v["value"], [s["publisher"] for s in v["sources"]]) for v in place["values"]] == [
        ("Baku", ["Xinhua"]), ("Beijing", ["Trend"])]
    # "2025-04" and "2025-04-23" agree: no date conflict.
    assert not any(c["kind"] == "date" for c in found)


def test_conflicts_about_one_entity(store):
    assert [c["kind"] for c in lookup.conflicts(store, SOCAR)] == ["capacity"]
    assert lookup.conflicts(store, KAZ) == []
    assert [c["kind"] for c in lookup.conflicts(store, CHN)] == ["level", "place"]


def test_new(store):
    rows = lookup.new(store, ingested_since="2025-05-01")  # both were ingested just now
    assert {r["document"] for r in rows} == {A, B}
    assert all(r["ingested"] for r in rows)
    by_fact = {(r["document"], r["fact"]): r for r in rows}
    assert by_fact[(B, WIND)]["kind"] == "EnergyProject"
    assert by_fact[(B, WIND)]["sentence"] == B_WIND
    assert len(rows) == 11
    # --since is publication: A (published before May 2025) is not new, however recently ingested
    assert {r["document"] for r in lookup.new(store, "2025-05-01")} == {B}
    assert lookup.new(store, "2025-05-01", ingested_since="2999") == []


def test_new_by_publication_date():
    store = Store.memory()
    fill(store)
    store._ox.update("DELETE WHERE { GRAPH <https://w3id.org/epkg/id/graph/meta> "
                     "{ ?d <https://w3id.org/epkg/ontology#ingested> ?t } }")
    assert {r["document"] for r in lookup.new(store, "2025-05-01")} == {B}
    assert {r["document"] for r in lookup.new(store, "2025")} == {A, B}
    assert lookup.new(store, ingested_since="2000") == []  # no ingestion stamps left
    assert lookup.new(store, "2026-01-01") == []
    with pytest.raises(InputError):
        lookup.new(store, "yesterday")


# ---------------------------------------------------------------------- commands

@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("lookup") / "store"
    s = Store.open(path)
    fill(s)
    s.close()
    return path


def run(store_dir, *args):
    result = CliRunner().invoke(cli, ["--store", str(store_dir), *args])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def test_cli_partners_table_json_csv(store_dir):
    table = run(store_dir, "partners", "Chinese", "--type", "State").splitlines()
    assert table[0].split() == ["label", "type", "kinds", "level", "first", "last", "documents", "reference"]
    assert table[2].split()[:2] == ["Azerbaijan", "State"]
    assert json.loads(run(store_dir, "partners", "CHN", "--type", "State", "--json"))[1]["label"] == "Kazakhstan"
    rows = list(csv.DictReader(io.StringIO(run(store_dir, "partners", "China", "--kind", "agreement", "--csv"))))
    assert [(r["label"], r["kinds"], r["documents"]) for r in rows] == [
        ("Azerbaijan", "agreement", "2"), ("Kazakhstan", "agreement", "1")]


def test_cli_collections(store_dir):
    assert [r["project"] for r in json.loads(run(store_dir, "projects", "--technology", "wind", "--json"))] == [WIND]
    assert [r["agreement"] for r in json.loads(run(store_dir, "agreements", "--type", "MoU", "--json"))] == [MOU]
    assert json.loads(run(store_dir, "agreements", "--between", "Azerbaijani", "China", "--year", "2025",
                          "--json"))[0]["label"] == DECLARATION
    assert json.loads(run(store_dir, "events", "--in", "China", "--json"))[0]["place"] == "Ningbo"
    assert "no events found" in run(store_dir, "events", "--in", "Azerbaijan")


def test_cli_show_sources_conflicts_new(store_dir):
    text = run(store_dir, "show", "SOCAR")
    assert text.splitlines()[0] == "SOCAR  (Company, organization:socar)"
    assert "Absheron Solar, 1000 MW [epkg:developer]" in text
    assert A_SOLAR in run(store_dir, "sources", "project:absheron-solar-aze-solar-1000mw")
    out = run(store_dir, "conflicts", "SOCAR")
    assert out.splitlines()[0] == "capacity: Absheron Solar"
    assert [c["kind"] for c in json.loads(run(store_dir, "conflicts", "--json"))] == ["capacity", "level", "place"]
    assert len(json.loads(run(store_dir, "new", "--since", "2025-01-01", "--json"))) == 11


# ---------------------------------------------------------------------- labels

def test_labels_read_for_the_entities_asked_are_the_name_index_s():
    # a lookup reads the names of the entities in its rows only; they must be the whole index's
    from epkg.graph.consolidate import rebuild
    from epkg.graph.query.lookup import _Labels, consolidated
    from epkg.graph.query.names import build_index

    store = sample_store()
    rebuild(store)
    assert consolidated(store)
    index = build_index(store)
    iris = {t for q in store.quads() for t in q if isinstance(t, URIRef)} | {EPID["state/ZZZ"], EPID["doc/0"]}
    lazy = _Labels(store)
    lazy.fetch(iris)
    assert lazy._index is None  # read entity by entity, not through the index
    assert len(iris) > 100
    for iri in iris:
        assert lazy.label(iri) == index.labels.get(iri, str(iri).rsplit("/", 1)[-1]), iri
        assert lazy.type(iri) == index.types.get(iri, ""), iri
        assert lazy.is_reference(iri) == (iri in index.reference), iri
    assert lazy.label(AZE) == "Azerbaijan" and lazy.type(SOCAR) == "Company"


def test_facts_asked_for_by_iri_are_read_in_chunks_with_the_same_rows(store, monkeypatch):
    from epkg.graph.query import lookup as module

    every = {r["agreement"] for r in lookup.agreements(store)} | {r["project"] for r in lookup.projects(store)}
    whole = (lookup.agreements(store, nodes=every), lookup.projects(store, nodes=every))
    monkeypatch.setattr(module, "_CHUNK", 1)  # one node a query
    assert (lookup.agreements(store, nodes=every), lookup.projects(store, nodes=every)) == whole
    assert len(whole[0]) + len(whole[1]) == len(every) >= 3
    assert lookup.agreements(store, nodes=[]) == []


def test_events_are_listed_from_their_rows_as_from_their_statements():
    from epkg.graph import listings
    from epkg.graph.consolidate import maintained, rebuild
    from epkg.graph.storage.contract import GRAPH_META
    from epkg.graph.storage.terms import triple_line

    store = sample_store()
    rebuild(store)
    assert listings.kept(store)
    asked = [{}, {"place": CHN}, {"participant": SCO}, {"participant": KAZ}]
    from_rows = [lookup.events(store, **a) for a in asked]
    assert from_rows[0][0]["label"] == "SCO Energy Ministers Meeting" and from_rows[0][0]["place"] == "Ningbo"
    rows = listings.read(store)
    assert set(rows) == {r["event"] for r in from_rows[0]}
    # a store written before the rows: no mark, no rows, the same listing from the statements
    store.patch_graph(GRAPH_META, listings.stored(store, rows)
                      | {triple_line((GRAPH_CONSOLIDATED, EPKG.listingRows, Literal(True)))}, [])
    assert listings.read(store) is None and not store.ask(f"ASK {{ ?e <{listings.ROW}> ?r }}")
    assert [lookup.events(store, **a) for a in asked] == from_rows
    # and its next refresh writes every row, not only those of the events it touched
    with maintained(store):
        pass
    assert listings.read(store) is None  # nothing changed, nothing written
    from epkg.graph.consolidate import add_document
    doc, ident, g = _one_more_document()
    with maintained(store) as changes:
        add_document(store, changes, doc, ident, g)
    assert listings.kept(store)
    assert set(listings.read(store)) == {r["event"] for r in lookup.events(store)} >= set(rows)


def _one_more_document():
    from rdflib import Graph
    from rdflib.namespace import DCTERMS, PROV, RDF, XSD

    doc = EPID["doc/00000000000000ff"]
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, DCTERMS.identifier, Literal("one-more")))
    g.add((doc, DCTERMS.issued, Literal("2025-07-01", datatype=XSD.date)))
    e = EPID["event/visit-kaz-2025-06"]
    g.add((e, RDF.type, EPKG.Event))
    g.add((e, RDF.type, EPKG.Visit))
    g.add((e, EPKG.participant, KAZ))
    g.add((e, EPKG.date, Literal("2025-06", datatype=XSD.gYearMonth)))
    g.add((e, PROV.wasDerivedFrom, doc))
    return doc, "one-more", g


def test_new_reads_each_document_s_row_as_its_graph_says():
    from epkg.graph.storage.contract import GRAPH_META

    store = sample_store()
    from_rows = lookup.new(store, "2025")
    assert {r["document"] for r in from_rows} == {A, B} and len(from_rows) == 11
    wind = next(r for r in from_rows if r["fact"] == WIND)
    assert wind["kind"] == "EnergyProject" and wind["sentence"] == B_WIND and wind["title"] == "Caspian energy week"
    assert "Kazakhstan" in wind["label"].split(", ")
    # documents stored before the rows existed are read from their graphs, with the same rows
    store._ox.update(f"DELETE WHERE {{ GRAPH <{GRAPH_META}> {{ ?d <{EPKG.documentRow}> ?r }} }}")
    assert not store.ask(f"ASK {{ ?d <{EPKG.documentRow}> ?r }}")
    assert lookup.new(store, "2025") == from_rows
