"""Rules written in their general form (they replaced rules that matched one sentence each).

Documents written for these tests go through the whole extractor.
"""
from __future__ import annotations

import pytest

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def facts(text: str):
    return extract(DocumentRecord("t.txt", text, published="2025-05-06"))


def test_a_named_refinery_or_terminal_is_an_oil_project():
    found = facts("Nigeria opened the Lekki Refinery on Monday.").projects
    assert [(p.label, p.technologies, p.hosts) for p in found] == [("Lekki Refinery", ("oil",), ("state/NGA",))]


def test_a_named_link_is_a_transmission_project():
    found = facts("Egypt and Greece agreed on the GREGY Power Link on Monday.").projects
    assert [(p.label, p.technologies) for p in found] == [("GREGY Power Link", ("transmission",))]


def test_capacity_set_aside_for_a_buyer_is_not_a_plant():
    assert facts("Kenya has reserved 300 MW of solar power for Uganda.").projects == []


def memberships(text: str) -> set[tuple[str, str, str]]:
    return {(m.member, m.organization, m.role) for m in facts(text).memberships}


def test_a_company_that_became_an_observer_is_one():
    found = memberships("Last year Ukrenergo became an observer member of ENTSO-E.")
    assert found == {("organization/ukrenergo",
                      "organization/european-network-of-transmission-system-operators-for-electricity", "observer")}


def test_contracting_parties_are_members():
    found = memberships("The Energy Community, in which Georgia and Moldova are contracting parties, backed the plan.")
    assert found == {("state/GEO", "organization/energy-community", "member"),
                     ("state/MDA", "organization/energy-community", "member")}


def test_an_agency_standing_near_member_states_is_not_a_member():
    text = ("The meeting was chaired by the head of the Danish Energy Agency, and attended by officials "
            "of the member states of the European Union.")
    assert not any(m[0] != "state/DNK" and not m[0].startswith("state/") for m in memberships(text))


def test_a_name_closing_an_opening_adverbial_is_not_a_signer():
    found = facts("Hosted by Germany, Kenya and Ethiopia signed a memorandum on grid cooperation in Berlin.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"state/KEN", "state/ETH"})]
    assert {c.actors for c in found.cooperations} == {("state/ETH", "state/KEN")}


def test_a_hedged_agreement_gives_nothing():
    found = facts("Kenya and Ethiopia could sign a memorandum on grid cooperation next year, officials said.")
    assert found.agreements == [] and found.cooperations == []


def test_the_subsidiary_refers_back_to_the_last_company_named():
    found = facts("Iberdrola owns most of Verdana Power Holdings. "
                  "The subsidiary signed a supply contract with Petrobras on Monday.")
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("Contract", ("organization/verdana-power-holdings", "organization/petrobras"))]


def test_a_currency_sign_or_a_regional_demonym_is_not_a_state():
    found = facts("The line costs US$55 million, lent by Latin American and Pan-African banks to Chile.")
    assert sorted(found.entities) == ["state/CHL"]
    assert "state/USA" in facts("The US and Chile signed a power deal.").entities


def test_a_name_with_a_hyphenated_particle_is_whole():
    people = {e.label: (e.position, e.represents)
              for e in facts("Iraqi Prime Minister Mohammed Shia al-Sudani said the deal would end the outages."
                             ).entities.values() if e.kind == "Person"}
    assert people == {"Mohammed Shia al-Sudani": ("Prime Minister", "state/IRQ")}


def test_a_style_of_address_is_not_part_of_the_name():
    people = {e.label: e.represents for e in facts(
        "The accord was signed during the state visit of His Royal Highness Mohammed bin Salman, "
        "Crown Prince and Prime Minister of Saudi Arabia.").entities.values() if e.kind == "Person"}
    assert people == {"Mohammed bin Salman": "state/SAU"}


def test_a_ministry_and_its_own_state_are_never_two_parties():
    from epkg.graph.extract.facts import Agreement, Cooperation, DocumentFacts, Entity
    from epkg.graph.extract.relations import _without_own_bodies

    found = DocumentFacts("")
    found.entities = {"state/KEN": Entity("state/KEN", "State", "Kenya", iso3="KEN"),
                      "organization/moe-ken": Entity("organization/moe-ken", "GovernmentBody", "Ministry of Energy",
                                                     country="KEN"),
                      "state/ETH": Entity("state/ETH", "State", "Ethiopia", iso3="ETH")}
    found.agreements = [Agreement("Agreement", ("organization/moe-ken", "state/ETH", "state/KEN"), 0)]
    pairs = {frozenset(p): Cooperation(tuple(sorted(p)), 0) for p in
             [("organization/moe-ken", "state/KEN"), ("organization/moe-ken", "state/ETH")]}
    _without_own_bodies(found, pairs)
    assert found.agreements[0].parties == ("organization/moe-ken", "state/ETH")
    assert list(pairs) == [frozenset(("organization/moe-ken", "state/ETH"))]


def test_a_city_name_with_a_lower_case_particle_is_a_place():
    found = facts("The Africa Energy Summit was held in Dar es Salaam on January 27.")
    assert "place/dar-es-salaam" in found.entities
    assert [(e.kind, e.place) for e in found.events] == [("Summit", "place/dar-es-salaam")]


def test_the_demonym_capital_is_the_capital_city_and_can_place_an_event():
    found = facts("Ministers from Panama and Colombia met on Thursday at the parliament building "
                  "in the Panamanian capital to review the interconnection.")
    assert "place/panama-city" in found.entities
    assert [(e.kind, e.place) for e in found.events] == [("Meeting", "place/panama-city")]


@pytest.mark.parametrize("text, kind", [
    ("Kenya and Ethiopia signed a letter of intent on a power line on Monday.", "MemorandumOfUnderstanding"),
    ("Japan and Vietnam issued a joint communiqué on energy transition in Hanoi on Monday.", "JointStatement"),
    ("Chile and Germany signed a hydrogen roadmap in Santiago on Monday.", "Agreement"),
])
def test_agreement_nouns_of_the_trade(text, kind):
    assert [a.kind for a in facts(text).agreements] == [kind]


@pytest.mark.parametrize("text", [
    "In 2022 Chile published an offshore wind roadmap prepared with the World Bank, which concluded that 7 GW "
    "could be built.",
    "The minister called the memorandum a road map for future cooperation with Germany, which Chile signed in 2006.",
])
def test_a_roadmap_nobody_signed_is_not_an_agreement(text):
    assert [a.kind for a in facts(text).agreements if a.kind == "Agreement"] == []


def test_a_plant_is_hosted_where_it_is_located():
    found = facts("Japan's JERA signed a contract with Woodside Energy for LNG from its gas plant "
                  "near Karratha in Western Australia.").projects
    assert [(p.hosts, p.technologies) for p in found] == [(("state/AUS",), ("natural gas",))]


@pytest.mark.parametrize("text, org", [
    ("The Gas Exporting Countries Forum's members — Qatar, Iran and Algeria — met in Doha.",
     "organization/gas-exporting-countries-forum"),
    ("Members of the Eastern Africa Power Pool include Ethiopia, Kenya and Tanzania.",
     "organization/eastern-africa-power-pool"),
    ("The East Mediterranean Gas Forum, whose members include Egypt, Israel and Greece, met in Cairo.",
     "organization/east-mediterranean-gas-forum"),
])
def test_a_list_of_members_after_members_include_or_a_dash(text, org):
    found = facts(text)
    assert sorted(m.member for m in found.memberships if m.organization == org) == sorted(
        k for k in found.entities if k.startswith("state/"))
    assert len(found.memberships) == 3


def test_a_forum_that_is_an_organization_is_not_an_event():
    found = facts("Ministers met in Cairo on Tuesday at the ministerial meeting of the East Mediterranean Gas Forum.")
    assert all(e.label != "East Mediterranean Gas Forum" for e in found.events)


def test_no_name_runs_across_a_paragraph_break_or_starts_with_a_conjunction():
    found = facts("ANALYSIS\n\nWhen State Grid Brazil Holding won the auction in 2024, officials in Brasília cheered.")
    orgs = sorted(e.label for e in found.entities.values() if e.kind == "Company")
    assert orgs == ["State Grid Brazil Holding"]


def test_a_reuters_style_dateline_places_the_lead_event_and_credits_the_agency():
    found = extract(DocumentRecord("t.txt", "GLASGOW, November 2 (Energy Ledger) — South Africa and France set out a "
                                            "partnership in a declaration issued at the COP26 climate conference.",
                                   published="2021-11-02"))
    assert found.publisher == "Energy Ledger" and found.dateline_place == "place/glasgow"
    assert [(e.label, e.place, e.date) for e in found.events] == [("COP26", "place/glasgow", "2021-11")]
    assert not any("ledger" in k for k in found.entities)


def test_a_state_owned_company_is_not_the_state():
    found = facts("The Chinese state-owned China National Offshore Oil Corporation and France's TotalEnergies "
                  "took the investment decision on Uganda's pipeline.")
    assert "state/CHN" not in {k for p in found.projects for k in p.hosts}


def test_officials_in_a_capital_are_its_government_not_a_place():
    assert sorted(facts("Officials in Tashkent and Astana have since said they will not accept conditions.").entities
                  ) == ["state/KAZ", "state/UZB"]
    assert "place/baku" in facts("Victoria Nuland met officials in Baku on Tuesday.").entities


def companies(text: str) -> dict[str, str]:
    return {k: e.label for k, e in facts(text).entities.items() if e.kind == "Company"}


def test_names_after_a_noun_of_trade_are_companies():
    found = companies("The cable makers Vornexa and Talbrik Kabel won the order, and the copper "
                      "producer Minera Osuel said it would supply them.")
    assert found == {"organization/vornexa": "Vornexa", "organization/talbrik-kabel": "Talbrik Kabel",
                     "organization/minera-osuel": "Minera Osuel"}


def test_a_trade_list_carries_acronyms_and_places_between_names():
    found = companies("The grid operators Veltrana in Estonia, Norgrid (NGD) in Latvia and Lumora in "
                      "Lithuania completed the switch.")
    assert found == {"organization/veltrana": "Veltrana", "organization/norgrid": "Norgrid",
                     "organization/lumora": "Lumora"}


def test_a_trade_noun_before_a_state_or_a_title_names_no_company():
    assert companies("The producers Brazil and Chile met. The company Chairman Ilo Varga spoke.") == {}


def test_a_name_that_goes_on_in_lower_case_is_left_alone():
    assert companies("The operators Augstrema tīkls and Lumora switched.") == {}


def places(text: str) -> set[str]:
    return {e.label for e in facts(text).entities.values() if e.kind == "Place"}


def test_a_place_in_no_list_after_a_preposition_is_a_place():
    found = facts("Japan and Australia issued a joint statement at the G7 summit in Tresvalle.")
    assert "Tresvalle" in {e.label for e in found.entities.values() if e.kind == "Place"}
    assert [(e.kind, found.entities[e.place].label) for e in found.events] == [("Summit", "Tresvalle")]


def test_an_event_takes_the_place_of_the_action_it_adjoins():
    found = facts("Serbia and Hungary signed a memorandum in Dravica in June, at a session of the "
                  "Serbian-Hungarian Strategic Council.")
    assert [(e.label, found.entities[e.place].label) for e in found.events] == [
        ("Session of the Serbian-Hungarian Strategic Council", "Dravica")]


def test_a_listed_place_of_another_country_is_not_minted_again():
    # Cornwall is listed as a city of Canada: the name alone does not make a second place
    assert places("The leaders met at a summit in Cornwall.") == set()


