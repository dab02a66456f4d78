"""Lookups from the shell: show, partners, projects, agreements, events, sources, conflicts, new.

Entities may be named by label, alternative label, acronym, demonym, ISO3 code or
IRI (see :mod:`epkg.graph.names`). Output is a table for people, ``--json`` or
``--csv`` for programs.
"""
from __future__ import annotations

import csv
import io

import click

from epkg.cli.context import pass_context
from epkg.cli.output import echo_json, format_flag

_JSON = format_flag("json", "Print JSON.")
_CSV = format_flag("csv", "Print CSV (one row per line, all columns).")


def _emit(rows: list[dict], columns: list[str], as_json: bool, as_csv: bool, empty: str) -> None:
    from epkg.graph.sparql import text_table

    if as_json:
        echo_json(rows)
    elif as_csv:
        out = io.StringIO()
        fields = list(rows[0]) if rows else columns
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        click.echo(out.getvalue(), nl=False)
    elif not rows:
        click.echo(empty)
    else:
        click.echo(text_table(columns, [[_cell(row.get(c)) for c in columns] for row in rows]))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace(";", ", ")


def _resolve(store, name):
    from epkg.graph.names import resolve
    return resolve(store, name)


@click.command()
@click.argument("entity")
@_JSON
@pass_context
def show(ctx, entity, as_json):
    """Everything known about ENTITY, each fact with its sources."""
    from epkg.graph.lookup import show as compute

    store = ctx.store(read_only=True)
    info = compute(store, _resolve(store, entity))
    if as_json:
        echo_json(info)
        return
    click.echo(f"{info['label']}  ({info['type'] or 'entity'}, {info['curie']})")
    if info["names"]:
        click.echo(f"  also: {', '.join(info['names'])}")
    if info["iso3"]:
        click.echo(f"  ISO3: {info['iso3']}" + (f"; demonyms: {', '.join(info['demonyms'])}" if info["demonyms"] else ""))
    for s in info["statements"]:
        said = [f"{s['documents']} document(s)"] if s["documents"] else []
        said += ["reference data"] if s["reference"] else []
        click.echo(f"  {s['property']}: {s['value']}" + (f"  [{', '.join(said)}]" if said else ""))
    click.echo(f"  mentioned in {info['documents']} document(s)")

    def section(title, items, line):
        if items:
            click.echo(f"\n{title}")
            for item in items:
                click.echo(f"  - {line(item)}")
                for src in item.get("sources", []):
                    where = ", ".join(x for x in (src["title"], src["date"], src["publisher"]) if x)
                    click.echo(f"      [{where}]")

    section("Memberships", info["memberships"], lambda m: f"{m['role']} of {m['organization']}"
            + (f" (as of {m['date']})" if m["date"] else ""))
    section("Members", info["members"], lambda m: f"{m['member']}: {m['role']}"
            + (f" (as of {m['date']})" if m["date"] else ""))
    section("Partnerships", info["partnerships"], lambda p: f"{p['level'] or 'partnership'} with "
            f"{_cell(p['partners'])}" + (f", {p['date']}" if p["date"] else ""))
    section("Cooperation", info["cooperation"], lambda c: c["partner"])
    section("Agreements", info["agreements"], lambda a: f"{a['label'] or a['type']} ({_cell(a['parties'])})"
            + "".join(f", {x}" for x in (a["date"], a["place"]) if x))
    section("Projects", info["projects"], lambda p: f"{p['label'] or p['technologies']}"
            + (f", {p['capacity_mw']:g} MW" if p["capacity_mw"] is not None else "") + f" [{p['role']}]")
    section("Events", info["events"], lambda e: f"{e['label'] or e['type']}"
            + "".join(f", {x}" for x in (e["date"], e["place"]) if x))


@click.command()
@click.argument("entity")
@click.option("--kind", type=click.Choice(["partnership", "cooperation", "membership", "agreement", "project"]),
              help="Only relations of this kind.")
@click.option("--type", "type_", metavar="CLASS",
              help="Only partners of this class: State, Company, InternationalOrganization, GovernmentBody, Person.")
@click.option("--since", metavar="DATE", help="Only relations dated (or reported) on or after DATE (YYYY[-MM[-DD]]).")
@_JSON
@_CSV
@pass_context
def partners(ctx, entity, kind, type_, since, as_json, as_csv):
    """The partners of ENTITY: one row a partner, strongest partnership level first."""
    from epkg.graph.lookup import partners as compute

    store = ctx.store(read_only=True)
    rows = compute(store, _resolve(store, entity), kind=kind, type=type_, since=since)
    _emit(rows, ["label", "type", "kinds", "level", "first", "last", "documents", "reference"], as_json, as_csv,
          "no partners found")


