"""The view and the log: no local paths in any export, folder ingest stays in its folder,
files known by their content, client disconnects logged as one line."""
from __future__ import annotations

import logging
import os
import socket
import sys
import time
from pathlib import Path

import pytest

from epkg.graph.documents import DocumentRecord, iter_documents
from epkg.graph.endpoint import create_app
from epkg.graph.ingest import process
from epkg.graph.store import Store
from epkg.graph.ntriples import to_ntriples

sys.path.insert(0, str(Path(__file__).parent))
from cli_helpers import identifiers, run  # noqa: E402
from net_helpers import Running  # noqa: E402

GOOD = "date 2025-03-01\nAzerbaijan and Georgia signed a memorandum of understanding on energy in Baku.\n"
SECRET = "date 2025-03-02\nUzbekistan and China signed a secret agreement on gas.\n"


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "private" / "news"
    (f / "sub").mkdir(parents=True)
    (f / "good.txt").write_text(GOOD, encoding="utf-8")
    (f / "sub" / "more.txt").write_text(GOOD.replace("Georgia", "Armenia"), encoding="utf-8")
    return f


def _exports(tmp_path, store) -> dict[str, bytes]:
    out = {}
    for fmt in ("turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf"):
        target = tmp_path / f"x.{fmt}"
        r = run(store, "export", "--format", fmt, "-o", str(target))
        assert r.exit_code == 0, r.output
        out[fmt] = target.read_bytes()
    r = run(store, "export", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.exit_code == 0, r.output
    for name in ("nodes.csv", "edges.csv"):
        out[name] = (tmp_path / "csv" / name).read_bytes()
    r = run(store, "viz", "-o", str(tmp_path / "view.html"))
    assert r.exit_code == 0, r.output
    out["html"] = (tmp_path / "view.html").read_bytes()
    return out


def test_no_export_shows_a_local_path(tmp_path, folder):
    assert run(tmp_path / "s", "ingest", str(folder)).exit_code == 0
    exports = _exports(tmp_path, tmp_path / "s")
    for name, data in exports.items():
        assert str(tmp_path).encode() not in data, name
        assert b"/private/news" not in data, name
    assert b"sub/more.txt" in exports["nquads"]  # the source, relative to the folder ingested
    assert b"more.txt" in exports["html"]


def test_an_old_store_with_absolute_sources_still_shows_only_file_names(tmp_path):
    store = Store.open(tmp_path / "s")
    record = DocumentRecord("a.txt", GOOD.split("\n", 1)[1], published="2025-03-01",
                            source="/home/ana/private/news/a.txt")
    _, graph = process(record)
    store.add_document(record.iri, record.identifier, to_ntriples(graph))
    store.close()
    r = run(tmp_path / "s", "viz", "-o", str(tmp_path / "view.html"))
    assert r.exit_code == 0, r.output
    html = (tmp_path / "view.html").read_text(encoding="utf-8")
    assert "/home/ana" not in html and "a.txt" in html


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_folder_ingest_stays_inside_the_folder(tmp_path, folder):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "link.txt")
    os.symlink(outside, folder / "linked-dir")
    os.symlink(folder / "good.txt", folder / "inside-link.txt")  # a link inside the folder is fine
    r = run(tmp_path / "s", "ingest", str(folder))
    assert r.exit_code == 1
    refused = [ln for ln in r.stderr.splitlines() if "symbolic link out of the folder" in ln]
    assert len(refused) == 2 and any("link.txt" in ln for ln in refused) and any("linked-dir" in ln for ln in refused)
    assert "secret.txt" not in identifiers(tmp_path / "s") and "link.txt" not in identifiers(tmp_path / "s")
    # The inside link is read (its text is good.txt's, so the one document keeps one of the two names).
    assert {"good.txt", "inside-link.txt"} & set(identifiers(tmp_path / "s"))
    r = run(tmp_path / "s2", "ingest", "--follow-links", str(folder))
    assert r.exit_code == 0, r.output
    assert {"link.txt", "linked-dir/secret.txt"} & set(identifiers(tmp_path / "s2"))  # one text, one document


def test_files_are_recognised_by_content(tmp_path):
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nAzerbaijan and China signed.\n%%EOF\n"
    (tmp_path / "report.pdf").write_bytes(pdf)
    (tmp_path / "renamed.txt").write_bytes(pdf)
    (tmp_path / "page.txt").write_text("<!DOCTYPE html><html><head><title>T</title><script>var x = 'Uzbekistan';"
                                       "</script></head><body><article><p>Kazakhstan and China signed a deal."
                                       "</p></article></body></html>", encoding="utf-8")
    got = list(iter_documents([tmp_path / "report.pdf", tmp_path / "renamed.txt", tmp_path / "page.txt"]))
    assert [type(g).__name__ for g in got] == ["LoadFailure", "LoadFailure", "DocumentRecord"]
    assert all("a PDF document, not text" in g.message for g in got[:2])
    assert got[2].title == "T" and "Uzbekistan" not in got[2].text and "Kazakhstan" in got[2].text


def test_a_client_disconnect_is_one_log_line(caplog):
    caplog.set_level(logging.WARNING)
    with Running(create_app(Store.memory()), log_config=None) as server:
        s = socket.create_connection(("127.0.0.1", server.port))
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: 1000\r\n\r\nSELECT")
        time.sleep(0.3)
        s.close()
        deadline = time.time() + 5
        while time.time() < deadline and not any("disconnected" in r.getMessage() for r in caplog.records):
            time.sleep(0.05)
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage().count("\n") for r in records] == [0]
    assert "disconnected before sending its whole request" in records[0].getMessage()
    assert records[0].exc_info is None
