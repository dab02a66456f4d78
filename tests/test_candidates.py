"""The statistical entity layer: organizations and persons in no reference list, on documents written here.

Each test extracts a short document and asserts the exact entities (kind, label,
state, position) the layer adds, and that words which only look like names
(events, technologies, units) add nothing.
"""
from __future__ import annotations

from rdflib.namespace import RDF

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract, orgnames
from epkg.graph.extract.candidates import READ, Candidate, candidates, needs_reading
from epkg.graph.extract.facts import Sentence
from epkg.graph.ingest import process
from epkg.ontology.namespaces import EPID, EPKG


def facts(text):
    return extract(DocumentRecord("doc.txt", text, published="2025-03-01"))


def organizations(f):
    return {k: (e.kind, e.label, e.country) for k, e in f.entities.items() if k.startswith("organization/")}


def test_organizations_in_no_list_are_recognised_and_typed():
    f = facts("Kazakhstan's energy regulator, the Kestrel Energy Regulatory Commission, approved the tariff. "
              "Verdana Power will build the line. Financing came from Brenmoor Bank's infrastructure unit, "
              "Brenmoor Infrastructure Fund.")
    assert organizations(f) == {
        "organization/kestrel-energy-regulatory-commission":
            ("GovernmentBody", "Kestrel Energy Regulatory Commission", "KAZ"),
        "organization/verdana-power": ("Company", "Verdana Power", None),
        "organization/brenmoor-bank": ("Company", "Brenmoor Bank", None),
        "organization/brenmoor-infrastructure-fund": ("Company", "Brenmoor Infrastructure Fund", None),
    }


def test_regulator_is_part_of_its_state_in_the_graph():
    record = DocumentRecord("doc.txt", "Kazakhstan's energy regulator, the Kestrel Energy Regulatory Commission, "
                                       "approved the tariff.", published="2025-03-01")
    g = process(record)[1]
    body = EPID["organization/kestrel-energy-regulatory-commission"]
    assert (body, RDF.type, EPKG.GovernmentBody) in g
    assert (body, EPKG.partOf, EPID["state/KAZ"]) in g


def test_coordinated_companies_are_split_and_one_name_with_and_is_kept():
    f = facts("Verdana Power and Calix Holdings signed the contract on Monday. "
              "Procter and Gamble Holdings and Nippon Export and Investment Insurance agreed.")
    assert set(organizations(f)) == {"organization/verdana-power", "organization/calix-holdings",
                                     "organization/procter-and-gamble-holdings",
                                     "organization/nippon-export-and-investment-insurance"}


def test_a_known_company_joined_by_and_is_its_own_entity():
    f = facts("ACWA Power and Talvik Holdings signed the contract.")
    assert set(organizations(f)) == {"organization/acwa-power", "organization/talvik-holdings"}


def test_a_full_stop_ends_a_company_name():
    f = facts("The tender closed on Monday. Verdana Power and Calix Holdings won it.")
    assert "organization/calix-holdings" in f.entities
    assert not any("monday" in k for k in f.entities)


def test_ministry_named_by_a_possessive_gets_that_state_and_not_another():
    f = facts("Kazakhstan's Ministry of Energy met the bidders. In January, Gazprom and Uzbekistan's Ministry "
              "of Energy signed a road map. Vietnam's Ministry of Investments, Industry and Trade agreed. "
              "Germany's Federal Ministry for Economic Affairs and Climate Action paid.")
    orgs = organizations(f)
    assert orgs["organization/ministry-of-energy-of-kazakhstan"] == (
        "GovernmentBody", "Ministry of Energy of Kazakhstan", "KAZ")
    assert orgs["organization/ministry-of-energy-of-uzbekistan"] == (
        "GovernmentBody", "Ministry of Energy of Uzbekistan", "UZB")
    assert orgs["organization/ministry-of-investments-industry-and-trade-of-vietnam"] == (
        "GovernmentBody", "Ministry of Investments, Industry and Trade of Vietnam", "VNM")
    german = f.entities["organization/ministry-of-economic-affairs-and-climate-action-of-germany"]
    assert german.country == "DEU"
    assert "Federal Ministry for Economic Affairs and Climate Action" in german.alt_labels


