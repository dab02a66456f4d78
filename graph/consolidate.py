"""The consolidated graph: one description per entity and fact, merged from the document graphs.

Each document's named graph keeps exactly what that document said. The named
graph ``epid:graph/consolidated`` (:data:`~epkg.ontology.namespaces.GRAPH_CONSOLIDATED`)
holds, for each entity and each fact (the claims of several documents matched by
:mod:`epkg.graph.identity`):

- its canonical label and types (reference data wins for states and reference
  organizations), other surface forms as ``skos:altLabel``;
- for each attribute the value the sources support (the most precise date
  compatible with all of them), or every value and ``epkg:conflictOn`` the property
  when they disagree;
- ``epkg:firstReported`` / ``epkg:lastReported`` (the documents' publication dates),
  ``epkg:documentCount`` and ``epkg:sourceCount`` (near-identical texts, syndicated
  copies, count once: MinHash signatures of the texts, kept in the meta graph with their
  bands and the pairs of near-identical texts found);
- for facts, ``prov:wasDerivedFrom`` each document, each ``epkg:evidence`` sentence, and
  ``epkg:reportedAs`` the relation nodes of the document graphs it merges.

It is a function of the document graphs: :func:`refresh` recomputes the parts a
change touched (the facts its reports can join, leave or rename, every entity a changed
document mentions) and :func:`rebuild` computes it all; both give the same graph.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable

from rdflib import Literal, URIRef
from rdflib import namespace as _ns

from epkg.graph import cycles, listings, summaries
from epkg.graph.identity import (_KEYED_KINDS, Claim, _shelves, anchors, capacities_compatible, cluster,
                                 dates_compatible, same_fact, sentence_key, shelves_searched, variants)
from epkg.graph.storage.contract import GRAPH_META
from epkg.graph.storage.ntriples import to_ntriples
from epkg.graph.storage.terms import literal, string_text, term_text, to_rdflib, triple_line
from epkg.ontology import namespaces as _ours
from epkg.ontology.namespaces import EPID, GRAPH_CONSOLIDATED, GRAPH_GAZETTEER


class _Terms:
    """A namespace whose terms are made once: rdflib makes and checks a new IRI on every
    attribute access, and a refresh reads hundreds of thousands of them."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = self._namespace[name]
        setattr(self, name, term)
        return term

    def __str__(self) -> str:
        return str(self._namespace)


EPKG, ORG = _Terms(_ours.EPKG), _Terms(_ours.ORG)
PROV, RDF, RDFS, SKOS = _Terms(_ns.PROV), _Terms(_ns.RDF), _Terms(_ns.RDFS), _Terms(_ns.SKOS)

RELATION_CLASSES = {"agreement": EPKG.Agreement, "project": EPKG.EnergyProject, "event": EPKG.Event,
                    "partnership": EPKG.Partnership, "membership": EPKG.Membership,
                    "cooperation": EPKG.Cooperation}
_KIND_OF_CLASS = {v: k for k, v in RELATION_CLASSES.items()}
_DOC_PREFIX = str(EPID["doc/"])
_XSD_STRING = str(_ns.XSD.string)
# The graphs whose statements are consolidated: documents, and imports (`epkg import`).
_SOURCE = f'(STRSTARTS(STR(?g), "{_DOC_PREFIX}") || STRSTARTS(STR(?g), "{EPID["graph/import/"]}"))'
_RELATIONS = " ".join(f"<{c}>" for c in RELATION_CLASSES.values())
_DATE_PROPS = {EPKG.signedOn, EPKG.date}
_SINGLE_PROPS = {EPKG.capacityMW, EPKG.signedAt, EPKG.heldIn, EPKG.level, ORG.member, ORG.organization,
                 EPKG.role, ORG.role, EPKG.organizedBy}
_NOT_COPIED = {RDF.type, RDFS.label, SKOS.altLabel, EPKG.evidence, EPKG.extractedBy, PROV.wasDerivedFrom}
_ACTORS = {"agreement": (EPKG.party,), "event": (EPKG.participant,), "partnership": (EPKG.partner,),
           "membership": (ORG.member, ORG.organization), "cooperation": (EPKG.actor,), "project": (EPKG.participant,)}
# Near-identical texts: MinHash of word 5-shingles, Jaccard at least this much.
NUM_PERM, SHINGLE, SYNDICATED = 64, 5, 0.8
_WORDS = re.compile(r"[^\W_]+")


def present(store) -> bool:
    """Whether *store* holds a consolidated graph (stores built before it existed do not).

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> present(Store.memory(reference=False))
    False
    """
    return store.ask(f"ASK {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ ?s ?p ?o }} }}")


# ------------------------------------------------------------------ text signatures

def text_signature(text: str) -> str:
    """A MinHash signature of a text's word shingles, as base64 (stored in the meta graph).

    Examples
    --------
    >>> a = text_signature("Azerbaijan and China signed a memorandum on green hydrogen in Baku on Monday.")
    >>> b = text_signature("Azerbaijan and China signed a memorandum on green hydrogen in Baku on Monday!")
    >>> a == b, len(a) > 100
    (True, True)
    """
    import numpy as np
    from datasketch import MinHash

    words = _WORDS.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    m.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return base64.b64encode(np.asarray(m.hashvalues, dtype="<u8").tobytes()).decode("ascii")


def _hashes(signature: str):
    """A :func:`text_signature`'s hash values (``None`` for one of another length)."""
    import numpy as np

    h = np.frombuffer(base64.b64decode(signature), dtype="<u8")
    return h if len(h) == NUM_PERM else None


# Two texts are near-identical when at least SYNDICATED of their hash values agree, so at most
# NUM_PERM * (1 - SYNDICATED) = 12 differ: cut into more bands than that, two such texts have a
# band in common. Each document's bands are kept in the meta graph (``epkg:textBand``), so a new
# text is compared only with the documents that share one, not with every document of the store.
_BANDS = 16


def _band_keys(hashes) -> list[str]:
    """The band keys of one text's hash values: the band's number and a digest of its values."""
    width = NUM_PERM // _BANDS
    return [f"{i}:{hashlib.blake2b(hashes[i * width:(i + 1) * width].tobytes(), digest_size=8).hexdigest()}"
            for i in range(_BANDS)]


def _near(a, b) -> bool:
    import numpy as np

    return float(np.mean(a == b)) >= SYNDICATED


def _near_duplicates(signatures: dict) -> dict:
    """For each document with a signature, the documents whose texts are near-identical to it."""
    hashes = {d: h for d, h in ((d, _hashes(s)) for d, s in signatures.items()) if h is not None}
    banded: dict = {}
    for d in sorted(hashes):
        for key in _band_keys(hashes[d]):
            banded.setdefault(key, []).append(d)
    near: dict = {}
    for docs in banded.values():
        for i, d in enumerate(docs):
            for other in docs[i + 1:]:
                if other not in near.get(d, ()) and _near(hashes[d], hashes[other]):
                    near.setdefault(d, set()).add(other)
                    near.setdefault(other, set()).add(d)
    return near


def _sources(docs: Iterable[str], near: dict) -> int:
    """How many independent sources *docs* are: near-identical texts count once."""
    docs = sorted(set(docs))
    parent = {d: d for d in docs}

    def root(d):
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for d in docs:
        for other in near.get(d, ()):
            if other in parent:
                parent[root(other)] = root(d)
    return len({root(d) for d in docs})


# ------------------------------------------------------------------ reading the store

@dataclass
class Documents:
    """What the consolidation needs to know of each stored document."""
    issued: dict = field(default_factory=dict)      # doc IRI (str) -> dcterms:issued literal
    near: dict = field(default_factory=dict)        # doc IRI -> near-identical doc IRIs
    sources: set = field(default_factory=set)       # every source graph (str) described as a document
    present: set = field(default_factory=set)       # every graph (str) described as a document


def read_documents(store) -> Documents:
    """Publication dates and near-duplicate groups of every stored document.

    Parameters
    ----------
    store : Store or RemoteStore

    Returns
    -------
    Documents

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> read_documents(Store.memory(reference=False)).issued
    {}
    """
    return _read_documents(store)[0]


def _read_documents(store, signed: bool = True) -> tuple[Documents, dict]:
    """:func:`read_documents`, and the documents' signatures (*signed*; otherwise only the dates and
    no near-duplicates are read)."""
    docs = Documents()
    issued: dict = {}
    for g, date in store.documents_issued():  # read as text: a few hundred distinct dates made terms once each
        docs.present.add(g)
        if g.startswith(_DOC_PREFIX) or g.startswith(str(EPID["graph/import/"])):
            docs.sources.add(g)
        if date is not None and (g not in issued or date < issued[g]):  # should a graph hold two, the least
            issued[g] = date
    docs.issued = {g: literal(*issued[g]) for g in sorted(issued)}
    signatures = {}
    if signed:
        for g, sig in store.texts(GRAPH_META, EPKG.textSignature):
            if g in docs.present and (g not in signatures or sig < signatures[g]):
                signatures[g] = sig
        docs.near = _near_duplicates(signatures)
    return docs, signatures


_NEAR_MARK = (GRAPH_CONSOLIDATED, EPKG.nearTextsKept, Literal(True))


# Facts sharing an IRI were once numbered (``-fact2`` …) by their rank: a store without this mark is
# consolidated again once, by its next refresh, to name them by their first reports (:func:`_facts`).
_NAMES_MARK = (GRAPH_CONSOLIDATED, EPKG.factsNamedByFirstReport, Literal(True))


def _marked(store, mark: tuple) -> bool:
    """Whether the meta graph holds *mark*."""
    s, p, o = mark
    return store.ask(f"ASK {{ GRAPH <{GRAPH_META}> {{ <{s}> <{p}> {o.n3()} }} }}")


def _near_lines(near: dict, bands: dict) -> set:
    """The meta graph lines of near-identical texts (*near*, both ways) and of documents' *bands*."""
    lines = {f"<{d}> <{EPKG.nearText}> <{other}>" for d, others in near.items() for other in others}
    return lines | {_band_line(d, k) for d, keys in bands.items() for k in keys}


def _band_line(doc: str, key: str) -> str:
    """The meta graph line of one band key of a document's text (:func:`_band_keys`: digits, ``:`` and hex
    digits, which a plain literal writes as they are).

    Examples
    --------
    >>> _band_line("urn:d", "3:0a1b") == triple_line((URIRef("urn:d"), EPKG.textBand, Literal("3:0a1b")))
    True
    """
    return f'<{doc}> <{EPKG.textBand}> "{key}"'


def _all_near_lines(documents: Documents, signatures: dict) -> set:
    """Every near-duplicate and band line a store of these documents keeps, and the mark."""
    bands = {d: _band_keys(h) for d, h in ((d, _hashes(s)) for d, s in signatures.items()) if h is not None}
    return _near_lines(documents.near, bands) | {triple_line(_NEAR_MARK)}


def _stored_near_lines(store) -> set:
    """The near-duplicate and band lines, and the mark, that the meta graph holds now."""
    lines = {f"<{d}> <{EPKG.nearText}> <{other}>" for d, other in store.texts(GRAPH_META, EPKG.nearText)}
    lines |= {_band_line(d, k) for d, k in store.texts(GRAPH_META, EPKG.textBand)}
    if _marked(store, _NEAR_MARK):
        lines.add(triple_line(_NEAR_MARK))
    return lines


