"""A small hand-made graph for the lookup, names, SPARQL and endpoint tests.

Two short documents written for the tests (not taken from any corpus), turned
into facts by hand so the expected rows do not depend on extraction quality.
They disagree on purpose: the declaration's place, the solar plant's capacity
and the partnership's level on the same day.
"""
from __future__ import annotations

from epkg.graph.build import build_graph
from epkg.graph.documents import DocumentRecord
from epkg.graph.extract.facts import (Agreement, Cooperation, DocumentFacts, Entity, Event, Membership,
                                      Partnership, Project, Sentence)

DOC_A_TEXT = (
    "Azerbaijan and China signed the Declaration on the Establishment of a Comprehensive Strategic "
    "Partnership in Beijing on 23 April 2025. "
    "SOCAR and China Energy will build the Absheron Solar plant of 1 GW in Azerbaijan. "
    "Azerbaijan is a dialogue partner of the SCO. "
    "Ministers met at the SCO Energy Ministers Meeting in Ningbo on 25 June 2025."
)
DOC_B_TEXT = (
    "The declaration on a comprehensive strategic partnership was signed by Azerbaijan and China in Baku in April 2025. "
    "The Absheron Solar plant will have 1.2 GW. "
    "Azerbaijan and China agreed on a strategic partnership on 23 April 2025. "
    "Kazakhstan and China signed a memorandum of understanding in Astana on 5 November 2024 "
    "on a 2 GW offshore wind farm in the Caspian Sea built by ACWA Power."
)

DECLARATION = "Declaration on the Establishment of a Comprehensive Strategic Partnership"


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        part = part if part.endswith(".") else part + "."
        out.append(Sentence(i, start, start + len(part), part))
        start += len(part) + 1
    return out


def _entities(*specs) -> dict:
    return {e.key: e for e in (Entity(*spec[:3], **(spec[3] if len(spec) > 3 else {})) for spec in specs)}


def record_a() -> DocumentRecord:
    return DocumentRecord("a.txt", DOC_A_TEXT, title="Azerbaijan and China upgrade ties",
                          published="2025-04-24", publisher="Trend", source="https://example.org/a")


def record_b() -> DocumentRecord:
    return DocumentRecord("b.txt", DOC_B_TEXT, title="Caspian energy week", published="2025-05-10",
                          publisher="Xinhua", source="https://example.org/b")


def facts_a() -> DocumentFacts:
    f = DocumentFacts(DOC_A_TEXT, sentences=_sentences(DOC_A_TEXT))
    f.entities = _entities(
        ("state/AZE", "State", "Azerbaijan", {"iso3": "AZE"}),
        ("state/CHN", "State", "China", {"iso3": "CHN"}),
        ("place/beijing", "Place", "Beijing", {"country": "CHN"}),
        ("place/ningbo", "Place", "Ningbo", {"country": "CHN"}),
        ("organization/socar", "Company", "SOCAR"),
        ("organization/china-energy-investment-corporation", "Company", "China Energy Investment Corporation",
         {"alt_labels": {"China Energy"}}),
        ("organization/shanghai-cooperation-organization", "InternationalOrganization",
         "Shanghai Cooperation Organization", {"alt_labels": {"SCO"}}),
    )
    f.partnerships = [Partnership(("state/AZE", "state/CHN"), "comprehensive strategic partnership", 0,
                                  "2025-04-23")]
    f.agreements = [Agreement("Declaration", ("state/AZE", "state/CHN"), 0, "2025-04-23", "place/beijing",
                              DECLARATION, establishes=0)]
    f.projects = [Project(("solar",), 1, 1000.0, hosts=("state/AZE",),
                          developers=("organization/socar",),
                          contractors=("organization/china-energy-investment-corporation",),
                          label="Absheron Solar")]
    f.cooperations = [Cooperation(("organization/socar", "organization/china-energy-investment-corporation"), 1)]
    f.memberships = [Membership("state/AZE", "organization/shanghai-cooperation-organization",
                                "dialogue partner", 2)]
    f.events = [Event("Meeting", 3, "SCO Energy Ministers Meeting", place="place/ningbo", date="2025-06-25",
                      participants=("state/AZE", "state/CHN"),
                      organizer="organization/shanghai-cooperation-organization")]
    return f


def facts_b() -> DocumentFacts:
    f = DocumentFacts(DOC_B_TEXT, sentences=_sentences(DOC_B_TEXT))
    f.entities = _entities(
        ("state/AZE", "State", "Azerbaijan", {"iso3": "AZE"}),
        ("state/CHN", "State", "China", {"iso3": "CHN"}),
        ("state/KAZ", "State", "Kazakhstan", {"iso3": "KAZ"}),
        ("place/baku", "Place", "Baku", {"country": "AZE"}),
        ("place/astana", "Place", "Astana", {"country": "KAZ"}),
        ("place/caspian-sea", "Place", "Caspian Sea"),
        ("organization/acwa-power", "Company", "ACWA Power"),
    )
    f.agreements = [
        Agreement("Declaration", ("state/AZE", "state/CHN"), 0, "2025-04", "place/baku", DECLARATION),
        Agreement("MemorandumOfUnderstanding", ("state/KAZ", "state/CHN"), 3, "2024-11-05", "place/astana"),
    ]
    f.projects = [
        Project(("solar",), 1, 1200.0, hosts=("state/AZE",), label="Absheron Solar"),
        Project(("offshore wind",), 3, 2000.0, hosts=("state/KAZ",), locations=("place/caspian-sea",),
                developers=("organization/acwa-power",)),
    ]
    f.partnerships = [Partnership(("state/AZE", "state/CHN"), "strategic partnership", 2, "2025-04-23")]
    return f


def documents():
    """``[(record, facts)]`` of both sample documents."""
    return [(record_a(), facts_a()), (record_b(), facts_b())]


def fill(store) -> None:
    """Add both sample documents to *store*."""
    for record, facts in documents():
        store.add_document(record.iri, record.identifier, build_graph(record, facts))


def sample_store():
    """An in-memory store with the reference graphs and both sample documents."""
    from epkg.graph.store import Store

    store = Store.memory()
    fill(store)
    return store
