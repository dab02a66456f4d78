"""Forms of news English found on fresh held-out sets (seventh session), each in its general form.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, memberships, pairs

G7 = "organization/group-of-seven"


# ---------------------------------------------------------------- references across sentences


def test_the_nine_countries_are_the_nine_named_before():
    text = ("Leaders of Spain, Portugal, France, Italy, Greece, Malta, Cyprus and Croatia met Slovenia's prime "
            "minister in Valletta on Friday. The energy ministers of the nine countries signed a declaration on "
            "offshore wind.")
    assert agreements(text) == [("Declaration", {"state/ESP", "state/PRT", "state/FRA", "state/ITA", "state/GRC",
                                                 "state/MLT", "state/CYP", "state/HRV", "state/SVN"})]


def test_a_count_that_does_not_fit_the_names_before_resolves_to_nothing():
    text = ("Leaders of Spain, Portugal and France met in Lisbon on Friday. The energy ministers of the nine "
            "countries signed a declaration on offshore wind.")
    assert agreements(text) == []


# ---------------------------------------------------------------- memberships


def test_a_body_s_members_listed_between_dashes():
    text = ("Energy ministers of the Group of Seven met in Turin. The group — the United States, Canada, "
            "Germany, France, Italy, Japan and the United Kingdom, with the European Union also taking part — "
            "set a goal for storage.")
    assert memberships(text) == {(f"state/{c}", G7, "member") for c in ("USA", "CAN", "DEU", "FRA", "ITA", "JPN", "GBR")}


def test_states_in_an_aside_between_dashes_after_no_body_are_no_members():
    text = "The deal — Qatar and Germany — was signed in Doha. The group — of investors — met."
    assert memberships(text) == set()


# ---------------------------------------------------------------- parties


def test_a_state_in_brackets_after_a_firm_says_where_it_is_from():
    text = ("The Ministry of Energy of Uzbekistan signed an agreement in Tashkent with ACWA Power (Saudi Arabia) "
            "on a wind farm.")
    assert agreements(text) == [("Agreement", {"organization/ministry-of-energy-of-uzbekistan",
                                               "organization/acwa-power"})]


def test_a_minister_named_without_a_state_serves_the_ministry_of_his_portfolio():
    text = ("The Ministry of Energy of the Republic of Uzbekistan signed agreements with foreign companies. "
            "In Tashkent, the Minister of Energy Jurabek Mirzamakhmudov and the representatives of ACWA Power "
            "(Saudi Arabia) signed an agreement on a wind power plant in the Republic of Karakalpakstan.")
    f = facts(text)
    assert f.entities["person/jurabek-mirzamakhmudov"].represents == "state/UZB"
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [("Agreement", {"state/UZB", "organization/acwa-power"})]
    assert [p.hosts for p in f.projects] == [("state/UZB",)]


def test_a_minister_whose_portfolio_two_states_share_serves_neither():
    text = ("The Ministry of Energy of Uzbekistan and the Ministry of Energy of Kazakhstan met. The Minister of "
            "Energy Almasadam Satkaliyev spoke.")
    assert facts(text).entities["person/almasadam-satkaliyev"].represents is None


# ---------------------------------------------------------------- names


def test_a_state_agency_named_with_on_and_under_the_cabinet():
    text = ("Rosatom and the Agency for Atomic Energy under the Cabinet of Ministers of the Republic of Uzbekistan "
            "signed a contract. Pakistan's standards authority signed a memorandum with Russia's Federal Agency on "
            "Technical Regulation and Metrology. The Energy Regulatory Authority on Monday approved both.")
    f = facts(text)
    bodies = {(e.label, e.country) for e in f.entities.values() if e.kind == "GovernmentBody"}
    assert ("Agency for Atomic Energy under the Cabinet of Ministers of the Republic of Uzbekistan", "UZB") in bodies
    assert ("Federal Agency on Technical Regulation and Metrology", "RUS") in bodies
    assert not any(label.endswith("Monday") for label, _ in bodies)
    assert [set(a.parties) for a in f.agreements][0] == {
        "organization/rosatom", "organization/agency-for-atomic-energy-under-the-cabinet-of-ministers-of-the-republic-of-uzbekistan"}


def test_an_international_court_is_a_body_of_states_and_a_member_of_it_is_read():
    text = "Mongolia is a member of the International Criminal Court (ICC), the European Union said."
    f = facts(text)
    assert f.entities["organization/international-criminal-court"].kind == "InternationalOrganization"
    assert {(m.member, m.organization) for m in f.memberships} == {
        ("state/MNG", "organization/international-criminal-court")}


def test_bodies_listed_after_member_of_are_all_joined():
    assert memberships("Kuwait is a member of OPEC, the GCC and the Arab League.") == {
        ("state/KWT", "organization/organization-of-the-petroleum-exporting-countries", "member"),
        ("state/KWT", "organization/gulf-cooperation-council", "member"),
        ("state/KWT", "organization/arab-league", "member")}


def test_a_minister_after_a_list_of_firms_is_no_firm():
    text = ("Gas will flow under an agreement between Turkish pipeline operator BOTAS and Turkmenistan's state gas "
            "company Turkmengaz, Energy and Natural Resources Minister Alparslan Bayraktar said.")
    f = facts(text)
    assert {k for k, e in f.entities.items() if e.kind == "Company"} == {"organization/botas", "organization/turkmengaz"}
    assert "person/alparslan-bayraktar" in f.entities


def test_whose_contract_with_whom_and_not_where():
    assert agreements("The alliance also consolidates TC Energy's existing contracts with CFE in Mexico.") == [
        ("Contract", {"organization/tc-energy", "organization/comision-federal-de-electricidad"})]
    assert agreements("Türkiye's long-term contract with Iran for 9.6 billion cubic meters a year expires in 2026.") \
        == [("Contract", {"state/TUR", "state/IRN"})]


# ---------------------------------------------------------------- structure and vocabulary


def test_each_bulleted_line_is_a_sentence_of_its_own():
    from epkg.graph.extract.text import split_sentences

    text = ("Documents signed included:\n- a memorandum between Pakistan's standards authority and Rosstandart;\n"
            "• a memorandum between the customs services.\nEnd of list.")
    assert [s.text for s in split_sentences(text)] == [
        "Documents signed included:", "a memorandum between Pakistan's standards authority and Rosstandart;",
        "a memorandum between the customs services.", "End of list."]


def test_trading_power_with_neighbours_is_no_cooperation():
    assert facts("Britain already trades power with France, the Netherlands, Belgium and Norway.").cooperations == []


def test_a_consortium_s_members_listed_with_legal_forms_work_together():
    text = ("The plant is being built by a consortium of Zephyrine, Electric Power Development Co., Ltd. (J-POWER), "
            "Iwatani Corporation and AGL Energy Limited, with support from the state government.")
    # the first member is in no list; named beside firms, it is read as one (J-POWER is listed by its full name,
    # which the text writes with "Co." for "Company")
    members = ["organization/zephyrine", "organization/electric-power-development-company", "organization/iwatani-corporation",
               "organization/agl-energy"]
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]}


def test_a_proposed_consortium_is_no_cooperation():
    text = "A proposed consortium of Iwatani Corporation and AGL Energy Limited could build the plant."
    assert pairs(text) == set()


def test_states_among_the_signatories_of_a_declaration_work_together():
    text = ("The 22 signatories of the Declaration to Triple Nuclear Energy commit to working together. "
            "France, Japan and Ghana were among the signatories, alongside a group of European states.")
    assert pairs(text) == {frozenset(p) for p in (("state/FRA", "state/JPN"), ("state/FRA", "state/GHA"),
                                                  ("state/GHA", "state/JPN"))}
    # the instrument the text names before is theirs
    assert [(a.kind, a.label, set(a.parties)) for a in facts(text).agreements] == [
        ("Declaration", "Declaration to Triple Nuclear Energy", {"state/FRA", "state/JPN", "state/GHA"})]


def test_states_among_the_critics_are_no_signatories():
    text = ("The 22 signatories of the Declaration to Triple Nuclear Energy commit to working together. "
            "France, Japan and Ghana were among the critics of the text.")
    assert pairs(text) == set()


def test_participants_who_endorse_a_joint_statement_are_its_parties():
    text = "Participants included Australia, South Korea and the United States. They endorsed a joint statement."
    assert agreements(text) == [("JointStatement", {"state/AUS", "state/KOR", "state/USA"})]


def test_a_body_that_has_comprised_states_listed_with_plus():
    text = ("Since January 2024, BRICS has comprised Brazil, Russia, India, China and South Africa plus Egypt, "
            "Ethiopia, Iran and the United Arab Emirates.")
    assert memberships(text) == {(f"state/{c}", "organization/brics", "member")
                                 for c in ("BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE")}


def test_a_hyphened_short_form_keeps_its_last_letters():
    # "NA-SA" is a short form, not "NA-" with the legal form "SA"
    text = ("Nucleoeléctrica Argentina S.A. (NA-SA) signed the EPC contract with China National Nuclear "
            "Corporation (CNNC) in Beijing. NA-SA said the plant would cost 8 billion dollars.")
    f = facts(text)
    assert {e.label for e in f.entities.values() if e.kind == "Company"} == {
        "Nucleoeléctrica Argentina", "China National Nuclear Corporation"}


# ---------------------------------------------------------------- places


def places_of(text: str) -> dict[str, str | None]:
    return {k: e.country for k, e in facts(text).entities.items() if e.kind == "Place"}


def test_a_province_named_with_a_demonym_is_a_place_and_gives_its_towns_their_country():
    assert places_of("The plant in Kitimat, British Columbia, shipped its first cargo.") == {
        "place/kitimat": "CAN", "place/british-columbia": "CAN"}
    assert "state/GBR" not in facts("The plant in Kitimat, British Columbia, shipped its first cargo.").entities


def test_a_dateline_with_the_month_before_the_day_names_the_city():
    assert places_of("Beijing, April 12, 2023 - Sinopec announced a deal.") == {"place/beijing": "CHN"}
    assert places_of("China, April 12, 2023 - Sinopec announced a deal.") == {}


# ---------------------------------------------------------------- names that are not bodies


def test_a_former_state_is_no_organization():
    f = facts("The pipeline was built when the Soviet Union ran the grid. Yugoslavia had a similar plan.")
    assert not [e for e in f.entities.values() if e.kind != "State" and e.kind != "Place"]


def test_a_press_release_s_about_heading_is_not_part_of_the_name():
    text = ("Kestrelnor Power signed the deal with Statkraft.\n\nAbout Vestavind Energy B.V.\nEstablished: March "
            "2011\nShareholders: Statkraft")
    assert {e.label for e in facts(text).entities.values() if e.kind == "Company"} == {
        "Kestrelnor Power", "Statkraft", "Vestavind Energy"}


def test_a_visit_to_a_country_took_place_where_its_talks_were_held():
    text = ("Putin arrived in Mongolia on Monday evening on an official visit. Russia and Mongolia signed an "
            "agreement on the power plant in Ulaanbaatar on Tuesday after talks between the two presidents.")
    visits = [e for e in facts(text).events if e.kind == "Visit"]
    assert [(v.place, v.date) for v in visits] == [("place/ulaanbaatar", "2025-05-05")]


def test_a_state_s_fuel_is_no_project_but_a_work_named_after_a_state_is():
    assert facts("The EU will ensure stable demand for additional US LNG until 2030.").projects == []
    assert facts("Germany will keep buying Qatari gas for 15 years.").projects == []
    works = facts("TotalEnergies restarted work on Mozambique LNG, the 13 million tonne plant in Cabo Delgado.").projects
    assert [p.label for p in works] == ["Mozambique LNG"]


def test_a_city_and_an_agency_s_initials_are_a_dateline_and_a_transit_state_is_no_party():
    text = ("Tehran, IRNA – Iraq's Ministry of Electricity has signed a contract with Turkmenistan's state concern "
            "Türkmengaz to import Turkmen gas through the territory of Iran.")
    f = facts(text)
    assert f.publisher == "IRNA" and f.dateline_place == "place/tehran"
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Contract", {"organization/ministry-of-electricity-of-iraq", "organization/turkmengaz"})]


def test_partnership_levels_of_diplomatic_usage_beyond_the_common_ones():
    levels = {p.level for p in facts("Japan and Australia upgraded ties to a special strategic partnership in 2014. "
                                     "Russia and India hailed their special and privileged strategic partnership.")
              .partnerships}
    assert levels == {"special strategic partnership", "special and privileged strategic partnership"}


def test_partnerships_in_the_plural_with_several_states_are_one_each():
    found = {frozenset(p.partners) for p in facts("Australia already has comprehensive strategic partnerships with "
                                                  "Indonesia, India and Singapore.").partnerships}
    assert found == {frozenset({"state/AUS", f"state/{c}"}) for c in ("IDN", "IND", "SGP")}
    found = {frozenset(p.partners) for p in facts("The upgrade puts South Korea among the countries with which "
                                                  "Australia has a comprehensive strategic partnership, alongside "
                                                  "Indonesia and India.").partnerships}
    assert found == {frozenset({"state/AUS", f"state/{c}"}) for c in ("KOR", "IDN", "IND")}


def test_brussels_for_a_government_is_the_union_in_a_report_about_it():
    assert pairs("The EU and the US agreed on LNG supplies. Washington and Brussels have cooperated on energy "
                 "security since 2009.") == {frozenset({"organization/european-union", "state/USA"})}
    assert pairs("Belgium and France agreed. Brussels and Paris cooperate on nuclear power.") == {
        frozenset({"state/BEL", "state/FRA"})}


def test_an_event_held_in_the_resort_or_port_city_of_a_place_is_placed_there():
    text = ("At a trilateral summit of Türkiye, Azerbaijan and Turkmenistan held in the Turkmen resort of Avaza in "
            "December 2022, the leaders agreed to cooperate on gas.")
    assert [(e.kind, e.place) for e in facts(text).events] == [("Summit", "place/avaza")]


def test_the_rating_of_a_plant_s_modules_or_turbines_is_no_project():
    assert facts("Holland Hydrogen 1 will be made up of ten 20 MW electrolyser modules supplied by Siemens.").projects \
        == []
    assert [p.capacity_mw for p in facts("The 1,400 MW plant in Tiszaújváros will have two 700 MW units.").projects] \
        == [1400.0]


def test_a_demonym_before_words_any_firm_could_have_is_part_of_the_name():
    text = ("Turkmengaz holds 85 percent, while the Afghan Gas Enterprise and Pakistan's Inter State Gas Systems "
            "each hold 5 percent.")
    f = facts(text)
    assert (f.entities["organization/afghan-gas-enterprise"].label, f.entities["organization/afghan-gas-enterprise"]
            .country) == ("Afghan Gas Enterprise", "AFG")
    assert "organization/azerbaijani-energy" not in facts("Azerbaijani Energy Minister Parviz Shahbazov spoke.").entities


def test_a_contract_awarded_under_a_spelled_out_name_to_a_venture_of_owned_firms():
    text = ("In February 2021, QatarEnergy awarded the engineering, procurement and construction (EPC) contract "
            "for the onshore facilities to a joint venture of Japan's Chiyoda Corporation and Technip Energies.")
    assert agreements(text) == [("Contract", {"organization/qatarenergy", "organization/chiyoda-corporation",
                                              "organization/technip-energies"})]


def test_where_a_firm_is_listed_or_based_is_no_part_of_its_name():
    labels = {e.label for e in facts("Statkraft signed a supply deal with ASX-listed Kestrelnor Power Ltd.")
              .entities.values() if e.kind == "Company"}
    assert {"Kestrelnor Power", "Statkraft"} <= labels and not any("listed" in label for label in labels)


# ---------------------------------------------------------------- relative clauses and examples


def test_a_relative_clause_after_the_signer_names_no_party():
    text = "Kazakhstan, which exports oil to France and Ghana, signed an agreement with Uzbekistan on Monday."
    assert agreements(text) == [("Agreement", {"state/KAZ", "state/UZB"})]
    # (the clause's own statement, a seller and its buyers, is read by the supply reader, not as signers)
    assert {(frozenset(c.actors), c.rule) for c in facts(text).cooperations} == {
        (frozenset({"state/KAZ", "state/UZB"}), "agreement-parties"),
        (frozenset({"state/KAZ", "state/FRA"}), "cooperation-supply"),
        (frozenset({"state/KAZ", "state/GHA"}), "cooperation-supply")}


def test_a_relative_clause_with_one_name_leaves_the_subject_before_it():
    text = "TotalEnergies, which already works in Russia, signed a contract with Uzbekistan."
    assert agreements(text) == [("Contract", {"organization/totalenergies", "state/UZB"})]


def test_firms_given_as_examples_of_the_subject_sign_together():
    text = "Several oil companies, including Saudi Aramco, ADNOC and TotalEnergies, signed a charter on methane."
    assert pairs(text) == {frozenset(p) for p in (("organization/saudi-aramco", "organization/adnoc"),
                                                  ("organization/saudi-aramco", "organization/totalenergies"),
                                                  ("organization/adnoc", "organization/totalenergies"))}


def test_two_between_lists_joined_by_and_stay_two_pairs():
    text = ('"The deal deepens the cooperation between Sinopec and QatarEnergy, and the energy cooperation '
            'between China and Qatar," the chairman said.')
    assert pairs(text) == {frozenset({"organization/sinopec", "organization/qatarenergy"}),
                           frozenset({"state/CHN", "state/QAT"})}


def test_a_peace_treaty_is_no_energy_cooperation():
    assert pairs("Azerbaijan and Armenia signed a peace treaty in Washington on Friday.") == set()


# ---------------------------------------------------------------- events


def test_a_day_after_an_event_s_name_is_no_part_of_it():
    found = facts("The deal was signed at the Astana International Forum on Thursday. "
                  "The Forum on Energy Security met in Astana in May.").events
    assert sorted(e.label for e in found) == ["Astana International Forum", "Forum on Energy Security"]


# ---------------------------------------------------------------- firms of a state


def test_a_firm_after_a_state_s_possessive_is_the_other_side_of_the_deal():
    # the recogniser calls "Norinco" and "Petrojet" places here; neither is in any list of places
    found = facts("Saudi Aramco signed a deal with China's Norinco to build a refinery. Iraq's Basra Oil Company "
                  "signed a contract with Egypt's Petrojet.")
    assert {(k, e.kind, e.country) for k, e in found.entities.items() if k.startswith("organization/")} == {
        ("organization/saudi-aramco", "Company", "SAU"), ("organization/norinco", "Company", "CHN"),
        ("organization/basra-oil-company", "Company", "IRQ"), ("organization/petrojet", "Company", "EGY")}
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/saudi-aramco", "organization/norinco"}),
        ("Contract", {"organization/basra-oil-company", "organization/petrojet"})]


def test_a_region_after_its_state_s_possessive_stays_a_place():
    found = facts("Kazakhstan signed an agreement with China's Xinjiang on power trade. The plant was built by a "
                  "joint venture of China Huaneng Group's Shandong arm and a local firm.")
    assert {k for k in found.entities if k.startswith("organization/")} == {"organization/china-huaneng-group"}
    assert {"place/xinjiang", "place/shandong"} <= set(found.entities)


def test_firms_named_head_first_in_a_romance_language():
    found = facts("The utility Electricite du Laos signed a deal with EGAT. Compagnie Ivoirienne d'Electricite and "
                  "Empresa Nacional de Electricidad signed too. Belo Monte Transmissora de Energia built the line.")
    assert {(k, e.kind, e.country) for k, e in found.entities.items() if k.startswith("organization/")} == {
        ("organization/electricite-du-laos", "Company", "LAO"),
        ("organization/electricity-generating-authority-of-thailand", "Company", "THA"),
        ("organization/compagnie-ivoirienne-d-electricite", "Company", None),
        ("organization/empresa-nacional-de-electricidad", "Company", None),
        ("organization/belo-monte-transmissora-de-energia", "Company", None)}


def test_ministries_of_portfolios_in_words_of_state_business():
    found = facts("Poland's Ministry of State Assets signed a memorandum with Ukraine's Ministry of Strategic "
                  "Industries.")
    assert {(k, e.kind, e.country) for k, e in found.entities.items() if k.startswith("organization/")} == {
        ("organization/ministry-of-state-assets-of-poland", "GovernmentBody", "POL"),
        ("organization/ministry-of-strategic-industries-of-ukraine", "GovernmentBody", "UKR")}


def test_a_place_in_a_body_s_name_after_for_the_is_part_of_the_name():
    found = facts("Masdar signed a deal with the General Authority for the Suez Canal Economic Zone. Ships use the "
                  "Suez Canal.")
    assert "organization/general-authority-for-the-suez-canal-economic-zone" in found.entities
    assert {m.text for m in found.mentions if m.key == "place/suez-canal"} == {"Suez Canal"}
    assert [m.sentence for m in found.mentions if m.key == "place/suez-canal"] == [1]


def test_a_federal_or_state_service_is_a_body_of_its_state():
    found = facts("Halliburton Energy Services and the Federal Customs Service of Russia signed a memorandum.")
    assert {(k, e.kind, e.country) for k, e in found.entities.items() if k.startswith("organization/")} == {
        ("organization/federal-customs-service-of-russia", "GovernmentBody", "RUS"),
        ("organization/halliburton-energy-services", "Company", None)}


def test_who_joins_the_partners_already_in_works_with_each_of_them():
    text = ("Masdar becomes the first Gulf partner in the field, joining the oil companies TotalEnergies, Shell and "
            "Eni, which were selected as partners in 2022. Egypt joined the EU and Japan in calling for partners.")
    firms = ("organization/masdar", "organization/totalenergies", "organization/shell", "organization/eni")
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_a_title_that_opens_with_a_firm_word_is_no_firm():
    found = facts("Mads Nipper, Group President and CEO of Orsted, said the project matters. Acme Group Chief "
                  "Executive John Smith agreed.")
    assert {k for k in found.entities if k.startswith("organization/")} == {"organization/orsted",
                                                                           "organization/acme-group"}
    assert "person/mads-nipper" in found.entities


def test_a_heading_of_a_release_in_common_words_is_no_firm():
    found = facts("Ontario will build four reactors with OPG.\n\nAdditional Resources\n- The case for more power\n\n"
                  "Masdar Energy\nMasdar Energy said it would bid.")
    assert {k for k in found.entities if k.startswith("organization/")} >= {"organization/masdar-energy"}
    assert "organization/additional-resources" not in found.entities


# ---------------------------------------------------------------- projects


def test_a_capacity_given_for_the_plant_named_before_it_is_the_plant_s():
    found = facts("Rosatom will build a nuclear plant in Uzbekistan. The plant, with a capacity of 2,400 MW, will "
                  "start in 2030. The country has an installed capacity of 20 GW.").projects
    assert [(p.technologies, p.capacity_mw, p.hosts) for p in found] == [(("nuclear",), 2400.0, ("state/UZB",))]


def test_a_leader_hosting_or_receiving_another_meets_them_there():
    found = facts("Russian President Vladimir Putin hosted Turkish President Recep Tayyip Erdogan in Sochi on Monday. "
                  "Kazakhstan received Chinese investment of $2 billion in 2024.").events
    assert [(e.kind, e.place, set(e.participants)) for e in found] == [
        ("Meeting", "place/sochi", {"state/RUS", "state/TUR"})]


def test_a_meeting_of_people_described_by_adjectives_is_no_body_s_meeting():
    found = facts("Kazakhstan hosted a meeting of Central Asian energy ministers in Astana on Friday. The sixth "
                  "meeting of Quad leaders followed.").events
    assert [(e.label, e.place) for e in found] == [(None, "place/astana"), ("Sixth meeting of the Quad", None)]


def test_the_sides_and_the_companies_are_those_listed_just_before():
    assert agreements("Kazakhstan and Uzbekistan held talks in Astana. The sides signed an agreement on energy.") == [
        ("Agreement", {"state/KAZ", "state/UZB"})]
    assert agreements("SOCAR and BP met in Baku. The companies signed a production sharing agreement.") == [
        ("Contract", {"organization/socar", "organization/bp"})]
    assert agreements("Kazakhstan signed deals in May. The sides signed an agreement on energy.") == []


def test_the_topic_of_a_commission_is_no_body_and_leaving_together_is_no_cooperation():
    found = facts("The eighth session of the Pakistan-Russia Inter-Governmental Commission (IGC) on Trade, Economic, "
                  "Scientific and Technical Cooperation ended on Friday. The EU, together with Euratom, notified its "
                  "withdrawal from the treaty.")
    assert {k for k in found.entities if k.startswith("organization/")} == {
        "organization/european-union", "organization/european-atomic-energy-community"}
    assert {frozenset(c.actors) for c in found.cooperations} == {frozenset({"state/PAK", "state/RUS"})}


def test_a_body_named_before_summit_names_it_and_takes_part():
    found = facts("Argentina was invited at the BRICS summit in Johannesburg in 2023. Leaders met at a summit in "
                  "Astana.").events
    assert [(e.label, e.place, e.participants) for e in found] == [
        ("BRICS summit", "place/johannesburg", ("organization/brics", "state/ARG")), (None, "place/astana", ())]


def test_members_named_with_the_body_s_nations_its_bloc_or_as_others_of_it():
    assert memberships("BRICS nations Brazil, Russia, India, China and South Africa met in Kazan.") == {
        (f"state/{c}", "organization/brics", "member") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}
    asean = "organization/association-of-southeast-asian-nations"
    assert memberships("The 10-member ASEAN bloc includes Indonesia, Malaysia and Vietnam.") == {
        (f"state/{c}", asean, "member") for c in ("IDN", "MYS", "VNM")}
    assert memberships("Saudi Arabia, Russia and other OPEC+ producers agreed to cut output. Norway and other "
                       "non-OPEC producers did not.") == {
        ("state/SAU", "organization/opec", "member"), ("state/RUS", "organization/opec", "member")}


def test_who_announces_the_signing_after_a_long_apposition_signed():
    text = ("Riyadh, June 04, 2024, SPA -- ACWA Power, a leading developer, investor and operator of power "
            "generation, water desalination and green hydrogen plants, announced today the signing of power "
            "purchase agreements with the Saudi Power Procurement Company.")
    assert agreements(text) == [("Contract", {"organization/acwa-power",
                                              "organization/saudi-power-procurement-company"})]


def test_the_other_side_named_after_its_state_s_possessive_and_a_description():
    text = ("Tehran, IRNA – Iraq's Ministry of Electricity has signed a contract with Turkmenistan's state concern "
            "Turkmengaz to import gas through the territory of the Islamic Republic of Iran.")
    assert agreements(text) == [("Contract", {"organization/ministry-of-electricity-of-iraq",
                                              "organization/turkmengaz"})]


def test_the_other_side_given_as_examples_of_a_described_group():
    text = ("Masdar and Hassan Allam Utilities signed framework agreements with Egyptian state entities, including "
            "the General Authority for the Suez Canal Economic Zone, to develop hydrogen facilities.")
    assert agreements(text) == [("Agreement", {"organization/masdar", "organization/hassan-allam-utilities",
                                               "organization/general-authority-for-the-suez-canal-economic-zone"})]


def test_an_apposition_naming_other_firms_before_today_signed_describes_the_signers():
    text = ("Masdar and Infinity Power, the joint venture between Masdar and Egypt's Infinity Group, today signed an "
            "agreement with the Government of the Arab Republic of Egypt.")
    assert agreements(text) == [("Agreement", {"organization/masdar", "organization/infinity-power", "state/EGY"})]
