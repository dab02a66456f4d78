"""Signers named with their offices, groups named with their members, bodies and their organs, co-holders,
joint works, and a few forms of press releases and summit reports (thirty-first session).

Every document here is written for the test; the expected facts are exact. Tests whose comment says "a guard"
pass on the code before the session too: they keep the changes from going too far.
"""
from __future__ import annotations

from itertools import combinations

import pytest
from reading_helpers import agreements, facts, pairs

from epkg.graph.extract import orgnames

NEA = "organization/nepal-electricity-authority"
BPDB = "organization/bangladesh-power-development-board"
NVVN = "organization/ntpc-vidyut-vyapar-nigam"

SIGNERS = ("Nepal, Bangladesh and India signed a power deal on Thursday. The three-way power sales agreement was "
           "signed in Kathmandu by Hari Prasad Sharma, managing director of the Nepal Electricity Authority (NEA), "
           "Abdul Karim Hossain, chairman of the Bangladesh Power Development Board (BPDB), and Meera Iyer, chief "
           "executive of NTPC Vidyut Vyapar Nigam (NVVN), the trading arm of India's state-owned NTPC.")


def test_each_signer_keeps_the_office_told_after_the_name():
    # before: the second signer took the first one's office ("managing director of the NEA, <name>")
    people = {e.label: e.represents for e in facts(SIGNERS).entities.values() if e.kind == "Person"}
    assert people == {"Hari Prasad Sharma": NEA, "Abdul Karim Hossain": BPDB, "Meera Iyer": NVVN}


def test_the_bodies_whose_people_sign_a_named_instrument_are_its_parties():
    # before: "The three-way power sales agreement was signed by" was not read as the instrument told again
    # (only "The agreement was signed by" was), so the states stayed its parties; the parent firm named in an
    # aside after a possessive ("the trading arm of India's state-owned NTPC") signs nothing
    assert agreements(SIGNERS) == [("Contract", {NEA, BPDB, NVVN})]


NORTH_SEA = ["state/BEL", "state/DNK", "state/DEU", "state/NLD", "state/NOR"]


@pytest.mark.parametrize("text", [
    "The five states around the North Sea – Belgium, Denmark, Germany, the Netherlands and Norway – agreed on Monday "
    "to work together on offshore wind and hydrogen.",
    "The five states around the North Sea, Belgium, Denmark, Germany, the Netherlands and Norway, agreed on Monday "
    "to work together on offshore wind and hydrogen.",
])
def test_the_members_set_off_after_a_group_noun_are_its_subject(text):
    # before: the parse hung the list on "the North Sea" as more of that place, and no one worked together
    assert pairs(text) == {frozenset(p) for p in combinations(NORTH_SEA, 2)}


def test_a_list_after_a_place_that_is_no_group_is_no_subject():
    # a guard
    text = ("The pipeline around the North Sea – Belgium, Denmark and Norway – was completed on Monday by "
            "Equinor.")
    assert pairs(text) == set()


def test_a_side_left_unnamed_is_named_by_the_signers_of_the_instrument_told_again():
    # before: "with two Polish energy companies" left the letter with one party, and it was dropped
    text = ("Korea Hydro & Nuclear Power signed a letter of intent with two Polish energy companies on Monday. The "
            "letter was signed in Seoul by KHNP, Poland's largest private power producer ZE PAK and the "
            "state-controlled utility PGE.")
    found = facts(text)
    assert [(a.kind, set(a.parties), a.place) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"organization/korea-hydro-nuclear-power", "organization/ze-pak",
                                       "organization/pge"}, "place/seoul")]


def test_a_firm_in_no_list_is_named_by_its_officer_among_the_signers():
    # before: "ZE PAK CEO Piotr Nowak" made a person who spoke for no one, and the letter had two parties; the
    # ministry the report is credited to ("according to …") signs nothing
    text = ("Korea Hydro & Nuclear Power signed a letter of intent with two Polish energy companies on Monday. The "
            "LOI was signed in Seoul by KHNP CEO Kim Min-soo, ZE PAK CEO Piotr Nowak and PGE CEO Jan Kowalski, "
            "according to the Ministry of Trade, Industry and Energy.")
    found = facts(text)
    assert found.entities["organization/ze-pak"].kind == "Company"
    assert {e.label: e.represents for e in found.entities.values() if e.kind == "Person"} == {
        "Kim Min-soo": "organization/korea-hydro-nuclear-power", "Piotr Nowak": "organization/ze-pak",
        "Jan Kowalski": "organization/pge"}
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"organization/korea-hydro-nuclear-power", "organization/ze-pak",
                                       "organization/pge"})]


