"""What reports of an intergovernmental commission's session say (sixteenth session): a deal "signed between
the two companies", a named treaty after another instrument, the session named again short, the next session.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

AZE, UZB = "state/AZE", "state/UZB"
SOCAR, UNG = "organization/socar", "organization/uzbekneftegaz"


def test_an_instrument_signed_between_the_two_companies_is_theirs():
    # before: the participle "signed between" was not read, and the states of "Azerbaijani-Uzbek cooperation" signed
    text = ("Azerbaijani-Uzbek cooperation is growing: SOCAR and Uzbekneftegaz JSC are jointly developing an oil "
            "field under the production sharing agreement signed between the two companies in 2021.")
    assert {(frozenset(a.parties), a.date) for a in facts(text).agreements} == {(frozenset((SOCAR, UNG)), "2021")}


def test_a_named_treaty_of_other_parties_is_no_mention_of_the_instrument_before():
    # before: the treaty was taken for the agreement of the sentence before, and took its kind and parties
    text = ("An agreement on the exchange of experience between Azerenerji and Uzbekneftegaz was signed in "
            "May 2025. During the visit of Azerbaijan's President Ilham Aliyev to Uzbekistan in August 2024, the two countries "
            "signed the Treaty on Allied Relations in Tashkent.")
    found = {(a.kind, frozenset(a.parties), a.label) for a in facts(text).agreements}
    assert ("Treaty", frozenset((AZE, UZB)), "Treaty on Allied Relations") in found
    assert not any(kind == "Treaty" and parties != frozenset((AZE, UZB)) for kind, parties, _ in found)


def test_where_a_treaty_was_signed_is_no_part_of_its_name_but_its_topic_is():
    text = "Azerbaijan and Georgia signed the Treaty on Cooperation in Energy in Tbilisi in 2020."
    assert [a.label for a in facts(text).agreements] == ["Treaty on Cooperation in Energy"]


def test_a_session_named_again_without_its_topic_is_the_same_event():
    # before: the protocol's "11th meeting of the Intergovernmental Commission" made a second event
    text = ("The 11th meeting of the Intergovernmental Commission on Economic Cooperation between Azerbaijan and "
            "Uzbekistan was held in Tashkent on May 15, 2025. Following the meeting, the Protocol of the 11th "
            "meeting of the Intergovernmental Commission was signed by the co-chairs.")
    assert [(e.label, e.place) for e in facts(text).events] == [
        ("11th meeting of the Intergovernmental Commission on Economic Cooperation", "place/tashkent")]


def test_the_next_session_of_a_commission_is_no_event_yet():
    text = ("Azerbaijan and Uzbekistan held talks in Tashkent on May 15, 2025. It was agreed to hold the next "
            "meeting of the Intergovernmental Commission in Baku.")
    assert all(e.place != "place/baku" for e in facts(text).events)
