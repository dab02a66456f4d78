"""Differential fuzz: whatever the checker lets through, the engine never contacts another service.

Queries are built from SERVICE (plain, SILENT, by variable, nested, in OPTIONAL /
MINUS / EXISTS), LOAD and updates, with every token separated by whitespace of
any kind or by a comment ended by any line terminator (raw or ``\\u``-escaped),
keywords in any case and partly ``\\u``-escaped, IRIs and prefixed names partly
escaped, relative IRIs against a BASE. For each, either :func:`check_query`
refuses it or running it (what the endpoint and ``epkg query`` do) leaves the
listener on 127.0.0.1 without a connection.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from epkg.graph.errors import QueryError
from epkg.graph.sparql import check_query, execute
from epkg.graph.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from net_helpers import Listener  # noqa: E402

TERMINATORS = ["\n", "\r", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c",
               "\\u000A", "\\u000D", "\\u0085", "\\u2028", "\\U0000000D", "\\u005Cu000D"]
SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x85", "\u00a0", "\u2028", "\u3000", "\\u0020", "\\u0009", ""]

LISTENER = Listener()
STORE = Store.memory()
FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _escape(ch: str, draw) -> str:
    return draw(st.sampled_from([f"\\u{ord(ch):04X}", f"\\u{ord(ch):04x}", f"\\U{ord(ch):08X}"]))


@st.composite
def keyword(draw, word: str) -> str:
    """*word* in any case, some letters written as code point escapes."""
    out = []
    for ch in word:
        ch = ch.lower() if draw(st.booleans()) else ch
        out.append(_escape(ch, draw) if draw(st.integers(0, 11)) == 0 else ch)
    return "".join(out)


@st.composite
def separator(draw) -> str:
    """Whitespace of any kind, or a comment ended by any line terminator."""
    if draw(st.integers(0, 2)) == 0:
        text = draw(st.sampled_from(["", " x", " }", " SERVICE", " {", "#", " \\", " <"]))
        return " #" + text + draw(st.sampled_from(TERMINATORS)) + draw(st.sampled_from(SPACES))
    return draw(st.sampled_from(SPACES)) or " "


@st.composite
def service_iri(draw, port: int) -> tuple[str, str]:
    """(prologue, term): the listener's address as a full IRI, a prefixed name or a relative IRI."""
    path = "sparql"
    how = draw(st.sampled_from(["iri", "prefixed", "relative"]))
    escaped = "".join(_escape(c, draw) if draw(st.integers(0, 9)) == 0 else c for c in path)
    if how == "iri":
        host = "".join(_escape(c, draw) if draw(st.integers(0, 19)) == 0 else c for c in f"127.0.0.1:{port}")
        return "", f"<http://{host}/{escaped}>"
    if how == "prefixed":
        return f"{draw(keyword('PREFIX'))} x: <http://127.0.0.1:{port}/> ", f"x:{escaped}"
    return f"{draw(keyword('BASE'))} <http://127.0.0.1:{port}/> ", f"<{escaped}>"


PATTERN = "{{ ?s ?p ?o }}"
TEMPLATES = [
    "SELECT * WHERE {{ {SERVICE} {IRI} " + PATTERN + " }}",
    "SELECT * WHERE {{ {SERVICE} SILENT {IRI} " + PATTERN + " }}",
    "SELECT * WHERE {{ VALUES ?svc {{ {IRI} }} {SERVICE} ?svc " + PATTERN + " }}",
    "SELECT * WHERE {{ BIND({IRI} AS ?svc) {SERVICE} ?svc " + PATTERN + " }}",
    "ASK {{ {{ SELECT * WHERE {{ {SERVICE} {IRI} " + PATTERN + " }} }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {SERVICE} {IRI} " + PATTERN + " }}",
    "DESCRIBE ?s WHERE {{ {SERVICE} {IRI} " + PATTERN + " }}",
    "SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ {SERVICE} {IRI} " + PATTERN + " }} }}",
    "SELECT * WHERE {{ ?a ?b ?c MINUS {{ {SERVICE} {IRI} " + PATTERN + " }} }}",
    "SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ {SERVICE} {IRI} " + PATTERN + " }} }}",
    "{LOAD} {IRI}",
    "{LOAD} SILENT {IRI} INTO GRAPH <http://example.org/g>",
    "INSERT {{ ?s ?p ?o }} WHERE {{ {SERVICE} {IRI} " + PATTERN + " }}",
    "INSERT DATA {{ <http://example.org/a> <http://example.org/b> {IRI} }}",
    "DELETE WHERE {{ ?s ?p ?o }}",
    "SELECT * WHERE {{}} ; {LOAD} {IRI}",
    "CLEAR ALL",
]


