"""The consolidated graph: identity across documents, merged values, conflicts, sources,
and equality with a rebuild after any sequence of adds, replacements and removals."""
from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from epkg.graph import consolidate
from epkg.graph.documents import DocumentRecord
from epkg.graph.identity import Claim, anchors, cluster, same_fact
from epkg.graph.ingest import process
from epkg.graph.store import Store
from epkg.graph.validate import validate_store
from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED, ORG

AZE, CHN, KAZ = EPID["state/AZE"], EPID["state/CHN"], EPID["state/KAZ"]


def ingest_texts(store, docs) -> None:
    """Extract and store ``(identifier, published, text)`` documents, keeping the consolidated graph."""
    with consolidate.maintained(store) as changes:
        for identifier, published, text in docs:
            record, graph = process(DocumentRecord(identifier, text, published=published))
            consolidate.add_document(store, changes, record.iri, record.identifier, graph,
                                     signature=consolidate.text_signature(text))


def facts(store, cls) -> dict:
    """Consolidated nodes of a class: IRI -> {property: sorted values as strings}."""
    out: dict = {}
    for r in store.select(f"SELECT ?x ?p ?o WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ ?x a <{cls}> ; ?p ?o }} }}"):
        out.setdefault(r["x"], {}).setdefault(r["p"], []).append(str(r["o"]))
    return {k: {p: sorted(v) for p, v in props.items()} for k, props in out.items()}


@pytest.fixture(scope="module")
def nlp():
    from epkg.graph.extract.nlp import pipeline
    return pipeline()


# ------------------------------------------------------------------ rules, on two written reports

def test_agreement_dates_compatible_at_coarser_precision_are_one_fact(nlp):
    store = Store.memory()
    ingest_texts(store, [
        ("wire", "2025-04-24", "Azerbaijan and China signed a memorandum of understanding in Baku on April 23, 2025."),
        ("weekly", "2025-05-02", "In April 2025, Azerbaijan and China signed a memorandum of understanding."),
    ])
    found = facts(store, EPKG.MemorandumOfUnderstanding)
    assert len(found) == 1
    (fact,) = found.values()
    assert fact[EPKG.signedOn] == ["2025-04-23"]  # the most precise date compatible with both
    assert fact[EPKG.documentCount] == ["2"] and fact[EPKG.sourceCount] == ["2"]
    assert fact[EPKG.firstReported] == ["2025-04-24"] and fact[EPKG.lastReported] == ["2025-05-02"]
    assert sorted(fact[EPKG.party]) == sorted([str(AZE), str(CHN)])
    assert validate_store(store) == []


def test_two_mous_between_the_same_parties_in_one_month_stay_apart(nlp):
    store = Store.memory()
    ingest_texts(store, [
        ("one", "2025-04-24", "Azerbaijan and China signed a memorandum of understanding in Baku on April 23, 2025."),
        ("two", "2025-04-11", "Azerbaijan and China signed a memorandum of understanding in Baku on April 10, 2025."),
    ])
    assert sorted(f[EPKG.signedOn][0] for f in facts(store, EPKG.MemorandumOfUnderstanding).values()) \
        == ["2025-04-10", "2025-04-23"]


def test_named_mous_same_parties_same_month_different_subjects_stay_apart():
    mou = dict(kind="agreement", cls="MemorandumOfUnderstanding", node="agreement/mou-aze-chn-2025-04",
               date="2025-04", actors=frozenset({"AZE", "CHN"}))
    hydrogen = Claim(doc="d1", label="Memorandum of Understanding on green hydrogen", **mou)
    wind = Claim(doc="d2", label="Memorandum of Understanding on offshore wind", **mou)
    again = Claim(doc="d3", label="green hydrogen MoU", **mou)
    assert not same_fact(hydrogen, wind)
    assert same_fact(hydrogen, again)  # word order and the generic words do not matter
    assert sorted(len(f) for f in cluster([hydrogen, wind, again])) == [1, 2]


def test_two_agreements_of_one_document_stay_two():
    kw = dict(kind="agreement", cls="Declaration", node="x", date="2025", actors=frozenset({"AZE", "CHN"}))
    assert not same_fact(Claim(doc="d1", **kw), Claim(doc="d1", **{**kw, "node": "y"}))
    assert same_fact(Claim(doc="d1", **kw), Claim(doc="d2", **kw))


def test_one_shared_word_does_not_make_two_names_one():
    kw = dict(kind="agreement", cls="Declaration", node="x", actors=frozenset({"AZE", "CHN"}))
    assert not same_fact(Claim(doc="a", label="Declaration on Strategic Partnership", **kw),
                         Claim(doc="b", label="Declaration on the Establishment of a Comprehensive Strategic "
                                              "Partnership", **kw))


def test_parties_subset_matches_fuller_set():
    kw = dict(kind="agreement", cls="Treaty", node="x", date="2024")
    full = Claim(doc="d1", actors=frozenset({"AZE", "GEO", "TUR"}), **kw)
    part = Claim(doc="d2", actors=frozenset({"AZE", "TUR"}), **kw)
    other = Claim(doc="d3", actors=frozenset({"AZE", "KAZ"}), **kw)
    assert same_fact(full, part) and not same_fact(full, other)


def test_event_one_node_whatever_the_date_precision(nlp):
    store = Store.memory()
    ingest_texts(store, [
        ("day", "2024-11-13", "The COP29 summit opened in Baku on November 11, 2024. Azerbaijan hosted the talks."),
        ("month", "2024-12-01", "Leaders met at COP29 in Baku in November 2024."),
    ])
    events = facts(store, EPKG.Event)
    assert len(events) == 1
    (event,) = events.values()
    assert event[RDFS.label] == ["COP29"] and event[EPKG.date] == ["2024-11-11"]


def test_unrelated_undated_visits_do_not_merge(nlp):
    store = Store.memory()
    ingest_texts(store, [
        ("v1", "2025-03-01", "The President of Kazakhstan paid a visit to Hanoi."),
        ("v2", "2025-06-01", "The Prime Minister of Romania paid a visit to Prague."),
    ])
    assert len(facts(store, EPKG.Visit)) == 2


def test_events_on_different_days_or_places_stay_apart():
    kw = dict(kind="event", cls="Summit", node="e", label="Energy Summit")
    assert not same_fact(Claim(doc="a", date="2024-11-12", **kw), Claim(doc="b", date="2024-11-20", **kw))
    assert not same_fact(Claim(doc="a", place="place/baku", **kw), Claim(doc="b", place="place/astana", **kw))


def test_projects_by_name_acronym_and_capacity_tolerance():
    kw = dict(kind="project", cls="EnergyProject", node="p")
    tap = Claim(doc="a", label="Trans Adriatic Pipeline", hosts=frozenset({"GRC", "ALB", "ITA"}), **kw)
    short = Claim(doc="b", label="TAP", hosts=frozenset({"ALB"}), **kw)
    assert same_fact(tap, short)
    plant = dict(hosts=frozenset({"AZE"}), technologies=frozenset({"solar"}), **kw)
    assert same_fact(Claim(doc="a", capacity=2000, **plant), Claim(doc="b", capacity=2040, **plant))
    assert not same_fact(Claim(doc="a", capacity=445, **plant), Claim(doc="b", capacity=500, **plant))
    # unnamed, no two capacities: a participant in common, or nothing to go on
    built = dict(actors=frozenset({"organization/acwa-power"}), **plant)
    assert same_fact(Claim(doc="a", capacity=2000, **built), Claim(doc="b", **built))
    assert not same_fact(Claim(doc="a", **plant), Claim(doc="b", **plant))


