"""Namespace objects for the epkg vocabulary and the standards it aligns with.

Code everywhere refers to terms as ``EPKG.State`` or ``EPID["state/AZE"]``;
IRIs are spelled out only here.
"""
from rdflib import Namespace
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
