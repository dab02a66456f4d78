"""Measures of the partnership network: centrality, communities, paths, neighbourhoods, trends.

Plain functions over a :class:`networkx.Graph` as built by
:func:`epkg.graph.network.project` (any simple undirected graph works), returning
plain data. Which measures use the edge weights, and how:

=============  ==============================================================
degree         unweighted: share of the other nodes a node is tied to
strength       weighted: sum of the weights of a node's edges
eigenvector    weighted: ties to central nodes count more, in proportion to weight
pagerank       weighted: a random walk follows heavier edges more often
betweenness    weighted as distance ``1 / weight``: a heavier tie is a shorter hop
closeness      weighted as distance ``1 / weight``
=============  ==============================================================

Everything is deterministic: random choices are seeded, and ties in rankings
are broken by label.
"""
from __future__ import annotations

import math
import random
from datetime import datetime, timezone
from itertools import islice

import networkx as nx

from epkg.graph import cycles
from epkg.graph.errors import EpkgError, InputError

__all__ = ["strongest_ties", "METRICS", "WEIGHTED", "DISTANCE_WEIGHTED", "ENGINES", "SCORE_PROPERTIES", "AnalysisError", "centrality",
           "centralities", "rank", "communities", "paths", "neighbors", "periods", "trend", "scores_graph",
           "write_scores"]

METRICS = ("degree", "strength", "betweenness", "eigenvector", "pagerank", "closeness")
WEIGHTED = ("strength", "eigenvector", "pagerank")
DISTANCE_WEIGHTED = ("betweenness", "closeness")
ENGINES = ("auto", "networkx", "igraph")


class AnalysisError(EpkgError):
    """A measure cannot be computed on this network (the message says why)."""


def _distance(weight):
    if weight is None:
        return None

    def distance(u, v, data):
        w = data.get(weight, 1.0)
        return 1.0 / w if w > 0 else float("inf")
    return distance


_MAX_SCALE = 2 ** 40


def _path_lengths(G: nx.Graph, weight) -> dict | None:
    """Edge lengths for shortest paths, ``(u, v) → 1/weight`` up to a common factor, or ``None`` (all 1).

    With whole-number weights (the projection's ranks and counts) each length is
    the integer ``L / weight`` for the least common multiple ``L`` of the weights:
    scaling all lengths does not change which paths are shortest, and integers
    add up exactly, so two paths of equal length compare equal in every engine
    (``1/3 + 1/6 == 1/2`` fails in floating point).
    """
    if weight is None:
        return None
    weights = {d.get(weight, 1.0) for _, _, d in G.edges(data=True)}
    if any(w <= 0 for w in weights):
        raise AnalysisError("edge weights must be positive to serve as distances")
    if all(float(w).is_integer() for w in weights):
        scale = math.lcm(*(int(w) for w in weights)) if weights else 1
        if scale <= _MAX_SCALE:
            return {(u, v): scale // int(d.get(weight, 1.0)) for u, v, d in G.edges(data=True)}
    return {(u, v): 1.0 / d.get(weight, 1.0) for u, v, d in G.edges(data=True)}


def _length_function(lengths: dict | None):
    if lengths is None:
        return None

    def length(u, v, data):
        return lengths[(u, v)] if (u, v) in lengths else lengths[(v, u)]
    return length


def _igraph_available() -> bool:
    try:
        import igraph  # noqa: F401
    except ImportError:
        return False
    return True


def _betweenness_igraph(G: nx.Graph, lengths: dict | None, sources: list | None = None) -> dict:
    """Normalised betweenness on igraph: the values networkx gives, exact or from *sources*."""
    import igraph as ig

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = list(G.edges())
    h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in pairs], directed=False)
    weights = None if lengths is None else [lengths[e] for e in pairs]
    n = len(nodes)
    if sources is None:
        raw = h.betweenness(directed=False, weights=weights)
        # igraph counts each unordered pair once; networkx's normalisation for
        # undirected graphs divides the pair count by (n-1)(n-2)/2.
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        return {node: raw[i] * scale for i, node in enumerate(nodes)}
    # Paths from the sampled sources only (igraph's subset betweenness), scaled as
    # networkx scales its estimate: a sampled node cannot lie inside a path from
    # itself, so it is averaged over one source fewer.
    raw = h.betweenness(directed=False, weights=weights, sources=[index[s] for s in sources])
    if n <= 2:
        return {node: 0.0 for node in nodes}
    k, sampled = len(sources), set(sources)

    def estimate(i, node):
        averaged_over = k - 1 if node in sampled else k
        return 2.0 * raw[i] / (averaged_over * (n - 2)) if averaged_over else math.nan  # as networkx: no data

    return {node: estimate(i, node) for i, node in enumerate(nodes)}


