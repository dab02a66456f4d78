"""A read-only SPARQL 1.1 Protocol endpoint over an epkg store (a Starlette ASGI app).

``/sparql`` answers GET and POST (``query`` as a URL parameter, a urlencoded form
field, or an ``application/sparql-query`` body) with content negotiation; GET
``/sparql`` without a query gives the SPARQL 1.1 Service Description; ``/`` is a
small page to type queries in (the service description for non-browsers).

Every query is checked by :func:`epkg.graph.query.checking.check_query` before the
engine sees it (updates, ``LOAD`` and ``SERVICE`` are refused with 403) and runs
in a :class:`epkg.graph.query.running.QueryRunner` worker with a time limit, a row
cap and a memory cap, so the event loop stays free and a runaway query is
stopped (503) while other clients are served.

Serve it with ``epkg serve`` (uvicorn), which listens on 127.0.0.1 by default.
"""
from __future__ import annotations

import html
import logging
import threading
from pathlib import Path
from urllib.parse import parse_qs

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from epkg.graph.query import checking, running, serialising
from epkg.graph.errors import QueryError
from epkg.ontology.namespaces import PREFIXES, SD, W3C_FORMATS, bind_prefixes

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_BODY = 1 << 20  # bytes

_W3C_FORMAT = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "nt": "N-Triples", "json-ld": "JSON-LD",
               "rdfxml": "RDF_XML"}
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
LOG = logging.getLogger("epkg.endpoint")


class _TooLarge(Exception):
    pass


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