@pytest.mark.parametrize("text", [
    "The deal was signed by Acting CEO John Smith.",
    "The Group CEO Anna Berg said the plant would open in May.",
])
def test_words_before_an_officer_that_name_no_firm_make_none(text):
    # a guard
    assert {e.kind for e in facts(text).entities.values()} <= {"Person"}


@pytest.mark.parametrize("text", [
    "ASEAN's Member States are Brunei Darussalam, Cambodia, Indonesia, Malaysia and Viet Nam.",
    "The Member States of ASEAN are Brunei Darussalam, Cambodia, Indonesia, Malaysia and Viet Nam.",
])
def test_a_bodys_members_in_its_own_capitalised_style(text):
    # before: "Member States" in capitals was read as a person of ASEAN, and no member at all
    asean = "organization/association-of-southeast-asian-nations"
    found = facts(text)
    assert {(m.member, m.organization, m.role) for m in found.memberships} == {
        (f"state/{iso}", asean, "member") for iso in ("BRN", "KHM", "IDN", "MYS", "VNM")}
    assert not [e for e in found.entities.values() if e.kind == "Person"]


def test_the_organ_of_a_body_is_that_body_and_its_members_are_the_bodys():
    # before: "Supreme Council" was a body of its own, so the members listed after "the Member States" had two
    # bodies to choose from and went to neither
    text = ("The Supreme Council of the Cooperation Council for the Arab States of the Gulf (GCC) held its 45th "
            "session today in Kuwait City. The session was attended by the leaders of the Member States: the United "
            "Arab Emirates, the Kingdom of Bahrain, the Kingdom of Saudi Arabia, the Sultanate of Oman, the State of "
            "Qatar and the State of Kuwait. The Supreme Council welcomed the offer of Bahrain to host its next "
            "session.")
    found = facts(text)
    gcc = "organization/gulf-cooperation-council"
    assert sorted(k for k in found.entities if k.startswith("organization/")) == [gcc]
    assert {(m.member, m.organization) for m in found.memberships} == {
        (f"state/{iso}", gcc) for iso in ("ARE", "BHR", "SAU", "OMN", "QAT", "KWT")}


@pytest.mark.parametrize("text, body", [
    ("The 16th BRICS Summit was held in Kazan. On 23 October the heads of state adopted the Kazan Declaration.",
     "organization/brics"),
    ("The Eighth Summit of the Organization of Turkic States was held today in Istanbul. The Heads of State "
     "adopted the Istanbul Declaration and praised its work with its Turkic partners.",
     "organization/organization-of-turkic-states"),
])
def test_the_heads_of_the_body_a_report_is_about_adopt_its_declaration_as_that_body(text, body):
    # before: "the heads of state" named no party, and the declaration was dropped; "Turkic" (an adjective
    # before its noun) was read as a company
    found = facts(text)
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [("Declaration", {body})]
    assert not [e for e in found.entities.values() if e.kind == "Company"]


def test_two_heads_of_state_adopt_nothing_for_a_body_named_nearby():
    # a guard
    text = ("President Aliyev met President Xi on the sidelines of the SCO summit in Astana. The two heads of state "
            "signed a joint declaration.")
    assert not [a for a in facts(text).agreements if "organization/shanghai-cooperation-organization" in a.parties]


def test_a_roadmap_to_membership_names_no_firm():
    text = "The Roadmap for Timor-Leste's Full Membership in ASEAN was adopted at the 42nd ASEAN Summit."
    assert not [e for e in facts(text).entities.values() if e.kind == "Company"]


def test_the_first_instrument_of_a_series_is_an_older_one_not_the_one_just_told():
    # a guard: "the first Memorandum … was signed in 2002 between A and B" is an older instrument with its own
    # signers (a longer release read it as the memorandum it is about; "first" now says so wherever it stands)
    text = ("Algeria, Niger and Nigeria signed a memorandum of understanding on the Trans-Saharan gas pipeline in "
            "Algiers on Thursday. The first Memorandum of Understanding concerning this project was signed in 2002 "
            "between Sonatrach and the Nigerian National Petroleum Corporation (NNPC).")
    assert [(a.kind, set(a.parties), a.date) for a in facts(text).agreements] == [
        ("MemorandumOfUnderstanding", {"state/DZA", "state/NER", "state/NGA"}, "2025-05-01"),
        ("MemorandumOfUnderstanding", {"organization/sonatrach",
                                       "organization/nigerian-national-petroleum-company-limited"}, "2002")]