@cycles.paused()
def centrality(G: nx.Graph, metric: str = "degree", *, weight: str | None = "weight", k: int | None = None,
               seed: int = 0, engine: str = "auto") -> dict:
    """Centrality of every node of *G*.

    Parameters
    ----------
    G : networkx.Graph
        Undirected; edge weights in the attribute *weight* (positive numbers).
    metric : str
        One of :data:`METRICS`: ``degree`` (unweighted, normalised by n-1),
        ``strength`` (sum of edge weights), ``eigenvector`` and ``pagerank``
        (weighted), ``betweenness`` and ``closeness`` (normalised; shortest paths
        over the distance ``1 / weight``; for betweenness with whole-number
        weights, computed exactly as ``L / weight`` with ``L`` their least common
        multiple, which finds the same shortest paths).
    weight : str or None
        Edge attribute holding the weight; ``None`` treats every edge as weight 1.
    k : int, optional
        Betweenness only: estimate from *k* sampled source nodes (seeded) instead
        of all of them. See ``benchmarks/RESULTS.md`` for the error this brings.
    seed : int
        Seed for sampling.
    engine : {"auto", "networkx", "igraph"}
        Betweenness only (exact or sampled): ``igraph`` computes the same values
        much faster (sampled: from the same *k* sources networkx would draw with
        *seed*); ``auto`` uses it when installed.

    Returns
    -------
    dict
        node → score (float).

    Examples
    --------
    >>> G = nx.star_graph(3)  # centre 0, leaves 1, 2, 3
    >>> centrality(G, "degree")[0], centrality(G, "degree")[1]
    (1.0, 0.3333333333333333)
    >>> centrality(nx.path_graph(3), "betweenness")[1]
    1.0
    """
    if metric not in METRICS:
        raise InputError(f"unknown metric {metric!r}: choose from {', '.join(METRICS)}")
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: choose from {', '.join(ENGINES)}")
    if len(G) == 0:
        return {}
    if metric == "degree":
        if len(G) == 1:
            return {n: 0.0 for n in G}
        return nx.degree_centrality(G)
    if metric == "strength":
        return {n: float(d) for n, d in G.degree(weight=weight)}
    if metric == "pagerank":
        return nx.pagerank(G, weight=weight, tol=1e-10, max_iter=1000)
    if metric == "eigenvector":
        try:
            return nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10, weight=weight)
        except nx.PowerIterationFailedConvergence:
            raise AnalysisError("eigenvector centrality did not converge on this network") from None
    if metric == "closeness":
        return nx.closeness_centrality(G, distance=_distance(weight))
    # betweenness
    if k is not None and k < 1:
        raise InputError(f"sample size k must be at least 1, not {k}")
    if engine == "igraph" and not _igraph_available():
        raise AnalysisError("engine igraph requested but python-igraph is not installed")
    lengths = _path_lengths(G, weight)
    on_igraph = engine == "igraph" or (engine == "auto" and _igraph_available())
    if k is not None and k < len(G):
        if on_igraph:
            # The sources networkx draws for this seed, so both engines give one estimate.
            return _betweenness_igraph(G, lengths, sources=random.Random(seed).sample(list(G), k))
        return nx.betweenness_centrality(G, k=k, normalized=True, weight=_length_function(lengths), seed=seed)
    if on_igraph:
        return _betweenness_igraph(G, lengths)
    return nx.betweenness_centrality(G, normalized=True, weight=_length_function(lengths))


