"""SHACL validation of document graphs, each on its own, of the consolidated graph (and, on
request, the gazetteer) with pySHACL.

The shapes are ``epkg/ontology/shapes.ttl``. The ontology is added to the data
checked, so the class hierarchy and the concept schemes are known (pySHACL's own
``ont_graph`` mixing copies class axioms but not the SKOS concepts). No inference
is run: the graph builder states every type explicitly, and pySHACL follows
``rdfs:subClassOf`` for ``sh:targetClass`` anyway, so RDFS inference would only
cost time.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF

from epkg.graph.errors import EpkgError
from epkg.ontology.namespaces import EPID, EPKG, GRAPH_CONSOLIDATED, SH, short

# Documents validated per pySHACL run: bounds memory on large stores while keeping
# the fixed cost of a run (loading the shapes and the ontology) rare.
BATCH = 200

class ValidationError(EpkgError):
    """Validation could not run (not: the data has violations)."""


def shown(term) -> str:
    """A term as a report shows it: IRIs shortened (:func:`epkg.ontology.namespaces.short`), literals
    quoted and cut at 60 characters, ``-`` for none.

    Examples
    --------
    >>> from rdflib import Literal
    >>> shown(EPID["state/AZE"]), shown(Literal("aze")), shown(None)
    ('state:AZE', "'aze'", '-')
    """
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        return short(term)
    text = str(term)
    return repr(text) if len(text) <= 60 else repr(text[:57] + "...")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: ``str()`` gives it as one readable line.

    ``documents`` are the identifiers of the documents whose graphs hold the focus
    node (empty for reference data).
    """
    focus: str
    path: str
    message: str
    documents: tuple[str, ...] = ()
    value: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = ""
        if self.documents:
            shown = ", ".join(self.documents[:3])
            more = f" (+{len(self.documents) - 3} more)" if len(self.documents) > 3 else ""
            where = f"  [document {shown}{more}]"
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.focus}  {self.path}: {self.message}{value}{where}"

    def as_dict(self) -> dict:
        return {"focus": self.focus, "path": self.path, "message": self.message,
                "documents": list(self.documents), "value": self.value, "severity": self.severity}


def _run(data: Graph) -> Graph:
    """pySHACL's results graph for *data*, to which the ontology is added (in place)."""
    import pyshacl

    from epkg.ontology import reference

    data += reference.ontology_graph()
    try:
        _, results, _ = pyshacl.validate(data, shacl_graph=reference.shapes_graph(), inference="none",
                                         abort_on_first=False, allow_warnings=True, advanced=False,
                                         inplace=True)
    except Exception as exc:  # pySHACL reports bad shapes or data with its own exception types
        raise ValidationError(f"validation failed: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}") \
            from None
    return results


_INSTANCES = str(EPID)


def _apart(term, suffix: str, origin: dict, graph):
    """*term* renamed for one graph of a batch when it is an instance (``epid:…``); the
    original and its graph are kept in *origin* to report violations under their own names."""
    if isinstance(term, URIRef) and str(term).startswith(_INSTANCES):
        renamed = URIRef(str(term) + suffix)
        origin[renamed] = (term, graph)
        return renamed
    return term


def _results(results: Graph, documents_of, origin: dict | None = None) -> list[Violation]:
    origin = origin or {}

    def original(term):
        return origin[term][0] if term in origin else term

    out = []
    # only top-level results: those nested under sh:detail repeat a sh:node failure
    for r in results.objects(None, SH.result):
        renamed = results.value(r, SH.focusNode)
        focus = original(renamed)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage)
        value = original(results.value(r, SH.value))
        severity = results.value(r, SH.resultSeverity)
        out.append(Violation(
            focus=shown(focus), path=shown(path) if isinstance(path, URIRef) else "-",
            message=str(message) if message is not None else "does not conform",
            documents=tuple(documents_of(renamed)),
            value=shown(value) if value is not None else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"))
    return sorted(set(out), key=lambda v: (v.documents, v.focus, v.path, v.message))


def validate_graph(data: Graph) -> list[Violation]:
    """Validate one graph (typically a document's) against the shapes.

    Parameters
    ----------
    data : rdflib.Graph
        The statements to check; the ontology is added for the check.

    Returns
    -------
    list of Violation
        Empty when the graph conforms. A violation names the document when the
        graph describes exactly one ``epkg:Document``.

    Examples
    --------
    >>> from rdflib import Literal
    >>> g = Graph()
    >>> g.add((EPID["state/AZE"], RDF.type, EPKG.State))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> [str(v) for v in validate_graph(g)]
    ['state:AZE  epkg:iso3: a state has exactly one epkg:iso3, three upper-case letters']
    >>> g.add((EPID["state/AZE"], EPKG.iso3, Literal("AZE")))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> validate_graph(g)
    []
    """
    docs = list(data.subjects(RDF.type, EPKG.Document))
    names = [str(data.value(d, DCTERMS.identifier) or shown(d)) for d in docs]
    found = names if len(names) == 1 else []
    copy = Graph()
    copy += data
    return _results(_run(copy), lambda focus: found)


def validate_store(store, *, reference: bool = False, documents: Iterable | None = None) -> list[Violation]:
    """Validate each document graph of a store on its own, the consolidated graph (when all
    documents are checked), and optionally the gazetteer.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    reference : bool
        Also check the gazetteer graph (static data: its own tests cover it, so off by default).
    documents : iterable of IRIs, optional
        Only these document graphs (default: all).

    Returns
    -------
    list of Violation
        Sorted by document, focus node and path; empty when the store conforms.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> validate_store(Store.memory())
    []
    """
    from epkg.ontology import namespaces

    graphs = list(documents) if documents is not None else store.document_graphs()
    violations: list[Violation] = []
    for start in range(0, len(graphs), BATCH):
        batch = graphs[start:start + BATCH]
        identifiers: dict = {}
        for s, p, o, g in store.quads(batch):
            if p == DCTERMS.identifier and s == g:
                identifiers[g] = str(o)
        # Each document graph is checked on its own: two documents may state different
        # dates for the same agreement, which is a disagreement (`epkg conflicts`), not a
        # violation. Instances are renamed per graph so one pySHACL run checks the whole
        # batch as disjoint graphs (a run per document would repeat its fixed cost).
        data = Graph()
        origin: dict = {}
        for index, name in enumerate(batch):
            suffix = f"#in-graph-{index}"
            for s, p, o, _ in store.quads([name]):
                data.add((_apart(s, suffix, origin, name), p, _apart(o, suffix, origin, name)))

        def documents_of(focus, origin=origin, identifiers=identifiers):
            found = origin.get(focus)
            return [identifiers.get(found[1], shown(found[1]))] if found else []

        violations += _results(_run(data), documents_of, origin)
    if documents is None and GRAPH_CONSOLIDATED in store.graph_names():
        # in batches of whole descriptions: every shape reads a node's own statements only
        by_subject: dict = {}
        for s, p, o, _ in store.quads([GRAPH_CONSOLIDATED]):
            by_subject.setdefault(s, []).append((s, p, o))
        subjects = sorted(by_subject)
        for start in range(0, len(subjects), BATCH * 10):
            data = Graph()
            for subject in subjects[start:start + BATCH * 10]:
                for triple in by_subject[subject]:
                    data.add(triple)
            violations += _results(_run(data), lambda focus: ["consolidated graph"])
    if reference:
        data = Graph()
        for s, p, o, _ in store.quads([namespaces.GRAPH_GAZETTEER]):
            data.add((s, p, o))
        violations += _results(_run(data), lambda focus: ())
    return violations
