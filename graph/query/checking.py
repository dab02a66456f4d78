"""Checking a user's SPARQL query before anything runs it.

Every query a user writes (``epkg query``, the endpoint) goes through
:func:`check_query` *before* the engine sees it, and the engine gets the very
text that was checked (:func:`epkg.graph.query_guard.canonical_query`): updates, ``LOAD`` and
``SERVICE`` are refused there, because both pyoxigraph and rdflib would
otherwise run them by themselves (``SERVICE`` makes the server send requests
to any address the query names). The check parses the query with rdflib's
SPARQL grammar and walks the parse tree; a quick scan of the query's keywords
comes first. The contract's prefixes (``epkg:``, ``epid:``, ``skos:`` …) are predeclared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from epkg.graph.errors import QueryError
from epkg.graph.query_guard import canonical_query
from epkg.ontology.namespaces import PREFIXES, sparql_prologue

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

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


def engine_syntax_error(exc: Exception, text: str) -> QuerySyntaxError:
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
