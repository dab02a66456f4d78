"""Timing of the reference data and of SHACL validation.

Run: ``python benchmarks/bench_reference_validation.py [--docs N] [--corpus articles.jsonl]``

Measures building the gazetteer (target < 0.5 s), the gazetteer and ontology graphs,
and ``validate_store`` on a store of N synthetic document graphs (each shaped like
a real one: a document, states, a partnership, a membership, an agreement, a
project and an event) or, with ``--corpus``, on the documents ingested from a corpus.

Results (2-core container, Python 3.11, pySHACL 0.40, shared with other jobs)::

    gazetteer build (load)           0.10-0.31 s   (1 186 entries)
    gazetteer graph                  0.44 s        (11 972 triples, after the build)
    ontology graph                   0.05 s
    validate_store, 32 documents     0.58 s
    validate_store, 500 documents    3.24 s        (about 6.5 ms a document)
    validate gazetteer graph         1.30 s        (reference=True; conforms)
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from epkg.graph.store import Store
from epkg.graph.validate import validate_store
from epkg.ontology import gazetteer, reference
from epkg.ontology.namespaces import EPID, EPKG, ORG
from epkg.ontology.vocabulary import level_concept, technology_concept


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - start:6.2f} s")
    return result


def synthetic_document(i: int) -> tuple:
    sha = hashlib.sha256(str(i).encode()).hexdigest()
    doc = EPID[f"doc/{sha[:16]}"]
    g = Graph()
    g.add((doc, RDF.type, EPKG.Document))
    g.add((doc, DCTERMS.identifier, Literal(f"synthetic-{i}")))
    g.add((doc, EPKG.sha256, Literal(sha)))
    g.add((doc, DCTERMS.issued, Literal("2025-06-26", datatype=XSD.date)))
    states = [EPID[f"state/{c}"] for c in ("AZE", "CHN", "KAZ", "UZB")]
    for s, code in zip(states, ("AZE", "CHN", "KAZ", "UZB")):
        g.add((s, RDF.type, EPKG.State))
        g.add((s, EPKG.iso3, Literal(code)))
        g.add((doc, EPKG.mentions, s))

    def node(kind, cls):
        n = EPID[f"{kind}/synthetic-{i}"]
        g.add((n, RDF.type, cls))
        g.add((n, PROV.wasDerivedFrom, doc))
        g.add((n, EPKG.evidence, Literal(f"Sentence {i} about {kind}.")))
        return n

    p = node("partnership", EPKG.Partnership)
    g.add((p, EPKG.partner, states[0]))
    g.add((p, EPKG.partner, states[1]))
    g.add((p, EPKG.level, level_concept("strategic partnership")))
    m = node("membership", EPKG.Membership)
    g.add((m, ORG.member, states[2]))
    g.add((m, ORG.organization, EPID["organization/shanghai-cooperation-organization"]))
    g.add((m, EPKG.role, Literal("member")))
    a = node("agreement", EPKG.MemorandumOfUnderstanding)
    g.add((a, RDF.type, EPKG.Agreement))
    g.add((a, EPKG.party, states[0]))
    g.add((a, EPKG.signedOn, Literal("2025-04", datatype=XSD.gYearMonth)))
    pr = node("project", EPKG.EnergyProject)
    g.add((pr, EPKG.technology, technology_concept("offshore wind")))
    g.add((pr, EPKG.capacityMW, Literal(Decimal("2000"), datatype=XSD.decimal)))
    e = node("event", EPKG.Meeting)
    g.add((e, EPKG.date, Literal("2025", datatype=XSD.gYear)))
    return doc, f"synthetic-{i}", g


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=32, help="number of synthetic documents")
    parser.add_argument("--corpus", help="ingest this corpus instead of synthetic documents")
    args = parser.parse_args(argv)

    gaz = timed("gazetteer build (load)", gazetteer._build)
    print(f"  {len(gaz.entries())} entries")
    g = timed("gazetteer graph", reference.gazetteer_graph)
    print(f"  {len(g)} triples")
    timed("ontology graph", reference.ontology_graph)

    store = Store.memory()
    if args.corpus:
        from epkg.graph.ingest import ingest
        timed("ingest corpus", lambda: ingest(store, [args.corpus]))
    else:
        for i in range(args.docs):
            store.add_document(*synthetic_document(i))
    n = len(store.document_graphs())
    violations = timed(f"validate_store, {n} documents", lambda: validate_store(store))
    print(f"  {len(violations)} violation(s)")
    violations = timed("validate gazetteer graph", lambda: validate_store(store, reference=True, documents=[]))
    print(f"  {len(violations)} violation(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
