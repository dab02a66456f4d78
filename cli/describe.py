"""Commands that describe the store: stats, validate."""
from __future__ import annotations

import click

from epkg.cli.context import pass_context
from epkg.cli.errors import Unsuccessful
from epkg.cli.output import echo_json, format_flag


@click.command()
@format_flag("json")
@pass_context
def stats(ctx, as_json):
    """Triples, documents and entities by class."""
    from epkg.graph.summary import stats as compute

    data = compute(ctx.store(read_only=True))
    if as_json:
        echo_json(data)
        return
    click.echo(f"documents  {data['documents']}")
    click.echo(f"triples    {data['triples']} (plus {data['consolidated_triples']} in the consolidated graph "
               f"and {data['reference_triples']} of reference data)")
    for name, n in data["entities"].items():
        click.echo(f"  {name:<26} {n}")


@click.command()
@pass_context
def validate(ctx):
    """Check the store against the SHACL shapes; one line per violation, exit 1 when any."""
    from epkg.graph.validate import validate_store

    violations = validate_store(ctx.store(read_only=True))
    for v in violations:
        click.echo(str(v))
    click.echo(f"{len(violations)} violation(s)" if violations else "conforms: no violations")
    if violations:
        raise Unsuccessful()


COMMANDS = [stats, validate]
