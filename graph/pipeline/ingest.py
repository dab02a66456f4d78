"""Ingestion: input paths → records → facts → one graph per document → the store.

Extraction runs in this process (``jobs=1``) or in a process pool; the store has a
single writer, this process, which stores each document's graph whole.
"""
from __future__ import annotations

import signal
import time
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from epkg.graph.errors import InputError
from epkg.graph.pipeline.process import StoredForm, process, stored_form  # noqa: F401 (process, StoredForm: importable from here as before)
from epkg.graph.pipeline.records import MAX_BYTES, MAX_RECORD_BYTES, LoadFailure, iter_documents

# Oxigraph keeps written data in memory (RocksDB write buffers, ~1 kB a triple) until
# flushed: flushing every few hundred documents bounds ingest memory whatever the corpus size.
FLUSH_EVERY = 500
# A fact's description depends on all its reports, so the consolidated graph is refreshed once
# for many documents rather than after each; but a refresh holds what its documents say in
# memory (about 0.4 MB a document), so a long run refreshes every so many documents.
REFRESH_EVERY = 2000


@dataclass
class IngestSummary:
    """What one ingest run did."""
    read: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    triples: int = 0
    interrupted: bool = False
    # time spent keeping the consolidated graph up to date (noting changes, refreshing)
    consolidation_seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.read} documents read: {self.new} new, {self.replaced} replaced, "
                f"{self.unchanged} unchanged, {self.failed} failed; {self.triples} triples written")
        return text + (" (interrupted)" if self.interrupted else "")


def _processed(items: Iterable, jobs: int) -> Iterator:
    """Records processed in order; failures passed through."""
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, LoadFailure) else stored_form(item)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:
        pending: list = []
        for item in items:
            pending.append(item if isinstance(item, LoadFailure) else pool.submit(stored_form, item))
            if len(pending) >= jobs * 8:
                first = pending.pop(0)
                yield first if isinstance(first, LoadFailure) else first.result()
        for item in pending:
            yield item if isinstance(item, LoadFailure) else item.result()


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops after the current document."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _stop_on_sigint():
    """An event set by Ctrl-C, so the loop stops between documents rather than inside one."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def ingest(sources: Iterable, store, *, jobs: int = 1, executor: str = "local", scheduler=None,
           progress: Callable[[IngestSummary], None] | None = None, max_bytes: int = MAX_BYTES,
           max_record_bytes: int = MAX_RECORD_BYTES, follow_links: bool = False,
           refresh_every: int = REFRESH_EVERY) -> IngestSummary:
    """Ingest files, folders, JSONL files or ``-`` (stdin) into *store*.

    Parameters
    ----------
    sources : iterable of str or Path
    store : epkg.graph.storage.contract.StoreBase
        Opened for writing.
    jobs : int
        Extraction processes (1: in this process); with ``executor="dask"`` and no
        *scheduler*, the workers of the local cluster started for the run.
    executor : {"local", "dask"}
        Extract in this machine's process pool, or on a Dask distributed cluster
        (see :mod:`epkg.graph.distributed`); the store is written by this process either way.
    scheduler : str or distributed.Client, optional
        The Dask scheduler's address (``tcp://host:8786``) or scheduler file; ``None``
        starts a local cluster.
    progress : callable, optional
        Called with the running summary after each document.
    max_bytes, max_record_bytes, follow_links
        Limits of the readers: see :func:`epkg.graph.documents.iter_documents`.
    refresh_every : int
        Bring the consolidated graph up to date after this many changed documents (and
        at the end): fewer refreshes cost less time, each holds more in memory.

    Returns
    -------
    IngestSummary
        Counts, and one ``(name, reason)`` per failed input.
    """
    from epkg.graph.extract.nlp import pipeline

    pipeline()  # a missing model is one error before any document, not one failure per document
    documents = iter_documents(sources, max_bytes=max_bytes, max_record_bytes=max_record_bytes,
                               follow_links=follow_links)
    if executor == "dask":
        from epkg.graph.pipeline.distributed import dask_processed
        results = dask_processed(documents, scheduler, workers=jobs)
    elif executor == "local":
        results = _processed(documents, jobs)
    else:
        raise InputError(f"unknown executor {executor!r}: expected 'local' or 'dask'")
    from epkg.graph import consolidate

    summary = IngestSummary()
    since_flush = 0
    changes = consolidate.Changes()
    with _stop_on_sigint() as stop:
        for result in results:
            if stop.is_set():
                summary.interrupted = True
                break
            summary.read += 1
            if isinstance(result, LoadFailure):
                summary.failed += 1
                summary.failures.append((result.name, result.message))
            else:
                record = result.record
                status = _add(store, changes, result, summary)
                setattr(summary, status, getattr(summary, status) + 1)
                if status != "unchanged":
                    summary.triples += result.triples
                    since_flush += 1
                    if since_flush >= FLUSH_EVERY:
                        store.flush()
                        since_flush = 0
                if len(changes.docs) >= refresh_every:
                    summary.consolidation_seconds += _refresh(store, changes)
                    changes = consolidate.Changes()
            if progress:
                progress(summary)
            if stop.is_set():
                summary.interrupted = True
                break
    summary.consolidation_seconds += _refresh(store, changes)
    return summary


def _refresh(store, changes) -> float:
    """Bring the consolidated graph up to date with *changes*; the seconds it took."""
    from epkg.graph import consolidate

    started = time.perf_counter()
    consolidate.refresh(store, changes)
    store.flush()
    return time.perf_counter() - started


def _add(store, changes, result: StoredForm, summary: IngestSummary) -> str:
    """Store one document, noting for the consolidated graph what it (and a version it replaces) holds."""
    record = result.record
    earlier = [d for d in store.document_iris(record.identifier) if d != record.iri]
    started = time.perf_counter()
    changes.note(store, earlier)  # what a replaced version said must be recomputed too
    summary.consolidation_seconds += time.perf_counter() - started
    status = store.add_document(record.iri, record.identifier, result.ntriples, signature=result.signature,
                                row=result.row, bare=result.bare)
    if status != "unchanged":
        started = time.perf_counter()
        changes.note(store, [record.iri], written=True)
        changes.hold(record.iri, result.ntriples)  # parsed by the refresh, not read back from the store
        summary.consolidation_seconds += time.perf_counter() - started
    return status