def test_the_same_sentence_in_two_documents_is_one_fact_unless_they_contradict():
    kw = dict(kind="project", cls="EnergyProject", node="p", hosts=frozenset({"PLW"}),
              technologies=frozenset({"transmission"}))
    said = frozenset({"palau will build a new transmission line"})
    assert not same_fact(Claim(doc="a", **kw), Claim(doc="b", **kw))  # nothing to go on
    assert same_fact(Claim(doc="a", sentences=said, **kw), Claim(doc="b", sentences=said, **kw))
    assert not same_fact(Claim(doc="a", sentences=said, capacity=100, **kw),
                         Claim(doc="b", sentences=said, capacity=900, **kw))
    # a stock sentence that each document's context gives another host is not one project
    elsewhere = {**kw, "hosts": frozenset({"MUS"})}
    assert not same_fact(Claim(doc="a", sentences=said, **kw), Claim(doc="b", sentences=said, **elsewhere))


def test_partnership_needs_same_level():
    kw = dict(kind="partnership", cls="Partnership", node="p", actors=frozenset({"AZE", "CHN"}))
    assert same_fact(Claim(doc="a", level="strategic", **kw), Claim(doc="b", level="strategic", **kw))
    assert not same_fact(Claim(doc="a", level="strategic", **kw), Claim(doc="b", level="comprehensive", **kw))


# ------------------------------------------------------------------ hand-made document graphs

def doc_graph(n: int, published: str, *, capacity: str | None = None, date: str | None = None,
              identifier: str | None = None) -> tuple:
    """A small document graph: one named project (capacity), one declaration (date)."""
    identifier = identifier or f"doc-{n}"
    sha = hashlib.sha256(f"{identifier} {n} {published} {capacity} {date}".encode()).hexdigest()
    doc = EPID[f"doc/{sha[:16]}"]
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, DCTERMS.identifier, Literal(identifier)))
    g.add((doc, EPKG.sha256, Literal(sha)))
    g.add((doc, DCTERMS.issued, Literal(published, datatype=XSD.date)))
    for state, iso3 in ((AZE, "AZE"), (CHN, "CHN")):
        g.add((state, RDF.type, EPKG.State))
        g.add((state, RDFS.label, Literal({"AZE": "Azerbaijan", "CHN": "China"}[iso3])))
        g.add((state, EPKG.iso3, Literal(iso3)))
        g.add((doc, EPKG.mentions, state))
    if capacity is not None:
        p = EPID["project/bilasuvar-solar"]
        g.add((p, RDF.type, EPKG.EnergyProject))
        g.add((p, RDFS.label, Literal("Bilasuvar solar plant")))
        g.add((p, EPKG.hostState, AZE))
        g.add((p, EPKG.capacityMW, Literal(Decimal(capacity), datatype=XSD.decimal)))
        g.add((p, PROV.wasDerivedFrom, doc))
        g.add((p, EPKG.evidence, Literal(f"The {capacity} MW Bilasuvar solar plant.")))
    if date is not None:
        a = EPID["agreement/declaration-aze-chn"]
        g.add((a, RDF.type, EPKG.Declaration))
        g.add((a, RDF.type, EPKG.Agreement))
        g.add((a, EPKG.party, AZE))
        g.add((a, EPKG.party, CHN))
        g.add((a, EPKG.signedOn, Literal(date, datatype={4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(date)])))
        g.add((a, PROV.wasDerivedFrom, doc))
        g.add((a, EPKG.evidence, Literal("Azerbaijan and China signed a joint declaration.")))
    return doc, identifier, g


def test_disagreement_is_a_conflict_not_a_violation():
    store = Store.memory()
    with consolidate.maintained(store) as changes:
        for n, cap in ((1, "445"), (2, "500")):
            consolidate.add_document(store, changes, *doc_graph(n, "2025-01-0%d" % n, capacity=cap))
    (project,) = facts(store, EPKG.EnergyProject).values()
    assert project[EPKG.capacityMW] == ["445", "500"]
    assert project[EPKG.conflictOn] == [str(EPKG.capacityMW)]
    assert validate_store(store) == []
    from epkg.graph.lookup import conflicts
    (found,) = conflicts(store)
    assert (found["kind"], found["subject"]) == ("capacity", "Bilasuvar solar plant")
    assert [(v["value"], [s["sentence"] for s in v["sources"]]) for v in found["values"]] == [
        ("445 MW", ["The 445 MW Bilasuvar solar plant."]), ("500 MW", ["The 500 MW Bilasuvar solar plant."])]


def test_syndicated_copies_count_as_one_source():
    text = ("Azerbaijan and China signed a joint declaration on energy cooperation in Baku on Monday, "
            "the ministry said, adding that the two sides would expand trade in electricity and gas.")
    store = Store.memory()
    with consolidate.maintained(store) as changes:
        for n, body in ((1, text), (2, text + " Reporting by the wire."), (3, "China and Azerbaijan: a different story.")):
            doc, ident, g = doc_graph(n, "2025-01-0%d" % n, date="2025")
            consolidate.add_document(store, changes, doc, ident, g, signature=consolidate.text_signature(body))
    (agreement,) = facts(store, EPKG.Declaration).values()
    assert agreement[EPKG.documentCount] == ["3"] and agreement[EPKG.sourceCount] == ["2"]


def test_reference_label_wins_for_states():
    store = Store.memory()
    doc, ident, g = doc_graph(1, "2025-01-01", date="2025")
    g.set((AZE, RDFS.label, Literal("Azerbaijan Republic")))
    with consolidate.maintained(store) as changes:
        consolidate.add_document(store, changes, doc, ident, g)
    state = facts(store, EPKG.State)[AZE]
    assert state[RDFS.label] == ["Azerbaijan"]  # the gazetteer's name, not the document's
    assert state[SKOS.altLabel] == ["Azerbaijan Republic"]
    assert state[EPKG.iso3] == ["AZE"]


def consolidated(store) -> set:
    return {(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])}


OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "remove"]), st.integers(0, 5),
                                st.sampled_from(["445", "500", "2000"]), st.sampled_from(["2025", "2025-04", "2025-04-23", "2024"])),
                      min_size=1, max_size=8)


def varied_graph(n: int, cap: str, date: str, variant: int) -> tuple:
    """:func:`doc_graph` with more to match and to tell apart: a second party (Kazakhstan in odd
    variants), a second project sharing the node IRI of the first under another name, and a
    name variant of a state."""
    doc, ident, g = doc_graph(n, f"2025-0{1 + n % 9}-01", capacity=cap, date=date, identifier=f"doc-{n}")
    if variant % 2:
        a = EPID["agreement/declaration-aze-chn"]
        g.add((a, EPKG.party, KAZ))
        g.add((KAZ, RDF.type, EPKG.State))
        g.add((doc, EPKG.mentions, KAZ))
    if variant % 3 == 0:
        p = EPID[f"project/bilasuvar-solar-{1 + variant % 2}"]
        g.add((p, RDF.type, EPKG.EnergyProject))
        g.add((p, RDFS.label, Literal(["Khizi wind farm", "Bilasuvar solar plant"][variant % 2])))
        g.add((p, EPKG.hostState, AZE))
        g.add((p, PROV.wasDerivedFrom, doc))
    if variant in (0, 2, 3):  # a meeting on the declaration's date, in Baku in some reports
        e = EPID[f"event/meeting-aze-chn-{date}"]
        for cls in (EPKG.Event, EPKG.Meeting):
            g.add((e, RDF.type, cls))
        g.add((e, EPKG.date, Literal(date, datatype={4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(date)])))
        for actor_iri in (AZE, CHN) if variant else (AZE, CHN, KAZ):
            g.add((e, EPKG.participant, actor_iri))
        if variant != 3:
            g.add((e, EPKG.heldIn, EPID["place/baku"]))
        g.add((e, PROV.wasDerivedFrom, doc))
        g.add((e, EPKG.evidence, Literal("The ministers met in Baku.")))
    if variant >= 2:
        g.add((AZE, SKOS.altLabel, Literal("Azerbaijan Republic")))
    if variant != 2:  # Azerbaijan's membership of the SCO, as each report states its role
        membership(g, doc, cap, role="member" if variant % 2 else "full member", label=variant == 4)
    if variant in (1, 4, 5):  # a company named in full, and (in some) by its short name too
        actor(g, doc, DATANG_FULL, EPKG.Company, "China Datang Overseas Investment Co. Ltd.")
        if variant != 5:
            actor(g, doc, DATANG, EPKG.Company, "Datang")
        p = EPID["project/bilasuvar-solar"]
        g.add((p, EPKG.participant, DATANG if variant != 5 else DATANG_FULL))
    return doc, ident, g


