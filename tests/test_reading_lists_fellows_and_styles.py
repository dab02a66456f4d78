"""Members listed after "among them the … producers", states that joined "alongside" another, memberships that
ended, founders of a bloc, works named in a list before one plural noun, a second instrument "and a contract
with B", the day and place a later signing sentence gives, "the partners" paragraphs later, styles of honour
before a name and a dateline city with namesakes abroad (twenty-second session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from reading_helpers import facts, memberships, pairs

OPEC = "organization/organization-of-the-petroleum-exporting-countries"
BRICS = "organization/brics"


def test_members_listed_after_among_them_and_a_plural_that_describes_them():
    text = "After the exit, OPEC has 11 member countries, among them the Gulf producers Kuwait, Qatar and Oman."
    assert memberships(text) == {("state/KWT", OPEC, "member"), ("state/QAT", OPEC, "member"),
                                 ("state/OMN", OPEC, "member")}


def test_a_membership_that_ended_is_none():
    assert memberships("Ecuador ceased on Monday to be a member of OPEC, the government said.") == set()
    assert memberships("Qatar, a former member of OPEC, exports LNG to Asia.") == set()
    # (one that did not end is still read)
    assert memberships("Qatar, a member of OPEC, exports LNG to Asia.") == {("state/QAT", OPEC, "member")}


def test_states_that_joined_alongside_the_member_are_members_too():
    text = "Ethiopia became a full member of BRICS on 1 January 2024, alongside Egypt and Iran."
    assert memberships(text) == {("state/ETH", BRICS, "member"), ("state/EGY", BRICS, "member"),
                                 ("state/IRN", BRICS, "member")}
    assert memberships("Egypt joined BRICS in January, along with Ethiopia.") == {
        ("state/EGY", BRICS, "member"), ("state/ETH", BRICS, "member")}


def test_the_founders_of_a_bloc_are_its_members_not_partners_in_a_work():
    text = "Indonesia joined the bloc founded by Brazil, Russia and India as a full member."
    assert pairs(text) == set()


def test_a_partnership_in_a_relative_clause_is_the_hub_s_the_one_after_it_the_subject_s():
    text = ("The upgrade, which puts Japan on a par with China and India, with which Vietnam already has "
            "comprehensive strategic partnerships, comes years after Japan and Vietnam established a strategic "
            "partnership in 2009.")
    assert {(frozenset(p.partners), p.level) for p in facts(text).partnerships} == {
        (frozenset({"state/VNM", "state/CHN"}), "comprehensive strategic partnership"),
        (frozenset({"state/VNM", "state/IND"}), "comprehensive strategic partnership"),
        (frozenset({"state/JPN", "state/VNM"}), "strategic partnership")}


def test_a_second_instrument_coordinated_with_the_first_has_its_subject():
    text = "Botas holds a contract with Sonatrach for 4.4 bcm a year and a contract with Nigeria LNG for 1.3 bcm."
    found = facts(text)
    assert sorted((a.kind, tuple(sorted(a.parties))) for a in found.agreements) == [
        ("Contract", ("organization/botas", "organization/nigeria-lng")),
        ("Contract", ("organization/botas", "organization/sonatrach"))]
    assert {frozenset(c.actors) for c in found.cooperations} == {
        frozenset({"organization/botas", "organization/sonatrach"}),
        frozenset({"organization/botas", "organization/nigeria-lng"})}


def test_the_signing_sentence_gives_the_day_and_place_over_the_dateline_s():
    text = ("London, 26 January (Argus) - Botas has signed a 10-year agreement to buy LNG from Oman LNG. "
            "The contract was signed in Istanbul on 25 January at a ceremony.")
    found = extract(DocumentRecord("t.txt", text, published="2024-01-26"))
    assert [(a.kind, set(a.parties), a.date, a.place) for a in found.agreements] == [
        ("Contract", {"organization/botas", "organization/oman-lng"}, "2024-01-25", "place/istanbul")]


def test_works_named_in_a_list_before_one_plural_noun_are_one_each_of_their_holder():
    text = ("The deal combines Equinor's stakes in the Mariner and Buzzard oil fields with Shell's interests in "
            "the Shearwater and Jackdaw gas fields and the Penguins and Pierce oil fields in the UK.")
    got = {(p.label, p.technologies, p.participants) for p in facts(text).projects}
    equinor, shell = ("organization/equinor",), ("organization/shell",)
    assert got == {("Mariner", ("oil",), equinor), ("Buzzard", ("oil",), equinor),
                   ("Shearwater", ("natural gas",), shell), ("Jackdaw", ("natural gas",), shell),
                   ("Penguins", ("oil",), shell), ("Pierce", ("oil",), shell)}
    # an option on fields is no work of the holder's
    assert facts("JERA obtained an option to take 15% of the Thebe and Jupiter gas fields.").projects == []


def test_the_partners_paragraphs_later_are_the_ones_called_so_before():
    text = ("Shell and Equinor say they will build a terminal that the partners call the largest project of its "
            "kind. It will cost $4 billion. It will be finished in 2028. Customers have signed up. The partners "
            "have signed a construction contract with Samsung Heavy Industries.")
    shell, equinor, shi = "organization/shell", "organization/equinor", "organization/samsung-heavy-industries"
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [("Contract", {shell, equinor, shi})]


def test_styles_of_honour_before_a_name_are_no_part_of_it():
    text = ("Deputy Prime Minister Dato' Sri Fadillah Yusof and Datuk Seri Anwar Ibrahim spoke in Putrajaya. "
            "Oman's foreign minister Sayyid Badr bin Hamad Albusaidi attended.")
    persons = {e.label: e.position for e in facts(text).entities.values() if e.kind == "Person"}
    assert persons["Fadillah Yusof"] == "Deputy Prime Minister"
    assert "Anwar Ibrahim" in persons and "Badr bin Hamad Albusaidi" in persons
    assert not any(w in label for label in persons for w in ("Dato", "Datuk", "Seri", "Sayyid"))


def test_a_person_given_a_long_office_at_a_firm_in_an_apposition_is_a_person():
    found = facts("Zoë Yujnovich, Shell's integrated gas and upstream director, said the venture would invest.")
    person = found.entities["person/zoe-yujnovich"]
    assert (person.kind, person.represents) == ("Person", "organization/shell")
    assert "organization/zoe-yujnovich" not in found.entities


def test_a_dateline_city_with_namesakes_abroad_is_the_one_in_the_state_the_report_names():
    found = facts("VANCOUVER — Pembina said on Tuesday it will build an LNG terminal in Canada.")
    assert found.entities["place/vancouver"].country == "CAN"
    # with no state named, the name stays unread: the namesakes are of a size to matter
    assert "place/vancouver" not in facts("VANCOUVER — The port said exports rose.").entities
