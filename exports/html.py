"""The interactive HTML view of the partnership network: one standalone file, built with pyvis.

pyvis turns the network's nodes and the options into vis-network's; the edges are
made here in the form pyvis gives them (:func:`network_data`), and the page is
written as it is made, an edge at a time (:func:`write_view`). The page
itself comes from this package's template (``view.html``, ``view.css``,
``view.js``) with vis-network's script and style inlined from this package's
copy (``vendor/vis-network/``: the files pyvis 0.3.2 ships, with their licence),
so the file opens offline and asks no other host for anything (pyvis's own
template still links vis-network and bootstrap on CDNs).

Text from documents (entity labels, titles, publishers, sentences) reaches the
page only as JSON data escaped for a ``<script>`` element, and the page puts it
on screen with ``textContent`` and canvas text, never as markup.
"""
from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass, field
from importlib import resources
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
from markupsafe import Markup

from epkg.exports.style import CLASS_COLORS, CLASS_LABELS, RELATION_STYLES, class_color, main_relation
from epkg.graph import cycles
from epkg.graph.errors import EpkgError, InputError
from epkg.graph.analysis.measures import strongest_ties
from epkg.graph.analysis.projection import LAYERS

DEFAULT_TOP = 300
# Ties drawn per entity (the k-strongest-ties backbone): 300 entities of a big store share tens of
# thousands of ties, a hairball nobody can read in a page of tens of megabytes.
DEFAULT_TIES_PER_NODE = 5
# Above this many nodes the page starts with a precomputed layout and physics off:
# a force simulation of thousands of nodes does not settle in a browser in useful time.
PHYSICS_MAX_NODES = 250
MAX_EVIDENCE = 5  # pieces of evidence per edge kept in the page (the latest), and reports read per edge
MAX_SENTENCE = 400
VIS_VERSION = "9.1.2"


class ViewError(EpkgError):
    """The view cannot be built (e.g. the bundled vis-network is missing)."""


@dataclass
class View:
    """What the page shows, and what it leaves out.

    ``graph`` is the drawn network (nodes with ``label``, ``kind``; edges as in
    :func:`epkg.graph.network.project`), ``scores`` the *size_by* centrality of
    its nodes (computed on the network before trimming to ``top``),
    ``positions`` node → (x, y) when the layout is precomputed. ``total_nodes`` and
    ``total_edges`` count the network the view was chosen from, ``edges_among`` the ties
    among the entities kept, of which the ``ties_per_node`` strongest of each are drawn
    (every one when ``ties_per_node`` is 0).
    """
    graph: nx.Graph
    scores: dict
    size_by: str
    total_nodes: int
    total_edges: int
    physics: bool
    positions: dict = field(default_factory=dict)
    focus: str | None = None
    title: str = "epkg: partnership network"
    edges_among: int | None = None  # None: every tie among the kept entities is drawn
    ties_per_node: int = 0

    @property
    def omitted_nodes(self) -> int:
        return self.total_nodes - self.graph.number_of_nodes()

    @property
    def omitted_edges(self) -> int:
        """Ties of the network not drawn: those of the entities left out and those the tie budget left out."""
        return self.total_edges - self.graph.number_of_edges()

    @property
    def trimmed_edges(self) -> int:
        """Ties among the drawn entities that the tie budget (``ties_per_node``) left out."""
        among = self.graph.number_of_edges() if self.edges_among is None else self.edges_among
        return among - self.graph.number_of_edges()

    @property
    def note(self) -> str | None:
        """A sentence on what was left out, or ``None`` when everything is shown."""
        parts = []
        if self.omitted_nodes:
            with_nodes = self.omitted_edges - self.trimmed_edges  # the ties of the entities left out
            parts.append(f"Showing the {self.graph.number_of_nodes():,} most central of {self.total_nodes:,} entities "
                         f"(by {self.size_by}); {self.omitted_nodes:,} entities and {with_nodes:,} ties left out. "
                         f"Narrow with --focus, --type or --layers, or raise --top.")
        if self.trimmed_edges:
            strongest = "strongest tie" if self.ties_per_node == 1 else f"{self.ties_per_node} strongest ties"
            parts.append(f"Of the {self.edges_among:,} ties among the entities shown, "
                         f"{self.graph.number_of_edges():,} are drawn (the {strongest} of each entity"
                         f"{' and every tie of the focus' if self.focus is not None else ''}); "
                         f"{self.trimmed_edges:,} ties left out. Raise --ties-per-node, or 0 to draw them all.")
        return " ".join(parts) or None


