"""Colours and line styles per node class and relation, shared by the HTML view, GEXF and plots."""
from __future__ import annotations

# Okabe–Ito-like palette: distinguishable for most colour-blind readers.
CLASS_COLORS = {
    "State": "#0072B2",
    "InternationalOrganization": "#E69F00",
    "Company": "#009E73",
    "GovernmentBody": "#56B4E9",
    "Person": "#CC79A7",
    "Organization": "#D55E00",
    "Place": "#999999",
    "Actor": "#666666",
}
CLASS_LABELS = {
    "State": "state",
    "InternationalOrganization": "international organization",
    "Company": "company",
    "GovernmentBody": "government body",
    "Person": "person",
    "Organization": "organization",
    "Place": "place",
    "Actor": "other actor",
}
# The order decides which relation styles an edge tied in several ways.
RELATION_STYLES = {
    "partnership": {"color": "#B2182B", "dashes": False, "label": "partnership (width: level rank)"},
    "agreement": {"color": "#1B7837", "dashes": False, "label": "agreement"},
    "project": {"color": "#E08214", "dashes": False, "label": "energy project"},
    "cooperation": {"color": "#2166AC", "dashes": False, "label": "cooperation"},
    "membership": {"color": "#8C8C8C", "dashes": True, "label": "membership (dashed)"},
}


def class_color(kind: str | None) -> str:
    """The colour of a node class (grey for unknown classes).

    Examples
    --------
    >>> class_color("State")
    '#0072B2'
    >>> class_color("Unknown")
    '#666666'
    """
    return CLASS_COLORS.get(kind or "Actor", CLASS_COLORS["Actor"])


def main_relation(relations) -> str | None:
    """The relation whose style an edge takes: the first of :data:`RELATION_STYLES` among *relations*.

    Examples
    --------
    >>> main_relation(["membership", "cooperation"])
    'cooperation'
    """
    present = set(relations or ())
    return next((r for r in RELATION_STYLES if r in present), None)


def rgb(color: str) -> tuple[int, int, int]:
    """``"#RRGGBB"`` as a tuple of integers.

    Examples
    --------
    >>> rgb("#0072B2")
    (0, 114, 178)
    """
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
