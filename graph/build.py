"""Facts → RDF: one rdflib graph per document, in the contract's vocabulary.

The graph holds the document's own description (``epkg:Document``), the
entities it mentions (labels, types, keys) and one node per relation, each with
``prov:wasDerivedFrom`` the document and ``epkg:evidence`` the sentence it was
read from. Its name, when stored, is the document IRI.
"""
from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract.facts import DocumentFacts, Entity, slug
from epkg.ontology.namespaces import EPID, EPKG, ORG, SCHEMA
from epkg.ontology.vocabulary import level_concept, technology_concept

# Superclasses stated explicitly, so SPARQL without inference finds
# `?x a epkg:Organization` or `?x a epkg:Actor`.
_SUPER = {
    "State": (EPKG.Actor, SCHEMA.Country),
    "InternationalOrganization": (EPKG.Organization, EPKG.Actor, SCHEMA.Organization),
    "Company": (EPKG.Organization, EPKG.Actor, SCHEMA.Organization),
    "GovernmentBody": (EPKG.Organization, EPKG.Actor, SCHEMA.Organization),
    "Person": (EPKG.Actor, SCHEMA.Person),
    "Place": (SCHEMA.Place,),
    "Organization": (EPKG.Actor, SCHEMA.Organization),
}
_ROLE_PROPERTY = {"member": EPKG.memberOf, "observer": EPKG.observerOf, "dialogue partner": EPKG.dialoguePartnerOf}
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MAX_SLUG = 80


def entity_iri(key: str) -> URIRef:
    """The IRI of an entity from its key (``"state/AZE"`` → ``epid:state/AZE``)."""
    return EPID[key]


def date_literal(value: str) -> Literal | None:
    """A literal as precise as *value*: ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date``."""
    if not value or not _DATE_RE.match(value):
        return None
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)


def _tail(key: str) -> str:
    return slug(key.rsplit("/", 1)[-1])


def _node_slug(*parts) -> str:
    text = "-".join(slug(str(p)) for p in parts if p)
    return text[:_MAX_SLUG].strip("-") or "x"


class _Minter:
    """Gives relation nodes IRIs that depend on what they state, unique within a document."""

    def __init__(self):
        self.used: set[URIRef] = set()

    def __call__(self, kind: str, local: str) -> URIRef:
        iri, n = EPID[f"{kind}/{local}"], 1
        while iri in self.used:
            n += 1
            iri = EPID[f"{kind}/{local}-{n}"]
        self.used.add(iri)
        return iri


