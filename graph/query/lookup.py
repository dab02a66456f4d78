"""Lookups behind ``epkg show/partners/projects/agreements/events/sources/conflicts/new``.

Each function takes a store (and entity IRIs, see :mod:`epkg.graph.names`) and
returns plain data: lists of dicts of strings and numbers, ready for a table,
JSON or CSV. Every fact comes with its sources: the document (IRI, title,
date, publisher) and the sentence it was read from. Relation nodes are read
per named graph, so a sentence is always paired with the document it is in.

Where the store has a consolidated graph (``epid:graph/consolidated``, see
:mod:`epkg.graph.consolidate`) the collections and relations are read from it:
one row per fact, however many documents report it; a fact's sources are the
relation nodes of the document graphs it merges (``epkg:reportedAs``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from epkg.graph import listings
from epkg.graph.errors import InputError
from epkg.graph.isodate import check_date, compatible, may_be_since
from epkg.graph.query.names import ENTITY_TYPES, cached_index, curie, keep_label, keep_type, name_index, not_an_entity
from epkg.graph.query_guard import iri_ref
from epkg.graph.storage.terms import is_valid_iri
from epkg.ontology.gazetteer import fold
from epkg.ontology.namespaces import (EPID, EPKG, GRAPH_CONSOLIDATED, GRAPH_GAZETTEER, GRAPH_META, ORG, REFERENCE_GRAPHS,
                                      short)

RELATION_KINDS = ("partnership", "cooperation", "membership", "agreement", "project")
AGREEMENT_TYPES = {
    "agreement": "Agreement", "mou": "MemorandumOfUnderstanding", "memorandum": "MemorandumOfUnderstanding",
    "memorandumofunderstanding": "MemorandumOfUnderstanding", "declaration": "Declaration",
    "jointstatement": "JointStatement", "statement": "JointStatement", "treaty": "Treaty", "contract": "Contract",
}
_CHUNK = 400


# ---------------------------------------------------------------------- helpers

def _n3(iri) -> str:
    # Entities can come from what a user typed: an IRI that could close the <…> is refused, and so is
    # one the query parser would refuse ("http://x:port/"), which would fail deep in a lookup otherwise.
    ref = iri_ref(iri)
    if not is_valid_iri(str(iri)):
        raise InputError(f"not an IRI: {str(iri)[:80]!r} is not a well-formed absolute IRI (RFC 3987)")
    return ref


def _values(var: str, iris) -> str:
    return f"VALUES ?{var} {{ {' '.join(_n3(i) for i in iris)} }}"


def _chunks(items, size=_CHUNK):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _text(term) -> str | None:
    return None if term is None else str(term)


def _number(term):
    if term is None:
        return None
    value = term.toPython() if isinstance(term, Literal) else term
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, (int, float)) else None


def consolidated(store) -> bool:
    """Whether *store* holds a consolidated graph (stores built before it existed do not).

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> consolidated(Store.memory())
    False
    """
    return store.ask(f"ASK {{ GRAPH {_n3(GRAPH_CONSOLIDATED)} {{ ?s ?p ?o }} }}")


class _Labels:
    """Labels and types of entities, as the name index gives them.

    Where the store has a consolidated graph, each entity's names are read when first asked
    for (:meth:`fetch` reads many in a few queries): a lookup labels the few thousand entities
    of its rows, while the whole index holds every name of every entity and fact (0.7 s of CPU
    at 10,000 documents). Else the cached name index is read whole.
    """

    _NAME_PROPS = (RDFS.label, SKOS.altLabel, EPKG.iso3, EPKG.demonym)

    def __init__(self, store):
        self.store = store
        # a name typed on the command line was resolved through the whole index: read labels from it
        self._index = cached_index(store) or (None if consolidated(store) else name_index(store))
        # keyed by the IRI's text: an rdflib URIRef neither hashes nor compares as its text does,
        # and making one checks the IRI, which costs more than the look-up (tens of thousands a lookup)
        self._labels: dict = {}
        self._types: dict = {}
        self._reference: dict = {}

    @property
    def index(self):
        if self._index is None:
            self._index = name_index(self.store)
        return self._index

    def is_reference(self, iri) -> bool:
        """Whether the reference data describes *iri*."""
        if self._index is not None:
            return URIRef(iri) in self._index.reference
        self.fetch([iri])
        return self._reference[str(iri)]

    def fetch(self, iris) -> None:
        """Read the names and types of *iris* not read yet, as :func:`~epkg.graph.query.names.build_index`
        chooses them: the reference data alone names what it describes; else the shortest label."""
        if self._index is not None:
            return
        known = self._reference
        wanted = sorted({str(i) for i in iris if isinstance(i, URIRef) or type(i) is str} - known.keys())
        label, kind, ns = str(RDFS.label), str(RDF.type), str(EPKG)
        names_props = {str(p) for p in self._NAME_PROPS}
        props = ", ".join(_n3(p) for p in (*self._NAME_PROPS, RDF.type))
        for chunk in _chunks(wanted):
            said = {graph: defaultdict(list) for graph in (GRAPH_GAZETTEER, GRAPH_CONSOLIDATED)}
            for graph, rows in said.items():
                for r in self.store.select(f"""SELECT ?s ?p ?o WHERE {{ {_values("s", chunk)}
                        GRAPH {_n3(graph)} {{ ?s ?p ?o . FILTER(?p IN ({props})) }} }}"""):
                    rows[str(r["s"])].append((str(r["p"]), str(r["o"])))
            for iri in chunk:
                reference = any(p in names_props for p, _ in said[GRAPH_GAZETTEER].get(iri, ()))
                known[iri] = reference
                if not_an_entity(iri):
                    continue
                for graph in (GRAPH_GAZETTEER,) if reference else (GRAPH_GAZETTEER, GRAPH_CONSOLIDATED):
                    told = said[graph].get(iri, ())
                    for p, o in told:
                        if p == label and fold(o):
                            keep_label(self._labels, iri, o)
                    if any(p == label for p, _ in told):
                        for p, o in told:
                            if p == kind and o.startswith(ns):
                                keep_type(self._types, iri, o[len(ns):])

    def fetch_in(self, nodes: dict, *names: str) -> None:
        """Read the names of the entities that the properties *names* of *nodes* (as
        :func:`_node_properties` gives them) point to."""
        self.fetch(x for p in nodes.values() for name in names for x in p.get(name, ()) if isinstance(x, URIRef))

    def label(self, iri) -> str:
        if self._index is not None:
            return self._index.labels.get(URIRef(iri), str(iri).rsplit("/", 1)[-1])
        key = str(iri)
        if key not in self._reference:
            self.fetch([key])
        return self._labels.get(key) or key.rsplit("/", 1)[-1]

    def type(self, iri) -> str:
        if self._index is not None:
            return self._index.types.get(URIRef(iri), "")
        key = str(iri)
        if key not in self._reference:
            self.fetch([key])
        return self._types.get(key, "")

    def ref(self, iri) -> dict:
        return {"iri": str(iri), "label": self.label(iri), "type": self.type(iri)}


def sources_of(store, nodes, *, merged: bool = True) -> dict:
    """The sources of relation nodes: ``{node IRI: [source dict, …]}``.

    A source dict holds ``document`` (IRI), ``title``, ``date``, ``publisher``,
    ``sentence`` (the evidence read from that document) and ``rule`` (the reader
    that found it there, ``epkg:extractedBy``); reference data appears
    with ``document`` the gazetteer graph and ``title`` "reference data (gazetteer)".
    With *merged*, a fact of the consolidated graph has the sources of every document
    node it merges (``epkg:reportedAs``); without, each node only its own.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> node = EPID["membership/ref-aze-shanghai-cooperation-organization-dialogue-partner"]
    >>> sources_of(Store.memory(), [node])[str(node)][0]["title"]
    'reference data (gazetteer)'
    """
    found: dict = defaultdict(list)
    nodes = {str(n) for n in nodes}
    # A consolidated fact's sources are those of the document nodes it merges, in its documents.
    merges: dict = defaultdict(lambda: (set(), set()))
    for chunk in (_chunks(nodes) if merged else ()):
        for r in store.select(f"""
            SELECT ?node ?claim ?src WHERE {{ {_values("node", chunk)}
              GRAPH {_n3(GRAPH_CONSOLIDATED)} {{ ?node epkg:reportedAs ?claim ; prov:wasDerivedFrom ?src }} }}"""):
            claims, docs = merges[str(r["node"])]
            claims.add(str(r["claim"]))
            docs.add(str(r["src"]))
    wanted = nodes | {c for claims, _ in merges.values() for c in claims}
    # Each OPTIONAL on its own GRAPH ?g: written inside the GRAPH ?g block, Oxigraph reads the
    # evidence of every document to join it (as in new below).
    for chunk in _chunks(wanted):
        rows = store.select(f"""
            SELECT ?node ?src ?sentence ?rule ?title ?issued ?publisher WHERE {{
              {_values("node", chunk)}
              GRAPH ?g {{ ?node prov:wasDerivedFrom ?src }}
              FILTER(?g != {_n3(GRAPH_CONSOLIDATED)})
              OPTIONAL {{ GRAPH ?g {{ ?node epkg:evidence ?sentence }} }}
              OPTIONAL {{ GRAPH ?g {{ ?node epkg:extractedBy ?rule }} }}
              OPTIONAL {{ ?src dcterms:title ?title }}
              OPTIONAL {{ ?src dcterms:issued ?issued }}
              OPTIONAL {{ ?src dcterms:publisher ?publisher }}
            }}""")
        for r in rows:
            reference = r["src"] == GRAPH_GAZETTEER
            found[str(r["node"])].append({
                "document": str(r["src"]),
                "title": "reference data (gazetteer)" if reference else _text(r.get("title")),
                "date": _text(r.get("issued")),
                "publisher": _text(r.get("publisher")),
                "sentence": _text(r.get("sentence")),
                "rule": _text(r.get("rule")),
            })
    for node, (claims, docs) in merges.items():
        own = found.get(node, []) if node not in claims else []
        found[node] = own + [src for c in sorted(claims) for src in found.get(c, []) if src["document"] in docs]
    for key, items in list(found.items()):
        if key not in nodes:
            del found[key]
            continue
        unique = {tuple(sorted(d.items(), key=lambda kv: kv[0])): d for d in items}
        found[key] = sorted(unique.values(), key=lambda d: (d["date"] or "", d["document"], d["sentence"] or ""))
    return dict(found)


def _documents(sources: list[dict]) -> set[str]:
    """The documents (not reference data) among sources."""
    return {s["document"] for s in sources if s["document"] != str(GRAPH_GAZETTEER)}


def _node_properties(store, cls, props: dict, nodes=None) -> dict:
    """``{node: {name: [values]}}`` for the nodes of class *cls* (all, or those of *nodes*), reading the
    given properties.

    With a consolidated graph, its facts (with ``documents``: how many documents report
    each); else the relation nodes of every graph."""
    if consolidated(store):
        props = {**props, "documents": EPKG.documentCount}
        open_, close = f"GRAPH {_n3(GRAPH_CONSOLIDATED)} {{", "}"
    else:
        open_, close = "", ""
    names_of = defaultdict(list)
    for name, p in props.items():
        names_of[p].append(name)
    # a few hundred nodes a query: with a VALUES table of thousands, Oxigraph stops looking each node
    # up and reads the whole graph (40 s for the 2,000 facts of one state at 50k documents, 0.1 s in
    # chunks of 400)
    wheres = [""] if nodes is None else [_values("node", chunk) for chunk in _chunks(sorted(map(str, nodes)), _CHUNK)]
    seen: dict = defaultdict(lambda: defaultdict(dict))
    for where in wheres:
        # FILTER, not a VALUES (?p ?name) table: joined with the table, Oxigraph reads the properties
        # of every node of the class before keeping the nodes asked for; read as the answer's tuples,
        # not as a dict a row: a listing reads hundreds of thousands of rows
        answer = store.query(f"""
            SELECT ?node ?p ?o WHERE {{ {open_} {where}
              ?node ?p ?o . FILTER(?p IN ({", ".join(_n3(p) for p in names_of)}))
              ?node a {_n3(cls)} . {close}
            }}""")
        # each value once, in the order read: a dict per property (a list's membership test compares
        # rdflib terms one by one, hundreds of thousands of times on a big store)
        for node, p, o in answer.rows:
            for name in names_of[p]:
                seen[str(node)][name][o] = None
        if RDF.type not in names_of:  # (read with its type, every node has a row)
            for r in store.select(f"SELECT DISTINCT ?node WHERE {{ {open_} {where} ?node a {_n3(cls)} . {close} }}"):
                seen[str(r["node"])]  # nodes with none of the properties still count
    out: dict = defaultdict(lambda: defaultdict(list))
    for node, props_of in seen.items():
        out[node] = defaultdict(list, {name: list(values) for name, values in props_of.items()})
    return out


def _having(store, cls, wanted: dict) -> set[str]:
    """The nodes of class *cls* with, for each property of *wanted*, one of its values (read where
    :func:`_node_properties` reads): the few facts a filter can keep, so that only their
    properties are read, not those of every fact of the class.

    Parameters
    ----------
    store : Store
    cls : URIRef
    wanted : dict
        property (or tuple of properties, any of them) → IRIs (any of them).

    Returns
    -------
    set of str
    """
    open_, close = (f"GRAPH {_n3(GRAPH_CONSOLIDATED)} {{", "}") if consolidated(store) else ("", "")
    patterns = []
    for i, (props, values) in enumerate(wanted.items()):
        path = "|".join(_n3(x) for x in (props if isinstance(props, tuple) else (props,)))
        patterns.append(f"VALUES ?v{i} {{ {' '.join(_n3(URIRef(v)) for v in sorted(map(str, values)))} }} "
                        f"?node {path} ?v{i} .")
    rows = store.select(f"SELECT DISTINCT ?node WHERE {{ {open_} {' '.join(patterns)} ?node a {_n3(cls)} . {close} }}")
    return {str(r["node"]) for r in rows}


def _document_count(p: dict, sources: list[dict]) -> int:
    """How many documents report a fact: counted by the consolidation, or from its sources."""
    if p.get("documents"):
        return int(p["documents"][0])
    return len(_documents(sources))


def _most_specific(types, order=ENTITY_TYPES) -> str:
    names = {str(t)[len(str(EPKG)):] for t in types if str(t).startswith(str(EPKG))}
    for name in order:
        if name in names:
            return name
    return ""


# ---------------------------------------------------------------------- relations of one entity

_RELATION_QUERIES = {
    "partnership": """
        GRAPH ?g { ?node a epkg:Partnership ; epkg:partner ?e, ?other ; prov:wasDerivedFrom ?src .
                   OPTIONAL { ?node epkg:date ?date } }
        FILTER(?other != ?e)
        # (the level's name and rank inside the level's own OPTIONAL: a partnership with no level named matches
        # no level, not every one)
        OPTIONAL { GRAPH ?g { ?node epkg:level ?level }
                   OPTIONAL { ?level skos:prefLabel ?levelLabel } OPTIONAL { ?level epkg:rank ?rank } }""",
    "cooperation": """
        GRAPH ?g { ?node a epkg:Cooperation ; epkg:actor ?e, ?other ; prov:wasDerivedFrom ?src .
                   OPTIONAL { ?node epkg:date ?date } }
        FILTER(?other != ?e)""",
    "membership": """
        GRAPH ?g { { ?node org:member ?e ; org:organization ?other } UNION { ?node org:organization ?e ; org:member ?other }
                   ?node prov:wasDerivedFrom ?src .
                   OPTIONAL { ?node epkg:role ?role } OPTIONAL { ?node epkg:date ?date } }""",
    "agreement": """
        GRAPH ?g { ?node epkg:party ?e, ?other ; prov:wasDerivedFrom ?src . OPTIONAL { ?node epkg:signedOn ?date } }
        FILTER(?other != ?e)""",
    "project": """
        VALUES ?p1 { epkg:participant epkg:hostState } VALUES ?p2 { epkg:participant epkg:hostState }
        GRAPH ?g { ?node a epkg:EnergyProject ; ?p1 ?e ; ?p2 ?other ; prov:wasDerivedFrom ?src . }
        FILTER(?other != ?e)""",
}


def relations(store, entity, *, kinds=RELATION_KINDS) -> list[dict]:
    """Every relation of *entity* with another actor, one dict per (relation, source).

    Parameters
    ----------
    store : Store
    entity : URIRef
    kinds : iterable of str
        Among :data:`RELATION_KINDS`.

    Returns
    -------
    list of dict
        ``kind``, ``node``, ``other``, ``date``, ``level``, ``rank``, ``role``,
        ``source`` (document or reference graph IRI), ``issued`` (its date).

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> rows = relations(Store.memory(), EPID["state/AZE"], kinds=["membership"])
    >>> any(r["role"] == "dialogue partner" for r in rows)
    True
    """
    out = []
    # Each fact once: from the consolidated graph (and the reference data) where there is one,
    # each graph named in full so the engine reads it alone rather than every document's copy.
    sources = [(f"GRAPH {_n3(GRAPH_CONSOLIDATED)}", ""), (f"GRAPH {_n3(GRAPH_GAZETTEER)}", "")] \
        if consolidated(store) else [("GRAPH ?g", f"FILTER(?g != {_n3(GRAPH_CONSOLIDATED)})")]
    for kind in kinds:
        if kind not in _RELATION_QUERIES:
            raise InputError(f"unknown relation kind {kind!r}: expected one of {', '.join(RELATION_KINDS)}")
        rows = []
        # the entity written into the pattern: bound by a VALUES table instead, Oxigraph reads
        # every membership of the graph before keeping the entity's
        pattern = re.sub(r"\?e\b", lambda _: _n3(entity), _RELATION_QUERIES[kind])
        for graph, graphs in sources:
            rows += store.select(f"""
                SELECT DISTINCT ?node ?other ?date ?levelLabel ?rank ?role ?src ?issued WHERE {{
                  {pattern.replace("GRAPH ?g", graph)}
                  {graphs}
                  OPTIONAL {{ ?src dcterms:issued ?issued }}
                }}""")
        for r in rows:
            out.append({"kind": kind, "node": str(r["node"]), "other": str(r["other"]),
                        "date": _text(r.get("date")), "level": _text(r.get("levelLabel")),
                        "rank": _number(r.get("rank")), "role": _text(r.get("role")),
                        "source": str(r["src"]), "issued": _text(r.get("issued"))})
    return out


def partners(store, entity, *, kind: str | None = None, type: str | None = None,
             since: str | None = None) -> list[dict]:
    """The partners of *entity*, one row per partner.

    Parameters
    ----------
    store : Store
    entity : URIRef
    kind : str, optional
        Only relations of this kind (:data:`RELATION_KINDS`).
    type : str, optional
        Only partners of this class (``State``, ``Company``, ``InternationalOrganization`` …).
    since : str, optional
        ISO date (or year, year-month): only relations dated (or, undated, reported) since then.

    Returns
    -------
    list of dict
        ``partner`` (IRI), ``label``, ``type``, ``kinds`` (sorted, ``;``-joined),
        ``level`` (the strongest partnership level), ``first`` and ``last`` (dates
        from documents), ``documents`` (number of supporting documents),
        ``reference`` ("reference data" when the gazetteer states a tie, else ``None``).
        Strongest level first, then most documents, then label.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> rows = partners(Store.memory(), EPID["state/AZE"], kind="membership")
    >>> "Shanghai Cooperation Organization" in [r["label"] for r in rows]
    True
    """
    if type is not None and type not in ENTITY_TYPES:
        raise InputError(f"unknown type {type!r}: expected one of {', '.join(ENTITY_TYPES[:6])}, …")
    if since is not None:
        since = check_date(since, "--since")
    kinds = [kind] if kind else list(RELATION_KINDS)
    labels = _Labels(store)
    typed = None
    if type is not None:
        typed = {str(r["x"]) for r in store.select(f"SELECT DISTINCT ?x WHERE {{ ?x a epkg:{type} }}")}
    grouped: dict = {}
    rels = relations(store, entity, kinds=kinds)
    labels.fetch(URIRef(r["other"]) for r in rels)
    for rel in rels:
        other = rel["other"]
        if typed is not None and other not in typed:
            continue
        when = rel["date"] or rel["issued"]
        if since and not may_be_since(when, since):
            continue
        row = grouped.setdefault(other, {"partner": other, "label": labels.label(other),
                                         "type": labels.type(other), "kinds": set(), "level": None,
                                         "rank": -1, "first": None, "last": None, "documents": set(),
                                         "reference": None})
        row["kinds"].add(rel["kind"])
        if rel["level"] and (rel["rank"] or 0) > row["rank"]:
            row["level"], row["rank"] = rel["level"], rel["rank"] or 0
        if when:
            row["first"] = min(filter(None, [row["first"], when]))
            row["last"] = max(filter(None, [row["last"], when]))
        if rel["source"] != str(GRAPH_GAZETTEER):
            row["documents"].add(rel["source"])
        else:  # reference data is no document, and has no date of its own
            row["reference"] = "reference data"
    rows = []
    for row in grouped.values():
        row["kinds"] = ";".join(sorted(row["kinds"]))
        row["documents"] = len(row["documents"])
        rank = row.pop("rank")
        rows.append((-rank, -row["documents"], row["label"], row))
    return [r[-1] for r in sorted(rows, key=lambda t: t[:3])]


# ---------------------------------------------------------------------- collections

_PROJECT_PROPS = {"label": RDFS.label, "technology": EPKG.technology, "capacity": EPKG.capacityMW,
                  "host": EPKG.hostState, "location": EPKG.locatedIn, "participant": EPKG.participant,
                  "developer": EPKG.developer, "investor": EPKG.investor, "contractor": EPKG.contractor}


def technology(store, name: str) -> list[str]:
    """The technology concepts *name* covers (itself and its narrower ones), as IRIs.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> [t.rsplit("#", 1)[-1] for t in technology(Store.memory(), "wind")][:2]
    ['technology_offshore_wind', 'technology_onshore_wind']
    """
    rows = store.select("""
        SELECT ?c ?l WHERE { ?c skos:inScheme epkg:Technologies . { ?c skos:prefLabel ?l } UNION { ?c skos:altLabel ?l } }""")
    wanted = fold(name)
    hits = {str(r["c"]) for r in rows if fold(str(r["l"])) == wanted}
    if not hits:
        known = sorted({str(r["l"]) for r in rows})
        raise InputError(f"unknown technology {name!r}: expected one of {', '.join(known)}")
    narrower = store.select(f"""
        SELECT DISTINCT ?c WHERE {{ {_values("top", hits)} ?c skos:broader* ?top }}""")
    return sorted(hits | {str(r["c"]) for r in narrower})


def _concept_labels(store, scheme) -> dict:
    return {str(r["c"]): str(r["l"]) for r in store.select(
        f"SELECT ?c ?l WHERE {{ ?c skos:inScheme {_n3(scheme)} ; skos:prefLabel ?l }}")}


def _in_place(store, place) -> set[str]:
    """*place* and every place inside it (``epkg:country``, ``epkg:locatedIn``, transitively)."""
    rows = store.select(f"""
        SELECT DISTINCT ?p WHERE {{ ?p (epkg:country|epkg:locatedIn)* {_n3(place)} }}""")
    return {str(r["p"]) for r in rows} | {str(place)}


def projects(store, *, host=None, technology_name: str | None = None, min_mw: float | None = None,
             participant=None, nodes=None) -> list[dict]:
    """Energy projects, filtered.

    Parameters
    ----------
    store : Store
    host : URIRef, optional
        A state (its ``epkg:hostState`` projects, and those located in its places) or a place.
    technology_name : str, optional
        A technology label (``"wind"`` includes offshore and onshore wind).
    min_mw : float, optional
        Smallest capacity in MW (projects without a capacity are left out).
    participant : URIRef, optional
        An actor taking part (in any role).
    nodes : iterable of IRIs, optional
        Only these projects.

    Returns
    -------
    list of dict
        ``project`` (IRI), ``label``, ``technologies``, ``capacity_mw``, ``hosts``,
        ``locations``, ``participants`` (label with role, ``;``-joined), ``documents``.
        Largest capacity first.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> projects(Store.memory(), min_mw=1)
    []
    """
    labels = _Labels(store)
    tech_labels = _concept_labels(store, EPKG.Technologies)
    wanted_tech = set(technology(store, technology_name)) if technology_name else None
    places = _in_place(store, host) if host is not None else None
    if nodes is None and (places is not None or participant is not None):
        wanted = {(EPKG.hostState, EPKG.locatedIn): places} if places is not None else {}
        if participant is not None:
            wanted[EPKG.participant] = [participant]
        nodes = _having(store, EPKG.EnergyProject, wanted)
    nodes = _node_properties(store, EPKG.EnergyProject, _PROJECT_PROPS, nodes)
    labels.fetch_in(nodes, "host", "location", "participant")
    # the consolidated graph counts each fact's documents: its sources need not be read
    sources = {} if consolidated(store) else sources_of(store, nodes)
    rows = []
    for node, p in nodes.items():
        techs = [str(t) for t in p["technology"]]
        capacities = [_number(c) for c in p["capacity"] if _number(c) is not None]
        capacity = max(capacities) if capacities else None
        hosts, locations = [str(x) for x in p["host"]], [str(x) for x in p["location"]]
        actors = {str(x) for x in p["participant"]}
        if wanted_tech is not None and not wanted_tech & set(techs):
            continue
        if min_mw is not None and (capacity is None or capacity < min_mw):
            continue
        if places is not None and not places & set(hosts + locations):
            continue
        if participant is not None and str(participant) not in actors:
            continue
        roles = defaultdict(list)
        for role in ("developer", "investor", "contractor"):
            for x in p[role]:
                roles[str(x)].append(role)
        parts = sorted(f"{labels.label(a)} ({'/'.join(roles[a])})" if roles[a] else labels.label(a) for a in actors)
        rows.append({
            "project": node,
            "label": str(p["label"][0]) if p["label"] else None,
            "technologies": ";".join(sorted(tech_labels.get(t, t.rsplit("_", 1)[-1]) for t in techs)),
            "capacity_mw": capacity,
            "hosts": ";".join(sorted(labels.label(h) for h in hosts)),
            "locations": ";".join(sorted(labels.label(x) for x in locations)),
            "participants": ";".join(parts),
            "documents": _document_count(p, sources.get(node, [])),
        })
    rows.sort(key=lambda r: (-(r["capacity_mw"] or 0), r["label"] or "", r["project"]))
    return rows


_AGREEMENT_PROPS = {"label": RDFS.label, "type": RDF.type, "party": EPKG.party, "date": EPKG.signedOn,
                    "place": EPKG.signedAt, "establishes": EPKG.establishes}


def agreement_type(name: str) -> str:
    """The class name for an agreement type as users write it (``MoU`` → ``MemorandumOfUnderstanding``).

    Examples
    --------
    >>> agreement_type("joint statement")
    'JointStatement'
    """
    key = "".join(fold(name).split()).replace("-", "")
    if key.endswith("s") and key[:-1] in AGREEMENT_TYPES:
        key = key[:-1]
    if key not in AGREEMENT_TYPES:
        raise InputError(f"unknown agreement type {name!r}: expected one of MoU, Declaration, JointStatement, "
                         f"Treaty, Contract, Agreement")
    return AGREEMENT_TYPES[key]


def agreements(store, *, party=None, between=None, type: str | None = None, year: str | int | None = None,
               nodes=None) -> list[dict]:
    """Agreements, filtered.

    Parameters
    ----------
    store : Store
    party : URIRef, optional
        A signatory or party.
    between : (URIRef, URIRef), optional
        Two actors that are both parties.
    type : str, optional
        ``MoU``, ``Declaration``, ``JointStatement``, ``Treaty``, ``Contract`` or ``Agreement``.
    year : str or int, optional
        Year of signing.
    nodes : iterable of IRIs, optional
        Only these agreements.

    Returns
    -------
    list of dict
        ``agreement`` (IRI), ``type``, ``label``, ``date``, ``place``, ``parties``
        (``;``-joined labels), ``documents``. Oldest first (undated last).

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> agreements(Store.memory(), type="MoU")
    []
    """
    if year is not None:
        year = check_date(str(year) if not str(year).lstrip("-").isdigit() else f"{int(year):04d}", "--year")
    labels = _Labels(store)
    cls = agreement_type(type) if type else None
    if nodes is None and (party is not None or between):
        nodes = set.intersection(*(_having(store, EPKG.Agreement, {EPKG.party: [x]})
                                   for x in ([party] if party is not None else []) + list(between or ())))
    nodes = _node_properties(store, EPKG.Agreement, _AGREEMENT_PROPS, nodes)
    labels.fetch_in(nodes, "place", "party")
    # the consolidated graph counts each fact's documents: its sources need not be read
    sources = {} if consolidated(store) else sources_of(store, nodes)
    wanted = [str(x) for x in ([party] if party is not None else []) + list(between or ())]
    rows = []
    for node, p in nodes.items():
        parties = {str(x) for x in p["party"]}
        kind = _most_specific(p["type"])
        dates = sorted(str(d) for d in p["date"])
        if cls and cls not in {str(t)[len(str(EPKG)):] for t in p["type"]}:
            continue
        if any(w not in parties for w in wanted):
            continue
        if year is not None and not any(d.startswith(str(year)) for d in dates):
            continue
        rows.append({
            "agreement": node, "type": kind,
            "label": str(p["label"][0]) if p["label"] else None,
            "date": ";".join(dates) or None,
            "place": ";".join(sorted(labels.label(x) for x in p["place"])) or None,
            "parties": ";".join(sorted(labels.label(x) for x in parties)),
            "documents": _document_count(p, sources.get(node, [])),
        })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["label"] or "", r["agreement"]))
    return rows


_EVENT_PROPS = {"label": RDFS.label, "type": RDF.type, "date": EPKG.date, "place": EPKG.heldIn,
                "participant": EPKG.participant, "organizer": EPKG.organizedBy}


def events(store, *, place=None, participant=None, nodes=None) -> list[dict]:
    """Events, filtered.

    Parameters
    ----------
    store : Store
    place : URIRef, optional
        A place or state: events held there or in a place inside it.
    participant : URIRef, optional
        An actor taking part or organising.
    nodes : iterable of IRIs, optional
        Only these events.

    Returns
    -------
    list of dict
        ``event`` (IRI), ``type``, ``label``, ``date``, ``place``, ``participants``,
        ``organizers`` (``;``-joined labels), ``documents``. Oldest first.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> events(Store.memory())
    []
    """
    labels = _Labels(store)
    places = _in_place(store, place) if place is not None else None
    listed = listings.read(store, nodes) if consolidated(store) else None
    if listed is None:  # a store without listing rows: from the statements
        listed = _event_listing(store, nodes)
    labels.fetch(x for p in listed.values() for name in ("place", "participant", "organizer")
                 for x in p.get(name, ()))
    rows = []
    for node, p in listed.items():
        held, taking, organising = p.get("place", []), p.get("participant", []), p.get("organizer", [])
        if places is not None and not places & set(held):
            continue
        if participant is not None and str(participant) not in {*taking, *organising}:
            continue
        rows.append({
            "event": node, "type": _most_specific(EPKG[t] for t in p.get("types", ())),
            "label": p["label"][0] if p.get("label") else None,
            "date": ";".join(p.get("date", ())) or None,
            "place": ";".join(sorted(labels.label(x) for x in held)) or None,
            "participants": ";".join(sorted(labels.label(x) for x in taking)),
            "organizers": ";".join(sorted(labels.label(x) for x in organising)),
            "documents": p.get("documents", 0),
        })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["label"] or "", r["event"]))
    return rows


def _event_listing(store, nodes=None) -> dict:
    """Events as :func:`epkg.graph.listings.read` gives them, read from their statements (a store
    without listing rows, or without a consolidated graph: then each document's events)."""
    nodes = _node_properties(store, EPKG.Event, _EVENT_PROPS, nodes)
    # the consolidated graph counts each fact's documents: its sources need not be read
    sources = {} if consolidated(store) else sources_of(store, nodes)
    ns = str(EPKG)
    out = {}
    for node, p in nodes.items():
        out[node] = {"types": sorted(str(t)[len(ns):] for t in p["type"] if str(t).startswith(ns)),
                     "label": sorted(str(x) for x in p["label"]), "date": sorted(str(d) for d in p["date"]),
                     **{name: sorted(str(x) for x in p[name]) for name in ("place", "participant", "organizer")},
                     "documents": _document_count(p, sources.get(node, []))}
    return out


# ---------------------------------------------------------------------- one entity

_INVOLVING = """
    SELECT DISTINCT ?node ?p WHERE {{
      GRAPH ?g {{ ?node ?p {e} ; prov:wasDerivedFrom ?src . }}
      FILTER(?p != epkg:mentions)
    }}"""


def sources(store, ref) -> list[dict]:
    """The sentences behind a fact, or behind every fact about an entity.

    Parameters
    ----------
    store : Store
    ref : URIRef
        A relation node (agreement, project, partnership …): its own sources; any
        other entity: the sources of every relation node that names it.

    Returns
    -------
    list of dict
        ``fact`` (IRI), ``kind`` (its class), ``document``, ``title``, ``date``,
        ``publisher``, ``sentence``, ``rule`` (the reader that found it). By date, then document.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> rows = sources(Store.memory(), EPID["state/AZE"])
    >>> rows[0]["title"]
    'reference data (gazetteer)'
    """
    ref = URIRef(ref)
    own = store.ask(f"ASK {{ {_n3(ref)} prov:wasDerivedFrom ?src }}")
    # the relation nodes of the documents (and reference data) that name it: each report apart
    per_report = _INVOLVING.format(e=_n3(ref)).replace(
        "FILTER(?p != epkg:mentions)", f"FILTER(?p != epkg:mentions && ?g != {_n3(GRAPH_CONSOLIDATED)})")
    nodes = [str(ref)] if own else sorted({str(r["node"]) for r in store.select(per_report)})
    found = sources_of(store, nodes, merged=own)
    types = defaultdict(set)
    for chunk in _chunks(nodes):
        for r in store.select(f"SELECT ?node ?t WHERE {{ {_values('node', chunk)} ?node a ?t }}"):
            types[str(r["node"])].add(r["t"])
    rows = [{"fact": node, "kind": _most_specific(types[node]), **src}
            for node in nodes for src in found.get(node, [])]
    rows.sort(key=lambda r: (r["date"] or "", r["document"], r["fact"]))
    return rows


def show(store, entity) -> dict:
    """Everything known about one entity.

    Parameters
    ----------
    store : Store
    entity : URIRef

    Returns
    -------
    dict
        ``iri``, ``label``, ``type``, ``types``, ``names`` (other labels), ``iso3``,
        ``demonyms``, ``statements`` (its other properties), and lists of
        ``memberships``, ``members``, ``partnerships``, ``cooperation``,
        ``agreements``, ``projects``, ``events``, each item with its ``sources``;
        ``documents``: how many documents mention it.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> info = show(Store.memory(), EPID["state/AZE"])
    >>> info["label"], info["iso3"], info["type"]
    ('Azerbaijan', 'AZE', 'State')
    """
    e = URIRef(entity)
    labels = _Labels(store)
    info = _who(store, e, labels)
    rels = relations(store, e)
    involving = _involving(store, e)
    found = sources_of(store, {r["node"] for r in rels} | set(involving))
    info.update(_standing(store, e, labels, rels, found))
    info.update(_facts_involving(store, involving, found))
    info["documents"] = len({str(r["d"]) for r in store.select(
        f"SELECT DISTINCT ?d WHERE {{ ?d epkg:mentions {_n3(e)} }}")})
    return info


def _who(store, e: URIRef, labels) -> dict:
    """What :func:`show` says of the entity itself: names, types, code, and its other statements."""
    # Each statement once, with the number of documents that make it (not once a document).
    own = store.select(f"""
        SELECT ?p ?o (COUNT(DISTINCT ?doc) AS ?n) (MAX(?ref) AS ?reference) WHERE {{
          GRAPH ?g {{ {_n3(e)} ?p ?o }}
          BIND(IF(STRSTARTS(STR(?g), "DOC_PREFIX"), ?g, ?unbound) AS ?doc)
          BIND(IF(?g = {_n3(GRAPH_GAZETTEER)}, 1, 0) AS ?ref)
          FILTER(?g != {_n3(GRAPH_CONSOLIDATED)} && ?g != {_n3(GRAPH_META)} && ?p NOT IN (epkg:firstReported, epkg:lastReported,
                 epkg:documentCount, epkg:sourceCount))
        }} GROUP BY ?p ?o""".replace("DOC_PREFIX", str(EPID["doc/"])))
    # The reference data alone says what a reference entity is and its code (an import cannot).
    told = own if not labels.is_reference(e) else store.select(
        f"SELECT ?p ?o WHERE {{ {_values('g', REFERENCE_GRAPHS)} GRAPH ?g {{ {_n3(e)} ?p ?o }} }}")
    types = [r["o"] for r in told if r["p"] == RDF.type]
    label = labels.label(e)
    info = {
        "iri": str(e), "curie": curie(e), "label": label, "type": _most_specific(types),
        "types": sorted({str(t)[len(str(EPKG)):] for t in types if str(t).startswith(str(EPKG))}),
        "names": sorted({str(r["o"]) for r in own if r["p"] in (SKOS.altLabel, RDFS.label)} - {label}),
        "iso3": next((str(r["o"]) for r in told if r["p"] == EPKG.iso3), None),
        "demonyms": sorted({str(r["o"]) for r in own if r["p"] == EPKG.demonym}),
    }
    skip = {RDF.type, RDFS.label, SKOS.altLabel, EPKG.iso3, EPKG.demonym, PROV.wasDerivedFrom, EPKG.evidence,
            EPKG.memberOf, EPKG.observerOf, EPKG.dialoguePartnerOf, EPKG.partnerOf, EPKG.cooperatesWith}
    statements = []
    for r in own:
        if r["p"] in skip:
            continue
        value = labels.label(r["o"]) if isinstance(r["o"], URIRef) else str(r["o"])
        statements.append({"property": short(r["p"]), "value": value,
                           "documents": int(_number(r.get("n")) or 0),
                           "reference": bool(_number(r.get("reference")))})
    info["statements"] = sorted(statements, key=lambda d: (d["property"], d["value"]))
    return info


def _involving(store, e: URIRef) -> dict[str, set]:
    """The fact nodes *e* takes part in, each with the properties that tie it to them."""
    involving = defaultdict(set)
    query = _INVOLVING.format(e=_n3(e))
    if consolidated(store):  # the facts, not every document's report of them
        query = query.replace("GRAPH ?g", f"GRAPH {_n3(GRAPH_CONSOLIDATED)}")
    for r in store.select(query):
        involving[str(r["node"])].add(r["p"])
    return involving


def _standing(store, e: URIRef, labels, rels: list[dict], found: dict) -> dict:
    """The entity's memberships, members, partnerships and cooperation, each with its sources."""
    memberships, members = {}, {}
    partnerships, cooperation = {}, {}
    for r in rels:
        if r["kind"] == "membership":
            mine = store.ask(f"ASK {{ {_n3(r['node'])} org:member {_n3(e)} }}")
            target = memberships if mine else members
            # The gazetteer's and the documents' statements of one standing are one row.
            item = target.setdefault((r["other"], r["role"]), {
                "organization" if mine else "member": labels.label(r["other"]), "iri": r["other"],
                "role": r["role"], "date": r["date"], "sources": []})
            if r["date"] and (item["date"] is None or r["date"] < item["date"]):
                item["date"] = r["date"]
            item["sources"].extend(x for x in found.get(r["node"], []) if x not in item["sources"])
        elif r["kind"] == "partnership":
            item = partnerships.setdefault(r["node"], {"partners": set(), "level": r["level"], "date": r["date"],
                                                       "sources": found.get(r["node"], [])})
            item["partners"].add(labels.label(r["other"]))
        elif r["kind"] == "cooperation":
            item = cooperation.setdefault(r["other"], {"partner": labels.label(r["other"]), "iri": r["other"],
                                                       "sources": []})
            item["sources"].extend(s for s in found.get(r["node"], []) if s not in item["sources"])
    for item in partnerships.values():
        item["partners"] = ";".join(sorted(item["partners"]))
    for item in list(memberships.values()) + list(members.values()):
        item["sources"].sort(key=lambda x: (x["date"] or "", x["document"]))
    return {
        "memberships": sorted(memberships.values(), key=lambda d: (d["organization"], d["role"] or "")),
        "members": sorted(members.values(), key=lambda d: (d["member"], d["role"] or "")),
        "partnerships": sorted(partnerships.values(), key=lambda d: (d["date"] or "", d["partners"], d["level"] or "")),
        "cooperation": sorted(cooperation.values(), key=lambda d: d["partner"]),
    }


def _facts_involving(store, involving: dict, found: dict) -> dict:
    """The agreements, projects and events the entity takes part in, with its role and their sources."""

    def pick(rows, key):
        chosen = [dict(row) for row in rows if row[key] in involving]
        for row in chosen:
            props = involving[row[key]]
            if props - {EPKG.participant}:
                props = props - {EPKG.participant}  # the specific role says more than "participant"
            row["role"] = ";".join(sorted(short(p) for p in props))
            row["sources"] = found.get(row[key], [])
        return chosen

    # only the facts that involve the entity are read, not every fact of the store
    return {"agreements": pick(agreements(store, nodes=involving), "agreement"),
            "projects": pick(projects(store, nodes=involving), "project"),
            "events": pick(events(store, nodes=involving), "event")}



# ---------------------------------------------------------------------- disagreements

def _per_source(store, cls, props: dict) -> list[dict]:
    """One dict per (node, source graph) with the node's properties *as that document states them*."""
    values = " ".join(f"({_n3(p)} \"{name}\")" for name, p in props.items())
    rows = store.select(f"""
        SELECT ?node ?g ?name ?o WHERE {{
          GRAPH ?g {{ ?node a {_n3(cls)} ; prov:wasDerivedFrom ?g . VALUES (?p ?name) {{ {values} }} ?node ?p ?o }}
        }}""")
    grouped: dict = {}
    for r in rows:
        item = grouped.setdefault((str(r["node"]), str(r["g"])),
                                  {"node": str(r["node"]), "source": str(r["g"]), **{k: set() for k in props}})
        item[str(r["name"])].add(r["o"])
    return list(grouped.values())


def _conflict(kind, subject, nodes, by_value, found, describe=str) -> dict:
    values = []
    for value, pairs in sorted(by_value.items(), key=lambda kv: str(kv[0])):
        srcs = []
        for node, source in sorted(pairs):
            srcs.extend(s for s in found.get(node, []) if s["document"] == source and s not in srcs)
        values.append({"value": describe(value), "sources": srcs})
    return {"kind": kind, "subject": subject, "facts": ";".join(sorted(nodes)), "values": values}


def _reports_of_one_fact(store) -> tuple[dict, dict, dict]:
    """Reports grouped by the fact they are taken to be about: projects by name (or IRI when
    unnamed); agreements by most specific kind, name and parties; partnerships by partners and
    stated date. Each report is one (node, document) with its values as that document states them."""
    projects_ = defaultdict(list)
    for item in _per_source(store, EPKG.EnergyProject, {"label": RDFS.label, "capacity": EPKG.capacityMW}):
        names = sorted(fold(str(x)) for x in item["label"])
        projects_[names[0] if names else item["node"]].append(item)
    agreements_ = defaultdict(list)
    for item in _per_source(store, EPKG.Agreement, {"label": RDFS.label, "type": RDF.type, "party": EPKG.party,
                                                     "date": EPKG.signedOn, "place": EPKG.signedAt}):
        names = sorted(fold(str(x)) for x in item["label"])
        key = (_most_specific(item["type"]), names[0] if names else item["node"],
               frozenset(str(p) for p in item["party"]))
        agreements_[key].append(item)
    partnerships_ = defaultdict(list)
    for item in _per_source(store, EPKG.Partnership, {"partner": EPKG.partner, "date": EPKG.date,
                                                       "level": EPKG.level}):
        for date in item["date"]:
            partnerships_[(frozenset(str(p) for p in item["partner"]), str(date))].append(item)
    return projects_, agreements_, partnerships_


def _disagreement(items, field, same=lambda a, b: a == b) -> dict | None:
    """The values of *field* the reports *items* give (each with its reports), when they clash
    and come from more than one document; else None."""
    by_value = defaultdict(set)
    for i in items:
        for v in i[field]:
            by_value[_number(v) if field == "capacity" else str(v)].add((i["node"], i["source"]))
    keys = list(by_value)
    clash = any(not same(str(a), str(b)) for x, a in enumerate(keys) for b in keys[x + 1:])
    documents = {s for pairs in by_value.values() for _, s in pairs}
    return by_value if clash and len(documents) > 1 else None


def _relevant(items, involved) -> bool:
    """Whether reports are about an entity in *involved* (or involve one); all are when it is None."""
    return involved is None or any(i["node"] in involved or involved & set(map(str, i.get("party", set())
                                                                              | i.get("partner", set())))
                                   for i in items)


def _capacity_conflicts(store, groups: dict, found: dict, entity, involved) -> list[dict]:
    out = []
    for key, items in groups.items():
        if involved is not None:
            nodes = {i["node"] for i in items}
            proj_actors = {str(r["node"]) for r in store.select(
                f"SELECT ?node WHERE {{ {_values('node', nodes)} ?node ?p {_n3(URIRef(entity))} }}")}
            if not (nodes & involved or proj_actors):
                continue
        by_value = _disagreement(items, "capacity")
        if by_value:
            subject = next((str(x) for i in items for x in i["label"]), None) or key
            out.append(_conflict("capacity", subject, {i["node"] for i in items}, by_value, found,
                                 lambda v: f"{v:g} MW" if isinstance(v, (int, float)) else str(v)))
    return out


def _agreement_conflicts(groups: dict, found: dict, labels, involved) -> list[dict]:
    out = []
    for (kind, name, parties), items in groups.items():
        if not _relevant(items, involved):
            continue
        subject = next((str(x) for i in items for x in i["label"]), None) or \
            f"{kind} between {', '.join(sorted(labels.label(p) for p in parties))}"
        by_value = _disagreement(items, "date", compatible)  # more or less precise dates agree
        if by_value:
            out.append(_conflict("date", subject, {i["node"] for i in items}, by_value, found))
        by_value = _disagreement(items, "place")
        if by_value:
            out.append(_conflict("place", subject, {i["node"] for i in items}, by_value, found, labels.label))
    return out


def _level_conflicts(store, groups: dict, found: dict, labels, involved) -> list[dict]:
    out = []
    level_labels = _concept_labels(store, EPKG.PartnershipLevels)
    for (partner_set, date), items in groups.items():
        if not _relevant(items, involved):
            continue
        by_value = _disagreement(items, "level")
        if by_value:
            subject = f"partnership of {' and '.join(sorted(labels.label(p) for p in partner_set))} on {date}"
            out.append(_conflict("level", subject, {i["node"] for i in items}, by_value, found,
                                 lambda v: level_labels.get(v, v)))
    return out


def conflicts(store, entity=None) -> list[dict]:
    """Where documents disagree about the same fact.

    Checked: a project's capacity (projects named alike), an agreement's date or
    place (agreements of the same kind, name and parties), and a partnership's level
    (the same partners at the same stated date); and, where the store has a
    consolidated graph, every value its facts (reports matched by identity) are marked
    ``epkg:conflictOn`` for. Only disagreements *between* documents count; dates that
    are merely more or less precise agree.

    Parameters
    ----------
    store : Store
    entity : URIRef, optional
        Only conflicts about facts that involve this entity (or are it).

    Returns
    -------
    list of dict
        ``kind`` (``capacity``, ``date``, ``place`` or ``level``), ``subject`` (what
        it is about), ``facts`` (relation IRIs), ``values``: one per side, each with
        its ``value`` and its ``sources``.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> conflicts(Store.memory())
    []
    """
    labels = _Labels(store)
    involved = None
    if entity is not None:
        involved = {str(r["node"]) for r in store.select(_INVOLVING.format(e=_n3(URIRef(entity))))}
        involved.add(str(entity))
    projects_, agreements_, partnerships_ = _reports_of_one_fact(store)
    found = sources_of(store, {i["node"] for groups in (projects_, agreements_, partnerships_)
                               for items in groups.values() for i in items})
    out = (_capacity_conflicts(store, projects_, found, entity, involved)
           + _agreement_conflicts(agreements_, found, labels, involved)
           + _level_conflicts(store, partnerships_, found, labels, involved))
    seen = {(c["kind"], node) for c in out for node in c["facts"].split(";")}
    for c in _marked_conflicts(store, labels, involved):
        if not any((c["kind"], node) in seen for node in c["facts"].split(";")):
            out.append(c)
    out.sort(key=lambda c: (c["kind"], c["subject"]))
    return out


_CONFLICT_KINDS = {EPKG.capacityMW: "capacity", EPKG.signedOn: "date", EPKG.date: "date", EPKG.signedAt: "place",
                   EPKG.heldIn: "place", EPKG.level: "level"}


def _marked_conflicts(store, labels, involved) -> list[dict]:
    """The disagreements the consolidated graph marks (``epkg:conflictOn``): the reports of one
    fact, matched by identity, that give it different values."""
    rows = store.select(f"""
        SELECT ?fact ?p ?o ?label WHERE {{ GRAPH {_n3(GRAPH_CONSOLIDATED)} {{
          ?fact epkg:conflictOn ?p ; ?p ?o . OPTIONAL {{ ?fact rdfs:label ?label }} }} }}""")
    by_fact: dict = defaultdict(lambda: defaultdict(set))
    names = {}
    for r in rows:
        by_fact[str(r["fact"])][r["p"]].add(r["o"])
        names[str(r["fact"])] = _text(r.get("label"))
    if involved is not None:
        by_fact = {f: v for f, v in by_fact.items() if f in involved}
    found = sources_of(store, by_fact)
    out = []
    for fact, props in sorted(by_fact.items()):
        for p, values in sorted(props.items()):
            per_value = []
            for value in sorted(values, key=str):
                docs = {str(r["doc"]) for r in store.select(f"""
                    SELECT DISTINCT ?doc WHERE {{ GRAPH {_n3(GRAPH_CONSOLIDATED)} {{ {_n3(fact)} epkg:reportedAs ?claim ;
                      prov:wasDerivedFrom ?doc }} GRAPH ?doc {{ ?claim {_n3(p)} {value.n3()} }} }}""")}
                shown = labels.label(value) if isinstance(value, URIRef) else \
                    (f"{_number(value):g} MW" if p == EPKG.capacityMW else str(value))
                per_value.append({"value": shown, "sources": [x for x in found.get(fact, []) if x["document"] in docs]})
            out.append({"kind": _CONFLICT_KINDS.get(p, short(p)), "subject": names[fact] or curie(fact),
                        "facts": fact, "values": per_value})
    return out


# ---------------------------------------------------------------------- news

def _document_listing(store, docs: list) -> dict:
    """Documents' rows as :func:`epkg.graph.listings.document_rows` gives them, read from their
    graphs (each node as its own document states it: nodes of several documents may share an IRI)."""
    if not docs:
        return {}
    titles = {d: None for d in docs}
    for r in store.select(f"SELECT ?doc ?title WHERE {{ {_values('doc', docs)} GRAPH ?doc {{ ?doc dcterms:title ?title }} }}"):
        titles[str(r["doc"])] = _text(r["title"])
    said = defaultdict(list)
    # the properties by a FILTER: joined with a VALUES table of them, Oxigraph is ten times slower
    for doc, node, p, o in store.query(f"""
            SELECT ?doc ?node ?p ?o WHERE {{ {_values("doc", docs)}
              GRAPH ?doc {{ ?node prov:wasDerivedFrom ?doc ; ?p ?o .
                FILTER(?p IN (rdf:type, rdfs:label, epkg:evidence, {", ".join(_n3(x) for x in listings.PARTS)})) }} }}""").rows:
        said[str(doc)].append((node, p, o))
    return {d: {"title": titles[d], "facts": listings.facts_of(said[d])} for d in docs}


def new(store, since: str | None = None, *, ingested_since: str | None = None) -> list[dict]:
    """What the graph learned from documents published since *since* (and/or ingested since
    *ingested_since*).

    Parameters
    ----------
    store : Store
    since : str, optional
        ISO date (``2025-06-01``), year-month or year: documents published on or after it
        (a document without a publication date is left out).
    ingested_since : str, optional
        The same, for the time the document was ingested. Given both, a document must
        satisfy both.

    Returns
    -------
    list of dict
        One row per fact: ``document``, ``title``, ``published``, ``ingested``,
        ``fact`` (IRI), ``kind``, ``label`` (a short description), ``sentence``.
        By publication date, then document.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> new(Store.memory(), "2025-01-01")
    []
    """
    since = check_date(since, "--since") if since is not None else None
    ingested_since = check_date(ingested_since, "--ingested-since") if ingested_since is not None else None
    if since is None and ingested_since is None:
        raise InputError("give a date: published since (--since) or ingested since (--ingested-since)")
    labels = _Labels(store)
    # the dates first, for every document; the rows (titles and facts) only for the documents chosen
    docs = store.select("""
        SELECT ?doc ?issued ?ingested WHERE {
          GRAPH ?doc { ?doc a epkg:Document . OPTIONAL { ?doc dcterms:issued ?issued } }
          OPTIONAL { GRAPH epid:graph/meta { ?doc epkg:ingested ?ingested } }
        }""".replace("epid:graph/meta", _n3(EPID["graph/meta"])))
    chosen = {}
    for r in docs:
        issued, ingested = _text(r.get("issued")), _text(r.get("ingested"))
        published_ok = since is None or may_be_since(issued, since)
        ingested_ok = ingested_since is None or (ingested is not None and ingested[:len(ingested_since)] >= ingested_since)
        if published_ok and ingested_ok:
            chosen[str(r["doc"])] = (issued, ingested)
    rows = []
    for chunk in _chunks(chosen):
        listed = listings.document_rows(store, chunk)
        # a document stored without a row (before they existed): read from its graph
        listed.update(_document_listing(store, [d for d in chunk if d not in listed]))
        labels.fetch(x for row in listed.values() for fact in row["facts"] for x in fact[3])
        for doc, row in listed.items():
            issued, ingested = chosen[doc]
            for node, types, names, parts, sentences in row["facts"]:
                described = list(dict.fromkeys([*names, *(labels.label(x) for x in parts)]))
                for sentence in sentences or [None]:
                    rows.append({"document": doc, "title": row["title"], "published": issued, "ingested": ingested,
                                 "fact": node, "kind": _most_specific(EPKG[t] for t in types),
                                 "label": ", ".join(described[:6]), "sentence": sentence})
    rows.sort(key=lambda r: (r["published"] or "", r["document"], r["kind"], r["fact"]))
    return rows