def _documents_for(store, changed: set) -> tuple[Documents, set, set]:
    """The documents' dates and near-duplicates, for a refresh of the *changed* graphs, and the meta
    graph lines to remove and to add for them.

    A store that keeps its near-identical texts (the mark of :func:`rebuild`) is read for the pairs
    it keeps; only the changed documents are compared, with the documents sharing a band of their
    signatures. One that does not is compared whole, once, and its lines are all written.
    """
    if not _marked(store, _NEAR_MARK):
        documents, signatures = _read_documents(store)
        return documents, _stored_near_lines(store), _all_near_lines(documents, signatures)
    documents = _read_documents(store, signed=False)[0]
    near: dict = {}
    for d, other in store.texts(GRAPH_META, EPKG.nearText):
        near.setdefault(d, set()).add(other)
    changed = sorted(changed)
    gone = set(changed)
    old_near: dict = {}
    for d in list(near):
        if d in gone:
            old_near.setdefault(d, set()).update(near.pop(d))
        elif near[d] & gone:
            old_near.setdefault(d, set()).update(near[d] & gone)
            near[d] -= gone
            if not near[d]:
                del near[d]
    old_bands = _meta_values(store, changed, EPKG.textBand)
    hashes = {d: h for d, sig in _meta_values(store, changed, EPKG.textSignature).items() for h in map(_hashes, sig)
              if h is not None and d in documents.present}
    bands = {d: _band_keys(h) for d, h in hashes.items()}
    candidates: dict = {}
    keys = sorted({k for found in bands.values() for k in found})
    for start in range(0, len(keys), 500):
        values = " ".join(f'"{k}"' for k in keys[start:start + 500])  # digits, ":" and hex digits (_band_line)
        for r in store.select_texts(f"""SELECT ?d ?k ?sig WHERE {{ GRAPH <{GRAPH_META}> {{ VALUES ?k {{ {values} }}
          ?d <{EPKG.textBand}> ?k ; <{EPKG.textSignature}> ?sig }} }}"""):
            d = str(r["d"])
            if d not in gone and d in documents.present:
                candidates.setdefault(str(r["k"]), {})[d] = str(r["sig"])
    for d in sorted(hashes):  # the changed documents among themselves
        for k in bands[d]:
            candidates.setdefault(k, {})[d] = hashes[d]
    new_near: dict = {}
    for d in sorted(hashes):
        for k in bands[d]:
            for other, h in candidates[k].items():
                if other == d or other in new_near.get(d, ()):
                    continue
                h = _hashes(h) if isinstance(h, str) else h
                if h is not None and _near(hashes[d], h):
                    for a, b in ((d, other), (other, d)):
                        near.setdefault(a, set()).add(b)
                        new_near.setdefault(a, set()).add(b)
    documents.near = near
    return documents, _near_lines(old_near, old_bands), _near_lines(new_near, bands)


def _meta_values(store, subjects: list, predicate) -> dict:
    """``{subject: [values]}`` of the meta graph's *predicate* statements about *subjects*."""
    out: dict = {}
    for start in range(0, len(subjects), 500):
        values = " ".join(f"<{x}>" for x in subjects[start:start + 500])
        for r in store.select_texts(f"""SELECT ?s ?v WHERE {{ GRAPH <{GRAPH_META}> {{ VALUES ?s {{ {values} }}
          ?s <{predicate}> ?v }} }}"""):
            out.setdefault(str(r["s"]), []).append(str(r["v"]))
    return out


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_claims(store, kind: str) -> list[tuple[Claim, dict]]:
    """Every document's claims of one relation kind, each with its statements ``{property: set}``.

    Parameters
    ----------
    store : Store or RemoteStore
    kind : str
        A key of :data:`RELATION_CLASSES` (``"agreement"``, ``"project"`` …).

    Returns
    -------
    list of (Claim, dict)

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> read_claims(Store.memory(reference=False), "agreement")
    []
    """
    cls = RELATION_CLASSES[kind]
    rows = store.select(f"""SELECT ?g ?n ?p ?o WHERE {{
      GRAPH ?g {{ ?n a <{cls}> ; ?p ?o }} FILTER{_SOURCE} }}""")
    statements: dict = {}
    for r in rows:
        statements.setdefault((str(r["g"]), r["n"]), {}).setdefault(r["p"], set()).add(r["o"])
    return [(_claim(kind, doc, node, props), props) for (doc, node), props in statements.items()]


def _first(values) -> str | None:
    return str(min(values, key=str)) if values else None


def _claim(kind: str, doc: str, node, props: dict) -> Claim:
    types = {t for t in props.get(RDF.type, ()) if str(t).startswith(str(EPKG))}
    specific = sorted(_local(t) for t in types - {RELATION_CLASSES[kind]})
    base = _local(RELATION_CLASSES[kind])
    actors = frozenset(str(x) for p in _ACTORS[kind] for x in props.get(p, ()))
    capacity = _first(props.get(EPKG.capacityMW))
    level = _first(props.get(EPKG.level)) if kind == "partnership" else \
        _first(props.get(EPKG.role)) if kind == "membership" else None
    return Claim(kind=kind, cls=specific[0] if specific else base, doc=doc, node=str(node),
                 label=_first(props.get(RDFS.label)),
                 date=_first(props.get(EPKG.signedOn) or props.get(EPKG.date)),
                 place=_first(props.get(EPKG.signedAt) or props.get(EPKG.heldIn)),
                 actors=actors,
                 hosts=frozenset(str(x) for x in props.get(EPKG.hostState, ())),
                 technologies=frozenset(str(x) for x in props.get(EPKG.technology, ())),
                 capacity=float(capacity) if capacity is not None else None, level=level,
                 sentences=frozenset(_sentence_digest(sentence_key(str(x))) for x in props.get(EPKG.evidence, ())))


def _sentence_digest(key: str) -> str:
    """A short stand-in for a :func:`~epkg.graph.identity.sentence_key`: claims compare their sentences
    only for equality, and the claim index, read whole by every refresh, would otherwise hold every
    evidence sentence of the store again (most of its size). ``#`` and 16 hex digits, which no
    sentence key (words and spaces) can be.

    Examples
    --------
    >>> _sentence_digest("azerbaijan and china signed it") == _sentence_digest("azerbaijan and china signed it")
    True
    >>> len(_sentence_digest("azerbaijan and china signed it"))
    17
    """
    return "#" + hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


# ------------------------------------------------------------------ describing

@lru_cache(maxsize=4096)
def _count(n: int) -> Literal:
    """``Literal(n)``, made once for each count (thousands of facts and entities a refresh share a few hundred)."""
    return Literal(n)


def _reported(add, node, docs: list[str], documents: Documents) -> None:
    issued = sorted((documents.issued[d] for d in docs if d in documents.issued), key=str)
    if issued:
        add((node, EPKG.firstReported, issued[0]))
        add((node, EPKG.lastReported, issued[-1]))
    add((node, EPKG.documentCount, _count(len(docs))))
    add((node, EPKG.sourceCount, _count(_sources(docs, documents.near))))


def _dated(d: str, documents: Documents) -> list | None:
    """A document's publication date as an entity summary keeps it: lexical form, document, N-Triples."""
    issued = documents.issued.get(d)
    return None if issued is None else [str(issued), d, term_text(issued)]


def _summary(docs, documents: Documents) -> dict:
    """How an entity is reported, from all its documents: how many, the first and last publication
    dates (the least and greatest by lexical form, then document, as :func:`_reported` picks them)
    and how many independent sources they are. Kept in the entity index, so that a document added
    updates it without reading every other document that names the entity."""
    dated = [x for x in (_dated(d, documents) for d in docs) if x]
    return {"n": len(docs), "f": min(dated) if dated else None, "l": max(dated) if dated else None,
            "c": _sources(docs, documents.near)}


_NO_SUMMARY = {"n": 0, "f": None, "l": None, "c": 0}


def _summary_added(summary: dict, added: set, before: set, documents: Documents) -> dict:
    """*summary* with the documents *added* (none of which it counted). *before*: the documents it
    counted among the near-duplicates of the added ones, transitively (every group of near-identical
    texts an added document joins lies among them, so the source count changes only there)."""
    dated = [x for x in (_dated(d, documents) for d in sorted(added)) if x]
    first = min([summary["f"]] + dated if summary["f"] else dated) if dated or summary["f"] else None
    last = max([summary["l"]] + dated if summary["l"] else dated) if dated or summary["l"] else None
    sources = summary["c"] - _sources(before, documents.near) + _sources(before | added, documents.near)
    return {"n": summary["n"] + len(added), "f": first, "l": last, "c": sources}


def _near_closure(docs: Iterable[str], near: dict) -> set:
    """*docs* and every document near-identical to one of them, transitively."""
    out, queue = set(docs), list(docs)
    while queue:
        for other in near.get(queue.pop(), ()):
            if other not in out:
                out.add(other)
                queue.append(other)
    return out


def _canonical_label(labels: Counter) -> str:
    """The form most documents use; ties go to the longest (fullest), then alphabetical."""
    return min(labels, key=lambda x: (-labels[x], -len(x), x))


def _merge_single(add, node, prop, values: list) -> None:
    distinct = sorted(set(values), key=lambda v: (str(getattr(v, "datatype", None) or ""), str(v)))
    if len(distinct) <= 1:
        for v in distinct:
            add((node, prop, v))
        return
    if prop in _DATE_PROPS and all(dates_compatible(str(a), str(b)) for a in distinct for b in distinct):
        add((node, prop, max(distinct, key=lambda v: (len(str(v)), str(v)))))
        return
    if prop == EPKG.capacityMW:
        numbers = [float(v) for v in values]
        if all(capacities_compatible(a, b) for a in numbers for b in numbers):
            counts = Counter(values)
            add((node, prop, max(distinct, key=lambda v: (counts[v], float(v)))))
            return
    for v in distinct:
        add((node, prop, v))
    add((node, EPKG.conflictOn, prop))


def describe_fact(node: URIRef, claims: list[tuple[Claim, dict]], documents: Documents) -> list[tuple]:
    """The consolidated description of one fact from its claims.

    Parameters
    ----------
    node : URIRef
        The fact's IRI.
    claims : list of (Claim, dict)
        Its reports, as :func:`read_claims` gives them.
    documents : Documents

    Returns
    -------
    list of triples

    Examples
    --------
    >>> x = EPID["agreement/x"]
    >>> said = lambda doc, date: (Claim(kind="agreement", cls="Treaty", doc=doc, node=str(x)),
    ...                           {EPKG.signedOn: {Literal(date)}})
    >>> triples = describe_fact(x, [said("d1", "2025"), said("d2", "2025-04")], Documents())
    >>> [str(o) for _, p, o in triples if p == EPKG.signedOn], [int(o) for _, p, o in triples if p == EPKG.documentCount]
    (['2025-04'], [2])
    """
    types, labels, alts, values, evidence = set(), Counter(), set(), {}, set()
    for _, props in claims:
        _gather(props, types, labels, alts, values, evidence)
    return _described(node, types, labels, alts, values, evidence, {c.doc for c, _ in claims},
                      {c.node for c, _ in claims}, documents)


def _gather(props: dict, types: set, labels: Counter, alts: set, values: dict, evidence: set) -> None:
    """Add one report's statements (*props*) to what a fact's description is made of."""
    types |= props.get(RDF.type, set())
    labels.update(str(x) for x in props.get(RDFS.label, ()))
    alts |= {str(x) for x in props.get(SKOS.altLabel, ())}
    evidence |= props.get(EPKG.evidence, set())
    for p, objects in props.items():
        if p not in _NOT_COPIED:
            values.setdefault(p, []).extend(objects)


def _described(node: URIRef, types: set, labels: Counter, alts: set, values: dict, evidence: set, docs: set,
               nodes: set, documents: Documents) -> list[tuple]:
    out: list[tuple] = []
    add = out.append
    docs = sorted(docs)
    for t in sorted(types):
        add((node, RDF.type, t))
    if labels:
        label = _canonical_label(labels)
        add((node, RDFS.label, Literal(label)))
        alts |= set(labels) - {label}
        alts.discard(label)
    for a in sorted(alts):
        add((node, SKOS.altLabel, Literal(a)))
    for p in sorted(values):
        if p in _DATE_PROPS or p in _SINGLE_PROPS:
            _merge_single(add, node, p, values[p])
        else:
            for v in sorted(set(values[p]), key=str):
                add((node, p, v))
    for d in docs:
        add((node, PROV.wasDerivedFrom, URIRef(d)))
    for claim in sorted(nodes):  # the nodes of the document graphs it merges
        add((node, EPKG.reportedAs, URIRef(claim)))
    for e in sorted(evidence, key=str):
        add((node, EPKG.evidence, e))
    _reported(add, node, docs, documents)
    return out


