"""SPARQL for users: checking, running with limits, and serialising results.

Every query a user writes (``epkg query``, the endpoint) goes through
:func:`check_query` *before* the engine sees it, and the engine gets the very
text that was checked (:func:`epkg.graph.query_guard.canonical_query`): updates, ``LOAD`` and
``SERVICE`` are refused there, because both pyoxigraph and rdflib would
otherwise run them by themselves (``SERVICE`` makes the server send requests
to any address the query names). The check parses the query with rdflib's
SPARQL grammar and walks the parse tree; a quick scan of the query's keywords
comes first.

pyoxigraph cannot interrupt a running query, so :class:`QueryRunner` runs queries
in worker processes and kills a worker that passes its deadline; the process
that waits for it (the endpoint's event loop, a CLI) stays responsive.

The contract's prefixes (``epkg:``, ``epid:``, ``skos:`` …) are predeclared.
"""
from __future__ import annotations

import csv
import io
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import NamespaceManager

from epkg.graph.errors import QueryError
from epkg.graph.query_guard import canonical_query
from epkg.ontology.namespaces import PREFIXES, bind_prefixes, sparql_prologue

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

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

_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
# Strings, IRIs and comments are blanked out before looking for keywords, so a
# keyword inside a literal ("a SERVICE agreement") does not trip the scan.
_SCAN_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
    re.S)


def _keyword(word: str) -> re.Pattern:
    # Not part of a prefixed name (ex:load), a variable (?load) or a longer word.
    return re.compile(rf"(?<![\w:?$\-.]){word}(?![\w:\-])", re.I)


_SERVICE_RE = _keyword("SERVICE")
_UPDATE_RE = {w: _keyword(w) for w in _UPDATE_WORDS}


class QuerySyntaxError(QueryError):
    """The query does not parse; ``line`` and ``column`` count from 1 in the user's text."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line, self.column = line, column


class QueryRefused(QueryError):
    """The query asks for something a read-only service does not do (update, LOAD, SERVICE)."""


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


class QueryMemoryError(QueryError):
    """The query needed more memory than a worker may use (``--max-memory``) and was stopped."""


class StoreBusyError(QueryTimeout):
    """A writer changed the store under the reader's snapshot faster than it could reopen (retry later)."""


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed :func:`check_query`: its form and the exact text the engine gets."""
    text: str  # the canonical text (see query_guard.canonical_query): what was checked is what runs
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE

    @property
    def full_text(self) -> str:
        return _PROLOGUE + self.text


_PROLOGUE = sparql_prologue()
_PROLOGUE_LINES = _PROLOGUE.count("\n")


def _user_position(line: int, column: int) -> tuple[int, int]:
    """A (line, column) in prologue + query as a position in the user's query."""
    return max(1, line - _PROLOGUE_LINES), max(1, column)


def _snippet(text: str, line: int) -> str:
    lines = text.splitlines() or [""]
    return lines[min(line, len(lines)) - 1].strip()[:60]


