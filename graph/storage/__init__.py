"""Storage: where the graphs are kept.

- :mod:`~epkg.graph.storage.contract`: what every store offers (:class:`StoreBase`) and the
  answers its queries give; the behaviour shared by all stores.
- :mod:`~epkg.graph.storage.embedded`: the store in a folder or in memory (pyoxigraph).
- :mod:`~epkg.graph.storage.remote`: a store on a SPARQL 1.1 server.
- :mod:`~epkg.graph.storage.locations` and :mod:`~epkg.graph.storage.opening`: naming and
  opening a store; :mod:`~epkg.graph.storage.terms` and :mod:`~epkg.graph.storage.ntriples`:
  terms and statements as text; :mod:`~epkg.graph.storage.validate`: SHACL validation.

This package also answers for the module it replaced, ``epkg.graph.store``: the names
below are importable from either, and each is loaded only when first asked for.
"""
from __future__ import annotations

import importlib

# name → the module that holds it
_EXPORTS = {
    "StoreBase": "contract", "StoreError": "contract", "StoreBusy": "contract", "GRAPH_META": "contract",
    "SelectAnswer": "contract", "GraphAnswer": "contract",
    "Store": "embedded",
    "RemoteStore": "remote", "parse_location": "remote",
    "ENV_STORE": "locations", "default_location": "locations", "check_location": "locations",
    "is_remote": "locations",
    "open_store": "opening",
    "to_rdflib": "terms", "to_oxigraph": "terms", "triple_line": "terms", "patch_update": "terms",
    "sparql_term": "terms", "is_valid_iri": "terms",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    # Loaded on demand: opening a folder store should not import the HTTP client, nor the reverse.
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
