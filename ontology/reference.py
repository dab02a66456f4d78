"""The reference graphs: the ontology, the gazetteer as RDF, the SHACL shapes.

Each is built once per process (``functools.cache``) from the packaged files, so
opening a store stays fast; :func:`version` hashes the sources so a store
reloads a reference graph exactly when its data changed.
"""
from __future__ import annotations

import functools
import hashlib
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from epkg.ontology import gazetteer as gaz
from epkg.ontology.classes import superclasses
from epkg.ontology.namespaces import (EPID, EPKG, GRAPH_GAZETTEER, GRAPH_ONTOLOGY, ORG,
                                      bind_prefixes)

ONTOLOGY_FILE = "epkg.ttl"
SHAPES_FILE = "shapes.ttl"
CONTEXT_FILE = "context.jsonld"
REFERENCE_FILES = ("states.csv", "places.csv", "organizations.yaml", "companies.yaml", "legislatures.yaml")

# Each gazetteer entry is typed with its class and that class's superclasses.
_TYPES = {kind: (EPKG[kind], *superclasses(kind)) for kind in gaz.KINDS}
_ROLE_PROPERTY = {"member": EPKG.memberOf, "observer": EPKG.observerOf,
                  "dialogue partner": EPKG.dialoguePartnerOf}


def _package_file(name: str):
    return resources.files("epkg.ontology").joinpath(name)


def _parse(name: str) -> Graph:
    g = Graph()
    bind_prefixes(g)
    g.parse(data=_package_file(name).read_text(encoding="utf-8"), format="turtle")
    return g


@functools.cache
def ontology_graph() -> Graph:
    """The ontology (``epkg.ttl``): classes, properties, alignments and both SKOS schemes.

    Returns
    -------
    rdflib.Graph
        Shared and cached: copy it before changing it.

    Examples
    --------
    >>> from rdflib.namespace import OWL
    >>> (EPKG.partnerOf, RDF.type, OWL.SymmetricProperty) in ontology_graph()
    True
    """
    return _parse(ONTOLOGY_FILE)