def _parse_tree_names(tree):
    """Names of all rule nodes (``ServiceGraphPattern``, ``Load`` …) in an rdflib parse tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node.name
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)


def _refuse_update(names: set[str]) -> None:
    if "Load" in names:
        raise QueryRefused("LOAD is refused: this service is read-only and fetches nothing from the network")
    raise QueryRefused("updates are refused: this service is read-only (SELECT, ASK, CONSTRUCT or DESCRIBE only)")


def check_query(text: str) -> CheckedQuery:
    """Check a user's SPARQL query before anything runs it.

    Parameters
    ----------
    text : str
        A SPARQL 1.1 query; the contract's prefixes are predeclared.

    Returns
    -------
    CheckedQuery
        The query and its form (``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"``, ``"DESCRIBE"``).

    Raises
    ------
    QueryRefused
        For updates, ``LOAD`` and ``SERVICE``.
    QuerySyntaxError
        When the query does not parse (with the line and column, counted in *text*).

    Examples
    --------
    >>> check_query("SELECT ?s WHERE { ?s a epkg:State }").form
    'SELECT'
    >>> try:
    ...     check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    ... except QueryRefused as exc:
    ...     print(exc)
    SERVICE is refused: this service sends no requests to other services
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not isinstance(text, str) or not text.strip():
        raise QuerySyntaxError("empty query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    # From here on, the checker and (through CheckedQuery.text) the engine read one text:
    # no line terminator or escape that the two parsers treat differently is left in it.
    text = canonical_query(text)
    # First line: a scan of the bare keywords (cheap, and independent of the parser).
    bare = _SCAN_NOISE.sub(" ", text)
    if _SERVICE_RE.search(bare):
        raise QueryRefused("SERVICE is refused: this service sends no requests to other services")
    full = _PROLOGUE + text
    try:
        tree = parseQuery(full)
    except ParseException as exc:
        query_error = exc
    except Exception as exc:  # the grammar's own checks (e.g. duplicate variables) raise other types
        raise QuerySyntaxError(f"syntax error: {' '.join(str(exc).split())[:200]}") from None
    else:
        names = set(_parse_tree_names(tree))
        if "ServiceGraphPattern" in names:
            raise QueryRefused("SERVICE is refused: this service sends no requests to other services")
        form = tree[1].name.replace("Query", "").upper()
        return CheckedQuery(text, form)
    # Not a query: an update is refused as such, anything else is a syntax error.
    try:
        update = parseUpdate(full)
    except Exception:
        if any(pattern.search(bare) for pattern in _UPDATE_RE.values()) and \
                not re.match(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\b", bare, re.I):
            raise QueryRefused("updates are refused: this service is read-only "
                               "(SELECT, ASK, CONSTRUCT or DESCRIBE only)") from None
    else:
        _refuse_update(set(_parse_tree_names(update)))
    line, column = _user_position(query_error.lineno, query_error.col)
    near = _snippet(text, line)
    expected = query_error.msg.replace("Expected ", "expected ", 1)
    raise QuerySyntaxError(f"syntax error at line {line}, column {column} (near {near!r}): {expected}",
                           line, column)


def _engine_syntax_error(exc: Exception, text: str) -> QuerySyntaxError:
    """pyoxigraph's ``error at L:C: …`` message, with the position in the user's text."""
    message = " ".join(str(exc).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", message)
    if not m:
        return QuerySyntaxError(f"syntax error: {message[:200]}")
    line, column = _user_position(int(m.group(1)), int(m.group(2)))
    detail = m.group(3)
    if "Prefix not found" in detail:
        detail = "undeclared prefix (the predeclared ones are " + ", ".join(f"{p}:" for p in PREFIXES) + ")"
    elif len(detail) > 160:
        detail = detail[:159] + "…"
    return QuerySyntaxError(f"syntax error at line {line}, column {column} (near {_snippet(text, line)!r}): "
                            f"{detail}", line, column)


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
    >>> from epkg.graph.store import Store
    >>> execute(Store.memory(), "ASK { state:AZE epkg:iso3 'AZE' }").boolean
    True
    """
    from epkg.graph.store import to_rdflib

    checked = query if isinstance(query, CheckedQuery) else check_query(query)
    start = time.perf_counter()
    try:
        raw = store.query(checked.full_text, prefixes=False)
        result = QueryResult(checked.form)
        if checked.form == "ASK":
            result.boolean = bool(raw)
        elif checked.form == "SELECT":
            result.variables = [v.value for v in raw.variables]
            for n, solution in enumerate(raw):
                if max_rows is not None and n >= max_rows:
                    result.truncated = True
                    break
                result.rows.append(tuple(to_rdflib(solution[v]) for v in result.variables))
        else:
            for n, t in enumerate(raw):
                if max_rows is not None and n >= max_rows:
                    result.truncated = True
                    break
                result.triples.append((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    except SyntaxError as exc:
        raise _engine_syntax_error(exc, checked.text) from None
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

    from epkg.graph.store import Store

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
    >>> from epkg.graph.store import Store
    >>> with QueryRunner(Store.memory(), timeout=30) as runner:
    ...     runner.run("SELECT ?l WHERE { state:AZE rdfs:label ?l }").rows[0][0].value
    'Azerbaijan'
    """

    START_LIMIT = 120.0  # seconds a new worker may take to import and open the store

    def __init__(self, store, *, workers: int = 2, timeout: float = 30.0, max_rows: int | None = 10_000,
                 max_memory: int | None = None):
        from epkg.graph.store import Store

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
    >>> from epkg.graph.store import Store
    >>> run_query(Store.memory(), "SELECT ?s WHERE { ?s epkg:iso3 'CHN' }", timeout=30).rows
    [(rdflib.term.URIRef('https://w3id.org/epkg/id/state/CHN'),)]
    """
    checked = check_query(query)
    if timeout is None:
        return execute(store, checked, max_rows=max_rows)
    with QueryRunner(store, workers=1, timeout=timeout, max_rows=max_rows) as runner:
        return runner.run(checked)


# ---------------------------------------------------------------------- serialisation

def _namespace_manager() -> NamespaceManager:
    g = Graph()
    bind_prefixes(g)
    return g.namespace_manager


_NSM = None


def short(term) -> str:
    """A term for people: a prefixed name for IRIs, the text for literals.

    Examples
    --------
    >>> from epkg.ontology.namespaces import EPID
    >>> short(EPID["state/AZE"])
    'state:AZE'
    """
    global _NSM
    if term is None:
        return ""
    if isinstance(term, URIRef):
        if _NSM is None:
            _NSM = _namespace_manager()
        try:
            prefix, _, local = _NSM.compute_qname(str(term), generate=False)
            return f"{prefix}:{local}"
        except (KeyError, ValueError, Exception):
            return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return f"{term}@{term.language}" if term.language else str(term)
    return str(term)


def text_table(headers: list[str], rows: list[list], *, width: int = 60) -> str:
    """Rows as an aligned plain-text table (cells cut at *width* characters).

    Examples
    --------
    >>> print(text_table(["a", "bb"], [["x", 1]]))
    a  bb
    -  --
    x  1
    """
    def cell(value) -> str:
        text = "" if value is None else " ".join(str(value).split())
        return text if len(text) <= width else text[:width - 1] + "…"

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
    >>> from epkg.graph.store import Store
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
