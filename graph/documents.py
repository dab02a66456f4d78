"""Read input files into document records (text plus metadata).

Accepted inputs: ``.txt``, ``.md``, ``.html``/``.htm`` files, ``.jsonl`` files with
one article a line, folders (recursively, sorted) and ``-`` for standard input.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

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
