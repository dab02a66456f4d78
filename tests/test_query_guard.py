"""The checker and the engine read the same query: no line terminator, comment or escape hides SERVICE.

Every path that takes a user's query is tried with the issue's probe
(``# x\\rSERVICE <…>``) and its relatives, against a listener on 127.0.0.1 that
records connections: the query must be refused and nobody may connect.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from epkg.cli.main import cli, main
from epkg.graph.endpoint import create_app
from epkg.graph.errors import InputError
from epkg.graph.query_guard import canonical_query, iri_ref
from epkg.graph.sparql import QueryRefused, check_query, execute
from epkg.graph.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from net_helpers import Listener  # noqa: E402
from sample_graph import fill  # noqa: E402

TERMINATORS = ["\r", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"]
PROBE = "SELECT * WHERE {{ # x{nl}SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }}\n}}"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("guard") / "store"
    store = Store.open(path)
    fill(store)
    store.close()
    return path


@pytest.fixture
def listener():
    with Listener() as lst:
        yield lst


@pytest.mark.parametrize("nl", TERMINATORS, ids=[f"U+{ord(c[0]):04X}{'+LF' if len(c) > 1 else ''}" for c in TERMINATORS])
def test_service_after_a_comment_is_refused_for_every_line_terminator(nl, listener):
    query = PROBE.format(nl=nl, port=listener.port)
    with pytest.raises(QueryRefused, match="SERVICE"):
        check_query(query)
    assert not listener.contacted(0.05)


def test_the_engine_gets_the_checked_text():
    checked = check_query("SELECT ?s WHERE {\r\n ?s a epkg:State # states\r}\u2028")
    assert checked.text == "SELECT ?s WHERE {\n ?s a epkg:State # states\n}\n"
    assert checked.full_text.endswith(checked.text)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # \\u000D SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }}\n}}",
    "SELECT * WHERE {{ # \\u005Cu000D SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }}\n}}",
])
def test_escapes_cannot_hide_service(query, listener):
    with pytest.raises(QueryRefused):
        check_query(query.format(port=listener.port))


def test_canonical_query_expands_until_nothing_is_left():
    assert canonical_query("\\u005Cu0053") == "S"
    assert canonical_query("a\r\nb\rc\x85d\u2028e\u2029f\x0bg\x0ch") == "a\nb\nc\nd\ne\nf\ng\nh"


# ---------------------------------------------------------------------- the endpoint


@pytest.fixture(scope="module")
def client(store_dir):
    with TestClient(create_app(str(store_dir), timeout=20, workers=1)) as c:
        yield c


@pytest.mark.parametrize("nl", ["\r", "\u2028", "\x0c"], ids=["CR", "LS", "FF"])
@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_endpoint_refuses_and_never_connects(client, listener, how, nl):
    query = PROBE.format(nl=nl, port=listener.port)
    if how == "get":
        r = client.get("/sparql", params={"query": query})
    elif how == "form":
        r = client.post("/sparql", data={"query": query})
    else:
        r = client.post("/sparql", content=query.encode("utf-8"),
                        headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 403, r.text
    assert "SERVICE is refused" in r.text
    assert not listener.contacted()


def test_endpoint_still_answers_queries_with_carriage_returns(client):
    r = client.post("/sparql", content=b"ASK {\r state:AZE ?p ?o # comment\r}",
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["boolean"] is True


# ---------------------------------------------------------------------- epkg query


def _cli(store_dir, *args, input=None):
    return CliRunner().invoke(cli, ["--store", str(store_dir), *args], input=input)


@pytest.mark.parametrize("how", ["argument", "stdin", "file"])
@pytest.mark.parametrize("nl", ["\r", "\u2028"], ids=["CR", "LS"])
def test_cli_query_refuses_and_never_connects(store_dir, tmp_path, listener, how, nl):
    query = PROBE.format(nl=nl, port=listener.port)
    if how == "argument":
        r = _cli(store_dir, "query", query)
    elif how == "stdin":
        r = _cli(store_dir, "query", "-", input=query.encode("utf-8"))
    else:
        f = tmp_path / "q.rq"
        f.write_bytes(query.encode("utf-8"))
        r = _cli(store_dir, "query", "-f", str(f))
    assert r.exit_code != 0
    assert isinstance(r.exception, QueryRefused) or "SERVICE is refused" in r.output
    assert not listener.contacted()


def test_execute_refuses_a_hidden_service(listener):
    with pytest.raises(QueryRefused):
        execute(Store.memory(), PROBE.format(nl="\r", port=listener.port))
    assert not listener.contacted()


# ---------------------------------------------------------------------- lookups that take user text


def test_iri_ref_refuses_what_breaks_out():
    assert iri_ref("https://w3id.org/epkg/id/state/AZE") == "<https://w3id.org/epkg/id/state/AZE>"
    for bad in ["https://a>?p?o}", "https://a b", "https://a\rb", "https://a{", 'https://a"']:
        with pytest.raises(InputError):
            iri_ref(bad)


@pytest.mark.parametrize("name", [
    "https://a>?p?o}}SERVICE<http://127.0.0.1:{port}/>{{?x?y?z}}}}#",
    "<https://a>?p?o}}SERVICE<http://127.0.0.1:{port}/>{{?x?y?z}}}}#>",
    "state:AZE>?p?o}}SERVICE<http://127.0.0.1:{port}/>{{?x?y?z}}}}#",
])
@pytest.mark.parametrize("command", ["show", "partners", "sources"])
def test_names_typed_by_users_cannot_inject_a_query(store_dir, listener, capsys, name, command):
    assert main(["--store", str(store_dir), command, name.format(port=listener.port)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("epkg: error:") and err.count("\n") == 1  # one line, no rdflib warning
    assert not listener.contacted()
