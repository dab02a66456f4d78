"""Read input files into document records (text plus metadata).

Accepted inputs: ``.txt``, ``.md``, ``.html``/``.htm`` files, ``.jsonl`` files with
one article a line, folders (recursively, sorted) and ``-`` for standard input.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from epkg.graph.errors import InputError
from epkg.graph.isodate import date_problem
from epkg.ontology.namespaces import EPID


@dataclass
class DocumentRecord:
    """One document: its text and what is known about it before extraction."""
    identifier: str  # the record's id, or the file name
    text: str
    title: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or less precise)
    publisher: str | None = None
    source: str | None = None  # URL or path

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def iri(self):
        """``epid:doc/{first 16 hex of sha256 of the text}``; also its named graph."""
        return EPID[f"doc/{self.sha256[:16]}"]


@dataclass
class LoadFailure:
    """An input that could not be read into a record: where, and why (one line)."""
    name: str
    message: str


# ---------------------------------------------------------------- reading inputs

MAX_BYTES = 20 * 1024 * 1024  # a text, Markdown or HTML file (one document) larger than this is refused unread
MAX_RECORD_BYTES = 20 * 1024 * 1024  # one JSONL record (one article); the file itself may be any size
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])")
_GIVEN_DATE = re.compile(r"^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s*$|[T ])")
_MD_TITLE = re.compile(r"\A\s*#\s+(.+?)\s*\r?\n")


def iter_documents(sources: Iterable, *, max_bytes: int = MAX_BYTES, max_record_bytes: int = MAX_RECORD_BYTES,
                   follow_links: bool = False) -> Iterator[DocumentRecord | LoadFailure]:
    """Read every source into records, yielding a :class:`LoadFailure` for each input that cannot be read.

    Parameters
    ----------
    sources : iterable of str or Path
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``), folders (read recursively,
        in sorted order, hidden entries and unknown file types skipped, symbolic
        link loops cut), or ``"-"`` for standard input.
    max_bytes : int
        Text, Markdown and HTML files (one document each) larger than this are
        refused without being read.
    max_record_bytes : int
        JSONL is read one record (line) at a time; a record larger than this is
        refused alone, however large the file.
    follow_links : bool
        Follow symbolic links in folders that lead outside the folder (by default
        such a link is reported and skipped, so a folder ingest reads only that folder).

    Returns
    -------
    iterator of DocumentRecord or LoadFailure
        Never raises for bad input: every problem is a one-line failure.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("date 2025-06-26 Azerbaijan and China signed it.")
    >>> [(r.identifier, r.published, r.text) for r in iter_documents([folder])]
    [('a.txt', '2025-06-26', 'Azerbaijan and China signed it.')]
    """
    for source in sources:
        if str(source) == "-":
            yield from _read_stdin(max_bytes, max_record_bytes)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _walk(path, max_bytes, max_record_bytes, follow_links)
        elif path.is_file():
            yield from read_file(path, max_bytes=max_bytes, max_record_bytes=max_record_bytes)
        else:
            yield LoadFailure(str(source), "no such file or folder")


def _outside(entry: Path, root: Path) -> bool:
    """Whether *entry* (a symbolic link) leads out of *root*."""
    try:
        entry.resolve(strict=False).relative_to(root.resolve())
        return False
    except (ValueError, OSError, RuntimeError):
        return True


def _walk(root: Path, max_bytes: int, max_record_bytes: int = MAX_RECORD_BYTES,
          follow_links: bool = False) -> Iterator[DocumentRecord | LoadFailure]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:  # a dangling or looping link
            yield LoadFailure(str(folder), f"cannot open folder: {exc.strerror or exc}")
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue  # a link back to a folder already read
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            yield LoadFailure(str(folder), f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = str(entry.relative_to(root))
            # A link out of the folder (to /etc/passwd, to a home folder) is not what "this folder" means.
            if not follow_links and entry.is_symlink() and _outside(entry, root):
                if entry.is_dir() or entry.suffix.lower() in KNOWN_SUFFIXES:
                    yield LoadFailure(name, "a symbolic link out of the folder: not followed (use --follow-links)")
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry)
            elif entry.suffix.lower() in KNOWN_SUFFIXES:
                yield from read_file(entry, max_bytes=max_bytes, max_record_bytes=max_record_bytes, name=name)
        stack.extend(reversed(subfolders))  # depth first, in sorted order


_LOCAL_PATH = re.compile(r"^(?:file:|/|~|\\\\|[A-Za-z]:[\\/])", re.I)


def public_source(value: str | None) -> str | None:
    """A document's source as shown to others: a URL as it is, a local path only as its file name.

    Stores written before sources were recorded relative may hold absolute paths;
    what is shown (the view, the tables) never reveals the author's folders.

    Parameters
    ----------
    value : str or None

    Returns
    -------
    str or None

    Examples
    --------
    >>> public_source("https://example.org/a"), public_source("/home/ana/news/a.txt"), public_source("in/a.txt")
    ('https://example.org/a', 'a.txt', 'in/a.txt')
    """
    if not value or not _LOCAL_PATH.match(value):
        return value
    return re.split(r"[\\/]", value.rstrip("/\\"))[-1] or None


# Formats that are not text whatever their name says, by their first bytes.
_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
          (b"\xd0\xcf\x11\xe0", "an Office document"), (b"{\\rtf", "an RTF document"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
          (b"\xfd7zXZ", "an xz archive"), (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"),
          (b"%!PS", "a PostScript document"), (b"SQLite format 3", "an SQLite database"))
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def sniff(head: bytes) -> str | None:
    """What the first bytes of a file say it is when that is not text (``"a PDF document"`` …), else None.

    Parameters
    ----------
    head : bytes
        The file's first bytes (a few suffice).

    Returns
    -------
    str or None

    Examples
    --------
    >>> sniff(b"%PDF-1.7 ..."), sniff(b"date 2025-01-01 Azerbaijan")
    ('a PDF document', None)
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    return None