@pytest.mark.parametrize("text, holders", [
    ("The joint venture is equally owned by AGEL and TotalEnergies and holds 1,150 MW of solar projects.",
     ["organization/adani-green-energy", "organization/totalenergies"]),
    ("Petronet LNG is promoted by three state-owned companies: GAIL (India) Limited, Indian Oil Corporation "
     "Limited and Bharat Petroleum Corporation Limited.",
     ["organization/gail", "organization/indian-oil-corporation", "organization/bharat-petroleum"]),
])
def test_the_holders_of_one_firm_work_together(text, holders):
    # before: "promoted by" was no word of holding, and a colon after the counted holders ended the list
    # ("equally owned by" is a guard: the venture's words read it already)
    assert pairs(text) == {frozenset(p) for p in combinations(holders, 2)}


def test_a_countrys_installed_capacity_is_no_plant():
    # before: "the UAE's installed solar capacity rises to around 3.2GW" made a 3.2 GW solar project
    text = ("The 2GW Al Dhafra solar plant in Abu Dhabi has been inaugurated. With Al Dhafra online, the UAE's "
            "installed solar capacity rises to around 3.2GW.")
    assert [(p.capacity_mw, p.hosts) for p in facts(text).projects] == [(2000.0, ("state/ARE",))]


def test_a_plant_with_no_state_of_its_own_is_where_the_sentence_before_put_its_builders():
    # before: the plant went to the state whose places the report names (the UAE), not the one the sentence
    # before puts its builders in
    text = ("The 2GW Al Dhafra solar plant near Abu Dhabi city has been inaugurated by Masdar and EDF Renewables, with "
            "Emirates Water and Electricity Company buying the output. The 1.2GW Noor Abu Dhabi plant at Sweihan "
            "began operation in 2019. Masdar and EDF Renewables are also working together in neighbouring Saudi "
            "Arabia. Earlier this month, the two companies signed a power purchase agreement for the planned 1.1GW "
            "Al Henakiyah solar plant.")
    assert [(p.capacity_mw, p.hosts) for p in facts(text).projects] == [
        (2000.0, ("state/ARE",)), (1200.0, ("state/ARE",)), (1100.0, ("state/SAU",))]


def test_a_meeting_of_heads_of_government_is_a_summit():
    # before: "the Commonwealth Heads of Government Meeting" was a meeting of ministers' rank
    text = ("Gabon and Togo joined the Commonwealth on Friday, at the close of the Commonwealth Heads of Government "
            "Meeting in Kigali.")
    assert [e.kind for e in facts(text).events] == ["Summit"]


def test_agreements_reached_at_meetings_are_no_instrument():
    # before: "in line with agreements reached at the meetings of A and B" was read as an agreement the two
    # states signed
    text = ("The minister said the exports had been launched in line with agreements reached at the meetings of "
            "President Ilham Aliyev and Syria's transitional President Ahmad al-Sharaa in Antalya on April 11 and in "
            "Baku on July 12.")
    assert facts(text).agreements == []


def test_the_government_whose_office_a_named_holder_has_is_that_holders_state():
    # before: "The president of the Government, Pedro Sánchez" made "the Government" the state the report names
    # most (here Belgium, by Brussels), which took Spain's place among the parties
    text = ("The president of the Government, Pedro Sánchez, the president of France, Emmanuel Macron, and the "
            "Portuguese prime minister, António Costa, sealed on Friday in Alicante the agreement to build the "
            "hydrogen corridor. The three leaders had already agreed in Brussels in October to abandon the old "
            "route, and Brussels has promised to pay for part of the work from Brussels.")
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [
        ("Agreement", {"state/ESP", "state/FRA", "state/PRT"})]


