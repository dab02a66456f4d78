"""Facts → RDF: one rdflib graph per document, in the contract's vocabulary.

The graph holds the document's own description (``epkg:Document``), the
entities it mentions (labels, types, keys) and one node per relation, each with
``prov:wasDerivedFrom`` the document and ``epkg:evidence`` the sentence it was
read from. Its name, when stored, is the document IRI.
"""
from __future__ import annotations

import functools
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from epkg.graph.isodate import date_literal  # noqa: F401 (public here too)
from epkg.graph.pipeline.records import DocumentRecord
from epkg.graph.extract.facts import DocumentFacts, Entity
from epkg.ontology.classes import superclasses
from epkg.ontology.namespaces import EPID, EPKG, ORG, SCHEMA, slug
from epkg.ontology.vocabulary import level_concept, technology_concept

_ROLE_PROPERTY = {"member": EPKG.memberOf, "observer": EPKG.observerOf, "dialogue partner": EPKG.dialoguePartnerOf}
_MAX_SLUG = 80


class _Terms:
    """A namespace whose terms are each made once: rdflib builds and validates a new URIRef
    on every attribute access, and a document graph needs hundreds of them."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = self._namespace[name]
        setattr(self, name, term)  # later lookups find the attribute without calling this
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)


_EPKG, _ORG, _SCHEMA = _Terms(EPKG), _Terms(ORG), _Terms(SCHEMA)
_RDF, _RDFS, _SKOS, _PROV, _DCTERMS = _Terms(RDF), _Terms(RDFS), _Terms(SKOS), _Terms(PROV), _Terms(DCTERMS)
_ENTITY_PROPERTY = {"Place": EPKG.country, "GovernmentBody": EPKG.partOf}


@functools.lru_cache(maxsize=1 << 16)
def entity_iri(key: str) -> URIRef:
    """The IRI of an entity from its key (``"state/AZE"`` → ``epid:state/AZE``)."""
    return EPID[key]


# Labels, keys and roles recur from document to document; a Literal costs more to make than to look up.
_label_literal = functools.lru_cache(maxsize=1 << 16)(Literal)


@functools.lru_cache(maxsize=1 << 16)
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
    >>> from epkg.graph.pipeline.records import DocumentRecord
    >>> from epkg.graph.extract.facts import DocumentFacts
    >>> g = build_graph(DocumentRecord("a.txt", "Nothing here."), DocumentFacts("Nothing here."))
    >>> (DocumentRecord("a.txt", "Nothing here.").iri, RDF.type, EPKG.Document) in g
    True
    """
    # SimpleMemory: no context indexes, about 2.5 times faster to fill, and a document
    # graph never needs them. Prefixes are bound only where graphs are written for people.
    g = Graph(store="SimpleMemory")
    writer = _Statements(record, facts)
    writer.document_and_entities()
    writer.memberships()
    partnership_nodes = writer.partnerships()
    writer.cooperations()
    writer.agreements(partnership_nodes)
    writer.projects()
    writer.events()
    # Graph.add re-checks that each term is an rdflib term; every term here is made above,
    # so the triples go to the store directly, in the same order.
    store_add = g.store.add
    for triple in writer.triples:
        store_add(triple, g)
    return g


