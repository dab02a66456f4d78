"""Forms of wire and release English read for the forty-ninth session: who signs for whom ("A B, Minister of
Energy, for Ruritania"), licences granted, firms a named group brings together, bodies a relative clause
describes, instruments issued "in a joint statement", and words that only look like names (a sentence's opening
adverb, the rest of "Memorandum of Understanding", a portfolio before "Minister", an instrument's title).

Documents written for these tests go through the whole extractor; the assertions are the exact facts a
user gets.
"""
from __future__ import annotations

import pytest

from reading_helpers import facts as facts_of

from epkg.graph.extract import orgnames


def pairs(facts) -> set[frozenset]:
    return {frozenset(c.actors) for c in facts.cooperations}


def every_pair(keys) -> set[frozenset]:
    """The pairs of actors that all work with one another."""
    return {frozenset({a, b}) for a in keys for b in keys if a < b}


def persons(facts) -> dict[str, object]:
    return {e.label: e for e in facts.entities.values() if e.kind == "Person"}


# ---------------------------------------------------------------- names and what is no name

def test_a_sentences_opening_adverb_is_no_part_of_a_surname():
    found = facts_of("President Kassym-Jomart Tokayev opened the plant in Turkistan on Monday. "
                     "There Tokayev announced a fund for wind power.")
    assert set(persons(found)) == {"Kassym-Jomart Tokayev"}


def test_a_heading_that_ends_in_partners_makes_no_firms_of_the_next_line():
    found = facts_of("Chile and Japan become strategic partners\n"
                     "Prime Ministers Fumio Kishida and Gabriel Boric met in Santiago on Friday.")
    assert {"Fumio Kishida", "Gabriel Boric"} <= set(persons(found))
    assert not [e for e in found.entities.values() if e.kind == "Company"]


def test_the_rest_of_a_memorandum_of_understandings_title_is_no_firm():
    found = facts_of("The talks build on the Memorandum of Understanding signed in Dakar on 3 May 2023 by Senegal "
                     "and Mauritania.")
    assert not [e for e in found.entities.values() if e.kind == "Company"]
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"state/SEN", "state/MRT"})]


def test_a_portfolio_before_minister_is_no_firm():
    found = facts_of("State-Owned Enterprises Minister Rini Kusuma opened the terminal in Surabaya.")
    assert not [e for e in found.entities.values() if e.kind == "Company"]
    assert set(persons(found)) == {"Rini Kusuma"}


@pytest.mark.parametrize("name, instrument", [
    ("Framework Agreement for Economic and Investment Cooperation", True),
    ("Agreement on Trade and Investment Cooperation", True),
    ("Energy Charter Treaty Secretariat", False),
    ("Kestrel Power", False),
])
def test_an_instruments_title_that_opens_with_its_head_is_no_organization(name, instrument):
    # (the recogniser may call such a title an organization where its sentence makes it look like a party)
    assert orgnames.not_an_organization(name) is instrument


def test_office_holders_counted_are_no_body():
    found = facts_of("President Marcos of the Philippines met President Yoon of South Korea in Manila. "
                     "The two Presidents agreed to elevate bilateral ties to a strategic partnership.")
    assert not [e for e in found.entities.values() if e.kind == "Company"]
    assert [(set(p.partners), p.level) for p in found.partnerships] == [
        ({"state/PHL", "state/KOR"}, "strategic partnership")]


def test_a_listed_firms_name_with_initials_after_it_is_its_unit():
    found = facts_of("KEPCO KPS signed a maintenance contract with Emirates Nuclear Energy Corporation.")
    assert "organization/kepco-kps" in found.entities
    assert "organization/korea-electric-power-corporation" not in found.entities
    assert found.entities["organization/kepco-kps"].country == "KOR"


@pytest.mark.parametrize("text, names", [
    ("The ceremony was attended by Ahsan Iqbal, federal Minister for Planning, Development and Special Initiatives, "
     "who was chief guest.", {"Ahsan Iqbal"}),
    ("The memorandum was signed by Kenya's Minister of Energy and Davis Chirchir of Kenya Power.", {"Davis Chirchir"}),
])
def test_the_last_words_of_a_portfolio_are_no_person(text, names):
    assert set(persons(facts_of(text))) == names


def test_a_bodys_head_word_alone_is_no_new_body():
    found = facts_of("Pralhad Joshi, India's Minister of New and Renewable Energy and president of the Assembly, said "
                     "the alliance had completed 21 projects.")
    assert not [e for e in found.entities.values() if e.kind in ("Company", "Organization")]


