"""Each piece of domain knowledge has one home: entity classes from the ontology, partial dates, the slug,
the term shortener."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from epkg.graph.errors import InputError
from epkg.graph.isodate import compatible, covered, date_literal, iso_prefix, last_day, may_be_since
from epkg.ontology import classes
from epkg.ontology.namespaces import EPID, EPKG, SCHEMA, short, slug
from epkg.ontology.reference import ontology_graph


def test_every_class_comes_before_its_superclasses():
    order = {name: i for i, name in enumerate(classes.ENTITY_CLASSES)}
    g = ontology_graph()
    pairs = [(str(c)[len(str(EPKG)):], str(p)[len(str(EPKG)):]) for c, p in g.subject_objects(RDFS.subClassOf)
             if str(c).startswith(str(EPKG)) and str(p).startswith(str(EPKG))]
    assert pairs  # the ontology does state a hierarchy
    for sub, sup in pairs:
        assert order[sub] < order[sup], (sub, sup)


def test_the_class_lists_follow_the_ontology():
    assert set(classes.ACTOR_CLASSES) == {"State", "InternationalOrganization", "Company", "GovernmentBody",
                                          "Organization", "Person"}
    assert "Organization" not in classes.NAMED_CLASSES and "Place" in classes.NAMED_CLASSES
    assert set(classes.FACT_CLASSES) == {"Agreement", "Partnership", "Membership", "Cooperation",
                                         "EnergyProject", "Event"}
    assert classes.superclasses("Company") == (EPKG.Organization, EPKG.Actor, SCHEMA.Organization)
    assert classes.superclasses("State") == (EPKG.Actor, SCHEMA.Country)


def test_a_built_entity_is_typed_with_the_ontologys_superclasses():
    from epkg.graph.pipeline.ingest import process
    from epkg.graph.pipeline.records import DocumentRecord

    _, g = process(DocumentRecord("x.txt", "Azerbaijan and Georgia signed a memorandum on solar energy."))
    aze = EPID["state/AZE"]
    types = set(g.objects(aze, RDF.type))
    assert types == {EPKG.State, EPKG.Actor, SCHEMA.Country}


def test_partial_dates():
    assert iso_prefix("2025-04-23T10:00:00Z") == "2025-04-23"
    assert last_day("2024-02") == "2024-02-29" and last_day(date(2024, 5, 1)) == "2024-05-01"
    assert covered("2024-12", "2024-12-01") and not covered("2025", "2024-12-31") and not covered(None, "2024")
    assert may_be_since("2025", "2025-06-01") and not may_be_since("2024-12", "2025")
    assert compatible("2025-04", "2025-04-23") and not compatible("2025-04", "2025-05")
    assert date_literal("2025") == Literal("2025", datatype=XSD.gYear) and date_literal("2025-4") is None


def test_the_libraries_as_of_message_names_no_flag():
    with pytest.raises(InputError) as info:
        last_day("2025-02-30")
    assert str(info.value) == "as-of date '2025-02-30' is not a valid date: day 30 is past the end of February 2025"
    assert "--" not in str(info.value)


def test_one_slug_and_one_short_form():
    assert slug("Türkiye's Botaş") == "turkiye-s-botas" and slug("!!!") == "x"
    assert short(EPID["state/AZE"]) == "state:AZE" and short(EPID["graph/meta"]) == "epid:graph/meta"
    from epkg.graph.query.names import curie
    from epkg.graph.storage.validate import shown
    assert curie(EPID["state/AZE"]) == shown(EPID["state/AZE"]) == short(EPID["state/AZE"])
