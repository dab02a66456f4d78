"""The competency questions in queries/: exact answers on the sample graph, expected answers on seed + dev."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from epkg.graph.documents import DocumentRecord
from epkg.graph.sparql import check_query, execute
from epkg.graph.store import Store
from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

sys.path.insert(0, str(Path(__file__).parent))
from conftest import DEV_ARTICLES, SEEDS, need_shared  # noqa: E402
from sample_graph import sample_store  # noqa: E402

QUERIES = Path(__file__).resolve().parents[1] / "queries"
NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))


def text(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def answer(store, name: str) -> list[tuple]:
    """Rows as tuples of plain strings (IRIs and literals alike; unbound as None)."""
    result = execute(store, text(name))
    return [tuple(None if t is None else str(t) for t in row) for row in result.rows]


def test_there_are_at_least_ten_each_saying_what_it_asks():
    assert len(NAMES) >= 10
    for name in NAMES:
        first = text(name).splitlines()[0]
        assert first.startswith("# ") and first.endswith("?"), name
        assert check_query(text(name)).form == "SELECT"


def test_every_query_is_in_the_docs():
    doc = (QUERIES.parent / "docs" / "lookup-and-sparql.md").read_text(encoding="utf-8")
    assert [n for n in NAMES if f"`{n}.rq`" not in doc] == []


# ---------------------------------------------------------------------- exact answers on the sample graph

E = "https://w3id.org/epkg/id/"


@pytest.fixture(scope="module")
def store():
    from epkg.graph.consolidate import rebuild

    store = sample_store()
    rebuild(store)  # the sample documents are stored by hand: the queries read the consolidated graph
    return store


# The queries read the consolidated graph: the sample's two reports of the declaration stay two
# facts (document A says it was signed in Beijing, document B in Baku: a place in conflict), and its
# two reports of "Absheron Solar" are one project whose capacity is in conflict (1,000 vs 1,200 MW).
EXPECTED = {
    "agreements-per-year": [("2025", "2")],
    # one solar project, counted once at the larger of its conflicting capacities
    "capacity-by-technology": [("offshore wind", "1", "2000"), ("solar", "1", "1200")],
    "caspian-gigawatt-projects": [
        (E + "project/kaz-offshore-wind-2000mw-caspian-sea", "2000", "Kazakhstan", "ACWA Power"),
        # both capacities its reports give, each a row
        (E + "project/absheron-solar-aze-solar-1000mw", "1200", "Azerbaijan",
         "China Energy Investment Corporation; SOCAR"),
        (E + "project/absheron-solar-aze-solar-1000mw", "1000", "Azerbaijan",
         "China Energy Investment Corporation; SOCAR"),
    ],
    "china-partners": [
        (E + "state/AZE", "Azerbaijan", "comprehensive strategic partnership", "2025-04-23", "1"),
        (E + "state/AZE", "Azerbaijan", "strategic partnership", "2025-04-23", "1"),
    ],
    "close-partnerships": [(E + "state/AZE", E + "state/CHN", "comprehensive strategic partnership", "5")],
    "documents-per-publisher": [("Trend", "1", "2025-04-24", "2025-04-24"),
                                ("Xinhua", "1", "2025-05-10", "2025-05-10")],
    "foreign-companies-in-azerbaijan": [
        (E + "organization/china-energy-investment-corporation", "China Energy Investment Corporation", "1")],
    "most-cooperative-actors": [
        (E + "organization/china-energy-investment-corporation", "China Energy Investment Corporation", "1"),
        (E + "organization/socar", "SOCAR", "1")],
    "sco-events": [(E + "event/sco-energy-ministers-meeting-2025-06-25", "SCO Energy Ministers Meeting", "Ningbo",
                    "2025-06-25")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_answer_on_sample_graph(store, name):
    assert answer(store, name) == EXPECTED[name]


def test_beijing_2025_agreements_on_sample_graph(store):
    rows = answer(store, "beijing-2025-agreements")
    # Document A says Beijing, 2025-04-23; document B says Baku, 2025-04: two facts, one in Beijing. They share
    # the node IRI; B's report sorts first and keeps it, A's fact gets the digest of its report.
    decl = E + "agreement/declaration-on-the-establishment-of-a-comprehensive-strategic-partnership-aze-ch-885d08f8"
    assert [(r[0], r[1], r[2]) for r in rows] == [(decl, "Declaration", "2025-04-23")]
    assert all(sorted(r[3].split("; ")) == ["Azerbaijan", "China"] for r in rows)


def test_sco_dialogue_partners_on_sample_graph(store):
    rows = answer(store, "sco-dialogue-partners")
    assert [r[1] for r in rows] == ["ARE", "ARM", "AZE", "BHR", "EGY", "KHM", "KWT", "LKA", "MDV", "MMR", "NPL",
                                    "QAT", "SAU", "TUR"]
    assert {r[1]: r[3] for r in rows}["AZE"] == "1"  # document A says so
    assert {r[1]: r[3] for r in rows}["TUR"] == "0"  # only the reference data


def test_china_partners_names_no_level_for_a_partnership_without_one():
    from epkg.graph.consolidate import rebuild
    from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED
    from rdflib.namespace import PROV, RDF

    store = sample_store()
    rebuild(store)
    p = EPID["partnership/chn-kaz-unstated-level"]
    doc = next(iter(store.document_graphs()))
    store.patch_graph(GRAPH_CONSOLIDATED, [], [(p, RDF.type, EPKG.Partnership), (p, EPKG.partner, EPID["state/CHN"]),
                                               (p, EPKG.partner, EPID["state/KAZ"]), (p, PROV.wasDerivedFrom, doc)])
    rows = [r for r in answer(store, "china-partners") if r[0] == E + "state/KAZ"]
    assert [(r[1], r[2], r[4]) for r in rows] == [("Kazakhstan", None, "1")]  # not one row per concept


def test_partnership_sources_on_sample_graph(store):
    rows = sorted(answer(store, "partnership-sources"))
    assert rows == [
        (E + "partnership/aze-chn-comprehensive-strategic-partnership",
         "2025-04-24 — Azerbaijan and China upgrade ties (Trend): Azerbaijan and China signed the Declaration on the "
         "Establishment of a Comprehensive Strategic Partnership in Beijing on 23 April 2025."),
        (E + "partnership/aze-chn-strategic-partnership",
         "2025-05-10 — Caspian energy week (Xinhua): Azerbaijan and China agreed on a strategic partnership on "
         "23 April 2025.")]


# The same question asked of the document graphs: every report of every partnership, one row a
# sentence with its document's date, title and publisher (what partnership-sources.rq read before
# the consolidated graph kept each partnership's source list).
FROM_THE_DOCUMENTS = """
    SELECT DISTINCT ?partnership ?doc ?issued ?title ?publisher ?sentence WHERE {
      GRAPH <https://w3id.org/epkg/id/graph/consolidated> {
        ?partnership a epkg:Partnership ; epkg:reportedAs ?node ; prov:wasDerivedFrom ?doc }
      GRAPH ?doc { ?node a epkg:Partnership ; epkg:evidence ?sentence }
      OPTIONAL { GRAPH ?doc { ?doc dcterms:title ?title } }
      OPTIONAL { GRAPH ?doc { ?doc dcterms:issued ?issued } }
      OPTIONAL { GRAPH ?doc { ?doc dcterms:publisher ?publisher } }
    }"""


def sources_from_the_documents(store) -> list[tuple]:
    """partnership-sources.rq's rows as the document graphs give them, each partnership's lines in
    the order of the documents' dates (undated first), titles, documents and sentences."""
    from epkg.graph.summaries import source_line

    lines: dict = {}
    for row in execute(store, FROM_THE_DOCUMENTS).rows:
        p, doc, issued, title, publisher, sentence = (None if t is None else str(t) for t in row)
        lines.setdefault(p, []).append(((issued or "", title or "", doc, sentence),
                                        source_line(issued, title, publisher, sentence)))
    return sorted((p, "\n".join(line for _, line in sorted(found))) for p, found in lines.items())


