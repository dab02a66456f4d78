"""Events named after a state or city, and a dateline's "X City" (sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

ADNOC, IOC = "organization/adnoc", "organization/indian-oil-corporation"


def test_a_state_naming_an_event_is_no_party_of_a_deal_signed_there():
    # before: India signed the supply agreement, and the event was called "of India Energy Week"
    found = facts("ADNOC and Indian Oil Corporation signed an LNG supply agreement on the sidelines of India "
                  "Energy Week in Goa.")
    assert {frozenset(a.parties) for a in found.agreements} == {frozenset((ADNOC, IOC))}
    assert [(e.label, e.place) for e in found.events] == [("India Energy Week", "place/goa")]


def test_an_energy_week_defined_by_its_acronym_is_no_company():
    # before: "Singapore International Energy Week (SIEW)" was read as a Singaporean company, and a party
    found = facts("ADNOC and Indian Oil Corporation signed a memorandum on Wednesday on the sidelines of the "
                  "Singapore International Energy Week (SIEW).")
    assert not any(e.kind == "Company" and "Week" in e.label for e in found.entities.values())
    assert {frozenset(a.parties) for a in found.agreements} == {frozenset((ADNOC, IOC))}


def test_a_dateline_city_written_with_city_is_the_listed_city_and_gives_the_home_state():
    # before: "Taguig City" was a place in no state, and the unqualified department went to the other state named
    found = facts("Taguig City, 24 October 2024 - The Department of Energy (DOE) and the Republic of Korea's "
                  "Ministry of Trade, Industry and Energy signed a memorandum of understanding on nuclear energy.")
    place = found.entities["place/taguig"]
    assert place.country == "PHL" and "Taguig City" in place.alt_labels
    departments = [e for e in found.entities.values() if e.label.startswith("Department of Energy")]
    assert [d.country for d in departments] == ["PHL"]


def test_units_named_together_before_one_plural_type_word_are_each_a_place():
    # before: only the first, or none, of "Sankhuwasabha and Bhojpur districts" was a place
    found = facts("The wind farm lies in the Sankhuwasabha and Bhojpur districts of Nepal.")
    places = {k: e for k, e in found.entities.items() if e.kind == "Place"}
    assert set(places) == {"place/sankhuwasabha", "place/bhojpur"}
    assert {e.country for e in places.values()} == {"NPL"}
    assert "Bhojpur District" in places["place/bhojpur"].alt_labels
