"""Commands that take the graph to other tools: export, import, viz, plot."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from epkg.cli.context import pass_context
from epkg.cli.errors import CliError
from epkg.cli.output import echo_json, format_flag
from epkg.cli.analysis import KINDS, network_options
from epkg.graph.analysis import METRICS

RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld")
EXPORT_FORMATS = RDF_FORMATS + ("graphml", "gexf", "csv")


@click.command()
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), default="turtle", show_default=True,
              help="RDF (turtle, nt, nquads, trig, jsonld), the network (graphml, gexf) or tables (csv).")
@click.option("--graph", "graph_set", type=click.Choice(("reference", "documents", "all")), default="all",
              show_default=True, help="RDF formats: which named graphs to write.")
@click.option("--doc", "docs", multiple=True, metavar="ID",
              help="RDF formats: only this document's graph (identifier or IRI; repeatable).")
@click.option("-o", "--output", type=click.Path(dir_okay=True, path_type=Path),
              help="Output file (default: standard output); for csv a folder for nodes.csv and edges.csv.")
@network_options
@format_flag("json", "Print what was written as JSON (with -o).")
@pass_context
def export(ctx, fmt, graph_set, docs, output, layers, fold_companies, as_of, membership, as_json):
    """Write the graph as RDF, the network as GraphML/GEXF, or nodes.csv and edges.csv.

    N-Quads, TriG and JSON-LD keep each document's named graph; Turtle and
    N-Triples merge the chosen graphs. JSON-LD is compacted with the project's
    own @context, written inline. GraphML, GEXF and CSV describe the
    partnership network (--layers, --as-of … choose it).
    """
    if docs and fmt not in RDF_FORMATS:
        raise click.UsageError("--doc applies to the RDF formats; the network formats cover the whole store")
    store = ctx.store(read_only=True)
    info = {"format": fmt, "output": None if output is None else str(output)}
    if fmt == "csv":
        from epkg.exports.tables import write_tables

        if output is None:
            raise click.UsageError("--format csv writes two files: give a folder with -o")
        written = write_tables(store, output, layers, fold_companies=fold_companies, as_of=as_of)
        info.update({k: str(v) if isinstance(v, Path) else v for k, v in written.items()})
    elif fmt in ("graphml", "gexf"):
        from epkg.exports.network import write_network
        from epkg.graph.network import project

        # the facts alone: the file holds no sentences, only how many reports stand behind each tie
        G = project(store, layers, fold_companies=fold_companies, as_of=as_of, membership=membership, evidence=False)
        with _binary_output(output) as out:
            write_network(G, out, fmt)
        info.update({"nodes": G.number_of_nodes(), "edges": G.number_of_edges()})
    else:
        from epkg.exports.rdf import export_rdf, select_graphs

        graphs = select_graphs(store, graph_set, docs)
        with _binary_output(output) as out:
            export_rdf(store, out, fmt, graphs)
        info["graphs"] = len(graphs)
    if output is not None:
        if as_json:
            echo_json(info)
        else:
            counts = ", ".join(f"{v} {k}" for k, v in info.items() if isinstance(v, int))
            click.echo(f"wrote {output} ({counts})", err=True)


class _binary_output:
    """A binary file for -o, or standard output's buffer."""

    def __init__(self, path: Path | None):
        self.path, self.fh = path, None

    def __enter__(self):
        if self.path is None:
            return sys.stdout.buffer
        try:
            self.fh = open(self.path, "wb")
        except OSError as exc:
            raise CliError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        return self.fh

    def __exit__(self, *exc):
        if self.fh is not None:
            self.fh.close()
        else:
            sys.stdout.buffer.flush()


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(RDF_FORMATS + ("rdfxml",)),
              help="The file's RDF format (default: from its suffix .ttl, .nt, .nq, .trig, .jsonld, .rdf).")
@click.option("--name", help="Name of the import graph epid:graph/import/NAME (default: the file name).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=64 * 1024 * 1024, show_default=True,
              help="Refuse larger files.")
