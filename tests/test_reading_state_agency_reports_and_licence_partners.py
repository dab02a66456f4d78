"""Forms of state-agency reports and of the oil and gas trade: ministries called secretariats, audiences
("a courtesy call"), instruments signed "following the talks", partners of a licence, arrangements between
firms, and groupings described as such.

Documents written for these tests go through the whole extractor; the assertions are the exact facts a
user gets.
"""
from __future__ import annotations

import pytest

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def facts_of(text: str, published: str = "2025-03-14"):
    return extract(DocumentRecord("t.txt", text, published=published))


def pairs(facts) -> set[frozenset]:
    return {frozenset(c.actors) for c in facts.cooperations}


def test_a_secretariat_of_energy_is_a_states_ministry():
    found = facts_of("Mexico's Secretariat of Energy (SENER) and Japan's Ministry of Economy, Trade and Industry "
                     "(METI) signed a memorandum of cooperation in Tokyo on Thursday.")
    assert found.entities["organization/secretariat-of-energy-of-mexico"].country == "MEX"
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/secretariat-of-energy-of-mexico",
         "organization/ministry-of-economy-trade-and-industry-of-japan"}]


def test_the_secretariat_of_a_named_body_is_no_ministry():
    found = facts_of("Kazakhstan thanked the Secretariat of the Energy Charter in Astana.")
    assert not any(key.startswith("organization/secretariat-of-energy") for key in found.entities)


def test_partners_drilling_a_prospect_together_cooperate():
    found = facts_of("In 2023 TotalEnergies, Eni and QatarEnergy drilled the Qana prospect in Block 9.")
    assert pairs(found) == {frozenset({"organization/totalenergies", "organization/eni"}),
                            frozenset({"organization/totalenergies", "organization/qatarenergy"}),
                            frozenset({"organization/eni", "organization/qatarenergy"})}


def test_a_firm_farming_into_a_block_works_with_its_holders():
    found = facts_of("ExxonMobil agreed to farm into Block 2 alongside Energean and HELLENiQ ENERGY.")
    assert pairs(found) == {frozenset({"organization/exxonmobil", "organization/energean"}),
                            frozenset({"organization/exxonmobil", "organization/helleniq-energy"})}


@pytest.mark.parametrize("text", [
    "Eni operates the Cronos field with TotalEnergies as its 50-50 partner.",
    "Eni operates the Cronos field with TotalEnergies as its 50% partner.",
    "Eni, which operates the Cronos field with TotalEnergies as its equal partner, welcomed the decision.",
    # (a parse that hangs the sentence's verb on "partner": the relative clause still says it of Eni)
    "Eni and TotalEnergies are in Cyprus. Eni, which operates Cronos in Block 6 with TotalEnergies as its 50–50 "
    "partner, signed alongside the two ministers.",
])
def test_a_partner_named_with_its_share_works_with_the_operator(text):
    assert pairs(facts_of(text)) == {frozenset({"organization/eni", "organization/totalenergies"})}


def test_an_arrangement_between_firms_and_a_government_pairs_them_all():
    found = facts_of("Gas began reaching Syria under an arrangement between SOCAR, BOTAŞ and the Syrian government.")
    assert pairs(found) == {frozenset({"organization/socar", "organization/botas"}),
                            frozenset({"organization/socar", "state/SYR"}),
                            frozenset({"organization/botas", "state/SYR"})}


def test_an_arrangement_with_no_second_side_named_pairs_no_one():
    assert pairs(facts_of("Nakhchivan has so far depended on a swap arrangement with Iran.")) == set()


def test_an_instrument_signed_following_the_talks_takes_their_day_and_place():
    found = facts_of(
        "Hanoi (VNA) – On the afternoon of 12 March, Minister of Industry and Trade Nguyen Hong Dien held talks "
        "with Lao Minister of Energy and Mines Phosay Sayasone in Hanoi. Energy has become one of the brightest "
        "spots in bilateral ties between Vietnam and Laos.\n\nFollowing the talks, the two ministers witnessed "
        "the signing of a memorandum of understanding between Vietnam Electricity (EVN) and Electricité du Laos "
        "(EDL) on the synchronous operation of the two grids.", published="2025-03-12")
    assert [(a.date, a.place) for a in found.agreements] == [("2025-03-12", "place/hanoi")]