def test_a_world_region_is_not_a_place():
    assert places("Exports will go to buyers in Europe and in the Middle East.") == set()


def test_the_groups_other_members_are_members_of_the_group_named_before():
    found = memberships("Kenya joined the Solvara Energy Council (SEC), a coalition of 12 governments. Brazil now "
                        "co-leads the SEC with Norway; the group's other members are Chile, Peru and the African Union.")
    sec = "organization/solvara-energy-council"
    assert found == {(m, sec, "member") for m in ("state/BRA", "state/NOR", "state/CHL", "state/PER",
                                                  "organization/african-union", "state/KEN")}


def test_the_states_that_signed_a_bodys_charter_are_its_members():
    found = memberships("The Andean Grid Council (AGC) became an intergovernmental body in 2021, when Chile, "
                        "Peru and Bolivia signed its charter.")
    agc = "organization/andean-grid-council"
    assert found == {("state/CHL", agc, "member"), ("state/PER", agc, "member"), ("state/BOL", agc, "member")}


def test_a_charter_not_signed_makes_no_member():
    assert memberships("The Andean Grid Council (AGC) was set up in 2021; Chile and Peru have not signed "
                       "its charter.") == set()


def test_an_acronym_the_text_defines_wins_over_a_listed_one():
    found = facts("Kenya joined the Solvara Energy Council (SEC) in May. Brazil praised the SEC.")
    assert {m.text: m.key for m in found.mentions if m.text == "SEC"} == {"SEC": "organization/solvara-energy-council"}
    assert "organization/saudi-electricity-company" not in found.entities


def test_an_acronym_in_brackets_names_the_same_agreement():
    found = facts("Kenya and Ghana have signed a Memorandum of Understanding (MoU) on power trade.").agreements
    assert [(a.kind, set(a.parties)) for a in found] == [("MemorandumOfUnderstanding", {"state/KEN", "state/GHA"})]


def test_the_signing_sentence_dates_the_agreement_the_lead_announced():
    text = ("Kenya and Ghana have signed a memorandum of understanding on power trade, the ministry announced "
            "today. The memorandum was signed in Accra on Sunday by the two energy ministers.")
    found = extract(DocumentRecord("t.txt", text, published="2025-05-06")).agreements  # a Tuesday
    assert [(a.date, a.place) for a in found] == [("2025-05-04", "place/accra")]


def test_a_memorandum_signed_months_before_is_another_one():
    text = ("Kenya and Ghana signed a memorandum of understanding on power trade on Monday. "
            "The memorandum was first signed in Accra in March 2021.")
    found = facts(text).agreements
    assert len(found) == 2


def test_a_state_owning_the_party_named_before_is_not_a_party():
    found = facts("Gazprom concluded a transit agreement with QazaqGaz, Kazakhstan's national gas company, "
                  "on Monday.").agreements
    assert [set(a.parties) for a in found] == [{"organization/gazprom", "organization/qazaqgaz"}]


def test_the_subject_of_a_relative_clause_after_the_agreement_signs_it():
    text = ("Tenaga Nasional sells power to Sembcorp Power over the Malaysia-Singapore interconnector, under "
            "a supply agreement the two companies signed on Monday.")
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/tenaga-nasional", "organization/sembcorp-power"}]


def cooperating(text: str) -> set[frozenset]:
    return {frozenset(c.actors) for c in facts(text).cooperations}


def test_shares_listed_with_acronyms_pair_every_holder():
    text = ("It will be run by Lakeline Pipeline Ltd, in which TotalEnergies holds 62%, the Uganda National Oil "
            "Company (UNOC) and the Tanzania Petroleum Development Corporation (TPDC) 15% each and CNOOC 8%.")
    holders = ["organization/totalenergies", "organization/uganda-national-oil-company",
               "organization/tanzania-petroleum-development-corporation",
               "organization/china-national-offshore-oil-corporation"]
    assert {frozenset((a, b)) for i, a in enumerate(holders) for b in holders[i + 1:]} <= cooperating(text)


def test_partners_named_with_as_partners_form_one_group():
    found = cooperating("The field is operated by Petrobras with Equinor and Senegal's Petrosen as partners.")
    assert found == {frozenset(p) for p in [("organization/petrobras", "organization/equinor"),
                                            ("organization/petrobras", "organization/petrosen"),
                                            ("organization/equinor", "organization/petrosen")]}


def test_a_lower_case_company_name_is_read_but_not_basis_points():
    found = facts("Rates rose 25 bp. Kosmos Energy continues working with bp on the field.")
    assert [m.text for m in found.mentions if m.key == "organization/bp"] == ["bp"]
    assert {frozenset(c.actors) for c in found.cooperations} == {frozenset(("organization/kosmos-energy",
                                                                            "organization/bp"))}


def test_counted_partners_before_a_list_of_described_names():
    text = ("ADNOC signed a study agreement with three Japanese partners, the upstream group INPEX Corporation "
            "and the power producer JERA, on Monday.")
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/adnoc", "organization/inpex-corporation", "organization/jera"}]


def test_a_listed_name_cut_at_a_comma_is_made_whole_by_its_acronym():
    found = facts("INPEX and the Japan Oil, Gas and Metals National Corporation (JOGMEC) signed a study agreement.")
    key = "organization/japan-organization-for-metals-and-energy-security"
    assert [m.text for m in found.mentions if m.key == key] == ["Japan Oil, Gas and Metals National Corporation",
                                                                "JOGMEC"]
    assert [set(a.parties) for a in found.agreements] == [{"organization/inpex", key}]


def test_a_link_between_their_grids_joins_the_actors_home_states():
    text = ("Morocco's national utility ONEE and the Mauritanian Electricity Company signed an agreement on "
            "Tuesday to build a high-voltage link between their grids.")
    assert [(p.technologies, set(p.hosts)) for p in facts(text).projects] == [
        (("transmission",), {"state/MAR", "state/MRT"})]


def test_a_visit_takes_the_place_its_sentence_names_in_another_state():
    text = ("The swap was agreed in Tehran last November, when officials of the two countries signed a "
            "memorandum during a visit by Armenian Prime Minister Nikol Pashinyan.")
    found = facts(text).events
    assert [(e.kind, e.place, set(e.participants)) for e in found] == [
        ("Visit", "place/tehran", {"state/ARM", "state/IRN"})]


def test_the_agreement_just_named_keeps_its_kind():
    text = ("The plant passed the capacity test its power purchase agreement requires. Norvik Power signed the "
            "25-year agreement with the Bangladesh Power Development Board in November 2017.")
    assert [a.kind for a in facts(text).agreements] == ["Contract"]


def test_a_body_named_with_its_owner_keeps_its_own_name_too():
    found = facts("METI signed a memorandum with the UAE's Ministry of Energy and Infrastructure in April.")
    ministry = next(e for e in found.entities.values() if e.kind == "GovernmentBody" and "Infrastructure" in e.label)
    assert {"UAE's Ministry of Energy and Infrastructure", "Ministry of Energy and Infrastructure"} <= ministry.alt_labels


def test_a_title_naming_a_bodys_head_word_represents_that_body():
    text = ("The European Commission backed the plan. It rests on a roadmap that Commission President Jean Marlow "
            "signed in Brussels in June 2019 with Lithuanian President Rita Vaitkus and the prime ministers of "
            "Estonia and Latvia.")
    found = facts(text)
    assert found.entities["person/jean-marlow"].represents == "organization/european-commission"
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/european-commission", "state/LTU", "state/EST", "state/LVA"}]


def test_the_two_companies_after_with_are_not_the_subject():
    text = ("Westinghouse and Bechtel formed a consortium. It replaces a services contract that Polska Energia "
            "signed with the two US companies in Warsaw in September 2023.")
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/polska-energia", "organization/westinghouse", "organization/bechtel"}]


def test_announcing_the_deal_with_others_makes_no_second_deal():
    text = ("South Africa, France and Germany signed a declaration on the transition in Glasgow on Tuesday. "
            "President Biden announced the deal together with the European Commission.")
    assert len(facts(text).agreements) == 1


def test_a_named_oil_or_gas_field_is_a_project():
    found = facts("Output at the Ratawi oil field in Iraq will rise, and Eni found the Zohr gas field off Egypt.").projects
    assert [(p.label, p.technologies, p.hosts) for p in found] == [
        ("Ratawi oil field", ("oil",), ("state/IRQ",)), ("Zohr gas field", ("natural gas",), ("state/EGY",))]


def test_signers_of_a_convention_on_a_seas_legal_status_are_not_energy_partners():
    text = ("The Convention on the Legal Status of the Caspian Sea, signed in Aktau by Azerbaijan, Iran and "
            "Kazakhstan, eased the way for subsea pipelines.")
    assert facts(text).cooperations == []


def test_lenders_that_agreed_with_a_government_form_one_group():
    text = ("The lenders — China Development Bank and Bank of China — agreed with the government of Argentina "
            "in 2014 to finance the dams.")
    assert cooperating(text) == {frozenset(p) for p in [
        ("organization/china-development-bank", "organization/bank-of-china"),
        ("organization/china-development-bank", "state/ARG"), ("organization/bank-of-china", "state/ARG")]}


def projects(text: str):
    return [(p.label, p.technologies, set(p.hosts)) for p in facts(text).projects]


def test_plants_in_general_are_not_a_project():
    assert projects("Britain imports Norwegian power when its wind farms produce little.") == []


def test_plants_being_retired_or_abandoned_are_not_projects():
    assert projects("Without a list of coal plants to be retired early in Indonesia, the plan stalls.") == []
    assert projects("The company was set up to build a coal-fired power station in Sri Lanka, a scheme "
                    "later abandoned.") == []


def test_a_line_only_studied_is_not_a_project():
    assert projects("Whether a large-scale pipeline from Norway is the right solution is being examined.") == []


def test_the_cable_after_a_named_link_is_that_link():
    text = ("The North Sea Link, a power cable between Norway and Britain, opened on Friday. The Italian cable "
            "maker Prysmian supplied the subsea cable.")
    found = facts(text).projects
    assert [(p.label, set(p.hosts)) for p in found] == [("North Sea Link", {"state/NOR", "state/GBR"})]
    assert "organization/prysmian" in found[0].participants + found[0].contractors + found[0].developers


def meetings(text: str):
    return [(e.kind, set(e.participants)) for e in facts(text).events]


def test_talks_between_two_leaders_are_theirs_not_the_signers():
    text = ("After talks between Italian Prime Minister Giorgia Meloni and Algerian President Abdelmadjid Tebboune, "
            "the chief executives of Eni and Sonatrach signed two documents.")
    assert meetings(text) == [("Meeting", {"state/ITA", "state/DZA"})]


def test_leaders_who_held_talks_met():
    text = ("Emirati President Mohamed bin Zayed and German Chancellor Olaf Scholz, who held talks at the palace "
            "earlier in the day, witnessed the signing.")
    assert meetings(text) == [("Meeting", {"state/ARE", "state/DEU"})]


def agreements(text: str):
    return [(a.kind, set(a.parties), a.date) for a in facts(text).agreements]


def test_the_treaty_a_new_one_replaces_is_another_treaty():
    text = ("Iran and Russia signed a strategic partnership treaty in Moscow on Friday. Iran's president called "
            "Russia a friend. Russia also courts Belarus and North Korea. It replaces the treaty that the two "
            "countries signed in 2001.")
    assert agreements(text) == [("Treaty", {"state/IRN", "state/RUS"}, "2025-05-02"),
                                ("Treaty", {"state/IRN", "state/RUS"}, "2001")]


