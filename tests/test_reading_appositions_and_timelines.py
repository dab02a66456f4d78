"""Two signers each described by an apposition, a firm after another state's firm, timelines told in the
present, a region's adjective in a counted group, members a body calls partners, persons named by given
name, and the works a deal is for kept apart from where it was signed (nineteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts, memberships, pairs


def _agreements(text: str) -> list[tuple]:
    return [(a.kind, set(a.parties), a.date, a.place) for a in facts(text).agreements]


def test_two_signers_each_with_an_apposition_sign_and_the_names_inside_do_not():
    # before: the agreement was read as one between the two owners named inside the second apposition
    text = ("In May 2024, Masdar, the clean-energy arm of the UAE's Mubadala, and Ocean Winds, the offshore "
            "venture of Portugal's EDP Renováveis (EDPR) and France's ENGIE, signed a partnership agreement.")
    assert _agreements(text) == [("Agreement", {"organization/masdar", "organization/ocean-winds"}, "2024-05", None)]


def test_a_firm_after_a_states_possessive_firm_and_and_is_a_second_firm():
    # before: "Gazprom and China National Petroleum Corporation" was one company
    f = facts("Russia's Gazprom and China National Petroleum Corporation (CNPC) signed a memorandum on 2 "
              "September 2025.")
    assert {k for k in f.entities if k.startswith("organization/")} == {
        "organization/gazprom", "organization/china-national-petroleum-corporation"}
    assert [set(a.parties) for a in f.agreements] == [
        {"organization/gazprom", "organization/china-national-petroleum-corporation"}]


def test_an_acronym_before_and_is_a_whole_name():
    f = facts("The regulator approved the power purchase agreement signed on 20 January 2025 between the "
              "Jamaica Public Service Company (JPS) and Paradise Park Solar Limited. JPS and Paradise Park "
              "Solar Limited will share the costs.")
    assert "organization/jps-and-paradise-park-solar" not in f.entities
    assert "organization/paradise-park-solar" in f.entities


def test_a_possessive_firm_ending_in_an_acronym_still_stands_alone():
    f = facts("The developer's shareholders include Thailand's BCPG and Mitsubishi Corporation of Japan.")
    assert "organization/bcpg-and-mitsubishi-corporation" not in f.entities


def test_a_ministry_of_economics_takes_the_state_of_its_possessive():
    f = facts("Latvia's Ministry of Economics signed a memorandum with Elering.")
    assert f.entities["organization/ministry-of-economics-of-latvia"].country == "LVA"


def test_a_timeline_line_in_the_present_is_a_meeting_dated_by_the_line():
    text = ("Estonia, Latvia and Lithuania want the Baltic Sea to supply power. These are the milestones.\n\n"
            "3 October 2024 – Energy ministers of the three Baltic states meet in Vilnius, where they adopt a "
            "joint statement on offshore wind.")
    f = facts(text)
    assert [(e.kind, set(e.participants), e.date, e.place) for e in f.events] == [
        ("Meeting", {"state/EST", "state/LVA", "state/LTU"}, "2024-10-03", "place/vilnius")]
    assert _agreements(text) == [("JointStatement", {"state/EST", "state/LVA", "state/LTU"}, "2024-10-03",
                                  "place/vilnius")]


def test_a_meeting_to_come_is_not_told_by_meet():
    assert facts("Energy ministers of Estonia, Latvia and Lithuania will meet in Vilnius.").events == []
    assert facts("Estonia and Latvia need plants to meet in Riga the demand of the capital.").events == []


def test_the_members_a_body_calls_partners():
    text = "AZEC's eleven partners are Australia, Brunei, Cambodia, Indonesia and Japan."
    assert memberships(text) == {(s, "organization/asia-zero-emission-community", "member")
                                 for s in ("state/AUS", "state/BRN", "state/KHM", "state/IDN", "state/JPN")}
    assert memberships("Shell's partners are BP and Eni.") == set()


def test_an_indonesian_minister_named_by_given_name_stands_for_his_state():
    # before: "their countries" went to Brunei, the last state named, since "Bahlil" was nobody
    text = ("The meeting was co-chaired by Indonesia's Minister of Energy, Bahlil Lahadalia, and Japan's "
            "Minister of Economy, Trade and Industry, Ken Saito. Brunei sent its ambassador. Bahlil and Saito "
            "reaffirmed the comprehensive strategic partnership between their countries.")
    assert [(set(p.partners), p.level) for p in facts(text).partnerships] == [
        ({"state/IDN", "state/JPN"}, "comprehensive strategic partnership")]


def test_the_place_of_the_works_a_deal_is_for_is_not_where_it_was_signed():
    text = ("Jamaica Public Service Company and Paradise Park Solar signed a power purchase agreement on 20 "
            "January 2025 for a 50 MW solar plant with battery storage in Westmoreland.")
    assert [a.place for a in facts(text).agreements] == [None]
    text = "Iberdrola and Acme Solar signed a power purchase agreement in Madrid."
    assert [a.place for a in facts(text).agreements] == ["place/madrid"]


def test_an_acronym_that_keeps_the_firms_legal_form_names_it_later():
    # before: "CELEC EP" was read as a person, and the contract went to the ministry named after it
    text = ("The plant is run by Corporación Eléctrica del Ecuador (CELEC EP). In October CELEC EP signed a contract "
            "with Karpowership for a 100 MW barge moored at Guayaquil, and the Ministry of Energy and Mines has "
            "tendered more plants.")
    f = facts(text)
    assert not any(k.startswith("person/") for k in f.entities)
    assert [(set(a.parties), a.place) for a in f.agreements] == [
        ({"organization/corporacion-electrica-del-ecuador", "organization/karpowership"}, None)]


def test_brussels_acting_stands_for_the_union_unless_the_report_is_about_belgium():
    assert "organization/european-union" in facts("Oslo and Brussels agreed to work together on hydrogen.").entities
    belgian = facts("Belgium's grid is old. Brussels and Paris agreed to work together on hydrogen.")
    assert "organization/european-union" not in belgian.entities and "state/BEL" in belgian.entities


def test_a_name_that_a_relative_clause_says_was_signed_is_no_organization():
    text = "The Blue Alliance that Oslo and Brussels signed in April 2023 commits Norway to supply gas."
    assert "organization/blue-alliance" not in facts(text).entities
    kept = facts("The International Solar Alliance, which signed a deal with India, grew.")
    assert "organization/international-solar-alliance" in kept.entities


def test_a_works_name_keeps_its_phase_number_and_not_the_verb_before_it():
    found = facts("Consider Arctic LNG 2, Novatek's plant on the Gydan Peninsula.").projects
    assert [p.label for p in found] == ["Arctic LNG 2"]
    assert [p.label for p in facts("Golden Pass LNG 3.5 million tonnes a year will go to Europe.").projects] \
        == ["Golden Pass LNG"]


def test_a_firm_that_manages_a_fund_is_a_company_named_whole():
    f = facts("Red Sea Power is a consortium that includes the Africa Finance Corporation, AFC, and Climate Fund "
              "Managers. AFC holds the larger share.")
    assert f.entities["organization/climate-fund-managers"].kind == "Company"
    assert "organization/climate-fund" not in f.entities
    assert {frozenset(c.actors) for c in f.cooperations} == {
        frozenset({"organization/africa-finance-corporation", "organization/climate-fund-managers"})}


def test_an_acronym_set_off_by_commas_names_the_body_when_it_spells_it():
    f = facts("Ethiopian Electric Power, EEP, signed a power purchase agreement with Kenya Power. EEP will "
              "export 200 MW.")
    spans = [m.text for m in f.mentions if m.key == "organization/ethiopian-electric-power"]
    assert spans == ["Ethiopian Electric Power", "EEP", "EEP"]
    kenya = facts("Tanzania, EU, and Kenya signed an agreement.")
    assert "state/KEN" in kenya.entities


def test_an_inauguration_told_by_its_verb_is_an_event_and_a_works_past_is_not():
    text = "On 9 September 2025 Prime Minister Abiy Ahmed formally inaugurated the Koysha dam near Guba."
    assert [(e.kind, e.date, e.place) for e in facts(text).events] == [("Event", "2025-09-09", "place/guba")]
    assert facts("The line, inaugurated in 2019, carries 400 MW from Ethiopia to Djibouti.").events == []


def test_names_listed_as_members_of_a_body_are_persons():
    f = facts("Present: Jelena Radović, Marko Ivanović and Ana Perović, members of the Committee.")
    assert {k for k in f.entities if k.startswith("person/")} == {
        "person/jelena-radovic", "person/marko-ivanovic", "person/ana-perovic"}
    firms = facts("Siemens Energy, General Electric and Hitachi Energy, members of the consortium, agreed.")
    assert not any(k.startswith("person/") for k in firms.entities)


def test_a_lead_visit_places_what_the_report_tells_of_it_not_the_dateline():
    text = ("PRESS RELEASE\n\nDakar, 6 March 2025 – The Minister of Energy of Senegal made a working visit to Nouakchott on 3 and "
            "4 March 2025. On the margins of the visit, Senegal and Mauritania signed an intergovernmental "
            "agreement on electrical interconnection.")
    assert [(a.parties, a.place) for a in facts(text).agreements] == [(("state/SEN", "state/MRT"),
                                                                       "place/nouakchott")]


def test_an_instrument_on_trade_or_transport_at_large_makes_no_energy_cooperation():
    text = ("India, the United States, Saudi Arabia and the European Union signed a memorandum of understanding on "
            "an India-Middle East-Europe Economic Corridor that would link India with the Gulf by sea and rail.")
    f = facts(text)
    assert [set(a.parties) for a in f.agreements] == [
        {"state/IND", "state/USA", "state/SAU", "organization/european-union"}]
    assert f.cooperations == []
    assert pairs("India and the UAE signed a Comprehensive Economic Partnership Agreement in February 2022.") == set()
    assert pairs("India and the UAE signed a free trade and energy agreement in February 2022.") == {
        frozenset({"state/IND", "state/ARE"})}


def test_the_shareholders_a_phrase_introduces_hold_the_work_together():
    assert pairs("The shareholders of TANAP are BOTAS and BP.") == {frozenset({"organization/botas", "organization/bp"})}
    assert pairs("TANAP's shareholders are BOTAS, SOCAR and BP.") == {
        frozenset(p) for p in (("organization/botas", "organization/socar"), ("organization/botas", "organization/bp"),
                               ("organization/bp", "organization/socar"))}
    assert pairs("Egypt's partners are Saudi Arabia and Greece.") == set()


def test_a_stake_and_the_remaining_one_make_two_holders_of_one_work():
    text = ("Glenfarne Group holds a 75% stake in the project, while the Alaska Gasline Development Corporation, a "
            "state-owned corporation of Alaska, holds the remaining 25%.")
    assert pairs(text) == {frozenset({"organization/glenfarne-group",
                                      "organization/alaska-gasline-development-corporation"})}
    assert pairs("Shell holds 60% of the field and Eni sold its share in 2020.") == set()


def test_a_firms_name_joined_by_a_hyphen_to_more_words_is_another_firm():
    f = facts("The contract was signed by Kozloduy NPP-New Build and Westinghouse.")
    assert "organization/kozloduy-npp-new-build" in f.entities and "organization/kozloduy-npp" not in f.entities
    two = facts("ExxonMobil-Chevron talks failed.")
    assert {"organization/exxonmobil", "organization/chevron"} <= set(two.entities)


def test_a_body_keeps_the_name_the_text_writes_as_a_variant():
    f = facts("A memorandum between the Ministry of State Assets of the Republic of Poland and Westinghouse was signed.")
    ministry = f.entities["organization/ministry-of-state-assets-of-poland"]
    assert ministry.label == "Ministry of State Assets of Poland"
    assert ministry.alt_labels == {"Ministry of State Assets of the Republic of Poland", "Ministry of State Assets"}


def test_the_two_ends_a_lines_verb_joins_are_places():
    f = facts("The Interconnector Greece-Bulgaria links Komotini with Stara Zagora.")
    assert {(e.label, e.country) for e in f.entities.values() if e.kind == "Place"} == {
        ("Komotiní", "GRC"), ("Stara Zagora", "BGR")}
    assert not [e for e in facts("The cable links Europe with Asia.").entities.values() if e.kind == "Place"]


def test_a_cop_session_is_held_in_its_host_city_when_the_report_names_it():
    text = "Namibia signed the deal at the COP27 climate conference in Sharm el-Sheikh in November 2022."
    f = facts(text)
    assert [(e.label, e.place) for e in f.events] == [("COP27", "place/sharm-el-sheikh")]
    assert f.entities["place/sharm-el-sheikh"].country == "EGY"
    named_later = facts("Namibia signed the deal at COP28. The conference in Dubai drew 100 leaders.")
    assert [e.place for e in named_later.events if e.label == "COP28"] == ["place/dubai"]
    unnamed = facts("Namibia signed the deal at COP28 last year.")
    assert [e.place for e in unnamed.events] == [None] and "place/dubai" not in unnamed.entities


def test_a_state_visit_capitalised_is_a_visit_received_in_the_named_capital():
    text = ("The agreements were concluded during the State Visit of President Xi Jinping to South Africa in "
            "August 2023. The leaders later flew from Pretoria to Johannesburg.")
    visits = [e for e in facts(text).events if e.kind == "Visit"]
    assert [(v.place, v.date) for v in visits] == [("place/pretoria", "2023-08")]
    unnamed = facts("President Xi Jinping paid a state visit to South Africa in August 2023.")
    assert [e.place for e in unnamed.events if e.kind == "Visit"] == [None]


def test_a_ministry_named_in_lower_case_without_a_state_is_the_main_states():
    f = facts("Moldova buys gas from Romania via Moldova's grid. The energy ministry on Wednesday denied media reports.")
    assert f.entities["organization/ministry-of-energy-of-moldova"].country == "MDA"
    assert f.entities["organization/ministry-of-energy-of-moldova"].alt_labels == {"Ministry of Energy"}
    f = facts("Nigeria's grid is weak, and the federal ministry of power has not ended the contract.")
    assert "organization/ministry-of-power-of-nigeria" in f.entities
    assert not any(k.startswith("organization/") for k in facts("Tanzania wants LNG. The foreign ministry said so.").entities)


def test_states_that_develop_a_work_together_host_it():
    text = ("Malawi joined the pool last year. In the west, Angola and Namibia are jointly developing the 600 MW "
            "Baynes hydropower project on the Kunene River.")
    assert [set(p.hosts) for p in facts(text).projects] == [{"state/AGO", "state/NAM"}]


def test_another_spelling_of_a_large_city_stands_beside_its_country_only():
    f = facts("Uzbekistan will host the plant. Rosatom will build it in Jizzakh.")
    assert [(e.label, e.country, e.alt_labels) for e in f.entities.values() if e.kind == "Place"] == [
        ("Jizzax", "UZB", {"Jizzakh"})]
    assert not [e for e in facts("Kenya built the line to the border town of Namanga.").entities.values()
                if e.country == "UZB"]


def test_a_state_named_by_its_form_of_government_is_no_company_and_a_chemical_firm_stands_alone():
    f = facts("Jordan exports power to Lebanon. The Kingdom signed an agreement with Lebanon and Syria in 2022.")
    assert "organization/kingdom" not in f.entities
    assert [set(a.parties) for a in f.agreements] == [{"state/JOR", "state/LBN", "state/SYR"}]
    g = facts("SEDC Energy signed the agreement with Samsung E&A, Lotte Chemical and POSCO Holdings.")
    assert {"organization/lotte-chemical", "organization/posco-holdings"} <= set(g.entities)


def test_an_ordinal_picks_which_counted_instrument_a_sentence_names():
    text = ("Doha, June 20 - QatarEnergy signed on Tuesday two agreements with China National Petroleum "
            "Corporation (CNPC). Under the first agreement, a sale and purchase agreement with a term of 27 years, "
            "QatarEnergy will deliver 4 MTPA of LNG. Under the second, a partnership agreement, CNPC takes a stake.")
    assert sorted(a.kind for a in facts(text).agreements) == ["Agreement", "Contract"]


def test_the_rest_held_by_a_firms_partners_makes_them_all_partners():
    text = ("QatarEnergy holds 75 percent of the NFE project. The remaining 25 percent is held by its international "
            "partners TotalEnergies, ExxonMobil and Shell.")
    firms = ("organization/qatarenergy", "organization/totalenergies", "organization/exxonmobil", "organization/shell")
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_a_company_publishing_its_own_release_acts_in_it():
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.extract import extract

    f = extract(DocumentRecord("r.txt", "TotalEnergies and its partner APA Corporation took the investment decision "
                                        "for the GranMorgu project.", publisher="TotalEnergies"))
    assert {frozenset(c.actors) for c in f.cooperations} == {
        frozenset({"organization/totalenergies", "organization/apa-corporation"})}


def test_the_subject_awards_the_contract_of_a_second_verb_not_the_object_of_the_first():
    text = ("TotalEnergies has signed the contract for the FPSO with SBM Offshore and has awarded the contract for "
            "the risers to TechnipFMC.")
    assert sorted(tuple(sorted(a.parties)) for a in facts(text).agreements) == [
        ("organization/sbm-offshore", "organization/totalenergies"),
        ("organization/technipfmc", "organization/totalenergies")]


def test_a_firm_named_in_quotation_marks_after_its_legal_form():
    text = ('The documents signed: a power purchase agreement between JSC "National Electric Grid of Uzbekistan" and '
            'ACWA Power; a memorandum of understanding between JSC "Uzkimyosanoat" and ACWA Power on hydrogen.')
    f = facts(text)
    assert f.entities["organization/national-electric-grid-of-uzbekistan"].country == "UZB"
    assert sorted((a.kind, tuple(sorted(a.parties))) for a in f.agreements) == [
        ("Contract", ("organization/acwa-power", "organization/national-electric-grid-of-uzbekistan")),
        ("MemorandumOfUnderstanding", ("organization/acwa-power", "organization/uzkimyosanoat"))]


def test_a_consortium_named_by_joined_names_is_a_company_unless_its_members_are_known():
    f = facts("The Government signed the contract for the plant with the Lindsayca-CH4 consortium in November 2022.")
    assert f.entities["organization/lindsayca-ch4-consortium"].alt_labels == {"Lindsayca-CH4"}
    g = facts("The Chinese consortium and the ExxonMobil-led consortium bid, and the Africa50-Siemens consortium won.")
    assert not any("consortium" in k for k in g.entities)


def test_co_venturers_named_after_a_firm_work_with_it():
    text = ("It was built by ExxonMobil Guyana on behalf of the Government, with the company's Stabroek co-venturers "
            "Hess and CNOOC sharing the cost.")
    firms = ("organization/exxonmobil-guyana", "organization/hess", "organization/china-national-offshore-oil-corporation")
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_ministers_titled_with_an_honorific_or_a_plural_possessive_speak_for_their_states():
    text = ("The memorandum was signed by Qatar's Minister of Transport Sheikh Mohammed bin Abdulla Al Thani and the "
            "United Arab Emirates' Minister of Energy Suhail Al Mazrouei.")
    f = facts(text)
    assert {(e.position, e.represents) for e in f.entities.values() if e.kind == "Person"} == {
        ("Minister of Transport", "state/QAT"), ("Minister of Energy", "state/ARE")}


def test_a_memorandum_on_a_road_or_railway_makes_no_energy_cooperation():
    text = "Türkiye and Iraq signed a memorandum of understanding on the Development Road railway project."
    assert [set(a.parties) for a in facts(text).agreements] == [{"state/TUR", "state/IRQ"}]
    assert pairs(text) == set()


def test_our_members_listed_after_a_colon_and_a_list_that_goes_on():
    text = ("Mohamed Hamel is Secretary General of the Gas Exporting Countries Forum (GECF). Our members include some "
            "of the world's largest exporters: Qatar, Russia and Algeria, as well as Egypt, and now Senegal.")
    assert memberships(text) == {(s, "organization/gas-exporting-countries-forum", "member")
                                 for s in ("state/QAT", "state/RUS", "state/DZA", "state/EGY", "state/SEN")}


def test_an_instrument_named_by_a_state_then_told_with_its_firm_is_one():
    text = ("Bulgaria's 13-year gas agreement with Türkiye's BOTAŞ has been a headache since the day it was "
            "signed. On January 3, 2023, the state-owned supplier Bulgargaz and BOTAŞ signed an agreement in Ankara.")
    f = facts(text)
    assert [(set(a.parties), a.date) for a in f.agreements] == [
        ({"organization/bulgargaz", "organization/botas"}, "2023-01-03")]
    assert {frozenset(c.actors) for c in f.cooperations} == {frozenset({"organization/bulgargaz", "organization/botas"})}
    both = ("On 1 November 2023 France and Kazakhstan signed an agreement on energy in Astana, and EDF and "
            "Kazakhstan signed an agreement on wind power.")
    assert len(facts(both).agreements) == 2


def test_plants_of_one_capacity_at_two_places_are_two_plants():
    text = ("Power projects under CPEC, among them the 1,320 MW coal-fired plants at Sahiwal in Punjab and at "
            "Karachi, added thousands of megawatts.")
    assert sorted((p.capacity_mw, p.locations) for p in facts(text).projects) == [
        (1320.0, ("place/karachi",)), (1320.0, ("place/sahiwal",))]
