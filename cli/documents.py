"""Commands that change what the store holds: ingest, remove, consolidate."""
from __future__ import annotations

import sys

import click

from epkg.cli.context import pass_context
from epkg.cli.errors import Unsuccessful
from epkg.cli.output import echo_json, format_flag


def _progress_printer(wanted: bool | None):
    """A progress counter on stderr: one line rewritten in place on a terminal, a line per
    document when asked for elsewhere (a log file, a supervising process)."""
    terminal = sys.stderr.isatty()
    if not (terminal if wanted is None else wanted):
        return None

    def show(summary):
        line = f"{summary.read} documents ({summary.failed} failed)"
        click.echo(f"\r{line}" if terminal else line, err=True, nl=not terminal)
    return show


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes (with --executor dask and no --scheduler: local Dask workers).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Extract in a local process pool, or on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786) or scheduler file (.json), for --executor dask; "
                   "without it a local cluster is started.")
@click.option("--max-file-size", default="20M", show_default=True, metavar="SIZE",
              help="Largest text, Markdown or HTML file (one document) read; larger ones are refused unread.")
@click.option("--max-record-size", default="20M", show_default=True, metavar="SIZE",
              help="Largest JSONL record (one line); JSONL files are read a record at a time, of any size.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of an ingested folder (skipped by default).")
@click.option("--progress/--no-progress", default=None,
              help="Report progress on stderr (default: only when stderr is a terminal).")
@format_flag("json", "Print the summary as JSON.")
@pass_context
def ingest(ctx, paths, jobs, executor, scheduler, max_file_size, max_record_size, follow_links, progress, as_json):
    """Read documents (files, folders, .jsonl, or - for stdin) into the store.

    Each document becomes its own named graph; an unchanged document is left as
    it is, a changed one replaces its earlier version.
    """
    from epkg.cli.context import parse_size
    from epkg.graph.ingest import ingest as run

    max_bytes = parse_size(max_file_size, "--max-file-size")
    max_record_bytes = parse_size(max_record_size, "--max-record-size")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    store = ctx.store(create=True)
    progress = _progress_printer(progress)
    summary = run(paths, store, jobs=jobs, executor=executor, scheduler=scheduler, progress=progress,
                  max_bytes=max_bytes, max_record_bytes=max_record_bytes, follow_links=follow_links)
    if progress and sys.stderr.isatty():
        click.echo("", err=True)
    for name, message in summary.failures:
        click.echo(f"failed: {name}: {message}", err=True)
    if as_json:
        echo_json(vars(summary))
    else:
        click.echo(summary.line())
    if summary.failed or summary.interrupted:
        raise Unsuccessful()


@click.command()
@click.argument("documents", nargs=-1, required=True)
@pass_context
def remove(ctx, documents):
    """Remove documents by identifier (file name or record id) or IRI."""
    from epkg.graph import consolidate

    store = ctx.store()
    missing = 0
    with consolidate.maintained(store) as changes:  # the consolidated graph follows the removal
        for ref in documents:
            removed = consolidate.remove_document(store, changes, ref)
            if removed:
                for iri in removed:
                    click.echo(f"removed {iri}")
            else:
                click.echo(f"epkg: no document {ref!r} in the store", err=True)
                missing += 1
    if missing:
        raise Unsuccessful()


@click.command()
@pass_context
def consolidate(ctx):
    """Rebuild the consolidated graph (and its index) from the document graphs.

    Ingest, remove and import keep it up to date, and a store written before it
    existed is consolidated on its first change; this does it now.
    """
    from epkg.graph import consolidate as _consolidate

    click.echo(f"consolidated graph rebuilt: {_consolidate.rebuild(ctx.store())} statements")


COMMANDS = [ingest, remove, consolidate]
