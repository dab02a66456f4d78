"""Every date a user or a document gives is checked where it enters: one line naming the field and the value."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from epkg.cli.main import cli, main
from epkg.graph.documents import DocumentRecord, iter_documents
from epkg.graph.ingest import process
from epkg.graph.errors import InputError
from epkg.graph.isodate import check_date
from epkg.graph.store import Store

TEXT = "Azerbaijan and Georgia signed a memorandum of understanding on energy."


def _issued(store_path) -> list[str]:
    store = Store.open(store_path, read_only=True)
    try:
        return sorted(str(r["d"]) for r in store.select("SELECT ?d WHERE { ?doc a epkg:Document ; dcterms:issued ?d }"))
    finally:
        store.close()


def _ingest(store_path, *paths):
    return CliRunner().invoke(cli, ["--store", str(store_path), "ingest", *map(str, paths)])


@pytest.mark.parametrize("bad", ["2025-02-30", "2025-13-01", "2023-02-29", "2025-00", "tomorrow", "2025-6-1"])
def test_jsonl_record_with_an_impossible_date_is_refused_alone(tmp_path, bad):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "bad", "text": TEXT, "published": bad}) + "\n"
                    + json.dumps({"id": "good", "text": TEXT + " Again.", "published": "2024-02-29"}) + "\n",
                    encoding="utf-8")
    r = _ingest(tmp_path / "s", path)
    assert r.exit_code == 1
    failed = [ln for ln in r.stderr.splitlines() if ln.startswith("failed:")]
    assert len(failed) == 1 and '"published"' in failed[0] and repr(bad) in failed[0] and "line 1" in failed[0]
    assert "Traceback" not in r.output
    assert _issued(tmp_path / "s") == ["2024-02-29"]  # nothing invalid reached the store


def test_partial_and_timestamped_dates_are_kept(tmp_path):
    recs = [{"id": "y", "text": TEXT, "published": "2025"},
            {"id": "t", "text": TEXT + " Two.", "published": "2025-03-01T10:00:00Z"}]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    assert [r.published for r in iter_documents([path])] == ["2025", "2025-03-01"]


def test_text_header_and_html_dates_are_checked(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-02-30\n" + TEXT, encoding="utf-8")
    (folder / "b.html").write_text('<html><head><meta property="article:published_time" content="2025-04-31T08:00">'
                                   f"</head><body><article><p>{TEXT}</p></article></body></html>", encoding="utf-8")
    (folder / "c.txt").write_text("date 2025-03-01\n" + TEXT + " Three.", encoding="utf-8")
    r = _ingest(tmp_path / "s", folder)
    assert r.exit_code == 1
    failed = [ln for ln in r.stderr.splitlines() if ln.startswith("failed:")]
    assert len(failed) == 2
    assert any("a.txt" in ln and "'2025-02-30'" in ln and "date" in ln for ln in failed)
    assert any("b.html" in ln and "'2025-04-31'" in ln for ln in failed)
    assert _issued(tmp_path / "s") == ["2025-03-01"]


def test_records_from_the_api_are_checked_too():
    with pytest.raises(InputError, match=r"\"published\" '2025-02-30' is not a valid date"):
        process(DocumentRecord("api", TEXT, published="2025-02-30"))


@pytest.mark.parametrize("args, field, value", [
    (["partners", "China", "--since", "2025-13-45"], "--since", "2025-13-45"),
    (["partners", "China", "--since", "last week"], "--since", "last week"),
    (["new", "--since", "2025-02-30"], "--since", "2025-02-30"),
    (["centrality", "--as-of", "2025-02-30"], "--as-of", "2025-02-30"),
    (["agreements", "--year", "-5"], "--year", "-005"),
])
def test_dates_on_the_command_line_are_checked(tmp_path, capsys, args, field, value):
    Store.open(tmp_path / "s").close()
    assert main(["--store", str(tmp_path / "s"), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"epkg: error: {field} {value!r} is not a valid date") and err.count("\n") == 1


def test_check_date():
    assert check_date("2024-02-29", "x") == "2024-02-29"
    with pytest.raises(InputError, match=r"day 29 is past the end of February 2023"):
        check_date("2023-02-29", "x")
