"""Listing rows: one short record per consolidated event, kept beside the consolidated graph.

``epkg events`` lists every event of the store. Read from the consolidated graph, each event
costs about eight statements (its types, date, place, participants, organisers and document
count), and Oxigraph hands over statements at roughly ten microseconds each: a store of
10,000 articles holds 18,000 events and 150,000 such statements, over a second before any
row is printed. So each consolidated event also has one listing row in the store's meta
graph (``<event> epkg:listingRow "json"``), computed from its consolidated statements
alone; the consolidation writes the rows of the events it recomputes in the same
refresh, and a rebuild writes them all, so they always say what the statements say
(a property test compares a maintained store with a rebuild).

A store written before the rows existed has no ``epkg:listingRows`` mark: its events are
listed from the statements, and its next refresh writes every row and the mark.

The network (``epkg viz``, ``centrality``, ``path`` …) reads every relation fact: its class, its
actors, dates, level, roles, count of documents and first report. Read as statements, Oxigraph hands
the fact's IRI back once for each of them (about seven times a partnership), and handing back an IRI
costs more the bigger the store (2.9 µs at 10,000 articles, 5.8 µs at 50,000). So each consolidated
fact of the network's classes also has one network row (``<fact> epkg:networkRow "json"``,
:func:`network_rows`), kept like the events' rows: the refresh computes the rows of the facts it
rewrites from their statements before and after, a rebuild writes them all with the mark
``epkg:networkRows``, and a store without the mark is read from the statements until its next
refresh (or :func:`rebuild_network`) writes them.

The network also counts ties a document states without a relation node (``epkg:cooperatesWith``,
``epkg:memberOf`` … with no ``epkg:Cooperation`` or ``epkg:Membership`` node for them: imported
data). Finding them means checking every such statement in its document's graph, and the ingest
writes one beside each of its relation nodes (tens of thousands at 10,000 articles, none bare). So
each document is stored with the number it has (``<doc> epkg:bareTies n``, :func:`bare_ties`),
written and forgotten with its graph, and the network checks only the documents that have some or
have no count (an import, or a document stored before the counts: :func:`mark_bare_ties` counts
them once, with the next refresh that writes the network rows).

``epkg new`` lists every fact of the documents published since a date, as each document
states it (about five statements a fact, with its sentence). Each document therefore
carries a row too (``<doc> epkg:documentRow "json"``, :func:`document_row`), written with
its graph in the same transaction and forgotten with it; a document stored without one
is read from its graph.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS

from epkg.graph.storage.terms import string_text, term_text, triple_line
from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED, GRAPH_META

ROW = EPKG.listingRow
_MARK = (GRAPH_CONSOLIDATED, EPKG.listingRows, Literal(True))
_FIELDS = {EPKG.date: "date", EPKG.heldIn: "place", EPKG.participant: "participant",
           EPKG.organizedBy: "organizer", RDFS.label: "label", EPKG.documentCount: "documents"}
_CHUNK = 400


def event_rows(triples: Iterable[tuple]) -> dict[str, str]:
    """The listing rows of the events among the subjects of *triples* (every statement of each).

    Parameters
    ----------
    triples : iterable of (subject, predicate, object) rdflib terms
        Consolidated statements.

    Returns
    -------
    dict
        Event IRI (str) → its row as JSON text: ``types`` (local names in the ontology),
        ``label``, ``date``, ``place``, ``participant``, ``organizer`` (sorted lists of text)
        and ``documents`` (int or null).

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID
    >>> e = EPID["event/forum-2025"]
    >>> event_rows([(e, RDF.type, EPKG.Event), (e, RDF.type, EPKG.Forum), (e, EPKG.date, Literal("2025"))])
    {'https://w3id.org/epkg/id/event/forum-2025': '{"types":["Event","Forum"],"date":["2025"]}'}
    """
    said: dict = defaultdict(lambda: defaultdict(set))
    events = set()
    ns = str(EPKG)
    typed, event = RDF.type, EPKG.Event  # made once: a namespace makes its term anew on each access
    for s, p, o in triples:
        if p == typed:
            if o == event:
                events.add(s)
            if str(o).startswith(ns):
                said[s]["types"].add(str(o)[len(ns):])
        elif p in _FIELDS:
            said[s][_FIELDS[p]].add(str(o))
    out = {}
    for e in sorted(events, key=str):
        row = {name: sorted(values) for name, values in sorted(said[e].items(), key=lambda kv: _ORDER[kv[0]])}
        if "documents" in row:
            row["documents"] = int(row["documents"][0])
        out[str(e)] = json.dumps(row, separators=(",", ":"), ensure_ascii=False)
    return out


_ORDER = {name: i for i, name in enumerate(("types", "label", "date", "place", "participant", "organizer",
                                             "documents"))}


def lines(rows: dict[str, str], predicate=ROW) -> set[str]:
    """The meta graph statements (N-Triples lines) of *rows* (listing rows, or others by *predicate*)."""
    row = term_text(predicate)
    return {f"<{e}> {row} {string_text(text)}" for e, text in rows.items()}


def kept(store, mark=_MARK) -> bool:
    """Whether *store* keeps listing rows (or the rows of another *mark*: its meta graph has the mark a full
    write leaves)."""
    s, p, o = mark
    return store.ask(f"ASK {{ GRAPH <{GRAPH_META}> {{ <{s}> <{p}> {o.n3()} }} }}")


def _texts_of(store, subjects: Iterable, predicate) -> dict[str, str]:
    """``{subject: text}`` of the meta graph's *predicate* statements about *subjects* (a few hundred
    looked up at a time: with a longer VALUES table Oxigraph reads the whole graph instead)."""
    wanted = sorted({str(s) for s in subjects})
    found = {}
    for i in range(0, len(wanted), _CHUNK):
        values = " ".join(f"<{e}>" for e in wanted[i:i + _CHUNK])
        for r in store.select_texts(f"SELECT ?e ?r WHERE {{ VALUES ?e {{ {values} }} "
                                    f"GRAPH <{GRAPH_META}> {{ ?e <{predicate}> ?r }} }}"):
            found[r["e"]] = r["r"]
    return found


def stored(store, subjects: Iterable) -> set[str]:
    """The listing row lines now stored for *subjects*."""
    return lines(_texts_of(store, subjects, ROW))


def refresh(store, subjects: Iterable, triples: list[tuple]) -> tuple[set[str], set[str]] | None:
    """The listing lines to remove and to add when the consolidation recomputes *subjects*
    (every fact it rewrites) as *triples*; the caller writes them with its own meta changes.

    Returns ``None`` for a store that keeps no rows yet: :func:`rebuild` writes them all.
    """
    if not kept(store):
        return None
    subjects = {str(s) for s in subjects} | {str(t[0]) for t in triples}
    return stored(store, subjects), lines(event_rows(triples))


def rebuild(store) -> int:
    """Write every event's listing row from the consolidated graph, and the mark.

    Returns
    -------
    int
        The number of rows.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> rebuild(Store.memory(reference=False))
    0
    """
    triples = []
    fields = ", ".join(f"<{p}>" for p in (RDF.type, *_FIELDS))
    for r in store.select(f"""SELECT ?e ?p ?o WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{
            ?e a <{EPKG.Event}> ; ?p ?o . FILTER(?p IN ({fields})) }} }}"""):
        triples.append((r["e"], r["p"], r["o"]))
    rows = event_rows(triples)
    _replace_rows(store, rows, ROW, _MARK)
    return len(rows)


def _replace_rows(store, rows: dict[str, str], predicate, mark) -> None:
    """Make *rows* (and *mark*) the meta graph's rows of *predicate*, writing only what changes."""
    old = lines(dict(store.texts(GRAPH_META, predicate)), predicate) | ({triple_line(mark)} if kept(store, mark)
                                                                       else set())
    new = lines(rows, predicate) | {triple_line(mark)}
    store.patch_graph(GRAPH_META, old - new, new - old)


