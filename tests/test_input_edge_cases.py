"""Three inputs that used to go wrong: a JSONL record holding U+2028, a mistyped --store, a malformed IRI."""
from __future__ import annotations

import io
import json
import sys

import pytest

from epkg.cli.main import main
from epkg.graph.documents import DocumentRecord, iter_documents
from epkg.graph.names import UnknownName, resolve
from epkg.graph.store import Store

# U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, U+0085 NEXT LINE: str.splitlines() splits at each,
# JSON allows them raw inside strings (json.dumps writes them so with ensure_ascii=False)
ODD = "Kazakhstan\u2028and China\u2029signed\x85an agreement."
RECORDS = [{"id": "odd", "title": "Line\u2028separator", "text": ODD},
           {"id": "plain", "text": "Georgia and Armenia agreed to cooperate on power."}]


def _records(found) -> list[tuple[str, str, str | None]]:
    assert all(isinstance(r, DocumentRecord) for r in found), found
    return [(r.identifier, r.text, r.title) for r in found]


EXPECTED = [("odd", ODD, "Line\u2028separator"), ("plain", RECORDS[1]["text"], None)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_jsonl_record_with_unicode_line_separators_is_one_record(tmp_path, encoding):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding=encoding)
    assert "\u2028" in path.read_text(encoding=encoding)  # written raw, not as \u2028 escapes
    assert _records(list(iter_documents([path]))) == EXPECTED


def test_a_jsonl_record_with_unicode_line_separators_on_stdin(monkeypatch):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in RECORDS).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert _records(list(iter_documents(["-"]))) == EXPECTED


# ---------------------------------------------------------------- a mistyped --store

READ_ONLY = [
    ("stats",), ("validate",), ("show", "AZE"), ("partners", "AZE"), ("projects",), ("agreements",),
    ("events",), ("sources", "AZE"), ("conflicts",), ("new", "--since", "2025"), ("query", "ASK {}"),
    ("export", "--format", "nt"), ("centrality",), ("communities",), ("path", "AZE", "CHN"),
    ("neighbors", "AZE"), ("trend",), ("analyze",), ("viz", "-o", "{tmp}/view.html"),
    ("plot", "centrality", "-o", "{tmp}/chart.svg"),
    # these write, but only to a store that exists: a typo must not make one
    ("remove", "a.txt"), ("analyze", "--write"), ("serve", "--port", "0"),
]


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: " ".join(a))
def test_a_command_on_a_mistyped_store_says_there_is_none_and_creates_nothing(tmp_path, capsys, args):
    typo = tmp_path / "typo"
    code = main(["--store", str(typo), *(a.replace("{tmp}", str(tmp_path)) for a in args)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == f"epkg: error: no store at {typo}: epkg ingest (or epkg import) makes one\n"
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [("stats",), ("show", "AZE"), ("query", "ASK {}")], ids=lambda a: a[0])
def test_a_folder_that_holds_no_store_is_no_store(tmp_path, capsys, args):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("x", encoding="utf-8")
    assert main(["--store", str(folder), *args]) == 1
    assert capsys.readouterr().err == f"epkg: error: no store at {folder}\n"
    assert [p.name for p in folder.iterdir()] == ["todo.txt"]


def test_ingest_and_import_still_make_a_new_store(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Georgia and Armenia agreed to cooperate on power.", encoding="utf-8")
    (tmp_path / "x.nt").write_text("<http://example.org/a> <http://example.org/b> \"c\" .\n", encoding="utf-8")
    assert main(["--store", str(tmp_path / "one"), "ingest", str(tmp_path / "a.txt")]) == 0
    assert main(["--store", str(tmp_path / "two"), "import", str(tmp_path / "x.nt")]) == 0
    capsys.readouterr()
    assert main(["--store", str(tmp_path / "two"), "stats"]) == 0  # and a read-only command then opens it
    assert capsys.readouterr().out.startswith("documents")
    with Store.open(tmp_path / "one", read_only=True) as store:
        assert store.ask('ASK { GRAPH ?g { ?g dcterms:identifier "a.txt" } }')


# ---------------------------------------------------------------- malformed IRIs

MALFORMED = ["<http://x y>", "http://a b", "<http://x>y>", "http://x:port/", "http://[x/", "https://a%zz",
             "http://x#a#b", "<AZE>", "state:A%zz", "epid:a{b}"]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("iri") / "store"
    Store.open(path, reference=False).close()
    return path


@pytest.mark.parametrize("text", MALFORMED)
def test_a_malformed_iri_is_refused_before_any_query(text):
    store = Store.memory(reference=False)
    with pytest.raises(UnknownName, match="is not (an IRI|a well-formed absolute IRI)"):
        resolve(store, text)


@pytest.mark.parametrize("command", ["show", "sources", "partners", "neighbors"])
@pytest.mark.parametrize("text", ["<http://x y>", "http://x:port/", "<AZE>"])
def test_a_malformed_iri_on_the_command_line_is_one_clear_line(small_store, capsys, command, text):
    assert main(["--store", str(small_store), command, text]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"epkg: error: {text!r} is not ") and "IRI" in err
    assert "internal error" not in err and "SyntaxError" not in err


def test_a_well_formed_iri_still_resolves():
    store = Store.memory()
    for text in ("<https://w3id.org/epkg/id/state/AZE>", "https://w3id.org/epkg/id/state/AZE", "state:AZE"):
        assert str(resolve(store, text)) == "https://w3id.org/epkg/id/state/AZE"


def test_an_odd_document_reference_is_one_line(small_store, capsys, caplog):
    assert main(["--store", str(small_store), "export", "--doc", "http://x>y", "--format", "nt"]) == 1
    assert capsys.readouterr().err == "epkg: error: no document 'http://x>y' in the store\n"
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == []  # rdflib's "not a valid URI"


@pytest.mark.parametrize("name", ["show", "partners", "sources", "conflicts"])
def test_the_lookups_refuse_a_malformed_iri_given_from_python(name):
    """The library checks too: a caller that skips ``resolve`` gets an InputError, not the query parser's."""
    from epkg.graph import lookup
    from epkg.graph.errors import InputError

    store = Store.memory(reference=False)
    for iri in ("http://x:port/", "https://a%zz", "relative/iri"):
        with pytest.raises(InputError, match="not a well-formed absolute IRI"):
            getattr(lookup, name)(store, iri)