SCO = EPID["organization/shanghai-cooperation-organization"]


def membership(g, doc, said: str, role: str = "member", label: bool = False) -> None:
    """Azerbaijan's membership of the SCO as a document reports it (*said* in its sentence, the
    organization's *role* word, a name when *label*)."""
    m = EPID["membership/aze-shanghai-cooperation-organization-member"]
    for cls in (EPKG.Membership, ORG.Membership):
        g.add((m, RDF.type, cls))
    g.add((m, ORG.member, AZE))
    g.add((m, ORG.organization, SCO))
    g.add((m, EPKG.role, Literal("member")))
    g.add((m, ORG.role, Literal(role)))
    g.add((m, PROV.wasDerivedFrom, doc))
    g.add((m, EPKG.evidence, Literal(f"Azerbaijan is a member of the SCO, it said ({said}).")))
    if label:
        g.add((m, RDFS.label, Literal("Azerbaijan's SCO membership")))
    actor(g, doc, SCO, EPKG.InternationalOrganization, "Shanghai Cooperation Organization")


DATANG, DATANG_FULL = EPID["organization/datang"], EPID["organization/china-datang-overseas-investment"]


def actor(g, doc, iri, cls, label) -> None:
    g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(label)))
    g.add((doc, EPKG.mentions, iri))


# Texts of the documents: the first two near-identical (a syndicated copy counts as one source), the
# third another story.
TEXTS = ("Azerbaijan and China signed a memorandum on green hydrogen in Baku on Monday, officials said, "
         "adding that the two sides would study a plant of 500 MW near the coast before the end of the year.",
         "Azerbaijan and China signed a memorandum on green hydrogen in Baku on Monday, officials said, "
         "adding that the two sides would study a plant of 500 MW near the coast before the end of the year!",
         "Kazakhstan opened a wind farm of 100 MW in the north of the country, the energy ministry said on "
         "Friday, and promised two more before the winter to supply the new smelter of the region.")


@functools.lru_cache(maxsize=None)
def text_signature(i: int) -> str:
    return consolidate.text_signature(TEXTS[i])


# EPKG_HYPOTHESIS_EXAMPLES=500 for a longer search than the suite's
@settings(max_examples=int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS, st.lists(st.integers(0, 5), min_size=8, max_size=8))
def test_maintained_graph_equals_a_rebuild(operations, variants):
    from unittest import mock

    store = Store.memory(reference=False)
    # every refresh is the incremental one: starting again from scratch, or reclustering the whole
    # linked part, would hide its mistakes
    with mock.patch.object(consolidate, "_rebuilt", side_effect=AssertionError("rebuilt")), \
            mock.patch.object(consolidate, "_affected", side_effect=AssertionError("the whole linked part")):
        for i, (op, n, cap, date) in enumerate(operations):
            with consolidate.maintained(store) as changes:
                if op == "add":  # the same identifier again with other content is a replacement
                    doc, ident, g = varied_graph(n, cap, date, variants[i])
                    consolidate.add_document(store, changes, doc, ident, g,
                                             signature=text_signature((n + variants[i]) % len(TEXTS)))
                else:
                    consolidate.remove_document(store, changes, f"doc-{n}")
    kept = consolidated(store)
    index = {(s, p, o) for s, p, o, _ in store.quads([EPID["graph/meta"]]) if p in META_KEPT}
    consolidate.rebuild(store)
    assert kept == consolidated(store)
    # and its index (and the events' listing rows) are the ones a rebuild writes
    assert index == {(s, p, o) for s, p, o, _ in store.quads([EPID["graph/meta"]]) if p in META_KEPT}


META_KEPT = (EPKG.claimIndex, EPKG.entityIndex, EPKG.namedIn, EPKG.listingRow, EPKG.networkRow, EPKG.nearText,
             EPKG.textBand)


@settings(max_examples=max(5, int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "25")) // 3), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(OPERATIONS, st.lists(st.integers(0, 5), min_size=8, max_size=8))
def test_a_graph_patched_by_the_bulk_loader_equals_one_patched_in_transactions(tmp_path, operations, variants):
    """Additions of many statements (a batch's refresh) go through Oxigraph's bulk loader: on a store on disk,
    every patch written so (the threshold lowered to one statement) leaves the graphs a transaction leaves,
    and the maintained graph equals a rebuild."""
    import tempfile
    from unittest import mock

    from epkg.graph.storage import embedded

    graphs = []
    for bulk_from in (1, 10 ** 9):
        store = Store.open(Path(tempfile.mkdtemp(dir=tmp_path)) / "s")
        with mock.patch.object(embedded, "BULK_FROM", bulk_from), \
                mock.patch.object(consolidate, "_rebuilt", side_effect=AssertionError("rebuilt")):
            for i, (op, n, cap, date) in enumerate(operations):
                with consolidate.maintained(store) as changes:
                    if op == "add":
                        doc, ident, g = varied_graph(n, cap, date, variants[i])
                        consolidate.add_document(store, changes, doc, ident, g,
                                                 signature=text_signature((n + variants[i]) % len(TEXTS)))
                    else:
                        consolidate.remove_document(store, changes, f"doc-{n}")
        graphs.append((consolidated(store),
                       {(s, p, o) for s, p, o, _ in store.quads([EPID["graph/meta"]]) if p in META_KEPT}))
        if bulk_from == 1:
            consolidate.rebuild(store)
            assert graphs[0][0] == consolidated(store)
        store.close()
    assert graphs[0] == graphs[1]


def test_a_graph_read_from_the_text_it_was_written_with_reads_as_the_stored_one():
    from rdflib import BNode

    from epkg.graph.storage.ntriples import to_ntriples

    store = Store.memory(reference=False)
    doc, ident, g = doc_graph(1, "2025-01-01", capacity="445.0", date="2025-04")
    p = EPID["project/bilasuvar-solar"]
    for text in ('a "quoted" back\\slash', "two\nlines\tand a tab", "a line\u2028separator", "Bakı"):
        g.add((p, EPKG.evidence, Literal(text)))
    g.add((AZE, SKOS.altLabel, Literal("Azərbaycan", lang="az")))
    g.add((AZE, EPKG.motto, Literal("plain", datatype=XSD.string)))
    g.add((AZE, EPKG.population, Literal("010", datatype=XSD.integer)))  # the store writes "10"
    text = to_ntriples(g)
    store.add_document(doc, ident, text)

    def read(t):
        source = consolidate._read_source(store, str(doc), t)
        return [c for c, _ in source.claims], [props for _, props in source.claims], source.entities, source.own
    assert read(text) == read(None)
    assert read(text)[0] and read(text)[2]
    g.add((AZE, EPKG.note, BNode()))  # a blank node is named anew by the store: read back instead
    store.add_document(doc, ident, to_ntriples(g))
    assert read(to_ntriples(g))[2] == read(None)[2]


def test_a_document_replaced_or_removed_in_the_run_that_added_it_is_not_read_from_its_text():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        first = doc_graph(1, "2025-01-01", capacity="445", identifier="same.txt")
        consolidate.add_document(store, changes, *first)
        assert str(first[0]) in changes.texts
        consolidate.add_document(store, changes, *doc_graph(2, "2025-01-02", date="2025", identifier="same.txt"))
        assert str(first[0]) not in changes.texts  # replaced: its graph is gone
        third = doc_graph(3, "2025-01-03", capacity="500")
        consolidate.add_document(store, changes, *third)
        consolidate.remove_document(store, changes, "doc-3")
        assert str(third[0]) not in changes.texts
    kept = consolidated(store)
    assert not facts(store, EPKG.EnergyProject)
    consolidate.rebuild(store)
    assert kept == consolidated(store)