def test_the_two_host_governments_are_the_pair_named_before():
    text = "Uganda and Tanzania are building the pipeline. The two host governments concluded an agreement in 2017."
    assert agreements(text) == [("Agreement", {"state/UGA", "state/TZA"}, "2017")]


def test_an_intergovernmental_agreement_without_parties_is_the_main_pairs():
    text = ("Russia is building the Rooppur plant in Bangladesh. Bangladesh and Russia marked the delivery of fuel. "
            "The project rests on an intergovernmental agreement concluded in 2011.")
    assert agreements(text) == [("Agreement", {"state/RUS", "state/BGD"}, "2011")]


def test_an_intergovernmental_agreement_still_to_be_made_has_no_parties():
    text = ("Nigeria and Morocco back the pipeline. Nigeria and Morocco met in Rabat. The test will come when the "
            "studies are turned into an intergovernmental agreement that parliaments are willing to ratify.")
    assert agreements(text) == []


def test_signed_documents_listed_one_by_one_are_each_an_agreement():
    text = ("On Monday, Eni chief executive Claudio Descalzi and Sonatrach chief executive Toufik Hakkar signed two "
            "documents. The first is a memorandum of understanding on emissions. The second is an agreement to "
            "study exports.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/eni", "organization/sonatrach"},
                                 "2025-05-05"),
                                ("Agreement", {"organization/eni", "organization/sonatrach"}, "2025-05-05")]


def test_a_subdivision_named_after_its_state_is_a_place():
    found = facts("Woodside sold a stake in a gas field off Western Australia. Australia welcomed it.")
    assert {e.label for e in found.entities.values() if e.kind == "Place"} == {"Western Australia"}
    assert [m.text for m in found.mentions if m.key == "state/AUS"] == ["Australia"]


def test_a_listed_company_name_followed_by_more_name_is_another_company():
    assert companies("Bouygues Energies & Services and TotalEnergies EP Uganda signed; Sun Cable's Australia-Asia "
                     "link waits.") == {"organization/bouygues-energies-services": "Bouygues Energies & Services",
                                        "organization/totalenergies-ep-uganda": "TotalEnergies EP Uganda",
                                        "organization/sun-cable": "Sun Cable"}


def test_a_listed_leader_named_without_a_title_is_a_person():
    found = facts("Italy welcomed it. Giorgia Meloni's visit to Algiers produced two deals.")
    meloni = found.entities["person/giorgia-meloni"]
    assert (meloni.position, meloni.represents) == ("Prime Minister", "state/ITA")


def test_a_surname_after_the_full_name_is_the_same_person():
    found = facts("Uzbek President Shavkat Mirziyoyev spoke. In June 2021, during Mirziyoyev's visit to Dushanbe, "
                  "the two sides signed an agreement.")
    assert [m.text for m in found.mentions if m.key == "person/shavkat-mirziyoyev"] == ["Shavkat Mirziyoyev",
                                                                                       "Mirziyoyev"]


def test_someones_visit_after_another_visit_is_a_new_visit():
    text = ("Tajik President Emomali Rahmon arrived in Tashkent on Thursday for an official visit to Uzbekistan. "
            "In June 2021, during Uzbek President Shavkat Mirziyoyev's visit to Dushanbe, they signed an agreement.")
    found = [(e.kind, e.place) for e in facts(text).events if e.kind == "Visit"]
    assert found == [("Visit", "place/tashkent"), ("Visit", "place/dushanbe")]


def test_a_conference_of_a_body_is_an_event_but_not_a_press_conference_or_a_call():
    found = facts("Speaking at a conference of the Eastern Africa Power Pool in Nairobi last week, Kenya's minister "
                  "praised the line. The minister later told a press conference in Nairobi and a conference call "
                  "with analysts that it was ready.").events
    assert [(e.kind, e.place) for e in found] == [("Event", "place/nairobi")]


def test_agreements_with_a_government_of_and_one_of_several():
    text = ("Colombo Power Company has signed a power purchase agreement with the Ceylon Electricity Board and an "
            "implementation agreement with the Government of Sri Lanka. India and Sri Lanka have signed a "
            "memorandum of understanding on Trincomalee, one of several energy agreements concluded this week.")
    found = agreements(text)
    assert [(k, p) for k, p, _ in found] == [
        ("Contract", {"organization/colombo-power-company", "organization/ceylon-electricity-board"}),
        ("Agreement", {"organization/colombo-power-company", "state/LKA"}),
        ("MemorandumOfUnderstanding", {"state/IND", "state/LKA"})]


def test_a_name_before_a_lower_case_project_or_dam_is_a_named_project():
    assert projects("Gas is flowing from the Greater Tortue Ahmeyim (GTA) project, which straddles the maritime "
                    "border between Mauritania and Senegal.") == [
        ("Greater Tortue Ahmeyim project", ("natural gas",), {"state/MRT", "state/SEN"})]
    assert projects("The Itaipu dam in Brazil produced a record last year.") == [
        ("Itaipu dam", ("hydro",), {"state/BRA"})]


def test_a_visit_in_a_when_clause_is_still_to_come():
    assert facts("The plan could be signed when President Joe Biden visits Mexico around the turn of the "
                 "year.").events == []


def test_a_lead_after_a_heading_and_a_bare_dateline_is_placed_by_the_dateline():
    text = ("PRESS RELEASE\n\nSantiago, 14 June 2023. The presidents of Chile and the European Commission today "
            "presided over the launch of two actions at a ceremony at the Palacio de La Moneda.")
    found = extract(DocumentRecord("t.txt", text, published="2023-06-14")).events
    assert [(e.kind, e.place) for e in found] == [("Event", "place/santiago")]


def test_a_sea_in_an_events_name_is_not_its_venue_but_a_host_city_is():
    found = facts("Ministers met at the Caspian Energy Forum in Baku on Monday. Romania welcomed it. The Black Sea "
                  "Energy Week, hosted by Constanța, opened later.").events
    assert [(e.label, e.place) for e in found] == [("Caspian Energy Forum", "place/baku"),
                                                  ("Black Sea Energy Week", "place/constanta")]


def test_named_facilities_with_lower_case_words_before_the_noun():
    assert projects("Eni took the final investment decision on the Coral North floating LNG facility in "
                    "Mozambique.") == [("Coral North floating LNG facility", ("natural gas",), {"state/MOZ"})]
    assert projects("Russian gas now flows through Kazakhstan to Uzbekistan, reversing the direction of the "
                    "Central Asia-Center (CAC) pipeline system.") == [
        ("Central Asia-Center pipeline system", ("pipeline", "natural gas"), {"state/KAZ", "state/UZB"})]


def test_a_named_plant_used_as_a_site_is_not_a_second_project():
    found = projects("Korea's KHNP signed the contract to build two reactors at the Dukovany nuclear power plant "
                     "in the Czech Republic.")
    assert "Dukovany nuclear power plant" not in [label for label, _, _ in found]


def test_an_events_short_name_later_is_the_same_event():
    found = facts("Ministers met on the sidelines of the Middle East and North Africa (MENA) Climate Week in Riyadh. "
                  "India also took part in the Climate Week.").events
    assert [(e.label, e.place) for e in found] == [("Middle East and North Africa (MENA) Climate Week",
                                                   "place/riyadh")]


def test_states_of_a_hyphened_compound_cooperate_when_it_qualifies_a_cue_noun():
    found = facts("Sino-Pakistani energy cooperation grew, and Franco-German-Italian collaboration on hydrogen "
                  "began in 2024.")
    assert {c.actors for c in found.cooperations} == {
        ("state/CHN", "state/PAK"), ("state/DEU", "state/FRA"), ("state/FRA", "state/ITA"), ("state/DEU", "state/ITA")}


def test_a_compound_before_another_noun_or_a_hedge_states_no_cooperation():
    found = facts("A possible Kazakh-French partnership was discussed. Indo-Pacific trade and Turkish-Greek "
                  "border talks went on.")
    assert found.cooperations == []
    assert "state/IND" not in found.entities


def test_a_listed_leader_named_by_office_and_surname():
    found = facts("Kazakhstan hosted talks. President Tokayev met Prime Minister Modi in Astana.")
    people = {k: (e.label, e.position) for k, e in found.entities.items() if k.startswith("person/")}
    assert people == {"person/kassym-jomart-tokayev": ("Kassym-Jomart Tokayev", "President"),
                      "person/narendra-modi": ("Narendra Modi", "Prime Minister")}
    assert found.entities["person/kassym-jomart-tokayev"].represents == "state/KAZ"


def test_talks_held_in_the_passive_are_a_meeting_of_the_states_named():
    found = facts("Talks were held in Baku on Monday between Türkiye and Azerbaijan. "
                  "Turkish-Georgian talks will be held in Tbilisi next week.")
    assert [(e.kind, e.place, e.date, set(e.participants)) for e in found.events] == [
        ("Meeting", "place/baku", "2025-05-05", {"state/TUR", "state/AZE"})]


def test_a_firm_named_by_a_place_and_its_trade_is_a_company():
    found = facts("Lake Turkana Wind Power sells electricity to Kenya. The Energy Regulatory Commission of "
                  "Mongolia approved a tariff for Egypt Power.")
    orgs = {k: (e.label, e.kind) for k, e in found.entities.items() if k.startswith("organization/")}
    assert orgs == {"organization/lake-turkana-wind-power": ("Lake Turkana Wind Power", "Company"),
                    "organization/egypt-power": ("Egypt Power", "Company"),
                    "organization/energy-regulatory-commission-of-mongolia":
                        ("Energy Regulatory Commission of Mongolia", "GovernmentBody")}
    assert "place/lake-turkana" not in found.entities


def test_trade_words_that_describe_a_state_s_industry_or_an_event_make_no_firm():
    found = facts("Nigeria Gas exports rose before the Baku Energy Week, and Mozambique LNG resumed.")
    assert not [k for k in found.entities if k.startswith("organization/")]


def test_two_firms_the_recogniser_reads_as_one_name_are_split():
    found = facts("The substation was built by Egypt's Arab Contractors and Elsewedy Electric.")
    orgs = {k for k in found.entities if k.startswith("organization/")}
    assert orgs == {"organization/arab-contractors", "organization/elsewedy-electric"}
    assert {c.actors for c in found.cooperations} == {("organization/arab-contractors",
                                                       "organization/elsewedy-electric")}


def test_two_trades_joined_inside_one_name_stay_one_firm():
    found = facts("Qeshm Electricity and Water Company signed the contract.")
    assert [e.label for k, e in found.entities.items() if k.startswith("organization/")] == [
        "Qeshm Electricity and Water Company"]


def test_a_portfolio_ending_in_net_zero_is_read_whole():
    found = facts("Britain's Department for Energy Security and Net Zero backed the cable.")
    (body,) = [e for k, e in found.entities.items() if k.startswith("organization/")]
    assert body.kind == "GovernmentBody" and body.country == "GBR"
    assert "Department for Energy Security and Net Zero" in body.alt_labels
    assert not [k for k in found.entities if k.startswith("person/")]


def test_a_dateline_after_a_headline_or_with_a_dash_alone_names_its_cities():
    found = facts("Equinor inks gas deal with Germany's Uniper\n\nOSLO/BERLIN - Equinor signed the deal on Monday.")
    assert found.dateline_place == "place/oslo"
    assert {"place/oslo", "place/berlin"} <= set(found.entities)
    found = facts("MONTREAL - Quebec will export more power to New York.")
    assert found.dateline_place == "place/montreal"


