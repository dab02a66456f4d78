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


def json_option(help: str = "Print as JSON."):
    """The ``--json`` flag (parameter ``as_json``), refused together with ``--csv``.

    Parameters
    ----------
    help : str

    Returns
    -------
    callable
        A click decorator.

    Examples
    --------
    >>> from click.testing import CliRunner
    >>> @click.command()
    ... @json_option()
    ... @csv_option()
    ... def show(as_json, as_csv):
    ...     click.echo("json" if as_json else "csv" if as_csv else "table")
    >>> CliRunner().invoke(show, ["--csv"]).output
    'csv\\n'
    >>> result = CliRunner().invoke(show, ["--json", "--csv"])
    >>> result.exit_code, result.output.splitlines()[-1]
    (2, 'Error: --json and --csv exclude each other: drop --json or --csv')
    """
    return click.option("--json", "as_json", is_flag=True, callback=_exclusive, help=help)


def csv_option(help: str = "Print as CSV."):
    """The ``--csv`` flag (parameter ``as_csv``), refused together with ``--json``.

    Parameters
    ----------
    help : str

    Returns
    -------
    callable
        A click decorator.

    Examples
    --------
    >>> csv_option("Print CSV.").__name__
    'decorator'
    """
    return click.option("--csv", "as_csv", is_flag=True, callback=_exclusive, help=help)


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