def test_partnership_sources_answer_as_the_document_graphs_do_on_sample_graph(store):
    assert sorted(answer(store, "partnership-sources")) == sources_from_the_documents(store) != []


def test_the_source_lists_follow_a_document_written_again_under_its_iri_with_another_title():
    from epkg.graph import consolidate
    from sample_graph import DOC_A_TEXT, build_graph, documents, facts_a  # noqa: E402

    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for record, facts in documents():
            consolidate.add_document(store, changes, record.iri, record.identifier, build_graph(record, facts))
    assert sorted(answer(store, "partnership-sources")) == sources_from_the_documents(store) != []
    # the same text under another record id: its graph is written again, with the new title; no fact changes
    again = DocumentRecord("a-again.txt", DOC_A_TEXT, title="Baku and Beijing upgrade ties", published="2025-04-24",
                           publisher="Trend", source="https://example.org/a")
    with consolidate.maintained(store) as changes:
        consolidate.add_document(store, changes, again.iri, again.identifier, build_graph(again, facts_a()))
    rows = sorted(answer(store, "partnership-sources"))
    assert [r[1].split(":", 1)[0] for r in rows] == ["2025-04-24 — Baku and Beijing upgrade ties (Trend)",
                                                     "2025-05-10 — Caspian energy week (Xinhua)"]
    assert rows == sources_from_the_documents(store)
    kept = set(store.graph_lines(GRAPH_CONSOLIDATED))
    consolidate.rebuild(store)
    assert kept == set(store.graph_lines(GRAPH_CONSOLIDATED))


