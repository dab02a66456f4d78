"""Recognising, linking and naming entities, on short documents written for these tests.

Each test builds the document's graph with ``epkg.graph.ingest.process`` and
asserts the exact triples (or the exact set of mentioned entities).
"""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from epkg.graph.documents import DocumentRecord, text_record
from epkg.graph.extract import extract
from epkg.graph.ingest import process
from epkg.ontology.namespaces import EPID, EPKG


def build(text, *, published="2024-09-01", name="doc.txt"):
    record = DocumentRecord(name, text, published=published)
    return record.iri, process(record)[1]


def mentions(doc, g):
    return {str(o).removeprefix(str(EPID)) for o in g.objects(doc, EPKG.mentions)}


def labels(g, node, prop=SKOS.altLabel):
    return {str(o) for o in g.objects(node, prop)}


def test_header_date_dateline_place_and_dateline_date():
    record = text_record("date 2022-10-11 ASTANA, Kazakhstan, October 11. Kazakhstan opened a wind farm.", "k.txt")
    doc, g = record.iri, process(record)[1]
    assert (doc, DCTERMS.issued, Literal("2022-10-11", datatype=XSD.date)) in g
    assert (doc, EPKG.datelinePlace, EPID["place/astana"]) in g
    assert (EPID["place/astana"], RDF.type, EPKG.Place) in g
    assert mentions(doc, g) == {"place/astana", "state/KAZ"}
    # without a header, a dateline that gives its year dates the document
    facts = extract(DocumentRecord("d.txt", "Dili, 3 October 2024. Timor-Leste took part."))
    assert (facts.published, facts.dateline_place) == ("2024-10-03", "place/dili")


def test_credit_line_is_the_publisher_not_a_mention():
    doc, g = build("Armenia will import more gas, the minister said, Steppe News Service reports.\n\nNo more.")
    assert (doc, DCTERMS.publisher, Literal("Steppe News Service")) in g
    assert mentions(doc, g) == {"state/ARM"}
    assert not list(g.subjects(RDFS.label, Literal("Steppe News Service")))


def test_demonyms_name_states_even_before_a_plural_noun():
    doc, g = build("Chinese companies and Emirati investors met Uzbek officials.")
    assert mentions(doc, g) == {"state/CHN", "state/ARE", "state/UZB"}
    assert (EPID["state/UZB"], EPKG.iso3, Literal("UZB")) in g


def test_a_state_inside_a_company_name_is_not_a_mention_of_it():
    doc, g = build("China Energy Overseas Investment Co. Ltd. will build the plant.")
    assert mentions(doc, g) == {"organization/china-energy-overseas-investment"}


def test_capital_for_its_government_and_as_a_place():
    doc, g = build("Ankara and Tbilisi agreed on the route. Experts met in Tbilisi.")
    assert mentions(doc, g) == {"state/TUR", "state/GEO", "place/tbilisi"}
    assert (EPID["place/tbilisi"], EPKG.country, EPID["state/GEO"]) in g
    doc, g = build("TBILISI, Georgia, May 3. The grid was extended.")
    assert mentions(doc, g) == {"place/tbilisi", "state/GEO"}


def test_government_of_a_state_is_the_state():
    doc, g = build("The Government of Mongolia approved the line.")
    assert mentions(doc, g) == {"state/MNG"}


def test_acronym_defined_in_the_text_is_used_bare_later():
    doc, g = build("The Danube Power Exchange Association (DPEA) was founded. DPEA will publish prices.")
    org = EPID["organization/danube-power-exchange-association"]
    assert (org, RDF.type, EPKG.InternationalOrganization) in g
    assert labels(g, org, RDFS.label) == {"Danube Power Exchange Association"}
    assert labels(g, org) == {"DPEA"}


def test_company_suffixes_and_short_forms():
    doc, g = build("Karakum Wind Holdings PLC and Oasis Grid JSC signed. Karakum Wind will own 60%. "
                   "The Bulgarian firm Balkan Cable EAD supplies cable.")
    karakum, oasis, balkan = (EPID["organization/karakum-wind-holdings"], EPID["organization/oasis-grid"],
                              EPID["organization/balkan-cable"])
    for company in (karakum, oasis, balkan):
        assert (company, RDF.type, EPKG.Company) in g
    assert labels(g, karakum) == {"Karakum Wind Holdings PLC", "Karakum Wind"}
    assert labels(g, oasis) == {"Oasis Grid JSC"}
    assert mentions(doc, g) == {"organization/karakum-wind-holdings", "organization/oasis-grid",
                                "organization/balkan-cable", "state/BGR"}


def test_company_named_head_first_and_an_acronym_a_state_owns():
    doc, g = build("Senegal's Compagnie Nationale des Carburants (CNC) and Chad's SHT signed.")
    cnc, sht = EPID["organization/compagnie-nationale-des-carburants"], EPID["organization/sht"]
    assert (cnc, RDF.type, EPKG.Company) in g and (sht, RDF.type, EPKG.Company) in g
    assert labels(g, cnc) == {"CNC"}
    assert (sht, EPKG.basedIn, EPID["state/TCD"]) in g