def read(store, nodes: Iterable | None = None) -> dict[str, dict] | None:
    """The listing rows of every event (or of the events among *nodes*), parsed; ``None``
    when the store keeps none (list from the statements then).

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> read(Store.memory(reference=False)) is None
    True
    """
    if not kept(store):
        return None
    if nodes is None:  # every row, as text: no rdflib term is made for tens of thousands of them
        return {e: json.loads(r) for e, r in store.texts(GRAPH_META, ROW)}
    return {e: json.loads(r) for e, r in _texts_of(store, nodes, ROW).items()}


NETWORK_ROW = EPKG.networkRow
_NETWORK_MARK = (GRAPH_CONSOLIDATED, EPKG.networkRows, Literal(True))
# what the network reads of a fact, named in its row by the property's local name
NETWORK_CLASSES = (EPKG.Partnership, EPKG.Cooperation, EPKG.Agreement, EPKG.EnergyProject, EPKG.Membership)
NETWORK_PROPERTIES = (EPKG.partner, EPKG.actor, EPKG.party, EPKG.participant, EPKG.developer, EPKG.investor,
                      EPKG.contractor, EPKG.hostState, ORG.member, ORG.organization, EPKG.role, EPKG.date,
                      EPKG.signedOn, EPKG.level, EPKG.documentCount, EPKG.firstReported)
