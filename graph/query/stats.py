"""What the graph knows, in numbers: triples, documents, entities by class."""
from __future__ import annotations

from epkg.ontology.classes import FACT_CLASSES, NAMED_CLASSES

# What is counted: the named entities of a definite kind, and the facts (each kind with its subclasses).
ENTITY_CLASSES = NAMED_CLASSES + FACT_CLASSES


def stats(store) -> dict:
    """Counts over the document graphs of *store* (reference data counted apart); entities and
    facts are counted in the consolidated graph when there is one (each once, however many
    documents report it).

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase

    Returns
    -------
    dict
        ``{"triples": int, "consolidated_triples": int, "reference_triples": int, "documents": int,
        "entities": {class local name: count of distinct entities and facts stated in documents}}``

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> stats(Store.memory())["documents"]
    0
    """
    from epkg.graph.consolidate import present
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED

    docs = store.document_graphs()
    values = " ".join(f"<{d}>" for d in docs)
    counts = {}
    if docs and present(store):
        # facts, not reports: an agreement three documents report is one
        rows = store.select(f"""
            SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {{
              GRAPH <{GRAPH_CONSOLIDATED}> {{ ?x a ?c }}
              VALUES (?c ?class) {{ {' '.join(f'(epkg:{c} "{c}")' for c in ENTITY_CLASSES)} }}
            }} GROUP BY ?class""")
        counts = {str(r["class"]): int(r["n"]) for r in rows}
    elif docs:
        rows = store.select(f"""
            SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {{
              VALUES ?g {{ {values} }}
              GRAPH ?g {{ ?x a ?c }}
              VALUES (?c ?class) {{ {' '.join(f'(epkg:{c} "{c}")' for c in ENTITY_CLASSES)} }}
            }} GROUP BY ?class""")
        counts = {str(r["class"]): int(r["n"]) for r in rows}
    # Every quad is in a named graph, and all but a handful of those graphs are documents: counting
    # the few others and taking them from the whole is one scan, where counting over the document
    # graphs joins every one of their names (0.9 s of CPU at 10,000 documents).
    documents = set(docs)
    others = {g: _size(store, g) for g in store.graph_names() if g not in documents}
    doc_triples = len(store) - sum(others.values())
    merged = others.get(GRAPH_CONSOLIDATED, 0)
    return {"triples": doc_triples, "consolidated_triples": merged,
            "reference_triples": sum(others.values()) - merged, "documents": len(docs),
            "entities": {c: counts.get(c, 0) for c in ENTITY_CLASSES}}


def _size(store, graph) -> int:
    """The number of statements in the named graph *graph* of *store*."""
    return int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")[0]["n"])