def test_network_counts_facts_not_reports(nlp):
    from epkg.graph.network import project

    store = Store.memory()
    ingest_texts(store, [
        ("wire", "2025-04-24", "Azerbaijan and China signed a memorandum of understanding in Baku on April 23, 2025."),
        ("weekly", "2025-05-02", "In April 2025, Azerbaijan and China signed a memorandum of understanding."),
    ])
    G = project(store, layers=["agreement"])
    edge = G.edges[str(AZE), str(CHN)]
    assert edge["weight_agreement"] == 1  # one signing, reported twice
    assert G.nodes[str(AZE)]["label"] == "Azerbaijan"


def test_show_lists_a_statement_once_with_its_documents():
    from epkg.graph.lookup import show

    store = Store.memory()
    with consolidate.maintained(store) as changes:
        for n in (1, 2, 3):
            doc, ident, g = doc_graph(n, f"2025-01-0{n}", date="2025")
            g.add((AZE, EPKG.wikidata, Literal("Q227")))
            consolidate.add_document(store, changes, doc, ident, g)
    wikidata = [s for s in show(store, AZE)["statements"] if s["property"] == "epkg:wikidata"]
    assert wikidata == [{"property": "epkg:wikidata", "value": "Q227", "documents": 3, "reference": True}]


def test_lookups_list_one_row_a_fact(nlp):
    from epkg.graph.lookup import agreements, partners

    store = Store.memory()
    ingest_texts(store, [
        ("wire", "2025-04-24", "Azerbaijan and China signed a memorandum of understanding in Baku on April 23, 2025."),
        ("weekly", "2025-05-02", "In April 2025, Azerbaijan and China signed a memorandum of understanding."),
    ])
    (row,) = agreements(store)
    assert (row["date"], row["documents"]) == ("2025-04-23", 2)
    china = next(r for r in partners(store, AZE) if r["partner"] == str(CHN))
    assert china["documents"] == 2 and china["first"] == "2025-04-23"


def test_sources_of_an_entity_are_the_reports_not_the_facts(nlp):
    from epkg.graph.lookup import sources

    store = Store.memory()
    ingest_texts(store, [
        ("wire", "2025-04-24", "Azerbaijan and China signed a memorandum of understanding in Baku on April 23, 2025."),
        ("weekly", "2025-05-02", "In April 2025, Azerbaijan and China signed a memorandum of understanding."),
    ])
    rows = [r for r in sources(store, CHN) if r["kind"] == "MemorandumOfUnderstanding"]
    assert len(rows) == 2 and len({r["document"] for r in rows}) == 2  # one a document, as before


def test_validate_checks_the_consolidated_graph():
    store = Store.memory()
    with consolidate.maintained(store) as changes:
        consolidate.add_document(store, changes, *doc_graph(1, "2025-01-01", date="2025"))
    fact = EPID["agreement/declaration-aze-chn"]
    # two dates and no conflict marker: not what the consolidation writes
    store.patch_graph(GRAPH_CONSOLIDATED, [], [(fact, EPKG.signedOn, Literal("2024", datatype=XSD.gYear))])
    found = [str(v) for v in validate_store(store)]
    assert found == ["agreement:declaration-aze-chn  -: an agreement has at most one epkg:signedOn date "
                     "(unless marked epkg:conflictOn epkg:signedOn) (value agreement:declaration-aze-chn)"
                     "  [document consolidated graph]"]


# ------------------------------------------------------------------ stores written before the consolidated graph

def old_store(path) -> Store:
    """A store whose documents were written without the consolidation (as before it existed)."""
    store = Store.open(path)
    for n, date in ((1, "2025"), (2, "2025-04")):
        doc, ident, g = doc_graph(n, f"2025-0{n}-01", capacity="445", date=date)
        store.add_document(doc, ident, g)
    return store


def test_epkg_consolidate_builds_the_graph_of_an_old_store(tmp_path):
    from cli_helpers import run

    old_store(tmp_path / "s").close()
    result = run(tmp_path / "s", "consolidate")
    assert result.exit_code == 0, result.output
    store = Store.open(tmp_path / "s", read_only=True)
    try:
        (declaration,) = facts(store, EPKG.Declaration).values()
        assert declaration[EPKG.signedOn] == ["2025-04"] and declaration[EPKG.documentCount] == ["2"]
        assert consolidated(store) == set(consolidate.compute(store))
        assert f"rebuilt: {len(consolidated(store))} statements" in result.output
    finally:
        store.close()


def test_the_first_change_to_an_old_store_consolidates_all_of_it(tmp_path):
    store = old_store(tmp_path / "s")
    assert not consolidate.present(store)
    with consolidate.maintained(store) as changes:  # one more report of the same declaration
        consolidate.add_document(store, changes, *doc_graph(3, "2025-03-01", date="2025-04-23"))
    (declaration,) = facts(store, EPKG.Declaration).values()
    # the two documents stored before count too, not only the one just added
    assert declaration[EPKG.documentCount] == ["3"] and declaration[EPKG.signedOn] == ["2025-04-23"]
    assert consolidated(store) == set(consolidate.compute(store))
    store.close()



def test_an_entity_index_written_before_summaries_is_consolidated_again_once():
    """A store whose entity index lists each entity's documents (no summary) is rebuilt by its next
    refresh; the one after is incremental again."""
    import json
    from unittest import mock

    store = Store.memory(reference=False)
    for n in (1, 2):
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(n, f"2025-0{n}-01", date="2025-04"))
    meta = EPID["graph/meta"]
    old = [(s, o) for s, p, o, _ in store.quads([meta]) if p == EPKG.entityIndex]
    assert old
    # the earlier form of an entry: statement counts and the list of documents, no summary
    store.patch_graph(meta, [(s, EPKG.entityIndex, o) for s, o in old],
                      [(s, EPKG.entityIndex, Literal(json.dumps({"s": json.loads(str(o))["s"], "d": []})))
                       for s, o in old])
    with mock.patch.object(consolidate, "_rebuilt", wraps=consolidate._rebuilt) as rebuilt:
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(3, "2025-03-01", date="2025-04-23"))
        assert rebuilt.call_count == 1
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(4, "2025-03-02", date="2025-04-23"))
        assert rebuilt.call_count == 1
    (declaration,) = facts(store, EPKG.Declaration).values()
    assert declaration[EPKG.documentCount] == ["4"]
    assert consolidated(store) == set(consolidate.compute(store))


def test_a_refresh_leaves_the_facts_it_reclusters_unchanged_as_they_are():
    """Two signings a fortnight apart are two facts; a report dated only by its year matches both and
    joins one: the other is reclustered with it but described and written again by no one."""
    from unittest import mock

    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n, day in ((1, "2025-04-23"), (2, "2025-04-10")):
            consolidate.add_document(store, changes, *doc_graph(n, f"2025-05-0{n}", date=day))
    before = facts(store, EPKG.Declaration)
    assert len(before) == 2
    with mock.patch.object(consolidate, "describe_fact", wraps=consolidate.describe_fact) as described_now:
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(3, "2025-05-03", date="2025"))
    (joined,) = [node for node, d in facts(store, EPKG.Declaration).items() if d[EPKG.documentCount] == ["2"]]
    assert [call.args[0] for call in described_now.call_args_list] == [joined]
    alone = [node for node in before if node != joined]
    assert facts(store, EPKG.Declaration)[alone[0]] == before[alone[0]]
    assert consolidated(store) == set(consolidate.compute(store))