def test_ministry_in_both_word_orders_and_bare_later_is_one_body():
    doc, g = build("The Georgian Ministry of Energy signed. The Ministry of Energy of the Republic of Georgia "
                   "confirmed it, and the Ministry of Energy published the text. The Georgian Foreign Ministry "
                   "welcomed it.")
    energy = EPID["organization/ministry-of-energy-of-georgia"]
    foreign = EPID["organization/ministry-of-foreign-affairs-of-georgia"]
    assert (energy, RDF.type, EPKG.GovernmentBody) in g
    assert labels(g, energy, RDFS.label) == {"Ministry of Energy of Georgia"}
    assert labels(g, energy) == {"Georgian Ministry of Energy", "Ministry of Energy of the Republic of Georgia",
                                 "Ministry of Energy"}
    assert (energy, EPKG.partOf, EPID["state/GEO"]) in g
    assert labels(g, foreign) == {"Georgian Foreign Ministry"}
    assert mentions(doc, g) == {str(energy).removeprefix(str(EPID)), str(foreign).removeprefix(str(EPID)),
                                "state/GEO"}


def test_legislatures_and_cabinets_named_through_their_state():
    doc, g = build("Moldova's Parliament ratified the deal after the Romanian Senate did. The Council of Ministers "
                   "of Moldova will act.")
    assert {"organization/parliament-of-moldova", "organization/senate-of-romania",
            "organization/council-of-ministers-of-moldova", "state/MDA", "state/ROU"} == mentions(doc, g)
    assert (EPID["organization/senate-of-romania"], EPKG.partOf, EPID["state/ROU"]) in g


def test_persons_with_titles_and_later_references():
    doc, g = build("Mongolian Energy Minister Batbayar Dorj met President of Kazakhstan Aidos Serikbayev. "
                   "Dorj said the line was ready, and Serikbayev agreed.")
    dorj, aidos = EPID["person/batbayar-dorj"], EPID["person/aidos-serikbayev"]
    assert (dorj, EPKG.position, Literal("Minister of Energy")) in g
    assert (dorj, EPKG.represents, EPID["state/MNG"]) in g
    assert (aidos, EPKG.position, Literal("President")) in g
    assert (aidos, EPKG.represents, EPID["state/KAZ"]) in g
    assert mentions(doc, g) == {"person/batbayar-dorj", "person/aidos-serikbayev", "state/MNG", "state/KAZ"}
    assert labels(g, dorj) == set()  # a bare surname is a reference, not a new name


def test_persons_in_appositions_lists_and_with_their_organization():
    doc, g = build("Lena Okafor, the ECOWAS Commissioner for Energy, spoke. Presidents Amadou Diallo and "
                   "Kofi Mensah attended; Marta Ruiz of the World Bank spoke. Prime Minister Sheikh Rahman "
                   "closed the summit. Hanna von der Berg said the plan was sound. Von der Berg will return.")
    okafor = EPID["person/lena-okafor"]
    assert (okafor, EPKG.position, Literal("Commissioner")) in g
    assert (okafor, EPKG.represents, EPID["organization/economic-community-of-west-african-states"]) in g
    assert (EPID["person/amadou-diallo"], EPKG.position, Literal("President")) in g
    assert (EPID["person/marta-ruiz"], EPKG.represents, EPID["organization/world-bank"]) in g
    persons = {m for m in mentions(doc, g) if m.startswith("person/")}
    assert persons == {"person/lena-okafor", "person/amadou-diallo", "person/kofi-mensah", "person/marta-ruiz",
                       "person/sheikh-rahman", "person/hanna-von-der-berg"}


def test_places_with_their_state_and_compound_names_left_alone():
    doc, g = build("Turbines stand near Shymkent, Kazakhstan, and a converter at Tamga in Kyrgyzstan. "
                   "Cables cross the Caspian Sea to the Caspian-Black Sea-Europe corridor.")
    assert (EPID["place/shymkent"], EPKG.country, EPID["state/KAZ"]) in g
    assert (EPID["place/tamga"], EPKG.country, EPID["state/KGZ"]) in g
    assert (EPID["place/caspian-sea"], RDF.type, EPKG.Place) in g
    assert mentions(doc, g) == {"place/shymkent", "place/tamga", "place/caspian-sea", "state/KAZ", "state/KGZ"}


def test_the_same_entity_gets_the_same_iri_in_two_documents():
    a_doc, a = build("Oasis Grid JSC and the Turkmen Ministry of Energy met in Ashgabat.", name="a.txt")
    b_doc, b = build("The Ministry of Energy of Turkmenistan hired Oasis Grid Co., Ltd. Talks were held in Ashgabat.",
                     name="b.txt")
    expected = {"organization/oasis-grid", "organization/ministry-of-energy-of-turkmenistan", "place/ashgabat",
                "state/TKM"}
    assert mentions(a_doc, a) == expected == mentions(b_doc, b)
