"""The widened company and organization lists: new names are found with their kind and home state,
and the short forms left out on purpose (words, surnames, towns, shared acronyms) stay unmatched.

The documents are written for these tests.
"""
from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from epkg.graph.documents import DocumentRecord
from epkg.graph.ingest import process
from epkg.ontology.gazetteer import load
from epkg.ontology.namespaces import EPID, EPKG

GAZ = load()


def graph_of(text):
    record = DocumentRecord("refdata.txt", text, published="2025-03-14")
    return record.iri, process(record)[1]


def mentioned(doc, g):
    return {str(o).removeprefix(str(EPID)) for o in g.objects(doc, EPKG.mentions)}


@pytest.mark.parametrize("form,key,kind,country", [
    ("Schlumberger", "organization/slb", "Company", "USA"),
    ("SLB", "organization/slb", "Company", "USA"),
    ("Subsea 7", "organization/subsea7", "Company", "GBR"),
    ("Haldor Topsøe", "organization/topsoe", "Company", "DNK"),
    ("Thyssenkrupp Nucera", "organization/thyssenkrupp-nucera", "Company", "DEU"),
    ("Var Energi", "organization/var-energi", "Company", "NOR"),
    ("GEK Terna", "organization/gek-terna", "Company", "GRC"),
    ("Energean", "organization/energean", "Company", "GBR"),
    ("CNEEC", "organization/china-national-electric-engineering-company", "Company", "CHN"),
    ("Afreximbank", "organization/african-export-import-bank", "InternationalOrganization", None),
    ("UNCTAD", "organization/united-nations-conference-on-trade-and-development", "InternationalOrganization", None),
])
def test_new_names_resolve_to_one_entry_of_the_right_kind_and_state(form, key, kind, country):
    [entry] = GAZ.lookup(form)
    assert (entry.key, entry.kind, entry.country) == (key, kind, country)


def test_names_shared_by_two_firms_are_listed_only_in_full():
    # "EQT", "APA" and "CPC" each name two firms of different states: only the full names are listed
    assert GAZ.lookup("EQT") == [] and GAZ.lookup("APA") == [] and GAZ.lookup("CPC") == []
    assert GAZ.lookup("EQT Corporation")[0].country == "USA" and GAZ.lookup("EQT AB")[0].country == "SWE"
    assert GAZ.lookup("APA Corporation")[0].country == "USA" and GAZ.lookup("APA Group")[0].country == "AUS"
    # Austria's EVN is listed as "EVN AG": the bare acronym stays Vietnam Electricity's
    assert GAZ.lookup("EVN")[0].country == "VNM" and GAZ.lookup("EVN AG")[0].country == "AUT"


@pytest.mark.parametrize("form", ["Wood", "Nel", "NOV", "DNO", "Tesla", "Cummins", "Linde", "Macquarie",
                                  "Weatherford", "Yara", "Plenitude", "Total", "Gulf", "SPP", "CIP", "PIF"])
def test_risky_short_forms_are_no_company(form):
    assert all(e.kind != "Company" for e in GAZ.lookup(form))


def test_a_contract_story_links_the_new_firms_to_their_home_states():
    doc, g = graph_of("Aker BP awarded Subsea7 a subsea contract on Friday, and SLB, formerly Schlumberger, "
                      "will supply the wells. Topsoe and thyssenkrupp nucera agreed to build an electrolyser "
                      "plant in Greece with GEK Terna.")
    found = mentioned(doc, g)
    expected = {"organization/aker-bp": "NOR", "organization/subsea7": "GBR", "organization/slb": "USA",
                "organization/topsoe": "DNK", "organization/thyssenkrupp-nucera": "DEU",
                "organization/gek-terna": "GRC"}
    assert set(expected) <= found
    for key, iso3 in expected.items():
        assert (EPID[key], RDF.type, EPKG.Company) in g
        assert (EPID[key], EPKG.basedIn, EPID[f"state/{iso3}"]) in g


def test_surnames_towns_and_words_in_ordinary_text_name_no_company():
    doc, g = graph_of("Engineer Paul Cummins spoke in Cardiff. Residents of Lake Macquarie in New South Wales "
                      "met on Monday. A drilling firm in Weatherford, Texas hired staff. Wood was stacked by the "
                      "shed, and Nel said the total was fine. Total output rose on 4 NOV.")
    companies = {str(s).removeprefix(str(EPID)) for s in g.subjects(RDF.type, EPKG.Company)}
    assert not companies & {"organization/cummins-inc", "organization/macquarie-group",
                            "organization/weatherford-international", "organization/john-wood-group",
                            "organization/nel-asa", "organization/nov-inc", "organization/totalenergies"}
    assert "place/lake-macquarie" in mentioned(doc, g)


def test_a_name_that_reads_as_a_phrase_is_matched_only_as_capitalised():
    assert GAZ.lookup("Canadian Solar")[0].country == "CAN" and GAZ.lookup("Canadian solar") == []
    assert GAZ.lookup("Tokyo Gas")[0].country == "JPN" and GAZ.lookup("Tokyo gas") == []
    doc, g = graph_of("Canadian solar capacity grew last year, and Tokyo gas demand fell. "
                      "Canadian Solar will supply modules to a plant in Chile.")
    found = mentioned(doc, g)
    assert {"state/CAN", "organization/canadian-solar"} <= found
    assert "organization/tokyo-gas" not in found
