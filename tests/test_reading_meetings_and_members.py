"""Meetings of people named in lower case, said to have been held, and members who joined a body together
(fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

THREE = ("state/KAZ", "state/UZB", "state/KGZ")


def _events(text: str) -> list[tuple]:
    return [(e.kind, e.place, e.participants) for e in facts(text).events]


def test_a_meeting_of_ministers_held_by_states_is_a_meeting():
    # before: "a meeting of energy ministers" counted only after "at a" or with an ordinal
    text = "Kazakhstan, Uzbekistan and Kyrgyzstan held a meeting of energy ministers in Bishkek on Wednesday."
    assert _events(text) == [("Meeting", "place/bishkek", THREE)]


def test_a_meeting_a_statement_came_after_is_a_meeting():
    text = ("Kazakhstan, Uzbekistan and Kyrgyzstan agreed to build the plant, the minister said after a meeting of the "
            "three countries' energy ministers in Bishkek on Wednesday.")
    assert _events(text) == [("Meeting", "place/bishkek", THREE)]


def test_a_meeting_named_in_passing_is_none():
    assert _events("Kazakhstan and Uzbekistan discussed a meeting of experts in Bishkek.") == []


def test_a_meeting_of_ministers_said_to_have_been_held_is_a_meeting():
    text = "A meeting of energy ministers of Kazakhstan and Uzbekistan took place in Bishkek on Wednesday."
    assert _events(text) == [("Meeting", "place/bishkek", ("state/KAZ", "state/UZB"))]
    assert _events("A meeting of experts will be held in Bishkek.") == []


def test_members_that_joined_with_another_last_year_are_members():
    # before: a time adverbial other than "in 2024" between the body and "alongside" hid the companions
    f = facts("Egypt joined BRICS last year alongside Ethiopia and Iran.")
    assert sorted(m.member for m in f.memberships) == ["state/EGY", "state/ETH", "state/IRN"]