@pytest.mark.parametrize("text, members", [
    ("The Green Grids Initiative is a joint initiative of the International Solar Alliance with the Governments of "
     "India and the United Kingdom.",
     ["organization/international-solar-alliance", "state/IND", "state/GBR"]),
    ("The Sirik plant is a joint project of Masdar and EDF.", ["organization/masdar", "organization/edf"]),
    ("The project involves Électricité du Laos (EDL), the Electricity Generating Authority of Thailand (EGAT) and "
     "Tenaga Nasional Berhad (TNB).",
     ["organization/electricite-du-laos", "organization/electricity-generating-authority-of-thailand",
      "organization/tenaga-nasional"]),
])
def test_those_whose_joint_work_it_is_or_whom_a_work_involves_work_together(text, members):
    # before: "joint project of", "joint initiative of … with …" and "the project involves" tied no one
    assert pairs(text) == {frozenset(p) for p in combinations(members, 2)}


@pytest.mark.parametrize("text", [
    "A joint project of Masdar and EDF could be announced next year.",
    "The project could involve Masdar and EDF.",
])
def test_a_joint_work_only_hoped_for_ties_no_one(text):
    # a guard
    assert pairs(text) == set()


LA_CAISSE = "organization/caisse-de-depot-et-placement-du-quebec"


def test_one_holder_then_the_others_of_the_same_shares_hold_together():
    # before: the state's share, told in a sentence of its own, was read apart from the others' in the next one
    text = ("Under the agreed structure, the UK government becomes the largest shareholder in the plant, with an "
            "initial stake of 44.9%. The Canadian investor La Caisse takes 20%, Centrica 15% and EDF 12.5%, while "
            "Amber Infrastructure holds an initial 7.6%.")
    holders = ["state/GBR", LA_CAISSE, "organization/centrica", "organization/edf", "organization/amber-infrastructure"]
    assert pairs(text) == {frozenset(p) for p in combinations(holders, 2)}


def test_shares_that_add_up_to_more_than_the_whole_are_not_of_one_work():
    # a guard
    text = ("The UK government is the largest shareholder in the plant, with a stake of 44.9%. In the other plant, "
            "La Caisse holds 60% and Centrica 40%.")
    assert pairs(text) == {frozenset((LA_CAISSE, "organization/centrica"))}


def test_a_subject_that_has_since_been_a_firms_partner_works_with_it():
    # before: "has since been" was no copula of partnership, and the subject was a clause away
    text = "The UK government bought out CGN in 2022 and has since been EDF's partner in the project."
    assert pairs(text) == {frozenset(("state/GBR", "organization/edf"))}


def test_who_left_an_instrument_is_no_party_of_it():
    # before: the states that left the Treaty were read as its parties, and as working together
    text = ("The Energy Charter Treaty was signed in Lisbon in December 1994. Italy left the Treaty with effect from "
            "2016, and France, Germany and Poland left at the end of 2023.")
    found = facts(text)
    assert not [a for a in found.agreements if {"state/ITA", "state/FRA"} & set(a.parties)]
    assert pairs(text) == set()


def test_co_holders_on_both_sides_of_together_with_hold_together():
    # before: only the nearest subject was read with the one named after "together with"
    text = "CNPC and the Silk Road Fund are shareholders, together with Novatek, in Yamal LNG."
    holders = ["organization/china-national-petroleum-corporation", "organization/silk-road-fund",
               "organization/novatek"]
    assert pairs(text) == {frozenset(p) for p in combinations(holders, 2)}


def test_a_partnership_with_a_states_government_is_with_that_state():
    # before: "the Government of Uzbekistan" after "in partnership with" was passed over
    text = "ACWA Power is developing wind and solar plants in partnership with the Government of Uzbekistan."
    assert pairs(text) == {frozenset(("organization/acwa-power", "state/UZB"))}


@pytest.mark.parametrize("text, label", [
    ("The ASEAN Secretariat will support Timor-Leste in its new obligations.", "ASEAN Secretariat"),
    ("The Energy Community Secretariat welcomed the new electricity law.", "Energy Community Secretariat"),
])
def test_a_bodys_secretariat_is_a_body_of_its_own(text, label):
    # before: "the ASEAN Secretariat" was ASEAN itself
    assert [e.label for e in facts(text).entities.values() if e.kind == "InternationalOrganization"] == [label]


