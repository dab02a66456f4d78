"""Lenders and borrowers, holders of one work's shares, founders of a venture (thirtieth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

import pytest
from reading_helpers import agreements, facts, memberships, pairs

from epkg.graph.extract import orgnames


def _pair(*keys: str) -> frozenset:
    return frozenset(keys)


@pytest.mark.parametrize("text, expected", [
    ("The Asian Development Bank approved a $200 million loan to Uzbekistan for the solar plant near Bukhara.",
     {_pair("organization/asian-development-bank", "state/UZB")}),
    # the borrower named as its government
    ("The Board of the African Development Bank has approved a loan of $95 million to the Government of the "
     "Republic of Malawi to finance a 40 MW hydropower plant.",
     {_pair("organization/african-development-bank", "state/MWI")}),
    # "from A to B"
    ("The dam was financed through a loan from the Export-Import Bank of China to the government of Zambia.",
     {_pair("organization/export-import-bank-of-china", "state/ZMB")}),
    # the borrower first
    ("Masdar secured a $500 million loan from the Asian Development Bank for the wind farm.",
     {_pair("organization/asian-development-bank", "organization/masdar")}),
    # the borrower as the verb's object
    ("The World Bank lent Kyrgyzstan $120 million for the Kambarata plant.",
     {_pair("organization/world-bank", "state/KGZ")}),
    # the borrower as the owner of the work the money is for
    ("The World Bank has approved $400 million in financing for the repurposing of the utility Eskom's Hendrina "
     "power station.", {_pair("organization/world-bank", "organization/eskom")}),
    ("The Asian Development Bank approved a $300 million loan for Kenya's rural electrification project.",
     {_pair("organization/asian-development-bank", "state/KEN")}),
])
def test_a_lender_and_its_borrower_work_together(text, expected):
    # before: a loan made no tie at all between the bank and the state or firm it lends to
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The Asian Development Bank may provide a $200 million loan to Uzbekistan for the solar plant.",
    "The IMF approved a $3 billion loan to Pakistan to support its budget.",
])
def test_a_hoped_for_loan_or_one_for_no_energy_work_is_no_tie(text):
    assert pairs(text) == set()


def test_a_state_that_says_it_holds_a_share_is_one_of_the_holders():
    # before: no holder at all ("shareholder" was no word of holding), and a state never held a share
    text = ("The British state becomes the largest shareholder of the plant, with 44.9%, ahead of the pension fund "
            "La Caisse, with 20%, the utility Centrica, with 15%, and Amber Infrastructure, with 7.6%.")
    holders = ["state/GBR", "organization/caisse-de-depot-et-placement-du-quebec", "organization/centrica",
               "organization/amber-infrastructure"]
    assert pairs(text) == {_pair(a, b) for i, a in enumerate(holders) for b in holders[i + 1:]}


def test_a_state_s_share_of_a_market_is_no_holding():
    assert pairs("Russia supplied 40% of the EU's gas in 2021 and Norway 25%, with Equinor holding 12% and "
                 "Shell 10%.") == {_pair("organization/equinor", "organization/shell")}


def test_a_holder_named_with_its_state_after_of_keeps_its_share():
    # before: "Engie S.A. of France (35%)": the share came after the state, so Engie held none
    assert pairs("The venture is held by Engie S.A. of France (35%) and Acme Power (65%).") \
        == {_pair("organization/engie", "organization/acme-power")}


def test_the_operator_and_its_partners_with_their_shares_hold_the_field_together():
    assert pairs("Chevron, the operator with 39.66%, NewMed Energy (45.34%) and Ratio Energies (15%) will sell "
                 "more gas to Egypt.") == {_pair("organization/chevron", "organization/newmed-energy"),
                                          _pair("organization/chevron", "organization/ratio-energies"),
                                          _pair("organization/newmed-energy", "organization/ratio-energies")}


def test_who_keeps_a_share_and_who_buys_the_rest_hold_the_field_together():
    text = "Petronas has kept 60% of the block and sold the rest to two partners: Mitsubishi and Shell."
    holders = ["organization/petronas", "organization/mitsubishi", "organization/shell"]
    assert pairs(text) == {_pair(a, b) for i, a in enumerate(holders) for b in holders[i + 1:]}
    assert pairs("Petronas may keep 60% of the block and sell the rest to Mitsubishi and Shell.") == set()


def test_the_founders_of_a_venture_set_up_by_them_work_together():
    # before: "set up" was no verb of founding, only "formed", "established" and the like
    assert pairs("Sembawang Power, a joint company set up by Masdar and TotalEnergies, won the tender.") \
        == {_pair("organization/masdar", "organization/totalenergies")}
    assert pairs("Masdar and TotalEnergies plan to set up a company in 2027.") == set()


def test_a_firm_s_name_ending_in_international_after_its_trade_is_a_firm():
    # before: "International" ended the name with no head noun, so the firm was dropped with its partners
    f = facts("Acme Renewables International's partners in the wind project include Sembcorp Industries "
              "and Mitsubishi Corporation.")
    assert {e.label for e in f.entities.values() if e.kind == "Company"} \
        == {"Acme Renewables International", "Sembcorp Industries", "Mitsubishi Corporation"}
    assert orgnames.kind_of("Nexora Power International") == "Company" and orgnames.kind_of("Nexora International") is None


def test_a_legal_form_written_in_initials_is_a_legal_form():
    assert orgnames.split_legal_form("Orascom Construction S.A.E.") == ("Orascom Construction", "S.A.E.")
    # before: "S.A.E." was a word of the name, so another firm's "S.A.E." was read as this one's short form
    f = facts("Misr Wind Energy S.A.E. won the tender. Orascom Construction S.A.E. will build the wind farm.")
    assert {e.label for e in f.entities.values() if e.kind == "Company"} == {"Misr Wind Energy", "Orascom Construction"}


def test_a_place_s_name_given_in_brackets_as_a_firm_s_short_form_is_the_firm():
    # before: "(Red Sea)" and the later "Red Sea" were the sea
    f = facts("The bank signed a loan agreement with Red Sea Wind Energy S.A.E. (Red Sea) for the wind farm. "
              "Red Sea is owned by Toyota Tsusho and Engie.")
    assert [e.kind for e in f.entities.values() if "Red Sea" in {e.label, *e.alt_labels}] == ["Company"]
    assert _pair("organization/red-sea-wind-energy", "organization/engie") not in pairs(
        "Red Sea Wind Energy S.A.E. (Red Sea) won it. Red Sea is owned by Toyota Tsusho (50%) and Engie (50%).")


def test_an_instrument_named_again_with_the_bodies_that_signed_it_is_theirs():
    # before: "The addendum was signed between A and B" left the states as its parties
    text = ("Pakistan and China on Tuesday signed an addendum to the contract for the nuclear power plant. The "
            "addendum was signed between the Pakistan Atomic Energy Commission and the China National Nuclear "
            "Corporation at a ceremony.")
    assert agreements(text) == [("Contract", {"organization/pakistan-atomic-energy-commission",
                                              "organization/china-national-nuclear-corporation"})]


def test_the_parties_of_a_joint_statement_of_two_states_are_those_two():
    # before: "The Parties" was read as an organization named "Parties", a member of the SCO and a signer
    text = ("President Mirziyoyev of Uzbekistan paid a state visit to China from 23 to 25 January 2024. The Parties "
            "welcomed the Joint Statement signed in Xi'an on 18 May 2023. As member states of the Shanghai "
            "Cooperation Organization, the Parties will strengthen energy cooperation.")
    f = facts(text)
    assert not [e for e in f.entities.values() if e.label == "Parties"]
    assert [(a.kind, set(a.parties), a.date) for a in f.agreements] \
        == [("JointStatement", {"state/CHN", "state/UZB"}, "2023-05-18")]
    assert {(m.member, m.organization) for m in f.memberships} \
        == {("state/CHN", "organization/shanghai-cooperation-organization"),
            ("state/UZB", "organization/shanghai-cooperation-organization")}


def test_the_state_of_a_place_and_a_body_s_president_are_no_parties():
    # before: "in Sharm el-Sheikh, Egypt, Commission President …" made Egypt a party twice over: the place's state
    # read as an actor, and the president of the Commission guessed to be Egypt's
    text = ("On the margins of the climate conference in Sharm el-Sheikh, Egypt, Commission President Ursula von der "
            "Leyen and the Prime Minister of Kazakhstan, Alikhan Smailov, signed a memorandum of understanding on "
            "renewable hydrogen.")
    assert agreements(text) == []
    assert agreements("The agreement was signed in Tashkent, Uzbekistan, on Monday by Masdar and ACWA Power.") \
        == [("Agreement", {"organization/masdar", "organization/acwa-power"})]
    # (a state that opens a list after the place is still an actor)
    assert agreements("In Baku, Azerbaijan and Turkey signed a gas agreement.") \
        == [("Agreement", {"state/AZE", "state/TUR"})]


def test_the_end_of_a_span_of_years_dates_no_event():
    # before: "for 2023-2027" dated the summit 2027
    [e] = [e for e in facts("The plan for 2023-2027 was adopted at the first China-Central Asia Summit in "
                            "Xi'an.").events if e.kind == "Summit"]
    assert e.date == "2025-05"  # the report's month, as for any event the text gives no date of its own


def test_other_shareholders_listed_with_a_list_of_their_own_inside_hold_together():
    # before: "other" made the holders a hope, and "Thai firms B and C, and D" broke the list at its inner "and"
    holders = ["organization/sembcorp-industries", "organization/banpu", "organization/gulf-energy",
               "organization/mitsubishi-corporation"]
    assert pairs("Other shareholders include Sembcorp of Singapore, Thai firms Banpu and Gulf Energy, and Japan's "
                 "Mitsubishi Corporation.") == {_pair(a, b) for i, a in enumerate(holders) for b in holders[i + 1:]}


def test_a_name_with_an_ampersand_is_no_person_and_what_is_owned_is_no_holder():
    # before: the recogniser's "person" KP&P Africa was dropped, and the owned company was paired with the partner
    # named after "with" as if it were the owner's partner
    holders = ["organization/kp-p-africa", "organization/aldwych-international", "organization/norfund"]
    assert pairs("Nexus Wind Power Ltd is owned by a consortium led by KP&P Africa and Aldwych International, with "
                 "Norfund among the other shareholders.") \
        == {_pair(a, b) for i, a in enumerate(holders) for b in holders[i + 1:]}


def test_a_coordinated_subject_at_their_joint_work_works_together():
    assert pairs("Since 2020, Kazatomprom and Orano have produced uranium at their joint mine in Turkistan.") \
        == {_pair("organization/kazatomprom", "organization/orano")}


def test_a_buyer_of_fuel_and_the_firm_it_buys_from_work_together_not_the_state_it_comes_from():
    assert pairs("Masdar buys gas from ADNOC under a long-term contract, and Excelerate buys LNG from the United "
                 "States.") == {_pair("organization/adnoc", "organization/masdar")}
    assert pairs("Masdar may buy gas from ADNOC.") == set()
    assert pairs("Thailand already buys a lot of electricity from Laos.") == {_pair("state/THA", "state/LAO")}


def test_lower_case_parties_are_the_signers_told_before_not_the_states_named_so_far():
    # (the treaty's capitalised "Parties" stand for the two states of a joint statement; "the parties" of a news
    # report for the ones that signed, here a union and a state)
    text = ("Kazakhstan and the European Union signed a memorandum on hydrogen in Sharm el-Sheikh, Egypt. Within six "
            "months, the parties are to agree on a roadmap of concrete actions.")
    assert _pair("state/EGY", "state/KAZ") not in pairs(text)


def test_a_member_of_both_bodies_named_after_it_is_a_member_of_each():
    # before: "of both" looked for the two bodies before the word only, so the second one named after it was lost
    assert memberships("Tanzania is a member of both the Eastern Africa Power Pool (EAPP) and the Southern African "
                       "Power Pool (SAPP).") == {("state/TZA", "organization/eastern-africa-power-pool", "member"),
                                                ("state/TZA", "organization/southern-african-power-pool", "member")}


def test_the_government_of_a_first_sentence_is_the_state_it_names_not_the_one_that_qualifies_a_firm():
    # before: "the government" and "the country" were read as the United States, which made the deal one between
    # two states
    text = ("Bangladesh will import LNG from US-based Excelerate Energy for 15 years under a long-term deal signed in "
            "Dhaka yesterday, as the government tries to shield the country from the spot market.")
    assert agreements(text) == [("Agreement", {"state/BGD", "organization/excelerate-energy"})]


def test_a_second_deal_the_verb_governs_with_its_own_partner_is_an_instrument_of_its_own():
    # before: the specific "SPA" named the only instrument, and the deal with the second buyer was lost
    assert agreements("In June, Petrobangla signed a 15-year SPA with QatarEnergy, and a 10-year deal with Oman's OQ "
                      "Trading International.") == [
        ("Contract", {"organization/petrobangla", "organization/qatarenergy"}),
        ("Agreement", {"organization/petrobangla", "organization/oq-trading-international"})]
    # (an apposition that ranks it names no other one)
    assert agreements("Petrobangla signed a supply deal with QatarEnergy, the largest SPA in its history.") \
        == [("Contract", {"organization/petrobangla", "organization/qatarenergy"})]


def test_the_states_a_work_is_named_for_in_one_hyphened_compound_build_it_together():
    # before: only a cooperation noun or an economic corridor after the compound tied its states
    states = ["state/TKM", "state/AFG", "state/PAK", "state/IND"]
    assert pairs("Work continued on the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline.") \
        == {_pair(a, b) for i, a in enumerate(states) for b in states[i + 1:]}
    assert len(pairs("Power flows under the Lao PDR-Thailand-Malaysia-Singapore Power Integration Project.")) == 6


@pytest.mark.parametrize("text", [
    # a firm's work named for the states it joins
    "The UK dropped talks on a contract for the Xlinks Morocco-UK Power Project.",
    # a work that is not theirs, or not yet
    "The proposed Kazakhstan-Azerbaijan-Georgia cable would carry power.",
])
def test_a_compound_named_work_of_a_firm_or_one_not_built_ties_no_states(text):
    assert pairs(text) == set()