_NETWORK_FIELDS = {str(p): str(p).rsplit("#", 1)[-1] for p in NETWORK_PROPERTIES}
_NETWORK_TYPES = {str(c): str(c).rsplit("#", 1)[-1] for c in NETWORK_CLASSES}
_TYPE_TEXT = str(RDF.type)


def network_rows(statements: Iterable[tuple]) -> dict[str, str]:
    """The network rows of the facts of the network's classes among the subjects of *statements*
    (every statement of each, as text: subject IRI, predicate IRI, object's value).

    Returns
    -------
    dict
        Fact IRI → its row as JSON text: ``types`` (those of :data:`NETWORK_CLASSES`, local
        names) and, for each of :data:`NETWORK_PROPERTIES` it has, the property's local name
        with the sorted values (IRIs or literals' lexical forms).

    Examples
    --------
    >>> f = "https://w3id.org/epkg/id/partnership/x"
    >>> network_rows([(f, str(RDF.type), str(EPKG.Partnership)), (f, str(EPKG.partner), "urn:b"),
    ...               (f, str(EPKG.partner), "urn:a"), (f, str(EPKG.documentCount), "2")])
    {'https://w3id.org/epkg/id/partnership/x': '{"types":["Partnership"],"documentCount":["2"],"partner":["urn:a","urn:b"]}'}
    """
    said: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in statements:
        if p == _TYPE_TEXT:
            if o in _NETWORK_TYPES:
                said[s]["types"].add(_NETWORK_TYPES[o])
        elif p in _NETWORK_FIELDS:
            said[s][_NETWORK_FIELDS[p]].add(o)
    return {s: json.dumps({"types": sorted(fields.pop("types")), **{k: sorted(v) for k, v in sorted(fields.items())}},
                          separators=(",", ":"), ensure_ascii=False)
            for s, fields in sorted(said.items()) if "types" in fields}


def statements_of_lines(lines: Iterable[str]) -> list[tuple[str, str, str]]:
    """The statements among N-Triples *lines* (``"s p o"``, as the store gives them) that a network row
    is made of, as text (subject IRI, predicate IRI, object's value): parsed by Oxigraph, which
    unescapes literals as it reads them.

    Examples
    --------
    >>> statements_of_lines(['<urn:f> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:C>',
    ...                      '<urn:f> <https://w3id.org/epkg/ontology#date> "2025-04"', '<urn:f> <urn:other> "x"'])
    [('urn:f', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'urn:C'), ('urn:f', 'https://w3id.org/epkg/ontology#date', '2025-04')]
    """
    import pyoxigraph as ox

    wanted = {f"<{p}>" for p in (*_NETWORK_FIELDS, _TYPE_TEXT)}
    text = "".join(f"{line} .\n" for line in lines if line.split(" ", 2)[1] in wanted)
    if not text:
        return []
    return [(q.subject.value, q.predicate.value, q.object.value)
            for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]


def network_lines(rows: dict[str, str]) -> set[str]:
    """The meta graph statements (N-Triples lines) of network *rows*."""
    return lines(rows, NETWORK_ROW)


def network_kept(store) -> bool:
    """Whether *store* keeps network rows (its meta graph has the mark a full write leaves)."""
    return kept(store, _NETWORK_MARK)


def refresh_network(store, before: Iterable[str], after: Iterable[str]) -> tuple[set[str], set[str]] | None:
    """The network row lines to remove and to add when the consolidation replaces the statements
    *before* of the subjects it recomputes by *after* (N-Triples lines, each the whole description of
    those subjects); the caller writes them with its own meta changes. The rows removed are those the
    statements before make, which the store keeps equal to them (no read of the stored rows).

    Returns ``None`` for a store that keeps no rows yet: :func:`rebuild_network` writes them all.
    """
    if not network_kept(store):
        return None
    return network_lines(network_rows(statements_of_lines(before))), network_lines(network_rows(statements_of_lines(after)))


