"""The trigger vocabulary: which words (lemmas) state a relation between actors.

The table is data (``reference/triggers.yaml``), reviewed as a list of words of
news English, so that the rules and the parse-based readers of
:mod:`epkg.graph.extract` share one vocabulary instead of each keeping a list.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml


@dataclass(frozen=True)
class Triggers:
    """The trigger words of one relation kind, as lower-case lemmas."""
    joint_verbs: frozenset[str]
    with_verbs: frozenset[str]
    nouns: frozenset[str]
    with_preps: frozenset[str]
    between_preps: frozenset[str]
    hedges: frozenset[str]
    off_topic: frozenset[str]
    off_topic_phrases: frozenset[str]

    @property
    def words(self) -> frozenset[str]:
        """Every trigger lemma, for a cheap test of whether a sentence can hold the relation."""
        return self.joint_verbs | self.with_verbs | self.nouns


@functools.cache
def triggers(kind: str = "cooperation") -> Triggers:
    """The trigger table of relation *kind*.

    Parameters
    ----------
    kind : str
        A top-level key of ``reference/triggers.yaml`` (``"cooperation"``).

    Returns
    -------
    Triggers

    Examples
    --------
    >>> t = triggers()
    >>> "sign" in t.joint_verbs and "consortium" in t.nouns and "between" in t.between_preps
    True
    """
    text = resources.files("epkg.ontology").joinpath("reference", "triggers.yaml").read_text(encoding="utf-8")
    table = yaml.safe_load(text)[kind]
    return Triggers(**{name: frozenset(w.lower() for w in table[name]) for name in Triggers.__dataclass_fields__})
