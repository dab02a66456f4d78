"""A consortium named by who leads it, a deal "worth $8.5 billion with" its other side, the agency a report
is attributed to, "announced a joint venture", a dateline the parser must not read as a subject, initials
without points and styles of honour, the officer opposite "his Bhutanese counterpart", the name a relative
clause describes, states that name a line, "the two Egyptian companies", gorges, falls and branches of the
Nile, a day-first dateline in capitals (twenty-third session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from reading_helpers import agreements, facts, pairs


def _persons(f) -> dict[str, tuple[str | None, str | None]]:
    return {e.label: (e.position, e.represents) for e in f.entities.values() if e.kind == "Person"}


def _labels(f, kind: str) -> set[str]:
    return {e.label for e in f.entities.values() if e.kind == kind}


def test_a_consortium_named_by_who_leads_it_is_that_firm_as_either_side():
    text = "Kestrel Power signed a power purchase agreement with a consortium led by Japan's Marubeni on Monday."
    assert agreements(text) == [("Contract", {"organization/kestrel-power", "organization/marubeni"})]
    text = "A consortium led by Marubeni signed a contract with Kestrel Power to build a 600 MW geothermal plant."
    assert agreements(text) == [("Contract", {"organization/marubeni", "organization/kestrel-power"})]


def test_a_deal_worth_a_sum_with_decimals_keeps_its_other_side_and_the_reporting_agency_is_no_party():
    text = ("ACWA Power has signed agreements worth $8.5 billion with Uzbekistan's Ministry of Energy to develop wind "
            "farms, the Saudi Press Agency reported on Monday.")
    assert agreements(text) == [("Agreement", {"organization/acwa-power",
                                               "organization/ministry-of-energy-of-uzbekistan"})]
    assert pairs(text) == {frozenset({"organization/acwa-power", "organization/ministry-of-energy-of-uzbekistan"})}


def test_the_place_of_the_works_is_not_where_the_deal_was_signed():
    f = facts("Kestrel Power signed an agreement with Uzbekistan to develop wind farms in the Karakalpakstan region. "
              "The deal was signed in Tashkent in the presence of ministers.")
    assert [(a.parties, f.entities[a.place].label) for a in f.agreements] == [
        (("organization/kestrel-power", "state/UZB"), "Tashkent")]


def test_two_firms_that_announce_a_joint_venture_or_its_formation_work_together():
    expected = {frozenset({"organization/verdana-power", "organization/calix-renewables"})}
    assert pairs("Verdana Power and Calix Renewables announced a joint venture.") == expected
    assert pairs("Verdana Power and Calix Renewables on Wednesday announced the formation of a 50:50 joint "
                 "venture.") == expected
    assert pairs("Verdana Power and Calix Renewables unveiled a partnership.") == expected
    # (talks, an end or a denial are none)
    assert pairs("Verdana Power and Calix Renewables are discussing a joint venture.") == set()
    assert pairs("Verdana Power and Calix Renewables did not announce a partnership.") == set()


def test_a_dateline_does_not_become_the_subject_of_the_first_sentence():
    text = ("NEW DELHI, Jan 10 (PTI) - Verdana Power and Calix Renewables on Wednesday announced the formation of a "
            "joint venture.")
    assert pairs(text) == {frozenset({"organization/verdana-power", "organization/calix-renewables"})}


def test_initials_without_points_styles_of_honour_and_the_officer_opposite_a_counterpart():
    f = extract(DocumentRecord("t.txt", "THIMPHU, Jan 9 (PTI) - Power Minister R K Singh met his Bhutanese "
                                        "counterpart Lyonpo Loknath Sharma on Tuesday. India and Bhutan are partners "
                                        "in hydropower.", published="2024-01-10", publisher="PTI"))
    assert _persons(f) == {"R K Singh": ("Power Minister", "state/IND"), "Loknath Sharma": (None, "state/BTN")}
    assert [(e.kind, set(e.participants)) for e in f.events] == [("Meeting", {"state/IND", "state/BTN"})]
    assert _persons(facts("Energy Minister Cde Zhemu Soda opened the plant.")) == {
        "Zhemu Soda": ("Minister of Energy", None)}
    assert _persons(facts("Pertamina president director Nicke Widyawati said so.")) == {
        "Nicke Widyawati": ("President director", "organization/pertamina")}


def test_a_title_list_gives_each_holder_the_last_title_before_the_name():
    f = facts("The partnership was signed by Commissioner for Energy Dan Jørgensen and Namibia's Minister of Mines "
              "and Energy, Natangue Ithete.")
    assert _persons(f) == {"Dan Jørgensen": ("Commissioner for Energy", None),
                           "Natangue Ithete": ("Minister", "state/NAM")}


def test_the_name_a_relative_clause_describes_is_the_subject_not_a_name_inside_the_clause():
    text = "YPF, which is controlled by the Argentine government, already partners with Chevron and Shell."
    assert pairs(text) == {frozenset({"organization/ypf", "organization/chevron"}),
                           frozenset({"organization/ypf", "organization/shell"})}


def test_states_a_line_is_named_after_are_its_hosts_but_not_the_signers():
    f = facts("Zambia will resume construction of the long-delayed Zambia-Tanzania Interconnector Project this month "
              "after Government signed a grant agreement with the World Bank in Lusaka on Friday.")
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"state/ZMB", "organization/world-bank"})]
    assert [(p.technologies, set(p.hosts)) for p in f.projects] == [(("transmission",), {"state/ZMB", "state/TZA"})]


def test_the_two_firms_of_a_state_named_beside_a_third_are_the_two_of_that_state():
    text = ("The dam is being built for the Tanzania Electric Supply Company (TANESCO) by a joint venture of two "
            "Egyptian firms, Arab Contractors and Elsewedy Electric. The contract was signed in Dar es Salaam in "
            "December 2018 by TANESCO and the two Egyptian companies.")
    assert agreements(text) == [("Contract", {"organization/tanzania-electric-supply-company",
                                              "organization/arab-contractors", "organization/elsewedy-electric"})]


def test_partners_in_a_named_area_of_the_operator_work_with_it_and_each_other():
    text = ("Eni, operator of the project on behalf of its Area 4 partners ExxonMobil, Galp and Korea Gas "
            "Corporation (KOGAS), said the cargo left.")
    keys = ["organization/eni", "organization/exxonmobil", "organization/galp", "organization/korea-gas-corporation"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(keys) for b in keys[i + 1:]}


def test_gorges_falls_branches_of_the_nile_and_units_are_places_not_persons_or_firms():
    f = facts("At a ceremony at the project site in Stiegler's Gorge, Pwani Region, the Head of State spoke. "
              "Studies of Inga Falls went on. The plant on the Victoria Nile and a dam on the Blue Nile opened.")
    assert _labels(f, "Place") == {"Stiegler's Gorge", "Pwani Region", "Inga Falls", "Victoria Nile", "Blue Nile"}
    assert _labels(f, "Person") == set() and _labels(f, "Company") == set()


def test_a_dateline_in_capitals_with_the_day_first_is_a_place_not_a_metonym():
    # (the record gives no day: the dateline's is the report's)
    f = extract(DocumentRecord("t.txt", "BRUSSELS, 12 March 2025\n\nThe European Commission and Namibia today signed "
                                        "a partnership."))
    assert _labels(f, "Place") == {"Brussels"}
    assert "organization/european-union" not in f.entities
    assert [(a.date, f.entities[a.place].label) for a in f.agreements] == [("2025-03-12", "Brussels")]


def test_a_firm_named_with_its_legal_form_at_a_paragraph_end_keeps_no_full_stop():
    f = facts("The project will be developed with PT Medco Power Indonesia.\n\nSeparately, Indonesia agreed.")
    assert _labels(f, "Company") == {"Medco Power Indonesia"}


def test_reference_bodies_a_reader_of_the_field_expects():
    f = facts("The African Union Commission, NEPAD and the Paris Club met in Nairobi.")
    assert _labels(f, "InternationalOrganization") == {"African Union Commission",
                                                       "New Partnership for Africa's Development", "Paris Club"}
    assert "Paris" not in _labels(f, "Place")


def test_a_venture_led_by_one_firm_with_the_others_at_their_shares():
    text = ("Kestrel LNG is a joint venture led by Shell, which holds a 40 per cent stake, with Malaysia's Petronas at "
            "25 per cent, PetroChina and Japan's Mitsubishi Corp. at 15 per cent each, and Korea Gas Corp. at five "
            "per cent.")
    keys = ["organization/shell", "organization/petronas", "organization/petrochina",
            "organization/mitsubishi-corporation", "organization/korea-gas-corporation"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(keys) for b in keys[i + 1:]}


def test_who_sells_part_of_a_work_and_who_buys_it_work_together():
    assert pairs("Verdana Power sold a 65 per cent interest in the line to KKR and Calix Renewables in 2020.") == {
        frozenset({"organization/verdana-power", "organization/kkr"}),
        frozenset({"organization/verdana-power", "organization/calix-renewables"}),
        frozenset({"organization/kkr", "organization/calix-renewables"})}
    assert pairs("PTTEP bought a 25% stake in the Yadana field from Chevron.") == {
        frozenset({"organization/pttep", "organization/chevron"})}
    # (a sale only planned or denied is none)
    assert pairs("Shell plans to sell its stake in the field to PTTEP.") == set()
    assert pairs("Shell did not sell its stake in the field to PTTEP.") == set()


def test_a_listed_firm_named_inside_a_venture_name_stays_itself_and_a_place_based_is_no_firm():
    f = facts("It was developed by PT Pembangkitan Jawa Bali Masdar Solar Energi (PMSE), a joint venture of PLN "
              "Nusantara Power and Abu Dhabi-based renewable energy company Masdar.")
    assert _labels(f, "Company") == {"Masdar", "PT Pembangkitan Jawa Bali Masdar Solar Energi", "PLN Nusantara Power"}
    assert f.entities["organization/pt-pembangkitan-jawa-bali-masdar-solar-energi"].alt_labels == {"PMSE"}
    assert pairs("It was developed by a joint venture of PLN Nusantara Power and Abu Dhabi-based renewable energy "
                 "company Masdar.") == {frozenset({"organization/pln-nusantara-power", "organization/masdar"})}


def test_more_styles_of_honour_and_words_that_are_no_names():
    f = facts("TNB president and chief executive officer Datuk Ir Megat Jalaluddin Megat Hassan said it.")
    assert set(_persons(f)) == {"Megat Jalaluddin Megat Hassan"} and _labels(f, "Company") == {"Tenaga Nasional"}
    assert set(_persons(facts("Cambodia and Laos signed documents during Prime Minister Samdech Moha Borvor "
                              "Thipadei Hun Manet's first official visit."))) == {"Hun Manet"}
    assert _persons(facts("Speaking at a press conference, PM Lee said the pact would help.")) == {}
    f = facts("Q: You signed a memorandum with EDL on February 1.")
    assert _labels(f, "Company") == {"Électricité du Laos"}


def test_a_portfolio_with_its_article_and_one_word_ending_in_bank_before_and():
    f = facts("Singapore's Minister for Sustainability and the Environment Grace Fu spoke.")
    assert _persons(f) == {"Grace Fu": ("Minister for Sustainability and the Environment", "state/SGP")}
    assert _labels(facts("The loans came from Kasikornbank and Siam Commercial Bank."), "Company") == {
        "Kasikornbank", "Siam Commercial Bank"}
    # (two words joined by "and" before a firm's word stay one name)
    assert _labels(facts("Procter and Gamble Holdings agreed."), "Company") == {"Procter and Gamble Holdings"}


def test_a_legislature_is_its_states_body_and_no_party_to_what_it_denounces():
    f = facts("The Jogorku Kenesh ratified the treaty. The Verkhovna Rada approved it.")
    assert {(e.label, e.kind, e.country) for e in f.entities.values() if e.kind == "GovernmentBody"} == {
        ("Jogorku Kenesh", "GovernmentBody", "KGZ"), ("Verkhovna Rada", "GovernmentBody", "UKR")}
    text = ("Kyrgyzstan wants the plant built. An agreement with Russia on the construction of the plant, signed in "
            "Bishkek on September 20, 2012, was denounced by the Jogorku Kenesh in January 2016.")
    assert agreements(text) == [("Agreement", {"state/KGZ", "state/RUS"})]


def test_talks_held_with_a_leader_beside_a_named_forum_are_a_meeting_of_their_own():
    f = facts("Chile's President Gabriel Boric travelled to Beijing for the third Belt and Road Forum and held talks "
              "with Chinese President Xi Jinping, where lithium was on the agenda.")
    assert sorted((e.kind, e.place, frozenset(e.participants)) for e in f.events) == [
        ("Forum", "place/beijing", frozenset({"state/CHL", "state/CHN"})),
        ("Meeting", "place/beijing", frozenset({"state/CHL", "state/CHN"})),
        ("Visit", "place/beijing", frozenset({"state/CHL", "state/CHN"}))]


def test_a_sale_told_as_done_is_a_contract_between_seller_and_buyers():
    assert agreements("Verdana Power sold a 65 per cent interest in the line to KKR and Calix Renewables in "
                      "2020.") == [("Contract", {"organization/verdana-power", "organization/kkr",
                                                 "organization/calix-renewables"})]
    f = facts("In 2019 Sempra sold its Peruvian businesses to China Three Gorges Corporation.")
    assert [(a.kind, set(a.parties), a.date) for a in f.agreements] == [
        ("Contract", {"organization/sempra", "organization/china-three-gorges-corporation"}, "2019")]
    assert agreements("State Grid bought the Chilean unit from Naturgy in 2020.") == [
        ("Contract", {"organization/state-grid-corporation-of-china", "organization/naturgy"})]
    # (a sale only planned is none; one the sentence tells as an instrument is that instrument, once)
    assert agreements("Shell plans to sell its stake in the field to PTTEP.") == []
    # (an agreement to sell a stake is the sale's contract: since the forty-first session "to sell" after the noun
    # is read, as "to supply" is)
    assert agreements("Verdana Power signed an agreement to sell its stake in the plant to Calix Renewables.") == [
        ("Contract", {"organization/verdana-power", "organization/calix-renewables"})]


def test_a_firms_own_call_passed_on_by_another_publisher_speaks_as_that_firm():
    text = ("Verdana Power — Third-quarter 2024 results conference call. Edited excerpt.\n\n"
            "CHIEF EXECUTIVE OFFICER: In August we entered into a strategic alliance with Calix Renewables. We also "
            "consolidated the service agreements between our subsidiary, Kestrel Gas, and Calix Renewables.")
    f = extract(DocumentRecord("t.txt", text, published="2024-11-08", publisher="Energy Transcripts Digest"))
    # ("our subsidiary" says whose the subsidiary is: the firm is no party to its service agreements; "our
    # contract" is the firm's)
    assert frozenset({"organization/verdana-power", "organization/calix-renewables"}) in {
        frozenset(c.actors) for c in f.cooperations}
    assert not any("organization/verdana-power" in a.parties for a in f.agreements if a.sentence == 3)


def test_a_firm_named_after_a_province_whose_name_holds_and_is_one_firm():
    f = facts("Hydro-Québec and Newfoundland and Labrador Hydro signed a memorandum of understanding.")
    assert _labels(f, "Company") == {"Hydro-Québec", "Newfoundland and Labrador Hydro"}
    assert f.entities["organization/newfoundland-and-labrador-hydro"].alt_labels == set()
    assert agreements("Hydro-Québec and Newfoundland and Labrador Hydro signed a memorandum of understanding.") == [
        ("MemorandumOfUnderstanding", {"organization/hydro-quebec", "organization/newfoundland-and-labrador-hydro"})]


def test_names_and_offices_in_letters_beyond_ascii_and_in_capitals_and_a_dateline_of_two_cities():
    f = facts("Rasmus Errboe, Ørsted's deputy chief executive, said the partners were satisfied.")
    assert _persons(f) == {"Rasmus Errboe": ("Deputy chief executive", "organization/orsted")}
    f = facts("Zoë Yujnovich, Shell's Integrated Gas and Upstream Director, said that oil would matter.")
    assert _labels(f, "Company") == {"Shell"} and set(_persons(f)) == {"Zoë Yujnovich"}
    f = facts("Stavanger / London, 5 December 2024 - Equinor ASA and Shell plc have today agreed to combine their "
              "assets.")
    assert _labels(f, "Place") == {"Stavanger", "London"}


def test_a_firm_bought_from_its_owner_and_a_stake_after_a_short_form_in_brackets():
    assert agreements("Masdar agreed to buy Spanish operator Saeta Yield from Canada's Brookfield in February.") == [
        ("Contract", {"organization/masdar", "organization/brookfield-asset-management"})]
    assert agreements("Germany will buy gas from Qatar.") == []
    f = facts("The plant is owned by Électricité de France SA (EDF; 12.5%) and Amber Infrastructure Group (7.6%).")
    assert {frozenset(c.actors) for c in f.cooperations} == {
        frozenset({"organization/edf", "organization/amber-infrastructure-group"})}


def test_as_member_states_of_bodies_listed_the_subject_is_a_member_of_each_and_the_bodies_act_with_no_one():
    f = facts("Iran and Pakistan held talks. As member states of the Economic Cooperation Organization (ECO), the "
              "Shanghai Cooperation Organization (SCO) and the Organisation of Islamic Cooperation (OIC), the two sides "
              "agreed to strengthen coordination within these forums.")
    bodies = ("organization/economic-cooperation-organization", "organization/shanghai-cooperation-organization",
              "organization/organisation-of-islamic-cooperation")
    assert {(m.member, m.organization, m.role) for m in f.memberships} == {
        (s, b, "member") for s in ("state/IRN", "state/PAK") for b in bodies}
    assert {frozenset(c.actors) for c in f.cooperations} == {frozenset({"state/IRN", "state/PAK"})}


def test_a_governorate_is_no_state_of_that_name_and_an_onshore_farm_by_the_sea_is_onshore():
    f = facts("Kestrel Wind is building a 500 MW onshore wind farm at Ras Ghareb in the Red Sea Governorate.")
    assert [(p.technologies, p.hosts) for p in f.projects] == [(("wind",), ())]
    assert "state/SDN" not in {e.country and f"state/{e.country}" for e in f.entities.values()}


def test_a_firm_named_for_a_fuel_gives_no_technology_to_a_plant_beside_it():
    f = facts("Centrica, the owner of British Gas, signed the agreement on 22 July, the day the government took the "
              "final investment decision on the 3.2 GW plant on the Suffolk coast.")
    assert [(p.technologies, p.capacity_mw) for p in f.projects] == [((), 3200.0)]


def test_a_firm_named_in_capitals_before_its_legal_form_and_its_short_form():
    f = facts("The Japan Bank for International Cooperation (JBIC) signed on November 18 a loan agreement with RED SEA "
              "WIND ENERGY S.A.E. (RED SEA) of Egypt. RED SEA will expand the wind farm. The Red Sea is warm.")
    firm = f.entities["organization/red-sea-wind-energy"]  # (its legal form, "S.A.E.", names no one)
    assert (firm.kind, firm.alt_labels) == ("Company", {"RED SEA WIND ENERGY S.A.E.", "RED SEA"})
    assert _labels(f, "Place") == {"Red Sea"}
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"organization/japan-bank-for-international-cooperation", firm.key})]


def test_it_that_buys_a_firm_is_the_firm_the_text_is_about():
    assert agreements("Masdar has grown fast. In February it agreed to buy Spanish operator Saeta Yield from Canada's "
                      "Brookfield.") == [("Contract", {"organization/masdar", "organization/brookfield-asset-management"})]


def test_a_us_state_is_not_the_crown_dependency_it_holds_and_a_town_qualified_by_its_province():
    f = facts("Orsted scrapped its Ocean Wind projects off New Jersey in 2023. The bank keeps an office in Jersey.")
    assert {(e.label, e.country) for e in f.entities.values() if e.kind == "Place"} == {
        ("New Jersey", "USA"), ("Jersey", "GBR")}
    f = facts("The tanker left Kitimat, British Columbia, for Asia.")
    assert {(e.label, e.country) for e in f.entities.values() if e.kind == "Place"} == {
        ("Kitimat", "CAN"), ("British Columbia", "CAN")}


def test_the_government_named_bare_is_the_report_states():
    assert agreements("The government on Friday signed the agreement with Hyphen Hydrogen Energy at State House in "
                      "Windhoek.") == [("Agreement", {"state/NAM", "organization/hyphen-hydrogen-energy"})]
    # (one named with its state is that state's, and no other's)
    assert agreements("Kenya hosted the talks. The Ugandan government signed the agreement with Verdana Power.") == [
        ("Agreement", {"state/UGA", "organization/verdana-power"})]


def test_a_buyer_named_with_where_it_is_from_and_storage_of_a_fuel_is_no_energy_storage():
    assert agreements("New Fortress Energy has agreed to sell its Jamaican business to Texas-based Excelerate "
                      "Energy.") == [("Contract", {"organization/new-fortress-energy", "organization/excelerate-energy"})]
    assert agreements("Enel sold its Peruvian generation business to the British investment fund Actis.") == [
        ("Contract", {"organization/enel", "organization/actis"})]
    from epkg.graph.extract.vocab import find_technologies
    assert [t for _, _, t in find_technologies("a floating storage and regasification unit, gas storage and carbon "
                                               "storage beside solar with storage")] == ["natural gas", "solar",
                                                                                         "energy storage"]


def test_the_leaders_meeting_of_two_states_is_a_meeting():
    f = facts("It was the key outcome of the seventh Singapore-Australia Annual Leaders' Meeting, held in Canberra on "
              "Tuesday.")
    assert [(e.kind, e.label) for e in f.events] == [("Meeting", "seventh Singapore-Australia Annual Leaders' Meeting")]


def test_india_s_export_import_bank_is_no_american_one():
    f = facts("The Export-Import Bank of India lent $1.6 billion for the plant. The US Exim Bank backed another.")
    assert {(e.label, e.country) for e in f.entities.values() if e.kind == "Company"} == {
        ("Export-Import Bank of India", "IND"), ("Export-Import Bank of the United States", "USA")}
