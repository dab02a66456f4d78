"""Helpers for the tests of reading forms: one document written for the test, extracted, and its facts as
plain sets that an exact expected value can be compared with."""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def facts(text: str, published: str = "2025-05-06"):
    return extract(DocumentRecord("t.txt", text, published=published))


def agreements(text: str) -> list[tuple[str, set[str]]]:
    return [(a.kind, set(a.parties)) for a in facts(text).agreements]


def memberships(text: str) -> set[tuple[str, str, str]]:
    return {(m.member, m.organization, m.role) for m in facts(text).memberships}


def pairs(text: str) -> set[frozenset]:
    return {frozenset(c.actors) for c in facts(text).cooperations}