def test_an_instrument_of_another_day_keeps_its_own_date():
    found = facts_of(
        "Hanoi (VNA) – On the afternoon of 12 March, Minister of Industry and Trade Nguyen Hong Dien held talks "
        "with Lao Minister of Energy and Mines Phosay Sayasone in Hanoi. Energy has become one of the brightest "
        "spots in bilateral ties between Vietnam and Laos.\n\nAt the talks, the ministers recalled that Vietnam "
        "Electricity (EVN) and Electricité du Laos (EDL) signed a memorandum of understanding on 5 January 2024.",
        published="2025-03-12")
    assert [a.date for a in found.agreements] == ["2024-01-05"]


@pytest.mark.parametrize("text", [
    "Phnom Penh, February 20 (AKP) – Cambodian Minister of Mines and Energy Keo Rottanak received here this "
    "morning a courtesy call by Park Jeong-wook, Ambassador of the Republic of Korea to Cambodia.",
    "Phnom Penh, February 20 (AKP) – Korean Ambassador Park Jeong-wook paid a courtesy call on Cambodian Minister "
    "of Mines and Energy Keo Rottanak on Thursday.",
])
def test_a_courtesy_call_is_a_meeting_of_the_two_states(text):
    found = facts_of(text, published="2025-02-20")
    assert [(e.kind, set(e.participants), e.date) for e in found.events] == [
        ("Meeting", {"state/KHM", "state/KOR"}, "2025-02-20")]


def test_a_body_described_as_a_grouping_is_an_international_organization():
    found = facts_of("Canada and South Korea both belong to the Minerals Security Partnership (MSP), a U.S.-led "
                     "grouping set up in 2022 to steer investment toward responsibly produced minerals.")
    assert found.entities["organization/minerals-security-partnership"].kind == "InternationalOrganization"
    assert {(m.member, m.role) for m in found.memberships} == {("state/CAN", "member"), ("state/KOR", "member"),
                                                               ("state/USA", "member")}


def test_states_that_become_observers_are_no_observers_of_a_body_in_their_own_list():
    found = facts_of("The East Mediterranean Gas Forum (EMGF) was founded in Cairo in 2019.\n"
                     "- 2021: France joins as a member; the US and the EU become observers.")
    assert [(m.member, m.organization) for m in found.memberships
            if m.organization == "organization/european-union"] == []


def test_it_after_an_opening_that_names_its_companions_is_the_firm_before():
    found = facts_of("PV GAS and Korea Gas Corporation (KOGAS) signed a memorandum of understanding on LNG trading. "
                     "KOGAS is already present in Vietnam's gas-to-power sector. Together with T&T Group and Hanwha "
                     "Energy, it is developing the 1,500 MW Hai Lang LNG-to-power plant in Quang Tri province.")
    assert {frozenset({"organization/korea-gas-corporation", "organization/t-t-group"}),
            frozenset({"organization/korea-gas-corporation", "organization/hanwha-energy"})} <= pairs(found)
    hai_lang = next(p for p in found.projects if p.capacity_mw == 1500)
    assert "organization/korea-gas-corporation" in hai_lang.developers


def test_an_instrument_other_sides_signed_in_another_year_is_another_instrument():
    found = facts_of("During the visit, state importer BOTAŞ signed a long-term LNG purchase contract with Woodside "
                     "Energy on 24 September in New York.\n\nA reminder of how we got here:\n"
                     "- 2012: Baku and Ankara sign the TANAP intergovernmental agreement in Istanbul.\n"
                     "- 2018: TANAP is inaugurated in Eskişehir.", published="2025-09-29")
    assert sorted((a.kind, set(a.parties), a.date) for a in found.agreements) == [
        ("Agreement", {"state/AZE", "state/TUR"}, "2012"),
        ("Contract", {"organization/botas", "organization/woodside-energy"}, "2025-09-24")]


def test_a_definite_instrument_signed_by_the_members_is_still_the_bodys():
    found = facts_of("Energy ministers of the Organization of Turkic States (OTS) adopted the Istanbul Declaration on "
                     "Energy Connectivity on Wednesday in Istanbul. The declaration, signed by the ministers of the "
                     "five member states - Türkiye, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan - builds on the "
                     "decisions of the OTS summit held in Gabala in October last year.", published="2026-02-12")
    assert len(found.agreements) == 1


