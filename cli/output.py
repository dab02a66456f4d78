"""Output options shared by every command group: ``--json`` and ``--csv``, and how JSON is printed.

One rule everywhere: ``--json`` and ``--csv`` exclude each other, and asking for both is a
usage error (exit status 2) whichever command it is.
"""
from __future__ import annotations

import json

import click

_OTHER = {"as_json": ("as_csv", "--csv"), "as_csv": ("as_json", "--json")}


def _exclusive(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    # click runs a callback as it processes each option; whichever of the two comes second sees the first
    other, flag = _OTHER[param.name]
    if value and ctx.params.get(other):
        raise click.UsageError(f"--json and --csv exclude each other: drop {flag} or {param.opts[0]}", ctx)
    return value


def format_flag(kind: str, help: str | None = None):
    """The ``--json`` or ``--csv`` flag (parameter ``as_json`` / ``as_csv``); the two exclude each other.

    Parameters
    ----------
    kind : {"json", "csv"}
    help : str, optional
        The option's help (default: "Print as JSON." / "Print as CSV.").

    Returns
    -------
    callable
        A click decorator.

    Examples
    --------
    >>> from click.testing import CliRunner
    >>> @click.command()
    ... @format_flag("json")
    ... @format_flag("csv")
    ... def show(as_json, as_csv):
    ...     click.echo("json" if as_json else "csv" if as_csv else "table")
    >>> CliRunner().invoke(show, ["--csv"]).output
    'csv\\n'
    >>> result = CliRunner().invoke(show, ["--json", "--csv"])
    >>> result.exit_code, result.output.splitlines()[-1]
    (2, 'Error: --json and --csv exclude each other: drop --json or --csv')
    """
    return click.option(f"--{kind}", f"as_{kind}", is_flag=True, callback=_exclusive,
                        help=help or f"Print as {kind.upper()}.")


def echo_json(data) -> None:
    """Print *data* as indented JSON, non-ASCII as is; sets as sorted lists, other objects as text.

    Parameters
    ----------
    data : object

    Returns
    -------
    None

    Examples
    --------
    >>> echo_json({"kinds": {"b", "a"}, "label": "Türkiye"})
    {
      "kinds": [
        "a",
        "b"
      ],
      "label": "Türkiye"
    }
    """
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_plain))


def _plain(value):
    return sorted(value) if isinstance(value, (set, frozenset)) else str(value)
