"""Entity names → IRIs: what a user types on the command line, resolved against the store.

A name can be the canonical label, any alternative label (short names,
acronyms), a demonym, an ISO 3166-1 alpha-3 code, a full IRI or a prefixed name
(``epid:state/AZE``, ``state:AZE``). The forms come from the store itself
(``rdfs:label``, ``skos:altLabel``, ``epkg:demonym``, ``epkg:iso3``), so the
gazetteer and everything extracted from documents are covered alike.

A name shared by several entities raises :class:`AmbiguousName` listing them;
an unknown name raises :class:`UnknownName` with the closest known names.
"""
from __future__ import annotations

import difflib
import re
import weakref
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from epkg.graph.errors import EpkgError
from epkg.graph.query_guard import iri_ref, is_safe_iri
from epkg.ontology.classes import ENTITY_CLASSES
from epkg.ontology.gazetteer import fold
from epkg.ontology.namespaces import EPID, EPKG, PREFIXES, REFERENCE_GRAPHS, short

# Most specific first: the type shown for an entity is the first it has.
ENTITY_TYPES = ENTITY_CLASSES
_TIERS = {"label": 0, "iso3": 0, "alt": 1, "demonym": 1}
_SURNAME_TIER = 2  # "Aliyev" finds Ilham Aliyev when no entity has that name of its own
_IRI_RE = re.compile(r"^(https?://.+)$")
_CURIE_RE = re.compile(r"^([A-Za-z][\w-]*):(\S+)$")


class NameError_(EpkgError):
    """A name on the command line that does not resolve to one entity."""


class UnknownName(NameError_):
    """No entity has this name; ``suggestions`` holds the closest known names."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []


class AmbiguousName(NameError_):
    """Several entities have this name; ``candidates`` lists them (dicts: iri, label, type)."""

    def __init__(self, message: str, candidates: list[dict]):
        super().__init__(message)
        self.candidates = candidates


@dataclass
class NameIndex:
    """The names of a store's entities, folded for comparison."""
    forms: dict  # folded form → {iri: best tier}
    labels: dict  # iri → canonical label
    types: dict  # iri → most specific type name
    display: dict  # folded form → a form as written
    reference: set = field(default_factory=set)  # entities the reference data describes

    def describe(self, iri) -> dict:
        """``{"iri", "label", "type"}`` for an entity."""
        return {"iri": str(iri), "label": self.labels.get(iri, _local(iri)), "type": self.types.get(iri, "")}


def _local(iri) -> str:
    return str(iri).rsplit("/", 1)[-1]


# (variables, pattern) read in each graph: for entities of the reference data, the reference
# graph alone says their label, ISO code and type (see build_index), so the graph is kept.
_NAMES = ("?s ?form ?how", """
  { ?s rdfs:label ?form BIND("label" AS ?how) }
  UNION { ?s skos:altLabel ?form BIND("alt" AS ?how) }
  UNION { ?s epkg:iso3 ?form BIND("iso3" AS ?how) }
  UNION { ?s epkg:demonym ?form BIND("demonym" AS ?how) }
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(epid:)))""")
_TYPES = ("?s ?type", """
  ?s rdfs:label ?l ; a ?type .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(epid:)) && STRSTARTS(STR(?type), STR(epkg:)))""")

_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


_RANK = {name: i for i, name in enumerate(ENTITY_TYPES)}


def keep_label(labels: dict, iri, text: str) -> None:
    """Keep *text* as *iri*'s label in *labels* if it is the first or the shortest (then first in order):
    an entity several documents name has several labels."""
    current = labels.get(iri)
    if current is None or (len(text), text) < (len(current), current):
        labels[iri] = text


def keep_type(types: dict, iri, name: str) -> None:
    """Keep the class local name *name* as *iri*'s type in *types* if it is one of
    :data:`ENTITY_TYPES` more specific than the one kept."""
    if name in _RANK and (iri not in types or _RANK[name] < _RANK[types[iri]]):
        types[iri] = name


def not_an_entity(iri) -> bool:
    """Document and graph IRIs, which name no entity."""
    return iri.startswith(str(EPID["doc/"])) or iri.startswith(str(EPID["graph/"]))


