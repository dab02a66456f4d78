"""Running checked queries: in this process, or in worker processes with a time limit and a memory cap.

pyoxigraph cannot interrupt a running query, so :class:`QueryRunner` runs queries
in worker processes and kills a worker that passes its deadline; the process
that waits for it (the endpoint's event loop, a CLI) stays responsive. Every
store answers in the forms of the store contract
(:mod:`epkg.graph.storage.contract`), which :func:`execute` turns into a
:class:`QueryResult` of plain rdflib terms.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import re
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from epkg.graph.errors import QueryError
from epkg.graph.query.checking import CheckedQuery, QueryRefused, QuerySyntaxError, check_query, engine_syntax_error
from epkg.graph.storage.contract import GraphAnswer, SelectAnswer
from epkg.ontology.namespaces import bind_prefixes


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


class QueryMemoryError(QueryError):
    """The query needed more memory than a worker may use (``--max-memory``) and was stopped."""


class StoreBusyError(QueryTimeout):
    """A writer changed the store under the reader's snapshot faster than it could reopen (retry later)."""



# ---------------------------------------------------------------------- results

@dataclass
class QueryResult:
    """The outcome of a query, as plain rdflib terms (picklable, engine-independent).

    ``rows`` hold one tuple per solution, aligned with ``variables`` (``None`` when
    unbound); ``triples`` the graph of a CONSTRUCT/DESCRIBE; ``boolean`` the answer
    of an ASK. ``truncated`` says the row cap cut the result.
    """
    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple] = field(default_factory=list)
    truncated: bool = False
    elapsed: float = 0.0

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")

    def __len__(self) -> int:
        return len(self.triples) if self.is_graph else len(self.rows)

    def graph(self) -> Graph:
        g = Graph()
        bind_prefixes(g)
        for t in self.triples:
            g.add(t)
        return g

    def dicts(self) -> list[dict]:
        """SELECT rows as dicts of variable name → rdflib term (unbound left out)."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def _capped(items, max_rows: int | None) -> tuple[list, bool]:
    """The first *max_rows* of *items* (all when None), and whether any were left out."""
    kept = []
    for n, item in enumerate(items):
        if max_rows is not None and n >= max_rows:
            return kept, True
        kept.append(tuple(item))
    return kept, False


def execute(store, query: CheckedQuery | str, *, max_rows: int | None = None) -> QueryResult:
    """Check and run a query in this process, without a time limit.

    Parameters
    ----------
    store : Store
        Any epkg store (embedded or remote).
    query : CheckedQuery or str
    max_rows : int, optional
        Keep at most this many rows (triples for graphs); ``truncated`` tells.

    Returns
    -------
    QueryResult

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> execute(Store.memory(), "ASK { state:AZE epkg:iso3 'AZE' }").boolean
    True
    """
    checked = query if isinstance(query, CheckedQuery) else check_query(query)
    start = time.perf_counter()
    try:
        answer = store.answer(checked.full_text)
        result = QueryResult(checked.form)
        if isinstance(answer, SelectAnswer):
            result.variables = list(answer.variables)
            result.rows, result.truncated = _capped(answer.rows, max_rows)
        elif isinstance(answer, GraphAnswer):
            result.triples, result.truncated = _capped(answer.triples, max_rows)
        else:
            result.boolean = bool(answer)
    except SyntaxError as exc:
        raise engine_syntax_error(exc, checked.text) from None
    except QueryError:
        raise
    except Exception as exc:  # evaluation errors from the engine: one line for the user
        if _SNAPSHOT_LOST.search(str(exc)):  # a writer compacted files this read-only snapshot uses
            raise StoreBusyError("store is busy: another process is writing to it; try again in a moment") from None
        raise QueryError(f"query failed: {' '.join(str(exc).split())[:300]}") from None
    result.elapsed = time.perf_counter() - start
    return result


# ---------------------------------------------------------------------- running with a deadline

def _folder_stamp(path: str) -> tuple:
    """Changes whenever the store folder's files change (a writer added data)."""
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(path)))
    except OSError:
        return ()


