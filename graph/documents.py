"""Read input files into document records (text plus metadata).

Accepted inputs: ``.txt``, ``.md``, ``.html``/``.htm`` files, ``.jsonl`` files with
one article a line, folders (recursively, sorted) and ``-`` for standard input.
"""
from __future__ import annotations

import hashlib
import json
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

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused before they are read
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])")
_GIVEN_DATE = re.compile(r"^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s*$|[T ])")
_MD_TITLE = re.compile(r"\A\s*#\s+(.+?)\s*\r?\n")


def iter_documents(sources: Iterable, *, max_bytes: int = MAX_BYTES) -> Iterator[DocumentRecord | LoadFailure]:
    """Read every source into records, yielding a :class:`LoadFailure` for each input that cannot be read.

    Parameters
    ----------
    sources : iterable of str or Path
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``), folders (read recursively,
        in sorted order, hidden entries and unknown file types skipped, symbolic
        link loops cut), or ``"-"`` for standard input.
    max_bytes : int
        Files larger than this are refused without being read.

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
            yield from _read_stdin(max_bytes)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _walk(path, max_bytes)
        elif path.is_file():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield LoadFailure(str(source), "no such file or folder")


def _walk(root: Path, max_bytes: int) -> Iterator[DocumentRecord | LoadFailure]:
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
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry)
            elif entry.suffix.lower() in KNOWN_SUFFIXES:
                yield from read_file(entry, max_bytes=max_bytes, name=str(entry.relative_to(root)))
        stack.extend(reversed(subfolders))  # depth first, in sorted order


def read_file(path: Path, *, max_bytes: int = MAX_BYTES, name: str | None = None
              ) -> Iterator[DocumentRecord | LoadFailure]:
    """Records from one file (several for JSONL), or failures; never raises."""
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield LoadFailure(str(path), f"{size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                                         f"for one file")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield LoadFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_records(data, str(path), path.name)
        return
    text, problem = decode(data)
    if problem:
        yield LoadFailure(str(path), problem)
        return
    try:
        record = html_record(text, name, str(path)) if suffix in HTML_SUFFIXES else text_record(text, name, str(path))
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
    for number, line in enumerate(text.splitlines(), start=1):
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


def _read_stdin(max_bytes: int) -> Iterator[DocumentRecord | LoadFailure]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield LoadFailure("stdin", f"over the {max_bytes / 1e6:.0f} MB limit")
        return
    text, problem = decode(data)
    if problem:
        yield LoadFailure("stdin", problem)
    elif text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield record_from_json(line, f"stdin:{number}", where="stdin", line=number)
    else:
        try:
            yield text_record(text, "stdin", "stdin")
        except InputError as exc:
            yield LoadFailure("stdin", str(exc))
