"""Visits told with their talks, visitors named by a long title, and a visit named again by a definite
description (seventeenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts


def _events(text: str) -> list[tuple]:
    return [(e.kind, e.place, e.date, set(e.participants)) for e in facts(text).events]


def test_talks_told_with_a_visit_of_the_same_sides_are_held_where_the_visit_went():
    # before: the talks had no place (only talks of the same day were placed by a visit)
    text = ("Japan and Saudi Arabia have long been partners. When Japanese Prime Minister Fumio Kishida visited "
            "Jeddah in July 2023 for talks with Saudi Crown Prince Mohammed bin Salman, the two sides agreed to "
            "cooperate on clean hydrogen.")
    assert _events(text) == [("Visit", "place/jeddah", "2023-07", {"state/JPN", "state/SAU"}),
                             ("Meeting", "place/jeddah", "2023-07", {"state/JPN", "state/SAU"})]


def test_the_visitor_named_by_a_long_title_between_the_noun_and_the_state_visited():
    # before: the visitor stood too far after "visit" and only the state visited took part
    text = ("Astana, November 1, 2023 – On the occasion of the official visit of the President of the French "
            "Republic, Emmanuel Macron, to Kazakhstan, TotalEnergies signed the agreements for a wind farm.")
    assert _events(text) == [("Visit", "place/astana", "2023-11-01", {"state/FRA", "state/KAZ"})]


def test_the_presidential_visit_named_again_is_the_visit_read_before():
    # before: "the presidential visit" became a second visit with no place or date
    text = ("Astana, November 1, 2023 – On the occasion of the official visit of the President of the French "
            "Republic, Emmanuel Macron, to Kazakhstan, TotalEnergies signed the agreements for a wind farm. The "
            "agreements were among the documents signed during the presidential visit.")
    assert [e.kind for e in facts(text).events] == ["Visit"]