def test_a_working_session_with_firms_is_a_meeting_with_them():
    found = facts_of("Vietnamese Prime Minister Pham Minh Chinh held a working session with leaders of JERA and "
                     "Tokyo Gas in Tokyo on Sunday.", published="2023-12-18")
    assert [(e.kind, set(e.participants), e.place, e.date) for e in found.events] == [
        ("Meeting", {"state/VNM", "organization/jera", "organization/tokyo-gas"}, "place/tokyo", "2023-12-17")]


@pytest.mark.parametrize("text, places", [
    ("The Monsoon wind farm in the southern provinces of Sekong and Attapeu supplies Vietnam.",
     {"place/sekong", "place/attapeu"}),
    ("Ferries link the islands of Delft, Nainativu and Analaitivu with Jaffna.",
     {"place/delft", "place/nainativu", "place/analaitivu"}),
])
def test_units_listed_after_their_plural_type_word_are_places(text, places):
    found = facts_of(text)
    assert places <= {k for k, e in found.entities.items() if e.kind == "Place"}


@pytest.mark.parametrize("text, label, place", [
    ("The East Mediterranean Gas Forum held its ministerial meeting in Cairo on Tuesday.",
     "East Mediterranean Gas Forum ministerial meeting", "place/cairo"),
    ("OPEC held its 190th meeting in Vienna on Thursday.", "OPEC 190th meeting", "place/vienna"),
])
def test_a_body_that_held_its_meeting_is_at_its_meeting(text, label, place):
    found = facts_of(text, published="2025-10-17")
    assert [(e.kind, e.label, e.place) for e in found.events] == [("Meeting", label, place)]


def test_a_body_that_will_hold_its_meeting_has_held_none():
    assert facts_of("OPEC will hold its next meeting in Vienna.").events == []


def test_a_council_that_held_its_third_meeting_is_a_meeting_of_the_two_sides():
    found = facts_of("The Saudi-Greek strategic partnership council held its third meeting in Athens on January 20, "
                     "co-chaired by the foreign ministers of Greece and Saudi Arabia.", published="2026-01-21")
    assert [(e.kind, set(e.participants), e.place, e.date) for e in found.events] == [
        ("Meeting", {"state/GRC", "state/SAU"}, "place/athens", "2026-01-20")]


def test_a_port_named_with_a_capital_is_the_company_that_runs_it():
    found = facts_of("The Port of Rotterdam and the Autonomous Port of Nouadhibou signed a memorandum of "
                     "understanding in Nouakchott on Monday.")
    assert {k: e.kind for k, e in found.entities.items() if k.startswith("organization/")} == {
        "organization/port-of-rotterdam": "Company", "organization/autonomous-port-of-nouadhibou": "Company"}
    assert [set(a.parties) for a in found.agreements] == [
        {"organization/port-of-rotterdam", "organization/autonomous-port-of-nouadhibou"}]


def test_a_city_called_port_of_something_stays_a_place():
    found = facts_of("Trinidad and Tobago and Venezuela held talks in Port of Spain on Thursday.")
    assert "place/port-of-spain" in found.entities
    assert not any(k.startswith("organization/") for k in found.entities)


def test_a_states_deal_told_again_with_its_firm_is_the_firms():
    found = facts_of("DHAKA, June 2 — Bangladesh has secured a 15-year deal with QatarEnergy for 1.8 million tonnes "
                     "of liquefied natural gas a year.\n\nThe sale and purchase agreement between QatarEnergy and "
                     "state-run Petrobangla was signed in Doha on Thursday.", published="2023-06-02")
    assert [(set(a.parties), a.date, a.place) for a in found.agreements] == [
        ({"organization/qatarenergy", "organization/petrobangla"}, "2023-06-01", "place/doha")]
    assert pairs(found) == {frozenset({"organization/qatarenergy", "organization/petrobangla"})}


