"""One reading of a query for the checker and the engine, and safe IRIs for queries built from user text.

The checker (rdflib's SPARQL grammar plus a keyword scan) and the engine
(pyoxigraph) are two parsers. Wherever they read the same characters
differently, a query can look harmless to the first and do harm in the second:
rdflib ends a ``#`` comment at ``\\n`` only, pyoxigraph also at a bare ``\\r``, so
``# x\\rSERVICE <…>`` hid a SERVICE call from the check. rdflib also expands
``\\u0053``-style escapes across the whole query before parsing (as SPARQL 1.1
§19.2 says), pyoxigraph only inside IRIs and strings.

:func:`canonical_query` removes both differences before anything reads the
query: escapes are expanded (until none is left, so a second expansion by either
parser is a no-op) and every line terminator becomes ``\\n``. The checker then
reads that text and the engine gets exactly that text, never the raw one.

:func:`iri_ref` is for the other way user text reaches the engine: lookups that
put an IRI the user typed into a query they build themselves.
"""
from __future__ import annotations

import re

from epkg.graph.errors import InputError

# \r\n first, so a Windows line ending becomes one newline, not two.
_LINE_TERMINATORS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# IRIREF of the SPARQL grammar: none of these characters, nothing at or below a space.
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20\x7f-\x9f\u2028\u2029]')


def _expand(match: re.Match) -> str:
    value = int(match.group(1) or match.group(2), 16)
    # A surrogate or out-of-range code point is no character: the replacement character
    # stands for it (both parsers then read the same, harmless text).
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return "\ufffd"
    return chr(value)


def canonical_query(text: str) -> str:
    """The one text of a query that both the checker and the engine read.

    Code point escapes (``\\u0053``, ``\\U00000053``) are expanded until none
    is left, then ``\\r\\n``, ``\\r``, U+0085, U+2028, U+2029, vertical tab and
    form feed all become ``\\n``.

    Parameters
    ----------
    text : str
        A query as the user sent it.

    Returns
    -------
    str

    Examples
    --------
    >>> canonical_query("SELECT * WHERE { # x\\rSERVICE <http://h/> { ?s ?p ?o }\\n}")
    'SELECT * WHERE { # x\\nSERVICE <http://h/> { ?s ?p ?o }\\n}'
    >>> canonical_query("\\\\u0053ELECT * WHERE {}")
    'SELECT * WHERE {}'
    """
    previous = None
    while previous != text:  # every round shortens the text, so this ends
        previous = text
        text = _CODEPOINT_ESCAPE.sub(_expand, text)
        text = _LINE_TERMINATORS.sub("\n", text)
    return text


def is_safe_iri(text: str) -> bool:
    """Whether *text* can stand between ``<`` and ``>`` in a query (no character an IRI cannot hold).

    Parameters
    ----------
    text : str

    Returns
    -------
    bool

    Examples
    --------
    >>> is_safe_iri("https://w3id.org/epkg/id/doc/a.txt"), is_safe_iri("https://w3id.org/epkg/id/doc/a b.txt")
    (True, False)
    """
    return bool(text) and not _IRI_FORBIDDEN.search(text)


def iri_ref(iri) -> str:
    """*iri* written as a SPARQL IRI reference (``<…>``), refused when it could break out of one.

    Parameters
    ----------
    iri : str or rdflib.URIRef

    Returns
    -------
    str

    Raises
    ------
    InputError
        For characters an IRI cannot hold (``<>"{}|^`\\``, spaces, control characters).

    Examples
    --------
    >>> iri_ref("https://w3id.org/epkg/id/state/AZE")
    '<https://w3id.org/epkg/id/state/AZE>'
    >>> try:
    ...     iri_ref("https://a> ?p ?o } SERVICE <http://h/")
    ... except InputError as exc:
    ...     print(exc)
    not an IRI: 'https://a> ?p ?o } SERVICE <http://h/' holds a character IRIs cannot hold ('>')
    """
    text = str(iri)
    bad = _IRI_FORBIDDEN.search(text)
    if bad or not text:
        char = bad.group(0) if bad else ""
        raise InputError(f"not an IRI: {text[:80]!r} holds a character IRIs cannot hold ({char!r})")
    return f"<{text}>"
