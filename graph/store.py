"""The store: the only module that talks to pyoxigraph.

A :class:`Store` holds one named graph per document (named by the document
IRI), plus the ontology and the gazetteer in their own named graphs. SPARQL runs
over the union of all graphs. A document's graph is written in one SPARQL update
or one load (one transaction each): it is stored whole, replacing any earlier version
of the same document, or not at all.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from epkg.graph.errors import EpkgError
from epkg.graph.ntriples import in_graph, to_ntriples
from epkg.graph.query_guard import is_safe_iri
from epkg.ontology.namespaces import (EPID, EPKG, GRAPH_GAZETTEER, GRAPH_ONTOLOGY, REFERENCE_GRAPHS,
                                      bind_prefixes, sparql_prologue)

ENV_STORE = "EPKG_STORE"
GRAPH_META = EPID["graph/meta"]


class StoreError(EpkgError):
    """A store cannot be opened or written; the message is one readable line."""


class StoreBusy(StoreError):
    """Another process holds the store for writing."""


def default_location() -> Path:
    """``$EPKG_STORE``, else ``$XDG_DATA_HOME/epkg/store`` (``~/.local/share/epkg/store``)."""
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "epkg" / "store"


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def check_location(location) -> None:
    """Refuse a store location that looks like a URL but names no remote store we speak to.

    Without this, ``--store http://host/sparql`` silently made a folder called ``http:``.

    Parameters
    ----------
    location : str, Path or None

    Returns
    -------
    None

    Raises
    ------
    StoreError
        Saying what to write instead.

    Examples
    --------
    >>> try:
    ...     check_location("http://127.0.0.1:7878/")
    ... except StoreError as exc:
    ...     print(exc)
    --store 'http://127.0.0.1:7878/' looks like a URL, not a folder: for a SPARQL server write sparql+http://127.0.0.1:7878/
    """
    from epkg.graph.remote import is_remote

    if isinstance(location, str) and _URL.match(location) and not is_remote(location):
        scheme = location.split("://", 1)[0].lower()
        hint = (f"sparql+{location}" if scheme in ("http", "https")
                else "sparql+http://HOST:PORT/… for a SPARQL server, or a folder path")
        raise StoreError(f"--store {location!r} looks like a URL, not a folder: for a SPARQL server write {hint}")


def open_store(location: str | Path | None = None, *, read_only: bool = False, reference: bool = True):
    """Open the store at *location*: a :class:`~epkg.graph.remote.RemoteStore` for a
    ``sparql+http(s)://…`` location, else the embedded :class:`Store` in that folder.

    Parameters
    ----------
    location : str or Path, optional
        A folder, a remote location, or ``None`` for :func:`default_location`.
    read_only : bool
        Refuse writes (and open beside a writer, for a folder).
    reference : bool
        Load the ontology and gazetteer graphs when missing (writable stores only).

    Returns
    -------
    Store or RemoteStore

    Examples
    --------
    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp(), reference=False) as store:
    ...     len(store)
    0
    """
    from epkg.graph.remote import RemoteStore, is_remote

    if location is None and is_remote(os.environ.get(ENV_STORE)):
        location = os.environ[ENV_STORE]
    check_location(str(location) if location is not None else os.environ.get(ENV_STORE))
    if is_remote(str(location) if location is not None else None):
        return RemoteStore.open(str(location), read_only=read_only, reference=reference)
    return Store.open(location, read_only=read_only, reference=reference)


# ------------------------------------------------------------------ term conversion

# The same IRIs and literals come back in row after row: rdflib checks each IRI it makes, which
# costs more than looking the term up.
@functools.lru_cache(maxsize=1 << 18)
def _uri(value: str) -> URIRef:
    return URIRef(value)


@functools.lru_cache(maxsize=1 << 16)
def _literal(value: str, language: str | None, datatype: str) -> Literal:
    if language:
        return Literal(value, lang=language)
    return Literal(value) if datatype == _XSD_STRING else Literal(value, datatype=_uri(datatype))


_XSD_STRING = str(XSD.string)


def to_rdflib(term):
    """A pyoxigraph term as the equal rdflib term (``None`` stays ``None``)."""
    kind = type(term)  # exact types first: isinstance against rdflib's classes is slow, and this runs per term
    if kind is ox.NamedNode:
        return _uri(term.value)
    if kind is ox.Literal:
        return _literal(term.value, term.language, term.datatype.value)
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode, Literal)):  # results of a RemoteStore are rdflib terms already
        return term
    if isinstance(term, ox.NamedNode):
        return _uri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.language, term.datatype.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph(term):
    """An rdflib term as the equal pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def _nt(graph: Graph | str) -> str:
    """N-Triples of *graph*; a string is taken to be N-Triples already."""
    return graph if isinstance(graph, str) else to_ntriples(graph)


