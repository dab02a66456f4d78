"""Limits that fit the data (JSONL by record, text files by file), names `remove` takes, stores that look like URLs."""
from __future__ import annotations

import json
import os

from epkg.cli.main import main
from epkg.graph.documents import DocumentRecord, LoadFailure, iter_documents

from cli_helpers import identifiers, run  # noqa: E402

TEXT = "Azerbaijan and Georgia signed a memorandum of understanding on energy."


def test_a_jsonl_file_over_20_mib_is_read_record_by_record(tmp_path):
    path = tmp_path / "big.jsonl"
    pad = "x" * (11 << 20)  # two records of 11 MiB: the file is 22 MiB, each record under the cap
    with open(path, "w", encoding="utf-8") as fh:
        for n, country in enumerate(["Georgia", "Armenia"]):
            fh.write(json.dumps({"id": f"r{n}", "text": f"Azerbaijan and {country} signed an energy deal.",
                                 "padding": pad}) + "\n")
    assert path.stat().st_size > 20 << 20
    r = run(tmp_path / "s", "ingest", str(path))
    assert r.exit_code == 0, r.output
    assert identifiers(tmp_path / "s") == ["r0", "r1"]


def test_a_record_over_the_cap_is_refused_alone(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": TEXT}), json.dumps({"id": "big", "text": TEXT + " " + "y" * 5000}),
             json.dumps({"id": "c", "text": "Kazakhstan and China agreed to build a wind farm."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = list(iter_documents([path], max_record_bytes=2000))
    assert [g.identifier for g in got if isinstance(g, DocumentRecord)] == ["a", "c"]
    [failure] = [g for g in got if isinstance(g, LoadFailure)]
    assert "line 2" in failure.message and "limit for one record" in failure.message
    r = run(tmp_path / "s", "ingest", "--max-record-size", "2K", str(path))
    assert r.exit_code == 1
    assert [ln for ln in r.stderr.splitlines() if ln.startswith("failed:")] == [f"failed: {path}: {failure.message}"]
    assert identifiers(tmp_path / "s") == ["a", "c"]


def test_jsonl_from_stdin_is_streamed_with_the_record_cap(tmp_path):
    data = json.dumps({"id": "big", "text": "z" * 3000}) + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n"
    r = run(tmp_path / "s", "ingest", "--max-record-size", "1K", "-", input=data.encode())
    assert r.exit_code == 1 and "line 1" in r.stderr
    assert identifiers(tmp_path / "s") == ["ok"]


def test_a_text_file_keeps_its_per_file_limit(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT + " " + "w " * 2000, encoding="utf-8")
    r = run(tmp_path / "s", "ingest", "--max-file-size", "1K", str(tmp_path / "a.txt"))
    assert r.exit_code == 1 and "limit for one file" in r.stderr


def test_sizes_are_checked(tmp_path, capsys):
    assert main(["--store", str(tmp_path / "s"), "ingest", "--max-record-size", "big", str(tmp_path)]) == 1
    assert "--max-record-size wants a size" in capsys.readouterr().err


def test_remove_takes_any_identifier_ingest_took(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "file with spaces.txt").write_text(TEXT, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": 'odd <id> {"x"} |^`\\', "text": "Kazakhstan and China agreed on wind."}) + "\n",
                    encoding="utf-8")
    assert run(tmp_path / "s", "ingest", str(tmp_path / "in"), str(feed)).exit_code == 0
    assert identifiers(tmp_path / "s") == ["file with spaces.txt", 'odd <id> {"x"} |^`\\']
    r = run(tmp_path / "s", "remove", "file with spaces.txt")
    assert r.exit_code == 0 and r.output.startswith("removed ")
    r = run(tmp_path / "s", "remove", 'odd <id> {"x"} |^`\\')
    assert r.exit_code == 0, r.output
    assert identifiers(tmp_path / "s") == []
    r = run(tmp_path / "s", "remove", "no such thing.txt")
    assert r.exit_code == 1 and "no document 'no such thing.txt'" in r.stderr


def test_a_store_that_looks_like_a_url_is_an_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for url in ("http://127.0.0.1:7878/sparql", "https://example.org/sparql"):
        assert main(["--store", url, "ingest", "-"]) == 1
        err = capsys.readouterr().err
        assert f"write sparql+{url}" in err and err.count("\n") == 1
    monkeypatch.setenv("EPKG_STORE", "http://127.0.0.1:7878/")
    assert main(["stats"]) == 1
    assert "sparql+http://127.0.0.1:7878/" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []  # no folder named "http:" or "https:"


def test_a_jsonl_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": TEXT}).encode() + b"\n")
    assert [r.identifier for r in iter_documents([path])] == ["a"]