# Three queries read the consolidated graph's summaries (graph/summaries.py); these are the same
# questions asked of the facts themselves: every project's capacity, every partnership's partners,
# every event's name.
OVER_THE_FACTS = {
    "capacity-by-technology": """
        SELECT ?technology (COUNT(?project) AS ?projects) (SUM(?capacity) AS ?totalMW) WHERE {
          { SELECT ?project ?concept (MAX(?mw) AS ?capacity) WHERE {
              GRAPH <https://w3id.org/epkg/id/graph/consolidated> {
                ?project a epkg:EnergyProject ; epkg:technology ?concept ; epkg:capacityMW ?mw } }
            GROUP BY ?project ?concept }
          ?concept skos:prefLabel ?tag . BIND(STR(?tag) AS ?technology)
        } GROUP BY ?technology ORDER BY DESC(?totalMW)""",
    "close-partnerships": """
        SELECT DISTINCT ?a ?b ?level ?rank WHERE {
          GRAPH <https://w3id.org/epkg/id/graph/consolidated> { ?p epkg:level ?concept ; epkg:partner ?a, ?b }
          FILTER(STR(?a) < STR(?b))
          ?concept epkg:rank ?rank ; skos:prefLabel ?tag . FILTER(?rank >= 5) BIND(STR(?tag) AS ?level)
        } ORDER BY DESC(?rank) STR(?a) STR(?b) ?level""",
    "sco-events": """
        SELECT DISTINCT ?event ?label ?place ?date WHERE {
          { SELECT DISTINCT ?event WHERE {
              GRAPH <https://w3id.org/epkg/id/graph/gazetteer> { ?sco skos:altLabel "SCO" }
              GRAPH <https://w3id.org/epkg/id/graph/consolidated> {
                { ?event epkg:organizedBy ?sco } UNION { ?event epkg:participant ?sco } } } }
          UNION
          { SELECT DISTINCT ?event WHERE { GRAPH <https://w3id.org/epkg/id/graph/consolidated> {
              ?event a epkg:Event ; rdfs:label ?name }
              FILTER(CONTAINS(?name, "SCO") || CONTAINS(?name, "Shanghai Cooperation")) } }
          GRAPH <https://w3id.org/epkg/id/graph/consolidated> {
            ?event a epkg:Event .
            OPTIONAL { ?event rdfs:label ?label }
            OPTIONAL { ?event epkg:date ?date }
            OPTIONAL { ?event epkg:heldIn/rdfs:label ?place } }
        } ORDER BY ?date ?event""",
}


