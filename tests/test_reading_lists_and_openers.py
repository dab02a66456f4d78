"""Lists of actors where an opening adverbial or the sentence's shape could cut them (fifteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

AZE, IRN, TKM, ETH, KEN = "state/AZE", "state/IRN", "state/TKM", "state/ETH", "state/KEN"


def _agreements(text: str) -> set:
    return {(a.kind, frozenset(a.parties), a.date) for a in facts(text).agreements}


def test_a_list_of_signers_closing_an_opening_adverbial_is_read_whole():
    # before: the opener's first comma cut the list, and no agreement was read
    text = "Under a swap deal signed in Ashgabat in November 2021 by Azerbaijan, Iran and Turkmenistan, gas flows."
    assert _agreements(text) == {("Agreement", frozenset((AZE, IRN, TKM)), "2021-11")}


def test_a_name_closing_an_opening_adverbial_still_does_not_sign():
    text = "At the invitation of Azerbaijan, Kenya and Ethiopia signed a memorandum on power trade in May 2024."
    assert _agreements(text) == {("MemorandumOfUnderstanding", frozenset((KEN, ETH)), "2024-05")}