def _forget(doc_iri) -> str:
    """The update that drops what the meta graph keeps about a document (ingestion time, signature)."""
    meta, doc = to_oxigraph(GRAPH_META), to_oxigraph(URIRef(doc_iri))
    return "".join(f"DELETE WHERE {{ GRAPH {meta} {{ {doc} {to_oxigraph(p)} ?t }} }};\n"
                   for p in (EPKG.ingested, EPKG.textSignature))


def triple_line(triple) -> str:
    """A triple as one N-Triples statement without its final " ." (a string is taken to be one already).

    Examples
    --------
    >>> triple_line((EPID["a"], EPKG.b, Literal("c")))
    '<https://w3id.org/epkg/id/a> <https://w3id.org/epkg/ontology#b> "c"'
    """
    if isinstance(triple, str):
        return triple
    return " ".join([_term_text(t) for t in triple])


@functools.lru_cache(maxsize=65536)
def _term_text(term) -> str:
    """A term in N-Triples (cached: a refresh writes the same predicates, documents and values many times)."""
    return str(to_oxigraph(term))


def patch_update(graph_iri, remove: Iterable, add: Iterable) -> str:
    """A SPARQL update that deletes the triples *remove* from, and inserts *add* into, *graph_iri*
    (each a tuple of rdflib terms or a :func:`triple_line`).

    Examples
    --------
    >>> print(patch_update(EPID["g"], [], [(EPID["a"], EPKG.b, Literal(1))]))
    INSERT DATA { GRAPH <https://w3id.org/epkg/id/g> {
    <https://w3id.org/epkg/id/a> <https://w3id.org/epkg/ontology#b> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
    } }
    >>> patch_update(EPID["g"], [], [])
    ''
    """
    g = to_oxigraph(URIRef(graph_iri))
    parts = []
    for verb, triples in (("DELETE", remove), ("INSERT", add)):
        body = "\n".join(triple_line(triple) + " ." for triple in triples)
        if body:
            parts.append(f"{verb} DATA {{ GRAPH {g} {{\n{body}\n}} }}")
    return ";\n".join(parts)


