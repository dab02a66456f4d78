"""The entity classes, read once from the ontology (``epkg.ttl``), for every module that lists them.

Which classes there are, which is more specific than which, and what each one's
superclasses are is the ontology's knowledge: it is derived here from its
``rdfs:subClassOf`` statements, so that adding a class to ``epkg.ttl`` reaches the
graph builder, the gazetteer, the lookups, the statistics and the network alike.
"""
from __future__ import annotations

import functools
from importlib import resources

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from epkg.ontology.namespaces import EPKG, SCHEMA

ONTOLOGY_FILE = "epkg.ttl"


@functools.lru_cache(maxsize=1)
def _hierarchy() -> tuple[tuple[str, ...], dict[str, tuple[URIRef, ...]]]:
    """The epkg classes in the order the ontology declares them, and each one's direct superclasses."""
    text = resources.files("epkg.ontology").joinpath(ONTOLOGY_FILE).read_text(encoding="utf-8")
    g = Graph()
    g.parse(data=text, format="turtle")
    names = [str(c)[len(str(EPKG)):] for c in g.subjects(RDF.type, OWL.Class)
             if isinstance(c, URIRef) and str(c).startswith(str(EPKG))]
    names.sort(key=lambda name: text.find(f"epkg:{name} a owl:Class"))  # the file's order, which is deliberate
    parents = {name: tuple(sorted((p for p in g.objects(EPKG[name], RDFS.subClassOf) if isinstance(p, URIRef)),
                                  key=lambda p: (not str(p).startswith(str(EPKG)), str(p))))
               for name in names}
    return tuple(names), parents


def _ancestors(name: str) -> list[URIRef]:
    """Every superclass of the epkg class *name*, nearest first (epkg's own before other vocabularies')."""
    _, parents = _hierarchy()
    out, queue = [], list(parents.get(name, ()))
    while queue:
        parent = queue.pop(0)
        if parent in out:
            continue
        out.append(parent)
        local = str(parent)[len(str(EPKG)):] if str(parent).startswith(str(EPKG)) else None
        queue.extend(parents.get(local, ()) if local else ())
    return out


@functools.lru_cache(maxsize=None)
def superclasses(name: str) -> tuple[URIRef, ...]:
    """The superclasses an instance of *name* is also typed with, so that SPARQL without inference
    finds ``?x a epkg:Actor`` or ``?x a schema:Organization``: epkg's and schema.org's, nearest first.

    Parameters
    ----------
    name : str
        The local name of an epkg class (``"Company"``).

    Returns
    -------
    tuple of URIRef

    Examples
    --------
    >>> [str(c).split("/")[-1].split("#")[-1] for c in superclasses("Company")]
    ['Organization', 'Actor', 'Organization']
    >>> superclasses("Place") == (SCHEMA.Place,)
    True
    """
    return tuple(c for c in _ancestors(name) if str(c).startswith((str(EPKG), str(SCHEMA))))


def subclasses(name: str) -> tuple[str, ...]:
    """The epkg classes below *name* (at any depth), most specific first (see :data:`ENTITY_CLASSES`).

    Examples
    --------
    >>> subclasses("Organization")
    ('InternationalOrganization', 'Company', 'GovernmentBody')
    """
    return tuple(c for c in ENTITY_CLASSES if EPKG[name] in _ancestors(c))


def _most_specific_first() -> tuple[str, ...]:
    # Every class after all of its subclasses; otherwise in the ontology's order.
    names, _ = _hierarchy()
    pending, out = list(names), []
    while pending:
        for name in pending:
            if all(EPKG[name] not in _ancestors(other) for other in pending if other != name):
                out.append(name)
                pending.remove(name)
                break
    return tuple(out)


ENTITY_CLASSES: tuple[str, ...] = _most_specific_first()
"""Every epkg class (local names), each before its superclasses: the type shown for a node is the first it has."""

ACTOR_CLASSES: tuple[str, ...] = subclasses("Actor")
"""The kinds of actor (``State`` … ``Person``), most specific first."""

NODE_CLASSES: tuple[str, ...] = tuple(c for c in ENTITY_CLASSES if c in (*ACTOR_CLASSES, "Place", "Actor"))
"""What a node of the partnership network can be: an actor, a place, or an actor of no known kind."""

FACT_CLASSES: tuple[str, ...] = tuple(c for c in _hierarchy()[0] if not _ancestors(c) or
                                      all(not str(p).startswith(str(EPKG)) for p in _ancestors(c))
                                      if c not in ("Actor", "Place", "Document"))
"""The kinds of fact documents report (``Agreement``, ``Partnership`` …), each counted with its subclasses."""

NAMED_CLASSES: tuple[str, ...] = tuple(c for c in ACTOR_CLASSES if not subclasses(c)) + ("Place",)
"""The kinds of named entity (actors of a definite kind, and places)."""