def test_the_head_of_a_secretariat_speaks_for_it():
    text = "Secretary-General of the Energy Charter Secretariat Guy Lentz said the Treaty was modernised."
    people = {e.label: e.represents for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Guy Lentz": "organization/energy-charter-secretariat"}


def test_a_body_publishing_its_own_release_is_still_a_body_it_names():
    # before: the publisher's name was dropped wherever the text named it, so a body's own release lost the body
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.extract import extract
    record = DocumentRecord("r.txt", "The ASEAN Secretariat will support Timor-Leste in its new obligations.",
                            published="2025-10-26", publisher="ASEAN Secretariat")
    assert [e.label for e in extract(record).entities.values() if e.kind == "InternationalOrganization"] == [
        "ASEAN Secretariat"]


def test_a_news_agency_publishing_a_report_is_no_body_of_it():
    # a guard
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.extract import extract
    record = DocumentRecord("r.txt", "Kazakhstan and China signed a gas deal, the ministry told Kazinform News Agency.",
                            published="2025-10-26", publisher="Kazinform News Agency")
    assert not [e for e in extract(record).entities.values() if e.kind not in ("State",)]


def test_a_meeting_in_a_unit_named_by_its_kind_is_held_there():
    # before: "in the western Indian state of Goa" placed the meeting nowhere (or at the dateline's city)
    text = ("Energy ministers from the Group of 20 failed on Saturday to reach a consensus at the end of a meeting in "
            "the western Indian state of Goa.")
    assert [(e.kind, e.place) for e in facts(text).events] == [("Meeting", "place/goa")]


def test_a_body_then_its_heads_office_and_name_are_a_body_and_a_person():
    # before: "Communist Party of Vietnam General Secretary To Lam" was one organization
    found = facts("Communist Party of Vietnam General Secretary To Lam met Prime Minister Lawrence Wong in Singapore.")
    assert sorted((e.kind, e.label) for e in found.entities.values() if e.kind in ("Organization", "Person")) == [
        ("Organization", "Communist Party of Vietnam"), ("Person", "Lawrence Wong"), ("Person", "To Lam")]


def test_the_visitor_named_with_a_long_title_after_visit_of_takes_part():
    # a guard: once the party and its head are read apart, the visit still has its visitor
    text = ("Singapore and Vietnam upgraded ties. The upgrade was announced on March 12 during the official visit of "
            "Communist Party of Vietnam General Secretary To Lam, who held talks with Prime Minister Lawrence Wong.")
    assert [(e.kind, e.participants) for e in facts(text).events if e.kind == "Visit"] == [("Visit", ("state/VNM",))]


def test_a_state_becoming_a_member_by_a_participle_is_a_member():
    # before: ", becoming the 101st member country of the Alliance" had no subject
    text = ("The United States today signed the Framework Agreement of the International Solar Alliance (ISA), "
            "becoming the 101st member country of the Alliance.")
    assert {(m.member, m.organization, m.role) for m in facts(text).memberships} == {
        ("state/USA", "organization/international-solar-alliance", "member")}


def test_leaders_signing_with_another_side_named_make_no_one_sided_instrument():
    # a guard
    text = ("The 16th BRICS Summit was held in Kazan. The leaders signed a loan agreement with the World Bank on the "
            "last day.")
    assert facts(text).agreements == []


def test_a_national_water_and_hydropower_utility_is_known_by_its_short_name():
    text = ("The 280 MW Nenskra plant in Upper Svaneti is being developed by South Korea's K-water together with "
            "JSC Partnership Fund.")
    assert pairs(text) == {frozenset(("organization/korea-water-resources-corporation",
                                      "organization/jsc-partnership-fund"))}


def test_a_forms_field_label_is_no_dateline_city():
    # before: "Date: 2nd September, 2024" at the head of a filing was read as a dateline from Date, Japan
    text = ("To the Exchange\nDate: 2nd September, 2024\nSubject: Joint venture with TotalEnergies\n"
            "The company said the plant in Gujarat is ready.")
    assert [e.label for e in facts(text).entities.values() if e.kind == "Place"] == ["Gujarāt"]


def test_a_dateline_with_a_colon_is_still_a_dateline():
    # a guard
    from epkg.graph.extract.header import find_datelines
    assert [d.city for d in find_datelines("NEW DELHI: The government on Monday approved the new plant.")] == [
        "NEW DELHI"]


def test_a_spelled_out_partnership_is_a_legal_form():
    # before: "Limited Partnership" was cut at "Limited", and the firm's full name was lost
    assert orgnames.split_legal_form("North Montney LNG Limited Partnership") == ("North Montney LNG",
                                                                                 "Limited Partnership")
    found = facts("The gas comes from the North Montney LNG Limited Partnership, a unit of PETRONAS.")
    assert {e.label: e.alt_labels for e in found.entities.values() if e.label == "North Montney LNG"} == {
        "North Montney LNG": {"North Montney LNG Limited Partnership"}}