def over_the_facts(store, name: str) -> list[tuple]:
    result = execute(store, OVER_THE_FACTS[name])
    return [tuple(None if t is None else str(t) for t in row) for row in result.rows]


@pytest.mark.parametrize("name", sorted(OVER_THE_FACTS))
def test_summaries_answer_as_the_facts_do_on_sample_graph(store, name):
    assert answer(store, name) == over_the_facts(store, name) != []


# ---------------------------------------------------------------------- seed + dev corpus (needs extraction)

@pytest.fixture(scope="module")
def corpus_store():
    """The seed and the dev corpus, ingested: the answers below are the gold of both together."""
    from epkg.graph.ingest import ingest  # an ImportError here is breakage, not a reason to skip

    need_shared()
    store = Store.memory()
    summary = ingest([str(SEEDS), str(DEV_ARTICLES)], store)
    assert summary.read > 1 and summary.failed == 0, summary.failures[:3]
    return store


# These state what a correct extraction gives (gold of the seed and the dev corpus); they
# fail while the extractor misses them, which is the signal they exist for.
@pytest.mark.slow
def test_corpus_sco_dialogue_partner_azerbaijan_is_documented(corpus_store):
    rows = {r[1]: int(r[3]) for r in answer(corpus_store, "sco-dialogue-partners")}
    assert rows["AZE"] >= 1


@pytest.mark.slow
def test_corpus_china_partner_azerbaijan_comprehensive_strategic(corpus_store):
    rows = answer(corpus_store, "china-partners")
    assert ("Azerbaijan", "comprehensive strategic partnership") in {(r[1], r[2]) for r in rows}


@pytest.mark.slow
def test_corpus_caspian_offshore_wind_builders(corpus_store):
    rows = answer(corpus_store, "caspian-gigawatt-projects")
    builders = {b for r in rows if float(r[1]) >= 2000 for b in (r[3] or "").split("; ")}
    assert {"ACWA Power", "Masdar"} <= builders


@pytest.mark.slow
def test_corpus_beijing_2025_agreements_between_azerbaijan_and_china(corpus_store):
    rows = answer(corpus_store, "beijing-2025-agreements")
    assert any({"Azerbaijan", "China"} <= set(r[3].split("; ")) for r in rows if r[3])


@pytest.mark.slow
def test_corpus_close_partnership_azerbaijan_china(corpus_store):
    rows = answer(corpus_store, "close-partnerships")
    assert any({r[0], r[1]} == {E + "state/AZE", E + "state/CHN"} and int(r[3]) >= 5 for r in rows)


@pytest.mark.slow
def test_corpus_sco_meeting_in_ningbo(corpus_store):
    rows = answer(corpus_store, "sco-events")
    assert any(r[2] == "Ningbo" for r in rows)


@pytest.mark.slow
def test_corpus_foreign_companies_in_azerbaijan(corpus_store):
    labels = {r[1] for r in answer(corpus_store, "foreign-companies-in-azerbaijan")}
    assert {"Masdar", "ACWA Power"} <= labels


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(OVER_THE_FACTS))
def test_corpus_summaries_answer_as_the_facts_do(corpus_store, name):
    assert answer(corpus_store, name) == over_the_facts(corpus_store, name) != []


@pytest.mark.slow
def test_corpus_partnership_sources_answer_as_the_document_graphs_do(corpus_store):
    rows = sorted(answer(corpus_store, "partnership-sources"))
    assert rows == sources_from_the_documents(corpus_store) != []
    assert any(" (Xinhua): " in r[1] or " (Trend): " in r[1] for r in rows)
