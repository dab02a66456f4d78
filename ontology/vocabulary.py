"""IRIs of the concepts of the two SKOS schemes, from their lower-case labels.

``level_concept("comprehensive strategic partnership")`` →
``epkg:level_comprehensive_strategic_partnership``; ``technology_concept("offshore wind")``
→ ``epkg:technology_offshore_wind``. The concepts themselves (labels, ranks,
alt labels, broader) are declared in ``epkg.ttl``.
"""
import re

from epkg.ontology.namespaces import EPKG


def _local(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")


def level_concept(label: str):
    """The concept of scheme ``epkg:PartnershipLevels`` whose prefLabel is *label*."""
    return EPKG["level_" + _local(label)]


def technology_concept(label: str):
    """The concept of scheme ``epkg:Technologies`` whose prefLabel is *label*."""
    return EPKG["technology_" + _local(label)]