def test_a_kicker_in_capitals_before_a_dash_is_not_a_place():
    found = facts("ANALYSIS - Kenya and Ethiopia trade power.\n\nNAIROBI, May 2 - The line opened.")
    assert found.dateline_place == "place/nairobi"
    assert not [k for k in found.entities if "analysis" in k]


def test_a_listed_name_in_brackets_after_a_full_name_is_the_same_body():
    found = facts("QatarEnergy and China Petroleum & Chemical Corporation (Sinopec) signed a 27-year LNG supply "
                  "agreement on Wednesday.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Contract", {"organization/qatarenergy", "organization/sinopec"})]
    assert "China Petroleum & Chemical Corporation" in found.entities["organization/sinopec"].alt_labels


def test_an_agreement_with_one_named_side_is_not_recorded():
    assert facts("Tanzania's Ministry of Energy signed a host government agreement in May.").agreements == []


def test_every_name_an_aside_lists_stays_out_of_the_signers():
    found = facts("Masdar, which is owned by TAQA, ADNOC and Mubadala, signed an agreement with PLN.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/masdar", "organization/perusahaan-listrik-negara"})]


def test_a_deal_held_with_a_partner_is_an_agreement_and_deals_with_is_a_verb():
    found = facts("Equinor already holds a long-term deal with RWE. The memorandum deals with Uniper's storage.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/equinor", "organization/rwe"})]


def test_a_listed_party_described_through_its_owner_stays_in_the_list():
    found = facts("France's TotalEnergies and Kazakhstan's sovereign wealth fund Samruk-Kazyna signed an agreement "
                  "on a wind farm, as French President Emmanuel Macron held talks with President Kassym-Jomart "
                  "Tokayev.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/totalenergies", "organization/samruk-kazyna"})]


def test_persons_named_with_two_qualifiers_a_portfolio_list_or_a_role_noun():
    found = facts("\"It is a natural step,\" says Ingrid Solberg, Statkraft's executive vice president for markets. "
                  "Japan's Minister of Economy, Trade and Industry, Kenji Morita, chaired the meeting. "
                  "Billionaire Ravi Mehta said the group would invest.")
    people = {e.label for k, e in found.entities.items() if k.startswith("person/")}
    assert people == {"Ingrid Solberg", "Kenji Morita", "Ravi Mehta"}


def test_a_firm_s_unit_named_by_the_firm_and_a_trade_is_a_company_of_its_own():
    found = facts("PT Pertamina Hulu Energi and Gazprom signed an agreement. Shell sells LNG to Pavilion Energy of "
                  "Singapore.")
    orgs = {k: e.label for k, e in found.entities.items() if k.startswith("organization/")}
    assert orgs == {"organization/pertamina-hulu-energi": "Pertamina Hulu Energi", "organization/gazprom": "Gazprom",
                    "organization/shell": "Shell", "organization/pavilion-energy": "Pavilion Energy"}
    assert "PT Pertamina Hulu Energi" in found.entities["organization/pertamina-hulu-energi"].alt_labels
    assert [set(a.parties) for a in found.agreements] == [{"organization/pertamina-hulu-energi", "organization/gazprom"}]


def test_a_named_seminar_is_a_forum_and_flying_to_a_state_is_a_visit():
    found = facts("Kenya's minister attended the 8th OPEC International Seminar in Vienna in July 2023. "
                  "President Ruto then flew on to Uganda.")
    assert [(e.kind, e.label, e.place) for e in found.events if e.label] == [
        ("Forum", "8th OPEC International Seminar", "place/vienna")]
    assert [e.participants for e in found.events if e.kind == "Visit"] == [("state/KEN", "state/UGA")]


def test_a_legal_form_after_a_listed_firm_stays_in_its_name_and_the_list():
    found = facts("Argentina's YPF S.A. and Italy's Eni S.p.A. signed a preliminary agreement on Friday. "
                  "The memorandum, signed in Buenos Aires by the two chief executives, covers a first phase.")
    assert [(a.kind, set(a.parties), a.place) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"organization/ypf", "organization/eni"}, "place/buenos-aires")]
    assert "YPF S.A." in found.entities["organization/ypf"].alt_labels


def test_a_legal_form_is_no_firm_s_short_name():
    found = facts("Southern Energy S.A. chartered a vessel. Later, YPF S.A. signed an agreement with Eni.")
    assert [set(a.parties) for a in found.agreements] == [{"organization/ypf", "organization/eni"}]


def test_a_firm_named_by_its_trade_and_place_in_one_hyphened_word():
    found = facts("Hydro-Québec signed a supply contract with the New York Power Authority.")
    assert found.entities["organization/hydro-quebec"].kind == "Company"
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Contract", {"organization/hydro-quebec", "organization/new-york-power-authority"})]


def test_capacity_wanted_rumoured_or_given_as_a_range_is_no_project():
    found = facts("Bhutan wants 15,000 MW of hydropower by 2040. Quebec will add between 8,000 and 9,000 MW of "
                  "wind power. Reports that Reliance Power was in talks over a 500 MW solar project have not been "
                  "confirmed. ACWA Power will build the 1,500 MW Sudair solar plant.")
    assert [(p.capacity_mw, p.technologies) for p in found.projects] == [(1500.0, ("solar",))]


def test_a_plant_rated_two_ways_is_one_project():
    found = facts("Masdar and PLN inaugurated the 145 MWac (192 MWp) Cirata floating solar plant in Indonesia.")
    assert [(p.capacity_mw, p.technologies[0], set(p.participants)) for p in found.projects] == [
        (145.0, "floating solar", {"organization/masdar", "organization/perusahaan-listrik-negara"})]


def test_a_name_ending_in_an_acronym_stands_alone_before_and():
    found = facts("Under the deal, Kestrel IOC and Marlow Petroleum Terminal (Pvt) Ltd will run the tank farm.")
    orgs = {e.label for k, e in found.entities.items() if k.startswith("organization/")}
    assert orgs == {"Kestrel IOC", "Marlow Petroleum Terminal"}


def test_going_on_working_with_partners_is_cooperation_even_in_reported_speech():
    found = facts("Kosmos Energy said that Kosmos would keep working with bp and Petronas. "
                  "Eni said it would not keep working with Shell.")
    assert {c.actors for c in found.cooperations} == {("organization/bp", "organization/kosmos-energy"),
                                                      ("organization/kosmos-energy", "organization/petronas")}


def test_a_batch_of_agreements_is_no_agreement_but_its_signers_cooperate():
    found = facts("Saudi Arabia and South Korea signed dozens of agreements worth billions on Sunday. "
                  "Bhutan and India signed a series of agreements, including a memorandum on hydropower.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"state/BTN", "state/IND"})]
    assert {c.actors for c in found.cooperations} == {("state/KOR", "state/SAU"), ("state/BTN", "state/IND")}


def test_a_compass_word_and_a_particle_stay_in_a_place_s_name():
    found = facts("The terminal lies in the Gulf of San Matías, and the plant on a reservoir in West Java, Indonesia.")
    places = {k: e.label for k, e in found.entities.items() if k.startswith("place/")}
    assert places == {"place/gulf-of-san-matias": "Gulf of San Matías", "place/west-java": "West Java"}


def test_a_state_s_ministry_described_in_lower_case():
    found = facts("Germany's economy ministry and the Turkish energy ministry signed a memorandum.")
    bodies = {k: (e.label, e.country) for k, e in found.entities.items() if k.startswith("organization/")}
    assert bodies == {"organization/ministry-of-economy-of-germany": ("Ministry of Economy of Germany", "DEU"),
                      "organization/ministry-of-energy-of-turkiye": ("Ministry of Energy of Türkiye", "TUR")}
    assert "Germany's economy ministry" in found.entities["organization/ministry-of-economy-of-germany"].alt_labels
    assert {"state/DEU", "state/TUR"} <= set(found.entities)


def test_they_both_and_all_four_opening_a_sentence_are_the_actors_listed_before():
    found = facts("ACWA Power and Masdar won the tender. They will build a 1 GW solar plant in Egypt. "
                  "Germany, France, Italy and Spain met in Rome. All four signed a declaration on hydrogen.")
    assert [set(p.developers) for p in found.projects] == [{"organization/acwa-power", "organization/masdar"}]
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Declaration", {"state/DEU", "state/FRA", "state/ITA", "state/ESP"})]


def test_they_before_a_statement_of_no_relation_adds_nothing():
    found = facts("Kenya and Ethiopia met in Nairobi. They said the weather was fine.")
    assert found.agreements == [] and found.projects == []


def test_a_body_which_includes_states_has_them_as_members():
    found = memberships("BRICS, which now includes Egypt, Ethiopia and Iran, met in Kazan.")
    assert found == {("state/EGY", "organization/brics", "member"), ("state/ETH", "organization/brics", "member"),
                     ("state/IRN", "organization/brics", "member")}


def test_partners_including_a_list_and_partners_in_one_venture():
    found = facts("Shell operates two blocks with partners including Pavilion Energy of Singapore and Medco Energi "
                  "of Indonesia. YPF has teamed up with TotalEnergies and Petronas in Southern Energy S.A., a "
                  "consortium that chartered two vessels. Eni partnered with BP and Equinor on separate "
                  "projects.")
    pairs = {c.actors for c in found.cooperations}
    assert pairs == {("organization/pavilion-energy", "organization/shell"),
                     ("organization/medco-energi", "organization/shell"),
                     ("organization/medco-energi", "organization/pavilion-energy"),
                     ("organization/totalenergies", "organization/ypf"),
                     ("organization/petronas", "organization/ypf"),
                     ("organization/petronas", "organization/totalenergies"),
                     ("organization/bp", "organization/eni"), ("organization/eni", "organization/equinor")}


def test_an_event_at_a_building_is_in_the_city_the_report_is_filed_from():
    found = facts("ROME, Jan 29 - Italy hosted the summit. Eni chief executive Claudio Descalzi met Kenyan "
                  "President William Ruto at Villa Doria Pamphilj on Monday.")
    assert [(e.kind, e.place) for e in found.events if e.kind == "Meeting"] == [("Meeting", "place/rome")]


def test_the_two_sides_are_two_states_not_a_state_and_a_company():
    found = facts("Bhutan and India held talks in Thimphu. Druk Green Power Corporation briefed India on the "
                  "dam. The two sides then signed a memorandum on energy efficiency.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"state/BTN", "state/IND"})]


def test_romance_company_names_and_a_quoted_short_name_in_brackets():
    found = facts("Sociedad Química y Minera de Chile S.A. (\"SQM\") signed a partnership agreement with "
                  "Corporación Nacional del Cobre de Chile (\"Codelco\") on Friday.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/sociedad-quimica-y-minera-de-chile", "organization/codelco"})]
    assert "Corporación Nacional del Cobre de Chile" in found.entities["organization/codelco"].alt_labels


def test_the_signatories_listed_after_a_signing_are_its_parties():
    found = facts("Four operators signed a memorandum of understanding on the gas corridor in Athens on Friday. "
                  "The signatories were DESFA of Greece, Bulgartransgaz, Romania's Transgaz and Hungary's FGSZ.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"organization/desfa", "organization/bulgartransgaz", "organization/transgaz",
                                       "organization/fgsz"})]
    assert len(found.cooperations) == 6


def test_the_state_as_a_modifier_is_no_state_and_a_contract_area_no_contract():
    found = facts("China and Turkmenistan upgraded their ties. Among the documents was an agreement between "
                  "China National Petroleum Corporation (CNPC) and the state concern Turkmengaz. CNPC has worked "
                  "there since 2007, when it signed a production sharing agreement with the Turkmen government "
                  "for the Bagtyyarlyk contract area.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/china-national-petroleum-corporation", "organization/turkmengaz"}),
        ("Contract", {"organization/china-national-petroleum-corporation", "state/TKM"})]