def rebuild_network(store) -> int:
    """Write every network row from the consolidated graph, and the mark (what a rebuild does, and
    what a refresh of a store written before the rows does once).

    Returns
    -------
    int
        The number of rows.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> rebuild_network(Store.memory(reference=False))
    0
    """
    statements = [(s, p, o) for p in (_TYPE_TEXT, *_NETWORK_FIELDS)
                  for s, o in store.texts(GRAPH_CONSOLIDATED, URIRef(p))]
    rows = network_rows(statements)
    _replace_rows(store, rows, NETWORK_ROW, _NETWORK_MARK)
    return len(rows)


def read_network(store) -> dict[str, dict] | None:
    """Every network row, parsed (``{fact: row}``); ``None`` when the store keeps none (read the
    statements then).

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> read_network(Store.memory(reference=False)) is None
    True
    """
    if not network_kept(store):
        return None
    return {f: json.loads(r) for f, r in store.texts(GRAPH_META, NETWORK_ROW)}


BARE_TIES = EPKG.bareTies
_DOCUMENTS = str(EPID) + "doc/"
_SHORTCUTS = {EPKG.cooperatesWith: EPKG.Cooperation, EPKG.memberOf: EPKG.Membership,
              EPKG.observerOf: EPKG.Membership, EPKG.dialoguePartnerOf: EPKG.Membership}


def bare_ties(doc_iri, graph: Graph) -> int:
    """How many ties the document's *graph* states without a relation node: its ``epkg:cooperatesWith``
    statements between two actors that no ``epkg:Cooperation`` node of the graph has both as
    ``epkg:actor``, and its ``epkg:memberOf``, ``epkg:observerOf`` and ``epkg:dialoguePartnerOf``
    statements whose pair no ``epkg:Membership`` node has as ``org:member`` and ``org:organization``
    (the rows the network reads as shortcuts; none in a graph that does not type the document).

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID
    >>> doc, a, b = EPID["doc/x"], EPID["state/AZE"], EPID["state/CHN"]
    >>> g = Graph()
    >>> _ = g.add((doc, RDF.type, EPKG.Document)).add((a, EPKG.cooperatesWith, b))
    >>> bare_ties(doc, g)
    1
    >>> _ = g.add((EPID["cooperation/c"], RDF.type, EPKG.Cooperation)).add((EPID["cooperation/c"], EPKG.actor, a))
    >>> _ = g.add((EPID["cooperation/c"], EPKG.actor, b))
    >>> bare_ties(doc, g)
    0
    """
    doc = URIRef(doc_iri)
    if (doc, RDF.type, EPKG.Document) not in graph:
        return 0
    actors = [set(graph.objects(c, EPKG.actor)) for c in graph.subjects(RDF.type, EPKG.Cooperation)]
    members = {(m, o) for n in graph.subjects(RDF.type, EPKG.Membership)
               for m in graph.objects(n, ORG.member) for o in graph.objects(n, ORG.organization)}
    n = 0
    for p, cls in _SHORTCUTS.items():
        for x, y in graph.subject_objects(p):
            if cls == EPKG.Cooperation:
                n += str(x) != str(y) and not any(x in both and y in both for both in actors)
            else:
                n += (x, y) not in members
    return n


# The documents' bare ties counted by the store (what bare_ties counts, for documents stored without a count)
_BARE_COUNTS = (f"""SELECT ?doc (COUNT(*) AS ?n) WHERE {{
      GRAPH ?doc {{ ?doc a <{EPKG.Document}> }}
      GRAPH ?doc {{ ?x <{EPKG.cooperatesWith}> ?y FILTER(STR(?x) != STR(?y)) }}
      FILTER NOT EXISTS {{ GRAPH ?doc {{ ?c a <{EPKG.Cooperation}> ; <{EPKG.actor}> ?x, ?y }} }}
    }} GROUP BY ?doc""", f"""SELECT ?doc (COUNT(*) AS ?n) WHERE {{
      GRAPH ?doc {{ ?doc a <{EPKG.Document}> }}
      GRAPH ?doc {{ ?a ?p ?b VALUES ?p {{ <{EPKG.memberOf}> <{EPKG.observerOf}> <{EPKG.dialoguePartnerOf}> }} }}
      FILTER NOT EXISTS {{ GRAPH ?doc {{ ?m a <{EPKG.Membership}> ; <{ORG.member}> ?a ; <{ORG.organization}> ?b }} }}
    }} GROUP BY ?doc""")
