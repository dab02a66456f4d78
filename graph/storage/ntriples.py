"""N-Triples and N-Quads text of a document's graph, the form in which it travels to the store.

rdflib's N-Triples serializer is general (plugins, streams, checks); a document's graph
only needs its triples written line by line, which is several times faster, and every
ingested document goes through it.
"""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef

# N-Triples string literals escape the quote, the backslash and line breaks (ECHAR);
# every other character may be written as it is.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def term(t) -> str:
    """One RDF term in N-Triples syntax.

    Parameters
    ----------
    t : rdflib.URIRef, rdflib.BNode or rdflib.Literal

    Returns
    -------
    str

    Examples
    --------
    >>> from rdflib.namespace import XSD
    >>> term(Literal('say "hi"', lang="en"))
    '"say \\\\"hi\\\\""@en'
    >>> term(Literal("2000", datatype=XSD.decimal))
    '"2000"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        text = f'"{str(t).translate(_ESCAPES)}"'
        if t.language:
            return f"{text}@{t.language}"
        if t.datatype is not None:
            return f"{text}^^<{t.datatype}>"
        return text
    if isinstance(t, BNode):
        return f"_:{t}"
    raise TypeError(f"not an RDF term: {t!r}")


def to_ntriples(graph: Graph) -> str:
    """The triples of *graph* as N-Triples text, one line each, in no particular order.

    Parameters
    ----------
    graph : rdflib.Graph

    Returns
    -------
    str
        Empty for an empty graph; otherwise every line ends with ``" .\\n"``.

    Examples
    --------
    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal("line one\\nline two")))
    >>> print(to_ntriples(g), end="")
    <urn:a> <urn:p> "line one\\nline two" .
    """
    seen: dict = {}

    def cached(t) -> str:
        text = seen.get(t)
        if text is None:
            text = seen[t] = term(t)
        return text

    return "".join(f"{cached(s)} {cached(p)} {cached(o)} .\n" for s, p, o in graph)


def in_graph(ntriples: str, graph_name: str) -> str:
    """N-Triples text as N-Quads text, every triple placed in the named graph *graph_name* (an IRI).

    Parameters
    ----------
    ntriples : str
        One triple a line, each line ending with ``" ."`` (as :func:`to_ntriples` writes).
    graph_name : str

    Returns
    -------
    str

    Examples
    --------
    >>> in_graph('<urn:a> <urn:p> "x" .\\n', "urn:g")
    '<urn:a> <urn:p> "x" <urn:g> .\\n'
    """
    suffix = f" <{graph_name}> .\n"
    # split on "\n" only: str.splitlines() would also break at U+2028 and the like, which a
    # literal may hold unescaped
    lines = (line.rstrip() for line in ntriples.split("\n"))
    return "".join(line[:-1].rstrip() + suffix for line in lines if line)
