"""House styles and report shapes (twenty-eighth session): acronyms written as words ("Opec", "Asean"), a web
page's tags and lists of other stories, a national paper's own state, a body after a possessive in a list, a
firm named with its state's word "Republic", "the two countries" of the sentence before, a portfolio with a
hyphen, and a building named for conferences.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

import itertools

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from epkg.graph.extract.header import story_text
from reading_helpers import agreements, facts, memberships, pairs

ASEAN = "organization/association-of-southeast-asian-nations"


def _orgs(text: str) -> set[str]:
    return {key for key, e in facts(text).entities.items() if e.kind == "InternationalOrganization"}


def test_an_acronym_written_as_a_word_names_its_body():
    text = "For Malaysia, which holds the rotating Asean chairmanship this year, the cable could bring revenue."
    assert _orgs(text) == {ASEAN}
    assert memberships(text) == {("state/MYS", ASEAN, "member")}


def test_an_acronym_as_a_word_in_lower_case_names_nothing():
    assert _orgs("The opec of the valley is a local word.") == set()


def test_a_firms_acronym_written_as_a_word_names_the_firm():
    ents = facts("Adnoc and Socar signed a memorandum of understanding on Tuesday.").entities
    assert [(ents[key].label, ents[key].country) for key in ("organization/adnoc", "organization/socar")] == [
        ("ADNOC", "ARE"), ("SOCAR", "AZE")]


def test_the_tags_and_the_lists_of_other_stories_under_a_report_are_not_read():
    text = ("BAKU, June 26 - Azerbaijan and China signed a memorandum of understanding on offshore wind on "
            "Thursday.\n\nThe document was signed in Baku.\n\nTags: Kazakhstan, Russia, OPEC\n\nMost read\n\n"
            "Kazakhstan and Russia sign gas deal\n\nUzbekistan and Turkmenistan agree on power trade")
    f = facts(text)
    assert {key for key, e in f.entities.items() if e.kind == "State"} == {"state/AZE", "state/CHN"}
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("MemorandumOfUnderstanding", {"state/AZE", "state/CHN"})]


def test_a_body_after_a_person_and_a_states_possessive_is_that_states():
    text = ("BAKU, June 26 - Azerbaijan and China signed a memorandum on Thursday. The document was signed by Ali "
            "Karimov and China's National Energy Administration head Wang Hongzhi.")
    body = facts(text).entities["organization/national-energy-administration"]
    assert (body.kind, body.country) == ("GovernmentBody", "CHN")


def test_a_firm_of_a_state_named_with_its_word_republic_keeps_the_word():
    text = ("Kestrel Gas and the National Oil Company of the Azerbaijan Republic, NOCAR, signed a contract for the "
            "delivery of gas.")
    ents = facts(text).entities
    firm = ents["organization/national-oil-company-of-the-azerbaijan-republic"]
    assert (firm.kind, firm.country) == ("Company", "AZE")
    assert "organization/national-oil-company-of-the-azerbaijan" not in ents


def test_the_two_countries_are_the_two_states_of_the_sentence_before():
    text = ("Relations between Sofia and Belgrade have been strained over the treatment of the minority. "
            "Radev arrived later.\n\nFor Baku, the visit underlined its growing ties with Belgrade. The two "
            "countries signed a declaration on strategic partnership in 2013.")
    assert agreements(text) == [("Declaration", {"state/AZE", "state/SRB"})]


def _from(publisher: str, text: str):
    return extract(DocumentRecord("t.txt", text, published="2023-11-09", publisher=publisher))


_CIRATA = ("The Energy and Mineral Resources Ministry said the plant, built by the UAE's Masdar, would open in "
           "December. The UAE has pledged more investment in Indonesia, and the United Arab Emirates' trade minister "
           "attended.")


def test_a_national_papers_bare_ministry_is_its_own_states():
    ents = _from("The Jakarta Post", _CIRATA).entities
    assert ents["organization/ministry-of-energy-and-mineral-resources-of-indonesia"].country == "IDN"


def test_a_wires_bare_ministry_is_the_state_named_most():
    ents = _from("Reuters", _CIRATA).entities
    assert ents["organization/ministry-of-energy-and-mineral-resources-of-united-arab-emirates"].country == "ARE"


def test_a_ministry_of_state_owned_enterprises_is_no_firm():
    ents = facts("Indonesia's State-Owned Enterprises Ministry and the Energy Ministry agreed on the plan.").entities
    assert {key for key, e in ents.items() if e.kind != "State"} == {
        "organization/ministry-of-state-owned-enterprises-of-indonesia", "organization/ministry-of-energy-of-indonesia"}


def test_a_building_named_for_conferences_is_no_event():
    text = ("ALGIERS - The signing crowned the work of the third tripartite ministerial meeting on the pipeline, held "
            "at the Abdelatif Rahal International Conference Centre (CIC) and attended by experts from Algeria, Niger "
            "and Nigeria.")
    assert [e.label for e in facts(text).events if e.label] == []


ACWA, MASEN = "organization/acwa-power", "organization/masen"


def test_a_trade_of_energy_both_ways_ties_the_two():
    assert pairs("Morocco already trades electricity with Spain through two submarine cables.") == {
        frozenset({"state/MAR", "state/ESP"})}


def test_a_trade_that_could_be_ties_no_one():
    assert pairs("Morocco could trade electricity with Spain through a third cable.") == set()


def test_the_agent_of_a_passive_work_and_the_one_it_did_it_with_work_together():
    text = ("The kingdom built the Noor Ouarzazate complex, developed by the Moroccan Agency for Sustainable Energy "
            "(Masen) with Saudi Arabia's ACWA Power.")
    assert pairs(text) == {frozenset({MASEN, ACWA})}


def test_a_lenders_money_a_work_was_built_with_makes_no_partner():
    text = "The Isimba plant was built by China International Water and Electric Corporation with Exim Bank financing."
    assert pairs(text) == set()


def test_holders_named_before_their_noun_are_co_holders():
    text = ("Britain's Aldwych International holds 30 percent of the wind farm's company, with the Danish turbine maker "
            "Vestas, Norway's Norfund and Finland's Finnfund among the other shareholders.")
    assert pairs(text) == {frozenset(p) for p in itertools.combinations(
        ["organization/aldwych-international", "organization/vestas", "organization/norfund",
         "organization/finnfund"], 2)}


def test_backers_named_after_their_noun_are_co_holders():
    text = ("More than £100 million has been invested in the project by backers including Abu Dhabi-based TAQA, "
            "France's TotalEnergies and Britain's Octopus Energy.")
    assert pairs(text) == {frozenset(p) for p in itertools.combinations(
        ["organization/taqa", "organization/totalenergies", "organization/octopus-energy"], 2)}


def test_a_day_of_the_week_in_a_sentence_about_the_future_is_the_last_one():
    text = ("Serbia and Bulgaria on Sunday officially opened a gas interconnector that will for the first time give "
            "Serbia access to gas, at a ceremony in Niš.")
    f = extract(DocumentRecord("t.txt", text, published="2023-12-11"))
    assert [(e.date, f.entities[e.place].label) for e in f.events] == [("2023-12-10", "Niš")]


def test_a_minister_named_by_title_alone_in_a_report_filed_from_home_signs_for_that_state():
    text = ("ALGIERS - Minister of Energy and Mines Mohamed Arkab signed Thursday in Algiers, with Nigeria's Minister "
            "of State for Petroleum Resources Timipre Sylva and Niger's Minister of Petroleum, Energy and Renewable "
            "Energies Mahamane Sani Mahamadou, a memorandum of understanding on the gas pipeline.")
    f = facts(text)
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("MemorandumOfUnderstanding", {"state/DZA", "state/NGA", "state/NER"})]
    assert "person/mahamane-sani-mahamadou" in f.entities


def test_an_instrument_named_in_quotation_marks_is_no_body():
    text = ("The European Union and Norway signed a 'Green Alliance' on Monday, pledging to work together on climate "
            "action.")
    f = facts(text)
    assert _orgs(text) == {"organization/european-union"}
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [("Agreement", {"organization/european-union",
                                                                              "state/NOR"})]


def test_the_agreement_between_the_states_firms_told_next_is_the_firms():
    text = ("Türkiye and Bulgaria on Tuesday signed a 13-year agreement that will allow Bulgaria to use Turkish LNG "
            "terminals.\n\nThe agreement between Türkiye's state-owned Petroleum Pipeline Corporation (BOTAŞ) and "
            "Bulgaria's state gas supplier Bulgargaz was signed at a ceremony in Ankara in the presence of Energy "
            "Minister Fatih Dönmez and his Bulgarian counterpart Rossen Hristov.")
    assert agreements(text) == [("Agreement", {"organization/botas", "organization/bulgargaz"})]


def test_a_city_and_a_colon_open_a_report_as_its_dateline():
    f = facts("New Delhi: State-run Indian Oil Corporation (IOC) on Monday signed a 15-year agreement with Abu Dhabi "
              "National Oil Company (ADNOC).")
    assert f.dateline_place == "place/new-delhi"
    assert [(a.kind, set(a.parties), a.place) for a in f.agreements] == [
        ("Agreement", {"organization/indian-oil-corporation", "organization/adnoc"}, "place/new-delhi")]


def test_a_paragraph_opening_with_a_new_firm_ending_in_a_known_firms_word_names_the_new_firm():
    text = ("Bharat PetroResources Ltd (BPRL) has held a stake in the block since 2019.\n\nUrja Bharat, a joint "
            "venture of Indian Oil Corporation and BPRL, signed a production concession agreement with ADNOC.")
    f = facts(text)
    assert f.entities["organization/urja-bharat"].kind == "Company"
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"organization/urja-bharat", "organization/adnoc"})]


def test_an_ordinal_instrument_between_two_named_sides_is_theirs_alone():
    text = ("Indian Oil Corporation signed a 15-year agreement with ADNOC on Monday, one of four energy pacts sealed "
            "during the visit. The fourth agreement, between Emirates Nuclear Energy Corporation (ENEC) and Nuclear "
            "Power Corporation of India Ltd (NPCIL), covers the operation of the Barakah plant.")
    assert agreements(text) == [
        ("Agreement", {"organization/indian-oil-corporation", "organization/adnoc"}),
        ("Agreement", {"organization/emirates-nuclear-energy-corporation",
                       "organization/nuclear-power-corporation-of-india"})]


def test_a_visit_to_another_state_is_not_placed_in_the_reports_city():
    text = ("Dubai: Sheikh Khaled bin Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, began his first official "
            "visit to India on Monday.")
    f = facts(text)
    assert [(e.kind, e.place) for e in f.events] == [("Visit", None)]


def _persons(text: str) -> dict[str, str | None]:
    return {e.label: e.position for e in facts(text).entities.values() if e.kind == "Person"}


def test_the_leader_a_government_is_named_after_is_a_person():
    assert _persons("The government of Mauricio Macri kept the reactor deal on hold.") == {"Mauricio Macri": None}


def test_a_government_of_a_firm_is_no_person():
    assert _persons("The government of Kestrel Energy Holdings sold the plant.") == {}


def test_people_described_by_what_they_do_are_persons():
    assert set(_persons("The move followed the extradition of Alex Saab, a Colombian businessman close to the "
                        "leadership, and the opposition leader Juan Guaidó called it a deal.")) == {
        "Alex Saab", "Juan Guaidó"}


def test_a_holder_named_after_a_described_employer_is_a_person():
    text = ("The ceremony was held in Dabaa in the presence of Director General of the Russian state atomic energy "
            "corporation Rosatom Alexey Likhachev.")
    assert _persons(text) == {"Alexey Likhachev": "Director General of Rosatom"}


def test_a_board_and_a_spokesmans_kind_are_the_title_not_the_name():
    assert _persons("Chairman of the Board Ali Karimov and Presidential Spokesman Ahmed Fahmy spoke.") == {
        "Ali Karimov": "Chairman of the Board", "Ahmed Fahmy": "Presidential Spokesman"}


def test_a_provinces_government_is_a_body_of_its_own():
    text = "The Sindh government signed an agreement with Kestrel Power Ltd on Monday. Pakistan welcomed it."
    f = facts(text)
    body = f.entities["organization/government-of-sindh"]
    assert (body.kind, body.label, body.country) == ("GovernmentBody", "Government of Sindh", "PAK")
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"organization/government-of-sindh", "organization/kestrel-power"})]


def test_a_states_government_still_stands_for_the_state():
    assert agreements("The Government of Azerbaijan and the Government of Georgia signed an energy agreement.") == [
        ("Agreement", {"state/AZE", "state/GEO"})]


def test_a_wires_contributors_and_a_desks_credits_are_not_read():
    text = ("BAKU, Azerbaijan (AP) — Azerbaijan and China signed an agreement on offshore wind on Thursday.\n\n"
            "Associated Press writer Jane Doe in Beijing contributed to this report.\n\nSource: Xinhua\n\n"
            "Related Topics\n\nKazakhstan and Russia sign gas deal")
    f = facts(text)
    assert {key for key, e in f.entities.items() if e.kind in ("State", "Place")} == {
        "state/AZE", "state/CHN", "place/baku"}
    assert agreements(text) == [("Agreement", {"state/AZE", "state/CHN"})]


def test_a_long_line_opening_with_source_is_the_storys_own():
    text = ("Kestrel signed.\n\nSource: IEA figures show demand rising in Asia and Europe, and the agency expects "
            "more growth in 2026 than it did a year ago.\n\nThe rest.")
    assert story_text(text) == text


def test_a_weak_noun_counted_in_a_series_between_two_named_sides_is_an_instrument():
    text = ("Indian Oil Corporation signed a 15-year agreement with ADNOC on Monday, one of five energy pacts sealed "
            "during the visit. A fifth pact, between the Gujarat government and Abu Dhabi Developmental Holding "
            "Company (ADQ), concerns food parks.")
    assert agreements(text) == [
        ("Agreement", {"organization/indian-oil-corporation", "organization/adnoc"}),
        ("Agreement", {"organization/government-of-gujarat", "organization/adq"})]


def test_a_weak_noun_between_two_sides_with_no_instrument_before_is_none():
    assert agreements("A fifth pact, between the Sindh government and Kestrel Power Ltd, is under discussion.") == []
