"""The partnership network as GraphML and GEXF, for Gephi, Cytoscape, yEd and networkx.

Both writers of networkx accept only scalar attributes, so the projection's
lists and ``None`` values are flattened: relations are joined with ``;``, the
evidence is reduced to its count, missing values become empty strings, and
each layer weight gets a column (0 when the pair is not tied that way) so every
edge has the same attributes.
"""
from __future__ import annotations

import networkx as nx

from epkg.exports.style import class_color, main_relation, rgb
from epkg.graph import cycles
from epkg.graph.errors import InputError

NETWORK_FORMATS = ("graphml", "gexf")
SCORES = ("degree", "strength", "pagerank", "betweenness", "eigenvector")


@cycles.paused()
def node_scores(G: nx.Graph, metrics=SCORES) -> dict[str, dict]:
    """Centrality scores of *G*: metric → (node → score), leaving out measures that cannot be computed.

    Parameters
    ----------
    G : networkx.Graph
    metrics : iterable of str
        Names accepted by :func:`epkg.graph.analysis.centrality`.

    Returns
    -------
    dict

    Examples
    --------
    >>> sorted(node_scores(nx.path_graph(3), ("degree", "pagerank")))
    ['degree', 'pagerank']
    """
    from epkg.graph.analysis.measures import AnalysisError, centrality

    out = {}
    for metric in metrics:
        try:
            out[metric] = centrality(G, metric)
        except AnalysisError:
            continue  # e.g. eigenvector centrality does not converge on this network
    return out


@cycles.paused()
def flat_network(G: nx.Graph, scores: dict[str, dict] | None = None) -> nx.Graph:
    """A copy of the projection *G* with only string and number attributes.

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`epkg.graph.network.project`.
    scores : dict, optional
        metric → (node → score), as from :func:`node_scores` (computed when ``None``).

    Returns
    -------
    networkx.Graph
        Nodes: ``label``, ``class``, ``iri`` and one float per score. Edges:
        ``relation`` (the main one, see :func:`epkg.exports.style.main_relation`),
        ``relations`` (``;``-joined), ``weight``, ``weight_<layer>`` for every
        layer of *G*, ``level``, ``roles``, ``evidence_count``,
        ``document_count``, ``first_date`` and ``last_date``.

    Examples
    --------
    >>> G = nx.Graph(layers=["cooperation"])
    >>> G.add_node("a", label="A", kind="State"); G.add_node("b", label="B", kind="Company")
    >>> G.add_edge("a", "b", relations=["cooperation"], weight=2.0, weight_cooperation=2.0, level=None,
    ...            evidence=[{}, {}], documents=["d1", "d2"], dates=["2024", "2025-01"])
    >>> H = flat_network(G, {"degree": {"a": 1.0, "b": 1.0}})
    >>> H.nodes["a"]
    {'label': 'A', 'class': 'State', 'iri': 'a', 'degree': 1.0}
    >>> H.edges["a", "b"]["relations"], H.edges["a", "b"]["level"], H.edges["a", "b"]["last_date"]
    ('cooperation', '', '2025-01')
    """
    if scores is None:
        scores = node_scores(G)
    layers = list(G.graph.get("layers") or sorted({r for _, _, d in G.edges(data=True)
                                                   for r in d.get("relations", ())}))
    H = nx.Graph()
    for key in ("as_of", "membership"):
        if G.graph.get(key) is not None:
            H.graph[key] = str(G.graph[key])
    if layers:
        H.graph["layers"] = ";".join(layers)
    for n, d in G.nodes(data=True):
        attrs = {"label": str(d.get("label", n)), "class": str(d.get("kind") or "Actor"), "iri": str(n)}
        for metric, values in scores.items():
            if n in values:
                attrs[metric] = float(values[n])
        H.add_node(str(n), **attrs)
    for a, b, d in G.edges(data=True):
        relations = list(d.get("relations") or ())
        dates = sorted(d.get("dates") or ())
        attrs = {
            "relation": main_relation(relations) or "",
            "relations": ";".join(relations),
            "weight": float(d.get("weight", 1.0)),
            **{f"weight_{layer}": float(d.get(f"weight_{layer}", 0.0)) for layer in layers},
            "level": d.get("level") or "",
            "roles": ";".join(d.get("roles") or ()),
            # the pieces of evidence and the distinct documents when the evidence was read; else, for a network
            # built from the facts alone, the facts' reports summed, for both
            "evidence_count": len(d["evidence"]) if "evidence" in d else int(d.get("reports", 0)),
            "document_count": len(d["documents"]) if "documents" in d else int(d.get("reports", 0)),
            "first_date": dates[0] if dates else "",
            "last_date": dates[-1] if dates else "",
        }
        H.add_edge(str(a), str(b), **attrs)
    return H


def _with_gexf_colors(H: nx.Graph, scores: dict[str, dict]) -> nx.Graph:
    """*H* with GEXF ``viz`` colours by class and sizes by PageRank, so Gephi shows them at once."""
    G = H.copy()
    pr = scores.get("pagerank") or {}
    top = max(pr.values(), default=0.0) or 1.0
    for n, d in G.nodes(data=True):
        r, g, b = rgb(class_color(d["class"]))
        d["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                    "size": round(5.0 + 25.0 * pr.get(n, 0.0) / top, 3)}
    return G


@cycles.paused()
def write_network(G: nx.Graph, path, fmt: str, scores: dict[str, dict] | None = None) -> nx.Graph:
    """Write the projection *G* to *path* as GraphML or GEXF.

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`epkg.graph.network.project`.
    path : str, Path or binary file object
    fmt : {"graphml", "gexf"}
    scores : dict, optional
        As for :func:`flat_network`.

    Returns
    -------
    networkx.Graph
        The flattened graph that was written.

    Examples
    --------
    >>> import io
    >>> G = nx.Graph(); G.add_edge("a", "b", relations=["cooperation"], weight=1.0)
    >>> out = io.BytesIO()
    >>> H = write_network(G, out, "graphml")
    >>> sorted(nx.read_graphml(io.BytesIO(out.getvalue())).edges["a", "b"])
    ['document_count', 'evidence_count', 'first_date', 'last_date', 'level', 'relation', 'relations', 'roles', 'weight', 'weight_cooperation']
    """
    if fmt not in NETWORK_FORMATS:
        raise InputError(f"unknown network format {fmt!r}: choose from {', '.join(NETWORK_FORMATS)}")
    if scores is None:
        scores = node_scores(G)
    H = flat_network(G, scores)
    if fmt == "graphml":
        nx.write_graphml(H, path, named_key_ids=True)
    else:
        nx.write_gexf(_with_gexf_colors(H, scores), path)
    return H
