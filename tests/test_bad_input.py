"""Odd files never crash ingest: one clear line each, non-zero exit, the rest ingested, nothing half-stored."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from epkg.cli.main import cli
from epkg.graph.store import Store

GOOD = "date 2025-03-01 Azerbaijan and Georgia signed a memorandum of understanding on energy.\n"


def run(store, *args):
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    return result


def stored_identifiers(store_path):
    store = Store.open(store_path, read_only=True)
    try:
        rows = store.select("SELECT ?id WHERE { GRAPH ?g { ?g dcterms:identifier ?id } }")
        return sorted(str(r["id"]) for r in rows)
    finally:
        store.close()


def failed_lines(result, name):
    return [line for line in result.stderr.splitlines() if line.startswith("failed:") and name in line]


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "in"
    f.mkdir()
    (f / "good.txt").write_text(GOOD, encoding="utf-8")
    return f


@pytest.mark.parametrize("name, content", [
    ("binary.txt", bytes(range(256)) * 8),
    ("empty.txt", b""),
    ("blank.md", b"  \n\n \t\n"),
])
def test_unreadable_files_fail_alone(tmp_path, folder, name, content):
    (folder / name).write_bytes(content)
    result = run(tmp_path / "s", "ingest", str(folder))
    assert result.exit_code == 1
    assert len(failed_lines(result, name)) == 1
    assert "Traceback" not in result.output
    assert stored_identifiers(tmp_path / "s") == ["good.txt"]


def test_huge_file_is_refused_before_reading(tmp_path, folder):
    big = folder / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # 100 MB (sparse: cheap to make)
    result = run(tmp_path / "s", "ingest", str(folder))
    assert result.exit_code == 1
    line = failed_lines(result, "huge.txt")
    assert len(line) == 1 and "MB" in line[0]
    assert stored_identifiers(tmp_path / "s") == ["good.txt"]


def test_invalid_utf8_and_other_encodings(tmp_path, folder):
    (folder / "latin1.txt").write_bytes("date 2025-03-02 Türkiye and Bulgaria agreed to cooperate on gas.\n"
                                        .encode("cp1252"))
    (folder / "utf16.txt").write_text("date 2025-03-03 Romania and Hungary signed a treaty.\n", encoding="utf-16")
    result = run(tmp_path / "s", "ingest", str(folder))
    assert "Traceback" not in result.output
    ids = stored_identifiers(tmp_path / "s")
    assert "utf16.txt" in ids and "good.txt" in ids
    # a non-UTF-8 file is either read (and then its text is right) or refused with one line
    if "latin1.txt" in ids:
        store = Store.open(tmp_path / "s", read_only=True)
        assert store.ask('ASK { GRAPH ?g { ?g dcterms:identifier "latin1.txt" ; epkg:mentions state:TUR } }')
    else:
        assert len(failed_lines(result, "latin1.txt")) == 1


def test_jsonl_broken_lines_are_reported_with_line_numbers(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": GOOD}), "{not json", json.dumps({"id": "b"}),
             json.dumps({"id": "c", "text": 42}), json.dumps(["a", "list"]), "",
             json.dumps({"id": "d", "text": "Kazakhstan and China agreed to build a wind farm."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(tmp_path / "s", "ingest", str(path))
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failures) == 4, result.stderr
    for number in (2, 3, 4, 5):
        assert any(f"line {number}" in f for f in failures), (number, failures)
    assert stored_identifiers(tmp_path / "s") == ["a", "d"]


def test_html_with_scripts_and_deep_nesting(tmp_path):
    page = ("<html><head><title>Deep</title><script>var secret = 'Uzbekistan';</script>"
            "<style>p { color: red }</style></head><body>" + "<div>" * 3000 +
            "<p>Kazakhstan and China signed an agreement on wind power.</p>" + "</div>" * 3000 + "</body></html>")
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    result = run(tmp_path / "s", "ingest", str(tmp_path / "deep.html"))
    assert result.exit_code == 0, result.output
    store = Store.open(tmp_path / "s", read_only=True)
    assert store.ask("ASK { GRAPH ?g { ?g epkg:mentions state:KAZ } }")
    assert not store.ask("ASK { GRAPH ?g { ?g epkg:mentions state:UZB } }")  # script text is not content


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_loop_in_a_folder(tmp_path, folder):
    os.symlink(folder, folder / "loop")
    result = run(tmp_path / "s", "ingest", str(folder))
    assert "Traceback" not in result.output
    assert stored_identifiers(tmp_path / "s") == ["good.txt"]


def test_missing_path(tmp_path, folder):
    result = run(tmp_path / "s", "ingest", str(tmp_path / "nope.txt"), str(folder))
    assert result.exit_code == 1
    assert len(failed_lines(result, "nope.txt")) == 1
    assert stored_identifiers(tmp_path / "s") == ["good.txt"]


def test_a_failing_extraction_stores_nothing_of_that_document(tmp_path, folder, monkeypatch):
    (folder / "other.txt").write_text("date 2025-03-04 Norway and Germany agreed on hydrogen.\n", encoding="utf-8")
    import epkg.graph.build as build

    real = build.build_graph

    def explode(record, facts):
        if record.identifier == "other.txt":
            raise RuntimeError("boom")
        return real(record, facts)
    monkeypatch.setattr(build, "build_graph", explode)
    result = run(tmp_path / "s", "ingest", str(folder))
    assert result.exit_code == 1
    assert len(failed_lines(result, "other.txt")) == 1
    assert stored_identifiers(tmp_path / "s") == ["good.txt"]


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """``epkg stats | head -1``: the closed pipe gives the status a shell gives SIGPIPE, no message."""
    import subprocess
    import sys

    Store.open(tmp_path / "store").close()
    proc = subprocess.Popen([sys.executable, "-m", "epkg.cli", "--store", str(tmp_path / "store"), "stats"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the command writes its first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""
