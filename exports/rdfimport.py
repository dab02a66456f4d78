"""Bring existing RDF (a user's own data, a Wikidata extract) into the store, in a named graph of its own.

The file is read defensively, since it comes from elsewhere: its size is capped
before it is read, DTD and entity declarations are refused (in RDF/XML as in every
format), JSON nested deeper than :data:`MAX_JSON_DEPTH` is refused, and JSON-LD may only
use contexts written inline (a ``@context`` given by URL, or an ``@import``,
would make the parser fetch it, so it is refused). Quad formats are flattened:
every statement lands in ``epid:graph/import/{slug}``, so an import can never
overwrite a document's or the reference data's graph.

So that the network, the view and the analysis see its ties, the import graph
describes itself as a source (``epkg:Document``) and marks the relation nodes it
holds as derived from it (``prov:wasDerivedFrom``).
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from epkg.graph.errors import InputError
from epkg.graph.extract.facts import slug
from epkg.ontology.namespaces import EPID, EPKG, bind_prefixes

IMPORT_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
                  ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}
FORMAT_NAMES = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                "rdfxml": "xml"}
MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_JSON_DEPTH = 64  # real JSON-LD nests a handful of levels; deeper is an attack on the parser's recursion
RELATION_CLASSES = (EPKG.Partnership, EPKG.Membership, EPKG.Cooperation, EPKG.Agreement, EPKG.Declaration,
                    EPKG.MemorandumOfUnderstanding, EPKG.JointStatement, EPKG.Treaty, EPKG.Contract,
                    EPKG.EnergyProject, EPKG.Event, EPKG.Meeting, EPKG.Summit, EPKG.Forum, EPKG.Visit)
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def import_graph_iri(name: str) -> URIRef:
    """The named graph of an import called *name*: ``epid:graph/import/{slug}``.

    Examples
    --------
    >>> str(import_graph_iri("My Wikidata extract"))
    'https://w3id.org/epkg/id/graph/import/my-wikidata-extract'
    """
    return EPID[f"graph/import/{slug(name)}"]


def guess_format(path, fmt: str | None = None) -> str:
    """The rdflib parser name for *path* (from *fmt*, a name of :data:`FORMAT_NAMES`, else the suffix).

    Examples
    --------
    >>> guess_format("extract.nq"), guess_format("data.txt", "turtle")
    ('nquads', 'turtle')
    """
    if fmt is not None:
        if fmt not in FORMAT_NAMES:
            raise InputError(f"unknown RDF format {fmt!r}: choose from {', '.join(FORMAT_NAMES)}")
        return FORMAT_NAMES[fmt]
    suffix = Path(path).suffix.lower()
    if suffix not in IMPORT_FORMATS:
        raise InputError(f"cannot tell the RDF format of {Path(path).name!r}: use a .ttl, .nt, .nq, .trig, "
                         f".jsonld or .rdf file, or give --format")
    return IMPORT_FORMATS[suffix]


def _check_contexts(node) -> None:
    """Refuse JSON-LD contexts that the parser would fetch."""
    if isinstance(node, list):
        for item in node:
            _check_contexts(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "@context":
            for ctx in value if isinstance(value, list) else [value]:
                if isinstance(ctx, str):
                    raise InputError(f"JSON-LD @context {ctx[:80]!r} is a reference to fetch: epkg never fetches "
                                     f"contexts; put the context inline")
                if isinstance(ctx, dict) and "@import" in ctx:
                    raise InputError("JSON-LD @import in a context would be fetched: epkg never fetches "
                                     "contexts; put the context inline")
                _check_contexts(ctx)
        else:
            _check_contexts(value)


def _json_depth_over(node, limit: int) -> bool:
    """Whether *node* nests lists and objects deeper than *limit* (walked without recursion)."""
    stack = [(node, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > limit:
                return True
            stack.extend((v, depth + 1) for v in (value.values() if isinstance(value, dict) else value))
    return False


def parse_rdf(data: bytes, fmt: str, name: str = "input") -> Graph:
    """Parse RDF *data* safely into one graph (named graphs merged).

    Parameters
    ----------
    data : bytes
    fmt : str
        An rdflib parser name: ``turtle``, ``nt``, ``nquads``, ``trig``, ``json-ld`` or ``xml`` (RDF/XML).
    name : str
        Names the input in error messages.

    Returns
    -------
    rdflib.Graph

    Examples
    --------
    >>> len(parse_rdf(b'<http://a> <http://b> "c" .', "nt"))
    1
    >>> parse_rdf(b'{"@context": "https://example.org/ctx", "@id": "http://a"}', "json-ld")
    Traceback (most recent call last):
    ...
    epkg.graph.errors.InputError: JSON-LD @context 'https://example.org/ctx' is a reference to fetch: epkg never fetches contexts; put the context inline
    """
    if _DECLARATION.search(data):
        raise InputError(f"{name}: DTD or entity declarations are not accepted")
    try:
        text = data.decode("utf-8-sig")  # a byte order mark, as editors on Windows write, is no content
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if fmt == "json-ld":
        try:
            doc, deep = json.loads(text), False
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: not valid JSON: {exc.msg} at line {exc.lineno}") from None
        except RecursionError:
            doc, deep = None, True
        if deep or _json_depth_over(doc, MAX_JSON_DEPTH):
            raise InputError(f"{name}: JSON nested deeper than {MAX_JSON_DEPTH} levels: not accepted")
        _check_contexts(doc)
    ds = Dataset()
    try:
        ds.parse(data=text, format=fmt)
    except Exception as exc:  # parsers raise many kinds: all mean the file is not valid RDF
        message = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(f"{name}: not valid {fmt}: {message}") from None
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def read_rdf(path, fmt: str | None = None, *, max_bytes: int = MAX_IMPORT_BYTES) -> Graph:
    """Read the RDF file *path* safely (see :func:`parse_rdf`), refusing files over *max_bytes*.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.ttl"
    >>> _ = p.write_text('<http://a> <http://b> "c" .')
    >>> len(read_rdf(p))
    1
    """
    path = Path(path)
    return parse_rdf(_read_capped(path, max_bytes), guess_format(path, fmt), path.name)


def _read_capped(path: Path, max_bytes: int) -> bytes:
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path.name} is {size:,} bytes, over the import limit of {max_bytes:,} "
                         f"(raise it with --max-bytes)")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while being read
        raise InputError(f"{path.name} is over the import limit of {max_bytes:,} bytes")
    return data


def describe_import(g: Graph, graph_iri: URIRef, *, identifier: str, source: str, sha256: str) -> None:
    """Add to *g* the description of the import as a source, and its relation nodes' derivation."""
    for node in {s for cls in RELATION_CLASSES for s in g.subjects(RDF.type, cls)}:
        g.add((node, PROV.wasDerivedFrom, graph_iri))
    g.add((graph_iri, RDF.type, EPKG.Document))
    g.add((graph_iri, RDF.type, PROV.Entity))
    g.add((graph_iri, DCTERMS.identifier, Literal(identifier)))
    g.add((graph_iri, DCTERMS.title, Literal(f"Imported from {identifier}")))
    g.add((graph_iri, DCTERMS.source, Literal(source)))
    g.add((graph_iri, EPKG.sha256, Literal(sha256)))


