"""Deals inside a report someone denies, groups listed in an aside, and guests of a joint body (sixteenth
session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

PAK, AFG, TJK, KGZ, UZB = "state/PAK", "state/AFG", "state/TJK", "state/KGZ", "state/UZB"
WB = "organization/world-bank"


def test_a_deal_in_a_report_that_is_rejected_is_no_deal():
    # before: the agreement the ministry called baseless was recorded
    text = ("The Power Division rejected as \"baseless and misleading\" a news report published last week that "
            "Pakistan had signed an agreement with Uzbekistan for the import of electricity.")
    found = facts(text)
    assert found.agreements == [] and found.cooperations == []


def test_a_deal_in_denied_media_reports_is_no_deal():
    found = facts("Officials in Islamabad denied media reports that Pakistan signed a power deal with Uzbekistan.")
    assert found.agreements == []


def test_a_deal_reports_tell_without_a_denial_stands():
    found = facts("Reports from Tashkent say that Pakistan signed a power deal with Uzbekistan in May 2024.")
    assert {frozenset(a.parties) for a in found.agreements} == {frozenset((PAK, UZB))}


def test_the_four_countries_are_the_four_an_aside_listed():
    # before: the list inside "which was attended by …" was not remembered, and "the four countries" took the
    # UK of "the UK's aid office" instead of Tajikistan
    text = ("The council met on Monday, which was attended by the representatives of Pakistan, Afghanistan, "
            "Tajikistan and Kyrgyzstan. The line is financed by the World Bank and the UK's aid office. "
            "The four countries signed the intergovernmental agreement in Dushanbe in 2015.")
    assert {frozenset(a.parties) for a in facts(text).agreements} == {frozenset((PAK, AFG, TJK, KGZ))}


def test_guests_of_a_joint_body_s_meeting_are_not_its_parties():
    # before: the World Bank, attending "as well as" the members, was paired with each of them
    text = ("The ministers of Pakistan, Afghanistan and Tajikistan, as well as the World Bank, met in Kabul on "
            "Monday for the session of the Intergovernmental Council.")
    pairs = {frozenset(c.actors) for c in facts(text).cooperations}
    assert pairs == {frozenset((PAK, AFG)), frozenset((PAK, TJK)), frozenset((AFG, TJK))}


def test_states_listed_after_in_are_where_a_firm_signed_not_parties():
    # before: Uzbekistan, Kazakhstan and Azerbaijan were read as parties of one agreement among themselves
    text = ("Masdar has been active in Central Asia since 2019, having signed agreements for renewable energy "
            "projects in Uzbekistan, Kazakhstan and Azerbaijan.")
    assert facts(text).agreements == []


def test_states_named_as_a_relation_after_in_still_sign():
    text = ("The declaration Azerbaijan and China signed in Beijing in April 2025 opened a new stage in "
            "Azerbaijan-China relations.")
    assert {frozenset(a.parties) for a in facts(text).agreements} == {frozenset(("state/AZE", "state/CHN"))}


def test_the_partners_listed_before_sign_their_own_agreements_with_the_government():
    # before: "The partners" stood for nobody; once they did, the parse reader paired the lenders with each other
    text = ("The project is financed by a group of development partners led by the World Bank, including the Asian "
            "Development Bank (ADB), the Green Climate Fund and the Korea Export-Import Bank. The partners signed "
            "their financing agreements with the Solomon Islands government in Honiara in November 2019.")
    found = facts(text)
    slb = "state/SLB"
    lenders = {"organization/asian-development-bank", "organization/green-climate-fund",
               "organization/korea-export-import-bank"}
    assert {frozenset(a.parties) for a in found.agreements} == {frozenset((k, slb)) for k in lenders}
    assert {frozenset(c.actors) for c in found.cooperations} == {frozenset((k, slb)) for k in lenders}
