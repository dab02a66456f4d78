"""The network's rows read from the consolidated graph in flat statements and joined in Python are
exactly what one declarative SPARQL query per layer gives (kept here as the specification)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from epkg.graph.analysis import projection
from epkg.graph.consolidate import rebuild
from epkg.graph.ingest import ingest
from epkg.graph.store import Store
from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

sys.path.insert(0, str(Path(__file__).parent))
from sample_graph import sample_store  # noqa: E402

# The evidence of a consolidated fact in one of its documents: the sentence of the document
# node it merges (epkg:reportedAs) in that document's graph.
_SENTENCE = """OPTIONAL {{ GRAPH <{c}> {{ ?{v} epkg:reportedAs ?claim }} GRAPH ?doc {{ ?claim epkg:evidence ?sentence }} }}"""

_CONSOLIDATED_ROWS = {
    "partnership": """
        SELECT ?a ?b (?p AS ?key) ?date ?doc ?sentence ?rank ?level ?concept WHERE {{
          GRAPH <{c}> {{ ?p a epkg:Partnership ; prov:wasDerivedFrom ?doc ; epkg:partner ?a, ?b .
                         FILTER(STR(?a) < STR(?b))
                         OPTIONAL {{ ?p epkg:date ?date }} }}
          {sentence_p}
          OPTIONAL {{ GRAPH <{c}> {{ ?p epkg:level ?concept }}
                     OPTIONAL {{ ?concept epkg:rank ?rank }} OPTIONAL {{ ?concept skos:prefLabel ?level }} }}
        }}""",
    "cooperation": """
        SELECT ?a ?b (?doc AS ?key) ?date ?doc ?sentence WHERE {{
          {{ GRAPH <{c}> {{ ?c a epkg:Cooperation ; prov:wasDerivedFrom ?doc ; epkg:actor ?a, ?b .
                           FILTER(STR(?a) < STR(?b)) OPTIONAL {{ ?c epkg:date ?date }} }}
             {sentence_c} }}
          UNION
          {{ GRAPH ?doc {{ ?doc a epkg:Document . ?x epkg:cooperatesWith ?y .
              BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a) BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)
              FILTER NOT EXISTS {{ ?c2 a epkg:Cooperation ; epkg:actor ?x, ?y }}
              FILTER(STR(?a) < STR(?b)) }} }}
        }}""",
    "agreement": """
        SELECT ?a ?b (?ag AS ?key) ?date ?doc ?sentence WHERE {{
          GRAPH <{c}> {{ ?ag a epkg:Agreement ; prov:wasDerivedFrom ?doc ; epkg:party ?a, ?b .
                         FILTER(STR(?a) < STR(?b)) OPTIONAL {{ ?ag epkg:signedOn ?date }} }}
          {sentence_ag}
        }}""",
    "project": """
        SELECT DISTINCT ?a ?b (?pr AS ?key) ?doc ?sentence WHERE {{
          GRAPH <{c}> {{ ?pr a epkg:EnergyProject ; prov:wasDerivedFrom ?doc ;
                         (epkg:participant|epkg:developer|epkg:investor|epkg:contractor|epkg:hostState) ?a, ?b .
                         FILTER(STR(?a) < STR(?b)) }}
          {sentence_pr}
        }}""",
    "membership": """
        SELECT ?a ?b (?b AS ?key) ?date ?doc ?sentence ?role WHERE {{
          {{ GRAPH <{c}> {{ ?m a epkg:Membership ; prov:wasDerivedFrom ?doc ; org:member ?a ; org:organization ?b .
                           OPTIONAL {{ ?m epkg:role ?role }} OPTIONAL {{ ?m epkg:date ?date }} }}
             {sentence_m} }}
          UNION
          {{ GRAPH ?doc {{ ?doc a epkg:Document .
              VALUES (?p ?role) {{ (epkg:memberOf "member") (epkg:observerOf "observer")
                                  (epkg:dialoguePartnerOf "dialogue partner") }}
              ?a ?p ?b .
              FILTER NOT EXISTS {{ ?m2 a epkg:Membership ; org:member ?a ; org:organization ?b }} }} }}
        }}""",
}


def _spec_rows(store, layer):
    c = str(GRAPH_CONSOLIDATED)
    sentences = {f"sentence_{v}": _SENTENCE.format(c=c, v=v) for v in ("p", "c", "ag", "pr", "m")}
    return store.select(_CONSOLIDATED_ROWS[layer].format(c=c, **sentences))


def _multiset(rows, leave_out=("fact", "first")):
    """The rows as a multiset, without what the specification does not read (the consolidated fact
    and its first-reported date)."""
    return Counter(tuple(sorted((k, str(v)) for k, v in r.items() if k not in leave_out)) for r in rows)


def _generated_store(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    corpus = tmp_path / "repeats.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:
        for record in generate.with_repeats(60, seed=8):
            f.write(json.dumps(record) + "\n")
    store = Store.open(tmp_path / "store")
    ingest([corpus], store)
    return store


# Statements without a relation node (an import): ties the shortcut rows give
_SHORTCUTS = """@prefix epkg: <https://w3id.org/epkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
ex:atlantis a epkg:State ; rdfs:label "Atlantis" ; epkg:cooperatesWith ex:mu, ex:lemuria ;
    epkg:memberOf ex:league ; epkg:observerOf ex:council .
