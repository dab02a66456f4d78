"""A store held by a remote SPARQL 1.1 server, spoken to over HTTP.

:class:`RemoteStore` implements the store contract (:mod:`epkg.graph.storage.contract`),
so everything that reads or writes a store works on a server such as Oxigraph
server, Apache Jena Fuseki, Virtuoso, GraphDB or QLever. Each document's graph is
written whole with the SPARQL 1.1 Graph Store Protocol (one ``PUT`` of its named
graph); queries and updates go through the SPARQL 1.1 Protocol.

Locations
---------
A remote store is named by a URL whose scheme is ``sparql+http`` or ``sparql+https``::

    sparql+http://HOST:PORT/BASE[?query=Q&update=U&store=S&union=MODE&timeout=SECONDS]

The part after ``sparql+`` up to the ``?`` is the *base* URL. ``query``, ``update``
and ``store`` name the three endpoints: an absolute ``http(s)://`` URL, a path
starting with ``/`` (from the server root) or a relative path (under the base);
they default to ``query``, ``update`` and ``store`` under the base, which is
Oxigraph server's layout. ``union`` says how a query without ``GRAPH`` comes to see
the union of all named graphs, as epkg expects: ``param`` (default) adds Oxigraph's
``union-default-graph`` request parameter; ``native`` sends nothing, for servers
whose default graph already is the union (Virtuoso; Fuseki or GraphDB configured
that way). ``timeout`` bounds each request (default 300 s). User name and password
may be given in the URL (``sparql+http://user:secret@host/…``) for HTTP authentication,
Basic or Digest as the server asks.

Requests use only the most widely implemented forms of the protocols: queries and updates are
POSTed form-encoded (``query=…``, ``update=…``), a query asks only for the formats its form
yields, graphs are sent as N-Triples. Reads leave out graphs outside ``epid:`` (a server's own
graphs), and an answer the server cut short (a cap on its size, or a time limit with partial
results) is an error rather than a silently smaller store.

Examples::

    sparql+http://127.0.0.1:7878                                   # Oxigraph server
    sparql+http://127.0.0.1:3030/epkg?store=data&union=native      # Fuseki dataset "epkg"
    sparql+http://127.0.0.1:8890?query=/sparql&update=/sparql&store=/sparql-graph-crud&union=native
                                  # Virtuoso, anonymous writes (GRANT SPARQL_UPDATE TO "SPARQL")
    sparql+http://dba:secret@127.0.0.1:8890?query=/sparql&update=/sparql-auth&store=/sparql-graph-crud-auth&union=native
                                  # Virtuoso, writes as a user (HTTP Digest)
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from epkg.graph.errors import QueryError
from epkg.graph.storage.contract import GRAPH_META, GraphAnswer, SelectAnswer, StoreBase, StoreError, forget_update
from epkg.graph.storage.locations import is_remote
from epkg.graph.storage.terms import patch_update, sparql_term as _sparql_term, triple_line
from epkg.ontology.namespaces import EPID, bind_prefixes

UNION_MODES = ("param", "native")
_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
# rdflib parser names of the RDF media types a server may answer a CONSTRUCT with.
_RDF_MEDIA = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
              "application/rdf+xml": "xml", "application/ld+json": "json-ld", "text/n3": "n3",
              "application/n-quads": "nquads", "application/trig": "trig"}
_DUMP_FORMATS = {"application/n-quads": "nquads", "application/trig": "trig",
                 "text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml"}
# What to accept for each query form. Asking only for what the form yields matters: a server may
# answer a CONSTRUCT in any format it is offered, SPARQL JSON results included (Virtuoso does:
# a table of ?s ?p ?o), so a graph query must not be offered the results formats.
_ACCEPT_RESULTS = _RESULTS_JSON
_ACCEPT_GRAPH = f"{_NTRIPLES}, text/turtle;q=0.8, application/rdf+xml;q=0.5"
_ACCEPT_ANY = f"{_RESULTS_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5"
# epkg's graphs are all named under epid: (documents, reference data, meta, analysis, imports).
# A server may hold other graphs too (Virtuoso always has its system graphs, e.g.
# <http://www.openlinksw.com/schemas/virtrdf#>), which are not part of the store.
_OURS = f'FILTER(STRSTARTS(STR(?g), {Literal(str(EPID)).n3()}))'
# Answers at least this big are checked against a COUNT, since a server may cap the size of an
# answer without an error (Virtuoso's ResultSetMaxRows, 10000 by default, also cuts Graph Store
# Protocol GETs short). Smaller answers are below any cap in use, and skip the extra request.
_VERIFY_ABOVE = 1000
_CAP_ADVICE = ("the server caps the size of answers (Virtuoso: raise ResultSetMaxRows in the [SPARQL] "
               "section of virtuoso.ini above the number of triples in the store)")
# Comments, strings and IRIs, blanked out before looking for the query form's keyword.
_NOT_KEYWORDS = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                           r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')
_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)


def query_form(sparql: str) -> str | None:
    """The form of a SPARQL query (``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"``, ``"DESCRIBE"``), or ``None``.

    Examples
    --------
    >>> query_form("PREFIX ask: <http://x/construct#> # select\\nselect ?s { ?s ask:p 'ASK' }")
    'SELECT'
    >>> query_form("CONSTRUCT WHERE { ?s ?p ?o }"), query_form("nonsense")
    ('CONSTRUCT', None)
    """
    match = _FORM.search(_NOT_KEYWORDS.sub(" ", sparql))
    return match.group(1).upper() if match else None


@dataclass(frozen=True)
class Endpoints:
    """The three URLs of a remote store and how it gives the union of graphs."""
    query: str
    update: str
    store: str
    union: str = "param"
    timeout: float = 300.0
    auth: tuple[str, str] | None = None


def parse_location(location: str) -> Endpoints:
    """The endpoints named by a ``sparql+http(s)://`` location (see the module docstring).

    Parameters
    ----------
    location : str

    Returns
    -------
    Endpoints

    Raises
    ------
    StoreError
        When *location* is not a valid remote location.

    Examples
    --------
    >>> e = parse_location("sparql+http://127.0.0.1:7878")
    >>> e.query, e.update, e.store, e.union
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store', 'param')
    >>> e = parse_location("sparql+http://h:8890/db?query=/sparql&store=data&union=native")
    >>> e.query, e.update, e.store, e.union
    ('http://h:8890/sparql', 'http://h:8890/db/update', 'http://h:8890/db/data', 'native')
    """
    if not is_remote(location):
        raise StoreError(f"not a remote store location: {location!r} (expected sparql+http://… or sparql+https://…)")
    parts = urlsplit(location.split("+", 1)[1])
    if not parts.hostname:
        raise StoreError(f"remote store location has no host: {location!r}")
    options = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    unknown = sorted(set(options) - {"query", "update", "store", "union", "timeout"})
    if unknown:
        raise StoreError(f"unknown option(s) {', '.join(unknown)} in remote store location "
                         f"(known: query, update, store, union, timeout)")
    union = options.get("union", "param")
    if union not in UNION_MODES:
        raise StoreError(f"union={union!r} in remote store location: expected one of {', '.join(UNION_MODES)}")
    try:
        timeout = float(options.get("timeout", 300))
    except ValueError:
        raise StoreError(f"timeout={options['timeout']!r} in remote store location is not a number") from None
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    root = urlunsplit((parts.scheme, netloc, "", "", ""))
    base = root + parts.path.rstrip("/")

    def endpoint(value: str) -> str:
        if value.startswith(("http://", "https://")):
            return value
        if value.startswith("/"):
            return root + value
        return f"{base}/{value}"

    auth = (parts.username or "", parts.password or "") if parts.username else None
    return Endpoints(endpoint(options.get("query") or "query"), endpoint(options.get("update") or "update"),
                     endpoint(options.get("store") or "store"), union, timeout, auth)


# ---------------------------------------------------------------------- query results

def _term(binding: dict):
    """An rdflib term from one SPARQL JSON results binding."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        # Labels are the server's own and need not be valid in N-Triples/N-Quads (Virtuoso's are
        # "nodeID://b10001"): keep only the characters every RDF syntax allows.
        return BNode(re.sub(r"[^A-Za-z0-9]", "", value) or "b")
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang") or binding.get("lang")  # "lang": Virtuoso 7 answering a CONSTRUCT in JSON
        if lang:
            return Literal(value, lang=lang)
        dt = binding.get("datatype")
        return Literal(value) if not dt or dt == str(XSD.string) else Literal(value, datatype=URIRef(dt))
    raise StoreError(f"unsupported term type {kind!r} in a SPARQL result")


def _one_line(text: str, limit: int = 200) -> str:
    return " ".join(str(text).split())[:limit]


class _Credentials(httpx.Auth):
    """HTTP authentication by whichever scheme the server asks for, Basic or Digest.

    The first request goes without credentials; the server's challenge picks the scheme, which
    is kept for the later requests. Digest is what Virtuoso's authenticated endpoints
    (``/sparql-auth``, ``/sparql-graph-crud-auth``) accept, and it never sends the password.
    """
    requires_request_body = True  # a challenged request is sent again, body and all

    def __init__(self, user: str, password: str):
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._scheme = None

    def auth_flow(self, request):
        if self._scheme is not None:
            yield from self._scheme.auth_flow(request)
            return
        response = yield request
        challenge = response.headers.get("www-authenticate", "").strip().lower()
        if response.status_code != 401 or not challenge.startswith(("basic", "digest")):
            return
        self._scheme = self._digest if challenge.startswith("digest") else self._basic
        yield from self._scheme.auth_flow(request)


# ---------------------------------------------------------------------- the store

class RemoteStore(StoreBase):
    """An epkg store on a SPARQL 1.1 server (see the module docstring for locations).

    Parameters
    ----------
    endpoints : Endpoints
    location : str
        The location it was opened from (shown in messages).
    read_only : bool
        Refuse every write.
    client : httpx.Client, optional
        A client to use (for tests); one is made otherwise.

    Examples
    --------
    Against an Oxigraph server started with ``oxigraph serve --bind 127.0.0.1:7878``::

        store = RemoteStore.open("sparql+http://127.0.0.1:7878")
        store.ask("ASK { epkg:State a owl:Class }")
    """

    def __init__(self, endpoints: Endpoints, location: str, read_only: bool = False, client=None):
        self.endpoints = endpoints
        self.location = location
        self.read_only = read_only
        auth = _Credentials(*endpoints.auth) if endpoints.auth else None
        self._client = client or httpx.Client(timeout=endpoints.timeout, auth=auth, headers={"User-Agent": "epkg"})

    # -------------------------------------------------------------- opening

    @classmethod
    def open(cls, location: str, *, read_only: bool = False, reference: bool = True) -> "RemoteStore":
        """Connect to the remote store *location*; load the reference graphs when writable.

        Raises :class:`StoreError` when the location is malformed or the server
        cannot be reached.
        """
        store = cls(parse_location(location), location, read_only)
        store.ask("ASK { }")  # fails early, with one line, when nothing answers there
        if reference and not read_only:
            store.ensure_reference()
        return store

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = None

    # -------------------------------------------------------------- HTTP

    def _request(self, method: str, url: str, what: str, **kwargs) -> httpx.Response:
        if self._client is None:
            raise StoreError(f"remote store {self.location} is closed")
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise StoreError(f"{what}: no answer from {url} within {self.endpoints.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {_one_line(exc) or type(exc).__name__}") \
                from None
        return response

    def _fail(self, response: httpx.Response, what: str, error=StoreError):
        body = _one_line(response.text) if response.content else ""
        raise error(f"{what} failed: HTTP {response.status_code} from {response.request.url.copy_with(query=None)}"
                    + (f": {body}" if body else ""))

    def _check_complete(self, response: httpx.Response, what: str) -> None:
        """Refuse an answer the server says is incomplete.

        Virtuoso answers 200 with a shortened result in two cases, told only in headers: a
        SELECT cut at ResultSetMaxRows (``X-SPARQL-MaxRows``), and an "anytime" query stopped at
        MaxQueryExecutionTime with partial results (``X-SQL-State: S1TAT``). Other servers do not
        send these headers.
        """
        if response.headers.get("x-sparql-maxrows"):
            raise StoreError(f"{what}: the answer was cut at {response.headers['x-sparql-maxrows']} rows: "
                             + _CAP_ADVICE)
        if response.headers.get("x-sql-state", "").upper() == "S1TAT":
            raise StoreError(f"{what}: the server ran out of time and sent a partial answer "
                             "(Virtuoso: raise MaxQueryExecutionTime in the [SPARQL] section of virtuoso.ini)")

    def _post_query(self, text: str, accept: str, what: str, union: bool = True) -> httpx.Response:
        """POST a query (the form-encoded SPARQL Protocol operation, which every server supports)."""
        response = self._request("POST", self.endpoints.query, what, params=self._params() if union else {},
                                 data={"query": text}, headers={"Accept": accept})
        if response.status_code == 400:
            self._fail(response, what, QueryError)
        if response.status_code >= 300:
            self._fail(response, what)
        self._check_complete(response, what)
        return response

    def _count(self, where: str) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(rows[0]["n"]) if rows else 0

    def _params(self) -> dict:
        return {"union-default-graph": ""} if self.endpoints.union == "param" else {}

    def _update(self, sparql: str, what: str = "SPARQL update") -> None:
        self._check_writable()
        response = self._request("POST", self.endpoints.update, what, data={"update": sparql})
        if response.status_code >= 300:
            self._fail(response, what)

    def _put(self, graph_iri, data: bytes, media_type: str) -> None:
        self._check_writable()
        what = f"writing graph <{graph_iri}>"
        response = self._request("PUT", self.endpoints.store, what, params={"graph": str(graph_iri)},
                                 content=data, headers={"Content-Type": media_type})
        if response.status_code >= 300:
            self._fail(response, what)

    # -------------------------------------------------------------- writing

    def put_graph(self, graph_iri, graph: Graph | str) -> None:
        """Replace the named graph *graph_iri* with *graph*, an rdflib graph or N-Triples text (one GSP PUT)."""
        body = graph.encode("utf-8") if isinstance(graph, str) else graph.serialize(format="nt", encoding="utf-8")
        self._put(URIRef(graph_iri), body, _NTRIPLES)

    def has_graph(self, graph_iri) -> bool:
        return self.ask(f"ASK {{ GRAPH {_sparql_term(URIRef(graph_iri))} {{ ?s ?p ?o }} }}")

    def _write_document(self, doc_iri: URIRef, graph: Graph | str, older: list[URIRef], about: str) -> None:
        # The graph goes in one PUT, so the server stores all of it or none; earlier versions are
        # dropped after it is in place (a failure in between leaves both, never neither).
        self.put_graph(doc_iri, graph)
        self._update("".join(f"DROP SILENT GRAPH {_sparql_term(i)};\n" for i in older)
                     + "".join(forget_update(i) for i in [*older, doc_iri])
                     + f"INSERT DATA {{ GRAPH {_sparql_term(GRAPH_META)} {{ {about} }} }}")

    def graph_lines(self, graph_iri, subjects=None) -> set[str]:
        """The statements of *graph_iri* as N-Triples lines (as :meth:`Store.graph_lines`)."""
        wanted = None if subjects is None else {URIRef(x) for x in subjects}
        return {triple_line((s, p, o)) for s, p, o, _ in self.quads([graph_iri]) if wanted is None or s in wanted}

    def patch_graph(self, graph_iri, remove, add) -> None:
        """Delete the triples *remove* from the named graph *graph_iri* (one update request), then
        append *add* (one Graph Store Protocol ``POST``), as :meth:`Store.patch_graph` does."""
        self._check_writable()
        update = patch_update(graph_iri, remove, [])
        if update:
            self._update(update)
        add = list(add)
        if add:
            # appended with the Graph Store Protocol, as documents are written: a server may store a
            # typed literal of an update in its own native type (Virtuoso: "2000"^^xsd:decimal as an integer)
            body = "".join(triple_line(t) + " .\n" for t in add).encode("utf-8")
            what = f"adding to graph <{graph_iri}>"
            response = self._request("POST", self.endpoints.store, what, params={"graph": str(graph_iri)},
                                     content=body, headers={"Content-Type": "application/n-triples"})
            if response.status_code >= 300:
                self._fail(response, what)

    def load_file(self, path: str | Path, graph_iri, fmt) -> None:
        """Send an RDF file as the named graph *graph_iri* (replacing it) in one ``PUT``.

        *fmt* is a media type (``"text/turtle"``) or an object with a ``media_type``
        attribute (a ``pyoxigraph.RdfFormat``).
        """
        media_type = getattr(fmt, "media_type", fmt)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
        self._put(URIRef(graph_iri), data, media_type)

    def flush(self) -> None:
        """Nothing to do: the server has stored each write when it answered."""

    # -------------------------------------------------------------- reading

    def answer(self, text: str):
        """Run the full query *text* over the union of all graphs (one SPARQL Protocol request).

        Returns
        -------
        SelectAnswer, GraphAnswer or bool
            For SELECT, CONSTRUCT/DESCRIBE and ASK; terms are rdflib terms.
        """
        what = "SPARQL query"
        form = query_form(text)
        accept = (_ACCEPT_GRAPH if form in ("CONSTRUCT", "DESCRIBE") else
                  _ACCEPT_RESULTS if form in ("SELECT", "ASK") else _ACCEPT_ANY)
        response = self._post_query(text, accept, what)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media in (_RESULTS_JSON, "application/json"):
            data = json.loads(response.content)
            if "boolean" in data:
                return bool(data["boolean"])
            names = data.get("head", {}).get("vars", [])
            rows = [tuple(_term(b[n]) if n in b else None for n in names)
                    for b in data.get("results", {}).get("bindings", [])]
            return SelectAnswer(names, rows)
        if media in _RDF_MEDIA:
            g = Graph()
            g.parse(data=response.content, format=_RDF_MEDIA[media])
            return GraphAnswer(list(g))
        raise StoreError(f"{what}: the server answered with unsupported media type {media or 'none'!r}")

    def quads(self, graphs: Iterable | None = None) -> Iterator[tuple]:
        """All quads ``(s, p, o, graph)`` of the named graphs as rdflib terms, optionally only from *graphs*."""
        if graphs is None:
            # No union parameter here: GRAPH ?g ranges over the named graphs on every server.
            text = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}"
            response = self._post_query(text, _ACCEPT_RESULTS, "reading quads", union=False)
            bindings = json.loads(response.content)["results"]["bindings"]
            if len(bindings) >= _VERIFY_ABOVE:
                expected = len(self)
                if len(bindings) < expected:
                    raise StoreError(f"reading quads: the server sent {len(bindings)} of {expected} quads: "
                                     + _CAP_ADVICE)
            for b in bindings:
                yield _term(b["s"]), _term(b["p"]), _term(b["o"]), _term(b["g"])
            return
        for name in graphs:
            name = URIRef(name)
            for s, p, o in self.graph(name):
                yield s, p, o, name

    def graph_names(self) -> list[URIRef]:
        """epkg's named graphs (those under ``epid:``; a server's other graphs are left out)."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}")
        return sorted(r["g"] for r in rows if isinstance(r.get("g"), URIRef))

    def graph(self, graph_iri) -> Graph:
        """One named graph as an rdflib Graph (one Graph Store Protocol ``GET``)."""
        g = Graph(identifier=URIRef(graph_iri))
        bind_prefixes(g)
        what = f"reading graph <{graph_iri}>"
        response = self._request("GET", self.endpoints.store, what, params={"graph": str(graph_iri)},
                                 headers={"Accept": f"{_NTRIPLES}, text/turtle;q=0.8"})
        if response.status_code == 404:
            return g
        if response.status_code >= 300:
            self._fail(response, what)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        g.parse(data=response.content, format=_RDF_MEDIA.get(media, "nt"))
        if len(g) >= _VERIFY_ABOVE:
            expected = self._count(f"GRAPH {_sparql_term(URIRef(graph_iri))} {{ ?s ?p ?o }}")
            if len(g) < expected:
                raise StoreError(f"{what}: the server sent {len(g)} of {expected} triples: {_CAP_ADVICE}")
        return g

    def dump(self, output, fmt, graphs: Iterable | None = None) -> None:
        """Serialize to *output* (a path or a binary file) as *fmt* (media type or ``pyoxigraph.RdfFormat``)."""
        media_type = getattr(fmt, "media_type", fmt)
        if media_type not in _DUMP_FORMATS:
            raise StoreError(f"cannot dump a remote store as {media_type}")
        data = self.dataset(graphs).serialize(format=_DUMP_FORMATS[media_type], encoding="utf-8")
        if isinstance(output, (str, Path)):
            Path(output).write_bytes(data)
        else:
            output.write(data)

    def __len__(self) -> int:
        return self._count(f"GRAPH ?g {{ ?s ?p ?o }} {_OURS}")
