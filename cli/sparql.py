"""SPARQL from the shell: ``epkg query`` and the ``epkg serve`` endpoint."""
from __future__ import annotations

import sys
import threading

import click

from epkg.cli.context import pass_context
from epkg.cli.errors import CliError


def _read_query(query: str | None, file) -> str:
    if file is not None and query is not None:
        raise click.UsageError("give the query as an argument or with -f FILE, not both")
    if file is not None:
        return file.read()
    if query is None:
        raise click.UsageError("no query: give it as an argument, with -f FILE, or - to read standard input")
    if query == "-":
        return sys.stdin.read()
    return query


def _run_with_deadline(store, checked, timeout: float | None, max_rows: int | None):
    """Run the query here; past *timeout*, give up on it with a clear error.

    The query keeps a thread until the command exits, which stops it: a CLI run is
    one query, so no worker process is worth its start-up time here.
    """
    from epkg.graph.sparql import QueryTimeout, execute

    if not timeout:
        return execute(store, checked, max_rows=max_rows)
    box: dict = {}

    def work():
        try:
            box["result"] = execute(store, checked, max_rows=max_rows)
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc

    thread = threading.Thread(target=work, daemon=True, name="epkg-query")
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryTimeout(f"query stopped: it ran past the time limit of {timeout:g} s (--timeout)")
    if "error" in box:
        raise box["error"]
    return box["result"]


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", type=click.File("r", encoding="utf-8"), help="Read the query from FILE (- for stdin).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "nt", "json-ld",
                                                   "rdfxml"]),
              default=None, help="Output format: table (default for SELECT/ASK), json, csv, tsv, xml (the "
                                 "SPARQL 1.1 result formats); turtle (default for CONSTRUCT/DESCRIBE), nt, json-ld, "
                                 "rdfxml.")
@click.option("--timeout", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Stop the query after SECONDS (0: no limit).")
@click.option("--max-rows", type=click.IntRange(min=1), default=None, help="Return at most this many rows.")
@pass_context
def query(ctx, query, file, fmt, timeout, max_rows):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.

    QUERY is the query text, or - to read it from standard input. The prefixes
    epkg:, epid:, skos:, rdfs:, dcterms:, prov:, org: … and one per instance kind
    (state:AZE is epid:state/AZE) are predeclared. Updates, LOAD and SERVICE are
    refused; a syntax error is reported with its line and column.
    """
    from epkg.graph.sparql import check_query, serialize

    checked = check_query(_read_query(query, file))
    fmt = fmt or ("turtle" if checked.form in ("CONSTRUCT", "DESCRIBE") else "table")
    store = ctx.store(read_only=True)
    result = _run_with_deadline(store, checked, timeout, max_rows)
    out = serialize(result, fmt)
    click.echo(out.decode("utf-8"), nl=False)
    if result.truncated:
        click.echo(f"epkg: result cut at {max_rows} rows (--max-rows)", err=True)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the endpoint to the network).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Time limit of each query, in seconds (the query is stopped; the client gets 503).")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Row cap of each result (a cut result carries the X-Epkg-Truncated header).")
@click.option("--max-body", type=click.IntRange(min=1024), default=1 << 20, show_default=True,
              help="Largest request body accepted, in bytes (413 above).")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Queries that can run at the same time (one worker process each).")
@click.option("--max-memory", default=None, metavar="SIZE",
              help="Memory each query worker may use, e.g. 512M or 2G (a query past it gets 503 and its worker "
                   "is replaced). Default: 2G, or less so that all workers stay under half the physical memory.")
@pass_context
def serve(ctx, host, port, timeout, max_rows, max_body, workers, max_memory):
    """Serve the store read-only as a SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    GET /sparql without a query gives the service description; / is a page to
    type queries in. The store stays writable by another process (ingest): the
    endpoint sees new documents once that process has written them.
    """
    import uvicorn

    from epkg.graph.endpoint import create_app
    from epkg.graph.remote import is_remote
    from epkg.graph.store import default_location

    from epkg.graph.sparql import default_max_memory

    if is_remote(ctx.location):
        raise CliError("epkg serve needs a store folder, not a remote SPARQL server")
    ctx.require_store()
    from epkg.cli.context import parse_size
    from epkg.graph.sparql import MIN_MAX_MEMORY

    cap = parse_size(max_memory, "--max-memory", MIN_MAX_MEMORY) if max_memory else default_max_memory(workers)
    location = ctx.location or default_location()
    app = create_app(str(location), timeout=timeout, max_rows=max_rows, max_body=max_body, workers=workers,
                     max_memory=cap)
    click.echo(f"epkg: serving {location} at http://{host}:{port}/sparql (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [query, serve]