class Endpoint:
    """The state behind the app: the store location, the limits and the query runner."""

    def __init__(self, store, *, timeout: float, max_rows: int | None, max_body: int, workers: int,
                 max_memory: int | None = None):
        self.store, self.timeout, self.max_rows = store, timeout, max_rows
        self.max_body, self.workers, self.max_memory = max_body, workers, max_memory
        self._runner = None
        self._lock = threading.Lock()

    def runner(self) -> running.QueryRunner:
        with self._lock:
            if self._runner is None:
                self._runner = running.QueryRunner(self.store, workers=self.workers, timeout=self.timeout,
                                              max_rows=self.max_rows, max_memory=self.max_memory)
            return self._runner

    def warm(self) -> None:
        """Start the workers and wait until they are ready, so the first query is not slow."""
        runner = self.runner()
        for worker in list(runner._workers):
            worker.wait_ready(runner.START_LIMIT)

    def close(self) -> None:
        with self._lock:
            if self._runner is not None:
                self._runner.close()
                self._runner = None

    # ------------------------------------------------------------------ requests

    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            raise _TooLarge
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    async def sparql(self, request: Request) -> Response:
        params = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
        if request.method == "POST":
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            try:
                body = await self._body(request)
            except _TooLarge:
                return _error(413, f"request body too large: the limit is {self.max_body} bytes")
            except ClientDisconnect:
                # A client that gives up is routine, not a server fault: one line, no traceback.
                client = f"{request.client.host}:{request.client.port}" if request.client else "a client"
                LOG.warning("epkg serve: %s disconnected before sending its whole request", client)
                return Response(status_code=400)
            if media == "application/sparql-update":
                return _error(403, "updates are refused: this endpoint is read-only")
            if media == "application/sparql-query":
                try:
                    params.setdefault("query", []).append(body.decode("utf-8"))
                except UnicodeDecodeError:
                    return _error(400, "the query is not valid UTF-8")
            elif media in _FORM_TYPES[:1]:
                try:
                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
                except UnicodeDecodeError:
                    return _error(400, "the form is not valid UTF-8")
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            else:
                return _error(415, "POST a query as application/sparql-query or as the 'query' field of an "
                                   "application/x-www-form-urlencoded form")
        if "update" in params:
            return _error(403, "updates are refused: this endpoint is read-only")
        queries = params.get("query", [])
        if not queries:
            if request.method == "GET":
                return self.service_description(request)
            return _error(400, "no query: send it in the 'query' parameter")
        if len(queries) > 1:
            return _error(400, "more than one 'query' parameter")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return _error(400, "default-graph-uri and named-graph-uri are not supported: the default graph is "
                               "the union of all graphs; use GRAPH in the query")
        try:
            checked = checking.check_query(queries[0])
        except checking.QueryRefused as exc:
            return _error(403, str(exc))
        except QueryError as exc:
            return _error(400, str(exc))
        requested = (params.get("format") or [None])[0]
        try:
            fmt = serialising.negotiate(request.headers.get("accept"), checked.form, requested)
        except QueryError as exc:
            return _error(406, str(exc))
        try:
            result = await run_in_threadpool(self.runner().run, checked)
        except (running.QueryTimeout, running.QueryMemoryError) as exc:
            return _error(503, str(exc))
        except QueryError as exc:
            return _error(400, str(exc))
        payload = await run_in_threadpool(serialising.serialize, result, fmt)
        media = serialising.FORMATS[fmt]
        headers = {"Vary": "Accept"}
        if result.truncated:
            headers["X-Epkg-Truncated"] = f"the result was cut at the row cap of {self.max_rows}"
        return Response(payload, media_type=f"{media}; charset=utf-8" if media.startswith("text/") else media,
                        headers=headers)

    def service_description(self, request: Request) -> Response:
        endpoint = URIRef(str(request.url_for("sparql")))
        g = Graph()
        bind_prefixes(g)
        g.bind("sd", SD)
        g.bind("formats", W3C_FORMATS)
        g.add((endpoint, RDF.type, SD.Service))
        g.add((endpoint, SD.endpoint, endpoint))
        g.add((endpoint, SD.supportedLanguage, SD.SPARQL11Query))
        g.add((endpoint, SD.feature, SD.UnionDefaultGraph))
        for fmt in _W3C_FORMAT.values():
            g.add((endpoint, SD.resultFormat, W3C_FORMATS[fmt]))
        dataset, default = BNode(), BNode()
        g.add((endpoint, SD.defaultDataset, dataset))
        g.add((dataset, RDF.type, SD.Dataset))
        g.add((dataset, SD.defaultGraph, default))
        g.add((default, RDF.type, SD.Graph))
        limit = f"row cap {self.max_rows}" if self.max_rows else "no row cap"
        g.add((endpoint, RDFS.comment, Literal(
            f"Read-only epkg knowledge graph. The default graph is the union of all named graphs. Updates, LOAD "
            f"and SERVICE are refused. Time limit {self.timeout:g} s, {limit}. Predeclared prefixes: "
            + ", ".join(f"{p}:" for p in PREFIXES) + ".")))
        try:
            wanted = serialising.negotiate(request.headers.get("accept"), "DESCRIBE")
        except QueryError as exc:
            return _error(406, str(exc))
        data = g.serialize(format={"turtle": "turtle", "nt": "nt", "json-ld": "json-ld", "rdfxml": "xml"}[wanted])
        return Response(data, media_type=serialising.GRAPH_FORMATS[wanted])

    async def home(self, request: Request) -> Response:
        accept = request.headers.get("accept", "")
        if "text/html" in accept or not accept:
            return HTMLResponse(_page(self.timeout, self.max_rows))
        return self.service_description(request)