def test_person_with_a_title_in_apposition_represents_the_company():
    f = facts("Verdana Power signed the contract, said Mariana Holt, chief executive of Verdana Power.")
    holt = f.entities["person/mariana-holt"]
    assert (holt.position, holt.represents) == ("Chief Executive Officer", "organization/verdana-power")


def test_person_titles_from_the_table():
    f = facts("Saudi Crown Prince Mohammed bin Salman attended. Verdana Power said its rotating chairman "
              "Tomas Brandt would sign.")
    prince = f.entities["person/mohammed-bin-salman"]
    assert (prince.position, prince.represents) == ("Crown Prince", "state/SAU")
    assert "person/tomas-brandt" in f.entities


def test_an_honorific_is_not_part_of_a_name():
    f = facts("Fatou Fall, the country director of the Kestria Water Agency, spoke. Ms Fall said the line "
              "would open in May.")
    assert [k for k in f.entities if k.startswith("person/")] == ["person/fatou-fall"]
    assert {m.text for m in f.mentions if m.key == "person/fatou-fall"} == {"Fatou Fall", "Fall"}


def test_events_technologies_and_units_are_not_organizations():
    f = facts("Uzbekistan's Ministry of Energy welcomed the deal at the Tashkent Hydrogen Summit and the "
              "Kestrel Energy Forum 2025. The plant will ship LNG and add 40 MW.")
    assert set(organizations(f)) == {"organization/ministry-of-energy-of-uzbekistan"}


def test_legal_forms_come_from_cleanco_and_name_a_company():
    assert orgnames.split_legal_form("Kestrel Grid d.o.o.") == ("Kestrel Grid", "d.o.o.")
    assert orgnames.split_legal_form("Kestrel Grid Sdn. Bhd.") == ("Kestrel Grid", "Sdn. Bhd.")
    assert orgnames.split_legal_form("Value Added VAT") == ("Value Added VAT", "")
    f = facts("Kestrel Grid Sdn. Bhd. will operate the line.")
    assert organizations(f) == {"organization/kestrel-grid": ("Company", "Kestrel Grid", None)}


def test_event_and_project_names_are_rejected_by_their_last_word():
    assert orgnames.not_an_organization("Kestrel Energy Forum 2025")
    assert orgnames.not_an_organization("Baku Energy Week")
    assert orgnames.not_an_organization("Trans-Kestria Pipeline")
    assert not orgnames.not_an_organization("Kestria Power Holdings")


def test_only_sentences_with_unclaimed_names_are_read():
    claimed = Sentence(0, 0, 31, "Kazakhstan signed the deal too.")
    assert not needs_reading(claimed, lambda a, b: a >= 10)  # "Kazakhstan" claimed by the rules
    before = dict(READ)
    text = "The line opens in May. Officials said Mariana Holt met the board."
    sentences = [Sentence(0, 0, 22, text[:22]), Sentence(1, 23, len(text), text[23:])]
    found, read = candidates(sentences, lambda a, b: True)
    assert found == [Candidate(38, 50, "PERSON", 1)]
    assert read == len(text) - 23
    assert READ["read"] - before["read"] == read


def test_a_sentences_first_word_is_no_name_when_it_is_an_english_word_before_a_small_one():
    def reads(text):
        return needs_reading(Sentence(0, 0, len(text), text), lambda a, b: True)

    assert not reads("Prices rose sharply in May.")
    assert not reads("Critics say the line is late.")
    assert reads("Zarkovic said the line is late.")  # no English word: perhaps a name
    assert reads("Amber Rudd opened the line.")  # a word of the lexicon before a capital: perhaps a name
    assert reads("Critics of Voltagrid say the line is late.")  # the name after it is still read