def read_file(path: Path, *, max_bytes: int = MAX_BYTES, max_record_bytes: int = MAX_RECORD_BYTES,
              name: str | None = None) -> Iterator[DocumentRecord | LoadFailure]:
    """Records from one file (several for JSONL), or failures; never raises.

    The content decides as much as the name: a PDF, an archive or an image is
    refused whatever its suffix, an HTML page named ``.txt`` is read as HTML.
    A record's ``source`` is *name* (relative to what was ingested), never the
    local path, so no export shows the author's folders.
    """
    name = name or path.name
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
            if what := sniff(head):
                yield LoadFailure(str(path), f"{what}, not text: epkg reads text, Markdown, HTML and JSONL")
                return
            if suffix in JSONL_SUFFIXES and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
                fh.seek(0)
                yield from _jsonl_stream(fh, str(path), path.name, max_record_bytes)
                return
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                yield LoadFailure(str(path), f"{size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                                             f"for one file")
                return
            data = head + fh.read(max_bytes + 1 - len(head))
    except OSError as exc:
        yield LoadFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:  # grew while read (a device, a file being written)
        yield LoadFailure(str(path), f"over the {max_bytes / 1e6:.0f} MB limit for one file")
        return
    if suffix in JSONL_SUFFIXES:  # UTF-16 JSONL: small enough to read whole
        yield from _jsonl_records(data, str(path), path.name)
        return
    text, problem = decode(data)
    if problem:
        yield LoadFailure(str(path), problem)
        return
    is_html = suffix in HTML_SUFFIXES or bool(_HTML_START.match(data[:4096]))
    try:
        record = html_record(text, name, name) if is_html else text_record(text, name, name)
    except RecursionError:
        yield LoadFailure(str(path), "HTML nested too deeply to read")
        return
    except InputError as exc:  # a date that does not exist: the document is refused, not stored wrong
        yield LoadFailure(str(path), str(exc))
        return
    if not record.text.strip():
        yield LoadFailure(str(path), "empty document: no text to read")
    else:
        yield record


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Returns ``(text, None)``, or ``("", reason)`` for binary or empty content.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError:
            return "", "not valid UTF-16 text"
    if b"\x00" in data[:4096]:
        return "", "binary file (not text)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older newsroom exports are often Windows-1252; undefined bytes mean it is not text at all.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return "", "not UTF-8 or Windows-1252 text"
    return _checked(text)


def _checked(text: str) -> tuple[str, str | None]:
    if not text.strip():
        return "", "empty document: no text to read"
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 20000):
        return "", "binary file (not text)"
    return text, None


def text_record(text: str, name: str, source: str | None = None) -> DocumentRecord:
    """A plain-text or Markdown document: a ``date YYYY-MM-DD`` header sets the date, a
    leading ``# Title`` line the title; both are removed from the text."""
    text = text.replace("\r\n", "\n")
    published = None
    if m := _HEADER.match(text):
        published, text = m.group(1), text[m.end():]
        if problem := date_problem(published):
            raise InputError(f"the \"date\" header {published!r} is not a valid date: {problem}")
    title = None
    if m := _MD_TITLE.match(text):
        title, text = m.group(1), text[m.end():]
    return DocumentRecord(name, text.strip(), title=title, published=published, source=source)