# What a fact's description keeps of its reports only merged (a label by how many reports use it, a
# capacity by how many state it, the most precise of compatible dates) or computes from them: a fact
# whose description holds none of the first can be described from it and its new reports alone.
_MERGED = {RDFS.label, EPKG.capacityMW} | _DATE_PROPS


def _additive(props: dict) -> bool:
    """Whether a description (or a report) holds nothing :data:`_MERGED`."""
    return not any(p in props for p in _MERGED)


_RECOUNTED = {term_text(p) for p in (EPKG.firstReported, EPKG.lastReported, EPKG.documentCount, EPKG.sourceCount)}
# the statements of a fact that only gain when it gains reports, one or more a report (a membership of
# hundreds of reports is mostly these): neither read back nor compared for a fact that only grew
_ONLY_GAINED = (PROV.wasDerivedFrom, EPKG.evidence, EPKG.reportedAs)
_ONLY_GAINED_TEXTS = {term_text(p) for p in _ONLY_GAINED}
_DERIVED_FROM_TEXT = term_text(PROV.wasDerivedFrom)
_SINGLE_TEXTS = {term_text(p) for p in _SINGLE_PROPS}


def _grown_lines(node: URIRef, stored: list[str], added: list[tuple[Claim, dict]], documents: Documents,
                 had: Iterable[str] = ()) -> set[str]:
    """The statements (N-Triples lines) of a fact that only gained reports (*added*), from its *stored*
    ones (:func:`_additive`, as are the added reports): what :func:`describe_fact` makes of all its
    reports, without reading the reports it had (a state's membership of a union has hundreds) nor
    making terms of the statements it keeps. With nothing merged, every stored statement but the
    counts and dates of its documents stays (types, other names, values, sentences, documents and
    nodes only gain), and a single-valued property conflicts once it holds two values.

    *stored* may leave out the statements that only gain (:data:`_ONLY_GAINED`: the fact's documents,
    sentences and nodes); the documents it had are then *had* (those of the reports it merged), and
    the lines returned lack those statements too, but for the added reports'."""
    out, docs, singles = set(), set(had), {}
    for line in stored:
        _, p_text, o_text = line.split(" ", 2)
        if p_text in _RECOUNTED:
            continue
        out.add(line)
        if p_text == _DERIVED_FROM_TEXT:
            docs.add(o_text[1:-1])
        elif p_text in _SINGLE_TEXTS:
            singles.setdefault(p_text, set()).add(o_text)
    new: list[tuple] = []
    add = new.append
    for c, props in added:  # as _gather and _described take them
        docs.add(c.doc)
        add((node, PROV.wasDerivedFrom, URIRef(c.doc)))
        add((node, EPKG.reportedAs, URIRef(c.node)))
        for p, objects in props.items():
            if p == SKOS.altLabel:
                new += [(node, p, Literal(str(x))) for x in objects]
            elif p == RDF.type or p == EPKG.evidence or p not in _NOT_COPIED:
                new += [(node, p, o) for o in objects]
                if p in _SINGLE_PROPS:
                    singles.setdefault(term_text(p), set()).update(map(term_text, objects))
    for p_text, values in singles.items():
        if len(values) > 1:
            out.add(f"{term_text(node)} {term_text(EPKG.conflictOn)} {p_text}")
    _reported(add, node, sorted(docs), documents)
    return out | {triple_line(t) for t in new}


def facts_of_kind(store, kind: str, documents: Documents) -> tuple[list[URIRef], list[tuple]]:
    """The consolidated facts of one relation kind: their IRIs and their statements.

    Parameters
    ----------
    store : Store or RemoteStore
    kind : str
    documents : Documents

    Returns
    -------
    (list of URIRef, list of triples)

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> facts_of_kind(Store.memory(reference=False), "event", Documents())
    ([], [])
    """
    return _facts(read_claims(store, kind), documents)


def _facts(claims: list[tuple[Claim, dict]], documents: Documents) -> tuple[list[URIRef], list[tuple]]:
    """The facts of one kind's *claims*: IRIs and statements.

    A fact is named after its richest report. Facts whose richest reports share a node IRI
    (content-derived, so two documents may mint the same one) are told apart by their own
    reports: the one whose first report (the smallest ``(document IRI, node IRI)``) sorts first
    keeps the IRI, each other gets ``-`` and 8 hex digits of the SHA-1 of its first report's
    ``"document node"``. A fact's name thus depends on its own reports and on which fact of its
    IRI sorts first, not on how many facts share the IRI: a new fact renames at most one other,
    and the facts a refresh finds with their reports unchanged keep their names. The facts
    sharing an IRI are all among the claims that share a node IRI or a match with any of them,
    so facts computed from such a part of a kind's claims are named as they are among all of them.
    """
    props_of = {(c.doc, c.node): props for c, props in claims}
    iris, triples = [], []
    for iri, fact in _grouped([c for c, _ in claims]):
        iris.append(iri)
        triples += describe_fact(iri, [(c, props_of[(c.doc, c.node)]) for c in fact], documents)
    return iris, triples


def _grouped(claims: list[Claim]) -> list[tuple[URIRef, list[Claim]]]:
    """The facts of one kind's *claims* (:func:`~epkg.graph.identity.cluster`), each with its IRI
    (see :func:`_facts`), in the order clustering starts them.

    Examples
    --------
    >>> ev = dict(kind="event", cls="Summit", node="e")
    >>> found = _grouped([Claim(doc="d1", date="2024-11-12", **ev), Claim(doc="d2", date="2024-11-13", **ev)])
    >>> [str(iri) for iri, _ in found]
    ['e', 'e-9837a901']
    """
    return _named(cluster(claims))


def _named(facts: list[list[Claim]]) -> list[tuple[URIRef, list[Claim]]]:
    """The facts of one kind (each its reports in clustering order), each with its IRI (see :func:`_facts`)."""
    sharing: dict = {}
    for i, fact in enumerate(facts):
        sharing.setdefault(fact[0].node, []).append((min((c.doc, c.node) for c in fact), i))
    names: dict = {}
    for base, firsts in sharing.items():
        firsts.sort()
        names[firsts[0][1]] = URIRef(base)
        used = {base}
        for first, i in firsts[1:]:
            digest = hashlib.sha1(f"{first[0]} {first[1]}".encode()).hexdigest()
            iri = f"{base}-{digest[:8]}"
            if iri in used:  # two first reports' digests agreeing on 8 digits: the whole digest
                iri = f"{base}-{digest}"
            used.add(iri)
            names[i] = URIRef(iri)
    return [(names[i], fact) for i, fact in enumerate(facts)]


_ENTITY_SINGLE = {EPKG.iso3, EPKG.wikidata}


# "<p> <o>" -> (p, o), for one refresh (or rebuild): the documents of a batch repeat most of their relation
# nodes' statements (a type, a party, a date), and the terms made for one document serve the next
_TERMS: dict = {}
_TERMS_KEPT = 500_000


def _statement_terms(keys: Iterable[str]) -> dict:
    """``"<p> <o>"`` lines back to rdflib ``(p, o)`` (parsed as N-Triples, all at once; those parsed already
    in this refresh taken from :data:`_TERMS`)."""
    import pyoxigraph as ox

    out, missing = {}, []
    for k in keys:
        found = _TERMS.get(k)
        if found is None:
            missing.append(k)
        else:
            out[k] = found
    if not missing:
        return out
    text = "".join(f"<urn:x:{i}> {k} .\n" for i, k in enumerate(missing))
    parsed = {}
    for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
        parsed[missing[int(q.subject.value[6:])]] = (to_rdflib(q.predicate), to_rdflib(q.object))
    if len(_TERMS) + len(parsed) > _TERMS_KEPT:
        _TERMS.clear()
    _TERMS.update(parsed)
    out.update(parsed)
    return out


def _describe_aggregates(store, aggregates: dict) -> tuple[list[URIRef], list[tuple]]:
    """Entities' descriptions from their aggregates ``(statement counts, summary)`` (the index's,
    brought up to date) and the reference data."""
    entities = sorted(URIRef(e) for e, (_, summary) in aggregates.items() if summary["n"])
    terms = _statement_terms({k for e in entities for k in aggregates[e][0]})
    dates = _statement_terms({f"{_LABEL_TEXT} {aggregates[e][1][x][2]}" for e in entities for x in "fl"
                              if aggregates[e][1][x]})
    out: list[tuple] = []
    for start in range(0, len(entities), 500):
        chunk = entities[start:start + 500]
        values = " ".join(f"<{e}>" for e in chunk)
        reference = store.select(f"""SELECT ?e ?p ?o WHERE {{ VALUES ?e {{ {values} }}
          GRAPH <{GRAPH_GAZETTEER}> {{ ?e ?p ?o }} }}""")
        ref: dict = {}
        for r in reference:
            ref.setdefault(r["e"], []).append((r["p"], r["o"]))
        for e in chunk:
            counts, summary = aggregates[e]
            reported = [(*terms[k], n) for k, n in sorted(counts.items())]
            out += _describe_entity(e, reported, ref.get(e, []), summary,
                                    {x: dates[f"{_LABEL_TEXT} {summary[x][2]}"][1] for x in "fl" if summary[x]})
    return entities, out


def _describe_entity(e: URIRef, reported: list, reference: list, summary: dict, dates: dict) -> list[tuple]:
    """One entity's description from what documents say (``(p, o, documents)``), the reference data
    and its :func:`_summary` (*dates*: its first and last publication dates as terms)."""
    out: list[tuple] = []
    add = out.append
    ref_types = {o for p, o in reference if p == RDF.type}
    ref_labels = sorted((o for p, o in reference if p == RDFS.label), key=lambda o: (o.language not in (None, "en"), str(o)))
    types = ref_types or {o for p, o, _ in reported if p == RDF.type}
    for t in sorted(types):
        add((e, RDF.type, t))
    labels = Counter()
    for p, o, n in reported:
        if p == RDFS.label:
            labels[str(o)] += n
    label = str(ref_labels[0]) if ref_labels else _canonical_label(labels) if labels else None
    if label is not None:
        add((e, RDFS.label, Literal(label)))
    alts = set(labels) | {str(o) for p, o, _ in reported if p == SKOS.altLabel}
    alts.discard(label)
    for a in sorted(alts):
        add((e, SKOS.altLabel, Literal(a)))
    ref_single = {p: o for p, o in sorted(reference, key=lambda x: str(x[1])) if p in _ENTITY_SINGLE}
    rest: dict = {}
    for p, o, _ in reported:
        if p not in (RDF.type, RDFS.label, SKOS.altLabel):
            rest.setdefault(p, set()).add(o)
    for p in sorted(set(rest) | set(ref_single)):
        if p in ref_single:
            add((e, p, ref_single[p]))
        elif p in _ENTITY_SINGLE:
            _merge_single(add, e, p, list(rest[p]))
        else:
            for o in sorted(rest[p], key=str):
                add((e, p, o))
    if dates:
        add((e, EPKG.firstReported, dates["f"]))
        add((e, EPKG.lastReported, dates["l"]))
    add((e, EPKG.documentCount, _count(summary["n"])))
    add((e, EPKG.sourceCount, _count(summary["c"])))
    return out


# ------------------------------------------------------------------ the claim index

# Each source graph's claims, in the meta graph (``<graph> epkg:claimIndex "json"``): what a
# refresh needs to find the reports a change can touch without reading every document graph.
_INDEX_FIELDS = ("kind", "cls", "node", "label", "date", "place", "actors", "hosts", "technologies",
                 "capacity", "level", "sentences")


def _record(claims: list[Claim], alias: dict | None = None) -> str:
    """The claim index entry of one source graph (claims in a fixed order, sets sorted), with the
    name variants it resolves (:func:`_variants`) when it has any."""
    rows = []
    for c in sorted(claims, key=lambda c: (c.kind, c.node)):
        row = [getattr(c, f) for f in _INDEX_FIELDS]
        rows.append([sorted(x) if isinstance(x, frozenset) else x for x in row])
    data = {"claims": rows, "alias": dict(sorted(alias.items()))} if alias else rows
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


_EMPTY = frozenset()