def select_view(G: nx.Graph, *, focus=None, depth: int = 1, kinds=None, top: int | None = DEFAULT_TOP,
                ties_per_node: int = DEFAULT_TIES_PER_NODE, size_by: str = "pagerank",
                physics: bool | None = None, seed: int = 0) -> View:
    """Choose what to draw of the network *G*.

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`epkg.graph.network.project`.
    focus : node, optional
        Draw only the neighbourhood of this node.
    depth : int
        Hops around *focus*.
    kinds : iterable of str, optional
        Keep only nodes of these classes (``State``, ``Company`` …); *focus* is kept.
    top : int or None
        Keep at most this many nodes, the most central by *size_by* (and *focus*).
    ties_per_node : int
        Of the ties among the kept nodes, draw each node's this many strongest, and
        every tie of *focus* (:func:`strongest_ties`); 0 draws every tie. The ties left
        out are counted (``View.trimmed_edges``) and the note says so.
    size_by : str
        A metric of :func:`epkg.graph.analysis.centrality`; sizes the nodes.
    physics : bool, optional
        Let the browser lay the network out (force simulation that settles, then
        stops). Default: on up to :data:`PHYSICS_MAX_NODES` nodes, otherwise a
        layout computed here (igraph's Fruchterman–Reingold) with physics off.
    seed : int
        Seed of the precomputed layout.

    Returns
    -------
    View

    Examples
    --------
    >>> G = nx.star_graph(4)
    >>> v = select_view(G, top=3, size_by="degree")
    >>> sorted(v.graph), v.omitted_nodes, v.physics
    ([0, 1, 2], 2, True)
    >>> v = select_view(nx.complete_graph(5), ties_per_node=1)
    >>> v.graph.number_of_edges(), v.trimmed_edges, v.omitted_edges
    (4, 6, 6)
    """
    from epkg.graph.analysis.measures import METRICS, centrality

    if size_by not in METRICS:
        raise InputError(f"unknown --size-by {size_by!r}: choose from {', '.join(METRICS)}")
    if top is not None and top < 1:
        raise InputError(f"--top must be at least 1, not {top}")
    if depth < 1:
        raise InputError(f"--depth must be at least 1, not {depth}")
    if ties_per_node is None or ties_per_node < 0:
        raise InputError(f"--ties-per-node must be 0 or more, not {ties_per_node}")
    H = G
    if kinds:
        wanted = set(kinds)
        H = H.subgraph(n for n, d in H.nodes(data=True) if d.get("kind") in wanted or n == focus)
    if focus is not None:
        if focus not in H:
            raise InputError(f"{G.nodes[focus].get('label', focus) if focus in G else focus!r} "
                             f"has no ties in this network (check --layers, --type, --as-of)")
        H = nx.ego_graph(H, focus, radius=depth)
    total_nodes, total_edges = H.number_of_nodes(), H.number_of_edges()
    scores = centrality(H, size_by)
    if top is not None and H.number_of_nodes() > top:
        ranked = sorted(H, key=lambda n: (-scores[n], str(H.nodes[n].get("label", n)).casefold(), str(n)))
        keep = ranked[:top]
        if focus is not None and focus not in keep:
            keep = [focus] + keep[:top - 1]
        H = H.subgraph(keep)
    edges_among = H.number_of_edges()
    if ties_per_node:
        # A backbone of the strongest ties, chosen before any evidence is read: the evidence read
        # and the page then grow with the entities drawn, not with the ties among them.
        drawn = strongest_ties(H, ties_per_node, keep=() if focus is None else (focus,))
        D = nx.Graph()
        D.graph.update(H.graph)
        D.add_nodes_from(H.nodes(data=True))  # every kept node, also one whose ties all went
        D.add_edges_from((a, b, H.edges[a, b]) for a, b in drawn)
        H = D
    else:
        H = nx.Graph(H)
    scores = {n: scores[n] for n in H}
    if physics is None:
        physics = 0 < H.number_of_nodes() <= PHYSICS_MAX_NODES  # nothing to settle in an empty view
    positions = {} if physics else layout(H, seed=seed)
    return View(H, scores, size_by, total_nodes, total_edges, physics, positions, focus,
                edges_among=edges_among, ties_per_node=ties_per_node)


