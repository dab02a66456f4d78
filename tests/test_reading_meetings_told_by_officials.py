"""Meetings told the way ministries and agencies tell them (sixteenth session): an official receives a
visitor, "the sides" then act, and a capital stands beside a city as a place.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

UZB, KEN = "state/UZB", "state/KEN"
ACWA = "organization/acwa-power"


def _events(text: str) -> set:
    return {(e.kind, frozenset(e.participants)) for e in facts(text).events}


def _agreements(text: str) -> set:
    return {(a.kind, frozenset(a.parties)) for a in facts(text).agreements}


def test_an_official_receiving_a_delegation_is_a_meeting_of_both_sides():
    # before: "received" made a meeting only when a head of state or minister was received
    text = "Uzbek President Shavkat Mirziyoyev received a delegation of ACWA Power led by its chairman."
    assert _events(text) == {("Meeting", frozenset((UZB, ACWA)))}


def test_received_a_shipment_is_no_meeting():
    text = "Uzbekistan received the first shipment of turbines for the plant from ACWA Power in May."
    assert _events(text) == set()


def test_the_sides_after_a_meeting_are_the_two_who_met():
    # before: "the sides" stood for nobody when no list of actors came before, and the memorandum was lost
    text = ("Uzbekistan's Minister of Energy Jurabek Mirzamakhmudov met with a delegation of Saudi Arabia's ACWA "
            "Power. The sides signed a memorandum of understanding on a wind farm.")
    found = facts(text)
    assert {(a.kind, frozenset(a.parties)) for a in found.agreements} == {
        ("MemorandumOfUnderstanding", frozenset((UZB, ACWA)))}
    assert {frozenset(c.actors) for c in found.cooperations} == {frozenset((UZB, ACWA))}


def test_the_sides_without_a_meeting_before_stay_unresolved():
    text = "Uzbekistan's energy ministry published its plan for wind power. The sides signed a memorandum."
    assert _agreements(text) == set()


def test_a_capital_beside_a_city_is_a_place():
    # before: Nairobi was read as Kenya's government, and only Mombasa as a place
    found = facts("The 400 kV line between Nairobi and Mombasa was commissioned in March.")
    assert {k for k, e in found.entities.items() if e.kind == "Place"} == {"place/nairobi", "place/mombasa"}
    assert KEN not in found.entities


def test_a_reporting_clause_after_a_place_makes_it_no_firm():
    # before: ", the companies said" read as an apposition calling "Ulsan" a company
    found = facts("Equinor will develop a floating wind project off Ulsan, the companies said on Tuesday.")
    assert "place/ulsan" in found.entities
    assert not any(e.label == "Ulsan" and e.kind != "Place" for e in found.entities.values())


def test_a_project_named_after_its_place_keeps_the_name_the_text_gives():
    # before: a capacity before the name, or a place as the name, left the project unnamed
    found = facts("Masdar operates the 230 MW Garadagh solar plant near Baku, Azerbaijan. "
                  "It will also build the 445 MW Bilasuvar solar PV project.")
    assert {(p.label, p.capacity_mw) for p in found.projects} == {
        ("Garadagh solar plant", 230.0), ("Bilasuvar solar PV project", 445.0)}


def test_a_place_alone_before_the_noun_names_no_project():
    found = facts("Masdar will build a 230 MW solar plant near Baku, Azerbaijan. Output from the Baku plant "
                  "will be sold under a long-term contract.")
    assert [p.label for p in found.projects] == [None]


def test_she_opening_a_sentence_is_the_side_the_subject_before_spoke_for():
    # before: "she signed a similar memorandum with Kazakhstan's Prime Minister" gave Kazakhstan and the
    # state the story is about
    text = ("European Commission President Ursula von der Leyen signed a memorandum of understanding with Namibian "
            "President Hage Geingob on Tuesday in Sharm el-Sheikh, Egypt. A day earlier, on 7 November and also at "
            "the conference, she signed a similar memorandum with Kazakhstan's Prime Minister Alikhan Smailov.")
    assert {frozenset(a.parties) for a in facts(text).agreements} == {
        frozenset(("organization/european-commission", "state/NAM")),
        frozenset(("organization/european-commission", "state/KAZ"))}
