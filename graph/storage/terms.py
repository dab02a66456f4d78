"""RDF terms between rdflib and pyoxigraph, and statements written as N-Triples text.

Both stores write and compare statements as the text pyoxigraph gives a term (the
consolidated graph is kept up to date by comparing such lines), so the conversion
lives here, below both of them.
"""
from __future__ import annotations

import functools
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

# The same IRIs and literals come back in row after row: rdflib checks each IRI it makes, which
# costs more than looking the term up.
@functools.lru_cache(maxsize=1 << 18)
def _uri(value: str) -> URIRef:
    return URIRef(value)


_XSD_STRING = str(XSD.string)


@functools.lru_cache(maxsize=1 << 16)
def literal(value: str, language: str | None, datatype: str) -> Literal:
    """The rdflib literal :func:`to_rdflib` makes of a literal given by its parts as text (a query's
    ``STR``, ``LANG`` and ``DATATYPE``), made once for each.

    Examples
    --------
    >>> literal("2025-04", "", "http://www.w3.org/2001/XMLSchema#gYearMonth").datatype == XSD.gYearMonth
    True
    """
    if language:
        return Literal(value, lang=language)
    return Literal(value) if datatype == _XSD_STRING else Literal(value, datatype=_uri(datatype))


def to_rdflib(term):
    """A pyoxigraph term as the equal rdflib term (``None`` and the default graph give ``None``).

    Parameters
    ----------
    term : pyoxigraph term, rdflib term or None

    Returns
    -------
    rdflib.URIRef, rdflib.BNode, rdflib.Literal or None

    Examples
    --------
    >>> to_rdflib(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))).toPython()
    1
    """
    kind = type(term)  # exact types first: isinstance against rdflib's classes is slow, and this runs per term
    if kind is ox.NamedNode:
        return _uri(term.value)
    if kind is ox.Literal:
        return literal(term.value, term.language, term.datatype.value)
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode, Literal)):
        return term
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph(term):
    """An rdflib term as the equal pyoxigraph term.

    Parameters
    ----------
    term : rdflib.URIRef, rdflib.BNode or rdflib.Literal

    Returns
    -------
    pyoxigraph.NamedNode, pyoxigraph.BlankNode or pyoxigraph.Literal

    Examples
    --------
    >>> str(to_oxigraph(Literal("hi", lang="en")))
    '"hi"@en'
    """
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


def sparql_term(term) -> str:
    """A term (or an IRI given as a string) as it is written in SPARQL and N-Triples.

    Examples
    --------
    >>> sparql_term("https://w3id.org/epkg/id/graph/meta")
    '<https://w3id.org/epkg/id/graph/meta>'
    """
    return str(to_oxigraph(term if isinstance(term, (URIRef, BNode, Literal)) else URIRef(term)))


def triple_line(triple) -> str:
    """A triple as one N-Triples statement without its final " ." (a string is taken to be one already).

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID, EPKG
    >>> triple_line((EPID["a"], EPKG.b, Literal("c")))
    '<https://w3id.org/epkg/id/a> <https://w3id.org/epkg/ontology#b> "c"'
    """
    if isinstance(triple, str):
        return triple
    return " ".join([term_text(t) for t in triple])


@functools.lru_cache(maxsize=65536)
def term_text(term) -> str:
    """A term in N-Triples (cached: a refresh writes the same predicates, documents and values many times)."""
    return str(to_oxigraph(term))


def string_text(value: str) -> str:
    """A plain string literal in N-Triples, as :func:`term_text` writes ``Literal(value)`` (without making
    the rdflib term: a refresh writes thousands of index entries, JSON text each).

    Examples
    --------
    >>> string_text('say "hi"') == term_text(Literal('say "hi"'))
    True
    """
    return str(ox.Literal(value))


def patch_update(graph_iri, remove: Iterable, add: Iterable) -> str:
    """A SPARQL update that deletes the triples *remove* from, and inserts *add* into, *graph_iri*
    (each a tuple of rdflib terms or a :func:`triple_line`).

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID, EPKG
    >>> print(patch_update(EPID["g"], [], [(EPID["a"], EPKG.b, Literal(1))]))
    INSERT DATA { GRAPH <https://w3id.org/epkg/id/g> {
    <https://w3id.org/epkg/id/a> <https://w3id.org/epkg/ontology#b> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
    } }
    >>> patch_update(EPID["g"], [], [])
    ''
    """
    g = sparql_term(graph_iri)
    parts = []
    for verb, triples in (("DELETE", remove), ("INSERT", add)):
        body = "\n".join(triple_line(triple) + " ." for triple in triples)
        if body:
            parts.append(f"{verb} DATA {{ GRAPH {g} {{\n{body}\n}} }}")
    return ";\n".join(parts)


def is_valid_iri(text: str) -> bool:
    """Whether *text* is an absolute IRI (RFC 3987) that the query engine accepts.

    A user-typed IRI is checked with this before it goes into a query, so that a malformed
    one ("http://x:port/") is an input error, not a failed parse of the query.

    Parameters
    ----------
    text : str

    Returns
    -------
    bool

    Examples
    --------
    >>> is_valid_iri("https://w3id.org/epkg/id/state/AZE"), is_valid_iri("http://x:abc/"), is_valid_iri("AZE")
    (True, False, False)
    """
    try:
        ox.NamedNode(text)  # oxigraph's own IRI parser: what it refuses here, it refuses in a query
    except ValueError:
        return False
    return True
