"""Commands that describe the store: stats, validate."""
from __future__ import annotations

import json

import click

from epkg.cli.context import pass_context


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_context
def stats(ctx, as_json):
    """Triples, documents and entities by class."""
    from epkg.graph.summary import stats as compute

    data = compute(ctx.store(read_only=True))
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return 0
    click.echo(f"documents  {data['documents']}")
    click.echo(f"triples    {data['triples']} (plus {data['consolidated_triples']} in the consolidated graph "
               f"and {data['reference_triples']} of reference data)")
    for name, n in data["entities"].items():
        click.echo(f"  {name:<26} {n}")
    return 0


@click.command()
@pass_context
def validate(ctx):
    """Check the store against the SHACL shapes; one line per violation, exit 1 when any."""
    from epkg.graph.validate import validate_store

    violations = validate_store(ctx.store(read_only=True))
    for v in violations:
        click.echo(str(v))
    click.echo(f"{len(violations)} violation(s)" if violations else "conforms: no violations")
    return 1 if violations else 0


COMMANDS = [stats, validate]
