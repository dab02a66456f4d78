"""Serialising query results: the SPARQL 1.1 result formats, RDF for graphs, aligned text
tables, and choosing a format from an HTTP ``Accept`` header."""
from __future__ import annotations

import csv
import io

from rdflib import BNode, Variable

from epkg.graph.errors import QueryError
from epkg.graph.query.running import QueryResult
from epkg.ontology.namespaces import short

# name → media type. The first five serialise SELECT/ASK results, the rest graphs.
RESULT_FORMATS = {
    "table": "text/plain",
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_FORMATS = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",  # what SPARQLWrapper and rdflib ask for by default
}
FORMATS = {**RESULT_FORMATS, **GRAPH_FORMATS}
_RDFLIB_GRAPH_FORMAT = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld", "rdfxml": "xml"}
# Media types clients send that mean one of ours.
_MEDIA_ALIASES = {
    "application/json": "json",
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "table",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain+nt": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "rdfxml",
}

def text_table(headers: list[str], rows: list[list], *, width: int | None = 60) -> str:
    """Rows as an aligned plain-text table: the one text-table renderer (query results, lookups, analysis).

    Parameters
    ----------
    headers : list of str
    rows : list of list
        Cells of any type; ``None`` shows as empty, runs of white space as one space.
    width : int or None
        Cells longer than this are cut (ending in ``…``); None keeps them whole.

    Returns
    -------
    str
        A header line, a line of dashes, a line a row; no trailing spaces.

    Examples
    --------
    >>> print(text_table(["a", "bb"], [["x", 1], [None, "long text"]], width=6))
    a  bb
    -  ------
    x  1
       long …
    """
    def cell(value) -> str:
        text = "" if value is None else " ".join(str(value).split())
        return text if width is None or len(text) <= width else text[:width - 1] + "…"

    body = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
    return "\n".join(lines)


def _rdflib_result(result: QueryResult):
    from rdflib.query import Result

    r = Result(result.form)
    if result.form == "ASK":
        r.askAnswer = result.boolean
    else:
        r.vars = [Variable(v) for v in result.variables]
        r.bindings = [{Variable(v): t for v, t in zip(result.variables, row) if t is not None}
                      for row in result.rows]
    return r


def _tsv_term(term) -> str:
    return "" if term is None else term.n3()


def serialize(result: QueryResult, fmt: str) -> bytes:
    """Serialise a result in one of :data:`FORMATS`.

    SELECT and ASK take ``table``, ``json``, ``xml``, ``csv``, ``tsv`` (the SPARQL 1.1
    result formats); CONSTRUCT and DESCRIBE take ``turtle``, ``nt``, ``json-ld``,
    ``rdfxml`` (and ``table``, which gives Turtle).

    Parameters
    ----------
    result : QueryResult
    fmt : str

    Returns
    -------
    bytes
        UTF-8.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> from epkg.graph.query.running import execute
    >>> r = execute(Store.memory(), "SELECT ?iso WHERE { state:AZE epkg:iso3 ?iso }")
    >>> serialize(r, "csv")
    b'iso\\r\\nAZE\\r\\n'
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if result.is_graph:
        if fmt == "table":
            fmt = "turtle"
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a {result.form} query gives a graph: use --format turtle, nt, json-ld or rdfxml, "
                             f"not {fmt}")
        data = result.graph().serialize(format=_RDFLIB_GRAPH_FORMAT[fmt])
        return data.encode("utf-8") if isinstance(data, str) else data
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a {result.form} query gives results: use --format table, json, xml, csv or tsv, "
                         f"not {fmt}")
    if fmt == "table":
        if result.form == "ASK":
            return b"true\n" if result.boolean else b"false\n"
        text = text_table(result.variables, [[short(t) for t in row] for row in result.rows])
        return (text + "\n").encode("utf-8")
    if result.form == "ASK" and fmt in ("csv", "tsv"):
        # The CSV/TSV result formats define no ASK form; the usual convention is the bare answer.
        return b"true\r\n" if result.boolean else b"false\r\n"
    if fmt == "tsv":
        out = io.StringIO()
        out.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            out.write("\t".join(_tsv_term(t) for t in row) + "\n")
        return out.getvalue().encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
        return out.getvalue().encode("utf-8")
    return _rdflib_result(result).serialize(format=fmt)


def negotiate(accept: str | None, form: str, requested: str | None = None) -> str:
    """The format to answer with, from an HTTP ``Accept`` header (or an explicit name).

    Parameters
    ----------
    accept : str or None
        The ``Accept`` header.
    form : str
        The query form: results for SELECT/ASK, a graph for CONSTRUCT/DESCRIBE.
    requested : str, optional
        A format name or media type given explicitly (``format=`` parameter); wins.

    Returns
    -------
    str
        A key of :data:`FORMATS`; JSON results or Turtle when no ``Accept`` is given
        or it accepts anything (``*/*``).

    Raises
    ------
    QueryError
        When the ``Accept`` header names only formats not served for this form (the
        endpoint answers 406, rather than sending something else silently).

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "SELECT")
    'xml'
    >>> negotiate("*/*", "CONSTRUCT"), negotiate("application/rdf+xml", "CONSTRUCT")
    ('turtle', 'rdfxml')
    """
    allowed = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
    default = "turtle" if allowed is GRAPH_FORMATS else "json"
    if requested:
        name = requested.strip().lower()
        name = _MEDIA_ALIASES.get(name, name)
        if name == "xml" and allowed is GRAPH_FORMATS:
            name = "rdfxml"  # SPARQLWrapper's format=xml for a graph means RDF/XML
        if name in allowed:
            return name
        raise QueryError(f"format {requested!r} does not fit a {form} query: expected one of {', '.join(allowed)}")
    choices = []
    for position, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, position, media.lower()))
    for neg_q, _, media in sorted(choices):
        if -neg_q <= 0:
            continue
        name = _MEDIA_ALIASES.get(media)
        if name in allowed and not (name == "table" and media == "text/plain"):
            return name
        if media in ("*/*", "application/*") or (media == "text/*" and default == "turtle"):
            return default
    if any(-neg_q > 0 and media for neg_q, _, media in choices):
        raise QueryError(f"none of the formats accepted ({' '.join((accept or '').split())[:120]}) is served for a "
                         f"{form} query: these are " + ", ".join(allowed.values()))
    return default