def test_a_firm_named_in_apposition_after_its_trade():
    found = facts_of("The developer, Thermara, said the terminal would open in 2026.")
    assert found.entities["organization/thermara"].kind == "Company"


def test_a_person_named_once_in_full_and_then_by_surname_speaking():
    found = facts_of("Halvard Brekke makes no secret of what the decision means. \"It changes everything,\" "
                     "Brekke said.")
    assert set(persons(found)) == {"Halvard Brekke"}


def test_a_firm_of_a_state_named_with_an_and_is_the_listed_one():
    found = facts_of("Trinidad and Tobago's National Gas Company (NGC) signed a supply contract with Shell.")
    assert found.entities["organization/national-gas-company-of-trinidad-and-tobago"].country == "TTO"


@pytest.mark.parametrize("text, key", [
    ("The terminal will help free the region from Moscow's use of gas as a weapon.", "state/RUS"),
    ("The delegation flew in to Moscow's Sheremetyevo airport.", "place/moscow"),
])
def test_a_capitals_possessive_is_its_governments_unless_of_a_part_of_the_city(text, key):
    assert [k for k in facts_of(text).entities if k.endswith(("RUS", "moscow"))] == [key]


def test_an_executive_vice_president_keeps_the_whole_office():
    found = facts_of("European Commission Executive Vice-President Frans Timmermans signed the memorandum with Egypt.")
    timmermans = persons(found)["Frans Timmermans"]
    assert (timmermans.position, timmermans.represents) == ("Executive Vice-President",
                                                           "organization/european-commission")


def test_a_place_before_the_next_clauses_possessive_state_is_not_that_states():
    found = facts_of("The first cargo left the floating plant moored in the Rovuma Basin, Italy's Eni said.")
    assert found.entities["place/rovuma-basin"].country is None


# ---------------------------------------------------------------- who signs for whom

def test_signers_named_with_their_title_and_the_side_they_sign_for():
    found = facts_of("The contract was signed by Mohamed Arkab, Minister of Energy, for Algeria; and by Sahabi "
                     "Oumarou, Minister of Petroleum, for Niger.")
    assert {name: p.represents for name, p in persons(found).items()} == {
        "Mohamed Arkab": "state/DZA", "Sahabi Oumarou": "state/NER"}


def test_signers_listed_for_their_firms_are_persons_of_those_firms():
    found = facts_of("Bulgargaz and BOTAŞ signed a 13-year agreement in Sofia on Tuesday. It was signed by the two "
                     "general managers, Denitsa Zlateva for Bulgargaz and Ivo Marinov for BOTAŞ.")
    assert persons(found)["Denitsa Zlateva"].represents == "organization/bulgargaz"


def test_who_tells_of_a_signing_signs_nothing():
    found = facts_of("The state company Andina Lithium today signed an agreement with the Chinese consortium Zentra "
                     "for two plants, the Ministry of Hydrocarbons and Energy announced.")
    assert [set(a.parties) for a in found.agreements] == [{"organization/andina-lithium", "organization/zentra"}]


@pytest.mark.parametrize("text, kind", [
    ("Masdar and PLN exchanged the power purchase agreement in Abu Dhabi on 12 January 2020.", "Contract"),
    ("At the forum in Kuching, Masdar exchange documents with PLN for a hydrogen hub, to be known as the Borneo "
     "Hub.", "Agreement"),
])
def test_an_instrument_exchanged_is_signed(text, kind):
    found = facts_of(text)
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        (kind, {"organization/masdar", "organization/perusahaan-listrik-negara"})]


def test_views_exchanged_on_an_agreement_sign_nothing():
    assert facts_of("Masdar and PLN exchanged views on the agreement in Abu Dhabi.").agreements == []


@pytest.mark.parametrize("text", [
    "Indonesia and the International Partners Group unveiled a $20 billion partnership in a joint statement in "
    "Bali last month.",
    "Indonesia and the International Partners Group announced the partnership in their joint statement in Bali "
    "last month.",
])
def test_an_act_told_in_a_joint_statement_issues_one(text):
    found = facts_of(text, "2022-12-14")
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == [
        ("JointStatement", {"state/IDN", "organization/international-partners-group"}, "2022-11")]


def test_a_joint_statement_only_planned_is_none():
    found = facts_of("Indonesia and the International Partners Group could announce a partnership in a joint "
                     "statement in Bali next month.", "2022-12-14")
    assert found.agreements == []


