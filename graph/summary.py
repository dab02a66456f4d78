"""What the graph knows, in numbers: triples, documents, entities by class."""
from __future__ import annotations

ENTITY_CLASSES = ("State", "InternationalOrganization", "Company", "GovernmentBody", "Person", "Place",
                  "Partnership", "Membership", "Agreement", "EnergyProject", "Event")


def stats(store) -> dict:
    """Counts over the document graphs of *store* (reference data counted apart).

    Parameters
    ----------
    store : epkg.graph.store.Store

    Returns
    -------
    dict
        ``{"triples": int, "reference_triples": int, "documents": int,
        "entities": {class local name: count of distinct nodes mentioned or stated in documents}}``

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> stats(Store.memory())["documents"]
    0
    """
    docs = store.document_graphs()
    values = " ".join(f"<{d}>" for d in docs)
    counts = {}
    if docs:
        rows = store.select(f"""
            SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {{
              VALUES ?g {{ {values} }}
              GRAPH ?g {{ ?x a ?c }}
              VALUES (?c ?class) {{ {' '.join(f'(epkg:{c} "{c}")' for c in ENTITY_CLASSES)} }}
            }} GROUP BY ?class""")
        counts = {str(r["class"]): int(r["n"]) for r in rows}
    total = len(store)
    doc_triples = int(store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")[0]["n"]) if docs else 0
    return {"triples": doc_triples, "reference_triples": total - doc_triples, "documents": len(docs),
            "entities": {c: counts.get(c, 0) for c in ENTITY_CLASSES}}