def test_a_states_instrument_signed_by_a_ministrys_official_stays_the_states():
    found = facts_of("Canada and Germany signed a joint declaration of intent on Thursday to set up a hydrogen "
                     "corridor. The declaration was signed in Halifax by Canada's Minister of Energy and Natural "
                     "Resources, Daniel Arsenault, and Jonas Hartmann, parliamentary state secretary at Germany's "
                     "Federal Ministry for Economic Affairs and Energy.", published="2025-08-22")
    assert [set(a.parties) for a in found.agreements] == [{"state/CAN", "state/DEU"}]


@pytest.mark.parametrize("text", [
    "The Noor Midelt solar plant in Morocco was completed in 2024. Masdar runs the plant.",
])
def test_the_firm_that_runs_a_plant_told_before_is_its_operator(text):
    found = facts_of(text)
    assert [(p.label, p.developers) for p in found.projects] == [
        ("Noor Midelt solar plant", ("organization/masdar",))]


def test_a_rating_in_barrels_before_the_noun_still_names_the_work_told_before():
    found = facts_of("The YASREF refinery at Yanbu in Saudi Arabia started up in 2016. Saudi Aramco operates the "
                     "400,000 b/d refinery.")
    assert [(p.label, p.developers) for p in found.projects] == [("YASREF refinery", ("organization/saudi-aramco",))]


def test_a_passive_verbs_by_list_is_read_whole_where_the_parse_loses_its_end():
    found = facts_of("The SoutH2 Corridor would carry hydrogen from Algeria to Germany. It is being developed by "
                     "Snam, Trans Austria Gasleitung (TAG), Gas Connect Austria and the German operator bayernets.")
    firms = ["organization/snam", "organization/trans-austria-gasleitung", "organization/gas-connect-austria",
             "organization/bayernets"]
    assert pairs(found) == {frozenset({a, b}) for i, a in enumerate(firms) for b in firms[i + 1:]}



def test_firms_counted_among_anothers_partners_work_with_it_and_each_other():
    found = facts_of("North Field East also counts TotalEnergies, ExxonMobil and Shell among QatarEnergy's "
                     "international partners.")
    firms = ["organization/qatarenergy", "organization/totalenergies", "organization/exxonmobil", "organization/shell"]
    assert pairs(found) == {frozenset({a, b}) for i, a in enumerate(firms) for b in firms[i + 1:]}
    assert {c.rule for c in found.cooperations} == {"cooperation-counted-among-partners"}


def test_firms_a_text_may_count_among_the_partners_are_not_partners_yet():
    assert pairs(facts_of("The consortium may include Eni and Shell among its partners.")) == set()


def test_an_instrument_a_relative_clause_says_who_signed_with_whom_has_them_all():
    found = facts_of("Hydro-Québec and Transmission Developers Inc. (TDI) built the line. Power will flow under a "
                     "25-year contract that Hydro-Québec and TDI signed with the New York State Energy Research and "
                     "Development Authority (NYSERDA) in November 2021.", published="2025-04-08")
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == [
        ("Contract", {"organization/hydro-quebec", "organization/transmission-developers",
                      "organization/new-york-state-energy-research-and-development-authority"}, "2021-11")]


def test_works_each_operated_by_its_own_firm_make_no_list_of_operators():
    found = facts_of("The oil will come from two fields: Tilenga, operated by TotalEnergies, and Kingfisher, "
                     "operated by CNOOC.")
    assert frozenset({"organization/totalenergies", "organization/kingfisher"}) not in pairs(found)


def test_an_instrument_of_the_occasion_takes_the_day_of_the_event_the_lede_tells():
    found = facts_of("NEW DELHI — The first official visit to India by the Crown Prince of Abu Dhabi produced several "
                     "energy agreements on Monday.\n\nSeparately, ADNOC signed a memorandum of understanding with "
                     "Indian Strategic Petroleum Reserves Limited (ISPRL) on crude storage.", published="2024-09-10")
    assert [(a.date, a.place) for a in found.agreements] == [("2024-09-09", "place/new-delhi")]


def test_a_working_session_beside_a_named_summit_is_a_meeting_of_its_own():
    found = facts_of("Prime Minister Pham Minh Chinh of Vietnam attended the ASEAN-Japan Commemorative Summit in Tokyo "
                     "and held a working session with JERA President Yukio Kani of Japan.", published="2023-12-18")
    assert sorted(e.kind for e in found.events) == ["Meeting", "Summit"]