def test_facts_sharing_an_iri_keep_their_names_when_another_appears():
    """Facts whose richest reports share a node IRI are named by their own first reports: the one
    whose report sorts first keeps the IRI, the others get a digest of theirs, so a new fact renames
    at most the one that held the plain IRI."""
    def named(docs):
        ev = dict(kind="event", cls="Summit", node="e")
        return {str(iri): tuple(c.doc for c in fact)
                for iri, fact in consolidate._grouped([Claim(doc=d, date=f"2024-11-1{d[1]}", **ev) for d in docs])}

    digest = {d: "e-" + hashlib.sha1(f"{d} e".encode()).hexdigest()[:8] for d in ("d1", "d2", "d3")}
    assert named(["d1", "d3"]) == {"e": ("d1",), digest["d3"]: ("d3",)}
    assert named(["d1", "d2", "d3"]) == {"e": ("d1",), digest["d2"]: ("d2",), digest["d3"]: ("d3",)}
    assert named(["d0", "d1", "d2", "d3"]) == {"e": ("d0",), digest["d1"]: ("d1",), digest["d2"]: ("d2",),
                                               digest["d3"]: ("d3",)}


def test_a_new_fact_sharing_an_iri_leaves_the_others_as_they_are():
    """Signings on different days are facts under one node IRI. A new one whose document sorts after
    the plain IRI's holder describes and writes only itself; one whose document sorts first takes the
    plain IRI, and the fact that held it is the only one renamed."""
    from unittest import mock

    def signing(n):
        return doc_graph(n, f"2025-05-0{n}", date=f"2025-04-1{n}")

    def added(n):
        with mock.patch.object(consolidate, "describe_fact", wraps=consolidate.describe_fact) as described_now:
            with consolidate.maintained(store) as changes:
                consolidate.add_document(store, changes, *signing(n))
        return sorted(str(call.args[0]) for call in described_now.call_args_list)

    def name(n):
        return next(str(node) for node, d in facts(store, EPKG.Declaration).items()
                    if d[PROV.wasDerivedFrom] == [str(signing(n)[0])])

    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n in (2, 3, 4):
            consolidate.add_document(store, changes, *signing(n))
    plain = str(EPID["agreement/declaration-aze-chn"])
    # the documents' IRIs: doc/0510… (1) < doc/3526… (2) < doc/5b35… (3) < doc/ac3f… (5) < doc/aff1… (4)
    assert [name(n) for n in (2, 3, 4)] == [plain, f"{plain}-1a0b36d6", f"{plain}-a84d1415"]
    before = facts(store, EPKG.Declaration)
    assert added(5) == [f"{plain}-278924c4"]
    assert added(1) == [plain, f"{plain}-7fdf8228"]
    assert [name(n) for n in (1, 2, 3, 4, 5)] == [plain, f"{plain}-7fdf8228", f"{plain}-1a0b36d6",
                                                  f"{plain}-a84d1415", f"{plain}-278924c4"]
    after = facts(store, EPKG.Declaration)
    assert all(after[node] == before[node] for node in before if str(node) != plain)
    assert consolidated(store) == set(consolidate.compute(store))


def test_a_store_whose_facts_were_numbered_is_consolidated_again_once():
    """A store written when facts sharing an IRI were numbered by rank (``-fact2``) has no mark: its
    next refresh consolidates it from scratch, names them by their first reports and marks it; the
    refresh after that is incremental."""
    from unittest import mock

    from rdflib import URIRef

    def numbered(claims):  # how facts sharing an IRI were named before
        out, used = [], set()
        for fact in cluster(claims):
            base, n = fact[0].node, 1
            iri = URIRef(base)
            while iri in used:
                n += 1
                iri = URIRef(f"{base}-fact{n}")
            used.add(iri)
            out.append((iri, fact))
        return out

    store = Store.memory(reference=False)
    meta = EPID["graph/meta"]
    with mock.patch.object(consolidate, "_grouped", numbered):
        with consolidate.maintained(store) as changes:
            for n in (1, 2, 3):
                consolidate.add_document(store, changes, *doc_graph(n, f"2025-05-0{n}", date=f"2025-04-1{n}"))
    mark = (GRAPH_CONSOLIDATED, EPKG.factsNamedByFirstReport, Literal(True))
    store.patch_graph(meta, [mark], [])  # as a store written before the mark
    assert {str(node)[-6:] for node in facts(store, EPKG.Declaration)} >= {"-fact2", "-fact3"}
    with mock.patch.object(consolidate, "_rebuilt", wraps=consolidate._rebuilt) as rebuilt:
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(4, "2025-05-04", date="2025-04-14"))
        assert rebuilt.call_count == 1
        assert mark in {(s, p, o) for s, p, o, _ in store.quads([meta])}
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(5, "2025-05-05", date="2025-04-15"))
        assert rebuilt.call_count == 1
    names = sorted(str(node) for node in facts(store, EPKG.Declaration))
    assert len(names) == 5 and not any("-fact" in name for name in names)
    assert consolidated(store) == set(consolidate.compute(store))


def test_a_new_store_is_marked_as_naming_facts_by_their_first_reports():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        consolidate.add_document(store, changes, *doc_graph(1, "2025-05-01", date="2025-04-11"))
    mark = (GRAPH_CONSOLIDATED, EPKG.factsNamedByFirstReport, Literal(True))
    assert mark in {(s, p, o) for s, p, o, _ in store.quads([EPID["graph/meta"]])}


def test_a_fact_that_only_gains_reports_is_described_from_its_stored_description():
    """A membership reported again is described from what the consolidated graph says of it and the new
    report, without reading its other reports or which facts they belong to; a report that gives it a
    name (counted across reports) has it described from all of them. Either way as a rebuild describes it."""
    from unittest import mock

    def reported(n, role="member", label=False):
        doc, ident, g = doc_graph(n, f"2025-0{n}-01")
        membership(g, doc, f"report {n}", role=role, label=label)
        with mock.patch.object(consolidate, "_node_props", wraps=consolidate._node_props) as read, \
                mock.patch.object(consolidate, "describe_fact", wraps=consolidate.describe_fact) as described_now, \
                mock.patch.object(store, "graph_lines", wraps=store.graph_lines) as lines, \
                mock.patch.object(consolidate, "_stored_facts_of", wraps=consolidate._stored_facts_of) as facts_of:
            with consolidate.maintained(store) as changes:
                consolidate.add_document(store, changes, doc, ident, g)
        # which stored facts hold its reports is not read back: clustering its key's old reports says
        assert not any(m in call.args[1] for call in facts_of.call_args_list)
        # its stored description (a membership's: one statement a report and a document) is read once
        assert sum(m in map(str, call.args[1]) for call in lines.call_args_list
                   if call.args[0] == GRAPH_CONSOLIDATED and len(call.args) > 1) <= 1
        nodes = sorted(n for call in read.call_args_list for found in call.args[1].values() for n in found)
        return nodes, sorted(str(call.args[0]) for call in described_now.call_args_list)

    store = Store.memory(reference=False)
    m = str(EPID["membership/aze-shanghai-cooperation-organization-member"])
    for n in (1, 2, 3):
        reported(n)
    read, described_now = reported(4, role="observer")
    assert read == [] and m not in described_now
    (fact,) = facts(store, ORG.Membership).values()
    assert fact[ORG.role] == ["member", "observer"] and fact[EPKG.conflictOn] == [str(ORG.role)]
    assert fact[EPKG.documentCount] == ["4"] and len(fact[EPKG.evidence]) == 4
    assert consolidated(store) == set(consolidate.compute(store))
    read, described_now = reported(5, label=True)  # a name: the other reports are read after all
    assert read == [m] * 4 and m in described_now
    assert facts(store, ORG.Membership)[URIRef(m)][RDFS.label] == ["Azerbaijan's SCO membership"]
    assert consolidated(store) == set(consolidate.compute(store))


