"""Static pictures for reports: a ranked bar chart of centrality, as PNG or SVG (matplotlib, Agg)."""
from __future__ import annotations

from pathlib import Path

from epkg.exports.style import CLASS_COLORS, CLASS_LABELS, class_color
from epkg.graph.errors import InputError

PLOT_SUFFIXES = (".png", ".svg")


def plot_ranking(rows: list[dict], path, *, metric: str = "pagerank", title: str | None = None) -> Path:
    """Draw *rows* as a horizontal bar chart, highest first, bars coloured by class.

    Parameters
    ----------
    rows : list of dict
        ``{"label", "kind", "score"}`` in rank order, as from :func:`epkg.graph.analysis.rank`.
    path : str or Path
        Ends in ``.png`` or ``.svg``; the format follows the suffix.
    metric : str
        Names the axis.
    title : str, optional

    Returns
    -------
    Path
        Each bar carries the SVG id ``bar-<rank>`` (counted from 1).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.svg"
    >>> _ = plot_ranking([{"label": "A", "kind": "State", "score": 0.6},
    ...                   {"label": "B", "kind": "Company", "score": 0.4}], p)
    >>> p.read_text().count('id="bar-')
    2
    """
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise InputError(f"plot file must end in .png or .svg, not {path.name!r}")
    import matplotlib

    matplotlib.use("Agg")  # no display needed, and the same output everywhere
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    height = max(2.5, 0.32 * len(rows) + 1.2)
    fig, ax = plt.subplots(figsize=(8, height))
    try:
        labels = [str(r["label"]) for r in rows]
        bars = ax.barh(range(len(rows)), [float(r["score"]) for r in rows],
                       color=[class_color(r.get("kind")) for r in rows])
        for i, bar in enumerate(bars, 1):
            bar.set_gid(f"bar-{i}")
        ax.set_yticks(range(len(rows)), labels=labels)
        ax.invert_yaxis()
        ax.set_xlabel(metric)
        ax.set_title(title or f"Most central entities by {metric}")
        kinds = [k for k in CLASS_COLORS if any(r.get("kind") == k for r in rows)]
        if kinds:
            ax.legend(handles=[Patch(color=class_color(k), label=CLASS_LABELS[k]) for k in kinds],
                      loc="lower right", fontsize="small")
        if not rows:
            ax.text(0.5, 0.5, "no entities with ties", ha="center", va="center", transform=ax.transAxes)
        fig.tight_layout()
        try:
            fig.savefig(path, format=path.suffix.lower()[1:], dpi=150, metadata=_metadata(path))
        except OSError as exc:
            raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        plt.close(fig)
    return path


def _metadata(path: Path) -> dict:
    # No creation date in SVGs, so the same network gives the same file.
    return {"Date": None} if path.suffix.lower() == ".svg" else {}


def plot_centrality(G, path, *, metric: str = "pagerank", top: int = 20, kinds=None) -> list[dict]:
    """Rank the nodes of *G* by *metric* and draw the first *top* (see :func:`plot_ranking`).

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`epkg.graph.network.project`.
    path : str or Path
    metric : str
        A metric of :func:`epkg.graph.analysis.centrality`.
    top : int
    kinds : iterable of str, optional
        Rank only nodes of these classes.

    Returns
    -------
    list of dict
        The rows drawn, as from :func:`epkg.graph.analysis.rank`.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.png"
    >>> [r["node"] for r in plot_centrality(nx.star_graph(3), p, metric="degree", top=2)]
    [0, 1]
    >>> p.read_bytes()[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    from epkg.graph.analysis.measures import centrality, rank

    if top < 1:
        raise InputError(f"--top must be at least 1, not {top}")
    rows = rank(G, centrality(G, metric), top=top, kinds=kinds)
    plot_ranking(rows, path, metric=metric)
    return rows
