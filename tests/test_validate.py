"""SHACL validation: conforming graphs pass, each broken shape gives its one-line violation."""
from __future__ import annotations

from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from epkg.cli.main import cli, main
from epkg.graph.store import Store
from epkg.graph.validate import Violation, shown, validate_graph, validate_store
from epkg.ontology.namespaces import EPID, EPKG, ORG
from epkg.ontology.vocabulary import level_concept, technology_concept

SHA = "ab" * 32
DOC = EPID[f"doc/{SHA[:16]}"]
AZE, CHN = EPID["state/AZE"], EPID["state/CHN"]
SENTENCE = Literal("Azerbaijan and China agreed to build a solar plant.")


def relation(g: Graph, node: URIRef, cls) -> URIRef:
    g.add((node, RDF.type, cls))
    g.add((node, PROV.wasDerivedFrom, DOC))
    g.add((node, EPKG.evidence, SENTENCE))
    return node


def conforming_graph() -> Graph:
    """A small document graph that uses every shape and satisfies them all."""
    g = Graph()
    g.add((DOC, RDF.type, EPKG.Document))
    g.add((DOC, RDF.type, PROV.Entity))
    g.add((DOC, DCTERMS.identifier, Literal("note-1")))
    g.add((DOC, EPKG.sha256, Literal(SHA)))
    g.add((DOC, DCTERMS.issued, Literal("2025-06-26", datatype=XSD.date)))
    for state, iso3 in ((AZE, "AZE"), (CHN, "CHN")):
        g.add((state, RDF.type, EPKG.State))
        g.add((state, EPKG.iso3, Literal(iso3)))
        g.add((DOC, EPKG.mentions, state))
    sco = EPID["organization/shanghai-cooperation-organization"]
    g.add((sco, RDF.type, EPKG.InternationalOrganization))

    p = relation(g, EPID["partnership/aze-chn-strategic-partnership"], EPKG.Partnership)
    g.add((p, EPKG.partner, AZE))
    g.add((p, EPKG.partner, CHN))
    g.add((p, EPKG.level, level_concept("strategic partnership")))
    g.add((p, EPKG.date, Literal("2025-04", datatype=XSD.gYearMonth)))

    m = relation(g, EPID["membership/aze-sco-dialogue-partner"], EPKG.Membership)
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, AZE))
    g.add((m, ORG.organization, sco))
    g.add((m, EPKG.role, Literal("dialogue partner")))

    a = relation(g, EPID["agreement/declaration-aze-chn"], EPKG.Declaration)
    g.add((a, RDF.type, EPKG.Agreement))
    g.add((a, EPKG.party, AZE))
    g.add((a, EPKG.party, CHN))
    g.add((a, EPKG.signedOn, Literal("2025", datatype=XSD.gYear)))

    pr = relation(g, EPID["project/solar-aze"], EPKG.EnergyProject)
    g.add((pr, EPKG.technology, technology_concept("solar")))
    g.add((pr, EPKG.capacityMW, Literal(Decimal("2300"), datatype=XSD.decimal)))
    g.add((pr, EPKG.hostState, AZE))

    ev = relation(g, EPID["event/energy-ministers-meeting"], EPKG.Meeting)
    g.add((ev, RDF.type, EPKG.Event))
    g.add((ev, RDFS.label, Literal("Energy Ministers' Meeting")))
    g.add((ev, EPKG.date, Literal("2025-06-26", datatype=XSD.date)))
    return g


def lines(violations: list[Violation]) -> list[str]:
    return [str(v) for v in violations]


def test_conforming_graph_passes():
    assert validate_graph(conforming_graph()) == []


def test_a_partnership_named_without_a_level_conforms():
    # "the German-Canadian energy partnership": a partnership the text gives no level has none
    g = conforming_graph()
    g.remove((EPID["partnership/aze-chn-strategic-partnership"], EPKG.level, None))
    assert validate_graph(g) == []


P = EPID["partnership/aze-chn-strategic-partnership"]
A = EPID["agreement/declaration-aze-chn"]
PR = EPID["project/solar-aze"]
EV = EPID["event/energy-ministers-meeting"]
M = EPID["membership/aze-sco-dialogue-partner"]