def _claims_of_record(doc: str, text: str, legacy: set | None = None) -> list[Claim]:
    """The claims of one claim index entry; *legacy* gets *doc* when the entry was written before
    sentences were digested (it holds their keys: read as digests, to be written again).

    Examples
    --------
    >>> c = Claim(kind="event", cls="Summit", doc="d", node="n", actors=frozenset({"AZE"}), sentences=frozenset({"#0"}))
    >>> _claims_of_record("d", _record([c])) == [c]
    True
    """
    data = json.loads(text)
    rows = data["claims"] if isinstance(data, dict) else data
    out = []
    new, assign = object.__new__, object.__setattr__
    for row in rows:
        if len(row) != len(_INDEX_FIELDS):
            return _claims_of_record_slowly(doc, rows, legacy)
        kind, cls, node, label, date, place, actors, hosts, technologies, capacity, level, sentences = row
        if sentences:
            for x in sentences:
                if x[:1] != "#":  # a sentence key, not a digest: an entry from before they were digested
                    return _claims_of_record_slowly(doc, rows, legacy)
            sentences = frozenset(sentences)
        else:
            sentences = _EMPTY
        # made without the frozen dataclass's __init__ (one checked setattr a field): a refresh
        # reads every claim of the store, and that __init__ was most of the time
        claim = new(Claim)
        assign(claim, "__dict__", {
            "kind": kind, "cls": cls, "node": node, "label": label, "date": date, "place": place,
            "actors": frozenset(actors) if actors else _EMPTY, "hosts": frozenset(hosts) if hosts else _EMPTY,
            "technologies": frozenset(technologies) if technologies else _EMPTY, "capacity": capacity,
            "level": level, "sentences": sentences, "doc": doc, "values": {}})
        out.append(claim)
    return out


def _claims_of_record_slowly(doc: str, rows: list, legacy: set | None) -> list[Claim]:
    """:func:`_claims_of_record` for an entry with sentence keys (or rows of another length)."""
    out = []
    for row in rows:
        values = dict(zip(_INDEX_FIELDS, row))
        for f in ("actors", "hosts", "technologies"):
            values[f] = frozenset(values[f])
        sentences = values["sentences"]
        if any(not x.startswith("#") for x in sentences):
            sentences = [x if x.startswith("#") else _sentence_digest(x) for x in sentences]
            if legacy is not None:
                legacy.add(doc)
        values["sentences"] = frozenset(sentences)
        values["doc"], values["values"] = doc, {}
        claim = object.__new__(Claim)
        claim.__dict__.update(values)
        out.append(claim)
    return out


def _alias_of_record(text: str) -> dict:
    data = json.loads(text)
    return data["alias"] if isinstance(data, dict) else {}


# ------------------------------------------------------------------ maintaining

@dataclass
class Changes:
    """What changed since the consolidated graph was last brought up to date.

    ``docs`` are the source graphs to read again; ``before`` what each of them said of
    its entities when last consolidated (read when first noted, before it is replaced or
    removed); ``entities`` the entities to describe again; ``texts`` the N-Triples text
    a changed graph was just written with (:meth:`hold`), parsed by the refresh instead
    of reading the graph back.
    """
    kinds: set = field(default_factory=set)
    entities: set = field(default_factory=set)
    docs: set = field(default_factory=set)
    before: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict)

    def note(self, store, docs: Iterable, written: bool = False) -> None:
        """Note that the source graphs *docs* are about to change or have changed.

        Call it before replacing or removing a graph (what it held is read then) and
        after adding one.

        Parameters
        ----------
        store : Store or RemoteStore
        docs : iterable of IRIs
        written : bool
            The graphs *docs* were just written (they are not asked for: one query less a
            document of an ingest).

        Examples
        --------
        >>> from epkg.graph.store import Store
        >>> changes = Changes()
        >>> changes.note(Store.memory(reference=False), [EPID["doc/0000000000000000"]])
        >>> bool(changes)
        False
        """
        for doc in docs:
            doc = str(doc)
            self.texts.pop(doc, None)  # about to change: what it was written with may not be what it holds
            if doc in self.docs:
                continue
            # the graph named in full: a variable bound by VALUES lets the engine scan every graph
            if store.ask(f"ASK {{ GRAPH <{GRAPH_META}> {{ <{doc}> <{EPKG.claimIndex}> ?r }} }}"):
                source = _read_source(store, doc)  # consolidated before: what it said, to take back
                self.before[doc] = source.entities
                self.entities |= source.own
                self.docs.add(doc)
            elif written or store.ask(f"ASK {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}"):
                self.docs.add(doc)

    def hold(self, doc, ntriples: str) -> None:
        """Keep the N-Triples text the source graph *doc* (noted) was just written with: the refresh
        parses it rather than reading the graph back from the store. Noting *doc* again drops it.

        Parameters
        ----------
        doc : IRI
        ntriples : str
            Exactly the statements the graph now holds (as the store was given them).
        """
        self.texts[str(doc)] = ntriples

    def clear(self) -> None:
        for found in (self.kinds, self.entities, self.docs, self.before, self.texts):
            found.clear()

    def __bool__(self) -> bool:
        return bool(self.kinds or self.entities or self.docs)


def add_document(store, changes: Changes, doc_iri, identifier: str, graph, signature: str | None = None) -> str:
    """:meth:`Store.add_document`, noting in *changes* what the new and any replaced version hold.

    Parameters
    ----------
    store : Store or RemoteStore
    changes : Changes
    doc_iri : URIRef
    identifier : str
    graph : rdflib.Graph or str
    signature : str, optional
        :func:`text_signature` of the document's text.

    Returns
    -------
    str
        ``"new"``, ``"replaced"`` or ``"unchanged"``.

    Examples
    --------
    >>> from rdflib import Graph
    >>> from epkg.graph.store import Store
    >>> store, doc = Store.memory(reference=False), EPID["doc/0000000000000001"]
    >>> g = Graph()
    >>> _ = g.add((doc, RDF.type, EPKG.Document)).add((doc, EPKG.mentions, EPID["state/AZE"]))
    >>> _ = g.add((EPID["state/AZE"], RDFS.label, Literal("Azerbaijan")))
    >>> with maintained(store) as changes:
    ...     add_document(store, changes, doc, "a.txt", g)
    'new'
    >>> store.ask(f"ASK {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ ?e epkg:documentCount 1 }} }}")
    True
    """
    earlier = [d for d in store.document_iris(identifier) if d != URIRef(doc_iri)]
    changes.note(store, earlier)
    status = store.add_document(doc_iri, identifier, graph, signature=signature)
    if status != "unchanged":
        changes.note(store, [doc_iri], written=True)
        changes.hold(doc_iri, graph if isinstance(graph, str) else to_ntriples(graph))
    return status


def remove_document(store, changes: Changes, ref: str) -> list[URIRef]:
    """:meth:`Store.remove_document`, noting in *changes* what the removed documents held.

    Parameters
    ----------
    store : Store or RemoteStore
    changes : Changes
    ref : str
        The document's IRI, ``doc/…`` key or identifier.

    Returns
    -------
    list of URIRef
        The documents removed.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> store = Store.memory(reference=False)
    >>> with maintained(store) as changes:
    ...     remove_document(store, changes, "nothing.txt")
    []
    """
    from epkg.graph.query_guard import is_safe_iri

    docs = set(store.document_iris(ref))
    for iri in (URIRef(ref), EPID[ref], EPID[f"doc/{ref}"]):
        # an identifier can be any text ("file with spaces.txt"): only a well-formed IRI is one
        if str(iri).startswith(_DOC_PREFIX) and is_safe_iri(str(iri)):
            docs.add(iri)
    changes.note(store, sorted(docs))
    return store.remove_document(ref)


def refresh(store, changes: Changes) -> int:
    """Bring the consolidated graph up to date with *changes* (then cleared).

    Only the facts a change can move are reclustered: the reports of the changed
    documents with the stored facts they can join or leave, or whose names they can
    change (:func:`_reclustered`), so the part comes out as a rebuild would make it and
    the rest stays as stored (a store whose facts cannot be read back falls back to every
    report linked to a changed one by a chain of matches or node IRIs, :func:`_affected`);
    a fact that comes out with the IRI and the reports it has in the store, none of them
    changed, is left as it is, and one that only gained reports is described
    from its stored description and the new reports when it has no name, capacity or date
    (merged from all its reports: :func:`_grown_lines`). The claim
    index (each source graph's claims, in the meta graph) says which reports those
    are without reading the document graphs; the facts' statements are read from the
    few documents involved. Every changed entity is described again, from its entity
    index entry (statement counts and a summary of its documents, updated by what the
    change adds, so a state named by every document costs no more than a rare company).
    A store without the index (written before it existed, or before entities were
    summarised) is consolidated from scratch once.

    Parameters
    ----------
    store : Store or RemoteStore
    changes : Changes

    Returns
    -------
    int
        The number of statements added or removed.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> refresh(Store.memory(reference=False), Changes())
    0
    """
    if not changes:
        return 0
    # the collector paused: measured at 10,000 documents, a quarter of a refresh in a process holding the model
    with cycles.paused(), _terms_made():
        return _refresh(store, changes)


@contextmanager
def _terms_made():
    """:data:`_TERMS` kept for the time of one refresh or rebuild (made afresh by each: what a refresh's
    timing measures is what it does alone)."""
    _TERMS.clear()
    try:
        yield
    finally:
        _TERMS.clear()