# A harmless query whose last line is a comment, and a clause that may hide after it:
# the probe, "SELECT * WHERE { # x\rSERVICE <…> { ?s ?p ?o }\n}", is one of these.
OUTER = ["SELECT * WHERE {{ ?a ?b ?c", "ASK {{", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o .",
         "SELECT ?s WHERE {{ {{ SELECT * WHERE {{ ?s ?p ?o }} }}"]
HIDDEN = ["{SERVICE} {IRI} " + PATTERN, "{SERVICE} SILENT {IRI} " + PATTERN,
          "OPTIONAL {{ {SERVICE} {IRI} " + PATTERN + " }}", "BIND({IRI} AS ?svc) {SERVICE} ?svc " + PATTERN]
# Inside the hidden clause only what both parsers call whitespace: the point there is the terminator.
INLINE_SPACES = [" ", "\t", "  ", " \t"]


def _spread(draw, text: str, gap) -> str:
    """Every space between tokens of *text* replaced by a separator drawn from *gap*."""
    parts = text.split(" ")
    return parts[0] + "".join((draw(gap) or " ") + part for part in parts[1:])


@st.composite
def hostile_query(draw) -> str:
    prologue, iri = draw(service_iri(LISTENER.port))
    words = {"SERVICE": draw(keyword("SERVICE")), "LOAD": draw(keyword("LOAD")), "IRI": iri}
    if draw(st.integers(0, 2)) == 0:
        text = _spread(draw, draw(st.sampled_from(TEMPLATES)).format(**words), separator())
    else:
        comment = draw(st.sampled_from(["", " x", " }", " {"]))
        inner = _spread(draw, draw(st.sampled_from(HIDDEN)).format(**words), st.sampled_from(INLINE_SPACES))
        # A bare CR half the time: the one terminator the engine and rdflib used to read differently.
        ending = draw(st.one_of(st.just("\r"), st.sampled_from(TERMINATORS)))
        text = (draw(st.sampled_from(OUTER)).format() + " #" + comment + ending
                + inner + draw(st.sampled_from(["\n", " \n", "\r\n"])) + "}")
    return prologue + text


@pytest.fixture(scope="module", autouse=True)
def _close_listener():
    yield
    LISTENER.close()


@FUZZ
@given(query=hostile_query())
def test_refused_or_never_contacts_another_service(query):
    before = LISTENER.connections
    try:
        checked = check_query(query)
    except QueryError:
        return  # refused (or not SPARQL at all): nothing ran
    try:
        execute(STORE, checked, max_rows=10)
    except QueryError:
        pass
    LISTENER.contacted(0.05)  # give the accepting thread time to count a connection
    assert LISTENER.connections == before, f"the engine called out for {query!r}"


def test_the_generator_reaches_the_engine_and_the_listener():
    """The generator is not vacuous: its plain forms do call out when nothing checks them."""
    import pyoxigraph

    plain = TEMPLATES[0].format(SERVICE="SERVICE", LOAD="LOAD", IRI=f"<http://127.0.0.1:{LISTENER.port}/sparql>")
    before = LISTENER.connections
    with pytest.raises(Exception):
        list(pyoxigraph.Store().query(plain))  # the bare engine, with no check in front
    assert LISTENER.contacted(0.1) and LISTENER.connections > before
