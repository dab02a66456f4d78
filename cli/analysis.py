"""Network analysis commands: centrality, communities, path, neighbors, trend, analyze.

Each builds the partnership network with :func:`epkg.graph.network.project` and
formats what the functions of :mod:`epkg.graph.analysis` return.
"""
from __future__ import annotations

import csv
import sys

import click

from epkg.cli.context import pass_context
from epkg.cli.errors import CliError, Unsuccessful
from epkg.cli.output import echo_json, format_flag
from epkg.graph.analysis import METRICS
from epkg.graph.network import LAYERS, MEMBERSHIP_MODES
from epkg.ontology.classes import ACTOR_CLASSES as KINDS


def _as_of_day(ctx, param, value):
    """--as-of read once, into the last day it covers (a date, which the library takes as it is)."""
    from datetime import date

    from epkg.graph.isodate import last_day

    return None if value is None else date.fromisoformat(last_day(value, "--as-of"))


def network_options(func):
    """The options that choose the network (shared by every analysis command)."""
    options = [
        click.option("--layers", default=",".join(LAYERS), show_default=True,
                     help=f"Comma-separated layers of ties: {', '.join(LAYERS)}."),
        click.option("--fold-companies", is_flag=True,
                     help="Map companies and government bodies onto their home state."),
        click.option("--as-of", "as_of", metavar="DATE", callback=_as_of_day,
                     help="Keep only facts dated up to DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--membership", type=click.Choice(MEMBERSHIP_MODES), default="bipartite", show_default=True,
                     help="Membership ties as actor–organization edges, or actor–actor co-membership."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _network(ctx, layers, fold_companies, as_of, membership, evidence=True):
    from epkg.graph.network import project

    return project(ctx.store(read_only=True), layers, fold_companies=fold_companies, as_of=as_of,
                   membership=membership, evidence=evidence)


def resolve_node(store, G, text: str) -> str:
    """The node of *G* that *text* names (label, alternative label, ISO3 code, IRI …; see ``epkg.graph.names``)."""
    from epkg.graph.names import label, resolve

    iri = str(resolve(store, text))
    if iri not in G:
        raise CliError(f"{label(store, iri)!r} has no ties in the network (check --layers / --as-of)")
    return iri


def _echo_csv(rows: list[dict], columns: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


def _echo_table(rows: list[list], headers: list[str]) -> None:
    from epkg.graph.sparql import text_table

    click.echo(text_table(headers, rows, width=None))


def _fmt(x) -> str:
    return "" if x is None else f"{x:.4f}"


@click.command()
@click.option("--metric", type=click.Choice(METRICS + ("all",)), default="pagerank", show_default=True,
              help="Centrality measure; 'all' gives one column per measure (ranked by PageRank).")
@click.option("--type", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Rank only entities of this class (repeatable).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Rows to show.")
@click.option("-k", "--sample", "k", type=click.IntRange(min=1),
              help="Betweenness: estimate from K sampled sources (faster on big networks).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for sampling.")
@network_options
@format_flag("json")
@format_flag("csv")
@pass_context
def centrality(ctx, metric, kinds, top, k, seed, layers, fold_companies, as_of, membership, as_json, as_csv):
    """Rank entities by centrality in the partnership network."""
    from epkg.graph import analysis

    G = _network(ctx, layers, fold_companies, as_of, membership, evidence=False)
    metrics = METRICS if metric == "all" else (metric,)
    scores = analysis.centralities(G, metrics, k=k, seed=seed)
    order = "pagerank" if metric == "all" else metric
    rows = analysis.rank(G, scores[order], top=top, kinds=kinds)
    for row in rows:
        row.pop("score")
        for m in metrics:
            row[m] = scores[m][row["node"]]
    if as_json:
        echo_json({"metric": metric, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "rows": rows})
    elif as_csv:
        _echo_csv(rows, ["rank", "node", "label", "kind", *metrics])
    elif not rows:
        click.echo("no entities with ties in this network")
    else:
        _echo_table([[r["rank"], r["label"], r["kind"], *(_fmt(r[m]) for m in metrics)] for r in rows],
                    ["rank", "entity", "kind", *metrics])
        click.echo(f"({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")


@click.command()
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the Louvain method.")
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Above 1 gives smaller communities, below 1 larger ones.")
@network_options
@format_flag("json")
@format_flag("csv", "Print one row per entity as CSV.")
@pass_context
def communities(ctx, seed, resolution, layers, fold_companies, as_of, membership, as_json, as_csv):
    """Communities of the network (Louvain, fixed seed) and their modularity."""
    from epkg.graph import analysis

    G = _network(ctx, layers, fold_companies, as_of, membership, evidence=False)
    parts, q = analysis.communities(G, seed=seed, resolution=resolution)
    listing = [{"community": i, "size": len(p),
                "members": [{"node": n, "label": G.nodes[n]["label"], "kind": G.nodes[n]["kind"]}
                            for n in sorted(p, key=lambda n: G.nodes[n]["label"].casefold())]}
               for i, p in enumerate(parts, 1)]
    if as_json:
        echo_json({"modularity": q, "communities": listing})
    elif as_csv:
        _echo_csv([{"community": c["community"], **m} for c in listing for m in c["members"]],
                  ["community", "node", "label", "kind"])
    else:
        for c in listing:
            names = ", ".join(m["label"] for m in c["members"])
            click.echo(f"{c['community']:>3}  ({c['size']})  {names}")
        click.echo(f"modularity {q:.4f} ({len(parts)} communities, {G.number_of_nodes()} nodes)")


@click.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", type=click.IntRange(min=1), default=4, show_default=True,
              help="Longest path to look for.")
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Paths to show.")
@network_options
@format_flag("json")
@pass_context
def path(ctx, source, target, max_hops, limit, layers, fold_companies, as_of, membership, as_json):
    """Shortest paths from SOURCE to TARGET, each hop with its relation, date and sentence."""
    from epkg.graph import analysis

    from epkg.graph.network import explain

    # The network from the facts alone; the sentences of the hops shown are read afterwards.
    G = _network(ctx, layers, fold_companies, as_of, membership, evidence=False)
    store = ctx.store(read_only=True)
    a, b = resolve_node(store, G, source), resolve_node(store, G, target)
    found = analysis.paths(G, a, b, max_hops=max_hops, limit=limit)
    if found:
        explain(store, G, {(h["source"], h["target"]) for hops in found for h in hops})
        found = analysis.paths(G, a, b, max_hops=max_hops, limit=limit)
    if as_json:
        echo_json({"source": a, "target": b, "paths": found})
        if not found:
            raise Unsuccessful()
        return
    if not found:
        click.echo(f"no path of at most {max_hops} hops from {G.nodes[a]['label']} to {G.nodes[b]['label']}")
        raise Unsuccessful()
    for i, hops in enumerate(found, 1):
        click.echo(f"{i}. " + " — ".join([hops[0]["source_label"]] + [h["target_label"] for h in hops]))
        for h in hops:
            what = h["relation"] + (f" ({h['level']})" if h["relation"] == "partnership" and h["level"] else "")
            also = [r for r in h["relations"] if r != h["relation"]]
            more = f" (also {', '.join(also)})" if also else ""
            click.echo(f"   {h['source_label']} — {h['target_label']}: {what}, {h['date'] or 'undated'}{more}")
            if h["sentence"]:
                click.echo(f"      “{h['sentence']}”")
            source_line = h["title"] or h["document"]
            if source_line:
                click.echo(f"      — {source_line}")


@click.command()
@click.argument("entity")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Hops from ENTITY.")
@network_options
@format_flag("json")
@format_flag("csv")
@pass_context
def neighbors(ctx, entity, depth, layers, fold_companies, as_of, membership, as_json, as_csv):
    """Entities within --depth hops of ENTITY, nearest and strongest first."""
    from epkg.graph import analysis

    G = _network(ctx, layers, fold_companies, as_of, membership)
    node = resolve_node(ctx.store(read_only=True), G, entity)
    rows = analysis.neighbors(G, node, depth=depth)
    if as_json:
        echo_json({"entity": node, "neighbors": rows})
    elif as_csv:
        _echo_csv([{**r, "relations": ";".join(r["relations"])} for r in rows],
                  ["distance", "node", "label", "kind", "via", "via_label", "relations", "weight"])
    else:
        _echo_table([[r["distance"], r["label"], r["kind"], r["via_label"], ",".join(r["relations"]),
                      f"{r['weight']:g}"] for r in rows],
                    ["hops", "entity", "kind", "via", "relations", "weight"])


@click.command()
@click.argument("entities", nargs=-1)
@click.option("--top", type=click.IntRange(min=1), help="Follow the top N entities of the last period.")
@click.option("--by", type=click.Choice(["year", "month"]), default="year", show_default=True,
              help="Length of a period.")
@click.option("--metric", type=click.Choice(METRICS), default="pagerank", show_default=True,
              help="Centrality measure that ranks.")
@click.option("--type", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Rank only entities of this class (repeatable).")
@click.option("--layers", default=",".join(LAYERS), show_default=True,
              help=f"Comma-separated layers of ties: {', '.join(LAYERS)}.")
@click.option("--fold-companies", is_flag=True, help="Map companies and government bodies onto their home state.")
@click.option("--membership", type=click.Choice(MEMBERSHIP_MODES), default="bipartite", show_default=True,
              help="Membership ties as actor–organization edges, or actor–actor co-membership.")
@format_flag("json")
@format_flag("csv", "Print as CSV (one row per entity and period).")
@pass_context
def trend(ctx, entities, top, by, metric, kinds, layers, fold_companies, membership, as_json, as_csv):
    """How the ranks of ENTITIES (or of the --top N) change over time.

    The network is rebuilt as of the end of each period in which a fact is dated.
    """
    from epkg.graph import analysis
    from epkg.graph.network import project

    if entities and top:
        raise CliError("give ENTITIES or --top N, not both")
    store = ctx.store(read_only=True)
    chosen = None
    if entities:
        G = project(store, layers, fold_companies=fold_companies, membership=membership, evidence=False)
        chosen = [resolve_node(store, G, e) for e in entities]
    table = analysis.trend(store, chosen, top=top or (None if chosen else 10), by=by, metric=metric,
                           kinds=kinds, layers=layers, fold_companies=fold_companies, membership=membership)
    if as_json:
        echo_json(table)
    elif as_csv:
        _echo_csv([{"node": r["node"], "label": r["label"], "period": p, "rank": rk, "score": sc}
                   for r in table["rows"] for p, rk, sc in zip(table["periods"], r["ranks"], r["scores"])],
                  ["node", "label", "period", "rank", "score"])
    elif not table["periods"]:
        click.echo("no dated facts in this network")
    else:
        _echo_table([[r["label"], *("–" if x is None else x for x in r["ranks"])] for r in table["rows"]],
                    ["entity", *table["periods"]])
        click.echo(f"(rank by {metric}, network as of the end of each {by})")


@click.command()
@click.option("--write", is_flag=True, help="Store the scores in the analysis named graph of the store.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows of the summary.")
@click.option("-k", "--sample", "k", type=click.IntRange(min=1),
              help="Betweenness: estimate from K sampled sources (faster on big networks).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for sampling and Louvain.")
@network_options
@format_flag("json", "Print every node's scores as JSON.")
@pass_context
def analyze(ctx, write, top, k, seed, layers, fold_companies, as_of, membership, as_json):
    """Compute every centrality and the communities; --write stores them for SPARQL and the HTML view."""
    from epkg.graph import analysis
    from epkg.graph.network import project

    store = ctx.store(read_only=not write)
    G = project(store, layers, fold_companies=fold_companies, as_of=as_of, membership=membership, evidence=False)
    scores = analysis.centralities(G, METRICS, k=k, seed=seed)
    parts, q = analysis.communities(G, seed=seed)
    written = 0
    if write:
        description = (f"layers={layers}; fold_companies={fold_companies}; as_of={as_of or ''}; "
                       f"membership={membership}; seed={seed}; k={k or ''}")
        written = analysis.write_scores(store, scores, partition=parts, description=description)
    community_of = {n: i for i, p in enumerate(parts, 1) for n in p}
    if as_json:
        nodes = [{"node": n, "label": G.nodes[n]["label"], "kind": G.nodes[n]["kind"],
                  "community": community_of[n], **{m: scores[m][n] for m in METRICS}} for n in sorted(G)]
        echo_json({"nodes": nodes, "modularity": q, "written": written})
        return
    rows = analysis.rank(G, scores["pagerank"], top=top)
    _echo_table([[r["rank"], r["label"], r["kind"], community_of[r["node"]],
                  *(_fmt(scores[m][r["node"]]) for m in METRICS)] for r in rows],
                ["rank", "entity", "kind", "community", *METRICS])
    click.echo(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges, {len(parts)} communities "
               f"(modularity {q:.4f})")
    if write:
        click.echo(f"{written} triples written to the analysis graph")


COMMANDS = [centrality, communities, path, neighbors, trend, analyze]