def test_a_licence_granted_to_two_firms():
    found = facts_of("Venezuela has granted Shell and Trinidad and Tobago's National Gas Company (NGC) a 30-year "
                     "licence to produce gas from the offshore Dragon field.", "2023-12-22")
    ngc = "organization/national-gas-company-of-trinidad-and-tobago"
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Contract", {"state/VEN", "organization/shell", ngc})]
    assert pairs(found) == {frozenset({"state/VEN", "organization/shell"}), frozenset({"state/VEN", ngc}),
                            frozenset({"organization/shell", ngc})}


def test_some_members_of_a_body_sign_for_themselves():
    found = facts_of("The four European Union member states around the North Sea, Belgium, Denmark, Germany and the "
                     "Netherlands, today signed the Esbjerg Declaration.", "2022-05-18")
    assert [set(a.parties) for a in found.agreements] == [{"state/BEL", "state/DNK", "state/DEU", "state/NLD"}]
    assert frozenset({"state/BEL", "state/NLD"}) in pairs(found)
    assert not any("organization/european-union" in p for p in pairs(found))


def test_a_signing_put_off_is_none():
    found = facts_of("Talks have been slow because Germany and others have hesitated to sign contracts of that length.")
    assert found.agreements == [] and pairs(found) == set()


# ---------------------------------------------------------------- partners, groups and members

def test_who_keeps_the_rest_of_a_work_holds_it_with_the_holders_after():
    found = facts_of("QatarEnergy keeps 75% of North Field East. TotalEnergies and Shell each hold 12.5% of the "
                     "project.")
    firms = ["organization/qatarenergy", "organization/totalenergies", "organization/shell"]
    assert pairs(found) == every_pair(firms)



def test_the_two_standing_alone_are_the_states_named_before():
    found = facts_of("Australia and Vietnam raised ties on Monday. The two have been strategic partners since 2018.")
    assert [(set(p.partners), p.level) for p in found.partnerships] == [
        ({"state/AUS", "state/VNM"}, "strategic partnership")]


def test_a_body_a_relative_clause_says_others_lead_and_whose_other_members_it_lists():
    found = facts_of("Senegal's partner is the International Partners Group (IPG), which France and Germany co-lead "
                     "and whose other members are Canada, Japan and Norway.")
    group = "organization/international-partners-group"
    assert {(m.member, m.organization) for m in found.memberships} == {
        (f"state/{iso}", group) for iso in ("FRA", "DEU", "CAN", "JPN", "NOR")}


def test_partners_in_a_block_listed_after_a_colon():
    found = facts_of("Eni runs the field as operator for its partners in the offshore Block 4 area: ExxonMobil, "
                     "Galp and KOGAS.")
    firms = ["organization/eni", "organization/exxonmobil", "organization/galp", "organization/korea-gas-corporation"]
    assert pairs(found) == every_pair(firms)


def test_a_venture_shares_are_held_through_is_no_holder():
    found = facts_of("Eni, ExxonMobil and CNPC hold a combined 70% through a joint venture, Rovuma Holdings, while "
                     "the other partners have 10% each.")
    assert pairs(found) == {frozenset({"organization/eni", "organization/exxonmobil"}),
                            frozenset({"organization/eni", "organization/china-national-petroleum-corporation"}),
                            frozenset({"organization/exxonmobil", "organization/china-national-petroleum-corporation"})}


def test_a_named_group_of_firms_brings_its_members_together():
    found = facts_of("Andina Lithium signed a deal with the consortium Zentra. Zentra brings together Masdar, the "
                     "world's largest manufacturer of solar plants, its subsidiary TAQA and the utility ADNOC.")
    assert {p for p in pairs(found) if "organization/zentra" not in p} == {
        frozenset({"organization/masdar", "organization/taqa"}), frozenset({"organization/masdar", "organization/adnoc"}),
        frozenset({"organization/taqa", "organization/adnoc"})}


def test_owners_in_equal_stakes():
    found = facts_of("The terminal company is owned in equal 25 percent stakes by GasLog, DEPA Commercial, DESFA and "
                     "Bulgartransgaz.")
    firms = ["organization/gaslog", "organization/depa-commercial", "organization/desfa", "organization/bulgartransgaz"]
    assert pairs(found) == every_pair(firms)


def test_states_that_inaugurate_a_work_together():
    found = facts_of("Poland, Denmark and Norway on Tuesday inaugurated the Baltic Pipe, a gas route of some "
                     "900 km.", "2022-09-28")
    assert pairs(found) == {frozenset({"state/POL", "state/DNK"}), frozenset({"state/POL", "state/NOR"}),
                            frozenset({"state/DNK", "state/NOR"})}