def create_app(store, *, timeout: float = DEFAULT_TIMEOUT, max_rows: int | None = DEFAULT_MAX_ROWS,
               max_body: int = DEFAULT_MAX_BODY, workers: int = 2, max_memory: int | None = None) -> Starlette:
    """The ASGI app serving *store* read-only.

    Parameters
    ----------
    store : Store, str or Path
        A store folder (workers open it read-only, beside any writer, and reopen it
        when it changes), or an in-memory Store (for tests).
    timeout : float
        Seconds a query may run before it is stopped (503).
    max_rows : int, optional
        Rows (or triples) returned at most; a cut result has the ``X-Epkg-Truncated`` header.
    max_body : int
        Largest accepted request body, in bytes (413 above).
    workers : int
        Queries that run at once.
    max_memory : int, optional
        Bytes of data memory each query worker may use; a query past it gets 503
        and its worker is replaced. None: no cap (``epkg serve`` always sets one,
        see :func:`epkg.graph.query.running.default_max_memory`).

    Returns
    -------
    starlette.applications.Starlette

    Examples
    --------
    >>> from starlette.testclient import TestClient
    >>> from epkg.graph.storage.embedded import Store
    >>> with TestClient(create_app(Store.memory())) as client:
    ...     client.get("/sparql", params={"query": "ASK { state:AZE ?p ?o }"}).json()["boolean"]
    True
    """
    if isinstance(store, (str, Path)) and not Path(store).is_dir():
        raise QueryError(f"no store at {store}")
    state = Endpoint(store, timeout=timeout, max_rows=max_rows, max_body=max_body, workers=workers,
                     max_memory=max_memory)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        await run_in_threadpool(state.warm)
        try:
            yield
        finally:
            await run_in_threadpool(state.close)

    app = Starlette(routes=[Route("/", state.home, methods=["GET"]),
                            Route("/sparql", state.sparql, methods=["GET", "POST"], name="sparql")],
                    lifespan=lifespan)
    app.state.endpoint = state
    return app


def _page(timeout: float, max_rows) -> str:
    example = "SELECT ?state ?label WHERE {\n  ?state epkg:dialoguePartnerOf ?sco ; rdfs:label ?label .\n" \
              "  ?sco skos:altLabel \"SCO\" .\n} ORDER BY ?label"
    prefixes = html.escape(" ".join(f"{p}:" for p in PREFIXES))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>epkg SPARQL</title>
<style>
body {{ font-family: sans-serif; margin: 2em; max-width: 70em; }}
textarea {{ width: 100%; height: 12em; font-family: monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
td, th {{ border: 1px solid #ccc; padding: .2em .5em; text-align: left; font-size: 90%; }}
pre {{ background: #f6f6f6; padding: 1em; overflow: auto; }}
#status {{ color: #a00; }}
</style></head>
<body>
<h1>epkg SPARQL endpoint</h1>
<p>Read-only. Predeclared prefixes: <code>{prefixes}</code>. The default graph is the union of all graphs.
Time limit {timeout:g} s, at most {max_rows or "unlimited"} rows.</p>
<form id="form"><textarea id="query" name="query">{html.escape(example)}</textarea><br>
<label>Format <select id="format">
<option value="application/sparql-results+json">table (JSON)</option>
<option value="text/csv">CSV</option><option value="text/tab-separated-values">TSV</option>
<option value="application/sparql-results+xml">XML</option>
<option value="text/turtle">Turtle (CONSTRUCT/DESCRIBE)</option>
<option value="application/n-triples">N-Triples</option><option value="application/ld+json">JSON-LD</option>
<option value="application/rdf+xml">RDF/XML</option>
</select></label> <button type="submit">Run</button> <span id="status"></span></form>
<div id="out"></div>
<script>
document.getElementById("form").addEventListener("submit", async (event) => {{
  event.preventDefault();
  const out = document.getElementById("out"), status = document.getElementById("status");
  const accept = document.getElementById("format").value;
  out.textContent = ""; status.textContent = "running…";
  const body = new URLSearchParams({{query: document.getElementById("query").value}});
  const response = await fetch("sparql", {{method: "POST", body: body, headers: {{"Accept": accept + ", text/turtle;q=0.5"}}}});
  const text = await response.text();
  status.textContent = response.ok ? "" : response.status + ": " + text;
  if (!response.ok) return;
  const type = response.headers.get("content-type") || "";
  if (type.startsWith("application/sparql-results+json")) {{
    const data = JSON.parse(text);
    if ("boolean" in data) {{ out.textContent = String(data.boolean); return; }}
    const table = document.createElement("table"), head = table.insertRow();
    for (const v of data.head.vars) {{ const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }}
    for (const b of data.results.bindings) {{
      const row = table.insertRow();
      for (const v of data.head.vars) row.insertCell().textContent = b[v] ? b[v].value : "";
    }}
    out.appendChild(table);
  }} else {{
    const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
  }}
}});
</script>
</body></html>
"""
