"""The store contract: what every epkg store offers, and the behaviour written once for all of them.

A store keeps one named graph per document (named by the document IRI), the
reference data (ontology, gazetteer) in graphs of their own, and what it knows
about each document (when it was ingested, its text's signature) in the meta graph.
:class:`StoreBase` holds everything that follows from that layout: loading the
reference data, storing and removing documents, SELECT/ASK/CONSTRUCT over
:meth:`StoreBase.answer`, the dataset view and the fingerprint. A backend
(:class:`epkg.graph.storage.embedded.Store` over pyoxigraph,
:class:`epkg.graph.storage.remote.RemoteStore` over the SPARQL 1.1 protocols)
supplies the primitives marked abstract.

Answers to queries are declared here (:class:`SelectAnswer`, :class:`GraphAnswer`,
``bool`` for ASK), with rdflib terms in them, so that readers (``epkg.graph.query``)
treat every backend alike.
"""
from __future__ import annotations

import abc
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Iterator, Union

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, XSD

from epkg.graph.errors import EpkgError, QueryError
from epkg.graph.query_guard import is_safe_iri
from epkg.graph.storage.terms import sparql_term
from epkg.ontology.namespaces import (EPID, EPKG, GRAPH_GAZETTEER, GRAPH_META, GRAPH_ONTOLOGY, bind_prefixes,  # noqa: F401
                                      sparql_prologue)

_DOCUMENT_PREFIX = str(EPID) + "doc/"
# What the meta graph keeps about a document, forgotten with it.
_ABOUT_DOCUMENT = (EPKG.ingested, EPKG.textSignature, EPKG.documentRow, EPKG.bareTies)


class StoreError(EpkgError):
    """A store cannot be opened or written; the message is one readable line."""


class StoreBusy(StoreError):
    """Another process holds the store for writing."""


@dataclass
class SelectAnswer:
    """The answer to a SELECT query.

    ``variables`` are the projected names; ``rows`` yields one tuple per solution,
    aligned with them (rdflib terms, ``None`` where unbound). ``rows`` may be a lazy
    iterator that reads from the engine as it goes: iterate it once.
    """
    variables: list[str]
    rows: Iterable[tuple]

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.rows)


@dataclass
class GraphAnswer:
    """The answer to a CONSTRUCT or DESCRIBE query: ``triples`` yields ``(s, p, o)`` of rdflib terms."""
    triples: Iterable[tuple]

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.triples)


Answer = Union[SelectAnswer, GraphAnswer, bool]


def forget_update(doc_iri) -> str:
    """The SPARQL update that drops what the meta graph keeps about a document.

    Examples
    --------
    >>> forget_update(EPID["doc/x"]).count("DELETE WHERE")
    4
    """
    meta, doc = sparql_term(GRAPH_META), sparql_term(URIRef(doc_iri))
    return "".join(f"DELETE WHERE {{ GRAPH {meta} {{ {doc} {sparql_term(p)} ?t }} }};\n" for p in _ABOUT_DOCUMENT)


