"""Summits and events of no kind with neither a name nor a place. Documents written for these tests."""
from reading_helpers import facts


def test_a_ceremony_with_neither_a_name_nor_a_place_is_not_kept():
    text = "Kazakhstan and Uzbekistan held a ceremony on Monday to mark the start of work on the Kestrel line."
    assert facts(text).events == []


def test_the_same_ceremony_placed_is_kept():
    text = "Kazakhstan and Uzbekistan held a ceremony in Tashkent on Monday to mark the start of work on the Kestrel line."
    assert [(e.kind, e.place, e.date, e.participants) for e in facts(text).events] == [
        ("Event", "place/tashkent", "2025-05-05", ("state/KAZ", "state/UZB"))]


def test_a_named_summit_is_kept_without_a_place():
    text = "Greece, Cyprus and Egypt signed the declaration at the Kestrel Summit on Tuesday."
    assert [(e.kind, e.label, e.place) for e in facts(text).events] == [("Summit", "Kestrel Summit", None)]



def test_talks_of_one_actor_neither_named_nor_placed_are_not_a_meeting():
    assert facts("Kazakhstan's energy minister held talks on Monday on the Kestrel pipeline.").events == []
    assert facts("Officials of KazMunayGas met on Tuesday to review the Kestrel pipeline.").events == []


def test_talks_of_two_actors_are_a_meeting_without_a_place():
    text = "Kazakhstan's energy minister held talks with Uzbekistan's energy minister on Monday on the Kestrel pipeline."
    assert [(e.kind, e.place, e.date, e.participants) for e in facts(text).events] == [
        ("Meeting", None, "2025-05-05", ("state/KAZ", "state/UZB"))]


def test_a_bodys_meeting_is_kept_though_it_is_one_actor():
    text = "OPEC+ held a video meeting on Thursday to discuss output cuts."
    assert [(e.kind, e.date) for e in facts(text).events] == [("Meeting", "2025-05-01")]
