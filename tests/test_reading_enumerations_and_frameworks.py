"""A relative clause on the last item of an enumeration, frameworks and compacts signed as instruments,
a pipeline of projects, and a clause opened by ", as" (eighteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts, memberships, pairs


def _agreements(text: str) -> list[tuple]:
    return [(a.kind, set(a.parties), a.date, a.place, a.label) for a in facts(text).agreements]


def test_a_clause_after_an_enumeration_opened_by_a_colon_is_about_its_last_item():
    # before: all five lenders were parties to the loan agreement Australia signed
    text = ("Five lenders support the dam: the World Bank, the Asian Development Bank, the Green Climate Fund and "
            "Australia, which in 2021 signed a US$20 million agreement with Fiji to pay for the power line.")
    assert _agreements(text) == [("Agreement", {"state/AUS", "state/FJI"}, "2021", None, None)]
    assert {tuple(sorted(c.actors)) for c in facts(text).cooperations} == {("state/AUS", "state/FJI")}


def test_a_clause_after_a_plain_list_still_speaks_of_every_item():
    text = "Poland and Lithuania, which signed a grid agreement in 2022, opened the line in 2025."
    assert [set(a.parties) for a in facts(text).agreements] == [{"state/POL", "state/LTU"}]


def test_a_named_framework_signed_is_an_agreement_and_its_place_is_no_part_of_its_name():
    text = ("Australia and the United States signed the Australia-United States Framework for Critical Minerals "
            "Supply in Washington on 20 October 2024.")
    assert _agreements(text) == [("Agreement", {"state/AUS", "state/USA"}, "2024-10-20", "place/washington-d-c",
                                  "Australia-United States Framework for Critical Minerals Supply")]


def test_a_framework_agreement_is_one_instrument_and_a_policy_framework_none():
    assert [a.kind for a in facts("Georgia and Armenia signed a framework agreement on power trade.").agreements] \
        == ["Agreement"]
    assert facts("Chile has a policy framework for hydrogen, and the ministers discussed it.").agreements == []


def test_a_framework_recalled_beside_the_agreement_that_made_it_is_not_a_second_one():
    text = ("The intergovernmental framework dates back to October 2020, when Poland and the United States signed "
            "an agreement on civil nuclear power.")
    assert [(set(a.parties), a.date) for a in facts(text).agreements] == [({"state/POL", "state/USA"}, "2020-10")]


def test_a_compact_signed_is_an_agreement():
    text = "Fiji and New Zealand signed the Pacific Clean Energy Compact in Suva on 3 March 2024."
    assert _agreements(text) == [("Agreement", {"state/FJI", "state/NZL"}, "2024-03-03", "place/suva",
                                  "Pacific Clean Energy Compact")]


def test_a_pipeline_of_projects_is_no_pipeline():
    text = "Chile and Argentina will each put US$1 billion into a pipeline of projects worth US$8 billion."
    assert facts(text).projects == []
    built = facts("Chile and Argentina will build a gas pipeline across the Andes.").projects
    assert ["pipeline" in p.technologies for p in built] == [True]


def test_an_instrument_in_a_clause_opened_by_as_is_not_the_one_adopted_before_it():
    # before: "adopted" reached the trade pact of the clause after ", as", with the United States a party
    text = ("Canada and Mexico adopted an action plan on energy on Thursday, as both countries brace for a review of "
            "their trade pact with the United States next year.")
    # (the action plan the two adopted is an instrument of theirs since the twentieth session; the pact is not)
    assert [set(a.parties) for a in facts(text).agreements] == [{"state/CAN", "state/MEX"}]


def test_adverbials_in_a_row_open_the_sentence_before_its_subject():
    # before: "visit to China, Sri Lanka's Ministry of Energy" read as one list, China a signer
    text = ("In January, during President Anura Kumara Dissanayake's state visit to China, Sri Lanka's Ministry of "
            "Energy signed an agreement with Sinopec for a $3.7 billion refinery at Hambantota.")
    assert _agreements(text) == [("Agreement", {"organization/ministry-of-energy-of-sri-lanka",
                                                "organization/sinopec"}, "2025-01", None, None)]


def test_a_visit_to_a_state_is_not_placed_where_the_works_of_another_clause_are():
    text = ("In January, during President Anura Kumara Dissanayake's state visit to China, Sri Lanka's Ministry of "
            "Energy signed an agreement with Sinopec for a $3.7 billion refinery at Hambantota.")
    visits = [(e.place, set(e.participants)) for e in facts(text).events if e.kind == "Visit"]
    assert visits == [(None, {"state/LKA", "state/CHN"})]


def test_one_visitor_s_trips_to_two_states_are_two_visits():
    text = ("South Korean President Yoon Suk Yeol arrived in Manila on Monday for a state visit to the Philippines. Yoon travels "
            "on to Singapore on Tuesday for a state visit.")
    visits = [set(e.participants) for e in facts(text).events if e.kind == "Visit"]
    assert visits == [{"state/KOR", "state/PHL"}, {"state/KOR", "state/SGP"}]


def test_a_state_s_own_body_building_a_plant_makes_its_state_the_host():
    text = ("On December 30, CNNC and the Pakistan Atomic Energy Commission began building the 1,200 MW reactor "
            "in Punjab.")
    assert [(p.hosts, p.capacity_mw) for p in facts(text).projects] == [(("state/PAK",), 1200.0)]


def test_a_leader_named_family_name_first_is_named_again_by_it():
    text = ("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on 2 July 2024. "
            "Xi then flew to Dushanbe for a state visit to Tajikistan.")
    visits = [set(e.participants) for e in facts(text).events if e.kind == "Visit"]
    assert visits == [{"state/CHN", "state/TJK"}]


def test_roles_held_without_the_body_named_are_in_the_body_the_report_opens_with():
    text = ("Artur Lorkowski has headed the Secretariat of the Energy Community since 2022. Ukraine has been a "
            "Contracting Party since 2011. Armenia is an observer, as are Norway and Türkiye. Our Contracting "
            "Parties Serbia, North Macedonia and Albania all export power to the EU at times.")
    body = "organization/energy-community"
    assert memberships(text) == {("state/UKR", body, "member"), ("state/ARM", body, "observer"),
                                 ("state/NOR", body, "observer"), ("state/TUR", body, "observer"),
                                 ("state/SRB", body, "member"), ("state/MKD", body, "member"),
                                 ("state/ALB", body, "member")}


def test_a_role_of_another_body_or_one_still_to_come_is_not_the_lead_body_s():
    text = ("The Energy Community extends EU energy law to its neighbours. Ukraine hopes to become a member of "
            "the European Union. Moldova may become a member one day.")
    assert memberships(text) == set()



def test_the_member_is_the_state_a_relative_clause_describes_not_one_named_inside_it():
    # before: China, named inside the clause, was read as the member
    for text in ("Kazakhstan, which sells oil to China, is a member of the Eurasian Economic Union.",
                 "Kazakhstan, which sells oil with OPEC, is a member of the Eurasian Economic Union."):
        assert memberships(text) == {("state/KAZ", "organization/eurasian-economic-union", "member")}


def _events(text: str) -> list[tuple]:
    return [(e.kind, e.label, e.place, e.date, set(e.participants)) for e in facts(text).events]


def test_a_body_s_summit_told_as_held_somewhere_or_hosted_by_a_state():
    assert _events("The SCO summit was held in Tashkent on 4 July 2024.") == [
        ("Summit", "SCO summit", "place/tashkent", "2024-07-04", {"organization/shanghai-cooperation-organization"})]
    assert _events("Kazakhstan hosted the SCO summit in Astana in July 2024.") == [
        ("Summit", "SCO summit", "place/astana", "2024-07",
         {"organization/shanghai-cooperation-organization", "state/KAZ"})]
    assert _events("Uzbekistan will host the SCO summit in 2026.") == []  # still to come, nowhere said


def test_a_summit_still_to_come_is_recorded_when_the_text_says_where_and_when():
    assert _events("The next SCO summit will be held in Tashkent in July 2025.") == [
        ("Summit", "SCO summit", "place/tashkent", "2025-07", {"organization/shanghai-cooperation-organization"})]
    assert _events("The SCO summit will be held in Tashkent.") == []


def test_signed_on_behalf_of_each_side_names_the_parties():
    text = ("The memorandum was signed on behalf of Senegal by Energy Minister Birame Souleye Diop and on behalf of "
            "Mauritania by Energy Minister Mohamed Ould Khaled in Nouakchott on 3 May 2024.")
    assert _agreements(text) == [("MemorandumOfUnderstanding", {"state/SEN", "state/MRT"}, "2024-05-03",
                                  "place/nouakchott", None)]


def test_signed_by_a_minister_and_a_firm_s_chairman_is_the_state_s_and_the_firm_s():
    text = ("The agreement was signed by Uzbekistan's energy minister and ACWA Power's chairman in Tashkent on "
            "3 May 2024.")
    assert _agreements(text) == [("Agreement", {"state/UZB", "organization/acwa-power"}, "2024-05-03",
                                  "place/tashkent", None)]


def test_a_licence_granted_is_no_agreement():
    text = "The US Office of Foreign Assets Control issued a licence to Gazprombank for civil nuclear transactions."
    assert facts(text).agreements == []


def test_a_work_without_a_state_of_its_own_is_in_its_client_s_state_not_its_builder_s():
    text = "Chinese firm CEEC will construct the 600 MW Kafue Gorge Lower hydropower plant for Zambia's ZESCO."
    assert [(p.hosts, p.label) for p in facts(text).projects] == [(("state/ZMB",),
                                                                    "Kafue Gorge Lower hydropower plant")]
    text = "Italy's Eni was awarded a contract by Algeria's Sonatrach to develop the Zemoul El Kbar gas field."
    assert [p.hosts for p in facts(text).projects] == [("state/DZA",)]


def test_the_city_an_agreement_on_a_work_was_signed_in_is_not_the_work_s_place():
    text = ("Azerbaijan, Georgia, Romania and Hungary signed an agreement on the Black Sea submarine cable in "
            "Bucharest on 17 December 2022.")
    assert [p.locations for p in facts(text).projects] == [()]
    assert [a.place for a in facts(text).agreements] == ["place/bucharest"]


def test_a_refinery_is_an_oil_work_and_a_gallium_refinery_none():
    text = "Sinopec will build a $3.7 billion refinery at Hambantota under an agreement signed with Sri Lanka in January."
    assert [(p.technologies, p.hosts, p.locations) for p in facts(text).projects] == [
        (("oil",), ("state/LKA",), ("place/hambantota",))]
    assert facts("Alcoa will build a gallium refinery in Western Australia.").projects == []


def test_a_stake_and_the_rest_held_by_another_make_two_partners():
    text = "Masdar will own 40% of the project, with the rest held by Uzbekistan's Ministry of Energy."
    assert pairs(text) == {frozenset({"organization/masdar", "organization/ministry-of-energy-of-uzbekistan"})}


def test_a_body_s_meeting_counted_by_the_body_is_a_meeting():
    for noun in ("meeting", "session"):
        text = f"The Azerbaijan-Uzbekistan intergovernmental commission held its fifth {noun} in Tashkent on 14 March 2024."
        assert [(e.kind, e.place, e.date) for e in facts(text).events] == [("Meeting", "place/tashkent", "2024-03-14")]


def test_firms_named_with_their_states_that_create_a_joint_venture_are_partners():
    text = ("Georgia's GSE, Azerbaijan's Azerenerji and Romania's Transelectrica have created a joint venture.")
    assert pairs(text) == {frozenset({"organization/georgian-state-electrosystem", "organization/azerenerji"}),
                           frozenset({"organization/georgian-state-electrosystem", "organization/transelectrica"}),
                           frozenset({"organization/azerenerji", "organization/transelectrica"})}
    assert pairs("GSE and Azerenerji may create a joint venture.") == set()


def test_a_firm_whose_name_ends_in_grid_names_no_project():
    text = "Kazakhstan's KEGOC and China's State Grid signed a memorandum on the construction of a 500 kV line."
    assert [p.label for p in facts(text).projects] == [None]


def _partnerships(text: str) -> set[tuple]:
    return {(frozenset(p.partners), p.level) for p in facts(text).partnerships}


def test_a_level_told_of_the_partners_is_their_partnership():
    assert _partnerships("China and Pakistan are all-weather strategic cooperative partners.") == {
        (frozenset({"state/CHN", "state/PAK"}), "all-weather strategic cooperative partnership")}
    assert _partnerships("Azerbaijan and Hungary became strategic partners in 2014.") == {
        (frozenset({"state/AZE", "state/HUN"}), "strategic partnership")}
    assert _partnerships("Russia and China are comprehensive strategic partners of coordination.") == {
        (frozenset({"state/RUS", "state/CHN"}), "comprehensive strategic partnership of coordination")}


def test_strategic_partners_sought_or_denied_make_no_partnership():
    assert _partnerships("Azerbaijan wants to find strategic partners such as Hungary and Italy.") == set()
    assert _partnerships("Azerbaijan and Hungary are not strategic partners.") == set()


def test_a_voltage_makes_a_line_a_power_line():
    text = "The 400 kV Georgia-Türkiye line was commissioned in 2013."
    assert [(p.technologies, set(p.hosts)) for p in facts(text).projects] == [
        (("transmission",), {"state/GEO", "state/TUR"})]


def test_works_named_with_a_number_or_an_en_dash_or_as_a_farm_or_park_keep_their_name():
    assert [p.label for p in facts("Ørsted and Equinor will develop the Hornsea 4 offshore wind farm.").projects] \
        == ["Hornsea 4 offshore wind farm"]
    assert [p.label for p in facts("Masdar opened the Nur Navoi solar park in Uzbekistan.").projects] \
        == ["Nur Navoi solar park"]
    text = "Turkmenistan supplies gas to China through the Central Asia–China gas pipeline."
    assert [(p.label, set(p.hosts)) for p in facts(text).projects] == [
        ("Central Asia–China gas pipeline", {"state/TKM", "state/CHN"})]


def test_the_members_of_a_venture_that_describes_a_work_take_part_in_it():
    text = ("Construction of the 1,320 MW Payra coal plant, a joint venture of Bangladesh's NWPGCL and China's CMC, "
            "was completed in 2020.")
    assert [set(p.participants) for p in facts(text).projects] == [{"organization/nwpgcl", "organization/cmc"}]


def test_a_line_ending_in_a_colon_above_lines_of_sentences_is_a_heading_of_its_own():
    text = ("Timeline:\nMarch 2023: Lithuania and Poland sign an agreement on the Harmony Link cable.\n"
            "June 2024: Estonia and Latvia agree to build a second cable.")
    assert [s.text for s in facts(text).sentences] == [
        "Timeline:", "March 2023: Lithuania and Poland sign an agreement on the Harmony Link cable.",
        "June 2024: Estonia and Latvia agree to build a second cable."]
    assert [(set(a.parties), a.date) for a in facts(text).agreements] == [({"state/LTU", "state/POL"}, "2023-03")]
    # a list of bare names under such a line stays one sentence with it
    assert len(facts("The signatories were:\nAzerbaijan\nGeorgia\nTurkey").sentences) == 1


def test_a_capitalised_common_noun_opening_a_line_is_no_instrument_s_name():
    text = ("Memorandum of understanding between Egypt's Ministry of Electricity and Masdar on wind power, signed "
            "in Cairo on 3 May 2024.")
    assert [(a.kind, a.label) for a in facts(text).agreements] == [("MemorandumOfUnderstanding", None)]


def test_persons_listed_with_their_honorifics_are_persons():
    text = "The meeting was attended by Ms. Aminata Touré, Mr. Amadou Diallo and Dr. Fatou Sow."
    assert {e.label for e in facts(text).entities.values() if e.kind == "Person"} == {
        "Aminata Touré", "Amadou Diallo", "Fatou Sow"}


def test_two_demonyms_sharing_the_noun_that_makes_them_actors_are_both_actors():
    text = "Kazakh and Chinese officials signed an agreement on energy in Astana."
    assert _agreements(text) == [("Agreement", {"state/KAZ", "state/CHN"}, "2025-05", "place/astana", None)]
    assert facts("Kazakh and Chinese companies signed an agreement in Astana.").agreements == []


def test_firms_that_develop_a_named_field_take_part_in_it_and_work_together():
    text = "Eni and Shell will develop the Abadi gas field in Indonesia."
    assert [(p.label, set(p.developers)) for p in facts(text).projects] == [
        ("Abadi gas field", {"organization/eni", "organization/shell"})]
    assert pairs(text) == {frozenset({"organization/eni", "organization/shell"})}


def test_actors_said_to_be_partners_partner_each_other():
    expected = {frozenset({"state/UZB", "organization/acwa-power"})}
    assert pairs("Uzbekistan and ACWA Power have been partners since 2019.") == expected
    assert pairs("Uzbekistan and ACWA Power are partners in the project.") == expected
    assert pairs("Uzbekistan and ACWA Power are not partners.") == set()