def _select_per_graph(store, query: tuple[str, str]) -> list[dict]:
    """Rows of *query* (variables, pattern) with ``g``, the graph each was read in: the reference
    data and the consolidated graph each on its own where the store has a consolidated graph (one
    description an entity: over the union, a label joined with a type repeats once per pair of
    documents that restate them); else every named graph."""
    from epkg.graph.consolidate import present
    from epkg.ontology.namespaces import GRAPH_CONSOLIDATED, GRAPH_GAZETTEER

    variables, pattern = query
    if not present(store):
        return store.select(f"SELECT DISTINCT {variables} ?g WHERE {{ GRAPH ?g {{ {pattern} }} }}")
    return [{**row, "g": graph} for graph in (GRAPH_GAZETTEER, GRAPH_CONSOLIDATED)
            for row in store.select(f"SELECT DISTINCT {variables} WHERE {{ GRAPH <{graph}> {{ {pattern} }} }}")]


def build_index(store) -> NameIndex:
    """Read every entity name of *store* into a :class:`NameIndex` (no caching).

    Parameters
    ----------
    store : Store

    Returns
    -------
    NameIndex

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> index = build_index(Store.memory())
    >>> index.labels[EPID["state/AZE"]]
    'Azerbaijan'
    """
    forms: dict = defaultdict(dict)
    labels: dict = {}
    display: dict = {}
    rows = _select_per_graph(store, _NAMES)
    # Reference entities (states, organizations of the gazetteer): what other graphs (an
    # import, a document) call them is only ever an alternative name, and an ISO code
    # from elsewhere is no name of theirs at all; so no file can rename Azerbaijan.
    reference = {row["s"] for row in rows if row.get("g") in REFERENCE_GRAPHS}
    for row in rows:
        iri, text, how = row["s"], str(row["form"]), str(row["how"])
        if not_an_entity(str(iri)):
            continue
        if iri in reference and row.get("g") not in REFERENCE_GRAPHS:
            if how == "iso3":
                continue
            how = "alt" if how == "label" else how
        key = fold(text)
        if not key:
            continue
        tier = _TIERS[how]
        forms[key][iri] = min(tier, forms[key].get(iri, tier))
        display.setdefault(key, text)
        if how == "label":
            # Several labels (one per document that named it): keep the shortest, then first in order.
            keep_label(labels, iri, text)
    types: dict = {}
    for row in _select_per_graph(store, _TYPES):
        if row["s"] in reference and row.get("g") not in REFERENCE_GRAPHS:
            continue
        name = str(row["type"])[len(str(EPKG)):]
        keep_type(types, row["s"], name)
    for iri, kind in types.items():
        words = labels.get(iri, "").split()
        if kind == "Person" and len(words) >= 2:
            key = fold(words[-1])
            forms[key].setdefault(iri, _SURNAME_TIER)
            display.setdefault(key, words[-1])
    return NameIndex(dict(forms), labels, types, display, reference)


def cached_index(store) -> NameIndex | None:
    """The :class:`NameIndex` of *store* if this process has built it and no document has changed since."""
    try:
        cached = _CACHE.get(store)
    except TypeError:
        return None
    if cached is None or not hasattr(store, "fingerprint") or cached[0] != store.fingerprint():
        return None
    return cached[1]


def name_index(store) -> NameIndex:
    """The :class:`NameIndex` of *store*, rebuilt when documents were added or removed."""
    stamp = store.fingerprint() if hasattr(store, "fingerprint") else None
    try:
        cached = _CACHE.get(store)
    except TypeError:
        cached = None
    if cached is not None and cached[0] == stamp and stamp is not None:
        return cached[1]
    index = build_index(store)
    try:
        _CACHE[store] = (stamp, index)
    except TypeError:
        pass
    return index


def _as_iri(text: str) -> URIRef | None:
    """An IRI written in full (``https://…``, ``<https://…>``) or as a prefixed name."""
    if text.startswith("<") and text.endswith(">"):  # whatever is in angle brackets is meant as an IRI
        return _checked(text[1:-1], text)
    m = _IRI_RE.match(text)
    if m:
        return _checked(m.group(1), text)
    m = _CURIE_RE.match(text)
    if m and m.group(1) in PREFIXES:
        return _checked(str(PREFIXES[m.group(1)]) + m.group(2), text)
    return None