def test_names_with_particles_titles_and_honorifics_resolve_to_one_person_each():
    found = facts("Abu Dhabi's Crown Prince Sheikh Khaled bin Mohamed bin Zayed Al Nahyan visited New Delhi. "
                  "Sheikh Khaled, the eldest son of UAE President Sheikh Mohamed bin Zayed Al Nahyan, met Modi. "
                  "EU Energy Commissioner Kadri Simson spoke, and Commissioner Simson said the deal was good.")
    people = {e.label for k, e in found.entities.items() if k.startswith("person/")}
    assert people == {"Khaled bin Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "Kadri Simson"}


def test_a_second_plant_of_a_list_takes_the_technology_named_for_the_first():
    found = facts("Masdar will build a 200 MW solar plant and a 300 MW plant in Egypt.")
    assert [(p.capacity_mw, p.technologies) for p in found.projects] == [(200.0, ("solar",)), (300.0, ("solar",))]


def test_persons_after_a_title_with_a_portfolio_a_hyphen_or_a_consular_rank():
    found = facts("The memorandum was signed by Ruritania's Minister of Water and Clean Power, Samir Farouk, and "
                  "Minister of Petroleum, Tarek Nabil, in Cairo. Ali Rezai, Iran's deputy oil minister, and "
                  "Omar Kaya, Turkey's consul general in Tabriz, attended. Karl Moser, Shell's executive "
                  "vice-president for gas, said supply would grow.")
    people = {e.label: (e.position, e.represents) for k, e in found.entities.items() if k.startswith("person/")}
    assert set(people) == {"Samir Farouk", "Tarek Nabil", "Ali Rezai", "Omar Kaya", "Karl Moser"}
    assert people["Ali Rezai"] == ("Deputy oil minister", "state/IRN")
    assert people["Omar Kaya"][1] == "state/TUR"
    assert people["Karl Moser"][1] == "organization/shell"


def test_an_organisation_a_state_owns_by_the_possessive_is_its_company():
    found = facts("The deal between Serbia's Srbijagas and Bulgaria's Bulgartransgaz covers transit. "
                  "It is part of Ruritania's Blue Danube Grid vision.")
    orgs = {k: (e.label, e.kind, e.country) for k, e in found.entities.items() if k.startswith("organization/")}
    assert orgs == {"organization/srbijagas": ("Srbijagas", "Company", "SRB"),
                    "organization/bulgartransgaz": ("Bulgartransgaz", "Company", "BGR")}
    assert [set(a.parties) for a in found.agreements] == [{"organization/srbijagas", "organization/bulgartransgaz"}]


def test_a_list_of_names_after_a_plural_title_with_whom_each_represents():
    found = facts("The accord was signed by the foreign ministers of the two countries, Abebe Tesfaye of Ethiopia "
                  "and Hassan Omar Ali of Djibouti, during the joint meeting.")
    people = {e.label: e.represents for e in found.entities.values() if e.kind == "Person"}
    assert people == {"Abebe Tesfaye": "state/ETH", "Hassan Omar Ali": "state/DJI"}


def test_a_state_owning_a_name_in_no_list_is_not_the_actor():
    # the firm after "Korea's" is in no list: Korea only says whose it is; the firm is the partner
    found = facts("Shell is working together with Korea's Daelwoo on the offshore block, the ministry said.")
    assert [set(c.actors) for c in found.cooperations] == [{"organization/daelwoo", "organization/shell"}]
    # an office after the possessive still lets the state act through its minister
    signed = facts("Brazil's Energy Minister Ana Souza signed a memorandum of understanding with Norway's Equinor "
                   "on Monday.")
    assert [(a.kind, a.parties) for a in signed.agreements] == [
        ("MemorandumOfUnderstanding", ("state/BRA", "organization/equinor"))]
    # an office opened by another capitalised word ("Union Minister") is still an office
    opened = facts("At the ceremony, Nepal's Energy Minister Dipa Rai switched on the line jointly with India's Union "
                   "Minister for Power, Ravi Lal.")
    assert [c.actors for c in opened.cooperations] == [("state/IND", "state/NPL")]


def test_a_venture_described_by_its_owners_keeps_them_apart_and_out_of_its_deal():
    found = facts("Halvor Gas signed a supply agreement on Monday with Nordvik Energi, a joint venture of Tovan and "
                  "Kessel Holdings.")
    # the owners announced by "a joint venture of" are two firms, not one "Tovan and Kessel Holdings"
    assert {"organization/tovan", "organization/kessel-holdings"} <= set(found.entities)
    assert "organization/tovan-and-kessel-holdings" not in found.entities
    # they own the venture together; the deal is the venture's alone
    assert sorted(c.actors for c in found.cooperations) == [
        ("organization/halvor-gas", "organization/nordvik-energi"),
        ("organization/kessel-holdings", "organization/tovan")]
    assert [a.parties for a in found.agreements] == [("organization/halvor-gas", "organization/nordvik-energi")]


def test_owners_listed_after_a_colon_are_left_to_the_venture_rule():
    # "the three countries'" is no owner in an apposition here: the ministers' states sign
    found = facts("The energy ministers of Austria, Hungary and Slovakia met in Vienna on Monday. The ministers signed "
                  "a document that passes the study on to Kura Grid Company, the joint venture of the three countries' "
                  "grid firms: Tovan Power, Kessel Grid and Brixen Transmission.")
    assert [a.parties for a in found.agreements] == [("state/AUT", "state/HUN", "state/SVK")]
    assert ("organization/kessel-grid", "organization/tovan-power") in {c.actors for c in found.cooperations}


def test_a_short_form_that_ends_another_name_is_not_the_firm():
    found = facts("Kestrel Power Corporation signed a deal with Eni. Talks with Lower Kestrel, a local firm, went on.")
    assert [m.text for m in found.mentions if m.key == "organization/kestrel-power-corporation"] == [
        "Kestrel Power Corporation"]


def test_an_acronym_defined_after_a_listed_name_and_its_legal_form_names_that_firm():
    found = facts("Oil and Natural Gas Corporation Limited (ONGCL) signed a supply deal with Eni. ONGCL will also "
                  "buy gas from Shell.")
    assert [m.key for m in found.mentions if m.text == "ONGCL"] == ["organization/oil-and-natural-gas-corporation"] * 2


def test_the_two_companies_are_not_two_lenders_named_in_passing():
    found = facts("Engie and Eskom opened a 200 MW solar plant in South Africa on Monday. Its loans were arranged by "
                  "Standard Bank, Absa and Nedbank. The two companies signed a memorandum in Paris in March on a second "
                  "plant.")
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", ("organization/engie", "organization/eskom"))]
    assert sorted(c.actors for c in found.cooperations) == [("organization/engie", "organization/eskom")]


def test_the_two_sides_of_a_state_visit_are_two_states_not_a_state_and_a_firm():
    found = facts("Ethiopia has sold power to Kenya since 2022 and wants to sell more. Ethiopian Electric Power "
                  "declined to comment. When President William Ruto visited Addis Ababa in March, the two sides "
                  "signed a memorandum on power trade.")
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", ("state/KEN", "state/ETH"))]
    assert sorted(c.actors for c in found.cooperations) == [("state/ETH", "state/KEN")]


def test_signatories_named_after_a_signing_replace_the_states_of_its_route():
    found = facts("Five grid operators met in Sofia in May and signed a memorandum on moving more power from Bulgaria "
                  "to Poland. The signatories were Elering of Estonia, Romania's Transelectrica and PSE of Poland.")
    operators = ("organization/elering", "organization/transelectrica",
                 "organization/polskie-sieci-elektroenergetyczne")
    assert [(a.kind, a.parties) for a in found.agreements] == [("MemorandumOfUnderstanding", operators)]
    # Bulgaria and Poland are where the power goes, not a pair that works together
    assert sorted(c.actors for c in found.cooperations) == [
        ("organization/elering", "organization/polskie-sieci-elektroenergetyczne"),
        ("organization/elering", "organization/transelectrica"),
        ("organization/polskie-sieci-elektroenergetyczne", "organization/transelectrica")]


def test_a_legal_form_and_a_bracketed_short_form_neither_end_the_sentence_nor_the_list():
    found = facts("The ministry said that the Tanzania Electric Supply Company Limited (TANESCO) and Electricidade de "
                  "Moçambique, E.P. (EDM) signed a supply contract on Friday for 100 megawatts of power.")
    assert len(found.sentences) == 1
    assert "organization/e-p" not in found.entities
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("Contract", ("organization/tanzania-electric-supply-company", "organization/electricidade-de-mocambique"))]


def test_a_unit_named_after_its_type_is_a_place_and_a_plant_there_is_hosted_where_the_report_is():
    found = facts("Nepal sells most of its surplus power to India, and Indian buyers want more. India's grid operator "
                  "said Indian demand would keep rising, and India plans new lines. The Nepal Electricity Authority "
                  "said the 450 MW Arun plant in the district of Sankhuwasabha would be finished next year. Officials "
                  "met in Kathmandu.")
    assert found.entities["place/sankhuwasabha"].kind == "Place"
    # "the X district of Y region": Y is read with its own type word, as "Y region"
    nested = facts("The plant will be built in the Talgar district of Almaty region.")
    assert [m.text for m in nested.mentions] == ["Talgar district", "Almaty region"]
    # India is named most, but the only country the report's places lie in is Nepal
    assert [(p.capacity_mw, p.hosts, p.locations) for p in found.projects] == [
        (450.0, ("state/NPL",), ("place/sankhuwasabha",))]


def test_a_plant_in_the_province_of_a_place_no_list_holds_is_located_there():
    found = facts("Engie will build a 300 MW wind farm in the province of Tarfaya Sud for Morocco. Officials met in "
                  "Rabat and in Paris.")
    assert [(p.hosts, p.locations) for p in found.projects] == [(("state/MAR",), ("place/tarfaya-sud",))]


def test_a_seller_after_buys_from_is_not_the_signer_of_the_buyers_next_contract():
    found = facts("Equinor also supplies gas to Germany. Uniper also buys gas from Norway and holds a supply contract "
                  "with QatarEnergy.")
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("Contract", ("organization/uniper", "organization/qatarenergy"))]
    # power bought from a firm under a contract: the seller is a party of that contract
    bought = facts("The link carries power bought from Statkraft under a 15-year contract with Engie.")
    assert [(a.kind, a.parties) for a in bought.agreements] == [
        ("Contract", ("organization/statkraft", "organization/engie"))]


def test_a_funder_takes_part_in_a_project_without_working_with_its_builders():
    found = facts("Terna and IPTO are building a 900 MW power cable between Italy and Greece with 200 million euros of "
                  "EU funding.")
    builders = ("organization/terna", "organization/independent-power-transmission-operator")
    assert [(p.participants, p.investors) for p in found.projects] == [(builders, ("organization/european-union",))]
    assert sorted(c.actors for c in found.cooperations) == [
        ("organization/independent-power-transmission-operator", "organization/terna"), ("state/GRC", "state/ITA")]


def test_a_plant_named_with_no_state_stands_where_the_reports_places_are_not_in_its_buyer():
    found = facts("KATHMANDU - Nepal sells most of its surplus power to India, and Indian buyers want more. India's grid "
                  "operator said Indian demand would keep rising, and India plans new lines. The 450 MW Arun plant "
                  "would be finished next year, officials said.")
    assert [(p.capacity_mw, p.hosts) for p in found.projects] == [(450.0, ("state/NPL",))]