def test_a_fact_that_only_grows_is_read_without_its_documents_sentences_and_nodes():
    """A membership reported again is read back without the statements that only gain (its documents,
    sentences and nodes: one or more a report); its documents are those of the reports it had. What the
    new report adds is looked up: a syndicated copy repeating a sentence the fact has, under the node IRI
    it has, adds its document only, and the refresh counts just the statements that changed."""
    from unittest import mock

    from epkg.graph import summaries

    def lines(store):
        return {line for line in store.graph_lines(GRAPH_CONSOLIDATED)
                if not summaries.is_summary(line.split(" ", 1)[0][1:-1])}

    def reported(n, said):
        doc, ident, g = doc_graph(n, f"2025-0{n}-01")
        membership(g, doc, said)
        then = lines(store)
        changes = consolidate.Changes()
        consolidate.add_document(store, changes, doc, ident, g)
        with mock.patch.object(store, "graph_lines", wraps=store.graph_lines) as whole, \
                mock.patch.object(store, "graph_lines_without", wraps=store.graph_lines_without) as without:
            changed = consolidate.refresh(store, changes)
        read_whole = [x for call in whole.call_args_list if call.args[0] == GRAPH_CONSOLIDATED and len(call.args) > 1
                      for x in map(str, call.args[1])]
        read_without = [(x, call.args[2]) for call in without.call_args_list for x in map(str, call.args[1])]
        assert changed == len(then ^ lines(store))
        return read_whole, read_without

    store = Store.memory(reference=False)
    m = str(EPID["membership/aze-shanghai-cooperation-organization-member"])
    for n in (1, 2, 3):
        reported(n, f"report {n}")
    whole, without = reported(4, "report 1")  # the first report's sentence again
    assert m not in whole and without == [(m, consolidate._ONLY_GAINED)]
    (fact,) = facts(store, ORG.Membership).values()
    assert fact[EPKG.documentCount] == ["4"] and len(fact[EPKG.evidence]) == 3 and len(fact[PROV.wasDerivedFrom]) == 4
    assert consolidated(store) == set(consolidate.compute(store))
    whole, without = reported(5, "report 5")  # a sentence it did not have
    assert m not in whole and [x for x, _ in without] == [m]
    (fact,) = facts(store, ORG.Membership).values()
    assert fact[EPKG.documentCount] == ["5"] and len(fact[EPKG.evidence]) == 4
    assert consolidated(store) == set(consolidate.compute(store))


def test_a_claim_index_holding_sentence_keys_is_read_and_written_again_once():
    """A claim index written before sentences were digested (each evidence sentence's key in full)
    is read as digests: the next refresh matches new reports with the old ones as a rebuild does and
    writes the old entries again in the digested form, without consolidating from scratch."""
    import json
    from unittest import mock

    from epkg.graph.identity import sentence_key

    store = Store.memory(reference=False)
    for n in (1, 2):
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(n, f"2025-0{n}-01", capacity="445"))
    meta = EPID["graph/meta"]
    keys = {consolidate._sentence_digest(sentence_key(str(o))): sentence_key(str(o))
            for _, p, o, _ in store.quads() if p == EPKG.evidence}
    old = [(s, o) for s, p, o, _ in store.quads([meta]) if p == EPKG.claimIndex]
    assert old and keys

    def spelled_out(text):
        rows = json.loads(text)
        for row in rows:
            assert all(x in keys for x in row[-1])
            row[-1] = sorted(keys[x] for x in row[-1])
        return json.dumps(rows, separators=(",", ":"), ensure_ascii=False)

    store.patch_graph(meta, [(s, EPKG.claimIndex, o) for s, o in old],
                      [(s, EPKG.claimIndex, Literal(spelled_out(str(o)))) for s, o in old])
    with mock.patch.object(consolidate, "_rebuilt", wraps=consolidate._rebuilt) as rebuilt:
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(3, "2025-03-01", capacity="445"))
        assert rebuilt.call_count == 0
    (project,) = facts(store, EPKG.EnergyProject).values()
    assert project[EPKG.documentCount] == ["3"]
    index = {(s, o) for s, p, o, _ in store.quads([meta]) if p in META_KEPT}
    assert all('"#' in str(o) for s, o in index if str(s).startswith(str(EPID["doc/"])))
    assert consolidated(store) == set(consolidate.compute(store))
    consolidate.rebuild(store)
    assert index == {(s, o) for s, p, o, _ in store.quads([meta]) if p in META_KEPT}


def test_a_store_without_its_near_identical_texts_kept_writes_them_once():
    """A store written before near-identical texts were kept in the meta graph compares every text
    at its next refresh and writes them all (bands, pairs, the mark); the refresh after that compares
    only the new text, with the documents sharing a band, and still counts copies as one source."""
    from unittest import mock

    text_signature = consolidate.text_signature
    store = Store.memory(reference=False)
    for n in (1, 2):  # near-identical texts
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(n, f"2025-0{n}-01", date="2025-04"),
                                     signature=text_signature(TEXTS[n - 1]))
    meta = EPID["graph/meta"]
    kept = (EPKG.nearText, EPKG.textBand, EPKG.nearTextsKept)
    written = [(s, p, o) for s, p, o, _ in store.quads([meta]) if p in kept]
    assert {p for _, p, _ in written} == set(kept)
    store.patch_graph(meta, written, [])  # as a store written before them
    with mock.patch.object(consolidate, "_near_duplicates", wraps=consolidate._near_duplicates) as compared:
        with consolidate.maintained(store) as changes:
            consolidate.add_document(store, changes, *doc_graph(3, "2025-03-01", date="2025-04-23"),
                                     signature=text_signature(TEXTS[2]))
        assert compared.call_count == 1
        assert {(s, p, o) for s, p, o, _ in store.quads([meta]) if p in kept} >= set(written)
        with consolidate.maintained(store) as changes:  # a third copy of the first text
            consolidate.add_document(store, changes, *doc_graph(4, "2025-03-02", date="2025-04-23"),
                                     signature=text_signature(TEXTS[0]))
        assert compared.call_count == 1
    (declaration,) = facts(store, EPKG.Declaration).values()
    assert (declaration[EPKG.documentCount], declaration[EPKG.sourceCount]) == (["4"], ["2"])
    index = {(s, p, o) for s, p, o, _ in store.quads([meta]) if p in META_KEPT}
    assert consolidated(store) == set(consolidate.compute(store))
    consolidate.rebuild(store)
    assert index == {(s, p, o) for s, p, o, _ in store.quads([meta]) if p in META_KEPT}


# ------------------------------------------------------------------ name variants of one company or person

def described(store) -> set:
    return {s for s, p, o in consolidated(store) if p == EPKG.documentCount}


def test_a_company_named_in_full_and_by_its_short_name_is_one_actor():
    # report 1: "China Datang Overseas Investment Co. Ltd. and SOCAR signed … Datang will build the plant."
    # report 2: "China Datang Overseas Investment Co. Ltd. is building the Bilasuvar solar plant."
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        doc, ident, g = doc_graph(1, "2025-04-24", capacity="445")
        actor(g, doc, DATANG_FULL, EPKG.Company, "China Datang Overseas Investment Co. Ltd.")
        actor(g, doc, DATANG, EPKG.Company, "Datang")
        g.add((EPID["project/bilasuvar-solar"], EPKG.participant, DATANG))
        consolidate.add_document(store, changes, doc, ident, g)
        doc, ident, g = doc_graph(2, "2025-05-02", capacity="445")
        actor(g, doc, DATANG_FULL, EPKG.Company, "China Datang Overseas Investment Co. Ltd.")
        g.add((EPID["project/bilasuvar-solar"], EPKG.participant, DATANG_FULL))
        consolidate.add_document(store, changes, doc, ident, g)
    company = facts(store, EPKG.Company)
    assert list(company) == [DATANG_FULL]  # the short name has no description of its own
    assert company[DATANG_FULL][RDFS.label] == ["China Datang Overseas Investment Co. Ltd."]
    assert company[DATANG_FULL][SKOS.altLabel] == ["Datang"]
    assert company[DATANG_FULL][EPKG.documentCount] == ["2"]
    (project,) = facts(store, EPKG.EnergyProject).values()
    assert project[EPKG.participant] == [str(DATANG_FULL)]  # both reports' builder is one actor
    assert consolidated(store) == set(consolidate.compute(store))


