"""The consolidated graph's summaries (technology totals, partner pairs at a level): equal to the
aggregates over the facts, and kept so by every incremental refresh."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal
from rdflib.namespace import PROV, RDF, RDFS

from epkg.graph import consolidate, summaries
from epkg.graph.storage.terms import triple_line
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED, GRAPH_META

sys.path.insert(0, str(Path(__file__).parent))
from test_consolidate import AZE, CHN, KAZ, OPERATIONS, varied_graph  # noqa: E402

TECHNOLOGIES = (EPKG.technology_solar, EPKG.technology_wind)
LEVELS = (EPKG.level_strategic_partnership, EPKG.level_comprehensive_strategic_partnership)


def summarised_graph(n: int, cap: str, date: str, variant: int) -> tuple:
    """:func:`varied_graph` with what the summaries read: the project's technology, a partnership
    whose level and partners vary (Kazakhstan joins in some variants), and a named event."""
    doc, ident, g = varied_graph(n, cap, date, variant)
    project = EPID["project/bilasuvar-solar"]
    g.add((project, EPKG.technology, TECHNOLOGIES[variant % 2]))
    if variant % 3 == 1:
        g.add((project, EPKG.technology, TECHNOLOGIES[1]))
    p = EPID[f"partnership/aze-chn-{variant % 2}"]
    g.add((p, RDF.type, EPKG.Partnership))
    g.add((p, EPKG.level, LEVELS[n % 2]))
    for actor in (AZE, CHN) + ((KAZ,) if variant >= 3 else ()):
        g.add((p, EPKG.partner, actor))
    g.add((p, PROV.wasDerivedFrom, doc))
    g.add((p, EPKG.evidence, Literal(f"Azerbaijan and China agreed a partnership ({n}).")))
    e = EPID[f"event/energy-forum-{n % 3}"]
    g.add((e, RDF.type, EPKG.Event))
    g.add((e, RDF.type, EPKG.Forum))
    g.add((e, RDFS.label, Literal(["SCO Energy Forum", "Baku Energy Forum"][variant % 2])))
    g.add((e, EPKG.date, Literal(date)))
    g.add((e, PROV.wasDerivedFrom, doc))
    g.add((e, EPKG.evidence, Literal(f"The energy forum met ({n}).")))
    return doc, ident, g


def summary_lines(store) -> set:
    return {line for line in store.graph_lines(GRAPH_CONSOLIDATED)
            if line.startswith(f"<{EPID['summary/']}")}


def computed(store) -> set:
    return {triple_line(t) for t in summaries.all_summaries(store)}


@settings(max_examples=int(os.environ.get("EPKG_HYPOTHESIS_EXAMPLES", "20")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS, st.lists(st.integers(0, 5), min_size=8, max_size=8))
def test_refreshed_summaries_equal_the_aggregates_of_the_facts(operations, variants):
    store = Store.memory(reference=False)
    with mock.patch.object(consolidate, "_rebuilt", side_effect=AssertionError("rebuilt")):
        for i, (op, n, cap, date) in enumerate(operations):
            with consolidate.maintained(store) as changes:
                if op == "add":
                    doc, ident, g = summarised_graph(n, cap, date, variants[i])
                    consolidate.add_document(store, changes, doc, ident, g)
                else:
                    consolidate.remove_document(store, changes, f"doc-{n}")
            assert summary_lines(store) == computed(store)
    kept = {(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])}
    consolidate.rebuild(store)
    assert kept == {(s, p, o) for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED])}


def test_a_technology_summary_sums_each_project_once_and_goes_with_its_last_project():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n, cap in ((1, "445"), (2, "500")):  # two reports of one project that disagree on its capacity
            doc, ident, g = summarised_graph(n, cap, "2025", 0)
            consolidate.add_document(store, changes, doc, ident, g)
    node = summaries.technology_node(EPKG.technology_solar)
    rows = store.select(f"""SELECT ?n ?mw WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{
      <{node}> epkg:projectCount ?n ; epkg:totalCapacityMW ?mw }} }}""")
    assert [(int(r["n"]), float(r["mw"])) for r in rows] == [(1, 500.0)]
    for n in (1, 2):
        with consolidate.maintained(store) as changes:
            consolidate.remove_document(store, changes, f"doc-{n}")
    assert summary_lines(store) == set()


def test_a_refresh_updates_technology_totals_and_pairs_from_the_stored_summaries_without_querying_the_facts():
    """Adding reports: the stored count, total and levels plus what the changed facts give now, less what they
    gave (a query over every project of a technology costs seconds at 10,000 documents)."""
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n, cap in ((1, "445"), (2, "500")):
            doc, ident, g = summarised_graph(n, cap, "2025", 0)
            consolidate.add_document(store, changes, doc, ident, g)
    for n, cap, variant in ((3, "445.25", 0), (4, "2000", 1), (5, "500", 3)):
        with mock.patch.object(summaries, "technology_summaries", side_effect=AssertionError("queried")), \
                mock.patch.object(summaries, "pair_summaries", side_effect=AssertionError("queried")):
            with consolidate.maintained(store) as changes:
                doc, ident, g = summarised_graph(n, cap, "2025", variant)
                consolidate.add_document(store, changes, doc, ident, g)
        assert summary_lines(store) == computed(store)


def test_a_technology_total_is_queried_when_a_capacity_is_not_a_decimal():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        doc, ident, g = summarised_graph(1, "445", "2025", 0)
        consolidate.add_document(store, changes, doc, ident, g)
    with consolidate.maintained(store) as changes:
        doc, ident, g = summarised_graph(2, "500", "2025", 0)
        project = EPID["project/bilasuvar-solar"]
        g.remove((project, EPKG.capacityMW, None))
        g.add((project, EPKG.capacityMW, Literal(500.5)))  # a double, as an import might give it
        with mock.patch.object(summaries, "technology_summaries", wraps=summaries.technology_summaries) as query:
            consolidate.add_document(store, changes, doc, ident, g)
            consolidate.refresh(store, changes)
    assert query.called
    assert summary_lines(store) == computed(store)


def test_a_pair_summary_lists_each_level_linking_the_two():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n in (1, 2):  # doc-1 at comprehensive strategic level, doc-2 at strategic level
            doc, ident, g = summarised_graph(n, "445", "2025", 0)
            consolidate.add_document(store, changes, doc, ident, g)
    node = summaries.pair_node(CHN, AZE)
    rows = store.select(f"""SELECT ?a ?b ?level WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{
      <{node}> epkg:pairFirst ?a ; epkg:pairSecond ?b ; epkg:pairLevel ?level }} }}""")
    assert {(str(r["a"]), str(r["b"]), str(r["level"])) for r in rows} == {(str(AZE), str(CHN), str(c)) for c in LEVELS}


def test_an_event_name_summary_goes_when_no_event_bears_the_name():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n, variant in ((1, 0), (2, 1)):  # an "SCO Energy Forum" and a "Baku Energy Forum"
            doc, ident, g = summarised_graph(n, "445", "2025", variant)
            consolidate.add_document(store, changes, doc, ident, g)

    def names():
        return sorted(str(r["name"]) for r in store.select(
            f"SELECT ?name WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ ?s epkg:eventName ?name }} }}"))

    assert names() == ["Baku Energy Forum", "SCO Energy Forum"]
    with consolidate.maintained(store) as changes:
        consolidate.remove_document(store, changes, "doc-1")
    assert names() == ["Baku Energy Forum"]


def test_a_partnership_lists_the_sentence_of_each_document_reporting_it_and_forgets_a_removed_one():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n in (1, 3):  # both at the same level: one partnership, two reports
            doc, ident, g = summarised_graph(n, "445", "2025", 0)
            consolidate.add_document(store, changes, doc, ident, g)

    def lists():
        return [str(r["text"]).split("\n") for r in store.select(
            f"SELECT ?text WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ ?s epkg:sourceList ?text }} }}")]

    found = lists()
    assert len(found) == 1 and [line.rsplit(": ", 1)[1] for line in found[0]] == [
        "Azerbaijan and China agreed a partnership (1).", "Azerbaijan and China agreed a partnership (3)."]
    with consolidate.maintained(store) as changes:
        consolidate.remove_document(store, changes, "doc-1")
    assert [[line.rsplit(": ", 1)[1] for line in lines] for lines in lists()] == [
        ["Azerbaijan and China agreed a partnership (3)."]]
    assert summary_lines(store) == computed(store)


def test_a_store_from_before_the_source_lists_gets_them_all_on_its_next_refresh():
    store = Store.memory(reference=False)
    with consolidate.maintained(store) as changes:
        for n in (1, 2, 3):
            doc, ident, g = summarised_graph(n, "445", "2025", n)
            consolidate.add_document(store, changes, doc, ident, g)
    lists = {line for line in summary_lines(store) if line.startswith(f"<{EPID['summary/sources/']}")}
    assert len(lists) >= 2 and summaries.sources_kept(store)
    # as a store written before them: no source lists, no mark
    store.patch_graph(GRAPH_CONSOLIDATED, lists, set())
    store.patch_graph(GRAPH_META, {triple_line(summaries._SOURCES_MARK)}, set())
    assert not summaries.sources_kept(store)
    with consolidate.maintained(store) as changes:  # a document that reports no partnership
        doc, ident, g = varied_graph(4, "445", "2025", 0)
        consolidate.add_document(store, changes, doc, ident, g)
    assert summaries.sources_kept(store)
    assert lists <= summary_lines(store) == computed(store)