@click.command()
@click.option("--host", metavar="PLACE", help="Only projects in this state or place.")
@click.option("--technology", metavar="NAME", help="Only this technology (wind includes offshore wind).")
@click.option("--min-mw", type=float, help="Only projects of at least this capacity, in MW.")
@click.option("--participant", metavar="ACTOR", help="Only projects this actor takes part in.")
@_JSON
@_CSV
@pass_context
def projects(ctx, host, technology, min_mw, participant, as_json, as_csv):
    """Energy projects, largest first."""
    from epkg.graph.lookup import projects as compute

    store = ctx.store(read_only=True)
    rows = compute(store, host=_resolve(store, host) if host else None, technology_name=technology,
                   min_mw=min_mw, participant=_resolve(store, participant) if participant else None)
    _emit(rows, ["label", "technologies", "capacity_mw", "hosts", "participants", "documents"], as_json, as_csv,
          "no projects found")


@click.command()
@click.option("--party", metavar="ACTOR", help="Only agreements this actor is party to.")
@click.option("--between", nargs=2, metavar="A B", help="Only agreements both A and B are party to.")
@click.option("--type", "type_", metavar="TYPE",
              help="MoU, Declaration, JointStatement, Treaty, Contract or Agreement.")
@click.option("--year", type=int, help="Only agreements signed in this year.")
@_JSON
@_CSV
@pass_context
def agreements(ctx, party, between, type_, year, as_json, as_csv):
    """Agreements, oldest first."""
    from epkg.graph.lookup import agreements as compute

    store = ctx.store(read_only=True)
    rows = compute(store, party=_resolve(store, party) if party else None,
                   between=tuple(_resolve(store, x) for x in between) if between else None,
                   type=type_, year=year)
    _emit(rows, ["date", "type", "label", "parties", "place", "documents"], as_json, as_csv,
          "no agreements found")


@click.command()
@click.option("--in", "place", metavar="PLACE", help="Only events held in this place or state.")
@click.option("--participant", metavar="ACTOR", help="Only events this actor took part in or organised.")
@_JSON
@_CSV
@pass_context
def events(ctx, place, participant, as_json, as_csv):
    """Meetings, summits, forums and visits, oldest first."""
    from epkg.graph.lookup import events as compute

    store = ctx.store(read_only=True)
    rows = compute(store, place=_resolve(store, place) if place else None,
                   participant=_resolve(store, participant) if participant else None)
    _emit(rows, ["date", "type", "label", "place", "participants", "documents"], as_json, as_csv,
          "no events found")


@click.command()
@click.argument("ref", metavar="ENTITY_OR_FACT")
@_JSON
@_CSV
@pass_context
def sources(ctx, ref, as_json, as_csv):
    """The sentences behind a fact (an agreement, project … IRI), or behind every fact about an entity."""
    from epkg.graph.lookup import sources as compute

    store = ctx.store(read_only=True)
    rows = compute(store, _resolve(store, ref))
    if as_json or as_csv:
        _emit(rows, list(rows[0]) if rows else ["fact"], as_json, as_csv, "")
        return
    if not rows:
        click.echo("no sources found")
    from epkg.graph.names import curie
    for row in rows:
        where = ", ".join(x for x in (row["title"], row["date"], row["publisher"]) if x)
        click.echo(f"{row['kind']} {curie(row['fact'])}  [{where}]")
        click.echo(f"  {row['sentence'] or ''}")
        if row.get("rule"):
            click.echo(f"  found by: {row['rule']}")


@click.command()
@click.argument("entity", required=False)
@_JSON
@pass_context
def conflicts(ctx, entity, as_json):
    """Where documents disagree (capacity, agreement date or place, partnership level), each side with its sources."""
    from epkg.graph.lookup import conflicts as compute

    store = ctx.store(read_only=True)
    found = compute(store, _resolve(store, entity) if entity else None)
    if as_json:
        echo_json(found)
        return
    if not found:
        click.echo("no conflicts found")
    for c in found:
        click.echo(f"{c['kind']}: {c['subject']}")
        for side in c["values"]:
            click.echo(f"  {side['value']}")
            for src in side["sources"]:
                where = ", ".join(x for x in (src["title"], src["date"], src["publisher"]) if x)
                click.echo(f"    [{where}] {src['sentence'] or ''}")


@click.command()
@click.option("--since", metavar="DATE", help="ISO date: documents published on or after DATE.")
@click.option("--ingested-since", metavar="DATE", help="ISO date: documents ingested on or after DATE.")
@_JSON
@_CSV
@pass_context
def new(ctx, since, ingested_since, as_json, as_csv):
    """What the graph learned from documents published (--since) or ingested (--ingested-since) since DATE."""
    from epkg.graph.lookup import new as compute

    if not since and not ingested_since:
        raise click.UsageError("give --since DATE (published) or --ingested-since DATE")
    rows = compute(ctx.store(read_only=True), since, ingested_since=ingested_since)
    columns = ["published", "ingested", "title", "kind", "label"] if ingested_since else \
        ["published", "title", "kind", "label"]
    _emit(rows, columns, as_json, as_csv, f"nothing new since {since or ingested_since}")


COMMANDS = [show, partners, projects, agreements, events, sources, conflicts, new]
