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


def test_talks_opening_a_sentence_between_two_leaders_at_a_palace():
    # before: "After talks" with a capital was not read, nor a place between "talks" and "between"
    text = ("Japan and Saudi Arabia signed a memorandum in Jeddah on Sunday. After talks at Al-Salam Palace between "
            "Japanese Prime Minister Fumio Kishida and Saudi Crown Prince Mohammed bin Salman, the ministers signed "
            "a second memorandum.")
    meetings = [e for e in facts(text).events if e.kind == "Meeting"]
    assert [set(e.participants) for e in meetings] == [{"state/JPN", "state/SAU"}]


def test_the_visitor_of_a_who_is_on_a_state_visit_clause_goes_to_the_report_s_city():
    # before: the firm of the main clause was taken for the visitor
    text = ("MANILA, Oct 8 (Wire) — South Korea and the Philippines agreed to study nuclear power. President Yoon "
            "Suk Yeol of South Korea, who is on a state visit, watched Korea Hydro & Nuclear Power sign a memorandum "
            "with the Philippine Department of Energy.")
    visits = [e for e in facts(text).events if e.kind == "Visit"]
    assert [(e.place, set(e.participants)) for e in visits] == [("place/manila", {"state/KOR", "state/PHL"})]


def test_a_leader_s_state_visit_with_no_destination_is_to_the_report_s_country():
    text = ("THIMPHU, Nov 22 (Wire) — Tata Power signed agreements for a 1,125 MW hydropower plant in Bhutan. The "
            "deal follows Indian Prime Minister Narendra Modi's state visit on November 11-12.")
    visits = [e for e in facts(text).events if e.kind == "Visit"]
    assert [(e.place, set(e.participants)) for e in visits] == [("place/thimphu", {"state/IND", "state/BTN"})]


def test_a_body_s_ministerial_meeting_named_by_the_body_before_it():
    f = facts("Azerbaijan took part in the SCO energy ministers' meeting in Ningbo.")
    assert [(e.kind, e.label, e.place, set(e.participants)) for e in f.events] == [
        ("Meeting", "SCO energy ministers' meeting", "place/ningbo",
         {"organization/shanghai-cooperation-organization", "state/AZE"})]
    # its ordinal keeps it apart from the body's other meetings; one still to come is none yet
    text = ("The second AZEC ministerial meeting was held in Jakarta on Wednesday. The first AZEC ministerial meeting "
            "was held in Tokyo in March 2023.")
    assert [(e.label, e.place) for e in facts(text).events] == [
        ("second AZEC ministerial meeting", "place/jakarta"), ("first AZEC ministerial meeting", "place/tokyo")]
    assert facts("The next OPEC ministerial meeting will be held in June.").events == []


def test_a_minister_in_charge_named_after_the_title():
    f = facts("The Minister-in-charge of Energy, Tan See Leng, said the deal was a good one.")
    assert [(e.label, e.position) for e in f.entities.values() if e.kind == "Person"] == [
        ("Tan See Leng", "Minister-in-charge of Energy")]