def _checked(iri: str, text: str) -> URIRef:
    """*iri* as a URIRef, or :class:`UnknownName` when it holds characters no IRI can (it would break a query)."""
    from epkg.graph.storage.terms import is_valid_iri

    if not is_safe_iri(iri):
        raise UnknownName(f"{text[:80]!r} is not an IRI: it holds characters IRIs cannot hold")
    if not is_valid_iri(iri):
        raise UnknownName(f"{text[:80]!r} is not a well-formed absolute IRI (RFC 3987)")
    return URIRef(iri)


def _exists(store, iri: URIRef) -> bool:
    ref = iri_ref(iri)
    return store.ask(f"ASK {{ {{ {ref} ?p ?o }} UNION {{ ?s ?p {ref} }} }}")


def matches(store, name: str) -> list[dict]:
    """Every entity *name* denotes exactly (by its best tier of names), as dicts.

    Canonical labels and ISO3 codes are tried first; alternative labels and demonyms
    only when no canonical name matches.

    Parameters
    ----------
    store : Store
    name : str

    Returns
    -------
    list of dict
        ``{"iri", "label", "type"}``, sorted by label; empty when nothing matches.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> [m["label"] for m in matches(Store.memory(), "Azeri")]
    ['Azerbaijan']
    """
    index = name_index(store)
    key = fold(name.strip())
    if key.startswith("the "):
        key = key[4:] if key[4:] in index.forms else key
    found = index.forms.get(key, {})
    if not found:
        return []
    best = min(found.values())
    iris = [iri for iri, tier in found.items() if tier == best]
    return sorted((index.describe(i) for i in iris), key=lambda d: (d["label"], d["iri"]))


def suggest(store, name: str, n: int = 5) -> list[str]:
    """The known names closest to *name* (for typos), best first.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> suggest(Store.memory(), "Azerbajan")[0]
    'Azerbaijan'
    """
    index = name_index(store)
    key = fold(name.strip())
    close = difflib.get_close_matches(key, list(index.forms), n=n * 3, cutoff=0.75)
    names: list[str] = []
    for form in close:
        for iri in index.forms[form]:
            label = index.labels.get(iri, index.display[form])
            if label not in names:
                names.append(label)
    return names[:n]


def resolve(store, name: str) -> URIRef:
    """The IRI of the one entity *name* denotes.

    Parameters
    ----------
    store : Store
    name : str
        A label, alternative label, acronym, demonym, ISO3 code, IRI or prefixed name.

    Returns
    -------
    rdflib.URIRef

    Raises
    ------
    AmbiguousName
        Several entities carry the name (the message lists them).
    UnknownName
        No entity does (the message suggests the closest names).

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> store = Store.memory()
    >>> resolve(store, "AZE") == resolve(store, "Azerbaijani") == resolve(store, "epid:state/AZE")
    True
    >>> resolve(store, "SCO").endswith("shanghai-cooperation-organization")
    True
    """
    text = (name or "").strip()
    if not text:
        raise UnknownName("empty entity name")
    iri = _as_iri(text)
    if iri is not None:
        if not _exists(store, iri):
            raise UnknownName(f"no entity {text} in the store")
        return iri
    found = matches(store, text)
    if len(found) == 1:
        return URIRef(found[0]["iri"])
    if found:
        listed = "; ".join(f"{c['label']} ({c['type'] or 'entity'}, {short(URIRef(c['iri']))})" for c in found[:10])
        more = f" and {len(found) - 10} more" if len(found) > 10 else ""
        raise AmbiguousName(f"{text!r} is ambiguous: {listed}{more}; give one of these IRIs instead", found)
    suggestions = suggest(store, text)
    hint = f"; did you mean {' or '.join(suggestions[:3])}?" if suggestions else ""
    raise UnknownName(f"no entity named {text!r}{hint}", suggestions)


def label(store, iri) -> str:
    """The canonical label of the entity *iri*, or its prefixed name when it has none.

    Parameters
    ----------
    store : Store
    iri : str or rdflib.URIRef

    Returns
    -------
    str

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> store = Store.memory()
    >>> label(store, EPID["state/AZE"]), label(store, EPID["state/XXX"])
    ('Azerbaijan', 'state:XXX')
    """
    return name_index(store).labels.get(URIRef(str(iri))) or curie(iri)


def curie(iri) -> str:
    """A short prefixed name for an instance IRI (``epid:state/AZE`` → ``state:AZE``).

    Examples
    --------
    >>> curie(EPID["organization/opec"])
    'organization:opec'
    """
    return short(URIRef(iri))