class _Statements:
    """The statements of one document's graph, written one kind of fact at a time."""

    def __init__(self, record: DocumentRecord, facts: DocumentFacts):
        self.record, self.facts, self.doc = record, facts, record.iri
        self.triples: list[tuple] = []
        self.add = self.triples.append
        self._mint = _Minter()

    def node(self, kind: str, local: str, cls, sentence: int, rule: str = "") -> URIRef:
        """A new fact node of class *cls*, with its document, its sentence and the rule that read it."""
        add, node = self.add, self._mint(kind, local)
        add((node, _RDF.type, cls))
        add((node, _PROV.wasDerivedFrom, self.doc))
        add((node, _EPKG.evidence, Literal(self.facts.sentence_text(sentence))))
        if rule:
            add((node, _EPKG.extractedBy, Literal(rule)))
        return node

    def actor(self, key: str) -> URIRef | None:
        """The IRI of an entity this document knows, else None (a fact about an unknown key is dropped)."""
        return entity_iri(key) if key in self.facts.entities else None

    def actors(self, keys) -> list[URIRef]:
        return [x for x in map(self.actor, keys) if x is not None]

    def document_and_entities(self) -> None:
        _describe_document(self.add, self.doc, self.record, self.facts)
        for entity in self.facts.entities.values():
            _describe_entity(self.add, entity)
            self.add((self.doc, _EPKG.mentions, entity_iri(entity.key)))

    def memberships(self) -> None:
        add = self.add
        for m in self.facts.memberships:
            member, organization = self.actor(m.member), self.actor(m.organization)
            if member is None or organization is None:
                continue
            add((member, _ROLE_PROPERTY[m.role], organization))
            node = self.node("membership", _node_slug(_tail(m.member), _tail(m.organization), m.role),
                             _EPKG.Membership, m.sentence, m.rule)
            add((node, _RDF.type, _ORG.Membership))
            add((node, _ORG.member, member))
            add((node, _ORG.organization, organization))
            add((node, _ORG.role, _label_literal(m.role)))
            add((node, _EPKG.role, _label_literal(m.role)))
            _add_date(add, node, _EPKG.date, m.date)

    def partnerships(self) -> list[URIRef]:
        """Write the partnerships; their nodes in order (an agreement may establish one)."""
        add, nodes = self.add, []
        for p in self.facts.partnerships:
            partners = self.actors(p.partners)
            local = _node_slug(*sorted(_tail(k) for k in p.partners), p.level or "partnership")
            node = self.node("partnership", local, _EPKG.Partnership, p.sentence, p.rule)
            nodes.append(node)
            for x in partners:
                add((node, _EPKG.partner, x))
            for i, a in enumerate(partners):
                for b in partners[i + 1:]:
                    add((a, _EPKG.partnerOf, b))
            if p.level:
                add((node, _EPKG.level, level_concept(p.level)))
            _add_date(add, node, _EPKG.date, p.date)
        return nodes

    def cooperations(self) -> None:
        add = self.add
        for c in self.facts.cooperations:
            a, b = (self.actor(k) for k in c.actors)
            if a is None or b is None or a == b:
                continue
            add((a, _EPKG.cooperatesWith, b))
            node = self.node("cooperation", _node_slug(*sorted(_tail(k) for k in c.actors)),
                             _EPKG.Cooperation, c.sentence, c.rule)
            add((node, _EPKG.actor, a))
            add((node, _EPKG.actor, b))
            _add_date(add, node, _EPKG.date, c.date)

    def agreements(self, partnership_nodes: list[URIRef]) -> None:
        add = self.add
        for ag in self.facts.agreements:
            local = _node_slug(ag.label or ag.kind, *sorted(_tail(k) for k in ag.parties)[:6], ag.date)
            node = self.node("agreement", local, _EPKG[ag.kind], ag.sentence, ag.rule)
            if ag.kind != "Agreement":
                add((node, _RDF.type, _EPKG.Agreement))
            if ag.label:
                add((node, _RDFS.label, _label_literal(ag.label)))
            for x in self.actors(ag.parties):
                add((node, _EPKG.party, x))
            _add_date(add, node, _EPKG.signedOn, ag.date)
            if ag.place and (place := self.actor(ag.place)) is not None:
                add((node, _EPKG.signedAt, place))
            if ag.establishes is not None and 0 <= ag.establishes < len(partnership_nodes):
                add((node, _EPKG.establishes, partnership_nodes[ag.establishes]))

    def projects(self) -> None:
        add = self.add
        for pr in self.facts.projects:
            cap = None if pr.capacity_mw is None else f"{pr.capacity_mw:g}mw"
            local = _node_slug(pr.label or "", *(_tail(k) for k in pr.hosts), *pr.technologies, cap,
                               *(_tail(k) for k in pr.locations))
            node = self.node("project", local, _EPKG.EnergyProject, pr.sentence, pr.rule)
            if pr.label:
                add((node, _RDFS.label, _label_literal(pr.label)))
            for t in pr.technologies:
                add((node, _EPKG.technology, technology_concept(t)))
            if pr.capacity_mw is not None:
                add((node, _EPKG.capacityMW, Literal(Decimal(str(round(pr.capacity_mw, 3))).normalize(),
                                                    datatype=XSD.decimal)))
            for x in self.actors(pr.hosts):
                add((node, _EPKG.hostState, x))
            for x in self.actors(pr.locations):
                add((node, _EPKG.locatedIn, x))
            for prop, keys in ((_EPKG.participant, pr.participants), (_EPKG.developer, pr.developers),
                               (_EPKG.investor, pr.investors), (_EPKG.contractor, pr.contractors)):
                for x in self.actors(keys):
                    add((node, prop, x))
                    add((node, _EPKG.participant, x))

    def events(self) -> None:
        add = self.add
        for ev in self.facts.events:
            node = self.node("event", _node_slug(ev.label or ev.kind, ev.date), _EPKG[ev.kind], ev.sentence, ev.rule)
            if ev.kind != "Event":
                add((node, _RDF.type, _EPKG.Event))
            add((node, _RDF.type, _SCHEMA.Event))
            if ev.label:
                add((node, _RDFS.label, _label_literal(ev.label)))
            for alt in sorted(ev.alt_labels - {ev.label}):
                add((node, _SKOS.altLabel, _label_literal(alt)))
            if ev.place and (place := self.actor(ev.place)) is not None:
                add((node, _EPKG.heldIn, place))
            _add_date(add, node, _EPKG.date, ev.date)
            for x in self.actors(ev.participants):
                add((node, _EPKG.participant, x))
            if ev.organizer and (x := self.actor(ev.organizer)) is not None:
                add((node, _EPKG.organizedBy, x))