def html_record(page: str, name: str, source: str | None = None) -> DocumentRecord:
    """An HTML page: its main text (scripts, styles, navigation, header, footer, asides
    dropped), title and publication date from the page's metadata."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")

    def meta(*keys):
        for key in keys:
            tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
            if tag and tag.get("content"):
                return str(tag["content"]).strip()
        return None

    title = meta("og:title", "twitter:title") or (soup.title.get_text(" ", strip=True) if soup.title else None)
    published = meta("article:published_time", "date", "pubdate", "dc.date", "DC.date.issued")
    if not published and (tag := soup.find("time", attrs={"datetime": True})):
        published = str(tag["datetime"])
    publisher = meta("og:site_name", "publisher")
    url = meta("og:url")
    if (link := soup.find("link", attrs={"rel": "canonical", "href": True})) is not None:
        url = str(link["href"])
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                     "iframe", "svg", "button"]):
        tag.decompose()
    main = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [" ".join(s.split()) for s in main.get_text("\n").split("\n")]
    text = "\n\n".join(b for b in blocks if b)
    # Dates in other forms ("June 5, 2025") are not read; an ISO date that does not exist is refused.
    m = _ISO_DATE.match(published or "")
    if m and (problem := date_problem(m.group(1))):
        raise InputError(f"the page's publication date {m.group(1)!r} is not a valid date: {problem}")
    return DocumentRecord(name, text, title=title or None, published=m.group(1) if m else None,
                          publisher=publisher, source=url or source)


def _jsonl_records(data: bytes, path: str, name: str) -> Iterator[DocumentRecord | LoadFailure]:
    text, problem = decode(data)
    if problem:
        yield LoadFailure(path, problem)
        return
    # "\n" alone ends a record: splitlines() also splits at U+2028, U+0085 …, which JSON strings may hold
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        yield record_from_json(line, f"{name}:{number}", where=f"{path}", line=number)


def record_from_json(raw: str, default_id: str, *, where: str, line: int) -> DocumentRecord | LoadFailure:
    """One JSONL line → a record, or a failure naming the line."""
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        return LoadFailure(where, f"line {line}: not valid JSON ({getattr(exc, 'msg', 'too deeply nested')})")
    if not isinstance(obj, dict):
        return LoadFailure(where, f"line {line}: a record must be a JSON object")
    text = obj.get("text")
    if text is None:
        return LoadFailure(where, f"line {line}: the record has no \"text\"")
    if not isinstance(text, str):
        return LoadFailure(where, f"line {line}: \"text\" must be a string, not {type(text).__name__}")
    if not text.strip():
        return LoadFailure(where, f"line {line}: \"text\" is empty")

    def field(key):
        value = obj.get(key)
        return str(value).strip() or None if isinstance(value, (str, int, float)) and value is not True else None
    published = field("published")
    if published is not None:
        m = _GIVEN_DATE.match(published)
        problem = date_problem(m.group(1)) if m else "not in the form YYYY, YYYY-MM or YYYY-MM-DD"
        if problem:
            return LoadFailure(where, f"line {line}: \"published\" {published!r} is not a valid date: {problem}")
        published = m.group(1)
    identifier = field("id") or default_id
    return DocumentRecord(identifier, text, title=field("title"), published=published,
                          publisher=field("publisher"), source=field("url"))


def _capped_lines(stream, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of a binary stream; ``None`` for a line over *cap* bytes
    (read past, never held whole)."""
    number = 0
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        number += 1
        if len(line) > cap and not (len(line) == cap + 1 and line.endswith(b"\n")):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, None
        else:
            yield number, line


def _jsonl_stream(stream, where: str, name: str, max_record_bytes: int, first: bytes = b""
                  ) -> Iterator[DocumentRecord | LoadFailure]:
    """JSONL records read one line at a time: memory stays at one record whatever the file's size."""
    import itertools

    lines = _capped_lines(stream, max_record_bytes)
    if first:
        lines = itertools.chain([(1, first)], ((n + 1, line) for n, line in lines))
    for number, raw in lines:
        if raw is None:
            yield LoadFailure(where, f"line {number}: the record is over the {max_record_bytes / 1e6:.0f} MB "
                                     f"limit for one record (--max-record-size)")
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        if b"\x00" in raw:
            yield LoadFailure(where, f"line {number}: binary data, not a JSON record")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:
                yield LoadFailure(where, f"line {number}: not UTF-8 or Windows-1252 text")
                continue
        yield record_from_json(line, f"{name}:{number}", where=where, line=number)


def _read_stdin(max_bytes: int, max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[DocumentRecord | LoadFailure]:
    stream = sys.stdin.buffer
    first = stream.readline(max_record_bytes + 1)
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):  # JSONL: streamed, a cap per record
        if len(first) > max_record_bytes and not first.endswith(b"\n"):
            first = b"\n"  # the first record alone is too large; the rest still counts
            yield LoadFailure("stdin", f"line 1: the record is over the {max_record_bytes / 1e6:.0f} MB limit "
                                       f"for one record (--max-record-size)")
        yield from _jsonl_stream(stream, "stdin", "stdin", max_record_bytes, first=first)
        return
    data = first + stream.read(max(0, max_bytes + 1 - len(first)))
    if len(data) > max_bytes:
        yield LoadFailure("stdin", f"over the {max_bytes / 1e6:.0f} MB limit")
        return
    text, problem = decode(data)
    if problem:
        yield LoadFailure("stdin", problem)
    else:
        try:
            yield text_record(text, "stdin", "stdin")
        except InputError as exc:
            yield LoadFailure("stdin", str(exc))
