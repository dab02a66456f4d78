"""Extraction on a Dask distributed cluster, for corpora too big for one machine's cores.

Documents are fanned out in batches as Dask futures; each worker extracts and
builds the graphs of its batch; their N-Triples come back, in input order, to the
client, which alone writes to the store (as with a local process pool). Workers
need epkg installed in the same version as the client; see ``docs/scale.md``.

Dask is optional: install it with ``pip install 'epkg[dask]'``.
"""
from __future__ import annotations

from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Iterable, Iterator

from epkg.graph.pipeline.process import stored_form
from epkg.graph.pipeline.records import LoadFailure
from epkg.graph.errors import EpkgError


class ClusterError(EpkgError):
    """The Dask cluster cannot be used (not installed, unreachable, or it failed)."""


def _require_distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError("the dask executor needs dask.distributed: pip install 'epkg[dask]'") from None
    return distributed


def process_batch(records: list) -> list:
    """Extract and build each record of a batch (runs on a worker).

    Parameters
    ----------
    records : list of DocumentRecord

    Returns
    -------
    list
        A :class:`~epkg.graph.pipeline.process.StoredForm` (the record, its graph's N-Triples
        and triple count) per record, or a :class:`LoadFailure` for one that failed.

    Examples
    --------
    >>> from epkg.graph.pipeline.records import DocumentRecord
    >>> [(f.record.identifier, f.triples > 0) for f in process_batch([DocumentRecord("a.txt", "Nothing here.")])]
    [('a.txt', True)]
    """
    return [stored_form(r) for r in records]


@contextmanager
def dask_client(scheduler=None, *, workers: int = 2, timeout: str = "20s"):
    """A ``distributed.Client`` for *scheduler*, closed on exit.

    Parameters
    ----------
    scheduler : str, distributed.Client or None
        A scheduler address (``tcp://host:8786``), a scheduler file path ending in
        ``.json``, an existing client (used as is, not closed), or ``None`` to start
        a local cluster of *workers* processes for the duration.
    workers : int
        Worker processes of the local cluster when *scheduler* is ``None``.
    timeout : str
        How long to try to reach the scheduler (a Dask duration, ``"20s"``).

    Yields
    ------
    distributed.Client
    """
    distributed = _require_distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    cluster = None
    try:
        if scheduler is None:
            cluster = distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                               processes=True, dashboard_address=None)
            client = distributed.Client(cluster)
        elif str(scheduler).endswith(".json"):
            client = distributed.Client(scheduler_file=str(scheduler), timeout=timeout)
        else:
            client = distributed.Client(str(scheduler), timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        text = " ".join(str(exc).split())[:200]
        raise ClusterError(f"cannot connect to the Dask scheduler {scheduler or '(local)'}: {text}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_processed(items: Iterable, scheduler=None, *, workers: int = 2, batch_size: int = 32,
                   in_flight: int | None = None) -> Iterator:
    """Records processed on a Dask cluster, yielded in input order; failures passed through.

    Parameters
    ----------
    items : iterable of DocumentRecord or LoadFailure
        As produced by :func:`epkg.graph.documents.iter_documents`.
    scheduler : str, distributed.Client or None
        See :func:`dask_client`.
    workers : int
        Workers of the local cluster started when *scheduler* is ``None``.
    batch_size : int
        Records per Dask task (amortises the scheduler's per-task cost).
    in_flight : int, optional
        Batches submitted ahead of the one being written (default: 4 per worker
        thread), which bounds the client's memory on any corpus size.

    Yields
    ------
    StoredForm or LoadFailure
        Exactly what the local executor yields, in the same order.

    Examples
    --------
    >>> from epkg.graph.pipeline.records import DocumentRecord
    >>> out = list(dask_processed([DocumentRecord("a.txt", "Nothing here.")], workers=1))  # doctest: +SKIP
    >>> out[0].record.identifier  # doctest: +SKIP
    'a.txt'
    """
    with dask_client(scheduler, workers=workers) as client:
        if in_flight is None:
            threads = sum(client.nthreads().values()) or 1
            in_flight = 4 * threads
        pending: deque = deque()
        iterator = iter(items)
        while True:
            chunk = list(islice(iterator, batch_size))
            if chunk:
                records = [x for x in chunk if not isinstance(x, LoadFailure)]
                future = client.submit(process_batch, records, pure=False) if records else None
                pending.append((chunk, future))
            while pending and (not chunk or len(pending) > in_flight):
                yield from _merge(*pending.popleft())
            if not chunk:
                return


def _merge(chunk: list, future) -> Iterator:
    """The chunk's items in order: failures as read, records replaced by their results."""
    try:
        results = iter(future.result()) if future is not None else iter(())
    except Exception as exc:  # a worker died or the cluster went away
        text = " ".join(str(exc).split())[:200]
        raise ClusterError(f"the Dask cluster failed: {type(exc).__name__}: {text}") from None
    for item in chunk:
        yield item if isinstance(item, LoadFailure) else next(results)
