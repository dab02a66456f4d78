"""Talks a report dates by their month alone take the place and day of the one visit or signing of the
same sides it tells that month (``place_meetings_by_their_day``)."""
from __future__ import annotations

from epkg.graph.extract.events import place_meetings_by_their_day
from epkg.graph.extract.facts import Agreement, DocumentFacts, Event


def test_talks_of_the_month_are_held_where_and_when_the_visit_was():
    facts = DocumentFacts("", [])
    facts.events = [Event("Visit", 0, date="2025-04-05", place="place/colombo", participants=("state/IND",)),
                    Event("Meeting", 7, date="2025-04", participants=("state/IND", "state/LKA"))]
    place_meetings_by_their_day(facts)
    assert (facts.events[1].place, facts.events[1].date) == ("place/colombo", "2025-04-05")


def test_talks_of_the_month_are_held_where_the_sides_signed_that_month():
    facts = DocumentFacts("", [])
    facts.agreements = [Agreement("MemorandumOfUnderstanding", ("state/IND", "state/LKA"), 2, date="2025-04-05",
                                  place="place/colombo")]
    facts.events = [Event("Meeting", 7, date="2025-04", participants=("state/IND", "state/LKA"))]
    place_meetings_by_their_day(facts)
    assert (facts.events[0].place, facts.events[0].date) == ("place/colombo", "2025-04-05")


def test_talks_of_a_month_with_two_places_stay_unplaced():
    facts = DocumentFacts("", [])
    facts.events = [Event("Visit", 0, date="2025-04-05", place="place/colombo", participants=("state/IND",)),
                    Event("Visit", 3, date="2025-04-20", place="place/new-delhi", participants=("state/IND",)),
                    Event("Meeting", 7, date="2025-04", participants=("state/IND", "state/LKA"))]
    place_meetings_by_their_day(facts)
    assert (facts.events[2].place, facts.events[2].date) == (None, "2025-04")


def test_talks_of_another_month_are_not_placed_by_this_one():
    facts = DocumentFacts("", [])
    facts.events = [Event("Visit", 0, date="2025-03-30", place="place/new-delhi", participants=("state/IND",)),
                    Event("Meeting", 7, date="2025-04", participants=("state/IND", "state/LKA"))]
    place_meetings_by_their_day(facts)
    assert facts.events[1].place is None
