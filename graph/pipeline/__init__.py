"""The pipeline: documents in (``records``), facts to one graph per document (``build``), graphs
into the store (``ingest``; ``process`` is the work done for each document, ``distributed`` runs it
on a Dask cluster). Extraction itself is ``epkg.graph.extract``."""
