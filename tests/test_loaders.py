"""Reading inputs into records: text with header, Markdown, HTML, JSONL, folders, stdin."""
from __future__ import annotations

import io
import json
import sys

from epkg.graph.documents import DocumentRecord, LoadFailure, decode, iter_documents


def records(*sources):
    return list(iter_documents(sources))


def test_text_header_on_the_same_line_as_the_story(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2025-06-26 BAKU, Azerbaijan, June 26. Text here.\n", encoding="utf-8")
    [r] = records(tmp_path / "a.txt")
    assert (r.identifier, r.published, r.text, r.source) == ("a.txt", "2025-06-26",
                                                              "BAKU, Azerbaijan, June 26. Text here.",
                                                              "a.txt")


def test_markdown_title_and_header_on_its_own_line(tmp_path):
    (tmp_path / "b.md").write_text("date 2024-01-02\n# Grid deal signed\n\nGeorgia signed it.\n", encoding="utf-8")
    [r] = records(tmp_path / "b.md")
    assert (r.published, r.title, r.text) == ("2024-01-02", "Grid deal signed", "Georgia signed it.")


def test_html_main_text_title_and_date(tmp_path):
    page = """<html><head><title>Site | Cable news</title>
      <meta property="og:title" content="Black Sea cable advances">
      <meta property="article:published_time" content="2023-07-25T09:00:00Z">
      <meta property="og:site_name" content="Danube Wire"><link rel="canonical" href="https://example.org/a">
      <script>track('Moldova')</script><style>.x{}</style></head>
      <body><nav>Home | Romania | Markets</nav><header>Menu</header>
      <article><h1>Black Sea cable advances</h1><p>Romania and Georgia met.</p><p>Work starts in 2026.</p></article>
      <aside>Related: Bulgaria</aside><footer>(c) Danube Wire</footer></body></html>"""
    (tmp_path / "c.html").write_text(page, encoding="utf-8")
    [r] = records(tmp_path / "c.html")
    assert r.title == "Black Sea cable advances"
    assert r.published == "2023-07-25"
    assert r.publisher == "Danube Wire"
    assert r.source == "https://example.org/a"
    assert r.text == "Black Sea cable advances\n\nRomania and Georgia met.\n\nWork starts in 2026."


def test_jsonl_records_and_line_numbered_failures(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "x1", "url": "https://example.org/x1", "title": "T", "published": "2025-04-23",
                    "publisher": "Wire", "text": "Azerbaijan signed."}),
        "{broken",
        json.dumps({"text": "No id here."}),
    ]), encoding="utf-8")
    first, failure, third = records(path)
    assert first == DocumentRecord("x1", "Azerbaijan signed.", title="T", published="2025-04-23", publisher="Wire",
                                   source="https://example.org/x1")
    assert isinstance(failure, LoadFailure) and failure.message.startswith("line 2: not valid JSON")
    assert third.identifier == "feed.jsonl:3"


def test_folders_are_read_recursively_in_order_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta text.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Alpha text.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    assert [r.identifier for r in records(tmp_path)] == ["a.md", "b/z.txt"]


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2025-01-01 Kazakhstan agreed.")))
    [r] = records("-")
    assert (r.identifier, r.published, r.text) == ("stdin", "2025-01-01", "Kazakhstan agreed.")
    lines = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert [r.identifier for r in records("-")] == ["s1", "s2"]


def test_decoding():
    assert decode("Türkiye".encode("utf-8-sig")) == ("Türkiye", None)
    assert decode("Türkiye".encode("utf-16")) == ("Türkiye", None)
    assert decode("Türkiye".encode("cp1252")) == ("Türkiye", None)
    assert decode(b"\x00\x01\x02binary")[1] == "binary file (not text)"
    assert decode(b"   ")[1].startswith("empty document")
