"""Derived statements of the consolidated graph: small summaries that make broad questions selective.

Some competency questions read every fact of a kind (every project's capacity, every
partnership at a level) to answer with a dozen or a few hundred rows, so their cost
grows with the corpus. The consolidated graph carries, beside the facts, a summary
node for each such answer row, computed from the facts and kept exact by
:mod:`epkg.graph.consolidate` (a rebuild computes them all, a refresh recomputes
those whose facts changed):

- per technology concept, ``epid:summary/technology/{concept}``: ``epkg:summaryOf``
  the concept, ``epkg:projectCount`` (energy projects of that technology that state a
  capacity) and ``epkg:totalCapacityMW`` (the sum of their capacities, each project's
  largest when its reports disagree);
- per pair of actors that a partnership with a level links,
  ``epid:summary/partners/{hash}``: ``epkg:pairFirst`` and ``epkg:pairSecond`` the two
  actors (in the order of their IRIs' text, as a query pairing partners with
  ``STR(?a) < STR(?b)`` gives them) and ``epkg:pairLevel`` each level of the partnerships
  linking them;
- per distinct name of an event, ``epid:summary/event-name/{hash}``: ``epkg:eventName``
  the name, so that a question matching events by the text of their names reads each
  event name once, not every label of the graph (entities, projects, agreements …);
- per partnership, ``epid:summary/sources/{hash}``: ``epkg:sourcesOf`` the partnership and
  ``epkg:sourceList`` its reports as text, one line a sentence a document gives for one of the
  partnership's nodes (``epkg:reportedAs``): "date — title (publisher): sentence", in the order
  of the documents' dates. A question asking for every partnership's sources then reads one
  row a partnership instead of looking each sentence up in its document's graph and each
  document's title, date and publisher in another.

A store written before the source lists existed has no ``epkg:sourceListsKept`` mark in its
meta graph: its next refresh writes every list and the mark (as a rebuild does).

They give what the plain queries compute over the facts and the document graphs
(``queries/capacity-by-technology.rq``, ``queries/close-partnerships.rq``, ``queries/sco-events.rq``,
``queries/partnership-sources.rq``), so reading a summary gives the same answer as reading the
facts; ``tests/test_queries.py`` checks that they agree.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED, GRAPH_META

_SUMMARY = str(EPID["summary/"])
_TECHNOLOGY = str(EPID["summary/technology/"])
_PARTNERS = str(EPID["summary/partners/"])
_EVENT_NAME = str(EPID["summary/event-name/"])
_SOURCES = str(EPID["summary/sources/"])
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_C = f"<{GRAPH_CONSOLIDATED}>"
_TEXT = {name: f"<{EPKG[name]}>" for name in ("technology", "partner", "level", "capacityMW")}
_TYPE = f"<{RDF.type}>"
_PARTNERSHIP = f"<{EPKG.Partnership}>"
_CHUNK = 200
_SOURCES_MARK = (GRAPH_CONSOLIDATED, EPKG.sourceListsKept, Literal(True))


def technology_node(concept) -> URIRef:
    """The summary node of a technology concept.

    Examples
    --------
    >>> str(technology_node(EPKG.technology_solar))
    'https://w3id.org/epkg/id/summary/technology/technology_solar'
    """
    return URIRef(_TECHNOLOGY + str(concept).rsplit("#", 1)[-1].rsplit("/", 1)[-1])


def pair_node(a, b) -> URIRef:
    """The summary node of a pair of actors (either order gives the same node).

    Examples
    --------
    >>> pair_node(EPID["state/AZE"], EPID["state/CHN"]) == pair_node(EPID["state/CHN"], EPID["state/AZE"])
    True
    """
    first, second = sorted((str(a), str(b)))
    return URIRef(_PARTNERS + hashlib.sha256(f"{first} {second}".encode()).hexdigest()[:16])


def event_name_node(name) -> URIRef:
    """The summary node of an event name (a literal, or its N-Triples text).

    Examples
    --------
    >>> event_name_node(Literal("SCO Energy Forum")) == event_name_node('"SCO Energy Forum"')
    True
    """
    from epkg.graph.storage.terms import term_text

    text = name if isinstance(name, str) and not isinstance(name, Literal) else term_text(name)
    return URIRef(_EVENT_NAME + hashlib.sha256(text.encode()).hexdigest()[:16])


def sources_node(fact) -> URIRef:
    """The summary node of a partnership's sources.

    Examples
    --------
    >>> str(sources_node(EPID["partnership/aze-chn"])).startswith('https://w3id.org/epkg/id/summary/sources/')
    True
    """
    return URIRef(_SOURCES + hashlib.sha256(str(fact).encode()).hexdigest()[:16])


def source_line(issued, title, publisher, sentence) -> str:
    """One report of a partnership as its source list writes it (a missing date, title or publisher
    said so, or left out).

    Examples
    --------
    >>> source_line("2025-04-23", "Baku and Beijing sign", "Trend", "They agreed.")
    '2025-04-23 — Baku and Beijing sign (Trend): They agreed.'
    >>> source_line(None, None, None, "They agreed.")
    'undated — untitled: They agreed.'
    """
    where = f" ({publisher})" if publisher is not None else ""
    return f"{issued if issued is not None else 'undated'} — {title if title is not None else 'untitled'}{where}: {sentence}"


def _values(terms: Iterable) -> str:
    return " ".join(f"<{t}>" for t in terms)


def technology_summaries(store, concepts: Iterable | None = None) -> list[tuple]:
    """The technology summaries of the consolidated graph as it is now, for *concepts* (all when ``None``).

    Parameters
    ----------
    store : Store or RemoteStore
    concepts : iterable of IRIs, optional

    Returns
    -------
    list of triples

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> technology_summaries(Store.memory(reference=False))
    []
    """
    chosen = None if concepts is None else sorted(set(map(str, concepts)))
    # the aggregate of queries/capacity-by-technology.rq, per concept rather than per name
    rows = _select_for(store, chosen, lambda chunk: f"VALUES ?concept {{ {_values(chunk)} }}", f"""
        SELECT ?concept (COUNT(?project) AS ?projects) (SUM(?capacity) AS ?total) WHERE {{
          {{ SELECT ?project ?concept (MAX(?mw) AS ?capacity) WHERE {{ {_HERE}
              GRAPH {_C} {{ ?project a epkg:EnergyProject ; epkg:technology ?concept ; epkg:capacityMW ?mw }} }}
            GROUP BY ?project ?concept }} }}
          GROUP BY ?concept""")
    out: list[tuple] = []
    for r in rows:
        if "concept" not in r:  # no project at all: the aggregate's one empty group
            continue
        node = technology_node(r["concept"])
        out += [(node, EPKG.summaryOf, r["concept"]), (node, EPKG.projectCount, r["projects"]),
                (node, EPKG.totalCapacityMW, r["total"])]
    return out


def pair_summaries(store, pairs: Iterable | None = None) -> list[tuple]:
    """The partner-pair summaries of the consolidated graph as it is now, for *pairs* (all when ``None``).

    Parameters
    ----------
    store : Store or RemoteStore
    pairs : iterable of (IRI, IRI), optional

    Returns
    -------
    list of triples

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> pair_summaries(Store.memory(reference=False))
    []
    """
    chosen = None if pairs is None else \
        sorted({tuple(sorted((str(a), str(b)))) for a, b in pairs if str(a) != str(b)})
    rows = _select_for(store, chosen,
                       lambda chunk: "VALUES (?a ?b) { " + " ".join(f"(<{a}> <{b}>)" for a, b in chunk) + " }",
                       f"""SELECT DISTINCT ?a ?b ?concept WHERE {{ {_HERE}
          GRAPH {_C} {{ ?p epkg:level ?concept ; epkg:partner ?a, ?b }} FILTER(STR(?a) < STR(?b)) }}""")
    levels: dict = {}
    for r in rows:
        levels.setdefault((r["a"], r["b"]), set()).add(r["concept"])
    out: list[tuple] = []
    for (a, b), concepts in sorted(levels.items()):
        node = pair_node(a, b)
        out += [(node, EPKG.pairFirst, a), (node, EPKG.pairSecond, b)]
        out += [(node, EPKG.pairLevel, c) for c in sorted(concepts)]
    return out


def event_name_summaries(store, names: Iterable | None = None) -> list[tuple]:
    """The event-name summaries of the consolidated graph as it is now, for *names* (N-Triples
    texts of literals; all names when ``None``).

    Parameters
    ----------
    store : Store or RemoteStore
    names : iterable of str, optional

    Returns
    -------
    list of triples

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> event_name_summaries(Store.memory(reference=False), ['"SCO Energy Forum"'])
    []
    """
    rows = _select_for(store, None if names is None else sorted(set(names)),
                       lambda chunk: f"VALUES ?name {{ {' '.join(chunk)} }}",
                       f"""SELECT DISTINCT ?name WHERE {{ {_HERE}
          GRAPH {_C} {{ ?event rdfs:label ?name ; a epkg:Event }} }}""")
    return sorted((event_name_node(r["name"]), EPKG.eventName, r["name"]) for r in rows)


def sources_summaries(store, facts: Iterable | None = None) -> list[tuple]:
    """The source lists of the consolidated graph's partnerships as they are now, for *facts*
    (IRIs; every partnership when ``None``).

    A partnership's reports are the rows that joining it with the document graphs gives: a
    document it is derived from (``prov:wasDerivedFrom``) whose graph holds one of its nodes
    (``epkg:reportedAs``) with a sentence (``epkg:evidence``); each is written as
    :func:`source_line` with the document's ``dcterms:issued``, ``dcterms:title`` and
    ``dcterms:publisher``, in the order of their dates, titles and sentences.

    Parameters
    ----------
    store : Store or RemoteStore
    facts : iterable of IRIs, optional

    Returns
    -------
    list of triples

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> sources_summaries(Store.memory(reference=False))
    []
    """
    chosen = None if facts is None else sorted(set(map(str, facts)))
    if chosen is None:
        # Every fact's nodes and documents are read in one pass each and hash-joined, then each
        # pair's sentence looked up in the document's graph (OPTIONAL, kept where found): Oxigraph
        # would otherwise read every partnership node of every document graph first.
        query = f"""SELECT DISTINCT ?fact ?doc ?sentence WHERE {{
          {{ SELECT ?fact WHERE {{ GRAPH {_C} {{ ?fact a epkg:Partnership }} }} }}
          {{ SELECT ?fact ?node WHERE {{ GRAPH {_C} {{ ?fact epkg:reportedAs ?node }} }} }}
          {{ SELECT ?fact ?doc WHERE {{ GRAPH {_C} {{ ?fact prov:wasDerivedFrom ?doc }} }} }}
          OPTIONAL {{ GRAPH ?doc {{ ?node a epkg:Partnership ; epkg:evidence ?sentence }} }}
          FILTER(BOUND(?sentence)) }}"""
    else:
        # a few hundred facts: joined from them outwards, each looked up (the passes above would
        # read every fact's nodes and documents for each block: 7 times slower at 10,000 articles)
        query = f"""SELECT DISTINCT ?fact ?doc ?sentence WHERE {{ {_HERE}
          GRAPH {_C} {{ ?fact a epkg:Partnership ; epkg:reportedAs ?node ; prov:wasDerivedFrom ?doc }}
          GRAPH ?doc {{ ?node a epkg:Partnership ; epkg:evidence ?sentence }} }}"""
    rows = _select_for(store, chosen, lambda chunk: f"VALUES ?fact {{ {_values(chunk)} }}", query)
    docs = sorted({str(r["doc"]) for r in rows})
    about: dict = {}  # a document's date, title and publisher
    for r in _select_for(store, docs, lambda chunk: f"VALUES ?doc {{ {_values(chunk)} }}", f"""
        SELECT ?doc ?issued ?title ?publisher WHERE {{ {_HERE}
          OPTIONAL {{ GRAPH ?doc {{ ?doc dcterms:title ?title }} }}
          OPTIONAL {{ GRAPH ?doc {{ ?doc dcterms:issued ?issued }} }}
          OPTIONAL {{ GRAPH ?doc {{ ?doc dcterms:publisher ?publisher }} }} }}""") if docs else []:
        values, doc = (r.get("issued"), r.get("title"), r.get("publisher")), str(r["doc"])
        # the document graphs' shapes allow one value each; the least, should a graph hold more
        if doc not in about or _sort_key(values) < _sort_key(about[doc]):
            about[doc] = values
    reports: dict = {}
    for r in rows:
        issued, title, publisher = about.get(str(r["doc"]), (None, None, None))
        reports.setdefault(r["fact"], []).append(
            (_sort_key((issued, title, r["doc"], r["sentence"])), source_line(issued, title, publisher, r["sentence"])))
    out: list[tuple] = []
    for fact, lines in sorted(reports.items()):
        node = sources_node(fact)
        out += [(node, EPKG.sourcesOf, fact),
                (node, EPKG.sourceList, Literal("\n".join(line for _, line in sorted(lines))))]
    return out


def _sort_key(values: tuple) -> tuple:
    """Terms in order, a missing one first."""
    return tuple((0, "") if v is None else (1, str(v)) for v in values)


def all_summaries(store) -> list[tuple]:
    """Every summary of the consolidated graph as it is now: what :func:`rebuild` writes.

    Parameters
    ----------
    store : Store or RemoteStore

    Returns
    -------
    list of triples

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> all_summaries(Store.memory(reference=False))
    []
    """
    return (technology_summaries(store) + pair_summaries(store) + event_name_summaries(store)
            + sources_summaries(store))


def is_summary(subject) -> bool:
    """Whether *subject* (an IRI) is a summary node rather than a fact or an entity.

    Examples
    --------
    >>> is_summary(technology_node(EPKG.technology_solar)), is_summary(EPID["state/AZE"])
    (True, False)
    """
    return str(subject).startswith(_SUMMARY)


def _chunks(items: list) -> list:
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


_HERE = "#VALUES#"  # where _select_for puts a chunk's VALUES clause


def _select_for(store, items: list | None, values, query: str) -> list[dict]:
    """The rows of *query* for every subject (*items* ``None``), or for *items* a chunk at a time,
    ``values(chunk)`` standing in the query where it says :data:`_HERE`."""
    if items is None:
        return store.select(query.replace(_HERE, ""))
    return [r for chunk in _chunks(items) for r in store.select(query.replace(_HERE, values(chunk)))]


def _line(triple) -> str:
    from epkg.graph.storage.terms import triple_line
    return triple_line(triple)


def rebuild(store) -> int:
    """Write every summary of the consolidated graph afresh (after the facts are written).

    Parameters
    ----------
    store : Store or RemoteStore

    Returns
    -------
    int
        The number of summary statements.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> rebuild(Store.memory(reference=False))
    0
    """
    nodes = {r["s"] for r in store.select(f"""SELECT DISTINCT ?s WHERE {{ GRAPH {_C} {{
      {{ ?s epkg:summaryOf ?x }} UNION {{ ?s epkg:pairFirst ?x }} UNION {{ ?s epkg:eventName ?x }}
      UNION {{ ?s epkg:sourcesOf ?x }} }} }}""")}
    old = store.graph_lines(GRAPH_CONSOLIDATED, nodes) if nodes else set()
    new = {_line(t) for t in all_summaries(store)}
    store.patch_graph(GRAPH_CONSOLIDATED, old - new, new - old)
    store.patch_graph(GRAPH_META, set(), {_line(_SOURCES_MARK)})
    return len(new)


def sources_kept(store) -> bool:
    """Whether *store* keeps every partnership's source list (its meta graph has the mark a full write leaves).

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> sources_kept(Store.memory(reference=False))
    False
    """
    s, p, o = _SOURCES_MARK
    return store.ask(f"ASK {{ GRAPH <{GRAPH_META}> {{ <{s}> <{p}> {o.n3()} }} }}")


def _write_sources(store) -> int:
    """Write every partnership's source list afresh, and the mark; return the statements changed."""
    nodes = {r["s"] for r in store.select(f"SELECT DISTINCT ?s WHERE {{ GRAPH {_C} {{ ?s epkg:sourcesOf ?x }} }}")}
    old = store.graph_lines(GRAPH_CONSOLIDATED, nodes) if nodes else set()
    new = {_line(t) for t in sources_summaries(store)}
    store.patch_graph(GRAPH_CONSOLIDATED, old - new, new - old)
    store.patch_graph(GRAPH_META, set(), {_line(_SOURCES_MARK)})
    return len(old ^ new)


