"""epkg.graph: documents → facts → RDF graphs → the store, and the readers over it.

The folders follow the stages:

- ``extract/``: reading facts out of a document's text;
- ``pipeline/``: documents in (``records``), facts to a graph (``build``), graphs to the
  store (``ingest``, on one machine or a Dask cluster: ``distributed``);
- ``storage/``: the store contract and its two backends (embedded pyoxigraph, remote
  SPARQL server), SHACL validation;
- ``query/``: SPARQL for users (``checking``, ``running``, ``serialising``), the HTTP
  ``endpoint``, the ready-made ``lookup`` questions, ``names`` of entities, ``stats``;
- ``analysis/``: the partnership network (``projection``) and its ``measures``.

Shared by every stage: ``errors``, ``isodate`` (dates, also partial ones), ``query_guard``
(safe IRIs in queries); ``consolidate`` and ``identity`` match reports of the same fact.

The modules' earlier, flat names (``epkg.graph.store``, ``epkg.graph.sparql`` …) still
import, as the same module objects: see :data:`MOVED`.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys

# Where the modules of the flat layout went. An import of the old name gives the new module
# itself (not a copy), so a patch or an isinstance check through either name sees the same thing.
MOVED = {
    "epkg.graph.documents": "epkg.graph.pipeline.records",
    "epkg.graph.build": "epkg.graph.pipeline.build",
    "epkg.graph.ingest": "epkg.graph.pipeline.ingest",
    "epkg.graph.distributed": "epkg.graph.pipeline.distributed",
    "epkg.graph.store": "epkg.graph.storage",
    "epkg.graph.remote": "epkg.graph.storage.remote",
    "epkg.graph.validate": "epkg.graph.storage.validate",
    "epkg.graph.ntriples": "epkg.graph.storage.ntriples",
    "epkg.graph.sparql": "epkg.graph.query",
    "epkg.graph.endpoint": "epkg.graph.query.endpoint",
    "epkg.graph.lookup": "epkg.graph.query.lookup",
    "epkg.graph.names": "epkg.graph.query.names",
    "epkg.graph.summary": "epkg.graph.query.stats",
    "epkg.graph.network": "epkg.graph.analysis.projection",
}


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds an old module name and gives the module now at the new one."""

    def find_spec(self, name, path=None, target=None):
        if name not in MOVED:
            return None
        return importlib.util.spec_from_loader(name, self)

    def __init__(self):
        self._specs = {}  # real name → the module's own spec

    def create_module(self, spec):
        module = importlib.import_module(MOVED[spec.name])
        self._specs[module.__name__] = module.__spec__  # the import system writes the alias's spec over it
        return module

    def exec_module(self, module):
        module.__spec__ = self._specs[module.__name__]  # put it back


if not any(isinstance(finder, _Alias) for finder in sys.meta_path):
    sys.meta_path.insert(0, _Alias())