def about_document(doc_iri, signature: str | None = None, row: str | None = None, bare: int | None = None) -> str:
    """N-Triples statements for the meta graph: when *doc_iri* was ingested, its text's signature,
    its listing row (``epkg.graph.listings.document_row``) and how many ties it states without a
    relation node (``epkg.graph.listings.bare_ties``).

    Examples
    --------
    >>> about_document(EPID["doc/x"], "s1").count(" .\\n")
    2
    """
    doc = sparql_term(URIRef(doc_iri))
    stamp = Literal(datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    lines = f"{doc} {sparql_term(EPKG.ingested)} {sparql_term(stamp)} .\n"
    if signature:
        lines += f"{doc} {sparql_term(EPKG.textSignature)} {sparql_term(Literal(signature))} .\n"
    if row:
        lines += f"{doc} {sparql_term(EPKG.documentRow)} {sparql_term(Literal(row))} .\n"
    if bare is not None:
        lines += f"{doc} {sparql_term(EPKG.bareTies)} {sparql_term(Literal(bare))} .\n"
    return lines


class StoreBase(abc.ABC):
    """What every epkg store does; subclasses supply the primitives marked abstract.

    Attributes
    ----------
    location : Path, str or None
        Where the store is (a folder, a remote location, None in memory).
    read_only : bool
        Whether writes are refused.
    """

    location = None
    read_only: bool = False

    # -------------------------------------------------------------- primitives

    @abc.abstractmethod
    def answer(self, text: str) -> Answer:
        """Run the full query *text* (prefixes declared in it) over the union of all graphs."""

    @abc.abstractmethod
    def _update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction (or one request)."""

    @abc.abstractmethod
    def has_graph(self, graph_iri) -> bool:
        """Whether the named graph *graph_iri* holds anything."""

    @abc.abstractmethod
    def _write_document(self, doc_iri: URIRef, graph: Graph | str, older: list[URIRef], about: str) -> None:
        """Put *graph* (rdflib graph or N-Triples) as the graph *doc_iri*, drop the graphs *older*,
        and replace what the meta graph keeps about all of them with the statements *about*."""

    @abc.abstractmethod
    def put_graph(self, graph_iri, graph: Graph | str) -> None:
        """Replace the named graph *graph_iri* with *graph* (an rdflib graph or N-Triples text)."""

    @abc.abstractmethod
    def patch_graph(self, graph_iri, remove: Iterable, add: Iterable) -> None:
        """Delete the triples *remove* from the named graph *graph_iri*, then insert *add*."""

    def patch_graphs(self, patches: Iterable[tuple]) -> None:
        """:meth:`patch_graph` for several graphs, each ``(graph_iri, remove, add)``: every removal
        before any addition (a store may write them all at once)."""
        for graph_iri, remove, add in patches:
            self.patch_graph(graph_iri, remove, add)

    @abc.abstractmethod
    def graph_lines(self, graph_iri, subjects=None) -> set[str]:
        """The statements of *graph_iri* as N-Triples lines, optionally only those about *subjects*."""

    def graph_lines_without(self, graph_iri, subjects, predicates) -> set[str]:
        """:meth:`graph_lines` of *subjects*, less the statements of *predicates*."""
        left_out = {sparql_term(URIRef(p)) for p in predicates}
        return {line for line in self.graph_lines(graph_iri, subjects) if line.split(" ", 2)[1] not in left_out}

    def lines_present(self, graph_iri, lines: Iterable[str]) -> set[str]:
        """Those of the N-Triples *lines* (as :meth:`graph_lines` gives them) that *graph_iri* holds."""
        lines = set(lines)
        return lines & self.graph_lines(graph_iri, {line.split(" ", 1)[0][1:-1] for line in lines}) if lines else set()

    def lines_of(self, ntriples: str) -> set[str] | None:
        """The statements a graph written with the N-Triples text *ntriples* holds, as :meth:`graph_lines`
        gives them, without reading the store; ``None`` when that cannot be known here (a server may
        write a literal in another form): read the graph back."""
        return None

    def texts(self, graph_iri, predicate) -> Iterator[tuple[str, str]]:
        """``(subject, value)`` of every statement of *predicate* in *graph_iri*, as plain text (the
        subject's IRI, the object's lexical form or IRI): for listings that read tens of thousands
        of rows, no rdflib term is made."""
        query = f"SELECT ?s ?o WHERE {{ GRAPH {sparql_term(URIRef(graph_iri))} {{ ?s {sparql_term(URIRef(predicate))} ?o }} }}"
        for s, o in self.query(query, prefixes=False).rows:
            yield str(s), str(o)

    def documents_issued(self) -> list[tuple]:
        """``(graph, issued)`` of every graph that describes itself as an ``epkg:Document``: *issued* its
        ``dcterms:issued`` as ``(lexical form, language tag or "", datatype IRI)``, or ``None`` without one
        (one row a value). As text: a refresh reads every document's row."""
        rows = self.select_texts("""SELECT ?g ?issued ?lang ?type WHERE { GRAPH ?g { ?g a epkg:Document
          OPTIONAL { ?g dcterms:issued ?issued BIND(LANG(?issued) AS ?lang) BIND(DATATYPE(?issued) AS ?type) } } }""")
        return [(r["g"], (r["issued"], r.get("lang", ""), r.get("type", str(XSD.string))) if "issued" in r else None)
                for r in rows]

    @abc.abstractmethod
    def quads(self, graphs: Iterable | None = None) -> Iterator[tuple]:
        """All quads ``(s, p, o, graph)`` as rdflib terms, optionally only from *graphs*."""

    @abc.abstractmethod
    def graph_names(self) -> list[URIRef]:
        """The names of the store's graphs."""

    @abc.abstractmethod
    def load_file(self, path, graph_iri, fmt) -> None:
        """Load an RDF file as the named graph *graph_iri* (replacing it)."""

    @abc.abstractmethod
    def dump(self, output, fmt, graphs: Iterable | None = None) -> None:
        """Serialise the store (or some of its graphs) to *output*."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """The number of quads."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the store."""

    def flush(self) -> None:
        """Make every write durable (nothing to do where each write already is)."""

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
        rows = self.select(f"SELECT ?v WHERE {{ GRAPH {sparql_term(GRAPH_META)} "
                           f"{{ {sparql_term(graph_iri)} {sparql_term(EPKG.version)} ?v }} }}")
        return str(rows[0]["v"]) if rows else None

    def _set_meta(self, graph_iri, value: str) -> None:
        s, p, g = sparql_term(graph_iri), sparql_term(EPKG.version), sparql_term(GRAPH_META)
        self._update(f"DELETE WHERE {{ GRAPH {g} {{ {s} {p} ?v }} }};\n"
                     f"INSERT DATA {{ GRAPH {g} {{ {s} {p} {sparql_term(Literal(value))} }} }}")

    # -------------------------------------------------------------- documents

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("store is open read-only")

    def document_iris(self, identifier: str) -> list[URIRef]:
        """The stored documents whose ``dcterms:identifier`` is *identifier*."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g {sparql_term(DCTERMS.identifier)} "
                           f"{sparql_term(Literal(identifier))} }} }}")
        return sorted({r["g"] for r in rows if isinstance(r.get("g"), URIRef)})

    def add_document(self, doc_iri, identifier: str, graph: Graph | str, signature: str | None = None,
                     row: str | None = None, bare: int | None = None) -> str:
        """Store one document's graph whole, replacing earlier versions with the same identifier.

        Parameters
        ----------
        doc_iri : str or URIRef
            The document's IRI, which names its graph.
        identifier : str
            Its ``dcterms:identifier``: earlier documents with the same one are replaced.
        graph : rdflib.Graph or str
            Its graph, or the graph's N-Triples text (as ingest workers send it).
        signature : str, optional
            The text's MinHash signature (see ``epkg.graph.consolidate``), kept in the
            meta graph beside the ingestion time.
        row : str, optional
            Its listing row (``epkg.graph.listings.document_row``), kept there too, so that
            ``epkg new`` reads one row a document; made from *graph* when it is an rdflib graph.
        bare : int, optional
            How many ties it states without a relation node (``epkg.graph.listings.bare_ties``),
            kept there too, so that the network checks only the documents that have some;
            counted from *graph* when it is an rdflib graph.

        Returns
        -------
        str
            ``"unchanged"`` (the same text is stored already: nothing written),
            ``"replaced"`` (an earlier version was dropped) or ``"new"``.

        Examples
        --------
        >>> from epkg.graph.storage.embedded import Store
        >>> store = Store.memory(reference=False)
        >>> doc = EPID["doc/x"]
        >>> store.add_document(doc, "x.txt", f"<{doc}> <{DCTERMS.identifier}> \\"x.txt\\" .\\n")
        'new'
        >>> store.add_document(doc, "x.txt", "")
        'unchanged'
        """
        self._check_writable()
        doc_iri = URIRef(doc_iri)
        earlier = self.document_iris(identifier)
        if doc_iri in earlier and self.has_graph(doc_iri):
            return "unchanged"
        if row is None and isinstance(graph, Graph):
            from epkg.graph.listings import document_row

            row = document_row(doc_iri, graph)
        if bare is None and isinstance(graph, Graph):
            from epkg.graph.listings import bare_ties

            bare = bare_ties(doc_iri, graph)
        self._write_document(doc_iri, graph, [i for i in earlier if i != doc_iri],
                             about_document(doc_iri, signature, row, bare))
        return "replaced" if earlier else "new"

    def remove_document(self, ref: str) -> list[URIRef]:
        """Remove the document(s) named by *ref* (its IRI, ``doc/…`` key or identifier).

        Parameters
        ----------
        ref : str

        Returns
        -------
        list of URIRef
            The IRIs removed (empty when nothing matched).

        Examples
        --------
        >>> from epkg.graph.storage.embedded import Store
        >>> Store.memory(reference=False).remove_document("nothing.txt")
        []
        """
        self._check_writable()
        candidates = set(self.document_iris(ref))
        for iri in (URIRef(ref), EPID[ref], EPID[f"doc/{ref}"]):
            # An identifier can be any text ("file with spaces.txt"): only a well-formed IRI is looked up as one.
            if not is_safe_iri(str(iri)):
                continue
            if str(iri).startswith(_DOCUMENT_PREFIX) and iri not in candidates and self.has_graph(iri):
                candidates.add(iri)
        if candidates:
            self._update("".join(f"DROP SILENT GRAPH {sparql_term(i)};\n" + forget_update(i)
                                 for i in sorted(candidates)))
        return sorted(candidates)

    # -------------------------------------------------------------- reading

    def query(self, sparql: str, *, prefixes: bool = True) -> Answer:
        """Run a SPARQL query over the union of all graphs.

        Callers that expose SPARQL to users must refuse ``SERVICE`` and updates
        before calling this (see ``epkg.graph.query.checking``).

        Parameters
        ----------
        sparql : str
        prefixes : bool
            Declare the contract's prefixes before the query.

        Returns
        -------
        SelectAnswer, GraphAnswer or bool
        """
        return self.answer((sparql_prologue() + sparql) if prefixes else sparql)

    def select(self, sparql: str) -> list[dict]:
        """Rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        result = self.query(sparql)
        if not isinstance(result, SelectAnswer):
            raise QueryError("not a SELECT query")
        names = result.variables
        return [{name: value for name, value in zip(names, row) if value is not None} for row in result.rows]

    def select_texts(self, sparql: str) -> list[dict]:
        """Rows of a SELECT query as dicts of plain text: an IRI, a literal's lexical form (unbound
        variables left out). For reads of tens of thousands of IRIs and index entries, where no rdflib
        term is needed."""
        return [{name: str(value) for name, value in row.items()} for row in self.select(sparql)]

    def ask(self, sparql: str) -> bool:
        """The answer to an ASK query."""
        result = self.query(sparql)
        if not isinstance(result, bool):
            raise QueryError("not an ASK query")
        return result

    def construct(self, sparql: str) -> Graph:
        """The graph a CONSTRUCT or DESCRIBE query gives."""
        result = self.query(sparql)
        if not isinstance(result, GraphAnswer):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        g = Graph()
        bind_prefixes(g)
        for triple in result.triples:
            g.add(tuple(triple))
        return g

    def graph(self, graph_iri) -> Graph:
        """One named graph as an rdflib Graph."""
        g = Graph(identifier=URIRef(graph_iri))
        bind_prefixes(g)
        for s, p, o, _ in self.quads([graph_iri]):
            g.add((s, p, o))
        return g

    def document_graphs(self) -> list[URIRef]:
        """Named graphs that hold documents (their IRI is under ``epid:doc/``)."""
        return [g for g in self.graph_names() if str(g).startswith(_DOCUMENT_PREFIX)]

    def dataset(self, graphs: Iterable | None = None) -> Dataset:
        """The store (or some of its named graphs) as an rdflib Dataset."""
        ds = Dataset()
        bind_prefixes(ds)
        for s, p, o, g in self.quads(graphs):
            ds.add((s, p, o, g if g is not None else DATASET_DEFAULT_GRAPH_ID))
        return ds

    def fingerprint(self) -> str:
        """A hash of the document graphs' names: changes whenever a document is added or removed."""
        return hashlib.sha256("\n".join(map(str, self.document_graphs())).encode()).hexdigest()[:16]
