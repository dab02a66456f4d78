"""The ``epkg`` command group: global options, store handling and error reporting.

Commands live in the sibling modules, each listing its commands in ``COMMANDS``;
they call library functions and only format what those return. A command that fails
raises a :class:`~epkg.cli.errors.CliError`; the group turns the library's errors into
one (:func:`~epkg.cli.errors.translated`), and click prints it and sets the exit status.
"""
from __future__ import annotations

import importlib
import sys

import click

from epkg.cli.context import Context
from epkg.cli.errors import translated

COMMAND_MODULES = ("documents", "describe", "lookup", "sparql", "exports", "analysis")


class EpkgGroup(click.Group):
    """The group whose commands' errors reach the user as one line (see :mod:`epkg.cli.errors`),
    and whose command modules are imported when a command is looked up (see :func:`_register`)."""

    def invoke(self, ctx: click.Context):
        with translated(debug=bool(ctx.params.get("debug"))):
            return super().invoke(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str):
        _register(until=cmd_name)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context):
        _register()
        return super().list_commands(ctx)


@click.group(cls=EpkgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--store", "location", envvar="EPKG_STORE", metavar="FOLDER|URL",
              help="Store folder (default: $EPKG_STORE, else ~/.local/share/epkg/store), or a SPARQL "
                   "server as sparql+http://HOST:PORT/BASE[?query=…&update=…&store=…&union=param|native] "
                   "(see docs/scale.md).")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="epkg")
@click.pass_context
def cli(ctx: click.Context, location: str | None, debug: bool) -> None:
    """epkg: the energy-partnerships knowledge graph.

    Ingest news documents into an RDF graph with provenance, then ask it
    questions: SPARQL, lookups, network analysis, exports and an HTML view.
    """
    ctx.obj = Context(location, debug)
    ctx.call_on_close(ctx.obj.close)


_registered: list[str] = []


def _register(until: str | None = None) -> None:
    """Add the commands of the modules of :data:`COMMAND_MODULES`, in order, stopping once
    *until* is a command: a lookup then never imports what the network commands need
    (networkx, scipy), a fifth of its time."""
    for name in COMMAND_MODULES:
        if until is not None and until in cli.commands:
            return
        if name in _registered:
            continue
        module = importlib.import_module(f"epkg.cli.{name}")
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)
        _registered.append(name)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit status (click reports errors; see :mod:`epkg.cli.errors`).

    Parameters
    ----------
    argv : list of str, optional
        The arguments (default: the process's).

    Returns
    -------
    int

    Examples
    --------
    >>> main(["--version"])  # doctest: +ELLIPSIS
    epkg, version ...
    0
    """
    try:
        cli.main(args=argv, prog_name="epkg")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
