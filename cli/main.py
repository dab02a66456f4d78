"""The ``epkg`` command group: global options, store handling and error reporting.

Commands live in the sibling modules, each listing its commands in ``COMMANDS``;
they call library functions and only format what those return.
"""
from __future__ import annotations

import importlib
import sys

import click

from epkg.cli.context import Context
from epkg.graph.errors import EpkgError

COMMAND_MODULES = ("documents", "inspect", "lookup", "sparql", "exports", "analysis")




@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


@cli.result_callback()
def _exit_with(rv, **_params) -> None:
    """Commands return their exit code; make it the process's (and CliRunner's) exit code."""
    if isinstance(rv, int) and rv:
        click.get_current_context().exit(rv)


def _register() -> None:
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"epkg.cli.{name}")
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; errors become one line on stderr and a non-zero exit."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        rv = cli.main(args=argv, prog_name="epkg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("epkg: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except EpkgError as exc:
        if debug:
            raise
        click.echo(f"epkg: error: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("epkg: interrupted", err=True)
        return 130
    except Exception as exc:  # anything unexpected: still one line unless --debug
        if debug:
            raise
        click.echo(f"epkg: internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
                   f"(run with --debug for details)", err=True)
        return 1
    return rv if isinstance(rv, int) else 0


if __name__ == "__main__":
    sys.exit(main())