def _refresh(store, changes: Changes) -> int:
    index = _read_index(store)
    if not index and _unindexed_sources(store, changes.docs):
        return _rebuilt(store, changes)
    names_marked = _marked(store, _NAMES_MARK)
    if index and not names_marked:  # its facts sharing an IRI may be numbered as they once were
        return _rebuilt(store, changes)
    documents, near_old, near_new = _documents_for(store, changes.docs)
    # what the changed graphs held at the last refresh (the index), and hold now
    removed = [c for d in sorted(changes.docs) if d in index for c in _claims_of_record(d, index[d])]
    now, props_of, after = {}, {}, {}
    records_new = {}
    for d in sorted(changes.docs):
        source = _read_source(store, d, changes.texts.get(d))
        if not source.exists:
            continue
        now[d] = [c for c, _ in source.claims]
        props_of.update({(c.doc, c.node): props for c, props in source.claims})
        after[d] = source.entities
        changes.entities |= source.own
        records_new[d] = _record(now[d], source.alias)
    records_old = {d: index[d] for d in changes.docs if d in index}
    legacy: set = set()
    claims = [c for d, text in sorted(index.items()) if d not in changes.docs
              for c in _claims_of_record(d, text, legacy)]
    for d in legacy:  # written again once, as a rebuild writes them
        records_old[d] = index[d]
        records_new[d] = _record(_claims_of_record(d, index[d]), _alias_of_record(index[d]))
    claims += [c for d in sorted(now) for c in now[d]]
    found = _reclustered(store, claims, [c for d in sorted(now) for c in now[d]], removed, changes.docs)
    if found is not None:
        grouped, stored_facts, kept, grown = found.grouped, found.stored, found.kept, found.grown
    else:
        part = _affected(claims, [c for d in sorted(now) for c in now[d]], removed)
        grouped = [fact for kind in sorted({c.kind for c in part})
                   for fact in _grouped([c for c in part if c.kind == kind])]
        stored_facts = _facts_reporting(store, {c.node for c in part} | {c.node for c in removed})
        # the reports the part held at the last refresh: its unchanged ones, and the changed graphs' then
        held = {(c.doc, c.node) for c in part if c.doc not in changes.docs} | {(c.doc, c.node) for c in removed}
        kept, grown = _unchanged_facts(store, grouped, stored_facts, held, changes.docs)
    grouped = [(iri, fact) for iri, fact in grouped if iri not in kept]
    facts_of = dict(grouped)
    # the claims say whether a fact has a name, a date or a capacity: only the others' descriptions are read
    grown = {iri: had for iri, had in grown.items()
             if all(c.label is None and c.date is None and c.capacity is None for c in facts_of[iri])}
    # read without the statements that only gain (their documents are those of the reports they had)
    grown_lines = store.graph_lines_without(GRAPH_CONSOLIDATED, grown, _ONLY_GAINED)
    stored_of = _stored_descriptions(grown_lines)
    for _ in range(2):  # the reports not read yet: the new ones, then the old ones of a fact they make merged
        missing: dict = {}
        for iri, fact in grouped:
            had = grown[iri] if iri in stored_of else ()
            for c in fact:
                if (c.doc, c.node) not in props_of and (c.doc, c.node) not in had:
                    missing.setdefault(c.doc, set()).add(c.node)
        props_of.update(_node_props(store, missing, {d: _alias_of_record(index[d]) for d in missing if d in index}))
        merged = {iri for iri in stored_of for c in facts_of[iri]
                  if (c.doc, c.node) not in grown[iri] and not _additive(props_of.get((c.doc, c.node), {}))}
        if not merged:
            break
        for iri in merged:
            del stored_of[iri]
    entity_old, entity_new, named_old, named_new = _entity_delta(store, changes, after, documents)
    if entity_new is None or any((c.doc, c.node) not in props_of for iri, fact in grouped for c in fact
                                 if iri not in stored_of or (c.doc, c.node) not in grown[iri]):
        # a source graph changed without being noted (written around this module): start again
        return _rebuilt(store, changes)
    subjects = (stored_facts - kept) | {iri for iri, _ in grouped}
    triples: list[tuple] = []
    grown_after: set = set()  # the facts that only grew, as lines
    for iri, fact in grouped:
        if iri in stored_of:
            added = [(c, props_of[(c.doc, c.node)]) for c in fact if (c.doc, c.node) not in grown[iri]]
            grown_after |= _grown_lines(iri, stored_of[iri], added, documents, {d for d, _ in grown[iri]})
        else:
            triples += describe_fact(iri, [(c, props_of[(c.doc, c.node)]) for c in fact], documents)
    entities = {URIRef(e) for e in changes.entities}
    subjects |= entities
    _, found = _describe_aggregates(store, {e: entity_new.get(str(e), ({}, _NO_SUMMARY)) for e in entities})
    triples += found
    # Write only what changed: most statements of a recomputed fact come out as they were.
    # compared as N-Triples lines: reading the graph as rdflib terms costs more than the rest. The facts
    # that only grew were read above, less what only gains (a membership's hundreds of reports): of that,
    # only what their new reports add is looked up (a sentence or node the fact has already)
    grown_kept = {line for line in grown_lines if URIRef(line.split(" ", 1)[0][1:-1]) in stored_of}
    before = store.graph_lines(GRAPH_CONSOLIDATED, subjects - set(stored_of)) | grown_kept | store.lines_present(
        GRAPH_CONSOLIDATED, (line for line in grown_after if line.split(" ", 2)[1] in _ONLY_GAINED_TEXTS))
    after_lines = {triple_line(t) for t in triples} | grown_after
    # None: the store keeps no listing rows yet
    rows = listings.refresh(store, subjects, triples + _event_statements(grown_after))
    rows_old, rows_new = rows or (set(), set())
    network = listings.refresh_network(store, before, after_lines)  # None likewise
    network_old, network_new = network or (set(), set())
    old_lines = _index_lines(records_old, EPKG.claimIndex) | _index_lines(entity_old, EPKG.entityIndex) | named_old \
        | rows_old | network_old | near_old
    new_lines = _index_lines(records_new, EPKG.claimIndex) | _index_lines(
        {e: _entity_record(*agg) for e, agg in entity_new.items() if agg[0] or agg[1]["n"]}, EPKG.entityIndex) \
        | named_new | rows_new | network_new | near_new | (set() if names_marked else {triple_line(_NAMES_MARK)})
    # both graphs written at once (the meta graph's lines are made from what it holds before)
    store.patch_graphs([(GRAPH_CONSOLIDATED, before - after_lines, after_lines - before),
                        (GRAPH_META, old_lines - new_lines, new_lines - old_lines)])
    # the derived statements those facts and documents feed, from the graph as written; of the documents,
    # only those consolidated before can be reported by a partnership the refresh leaves as stored (one
    # reported by a document new to the index changed: its statements are in before and after)
    summaries.refresh(store, before, after_lines, [d for d in sorted(changes.docs) if d in index])
    if rows is None:  # a store from before the rows (or a fresh one): write them all once
        listings.rebuild(store)
    if network is None:  # and the documents' counts of bare ties, written since (once, likewise)
        listings.rebuild_network(store)
        listings.mark_bare_ties(store)
    changes.clear()
    return len(after_lines - before) + len(before - after_lines)


def _index_lines(records: dict, prop) -> set:
    p_text = term_text(prop)
    return {f"<{k}> {p_text} {string_text(v)}" for k, v in records.items()}


def _entity_record(counts: dict, summary: dict) -> str:
    """The entity index entry of one entity: its statements with how many documents make them, and
    its :func:`_summary` (the documents that type or name it are ``epkg:namedIn`` statements)."""
    return json.dumps({"s": dict(sorted(counts.items())), **summary}, separators=(",", ":"), ensure_ascii=False)


_NAMED_IN_TEXT = f"<{EPKG.namedIn}>"


def _named_lines(entity: str, docs: Iterable[str]) -> set:
    """The ``epkg:namedIn`` lines of one entity (IRIs read from the store: written as they are)."""
    return {f"<{entity}> {_NAMED_IN_TEXT} <{d}>" for d in docs}


_NAMING = (f"<{RDF.type}> ", f"<{RDFS.label}> ")
_NAMING_TEXTS = (f"<{RDF.type}>", f"<{RDFS.label}>")


def _meta_pairs(store, bound: str, values: list[str], pattern: str) -> list[tuple[str, str]]:
    """``(?e, ?d)`` rows of one meta graph *pattern*, with *bound* (``"e"`` or ``"d"``) taking each of *values*."""
    out = []
    for start in range(0, len(values), 500):
        chunk = " ".join(f"<{v}>" for v in values[start:start + 500])
        out += [(str(r["e"]), str(r["d"])) for r in store.select_texts(
            f"SELECT ?e ?d WHERE {{ GRAPH <{GRAPH_META}> {{ VALUES ?{bound} {{ {chunk} }} {pattern} }} }}")]
    return out


def _entity_delta(store, changes: Changes, after: dict, documents: Documents) -> tuple:
    """The entity index entries the changed graphs touch, as stored (raw) and brought up to date, and
    the ``epkg:namedIn`` lines to remove and to add (``None`` for the entries when the index does not
    match what the graphs held: then rebuild).

    An entity that only gains documents is updated from them and the near-duplicates of their texts;
    one that loses a document (or whose document was replaced) is summarised again from the documents
    the index lists for it.
    """
    touched = sorted(set(changes.entities) | {str(e) for ents in (*changes.before.values(), *after.values())
                                              for e in ents})
    old: dict = {}
    for start in range(0, len(touched), 500):
        values = " ".join(f"<{e}>" for e in touched[start:start + 500])
        for r in store.select_texts(f"""SELECT ?e ?r WHERE {{ GRAPH <{GRAPH_META}> {{ VALUES ?e {{ {values} }}
          ?e <{EPKG.entityIndex}> ?r }} }}"""):
            old[str(r["e"])] = str(r["r"])
    new = {}
    for e, text in old.items():
        data = json.loads(text)
        if any(k not in data for k in _NO_SUMMARY):  # an index written before entities were summarised
            return old, None, set(), set()
        new[e] = (dict(data["s"]), {k: data[k] for k in _NO_SUMMARY})
    added: dict = {}
    removed: dict = {}
    for d in sorted(changes.docs):
        then, now = changes.before.get(d, {}), after.get(d, {})
        for e in set(then) | set(now):
            counts = new.setdefault(str(e), ({}, _NO_SUMMARY))[0]
            for k in then.get(e, ()):
                counts[k] = counts.get(k, 0) - 1
            for k in now.get(e, ()):
                counts[k] = counts.get(k, 0) + 1
            if any(k.startswith(_NAMING) for k in then.get(e, ())):
                removed.setdefault(str(e), set()).add(d)
            if any(k.startswith(_NAMING) for k in now.get(e, ())):
                added.setdefault(str(e), set()).add(d)
    # which entities the index says the changed documents, and their texts' near-duplicates, name
    nearby = _near_closure(changes.docs, documents.near)
    listed: dict = {}
    for e, d in _meta_pairs(store, "d", sorted(nearby), f"?e <{EPKG.namedIn}> ?d"):
        listed.setdefault(e, set()).add(d)
    if {(e, d) for e, docs in listed.items() for d in docs if d in changes.docs} != \
            {(e, d) for e, docs in removed.items() for d in docs}:
        return old, None, set(), set()
    every: dict = {}
    for e, d in _meta_pairs(store, "e", sorted(removed), f"?e <{EPKG.namedIn}> ?d"):
        every.setdefault(e, set()).add(d)
    for e in sorted(set(added) | set(removed)):
        counts, summary = new[e]
        gained = added.get(e, set())
        if e in removed:
            new[e] = (counts, _summary((every.get(e, set()) - removed[e]) | gained, documents))
        else:
            before = listed.get(e, set()) & _near_closure(gained, documents.near)
            new[e] = (counts, _summary_added(summary, gained, before, documents))
    for e, (counts, _) in new.items():
        if any(n < 0 for n in counts.values()):
            return old, None, set(), set()
        for k in [k for k, n in counts.items() if n == 0]:
            del counts[k]
    named_old = set().union(*(_named_lines(e, docs) for e, docs in removed.items()))
    named_new = set().union(*(_named_lines(e, docs) for e, docs in added.items()))
    return old, new, named_old - named_new, named_new - named_old


@dataclass
class _Source:
    exists: bool = False
    claims: list = field(default_factory=list)     # (Claim, props) of its relation nodes
    entities: dict = field(default_factory=dict)   # subject (str) -> set of "<p> <o>" lines
    own: set = field(default_factory=set)          # the entities it holds (mentions, typed nodes)
    alias: dict = field(default_factory=dict)      # its name variants: variant IRI -> canonical IRI


def _value(term) -> str:
    """A query result's IRI or string."""
    return str(term)


_TYPE_TEXT = f"<{RDF.type}>"
_MENTIONS_TEXT = f"<{EPKG.mentions}>"
_RELATION_TEXTS = {f"<{c}>" for c in RELATION_CLASSES.values()}


def _subject_key(text: str) -> str:
    """An N-Triples subject as the string the rest of this module keys it by (an IRI, or a blank node's id)."""
    return text[2:] if text.startswith("_:") else text[1:-1]


def _read_source(store, graph: str, text: str | None = None) -> _Source:
    """One source graph as stored now, read whole once: its claims, and what it says of its entities.

    Read as N-Triples lines (:meth:`graph_lines`), or from the *text* it was just written with when
    the store can tell what that holds without being read (:meth:`lines_of`): rdflib terms are
    made only for the statements that need them (the relation nodes', the actors' names), which
    costs far less than a query giving every statement as rdflib terms.
    """
    out = _Source()
    if not (graph.startswith(_DOC_PREFIX) or graph.startswith(str(EPID["graph/import/"]))):
        return out
    lines = None if text is None else store.lines_of(text)
    if lines is None:
        lines = store.graph_lines(graph)
    rows: dict = {}
    relations = set()
    blank = set()
    for line in sorted(lines):
        s_text, p_text, o_text = line.split(" ", 2)
        key = _subject_key(s_text)
        if s_text.startswith("_:"):
            blank.add(key)
        rows.setdefault(key, []).append((p_text, o_text))
        if p_text == _TYPE_TEXT and o_text in _RELATION_TEXTS:
            relations.add(key)
    if not rows:
        return out
    out.exists = True
    alias = out.alias = _variants(rows, relations | blank | {graph})
    if alias:
        rows = _resolved(rows, alias)
    terms = _statement_terms({f"{p_text} {o_text}" for node in relations for p_text, o_text in rows[node]})
    for node in sorted(relations):
        props: dict = {}
        for p_text, o_text in rows[node]:
            p, o = terms[f"{p_text} {o_text}"]
            props.setdefault(p, set()).add(URIRef(alias.get(str(o), o)) if isinstance(o, URIRef) else o)
        for kind, cls in RELATION_CLASSES.items():
            if cls in props.get(RDF.type, ()):
                out.claims.append((_claim(kind, graph, URIRef(node), props), props))
    for subject, statements in rows.items():
        if subject in relations or subject in blank:
            continue
        if subject == graph:
            out.own |= {o_text[1:-1] for p_text, o_text in statements if p_text == _MENTIONS_TEXT}
            continue
        out.entities[subject] = {f"{p_text} {o_text}" for p_text, o_text in statements}
        if any(p_text == _TYPE_TEXT for p_text, _ in statements):
            out.own.add(subject)
    out.own = {alias.get(e, e) for e in out.own}
    return out