# (what to remove, what to add, the one line expected)
BROKEN = {
    "state without iso3": (
        [(AZE, EPKG.iso3, Literal("AZE"))], [],
        "state:AZE  epkg:iso3: a state has exactly one epkg:iso3, three upper-case letters  [document note-1]"),
    "state with lower-case iso3": (
        [(AZE, EPKG.iso3, Literal("AZE"))], [(AZE, EPKG.iso3, Literal("aze"))],
        "state:AZE  epkg:iso3: a state has exactly one epkg:iso3, three upper-case letters (value 'aze')"
        "  [document note-1]"),
    "state with two iso3": (
        [], [(AZE, EPKG.iso3, Literal("AZB"))],
        "state:AZE  epkg:iso3: a state has exactly one epkg:iso3, three upper-case letters  [document note-1]"),
    "partnership with one partner": (
        [(P, EPKG.partner, CHN)], [],
        "partnership:aze-chn-strategic-partnership  epkg:partner: a partnership has at least two "
        "epkg:partner actors  [document note-1]"),
    "partnership with two levels": (
        [], [(P, EPKG.level, level_concept("comprehensive strategic partnership"))],
        "partnership:aze-chn-strategic-partnership  epkg:level: a partnership has at most one epkg:level (none "
        "where the text names no level)  [document note-1]"),
    "partnership with an unknown level": (
        [(P, EPKG.level, level_concept("strategic partnership"))],
        [(P, EPKG.level, level_concept("green energy partnership"))],
        "partnership:aze-chn-strategic-partnership  epkg:level: a partnership's epkg:level is a concept of "
        "scheme epkg:PartnershipLevels (value epkg:level_green_energy_partnership)  [document note-1]"),
    "negative capacity": (
        [(PR, EPKG.capacityMW, Literal(Decimal("2300"), datatype=XSD.decimal))],
        [(PR, EPKG.capacityMW, Literal(Decimal("-5"), datatype=XSD.decimal))],
        "project:solar-aze  epkg:capacityMW: a project's epkg:capacityMW is one non-negative xsd:decimal "
        "(value '-5')  [document note-1]"),
    "capacity as a string": (
        [(PR, EPKG.capacityMW, Literal(Decimal("2300"), datatype=XSD.decimal))],
        [(PR, EPKG.capacityMW, Literal("2.3 GW"))],
        "project:solar-aze  epkg:capacityMW: a project's epkg:capacityMW is one non-negative xsd:decimal "
        "(value '2.3 GW')  [document note-1]"),
    "unknown technology": (
        [], [(PR, EPKG.technology, technology_concept("perpetual motion"))],
        "project:solar-aze  epkg:technology: a project's epkg:technology is a concept of scheme "
        "epkg:Technologies (value epkg:technology_perpetual_motion)  [document note-1]"),
    "agreement without party": (
        [(A, EPKG.party, AZE), (A, EPKG.party, CHN)], [],
        "agreement:declaration-aze-chn  epkg:party: an agreement has at least one epkg:party"
        "  [document note-1]"),
    "relation without provenance": (
        [(EV, PROV.wasDerivedFrom, DOC)], [],
        "event:energy-ministers-meeting  prov:wasDerivedFrom: a relation node has prov:wasDerivedFrom "
        "its source  [document note-1]"),
    "relation without evidence": (
        [(M, EPKG.evidence, SENTENCE)], [],
        "membership:aze-sco-dialogue-partner  epkg:evidence: a relation node has an epkg:evidence "
        "sentence  [document note-1]"),
    "membership with an unknown role": (
        [(M, EPKG.role, Literal("dialogue partner"))], [(M, EPKG.role, Literal("friend"))],
        "membership:aze-sco-dialogue-partner  epkg:role: a membership has one epkg:role: \"member\", "
        "\"observer\" or \"dialogue partner\" (value 'friend')  [document note-1]"),
    "signedOn as a plain string": (
        [(A, EPKG.signedOn, Literal("2025", datatype=XSD.gYear))], [(A, EPKG.signedOn, Literal("April 2025"))],
        "agreement:declaration-aze-chn  epkg:signedOn: epkg:signedOn is an xsd:date, xsd:gYearMonth or "
        "xsd:gYear (value 'April 2025')  [document note-1]"),
    "event date as dateTime": (
        [(EV, EPKG.date, Literal("2025-06-26", datatype=XSD.date))],
        [(EV, EPKG.date, Literal("2025-06-26T10:00:00", datatype=XSD.dateTime))],
        "event:energy-ministers-meeting  epkg:date: epkg:date is an xsd:date, xsd:gYearMonth or xsd:gYear "
        "(value '2025-06-26T10:00:00')  [document note-1]"),
    "issued as a string": (
        [(DOC, DCTERMS.issued, Literal("2025-06-26", datatype=XSD.date))],
        [(DOC, DCTERMS.issued, Literal("26 June 2025"))],
        f"doc:{SHA[:16]}  dcterms:issued: dcterms:issued is an xsd:date, xsd:gYearMonth or xsd:gYear "
        "(value '26 June 2025')  [document note-1]"),
    "document without sha256": (
        [(DOC, EPKG.sha256, Literal(SHA))], [],
        f"doc:{SHA[:16]}  epkg:sha256: a document has exactly one epkg:sha256 (64 lower-case hex digits)"
        "  [document note-1]"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_broken_shape_gives_its_violation(case):
    remove, add, expected = BROKEN[case]
    g = conforming_graph()
    for t in remove:
        assert t in g, t
        g.remove(t)
    for t in add:
        g.add(t)
    assert lines(validate_graph(g)) == [expected]


def test_document_without_identifier_is_not_attributed():
    g = conforming_graph()
    g.remove((DOC, DCTERMS.identifier, None))
    assert lines(validate_graph(g)) == [
        f"doc:{SHA[:16]}  dcterms:identifier: a document has exactly one dcterms:identifier"
        f"  [document doc:{SHA[:16]}]"]


def test_subclass_targets_are_checked_without_explicit_superclass():
    g = conforming_graph()
    g.remove((EV, RDF.type, EPKG.Event))  # still an epkg:Meeting, hence an Event
    g.remove((EV, EPKG.evidence, SENTENCE))
    assert [v.focus for v in validate_graph(g)] == ["event:energy-ministers-meeting"]


def test_violation_is_one_line_and_serializable():
    v = Violation("epid:x", "epkg:p", "broken", ("a", "b", "c", "d"), value="'v'")
    assert str(v) == "epid:x  epkg:p: broken (value 'v')  [document a, b, c (+1 more)]"
    assert "\n" not in str(v)
    assert v.as_dict()["documents"] == ["a", "b", "c", "d"]
    assert shown(URIRef("http://example.org/x")) == "<http://example.org/x>"


def _store_with(path, graph: Graph) -> None:
    with Store.open(path) as store:
        store.add_document(DOC, "note-1", graph)


def test_validate_store_attributes_documents(store_path):
    g = conforming_graph()
    g.remove((P, EPKG.partner, CHN))
    _store_with(store_path, g)
    with Store.open(store_path, read_only=True) as store:
        violations = validate_store(store)
    assert [(v.focus, v.path, v.documents) for v in violations] == [
        ("partnership:aze-chn-strategic-partnership", "epkg:partner", ("note-1",))]


@pytest.mark.slow
def test_gazetteer_conforms():
    store = Store.memory()
    assert validate_store(store, reference=True) == []


def test_cli_validate_exit_codes(store_path):
    runner = CliRunner()
    _store_with(store_path, conforming_graph())
    ok = runner.invoke(cli, ["--store", str(store_path), "validate"])
    assert ok.exception is None and ok.exit_code == 0
    assert ok.output.strip() == "conforms: no violations"
    assert main(["--store", str(store_path), "validate"]) == 0

    bad = conforming_graph()
    bad.remove((PR, EPKG.capacityMW, None))
    bad.add((PR, EPKG.capacityMW, Literal(Decimal("-1"), datatype=XSD.decimal)))
    bad_path = store_path.parent / "bad-store"
    _store_with(bad_path, bad)
    result = runner.invoke(cli, ["--store", str(bad_path), "validate"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "project:solar-aze  epkg:capacityMW: a project's epkg:capacityMW is one non-negative xsd:decimal "
        "(value '-1')  [document note-1]",
        "1 violation(s)"]
    assert main(["--store", str(bad_path), "validate"]) == 1