ex:lemuria a epkg:State ; rdfs:label "Lemuria" ; epkg:dialoguePartnerOf ex:league .
ex:mu a epkg:Company ; rdfs:label "Mu Power" .
ex:league a epkg:InternationalOrganization ; rdfs:label "League" .
ex:council a epkg:InternationalOrganization ; rdfs:label "Council" .
"""


@pytest.mark.parametrize("which", ["sample", "generated", "imported"])
def test_rows_joined_in_python_are_the_declarative_query_s(tmp_path, which):
    if which == "generated":
        store = _generated_store(tmp_path)
    else:
        store = sample_store()
        if which == "imported":
            from epkg.exports.rdfimport import import_rdf

            path = tmp_path / "ties.ttl"
            path.write_text(_SHORTCUTS)
            import_rdf(store, path)
        rebuild(store)
    total = 0
    for layer in projection.LAYERS:
        expected = _multiset(_spec_rows(store, layer))
        assert _multiset(projection._rows(store, layer)) == expected, layer
        total += sum(expected.values())
        # without sentences: one row a fact (and pair), with as many reports as the fact has documents
        reports = Counter()
        for r in projection._rows(store, layer):
            if "fact" in r:
                reports[str(r["fact"])] = len({d for x in projection._rows(store, layer) if str(x.get("fact")) == str(r["fact"])
                                                for d in [str(x["doc"])]})
        whole = [r for r in projection._rows(store, layer, sentences=False) if "fact" in r]
        assert {str(r["fact"]): int(r["reports"]) for r in whole} == dict(reports), layer
        assert all("doc" not in r and "sentence" not in r for r in whole), layer
        assert {(str(r["a"]), str(r["b"]), str(r["fact"])) for r in whole} == \
            {(str(r["a"]), str(r["b"]), str(r["fact"])) for r in projection._rows(store, layer) if "fact" in r}, layer
        # every fact read a property at a time gives the rows, values and all, of each fact looked up
        looked_up = projection._rows(store, layer, sentences=False, only={str(r["fact"]) for r in whole})
        assert _multiset(whole, leave_out=()) == _multiset([r for r in looked_up if "fact" in r], leave_out=()), layer
    assert total > 10
    if which == "imported":  # the shortcuts are there: two cooperations, three memberships
        assert sum(1 for r in projection._rows(store, "cooperation") if "example.org" in str(r["a"])) == 2
        assert sum(1 for r in projection._rows(store, "membership") if "example.org" in str(r["a"])) == 3


@pytest.mark.parametrize("which", ["sample", "generated"])
def test_a_network_of_whole_facts_has_the_same_nodes_edges_and_weights(tmp_path, which):
    # the generated store reports most facts in several documents: one row a fact must weigh,
    # date and count them as one row a report does
    if which == "generated":
        store = _generated_store(tmp_path)
    else:
        store = sample_store()
        rebuild(store)
    for options in ({}, {"fold_companies": True}, {"membership": "comembership"}, {"as_of": "2025-05"}):
        full = projection.project(store, **options)
        bare = projection.project(store, evidence=False, **options)
        assert full.number_of_edges() > (3 if not options else 0), options
        assert dict(bare.nodes(data=True)) == dict(full.nodes(data=True))
        assert set(bare.edges) == set(full.edges)
        for a, b, d in full.edges(data=True):
            assert d["evidence"] and "evidence" not in bare.edges[a, b]
            assert {k: v for k, v in d.items() if k not in ("evidence", "documents")} == bare.edges[a, b], (a, b)
        # the evidence of a few edges, read for them alone, is what the whole network gives them
        shown = sorted(full.edges)[::7]
        projection.explain(store, bare, shown)
        for a, b in shown:
            assert bare.edges[a, b] == full.edges[a, b], (options, a, b)
    # exported from the facts alone, an edge counts its reports
    from epkg.exports.network import flat_network

    bare = projection.project(store, evidence=False)
    flat = flat_network(bare, {})
    assert all(flat.edges[a, b]["document_count"] == flat.edges[a, b]["evidence_count"] == d["reports"] >= 1
               for a, b, d in bare.edges(data=True))
    if which == "generated":  # reported more than once: fewer rows than reports
        facts = projection.read_facts(store, sentences=False).facts
        reports = projection.read_facts(store).facts
        assert len(facts) < len(reports)


@pytest.mark.parametrize("which", ["sample", "generated"])
def test_the_latest_reports_of_the_edges_shown_are_their_evidence(tmp_path, which):
    # the view's evidence is read for the edges it draws, a few reports an edge: with no edge over
    # the cap it is exactly what the network read with every report gives; over it, the latest
    # pieces are the same and the count still covers every report
    if which == "generated":
        store = _generated_store(tmp_path)
    else:
        store = sample_store()
        rebuild(store)
    capped = 0
    for options in ({}, {"fold_companies": True}, {"membership": "comembership"}, {"as_of": "2025-05"}):
        full = projection.project(store, **options)
        settings = {k: v for k, v in options.items() if k != "as_of"}
        data = projection.read_facts(store, sentences=False, **settings)
        for per_edge in (10 ** 6, 2):
            bare = projection.assemble(data, as_of=options.get("as_of"), evidence=False)
            shown = sorted(full.edges)
            projection.explain_latest(store, bare, data, shown, per_edge=per_edge)
            for a, b in shown:
                want, got = full.edges[a, b]["evidence"], bare.edges[a, b]["evidence"]
                if per_edge > 1000:
                    assert got == want and bare.edges[a, b]["documents"] == full.edges[a, b]["documents"], (a, b)
                    assert bare.edges[a, b]["evidence_total"] == len(want)
                else:
                    assert got[-per_edge:] == want[-per_edge:], (options, a, b)
                    assert bare.edges[a, b]["evidence_total"] == len(want), (options, a, b)
                    capped += len(got) < len(want)
    assert capped if which == "generated" else True  # the cap bit somewhere


def test_a_sentence_two_facts_of_an_edge_share_is_listed_once_at_the_later_date():
    # which of the edge's facts were read (every one, or those of its latest reports) does not
    # change what the edge lists
    doc = "https://w3id.org/epkg/id/doc/d"
    older = projection.Fact("agreement", "a", "b", "ag1", "2023", doc, "They signed.", fact="ag1")
    later = projection.Fact("agreement", "a", "b", "ag2", "2024-04-06", doc, "They signed.", fact="ag2")
    for facts in ([older, later], [later, older], [later]):
        listed = projection._edge_attributes(facts, {doc: {}})["evidence"]
        assert [(e["date"], e["sentence"]) for e in listed] == [("2024-04-06", "They signed.")]



# Two reports of one memorandum, the second by its month alone: the fact merges a node of each document
_TWO_REPORTS = [
    {"id": "a", "title": "Kenya and Japan sign a hydrogen memorandum", "published": "2025-03-04", "publisher": "Wire",
     "text": "NAIROBI, Kenya, March 4. Kenya and Japan signed a memorandum of understanding on cooperation in green "
             "hydrogen in Nairobi on 3 March 2025. Kenya and Japan also cooperate in geothermal energy, officials said."},
    {"id": "b", "title": "Japan and Kenya review their hydrogen work", "published": "2025-06-10", "publisher": "Wire",
     "text": "TOKYO, June 10. Japan and Kenya cooperate in green hydrogen, the ministry said. The memorandum of "
             "understanding on cooperation in green hydrogen between Kenya and Japan was signed in Nairobi in March 2025."},
]


def test_the_sentences_of_reports_are_read_from_their_documents_rows(tmp_path):
    # the view reads a fact's documents and nodes in one lookup of the fact, and each report's
    # sentences from its document's row (one lookup a document): what each of the fact's nodes says
    # in the document's graph; a document without a row is asked for them
    from epkg.graph import listings
    from epkg.graph.storage.contract import GRAPH_META
    from epkg.ontology.namespaces import EPID, EPKG

    corpus = tmp_path / "two.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _TWO_REPORTS))
    store = Store.open(tmp_path / "store")
    ingest([corpus], store)
    titled = {r["t"]: r["d"] for r in store.select_texts(
        "SELECT ?d ?t WHERE { GRAPH ?d { ?d a epkg:Document ; dcterms:title ?t } }")}
    a, b = titled["Kenya and Japan sign a hydrogen memorandum"], titled["Japan and Kenya review their hydrogen work"]
    mou, coop = str(EPID["agreement/memorandumofunderstanding-jpn-ken-2025-03-03"]), str(EPID["cooperation/jpn-ken"])
    by_month = str(EPID["agreement/memorandumofunderstanding-jpn-ken-2025-03"])
    signed = ("Kenya and Japan signed a memorandum of understanding on cooperation in green hydrogen in Nairobi "
              "on 3 March 2025.")
    told = ("The memorandum of understanding on cooperation in green hydrogen between Kenya and Japan was signed "
            "in Nairobi in March 2025.")

    documents, nodes = projection._fact_reports(store, [coop, mou, "urn:none"])
    assert {f: sorted(d) for f, d in documents.items()} == {coop: sorted([a, b]), mou: sorted([a, b]), "urn:none": []}
    assert {f: sorted(n) for f, n in nodes.items()} == {coop: [coop], mou: [by_month, mou], "urn:none": []}
    assert projection._last_reported(store, [mou, "urn:none"]) == {mou: "2025-06-10"}

    wanted = {a: {mou, by_month, coop}, b: {mou, by_month, coop}, "urn:no-document": {mou}}
    expected = {a: {mou: [signed], coop: [signed]}, b: {by_month: [told], coop: [told]}}
    assert listings.node_sentences(store, wanted) == expected
    assert listings.node_sentences(store, wanted, every=True) == expected

    reports = [(f, d) for f in (coop, mou) for d in (a, b)]
    said = {(coop, a): {signed}, (coop, b): {told}, (mou, a): {signed}, (mou, b): {told}}
    assert projection._sentences_said(store, reports, {}) == said
    assert projection._sentences_said(store, reports, {}, every=True) == said
    assert projection._reports_said(store, "(?f ?doc)", [f"(<{f}> <{d}>)" for f, d in reports]) == said
    # a document stored without a row: its reports' sentences asked of its graph
    store._ox.update(f"DELETE WHERE {{ GRAPH <{GRAPH_META}> {{ <{b}> <{EPKG.documentRow}> ?r }} }}")
    assert listings.node_sentences(store, wanted) == {a: expected[a]}
    assert projection._sentences_said(store, reports, {}) == said


def _network_rows(store):
    from epkg.graph import listings
    from epkg.ontology.namespaces import GRAPH_META

    return dict(store.texts(GRAPH_META, listings.NETWORK_ROW))


def _strip_network_rows(store):
    """The store as one written before network rows: rows and mark gone."""
    from rdflib import Literal

    from epkg.graph import listings
    from epkg.ontology.namespaces import EPKG, GRAPH_META

    meta = [(s, p, o) for s, p, o, _ in store.quads([GRAPH_META])
            if p == listings.NETWORK_ROW or (p == EPKG.networkRows and o == Literal(True))]
    assert meta
    store.patch_graph(GRAPH_META, meta, [])


def test_network_rows_kept_by_refreshes_are_a_rebuild_s_and_read_as_the_statements(tmp_path):
    # a store grown by four refreshes (the first writes every row, the others rewrite the facts they
    # recompute, some of which only gain reports) keeps the rows a rebuild writes, and the network
    # read from them is the one read from the statements
    from epkg.graph import listings

    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    records = list(generate.with_repeats(80, seed=5))
    store = Store.open(tmp_path / "store")
    for i, part in enumerate((records[:20], records[20:45], records[45:], records[30:40])):
        corpus = tmp_path / f"part{i}.jsonl"
        corpus.write_text("".join(json.dumps({**r, "id": f"{r['id']}-again", "text": r["text"] + " Officials confirmed it."} if i == 3 else r) + "\n"
                                  for r in part), encoding="utf-8")
        ingest([corpus], store)
    kept = _network_rows(store)
    assert len(kept) > 50 and listings.network_kept(store)
    listings.rebuild_network(store)
    assert _network_rows(store) == kept
    types = Counter(t for row in listings.read_network(store).values() for t in row["types"])
    assert all(types[c] for c in ("Partnership", "Cooperation", "Agreement", "EnergyProject", "Membership")), types
    with_rows = {layer: projection._rows(store, layer, sentences=False) for layer in projection.LAYERS}
    _strip_network_rows(store)
    assert listings.read_network(store) is None
    for layer in projection.LAYERS:
        from_statements = projection._rows(store, layer, sentences=False)
        assert _multiset(with_rows[layer], leave_out=()) == _multiset(from_statements, leave_out=()), layer
        assert with_rows[layer], layer
    # the next refresh of a store without them writes them all
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps({**records[0], "id": "one-more", "text": records[0]["text"] + " It was agreed."}) + "\n", encoding="utf-8")
    ingest([corpus], store)
    assert listings.network_kept(store)
    again = _network_rows(store)
    listings.rebuild_network(store)
    assert _network_rows(store) == again and len(again) >= len(kept)


def _bare_counts(store):
    from epkg.graph import listings
    from epkg.ontology.namespaces import GRAPH_META

    return {d: int(n) for d, n in store.texts(GRAPH_META, listings.BARE_TIES)}


def test_the_network_checks_only_the_documents_with_bare_ties(tmp_path):
    # a document stating ties without relation nodes counts them when it is stored, an ingested one
    # counts none, an import is checked for want of a count, and the ties read are those of every
    # document checked, also once the counts of a store written before them are made
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from epkg.exports.rdfimport import import_rdf
    from epkg.graph import listings
    from epkg.ontology.namespaces import EPID, EPKG

    store = _generated_store(tmp_path)
    ingested = _bare_counts(store)
    assert len(ingested) >= 50  # every ingested document has its count
    assert set(ingested.values()) == {0} and listings.with_bare_ties(store) == set()
    doc, a, b, c, org = EPID["doc/bare"], EPID["state/AZE"], EPID["state/CHN"], EPID["state/KAZ"], EPID["organization/sco"]
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((a, EPKG.cooperatesWith, b))  # bare
    g.add((a, EPKG.cooperatesWith, c))  # with its node
    node = EPID["cooperation/a-c"]
    for x in (a, c):
        g.add((node, EPKG.actor, x))
    g.add((node, RDF.type, EPKG.Cooperation))
    g.add((b, EPKG.observerOf, org))  # bare
    g.add((org, RDFS.label, Literal("SCO")))
    store.add_document(doc, "bare.txt", g)
    path = tmp_path / "ties.ttl"
    path.write_text(_SHORTCUTS)
    import_rdf(store, path)
    rebuild(store)
    assert _bare_counts(store)[str(doc)] == 2
    checked = listings.with_bare_ties(store)
    assert str(doc) in checked and any("/import/" in d for d in checked) and len(checked) == 2

    def every(layer):
        c = str(GRAPH_CONSOLIDATED)
        return store.select(projection._SHORTCUT_ROWS[layer].replace("CONSOLIDATED", c).replace("GIVEN", ""))

    for layer in ("cooperation", "membership"):
        read = projection._shortcut_rows(store, layer, str(GRAPH_CONSOLIDATED), {})
        assert _multiset(read, leave_out=()) == _multiset(every(layer), leave_out=()), layer
        assert any(str(r["doc"]) == str(doc) for r in read), layer
    # a store written before the counts: every document checked, until its counts are made
    from epkg.ontology.namespaces import GRAPH_META

    store.patch_graph(GRAPH_META, [(URIRef(d), listings.BARE_TIES, Literal(n)) for d, n in _bare_counts(store).items()], [])
    assert listings.with_bare_ties(store, most=10) is None
    assert listings.mark_bare_ties(store) == len(ingested) + 1
    assert _bare_counts(store) == {**ingested, str(doc): 2}
    assert len(listings.with_bare_ties(store)) == 2