# How a capped worker ends when an allocation fails: Rust's allocation-failure handler
# aborts (SIGABRT); the kernel's OOM killer, should it come first, sends SIGKILL.
_OUT_OF_MEMORY = (-signal.SIGABRT, -signal.SIGKILL)
_SNAPSHOT_LOST = re.compile(r"IO error|Corruption|No such file or directory")


GIB = 1 << 30
MIN_MAX_MEMORY = 256 << 20  # below this a worker cannot even import rdflib and open a store


def physical_memory() -> int | None:
    """Bytes of physical memory of this machine, or None where the system does not say.

    Returns
    -------
    int or None

    Examples
    --------
    >>> (physical_memory() or GIB) >= 64 << 20
    True
    """
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def default_max_memory(workers: int = 2) -> int:
    """The memory cap of one query worker when none is given: 2 GiB, less on a small machine.

    2 GiB holds the sorts and joins of real queries over a store of tens of thousands of
    documents; more is almost always a runaway cross product. The workers together stay
    under half of the physical memory, so the server, the system and an ingest running
    beside keep the rest.

    Parameters
    ----------
    workers : int
        Query workers that may each use the cap at the same time.

    Returns
    -------
    int
        Bytes.

    Examples
    --------
    >>> MIN_MAX_MEMORY <= default_max_memory(2) <= 2 * GIB
    True
    """
    physical = physical_memory()
    share = physical // (2 * max(1, workers)) if physical else 2 * GIB
    return max(MIN_MAX_MEMORY, min(2 * GIB, share))


def limit_memory(max_bytes: int | None) -> None:
    """Cap this process's data memory (heap and private mappings) at *max_bytes*.

    ``RLIMIT_DATA`` rather than ``RLIMIT_AS``: the address space also counts what is
    reserved but never used (thread stacks, allocator arenas, the store's mapped
    files), so an AS cap would have to sit far above the memory a query really takes.
    Past the cap an allocation fails: pyoxigraph aborts the process, Python raises
    MemoryError; either way the parent sees it and replaces the worker. Call it only
    in a worker process: the cap cannot be raised again.

    Parameters
    ----------
    max_bytes : int or None
        The cap; None or 0 leaves the process as it is.

    Returns
    -------
    None

    Examples
    --------
    >>> limit_memory(None)  # no cap: nothing changes
    """
    import resource

    if not max_bytes:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    cap = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))


def _memory_message(max_bytes: int) -> str:
    size = f"{max_bytes / GIB:g} GiB" if max_bytes >= GIB else f"{max_bytes >> 20} MiB"
    return (f"query stopped: it needed more than the memory cap of {size} per query (--max-memory); "
            f"narrow it, or sort fewer rows")


def _worker_main(conn, location: str, max_memory: int | None = None) -> None:
    """A query worker: opens the store read-only, answers queries until told to stop.

    pyoxigraph's read-only open is a snapshot, so the worker reopens it when the
    folder changed since the last query: a writer's flushed documents are seen.
    """

    from epkg.graph.storage.embedded import Store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    limit_memory(max_memory)
    _quiet_abort()
    store, stamp = None, None
    try:
        conn.send(("ready",))
        while True:
            message = conn.recv()
            if message is None:
                break
            checked, max_rows = message
            try:
                for attempt in range(4):
                    try:
                        now = _folder_stamp(location)
                        if store is None or now != stamp:
                            if store is not None:
                                store.close()
                                store = None
                            store, stamp = Store.open(location, read_only=True), now
                        result = execute(store, checked, max_rows=max_rows)
                        break
                    except Exception as exc:
                        # A writer's compaction can delete files this snapshot still reads, or
                        # the files listed while it opens: open a fresh snapshot and ask again.
                        lost = isinstance(exc, StoreBusyError) or (
                            not isinstance(exc, QueryError) and _SNAPSHOT_LOST.search(str(exc)))
                        if not lost:
                            raise
                        if store is not None:
                            store.close()
                        store = None
                        if attempt == 3:
                            raise StoreBusyError("store is busy: another process is writing to it; "
                                                 "try again in a moment") from None
                        time.sleep(0.2 * (attempt + 1))
                conn.send(("ok", result))
            except MemoryError:
                result = None
                conn.send(("error", "QueryMemoryError", _memory_message(max_memory or 0), None, None))
            except QueryError as exc:
                conn.send(("error", type(exc).__name__, str(exc), getattr(exc, "line", None),
                           getattr(exc, "column", None)))
            except Exception as exc:
                conn.send(("error", "QueryError", f"query failed: {' '.join(str(exc).split())[:300]}",
                           None, None))
    except (EOFError, KeyboardInterrupt, BrokenPipeError):
        pass


