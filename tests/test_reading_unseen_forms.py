"""Forms of news English found on a fresh held-out set (sixth session), each in its general form.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, memberships

GECF = "organization/gas-exporting-countries-forum"


# ---------------------------------------------------------------- signers


def test_a_name_governed_by_a_preposition_before_a_second_verb_is_not_its_signer():
    text = ("Hungary has been moving its fuel purchases away from Russia and in 2023 signed a supply contract "
            "with Framatome for its reactors.")
    assert agreements(text) == [("Contract", {"state/HUN", "organization/framatome"})]
    assert {c.actors for c in facts(text).cooperations} == {("organization/framatome", "state/HUN")}


def test_a_seller_before_a_contract_with_a_buyer_stays_a_party():
    text = "The line carries power bought from Norsk Hydro under a 20-year contract with Statkraft."
    assert agreements(text) == [("Contract", {"organization/norsk-hydro", "organization/statkraft"})]


def test_leaders_who_attend_a_signing_are_not_its_parties():
    text = ("After their talks, President Erdogan and Chancellor Scholz attended the signing of several "
            "agreements, among them a gas agreement between the state company BOTAS and the German group Uniper.")
    assert agreements(text) == [("Agreement", {"organization/botas", "organization/uniper"})]


def test_leaders_present_at_a_signing_named_with_their_titles_are_not_its_parties():
    text = ("Under an agreement signed in Rome in May 2024 between Eni and Sonatrach, in the presence of "
            "President Tebboune and then Prime Minister Draghi, deliveries will rise.")
    assert agreements(text) == [("Agreement", {"organization/eni", "organization/sonatrach"})]


def test_where_goods_are_delivered_is_not_a_party():
    text = ("DOHA, Nov 29 (Reuters) - QatarEnergy and U.S. oil major ConocoPhillips on Tuesday signed a sale "
            "and purchase agreement to deliver liquefied natural gas to Germany for 15 years.")
    assert agreements(text) == [("Contract", {"organization/qatarenergy", "organization/conocophillips"})]


def test_a_definite_mention_with_modifiers_refers_back_to_the_instrument():
    text = ("CAIRO - Egypt, Israel and the European Union signed a memorandum of understanding in Cairo on "
            "Wednesday on gas exports. The three-way memorandum was signed by Egypt's Petroleum and Mineral "
            "Resources Minister Tarek El Molla, Israeli Energy Minister Karine Elharrar and EU Energy "
            "Commissioner Kadri Simson on the sidelines of a meeting.")
    assert agreements(text) == [("MemorandumOfUnderstanding",
                                 {"state/EGY", "state/ISR", "organization/european-union"})]


def test_the_owner_before_a_portfolio_with_and_is_whom_a_minister_represents():
    found = facts("Egypt's Petroleum and Mineral Resources Minister Tarek El Molla visited Athens.")
    assert found.entities["person/tarek-el-molla"].represents == "state/EGY"


def test_a_leader_is_not_the_short_form_of_a_fund_named_after_him():
    found = facts("The Mohammed VI Investment Fund backs solar parks. On 28 October, President Macron and "
                  "King Mohammed VI met in Rabat.")
    assert found.entities["person/mohammed-vi"].kind == "Person"
    assert [m.key for m in found.mentions if m.text.startswith("Mohammed")] == [
        "organization/mohammed-vi-investment-fund", "person/mohammed-vi"]


# ---------------------------------------------------------------- memberships


def test_a_body_that_groups_states_has_them_as_members():
    found = memberships("The GECF, founded in 2001 and based in Doha, groups Qatar, Iran, Russia and Algeria.")
    assert found == {(f"state/{c}", GECF, "member") for c in ("QAT", "IRN", "RUS", "DZA")}


def test_the_groups_members_are_those_of_the_body_named_in_the_sentence_before():
    found = memberships("The Gas Exporting Countries Forum met in Algiers on Monday. "
                        "The group's members include Qatar, Iran and Algeria.")
    assert found == {(f"state/{c}", GECF, "member") for c in ("QAT", "IRN", "DZA")}


def test_who_sits_in_the_forum_as_observers_are_its_observers():
    found = memberships("The Gas Exporting Countries Forum met in Doha. "
                        "Norway and the Asian Development Bank sit in the forum as observers.")
    assert found == {("state/NOR", GECF, "observer"), ("organization/asian-development-bank", GECF, "observer")}


def test_a_state_described_by_its_rank_in_a_body_is_a_member():
    found = memberships("Kuwait, OPEC's third-largest producer, raised output.")
    assert found == {("state/KWT", "organization/organization-of-the-petroleum-exporting-countries", "member")}


def test_a_rank_outside_a_body_makes_no_member():
    assert memberships("Kuwait, Asia's third-largest buyer of crude, raised imports.") == set()


def test_who_co_chairs_the_group_named_before_is_a_member():
    found = memberships("The Gas Exporting Countries Forum met in Doha. "
                        "Iran, which co-chairs the group with Qatar, backed the plan.")
    assert found == {("state/IRN", GECF, "member"), ("state/QAT", GECF, "member")}


def test_the_group_stands_for_no_body_when_two_were_named_before():
    text = ("OPEC and the Gas Exporting Countries Forum met in Doha. "
            "The group's members include Qatar and Iran.")
    assert memberships(text) == set()


# ---------------------------------------------------------------- projects


def test_a_project_whose_investment_decision_is_not_made_is_not_recorded():
    text = ("Environmental groups say the plant would only be clean if carbon capture is built through the "
            "Seaport Carbon project, whose final investment decision has not been made.")
    assert facts(text).projects == []


def test_a_project_at_the_design_stage_is_not_recorded():
    assert facts("The ministry said the long-discussed Chad-Cameroon gas pipeline remains at the design "
                 "stage.").projects == []


def test_a_line_to_be_tendered_is_not_recorded():
    assert facts("A 230 kV transmission line to the Kibo substation is to be tendered next year.").projects == []


def test_an_undecided_project_that_the_report_also_ties_to_a_signed_agreement_is_recorded():
    text = ("The Chad-Cameroon Gas Pipeline still has no final investment decision. Chad's SHT and Cameroon's "
            "SNH signed an agreement on the Chad-Cameroon Gas Pipeline in May.")
    assert [(p.label, p.technologies) for p in facts(text).projects] == [
        ("Chad-Cameroon Gas Pipeline", ("pipeline", "natural gas"))]


def test_a_decided_project_beside_an_undecided_one_is_recorded():
    text = ("Kenya built the 300 MW Kibo solar plant in 2023, but the 500 MW Tana wind farm remains at the "
            "planning stage.")
    assert [(p.capacity_mw, p.technologies) for p in facts(text).projects] == [(300.0, ("solar",))]


def test_a_firm_after_a_comma_and_opens_its_own_clause():
    text = ("Total signed an agreement with the ministry to cooperate on hydrogen in the south of the kingdom "
            "of Morocco, and the French company Engie signed a memorandum with the Masen agency on solar power.")
    assert ("MemorandumOfUnderstanding", {"organization/engie", "organization/masen"}) in agreements(text)


def test_a_project_only_evaluated_and_undecided_is_not_recorded():
    text = ("The sides continue to evaluate the Trans-Balkan Pipeline project, which would carry gas under the "
            "Adriatic Sea to Italy, but no decision has been made on its construction.")
    assert facts(text).projects == []


# ---------------------------------------------------------------- names


def test_a_state_s_energy_ministry_in_front_form_is_its_ministry_of_energy():
    text = "Kazakhstan's Energy Ministry signed a memorandum with Total on Monday."
    assert agreements(text) == [("MemorandumOfUnderstanding",
                                 {"organization/ministry-of-energy-of-kazakhstan", "organization/total"})]


def test_a_front_form_portfolio_with_and_is_kept_whole():
    found = facts("The reserves are large, according to Turkey's Energy and Natural Resources Ministry.")
    assert found.entities["organization/ministry-of-energy-and-natural-resources-of-turkiye"].kind == "GovernmentBody"


def test_a_pronoun_in_a_quote_is_no_firm():
    found = facts('"We have agreed on a road map," Arkab told reporters after the signing with Sonatrach.')
    assert "organization/we" not in found.entities


def test_a_title_before_a_firm_s_name_is_not_part_of_it():
    found = facts("Mele Kyari, Group Chief Executive Officer of Nigerian Gas Holdings Ltd, signed the deal.")
    assert [e.label for e in found.entities.values() if e.kind == "Company"] == ["Nigerian Gas Holdings"]


def test_a_french_name_goes_on_over_its_elided_particle():
    found = facts("Eni operates the field with Société Nationale d'Opérations Pétrolières de la Côte d'Ivoire, "
                  "which holds 17%.")
    assert "Société Nationale d'Opérations Pétrolières de la Côte d'Ivoire" in {
        e.label for e in found.entities.values() if e.kind == "Company"}


# ---------------------------------------------------------------- contracts awarded, partners chosen


def test_a_contract_awarded_to_a_consortium_is_the_buyers_with_each_member():
    found = facts("Petrobras awarded the contract to a consortium of Saipem and Karstrom in 2021.")
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == [
        ("Contract", {"organization/petrobras", "organization/saipem", "organization/karstrom"}, "2021")]


def test_a_contract_won_from_a_buyer_is_a_contract_with_it():
    text = ("The subsea work was carried out by a consortium of Saipem and Karstrom, which won the contract "
            "from Petrobras in 2021.")
    assert agreements(text) == [("Contract", {"organization/petrobras", "organization/saipem",
                                              "organization/karstrom"})]


def test_a_contract_given_to_a_named_firm_before_the_noun():
    assert agreements("In March, Eskom awarded Siemens Energy the contract for two turbines.") == [
        ("Contract", {"organization/eskom", "organization/siemens-energy"})]


def test_a_contract_only_hoped_for_is_not_one():
    assert agreements("Saipem hopes to win a contract from Petrobras.") == []


def test_partners_chosen_for_a_field_each_work_with_who_chose_them():
    found = facts("For the Hail field, Ruwais Energy has also chosen Exxon Mobil, Shell and Eni as partners.")
    assert {c.actors for c in found.cooperations} == {
        ("organization/exxonmobil", "organization/ruwais-energy"), ("organization/ruwais-energy", "organization/shell"),
        ("organization/eni", "organization/ruwais-energy")}


def test_a_contract_won_by_a_led_consortium_is_the_leaders():
    text = ("Enel led the consortium, with Saipem and Petrofac among its members, that won the construction "
            "contract from Petrobras in December 2009.")
    assert agreements(text) == [("Contract", {"organization/petrobras", "organization/enel"})]


def test_a_french_body_with_two_particles_its_acronym_and_a_commission_of_a_bloc_sign_together():
    text = ("Rabat, 15 September 2022 - The Office National des Mines et des Carburants (ONMC), the Nigerian "
            "National Petroleum Company Limited (NNPC Ltd) and the Commission of the Economic Community of "
            "West African States (ECOWAS) today signed a memorandum of understanding on the gas pipeline.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {
        "organization/office-national-des-mines-et-des-carburants",
        "organization/nigerian-national-petroleum-company-limited",
        "organization/economic-community-of-west-african-states"})]


def test_the_word_after_a_particle_is_no_short_form_of_a_firm():
    text = ("The Société Mauritanienne des Hydrocarbures signed with bp. Hydrocarbures prices rose in Europe.")
    assert [m.key for m in facts(text).mentions if m.text == "Hydrocarbures"] == []


def test_who_co_chairs_a_body_s_meetings_with_another_are_both_members():
    found = memberships("Qatar, which co-chairs the Gas Exporting Countries Forum ministerial meetings with Iran, "
                        "welcomed the plan.")
    assert found == {("state/QAT", GECF, "member"), ("state/IRN", GECF, "member")}


def test_the_signers_of_the_treaty_establishing_a_body_are_its_members():
    found = memberships("On 6 July, at a summit in Bamako, the heads of state of Mali, Burkina Faso and Niger signed "
                        "the treaty establishing the Confederation of the Alliance of Sahel States (AES).")
    assert {m for m, _, _ in found} == {"state/MLI", "state/BFA", "state/NER"}


def test_a_body_described_as_a_member_of_another_in_an_apposition_is_one():
    found = memberships("The plant was financed by the Asian Development Bank (ADB), a member of the Gas Exporting "
                        "Countries Forum.")
    assert found == {("organization/asian-development-bank", GECF, "member")}


def test_the_members_a_body_is_made_up_of_in_an_apposition():
    found = memberships("The Gas Exporting Countries Forum, made up of Qatar, Iran and Algeria, met in Doha.")
    assert found == {(f"state/{c}", GECF, "member") for c in ("QAT", "IRN", "DZA")}


# ---------------------------------------------------------------- events still to come


def test_a_ceremony_that_will_be_held_is_not_recorded():
    assert facts("A ceremony to mark the start of production will be held in Abidjan in the presence of "
                 "President Ouattara.").events == []


def test_the_next_summit_the_sides_agreed_to_hold_is_not_recorded():
    assert facts("The two sides agreed to hold the next intergovernmental summit in Rome later this year.").events == []


def test_an_event_that_took_place_is_recorded():
    assert [(e.label, e.place) for e in facts("The COP29 conference opened in Baku on Monday.").events] == [
        ("COP29", "place/baku")]


def test_an_agreement_with_an_unnamed_counted_side_takes_no_other_name_for_it():
    text = ("Riyadh, Saudi Arabia; May 22, 2023 - Green Hydrogen Company (GHC), a joint venture between ACWA "
            "Power and Air Products, today announced that it has signed financing agreements with 23 local, "
            "regional and international banks for the plant.")
    assert agreements(text) == []


def test_the_state_of_a_dateline_is_no_party_of_an_agreement_short_of_one():
    text = ("Riyadh, Saudi Arabia; May 22, 2023 - Green Hydrogen Company today announced that it has signed a "
            "financing agreement for the plant.")
    assert agreements(text) == []


def test_a_meeting_held_before_the_ceremony_has_the_signing_s_day_and_place():
    text = ("Azerbaijan and Romania signed a deal in Bucharest on 17 December 2022. The signing ceremony was "
            "attended by the presidents. Before the ceremony, President Ilham Aliyev held a meeting with "
            "President Klaus Iohannis at the Cotroceni Palace.")
    meetings = [(e.place, e.date, set(e.participants)) for e in facts(text).events if e.kind == "Meeting"]
    assert meetings == [("place/bucharest", "2022-12-17", {"state/AZE", "state/ROU"})]


def test_a_building_named_for_a_government_is_no_person():
    found = facts("The White House said on Monday that Chevron and Petrobras had signed the deal.")
    assert not [e for e in found.entities.values() if e.kind == "Person"]


def test_a_basin_a_desert_and_an_island_named_by_their_head_word_are_places():
    found = facts("Sonatrach works in the Berkine basin in Algeria, Enel in Chile's Atacama Desert and Orsted on "
                  "Bornholm island.")
    assert {"place/berkine", "place/bornholm"} <= {k for k, e in found.entities.items() if e.kind == "Place"}
    assert any(e.kind == "Place" and e.label.startswith("Atacama") for e in found.entities.values())


def test_a_conference_a_speaker_told_is_no_event():
    text = "Deputy Minister Nguyen Hoang Long told a conference in Hanoi earlier this month that the law allows it."
    assert facts(text).events == []


def test_contracts_with_one_firm_for_one_work_and_with_another_for_another_are_two():
    text = ("At the same time, Elia signed engineering, procurement and construction contracts with Siemens Energy, "
            "for the two converter stations, and with Prysmian Group, for the manufacture of the cables.")
    assert sorted(agreements(text), key=str) == sorted([("Contract", {"organization/elia", "organization/siemens-energy"}),
                                                        ("Contract", {"organization/elia", "organization/prysmian"})],
                                                       key=str)


def test_a_convention_centre_names_no_treaty():
    text = ("Malawi's ESCOM and Mozambique's EDM signed a power purchase agreement on Tuesday. The agreement was "
            "signed at the Bingu International Convention Centre in Lilongwe.")
    assert [a.kind for a in facts(text).agreements] == ["Contract"]


def test_the_company_a_party_is_the_parent_of_is_no_party():
    text = ("Under the agreement, signed with GEK Terna, the parent company of Terna Energy, and other "
            "shareholders, Masdar will acquire 67% of Terna Energy's shares.")
    assert agreements(text) == [("Agreement", {"organization/masdar", "organization/gek-terna"})]


def test_a_head_of_state_named_after_the_title_and_the_state_s_full_name():
    found = facts("The ceremony was held in the presence of the President of the Republic of Côte d'Ivoire, "
                  "Alassane Ouattara.")
    assert found.entities["person/alassane-ouattara"].represents == "state/CIV"


def test_a_state_described_as_a_member_of_two_bodies_named_before_the_word():
    found = memberships("Poland, an EU and NATO member, signed the deal.")
    assert found == {("state/POL", "organization/european-union", "member"),
                     ("state/POL", "organization/north-atlantic-treaty-organization", "member")}


def test_a_body_s_contracting_parties_listed_after_its_possessive_are_members():
    found = memberships("The Energy Community's nine contracting parties include Ukraine, Georgia and Moldova.")
    assert {m for m, _, _ in found} == {"state/UKR", "state/GEO", "state/MDA"}


def test_a_minister_and_his_counterpart_sign_for_their_states():
    text = "Kenya's energy minister and his Ethiopian counterpart signed a memorandum on power trade in Nairobi."
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/KEN", "state/ETH"})]


def test_an_agreement_reached_or_sealed_is_one_and_one_only_hoped_for_is_not():
    assert agreements("KenGen and EEP reached an agreement on tariffs on Monday.") == [
        ("Agreement", {"organization/kengen", "organization/ethiopian-electric-power"})]
    assert agreements("KenGen sealed a deal with EEP on Monday.") == [
        ("Agreement", {"organization/kengen", "organization/ethiopian-electric-power"})]
    assert agreements("The two firms hope to reach a deal by June.") == []


def test_a_lender_named_in_an_aside_takes_part_in_the_work():
    found = facts("Construction of the 2,000 MW Kibo hydropower plant in Kenya, financed by the World Bank, "
                  "started in March.")
    assert [(p.capacity_mw, p.investors) for p in found.projects] == [(2000.0, ("organization/world-bank",))]
