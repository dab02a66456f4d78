"""Querying the store.

SPARQL for users in three steps: :mod:`~epkg.graph.query.checking` (refuse updates,
``LOAD``, ``SERVICE``; syntax errors with their position), :mod:`~epkg.graph.query.running`
(in this process, or in workers with a time limit and a memory cap) and
:mod:`~epkg.graph.query.serialising` (result formats, content negotiation, text tables).
Beside them: the HTTP :mod:`~epkg.graph.query.endpoint`, the ready-made questions of
:mod:`~epkg.graph.query.lookup`, entity :mod:`~epkg.graph.query.names` and the store's
:mod:`~epkg.graph.query.stats`.

This package also answers for the module it replaced, ``epkg.graph.sparql``: the names
below are importable from either, each loaded when first asked for.
"""
from __future__ import annotations

import importlib

# name → the module that holds it
_EXPORTS = {
    **dict.fromkeys(("QUERY_FORMS", "QuerySyntaxError", "QueryRefused", "CheckedQuery", "check_query"), "checking"),
    **dict.fromkeys(("QueryTimeout", "QueryMemoryError", "StoreBusyError", "QueryResult", "execute", "GIB",
                     "MIN_MAX_MEMORY", "physical_memory", "default_max_memory", "limit_memory", "QueryRunner",
                     "run_query"), "running"),
    **dict.fromkeys(("RESULT_FORMATS", "GRAPH_FORMATS", "FORMATS", "text_table", "serialize", "negotiate"),
                    "serialising"),
    "short": "epkg.ontology.namespaces",  # the one term shortener lives with the prefixes it uses
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    where = _EXPORTS[name]
    return getattr(importlib.import_module(where if "." in where else f"{__name__}.{where}"), name)
