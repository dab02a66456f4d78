"""The N-Triples writer that carries every document's graph to the store."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from epkg.graph.ntriples import in_graph, term, to_ntriples

HARD_LITERALS = [
    Literal('quote " and backslash \\ together'),
    Literal("line one\nline two\r\nand a tab\t"),
    Literal("U+2028 \u2028 and U+0085 \x85 stay as they are"),
    Literal("Bakı, Türkiye, 北京", lang="az"),
    Literal("2000", datatype=XSD.decimal),
    Literal("2025-06-26", datatype=XSD.date),
    Literal(""),
    Literal("ends with a backslash \\"),
]


@pytest.mark.parametrize("literal", HARD_LITERALS, ids=range(len(HARD_LITERALS)))
def test_literals_parse_back_equal(literal):
    g = Graph()
    g.add((URIRef("urn:s"), URIRef("urn:p"), literal))
    back = Graph().parse(data=to_ntriples(g), format="nt")
    assert list(back) == [(URIRef("urn:s"), URIRef("urn:p"), literal)]


def test_the_same_graph_as_rdflib_writes():
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.ingest import process

    text = ("BAKU, Azerbaijan, June 26. Azerbaijan and China signed a memorandum on a 2 GW \"green\" "
            "offshore wind project in the Caspian Sea, Trend reports.")
    _, g = process(DocumentRecord("ntriples.txt", text, published="2025-06-26"))
    mine = Graph().parse(data=to_ntriples(g), format="nt")
    theirs = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert len(g) > 20 and set(mine) == set(theirs) == set(g)


def test_blank_nodes_keep_their_identity():
    g = Graph()
    b = BNode()
    g.add((URIRef("urn:s"), URIRef("urn:p"), b))
    g.add((b, URIRef("urn:q"), Literal("x")))
    assert isomorphic(Graph().parse(data=to_ntriples(g), format="nt"), g)


def test_in_graph_places_every_triple_in_the_graph():
    nt = '<urn:a> <urn:p> "x . y" .\n<urn:b> <urn:p> "\u2028" .\n\n'
    assert in_graph(nt, "urn:g") == '<urn:a> <urn:p> "x . y" <urn:g> .\n<urn:b> <urn:p> "\u2028" <urn:g> .\n'


def test_term_refuses_what_is_not_a_term():
    with pytest.raises(TypeError):
        term("plain string")
