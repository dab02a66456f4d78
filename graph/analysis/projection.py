"""The partnership network: a projection of the store onto a networkx graph.

Each edge says what it means. The graph is built from *layers*, each a kind of
tie read from the document graphs:

``partnership``
    two actors are partners of one ``epkg:Partnership``; the layer weight is the
    highest ``epkg:rank`` of its level (1 when no level is known).
``cooperation``
    the document says the two cooperate (``epkg:Cooperation`` nodes, or a bare
    ``epkg:cooperatesWith``); the layer weight is the number of reports: each
    cooperation fact's documents, summed over the pair's facts.
``agreement``
    the two are parties to the same agreement; the weight is the number of
    distinct agreements they share.
``project``
    the two take part in (``epkg:participant`` or one of its sub-properties) or host
    (``epkg:hostState``) the same energy project; the weight is the number of
    distinct projects they share.
``membership``
    ``bipartite`` (default): an edge between an actor and an international
    organization it belongs to (member, observer or dialogue partner), weight 1;
    ``comembership``: an edge between two actors weighted by the number of
    organizations both belong to.

An edge's ``weight`` is the sum of its layer weights (each kept as
``weight_<layer>``), so a pair tied in several ways is closer than a pair tied
in one. Only statements inside document graphs count, so every edge can be
explained by the sentences it was read from (``evidence``).

With a consolidated graph, a fact is one tie however many documents report it,
dated by its own date or else by when it was first reported (``--as-of``,
``trend``). A network built for measures alone (``evidence=False``) reads one
row a fact, with its count of documents, so its cost follows the facts, not their
reports; :func:`explain` then reads the sentences of the edges a command shows, and
:func:`explain_latest` those of the latest few reports of each edge (the HTML view).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import product

import networkx as nx
from rdflib.namespace import PROV

from epkg.graph import cycles
from epkg.graph.pipeline.records import public_source
from epkg.graph.errors import InputError
from epkg.graph.isodate import covered, iso_prefix as iso_date, last_day
from epkg.ontology.classes import NODE_CLASSES
from epkg.ontology.namespaces import EPKG, REFERENCE_GRAPHS

LAYERS = ("partnership", "cooperation", "agreement", "project", "membership")
MEMBERSHIP_MODES = ("bipartite", "comembership")
# Most specific first: an entity typed both Company and Organization is a Company.
NODE_KINDS = NODE_CLASSES


@dataclass(frozen=True, slots=True)
class Fact:
    """One tie read from one document: the unit the projection aggregates.

    ``key`` is what the layer counts (the document for cooperation, the agreement
    or project IRI, the organization for membership); ``rank`` is the partnership
    level's rank. Slots, not a dictionary each: a network of 50,000 articles holds 300,000.
    """
    layer: str
    a: str
    b: str
    key: str
    date: str | None
    document: str
    sentence: str | None = None
    rank: float | None = None
    level: str | None = None
    role: str | None = None
    stated: str | None = None  # the date of the statement itself, when it differs from the tie's
    fact: str | None = None  # the consolidated fact (agreement, membership …) the tie comes from
    reports: int = 1  # documents that report it: 1 for one document's statement, a fact's count read whole
    undated: bool = False  # no date of its own: dated by its first report (each report by its document's date)


def _check_layers(layers) -> tuple[str, ...]:
    if isinstance(layers, str):
        layers = [x for x in re.split(r"[,\s]+", layers) if x]
    chosen = tuple(dict.fromkeys(layers))
    unknown = [x for x in chosen if x not in LAYERS]
    if unknown:
        raise InputError(f"unknown layer {unknown[0]!r}: choose from {', '.join(LAYERS)}")
    if not chosen:
        raise InputError(f"no layer chosen: choose from {', '.join(LAYERS)}")
    return chosen


def cutoff_date(as_of) -> str | None:
    """*as_of* as the last day it covers (see :func:`epkg.graph.isodate.last_day`).

    Examples
    --------
    >>> cutoff_date("2024-02")
    '2024-02-29'
    """
    return last_day(as_of)


# ------------------------------------------------------------------ reading the store

def _documents(store, only=None) -> dict[str, dict]:
    """``{document: {"title", "publisher", "issued", "source"}}`` of every document (or of *only*)."""
    if only is not None and not only:
        return {}
    if only is None:
        return _every_document(store)
    given = "VALUES ?doc { " + " ".join(f"<{d}>" for d in sorted(only)) + " }"
    rows = store.select_texts("""
        SELECT ?doc ?issued ?title ?publisher ?source WHERE { GIVEN
          GRAPH ?doc { ?doc a epkg:Document
            OPTIONAL { ?doc dcterms:issued ?issued }
            OPTIONAL { ?doc dcterms:title ?title }
            OPTIONAL { ?doc dcterms:publisher ?publisher }
            OPTIONAL { ?doc dcterms:source ?source } }
        }""".replace("GIVEN", given))
    docs = {}
    for r in rows:
        doc = r["doc"]
        if doc in docs:
            continue
        docs[doc] = {"title": r.get("title"), "publisher": r.get("publisher"), "issued": iso_date(r.get("issued")),
                     "source": public_source(r.get("source"))}
    return docs


_DOCUMENT_VALUES = {"issued": "dcterms:issued", "title": "dcterms:title", "publisher": "dcterms:publisher",
                    "source": "dcterms:source"}


def _every_document(store) -> dict[str, dict]:
    """What :func:`_documents` gives of every document, each property read in one pass over its
    statements: joined to each document by Oxigraph, the four optional properties cost a lookup
    each, more the bigger the store (2.4 s for the 45,000 documents of 50,000 articles, half that
    this way). A document with two values of a property (never written by the ingest) keeps the least."""
    values = {doc: {} for doc in (r["doc"] for r in store.select_texts(
        "SELECT ?doc WHERE { GRAPH ?doc { ?doc a epkg:Document } }"))}
    for name, path in _DOCUMENT_VALUES.items():
        for r in store.select_texts(f"SELECT ?doc ?v WHERE {{ GRAPH ?doc {{ ?doc {path} ?v }} }}"):
            held = values.get(r["doc"])
            if held is not None and (name not in held or r["v"] < held[name]):
                held[name] = r["v"]
    return {doc: {"title": v.get("title"), "publisher": v.get("publisher"), "issued": iso_date(v.get("issued")),
                  "source": public_source(v.get("source"))} for doc, v in values.items()}


def _str(term) -> str | None:
    return None if term is None else str(term)


# The consolidated rows of a layer read as a few flat statements each, joined here: Oxigraph
# joined every pair of a fact's actors with its documents, dates and sentences itself, at
# 90–140 µs a row (15 s for the 50,000 project rows of a 10k store).
_FACT_TIES = {  # class, the property path from a fact to its actors
    "partnership": ("Partnership", "epkg:partner"),
    "cooperation": ("Cooperation", "epkg:actor"),
    "agreement": ("Agreement", "epkg:party"),
    "project": ("EnergyProject", "epkg:participant|epkg:developer|epkg:investor|epkg:contractor|epkg:hostState"),
}
_FACT_VALUES = {"partnership": {"date": "epkg:date", "concept": "epkg:level"},
                "cooperation": {"date": "epkg:date"}, "agreement": {"date": "epkg:signedOn"}, "project": {}}
# Statements a document makes without a relation node (imported data): the statements of the
# property read first (the consolidated graph's own left out; GIVEN: the documents to read, or all),
# then their graphs and nodes checked.
_SHORTCUT_ROWS = {
    "cooperation": """
        SELECT ?a ?b (?doc AS ?key) ?doc WHERE {
          { SELECT ?x ?y ?doc WHERE { GIVEN GRAPH ?doc { ?x epkg:cooperatesWith ?y } FILTER(?doc != <CONSOLIDATED>) } }
          GRAPH ?doc { ?doc a epkg:Document }
          FILTER NOT EXISTS { GRAPH ?doc { ?c2 a epkg:Cooperation ; epkg:actor ?x, ?y } }
          BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a) BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)
          FILTER(STR(?a) < STR(?b))
        }""",
    "membership": """
        SELECT ?a ?b (?b AS ?key) ?doc ?role WHERE {
          { SELECT ?a ?b ?doc ?role WHERE {
              { GIVEN GRAPH ?doc { ?a epkg:memberOf ?b } BIND("member" AS ?role) }
              UNION { GIVEN GRAPH ?doc { ?a epkg:observerOf ?b } BIND("observer" AS ?role) }
              UNION { GIVEN GRAPH ?doc { ?a epkg:dialoguePartnerOf ?b } BIND("dialogue partner" AS ?role) }
              FILTER(?doc != <CONSOLIDATED>) } }
          GRAPH ?doc { ?doc a epkg:Document }
          FILTER NOT EXISTS { GRAPH ?doc { ?m2 a epkg:Membership ; org:member ?a ; org:organization ?b } }
        }""",
}


_CHUNK = 400


def _facts_given(only) -> list[str]:
    """``VALUES`` clauses naming the facts of *only*, a few hundred each; ``[""]`` for every fact."""
    if only is None:
        return [""]
    names = sorted(str(f) for f in only)
    return [f"VALUES ?f {{ {' '.join(f'<{f}>' for f in names[i:i + _CHUNK])} }}" for i in range(0, len(names), _CHUNK)]


def _by_fact(store, c: str, cls: str, path: str, *, distinct: bool = False, only=None) -> dict:
    """``{fact: [value, …]}`` of the facts of class *cls* in the consolidated graph *c* (of *only*)."""
    out = defaultdict(list)
    for given in _facts_given(only):
        for r in store.select(f"SELECT {'DISTINCT' if distinct else ''} ?f ?o WHERE {{ {given} "
                              f"GRAPH <{c}> {{ ?f a epkg:{cls} ; {path} ?o }} }}"):
            out[r["f"]].append(r["o"])
    return out


def _sentences(store, c: str, cls: str, only=None) -> dict:
    """``{(fact, document): [sentence, …]}``: the evidence of the document nodes each fact merges."""
    out = defaultdict(list)
    for given in _facts_given(only):
        for r in store.select(f"""SELECT ?f ?doc ?sentence WHERE {{ {given}
                GRAPH <{c}> {{ ?f a epkg:{cls} ; epkg:reportedAs ?claim }} GRAPH ?doc {{ ?claim epkg:evidence ?sentence }} }}"""):
            out[(r["f"], r["doc"])].append(r["sentence"])
    return out


def _reported(store, c: str, cls: str, only=None) -> tuple[dict, dict]:
    """``({fact: first reported}, {fact: documents})`` of the facts of class *cls*, as the
    consolidated graph *c* counts them (one value each, whatever the number of reports)."""
    first, count = {}, {}
    for given in _facts_given(only):
        for r in store.select(f"""SELECT ?f ?n ?first WHERE {{ {given} GRAPH <{c}> {{
                ?f a epkg:{cls} ; epkg:documentCount ?n OPTIONAL {{ ?f epkg:firstReported ?first }} }} }}"""):
            count[r["f"]] = int(r["n"].toPython())
            if "first" in r:
                first[r["f"]] = r["first"]
    return first, count


def _scanned(store, c: str, path: str, seen: dict) -> dict[str, list[str]]:
    """``{subject: [object, …]}`` of every statement of *path* in the consolidated graph *c*, as text:
    one pass over the statements of the property, kept in *seen* for the other layers that read it
    (every fact's count of documents and first report, the dates of three classes)."""
    if path not in seen:
        found = defaultdict(list)
        for r in store.select_texts(f"SELECT ?s ?o WHERE {{ GRAPH <{c}> {{ ?s {path} ?o }} }}"):
            found[r["s"]].append(r["o"])
        seen[path] = found
    return seen[path]


def _of_class(store, c: str, cls: str, path: str, seen: dict, *, distinct: bool = False) -> dict[str, list[str]]:
    """``{fact: [value, …]}`` of the facts of class *cls* in the consolidated graph *c*, as text, from
    :func:`_scanned`: what :func:`_by_fact` reads, without looking each fact up in the store."""
    if ("a", cls) not in seen:
        seen[("a", cls)] = {r["f"] for r in store.select_texts(f"SELECT ?f WHERE {{ GRAPH <{c}> {{ ?f a epkg:{cls} }} }}")}
    facts = seen[("a", cls)]
    return {f: list(dict.fromkeys(values)) if distinct else values
            for f, values in _scanned(store, c, path, seen).items() if f in facts}


def _of_rows(rows: dict[str, dict], cls: str, path: str, *, distinct: bool = False) -> dict[str, list[str]]:
    """What :func:`_of_class` gives, from the facts' network rows (:func:`epkg.graph.listings.network_rows`):
    the values of *path* (``prefix:name`` alternatives) of each fact of class *cls* that has any.

    Examples
    --------
    >>> rows = {"urn:f": {"types": ["EnergyProject"], "hostState": ["urn:a"], "participant": ["urn:a", "urn:b"]}}
    >>> _of_rows(rows, "EnergyProject", "epkg:participant|epkg:hostState", distinct=True)
    {'urn:f': ['urn:a', 'urn:b']}
    """
    names = [step.split(":", 1)[1] for step in path.split("|")]
    out = {}
    for f, row in rows.items():
        if cls in row["types"]:
            values = row.get(names[0], []) if len(names) == 1 else [v for name in names for v in row.get(name, ())]
            if values:
                out[f] = list(dict.fromkeys(values)) if distinct else values
    return out


def _fact_rows(store, layer: str, c: str, only=None, seen=None) -> list[dict]:
    """One row per fact, pair of its actors and value of its attributes: the fact's first-reported
    date and number of documents (``first``, ``reports``) instead of a row per report.

    Every fact is read a property at a time (:func:`_of_class`, sharing *seen* between layers): looking
    each fact up in the store cost more a row the bigger the store (10 µs at 10k articles for a
    partnership's partners, 5 µs read this way); *only* (a few facts) are looked up."""
    if only is None:
        seen = {} if seen is None else seen
        if "rows" not in seen:  # one network row a fact, read once for every layer (None: not kept)
            from epkg.graph import listings

            seen["rows"] = listings.read_network(store)
        if seen["rows"] is not None:
            def by_fact(cls, path, distinct=False):
                if ("rows", cls) not in seen:  # the class's rows, picked once for its five or six paths
                    seen[("rows", cls)] = {f: row for f, row in seen["rows"].items() if cls in row["types"]}
                return _of_rows(seen[("rows", cls)], cls, path, distinct=distinct)
        else:
            def by_fact(cls, path, distinct=False):
                return _of_class(store, c, cls, path, seen, distinct=distinct)
    else:
        def by_fact(cls, path, distinct=False):
            return {str(f): [str(v) for v in values]
                    for f, values in _by_fact(store, c, cls, path, distinct=distinct, only=only).items()}
    if layer == "membership":
        cls, values = "Membership", {"role": "epkg:role", "date": "epkg:date"}
        member = by_fact(cls, "org:member")
        organization = by_fact(cls, "org:organization")
        pairs_of = {m: [(a, b) for a in member[m] for b in organization.get(m, ())] for m in member}
    else:
        cls, tie = _FACT_TIES[layer]
        values = _FACT_VALUES[layer]
        actors = by_fact(cls, tie, distinct=True)
        pairs_of = {f: [(a, b) for a in everyone for b in everyone if a < b] for f, everyone in actors.items()}
    read = {name: by_fact(cls, path) for name, path in values.items()}
    count = {f: int(n[0]) for f, n in by_fact(cls, "epkg:documentCount").items()}
    first = {f: when[0] for f, when in by_fact(cls, "epkg:firstReported").items()}
    levels = _level_names(store) if layer == "partnership" else {}
    rows = []
    for f, pairs in pairs_of.items():
        if not count.get(f):  # reference data: no document reports it
            continue
        options = [[(name, v) for v in read[name].get(f, ())] or [(name, None)] for name in read]
        for a, b in pairs:
            for chosen in product(*options):
                row = {"a": a, "b": b, "key": b if layer == "membership" else f, "fact": f, "reports": count[f]}
                if f in first:
                    row["first"] = first[f]
                row.update((name, v) for name, v in chosen if v is not None)
                for extra in levels.get(row.get("concept"), [{}]) if "concept" in row else [{}]:
                    rows.append({**row, **extra})
    return rows


def _consolidated_rows(store, layer: str, c: str, sentences: bool = True, only=None, seen=None) -> list[dict]:
    """The rows of :func:`_rows` for a store with a consolidated graph *c*: one per report of a fact,
    with its sentences, or without *sentences* one per fact (:func:`_fact_rows`). *only* (fact IRIs)
    reads those facts alone (and every statement without a relation node)."""
    if not sentences:
        rows = _fact_rows(store, layer, c, only, seen)
    elif layer == "membership":
        rows = _membership_rows(store, c, only)
    else:
        cls, path = _FACT_TIES[layer]
        actors = _by_fact(store, c, cls, path, distinct=True, only=only)
        docs = _by_fact(store, c, cls, "prov:wasDerivedFrom", only=only)
        values = {name: _by_fact(store, c, cls, p, only=only) for name, p in _FACT_VALUES[layer].items()}
        first, _ = _reported(store, c, cls, only)
        said_in = _sentences(store, c, cls, only)
        levels = _level_names(store) if layer == "partnership" else {}
        rows = []
        for f, everyone in actors.items():
            pairs = [(a, b) for a in everyone for b in everyone if str(a) < str(b)]
            if not pairs:
                continue
            options = [[(name, v) for v in values[name].get(f, ())] or [(name, None)] for name in values]
            for doc in docs.get(f, ()):
                said = said_in.get((f, doc)) or [None]
                for a, b in pairs:
                    for chosen in product(*options):
                        row = {"a": a, "b": b, "key": doc if layer == "cooperation" else f, "doc": doc, "fact": f}
                        if f in first:
                            row["first"] = first[f]
                        row.update((name, v) for name, v in chosen if v is not None)
                        for sentence in said:
                            for extra in levels.get(str(row["concept"]), [{}]) if "concept" in row else [{}]:
                                rows.append({**row, **extra, **({"sentence": sentence} if sentence is not None else {})})
        if layer == "project":  # the query it replaces was DISTINCT over these
            rows = list({tuple(sorted(r.items())): r for r in rows}.values())
    if layer in _SHORTCUT_ROWS:  # statements with no relation node: no fact to name them by
        rows += _shortcut_rows(store, layer, c, {} if seen is None else seen)
    return rows


def _shortcut_rows(store, layer: str, c: str, seen: dict) -> list[dict]:
    """The rows of :data:`_SHORTCUT_ROWS` for *layer*: from the documents stored with bare ties or
    without their count (:func:`epkg.graph.listings.with_bare_ties`, asked once for both layers),
    a few hundred at a time; from every document when there are many (one pass is cheaper then)."""
    from epkg.graph import listings

    if "bare" not in seen:
        seen["bare"] = listings.with_bare_ties(store)
    query = _SHORTCUT_ROWS[layer].replace("CONSOLIDATED", c)
    if seen["bare"] is None:
        return store.select(query.replace("GIVEN", ""))
    docs = sorted(seen["bare"])
    rows = []
    for i in range(0, len(docs), _CHUNK):
        rows += store.select(query.replace("GIVEN", "VALUES ?doc { " + " ".join(f"<{d}>" for d in docs[i:i + _CHUNK]) + " }"))
    return rows


def _level_names(store) -> dict:
    """``{level concept (text): [{"rank": …, "level": …}, …]}``, every combination as OPTIONALs give them."""
    ranks, names = defaultdict(list), defaultdict(list)
    for r in store.select("SELECT ?concept ?rank WHERE { ?concept epkg:rank ?rank }"):
        ranks[str(r["concept"])].append(r["rank"])
    for r in store.select("SELECT ?concept ?level WHERE { ?concept skos:prefLabel ?level }"):
        names[str(r["concept"])].append(r["level"])
    out = {}
    for concept in set(ranks) | set(names):
        out[concept] = [{**({"rank": k} if k is not None else {}), **({"level": n} if n is not None else {})}
                        for k in ranks.get(concept) or [None] for n in names.get(concept) or [None]]
    return out


def _membership_rows(store, c: str, only=None) -> list[dict]:
    """One row per report of each membership, with its sentences (see :func:`_consolidated_rows`)."""
    member = _by_fact(store, c, "Membership", "org:member", only=only)
    organization = _by_fact(store, c, "Membership", "org:organization", only=only)
    docs = _by_fact(store, c, "Membership", "prov:wasDerivedFrom", only=only)
    roles = _by_fact(store, c, "Membership", "epkg:role", only=only)
    dates = _by_fact(store, c, "Membership", "epkg:date", only=only)
    first, _ = _reported(store, c, "Membership", only)
    said_in = _sentences(store, c, "Membership", only)
    rows = []
    for m, members in member.items():
        for a in members:
            for b in organization.get(m, ()):
                for doc in docs.get(m, ()):
                    for role in roles.get(m) or [None]:
                        for date in dates.get(m) or [None]:
                            for sentence in said_in.get((m, doc)) or [None]:
                                row = {"a": a, "b": b, "key": b, "doc": doc, "fact": m}
                                row.update((k, v) for k, v in (("role", role), ("date", date), ("sentence", sentence),
                                                               ("first", first.get(m))) if v is not None)
                                rows.append(row)
    return rows


def _rows(store, layer: str, sentences: bool = True, only=None, seen=None) -> list[dict]:
    """Rows ``a, b, key, date, doc, sentence[, rank, level, role]`` of one layer, one per document statement.

    With a consolidated graph, ``key`` is the fact (several documents' reports of one
    agreement count once), ``fact`` the consolidated fact and ``first`` its first-reported
    date; else ``key`` is the relation node of each document graph. Without *sentences*, a
    consolidated graph gives one row per fact instead, with no ``doc`` and the number of
    its documents as ``reports`` (:func:`_fact_rows`): what a measure of the network needs,
    read in time that follows the facts, not their reports. *only* (fact IRIs of a
    consolidated graph) reads those facts alone."""
    from epkg.graph.consolidate import present
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    if layer in LAYERS and present(store):
        return _consolidated_rows(store, layer, str(GRAPH_CONSOLIDATED), sentences, only, seen)
    # GRAPH ?doc keeps each statement with the document that made it: relation
    # nodes of different documents may share an IRI (same parties, same level).
    if layer == "partnership":
        return store.select("""
            SELECT ?a ?b (?p AS ?key) ?date ?doc ?sentence ?rank ?level ?concept WHERE {
              GRAPH ?doc { ?p a epkg:Partnership ; prov:wasDerivedFrom ?doc ; epkg:partner ?a, ?b .
                           FILTER(STR(?a) < STR(?b))
                           OPTIONAL { ?p epkg:date ?date } OPTIONAL { ?p epkg:evidence ?sentence } }
              # (a partnership with no level named takes no level's rank, not every one's)
              OPTIONAL { GRAPH ?doc { ?p epkg:level ?concept }
                         OPTIONAL { ?concept epkg:rank ?rank } OPTIONAL { ?concept skos:prefLabel ?level } }
            }""")
    if layer == "cooperation":
        return store.select("""
            SELECT ?a ?b (?doc AS ?key) ?date ?doc ?sentence WHERE {
              GRAPH ?doc {
                { ?c a epkg:Cooperation ; prov:wasDerivedFrom ?doc ; epkg:actor ?a, ?b .
                  OPTIONAL { ?c epkg:date ?date } OPTIONAL { ?c epkg:evidence ?sentence } }
                UNION
                { ?doc a epkg:Document . ?x epkg:cooperatesWith ?y .
                  BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a) BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)
                  FILTER NOT EXISTS { ?c2 a epkg:Cooperation ; epkg:actor ?x, ?y } }
                FILTER(STR(?a) < STR(?b))
              }
            }""")
    if layer == "agreement":
        return store.select("""
            SELECT ?a ?b (?ag AS ?key) ?date ?doc ?sentence WHERE {
              GRAPH ?doc { ?ag a epkg:Agreement ; prov:wasDerivedFrom ?doc ; epkg:party ?a, ?b .
                           FILTER(STR(?a) < STR(?b))
                           OPTIONAL { ?ag epkg:signedOn ?date } OPTIONAL { ?ag epkg:evidence ?sentence } }
            }""")
    if layer == "project":
        return store.select("""
            SELECT DISTINCT ?a ?b (?pr AS ?key) ?doc ?sentence WHERE {
              GRAPH ?doc { ?pr a epkg:EnergyProject ; prov:wasDerivedFrom ?doc ;
                             (epkg:participant|epkg:developer|epkg:investor|epkg:contractor|epkg:hostState) ?a,
                             ?b .
                           FILTER(STR(?a) < STR(?b))
                           OPTIONAL { ?pr epkg:evidence ?sentence } }
            }""")
    if layer == "membership":
        return store.select("""
            SELECT ?a ?b (?b AS ?key) ?date ?doc ?sentence ?role WHERE {
              GRAPH ?doc {
                { ?m a epkg:Membership ; prov:wasDerivedFrom ?doc ; org:member ?a ; org:organization ?b .
                  OPTIONAL { ?m epkg:role ?role } OPTIONAL { ?m epkg:date ?date }
                  OPTIONAL { ?m epkg:evidence ?sentence } }
                UNION
                { ?doc a epkg:Document .
                  VALUES (?p ?role) { (epkg:memberOf "member") (epkg:observerOf "observer")
                                      (epkg:dialoguePartnerOf "dialogue partner") }
                  ?a ?p ?b .
                  FILTER NOT EXISTS { ?m2 a epkg:Membership ; org:member ?a ; org:organization ?b } }
              }
            }""")
    raise InputError(f"unknown layer {layer!r}")


def _level_label(row: dict) -> str | None:
    if "level" in row:
        return str(row["level"])
    if "concept" in row:  # ontology not loaded: the concept's IRI still names the level
        return _local_name(str(row["concept"])).removeprefix("level_").replace("_", " ")
    return None


def _nodes(store) -> dict[str, dict]:
    """Kind and label of every entity: from the consolidated graph (one description each) and
    the gazetteer; a store without a consolidated graph is read from the union of its graphs."""
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED, GRAPH_GAZETTEER

    kinds = " ".join(f"epkg:{k}" for k in NODE_KINDS)
    if store.ask(f"ASK {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ ?s ?p ?o }} }}"):
        # Each graph on its own: the union would join every document's copy of an entity's
        # type with every copy of its label (188 million rows on a store of 10k articles).
        rows = []
        for graph in (GRAPH_GAZETTEER, GRAPH_CONSOLIDATED):
            rows += [{**r, "tg": graph, "lg": graph} for r in store.select(f"""
                SELECT ?x ?type ?label WHERE {{ GRAPH <{graph}> {{
                  VALUES ?type {{ {kinds} }}
                  ?x a ?type .
                  OPTIONAL {{ ?x rdfs:label ?label }} }} }}""")]
    else:
        rows = store.select(f"""
            SELECT ?x ?type ?label ?tg ?lg WHERE {{
              VALUES ?type {{ {kinds} }}
              GRAPH ?tg {{ ?x a ?type }}
              OPTIONAL {{ GRAPH ?lg {{ ?x rdfs:label ?label }} }}
            }}""")
    # A reference entity's kind and label come from the reference data alone: an import or a
    # document naming it often (or calling it a company) does not rename it.
    reference = {str(r["x"]) for r in rows if r.get("tg") in REFERENCE_GRAPHS}
    kinds_of, labels = defaultdict(set), defaultdict(Counter)
    for r in rows:
        x = str(r["x"])
        if x in reference and r.get("tg") not in REFERENCE_GRAPHS:
            continue
        kinds_of[x].add(str(r["type"]).rsplit("#", 1)[-1])
        if "label" in r and (x not in reference or r.get("lg") in REFERENCE_GRAPHS):
            labels[x][str(r["label"])] += 1
    info = {}
    for x, ks in kinds_of.items():
        kind = next(k for k in NODE_KINDS if k in ks)
        label = min(labels[x].items(), key=lambda kv: (-kv[1], kv[0]))[0] if labels[x] else _local_name(x)
        info[x] = {"label": label, "kind": kind}
    return info


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _fold_map(store) -> dict[str, str]:
    from epkg.graph.consolidate import present
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED, GRAPH_GAZETTEER

    pattern = "{ ?x a epkg:Company ; epkg:basedIn ?state } UNION { ?x a epkg:GovernmentBody ; epkg:partOf ?state }"
    if present(store):  # one description an entity, not every document's copy joined with every other
        pattern = f"GRAPH ?g {{ {pattern} }} FILTER(?g IN (<{GRAPH_CONSOLIDATED}>, <{GRAPH_GAZETTEER}>))"
    rows = store.select(f"SELECT DISTINCT ?x ?state WHERE {{ {pattern} }}")
    home = defaultdict(set)
    for r in rows:
        home[str(r["x"])].add(str(r["state"]))
    # A body claimed by two states is left alone rather than folded at random.
    return {x: next(iter(states)) for x, states in home.items() if len(states) == 1}


@dataclass
class Facts:
    """Everything the projection needs, read once from the store (see :func:`read_facts`)."""
    facts: list[Fact]
    nodes: dict[str, dict]
    documents: dict[str, dict]
    layers: tuple[str, ...]
    membership: str
    fold_companies: bool = False


@cycles.paused()
def read_facts(store, layers=LAYERS, *, fold_companies: bool = False, membership: str = "bipartite",
               sentences: bool = True, only=None) -> Facts:
    """Read the ties of *layers* from *store*, one :class:`Fact` per document statement.

    With a consolidated graph and no *sentences*, one :class:`Fact` per fact instead (with
    no ``document`` and its number of documents as ``reports``): the same network, read
    in time that grows with the facts rather than with their reports.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    layers : iterable of str or str
        Layer names (see :data:`LAYERS`), or one comma-separated string.
    fold_companies : bool
        Replace companies (``epkg:basedIn``) and government bodies (``epkg:partOf``)
        by their home state.
    membership : {"bipartite", "comembership"}
    sentences : bool
        Read each fact's sentences (the evidence of the edges); measures of the network
        need none.
    only : iterable of str, optional
        Consolidated facts (``Fact.fact``) to read alone, e.g. those of the edges a
        command shows (see :func:`explain`).

    Returns
    -------
    Facts
        Feed it to :func:`assemble`, as often as needed (e.g. once per period).

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> read_facts(Store.memory(reference=False)).facts
    []
    """
    layers = _check_layers(layers)
    if membership not in MEMBERSHIP_MODES:
        raise InputError(f"unknown membership mode {membership!r}: choose bipartite or comembership")
    seen = {}  # the consolidated graph's statements read for one layer, for the next
    rows = {layer: _rows(store, layer, sentences, only, seen) for layer in layers}
    if sentences:
        documents = _documents(store)
    else:  # a fact read whole has its first-reported date: only statements of one document need theirs
        documents = _documents(store, {str(r["doc"]) for found in rows.values() for r in found if "doc" in r})
    fold = _fold_map(store) if fold_companies else {}
    facts = []
    for layer in layers:
        for r in rows[layer]:
            doc = _str(r.get("doc"))
            if doc is not None and doc not in documents:
                continue
            a, b = str(r["a"]), str(r["b"])
            a, b = fold.get(a, a), fold.get(b, b)
            if a == b:
                continue
            if layer != "membership" and a > b:
                a, b = b, a
            rank = r.get("rank")
            own, issued = iso_date(r.get("date")), documents[doc]["issued"] if doc is not None else None
            # A fact is dated by its own date, else by when it was first reported, in every report of
            # it; the report's own publication date stays with its evidence.
            date = own or iso_date(r.get("first")) or issued
            facts.append(Fact(layer=layer, a=a, b=b, key=str(r["key"]), date=date, document=doc,
                              sentence=_str(r.get("sentence")),
                              rank=float(rank) if rank is not None else (1.0 if layer == "partnership" else None),
                              level=_level_label(r), role=_str(r.get("role")),
                              stated=issued if not own and issued != date else None,
                              fact=_str(r.get("fact")), reports=int(r.get("reports", 1)), undated=not own))
    facts.sort(key=lambda f: (f.layer, f.a, f.b, f.key, f.document or "", f.date or "", f.sentence or ""))
    return Facts(facts, _nodes(store), documents, layers, membership, fold_companies)


# ------------------------------------------------------------------ assembling the graph

def _evidence(f: Fact, documents: dict[str, dict]) -> dict:
    meta = documents.get(f.document, {})
    return {"relation": f.layer, "date": f.stated or f.date, "sentence": f.sentence, "document": f.document,
            "title": meta.get("title"), "publisher": meta.get("publisher"), "issued": meta.get("issued"),
            "source": meta.get("source")}


def _comembership(facts: list[Fact]) -> list[Fact]:
    """Actor–organization facts turned into actor–actor facts keyed by the shared organization."""
    by_org = defaultdict(list)
    for f in facts:
        by_org[f.b].append(f)
    out = []
    for org, members in sorted(by_org.items()):
        for i, f in enumerate(members):
            for g in members[i + 1:]:
                if f.a == g.a:
                    continue
                x, y = sorted((f, g), key=lambda h: h.a)
                # Both memberships are evidence for the tie; the later one dates it.
                for ev in (x, y):
                    out.append(Fact("membership", x.a, y.a, org, max(filter(None, (x.date, y.date)), default=None),
                                    ev.document, ev.sentence, role=ev.role, stated=ev.stated or ev.date,
                                    fact=ev.fact, reports=ev.reports))
    return out


@cycles.paused()
def assemble(data: Facts, *, as_of=None, evidence: bool = True) -> nx.Graph:
    """Build the network from facts read by :func:`read_facts`, keeping those dated up to *as_of*.

    Parameters
    ----------
    data : Facts
    as_of : str or datetime.date, optional
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: keep facts whose date (the
        relation's own date, else the document's ``dcterms:issued``) may lie on or
        before the last day *as_of* covers. Undated facts are dropped when
        *as_of* is given.
    evidence : bool
        Give each edge its ``evidence`` (the pieces of text behind it); without, the
        edges have none (what a measure of the network needs is the weights).

    Returns
    -------
    networkx.Graph
        As described in :func:`project`.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> G = assemble(read_facts(Store.memory(reference=False)), as_of="2024")
    >>> G.number_of_edges()
    0
    """
    cutoff = cutoff_date(as_of)
    facts = [f for f in data.facts if covered(f.date, cutoff)]
    if "membership" in data.layers and data.membership == "comembership":
        facts = [f for f in facts if f.layer != "membership"] + \
            _comembership([f for f in facts if f.layer == "membership"])

    by_pair = defaultdict(list)
    for f in facts:
        by_pair[(f.a, f.b) if f.a < f.b else (f.b, f.a)].append(f)

    G = nx.Graph(layers=list(data.layers), membership=data.membership, as_of=cutoff,
                 fold_companies=data.fold_companies)
    endpoints = sorted({x for pair in by_pair for x in pair})
    for x in endpoints:
        info = data.nodes.get(x, {"label": _local_name(x), "kind": "Actor"})
        G.add_node(x, label=info["label"], kind=info["kind"])
    for (a, b) in sorted(by_pair):
        G.add_edge(a, b, **_edge_attributes(by_pair[(a, b)], data.documents, evidence))
    return G


def _reports(facts: list[Fact]) -> int:
    """How many reports *facts* stand for: each fact's documents, summed over the facts (a document
    stating two facts counts twice), whether the facts were read one row a report or whole."""
    counted = {}
    for f in facts:
        unit = f.fact or f.key
        if f.document is None:
            counted[unit] = f.reports
        else:
            counted[(unit, f.document)] = 1
    return sum(counted.values())


def _edge_attributes(facts: list[Fact], documents: dict[str, dict], evidence: bool = True) -> dict:
    per_layer = defaultdict(list)
    for f in facts:
        per_layer[f.layer].append(f)
    attrs = {}
    best_level = None
    for layer, fs in per_layer.items():
        if layer == "partnership":
            w = max(f.rank for f in fs)
            ranked = [f for f in fs if f.level is not None]
            if ranked:
                best_level = max(ranked, key=lambda f: (f.rank, f.level)).level
        elif layer == "cooperation":
            w = _reports(fs)
        else:  # agreement, project: shared things; membership: organizations (1 when bipartite)
            w = len({f.key for f in fs})
        attrs[f"weight_{layer}"] = float(w)
    attrs["weight"] = float(sum(attrs[f"weight_{layer}"] for layer in per_layer))
    attrs["relations"] = sorted(per_layer)
    attrs["level"] = best_level
    attrs["roles"] = sorted({f.role for f in facts if f.role})
    attrs["dates"] = sorted({f.date for f in facts if f.date})
    attrs["reports"] = _reports(facts)
    attrs["facts"] = sorted({f.fact for f in facts if f.fact})
    if not evidence:
        return attrs
    attrs["documents"] = sorted({f.document for f in facts if f.document})
    attrs["evidence"] = _listed(_evidence(f, documents) for f in facts)
    return attrs


def _listed(pieces) -> list[dict]:
    """Pieces of evidence (:func:`_evidence`) each listed once, by the latest date, sorted by date, document,
    relation and sentence: the same list whatever order they come in.

    Examples
    --------
    >>> a = {"relation": "agreement", "date": "2024", "document": "d", "sentence": "s"}
    >>> _listed([a, {**a, "date": "2025"}, {**a, "sentence": None}]) == [{**a, "sentence": None}, {**a, "date": "2025"}]
    True
    """
    kept = {}
    for item in pieces:
        marker = (item["relation"], item["document"], item["sentence"])
        # one sentence of a document reporting two facts of the edge is listed once, at the later
        # date: which facts were read (all, or those of the latest reports) does not change it
        if marker not in kept or (item["date"] or "") > (kept[marker]["date"] or ""):
            kept[marker] = item
    evidence = list(kept.values())
    evidence.sort(key=lambda e: (e["date"] or "", e["document"], e["relation"], e["sentence"] or ""))
    return evidence


def project(store, layers=LAYERS, *, fold_companies: bool = False, as_of=None,
            membership: str = "bipartite", evidence: bool = True) -> nx.Graph:
    """The partnership network of *store* as an undirected networkx graph.

    Every tie the layers describe is symmetric (partners, co-parties,
    co-participants, member and organization), so the network is undirected; and
    since centrality measures need one weight per pair, all facts about a pair are
    folded into one edge of a simple :class:`networkx.Graph` (not a MultiGraph),
    with the facts themselves kept in its ``evidence``.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    layers : iterable of str or str
        Any of ``partnership``, ``cooperation``, ``agreement``, ``project``,
        ``membership`` (a list, or one comma-separated string).
    fold_companies : bool
        Map companies (``epkg:basedIn``) and government bodies (``epkg:partOf``)
        onto their home state; ties that fold onto one state are dropped.
    as_of : str or datetime.date, optional
        Keep only facts dated (relation date, else the document's
        ``dcterms:issued``) up to this date; see :func:`assemble`.
    membership : {"bipartite", "comembership"}
        Actor–organization edges, or actor–actor edges weighted by the number of
        organizations both belong to.
    evidence : bool
        Read the sentences behind each edge into its ``evidence``; a measure of the
        network needs only the weights, and reads a third faster without.

    Returns
    -------
    networkx.Graph
        Nodes are entity IRIs (strings) with ``label`` and ``kind`` (class local
        name: ``State``, ``Company`` …). Edges carry ``relations`` (sorted layer
        names), ``weight_<layer>`` for each, ``weight`` (their sum), ``level``
        (highest partnership level label, or ``None``), ``roles`` (membership
        roles), ``dates`` (sorted), ``reports`` (the documents of each fact,
        summed), ``facts`` (the consolidated facts behind the edge), and with
        *evidence* ``documents`` (sorted) and ``evidence``: dicts with
        ``relation``, ``date``, ``sentence``, ``document``, ``title``,
        ``publisher``, ``issued`` and ``source``.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> G = project(Store.memory(reference=False), layers="partnership,cooperation")
    >>> G.graph["layers"]
    ['partnership', 'cooperation']
    """
    data = read_facts(store, layers, fold_companies=fold_companies, membership=membership, sentences=evidence)
    return assemble(data, as_of=as_of, evidence=evidence)


@cycles.paused()
def explain(store, G: nx.Graph, pairs) -> nx.Graph:
    """Give the edges *pairs* of *G*, a network :func:`project` built without evidence, the
    attributes they have in one built with it (``evidence``, ``documents``).

    Only the reports of the facts on those edges are read: a command that shows a few
    edges (``epkg path``) builds the network from the facts alone and reads the
    sentences of what it shows.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
        The store *G* was built from.
    G : networkx.Graph
        As from :func:`project` with ``evidence=False``; changed in place.
    pairs : iterable of (node, node)
        Edges of *G*.

    Returns
    -------
    networkx.Graph
        *G*.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> G = project(Store.memory(reference=False), evidence=False)
    >>> explain(Store.memory(reference=False), G, []).number_of_edges()
    0
    """
    pairs = [(a, b) for a, b in pairs]
    if not pairs:
        return G
    from epkg.graph.consolidate import present

    facts = {f for a, b in pairs for f in G.edges[a, b].get("facts", ())}
    # A store never consolidated has no facts to name, and more facts than one VALUES block holds
    # cost a pass over the graph a block (Oxigraph joins the block with the whole pattern): both are
    # read whole, as a network with evidence is.
    one_block = present(store) and len(facts) <= _CHUNK
    data = read_facts(store, G.graph["layers"], fold_companies=G.graph.get("fold_companies", False),
                      membership=G.graph["membership"], only=facts if one_block else None)
    shown = assemble(data, as_of=G.graph.get("as_of"), evidence=True)
    for a, b in pairs:
        G.edges[a, b].update(shown.edges[a, b])
    return G


@cycles.paused()
def explain_latest(store, G: nx.Graph, data: Facts, pairs, *, per_edge: int) -> nx.Graph:
    """Give the edges *pairs* of *G* (assembled without evidence from *data*) the ``evidence`` and
    ``documents`` of the latest *per_edge* reports of their facts, and ``evidence_total``: the
    pieces of evidence read, plus one for each report not read.

    The latest reports are those an edge's evidence lists last (by the fact's own date, else the
    report's publication date; then the document and the relation), so the edge's latest
    *per_edge* pieces of evidence are among them, as :func:`project` with evidence gives them
    (unless one of those reports has no sentence). An edge of at most *per_edge* reports is read
    whole; of a bigger one, only the facts that may hold one of its latest reports (a fact's
    reports lie between its first and its last reported date, or at its own dates) have their
    documents read, a few hundred facts a query (of a fact with more than *per_edge* documents, the
    latest kept by the publication dates the page reads anyway), with their nodes; then the sentences
    of the chosen reports alone, from their documents' rows. A store without a consolidated graph
    is read whole (:func:`explain`).

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    G : networkx.Graph
        As from :func:`assemble` of *data* with ``evidence=False``; changed in place.
    data : Facts
        From :func:`read_facts` with ``sentences=False``.
    pairs : iterable of (node, node)
        Edges of *G*.
    per_edge : int
        Reports read at least of each edge (more where reports tie, or a fact is on several edges).

    Returns
    -------
    networkx.Graph
        *G*.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> store = Store.memory(reference=False)
    >>> data = read_facts(store, sentences=False)
    >>> explain_latest(store, assemble(data, evidence=False), data, [], per_edge=5).number_of_edges()
    0
    """
    from epkg.graph.consolidate import present

    pairs = [(a, b) for a, b in pairs]
    if not pairs:
        return G
    if not present(store):
        explain(store, G, pairs)
        for a, b in pairs:
            G.edges[a, b]["evidence_total"] = len(G.edges[a, b]["evidence"])
        return G
    wanted = {f for a, b in pairs for f in G.edges[a, b].get("facts", ())}
    ties = defaultdict(list)
    for f in data.facts:
        if f.fact in wanted:
            ties[f.fact].append(f)
    documents = _documents(store)
    # an edge of at most per_edge reports is read whole: its facts' documents, and their nodes (epkg:reportedAs),
    # whose sentences in each document are the report's, in one lookup of each fact
    whole = sorted({f for a, b in pairs if sum(ties[f][0].reports for f in G.edges[a, b].get("facts", ()) if f in ties)
                    <= per_edge for f in G.edges[a, b].get("facts", ()) if f in ties})
    docs_of, nodes = _fact_reports(store, whole)
    docs_of = {f: docs if nodes[f] else [] for f, docs in docs_of.items()}  # a fact without a node reports nothing
    # of the others, only the facts that may hold one of the edge's latest reports (a fact's reports
    # lie between its first and its last reported date, or at its own dates), their documents
    # first, then the sentences of the latest reports of each edge
    latest = {f: max((t.date or "" for t in fs), default="") for f, fs in ties.items()}
    earliest = {f: min((t.date or "" for t in fs), default="") for f, fs in ties.items()}
    rest = [[f for f in G.edges[a, b].get("facts", ()) if f in ties] for a, b in pairs]
    rest = [facts for facts in rest if any(f not in docs_of for f in facts)]

    def pooled(f):  # a tie of two members needs a report of each membership, whichever edge it is on
        return data.membership == "comembership" and ties[f][0].layer == "membership"

    thresholds = []
    for facts in rest:
        count, threshold = 0, ""
        for f in sorted(facts, key=lambda f: earliest[f], reverse=True):
            count += ties[f][0].reports
            if count >= per_edge:
                threshold = earliest[f]
                break
        thresholds.append(threshold)
    # an undated fact's last report is looked up only where its ties' date (its first report) falls
    # before an edge's threshold: the date it may raise is compared with nothing else
    last = _last_reported(store, sorted({f for facts, threshold in zip(rest, thresholds) for f in facts
                                         if ties[f][0].undated and f not in docs_of and latest[f] < threshold
                                         and not pooled(f)}))
    for f, when in last.items():
        latest[f] = max(latest[f], when)
    candidates = set()
    for facts, threshold in zip(rest, thresholds):
        candidates.update(f for f in facts if f not in docs_of and (latest[f] >= threshold or pooled(f)))
    reported, also = _fact_reports(store, sorted(candidates))
    nodes.update(also)
    for f, docs in reported.items():
        # a fact's latest reports: by publication date when it has no date of its own, then by document
        issued = (lambda d: (documents.get(d, {}).get("issued") or "", d)) if ties[f][0].undated else None
        docs_of[f] = docs if ties[f][0].reports <= per_edge else sorted(docs, key=issued, reverse=True)[:per_edge]
    held = {f: len(docs_of[f]) if f in docs_of and fs[0].reports <= per_edge else fs[0].reports
            for f, fs in ties.items()}

    def order(f, d):  # where a report's last piece of evidence comes in its edge's list
        tie = ties[f][0]
        date = (documents[d]["issued"] or tie.date or "") if tie.undated else latest[f]
        return date, d, tie.layer

    chosen = set()
    for a, b in pairs:
        reports = [(f, d) for f in G.edges[a, b].get("facts", ()) if f in ties for d in docs_of.get(f, ()) if d in documents]
        if len(reports) <= per_edge:  # every report is among the latest: no order needed
            chosen.update(reports)
            continue
        reports = sorted((order(f, d), f, d) for f, d in reports)
        last = reports[-per_edge][0]
        # with every other report of the edge from the same documents: an edge lists a sentence of
        # one document once, at the first fact that reports it
        docs = {d for key, f, d in reports if key >= last}
        chosen.update((f, d) for key, f, d in reports if d in docs)
    if data.membership == "comembership":  # a tie of two members needs a report of each membership
        for f, fs in ties.items():
            if fs[0].layer == "membership":
                chosen.update((f, d) for d in sorted((d for d in docs_of.get(f, ()) if d in documents),
                                                     key=lambda d: order(f, d))[-per_edge:])
    taken = Counter(f for f, _ in chosen)
    said = _sentences_said(store, sorted(chosen), nodes, every=2 * len({d for _, d in chosen}) > len(documents))
    merged = {**data.documents, **documents}
    if data.membership == "comembership":  # members' ties are made of the memberships read: assembled whole
        read = [f for f in data.facts if f.fact is None and f.document is not None]
        for f, d in sorted(chosen):
            issued = documents[d]["issued"]
            for tie in ties[f]:
                for sentence in sorted(said.get((f, d), ())) or [None]:
                    read.append(Fact(tie.layer, tie.a, tie.b, d if tie.layer == "cooperation" else tie.key, tie.date, d,
                                     sentence, tie.rank, tie.level, tie.role,
                                     stated=issued if tie.undated and issued != tie.date else None, fact=f,
                                     undated=tie.undated))
        read.sort(key=lambda f: (f.layer, f.a, f.b, f.key, f.document or "", f.date or "", f.sentence or ""))
        shown = assemble(Facts(read, data.nodes, merged, data.layers, data.membership, data.fold_companies),
                         as_of=G.graph.get("as_of"), evidence=True)
        found = {(a, b): shown.edges[a, b] for a, b in pairs if shown.has_edge(a, b)}
    else:
        found = _pieces_of(data, pairs, chosen, ties, said, merged, cutoff_date(G.graph.get("as_of")))
    for a, b in pairs:
        edge, shown = G.edges[a, b], found.get((a, b), {})
        edge["documents"], edge["evidence"] = shown.get("documents", []), shown.get("evidence", [])
        facts = [f for f in edge.get("facts", ()) if f in held]
        edge["evidence_total"] = len(edge["evidence"]) + sum(held[f] - taken[f] for f in facts)
    return G


def _pieces_of(data: Facts, pairs, chosen, ties: dict, said: dict, documents: dict, cutoff) -> dict:
    """``{(a, b): {"documents", "evidence"}}`` of the edges *pairs*: what :func:`assemble` with evidence
    gives them from the reports *chosen* (each of its fact's ties, with each sentence *said*) and the
    statements of one document, without a Fact, a sorted list or a graph made of every tie of the
    chosen facts (a fact of many actors is on many edges, most not among *pairs*)."""
    drawn = {(a, b) if a < b else (b, a): (a, b) for a, b in pairs}
    items = defaultdict(list)
    for f in data.facts:
        if f.fact is None and f.document is not None and covered(f.date, cutoff):
            pair = drawn.get((f.a, f.b) if f.a < f.b else (f.b, f.a))
            if pair is not None:
                items[pair].append(_evidence(f, documents))
    for f, d in chosen:
        meta = documents[d]
        issued, title, publisher, source = meta["issued"], meta.get("title"), meta.get("publisher"), meta.get("source")
        sentences = sorted(said.get((f, d), ())) or [None]
        for tie in ties[f]:
            pair = drawn.get((tie.a, tie.b) if tie.a < tie.b else (tie.b, tie.a))
            if pair is None or not covered(tie.date, cutoff):
                continue
            date = issued if tie.undated and issued and issued != tie.date else tie.date
            pieces = items[pair]
            for sentence in sentences:
                pieces.append({"relation": tie.layer, "date": date, "sentence": sentence, "document": d, "title": title,
                               "publisher": publisher, "issued": issued, "source": source})
    return {pair: {"documents": sorted({e["document"] for e in pieces if e["document"]}), "evidence": _listed(pieces)}
            for pair, pieces in items.items()}


def _fact_objects(store, facts: list[str], *predicates) -> list[dict[str, list[str]]]:
    """``{fact: [value, …]}`` (every fact of *facts* a key), as text, of each of *predicates* (IRIs)
    for the consolidated *facts*, a few hundred a query (each block joined from its facts outwards:
    Oxigraph looks each one up).

    Several predicates are read in one lookup of each fact: a lookup costs more the bigger the store
    (25 µs a fact at 50,000 articles), the fact's statements read after it little more. Each row names
    its fact and predicate by their places in the query, small numbers: an IRI handed back costs the
    store a lookup of its text."""
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    found = [{f: [] for f in facts} for _ in predicates]
    if len(predicates) == 1:
        pattern, which = f"?f <{predicates[0]}> ?v", "0"
    else:
        pattern = f"?f ?p ?v FILTER(?p IN ({', '.join(f'<{p}>' for p in predicates)}))"
        which = str(len(predicates) - 1)
        for i in range(len(predicates) - 2, -1, -1):
            which = f"IF(?p = <{predicates[i]}>, {i}, {which})"
    for i in range(0, len(facts), _CHUNK):
        block = facts[i:i + _CHUNK]
        values = " ".join(f"(<{f}> {j})" for j, f in enumerate(block))
        for r in store.select_texts(f"""SELECT ?j ?k ?v WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{
                VALUES (?f ?j) {{ {values} }} {pattern} BIND({which} AS ?k) }} }}"""):
            found[int(r["k"])][block[int(r["j"])]].append(r["v"])
    return found


def _last_reported(store, facts: list[str]) -> dict[str, str]:
    """``{fact: date}``: when each consolidated fact of *facts* was last reported (those that say)."""
    return {f: iso_date(when[-1]) or "" for f, when in _fact_objects(store, facts, EPKG.lastReported)[0].items()
            if when}


def _fact_reports(store, facts: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """``({fact: [document, …]}, {fact: [node, …]})``: the documents of the consolidated *facts*
    (``prov:wasDerivedFrom``) and the document nodes they merge (``epkg:reportedAs``), read together."""
    documents, nodes = _fact_objects(store, facts, PROV.wasDerivedFrom, EPKG.reportedAs)
    return documents, nodes


def _sentences_said(store, reports: list[tuple[str, str]], nodes: dict, *, every: bool = False) -> dict:
    """``{(fact, document): {sentence, …}}`` of the *reports* of facts with a node, as :func:`_reports_said`
    gives them: a report's sentences are those of its fact's nodes in the document's graph.

    The facts' nodes are read once a fact (those not yet in *nodes*, added to it), the sentences from
    the rows of the documents (:func:`epkg.graph.listings.node_sentences`, every row in one pass with
    *every*): one lookup a document instead of one a report, 45,000 instead of 300,000 for the view of
    50,000 articles. A document without a row is asked for its reports' sentences."""
    from epkg.graph import listings

    nodes.update(_fact_objects(store, sorted({f for f, _ in reports} - nodes.keys()), EPKG.reportedAs)[0])
    wanted = defaultdict(set)
    for f, d in reports:
        wanted[d].update(nodes[f])
    found = listings.node_sentences(store, wanted, every=every)
    out, unread = {}, []
    for f, d in reports:
        if not nodes[f]:
            continue
        if d not in found:
            unread.append(f"(<{f}> <{d}>)")
            continue
        in_row = found[d]
        out[(f, d)] = {sentence for node in nodes[f] for sentence in in_row.get(node, ())}
    out.update(_reports_said(store, "(?f ?doc)", unread))
    return out


def _reports_said(store, given: str, values: list[str]) -> dict[tuple[str, str], set[str]]:
    """``{(fact, document): {sentence, …}}`` of the reports named by *values*: rows of a ``VALUES
    given`` table, facts (``?f``, every report of each) or facts and documents (``(?f ?doc)``), a few
    hundred a query, each block joined from its rows outwards (the fact's documents and nodes in the
    consolidated graph, then each node's sentence in each document's graph)."""
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    documents = "" if "?doc" in given else "?f prov:wasDerivedFrom ?doc . "
    out: dict = defaultdict(set)
    for i in range(0, len(values), _CHUNK):
        for r in store.select_texts(f"""SELECT ?f ?doc ?sentence WHERE {{
                VALUES {given} {{ {" ".join(values[i:i + _CHUNK])} }}
                GRAPH <{GRAPH_CONSOLIDATED}> {{ {documents}?f epkg:reportedAs ?node }}
                OPTIONAL {{ GRAPH ?doc {{ ?node epkg:evidence ?sentence }} }} }}"""):
            said = out[(r["f"], r["doc"])]
            if "sentence" in r:
                said.add(r["sentence"])
    return out