def test_two_companies_sharing_words_stay_two():
    # "China Energy and China Energy Engineering signed an agreement with SOCAR."
    store = Store.memory(reference=False)
    energy, engineering = EPID["organization/china-energy"], EPID["organization/china-energy-engineering"]
    with consolidate.maintained(store) as changes:
        doc, ident, g = doc_graph(1, "2025-04-24", capacity="445")
        actor(g, doc, energy, EPKG.Company, "China Energy")
        actor(g, doc, engineering, EPKG.Company, "China Energy Engineering")
        consolidate.add_document(store, changes, doc, ident, g)
    assert {energy, engineering} <= described(store)
    assert SKOS.altLabel not in facts(store, EPKG.Company)[engineering]


def test_a_surname_is_the_person_named_in_full_in_the_same_document():
    # report 1: "President Ilham Aliyev received the delegation. Aliyev said …"
    # report 2: "Aliyev said the corridor would open in 2026." (no full name: whose surname is it?)
    store = Store.memory(reference=False)
    ilham, surname = EPID["person/ilham-aliyev"], EPID["person/aliyev"]
    with consolidate.maintained(store) as changes:
        doc, ident, g = doc_graph(1, "2025-04-24", date="2025")
        actor(g, doc, ilham, EPKG.Person, "Ilham Aliyev")
        actor(g, doc, surname, EPKG.Person, "Aliyev")
        consolidate.add_document(store, changes, doc, ident, g)
        doc, ident, g = doc_graph(2, "2025-05-02", date="2025")
        actor(g, doc, surname, EPKG.Person, "Aliyev")
        consolidate.add_document(store, changes, doc, ident, g)
    people = facts(store, EPKG.Person)
    assert people[ilham][SKOS.altLabel] == ["Aliyev"] and people[ilham][EPKG.documentCount] == ["1"]
    assert people[surname][EPKG.documentCount] == ["1"]  # the second report's Aliyev stays apart


def test_a_surname_shared_by_two_people_of_the_document_stays_apart():
    # "Ilham Aliyev recalled Heydar Aliyev's 1994 contract. Aliyev said …": which Aliyev?
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        doc, ident, g = doc_graph(1, "2025-04-24", date="2025")
        actor(g, doc, EPID["person/ilham-aliyev"], EPKG.Person, "Ilham Aliyev")
        actor(g, doc, EPID["person/heydar-aliyev"], EPKG.Person, "Heydar Aliyev")
        actor(g, doc, EPID["person/aliyev"], EPKG.Person, "Aliyev")
        consolidate.add_document(store, changes, doc, ident, g)
    assert {EPID["person/ilham-aliyev"], EPID["person/heydar-aliyev"], EPID["person/aliyev"]} <= described(store)


def test_the_national_companies_of_two_states_stay_two():
    # "The Gambia National Petroleum Corporation signed with the Nigerian National Petroleum Company Limited."
    store = Store.memory(reference=False)
    gnpc = EPID["organization/gambia-national-petroleum-corporation"]
    nnpc = EPID["organization/nigerian-national-petroleum-company-limited"]
    with consolidate.maintained(store) as changes:
        doc, ident, g = doc_graph(1, "2025-04-24", capacity="445")
        actor(g, doc, gnpc, EPKG.Company, "Gambia National Petroleum Corporation")
        actor(g, doc, nnpc, EPKG.Company, "Nigerian National Petroleum Company Limited")
        consolidate.add_document(store, changes, doc, ident, g)
    assert {gnpc, nnpc} <= described(store)


# a project's technologies: one, none (matched with any), two, another
TECHNOLOGIES = (frozenset({"wind"}), frozenset(), frozenset({"solar", "wind"}), frozenset({"solar"}))
DATES = st.sampled_from([None, "2024", "2025", "2025-04", "2025-05", "2025-04-23", "2025-04-24", "2025-4"])


def _cluster_comparing_all(claims):
    """:func:`~epkg.graph.identity.cluster` as it was first written: a claim is tried against every fact
    sharing one of its anchors, in the order they were started."""
    from epkg.graph.identity import anchors, joins_fact

    ordered = sorted(claims, key=lambda c: (tuple(-x for x in c.specificity()), c.doc, c.node))
    facts, docs, by_anchor = [], [], {}
    for c in ordered:
        keys = anchors(c)
        for i in sorted({i for k in keys for i in by_anchor.get(k, ())}):
            if joins_fact(c, facts[i], docs[i]):
                facts[i].append(c)
                docs[i].add(c.doc)
                break
        else:
            i = len(facts)
            facts.append([c])
            docs.append({c.doc})
        for k in keys:
            by_anchor.setdefault(k, set()).add(i)
    return facts


@settings(max_examples=int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "25")) * 8, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["agreement", "event", "project", "partnership", "membership",
                                           "cooperation"]),
                          st.sampled_from([None, "", "2024", "2025", "2025-04", "2025-05", "2025-04-23",
                                           "2025-04-24", "2025-4", "20", "Q2 2025"]),
                          st.sampled_from([frozenset(), frozenset({"AZE"}), frozenset({"CHN"}),
                                           frozenset({"AZE", "CHN"}), frozenset({"AZE", "KAZ"}),
                                           frozenset({"AZE", "CHN", "KAZ"}), frozenset({"CHN", "KAZ", "UZB"})]),
                          st.sampled_from([None, "Green Hydrogen MoU", "MoU on wind", "Baku Energy Week"]),
                          st.sampled_from([None, "strategic"]), st.booleans(),
                          st.sampled_from(["", "Event"]), st.integers(0, 4)), min_size=1, max_size=16))
def test_clustering_filed_by_what_a_match_shares_gives_the_facts_comparing_all_gives(rows):
    """Facts filed under each anchor by their first claim's year (agreements, events), key (memberships,
    cooperations) or level and pairs of actors (partnerships): each claim joins the fact it joins when
    tried against every fact sharing an anchor."""
    classes = {"agreement": "Treaty", "event": "Summit", "project": "SolarPlant"}
    claims = [Claim(kind=kind, cls=generic or classes.get(kind, kind.title()) if kind == "event"
                    else classes.get(kind, kind.title()), doc=f"d{doc}", node=f"n{i}", date=date,
                    actors=actors, hosts=actors, label=label, technologies=TECHNOLOGIES[i % 4], level=level,
                    sentences=frozenset({"they signed it"}) if said else frozenset())
              for i, (kind, date, actors, label, level, said, generic, doc) in enumerate(rows)]
    assert cluster(claims) == _cluster_comparing_all(claims)


def test_a_membership_report_joins_the_first_fact_of_its_key_lacking_its_document_without_the_anchor_search():
    """A member state's key has hundreds of reports: each is filed by its key, not searched for under its
    anchors (every fact of the key shares them all)."""
    from unittest import mock

    from epkg.graph import identity

    member = dict(kind="membership", cls="Membership", actors=frozenset({"AZE", "OIC"}))
    claims = [Claim(doc=f"d{i % 3}", node=f"m{i}", **member) for i in range(7)]
    claims.append(Claim(kind="membership", cls="Membership", doc="d9", node="x", actors=frozenset({"KAZ", "OIC"})))
    with mock.patch.object(identity, "anchors", side_effect=AssertionError("an anchor search")):
        facts = cluster(claims)
    assert sorted(sorted(c.node for c in f) for f in facts) == [["m0", "m1", "m2"], ["m3", "m4", "m5"], ["m6"], ["x"]]
    assert facts == _cluster_comparing_all(claims)


@settings(max_examples=int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "25")), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["agreement", "event", "project", "partnership", "membership",
                                           "cooperation"]), DATES,
                          st.sampled_from([frozenset({"AZE"}), frozenset({"AZE", "CHN"}),
                                           frozenset({"AZE", "CHN", "KAZ"})]),
                          st.sampled_from([None, "Green Hydrogen MoU", "MoU on wind"]),
                          st.sampled_from([None, "strategic"]), st.booleans()), min_size=1, max_size=12),
       st.data())