@pytest.mark.parametrize("text", [
    "Berlin was the first capital to form a hydrogen partnership with Windhoek in 2021.",
    "Germany and Namibia formed a hydrogen partnership in 2021.",
])
def test_a_partnership_founded_with_no_level_named(text):
    assert [(set(p.partners), p.level, p.rule) for p in facts_of(text).partnerships] == [
        ({"state/DEU", "state/NAM"}, None, "partnership-founded")]


def test_a_partnership_only_possible_is_none():
    assert facts_of("Germany could form a hydrogen partnership with Namibia.").partnerships == []


@pytest.mark.parametrize("text, pair", [
    ("The pipeline has carried Bolivian gas to Brazil since 1999.", {"state/BOL", "state/BRA"}),
    ("The line could carry Ethiopian power to Kenya.", None),
])
def test_a_fuel_a_work_carries_from_its_state_to_a_buyer(text, pair):
    assert pairs(facts_of(text)) == ({frozenset(pair)} if pair else set())


def test_all_of_a_count_after_an_opener_of_two_phrases_are_the_states_listed():
    found = facts_of("When the leaders of Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand met in "
                     "Bangkok on April 4, energy was a side dish. The bloc's power instrument is seven years old. At the "
                     "fourth summit, in Kathmandu in August 2018, all seven signed a memorandum of understanding on a "
                     "grid interconnection.", "2025-04-08")
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {f"state/{iso}" for iso in ("BGD", "BTN", "IND", "MMR", "NPL", "LKA", "THA")},
         "2018-08")]


def test_the_members_counted_are_the_states_listed():
    found = facts_of("The leaders of Chile, Peru and Colombia met in Lima on Monday. The three members signed an "
                     "agreement on power trade.")
    assert [set(a.parties) for a in found.agreements] == [{"state/CHL", "state/PER", "state/COL"}]


def test_asia_and_the_pacific_is_a_region_no_ocean():
    found = facts_of("The bank is committed to a prosperous and sustainable Asia and the Pacific.")
    assert not [e for e in found.entities.values() if e.kind == "Place"]


# ---------------------------------------------------------------- projects and events

def test_a_work_is_not_hosted_where_a_release_was_issued():
    found = facts_of("MANILA, PHILIPPINES (13 September 2023) - The Asian Development Bank has approved $50 million for "
                     "Maldives to cut Maldives' reliance on diesel. By 2020 the programme had installed 9.5 megawatts of "
                     "solar capacity on 70 islands.",
                     "2023-09-13")
    assert [p.hosts for p in found.projects] == [("state/MDV",)]



def test_a_partners_nationality_is_not_where_the_farm_stands():
    found = facts_of("Gdynia Wind and its Danish partner Ørsted took the final investment decision on Baltica 2, a "
                     "1.5 GW offshore wind farm off Ustka in Poland.")
    assert [p.hosts for p in found.projects] == [("state/POL",)]


def test_a_states_sanctions_cross_no_border():
    found = facts_of("Venezuela's PDVSA partly built a gas pipeline to shore in Venezuela, but the field was never "
                     "developed because of U.S. sanctions.")
    assert all("state/USA" not in p.hosts for p in found.projects)


def test_an_opening_preposition_is_no_part_of_an_events_name():
    found = facts_of("At the Mekong Energy Transition Conference in Vientiane on February 26, Laos and Thailand "
                     "signed a memorandum on power trade.", "2024-03-08")
    assert [e.label for e in found.events] == ["Mekong Energy Transition Conference"]


def test_an_event_in_the_place_a_where_clause_opens_on():
    found = facts_of("Chinh came to Canberra from Melbourne, where Australia hosted the ASEAN-Australia Special "
                     "Summit on March 4-6.", "2024-03-08")
    summit = next(e for e in found.events if e.kind == "Summit")
    assert found.entities[summit.place].label == "Melbourne"


# ---------------------------------------------------------------- a partnership with no level, looked up

def test_a_partnership_with_no_level_is_looked_up_once_with_no_level(tmp_path):
    from epkg.graph import lookup
    from epkg.graph.ingest import ingest
    from epkg.graph.store import Store
    from epkg.ontology.namespaces import EPID

    (tmp_path / "a.txt").write_text("date 2023-05-31\nGermany formed a hydrogen partnership with Namibia in 2021.",
                                    encoding="utf-8")
    store = Store.memory()
    ingest([str(tmp_path / "a.txt")], store)
    rows = lookup.relations(store, EPID["state/NAM"], kinds=["partnership"])
    assert [(r["other"], r["level"], r["rank"]) for r in rows] == [(str(EPID["state/DEU"]), None, None)]