@format_flag("json", "Print the result as JSON.")
@pass_context
def import_(ctx, file, fmt, name, max_bytes, as_json):
    """Import an RDF file into its own named graph, to query and draw with the rest.

    Every statement goes into epid:graph/import/NAME (named graphs of TriG or
    N-Quads files are merged into it); importing again under the same name
    replaces it. DTDs and remote JSON-LD contexts are refused: nothing is fetched.
    """
    from epkg.exports.rdfimport import import_rdf

    result = import_rdf(ctx.store(create=True), file, fmt=fmt, name=name, max_bytes=max_bytes)
    if as_json:
        echo_json(result)
    else:
        click.echo(f"imported {result['triples']} triples from {file.name} into <{result['graph']}>")


@click.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--focus", metavar="ENTITY", help="Only the neighbourhood of this entity (name, ISO3 code or IRI).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Hops around --focus.")
@click.option("--type", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only entities of this class (repeatable).")
@click.option("--top", type=click.IntRange(min=1), default=300, show_default=True,
              help="Keep at most this many entities, the most central; the page says what it left out.")
@click.option("--ties-per-node", type=click.IntRange(min=0), default=5, show_default=True, metavar="K",
              help="Draw each entity's K strongest ties (by weight, then reports) and every tie of --focus; "
                   "0 draws every tie. The page says how many it left out.")
@click.option("--size-by", type=click.Choice(METRICS), default="pagerank", show_default=True,
              help="Centrality that sizes the nodes (and chooses the --top ones).")
@click.option("--physics/--no-physics", default=None,
              help="Lay out in the browser (then stop), or use a precomputed layout "
                   "[default: physics up to 250 nodes].")
@network_options
@format_flag("json", "Print what was drawn as JSON.")
@pass_context
def viz(ctx, output, focus, depth, kinds, top, ties_per_node, size_by, physics, layers, fold_companies, as_of,
        membership, as_json):
    """Write an interactive HTML view of the partnership network (one file, works offline)."""
    from epkg.exports.html import build_view, report_left_out, write_view

    view = build_view(ctx.store(read_only=True), focus=focus, depth=depth, layers=layers, kinds=kinds,
                      as_of=as_of, top=top, ties_per_node=ties_per_node, size_by=size_by,
                      fold_companies=fold_companies, membership=membership, physics=physics)
    write_view(view, output)
    report_left_out(view)
    info = {"output": str(output), "nodes": view.graph.number_of_nodes(), "edges": view.graph.number_of_edges(),
            "omitted_nodes": view.omitted_nodes, "omitted_edges": view.omitted_edges,
            # of the omitted ties, those among the entities drawn, left out by --ties-per-node
            "trimmed_edges": view.trimmed_edges, "ties_per_node": ties_per_node, "physics": view.physics,
            "note": view.note}
    if as_json:
        echo_json(info)
    else:
        left = [f"{view.omitted_nodes} entities left out"] if view.omitted_nodes else []
        left += [f"{view.trimmed_edges} weaker ties left out"] if view.trimmed_edges else []
        click.echo(f"wrote {output}: {info['nodes']} entities, {info['edges']} ties"
                   + (f" ({'; '.join(left)})" if left else ""))


@click.group()
def plot():
    """Static pictures of the network for reports (PNG or SVG)."""


@plot.command("centrality")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The picture to write: .png or .svg.")
@click.option("--metric", type=click.Choice(METRICS), default="pagerank", show_default=True,
              help="Centrality measure.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Bars to draw.")
@click.option("--type", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Rank only entities of this class (repeatable).")
@network_options
@pass_context
def plot_centrality_command(ctx, output, metric, top, kinds, layers, fold_companies, as_of, membership):
    """A ranked bar chart of the most central entities."""
    from epkg.exports.plot import plot_centrality
    from epkg.graph.network import project

    G = project(ctx.store(read_only=True), layers, fold_companies=fold_companies, as_of=as_of,
                membership=membership)
    rows = plot_centrality(G, output, metric=metric, top=top, kinds=kinds)
    click.echo(f"wrote {output}: {len(rows)} entities by {metric}")


COMMANDS = [export, import_, viz, plot]
