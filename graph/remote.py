"""A store held by a remote SPARQL 1.1 server, spoken to over HTTP.

:class:`RemoteStore` has the public methods of :class:`epkg.graph.store.Store`,
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

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from epkg.graph.errors import QueryError
from epkg.graph.query_guard import is_safe_iri
from epkg.graph.store import GRAPH_META, StoreError
from epkg.ontology.namespaces import (EPID, EPKG, GRAPH_GAZETTEER, GRAPH_ONTOLOGY, bind_prefixes,
                                      sparql_prologue)

SCHEMES = ("sparql+http", "sparql+https")
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


def is_remote(location) -> bool:
    """Whether *location* names a remote SPARQL store (``sparql+http(s)://…``).

    Examples
    --------
    >>> is_remote("sparql+http://127.0.0.1:7878"), is_remote("/var/lib/epkg")
    (True, False)
    """
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES


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

class Variable(NamedTuple):
    """A result variable, named like pyoxigraph's (``.value``)."""
    value: str


class Triple(NamedTuple):
    """A CONSTRUCT result triple of rdflib terms, with pyoxigraph's attribute names."""
    subject: object
    predicate: object
    object: object


class Solution:
    """One row of a SELECT result: ``solution["name"]`` is an rdflib term or ``None``."""

    __slots__ = ("_values",)

    def __init__(self, values: dict):
        self._values = values

    def __getitem__(self, name):
        return self._values.get(name.value if isinstance(name, Variable) else name)

    def __repr__(self):
        return f"Solution({self._values!r})"


class Solutions:
    """The answer to a SELECT query: ``.variables`` and an iterable of :class:`Solution`."""

    def __init__(self, variables: list[str], rows: list[dict]):
        self.variables = [Variable(v) for v in variables]
        self._rows = rows

    def __iter__(self) -> Iterator[Solution]:
        return (Solution(r) for r in self._rows)

    def __len__(self) -> int:
        return len(self._rows)


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


def _sparql_term(term) -> str:
    """A term in SPARQL/N-Triples syntax."""
    return (term if isinstance(term, (URIRef, Literal, BNode)) else URIRef(term)).n3()


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

class RemoteStore:
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

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

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

    # -------------------------------------------------------------- reference data

    def ensure_reference(self) -> None:
        """Load the ontology and the gazetteer into their named graphs when missing or outdated."""
        from epkg.ontology import reference  # deferred: building the gazetteer graph costs time

        for graph_iri, build in ((GRAPH_ONTOLOGY, reference.ontology_graph),
                                 (GRAPH_GAZETTEER, reference.gazetteer_graph)):
            version = reference.version(graph_iri)
            if self._meta(graph_iri) == version:
                continue
            self.put_graph(graph_iri, build())
            self._set_meta(graph_iri, version)

    def _meta(self, graph_iri) -> str | None:
        rows = self.select(f"SELECT ?v WHERE {{ GRAPH {_sparql_term(GRAPH_META)} "
                           f"{{ {_sparql_term(URIRef(graph_iri))} {_sparql_term(EPKG.version)} ?v }} }}")
        return str(rows[0]["v"]) if rows else None

    def _set_meta(self, graph_iri, value: str) -> None:
        s, p, g = _sparql_term(URIRef(graph_iri)), _sparql_term(EPKG.version), _sparql_term(GRAPH_META)
        self._update(f"DELETE WHERE {{ GRAPH {g} {{ {s} {p} ?v }} }};\n"
                     f"INSERT DATA {{ GRAPH {g} {{ {s} {p} {_sparql_term(Literal(value))} }} }}")

    # -------------------------------------------------------------- writing

    def _check_writable(self):
        if self.read_only:
            raise StoreError("store is open read-only")

    def put_graph(self, graph_iri, graph: Graph | str) -> None:
        """Replace the named graph *graph_iri* with *graph*, an rdflib graph or N-Triples text (one GSP PUT)."""
        body = graph.encode("utf-8") if isinstance(graph, str) else graph.serialize(format="nt", encoding="utf-8")
        self._put(URIRef(graph_iri), body, _NTRIPLES)

    def document_iris(self, identifier: str) -> list[URIRef]:
        """The stored documents whose ``dcterms:identifier`` is *identifier*."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g {_sparql_term(DCTERMS.identifier)} "
                           f"{_sparql_term(Literal(identifier))} }} }}")
        return sorted({r["g"] for r in rows if isinstance(r.get("g"), URIRef)})

    def _has_graph(self, graph_iri) -> bool:
        return self.ask(f"ASK {{ GRAPH {_sparql_term(URIRef(graph_iri))} {{ ?s ?p ?o }} }}")

    def add_document(self, doc_iri, identifier: str, graph: Graph | str, signature: str | None = None) -> str:
        """Store one document's graph whole, replacing earlier versions with the same identifier.

        *graph* is an rdflib graph or its N-Triples text. The graph is sent in one ``PUT``, so the server stores all of it or none;
        earlier versions are dropped after it is in place (a failure in between
        leaves both, never neither).

        Returns ``"unchanged"``, ``"replaced"`` or ``"new"``, as :meth:`Store.add_document`.
        """
        self._check_writable()
        doc_iri = URIRef(doc_iri)
        earlier = self.document_iris(identifier)
        if doc_iri in earlier and self._has_graph(doc_iri):
            return "unchanged"
        self.put_graph(doc_iri, graph)
        older = [i for i in earlier if i != doc_iri]
        # When it was ingested (for `epkg new`), kept beside the document in the meta graph, as Store does.
        meta, when = _sparql_term(GRAPH_META), _sparql_term(EPKG.ingested)
        stamp = _sparql_term(Literal(datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime))
        about = f"{_sparql_term(doc_iri)} {when} {stamp} ."
        if signature:
            about += f" {_sparql_term(doc_iri)} {_sparql_term(EPKG.textSignature)} {_sparql_term(Literal(signature))} ."
        self._update("".join(f"DROP SILENT GRAPH {_sparql_term(i)};\n" for i in older)
                     + "".join(f"DELETE WHERE {{ GRAPH {meta} {{ {_sparql_term(i)} {_sparql_term(p)} ?t }} }};\n"
                               for i in [*older, doc_iri] for p in (EPKG.ingested, EPKG.textSignature))
                     + f"INSERT DATA {{ GRAPH {meta} {{ {about} }} }}")
        return "replaced" if earlier else "new"

    def remove_document(self, ref: str) -> list[URIRef]:
        """Remove the document(s) named by *ref* (its IRI, ``doc/…`` key or identifier)."""
        self._check_writable()
        candidates = set(self.document_iris(ref))
        for iri in (URIRef(ref), EPID[ref], EPID[f"doc/{ref}"]):
            # An identifier can be any text ("file with spaces.txt"): only a well-formed IRI is looked up as one.
            if not is_safe_iri(str(iri)):
                continue
            if str(iri).startswith(str(EPID) + "doc/") and iri not in candidates and self._has_graph(iri):
                candidates.add(iri)
        if candidates:
            meta = _sparql_term(GRAPH_META)
            self._update("".join(f"DROP SILENT GRAPH {_sparql_term(i)};\n"
                                 + "".join(f"DELETE WHERE {{ GRAPH {meta} {{ {_sparql_term(i)} {_sparql_term(p)} ?t }} }};\n"
                                           for p in (EPKG.ingested, EPKG.textSignature))
                                 for i in sorted(candidates)))
        return sorted(candidates)

    def graph_lines(self, graph_iri, subjects=None) -> set[str]:
        """The statements of *graph_iri* as N-Triples lines (as :meth:`Store.graph_lines`)."""
        from epkg.graph.store import triple_line

        wanted = None if subjects is None else {URIRef(x) for x in subjects}
        return {triple_line((s, p, o)) for s, p, o, _ in self.quads([graph_iri]) if wanted is None or s in wanted}

    def patch_graph(self, graph_iri, remove, add) -> None:
        """Delete the triples *remove* from the named graph *graph_iri* (one update request), then
        append *add* (one Graph Store Protocol ``POST``), as :meth:`Store.patch_graph` does."""
        from epkg.graph.store import patch_update

        from epkg.graph.store import triple_line

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

    def query(self, sparql: str, *, prefixes: bool = True):
        """Run a query over the union of all graphs.

        Returns
        -------
        Solutions, bool or list of Triple
            For SELECT, ASK and CONSTRUCT/DESCRIBE; terms are rdflib terms, reached
            with the same attribute names as pyoxigraph's results.
        """
        text = (sparql_prologue() + sparql) if prefixes else sparql
        what = "SPARQL query"
        form = query_form(sparql)
        accept = (_ACCEPT_GRAPH if form in ("CONSTRUCT", "DESCRIBE") else
                  _ACCEPT_RESULTS if form in ("SELECT", "ASK") else _ACCEPT_ANY)
        response = self._post_query(text, accept, what)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media in (_RESULTS_JSON, "application/json"):
            data = json.loads(response.content)
            if "boolean" in data:
                return bool(data["boolean"])
            names = data.get("head", {}).get("vars", [])
            rows = [{k: _term(v) for k, v in b.items()} for b in data.get("results", {}).get("bindings", [])]
            return Solutions(names, rows)
        if media in _RDF_MEDIA:
            g = Graph()
            g.parse(data=response.content, format=_RDF_MEDIA[media])
            return [Triple(s, p, o) for s, p, o in g]
        raise StoreError(f"{what}: the server answered with unsupported media type {media or 'none'!r}")

    def select(self, sparql: str) -> list[dict]:
        """Rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        result = self.query(sparql)
        if not isinstance(result, Solutions):
            raise QueryError("not a SELECT query")
        return [dict(row) for row in result._rows]

    def ask(self, sparql: str) -> bool:
        result = self.query(sparql)
        if not isinstance(result, bool):
            raise QueryError("not an ASK query")
        return result

    def construct(self, sparql: str) -> Graph:
        result = self.query(sparql)
        if not isinstance(result, list):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        g = Graph()
        bind_prefixes(g)
        for t in result:
            g.add(tuple(t))
        return g

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

    def document_graphs(self) -> list[URIRef]:
        """Named graphs that hold documents (their IRI is under ``epid:doc/``)."""
        prefix = str(EPID) + "doc/"
        return [g for g in self.graph_names() if str(g).startswith(prefix)]

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

    def dataset(self, graphs: Iterable | None = None) -> Dataset:
        """The store (or some of its named graphs) as an rdflib Dataset."""
        ds = Dataset()
        bind_prefixes(ds)
        for s, p, o, g in self.quads(graphs):
            ds.add((s, p, o, g))
        return ds

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

    def fingerprint(self) -> str:
        """A hash of the document graphs' names: changes whenever a document is added or removed."""
        return hashlib.sha256("\n".join(map(str, self.document_graphs())).encode()).hexdigest()[:16]
