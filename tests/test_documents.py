"""Reading documents: every input kind, and every way an input can be unreadable (one-line failures)."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest

from epkg.graph.documents import DocumentRecord, LoadFailure, iter_documents


def read(*sources, **kwargs):
    return list(iter_documents(sources, **kwargs))


def test_header_on_its_own_line_sets_the_date_and_is_removed(tmp_path):
    (tmp_path / "note.txt").write_text("date 2023-11-02\nArmenia and Georgia agreed.\n", encoding="utf-8")
    [r] = read(tmp_path / "note.txt")
    assert (r.identifier, r.published, r.title, r.text) == ("note.txt", "2023-11-02", None, "Armenia and Georgia agreed.")
    assert r.iri == DocumentRecord("other", "Armenia and Georgia agreed.").iri  # the IRI hashes the text only


def test_a_text_without_header_has_no_date(tmp_path):
    (tmp_path / "plain.txt").write_text("Mongolia signed a grid deal.", encoding="utf-8")
    [r] = read(tmp_path / "plain.txt")
    assert (r.published, r.text, r.source) == (None, "Mongolia signed a grid deal.", "plain.txt")  # the name, not the local path


def test_html_keeps_the_article_and_drops_scripts_and_page_furniture(tmp_path):
    page = ("<!doctype html><html><head><title>Wire | Gas link opens</title>"
            "<script>var country = 'Estonia';</script><style>p {color: red}</style></head><body>"
            "<nav>Latvia | Lithuania</nav><main><p>Finland and Estonia opened the link.</p>"
            "<time datetime='2024-02-03T10:00'>3 Feb</time><p>It carries gas.</p></main>"
            "<aside>Read also: Poland</aside><footer>Contact</footer></body></html>")
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    [r] = read(tmp_path / "p.htm")
    assert r.title == "Wire | Gas link opens"
    assert r.published == "2024-02-03"
    assert r.text == "Finland and Estonia opened the link.\n\n3 Feb\n\nIt carries gas."


def test_malformed_and_deeply_nested_html_is_read_or_refused_in_one_line(tmp_path):
    (tmp_path / "broken.html").write_text("<p>Chile and Peru <b>signed<p>a deal</i>", encoding="utf-8")
    # deeper than Python's default recursion limit (1000)
    (tmp_path / "deep.html").write_text("<div>" * 5000 + "Deep text." + "</div>" * 5000, encoding="utf-8")
    broken, deep = read(tmp_path / "broken.html", tmp_path / "deep.html")
    assert broken.text == "Chile and Peru\n\nsigned\n\na deal"
    assert deep.text == "Deep text."


def test_jsonl_broken_line_is_a_failure_with_its_line_number_and_the_rest_is_read(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "n1", "text": "Oman and India met."}) + "\n"
                    + '{"id": "n2", "text": \n'
                    + "\n"
                    + json.dumps({"text": ""}) + "\n"
                    + json.dumps({"id": "n5", "published": "2022-05-09T08:00:00Z", "text": "Qatar agreed."}) + "\n",
                    encoding="utf-8")
    first, broken, empty, last = read(path)
    assert (first.identifier, first.text) == ("n1", "Oman and India met.")
    assert (broken.name, broken.message[:28]) == (str(path), "line 2: not valid JSON (Expe")
    assert (empty.name, empty.message) == (str(path), 'line 4: "text" is empty')
    assert (last.identifier, last.published) == ("n5", "2022-05-09")


def test_folder_is_read_recursively_in_order_and_a_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("# Second\nText two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text one.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    got = read(tmp_path)
    assert [(r.identifier, r.title, r.text) for r in got] == [("a.txt", None, "Text one."),
                                                             ("b/two.md", "Second", "Text two.")]


def test_stdin_as_one_text_or_as_json_lines(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2021-03-04\nBhutan sells power.")))
    [r] = read("-")
    assert (r.identifier, r.published, r.text) == ("stdin", "2021-03-04", "Bhutan sells power.")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "a", "text": "Nepal."}\n{oops\n')))
    a, bad = read("-")
    assert a.identifier == "a"
    assert (bad.name, bad.message[:26]) == ("stdin", "line 2: not valid JSON (Ex")


@pytest.mark.parametrize("content, message", [
    (b"", "empty document: no text to read"),
    (b"\n  \n", "empty document: no text to read"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not text: epkg reads text, Markdown, HTML and JSONL"),
])
def test_unreadable_files_are_one_line_failures(tmp_path, content, message):
    (tmp_path / "x.txt").write_bytes(content)
    assert read(tmp_path / "x.txt") == [LoadFailure(str(tmp_path / "x.txt"), message)]


def test_missing_path_and_size_cap(tmp_path):
    (tmp_path / "big.txt").write_text("Kenya " * 400, encoding="utf-8")
    missing, big = read(tmp_path / "nope.txt", tmp_path / "big.txt", max_bytes=1000)
    assert missing == LoadFailure(str(tmp_path / "nope.txt"), "no such file or folder")
    assert big.name == str(tmp_path / "big.txt") and "over the" in big.message


def test_encodings_utf8_bom_utf16_and_windows_1252(tmp_path):
    (tmp_path / "bom.txt").write_bytes("Türkiye signed.".encode("utf-8-sig"))
    (tmp_path / "u16.txt").write_bytes("Côte d'Ivoire signed.".encode("utf-16"))
    (tmp_path / "old.txt").write_bytes("São Tomé signed – twice.".encode("cp1252"))
    assert [r.text for r in read(tmp_path / "bom.txt", tmp_path / "u16.txt", tmp_path / "old.txt")] == [
        "Türkiye signed.", "Côte d'Ivoire signed.", "São Tomé signed – twice."]