_VARIANT_KINDS = {f"<{EPKG.Company}>": "company", f"<{EPKG.Person}>": "person"}
_LABEL_TEXT = f"<{RDFS.label}>"


def _variants(rows: dict, skip: set) -> dict:
    """The companies and persons of one graph named by a variant of another's name there
    (:func:`~epkg.graph.identity.variants`): variant IRI -> canonical IRI."""
    named = {}
    for subject, statements in rows.items():
        if subject in skip:
            continue
        kinds = {_VARIANT_KINDS[o] for p, o in statements if p == _TYPE_TEXT and o in _VARIANT_KINDS}
        labels = [o for p, o in statements if p == _LABEL_TEXT]
        if len(kinds) == 1 and labels:
            named[subject] = (kinds.pop(), labels)
    if not named:
        return {}
    terms = _statement_terms({f"{_LABEL_TEXT} {o}" for _, labels in named.values() for o in labels})
    actors = {subject: (kind, sorted(_value(terms[f"{_LABEL_TEXT} {o}"][1]) for o in labels)[0])
              for subject, (kind, labels) in named.items()}
    return variants(actors)


def _resolved(rows: dict, alias: dict) -> dict:
    """*rows* with each variant read as its canonical actor: its statements are the canonical's,
    and statements naming it name the canonical."""
    texts = {f"<{v}>": f"<{c}>" for v, c in alias.items()}
    out: dict = {}
    for subject, statements in rows.items():
        target = out.setdefault(alias.get(subject, subject), [])
        for p_text, o_text in statements:
            target.append((p_text, texts.get(o_text, o_text)))
    return out


def _rebuilt(store, changes: Changes) -> int:
    before = len(store.graph_lines(GRAPH_CONSOLIDATED))
    written = rebuild(store)
    changes.clear()
    return before + written


def _read_index(store) -> dict:
    """The claim index: source graph IRI (str) -> its record (read as text: no rdflib term is made for
    the records, tens of megabytes of JSON in a large store)."""
    return dict(store.texts(GRAPH_META, EPKG.claimIndex))


def _unindexed_sources(store, docs) -> bool:
    """Whether the store holds source graphs other than *docs* (a store without the index has them)."""
    known = ", ".join(f"<{d}>" for d in sorted(docs))
    other = f"FILTER(?g NOT IN ({known}))" if known else ""
    return store.ask(f"ASK {{ GRAPH ?g {{ ?n a ?c VALUES ?c {{ {_RELATIONS} }} }} FILTER{_SOURCE} {other} }}")


def _node_props(store, nodes_of: dict, aliases: dict) -> dict:
    """The statements of relation nodes, ``{(graph, node): {property: set}}``, read graph by graph,
    each graph's name variants read as their canonical actors (*aliases*: graph -> its variants)."""
    out: dict = {}
    lines = {graph: store.graph_lines(graph, nodes_of[graph]) for graph in sorted(nodes_of)}
    terms = _statement_terms({line.split(" ", 1)[1] for found in lines.values() for line in found})
    for graph, found in lines.items():
        alias = aliases.get(graph, {})
        for line in found:
            s_text, statement = line.split(" ", 1)
            p, o = terms[statement]
            if alias and isinstance(o, URIRef):
                o = URIRef(alias.get(str(o), o))
            out.setdefault((graph, _subject_key(s_text)), {}).setdefault(p, set()).add(o)
    return out


_MERGED_TEXTS = {term_text(p) for p in _MERGED}


def _stored_descriptions(lines: set) -> dict:
    """The stored descriptions (``{fact: [N-Triples lines]}``) that :func:`_grown_lines` can grow: those
    holding nothing :data:`_MERGED`."""
    out: dict = {}
    for line in lines:
        out.setdefault(line.split(" ", 1)[0], []).append(line)
    return {URIRef(s_text[1:-1]): found for s_text, found in out.items()
            if not any(line.split(" ", 2)[1] in _MERGED_TEXTS for line in found)}


_EVENT_TYPED = f" {term_text(RDF.type)} {term_text(EPKG.Event)}"


def _event_statements(lines: set) -> list[tuple]:
    """The statements among *lines* (N-Triples) of the subjects they type as events, as rdflib terms
    (what an event's listing row is made of). The facts that only grow have neither a name nor a
    date, which an event needs to match another report: none is an event as identity stands.

    Examples
    --------
    >>> e, m = EPID["event/x"], EPID["membership/y"]
    >>> lines = {triple_line((e, RDF.type, EPKG.Event)), triple_line((e, EPKG.documentCount, Literal(2))),
    ...          triple_line((m, RDF.type, EPKG.Membership))}
    >>> sorted(p.n3() for _, p, _ in _event_statements(lines))
    ['<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>', '<https://w3id.org/epkg/ontology#documentCount>']
    """
    events = {line.split(" ", 1)[0] for line in lines if line.endswith(_EVENT_TYPED)}
    if not events:
        return []
    split = [line.split(" ", 1) for line in lines if line.split(" ", 1)[0] in events]
    terms = _statement_terms({statement for _, statement in split})
    return [(URIRef(s_text[1:-1]), *terms[statement]) for s_text, statement in split]


def _unchanged_facts(store, grouped: list, stored: set, held: set, changed: set) -> tuple[set, dict]:
    """The facts among *grouped* (``(IRI, reports)``, recomputed) that the consolidated graph already
    holds as they are: the same IRI merging the same reports, none of them from a *changed* graph;
    and those that only gained reports: IRI -> the reports it holds already.

    A fact none of whose reports comes from a changed graph is described as it was: its reports'
    statements, their documents' dates and which of their texts are near-identical have not changed. The stored facts' reports are read
    back from their ``epkg:reportedAs`` nodes and ``prov:wasDerivedFrom`` documents among the reports
    the part held (*held*, ``(document, node)``); a report that two stored facts could both claim
    (node IRIs are shared between documents) leaves both to be described again.
    """
    if not stored:
        return set(), {}
    nodes: dict = {}
    docs: dict = {}
    facts = sorted(stored)
    for start in range(0, len(facts), 500):
        values = " ".join(f"<{f}>" for f in facts[start:start + 500])
        for r in store.select_texts(f"""SELECT ?f ?n ?d WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ VALUES ?f {{ {values} }}
          {{ ?f <{EPKG.reportedAs}> ?n }} UNION {{ ?f <{PROV.wasDerivedFrom}> ?d }} }} }}"""):
            if "n" in r:
                nodes.setdefault(str(r["f"]), set()).add(str(r["n"]))
            if "d" in r:
                docs.setdefault(str(r["f"]), set()).add(str(r["d"]))
    docs_of_node: dict = {}
    for d, n in held:
        docs_of_node.setdefault(n, []).append(d)
    members: dict = {}
    owners = Counter()
    for f, found in nodes.items():
        derived = docs.get(f, set())
        keys = {(d, n) for n in found for d in docs_of_node.get(n, ()) if d in derived}
        members[f] = keys
        owners.update(keys)
    return _kept_and_grown((iri, fact, had) for iri, fact in grouped
                           if (had := members.get(str(iri)))
                           and all(owners[k] == 1 and k[0] not in changed for k in had))


def _facts_reporting(store, nodes) -> set:
    """The consolidated facts that merge a document node among *nodes*."""
    nodes = sorted(nodes)
    out = set()
    for start in range(0, len(nodes), 500):
        values = " ".join(f"<{n}>" for n in nodes[start:start + 500])
        out |= {r["f"] for r in store.select(f"""SELECT DISTINCT ?f WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{
          VALUES ?n {{ {values} }} ?f epkg:reportedAs ?n }} }}""")}
    return out


# Every rule for agreements and events, and the same-sentence one, needs the two dates compatible
# (one a prefix of the other); memberships and cooperations match only with the same actors and
# level, partnerships only at the same level. The reports sharing a popular anchor ("energy" in an
# event's name, a state among the parties) are filed by that, so a report is compared only with
# those it can match, not with every report of the store that shares the anchor.
_DATED_KINDS = {"agreement", "event"}
_SHELVED_KINDS = {"partnership", "project"}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")



def _filed_under(c: Claim):
    """What *c* is filed by in a :class:`_Block`: its date for agreements and events (``None``, compared
    with every date, when it has none or another form), what every match of its kind shares otherwise."""
    if c.kind in _DATED_KINDS:
        return c.date if c.date and _ISO_DATE.fullmatch(c.date) else None
    if c.kind in ("membership", "cooperation"):
        return c.actors, c.level
    if c.kind in _SHELVED_KINDS:  # several keys (identity._shelves): a match shares one
        return _shelves(c)
    return None


class _Block:
    """The reports sharing one anchor, filed by what every match of their kind agrees on
    (:func:`_filed_under`)."""

    __slots__ = ("dated", "shelved", "by_key", "finer", "loose")

    def __init__(self, kind: str):
        self.dated = kind in _DATED_KINDS
        self.shelved = kind in _SHELVED_KINDS  # filed under several keys, any one of which a match shares
        self.by_key: dict = {}    # an ISO date, or what every match shares -> its reports
        self.finer: dict = {}     # a year or month -> the longer dates within it
        self.loose: list = []     # undated reports (or another form of date): compared with every other

    def add(self, i: int, key) -> None:
        if self.shelved:
            for shelf in key:
                self.by_key.setdefault(shelf, []).append(i)
            return
        if self.dated and key is None:
            self.loose.append(i)
            return
        reports = self.by_key.get(key)
        if reports is None:
            reports = self.by_key[key] = []
            if self.dated:
                for n in (4, 7):
                    if len(key) > n:
                        self.finer.setdefault(key[:n], []).append(key)
        reports.append(i)

    def candidates(self, key):
        """The reports a report filed under *key* may match (a superset of those it matches; one filed
        under several keys may come more than once)."""
        if self.shelved:
            search = shelves_searched(key)
            for shelf in search if search is not None else self.by_key:
                yield from self.by_key.get(shelf, ())
            return
        if not self.dated:
            yield from self.by_key.get(key, ())
            return
        yield from self.loose
        if key is None:
            for reports in self.by_key.values():
                yield from reports
            return
        for n in (4, 7, 10):  # the same date and the coarser ones containing it
            if len(key) >= n:
                yield from self.by_key.get(key[:n], ())
        for finer in self.finer.get(key, ()):
            yield from self.by_key[finer]


_FEW = 8


class _Few:
    """The few reports sharing an anchor, not filed: each is a candidate (a superset of those that match)."""

    __slots__ = ("reports",)

    def __init__(self, reports: list):
        self.reports = reports

    def candidates(self, key):
        return self.reports


def _block(anchor, sharing: dict, claims: list, filed: dict, blocks: dict):
    """The reports sharing *anchor* (indexes into *claims*), filed in a :class:`_Block` once and kept in
    *blocks*; each report's filing key is computed once, in *filed*. None for an anchor no report has."""
    found = blocks.get(anchor)
    if found is None:
        reports = sharing.get(anchor)
        if reports is None:
            return None
        found = blocks[anchor] = _Block(anchor[0])
        for i in reports:
            if i not in filed:
                filed[i] = _filed_under(claims[i])
            found.add(i, filed[i])
    return found


