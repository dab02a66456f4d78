"""Instruments by the trade's acronyms, signed "among" three, country capacities, and a bare ministry's state
(sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

SJVN, IBN = "organization/sjvn", "organization/investment-board-nepal"


def _agreements(text: str) -> set:
    return {(a.kind, frozenset(a.parties), a.date) for a in facts(text).agreements}


def test_a_ppa_signed_is_a_contract():
    # before: "PPA" named no instrument
    text = "Masdar signed a PPA with the Nepal Electricity Authority in May 2024."
    assert _agreements(text) == {("Contract", frozenset(("organization/masdar",
                                                        "organization/nepal-electricity-authority")), "2024-05")}


def test_an_acronym_signed_again_is_a_second_instrument_and_mentioned_again_is_none():
    text = ("SJVN signed the project development agreement (PDA) with the Investment Board Nepal (IBN) in 2014. "
            "In August 2024 SJVN signed the PDA with IBN for the Lower Arun project. The PDA sets a 25-year term.")
    assert _agreements(text) == {("Agreement", frozenset((SJVN, IBN)), "2014"),
                                 ("Agreement", frozenset((SJVN, IBN)), "2024-08")}


def test_a_ppa_mentioned_again_is_no_new_contract_of_the_sentence_s_parties():
    text = ("Scatec signed a power purchase agreement (PPA) with the Egyptian Electricity Transmission Company in "
            "December 2024. The PPA builds on a framework agreement that Scatec signed with Egypt in November 2022.")
    kinds = sorted(kind for kind, _, _ in _agreements(text))
    assert kinds == ["Agreement", "Contract"]


def test_three_signers_listed_after_among_are_the_parties():
    # before: the states of the sentence's other clause were read as the parties
    text = ("Power began flowing from Nepal to Bangladesh under a power sales agreement signed in Kathmandu on "
            "October 3, 2024 among NTPC Vidyut Vyapar Nigam (NVVN), the Nepal Electricity Authority (NEA) and the "
            "Bangladesh Power Development Board (BPDB).")
    assert [frozenset(a.parties) for a in facts(text).agreements] == [frozenset((
        "organization/ntpc-vidyut-vyapar-nigam", "organization/nepal-electricity-authority",
        "organization/bangladesh-power-development-board"))]


def test_a_country_s_installed_capacity_is_no_project():
    # before: "an installed capacity of about 3,200 MW, most of it from hydropower" was a hydro project
    found = facts("Nepal currently has an installed capacity of about 3,200 MW, most of it from hydropower. "
                  "Pakistan's installed generation capacity is over 45,000 MW.")
    assert found.projects == []


def test_a_bare_ministry_is_the_state_whose_minister_of_that_portfolio_the_text_names():
    # before: the Oslo dateline made it Norway's ministry
    found = facts("OSLO - Scatec signed a support agreement with the Ministry of Electricity and Renewable Energy. "
                  "Egypt's Minister of Electricity and Renewable Energy, Mahmoud Esmat, attended.")
    ministries = [e for e in found.entities.values() if e.label.startswith("Ministry of Electricity")]
    assert [m.country for m in ministries] == ["EGY"]


def test_heads_of_agreement_or_sale_and_purchase_agreements_with_four_sellers_are_one_each():
    # before: one instrument among all five firms, and the four sellers paired with each other
    text = ("JERA said it had concluded heads of agreement or sale and purchase agreements, each running for about "
            "20 years, with NextDecade, Venture Global and Sempra Infrastructure.")
    found = facts(text)
    jera = "organization/jera"
    sellers = {"organization/nextdecade", "organization/venture-global", "organization/sempra"}
    assert sorted(sorted(a.parties) for a in found.agreements) == sorted(sorted((jera, s)) for s in sellers)
    assert {frozenset(c.actors) for c in found.cooperations} == {frozenset((jera, s)) for s in sellers}


def test_a_state_where_the_goods_come_from_and_one_a_comment_names_are_no_parties():
    # before: the United States ("projects in the United States", "… with Washington") signed with JERA
    text = ("TOKYO -- JERA, Japan's largest power generator, has signed agreements to buy liquefied natural gas "
            "from four projects in the United States, a move that dovetails with Tokyo's efforts to narrow its "
            "trade surplus with Washington.")
    assert facts(text).agreements == []
