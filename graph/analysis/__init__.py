"""Analysis: the partnership network (:mod:`~epkg.graph.analysis.projection`) and what is
measured on it (:mod:`~epkg.graph.analysis.measures`: centrality, communities, paths …).

The measures are importable from this package too (``from epkg.graph import analysis;
analysis.centrality(G)``), as they were when it was one module.
"""
from epkg.graph.analysis.measures import *  # noqa: F401,F403  (the public measures, by their __all__)
from epkg.graph.analysis.measures import __all__  # noqa: F401
