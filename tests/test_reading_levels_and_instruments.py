"""Partnership levels that states name in their declarations, beyond the classic ladder, and the joint letter as
an instrument (fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

import pytest

from epkg.graph.extract.vocab import level_label
from reading_helpers import facts


@pytest.mark.parametrize("phrase, label", [
    ("an expanded strategic partnership", "expanded strategic partnership"),
    ("an extended strategic partnership", "expanded strategic partnership"),
    ("a strategic energy partnership", "strategic energy partnership"),
    ("an all-round strategic partnership", "all-round strategic partnership"),
    ("a Comprehensive Strategic and Economic Partnership", "comprehensive strategic and economic partnership"),
    ("a permanent comprehensive strategic partnership", "permanent comprehensive strategic partnership"),
])
def test_two_states_raising_their_ties_to_a_named_level(phrase, label):
    f = facts(f"Kazakhstan and Japan raised their relations to {phrase} on Monday.")
    assert [(p.partners, p.level) for p in f.partnerships] == [(("state/KAZ", "state/JPN"), label)]


def test_a_level_word_that_names_no_level_is_none():
    assert level_label("business energy partnership") is None


def test_a_joint_letter_signed_by_states_is_an_agreement_and_one_discussed_is_none():
    # before: "joint letter" was no instrument noun
    f = facts("At the close of the meeting, Azerbaijan, Georgia, Romania and Hungary signed a Joint Letter to the "
              "European Commissioner for Energy.")
    assert [(a.kind, a.parties) for a in f.agreements] == [
        ("Agreement", ("state/AZE", "state/GEO", "state/ROU", "state/HUN"))]
    assert facts("The four ministers discussed a joint letter.").agreements == []
