"""Events placed by the day's other events, "Cop27" in British style, and ranges across months (sixteenth
session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from epkg.graph.extract.dates import find_dates
from reading_helpers import facts


def test_talks_with_no_place_of_their_own_are_where_that_day_s_visit_was():
    # before: the talks had no place, so no report placing them in Tashkent could match them
    text = ("Russian President Vladimir Putin arrived in Tashkent on May 27, 2024 for a state visit to Uzbekistan. "
            "Rosatom signed a contract with Uzatom after Putin and Uzbek President Shavkat Mirziyoyev held talks "
            "at the Kuksaroy residence on May 27, 2024.")
    meetings = [e for e in facts(text).events if e.kind == "Meeting"]
    assert [(e.place, e.date) for e in meetings] == [("place/tashkent", "2024-05-27")]


def test_cop_written_in_british_style_is_the_conference():
    found = facts("Masdar signed the land agreement in Sharm El Sheikh on the sidelines of the Cop27 climate "
                  "conference in November 2022.")
    assert [(e.label, e.place) for e in found.events] == [("COP27", "place/sharm-el-sheikh")]


def test_a_range_that_ends_in_another_month_keeps_its_year_word():
    # before: "next year" after "to December 12" was not read, and the range dated this year
    assert [d.value for d in find_dates("The UAE will host COP28 from November 30 to December 12 next year.",
                                        "2022-11-08")] == ["2023-11"]


def test_being_in_talks_is_no_meeting_but_talks_held_are():
    # before: "is also in talks with" and "talks with lenders were continuing" were meetings
    assert facts("Ukrenergo said it was also in talks with Slovakia's SEPS and Romania's Transelectrica about "
                 "raising capacity, but no agreements have been signed.").events == []
    assert facts("Officials in Sarajevo said talks with lenders were continuing on the Bosnian section.").events == []
    # (talks of one side alone are no meeting: the other side is the Russian president the text named before)
    raised = facts("Russian President Vladimir Putin has long pressed the idea. The plan is more modest than the gas "
                   "union that Putin raised in talks with Kazakhstan's President Kassym-Jomart Tokayev in November 2022.")
    assert [(e.kind, e.participants) for e in raised.events] == [("Meeting", ("state/RUS", "state/KAZ"))]


def test_a_meeting_in_a_city_is_placed_there_not_where_the_clause_named_first():
    # before: the meeting "in Loja" took Lima, where an older agreement of the sentence was signed
    found = facts("Ecuador and Peru signed an agreement in Lima in 2017, and a joint statement was issued by their "
                  "presidents at a binational cabinet meeting in Loja in June 2024.")
    assert [(e.kind, e.place) for e in found.events] == [("Meeting", "place/loja")]


def test_held_bilateral_talks_and_talks_opening_a_sentence_are_meetings():
    # before: an adjective between "held" and "talks", or "Talks" in capitals, made no meeting
    found = facts("Indonesia's President Prabowo Subianto and India's Prime Minister Narendra Modi held bilateral "
                  "talks at Hyderabad House in New Delhi on 25 January 2025.")
    assert [(e.kind, e.place, frozenset(e.participants)) for e in found.events] == [
        ("Meeting", "place/new-delhi", frozenset(("state/IDN", "state/IND")))]
    found = facts("Talks between Russia's Prime Minister Mikhail Mishustin and Vietnam's Prime Minister Pham Minh "
                  "Chinh took place on 14 January 2025 at the Government Office in Hanoi.")
    assert [(e.kind, e.place) for e in found.events] == [("Meeting", "place/hanoi")]


def test_a_city_in_ordinary_case_before_a_dash_is_a_dateline_when_it_is_a_city():
    # before: only a city in capitals before a dash was a dateline, so "New Delhi – …" placed nothing
    from epkg.graph.extract.header import find_datelines
    assert [d.city for d in find_datelines("New Delhi – The two leaders held talks.")] == ["New Delhi"]
    found = facts("New Delhi – Indonesia's President Prabowo Subianto and India's Prime Minister Narendra Modi held "
                  "talks on Saturday.")
    assert "place/new-delhi" in found.entities
    assert not any(e.kind == "Place" and e.label == "Energy" for e in
                   facts("Energy – the key to growth, said Kazakhstan's minister.").entities.values())


def test_a_meeting_at_whose_end_deals_were_signed_and_its_signing_ceremony_are_placed():
    # before: "at the end of the fourth tripartite ministerial meeting" was no meeting, and the ceremony had no place
    text = ("ALGIERS – Algeria, Nigeria and Niger on Tuesday 11 February 2025 in Algiers signed a series of agreements "
            "on the gas pipeline, at the end of the fourth tripartite ministerial meeting devoted to the project. "
            "The meeting was chaired by Algeria's energy minister. The signing ceremony was attended by the chief "
            "executive of Sonatrach and by representatives of NNPC.")
    found = extract(DocumentRecord("t.txt", text, published="2025-02-12"))
    assert [(e.kind, e.place) for e in found.events] == [("Meeting", "place/algiers"), ("Event", "place/algiers")]