def refresh(store, before: set, after: set, docs: Iterable = ()) -> int:
    """Recompute the summaries that the facts changed by a refresh can alter.

    Technology totals and partner pairs are brought up to date from their stored summaries and what
    the changed subjects added and took away (*before* and *after* hold every statement of each):
    a project's contribution to its technologies' count and total, a partnership's levels to its
    pairs. Capacities are decimals, summed exactly. The query over the facts is run only where the
    stored summary cannot tell (a pair that loses a level a changed partnership no longer has, which
    another may still have; a capacity or total that is not an ``xsd:decimal``); event names only
    for a name an event no longer bears.

    Parameters
    ----------
    store : Store or RemoteStore
        Its consolidated graph already holds the facts as *after* states them.
    before, after : set of str
        The N-Triples lines (:func:`~epkg.graph.storage.terms.triple_line`) of the refreshed
        subjects before and after the refresh: every statement of each of them.
    docs : iterable of IRIs
        The source graphs the refresh was for (written, replaced or removed): a partnership's
        source list also says what its documents' graphs say of them (a title, a date), which a
        graph written again under the same IRI may change without changing the facts.

    Returns
    -------
    int
        The number of summary statements added or removed.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> refresh(Store.memory(reference=False), set(), set())
    0
    """
    changed = {line.split(" ", 1)[0] for line in before ^ after}
    docs = sorted(set(map(str, docs)))
    if not changed and not docs:
        return 0
    whole = not sources_kept(store)  # a store from before the source lists: written all at once below
    reported = set() if whole else {f"<{r['fact']}>" for r in _select_for(
        store, docs, lambda chunk: f"VALUES ?doc {{ {_values(chunk)} }}",
        f"SELECT DISTINCT ?fact WHERE {{ {_HERE} GRAPH {_C} {{ ?fact prov:wasDerivedFrom ?doc ; a epkg:Partnership }} }}")
    } if docs else set()
    then, now = _Contributions(), _Contributions()
    for lines, found in ((before, then), (after, now)):
        described: dict = {}
        for line in lines:
            s, p, o = line.split(" ", 2)
            if p in _READ and s in changed:
                described.setdefault(s, []).append((p, o))
        for s, statements in described.items():
            found.add(s, statements)
        if not whole:
            reported |= found.partnerships
    technologies = set(then.projects) | set(now.projects)
    technologies = {c for c in technologies if then.projects.get(c, {}) != now.projects.get(c, {})}
    technologies |= then.odd_technologies | now.odd_technologies
    pairs = {pair for pair in set(then.levels) | set(now.levels) if then.levels.get(pair) != now.levels.get(pair)}
    names = then.event_names ^ now.event_names
    facts = sorted(f[1:-1] for f in reported)
    nodes = ({technology_node(c) for c in technologies} | {pair_node(a, b) for a, b in pairs}
             | {event_name_node(n) for n in names} | {sources_node(f) for f in facts})
    old = store.graph_lines(GRAPH_CONSOLIDATED, nodes) if nodes else set()
    new = set()
    if nodes:
        stored = _by_subject(old)
        new |= _technologies_updated(store, stored, technologies, then, now)
        new |= _pairs_updated(store, stored, pairs, then, now)
        new |= {_line(t) for t in event_name_summaries(store, names - now.event_names)}
        new |= {f"<{event_name_node(n)}> <{EPKG.eventName}> {n}" for n in names & now.event_names}
        new |= {_line(t) for t in (sources_summaries(store, facts) if facts else [])}
    store.patch_graph(GRAPH_CONSOLIDATED, old - new, new - old)
    return len(old ^ new) + (_write_sources(store) if whole else 0)


_DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
_INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"
_PROJECT = f"<{EPKG.EnergyProject}>"
_EVENT = f"<{EPKG.Event}>"
# the statements of a changed subject that the summaries read (the others are skipped unsplit)
_READ = frozenset({_TYPE, _TEXT["technology"], _TEXT["capacityMW"], _TEXT["partner"], _TEXT["level"], _LABEL})
_ITEMS = {name: f"<{EPKG[name]}>" for name in ("projectCount", "totalCapacityMW", "pairLevel", "summaryOf")}


def _decimal(text: str):
    """The value of an N-Triples ``xsd:decimal`` literal; ``None`` for any other term."""
    from decimal import Decimal, InvalidOperation

    if not (text.startswith('"') and text.endswith('"' + _DECIMAL)):
        return None
    try:
        value = Decimal(text[1:-len(_DECIMAL) - 1])
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class _Contributions:
    """What the changed subjects, as described before or after a refresh, give the summaries: each
    project's largest capacity under each of its technologies (IRI -> {subject: capacity}), each
    levelled partnership's levels under each pair of its partners ((IRI, IRI) -> {subject: levels}),
    the names events bear, and the partnerships."""

    def __init__(self):
        self.projects: dict = {}
        self.odd_technologies: set = set()  # technologies of a project whose capacity is not a decimal
        self.levels: dict = {}
        self.event_names: set = set()
        self.partnerships: set = set()

    def add(self, s: str, statements: list) -> None:
        """Add what subject *s* gives, from its ``(predicate, object)`` statements (N-Triples)."""
        types, technologies, capacities, partners, levels, labels = set(), set(), [], set(), set(), set()
        for p, o in statements:
            if p == _TYPE:
                types.add(o)
            elif p == _TEXT["technology"] and o.startswith("<"):
                technologies.add(o[1:-1])
            elif p == _TEXT["capacityMW"]:
                capacities.append(o)
            elif p == _TEXT["partner"] and o.startswith("<"):
                partners.add(o[1:-1])
            elif p == _TEXT["level"]:
                levels.add(o)
            elif p == _LABEL and o.startswith('"'):
                labels.add(o)
        if _PARTNERSHIP in types:
            self.partnerships.add(s)
        if _EVENT in types:
            self.event_names |= labels
        if _PROJECT in types and capacities and technologies:
            values = [_decimal(c) for c in capacities]
            if any(v is None for v in values):
                self.odd_technologies |= technologies
            else:
                for c in technologies:
                    self.projects.setdefault(c, {})[s] = max(values)
        if levels:
            for a in partners:
                for b in partners:
                    if a < b:
                        self.levels.setdefault((a, b), {})[s] = frozenset(levels)