def build_graph(record: DocumentRecord, facts: DocumentFacts) -> Graph:
    """Build the RDF graph of one document.

    Parameters
    ----------
    record : DocumentRecord
        The document as read (identifier, text, metadata).
    facts : DocumentFacts
        What extraction found in it.

    Returns
    -------
    rdflib.Graph
        The document's statements; store them in the named graph ``record.iri``.

    Examples
    --------
    >>> from epkg.graph.documents import DocumentRecord
    >>> from epkg.graph.extract.facts import DocumentFacts
    >>> g = build_graph(DocumentRecord("a.txt", "Nothing here."), DocumentFacts("Nothing here."))
    >>> (DocumentRecord("a.txt", "Nothing here.").iri, RDF.type, EPKG.Document) in g
    True
    """
    # SimpleMemory: no context indexes, about 2.5 times faster to fill, and a document
    # graph never needs them. Prefixes are bound only where graphs are written for people.
    g = Graph(store="SimpleMemory")
    doc = record.iri
    _describe_document(g, doc, record, facts)
    for entity in facts.entities.values():
        _describe_entity(g, entity)
        g.add((doc, EPKG.mentions, entity_iri(entity.key)))

    mint = _Minter()
    known = facts.entities

    def relation_node(kind: str, local: str, cls, sentence: int) -> URIRef:
        node = mint(kind, local)
        g.add((node, RDF.type, cls))
        g.add((node, PROV.wasDerivedFrom, doc))
        g.add((node, EPKG.evidence, Literal(facts.sentence_text(sentence))))
        return node

    def actor(key: str) -> URIRef | None:
        return entity_iri(key) if key in known else None

    for m in facts.memberships:
        member, organization = actor(m.member), actor(m.organization)
        if member is None or organization is None:
            continue
        g.add((member, _ROLE_PROPERTY[m.role], organization))
        node = relation_node("membership", _node_slug(_tail(m.member), _tail(m.organization), m.role),
                             EPKG.Membership, m.sentence)
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, member))
        g.add((node, ORG.organization, organization))
        g.add((node, ORG.role, Literal(m.role)))
        g.add((node, EPKG.role, Literal(m.role)))
        _add_date(g, node, EPKG.date, m.date)

    partnership_nodes = []
    for p in facts.partnerships:
        partners = [actor(k) for k in p.partners]
        partners = [x for x in partners if x is not None]
        local = _node_slug(*sorted(_tail(k) for k in p.partners), p.level or "partnership")
        node = relation_node("partnership", local, EPKG.Partnership, p.sentence)
        partnership_nodes.append(node)
        for x in partners:
            g.add((node, EPKG.partner, x))
        for i, a in enumerate(partners):
            for b in partners[i + 1:]:
                g.add((a, EPKG.partnerOf, b))
        if p.level:
            g.add((node, EPKG.level, level_concept(p.level)))
        _add_date(g, node, EPKG.date, p.date)

    for c in facts.cooperations:
        a, b = (actor(k) for k in c.actors)
        if a is None or b is None or a == b:
            continue
        g.add((a, EPKG.cooperatesWith, b))
        node = relation_node("cooperation", _node_slug(*sorted(_tail(k) for k in c.actors)),
                             EPKG.Cooperation, c.sentence)
        g.add((node, EPKG.actor, a))
        g.add((node, EPKG.actor, b))
        _add_date(g, node, EPKG.date, c.date)

    for ag in facts.agreements:
        local = _node_slug(ag.label or ag.kind, *sorted(_tail(k) for k in ag.parties)[:6], ag.date)
        node = relation_node("agreement", local, EPKG[ag.kind], ag.sentence)
        if ag.kind != "Agreement":
            g.add((node, RDF.type, EPKG.Agreement))
        if ag.label:
            g.add((node, RDFS.label, Literal(ag.label)))
        for k in ag.parties:
            if (x := actor(k)) is not None:
                g.add((node, EPKG.party, x))
        _add_date(g, node, EPKG.signedOn, ag.date)
        if ag.place and (place := actor(ag.place)) is not None:
            g.add((node, EPKG.signedAt, place))
        if ag.establishes is not None and 0 <= ag.establishes < len(partnership_nodes):
            g.add((node, EPKG.establishes, partnership_nodes[ag.establishes]))

    for pr in facts.projects:
        cap = None if pr.capacity_mw is None else f"{pr.capacity_mw:g}mw"
        local = _node_slug(pr.label or "", *(_tail(k) for k in pr.hosts), *pr.technologies, cap,
                           *(_tail(k) for k in pr.locations))
        node = relation_node("project", local, EPKG.EnergyProject, pr.sentence)
        if pr.label:
            g.add((node, RDFS.label, Literal(pr.label)))
        for t in pr.technologies:
            g.add((node, EPKG.technology, technology_concept(t)))
        if pr.capacity_mw is not None:
            g.add((node, EPKG.capacityMW, Literal(Decimal(str(round(pr.capacity_mw, 3))).normalize(),
                                                  datatype=XSD.decimal)))
        for k in pr.hosts:
            if (x := actor(k)) is not None:
                g.add((node, EPKG.hostState, x))
        for k in pr.locations:
            if (x := actor(k)) is not None:
                g.add((node, EPKG.locatedIn, x))
        for prop, keys in ((EPKG.participant, pr.participants), (EPKG.developer, pr.developers),
                           (EPKG.investor, pr.investors), (EPKG.contractor, pr.contractors)):
            for k in keys:
                if (x := actor(k)) is not None:
                    g.add((node, prop, x))
                    g.add((node, EPKG.participant, x))

    for ev in facts.events:
        local = _node_slug(ev.label or ev.kind, ev.date)
        node = relation_node("event", local, EPKG[ev.kind], ev.sentence)
        if ev.kind != "Event":
            g.add((node, RDF.type, EPKG.Event))
        g.add((node, RDF.type, SCHEMA.Event))
        if ev.label:
            g.add((node, RDFS.label, Literal(ev.label)))
        for alt in sorted(ev.alt_labels - {ev.label}):
            g.add((node, SKOS.altLabel, Literal(alt)))
        if ev.place and (place := actor(ev.place)) is not None:
            g.add((node, EPKG.heldIn, place))
        _add_date(g, node, EPKG.date, ev.date)
        for k in ev.participants:
            if (x := actor(k)) is not None:
                g.add((node, EPKG.participant, x))
        if ev.organizer and (x := actor(ev.organizer)) is not None:
            g.add((node, EPKG.organizedBy, x))
    return g


def _add_date(g: Graph, node, prop, value: str | None) -> None:
    lit = date_literal(value) if value else None
    if lit is not None:
        g.add((node, prop, lit))


def _describe_document(g: Graph, doc, record: DocumentRecord, facts: DocumentFacts) -> None:
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, RDF.type, PROV.Entity))
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, DCTERMS.identifier, Literal(record.identifier)))
    g.add((doc, EPKG.sha256, Literal(record.sha256)))
    if record.title:
        g.add((doc, DCTERMS.title, Literal(record.title)))
    issued = date_literal(record.published or facts.published or "")
    if issued is not None:
        g.add((doc, DCTERMS.issued, issued))
    publisher = record.publisher or facts.publisher
    if publisher:
        g.add((doc, DCTERMS.publisher, Literal(publisher)))
    if record.source:
        g.add((doc, DCTERMS.source, Literal(record.source)))
    if facts.dateline_place and facts.dateline_place in facts.entities:
        g.add((doc, EPKG.datelinePlace, entity_iri(facts.dateline_place)))


def _describe_entity(g: Graph, e: Entity) -> None:
    node = entity_iri(e.key)
    g.add((node, RDF.type, EPKG[e.kind]))
    for cls in _SUPER.get(e.kind, ()):
        g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(e.label)))
    for alt in sorted(e.alt_labels - {e.label}):
        g.add((node, SKOS.altLabel, Literal(alt)))
    if e.iso3:
        g.add((node, EPKG.iso3, Literal(e.iso3)))
    if e.country:
        prop = {"Place": EPKG.country, "GovernmentBody": EPKG.partOf}.get(e.kind, EPKG.basedIn)
        g.add((node, prop, EPID[f"state/{e.country}"]))
    if e.position:
        g.add((node, EPKG.position, Literal(e.position)))
    if e.represents:
        g.add((node, EPKG.represents, entity_iri(e.represents)))
    if e.wikidata:
        g.add((node, EPKG.wikidata, Literal(e.wikidata)))
