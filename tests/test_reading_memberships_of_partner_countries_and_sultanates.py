"""Memberships told with a partner country's title, of a state named by its form of government, and of the
companions that joined a body with the subject.

Documents written for these tests go through the whole extractor; the assertions are the exact memberships.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def memberships(text: str) -> set[tuple[str, str, str]]:
    facts = extract(DocumentRecord("t.txt", text, published="2024-03-18"))
    return {(m.member, m.organization, m.role) for m in facts.memberships}


AZEC = "organization/asia-zero-emission-community"
BRICS = "organization/brics"


def test_partner_countries_of_a_community_are_its_members():
    assert memberships("The governments of Indonesia and Japan, both partner countries of the Asia Zero Emission "
                       "Community (AZEC), have referred to the project as an example.") == {
        ("state/IDN", AZEC, "member"), ("state/JPN", AZEC, "member")}


def test_the_sultanate_is_the_state_whose_official_name_says_so():
    assert memberships("Oman signed the hydrogen deal on Monday. The sultanate, a member of the Gulf Cooperation "
                       "Council, coordinates its oil output with OPEC.") == {
        ("state/OMN", "organization/gulf-cooperation-council", "member")}


def test_those_who_joined_a_body_alongside_the_subject_joined_it_too():
    assert memberships("Egypt, which joined BRICS at the start of this year alongside the United Arab Emirates, "
                       "Iran and Ethiopia, says its ties with the bloc do not conflict with Europe.") == {
        ("state/EGY", BRICS, "member"), ("state/ARE", BRICS, "member"), ("state/IRN", BRICS, "member"),
        ("state/ETH", BRICS, "member")}


def test_a_state_that_only_hopes_to_join_alongside_others_is_no_member():
    assert memberships("Egypt hopes to join BRICS at the start of next year alongside Iran and Ethiopia.") == set()
