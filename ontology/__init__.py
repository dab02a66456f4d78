"""epkg.ontology: the vocabulary, the SHACL shapes, the reference gazetteer and
their namespace objects. Nothing here imports from epkg.graph."""
from epkg.ontology.namespaces import (EPID, EPKG, GRAPH_ANALYSIS, GRAPH_GAZETTEER, GRAPH_ONTOLOGY, ORG,
                                      PREFIXES, PROV, REFERENCE_GRAPHS, SCHEMA, TIME, WD, bind_prefixes,
                                      sparql_prologue)

__all__ = ["EPKG", "EPID", "ORG", "SCHEMA", "TIME", "WD", "PROV", "PREFIXES", "GRAPH_ONTOLOGY",
           "GRAPH_GAZETTEER", "GRAPH_ANALYSIS", "REFERENCE_GRAPHS", "bind_prefixes", "sparql_prologue"]