def layout(G: nx.Graph, *, seed: int = 0, edge_length: float = 120.0) -> dict:
    """Node positions in page pixels: igraph's Fruchterman–Reingold layout when installed, else networkx's.

    Parameters
    ----------
    G : networkx.Graph
    seed : int
    edge_length : float
        The median edge length to scale to.

    Returns
    -------
    dict
        node → (x, y).

    Examples
    --------
    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos), all(len(p) == 2 for p in pos.values())
    ([0, 1, 2], True)
    """
    nodes = list(G)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    try:
        import igraph as ig
        import random

        random.seed(seed)  # igraph draws its start positions from Python's generator
        h = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in G.edges()])
        coords = [tuple(c) for c in h.layout("fr")]
    except ImportError:
        pos = nx.spring_layout(G, seed=seed)
        coords = [tuple(pos[n]) for n in nodes]
    lengths = sorted(math.dist(coords[index[a]], coords[index[b]]) for a, b in G.edges())
    median = lengths[len(lengths) // 2] if lengths else 1.0
    scale = edge_length / median if median > 0 else edge_length
    return {n: (round(coords[i][0] * scale, 1), round(coords[i][1] * scale, 1)) for i, n in enumerate(nodes)}


@cycles.paused()
def build_view(store, *, focus: str | None = None, depth: int = 1, layers=LAYERS, kinds=None, as_of=None,
               top: int | None = DEFAULT_TOP, ties_per_node: int = DEFAULT_TIES_PER_NODE, size_by: str = "pagerank",
               fold_companies: bool = False, membership: str = "bipartite", physics: bool | None = None) -> View:
    """The view of *store*'s partnership network (see :func:`select_view`).

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    focus : str, optional
        An entity's name, alternative name, ISO3 code or IRI.
    depth, kinds, top, ties_per_node, size_by, physics
        As for :func:`select_view`.
    layers, as_of, fold_companies, membership
        As for :func:`epkg.graph.network.project`.

    Returns
    -------
    View

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> build_view(Store.memory(reference=False)).graph.number_of_nodes()
    0
    """
    from epkg.graph.analysis.projection import assemble, explain_latest, read_facts

    # The network from its facts alone, then the evidence of the edges drawn, a few reports a fact:
    # reading every report's sentence made the view grow with the reports, not the facts.
    data = read_facts(store, layers, fold_companies=fold_companies, membership=membership, sentences=False)
    G = assemble(data, as_of=as_of, evidence=False)
    node = None
    if focus is not None:
        from epkg.graph.query.names import resolve

        node = str(resolve(store, focus))
    view = select_view(G, focus=node, depth=depth, kinds=kinds, top=top, ties_per_node=ties_per_node,
                       size_by=size_by, physics=physics)
    explain_latest(store, view.graph, data, view.graph.edges(), per_edge=MAX_EVIDENCE)
    scope = f" around {G.nodes[node].get('label', node)}" if node is not None else ""
    view.title = f"epkg: partnership network{scope}"
    return view


# ------------------------------------------------------------------ the page

def _asset(name: str) -> str:
    return resources.files("epkg.exports").joinpath(name).read_text(encoding="utf-8")


def vis_network_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet shipped with this package, to inline into the page.

    They are package data (``vendor/vis-network/``, with vis-network's licence), read with
    :mod:`importlib.resources`, not files inside another package's installation.

    Returns
    -------
    (str, str)
        JavaScript and CSS text (the script keeps its licence header).

    Examples
    --------
    >>> js, css = vis_network_assets()
    >>> "vis-network" in js[:200], f"@version {VIS_VERSION}" in js[:400], len(css) > 0
    (True, True, True)
    """
    base = resources.files("epkg.exports").joinpath("vendor", "vis-network")
    try:
        js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
        css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    except OSError:
        raise ViewError(f"the vis-network {VIS_VERSION} files of epkg.exports are missing: reinstall epkg") from None
    # Inlined verbatim: a closing tag inside them would end the element early.
    if "</script" in js.lower() or "</style" in css.lower():
        raise ViewError("the bundled vis-network files cannot be inlined safely")
    return js, css


def _size(score: float, low: float, high: float) -> float:
    if high <= low:
        return 18.0
    return round(10.0 + 35.0 * math.sqrt((score - low) / (high - low)), 2)


def _edge_style(d: dict) -> dict:
    relation = main_relation(d.get("relations")) or "cooperation"
    style = RELATION_STYLES[relation]
    if relation == "partnership":
        width = 1.0 + float(d.get("weight_partnership", 1.0))  # the level's rank
    else:
        width = 1.0 + 0.5 * min(float(d.get(f"weight_{relation}", 1.0)), 6.0)
    return {"relation": relation, "width": round(width, 2), "dashes": style["dashes"],
            "color": {"color": style["color"], "highlight": style["color"], "hover": style["color"],
                      "opacity": 0.85}}


def _evidence(d: dict) -> list[dict]:
    items = list(d.get("evidence") or ())
    with_sentence = [e for e in items if e.get("sentence")]
    chosen = (with_sentence or items)[-MAX_EVIDENCE:][::-1]  # the latest first
    out = []
    for e in chosen:
        sentence = e.get("sentence") or ""
        if len(sentence) > MAX_SENTENCE:
            sentence = sentence[:MAX_SENTENCE - 1] + "…"
        out.append({"relation": e.get("relation") or "", "date": e.get("date") or "", "title": e.get("title") or "",
                    "publisher": e.get("publisher") or "", "issued": e.get("issued") or "",
                    "source": e.get("source") or "", "document": e.get("document") or "", "sentence": sentence})
    return out


def _edges(view: View) -> Iterator[dict]:
    """The vis-network edges of *view*, one at a time, in the page's order: what pyvis's ``add_edge``
    makes of them (the options given, then ``from`` and ``to``), made here. pyvis checks both ends
    of each edge against a list of every node, a cost that grows with the nodes times the edges."""
    for a, b, d in sorted(view.graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        yield {"arrows": {"to": {"enabled": False}}, **_edge_style(d), "relations": list(d.get("relations") or ()),
               "level": d.get("level") or "", "dates": list(d.get("dates") or ()), "weight": float(d.get("weight", 1.0)),
               "evidence": _evidence(d), "evidence_count": d.get("evidence_total", len(d.get("evidence") or ())),
               "from": str(a), "to": str(b)}


def _nodes_and_options(view: View) -> tuple[list[dict], dict]:
    """The vis-network nodes and options of *view*, built with pyvis."""
    from pyvis.network import Network  # deferred: importing pyvis imports IPython

    G = view.graph
    net = Network(directed=True, cdn_resources="in_line")
    scores = view.scores
    low, high = min(scores.values(), default=0.0), max(scores.values(), default=0.0)
    for n in sorted(G, key=str):
        d = G.nodes[n]
        extra = {}
        if n in view.positions:
            extra["x"], extra["y"] = view.positions[n]
        net.add_node(str(n), label=str(d.get("label", n)), color=class_color(d.get("kind")),
                     size=_size(scores.get(n, 0.0), low, high), kind=d.get("kind") or "Actor",
                     score=scores.get(n, 0.0), **extra)
    options = {
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": {"type": "continuous"} if view.physics else False,
                  "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not view.physics,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
        "physics": {"enabled": view.physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
                    "stabilization": {"enabled": True, "iterations": 800, "updateInterval": 50, "fit": True}},
        "layout": {"randomSeed": 7, "improvedLayout": G.number_of_nodes() <= 100},
    }
    net.set_options(json.dumps(options))
    nodes, _edges, _heading, _height, _width, options_json = net.get_network_data()
    return nodes, json.loads(options_json)


def network_data(view: View) -> tuple[list[dict], list[dict], dict]:
    """The vis-network nodes, edges and options of *view*: the nodes and options built with pyvis,
    the edges as pyvis makes them (:func:`_edges`).

    Returns
    -------
    (list of dict, list of dict, dict)

    Examples
    --------
    >>> G = nx.Graph(); G.add_node("a", label="A", kind="State"); G.add_node("b", label="B", kind="Company")
    >>> G.add_edge("a", "b", relations=["cooperation"], weight=1.0, weight_cooperation=1.0)
    >>> nodes, edges, options = network_data(select_view(G))
    >>> [(n["id"], n["label"], n["kind"]) for n in nodes], [(e["from"], e["to"], e["relation"]) for e in edges]
    ([('a', 'A', 'State'), ('b', 'B', 'Company')], [('a', 'b', 'cooperation')])
    """
    nodes, options = _nodes_and_options(view)
    return nodes, list(_edges(view)), options


_DATA = "<epkg-data/>"  # where the page's data goes: text from documents reaches the page escaped, never as "<"


def _safe_json(text: str) -> str:
    """*text* (JSON) with ``<``, ``>``, ``&`` and ``'`` escaped, as jinja's ``tojson`` writes it."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def _data_json(data: dict) -> Iterator[str]:
    """What jinja's ``tojson`` writes of *data* (:func:`json.dumps` with sorted keys, HTML-safe), in
    pieces: a value that is an iterator (the edges) one item a piece, so that the page's data is
    never held whole.

    Examples
    --------
    >>> data = {"b": iter([{"y": "<", "x": 1}, {}]), "a": None}
    >>> "".join(_data_json(data)) == _safe_json(json.dumps({"a": None, "b": [{"y": "<", "x": 1}, {}]}, sort_keys=True))
    True
    """
    if not data:
        yield "{}"
        return
    for i, key in enumerate(sorted(data)):
        yield ("{" if i == 0 else ", ") + _safe_json(json.dumps(key)) + ": "
        value = data[key]
        if isinstance(value, Iterator):
            yield "["
            for j, item in enumerate(value):
                yield (", " if j else "") + _safe_json(json.dumps(item, sort_keys=True))
            yield "]"
        else:
            yield _safe_json(json.dumps(value, sort_keys=True))
    yield "}"


def _page(view: View) -> Iterator[str]:
    """The standalone HTML page of *view*, in pieces (see :func:`render_html`): the template around
    the data, and the data an edge at a time, each edge made, written and dropped in turn."""
    import jinja2

    nodes, options = _nodes_and_options(view)
    vis_js, vis_css = vis_network_assets()
    kinds = sorted({n["kind"] for n in nodes}, key=lambda k: list(CLASS_COLORS).index(k)
                   if k in CLASS_COLORS else len(CLASS_COLORS))
    drawn = {r for _, _, d in view.graph.edges(data=True) for r in d.get("relations") or ()}
    relations = [r for r in RELATION_STYLES if r in drawn]
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(_asset("view.html"))
    data = {"nodes": nodes, "edges": _edges(view), "options": options, "physics": view.physics,
            "sizeBy": view.size_by, "focus": None if view.focus is None else str(view.focus),
            "classLabels": CLASS_LABELS, "relationLabels": {r: s["label"] for r, s in RELATION_STYLES.items()}}
    page = template.render(
        title=view.title, note=view.note, data=Markup(_DATA), vis_js=Markup(vis_js), vis_css=Markup(vis_css),
        view_js=Markup(_asset("view.js")), view_css=Markup(_asset("view.css")),
        kinds=[{"name": k, "label": CLASS_LABELS.get(k, k), "color": class_color(k)} for k in kinds],
        relations=[{"name": r, **RELATION_STYLES[r]} for r in relations],
        labels=sorted({n["label"] for n in nodes}, key=str.casefold),
        counts={"nodes": len(nodes), "edges": view.graph.number_of_edges(), "total_nodes": view.total_nodes,
                "total_edges": view.total_edges},
        size_by=view.size_by)
    before, after = page.split(_DATA)
    yield before
    yield from _data_json(data)
    yield after


def render_html(view: View) -> str:
    """The standalone HTML page of *view*.

    Returns
    -------
    str

    Examples
    --------
    >>> page = render_html(select_view(nx.Graph([("a", "b")])))
    >>> page.startswith("<!DOCTYPE html>"), "<script src" in page
    (True, False)
    """
    return "".join(_page(view))


@cycles.paused()
def write_view(view: View, path) -> Path:
    """Write the page of *view* to *path* (UTF-8).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = write_view(select_view(nx.Graph([("a", "b")])), pathlib.Path(tempfile.mkdtemp()) / "v.html")
    >>> p.stat().st_size > 100_000
    True
    """
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"the view is an HTML file: name it .html, not {path.name!r}")
    pieces = _page(view)
    first = next(pieces)  # the template and the bundled files read before the file is opened
    try:
        # written as it is made: the page of a big view (hundreds of megabytes) is never held whole
        with path.open("w", encoding="utf-8") as out:
            out.write(first)
            for piece in pieces:
                out.write(piece)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def report_left_out(view: View, stream=None) -> None:
    """Say on *stream* (stderr) what the view left out, if anything."""
    if view.note:
        print(f"epkg viz: {view.note}", file=stream or sys.stderr)