def centralities(G: nx.Graph, metrics=METRICS, **options) -> dict:
    """Several centralities at once: metric → (node → score); *options* as for :func:`centrality`.

    Examples
    --------
    >>> sorted(centralities(nx.path_graph(2), ("degree", "strength")))
    ['degree', 'strength']
    """
    return {m: centrality(G, m, **options) for m in metrics}


def _label(G, node) -> str:
    return str(G.nodes[node].get("label", node)) if node in G else str(node)


def rank(G: nx.Graph, scores: dict, *, top: int | None = None, kinds=None) -> list[dict]:
    """Nodes ordered by score, highest first, ties broken by label.

    Parameters
    ----------
    G : networkx.Graph
        Gives each node's ``label`` and ``kind``.
    scores : dict
        node → score, as from :func:`centrality`.
    top : int, optional
        Keep only the first *top* rows.
    kinds : iterable of str, optional
        Keep only nodes whose ``kind`` is one of these (e.g. ``["State"]``); ranks
        are counted among the kept nodes.

    Returns
    -------
    list of dict
        ``{"rank", "node", "label", "kind", "score"}``, rank counted from 1.

    Examples
    --------
    >>> G = nx.Graph([("a", "b")]); G.add_node("c")
    >>> [(r["rank"], r["node"]) for r in rank(G, {"a": 1.0, "b": 1.0, "c": 0.0})]
    [(1, 'a'), (2, 'b'), (3, 'c')]
    """
    kinds = set(kinds) if kinds else None
    rows = [n for n in scores if kinds is None or G.nodes[n].get("kind") in kinds]
    rows.sort(key=lambda n: (-scores[n], _label(G, n).casefold(), str(n)))
    if top is not None:
        rows = rows[:max(top, 0)]
    return [{"rank": i, "node": n, "label": _label(G, n), "kind": G.nodes[n].get("kind"), "score": scores[n]}
            for i, n in enumerate(rows, 1)]


@cycles.paused()
def communities(G: nx.Graph, *, seed: int = 0, weight: str | None = "weight", resolution: float = 1.0):
    """Louvain communities of *G* (seeded, so the same graph gives the same partition).

    Parameters
    ----------
    G : networkx.Graph
    seed : int
    weight : str or None
        Edge attribute used as weight (``None``: unweighted).
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.

    Returns
    -------
    (list of set, float)
        The communities, largest first (ties by their first label), and the
        modularity of the partition (0.0 for a graph without edges).

    Examples
    --------
    >>> G = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> parts, q = communities(G)
    >>> sorted(map(sorted, parts)), round(q, 3)
    ([[1, 2, 3], [4, 5, 6]], 0.357)
    """
    if G.number_of_edges() == 0:
        return [{n} for n in sorted(G, key=lambda n: _label(G, n))], 0.0
    parts = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    q = nx.community.modularity(G, parts, weight=weight, resolution=resolution)
    parts = [set(p) for p in parts]
    parts.sort(key=lambda p: (-len(p), min(_label(G, n).casefold() for n in p)))
    return parts, q


def _best_evidence(data: dict) -> dict:
    evidence = data.get("evidence") or []
    with_sentence = [e for e in evidence if e.get("sentence")]
    return (with_sentence or evidence or [{}])[-1]  # evidence is sorted by date: the latest


def _hop(G, u, v) -> dict:
    data = G.edges[u, v]
    ev = _best_evidence(data)
    return {"source": u, "source_label": _label(G, u), "target": v, "target_label": _label(G, v),
            "relations": list(data.get("relations", [])), "level": data.get("level"),
            "weight": data.get("weight", 1.0), "relation": ev.get("relation"), "date": ev.get("date"),
            "sentence": ev.get("sentence"), "document": ev.get("document"), "title": ev.get("title"),
            "evidence": len(data.get("evidence") or [])}