_UNCOUNTED = f"""SELECT ?doc WHERE {{ GRAPH ?doc {{ ?doc a <{EPKG.Document}> }}
    FILTER NOT EXISTS {{ GRAPH <{GRAPH_META}> {{ ?doc <{BARE_TIES}> ?n }} }} }}"""


def with_bare_ties(store, most: int = 2000) -> set[str] | None:
    """The documents whose graphs the network must check for ties without a relation node: those
    stored with a count above zero and those stored without one; ``None`` when there are more than
    *most* (check every document then, in one pass)."""
    docs = {r["doc"] for r in store.select_texts(_UNCOUNTED)}
    if len(docs) <= most:
        docs |= {r["doc"] for r in store.select_texts(
            f"SELECT ?doc WHERE {{ GRAPH <{GRAPH_META}> {{ ?doc <{BARE_TIES}> ?n FILTER(?n > 0) }} }}")}
    return None if len(docs) > most else docs


def mark_bare_ties(store) -> int:
    """Store the count of bare ties of every document (``epid:doc/…``) stored without one, written
    before the counts; returns how many documents were counted. An import's graph is left uncounted:
    it is written again without forgetting what the meta graph says of it, so a count could go stale."""
    docs = {r["doc"] for r in store.select_texts(_UNCOUNTED) if r["doc"].startswith(_DOCUMENTS)}
    if not docs:
        return 0
    counts = dict.fromkeys(docs, 0)
    for query in _BARE_COUNTS:
        for r in store.select_texts(query):
            if r["doc"] in counts:
                counts[r["doc"]] += int(r["n"])
    bare = term_text(BARE_TIES)
    store.patch_graph(GRAPH_META, [], [f"<{d}> {bare} {term_text(Literal(n))}" for d, n in sorted(counts.items())])
    return len(counts)


# what names a fact in ``epkg new``: its label first, then the actors these properties point to
PARTS = (EPKG.partner, EPKG.party, EPKG.actor, ORG.member, ORG.organization, EPKG.hostState, EPKG.participant)


def document_row(doc_iri, graph: Graph) -> str:
    """A document's row: its title and, for each node it derives (``prov:wasDerivedFrom`` the
    document), the node's types, labels, the actors that name it and its sentences.

    Parameters
    ----------
    doc_iri : URIRef
    graph : rdflib.Graph
        The document's graph.

    Returns
    -------
    str
        JSON: ``{"title": …, "facts": [[node, types, labels, parts, sentences], …]}``, each list
        sorted (types as local names in the ontology).

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID
    >>> doc, m = EPID["doc/x"], EPID["membership/m"]
    >>> g = Graph()
    >>> _ = g.add((m, RDF.type, EPKG.Membership)).add((m, PROV.wasDerivedFrom, doc)).add((m, ORG.member, EPID["state/AZE"]))
    >>> json.loads(document_row(doc, g))["facts"]
    [['https://w3id.org/epkg/id/membership/m', ['Membership'], [], ['https://w3id.org/epkg/id/state/AZE'], []]]
    """
    doc, ns = URIRef(doc_iri), str(EPKG)
    derived = set(graph.subjects(PROV.wasDerivedFrom, doc))
    title = graph.value(doc, DCTERMS.title)
    return json.dumps({"title": None if title is None else str(title),
                       "facts": facts_of((s, p, o) for s, p, o in graph if s in derived)},
                      separators=(",", ":"), ensure_ascii=False)


_PART_TEXTS = frozenset(str(p) for p in PARTS)


def facts_of(statements: Iterable[tuple]) -> list[list]:
    """The ``facts`` of a document row from the statements of the nodes the document derives
    (rdflib terms or their text): ``[node, types, labels, parts, sentences]`` each, sorted.

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID
    >>> m = EPID["membership/m"]
    >>> facts_of([(m, RDF.type, EPKG.Membership), (m, ORG.member, EPID["state/AZE"])])
    [['https://w3id.org/epkg/id/membership/m', ['Membership'], [], ['https://w3id.org/epkg/id/state/AZE'], []]]
    """
    kind, label, evidence, ns = str(RDF.type), str(RDFS.label), str(EPKG.evidence), str(EPKG)
    said: dict = {}
    for node, p, o in statements:
        fact = said.setdefault(str(node), (set(), set(), set(), set()))
        p, o = str(p), str(o)
        if p == kind:
            if o.startswith(ns):
                fact[0].add(o[len(ns):])
        elif p == label:
            fact[1].add(o)
        elif p in _PART_TEXTS:
            fact[2].add(o)
        elif p == evidence:
            fact[3].add(o)
    return [[node, *map(sorted, fact)] for node, fact in sorted(said.items())]