def _affected(claims: list[Claim], changed: list[Claim], removed: list[Claim]) -> list[Claim]:
    """The claims whose fact (or its name) a change can alter: *changed* and everything linked
    to them, transitively, by a match on a shared anchor or by a shared node IRI; and the
    same for the reports a removed claim matched.

    Examples
    --------
    >>> mou = dict(kind="agreement", cls="Treaty", actors=frozenset({"AZE"}))
    >>> a = Claim(doc="d1", node="x", date="2025", **mou)
    >>> b = Claim(doc="d2", node="y", date="2025-04", **mou)
    >>> c = Claim(doc="d3", node="z", date="2024", **mou)
    >>> sorted(x.doc for x in _affected([a, b, c], [b], []))
    ['d1', 'd2']
    """
    sharing: dict = {}
    by_node: dict = {}
    keys = [anchors(c) for c in claims]
    for i, c in enumerate(claims):
        for k in keys[i]:
            sharing.setdefault((c.kind, k), []).append(i)
        by_node.setdefault(c.node, []).append(i)
    filed: dict = {}
    blocks: dict = {}

    def block(anchor):
        """The reports sharing *anchor*, filed (only for the anchors a change reaches)."""
        return _block(anchor, sharing, claims, filed, blocks)

    position = {(c.doc, c.node, c.kind): i for i, c in enumerate(claims)}
    taken: set = set()
    queue: list = []

    def take(i):
        if i not in taken:
            taken.add(i)
            queue.append(i)

    for c in changed:
        take(position[(c.doc, c.node, c.kind)])
    for r in removed:
        for i in by_node.get(r.node, ()):
            take(i)
        for k in anchors(r):
            found = block((r.kind, k))
            for i in found.candidates(_filed_under(r)) if found else ():
                if i not in taken and same_fact(r, claims[i]):
                    take(i)
    while queue:
        i = queue.pop()
        c = claims[i]
        for j in by_node.get(c.node, ()):
            take(j)
        checked = set()  # a report shares several anchors with many others: compare each pair once
        for k in keys[i]:
            found = block((c.kind, k))
            for j in found.candidates(filed[i]):
                if j not in taken and j not in checked:
                    checked.add(j)
                    if same_fact(c, claims[j]):
                        take(j)
    return [claims[i] for i in sorted(taken)]


def _stored_facts_of(store, nodes: set) -> dict:
    """The consolidated facts reporting a document node among *nodes*: ``{fact IRI (str): (its
    epkg:reportedAs nodes, its prov:wasDerivedFrom documents)}``."""
    nodes = sorted(nodes)
    out: dict = {}
    for start in range(0, len(nodes), 500):
        values = " ".join(f"<{n}>" for n in nodes[start:start + 500])
        for r in store.select_texts(f"""SELECT ?f ?m ?d WHERE {{ GRAPH <{GRAPH_CONSOLIDATED}> {{ VALUES ?n {{ {values} }}
          ?f <{EPKG.reportedAs}> ?n {{ ?f <{EPKG.reportedAs}> ?m }} UNION {{ ?f <{PROV.wasDerivedFrom}> ?d }} }} }}"""):
            found = out.setdefault(str(r["f"]), (set(), set()))
            if "m" in r:
                found[0].add(str(r["m"]))
            if "d" in r:
                found[1].add(str(r["d"]))
    return out


@dataclass
class _Reclustered:
    """What :func:`_reclustered` found: the facts of the part, named; the stored facts the part holds
    (IRIs); those that come out as stored (IRIs) and those that only gained reports (IRI -> the
    reports, ``(document, node)``, they held)."""
    grouped: list
    stored: set
    kept: set
    grown: dict


def _compared_on(c: Claim) -> set:
    """The anchors under which :func:`_reclustered_by_match` files a report of a kind matched by comparing
    reports (agreements, events, partnerships, projects), and looks up what it matches: its
    :func:`~epkg.graph.identity.anchors` without its sentences when it has actors (a project: hosts).

    Two reports that match and share an anchor share one of these: matched by a sentence they share, they
    have the same actors (hosts), so an anchor of those when they have any (and keep their sentences when they
    have none); matched by another rule of these kinds, they share a name, an actor, a host or a place
    whenever one of the two has actors (hosts). Most reports have actors and a sentence or two of their own:
    each would be filed alone."""
    return anchors(c, sentences=not (c.hosts if c.kind == "project" else c.actors))


def _order(c: Claim) -> tuple:
    """Where *c* comes in clustering order (:func:`~epkg.graph.identity.cluster`)."""
    return tuple(-x for x in c.specificity()), c.doc, c.node


def _reclustered(store, claims: list[Claim], changed: list[Claim], removed: list[Claim],
                 changed_docs: set) -> _Reclustered | None:
    """The facts a change alters, reclustered with the stored facts it can move, as a rebuild clusters them:
    memberships and cooperations by their keys (:func:`_reclustered_by_key`), the other kinds by the matches
    a change can make or undo (:func:`_reclustered_by_match`).

    ``None`` when a stored report belongs to no stored fact (a store written around this module): the
    caller recomputes the whole linked part (:func:`_affected`).
    """
    def keyed(found: list[Claim]) -> list[Claim]:
        return [c for c in found if c.kind in _KEYED_KINDS]

    def other(found: list[Claim]) -> list[Claim]:
        return [c for c in found if c.kind not in _KEYED_KINDS]

    matched = _reclustered_by_match(store, other(claims), other(changed), other(removed), changed_docs)
    if matched is None:
        return None
    by_key = _reclustered_by_key(keyed(claims), keyed(removed), changed_docs)
    return _Reclustered(matched.grouped + by_key.grouped, matched.stored | by_key.stored,
                        matched.kept | by_key.kept, {**matched.grown, **by_key.grown})


def _reclustered_by_key(claims: list[Claim], removed: list[Claim], changed_docs: set) -> _Reclustered:
    """:func:`_reclustered` for memberships and cooperations (*claims* and *removed* of those kinds only).

    Their reports match when class, actors and level are the same and the documents differ, so the facts of
    one key are what clustering that key's reports gives, whatever the other reports. The part is every
    report sharing a key or a node IRI (what facts are named after) with a changed one, transitively: the
    facts of its old reports (the changed graphs' as they were, and the others') are the stored facts, as a
    refresh keeps them, and those of its new reports are the facts a rebuild makes, named as among all. The
    stored facts are not read back: they are the old reports clustered again.
    """
    def key(c: Claim) -> tuple:
        return c.kind, c.cls, c.actors, c.level

    everything = claims + removed
    by_key: dict = {}
    by_node: dict = {}
    for i, c in enumerate(everything):
        by_key.setdefault(key(c), []).append(i)
        by_node.setdefault((c.kind, c.node), []).append(i)
    seeds = [i for i, c in enumerate(everything) if c.doc in changed_docs]
    taken = set(seeds)
    keys, nodes = set(), set()
    while seeds:
        c = everything[seeds.pop()]
        for linked, index, value in ((keys, by_key, key(c)), (nodes, by_node, (c.kind, c.node))):
            if value not in linked:
                linked.add(value)
                found = [j for j in index[value] if j not in taken]
                taken.update(found)
                seeds += found
    old = [everything[i] for i in sorted(taken) if i >= len(claims) or everything[i].doc not in changed_docs]
    new = [everything[i] for i in sorted(taken) if i < len(claims)]

    def grouped(found: list[Claim]) -> list:
        return [fact for kind in sorted({c.kind for c in found}) for fact in _grouped([c for c in found if c.kind == kind])]

    facts = grouped(new)
    if all(i < len(claims) and everything[i].actors for i in taken):
        # Clustered, a key's reports make facts by their rank among their document's reports of the key (the
        # first of each document's goes to the first fact, the second to the second …: identity.cluster).
        # Every old report is of an unchanged document, every new one of a changed one: the old reports keep
        # their ranks, and the old facts are the new ones less their new reports, in the same order.
        old_facts: dict = {}
        for _, fact in facts:
            kept_reports = [c for c in fact if c.doc not in changed_docs]
            if kept_reports:
                old_facts.setdefault(fact[0].kind, []).append(kept_reports)
        found_old = [fact for kind in sorted(old_facts) for fact in _named(old_facts[kind])]
    else:  # a report taken back (a changed document's old version), or one without actors: clustered again
        found_old = grouped(old)
    stored = {str(iri): {(c.doc, c.node) for c in fact} for iri, fact in found_old}
    kept, grown = _kept_and_grown((iri, fact, had) for iri, fact in facts
                                  if (had := stored.get(str(iri))) is not None
                                  and not any(d in changed_docs for d, _ in had))
    return _Reclustered(facts, {URIRef(f) for f in stored}, kept, grown)


