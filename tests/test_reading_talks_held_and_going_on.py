"""Talks held and talks going on: a need met is no meeting, negotiations that continue or make progress are no
meeting held, and talks on the sidelines of a summit told before are placed where the summit was. Documents
written for these tests."""
from reading_helpers import facts


def test_an_obligation_met_is_no_meeting():
    text = ("Gazprom's chief executive reported to the two presidents that the pipeline was ready and that the "
            "company had met its obligations ahead of December 20.")
    assert facts(text, published="2019-12-02").events == []


def test_leaders_who_met_still_hold_a_meeting():
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
    assert [(e.kind, e.place, e.date, set(e.participants)) for e in facts(text, published="2025-05-06").events] == [
        ("Meeting", "place/beijing", "2025-05-05", {"state/RUS", "state/CHN"})]


def test_talks_that_continue_or_make_progress_are_no_meeting_held():
    text = ("Kazakhstan chose Rosatom to lead the consortium. It will work with Rosatom on the terms of the project "
            "and continue talks with other foreign partners. The minister said talks with the Turkmen side on the "
            "debt were making progress.")
    assert facts(text).events == []


def test_talks_on_the_sidelines_of_the_summit_are_placed_where_the_summit_was():
    text = ("The first Caspian Energy Summit concluded in Aktau on Friday. On the sidelines of the summit, "
            "Kazakh President Kassym-Jomart Tokayev held talks with Azerbaijani President Ilham Aliyev.")
    f = facts(text, published="2025-05-10")
    assert [(e.kind, e.place, set(e.participants)) for e in f.events if e.kind == "Meeting"] == [
        ("Meeting", "place/aktau", {"state/KAZ", "state/AZE"})]


def test_an_international_bodys_meeting_named_by_the_body():
    text = "The ASEAN meeting in Vientiane on June 10 agreed to extend the programme."
    assert [(e.kind, e.label, e.place, e.date) for e in facts(text, published="2020-06-12").events] == [
        ("Meeting", "ASEAN meeting", "place/vientiane", "2020-06-10")]


def test_a_firms_meeting_is_no_event():
    text = "Shell's meeting with investors was short, and the Gazprom meeting on June 10 approved the budget."
    assert facts(text, published="2020-06-12").events == []


def test_leaders_who_met_at_their_summit_held_the_summit_only():
    text = "G7 leaders met at their summit in Puglia in June 2024."
    assert [(e.kind, e.place, e.date) for e in facts(text, published="2024-10-01").events] == [
        ("Summit", "place/puglia", "2024-06")]


def test_two_leaders_who_met_at_a_summit_held_a_meeting_of_their_own():
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping at the summit in Astana on Wednesday."
    assert sorted(e.kind for e in facts(text, published="2024-10-01").events) == ["Meeting", "Summit"]


def test_the_two_who_met_at_a_summit_held_their_own_meeting():
    text = ("Milei took up the dams with Chinese President Xi Jinping when the two met at the G20 summit in Rio de "
            "Janeiro in November 2024.")
    assert sorted((e.kind, e.place) for e in facts(text, published="2025-01-01").events) == [
        ("Meeting", "place/rio-de-janeiro"), ("Summit", "place/rio-de-janeiro")]