def test_it_before_a_signing_verb_is_the_actor_the_sentence_or_the_one_before_is_about():
    found = facts("Algeria sells gas to Italy. Eni has operated in the country for decades and expanded in 2009, when "
                  "it signed a production sharing agreement with the Algerian government for an oil block.")
    assert [(a.kind, a.parties) for a in found.agreements] == [("Contract", ("organization/eni", "state/DZA"))]
    before = facts("Petronas Gas Berhad leads the country's hydrogen effort. In May 2024 it signed a memorandum of "
                   "understanding with Shell on green hydrogen.")
    assert [(a.kind, a.parties) for a in before.agreements] == [
        ("MemorandumOfUnderstanding", ("organization/petronas-gas", "organization/shell"))]


def test_a_contract_signed_by_one_firm_under_which_another_trades_is_theirs_not_the_buyer_states():
    found = facts("Gazprom supplies Hungary under a ten-year contract Magyarovac signed in 2021.").agreements
    assert [(a.kind, set(a.parties), a.date) for a in found] == [
        ("Contract", {"organization/magyarovac", "organization/gazprom"}, "2021")]
    # the same shape with a named pair still reads
    found = facts("Eskom sells power to Engie under a long-term supply agreement the two companies signed on May 2.")
    assert [(a.kind, a.parties) for a in found.agreements] == [("Contract", ("organization/eskom", "organization/engie"))]


def test_two_capacities_of_one_sentence_are_two_plants_even_when_equal():
    found = facts("Masdar has started work on two solar parks in southern Kazakhstan: the 300 MW Sary project and the "
                  "300 MW Ortau project.")
    assert [(p.technologies, p.capacity_mw, p.hosts) for p in found.projects] == [
        (("solar",), 300.0, ("state/KAZ",)), (("solar",), 300.0, ("state/KAZ",))]
    # a later sentence naming the capacity again is the same plant
    again = facts("Masdar will build a 300 MW solar park in Kazakhstan. The 300 MW plant will cost $250 million.")
    assert [p.capacity_mw for p in again.projects] == [300.0]


def test_our_partnership_with_x_names_no_partner_for_x_when_the_speaker_is_unnamed():
    quoted = facts("Brazil pumps more oil every year. \"Our partnership with Shell will keep growing,\" the head of "
                   "Petroval told reporters.")
    assert [c.actors for c in quoted.cooperations] == []
    named = facts("Petrobras said its partnership with Shell would grow.")
    assert [c.actors for c in named.cooperations] == [("organization/petrobras", "organization/shell")]


def test_the_state_a_leader_visits_is_not_a_party_of_what_others_sign_during_the_visit():
    found = facts("Eskom sells power abroad. Its unit Eskom Rotek signed a purchase agreement in May 2023 during "
                  "President Cyril Ramaphosa's state visit to Zambia.")
    assert found.agreements == []
    # a state that power goes to under an agreement is one of its parties
    supplied = facts("Egypt has exported power to Sudan since 2020 under a deal both governments signed in 2016.")
    assert [a.parties for a in supplied.agreements] == [("state/EGY", "state/SDN")]


def test_facilities_listed_by_their_places_are_one_project_at_each():
    found = facts("Italy lands LNG cargoes at floating terminals at Ravenna and Piombino every week.")
    assert [(p.technologies, p.hosts, p.locations) for p in found.projects] == [
        (("natural gas",), ("state/ITA",), ("place/ravenna",)),
        (("natural gas",), ("state/ITA",), ("place/piombino",))]
    # states are no facility places, and a facility noun with no technology before it names none
    assert facts("Most of the terminals in Spain and Portugal are old.").projects == []
    assert facts("The company runs offices at Ravenna and Piombino.").projects == []


def test_names_listed_with_a_known_place_after_at_are_places_of_its_country():
    found = facts("Poland receives LNG cargoes at terminals in Gdansk, Tovanice and Kesselberg.")
    assert [(found.entities[k].label, found.entities[k].country) for k in ("place/tovanice", "place/kesselberg")] == [
        ("Tovanice", "POL"), ("Kesselberg", "POL")]
    assert [p.locations for p in found.projects] == [("place/gdansk",), ("place/tovanice",), ("place/kesselberg",)]
    # a list that mixes a place with firms names no new place
    mixed = facts("The talks in Gdansk, Orlen and Tovanice went well.")
    assert "place/tovanice" not in mixed.entities
    # nor a list whose new name is numbered: a reactor or a block, not a town
    numbered = facts("Two reactors will be built near Weihai, and Blocks 2 and 3 of the old station near Rizhao "
                     "will close.")
    assert sorted(e.label for e in numbered.entities.values() if e.kind == "Place") == ["Rizhao", "Weihai"]


def test_names_listed_with_known_firms_each_with_its_state_are_firms_of_that_state():
    found = facts("Four grid firms signed a memorandum in Sofia in May. The signatories were Elering of Estonia, "
                  "Romania's Transelectrica, Kesselnet of Slovakia and Tovagrid of Moldova.")
    assert [(found.entities[k].kind, found.entities[k].country)
            for k in ("organization/kesselnet", "organization/tovagrid")] == [("Company", "SVK"), ("Company", "MDA")]
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", ("organization/elering", "organization/transelectrica",
                                       "organization/kesselnet", "organization/tovagrid"))]
    # a name given without its state is a firm too, listed with two firms (thirty-second session: the recogniser
    # calls it a person, but a person's one word listed with firms is a firm's name), of no state the text gives
    bare = facts("The signatories were Elering of Estonia, Romania's Transelectrica and Kesselnet.")
    assert (bare.entities["organization/kesselnet"].kind, bare.entities["organization/kesselnet"].country) == \
        ("Company", None)


def test_partners_described_before_their_names_are_the_other_side_of_each_agreement():
    found = facts("Northwind Fuels, a Canadian start-up, has signed offtake contracts with the Nordic utilities "
                  "Vattenfall and Fortum for its first ammonia.")
    assert [(a.kind, a.parties) for a in found.agreements] == [
        ("Contract", ("organization/northwind-fuels", "organization/vattenfall")),
        ("Contract", ("organization/northwind-fuels", "organization/fortum"))]
    # the two buyers each deal with the producer, not with each other
    assert ("organization/fortum", "organization/vattenfall") not in {c.actors for c in found.cooperations}


def test_who_else_watched_a_signing_in_a_later_clause_is_no_party():
    found = facts("Engie signed a lease contract with Ancora on Friday, while officials of Iberdrola and Repsol looked on.")
    assert [set(a.parties) for a in found.agreements] == [{"organization/engie", "organization/ancora"}]
    assert not any({"organization/iberdrola", "organization/repsol"} & set(c.actors) for c in found.cooperations)


def test_a_city_in_capitals_opening_a_later_paragraph_is_a_place_and_names_its_state():
    found = facts("ROUNDUP\n\nNAIROBI - KenGen signed a steam supply deal with Ormat on Monday.\n\nLUSAKA - ZESCO said "
                  "its new line is ready.\n\nThe rest of the week was quiet.")
    assert [(m.text, m.key) for m in found.mentions if m.key.startswith(("place/", "state/"))] == [
        ("NAIROBI", "place/nairobi"), ("LUSAKA", "place/lusaka"), ("LUSAKA", "state/ZMB")]


def test_a_name_after_a_known_actors_possessive_is_a_person_speaking_for_it():
    found = facts("The memorandum was signed in Rome by Shell chief executive Wael Sawan and Eni's Paolo Rinaldi.")
    assert [(e.label, e.represents) for e in found.entities.values() if e.kind == "Person"] == [
        ("Wael Sawan", "organization/shell"), ("Paolo Rinaldi", "organization/eni")]
    # a unit or a place after the possessive is no person
    units = facts("Egypt's Suez Canal Economic Zone and Shell's Green Energy Unit signed.")
    assert [e.label for e in units.entities.values() if e.kind == "Person"] == []
    fields = facts("Eni runs Egypt's Zohr Field, offshore. Prices follow Iran's Kharg Island, analysts said.")
    assert [e.label for e in fields.entities.values() if e.kind == "Person"] == []


def test_signers_given_by_count_are_the_list_of_that_many_states_next_to_it():
    found = facts("BRUSSELS - Leaders of four European countries on Monday signed the Harbour Declaration at a "
                  "summit in Brussels. Belgium, Denmark, Germany and the Netherlands committed to 50 GW of "
                  "offshore wind by 2030.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Declaration", {"state/BEL", "state/DNK", "state/DEU", "state/NLD"})]
    # a list of another length is not them
    other = facts("Leaders of five countries signed a declaration in Brussels on Monday. Belgium and Denmark "
                  "hosted the talks.")
    assert all(len(a.parties) != 2 for a in other.agreements)


def test_firms_still_competing_for_a_work_take_no_part_in_it_unless_one_won():
    found = facts("The grid company has prequalified nine developers, among them Masdar, EDF Renewables and "
                  "Marubeni, for the 1,500 MW Dawadmi wind project.")
    assert [(p.capacity_mw, p.participants, p.developers) for p in found.projects] == [(1500.0, (), ())]
    assert found.cooperations == []
    won = facts("Of the five bidders, Masdar was selected to build the 1,500 MW Dawadmi wind project with Marubeni.")
    assert [set(p.participants) | set(p.developers) for p in won.projects] == [
        {"organization/masdar", "organization/marubeni"}]


def test_titles_of_advisers_state_secretaries_heads_of_government_and_managers_are_not_names():
    found = facts("Irish Taoiseach Aidan Byrne attended. NEA Managing Director Kamal Thapa signed for the utility. "
                  "Farid Uddin Khan, adviser to Bangladesh's Ministry of Power, and Philipp Weber, state secretary "
                  "at the German economy ministry, took part. Indonesia's Minister for Energy and Mineral "
                  "Resources, Bapak Budi Santoso, spoke.")
    people = {e.label for e in found.entities.values() if e.kind == "Person"}
    assert people == {"Aidan Byrne", "Kamal Thapa", "Farid Uddin Khan", "Philipp Weber", "Budi Santoso"}


def test_a_cop_session_the_text_calls_a_summit_is_one():
    summit = facts("The two leaders met on the sidelines of the COP28 climate summit in Dubai in December 2023.")
    conference = facts("The deal was announced at the COP29 climate conference in Baku in November 2024.")
    assert [(e.kind, e.label) for e in summit.events if e.label] == [("Summit", "COP28")]
    assert [(e.kind, e.label) for e in conference.events if e.label] == [("Event", "COP29")]


# ---------------------------------------------------------------- families checked on several held-out sets

def test_co_funders_of_a_work_are_not_partners_of_each_other():
    found = facts("The World Bank, the European Union and the African Development Bank are financing the 400 kV "
                  "line from Zambia to Malawi.")
    # (the line links the two states it runs between: that pair is theirs, not the funders')
    assert {c.actors for c in found.cooperations} == {("state/MWI", "state/ZMB")}


def test_funding_done_jointly_pairs_the_funders():
    found = facts("The World Bank and Ghana jointly funded the 330 kV substation at Kumasi.")
    assert {c.actors for c in found.cooperations} == {("organization/world-bank", "state/GHA")}


def test_builders_named_together_are_still_partners():
    found = facts("The 600 MW cable is being built by Italy's Terna and Tunisia's STEG.")
    # (STEG is a reference company, named by its French name)
    assert ("organization/societe-tunisienne-de-l-electricite-et-du-gaz", "organization/terna") \
        in {c.actors for c in found.cooperations}