@functools.cache
def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``) the graph is validated against.

    Examples
    --------
    >>> from epkg.ontology.namespaces import SH
    >>> len(set(shapes_graph().subjects(RDF.type, SH.NodeShape))) > 5
    True
    """
    return _parse(SHAPES_FILE)


def entity_iri(key: str) -> URIRef:
    """The IRI of a gazetteer entry from its key (``"state/AZE"`` → ``epid:state/AZE``)."""
    return EPID[key]


def _member_iri(member: str) -> URIRef:
    return EPID[member] if "/" in member else EPID[f"state/{member}"]


def membership_iri(member: str, organization_key: str, role: str) -> URIRef:
    """The IRI of a reference membership node (``epid:membership/ref-aze-…-dialogue-partner``).

    The ``ref-`` prefix keeps reference memberships apart from those read from documents.

    Examples
    --------
    >>> str(membership_iri("AZE", "organization/shanghai-cooperation-organization", "dialogue partner"))
    'https://w3id.org/epkg/id/membership/ref-aze-shanghai-cooperation-organization-dialogue-partner'
    """
    tail = gaz.slug(member.rsplit("/", 1)[-1])
    org = gaz.slug(organization_key.rsplit("/", 1)[-1])
    return EPID[f"membership/ref-{tail}-{org}-{gaz.slug(role)}"]


def _date(value: str | None) -> Literal | None:
    if not value:
        return None
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value))
    return Literal(value, datatype=datatype) if datatype else None


def describe_entry(g: Graph, entry: gaz.GazetteerEntry) -> URIRef:
    """Add one gazetteer entry's description (types, labels, keys, links) to *g*; return its IRI.

    Memberships are not added here (see :func:`gazetteer_graph`).

    Examples
    --------
    >>> g = Graph()
    >>> node = describe_entry(g, gaz.load().state("AZE"))
    >>> g.value(node, EPKG.iso3)
    rdflib.term.Literal('AZE')
    """
    node = entity_iri(entry.key)
    for cls in _TYPES[entry.kind]:
        g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(entry.label)))
    for alt in entry.alt_labels:
        g.add((node, SKOS.altLabel, Literal(alt)))
    if entry.iso3:
        g.add((node, EPKG.iso3, Literal(entry.iso3)))
    for demonym in entry.demonyms:
        g.add((node, EPKG.demonym, Literal(demonym)))
    if entry.capital:
        g.add((node, EPKG.capital, entity_iri(entry.capital)))
    if entry.country:
        prop = {gaz.PLACE: EPKG.country, gaz.GOVERNMENT_BODY: EPKG.partOf}.get(entry.kind, EPKG.basedIn)
        g.add((node, prop, EPID[f"state/{entry.country}"]))
    if entry.place_type:
        g.add((node, EPKG.placeType, Literal(entry.place_type)))
    if entry.wikidata:
        g.add((node, EPKG.wikidata, Literal(entry.wikidata)))
    return node


@functools.cache
def gazetteer_graph() -> Graph:
    """The gazetteer as RDF in the contract vocabulary.

    States (``epkg:iso3``, labels, ``epkg:demonym``, ``epkg:capital``), places
    (``epkg:country``), organizations (``epkg:basedIn`` for companies) and each
    listed membership twice: as a direct ``epkg:memberOf`` / ``epkg:observerOf`` /
    ``epkg:dialoguePartnerOf`` triple and as an ``epkg:Membership`` node dated
    (``epkg:date``, ``dcterms:date``) with the day the list is stated for. IRIs are
    the same on every run.

    Returns
    -------
    rdflib.Graph
        Shared and cached: copy it before changing it.

    Examples
    --------
    >>> g = gazetteer_graph()
    >>> (EPID["state/AZE"], EPKG.dialoguePartnerOf,
    ...  EPID["organization/shanghai-cooperation-organization"]) in g
    True
    """
    g = Graph()
    bind_prefixes(g)
    gazetteer = gaz.load()
    for entry in gazetteer.entries():
        org = describe_entry(g, entry)
        as_of = _date(entry.members_as_of)
        for member, role in entry.members:
            who = _member_iri(member)
            g.add((who, _ROLE_PROPERTY[role], org))
            node = membership_iri(member, entry.key, role)
            g.add((node, RDF.type, EPKG.Membership))
            g.add((node, RDF.type, ORG.Membership))
            g.add((node, ORG.member, who))
            g.add((node, ORG.organization, org))
            g.add((node, ORG.role, Literal(role)))
            g.add((node, EPKG.role, Literal(role)))
            g.add((node, PROV.wasDerivedFrom, GRAPH_GAZETTEER))
            statement = f"Reference data: {member} is a {role} of {entry.label}"
            if as_of is not None:
                # when the list was checked, not when the member joined: never an epkg:date
                g.add((node, EPKG.checkedOn, as_of))
                statement += f" (list checked {entry.members_as_of})"
            g.add((node, EPKG.evidence, Literal(statement + ".")))
    return g


@functools.cache
def version(graph_iri) -> str:
    """A hash of the sources of a reference graph: changes exactly when its data change.

    Parameters
    ----------
    graph_iri : rdflib.URIRef
        ``GRAPH_ONTOLOGY`` or ``GRAPH_GAZETTEER``.

    Returns
    -------
    str
        16 hex digits.

    Examples
    --------
    >>> len(version(GRAPH_ONTOLOGY)), version(GRAPH_ONTOLOGY) != version(GRAPH_GAZETTEER)
    (16, True)
    """
    if URIRef(graph_iri) == GRAPH_ONTOLOGY:
        names = (ONTOLOGY_FILE,)
    elif URIRef(graph_iri) == GRAPH_GAZETTEER:
        names = (*(f"reference/{n}" for n in REFERENCE_FILES), "gazetteer.py", "geography.py", "reference.py")
    else:
        raise ValueError(f"not a reference graph: {graph_iri}")
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode())
        digest.update(_package_file(name).read_bytes())
    return digest.hexdigest()[:16]


def _concepts(scheme) -> list:
    g = ontology_graph()
    return sorted(set(g.subjects(SKOS.inScheme, scheme)), key=str)


def partnership_levels() -> list[dict]:
    """The concepts of scheme ``epkg:PartnershipLevels``, closest last.

    Returns
    -------
    list of dict
        ``{"label", "rank", "alt_labels", "iri"}``, sorted by rank then label.

    Examples
    --------
    >>> [lv["label"] for lv in partnership_levels()][:2]
    ['partnership', 'cooperative partnership']
    """
    g = ontology_graph()
    out = []
    for c in _concepts(EPKG.PartnershipLevels):
        out.append({"label": str(g.value(c, SKOS.prefLabel)), "rank": int(g.value(c, EPKG.rank)),
                    "alt_labels": sorted(str(a) for a in g.objects(c, SKOS.altLabel)), "iri": str(c)})
    return sorted(out, key=lambda d: (d["rank"], d["label"]))


def technologies() -> list[dict]:
    """The concepts of scheme ``epkg:Technologies``.

    Returns
    -------
    list of dict
        ``{"label", "alt_labels", "broader", "iri"}`` where ``broader`` lists the
        labels of the broader concepts (empty for a top concept); sorted by label.

    Examples
    --------
    >>> {t["label"]: t["broader"] for t in technologies()}["offshore wind"]
    ['wind']
    """
    g = ontology_graph()
    out = []
    for c in _concepts(EPKG.Technologies):
        out.append({"label": str(g.value(c, SKOS.prefLabel)),
                    "alt_labels": sorted(str(a) for a in g.objects(c, SKOS.altLabel)),
                    "broader": sorted(str(g.value(b, SKOS.prefLabel)) for b in g.objects(c, SKOS.broader)),
                    "iri": str(c)})
    return sorted(out, key=lambda d: d["label"])


def context() -> dict:
    """The JSON-LD ``@context`` document shipped with the package (``context.jsonld``).

    Examples
    --------
    >>> context()["@context"]["epkg"]
    'https://w3id.org/epkg/ontology#'
    """
    import json

    return json.loads(_package_file(CONTEXT_FILE).read_text(encoding="utf-8"))
