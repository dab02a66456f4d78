"""User SPARQL: checking (refusals, syntax errors), running with limits, serialisation, `epkg query`."""
from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from epkg.cli.main import cli, main
from epkg.graph.sparql import (QueryRefused, QueryResult, QueryRunner, QuerySyntaxError, QueryTimeout, check_query,
                               execute, negotiate, run_query, serialize)
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID, EPKG

sys.path.insert(0, str(Path(__file__).parent))
from sample_graph import fill, sample_store  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y . ?c rdfs:label ?z }"


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("sparql") / "store"
    s = Store.open(path)
    fill(s)
    s.close()
    return path


# ---------------------------------------------------------------------- checking

@pytest.mark.parametrize("text, form", [
    ("SELECT ?s WHERE { ?s a epkg:State }", "SELECT"),
    ("ask { state:AZE ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s epkg:iso3 ?o }", "CONSTRUCT"),
    ("DESCRIBE state:AZE", "DESCRIBE"),
    ("PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:service ?o }", "SELECT"),
    ('SELECT * WHERE { ?s rdfs:label "SERVICE and LOAD" }', "SELECT"),
    ("SELECT ?service WHERE { ?service a epkg:Event } # SERVICE in a comment", "SELECT"),
])
def test_query_forms(text, form):
    assert check_query(text).form == form


@pytest.mark.parametrize("text, word", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "updates"),
    ("DELETE WHERE { ?s ?p ?o }", "updates"),
    ("PREFIX x: <http://x/>\nDELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", "updates"),
    ("CLEAR ALL", "updates"),
    ("DROP GRAPH <http://a>", "updates"),
    ("CREATE GRAPH <http://a>", "updates"),
    ("COPY DEFAULT TO <http://a>", "updates"),
    ("ADD <http://a> TO <http://b>", "updates"),
])
def test_refusals(text, word):
    with pytest.raises(QueryRefused) as info:
        check_query(text)
    assert word in str(info.value)


