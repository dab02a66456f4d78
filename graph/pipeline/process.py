"""The work done for each document, wherever it runs: extract its facts, build its graph, and
put the graph in the form the store takes (used by local ingest and by Dask workers alike)."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from epkg.graph.errors import InputError
from epkg.graph.isodate import date_problem
from epkg.graph.pipeline.records import DocumentRecord, LoadFailure
from epkg.graph.storage.ntriples import to_ntriples


def process(record: DocumentRecord) -> tuple[DocumentRecord, Graph]:
    """Extract the facts of one record and build its graph (pure: no store involved).

    Parameters
    ----------
    record : DocumentRecord

    Returns
    -------
    (DocumentRecord, rdflib.Graph)

    Raises
    ------
    InputError
        When the record's ``published`` date does not exist.

    Examples
    --------
    >>> _, g = process(DocumentRecord("note.txt", "Azerbaijan and China signed a memorandum."))
    >>> len(g) > 0
    True
    """
    from epkg.graph.pipeline.build import build_graph
    from epkg.graph.extract import extract

    # Records can come from elsewhere than the readers (the API): their date is checked here too.
    if record.published and (problem := date_problem(record.published)):
        raise InputError(f"\"published\" {record.published!r} is not a valid date: {problem}")
    return record, build_graph(record, extract(record))


@dataclass(frozen=True)
class StoredForm:
    """A document's graph as the store takes it: N-Triples text, and how many triples it holds.

    Workers hand this back rather than the rdflib graph: text crosses a process
    boundary several times faster than a pickled graph, and the single writer,
    which every worker waits on, then has nothing to rebuild.
    """
    record: DocumentRecord
    ntriples: str
    triples: int
    signature: str | None = None
    row: str | None = None
    bare: int | None = None  # ties stated without a relation node (epkg.graph.listings.bare_ties)


def stored_form(record: DocumentRecord):
    """One record processed into what the store takes, or a :class:`LoadFailure` saying why it cannot be.

    Never raises for a bad document: one bad document must not stop a run.

    Parameters
    ----------
    record : DocumentRecord

    Returns
    -------
    StoredForm or LoadFailure

    Examples
    --------
    >>> stored_form(DocumentRecord("a.txt", "Azerbaijan and China signed a memorandum.")).triples > 0
    True
    >>> print(stored_form(DocumentRecord("b.txt", "Text.", published="2025-02-30")).message)
    "published" '2025-02-30' is not a valid date: day 30 is past the end of February 2025
    """
    try:
        from epkg.graph.consolidate import text_signature

        from epkg.graph.listings import bare_ties, document_row

        _, graph = process(record)
        return StoredForm(record, to_ntriples(graph), len(graph), text_signature(record.text),
                          document_row(record.iri, graph), bare_ties(record.iri, graph))
    except InputError as exc:
        return LoadFailure(record.identifier, str(exc))
    except Exception as exc:  # one bad document must not stop the run
        return LoadFailure(record.identifier, f"extraction failed: {type(exc).__name__}: {exc}"[:300])
