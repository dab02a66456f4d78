"""Entity recognition and linking on short documents written for these tests, with exact triples."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from epkg.graph.documents import DocumentRecord, text_record
from epkg.graph.ingest import process
from epkg.ontology.namespaces import EPID, EPKG


def graph_of(text, published="2025-06-26", name="t.txt"):
    record = DocumentRecord(name, text, published=published)
    return record.iri, process(record)[1]


def mentioned(doc, g):
    return {str(o).removeprefix(str(EPID)) for o in g.objects(doc, EPKG.mentions)}


def test_header_and_dateline():
    record = text_record("date 2024-03-05 TASHKENT, Uzbekistan, March 5. Uzbekistan opened a solar plant.\n", "u.txt")
    assert record.published == "2024-03-05"
    assert record.text == "TASHKENT, Uzbekistan, March 5. Uzbekistan opened a solar plant."
    _, g = process(record)
    doc = record.iri
    assert (doc, DCTERMS.issued, Literal("2024-03-05", datatype=XSD.date)) in g
    assert (doc, EPKG.datelinePlace, EPID["place/tashkent"]) in g
    assert mentioned(doc, g) == {"place/tashkent", "state/UZB"}
    assert (EPID["place/tashkent"], EPKG.country, EPID["state/UZB"]) in g


def test_credit_line_names_the_publisher_not_an_entity():
    doc, g = graph_of("Georgia will build a wind farm, the minister said, Black Sea Energy Wire reports.\n\nMore later.")
    assert (doc, DCTERMS.publisher, Literal("Black Sea Energy Wire")) in g
    assert mentioned(doc, g) == {"state/GEO"}


def test_demonyms_name_their_states():
    doc, g = graph_of("Emirati and Saudi investors met Kazakh officials.")
    assert mentioned(doc, g) == {"state/ARE", "state/SAU", "state/KAZ"}


def test_capital_as_government_and_as_venue():
    doc, g = graph_of("Baku and Beijing agreed to expand trade. The talks were held in Beijing.")
    assert mentioned(doc, g) == {"state/AZE", "state/CHN", "place/beijing"}
    assert (EPID["place/beijing"], RDF.type, EPKG.Place) in g
    assert (EPID["place/beijing"], EPKG.country, EPID["state/CHN"]) in g


def test_acronym_defined_in_the_text_names_it_later():
    doc, g = graph_of("The Steppe Grid Council (SGC) met in Astana. SGC members approved the plan.")
    org = EPID["organization/steppe-grid-council"]
    assert (org, RDF.type, EPKG.InternationalOrganization) in g
    assert (org, RDFS.label, Literal("Steppe Grid Council")) in g
    assert set(g.objects(org, SKOS.altLabel)) == {Literal("SGC")}
    assert "organization/steppe-grid-council" in mentioned(doc, g)


def test_company_suffix_and_short_form():
    doc, g = graph_of("Tengri Solar Ventures LLC will build the plant. Tengri Solar said work starts soon.")
    company = EPID["organization/tengri-solar-ventures"]
    assert (company, RDF.type, EPKG.Company) in g
    assert (company, RDFS.label, Literal("Tengri Solar Ventures")) in g
    assert set(g.objects(company, SKOS.altLabel)) == {Literal("Tengri Solar Ventures LLC"), Literal("Tengri Solar")}
    assert mentioned(doc, g) == {"organization/tengri-solar-ventures"}


def test_ministry_in_either_word_order_is_one_body_of_its_state():
    doc, g = graph_of("The Uzbek Ministry of Energy signed the deal. Later the Ministry of Energy of Uzbekistan "
                      "published it.")
    ministry = EPID["organization/ministry-of-energy-of-uzbekistan"]
    assert (ministry, RDF.type, EPKG.GovernmentBody) in g
    assert (ministry, RDFS.label, Literal("Ministry of Energy of Uzbekistan")) in g
    assert (ministry, EPKG.partOf, EPID["state/UZB"]) in g
    # (the names as written: the bare one too, which many states' ministries share)
    assert set(g.objects(ministry, SKOS.altLabel)) == {Literal("Uzbek Ministry of Energy"), Literal("Ministry of Energy")}
    assert mentioned(doc, g) == {"organization/ministry-of-energy-of-uzbekistan", "state/UZB"}


def test_person_with_title_and_later_reference():
    doc, g = graph_of("Kazakh Energy Minister Almas Nurlanov opened the line. Nurlanov said it cost $2 billion.")
    person = EPID["person/almas-nurlanov"]
    assert (person, RDF.type, EPKG.Person) in g
    assert (person, EPKG.position, Literal("Minister of Energy")) in g
    assert (person, EPKG.represents, EPID["state/KAZ"]) in g
    assert mentioned(doc, g) == {"person/almas-nurlanov", "state/KAZ"}


def test_person_in_apposition_represents_a_company():
    doc, g = graph_of("Tengri Solar Ventures LLC hired engineers. Dana Serikova, Tengri Solar's chairwoman, "
                      "welcomed them.")
    person = EPID["person/dana-serikova"]
    assert (person, EPKG.position, Literal("Chairwoman")) in g
    assert (person, EPKG.represents, EPID["organization/tengri-solar-ventures"]) in g


def test_places_with_their_state():
    doc, g = graph_of("The plant stands on Lake Balkhash. A second one is near Shymkent, Kazakhstan, and cables "
                      "cross the Caspian Sea.")
    assert {"place/lake-balkhash", "place/shymkent", "place/caspian-sea", "state/KAZ"} <= mentioned(doc, g)
    assert (EPID["place/shymkent"], EPKG.country, EPID["state/KAZ"]) in g
    assert (EPID["place/caspian-sea"], EPKG.country, None) not in g


def test_same_entity_same_iri_in_two_documents():
    a_doc, a = graph_of("SOCAR Green LLC signed with Masdar.", name="a.txt")
    b_doc, b = graph_of("Masdar and SOCAR Green will build it.", name="b.txt")
    assert mentioned(a_doc, a) == mentioned(b_doc, b) == {"organization/socar-green", "organization/masdar"}


def test_variant_state_names():
    doc, g = graph_of("Türkiye, the PRC and the UAE signed. Turkey later agreed.")
    assert mentioned(doc, g) == {"state/TUR", "state/CHN", "state/ARE"}


def test_a_venue_naming_an_event_is_a_place_a_place_naming_a_pipeline_is_not():
    doc, g = graph_of("Georgia's minister spoke at the Istanbul Energy Forum.")
    assert mentioned(doc, g) == {"state/GEO", "place/istanbul"}
    event = next(g.subjects(RDFS.label, Literal("Istanbul Energy Forum")))
    assert (event, EPKG.heldIn, EPID["place/istanbul"]) in g
    doc, g = graph_of("Georgia backs the Istanbul Gas Pipeline.")
    assert mentioned(doc, g) == {"state/GEO"}


def test_company_forms_with_full_stops_do_not_end_sentences():
    from epkg.graph.extract.text import split_sentences

    text = ("Korea Hydro & Nuclear Power Co., Ltd. (KHNP) and Elektrárna Dukovany II, a.s. (EDU II) signed the "
            "contract. Skoda JS a.s. and Brno Energo s.r.o. will supply parts. Prague agreed.")
    assert [s.text for s in split_sentences(text)] == [
        "Korea Hydro & Nuclear Power Co., Ltd. (KHNP) and Elektrárna Dukovany II, a.s. (EDU II) signed the contract.",
        "Skoda JS a.s. and Brno Energo s.r.o. will supply parts.",
        "Prague agreed."]


def test_a_known_leader_speaks_for_the_state_he_leads_when_the_text_names_it():
    doc, g = graph_of("President Joe Biden met Vietnam's leaders in Hanoi. The United States and Vietnam signed a "
                      "memorandum on solar power.")
    assert (EPID["person/joe-biden"], EPKG.represents, EPID["state/USA"]) in g
    doc, g = graph_of("President Joe Biden met Vietnam's leaders in Hanoi.")
    assert list(g.objects(EPID["person/joe-biden"], EPKG.represents)) == []  # the US is not named: no link
