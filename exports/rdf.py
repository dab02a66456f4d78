"""The store, or part of it, as RDF files: Turtle, N-Triples, N-Quads, TriG and JSON-LD.

Quad formats (N-Quads, TriG, JSON-LD) keep every named graph, so a document's
statements stay with their provenance; triple formats (Turtle, N-Triples) hold
the union of the chosen graphs. N-Quads and TriG are written by the store's own
fast writer; Turtle, N-Triples and JSON-LD by rdflib, JSON-LD compacted with the
project's shipped ``@context`` (inlined in the output, so nothing is fetched).
"""
from __future__ import annotations

import io
from typing import BinaryIO

from rdflib import Dataset, Graph, URIRef

from epkg.graph.errors import InputError
from epkg.ontology.namespaces import EPID, REFERENCE_GRAPHS, bind_prefixes

# name → (rdflib format, carries named graphs, usual file suffix)
FORMATS = {
    "turtle": ("turtle", False, ".ttl"),
    "nt": ("nt", False, ".nt"),
    "nquads": ("nquads", True, ".nq"),
    "trig": ("trig", True, ".trig"),
    "jsonld": ("json-ld", True, ".jsonld"),
}
GRAPH_SETS = ("reference", "documents", "all")


def document_graph(store, ref: str) -> URIRef:
    """The named graph of the document *ref* (its identifier, ``doc/…`` key or IRI).

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    ref : str

    Returns
    -------
    rdflib.URIRef
        Raises :class:`~epkg.graph.errors.InputError` when no stored document matches.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> document_graph(Store.memory(reference=False), "missing.txt")
    Traceback (most recent call last):
    ...
    epkg.graph.errors.InputError: no document 'missing.txt' in the store
    """
    found = store.document_iris(ref)
    if len(found) == 1:
        return found[0]
    if found:
        raise InputError(f"{ref!r} names {len(found)} stored documents: give one of their IRIs "
                         f"({', '.join(map(str, found[:3]))})")
    # compared as text: rdflib logs a warning for every URIRef made of text no IRI can hold
    stored = {str(iri): iri for iri in store.document_graphs()}
    for text in (ref, f"{EPID}{ref}", f"{EPID}doc/{ref}"):
        if text in stored:
            return stored[text]
    raise InputError(f"no document {ref!r} in the store")


def select_graphs(store, graph: str = "all", docs=()) -> list[URIRef]:
    """The named graphs an export covers.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    graph : {"reference", "documents", "all"}
        ``reference``: the ontology and gazetteer graphs; ``documents``: one
        graph per stored document; ``all``: every named graph of the store
        (documents, reference, imports, stored analysis results, bookkeeping).
    docs : iterable of str
        When given, only these documents' graphs (identifiers, ``doc/…`` keys or
        IRIs); *graph* is then ignored.

    Returns
    -------
    list of rdflib.URIRef
        Sorted graph names.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> [g.split("/")[-1] for g in select_graphs(Store.memory(), "reference")]
    ['gazetteer', 'ontology']
    """
    docs = list(docs)
    if docs:
        return sorted({document_graph(store, ref) for ref in docs})
    if graph not in GRAPH_SETS:
        raise InputError(f"unknown graph set {graph!r}: choose from {', '.join(GRAPH_SETS)}")
    names = store.graph_names()
    if graph == "reference":
        return sorted(g for g in names if g in REFERENCE_GRAPHS)
    if graph == "documents":
        return sorted(store.document_graphs())
    return sorted(names)


def _check_format(fmt: str) -> tuple[str, bool, str]:
    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}: choose from {', '.join(FORMATS)}")
    return FORMATS[fmt]


def union_graph(store, graphs) -> Graph:
    """The triples of *graphs* merged into one rdflib Graph (prefixes bound).

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> len(union_graph(Store.memory(reference=False), []))
    0
    """
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in store.quads(graphs):
        g.add((s, p, o))
    return g


def export_rdf(store, output: BinaryIO, fmt: str = "turtle", graphs=None) -> None:
    """Write the named graphs *graphs* of *store* to the binary stream *output* in *fmt*.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    output : binary file object
    fmt : str
        One of :data:`FORMATS`: ``turtle``, ``nt``, ``nquads``, ``trig``, ``jsonld``.
    graphs : list of URIRef, optional
        As from :func:`select_graphs`; default every named graph.

    Returns
    -------
    None

    Examples
    --------
    >>> import io
    >>> from epkg.graph.storage.embedded import Store
    >>> store = Store.memory()
    >>> out = io.BytesIO()
    >>> graphs = select_graphs(store, "reference")
    >>> export_rdf(store, out, "nquads", graphs)
    >>> out.getvalue().count(b"\\n") == sum(len(store.graph(g)) for g in graphs)
    True
    """
    rdflib_format, quads, _ = _check_format(fmt)
    graphs = select_graphs(store, "all") if graphs is None else list(graphs)
    if fmt in ("nquads", "trig") and hasattr(store, "dump"):
        store.dump(output, _oxigraph_format(fmt), graphs)
        return
    if quads:
        data = store.dataset(graphs)
        if fmt == "jsonld":
            from epkg.ontology.reference import context

            text = data.serialize(format="json-ld", context=context()["@context"], auto_compact=True)
            output.write(text.encode("utf-8"))
            return
        output.write(data.serialize(format=rdflib_format, encoding="utf-8"))
        return
    output.write(union_graph(store, graphs).serialize(format=rdflib_format, encoding="utf-8"))


def _oxigraph_format(fmt: str):
    import pyoxigraph as ox  # the format enum of Store.dump, the store's own writer

    return {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]


def export_bytes(store, fmt: str = "turtle", graphs=None) -> bytes:
    """:func:`export_rdf` into memory.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> export_bytes(Store.memory(reference=False), "nt")
    b''
    """
    out = io.BytesIO()
    export_rdf(store, out, fmt, graphs)
    return out.getvalue()


def parse_export(data: bytes, fmt: str) -> Dataset:
    """Parse what :func:`export_rdf` wrote back into an rdflib Dataset (triple formats: its default graph).

    Examples
    --------
    >>> len(parse_export(b'<http://a> <http://b> "c" .', "nt"))
    1
    """
    rdflib_format, _, _ = _check_format(fmt)
    ds = Dataset()
    ds.parse(data=data, format=rdflib_format)
    return ds