def _require(G, node, what="node"):
    if node not in G:
        raise InputError(f"{what} {_label(G, node)!r} has no ties in the network (check --layers / --as-of)")


@cycles.paused()
def paths(G: nx.Graph, a, b, *, max_hops: int = 4, limit: int = 10) -> list[list[dict]]:
    """The shortest paths (fewest hops) from *a* to *b*, each hop with its evidence.

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`epkg.graph.network.project` (edges with ``relations`` and ``evidence``).
    a, b : node
    max_hops : int
        Give up (return ``[]``) when the shortest path is longer.
    limit : int
        At most this many paths, in order of their labels.

    Returns
    -------
    list of list of dict
        Each path is a list of hops ``{"source", "source_label", "target",
        "target_label", "relations", "level", "weight", "relation", "date",
        "sentence", "document", "title", "evidence"}`` where relation, date,
        sentence, document and title come from the latest evidence of the edge and
        ``evidence`` is how many pieces of it there are.

    Examples
    --------
    >>> G = nx.Graph(); G.add_edge("a", "b", relations=["cooperation"]); G.add_edge("b", "c")
    >>> [[h["target"] for h in p] for p in paths(G, "a", "c")]
    [['b', 'c']]
    """
    _require(G, a)
    _require(G, b)
    if a == b:
        return []
    try:
        found = list(islice(nx.all_shortest_paths(G, a, b), 10000))
    except nx.NetworkXNoPath:
        return []
    if not found or len(found[0]) - 1 > max_hops:
        return []
    found.sort(key=lambda p: [_label(G, n).casefold() for n in p] + [str(n) for n in p])
    return [[_hop(G, u, v) for u, v in zip(p, p[1:])] for p in found[:limit]]


def neighbors(G: nx.Graph, a, *, depth: int = 1) -> list[dict]:
    """Nodes within *depth* hops of *a*, nearest first, then by edge weight, then label.

    Parameters
    ----------
    G : networkx.Graph
    a : node
    depth : int

    Returns
    -------
    list of dict
        ``{"node", "label", "kind", "distance", "via", "via_label", "relations",
        "weight"}``: *via* is the previous node on a shortest path from *a*, and
        relations and weight describe the edge from it.

    Examples
    --------
    >>> G = nx.path_graph(4)
    >>> [(r["node"], r["distance"], r["via"]) for r in neighbors(G, 0, depth=2)]
    [(1, 1, 0), (2, 2, 1)]
    """
    _require(G, a)
    if depth < 1:
        raise InputError(f"depth must be at least 1, not {depth}")
    found = nx.single_source_shortest_path(G, a, cutoff=depth)
    rows = []
    for node, path in found.items():
        if node == a:
            continue
        via = path[-2]
        data = G.edges[via, node]
        rows.append({"node": node, "label": _label(G, node), "kind": G.nodes[node].get("kind"),
                     "distance": len(path) - 1, "via": via, "via_label": _label(G, via),
                     "relations": list(data.get("relations", [])), "weight": data.get("weight", 1.0)})
    rows.sort(key=lambda r: (r["distance"], -r["weight"], r["label"].casefold(), str(r["node"])))
    return rows


def periods(data, by: str = "year") -> list[str]:
    """The periods (``"2024"`` or ``"2024-03"``) in which the facts of *data* are dated, in order.

    Examples
    --------
    >>> from epkg.graph.analysis.projection import Facts, Fact
    >>> periods(Facts([Fact("cooperation", "a", "b", "d", "2024-05-01", "d")], {}, {}, (), "bipartite"))
    ['2024']
    """
    if by not in ("year", "month"):
        raise InputError(f"unknown period {by!r}: choose year or month")
    width = 4 if by == "year" else 7
    return sorted({f.date[:width] for f in data.facts if f.date and len(f.date) >= width})