def test_the_reports_a_change_touches_are_found_by_date_as_by_comparing_all(rows, data):
    """Reports filed under each anchor by date (agreements, events) or by actors and level: the same
    reports are taken as when a changed one is compared with every report sharing an anchor (an
    unusual date form is compared with all)."""
    from epkg.graph.identity import anchors, same_fact

    classes = {"agreement": "Treaty", "event": "Summit", "project": "SolarPlant"}
    claims = [Claim(kind=kind, cls=classes.get(kind, kind.title()), doc=f"d{i}", node=f"n{i % 3}", date=date,
                    actors=actors, hosts=actors, label=label, technologies=TECHNOLOGIES[i % 4], level=level,
                    sentences=frozenset({"they signed it"}) if said else frozenset())
              for i, (kind, date, actors, label, level, said) in enumerate(rows)]
    changed = data.draw(st.lists(st.sampled_from(claims), min_size=1, unique=True))
    taken, queue = set(changed), list(changed)
    while queue:  # every report linked by a shared node, or by a match on a shared anchor
        c = queue.pop()
        for other in claims:
            linked = other.node == c.node or (anchors(c) & anchors(other) and same_fact(c, other))
            if linked and other not in taken:
                taken.add(other)
                queue.append(other)
    assert set(consolidate._affected(claims, changed, [])) == taken


@settings(max_examples=int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "25")) * 8, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["agreement", "event", "project", "partnership"]), DATES,
                          st.sampled_from([frozenset(), frozenset({"AZE"}), frozenset({"AZE", "CHN"}),
                                           frozenset({"AZE", "CHN", "KAZ"})]),
                          st.sampled_from([None, "Green Hydrogen MoU", "MoU on wind", "TAP", "Trans Adriatic Pipeline"]),
                          st.sampled_from([None, "strategic"]), st.sampled_from([None, "Baku", "Astana"]),
                          st.sets(st.sampled_from(["#1", "#2"])), st.sampled_from(["", "Event"])),
                min_size=2, max_size=10))
def test_reports_matched_by_comparing_share_an_anchor_the_refresh_files_them_under(rows):
    """The refresh files a report of an agreement, event, partnership or project without its sentences when
    it has actors (a project: hosts): two reports that match and share an anchor still share one of those."""
    classes = {"agreement": "Treaty", "event": "Summit", "project": "SolarPlant"}
    claims = [Claim(kind=kind, cls=generic or classes[kind] if kind == "event" else classes.get(kind, kind.title()),
                    doc=f"d{i}", node=f"n{i}", date=date, actors=actors, hosts=actors if i % 2 else frozenset(),
                    label=label, technologies=TECHNOLOGIES[i % 4], level=level, place=place, sentences=frozenset(said))
              for i, (kind, date, actors, label, level, place, said, generic) in enumerate(rows)]
    for a in claims:
        for b in claims:
            if anchors(a) & anchors(b) and same_fact(a, b):
                assert consolidate._compared_on(a) & consolidate._compared_on(b), (a, b)


def test_the_terms_a_refresh_makes_of_statements_are_kept_for_that_refresh_only():
    """A refresh parses each statement of the documents' relation nodes once (:func:`consolidate._statement_terms`),
    and keeps none of them after it: the next refresh, or another store's, starts afresh."""
    from unittest import mock

    store = Store.memory(reference=False)
    parsed = []
    real = consolidate._statement_terms

    def counted(keys):
        keys = list(keys)
        parsed.append([k for k in keys if k not in consolidate._TERMS])
        return real(keys)

    with mock.patch.object(consolidate, "_statement_terms", counted):
        with consolidate.maintained(store) as changes:
            for n in (1, 2):
                doc, ident, g = doc_graph(n, f"2025-0{n}-01", date="2025-04-11")
                consolidate.add_document(store, changes, doc, ident, g)
    new = [k for found in parsed for k in found]
    assert new and len(new) == len(set(new))  # the second document's statements shared with the first: not again
    assert consolidate._TERMS == {}
    assert consolidated(store) == set(consolidate.compute(store))


def _facts_of(claims) -> dict:
    """Every kind's facts, as clustering all *claims* names them: IRI -> their reports."""
    return {str(iri): frozenset((c.doc, c.node) for c in fact)
            for kind in sorted({c.kind for c in claims})
            for iri, fact in consolidate._grouped([c for c in claims if c.kind == kind])}


REPORTS = st.tuples(st.sampled_from(["agreement", "event", "project", "partnership", "membership"]), DATES,
                    st.sampled_from([frozenset({"AZE"}), frozenset({"AZE", "CHN"}), frozenset({"AZE", "CHN", "KAZ"})]),
                    st.sampled_from([None, "Green Hydrogen MoU", "MoU on wind"]), st.sampled_from([None, "strategic"]),
                    st.booleans(), st.integers(0, 2), st.integers(0, 5), st.integers(0, 2))


@settings(max_examples=int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "25")) * 8, deadline=None)
@given(st.lists(REPORTS, min_size=1, max_size=16), st.lists(REPORTS, max_size=8), st.sets(st.integers(0, 5)))
def test_the_part_reclustered_gives_the_facts_clustering_all_reports_gives(old_rows, new_rows, replaced):
    """A refresh reclusters the changed reports with the stored facts they can move (:func:`_reclustered`); those
    facts, named, and the stored facts left outside are the facts clustering every report gives, named
    as it names them — for reports added, replaced and removed, of every kind, sharing node IRIs (three
    per kind), dates of every precision, names, actors and sentences."""
    from unittest import mock

    # an event of the generic class may be one of a named class; other classes keep facts apart
    classes = {"agreement": ("Treaty", "Treaty", "MemorandumOfUnderstanding"), "event": ("Summit", "Event", "Meeting"),
               "project": ("SolarPlant", "SolarPlant", "WindFarm")}

    def claim(row, doc):
        kind, date, actors, label, level, said, node, _, cls = row
        return Claim(kind=kind, cls=classes.get(kind, (kind.title(),) * 3)[cls], doc=doc, node=f"{kind}/n{node}",
                     date=date, actors=actors, hosts=actors, label=label, technologies=TECHNOLOGIES[(node + cls) % 4],
                     level=level,
                     sentences=frozenset({"they signed it"}) if said else frozenset())

    old = [claim(row, f"d{row[-2]}") for row in old_rows]
    # a document reports a node once: the first report of each (document, node) is kept
    old = list({(c.doc, c.node): c for c in reversed(old)}.values())
    changed_docs = {f"d{n}" for n in replaced} | {f"d{row[-2] + 3}" for row in new_rows}
    new = list({(c.doc, c.node): c for c in reversed([claim(row, f"d{row[-2] + 3}") for row in new_rows])}.values())
    new = [c for c in new if c.doc in changed_docs]
    stored = _facts_of(old)
    claims = [c for c in old if c.doc not in changed_docs] + new

    def stored_facts_of(store, nodes):
        return {f: ({n for _, n in keys}, {d for d, _ in keys}) for f, keys in stored.items()
                if any(n in nodes for _, n in keys)}

    with mock.patch.object(consolidate, "_stored_facts_of", stored_facts_of):
        found = consolidate._reclustered(None, claims, new, [c for c in old if c.doc in changed_docs], changed_docs)
    assert found is not None
    kept_outside = {f: keys for f, keys in stored.items() if URIRef(f) not in found.stored}
    recomputed = {str(iri): frozenset((c.doc, c.node) for c in fact) for iri, fact in found.grouped}
    assert not set(kept_outside) & set(recomputed)
    assert {**kept_outside, **recomputed} == _facts_of(claims)
    for iri in found.kept:
        assert stored[str(iri)] == recomputed[str(iri)]
    for iri, had in found.grown.items():  # a fact that only gained reports: the stored one, grown
        assert set(stored[str(iri)]) == set(had) and set(had) < recomputed[str(iri)]