def test_a_meeting_of_a_joint_body_pairs_the_parties_that_meet():
    found = facts("Energy ministers of Ghana, Togo and Benin met in Lome in May 2024 for the third session of "
                  "the Joint Technical Committee on the coastal transmission backbone.")
    assert {c.actors for c in found.cooperations} == {("state/BEN", "state/GHA"), ("state/BEN", "state/TGO"),
                                                     ("state/GHA", "state/TGO")}
    assert {c.rule for c in found.cooperations} == {"joint-body-meeting"}


def test_a_meeting_that_is_not_of_a_joint_body_pairs_nobody():
    found = facts("Energy ministers of Ghana, Togo and Benin met in Lome in May 2024 at an investment forum "
                  "on the coastal transmission backbone.")
    assert found.cooperations == []


def test_a_capacity_to_reach_by_a_year_is_not_a_project():
    text = "Chile and Peru will together install 40 GW of solar capacity in the Andes by 2035, and 90 GW by 2050."
    assert facts(text).projects == []


def test_capacity_a_figure_rose_from_is_not_a_project():
    text = "Laos has built 9,000 MW of hydropower, up from about 4,000 MW of hydropower in 2015."
    assert 4000.0 not in {p.capacity_mw for p in facts(text).projects}


def test_a_plant_due_by_a_year_is_still_a_project():
    found = facts("Masdar will build a 1 GW solar plant in Uzbekistan by 2027.").projects
    assert [(p.capacity_mw, p.technologies, p.hosts) for p in found] == [(1000.0, ("solar",), ("state/UZB",))]


def test_a_person_named_only_as_the_one_met_is_a_person():
    found = facts("Olaf Brenner met Teodora Valcu in Bucharest in March to discuss the gas pipeline.")
    assert {e.label for e in found.entities.values() if e.kind == "Person"} == {"Olaf Brenner", "Teodora Valcu"}


def test_a_person_named_before_who_met_is_a_person():
    found = facts("The ceremony was attended by Kofi Mensah-Boateng, who met the Ghanaian president later that day.")
    assert "Kofi Mensah-Boateng" in {e.label for e in found.entities.values() if e.kind == "Person"}


def test_as_members_of_a_bloc_the_subject_is_its_member():
    eac = "organization/east-african-community"
    found = memberships("As members of the East African Community (EAC), Kenya and Uganda apply one customs tariff.")
    assert found == {("state/KEN", eac, "member"), ("state/UGA", eac, "member")}
    found = memberships("Kenya and Uganda met on Monday. As members of the East African Community, both countries "
                        "apply one customs tariff.")
    assert found == {("state/KEN", eac, "member"), ("state/UGA", eac, "member")}


def test_an_organization_holding_observer_status_is_an_observer():
    found = memberships("The International Energy Agency holds observer status at the International Renewable "
                        "Energy Agency.")
    assert found == {("organization/international-energy-agency",
                      "organization/international-renewable-energy-agency", "observer")}


def test_member_states_of_a_body_which_include_a_list_are_members():
    sapp = "organization/southern-african-power-pool"
    found = memberships("Trading on the day-ahead market is open to the member states of the Southern African Power "
                        "Pool, which include Zambia, Zimbabwe and Namibia.")
    assert found == {("state/ZMB", sapp, "member"), ("state/ZWE", sapp, "member"), ("state/NAM", sapp, "member")}


def actor_pairs(text: str) -> set[tuple[str, str]]:
    return {c.actors for c in facts(text).cooperations}


def test_its_partners_are_the_partners_of_the_actor_the_sentence_before_is_about():
    found = actor_pairs("Eni runs the offshore block and holds 40%. Its partners are Shell (35%) and Norway's "
                        "Equinor (25%).")
    assert found == {("organization/eni", "organization/shell"), ("organization/eni", "organization/equinor"),
                     ("organization/equinor", "organization/shell")}


def test_holders_of_stakes_alongside_another_hold_them_together():
    found = actor_pairs("Eni and Shell each own a share of the Zohr gas field alongside Egypt's EGAS, the ministry "
                        "said.")
    egas = "organization/egyptian-natural-gas-holding-company"
    assert found == {("organization/eni", "organization/shell"), (egas, "organization/eni"),
                     (egas, "organization/shell")}


def test_a_stake_held_alongside_a_state_pairs_nobody():
    assert actor_pairs("Equinor holds a stake in the field alongside Norway.") == set()


def test_agreed_with_a_partner_to_do_something_is_an_agreement():
    found = facts("Petronas agreed with Shell in March 2024 to supply gas to the Bintulu plant for ten more years.")
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == [
        ("Agreement", {"organization/petronas", "organization/shell"}, "2024-03")]


def test_agreed_with_it_names_the_actor_of_the_sentence_before():
    found = facts("Eskom is looking for partners. In May 2024 it agreed with Masdar to build two wind farms in "
                  "the Northern Cape.")
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == [
        ("Agreement", {"organization/eskom", "organization/masdar"}, "2024-05")]


def test_agreeing_with_an_opinion_or_a_rumoured_agreement_is_none():
    assert facts("The minister said he agreed with Aramco that oil prices were too high.").agreements == []
    assert facts("Eni denied reports that it had agreed with Sonatrach to buy more gas.").agreements == []


def test_the_units_of_one_plant_are_not_projects_and_its_total_is_its_capacity():
    found = facts("Rosatom is building four 1,200 MW reactors at El Dabaa in Egypt, a total capacity of "
                  "4,800 MW.").projects
    assert [(p.capacity_mw, p.technologies, p.hosts) for p in found] == [(4800.0, ("nuclear",), ("state/EGY",))]


def test_gas_transmission_operators_and_development_funds_are_known_companies():
    found = facts("Enagás, Fluxys and Plinacro met the Abu Dhabi Fund for Development and Norfund in Madrid.")
    kinds = {k: e.kind for k, e in found.entities.items()}
    assert {"organization/enagas", "organization/fluxys", "organization/plinacro",
            "organization/abu-dhabi-fund-for-development", "organization/norfund"} <= set(kinds)
    assert {kinds[k] for k in kinds if k.startswith("organization/")} == {"Company"}


def test_a_state_describing_a_lender_in_apposition_is_not_a_party():
    found = facts("Eskom and the African Development Bank signed loan agreements in Pretoria on Monday with "
                  "Proparco, France's development finance institution.")
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/eskom", "organization/african-development-bank", "organization/proparco"}]


def test_the_state_of_a_builder_named_in_an_aside_is_not_a_host():
    found = facts("The 500 MW transmission line into Chile is being built by Enel Chile, a subsidiary of Italy's "
                  "Enel.").projects
    assert [p.hosts for p in found] == [("state/CHL",)]


def test_a_name_after_a_portfolio_is_the_ministers_not_part_of_the_portfolio():
    people = [e.label for e in facts("Morocco will export more power, Minister of Territorial Development and "
                                     "Infrastructure Karim Benali said on Monday.").entities.values()
              if e.kind == "Person"]
    assert people == ["Karim Benali"]


def test_a_holders_name_running_on_after_an_agency_is_cut_from_it():
    found = facts("The head of the Agency of the Republic of Uzbekistan on Nuclear Energy Azim Akhmedkhadjaev met "
                  "Eskom's chief executive in Pretoria on Monday.")
    labels = {e.label: e.kind for e in found.entities.values()}
    assert labels.get("Agency of the Republic of Uzbekistan on Nuclear Energy") == "GovernmentBody"
    assert labels.get("Azim Akhmedkhadjaev") == "Person"


def test_a_former_name_the_text_gives_names_the_organization_later():
    found = facts("Equinor, formerly Statoil, signed a supply deal with Ukraine on Monday. In 2015 Statoil and "
                  "Naftogaz had agreed on gas swaps.")
    assert found.entities["organization/equinor"].alt_labels >= {"Statoil"}
    assert ("organization/equinor", "organization/naftogaz") in {c.actors for c in found.cooperations}


def test_a_bare_short_name_the_text_does_not_explain_is_not_linked():
    found = facts("The agreement was signed with Total and ExxonMobil in 2019.")
    assert "organization/totalenergies" not in found.entities


def test_owners_listed_right_after_owned_by_are_partners():
    assert actor_pairs("The pipeline is jointly owned by Bulgartransgaz and Transgaz.") == {
        ("organization/bulgartransgaz", "organization/transgaz")}


def test_two_leaders_meeting_on_the_sidelines_of_a_summit_hold_a_meeting_of_their_own():
    found = facts("Indian Prime Minister Narendra Modi met Kenyan President William Ruto on the sidelines of the "
                  "G20 Summit in New Delhi in September.").events
    assert {(e.kind, e.place, e.date, e.participants) for e in found if e.kind == "Meeting"} == {
        ("Meeting", "place/new-delhi", "2024-09", ("state/IND", "state/KEN"))}
    assert {e.label for e in found if e.kind == "Summit"} == {"G20 Summit"}


def test_a_group_meeting_on_the_sidelines_of_a_forum_is_the_forum_only():
    found = facts("The energy ministers of the four countries met on the sidelines of the Istanbul Energy Forum "
                  "in November.").events
    assert [e.kind for e in found] == ["Forum"]


def organizations(found) -> dict[str, str]:
    return {e.key: e.kind for e in found.entities.values() if e.key.startswith("organization/")}


def test_a_name_in_no_list_that_signs_or_is_signed_with_is_a_firm():
    found = facts("Kaltavo signed a ten-year supply contract with Norvik and Brelmar in Tallinn on 3 March 2025. "
                  "Separately, Quinsette and Dravo agreed to pool their grid assets.")
    assert organizations(found) == {"organization/kaltavo": "Company", "organization/norvik": "Company",
                                    "organization/brelmar": "Company", "organization/quinsette": "Company",
                                    "organization/dravo": "Company"}
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/kaltavo", "organization/norvik", "organization/brelmar"}]


def test_what_only_looks_like_a_party_is_no_firm():
    found = facts("Officials signed the papers on Monday. Kenya wants deeper cooperation with Central Asia and "
                  "the Caucasus. Hollis Power (Pty) Ltd signed a lease with the port. Varnak Ltd and Orlen agreed.")
    assert "organization/ltd" not in organizations(found)
    assert "organization/hollis-power" in organizations(found)


def test_a_capital_in_capitals_opening_a_paragraph_is_not_a_signer():
    text = ("Farsund Hydro is a state firm.\n\nOSLO - Farsund Hydro, the Norwegian state company that leases "
            "river sites, signed site agreements with two developers on Tuesday.")
    assert facts(text).agreements == []


def place_labels(found) -> set[str]:
    # the maintained list spells some names with their diacritics ("Tulsīpur")
    return {place_labels_of(e) for e in found.entities.values() if e.kind == "Place"}


def test_the_hyphenated_ends_of_a_line_are_places_even_below_the_lists_cut():
    found = facts("India will import power over the 400 kV Gorakhpur-Tulsipur line, and oil reaches the Mediterranean "
                  "through the Baku-Tbilisi-Ceyhan pipeline.")
    assert {"Gorakhpur", "Tulsipur", "Baku", "Tbilisi", "Ceyhan"} <= place_labels(found)
    # states stay states, and direction words name no place
    found = facts("Gas no longer flows through the Russia-Ukraine pipeline or the North-South corridor.")
    assert place_labels(found) == set()
    assert {"state/RUS", "state/UKR"} <= set(found.entities)


