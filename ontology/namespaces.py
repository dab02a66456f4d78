"""Namespace objects for the epkg vocabulary and the standards it aligns with.

Code everywhere refers to terms as ``EPKG.State`` or ``EPID["state/AZE"]``;
IRIs are spelled out only here.
"""
import functools
import re
import unicodedata

from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

EPKG = Namespace("https://w3id.org/epkg/ontology#")
EPID = Namespace("https://w3id.org/epkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")
# SPARQL 1.1 Service Description, and the W3C format IRIs it names result formats with.
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
W3C_FORMATS = Namespace("http://www.w3.org/ns/formats/")

# Named graphs that hold reference data rather than documents.
GRAPH_ONTOLOGY = EPID["graph/ontology"]
GRAPH_GAZETTEER = EPID["graph/gazetteer"]
GRAPH_ANALYSIS = EPID["graph/analysis"]
# One description per entity and fact, merged from the document graphs (graph/consolidate.py).
GRAPH_CONSOLIDATED = EPID["graph/consolidated"]
# The store's own bookkeeping: ingestion times, text signatures, the consolidation's indexes, listing rows.
GRAPH_META = EPID["graph/meta"]
REFERENCE_GRAPHS = (GRAPH_ONTOLOGY, GRAPH_GAZETTEER)

# Instance kinds of the contract (``epid:{kind}/{slug}``). SPARQL prefixed names may not
# contain "/", so each kind also gets a prefix of its own: ``state:AZE`` is ``epid:state/AZE``.
INSTANCE_KINDS = ("state", "organization", "person", "place", "project", "agreement", "event",
                  "partnership", "membership", "cooperation", "doc")

# Prefixes predeclared for SPARQL users and used when serializing.
PREFIXES = {
    "epkg": EPKG,
    "epid": EPID,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "org": ORG,
    "schema": SCHEMA,
    "time": TIME,
    "wd": WD,
    **{kind: Namespace(f"{EPID}{kind}/") for kind in INSTANCE_KINDS},
}


def sparql_prologue() -> str:
    """The PREFIX lines for every namespace in :data:`PREFIXES`."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on an rdflib graph or dataset (for readable output)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)


# Longest namespace first, so that an instance shows with its kind's prefix (state:AZE, not epid:state/AZE).
_BY_LENGTH = sorted(((prefix, str(ns)) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[1]))


def short(term) -> str:
    """A term for people: a prefixed name for an IRI under one of :data:`PREFIXES`, the text of a literal.

    The one way every reader (query tables, lookups, validation reports) shortens a term.

    Parameters
    ----------
    term : rdflib term or None

    Returns
    -------
    str
        ``state:AZE``, ``epkg:partner``, ``<http://example.org/x>`` (no prefix applies),
        ``_:b1`` (a blank node), the literal's text (with ``@lang``), ``""`` for None.

    Examples
    --------
    >>> short(EPID["state/AZE"]), short(EPKG.partner), short(EPID["graph/gazetteer"])
    ('state:AZE', 'epkg:partner', 'epid:graph/gazetteer')
    >>> short(URIRef("http://example.org/x")), short(Literal("Baku", lang="en"))
    ('<http://example.org/x>', 'Baku@en')
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in _BY_LENGTH:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal) and term.language:
        return f"{term}@{term.language}"
    return str(term)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


# Letters that Unicode does not decompose into a base letter and a mark, spelled as their usual ASCII
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l",
                               "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i",
                               "ħ": "h", "Ħ": "H"})


# Names recur from document to document: a slug is looked up more often than made.
@functools.lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """The slug of *text*: ASCII, lower case, runs of other characters as one ``-``.

    The one slug of the project: instance IRIs are ``epid:{kind}/{slug}`` (the gazetteer,
    the graph builder and RDF imports all spell them with it).

    Parameters
    ----------
    text : str
        Any name.

    Returns
    -------
    str
        The slug; ``"x"`` when *text* has no letters or digits.

    Examples
    --------
    >>> slug("Shanghai Cooperation Organization")
    'shanghai-cooperation-organization'
    >>> slug("Türkiye's Botaş")
    'turkiye-s-botas'
    >>> slug("Melkøya"), slug("Łódź")
    ('melkoya', 'lodz')
    """
    ascii_text = text if text.isascii() else \
        unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-") or "x"