def test_refusal_happens_before_the_engine(store, monkeypatch):
    calls = []
    monkeypatch.setattr(store, "query", lambda *a, **k: calls.append(a))
    with pytest.raises(QueryRefused):
        execute(store, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert calls == []


@pytest.mark.parametrize("text, line", [
    ("SELECT ?s WHERE {\n  ?s ?p\n}", 2),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT", 1),
    ("SELECT ?s\nWHERE {\n  ?s a epkg:State .\n  FILTER(?s = )\n}", 4),
])
def test_syntax_error_has_line_and_column(text, line):
    with pytest.raises(QuerySyntaxError) as info:
        check_query(text)
    assert info.value.line == line
    assert info.value.column >= 1
    assert f"line {line}, column {info.value.column}" in str(info.value)
    assert "\n" not in str(info.value)


def test_undeclared_prefix_reported_by_position(store):
    with pytest.raises(QuerySyntaxError) as info:
        execute(store, "SELECT ?s WHERE {\n  ?s a nope:Thing\n}")
    assert info.value.line == 2
    assert "prefix" in str(info.value)


def test_empty_query():
    with pytest.raises(QuerySyntaxError):
        check_query("   ")


# ---------------------------------------------------------------------- running

def test_execute_select_rows(store):
    r = execute(store, "SELECT ?iso ?l WHERE { ?s a epkg:State ; epkg:iso3 ?iso ; rdfs:label ?l . "
                       "FILTER(?iso IN ('AZE', 'KAZ')) } ORDER BY ?iso")
    assert r.variables == ["iso", "l"]
    assert sorted(set(r.rows)) == [(Literal("AZE"), Literal("Azerbaijan")), (Literal("KAZ"), Literal("Kazakhstan"))]


def test_row_cap_marks_truncation(store):
    r = execute(store, "SELECT ?s WHERE { ?s epkg:iso3 ?i }", max_rows=3)
    assert len(r.rows) == 3 and r.truncated
    r = execute(store, "SELECT ?s WHERE { state:AZE epkg:iso3 ?s }", max_rows=3)
    assert not r.truncated


def test_construct_and_describe(store):
    g = execute(store, "CONSTRUCT { ?a epkg:partnerOf ?b } WHERE { ?a epkg:partnerOf ?b }").graph()
    assert set(g) == {(EPID["state/AZE"], EPKG.partnerOf, EPID["state/CHN"])}
    d = execute(store, "DESCRIBE state:KAZ").graph()
    assert (EPID["state/KAZ"], EPKG.iso3, Literal("KAZ")) in d


def test_runner_stops_a_runaway_query_in_a_folder_store(store_dir):
    with QueryRunner(store_dir, workers=1, timeout=1.5) as runner:
        assert runner.run("ASK { state:AZE ?p ?o }").boolean is True
        start = time.time()
        with pytest.raises(QueryTimeout) as info:
            runner.run(RUNAWAY)
        assert time.time() - start < 4
        assert "time limit of 1.5 s" in str(info.value)
        # The killed worker is replaced and answers again.
        assert runner.run("SELECT ?l WHERE { state:KAZ rdfs:label ?l }").rows[0][0] == Literal("Kazakhstan")


def test_runner_memory_store_forks(store):
    with QueryRunner(store, timeout=1) as runner:
        assert runner.mode == "fork"
        with pytest.raises(QueryTimeout):
            runner.run(RUNAWAY)
        with pytest.raises(QuerySyntaxError):
            runner.run("SELECT ?s WHERE { ?s a nope:X }")


def test_run_query_without_timeout_runs_here(store):
    assert run_query(store, "ASK { state:AZE epkg:partnerOf state:CHN }").boolean is True


# ---------------------------------------------------------------------- serialisation

@pytest.fixture(scope="module")
def result(store):
    return execute(store, "SELECT ?iso ?n WHERE { VALUES (?iso ?n) { ('AZE' 1) ('KAZ' UNDEF) } }")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_formats_parse_back(result, fmt):
    data = serialize(result, fmt)
    parsed = Result.parse(io.BytesIO(data), format=fmt)
    rows = [tuple(row) for row in parsed]
    if fmt == "csv":  # CSV loses datatypes by definition
        assert [(str(a), None if b is None else str(b)) for a, b in rows] == [("AZE", "1"), ("KAZ", None)]
    else:
        assert rows == [(Literal("AZE"), Literal(1)), (Literal("KAZ"), None)]


def test_tsv_exact(result):
    assert serialize(result, "tsv") == (
        b'?iso\t?n\n"AZE"\t"1"^^<http://www.w3.org/2001/XMLSchema#integer>\n"KAZ"\t\n')


def test_table_uses_prefixed_names(store):
    r = execute(store, "SELECT DISTINCT ?s ?iso WHERE { ?s epkg:iso3 ?iso . FILTER(?iso = 'AZE') }")
    assert serialize(r, "table").decode().splitlines() == ["s          iso", "---------  ---", "state:AZE  AZE"]


def test_ask_formats(store):
    r = execute(store, "ASK { state:AZE ?p ?o }")
    assert json.loads(serialize(r, "json"))["boolean"] is True
    assert serialize(r, "table") == b"true\n"


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_graph_formats(store, fmt):
    r = execute(store, "CONSTRUCT WHERE { state:KAZ epkg:iso3 ?i }")
    g = Graph().parse(data=serialize(r, fmt), format={"nt": "nt"}.get(fmt, fmt))
    assert set(g) == {(EPID["state/KAZ"], EPKG.iso3, Literal("KAZ"))}


def test_format_must_fit_the_form(store):
    from epkg.graph.errors import QueryError
    with pytest.raises(QueryError):
        serialize(execute(store, "ASK {}"), "turtle")
    with pytest.raises(QueryError):
        serialize(execute(store, "DESCRIBE state:AZE"), "csv")


@pytest.mark.parametrize("accept, form, expected", [
    ("application/sparql-results+json", "SELECT", "json"),
    ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "SELECT", "xml"),
    ("text/tab-separated-values", "ASK", "tsv"),
    ("text/html, */*;q=0.1", "SELECT", "json"),
    (None, "CONSTRUCT", "turtle"),
    ("application/ld+json", "DESCRIBE", "json-ld"),
    ("application/rdf+xml, application/n-triples;q=0.5", "CONSTRUCT", "rdfxml"),
    ("image/png, application/n-triples;q=0.5", "CONSTRUCT", "nt"),
])
def test_negotiate(accept, form, expected):
    assert negotiate(accept, form) == expected


# ---------------------------------------------------------------------- epkg query

def run_cli(store_dir, *args, input=None):
    return CliRunner().invoke(cli, ["--store", str(store_dir), *args], input=input)


def test_cli_query_table_and_csv(store_dir):
    q = "SELECT DISTINCT ?iso WHERE { ?s epkg:iso3 ?iso ; epkg:partnerOf ?o }"
    r = run_cli(store_dir, "query", q)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["iso", "---", "AZE"]
    r = run_cli(store_dir, "query", q, "--format", "csv")
    assert r.stdout_bytes == b"iso\r\nAZE\r\n"


def test_cli_query_from_file_and_stdin(store_dir, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("ASK { state:AZE epkg:partnerOf state:CHN }")
    assert json.loads(run_cli(store_dir, "query", "-f", str(f), "--format", "json").output)["boolean"] is True
    r = run_cli(store_dir, "query", "-", input="DESCRIBE state:KAZ")
    g = Graph().parse(data=r.output, format="turtle")
    assert (EPID["state/KAZ"], EPKG.iso3, Literal("KAZ")) in g


def test_cli_query_errors_are_one_line(store_dir, capsys):
    assert main(["--store", str(store_dir), "query", "SELECT * WHERE {\n ?s ?p\n}"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("epkg: error: syntax error at line 2, column") and err.count("\n") == 1
    assert main(["--store", str(store_dir), "query", "LOAD <http://127.0.0.1:9/x>"]) == 1
    assert "LOAD is refused" in capsys.readouterr().err


def test_cli_query_timeout(store_dir, capsys):
    start = time.time()
    assert main(["--store", str(store_dir), "query", "--timeout", "1", RUNAWAY]) == 1
    assert time.time() - start < 5
    assert "time limit of 1 s" in capsys.readouterr().err
