"""Filings and finance news: a defined term ("the "Company""), a signer acting through its units, quoted short
forms in a list, a side after the noun's complements, separate sales agreements with each buyer, lenders
counted and then named, co-owners (and the firm they own, which is none of them), units named by their parent
and region, a firm named after its state, conditions and second clauses that make no party, "the two" after a
time adverbial, a year that names another thing, peers, and a town after "in" (twenty-fourth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, pairs


def _labels(f, kind: str) -> set[str]:
    return {e.label for e in f.entities.values() if e.kind == kind}


def test_a_filings_defined_term_is_the_company_it_defines():
    text = ('On 3 March 2025, Kestrel Midstream Corporation (the "Company") made a final investment decision on '
            "its Marlow LNG terminal.\n\nMarlow Terminal LLC issued a notice to proceed to Bechtel Energy Inc.\n\n"
            "The terminal is underpinned by long-term sale and purchase agreements that the Company has entered "
            "into with Verdana Power and Calix Renewables.")
    assert agreements(text) == [("Contract", {"organization/kestrel-midstream-corporation", "organization/verdana-power"}),
                                ("Contract", {"organization/kestrel-midstream-corporation",
                                              "organization/calix-renewables"})]


def test_sales_agreements_with_several_buyers_are_one_with_each_even_after_a_decimal():
    text = ("Kestrel Midstream Corporation made a final investment decision on its Marlow LNG terminal.\n\n"
            "The terminal is underpinned by sale and purchase agreements that the company and its subsidiaries "
            "have entered into for a total of 16.2 mtpa with Verdana Power, Calix Energy and Orvane Power.")
    expected = {frozenset({"organization/kestrel-midstream-corporation", k}) for k in
                ("organization/verdana-power", "organization/calix-energy", "organization/orvane-power")}
    assert {frozenset(p) for _, p in agreements(text)} == expected
    assert pairs(text) == expected  # the buyers do not work with one another


def test_a_signer_acting_through_its_units_and_a_side_after_the_nouns_complements():
    text = ('On 3 March 2025, Kestrel Midstream Corporation (the "Company"), through its subsidiaries, entered into '
            'a joint venture agreement governing the ownership of Marlow LNG, LLC ("Marlow"), the entity developing '
            'the terminal in Brownsville, Texas, with affiliates of Global Infrastructure Partners ("GIP"), GIC, '
            'Verdana Power ("Verdana") and Calix Renewables ("Calix").')
    assert agreements(text) == [("Agreement", {"organization/kestrel-midstream-corporation",
                                               "organization/global-infrastructure-partners", "organization/gic-private-limited",
                                               "organization/verdana-power", "organization/calix-renewables"})]


def test_lenders_counted_then_named_each_sign_with_the_borrower():
    expected = [("Agreement", {"organization/kestrel-wind", "organization/european-investment-bank"}),
                ("Agreement", {"organization/kestrel-wind", "organization/kfw-development-bank"})]
    text = ("Kestrel Wind signed financing agreements on Wednesday with a group of more than 20 commercial banks. "
            "Among them are the European Investment Bank and KfW.")
    assert agreements(text) == expected
    text = ("Kestrel Wind signed financing agreements on Wednesday with 23 banks, including the European Investment "
            "Bank and KfW.")
    assert agreements(text) == expected
    # (a group never named makes no instrument)
    assert agreements("Kestrel Wind signed financing agreements on Wednesday with 23 banks.") == []


def test_co_owners_work_together_but_not_with_the_firm_they_own():
    text = "Jointly owned by Verdana Power, Calix Energy and Orvane Power, Kestrel Wind is targeting 10 GW by 2030."
    assert pairs(text) == {frozenset({"organization/verdana-power", "organization/calix-energy"}),
                           frozenset({"organization/verdana-power", "organization/orvane-power"}),
                           frozenset({"organization/calix-energy", "organization/orvane-power"})}


def test_a_venture_whose_shares_a_relative_clause_gives_does_not_make_its_owner_a_signer():
    text = ("Poland's Orlen and Canada's Northland Power have reached financial close on the Baltic Power offshore "
            "wind farm. Baltic Power, a joint venture in which Orlen holds 51% and Northland 49%, signed financing "
            "agreements on Wednesday with 23 banks, including the European Investment Bank.")
    assert pairs(text) == {frozenset({"organization/orlen", "organization/northland-power"}),
                           frozenset({"organization/baltic-power", "organization/european-investment-bank"})}


def test_two_owners_are_split_after_owned_by():
    f = facts("The government signed an agreement with Kestrel Hydrogen, owned by Germany's Enertrag and Marlow "
              "Holdings, for a project near the coast.")
    assert {"Enertrag", "Marlow Holdings", "Kestrel Hydrogen"} <= _labels(f, "Company")
    assert "Enertrag and Marlow Holdings" not in _labels(f, "Company")


def test_a_listed_firms_unit_named_by_its_region_or_state_is_a_firm_of_its_own():
    f = facts("The deal was signed by Shell Energy Australia and BP Exploration Operating Company.")
    assert {"Shell Energy Australia", "BP Exploration Operating Company"} <= _labels(f, "Company")
    text = "Kestrel Midstream Corporation signed agreements with ExxonMobil LNG Asia Pacific and Calix Renewables."
    assert "ExxonMobil LNG Asia Pacific" in _labels(facts(text), "Company")
    assert {frozenset(p) for _, p in agreements(text)} == {
        frozenset({"organization/kestrel-midstream-corporation", "organization/exxonmobil-lng-asia-pacific"}),
        frozenset({"organization/kestrel-midstream-corporation", "organization/calix-renewables"})}


def test_a_firm_named_after_its_state_is_no_mention_of_the_state():
    f = facts("Kestrel Midstream signed agreements with China Gas Hongda Energy Trading and Calix Renewables.")
    assert "China Gas Hongda Energy Trading" in _labels(f, "Company")
    assert "state/CHN" not in f.entities


def test_what_a_deal_depends_on_and_a_second_clause_make_no_party():
    text = ("The second phase depends on a final investment decision and on a transmission agreement with Marlow "
            "Gas Lines, which the government approved in May 2023.")
    assert agreements(text) == []
    text = ("The Islamic Development Bank has already signed a $150 million loan for the project, and discussions "
            "are under way with other partners, among them the Asian Infrastructure Investment Bank and the OPEC "
            "Fund for International Development.")
    assert agreements(text) == []


def test_the_two_after_a_time_adverbial_are_the_sides_named_before_and_a_year_naming_a_plan_is_no_date():
    text = ("Foreign Secretary Alan Brigg flew to Rabat to co-chair the UK-Morocco Strategic Dialogue with his "
            "Moroccan counterpart, Karim Bennani. On June 1 the two signed a joint communiqué, in which London "
            "described Morocco's 2007 autonomy plan for Western Sahara as the most credible basis for a settlement.")
    f = facts(text)
    assert [(a.kind, set(a.parties), a.date) for a in f.agreements] == [
        ("JointStatement", {"state/GBR", "state/MAR"}, "2024-06-01")]  # (the June before the report's May)


def test_a_peer_is_named_by_style_and_seat_and_a_town_after_in_is_no_person():
    f = facts("In Rabat in May 2023, Bennani and Lord Ahmad of Wimbledon, then a Foreign Office minister, signed a "
              "framework on clean energy. Baroness Hayman of Dartmouth Park met the Lord Mayor of London.")
    assert {"Lord Ahmad of Wimbledon", "Baroness Hayman of Dartmouth Park"} <= _labels(f, "Person")
    assert "Wimbledon" not in _labels(f, "Company")
    f = facts("At the climate conference in Sharm El-Sheikh, Egypt, European Commission President Ursula von der "
              "Leyen and President Hage Geingob signed a memorandum of understanding.")
    assert "Sharm el-Sheikh" in _labels(f, "Place")
    assert _labels(f, "Person") == {"Ursula von der Leyen", "Hage Geingob"}


def test_a_contract_worth_a_sum_that_was_signed_with_a_utility_has_it_as_a_party():
    text = ("The plant is being built by a joint venture of two Egyptian companies, Arab Contractors and Elsewedy "
            "Electric, under a construction contract worth about $2.9bn that was signed with TANESCO in Dar es "
            "Salaam in December 2018.")
    assert agreements(text) == [("Contract", {"organization/arab-contractors", "organization/elsewedy-electric",
                                              "organization/tanzania-electric-supply-company"})]


def test_a_group_after_and_that_signs_opens_a_clause_of_its_own():
    text = ("Kestrel Power will import up to 100MW from Marlow Energy Company. Verdana Power and Calix Energy are "
            "wheeling the electricity. Kestrel Power signed the power purchase agreement with Marlow Energy Company, "
            "and the four utilities signed a wheeling agreement.")
    four = {"organization/kestrel-power", "organization/marlow-energy-company", "organization/verdana-power",
            "organization/calix-energy"}
    assert agreements(text) == [("Contract", {"organization/kestrel-power", "organization/marlow-energy-company"}),
                                ("Agreement", four)]


def test_a_deal_said_to_be_signed_is_the_one_of_the_sides_that_opened_the_story():
    text = ("Verdana Power and Calix Energy are to combine their offshore assets in a new joint venture, the two "
            "companies announced on Thursday. The venture will be based in Aberdeen. The deal has been signed, but "
            "it is not yet done.")
    assert agreements(text) == [("Agreement", {"organization/verdana-power", "organization/calix-energy"})]


def test_amounts_a_plan_aims_at_are_no_plants_and_counted_plants_each_stand_at_their_place():
    f = facts("The Ministry of Energy of Uzbekistan aims to raise the share of renewables to 25% by 2030, with around "
              "5 GW of solar and 3 GW of wind capacity.")
    assert f.projects == []
    f = facts("Masdar has been selected for two solar projects of 220 MW each in the Samarkand and Jizzakh regions of "
              "Uzbekistan.")
    assert sorted((p.technologies, p.capacity_mw, p.hosts, p.locations) for p in f.projects) == [
        (("solar",), 220.0, ("state/UZB",), ("place/jizzakh",)),
        (("solar",), 220.0, ("state/UZB",), ("place/samarkand",))]


def test_talks_in_a_second_predicate_add_nothing_to_the_plant_before():
    f = facts("Saudi Arabia's ACWA Power is building a 1.5 GW gas-fired plant in the Sirdarya region of Uzbekistan and "
              "has been in talks about wind projects in Karakalpakstan.")
    assert [(p.technologies, p.capacity_mw) for p in f.projects] == [(("natural gas",), 1500.0)]


def test_the_bodies_that_sign_for_the_states_named_first_are_the_parties():
    text = ("Laos, Thailand and Malaysia have signed an agreement on the transmission of electricity in Bangkok. "
            "The agreement was signed by Deputy Managing Director of Electricite du Laos (EDL) Mr Souksavath "
            "Sosouphanh, Governor of EGAT Dr Nerin Phauwanit, and Chief Grid Officer of Malaysia's Tenaga Nasional "
            "Berhad (TNB) Mr Hasmarizal Hassan.")
    assert agreements(text) == [("Agreement", {"organization/electricite-du-laos",
                                               "organization/electricity-generating-authority-of-thailand",
                                               "organization/tenaga-nasional"})]
    # (ministers who sign for their states leave the states the parties)
    text = ("Laos and Thailand have signed an agreement on the transmission of electricity in Bangkok. The agreement "
            "was signed by Lao Minister of Energy and Mines Phosay Sayasone and Thai Energy Minister Pirapan "
            "Salirathavibhaga.")
    assert agreements(text) == [("Agreement", {"state/LAO", "state/THA"})]


def test_bilateral_talks_after_a_hosting_are_a_meeting_of_the_two_where_they_met():
    f = facts("Kenya and Tanzania on Tuesday signed a memorandum of understanding on a gas pipeline. "
              "The MoU was among several agreements signed at State House, Nairobi, where President Uhuru Kenyatta "
              "hosted his Tanzanian counterpart Samia Suluhu Hassan. Addressing a joint press conference after "
              "bilateral talks that lasted more than three hours, President Suluhu said the pipeline was a long-term "
              "project.")
    assert [(e.kind, set(e.participants), e.place) for e in f.events if e.kind == "Meeting"] == [
        ("Meeting", {"state/KEN", "state/TZA"}, "place/nairobi")]


def test_their_bilateral_meeting_is_the_leaders_and_a_leaders_name_keeps_its_state_without_its_point():
    f = facts("Philippine President Ferdinand Marcos Jr. and visiting South Korean President Yoon Suk Yeol announced "
              "the upgrade after their bilateral meeting in Malacanang, Manila, on Monday.")
    assert [(e.kind, set(e.participants), e.place) for e in f.events if e.kind == "Meeting"] == [
        ("Meeting", {"state/PHL", "state/KOR"}, "place/manila")]


def test_a_unit_named_before_its_province_lies_in_the_provinces_country_and_so_does_the_plant():
    f = facts("Purwakarta, West Java (ANTARA) - President Joko Widodo on Thursday inaugurated the Cirata Floating Solar "
              "Power Plant in Purwakarta District, West Java Province, a 192 MW facility in Indonesia. It was developed "
              "with Abu Dhabi-based Masdar of the United Arab Emirates.")
    assert f.entities["place/purwakarta-district"].country == "IDN"
    assert [(p.capacity_mw, p.hosts) for p in f.projects] == [(192.0, ("state/IDN",))]


def test_a_unit_symbol_in_brackets_after_the_figure_keeps_the_plants_technology():
    f = facts("The reservoir in Indonesia also feeds the 1,000-megawatt (MW) Cirata hydropower plant of PT PLN (Persero).")
    assert [(p.technologies, p.capacity_mw) for p in f.projects] == [(("hydro",), 1000.0)]


def test_what_a_firm_operates_in_plants_of_several_kinds_is_its_fleet():
    f = facts("Terna Energy operates about 1.2 gigawatts (GW) of wind, solar, hydro and biomass plants, most of them "
              "in Greece.")
    assert f.projects == []


def test_a_firm_a_two_word_states_name_opens_is_one_firm():
    f = facts("The smelter is run by New Zealand Aluminium Smelters, which signed contracts with Meridian Energy and "
              "Contact Energy.")
    assert "New Zealand Aluminium Smelters" in _labels(f, "Company")
    assert "state/NZL" not in f.entities


def test_a_name_its_acronym_spells_is_a_body_and_a_named_venture_wins_its_contract():
    text = ("The civil works are carried out by Future Generation Joint Venture (FGJV), a consortium of Italian-owned "
            "Webuild and Australian engineering firm Clough, which was awarded a $5.1 billion contract by Snowy Hydro "
            "in April 2019.")
    assert agreements(text) == [("Contract", {"organization/snowy-hydro", "organization/future-generation-joint-venture"})]
    # (a work its acronym names is no body: "the East Mediterranean Gas (EMG) pipeline")
    f = facts("Gas has flowed to Egypt since 2020 through the East Mediterranean Gas (EMG) pipeline.")
    assert _labels(f, "Company") == set()


def test_a_things_name_a_features_name_and_a_compound_demonym_before_a_consortium():
    f = facts("The delay in Australia was caused by a tunnel boring machine named Florence, which became stuck.")
    assert _labels(f, "Place") == set()
    f = facts("The Coral Sul facility in the Rovuma Basin off Mozambique is run through Mozambique Rovuma Venture (MRV).")
    assert "Rovuma Basin" in _labels(f, "Place")
    text = ("The reactor in Finland was built by a French-German consortium of Areva and Siemens, with which TVO "
            "signed a turnkey contract in December 2003.")
    assert agreements(text) == [("Contract", {"organization/areva", "organization/siemens",
                                              "organization/teollisuuden-voima"})]


def test_a_surname_in_capitals_before_the_given_name_is_the_person_in_the_usual_order():
    f = facts("On the occasion of the visit to India by Prime Minister KISHIDA Fumio of Japan, the summit was held in "
              "New Delhi.")
    person = f.entities["person/fumio-kishida"]
    assert (person.label, person.alt_labels, person.represents) == ("Fumio Kishida", {"KISHIDA Fumio"}, "state/JPN")


def test_the_other_members_of_a_consortium_led_by_a_firm_work_with_it_and_one_another():
    text = ("The pilot is run by a consortium of Japanese firms led by Kawasaki Heavy Industries. The other members "
            "are Iwatani Corp., Shell Japan and Marubeni Corp.")
    firms = ["organization/kawasaki-heavy-industries", "organization/iwatani", "organization/shell-japan",
             "organization/marubeni"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_an_agreement_told_then_named_is_one_and_a_treaty_level_deal_no_treaty():
    text = ("Australia and Singapore have signed what both sides are calling a world-first green economy agreement, "
            "a treaty-level deal. The Singapore-Australia Green Economy Agreement was signed in Canberra on Tuesday "
            "by the two trade ministers.")
    f = facts(text)
    assert [(a.kind, set(a.parties), a.place) for a in f.agreements] == [
        ("Agreement", {"state/AUS", "state/SGP"}, "place/canberra")]


def test_a_relationship_raised_to_a_partnership_is_the_stories_two_states_and_so_is_their_leaders_meeting():
    f = facts("Australia and Singapore have signed a green economy agreement in Canberra, with Prime Minister Anthony "
              "Albanese and his Singaporean counterpart looking on at the annual leaders' meeting between the two "
              "countries. The deal is the latest layer in a relationship that was elevated to a comprehensive "
              "strategic partnership in 2015.")
    assert [(set(p.partners), p.level) for p in f.partnerships] == [
        ({"state/AUS", "state/SGP"}, "comprehensive strategic partnership")]
    assert [(e.kind, set(e.participants)) for e in f.events] == [("Meeting", {"state/AUS", "state/SGP"})]


def test_an_acronym_that_spells_the_words_after_and_splits_the_two_firms():
    text = ("ACWA Power, Badeel and Saudi Aramco Power Company (SAPCO) have signed power purchase agreements with the "
            "Saudi Power Procurement Company (SPPC).")
    assert agreements(text) == [("Contract", {"organization/acwa-power", "organization/badeel",
                                              "organization/saudi-aramco-power-company",
                                              "organization/saudi-power-procurement-company"})]


def test_shares_given_after_a_firms_state_or_its_short_form_still_make_co_owners():
    text = ("Kestrel Wind is owned by a consortium of Verdana Power (20%), Calix Energy (20%), Engie S.A. of France "
            "(35%) and Orascom Construction S.A.E. of Egypt (25%).")
    owners = ["organization/verdana-power", "organization/calix-energy", "organization/engie",
              "organization/orascom-construction"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(owners) for b in owners[i + 1:]}
    text = "Marlow C will be owned by Centrica (15%), Électricité de France SA (EDF; 12.5%) and Calix Energy (7.6%)."
    owners = ["organization/centrica", "organization/edf", "organization/calix-energy"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(owners) for b in owners[i + 1:]}


def test_an_events_place_is_not_the_place_its_name_opens_with():
    f = facts("Frederiksen hosted Scholz, Rutte and De Croo at the North Sea Summit on Wednesday.")
    assert [e.place for e in f.events] == [None]


def test_a_ships_charter_is_a_contract_and_a_deal_takes_the_date_of_its_own_clause():
    text = ("Norwegian owner Hoegh Evi has signed a ten-year time charter with the Egyptian Natural Gas Holding Company "
            "(EGAS) for the Hoegh Gandria.")
    assert [k for k, _ in agreements(text)] == ["Contract"]
    f = facts("Kestrel Wind aims to grow. In February it agreed to buy Spanish operator Saeta Yield from Canada's "
              "Brookfield, and last year it took a stake in a wind farm.")
    assert [(a.kind, set(a.parties), a.date) for a in f.agreements] == [
        ("Contract", {"organization/kestrel-wind", "organization/brookfield-asset-management"}, "2025-02")]


def test_the_other_partners_after_the_operator_share_its_venture_even_set_off_by_semicolons():
    text = ("Shell PLC, which owns 40 per cent of the venture, is the operator. The other partners are Malaysia's "
            "Petronas, with 25 per cent; PetroChina, with 15 per cent; and Korea Gas Corp., with 5 per cent.")
    firms = ["organization/shell", "organization/petronas", "organization/petrochina", "organization/korea-gas-corporation"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_owners_named_after_the_word_work_together_and_a_member_in_apposition_is_a_member():
    text = "The link started commercial operations on Friday, owners National Grid and Energinet said."
    assert pairs(text) == {frozenset({"organization/national-grid", "organization/energinet"})}
    f = facts("Venezuela, another OPEC member, is the only South American country in the organisation.")
    assert [(m.member, m.organization, m.role) for m in f.memberships] == [
        ("state/VEN", "organization/organization-of-the-petroleum-exporting-countries", "member")]


def test_a_joint_communique_of_intent_is_a_declaration():
    assert agreements("Germany and Namibia signed a joint communiqué of intent on hydrogen.") == [
        ("Declaration", {"state/DEU", "state/NAM"})]


def test_leaders_named_with_their_offices_in_a_list_sign_for_their_states():
    text = ("MADRID - The president of the Government, Pedro Sánchez, the president of France, Emmanuel Macron, and "
            "the Portuguese prime minister, António Costa, sealed on Friday in Alicante the agreement to build H2Med.")
    f = facts(text)
    assert f.entities["person/pedro-sanchez"].represents == "state/ESP"  # (Spain named only by its places)
    assert [(a.kind, set(a.parties), a.place) for a in f.agreements] == [
        ("Agreement", {"state/ESP", "state/FRA", "state/PRT"}, "place/alicante")]