def import_rdf(store, path, *, fmt: str | None = None, name: str | None = None,
               max_bytes: int = MAX_IMPORT_BYTES) -> dict:
    """Import the RDF file *path* into the named graph ``epid:graph/import/{slug}`` of *store*.

    An earlier import under the same name is replaced.

    Parameters
    ----------
    store : epkg.graph.storage.contract.StoreBase
    path : str or Path
        ``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld`` or ``.rdf`` (RDF/XML).
    fmt : str, optional
        ``turtle``, ``nt``, ``nquads``, ``trig``, ``jsonld`` or ``rdfxml`` (default: from the suffix).
    name : str, optional
        Names the graph (default: the file name without its suffix).
    max_bytes : int
        Larger files are refused before they are read.

    Returns
    -------
    dict
        ``{"graph": IRI, "triples": int (as read), "stored": int (with the description)}``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from epkg.graph.storage.embedded import Store
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mine.nt"
    >>> _ = p.write_text('<http://example.org/a> <http://example.org/b> "c" .')
    >>> out = import_rdf(Store.memory(reference=False), p)
    >>> out["graph"].rsplit("/", 2)[-2:], out["triples"]
    (['import', 'mine'], 1)
    """
    path = Path(path)
    parser = guess_format(path, fmt)
    data = _read_capped(path, max_bytes)
    g = parse_rdf(data, parser, path.name)
    triples = len(g)
    graph_iri = import_graph_iri(name or path.stem)
    digest = hashlib.sha256(data).hexdigest()
    # The file's name, not its local path: exports and the view must not show the author's folders.
    describe_import(g, graph_iri, identifier=path.name, source=path.name, sha256=digest)
    from epkg.graph import consolidate

    with consolidate.maintained(store) as changes:  # the consolidated graph follows the import
        changes.note(store, [graph_iri])  # what an earlier import under this name held
        store.put_graph(graph_iri, g)
        changes.note(store, [graph_iri])
    return {"graph": str(graph_iri), "triples": triples, "stored": len(g)}
