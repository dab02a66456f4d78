"""The partnership network as two CSV tables for spreadsheets: ``nodes.csv`` and ``edges.csv``.

``edges.csv`` has one row per fact, a tie as one document states it, so each row
can be checked against its source: the document, its title, publisher, date and
link, and the sentence the tie was read from. ``nodes.csv`` has one row per
entity with a tie, with its class and centrality in the network of those facts.
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from epkg.graph.errors import InputError
from epkg.graph.isodate import covered, last_day
from epkg.graph.analysis.projection import LAYERS

NODE_COLUMNS = ("id", "label", "class", "degree", "pagerank", "betweenness")
EDGE_COLUMNS = ("source", "source_label", "target", "target_label", "relation", "level", "role", "date",
                "via", "document", "document_title", "publisher", "issued", "url", "sentence")


def edge_rows(data, *, as_of=None) -> list[dict]:
    """One row per fact of *data*, with its source.

    Parameters
    ----------
    data : epkg.graph.network.Facts
        As from :func:`epkg.graph.network.read_facts`.
    as_of : str, optional
        Keep facts dated up to this date, as :func:`epkg.graph.network.assemble` does.

    Returns
    -------
    list of dict
        Keys :data:`EDGE_COLUMNS`; ``via`` is the partnership, agreement,
        project or organization that ties the two (empty for cooperation, whose
        unit is the document itself). Missing values are empty strings.

    Examples
    --------
    >>> from epkg.graph.analysis.projection import read_facts
    >>> from epkg.graph.storage.embedded import Store
    >>> edge_rows(read_facts(Store.memory(reference=False)))
    []
    """
    cutoff = last_day(as_of)
    rows = []
    for f in data.facts:
        if not covered(f.date, cutoff):
            continue
        doc = data.documents.get(f.document, {})
        rows.append({
            "source": f.a, "source_label": _label(data, f.a), "target": f.b, "target_label": _label(data, f.b),
            "relation": f.layer, "level": f.level or "", "role": f.role or "", "date": f.date or "",
            "via": "" if f.key == f.document else f.key, "document": f.document,
            "document_title": doc.get("title") or "", "publisher": doc.get("publisher") or "",
            "issued": doc.get("issued") or "", "url": doc.get("source") or "", "sentence": f.sentence or "",
        })
    return rows


def _label(data, node: str) -> str:
    info = data.nodes.get(node)
    return info["label"] if info else node.rstrip("/").rsplit("/", 1)[-1]


def node_rows(G, scores: dict[str, dict] | None = None) -> list[dict]:
    """One row per node of the network *G*, sorted by IRI.

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`epkg.graph.network.project`.
    scores : dict, optional
        metric → (node → score) for ``degree``, ``pagerank`` and ``betweenness``
        (computed when ``None``).

    Returns
    -------
    list of dict
        Keys :data:`NODE_COLUMNS`.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_node("a", label="A", kind="State"); G.add_node("b", label="B", kind="Company")
    >>> G.add_edge("a", "b")
    >>> node_rows(G)[0]
    {'id': 'a', 'label': 'A', 'class': 'State', 'degree': 1.0, 'pagerank': 0.5, 'betweenness': 0.0}
    """
    from epkg.exports.network import node_scores

    if scores is None:
        scores = node_scores(G, NODE_COLUMNS[3:])
    return [{"id": n, "label": d.get("label", n), "class": d.get("kind") or "Actor",
             **{m: scores.get(m, {}).get(n, "") for m in NODE_COLUMNS[3:]}}
            for n, d in sorted(G.nodes(data=True))]


def tables(store, layers=LAYERS, *, fold_companies: bool = False, as_of=None) -> tuple[list[dict], list[dict]]:
    """The node and edge rows of *store*'s network.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    layers : iterable of str or str
        As for :func:`epkg.graph.network.project`.
    fold_companies : bool
    as_of : str, optional

    Returns
    -------
    (list of dict, list of dict)
        :func:`node_rows` and :func:`edge_rows`.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> tables(Store.memory(reference=False))
    ([], [])
    """
    from epkg.graph.analysis.projection import assemble, read_facts

    data = read_facts(store, layers, fold_companies=fold_companies)
    cutoff = last_day(as_of)  # read once: both tables cut at the same day
    day = date.fromisoformat(cutoff) if cutoff else None
    return node_rows(assemble(data, as_of=day)), edge_rows(data, as_of=day)


def write_csv(rows: list[dict], columns, path) -> None:
    """Write *rows* to the CSV file *path* (UTF-8, header first, ``\\n`` line ends).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_csv([{"a": 1, "b": "x"}], ["a", "b"], p)
    >>> p.read_text()
    'a,b\\n1,x\\n'
    """
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_tables(store, folder, layers=LAYERS, *, fold_companies: bool = False, as_of=None) -> dict:
    """Write ``nodes.csv`` and ``edges.csv`` of *store*'s network into *folder* (created if needed).

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    folder : str or Path
    layers, fold_companies, as_of
        As for :func:`tables`.

    Returns
    -------
    dict
        ``{"nodes": path, "edges": path, "node_rows": int, "edge_rows": int}``.

    Examples
    --------
    >>> import tempfile
    >>> from epkg.graph.storage.embedded import Store
    >>> out = write_tables(Store.memory(reference=False), tempfile.mkdtemp())
    >>> out["nodes"].name, out["edge_rows"]
    ('nodes.csv', 0)
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file: CSV export writes nodes.csv and edges.csv into a folder")
    folder.mkdir(parents=True, exist_ok=True)
    nodes, edges = tables(store, layers, fold_companies=fold_companies, as_of=as_of)
    write_csv(nodes, NODE_COLUMNS, folder / "nodes.csv")
    write_csv(edges, EDGE_COLUMNS, folder / "edges.csv")
    return {"nodes": folder / "nodes.csv", "edges": folder / "edges.csv", "node_rows": len(nodes),
            "edge_rows": len(edges)}