def document_rows(store, docs: Iterable) -> dict[str, dict]:
    """The rows of those of *docs* that have one, parsed (``{document IRI: row}``)."""
    return {d: json.loads(r) for d, r in _texts_of(store, docs, EPKG.documentRow).items()}


def node_sentences(store, wanted: dict, *, every: bool = False) -> dict[str, dict[str, list[str]]]:
    """The sentences the documents' rows give their nodes: ``{document: {node: [sentence, …]}}`` of
    the nodes *wanted* of each document (``{document IRI: nodes}``) that its row lists, for each of
    the documents that have a row (read the graph of any other).

    One lookup a document, whatever the number of its nodes asked for: the view asked the store
    for each report's sentences (a fact's nodes, then each node's sentence in each document's
    graph), 300,000 lookups at 50,000 articles, each costing more the bigger the store. With
    *every*, every row is read in one pass over them instead (when most documents are wanted: 0.7 s
    for the 45,000 rows of 50,000 articles, 1.6 s looked up). A row lists the nodes the document
    derives (``prov:wasDerivedFrom``), and the ingest writes every sentence of a node beside that.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> node_sentences(Store.memory(reference=False), {"urn:doc": ["urn:node"]})
    {}
    """
    if every:
        texts = ((d, text) for d, text in store.texts(GRAPH_META, EPKG.documentRow) if d in wanted)
    else:
        texts = _texts_of(store, wanted, EPKG.documentRow).items()
    names: dict = {}  # each node's name as JSON, made once: nodes recur across documents
    return {d: _sentences_in_row(text, wanted[d], names) for d, text in texts}


_ENTRY = json.JSONDecoder().raw_decode
_FACTS = '"facts":['


def _sentences_in_row(text: str, nodes: Iterable[str], names: dict | None = None) -> dict[str, list[str]]:
    """``{node: [sentence, …]}`` of those of *nodes* the document row *text* (as :func:`document_row`
    writes it) lists, each node's entry found by its name and parsed alone: parsed whole, the rows of
    45,000 documents (220 MB) took 4 s, and a view wants a few of each document's nodes. *names*
    keeps each node's name as JSON between rows.

    Examples
    --------
    >>> text = json.dumps({"title": "T", "facts": [["urn:a", ["Agreement"], [], ["urn:x"], ['He said "]],[" twice.']],
    ...                                           ["urn:b", [], [], [], []]]}, separators=(",", ":"))
    >>> _sentences_in_row(text, ["urn:b", "urn:a", "urn:x"])
    {'urn:b': [], 'urn:a': ['He said "]],[" twice.']}
    """
    if not text.startswith('{"title":'):  # not the compact form written by document_row: parsed whole
        nodes = set(nodes)
        return {node: sentences for node, *_, sentences in json.loads(text)["facts"] if node in nodes}
    names = {} if names is None else names
    out = {}
    for node in nodes:
        name = names.get(node)
        if name is None:
            name = names[node] = json.dumps(node, ensure_ascii=False)
        # An entry is a list of a name and four lists of strings, so "]]," ends one and nothing else, and a
        # quote just after "[" opens a string (one inside a string is escaped): an entry starts with its
        # node's name after "]],[", or the first after '"facts":['.
        at = text.find(f"]],[{name},")
        if at >= 0:
            at += 3
        else:
            at = text.find(f"{_FACTS}[{name},")
            if at < 0:
                continue
            at += len(_FACTS)
        out[node] = _ENTRY(text, at)[0][4]
    return out


__all__ = ["BARE_TIES", "NETWORK_CLASSES", "NETWORK_PROPERTIES", "NETWORK_ROW", "PARTS", "ROW", "document_row", "document_rows",
           "bare_ties", "event_rows", "facts_of", "kept", "lines", "mark_bare_ties", "network_kept", "node_sentences", "network_lines", "network_rows", "read",
           "read_network", "rebuild", "rebuild_network", "refresh", "refresh_network", "statements_of_lines", "stored",
           "with_bare_ties"]
