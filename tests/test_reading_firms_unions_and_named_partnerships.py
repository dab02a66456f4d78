"""The firms of listed states acting for them, firms listed with their states in brackets, the Union's
institutions signing for it, "the Kingdom" of a report about a kingdom, and partnerships two sides name
without a level (twentieth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, pairs

EU = "organization/european-union"


def test_the_operators_of_listed_states_are_no_states_signing():
    # before: one memorandum between the four states, and every pair of them cooperating
    text = ("The grid operators of Austria, Czechia, Slovakia and Poland signed a memorandum of understanding "
            "in Vienna on Monday on a joint balancing market.")
    f = facts(text)
    assert f.agreements == []
    assert f.cooperations == []


def test_a_firm_with_its_state_in_brackets_keeps_the_list_going():
    # before: the list stopped at "(Republic of Moldova)", and the last firm signed nothing
    text = ("The memorandum was signed by Eustream (Slovakia), Vestmoldtransgaz (Republic of Moldova) and "
            "the Gas Transmission System Operator of Ukraine (GTSOU).")
    assert agreements(text) == [("MemorandumOfUnderstanding", {
        "organization/eustream", "organization/vestmoldtransgaz",
        "organization/gas-transmission-system-operator-of-ukraine"})]


def test_the_union_s_institutions_sign_for_it_and_are_no_parties_beside_it():
    text = ("Egypt and the European Union signed a memorandum of understanding on hydrogen in Cairo on "
            "Sunday. The memorandum was signed by Egypt's Minister of Petroleum, Tarek El Molla, and the "
            "President of the European Commission, Ursula von der Leyen.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/EGY", EU})]
    assert pairs(text) == {frozenset({"state/EGY", EU})}
    # without the Union among the parties the Commission signs in its own name
    assert agreements("The European Commission and Egypt signed a memorandum on hydrogen on Sunday.") == [
        ("MemorandumOfUnderstanding", {"organization/european-commission", "state/EGY"})]


def test_the_kingdom_of_a_report_about_a_kingdom_is_that_kingdom():
    # before: "the Kingdom" was Spain, the last kingdom named
    text = ("Rabat - Morocco and Mauritania signed an agreement on power trade on Tuesday. Morocco plans more "
            "solar plants. Morocco already exports power through the interconnection with Spain. In June "
            "2021, the Kingdom and Germany signed a memorandum of understanding on green hydrogen.")
    assert ("MemorandumOfUnderstanding", {"state/MAR", "state/DEU"}) in agreements(text)
    assert not any("state/ESP" in parties for _, parties in agreements(text))


def test_a_partnership_named_after_its_two_sides_without_a_level():
    f = facts("Ministers reviewed the German-Algerian Energy Partnership in Algiers on Monday.")
    assert [(set(p.partners), p.level) for p in f.partnerships] == [({"state/DEU", "state/DZA"}, None)]
    f = facts("The EU and Norway launched an EU-Norway Green Alliance in Brussels on Monday.")
    assert [(set(p.partners), p.level) for p in f.partnerships] == [({EU, "state/NOR"}, None)]


def test_a_level_a_council_or_an_agreement_named_so_is_no_partnership_without_level():
    f = facts("The India-Saudi Arabia Strategic Partnership Council met in Riyadh.")
    assert [p.level for p in f.partnerships] == ["strategic partnership"]
    assert facts("The Canada-Germany Partnership Agreement on hydrogen was signed in August.").partnerships == []


def test_a_state_of_a_federation_named_like_a_country_is_a_place_there():
    # before: "Niger State" was the Republic of Niger, and hosted the plant
    f = facts("Nigeria's 700 MW Zungeru hydropower station in Niger State was completed by Chinese builders.")
    assert "state/NER" not in f.entities
    assert f.entities["place/niger"].country == "NGA"
    assert "Niger State" in f.entities["place/niger"].alt_labels
    assert [p.hosts for p in f.projects] == [("state/NGA",)]
    # the country itself, where the text names it so
    assert "state/NER" in facts("Niger and Nigeria signed a power agreement in Niamey.").entities


def test_a_university_signs_in_its_own_name():
    # before: the place's name was cut off and "University" signed
    assert agreements("Rosatom and Addis Ababa University signed a memorandum of understanding on training.") == [
        ("MemorandumOfUnderstanding", {"organization/rosatom", "organization/addis-ababa-university"})]
    assert facts("Rosatom and Cairo University signed a memorandum.").entities[
        "organization/cairo-university"].kind == "Organization"


def test_a_party_s_leader_speaks_for_the_state_not_the_party():
    f = facts("General Secretary of the Communist Party of Vietnam Nguyen Phu Trong and US President Joe Biden "
              "signed a joint statement in Hanoi on 10 September 2023.")
    assert [set(a.parties) for a in f.agreements] == [{"state/VNM", "state/USA"}]


def test_an_action_plan_two_sides_sign_or_adopt_is_an_instrument_and_a_national_one_is_not():
    assert agreements("Canada and Mexico adopted a three-year action plan on energy in Mexico City.") == [
        ("Agreement", {"state/CAN", "state/MEX"})]
    assert agreements("The government approved a national action plan on energy efficiency.") == []


def test_an_agency_credit_after_a_date_written_with_a_slash_names_no_organization():
    # before: "(ENA)" was read as the acronym of an Armenian grid company
    f = facts("Addis Ababa, May 6/2025(ENA) Ethiopia and Rosatom signed today an action plan on a nuclear "
              "power plant.")
    assert {k for k in f.entities if k.startswith("organization/")} == {"organization/rosatom"}
    assert [(a.parties, a.date) for a in f.agreements] == [(("state/ETH", "organization/rosatom"), "2025-05-06")]


def test_a_state_written_by_its_code_is_no_firm_s_short_name():
    # before: "PNG" was taken for "PNG Power", and the prime minister spoke for the utility
    f = facts("PNG Power Ltd will extend the grid. PNG's Prime Minister Peter O'Neill and Australian Prime "
              "Minister Scott Morrison signed the electrification agreement in Port Moresby.")
    assert f.entities["person/peter-o-neill"].represents == "state/PNG"
    assert [set(a.parties) for a in f.agreements] == [{"state/PNG", "state/AUS"}]


def test_a_signing_on_a_timetable_is_not_yet_a_signing():
    assert agreements("The sides discussed the timetable for signing the power purchase agreement with the "
                      "Kazakh Electricity Grid Operating Company and TotalEnergies.") == []


def test_the_firms_of_a_hyphenated_consortium_are_both_parties():
    # before: only the first firm of "the CNEEC-Sinohydro consortium" signed
    text = ("China National Electric Engineering Company (CNEEC) and Sinohydro are building the plant. The Federal "
            "Government of Nigeria signed the contract with the CNEEC-Sinohydro consortium in 2013.")
    assert ("Contract", {"state/NGA", "organization/china-national-electric-engineering-company",
                         "organization/sinohydro"}) in agreements(text)


def test_a_gathering_s_kind_from_its_apposition_and_the_signers_who_took_part():
    # before: "Event" with Russia alone, beside an unnamed event for "the signing"
    f = facts("Ethiopia and Rosatom signed an action plan on Thursday in Moscow. The signing took place on the "
              "sidelines of World Atomic Week, an international forum in the Russian capital.")
    assert [(e.kind, e.label, set(e.participants)) for e in f.events] == [
        ("Forum", "World Atomic Week", {"state/ETH", "organization/rosatom", "state/RUS"})]
    # a signing held somewhere, at no named gathering, is an event of its own
    f = facts("Ethiopia and Rosatom signed an action plan on Thursday. The signing took place in Moscow.")
    assert [(e.kind, e.label, e.place) for e in f.events] == [("Event", None, "place/moscow")]


def test_an_audience_told_by_received_is_a_meeting_of_both_sides():
    f = facts("HANOI, May 6 (VNA) - Deputy Prime Minister Tran Hong Ha received Chinese Ambassador Xiong Bo in Hanoi "
              "on Tuesday.")
    assert [(e.kind, e.place, set(e.participants)) for e in f.events] == [
        ("Meeting", "place/hanoi", {"state/VNM", "state/CHN"})]
    # receiving a thing is no audience
    assert facts("The minister received the report in Hanoi on Tuesday.").events == []


def test_a_meeting_earlier_in_the_day_has_the_day_and_place_of_the_signing():
    f = facts("Rabat - Morocco and the European Union signed a memorandum of understanding in Rabat on 6 May 2025. "
              "Earlier in the day, Commission Executive Vice-President Frans Timmermans was received by Moroccan "
              "Prime Minister Aziz Akhannouch.")
    assert [(e.kind, e.date, e.place) for e in f.events] == [("Meeting", "2025-05-06", "place/rabat")]


def test_a_un_climate_session_takes_its_year_from_the_list_of_sessions():
    # before: "from 6 to 18 November" in a report of May 2025 was read as November 2024
    f = facts("COP30, due to be held in Belém from 10 to 21 November, will review the pledges.")
    assert [(e.label, e.date) for e in f.events] == [("COP30", "2025-11")]


def test_a_dateline_with_the_region_in_brackets_and_the_agency_after_a_comma():
    f = facts("Bolgatanga (U/E), May 6, GNA - President Akufo-Addo cut the sod for a dam on Tuesday.")
    assert f.dateline_place == "place/bolgatanga"
    assert not any(k.startswith("organization/") for k in f.entities)


def test_a_work_in_a_neighbouring_state_is_hosted_there():
    f = facts("Water from the Bagre hydroelectric dam in neighbouring Burkina Faso flooded farms.")
    assert [p.hosts for p in f.projects] == [("state/BFA",)]


def test_a_courtesy_title_is_no_part_of_a_name():
    f = facts("Madam Shi Ting Wang, the Chinese Ambassador to Ghana, spoke at the ceremony.")
    assert "person/shi-ting-wang" in f.entities and "person/madam-shi-ting-wang" not in f.entities


def test_a_river_s_branch_named_by_its_colour():
    f = facts("The 400-megawatt Bui dam on the Black Volta and the GERD on the Blue Nile sell power across the "
              "Black Sea of debt.")
    assert {"place/black-volta", "place/blue-nile"} <= set(f.entities)
    assert "place/nile" not in f.entities and "place/volta" not in f.entities


def test_the_two_prime_ministers_are_their_states():
    text = ("Bangladeshi Prime Minister Sheikh Hasina paid an official visit to Tokyo and held talks with Japanese "
            "Prime Minister Fumio Kishida. "
            "The two prime ministers issued a joint statement in Tokyo on April 26.")
    assert [(a.kind, set(a.parties), a.date) for a in facts(text).agreements] == [
        ("JointStatement", {"state/BGD", "state/JPN"}, "2025-04-26")]


def test_a_plant_commissioned_by_a_leader_is_an_event_and_a_study_commissioned_is_not():
    f = facts("NAIROBI, May 6 (KBC) - President Uhuru Kenyatta has today commissioned the 310 megawatts Lake Turkana "
              "Wind Power plant in Loiyangalani, Marsabit County.")
    assert [(e.kind, e.place, e.date) for e in f.events] == [("Event", "place/loiyangalani", "2025-05-06")]
    assert facts("KETRACO commissioned a study on the new line.").events == []


def test_an_amount_in_a_currency_s_letters_is_no_name_of_a_work():
    # before: "the Ksh.70 billion wind farm" was a second wind farm, named "Ksh.70 billion wind farm"
    f = facts("President Kenyatta commissioned the 310 MW Lake Turkana Wind Power plant in Loiyangalani on Friday. "
              "The Ksh.70 billion wind farm has 365 turbines.")
    assert [p.label for p in f.projects] == ["Lake Turkana Wind Power plant"]
    assert [p.label for p in facts("The Arun 3 hydropower plant will be completed in 2026.").projects] == [
        "Arun 3 hydropower plant"]


def test_a_ministry_s_division_named_by_its_portfolio_is_a_state_body_and_a_territory_s_is_not():
    f = facts("ISLAMABAD, May 6 (APP) - Prime Minister Shehbaz Sharif directed the Petroleum Division to complete "
              "the formalities.")
    ent = f.entities["organization/petroleum-division"]
    assert (ent.kind, ent.country) == ("GovernmentBody", "PAK")
    f = facts("The hydrogen plant in Kapit Division will be built by SEDC Energy.")
    assert not any(e.label == "Kapit Division" for e in f.entities.values())


def test_a_line_through_three_places_is_one_line():
    # before: the named pipeline and two more, one per pair of its ends
    f = facts("Romania has connected Moldova to its gas system through the Iasi-Ungheni-Chisinau pipeline.")
    assert [(p.label, len(p.locations)) for p in f.projects] == [("Iasi-Ungheni-Chisinau pipeline", 3)]


def test_a_work_named_again_without_its_commodity_is_the_same_work():
    f = facts("Seven operators signed a memorandum on the Vertical Gas Corridor in Athens. \"The Vertical Corridor "
              "gives us the route to our neighbours,\" the minister said.")
    assert [(p.label, p.technologies) for p in f.projects] == [("Vertical Gas Corridor", ("pipeline", "natural gas"))]


def test_an_amendment_two_sides_sign_is_an_instrument_and_a_law_s_is_not():
    text = ("In September 2019 Inter State Gas Systems (ISGS) and the National Iranian Gas Company (NIGC) signed an "
            "amendment giving Pakistan until 2024 to finish the pipeline.")
    assert [(a.kind, a.date) for a in facts(text).agreements] == [("Agreement", "2019-09")]
    assert facts("Parliament passed an amendment to the energy law in March.").agreements == []


def test_two_courtesy_titles_in_a_row_name_no_organization():
    f = facts("The agreements were signed in Doha by His Excellency Mr. Saad Sherida Al-Kaabi, the Minister of State "
              "for Energy Affairs, and Mr. Dai Houliang, Chairman of CNPC.")
    assert not any("excellency" in k for k in f.entities)
    assert "person/saad-sherida-al-kaabi" in f.entities


def test_an_agreement_for_the_supply_of_a_commodity_is_a_contract():
    text = ("QatarEnergy signed a 15-year agreement with Bangladesh Oil, Gas and Mineral Corporation (Petrobangla) "
            "for the supply of 1.8 MTPA of LNG to Bangladesh.")
    assert agreements(text) == [("Contract", {"organization/qatarenergy", "organization/petrobangla"})]
    # two states agreeing on supply make an agreement between governments, not a sale
    assert agreements("Egypt and Greece signed an agreement on the supply of electricity.") == [
        ("Agreement", {"state/EGY", "state/GRC"})]


def test_a_firm_named_with_its_legal_form_first():
    # before: "OJSC Rogun" was a person
    text = "OJSC Rogun signed a contract with Webuild in July 2016."
    assert agreements(text) == [("Contract", {"organization/ojsc-rogun", "organization/webuild"})]
    f = facts("Azerenerji and JSC Thermal Power Plants of Uzbekistan signed an agreement. SOCAR and Uzbekneftegaz JSC "
              "develop the field under the production sharing agreement the two companies signed in 2021.")
    assert "organization/jsc-thermal-power-plants-of-uzbekistan" in f.entities
    # the form alone, after another firm's name, is no short name of the first
    assert {"organization/socar", "organization/uzbekneftegaz"} in [set(a.parties) for a in f.agreements]


def test_a_release_s_word_for_itself_names_no_company():
    f = facts("TotalEnergies and APA Corporation will develop the field. The Company has distributed petroleum "
              "products in Suriname for decades.")
    assert "organization/company" not in f.entities


def test_a_gathering_read_as_a_body_is_no_actor():
    f = facts("The XX Forum of Interregional Cooperation of Kazakhstan and Russia was held in Aktobe in September.")
    assert [(e.kind, set(e.participants)) for e in f.events] == [("Forum", {"state/KAZ", "state/RUS"})]


def test_an_instrument_spelled_by_its_acronym_is_no_body():
    f = facts("Relations grew after the entry into force of the Comprehensive Economic Partnership Agreement (CEPA) "
              "concluded between the UAE and Türkiye in March.")
    assert not any(k.startswith("organization/") for k in f.entities)


def test_a_firm_named_by_its_trade_words_alone_is_no_name():
    f = facts("A centre was opened in Yangon with the support of the State Corporation.")
    assert not any(k.startswith("organization/") for k in f.entities)
    # a name of trade words that is a name all the same
    f = facts("Cabinet approved the amendment to the power purchase agreement between Energy Development Corporation "
              "Limited (EDCL) and Shema Power Lake Kivu Ltd (SPLK).")
    assert "organization/energy-development-corporation" in f.entities


def test_a_ministry_of_electric_power():
    assert agreements("Rosatom and the Ministry of Electric Power of Myanmar signed a memorandum of understanding.") == [
        ("MemorandumOfUnderstanding", {"organization/rosatom", "organization/ministry-of-electric-power-of-myanmar"})]


def test_a_body_named_for_a_topic_with_of_in_it():
    assert agreements("Rosatom and the Agency for the Development of Atomic Energy of Uzbekistan signed a contract "
                      "in Tashkent.") == [
        ("Contract", {"organization/rosatom",
                      "organization/agency-for-the-development-of-atomic-energy-of-uzbekistan"})]


def test_a_state_body_keeps_the_name_written_with_the_state_s_adjective():
    ent = facts("The Philippine Senate ratified the agreement.").entities["organization/senate-of-philippines"]
    assert "Philippine Senate" in ent.alt_labels


def test_an_all_weather_comprehensive_strategic_partnership():
    f = facts("China and Uzbekistan upgraded their ties to an all-weather comprehensive strategic partnership for a "
              "new era in January.")
    # ("for a new era" is a level of its own, above the one without it)
    assert [(set(p.partners), p.level) for p in f.partnerships] == [
        ({"state/CHN", "state/UZB"}, "all-weather comprehensive strategic partnership for a new era")]


def test_agreements_with_a_consortium_are_one_instrument_with_all_its_firms():
    text = ("Kuwait Authority for Partnership Projects (KAPP) signed on Tuesday the agreements for the Az-Zour North "
            "project with a consortium grouping Saudi Arabia's ACWA Power and the Gulf Investment Corporation (GIC).")
    assert agreements(text) == [("Agreement", {"organization/kuwait-authority-for-partnership-projects",
                                               "organization/acwa-power", "organization/gulf-investment-corporation"})]
    # with the firms named one by one, one each
    assert len(agreements("KAPP signed the agreements with ACWA Power and the Gulf Investment Corporation on "
                          "Tuesday.")) == 2


def test_a_state_agency_named_with_its_republic_and_again_without_it_is_one_body():
    f = facts("The press service of the Agency of the Republic of Kazakhstan on Atomic Energy said so on Saturday. The "
              "Agency on Atomic Energy was set up in March 2025.")
    bodies = [e for e in f.entities.values() if e.kind == "GovernmentBody"]
    assert [(e.label, e.country) for e in bodies] == [("Agency of the Republic of Kazakhstan on Atomic Energy", "KAZ")]
    assert "Agency on Atomic Energy" in bodies[0].alt_labels


def test_firms_signing_on_a_commission_s_sidelines_are_no_parties_of_the_states_body():
    text = ("SOCAR and KazMunayGas signed an agreement in Baku on the sidelines of the 21st meeting of the "
            "Azerbaijan-Kazakhstan Intergovernmental Commission.")
    assert pairs(text) == {frozenset({"organization/socar", "organization/kazmunaygas"}),
                           frozenset({"state/AZE", "state/KAZ"})}
