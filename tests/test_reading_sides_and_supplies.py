"""Sides, supplies and joint work (twenty-seventh session): instruments counted against a side that the text
names by examples, the trade's short names of instruments, supply started or resumed, a decided future, and
a trade of several words between the items of a list.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, pairs

VG, SHELL, REPSOL, ORLEN = ("organization/venture-global", "organization/shell", "organization/repsol",
                            "organization/orlen")
TOTAL, SAMRUK, KMG = "organization/totalenergies", "organization/samruk-kazyna", "organization/kazmunaygas"


def test_a_plural_instrument_with_a_side_named_by_examples_is_one_with_each():
    text = ("Venture Global has signed a string of long-term agreements with European buyers since 2022, "
            "including Shell, Spain's Repsol and Poland's Orlen.")
    assert agreements(text) == [("Agreement", {VG, SHELL}), ("Agreement", {VG, REPSOL}), ("Agreement", {VG, ORLEN})]
    assert pairs(text) == {frozenset({VG, SHELL}), frozenset({VG, REPSOL}), frozenset({VG, ORLEN})}


def test_sale_and_purchase_agreements_by_their_short_name_are_contracts():
    text = "Venture Global has signed long-term SPAs with Shell, Spain's Repsol and Poland's Orlen."
    assert agreements(text) == [("Contract", {VG, SHELL}), ("Contract", {VG, REPSOL}), ("Contract", {VG, ORLEN})]


def test_the_press_agency_of_the_same_letters_is_no_instrument():
    text = "RIYADH, SPA -- Saudi Arabia and Egypt signed an agreement on electricity interconnection."
    assert agreements(text) == [("Agreement", {"state/SAU", "state/EGY"})]


def test_deals_after_a_signing_verb_and_a_modifier_are_instruments_not_a_verb():
    text = "Venture Global has signed supply deals with several European buyers, including Shell and Orlen."
    assert agreements(text) == [("Contract", {VG, SHELL}), ("Contract", {VG, ORLEN})]


def test_a_resumed_supply_ties_the_seller_and_the_buyer():
    text = "In April 2018, after a break of nine years, Tajikistan resumed electricity exports to Uzbekistan."
    assert pairs(text) == {frozenset({"state/TJK", "state/UZB"})}


def test_a_supply_only_planned_ties_no_one():
    assert pairs("Tajikistan plans to resume electricity exports to Uzbekistan next year.") == set()


def test_what_a_firm_will_develop_together_with_others_is_their_joint_work():
    text = ("TotalEnergies will develop it together with the sovereign wealth fund Samruk-Kazyna and the national "
            "oil and gas company KazMunayGas, according to the company.")
    assert pairs(text) == {frozenset({TOTAL, SAMRUK}), frozenset({TOTAL, KMG}), frozenset({SAMRUK, KMG})}


def test_what_a_firm_will_not_develop_with_another_ties_no_one():
    assert pairs("TotalEnergies will not develop it together with KazMunayGas.") == set()


def test_firms_completing_a_work_together_work_together():
    text = "Avangrid and Copenhagen Infrastructure Partners are completing the 806 MW Vineyard Wind 1 offshore wind farm."
    assert pairs(text) == {frozenset({"organization/avangrid", "organization/copenhagen-infrastructure-partners"})}


def test_a_province_several_states_have_is_the_one_of_the_state_named():
    f = facts("Pakistan and China signed a contract for a nuclear plant at Chashma in Punjab's Mianwali district.")
    places = {k: e.country for k, e in f.entities.items() if k.startswith("place/")}
    assert places == {"place/chashma": "PAK", "place/punjab-pak": "PAK", "place/mianwali": "PAK"}


def test_the_works_place_and_the_province_it_lies_in_are_not_where_the_contract_was_signed():
    text = ("ISLAMABAD: Pakistan and China on Tuesday signed a contract for the construction of a nuclear power "
            "plant at Chashma in Punjab.")
    assert [(a.kind, set(a.parties), a.place) for a in facts(text).agreements] == [
        ("Contract", {"state/PAK", "state/CHN"}, "place/islamabad")]


def test_the_speaker_after_a_list_of_firms_is_no_firm():
    text = ("The agreement was signed between the state-owned BOTAS and Turkmenistan's state gas company "
            "Turkmengaz, Bayraktar said in a statement.")
    assert not any("bayraktar" in k for k in facts(text).entities)
    # any verb of the "speech" trigger table reports, not only "said"
    confirmed = text.replace("said in a statement", "confirmed on Tuesday")
    assert not any("bayraktar" in k for k in facts(confirmed).entities)


def test_the_document_signed_on_a_day_and_at_a_place_is_the_agreement_just_read():
    text = ("Bishkek, May 6. Kyrgyzstan, Kazakhstan and Uzbekistan have signed an agreement on the construction "
            "of the Kambarata hydropower plant. The document was signed in Vienna on Monday.")
    assert [(set(a.parties), a.date, a.place) for a in facts(text).agreements] == [
        ({"state/KGZ", "state/KAZ", "state/UZB"}, "2025-05-05", "place/vienna")]


def test_a_firm_and_its_counterpart_named_after_it_sign_together():
    text = ("Irish grid operator EirGrid and its French counterpart Reseau de Transport d'Electricite (RTE) have "
            "signed contracts with Siemens Energy and Nexans for the Celtic Interconnector.")
    firms = {"organization/eirgrid", "organization/reseau-de-transport-d-electricite"}
    assert agreements(text) == [("Contract", firms | {"organization/siemens-energy"}),
                                ("Contract", firms | {"organization/nexans"})]


def test_a_line_told_again_crosses_only_the_states_its_sentence_names():
    text = ("EirGrid and RTE signed contracts for the Celtic Interconnector, a 700MW link that will connect Ireland "
            "and France. Since the United Kingdom left the European Union, the UK has been a separate market. "
            "The interconnector will be around 575km long and will run along the bed of the Celtic Sea.")
    assert [(p.capacity_mw, set(p.hosts)) for p in facts(text).projects] == [(700.0, {"state/IRL", "state/FRA"})]


def test_a_deal_that_names_its_own_sides_in_a_series_is_an_instrument_of_its_own():
    text = ("NEW DELHI: India and the UAE on Monday signed a series of energy agreements, including a 15-year LNG "
            "supply deal between Indian Oil Corporation (IOC) and Abu Dhabi National Oil Company (ADNOC) and a "
            "memorandum of understanding on civil nuclear cooperation.")
    assert agreements(text) == [("Contract", {"organization/indian-oil-corporation", "organization/adnoc"}),
                                ("MemorandumOfUnderstanding", {"state/IND", "state/ARE"})]


def test_a_joint_venture_named_in_no_list_signs_and_its_owners_do_not():
    text = ("In a separate pact signed on Monday, Urja Bharat, a joint venture of IOC and Bharat PetroResources Ltd "
            "(BPRL), signed a production concession agreement with ADNOC for Abu Dhabi Onshore Block 1.")
    f = facts(text)
    assert f.entities["organization/urja-bharat"].kind == "Company"
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"organization/urja-bharat", "organization/adnoc"})]


def test_a_partner_named_by_a_copula_works_with_the_one_it_is_a_partner_of():
    qatar = {"organization/conocophillips", "organization/qatarenergy"}
    assert pairs("The gas comes from the North Field East project, in which ConocoPhillips is a partner of "
                 "QatarEnergy.") == {frozenset(qatar)}
    assert pairs("Russia has long been China's main energy partner.") == {frozenset({"state/RUS", "state/CHN"})}


def test_a_trading_partner_or_a_partner_only_hoped_for_is_no_joint_work():
    assert pairs("China is Kazakhstan's largest trading partner.") == set()
    assert pairs("ConocoPhillips could become a partner of QatarEnergy.") == set()


def _works(text):
    return [(set(p.technologies), set(p.hosts), p.label) for p in facts(text).projects]


def test_a_named_oil_or_gas_field_or_block_is_a_work():
    assert _works("Azerbaijan and Turkmenistan are developing the Dostlug field in the Caspian Sea.") == [
        ({"oil", "natural gas"}, {"state/AZE", "state/TKM"}, "Dostlug field")]
    assert _works("Neighbouring Guyana, where an ExxonMobil-led consortium has been producing oil from the Stabroek "
                  "block since 2019, now pumps 600,000 barrels a day, Suriname's minister said.") == [
        ({"oil"}, {"state/GUY"}, "Stabroek block")]


def test_a_named_development_is_a_work_only_where_its_hydrocarbons_are_named():
    assert _works("TotalEnergies took the final investment decision on the GranMorgu development offshore Suriname, "
                  "the country's first offshore oil project.") == [({"oil"}, {"state/SUR"}, "GranMorgu development")]
    assert _works("Officials discussed the Ruwais development with Suriname.") == []


def test_a_field_of_work_is_no_oil_field():
    assert _works("Experts in the Energy field from Suriname met in Paramaribo.") == []


def _events(text):
    return [(e.kind, e.place, e.date) for e in facts(text).events]


def test_talks_held_the_same_day_as_a_signing_take_its_day_and_place():
    text = ("The supply was set out in a memorandum that SOCAR and Syria's Ministry of Energy signed in Baku on March "
            "12, during the first visit to Azerbaijan by Syrian President Ahmed al-Sharaa. Al-Sharaa held talks with "
            "Azerbaijani President Ilham Aliyev the same day.")
    assert ("Meeting", "place/baku", "2025-03-12") in _events(text)


def test_talks_in_a_where_clause_are_held_at_the_place_it_stands_for():
    text = ("The document was signed in Beijing, where Russian President Vladimir Putin held talks with Chinese "
            "President Xi Jinping today after attending a summit in Tianjin.")
    assert ("Meeting", "place/beijing", "2025-05-06") in _events(text)


def test_a_deal_ranked_by_an_apposition_is_one_instrument_of_its_own_day():
    text = ("DOHA, May 6 - Qatar will send LNG to Germany under two deals signed on Tuesday with ConocoPhillips. "
            "Most of the new volumes have been sold to Asian buyers. On April 21, QatarEnergy signed a 27-year deal "
            "to supply 4 mtpa to China's Sinopec, the longest LNG supply agreement in the industry's history.")
    found = [(a.kind, set(a.parties), a.date, a.place) for a in facts(text).agreements]
    assert ("Contract", {"organization/qatarenergy", "organization/sinopec"}, "2025-04-21", None) in found
    assert all(a[2] != "2025-04-21" for a in found if "organization/conocophillips" in a[1])


def test_a_holding_split_between_firms_makes_them_co_holders():
    text = ("The remaining 60 percent is split equally between Abu Dhabi Future Energy Company, better known as "
            "Masdar, France's EDF Renewables and China's JinkoPower.")
    firms = ["organization/masdar", "organization/edf-renewables", "organization/jinkopower"]
    assert pairs(text) == {frozenset({a, b}) for a in firms for b in firms if a < b}
    assert pairs("The market is split between Masdar and EDF Renewables.") == set()


def test_an_acronym_the_text_defines_names_its_own_firm_not_a_listed_one():
    text = ("Aramco will supply crude to Zhejiang Petroleum and Chemical Co (ZPC), a Rongsheng affiliate. ZPC runs "
            "a refining complex in Zhoushan.")
    f = facts(text)
    assert f.entities["organization/zhejiang-petroleum-and-chemical-co"].kind == "Company"
    assert not any("zimbabwe" in k for k in f.entities)


def test_corporate_words_after_a_name_go_on_with_it():
    f = facts("Aramco signed the deal with China North Industries Group Corporation and Panjin Xincheng Industrial Group.")
    assert "organization/group-corporation" not in f.entities
    assert "China North Industries Group Corporation" in f.entities["organization/china-north-industries"].alt_labels


def test_plants_listed_by_place_with_capacities_in_brackets_are_one_each():
    text = ("Masdar has built a 500 MW wind farm in Zarafshan and solar plants in Samarkand (100 MW) and "
            "Bukhara (220 MW) in Uzbekistan.")
    found = {(p.capacity_mw, p.technologies, p.locations) for p in facts(text).projects}
    assert {(100.0, ("solar",), ("place/samarkand",)), (220.0, ("solar",), ("place/bukhara",))} <= found


def test_a_town_placed_in_a_province_of_another_state_is_that_states_town():
    text = ("The plant will be built at the Atucha nuclear complex in the town of Lima, in the Zarate district of "
            "Buenos Aires province, on the banks of the Parana River.")
    f = facts(text)
    assert f.entities["place/lima-arg"].country == "ARG"
    assert "place/lima" not in f.entities
    assert facts("The talks were held in Lima, Peru.").entities["place/lima"].country == "PER"


def test_a_name_opening_in_lower_case_with_a_capital_inside_is_a_listed_firm():
    text = "It is being developed by the New York Power Authority together with the renewable energy companies Invenergy and energyRe."
    firms = ["organization/new-york-power-authority", "organization/invenergy", "organization/energyre"]
    assert pairs(text) == {frozenset({a, b}) for a in firms for b in firms if a < b}


def test_a_list_items_last_field_is_where_its_work_stands():
    text = ("The sponsors signed power purchase agreements for five solar plants:\n"
            "- Bisha, 3,000 MW solar PV, Asir Province\n- Humaij, 3,000 MW solar PV, Madinah Province\n")
    found = sorted((p.capacity_mw, p.locations, p.hosts) for p in facts(text).projects)
    assert [(c, len(loc), h) for c, loc, h in found] == [(3000.0, 1, ("state/SAU",)), (3000.0, 1, ("state/SAU",))]
    assert found[0][1] != found[1][1]


def test_a_works_name_the_recogniser_takes_for_a_person_is_no_person():
    f = facts("National Grid said Viking Link would save consumers about GBP 400m over ten years.")
    assert not any(k.startswith("person/") for k in f.entities)


def test_an_event_and_a_names_second_word_are_no_places():
    f = facts("The alliance was signed in December 2023, at COP28 in Dubai. In the United States, Avangrid is "
              "completing a wind farm south of Martha's Vineyard, Massachusetts.")
    assert {k for k in f.entities if k.startswith("place/")} == {"place/dubai", "place/massachusetts"}
    assert facts("The plant is in Kazakhstan's Mangystau region.").entities["place/mangystau"].country == "KAZ"


def test_a_firms_name_ends_at_the_full_stop_of_its_sentence():
    f = facts("Hyphen is a joint venture between Nicholas Holdings and the German renewable energy company "
              "Enertrag. It was named preferred bidder in 2021.")
    assert "organization/enertrag" in f.entities and not any("enertrag-it" in k for k in f.entities)


def test_a_line_with_a_weekday_and_a_date_is_no_dateline():
    f = facts("First Quarter 2024 Results Conference Call\nFriday, May 3, 2024\n\nEditor's note: the call was held.")
    assert not any(k.startswith("place/") for k in f.entities)


def test_a_visit_told_in_a_when_clause_after_since_takes_that_month():
    text = ("Energy cooperation has been on the agenda since March, when German Economy Minister Robert Habeck "
            "travelled to Doha to discuss LNG supplies.")
    assert ("Visit", "place/doha", "2025-03") in _events(text)


def test_a_visit_counted_since_a_year_is_not_of_that_year():
    text = "The Kingdom and China concluded a series of deals during Xi's first visit to Saudi Arabia since 2016."
    assert [(e.kind, e.date) for e in facts(text).events] == [("Visit", "2025-05")]


def test_firms_belong_to_a_body_of_firms_told_by_to_which():
    text = ("NamPower buys power from South Africa's Eskom through the Southern African Power Pool (SAPP), to which "
            "both NamPower and Eskom belong.")
    pool = "organization/southern-african-power-pool"
    assert {(m.member, m.organization, m.role) for m in facts(text).memberships} == {
        ("organization/nampower", pool, "member"), ("organization/eskom", pool, "member")}


def test_a_link_to_another_story_between_two_paragraphs_ends_no_story():
    text = ("Namibia signed an implementation agreement with Hyphen Hydrogen Energy on Friday.\n\n"
            "Read more: Namibia's hydrogen strategy targets 10 million tonnes\n\n"
            "Power supply\n\n"
            "The country relies on imports for much of its electricity. NamPower buys power from South Africa's "
            "Eskom through the Southern African Power Pool (SAPP), to which both NamPower and Eskom belong.")
    assert {"organization/nampower", "organization/eskom"} <= set(facts(text).entities)


def test_it_after_and_in_a_second_predicate_is_the_sentences_subject():
    text = ("Iran is a founding member of the Asian Infrastructure Investment Bank (AIIB), and since 2005 it has been "
            "an observer in the Shanghai Cooperation Organization (SCO).")
    assert ("state/IRN", "organization/shanghai-cooperation-organization", "observer") in \
        {(m.member, m.organization, m.role) for m in facts(text).memberships}