def _by_subject(lines: set) -> dict:
    """*lines* (N-Triples) by subject: ``{subject: ["<p> o", …]}`` (looked up a summary node at a time
    instead of scanning every line for each of hundreds of pairs)."""
    out: dict = {}
    for line in lines:
        s, statement = line.split(" ", 1)
        out.setdefault(s, []).append(statement)
    return out


def _stored(old: dict, node, item: str) -> list[str]:
    """The objects (N-Triples) of a summary *node*'s *item* statements among the stored ones *old*
    (:func:`_by_subject`)."""
    prefix = f"{_ITEMS[item]} "
    return [statement[len(prefix):] for statement in old.get(f"<{node}>", ()) if statement.startswith(prefix)]


def _technologies_updated(store, old: dict, technologies: set, then, now) -> set:
    """The technology summaries' lines for *technologies*: the stored count and total, less what the
    changed projects gave before and plus what they give now (exact: decimals); from the facts where a
    capacity or the stored total is not a decimal."""
    totals, queried = {}, set()
    for c in sorted(technologies):
        node = technology_node(c)
        counts, sums = _stored(old, node, "projectCount"), _stored(old, node, "totalCapacityMW")
        total = _decimal(sums[0]) if len(sums) == 1 else None if sums else 0
        count = int(counts[0].split('"')[1]) if len(counts) == 1 and counts[0].endswith(_INTEGER) else \
            None if counts else 0
        if c in then.odd_technologies or c in now.odd_technologies or total is None or count is None:
            queried.add(c)
            continue
        gone, come = then.projects.get(c, {}), now.projects.get(c, {})
        count += len(come) - len(gone)
        total += sum(come.values()) - sum(gone.values())
        if count < 0 or (count == 0 and total != 0):  # the stored summary was not what the facts give
            queried.add(c)
        elif count:
            totals[c] = (count, total)
    lines = {_line(t) for t in technology_summaries(store, queried)} if queried else set()
    for c in sorted(totals):
        # each total written as a sum of decimals is in canonical form ("1500", "2.5"), whatever the store (a remote
        # server may give back an integer for a whole sum)
        node = technology_node(c)
        lines |= {_line((node, EPKG.summaryOf, URIRef(c))), _line((node, EPKG.projectCount, Literal(totals[c][0]))),
                  _line((node, EPKG.totalCapacityMW, Literal(_canonical_decimal(totals[c][1]), datatype=XSD.decimal)))}
    return lines


def _canonical_decimal(value) -> str:
    """The canonical lexical form of an ``xsd:decimal`` (no exponent, no trailing zeros): ``1500``, ``2.5``."""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def _pairs_updated(store, old: dict, pairs: set, then, now) -> set:
    """The partner-pair summaries' lines for *pairs*: the stored levels and those a changed partnership
    gives now; from the facts for a pair that loses a level no changed partnership gives it now (another
    may)."""
    lines, queried = set(), set()
    for pair in sorted(pairs):
        gone = set().union(*then.levels.get(pair, {}).values())
        come = set().union(*now.levels.get(pair, {}).values())
        if gone - come:
            queried.add(pair)
            continue
        node = pair_node(*pair)
        levels = set(_stored(old, node, "pairLevel")) | come
        a, b = pair
        lines |= {_line((node, EPKG.pairFirst, URIRef(a))), _line((node, EPKG.pairSecond, URIRef(b)))}
        lines |= {f"<{node}> {_ITEMS['pairLevel']} {level}" for level in levels}
    return lines | ({_line(t) for t in pair_summaries(store, queried)} if queried else set())