def _data_in_use() -> int:
    """Bytes of data memory this process holds now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmData:"))
    except (OSError, StopIteration, ValueError):
        return 0


def _quiet_abort() -> None:
    """No Python stack dump when the engine aborts past the memory cap: the parent reports it in one line."""
    import faulthandler

    faulthandler.disable()


def _fork_main(conn, store, checked, max_rows, max_memory=None) -> None:
    try:
        # A forked child starts with its parent's memory (the in-memory store): the cap is on top.
        limit_memory(max_memory and max_memory + _data_in_use())
        _quiet_abort()
        conn.send(("ok", execute(store, checked, max_rows=max_rows)))
    except MemoryError:
        conn.send(("error", "QueryMemoryError", _memory_message(max_memory or 0), None, None))
    except QueryError as exc:
        conn.send(("error", type(exc).__name__, str(exc), getattr(exc, "line", None), getattr(exc, "column", None)))
    except Exception as exc:
        conn.send(("error", "QueryError", f"query failed: {' '.join(str(exc).split())[:300]}", None, None))


_ERRORS = {"QueryError": QueryError, "QuerySyntaxError": QuerySyntaxError, "QueryRefused": QueryRefused,
           "StoreBusyError": StoreBusyError, "QueryMemoryError": QueryMemoryError}


def _unpack(reply) -> QueryResult:
    if reply[0] == "ok":
        return reply[1]
    _, kind, message, line, column = reply
    if kind == "QuerySyntaxError":
        raise QuerySyntaxError(message, line, column)
    raise _ERRORS.get(kind, QueryError)(message)


class _Worker:
    def __init__(self, context, location: str, max_memory: int | None = None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, location, max_memory), daemon=True,
                                       name="epkg-query-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, limit: float) -> None:
        if not self.ready:
            if not self.conn.poll(limit):
                raise QueryError("query worker did not start")
            self.conn.recv()
            self.ready = True

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        self.conn.close()


class QueryRunner:
    """Runs queries with a time limit and a row cap, stopping those that overrun.

    For a store folder, a fixed set of worker processes each open it read-only
    (beside a writer) and a worker past its deadline is killed and replaced; for an
    in-memory store, each query runs in a forked child; other stores (remote
    servers) run queries in this process and rely on the server's own limits.

    Parameters
    ----------
    store : Store, str or Path
        The store, or its folder.
    workers : int
        Queries that can run at once (folder stores).
    timeout : float
        Default time limit in seconds.
    max_rows : int, optional
        Default row cap.
    max_memory : int, optional
        Bytes of data memory each worker may use (``RLIMIT_DATA``); a query past it
        raises :class:`QueryMemoryError` and its worker is replaced. None: no cap.

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> with QueryRunner(Store.memory(), timeout=30) as runner:
    ...     runner.run("SELECT ?l WHERE { state:AZE rdfs:label ?l }").rows[0][0].value
    'Azerbaijan'
    """

    START_LIMIT = 120.0  # seconds a new worker may take to import and open the store

    def __init__(self, store, *, workers: int = 2, timeout: float = 30.0, max_rows: int | None = 10_000,
                 max_memory: int | None = None):
        from epkg.graph.storage.embedded import Store

        self.timeout, self.max_rows, self.max_memory = timeout, max_rows, max_memory
        self._store = None
        self._idle: queue.Queue = queue.Queue()
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        if isinstance(store, (str, Path)):
            self.mode, self.location = "spawn", str(store)
        elif isinstance(store, Store) and store.location is not None:
            self.mode, self.location = "spawn", str(store.location)
        elif isinstance(store, Store) and "fork" in multiprocessing.get_all_start_methods():
            self.mode, self.location, self._store = "fork", None, store
        else:
            self.mode, self.location, self._store = "inline", None, store
        if self.mode == "spawn":
            if not Path(self.location).is_dir():
                raise QueryError(f"no store at {self.location}")
            self._context = multiprocessing.get_context("spawn")
            for _ in range(max(1, workers)):
                self._add_worker()

    def _add_worker(self) -> None:
        worker = _Worker(self._context, self.location, self.max_memory)
        with self._lock:
            self._workers.append(worker)
        self._idle.put(worker)

    def _retire(self, worker: _Worker, kill: bool) -> None:
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
        worker.stop(kill=kill)

    def run(self, query: CheckedQuery | str, *, timeout: float | None = None,
            max_rows: int | None = None) -> QueryResult:
        """Check and run *query*; raise :class:`QueryTimeout` past the time limit.

        The time limit counts from when a worker starts the query; waiting for a
        free worker is limited to the same time.
        """
        checked = query if isinstance(query, CheckedQuery) else check_query(query)
        limit = self.timeout if timeout is None else timeout
        cap = self.max_rows if max_rows is None else max_rows
        if self.mode == "inline":
            return execute(self._store, checked, max_rows=cap)
        if self.mode == "fork":
            return self._run_forked(checked, limit, cap)
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"the service is busy: no query slot became free within {limit:g} s") from None
        try:
            worker.wait_ready(self.START_LIMIT)
            worker.conn.send((checked, cap))
            if not worker.conn.poll(limit):
                self._retire(worker, kill=True)
                self._add_worker()
                raise QueryTimeout(f"query stopped: it ran past the time limit of {limit:g} s")
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            worker.process.join(2)
            code = worker.process.exitcode
            self._retire(worker, kill=True)
            self._add_worker()
            if self.max_memory and code in _OUT_OF_MEMORY:
                raise QueryMemoryError(_memory_message(self.max_memory)) from None
            raise QueryError("query failed: the query worker stopped unexpectedly") from None
        except QueryTimeout:
            raise
        except BaseException:
            self._retire(worker, kill=True)
            self._add_worker()
            raise
        self._idle.put(worker)
        return _unpack(reply)

    def _run_forked(self, checked: CheckedQuery, limit: float, cap) -> QueryResult:
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_fork_main, args=(sender, self._store, checked, cap, self.max_memory),
                                daemon=True)
        child.start()
        sender.close()
        try:
            if not receiver.poll(limit):
                child.kill()
                raise QueryTimeout(f"query stopped: it ran past the time limit of {limit:g} s")
            try:
                reply = receiver.recv()
            except EOFError:
                child.join(2)
                if self.max_memory and child.exitcode in _OUT_OF_MEMORY:
                    raise QueryMemoryError(_memory_message(self.max_memory)) from None
                raise QueryError("query failed: the query process stopped unexpectedly") from None
        finally:
            child.join(5)
            receiver.close()
        return _unpack(reply)

    def close(self) -> None:
        """Stop the workers."""
        with self._lock:
            workers, self._workers = list(self._workers), []
        for worker in workers:
            worker.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run_query(store, query: str, *, timeout: float | None = None, max_rows: int | None = None) -> QueryResult:
    """Check and run one query with an optional time limit.

    With *timeout*, the query runs in a :class:`QueryRunner` of one worker, which is
    stopped when the time is up; without, it runs here (see :func:`execute`).

    Parameters
    ----------
    store : Store
    query : str
    timeout : float, optional
        Seconds.
    max_rows : int, optional

    Returns
    -------
    QueryResult

    Examples
    --------
    >>> from epkg.graph.storage.embedded import Store
    >>> run_query(Store.memory(), "SELECT ?s WHERE { ?s epkg:iso3 'CHN' }", timeout=30).rows
    [(rdflib.term.URIRef('https://w3id.org/epkg/id/state/CHN'),)]
    """
    checked = check_query(query)
    if timeout is None:
        return execute(store, checked, max_rows=max_rows)
    with QueryRunner(store, workers=1, timeout=timeout, max_rows=max_rows) as runner:
        return runner.run(checked)