def _add_date(add, node, prop, value: str | None) -> None:
    lit = date_literal(value) if value else None
    if lit is not None:
        add((node, prop, lit))


def _describe_document(add, doc, record: DocumentRecord, facts: DocumentFacts) -> None:
    add((doc, _RDF.type, _EPKG.Document))
    add((doc, _RDF.type, _PROV.Entity))
    add((doc, _RDF.type, _SCHEMA.NewsArticle))
    add((doc, _DCTERMS.identifier, Literal(record.identifier)))
    add((doc, _EPKG.sha256, Literal(record.sha256)))
    if record.title:
        add((doc, _DCTERMS.title, Literal(record.title)))
    issued = date_literal(record.published or facts.published or "")
    if issued is not None:
        add((doc, _DCTERMS.issued, issued))
    publisher = record.publisher or facts.publisher
    if publisher:
        add((doc, _DCTERMS.publisher, _label_literal(publisher)))
    if record.source:
        add((doc, _DCTERMS.source, Literal(record.source)))
    if facts.dateline_place and facts.dateline_place in facts.entities:
        add((doc, _EPKG.datelinePlace, entity_iri(facts.dateline_place)))


def _describe_entity(add, e: Entity) -> None:
    node = entity_iri(e.key)
    add((node, _RDF.type, _EPKG[e.kind]))
    for cls in superclasses(e.kind):  # stated, so SPARQL without inference finds ?x a epkg:Actor
        add((node, _RDF.type, cls))
    add((node, _RDFS.label, _label_literal(e.label)))
    for alt in sorted(e.alt_labels - {e.label}):
        add((node, _SKOS.altLabel, _label_literal(alt)))
    if e.iso3:
        add((node, _EPKG.iso3, _label_literal(e.iso3)))
    if e.country:
        add((node, _ENTITY_PROPERTY.get(e.kind, _EPKG.basedIn), entity_iri(f"state/{e.country}")))
    if e.position:
        add((node, _EPKG.position, _label_literal(e.position)))
    if e.represents:
        add((node, _EPKG.represents, entity_iri(e.represents)))
    if e.wikidata:
        add((node, _EPKG.wikidata, _label_literal(e.wikidata)))