class Store:
    """An epkg store over pyoxigraph, on disk or in memory.

    Examples
    --------
    >>> store = Store.memory()
    >>> store.ask("ASK { epkg:State a owl:Class }")
    True
    """

    def __init__(self, backend: ox.Store, location: Path | None = None, read_only: bool = False):
        self._ox = backend
        self.location = location
        self.read_only = read_only
        self._lock = threading.Lock()

    # -------------------------------------------------------------- opening

    @classmethod
    def open(cls, location: str | Path | None = None, *, read_only: bool = False,
             reference: bool = True) -> "Store":
        """Open (creating if needed) the store folder *location* (default: :func:`default_location`).

        ``read_only`` opens beside a writer. Raises :class:`StoreBusy` when another
        process holds the folder for writing, :class:`StoreError` on other failures.
        """
        path = Path(location).expanduser() if location else default_location()
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"no store at {path}")
                backend = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                backend = ox.Store(str(path))
        except OSError as exc:
            text = " ".join(str(exc).split())
            if "LOCK" in text or "lock" in text:
                raise StoreBusy(f"store {path} is busy: another epkg process is writing to it "
                                f"(open it read-only, or wait)") from None
            raise StoreError(f"cannot open store {path}: {text[:200]}") from None
        store = cls(backend, path, read_only)
        if reference and not read_only:
            store.ensure_reference()
        return store

    @classmethod
    def memory(cls, *, reference: bool = True) -> "Store":
        """A fresh in-memory store (for tests and one-off runs)."""
        store = cls(ox.Store(), None, False)
        if reference:
            store.ensure_reference()
        return store

    def close(self) -> None:
        if not self.read_only:
            try:
                self._ox.flush()
            except OSError:
                pass
        self._ox = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

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
        for q in self._ox.quads_for_pattern(to_oxigraph(URIRef(graph_iri)), to_oxigraph(EPKG.version),
                                            None, to_oxigraph(GRAPH_META)):
            return q.object.value
        return None

    def _set_meta(self, graph_iri, value: str) -> None:
        s, p, g = (to_oxigraph(URIRef(graph_iri)), to_oxigraph(EPKG.version), to_oxigraph(GRAPH_META))
        self._ox.update(f"DELETE WHERE {{ GRAPH {g} {{ {s} {p} ?v }} }};"
                        f"INSERT DATA {{ GRAPH {g} {{ {s} {p} {to_oxigraph(Literal(value))} }} }}")

    # -------------------------------------------------------------- writing

    def _check_writable(self):
        if self.read_only:
            raise StoreError("store is open read-only")

    def put_graph(self, graph_iri, graph: Graph) -> None:
        """Replace the named graph *graph_iri* with *graph*, in one transaction."""
        self._check_writable()
        g = to_oxigraph(URIRef(graph_iri))
        with self._lock:
            self._ox.update(f"DROP SILENT GRAPH {g};\nINSERT DATA {{ GRAPH {g} {{\n{_nt(graph)}\n}} }}")

    def document_iris(self, identifier: str) -> list[URIRef]:
        """The stored documents whose ``dcterms:identifier`` is *identifier*."""
        rows = self._ox.quads_for_pattern(None, to_oxigraph(DCTERMS.identifier), ox.Literal(identifier), None)
        return sorted({to_rdflib(q.subject) for q in rows
                       if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject})

    def add_document(self, doc_iri, identifier: str, graph: Graph | str, signature: str | None = None) -> str:
        """Store one document's graph whole, replacing earlier versions with the same identifier.

        *graph* is an rdflib graph or its N-Triples text (as ingest workers send it);
        *signature* the text's MinHash signature (see ``epkg.graph.consolidate``), kept
        in the meta graph beside the ingestion time.

        Returns ``"unchanged"`` (the same text is already stored: nothing written),
        ``"replaced"`` (an earlier version was dropped) or ``"new"``.
        """
        self._check_writable()
        doc_iri = URIRef(doc_iri)
        earlier = self.document_iris(identifier)
        if doc_iri in earlier and self._ox.contains_named_graph(to_oxigraph(doc_iri)):
            return "unchanged"
        g = to_oxigraph(doc_iri)
        # When it was ingested (for `epkg new`), kept beside the document in the meta graph.
        meta, when = to_oxigraph(GRAPH_META), to_oxigraph(EPKG.ingested)
        drops = "".join(f"DROP SILENT GRAPH {to_oxigraph(old)};\n" + _forget(old) for old in earlier)
        stamp = to_oxigraph(Literal(datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime))
        about = f"{g} {when} {stamp} {meta} .\n"
        if signature:
            about += f"{g} {to_oxigraph(EPKG.textSignature)} {to_oxigraph(Literal(signature))} {meta} .\n"
        if not earlier and not self._ox.contains_named_graph(g):
            # The common case, a new document: its quads and its stamp in one load, which Oxigraph
            # applies as one transaction (and parses far faster than the same data in an update).
            quads = in_graph(_nt(graph), str(doc_iri)) + about
            with self._lock:
                self._ox.load(quads, format=ox.RdfFormat.N_QUADS)
            return "new"
        about = about.replace(f" {meta} .", " .")
        with self._lock:
            self._ox.update(f"{drops}DROP SILENT GRAPH {g};\nINSERT DATA {{ GRAPH {g} {{\n{_nt(graph)}\n}} }};\n"
                            f"{_forget(doc_iri)}INSERT DATA {{ GRAPH {meta} {{ {about} }} }}")
        return "replaced" if earlier else "new"

    def remove_document(self, ref: str) -> list[URIRef]:
        """Remove the document(s) named by *ref* (its IRI, ``doc/…`` key or identifier).

        Returns the IRIs removed (empty when nothing matched).
        """
        self._check_writable()
        candidates = set(self.document_iris(ref))
        for iri in (URIRef(ref), EPID[ref], EPID[f"doc/{ref}"]):
            # An identifier can be any text ("file with spaces.txt"): only a well-formed IRI is looked up as one.
            if not is_safe_iri(str(iri)):
                continue
            if str(iri).startswith(str(EPID) + "doc/") and self._ox.contains_named_graph(to_oxigraph(iri)):
                candidates.add(iri)
        if candidates:
            with self._lock:
                self._ox.update("".join(f"DROP SILENT GRAPH {to_oxigraph(i)};\n" + _forget(i)
                                        for i in sorted(candidates)))
        return sorted(candidates)

    def patch_graph(self, graph_iri, remove: Iterable, add: Iterable) -> None:
        """Delete the triples *remove* from the named graph *graph_iri*, then insert *add*
        (how the consolidated graph is kept up to date); each a tuple of rdflib terms or a
        :func:`triple_line`."""
        self._check_writable()
        remove, add = list(remove), list(add)
        with self._lock:
            if remove:
                self._ox.update(patch_update(graph_iri, remove, []))
            if add:
                # a load parses N-Triples several times faster than the same data in an update;
                # between the two transactions the graph lacks only what is added (and it can
                # always be computed again from the document graphs)
                body = "".join(triple_line(triple) + " .\n" for triple in add)
                self._ox.load(body, format=ox.RdfFormat.N_TRIPLES, to_graph=to_oxigraph(URIRef(graph_iri)))

    def graph_lines(self, graph_iri, subjects=None) -> set[str]:
        """The statements of the named graph *graph_iri* as :func:`triple_line` strings, optionally
        only those about *subjects* (compared as strings: faster than making rdflib terms)."""
        graph = to_oxigraph(URIRef(graph_iri))
        if subjects is None:
            quads = self._ox.quads_for_pattern(None, None, None, graph)
        else:  # looked up subject by subject: a refresh touches a few of the graph's subjects
            quads = (q for x in set(subjects) for q in self._ox.quads_for_pattern(to_oxigraph(URIRef(x)), None, None, graph))
        return {f"{q.subject} {q.predicate} {q.object}" for q in quads}

    def load_file(self, path: str | Path, graph_iri, fmt: ox.RdfFormat) -> None:
        """Bulk-load an RDF file into the named graph *graph_iri* (replacing it), in one transaction."""
        self._check_writable()
        g = to_oxigraph(URIRef(graph_iri))
        data = Path(path).read_bytes()
        with self._lock:
            self._ox.update(f"DROP SILENT GRAPH {g}")
            self._ox.load(data, format=fmt, to_graph=g)

    def bulk_load_file(self, path: str | Path, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        """Load a big RDF file (N-Quads by default) without transactions, for benchmarks and restores.

        Much faster than :meth:`load_file` on millions of quads, but not atomic:
        a failure part way leaves part of the file loaded. Quads keep their graph.
        """
        self._check_writable()
        with self._lock:
            self._ox.bulk_load(path=str(path), format=fmt)

    def flush(self) -> None:
        if not self.read_only:
            self._ox.flush()

    # -------------------------------------------------------------- reading

    def query(self, sparql: str, *, prefixes: bool = True):
        """Run a SPARQL query over the union of all graphs; the raw pyoxigraph result.

        Callers that expose SPARQL to users must refuse ``SERVICE`` and updates
        before calling this (see ``epkg.graph.sparql``).
        """
        text = (sparql_prologue() + sparql) if prefixes else sparql
        return self._ox.query(text, use_default_graph_as_union=True)

    def select(self, sparql: str) -> list[dict]:
        """Rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        result = self.query(sparql)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for name in names:
                value = solution[name]
                if value is not None:
                    row[name] = to_rdflib(value)
            rows.append(row)
        return rows

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql))

    def construct(self, sparql: str) -> Graph:
        g = Graph()
        bind_prefixes(g)
        for t in self.query(sparql):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g

    def quads(self, graphs: Iterable | None = None) -> Iterator[tuple]:
        """All quads ``(s, p, o, graph)`` as rdflib terms, optionally only from *graphs*."""
        if graphs is None:
            for q in self._ox:
                yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)
            return
        for name in graphs:
            for q in self._ox.quads_for_pattern(None, None, None, to_oxigraph(URIRef(name))):
                yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), URIRef(name)

    def graph_names(self) -> list[URIRef]:
        return sorted(to_rdflib(g) for g in self._ox.named_graphs())

    def document_graphs(self) -> list[URIRef]:
        """Named graphs that hold documents (their IRI is under ``epid:doc/``)."""
        prefix = str(EPID) + "doc/"
        return [g for g in self.graph_names() if str(g).startswith(prefix)]

    def graph(self, graph_iri) -> Graph:
        """One named graph as an rdflib Graph."""
        g = Graph(identifier=URIRef(graph_iri))
        bind_prefixes(g)
        for s, p, o, _ in self.quads([graph_iri]):
            g.add((s, p, o))
        return g

    def dataset(self, graphs: Iterable | None = None) -> Dataset:
        """The store (or some of its named graphs) as an rdflib Dataset."""
        ds = Dataset()
        bind_prefixes(ds)
        for s, p, o, g in self.quads(graphs):
            ds.add((s, p, o, g if g is not None else ds.default_context.identifier))
        return ds

    def dump(self, output, fmt: ox.RdfFormat, graphs: Iterable | None = None) -> None:
        """Serialize with Oxigraph's own writer (fast path for N-Quads/TriG)."""
        if graphs is None:
            self._ox.dump(output, fmt)
        else:
            quads = [q for name in graphs
                     for q in self._ox.quads_for_pattern(None, None, None, to_oxigraph(URIRef(name)))]
            ox.serialize(quads, output, fmt)

    def __len__(self) -> int:
        return len(self._ox)

    def fingerprint(self) -> str:
        """A hash of the document graphs' names: changes whenever a document is added or removed."""
        return hashlib.sha256("\n".join(map(str, self.document_graphs())).encode()).hexdigest()[:16]