def _reclustered_by_match(store, claims: list[Claim], changed: list[Claim], removed: list[Claim],
                          changed_docs: set) -> _Reclustered | None:
    """:func:`_reclustered` for the kinds whose reports match by comparing them (not memberships or cooperations).

    Clustering (:func:`~epkg.graph.identity.cluster`) takes reports in a fixed order, each joining the
    first fact all of whose reports so far it matches. The part reclustered is the changed reports and
    whole stored facts (their reports read back from the consolidated graph), grown until

    - no report outside it matches every report before it of a changed fact (one that comes out with
      other reports than any stored fact) started after the report's own fact: it would leave its fact
      for that one;
    - no report of a changed fact matches every report before it of a stored fact outside the part
      started before its own: it would join that fact;
    - for each node IRI a changed fact, old or new, is named after, the stored facts under it that hold
      the plain IRI or whose first report sorts first are in it (the others' names are a digest of their
      own first report: :func:`_grouped`).

    Reports outside then meet, in clustering order, the facts they met before with the reports they
    had, and reports inside only facts of the part: the part clusters as it does among all the
    claims, and the rest stays as stored. A fact that only gained reports, started by the report that
    started it before, needs neither check for its old reports. A fact of the part that comes out as
    stored keeps its stored name unless a changed fact shares its node IRI. A stored fact whose reports
    cannot be read back unambiguously (node IRIs are shared between documents) counts as changed, and
    joins the part whenever a check reaches it.

    ``None`` when a stored report belongs to no stored fact (a store written around this module):
    the caller recomputes the whole linked part (:func:`_affected`).
    """
    # reports filed by kind, class and anchor: only an event's class may differ from a match's, when
    # one of the two is the generic Event
    sharing: dict = {}
    classes: dict = {}  # an event anchor -> the classes filed under it
    by_node: dict = {}
    position: dict = {}
    for i, c in enumerate(claims):
        for k in _compared_on(c):
            sharing.setdefault((c.kind, c.cls, k), []).append(i)
            if c.kind == "event":
                classes.setdefault(k, set()).add(c.cls)
        by_node.setdefault(c.node, []).append(i)
        position.setdefault((c.doc, c.node), []).append(i)
    filed: dict = {}
    blocks: dict = {}
    orders: dict = {}  # id(claim) -> its place in clustering order (the claims live as long as this)

    def ordered(c: Claim) -> tuple:
        found = orders.get(id(c))
        if found is None:
            found = orders[id(c)] = _order(c)
        return found

    def order(i: int) -> tuple:
        return ordered(claims[i])

    def block(anchor):
        found = blocks.get(anchor)
        if found is None:
            reports = sharing.get(anchor)
            if reports is not None and len(reports) <= _FEW:  # compared with each: filing them costs more
                found = blocks[anchor] = _Few(reports)
            else:
                found = _block(anchor, sharing, claims, filed, blocks)
        return found

    matches: dict = {}

    def matching(c: Claim, before: tuple | None = None) -> list[int]:
        """The claims (indices) outside the part that *c* matches (only those coming *before* an order)."""
        key = (c.doc, c.node, c.kind)
        out = matches.get(key)
        if out is None and before is not None:
            out = matches.get((key, before))
            if out is not None:  # looked at before with this order (a fact of the part started anew)
                return [j for j in out if j not in part]
        if out is None:
            out, seen = [], set()
            filed_c = _filed_under(c)
            for k in _compared_on(c):
                if c.kind != "event":
                    compatible = (c.cls,)
                elif c.cls == "Event":
                    compatible = classes.get(k, ())
                else:
                    compatible = (c.cls, "Event")
                for cls in compatible:
                    found = block((c.kind, cls, k))
                    for j in found.candidates(filed_c) if found else ():
                        if j not in seen and j not in part:
                            seen.add(j)
                            if (before is None or order(j) < before) and same_fact(c, claims[j]):
                                out.append(j)
            if before is not None:
                matches[key, before] = out
                return out
            matches[key] = out
        return [j for j in out if j not in part and (before is None or order(j) < before)]  # the part only grows

    removed_of = {}
    for c in removed:
        removed_of.setdefault((c.doc, c.node), []).append(c)
    part = {i for c in changed for i in position[(c.doc, c.node)] if claims[i].doc in changed_docs}
    facts: dict = {}     # stored fact -> the reports it holds, (document, node)
    owners: dict = {}    # a report -> the stored facts that may hold it
    queried: set = set()
    in_part: set = set()
    started_by: dict = {}  # a report -> the stored facts it started (the first of their reports in clustering order)

    def read(nodes) -> None:
        nodes = set(nodes) - queried
        if not nodes:
            return
        queried.update(nodes)
        for f, (fact_nodes, docs) in _stored_facts_of(store, nodes).items():
            if f in facts:
                continue
            keys = {(d, n) for n in fact_nodes for d in docs
                    if ((d, n) in removed_of if d in changed_docs else (d, n) in position)}
            facts[f] = keys
            for k in keys:
                owners.setdefault(k, set()).add(f)
            if keys:
                first = min((c for k in keys for c in (removed_of[k] if k in removed_of else
                                                       (claims[i] for i in position[k]))), key=ordered)
                started_by.setdefault((first.doc, first.node), set()).add(f)

    def reports_of(f) -> list[Claim]:
        return [c for k in facts[f] for c in (removed_of[k] if k in removed_of else (claims[i] for i in position[k]))]

    def add(found: set) -> None:
        """Stored facts into the part, with every stored fact that may hold one of their reports."""
        while found:
            found -= in_part
            in_part.update(found)
            keys = {k for f in found for k in facts[f]}
            for k in keys:
                if k not in removed_of:
                    part.update(position[k])
            read(n for _, n in keys)
            found = {g for k in keys for g in owners[k]} - in_part

    creators: dict = {}

    def creator(f) -> tuple:
        """Where stored fact *f* was started in clustering order."""
        found = creators.get(f)
        if found is None:
            found = creators[f] = min(map(ordered, reports_of(f)))
        return found

    def ambiguous_of(f) -> set:
        """{f} if a report of stored fact *f* may be another stored fact's too, else nothing."""
        return {f} if any(len(owners[k]) > 1 for k in facts[f]) else set()

    def owned(keys) -> set | None:
        """The stored facts holding *keys* (read first); ``None`` if one is held by none."""
        keys = set(keys)
        read(n for _, n in keys)
        out = set()
        for k in keys:
            if k not in owners:
                return None
            out |= owners[k]
        # and every fact that may hold one of theirs: a fact whose reports are read back ambiguously
        # (node IRIs are shared between documents) is known as such
        read(n for f in out for _, n in facts[f])
        return out

    found = owned(removed_of)
    if found is None:
        return None
    add(found)
    expanded: set = set()   # reports of changed facts whose earlier matches outside were looked at
    checked: set = set()    # changed facts (their reports) whose later matches outside were looked at
    named_after: set = set()  # node IRIs whose facts are all in the part
    clustered: dict = {}      # kind -> (its claims in the part, their facts)
    while True:
        by_kind: dict = {}
        for i in sorted(part):
            by_kind.setdefault(claims[i].kind, []).append(i)
        for kind, found in by_kind.items():  # a kind whose part did not grow is not clustered again
            if clustered.get(kind, (None,))[0] != found:
                clustered[kind] = (found, _grouped([claims[i] for i in found]))
        grouped = [fact for kind in sorted(by_kind) for fact in clustered[kind][1]]
        ambiguous = {f for f in in_part if any(len(owners[k]) > 1 for k in facts[f])}
        as_stored = {frozenset(facts[f]): f for f in in_part
                     if f not in ambiguous and not any(d in changed_docs for d, _ in facts[f])}
        same: dict = {}  # recomputed fact IRI -> the stored fact it is
        changed_facts = []
        for iri, fact in grouped:
            f = as_stored.get(frozenset((c.doc, c.node) for c in fact))
            if f is None:
                changed_facts.append(fact)
            else:
                same[iri] = f
        matched = set(same.values())
        bases = {fact[0].node for fact in changed_facts}
        for f in in_part - matched:  # which of an ambiguous fact's reports started it is not known
            bases |= {c.node for c in reports_of(f)} if f in ambiguous else \
                {min(reports_of(f), key=ordered).node} if facts[f] else set()
        joining = []  # (a report outside after a changed fact's first, that first's order): it may join it
        pairs = []    # (a report of a changed fact, its fact's first's order, a report outside before it it matches)
        for fact in changed_facts:
            keys = frozenset((c.doc, c.node) for c in fact)
            first = fact[0]
            start = ordered(first)
            # a fact that only gained reports, started by the report that started it before: a report
            # outside met it then with no fewer reports, and its old reports met the facts outside as before
            had = next((facts[f] for f in started_by.get((first.doc, first.node), ()) if f in in_part
                        and f not in ambiguous and facts[f] <= keys
                        and not any(d in changed_docs for d, _ in facts[f])), set())
            if not had and keys not in checked:
                checked.add(keys)
                for j in matching(first):
                    at = order(j)
                    if at > start and all(same_fact(claims[j], m) for m in fact if ordered(m) < at):
                        joining.append((j, start))
            for c in fact:
                key = (c.doc, c.node, c.kind, start)
                if key in expanded or (c.doc, c.node) in had:
                    continue
                expanded.add(key)
                at = ordered(c)
                pairs += [(c, start, j) for j in matching(c, before=at)]
        naming = {b: [j for j in by_node.get(b, ()) if j not in part] for b in bases - named_after}
        named_after |= bases
        outside = {j for _, _, j in pairs} | {j for j, _ in joining} | {j for js in naming.values() for j in js}
        if owned((claims[j].doc, claims[j].node) for j in outside) is None:
            return None

        def open_(f) -> bool:
            return f not in in_part and f not in new

        new: set = set()
        for c, start, j in pairs:
            # c joins a fact outside that comes before its own and all of whose earlier reports it matches
            for f in owners[(claims[j].doc, claims[j].node)]:
                if open_(f) and (f in ambiguous_of(f) or creator(f) < start and all(
                        same_fact(c, m) for m in reports_of(f) if ordered(m) < ordered(c))):
                    new.add(f)
        for j, start in joining:
            # j leaves its fact for a changed one that comes before it
            for f in owners[(claims[j].doc, claims[j].node)]:
                if open_(f) and (f in ambiguous_of(f) or creator(f) > start):
                    new.add(f)
        for b, found in naming.items():
            # the facts named after b outside the part keep their names (a digest of their own first
            # report) but the one holding the plain IRI and the one whose first report sorts first
            facts_b = {f for j in found for f in owners[(claims[j].doc, claims[j].node)] if open_(f)}
            new.update(f for f in facts_b if f in ambiguous_of(f))
            facts_b = [f for f in facts_b if min(reports_of(f), key=ordered).node == b]
            if facts_b:
                new.add(min(facts_b, key=lambda f: min(facts[f])))
                new.update({b} & set(facts_b))
        if not new:
            break
        add(new)
    named = []
    for iri, fact in grouped:
        f = same.get(iri)
        # a fact as stored keeps its stored name unless a fact under its node IRI changed
        named.append((URIRef(f) if f is not None and fact[0].node not in named_after else iri, fact))
    kept, grown = _kept_and_grown((iri, fact, had) for iri, fact in named
                                  if (had := facts.get(str(iri)) if str(iri) in in_part else None) is not None
                                  and str(iri) not in ambiguous and not any(d in changed_docs for d, _ in had))
    return _Reclustered(named, {URIRef(f) for f in in_part}, kept, grown)


def _kept_and_grown(candidates) -> tuple[set, dict]:
    """Of the (IRI, reports, stored reports) of facts a refresh reclustered, the IRIs that come out with
    exactly the reports they had (kept as stored) and those that only gained reports (IRI → the stored
    ones: described from the stored description)."""
    kept, grown = set(), {}
    for iri, fact, had in candidates:
        keys = {(c.doc, c.node) for c in fact}
        if had == keys:
            kept.add(iri)
        elif had < keys:
            grown[iri] = had
    return kept, grown


def compute(store) -> list[tuple]:
    """The whole consolidated graph, computed from the document (and imported) graphs.

    Parameters
    ----------
    store : Store or RemoteStore

    Returns
    -------
    list of triples

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> compute(Store.memory(reference=False))
    []
    """
    with _terms_made():
        return _compute(store)[0]


def _compute(store) -> tuple[list[tuple], dict, dict, set, set]:
    """The whole consolidated graph, and the index: source graph IRI -> claims, entity IRI -> aggregate,
    the ``epkg:namedIn`` lines and the near-identical texts' lines.

    Every source graph is read as a refresh reads a changed one (:func:`_read_source`), so the
    two see the same claims, the same statements and the same name variants.
    """
    documents, signatures = _read_documents(store)
    sources = sorted(g for g in map(str, store.graph_names())
                     if g.startswith(_DOC_PREFIX) or g.startswith(str(EPID["graph/import/"])))
    by_kind: dict = {}
    records: dict = {}
    aggregates: dict = {}
    entities: set = set()
    for g in sources:
        source = _read_source(store, g)
        if not source.exists:
            continue
        records[g] = _record([c for c, _ in source.claims], source.alias)
        for c, props in source.claims:
            by_kind.setdefault(c.kind, []).append((c, props))
        for e, keys in source.entities.items():
            counts, docs = aggregates.setdefault(e, ({}, set()))
            for k in keys:
                counts[k] = counts.get(k, 0) + 1
            if any(k.startswith(_NAMING) for k in keys):
                docs.add(g)
        entities |= source.own
    triples: list[tuple] = []
    for kind in sorted(by_kind):
        triples += _facts(by_kind[kind], documents)[1]
    summaries = {e: (counts, _summary(docs, documents)) for e, (counts, docs) in aggregates.items()}
    triples += _describe_aggregates(store, {URIRef(e): summaries.get(e, ({}, _NO_SUMMARY)) for e in entities})[1]
    entries = {e: _entity_record(*agg) for e, agg in summaries.items() if agg[0] or agg[1]["n"]}
    named = set().union(*(_named_lines(e, docs) for e, (_, docs) in aggregates.items()))
    return triples, records, entries, named, _all_near_lines(documents, signatures)


def rebuild(store) -> int:
    """Recompute the consolidated graph (and the claim index) from scratch, for a store written
    before it existed or to check the maintained one.

    Parameters
    ----------
    store : Store or RemoteStore

    Returns
    -------
    int
        The number of statements.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> rebuild(Store.memory(reference=False))
    0
    """
    from rdflib import Graph

    with cycles.paused(), _terms_made():
        triples, records, entities, named, near = _compute(store)
    g = Graph()
    for t in triples:
        g.add(t)
    store.put_graph(GRAPH_CONSOLIDATED, g)
    summarised = summaries.rebuild(store)
    old = {f"{s} {p} {o}" for s, p, o in (line.split(" ", 2) for line in store.graph_lines(GRAPH_META))
           if p in (f"<{EPKG.claimIndex}>", f"<{EPKG.entityIndex}>", f"<{EPKG.namedIn}>")}
    old |= _stored_near_lines(store) | ({triple_line(_NAMES_MARK)} if _marked(store, _NAMES_MARK) else set())
    new = _index_lines(records, EPKG.claimIndex) | _index_lines(entities, EPKG.entityIndex) | named | near \
        | {triple_line(_NAMES_MARK)}
    store.patch_graph(GRAPH_META, old - new, new - old)
    listings.rebuild(store)
    listings.rebuild_network(store)
    listings.mark_bare_ties(store)
    return len(g) + summarised


@contextmanager
def maintained(store):
    """A :class:`Changes` to note writes in; the consolidated graph is refreshed on leaving.

    Examples
    --------
    >>> from epkg.graph.store import Store
    >>> store = Store.memory(reference=False)
    >>> with maintained(store) as changes:
    ...     pass
    >>> len(store.graph(GRAPH_CONSOLIDATED))
    0
    """
    changes = Changes()
    try:
        yield changes
    finally:
        refresh(store, changes)