def test_a_body_named_after_its_seat_keeps_the_city_in_its_name():
    found = facts("Shares of the developer trade on the Nairobi Securities Exchange. The Lisbon Chamber of Commerce "
                  "welcomed the deal. The loan came from the Kuwait Fund for Arab Economic Development.")
    names = {e.label: e.kind for e in found.entities.values() if e.key.startswith("organization/")}
    assert names == {"Nairobi Securities Exchange": "Company", "Lisbon Chamber of Commerce": "Organization",
                     # a state's development fund is in the reference lenders, typed as KfW and JBIC are
                     "Kuwait Fund for Arab Economic Development": "Company"}
    assert place_labels(found) == set()
    # the city alone is still a place
    assert "Nairobi" in place_labels(facts("The ministers met in Nairobi on Monday."))


def persons_and_bodies(found) -> tuple[set[str], set[str]]:
    return ({e.label for e in found.entities.values() if e.kind == "Person"},
            {e.label for e in found.entities.values() if e.key.startswith("organization/")})


def test_a_portfolio_that_opens_with_a_continuing_word_is_the_title_s_not_a_name():
    found = facts("Georgia's Minister of Territorial Administration and Infrastructure Levan Kiknadze met the "
                  "delegation in Tbilisi.")
    assert persons_and_bodies(found) == ({"Levan Kiknadze"}, set())


def test_a_body_named_in_a_title_does_not_take_the_name_that_follows():
    found = facts("The Chairman of the Agency of the Republic of Uzbekistan on Atomic Energy Timur Rakhimov and "
                  "the head of Rosatom signed a roadmap on Tuesday.")
    people, bodies = persons_and_bodies(found)
    assert "Timur Rakhimov" in people
    assert "Agency of the Republic of Uzbekistan on Atomic Energy" in bodies
    assert not any("Rakhimov" in b for b in bodies)


def test_an_event_that_was_the_occasion_of_a_signing_is_held_where_it_was_signed():
    record = DocumentRecord("t.txt", "In Rome on 21 January 2025, Italy and Germany signed a joint declaration on hydrogen. "
                            "The signing closed the second Trilateral Ministerial Meeting on the corridor.\n\n"
                            "Serbia and Hungary signed a memorandum of understanding in Szeged on 12 January 2025, "
                            "at a session of the Joint Energy Council.", published="2025-01-22")
    found = extract(record)
    assert {(e.label, e.place) for e in found.events} >= {
        ("second Trilateral Ministerial Meeting", "place/rome"),
        ("Session of the Joint Energy Council", "place/szeged")}


def test_a_named_dialogue_between_governments_is_a_meeting():
    found = facts("Officials of Chile and Peru met in Lima on 3 March 2025 for the Andean Energy Dialogue.")
    assert [(e.kind, e.label, e.place) for e in found.events] == [("Meeting", "Andean Energy Dialogue", "place/lima")]


def test_a_minister_in_charge_of_a_portfolio_joined_by_an_ampersand_is_a_title():
    found = facts("The memorandum was signed by Minister-in-charge of Trade and Science & Technology Dr Lim Wei Ming "
                  "and the Indonesian energy minister.")
    assert {e.label for e in found.entities.values() if e.kind == "Person"} == {"Lim Wei Ming"}


def test_a_name_beside_an_owner_s_title_in_lower_case_is_a_person():
    found = facts("Norway's state secretary for energy, Ola Berge, and the European Commission's director-general "
                  "for energy, Dina Holm Larsen, took part. Chile's ambassador in Rome, Pablo Rojas, signed. "
                  "Sam Keller, bp's executive vice-president for gas, said so. The ceremony was attended by Omar Nazari, "
                  "the Taliban administration's deputy prime minister.")
    assert persons_and_bodies(found)[0] == {"Ola Berge", "Dina Holm Larsen", "Pablo Rojas", "Sam Keller", "Omar Nazari"}


def test_holders_listed_after_a_dash_or_each_for_a_body_and_who_heads_a_body_are_persons():
    found = facts("The deal was signed with the prime ministers of Estonia, Latvia and Poland — Jaan Tamm, Ivars Ozols "
                  "and Piotr Nowak — in June. The documents were signed by the two utilities' directors general, "
                  "Karim Alaoui for ONEE and Ahmed Salem for SOMELEC. The office, headed by Katherine Tate, asked for "
                  "talks. The developer was bought by a group led by Grok Ventures.")
    assert persons_and_bodies(found)[0] == {"Jaan Tamm", "Ivars Ozols", "Piotr Nowak", "Karim Alaoui", "Ahmed Salem",
                                            "Katherine Tate"}


def test_the_city_a_firm_is_based_in_is_a_place_the_capital_too():
    found = facts("The London-based developer and an Almaty-based consultancy studied the market.")
    assert {"London", "Almaty"} <= place_labels(found)
    assert not any(k.startswith("state/") for k in found.entities)  # the capital names no government here


def test_a_dated_dateline_on_a_line_of_its_own_names_the_place_of_the_release():
    text = "PRESS RELEASE\n\nMontevideo, 4 March 2025\n\nUruguay and Chile signed a memorandum on green hydrogen."
    found = extract(DocumentRecord("t.txt", text, published="2025-03-04"))
    assert "Montevideo" in place_labels(found)
    # a line of capitals with no date is no dateline
    found = extract(DocumentRecord("t.txt", "BRIEFS\n\nUruguay and Chile signed a memorandum.", published="2025-03-04"))
    assert place_labels(found) == set()


def test_a_share_after_a_place_does_not_make_it_part_of_a_longer_name():
    found = facts("In Argentina, Andes Hydro holds 60% and Cuyo Power of Mendoza 40%.")
    assert "Mendoza" in place_labels(found)


def test_a_city_on_a_route_is_the_large_one_not_a_small_namesake_and_stays_the_same_place():
    found = facts("Gas will flow from Turkmenistan through Herat and Kandahar to Multan in Pakistan, and on to India. "
                  "Afghanistan backs the line. Security around Herat remains the main risk.")
    assert {"Herat", "Kandahar"} <= place_labels(found)
    assert len([e for e in found.entities.values() if e.kind == "Place" and "Herat" in place_labels_of(e)]) == 1


def place_labels_of(entity) -> str:
    """An entity's label without its diacritics."""
    import unicodedata

    return unicodedata.normalize("NFKD", entity.label).encode("ascii", "ignore").decode()


def test_an_event_on_that_day_takes_the_day_and_place_of_the_signing_before_it():
    text = ("India and Brazil signed a memorandum on green hydrogen in New Delhi on 11 September 2023. On that day "
            "the two leaders co-chaired the first meeting of the Joint Energy Council.")
    found = extract(DocumentRecord("t.txt", text, published="2023-10-09"))
    assert [(e.date, e.place) for e in found.events] == [("2023-09-11", "place/new-delhi")]


def test_a_name_with_and_inside_that_its_acronym_spells_is_one_body():
    found = facts("Varda Hydro signed the power purchase agreement with Nepal's National Transmission and Despatch "
                  "Company (NTDC) in 2019.")
    assert organizations(found) == {"organization/varda-hydro": "Company",
                                    "organization/national-transmission-and-despatch-company": "Company"}
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/varda-hydro", "organization/national-transmission-and-despatch-company"}]


def test_a_ministry_after_the_and_a_demonym_keeps_its_state_and_own_name():
    found = facts("The German Federal Ministry for Economic Affairs and Climate Action said the cable would help.")
    bodies = {e.label: e for e in found.entities.values() if e.key.startswith("organization/")}
    assert list(bodies) == ["Ministry of Economic Affairs and Climate Action of Germany"]
    assert "Federal Ministry for Economic Affairs and Climate Action" in bodies[
        "Ministry of Economic Affairs and Climate Action of Germany"].alt_labels
    assert persons_and_bodies(found)[0] == set()


def test_an_agency_credited_by_its_correspondent_is_no_mention():
    text = ("ASTANA - A package of documents on a wind farm was signed in Paris, Steppe News Agency correspondent "
            "reports. As Steppe News previously reported, the plant will have 1 GW.")
    assert not any("Steppe" in e.label for e in facts(text).entities.values())


def test_states_listed_as_non_members_are_no_members():
    found = facts("The charter links OPEC with Norway, Oman and other non-members.")
    assert found.memberships == []


def test_a_utility_named_by_its_state_and_two_trades_spelled_by_its_acronym_is_one_firm():
    found = facts("The Belize Power and Light (BPL) will buy the electricity from the plant on the West Bank of the "
                  "river.")
    assert organizations(found) == {"organization/belize-power-and-light": "Company"}


def test_cities_listed_as_offices_are_places_the_capital_too_and_a_holder_after_a_description():
    found = facts("Corvan is a French investor. It has offices in Paris, Istanbul and Addis Ababa. Ethiopia agreed. "
                  "The conglomerate, led by billionaire Ravi Menon, builds a port. The developer, chaired by former "
                  "Tesco chief executive Sir Alan Reid, plans a cable.")
    assert {"Paris", "Istanbul", "Addis Ababa"} <= place_labels(found)
    assert {"Ravi Menon", "Alan Reid"} <= persons_and_bodies(found)[0]
    assert "organization/istanbul" not in organizations(found)  # a name does not run on into the next sentence


def test_a_state_qualifying_a_firm_by_its_trade_is_not_a_party():
    found = facts("Polatom signed a contract with US reactor maker Westinghouse Electric Company and the Korean "
                  "builder Hyundai Engineering & Construction in Warsaw on 26 November 2024.")
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/polatom", "organization/westinghouse", "organization/hyundai-engineering-construction"}]
    assert not any("state/USA" in c.actors for c in found.cooperations)


def test_both_countries_members_of_two_bodies_are_members_of_each():
    found = memberships("Qatar and Oman agreed to develop the field. Both countries are founding members of the "
                        "Gulf Cooperation Council (GCC) and members of the Organization of the Petroleum Exporting "
                        "Countries (OPEC).")
    gcc, opec = "organization/gulf-cooperation-council", "organization/organization-of-the-petroleum-exporting-countries"
    assert found == {(s, o, "member") for s in ("state/QAT", "state/OMN") for o in (gcc, opec)}


def test_the_two_countries_relations_of_a_partnership_level_are_a_partnership_of_both():
    found = facts("Russia and Uzbekistan signed a deal on Monday. Officials said that the two countries' relations of "
                  "comprehensive strategic partnership are developing.")
    assert [(set(p.partners), p.level) for p in found.partnerships] == [
        ({"state/RUS", "state/UZB"}, "comprehensive strategic partnership")]


def test_an_agreement_short_of_parties_does_not_take_them_from_a_second_predicate():
    found = facts("Ireland is expanding offshore wind. The government signed a record number of offshore wind "
                  "contracts in its fourth auction last September and has approved new interconnectors with France "
                  "and Wales in recent years.")
    assert found.agreements == []
    assert not any("state/FRA" in c.actors for c in found.cooperations)


def test_a_name_listed_with_firms_is_a_firm_even_when_the_recogniser_reads_a_person():
    found = facts("The consortium is made up of Candu Energy, Korea Hydro & Nuclear Power (KHNP) and Ansaldo Nucleare.")
    assert organizations(found).get("organization/ansaldo-nucleare") == "Company"


def test_work_outside_energy_pairs_no_one_and_a_topic_ends_with_its_own_phrase():
    found = facts("Orlen is also building a container terminal at Gdansk port together with Baltic Hub and the Port "
                  "Authority of Gdansk.")
    assert found.cooperations == []
    found = facts("India and Nepal signed a memorandum on energy efficiency, and jointly inaugurated a hospital in "
                  "Kathmandu. Russia and Serbia signed a memorandum on a hospital in Belgrade.")
    assert [c.actors for c in found.cooperations] == [("state/IND", "state/NPL")]
    assert len(found.agreements) == 2  # an instrument outside energy is still an instrument