@cycles.paused()
def trend(store, entities=None, *, top: int | None = None, by: str = "year", metric: str = "pagerank",
          kinds=None, layers=None, fold_companies: bool = False, membership: str = "bipartite",
          seed: int = 0) -> dict:
    """How the ranks of entities change over time.

    The network is rebuilt as of the end of every period in which some fact is
    dated (cumulative: everything known by then), and nodes are ranked by
    *metric* in each.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    entities : iterable of node, optional
        The entities to follow (IRIs as strings).
    top : int, optional
        Instead of *entities*: follow the *top* entities of the last period.
    by : {"year", "month"}
    metric : str
        As for :func:`centrality`.
    kinds : iterable of str, optional
        Rank only nodes of these kinds (``State`` …).
    layers, fold_companies, membership
        As for :func:`epkg.graph.network.project`.
    seed : int

    Returns
    -------
    dict
        ``{"metric", "by", "periods": [period, ...], "rows": [{"node", "label",
        "kind", "ranks": [rank or None per period], "scores": [score or None per
        period]}]}``; a rank is ``None`` where the entity has no tie yet.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> trend(Store.memory(reference=False), top=5)["periods"]
    []
    """
    from epkg.graph.analysis.projection import LAYERS, assemble, read_facts

    if entities is None and top is None:
        top = 10
    # ranks need the weights only: no sentences read, no evidence assembled for each period
    data = read_facts(store, layers or LAYERS, fold_companies=fold_companies, membership=membership,
                      sentences=False)
    table = []
    for period in periods(data, by):
        G = assemble(data, as_of=period, evidence=False)
        ranked = rank(G, centrality(G, metric, seed=seed), kinds=kinds)
        table.append((G, {r["node"]: r for r in ranked}))
    if entities is None:
        chosen = [r["node"] for r in sorted(table[-1][1].values(), key=lambda r: r["rank"])[:top]] if table else []
    else:
        chosen = list(dict.fromkeys(str(e) for e in entities))
    rows = []
    for node in chosen:
        known = [G for G, _ in table if node in G]
        info = known[-1].nodes[node] if known else {}
        rows.append({"node": node, "label": info.get("label", node), "kind": info.get("kind"),
                     "ranks": [ranks[node]["rank"] if node in ranks else None for _, ranks in table],
                     "scores": [ranks[node]["score"] if node in ranks else None for _, ranks in table]})
    return {"metric": metric, "by": by, "periods": periods(data, by), "rows": rows}


SCORE_PROPERTIES = {"degree": "degreeCentrality", "strength": "strength", "betweenness": "betweenness",
                    "eigenvector": "eigenvectorCentrality", "pagerank": "pagerank", "closeness": "closeness"}


def scores_graph(scores: dict, *, partition=None, computed_at: datetime | None = None, description: str | None = None):
    """The RDF graph of analysis results (see :func:`write_scores`).

    Examples
    --------
    >>> g = scores_graph({"pagerank": {"https://w3id.org/epkg/id/state/AZE": 0.5}})
    >>> len(g)
    2
    """
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, XSD

    from epkg.ontology.namespaces import EPKG, GRAPH_ANALYSIS, bind_prefixes

    g = Graph(identifier=GRAPH_ANALYSIS)
    bind_prefixes(g)
    for metric, values in scores.items():
        if metric not in SCORE_PROPERTIES:
            raise InputError(f"unknown metric {metric!r}: choose from {', '.join(METRICS)}")
        prop = EPKG[SCORE_PROPERTIES[metric]]
        for node, value in values.items():
            g.add((URIRef(str(node)), prop, Literal(float(value), datatype=XSD.double)))
    for i, part in enumerate(partition or (), 1):
        for node in part:
            g.add((URIRef(str(node)), EPKG.community, Literal(i, datatype=XSD.integer)))
    when = (computed_at or datetime.now(timezone.utc)).replace(microsecond=0)
    g.add((GRAPH_ANALYSIS, EPKG.computedAt, Literal(when.isoformat(), datatype=XSD.dateTime)))
    if description:
        g.add((GRAPH_ANALYSIS, DCTERMS.description, Literal(description)))
    return g


