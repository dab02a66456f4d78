"""Signers named with their offices, and a group noun whose members are set off by dashes (thirty-first session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from itertools import combinations

import pytest
from reading_helpers import agreements, facts, pairs

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
    assert {e.kind for e in facts(text).entities.values()} <= {"Person"}
