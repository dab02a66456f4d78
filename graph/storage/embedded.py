"""The embedded store: epkg's store over pyoxigraph, in a folder or in memory (the only module
that talks to pyoxigraph's store).

A document's graph is written in one SPARQL update or one load (one transaction
each): it is stored whole, replacing any earlier version of the same document, or
not at all. What every store does is in :mod:`epkg.graph.storage.contract`.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF

from epkg.graph.errors import QueryError
from epkg.graph.storage.contract import (GRAPH_META, GraphAnswer, SelectAnswer, StoreBase, StoreBusy, StoreError,
                                         forget_update)
from epkg.graph.storage.locations import default_location
from epkg.graph.storage.ntriples import in_graph, to_ntriples
from epkg.graph.storage.terms import to_oxigraph, to_rdflib, triple_line, patch_update
from epkg.ontology.namespaces import EPKG, sparql_prologue

__all__ = ["Store", "StoreError", "StoreBusy"]


def _nt(graph: Graph | str) -> str:
    """N-Triples of *graph*; a string is taken to be N-Triples already."""
    return graph if isinstance(graph, str) else to_ntriples(graph)


_IDENTIFIER = to_oxigraph(DCTERMS.identifier)
_ISSUED, _TYPE = to_oxigraph(DCTERMS.issued), to_oxigraph(RDF.type)
_DOCUMENT = to_oxigraph(EPKG.Document)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# the literals a store gives back as they were written (the others, numbers and dates, it keeps as values)
_WRITTEN_AS_GIVEN = frozenset({_XSD_STRING,
                               "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})


# Additions to a graph from this many statements on are written by Oxigraph's bulk loader (:meth:`Store.patch_graph`).
BULK_FROM = 10_000


class Store(StoreBase):
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
            if read_only and isinstance(exc, FileNotFoundError):  # a folder, but no store in it
                raise StoreError(f"no store at {path}") from None
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

    # -------------------------------------------------------------- primitives of the contract

    def _update(self, sparql: str) -> None:
        with self._lock:
            self._ox.update(sparql)

    def has_graph(self, graph_iri) -> bool:
        return self._ox.contains_named_graph(to_oxigraph(URIRef(graph_iri)))

    def _write_document(self, doc_iri: URIRef, graph: Graph | str, older: list[URIRef], about: str) -> None:
        g, meta = to_oxigraph(doc_iri), to_oxigraph(GRAPH_META)
        if not older and not self._ox.contains_named_graph(g):
            # The common case, a new document: its quads and its stamp in one load, which Oxigraph
            # applies as one transaction (and parses far faster than the same data in an update).
            quads = in_graph(_nt(graph), str(doc_iri)) + about.replace(" .\n", f" {meta} .\n")
            with self._lock:
                self._ox.load(quads, format=ox.RdfFormat.N_QUADS)
            return
        drops = "".join(f"DROP SILENT GRAPH {to_oxigraph(old)};\n" + forget_update(old) for old in older)
        self._update(f"{drops}DROP SILENT GRAPH {g};\nINSERT DATA {{ GRAPH {g} {{\n{_nt(graph)}\n}} }};\n"
                     f"{forget_update(doc_iri)}INSERT DATA {{ GRAPH {meta} {{ {about} }} }}")

    def answer(self, text: str):
        """Run the full query *text* over the union of all graphs; terms come back as rdflib terms.

        Rows and triples are converted as they are read, so a caller that stops early
        (a row cap) converts no more than it keeps.
        """
        raw = self._ox.query(text, use_default_graph_as_union=True)
        if isinstance(raw, ox.QuerySolutions):
            return SelectAnswer([v.value for v in raw.variables],
                                (tuple(map(to_rdflib, solution)) for solution in raw))
        if isinstance(raw, ox.QueryTriples):
            return GraphAnswer((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in raw)
        return bool(raw)

    def select_texts(self, sparql: str) -> list[dict]:
        """As :meth:`~epkg.graph.storage.contract.Store.select_texts`, the engine's terms read as text
        directly (no rdflib term made).

        Examples
        --------
        >>> Store.memory(reference=False).select_texts('SELECT ?x ?y WHERE { VALUES (?x ?y) { (<urn:a> "b") (<urn:c> UNDEF) } }')
        [{'x': 'urn:a', 'y': 'b'}, {'x': 'urn:c'}]
        """
        raw = self._ox.query(sparql_prologue() + sparql, use_default_graph_as_union=True)
        if not isinstance(raw, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        names = [v.value for v in raw.variables]
        return [{name: term.value for name, term in zip(names, solution) if term is not None} for solution in raw]

    # -------------------------------------------------------------- writing

    def put_graph(self, graph_iri, graph: Graph | str) -> None:
        """Replace the named graph *graph_iri* with *graph*, in one transaction."""
        self._check_writable()
        g = to_oxigraph(URIRef(graph_iri))
        self._update(f"DROP SILENT GRAPH {g};\nINSERT DATA {{ GRAPH {g} {{\n{_nt(graph)}\n}} }}")

    def document_iris(self, identifier: str) -> list[URIRef]:
        """The stored documents whose ``dcterms:identifier`` is *identifier* (read from the index, not by a query)."""
        rows = self._ox.quads_for_pattern(None, _IDENTIFIER, ox.Literal(identifier), None)
        return sorted({to_rdflib(q.subject) for q in rows
                       if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject})

    def patch_graph(self, graph_iri, remove: Iterable, add: Iterable) -> None:
        """Delete the triples *remove* from the named graph *graph_iri*, then insert *add*
        (how the consolidated graph is kept up to date); each a tuple of rdflib terms or a
        :func:`~epkg.graph.storage.terms.triple_line`."""
        self.patch_graphs([(graph_iri, remove, add)])

    def patch_graphs(self, patches: Iterable[tuple]) -> None:
        """:meth:`patch_graph` for several graphs (``(graph_iri, remove, add)`` each): the removals from
        all of them in one transaction, then the additions to all of them in one load."""
        self._check_writable()
        patches = [(graph_iri, list(remove), add) for graph_iri, remove, add in patches]
        removals = ";\n".join(patch_update(graph_iri, remove, []) for graph_iri, remove, _ in patches if remove)
        lines = [f"{triple if isinstance(triple, str) else triple_line(triple)} {graph} .\n" for graph, add in
                 ((str(to_oxigraph(URIRef(graph_iri))), add) for graph_iri, _, add in patches) for triple in add]
        with self._lock:
            if removals:
                self._ox.update(removals)
            if lines:
                # a load parses N-Quads several times faster than the same data in an update;
                # between the two transactions the graphs lack only what is added (and they can
                # always be computed again from the document graphs)
                body = "".join(lines)
                if len(lines) >= BULK_FROM:
                    # tens of thousands of statements (a batch's refresh at 10,000 documents): the bulk
                    # loader writes them in sorted files of its own, about 2.5 times faster than a
                    # transaction into a large store, and leaves nothing to flush; not one transaction
                    # (a failure part way leaves part of them), which widens only the window above.
                    # One load for all the graphs of a refresh, not one a graph: a batch's 77,000 additions
                    # to the consolidated and meta graphs at 10,000 documents took 0.9-1.0 s against 1.3-1.9 s
                    self._ox.bulk_load(body, format=ox.RdfFormat.N_QUADS)
                else:
                    self._ox.load(body, format=ox.RdfFormat.N_QUADS)

    def graph_lines(self, graph_iri, subjects=None) -> set[str]:
        """The statements of the named graph *graph_iri* as :func:`~epkg.graph.storage.terms.triple_line` strings, optionally
        only those about *subjects* (compared as strings: faster than making rdflib terms)."""
        graph = to_oxigraph(URIRef(graph_iri))
        if subjects is None:
            quads = self._ox.quads_for_pattern(None, None, None, graph)
        else:  # looked up subject by subject: a refresh touches a few of the graph's subjects
            quads = (q for x in set(subjects) for q in self._ox.quads_for_pattern(to_oxigraph(URIRef(x)), None, None, graph))
        return {str(q.triple) for q in quads}  # "s p o": one string made in Oxigraph, not three joined here

    def graph_lines_without(self, graph_iri, subjects, predicates) -> set[str]:
        """As :meth:`~epkg.graph.storage.contract.Store.graph_lines_without`, the statements left out by the
        engine (a fact's hundreds of documents and sentences are never made into strings).

        Examples
        --------
        >>> store = Store.memory(reference=False)
        >>> store.patch_graph("urn:g", [], ['<urn:a> <urn:p> "x"@en', '<urn:a> <urn:q> <urn:b>', '<urn:c> <urn:p> "y"'])
        >>> sorted(store.graph_lines_without("urn:g", ["urn:a"], ["urn:q"]))
        ['<urn:a> <urn:p> "x"@en']
        """
        subjects = sorted({str(x) for x in subjects})
        if not subjects:
            return set()
        graph = str(to_oxigraph(URIRef(graph_iri)))
        left_out = ", ".join(str(to_oxigraph(URIRef(p))) for p in predicates)
        left_out = f"FILTER(?p NOT IN ({left_out}))" if left_out else ""
        out: set = set()
        for start in range(0, len(subjects), 500):
            values = " ".join(str(to_oxigraph(URIRef(x))) for x in subjects[start:start + 500])
            found = self._ox.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ VALUES ?s {{ {values} }} ?s ?p ?o "
                                   f"{left_out} }} }}")
            out.update(f"{x} {p} {o}" for x, p, o in found)  # each term as a quad's statement writes it
        return out

    def lines_present(self, graph_iri, lines: Iterable[str]) -> set[str]:
        """As :meth:`~epkg.graph.storage.contract.Store.lines_present`, each statement looked up in the
        store's indexes.

        Examples
        --------
        >>> store = Store.memory(reference=False)
        >>> store.patch_graph("urn:g", [], ['<urn:a> <urn:p> "x"'])
        >>> sorted(store.lines_present("urn:g", ['<urn:a> <urn:p> "x"', '<urn:a> <urn:p> "y"']))
        ['<urn:a> <urn:p> "x"']
        """
        lines = sorted(set(lines))
        if not lines:
            return set()
        graph = to_oxigraph(URIRef(graph_iri))
        parsed = list(ox.parse("".join(f"{line} .\n" for line in lines), format=ox.RdfFormat.N_TRIPLES))
        if len(parsed) != len(lines) or any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
                                            for t in parsed):
            return super().lines_present(graph_iri, lines)
        return {line for line, t in zip(lines, parsed)
                if ox.Quad(t.subject, t.predicate, t.object, graph) in self._ox}

    def lines_of(self, ntriples: str) -> set[str] | None:
        """The statements a graph written with *ntriples* holds, as :meth:`graph_lines` gives them: parsed,
        and those with a literal other than a string (a number, a date) loaded into an in-memory Oxigraph
        store, which writes such a literal as this one does ("445.0" as a decimal reads back "445").
        ``None`` when a statement has a blank node (the store names those anew).

        Examples
        --------
        >>> sorted(Store.memory(reference=False).lines_of('<urn:a> <urn:p> "445.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .\\n'))
        ['<urn:a> <urn:p> "445"^^<http://www.w3.org/2001/XMLSchema#decimal>']
        >>> Store.memory(reference=False).lines_of('_:b <urn:p> "x" .\\n') is None
        True
        """
        out, typed = set(), []
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
            o = t.object
            if type(o) is ox.Literal:
                if o.datatype.value not in _WRITTEN_AS_GIVEN:
                    typed.append(t)  # a number or a date: the store keeps its value, and writes it its way
                    continue
            elif type(o) is ox.BlankNode:
                return None
            if type(t.subject) is ox.BlankNode:
                return None
            out.add(str(t))
        if typed:  # only those go through an in-memory store: parsing the rest is several times faster
            if any(type(t.subject) is ox.BlankNode for t in typed):
                return None
            scratch = ox.Store()
            scratch.extend(ox.Quad(t.subject, t.predicate, t.object) for t in typed)
            out.update(str(q.triple) for q in scratch)
        return out

    def documents_issued(self) -> list[tuple]:
        """As :meth:`~epkg.graph.storage.contract.Store.documents_issued`, read from the store's indexes (two
        scans of one predicate each, not a join over every document graph).

        Examples
        --------
        >>> store, xsd = Store.memory(reference=False), "http://www.w3.org/2001/XMLSchema#"
        >>> store.patch_graph("urn:d", [], [f"<urn:d> <{RDF.type}> <{EPKG.Document}>",
        ...                                 f'<urn:d> <{DCTERMS.issued}> "2025-04"^^<{xsd}gYearMonth>'])
        >>> store.documents_issued()
        [('urn:d', ('2025-04', '', 'http://www.w3.org/2001/XMLSchema#gYearMonth'))]
        """
        issued: dict = {}
        for q in self._ox.quads_for_pattern(None, _ISSUED, None, None):
            if q.subject == q.graph_name:
                o = q.object
                date = (o.value, o.language or "", o.datatype.value) if type(o) is ox.Literal else (o.value, "", _XSD_STRING)
                issued.setdefault(q.subject.value, []).append(date)
        out = []
        for q in self._ox.quads_for_pattern(None, _TYPE, _DOCUMENT, None):
            if q.subject == q.graph_name:
                g = q.subject.value
                out += [(g, x) for x in issued.get(g, (None,))]
        return out

    def texts(self, graph_iri, predicate):
        """As :meth:`~epkg.graph.storage.contract.Store.texts`, read from the store's index directly."""
        for q in self._ox.quads_for_pattern(None, to_oxigraph(URIRef(predicate)), None, to_oxigraph(URIRef(graph_iri))):
            yield q.subject.value, q.object.value

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