def write_scores(store, scores: dict, *, partition=None, computed_at: datetime | None = None,
                 description: str | None = None) -> int:
    """Store centrality scores (and communities) in the named graph ``GRAPH_ANALYSIS``, replacing it.

    Each score is a triple ``node epkg:<property> "value"^^xsd:double`` with the
    property from :data:`SCORE_PROPERTIES` (``epkg:pagerank``,
    ``epkg:betweenness``, ``epkg:degreeCentrality`` …); community numbers (1 =
    largest) as ``epkg:community``; the graph itself gets ``epkg:computedAt``
    and, when given, a ``dcterms:description`` of the parameters.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
        Open for writing.
    scores : dict
        metric → (node → score), as from :func:`centralities`.
    partition : list of set, optional
        Communities, as from :func:`communities`.
    computed_at : datetime, optional
        Defaults to now (UTC).
    description : str, optional

    Returns
    -------
    int
        The number of triples written.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> store = Store.memory(reference=False)
    >>> write_scores(store, {"pagerank": {"https://w3id.org/epkg/id/state/AZE": 1.0}})
    2
    >>> store.select("SELECT ?v WHERE { state:AZE epkg:pagerank ?v }")[0]["v"].toPython()
    1.0
    """
    from epkg.ontology.namespaces import GRAPH_ANALYSIS

    g = scores_graph(scores, partition=partition, computed_at=computed_at, description=description)
    store.put_graph(GRAPH_ANALYSIS, g)
    return len(g)


def strongest_ties(G: nx.Graph, k: int, *, keep=()) -> list[tuple]:
    """The k-strongest-ties backbone of *G*: each node's *k* strongest ties, all nodes together.

    A node's ties are ranked by the edge's ``weight``, then its ``reports`` (both
    higher first; 1 and 0 when missing), then the other end's ``label`` (casefolded)
    and the other end itself (as text), so the result does not depend on the order of
    the graph. A tie is kept when it is among the *k* strongest of either end: no node
    with a tie loses all of them, and a hub keeps its strongest links whatever its
    neighbours' other ties.

    Parameters
    ----------
    G : networkx.Graph
    k : int
        Ties kept per node; 0 keeps every tie.
    keep : iterable of nodes
        Nodes all of whose ties are kept as well (the focus of a view).

    Returns
    -------
    list of (node, node)
        The kept edges, each as *G* gives it, in *G*'s edge order.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edges_from([("hub", x, {"weight": w}) for x, w in zip("abcd", (4, 3, 2, 1))])
    >>> G.add_edge("c", "d", weight=0.5)
    >>> strongest_ties(G, 1)
    [('hub', 'a'), ('hub', 'b'), ('hub', 'c'), ('hub', 'd')]
    >>> strongest_ties(G, 1, keep=["d"])
    [('hub', 'a'), ('hub', 'b'), ('hub', 'c'), ('hub', 'd'), ('c', 'd')]
    """
    if k < 0:
        raise InputError(f"--ties-per-node must be 0 or more, not {k}")
    if k == 0:
        return list(G.edges())
    keep = set(keep)

    def strength(n, other):
        d = G.edges[n, other]
        return (-float(d.get("weight", 1.0)), -int(d.get("reports", 0)),
                str(G.nodes[other].get("label", other)).casefold(), str(other))

    chosen = set()
    for n in G:
        ties = list(G[n])
        if n not in keep and len(ties) > k:
            ties = sorted(ties, key=lambda other: strength(n, other))[:k]
        chosen.update(frozenset((n, other)) for other in ties)
    return [(a, b) for a, b in G.edges() if frozenset((a, b)) in chosen]
