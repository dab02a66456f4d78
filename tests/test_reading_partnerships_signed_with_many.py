"""Partnerships a body signs with several partners, on a listed topic, and "similar" ones later
(sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

EU = "organization/european-union"


def _partnerships(text: str) -> set:
    return {(frozenset(p.partners), p.level) for p in facts(text).partnerships}


def test_partnerships_on_a_listed_topic_with_two_partners_are_one_each_with_the_signer():
    # before: the topic's commas hid "with", and every state of the sentence became one partnership
    text = ("The European Union has signed strategic partnerships on raw materials, batteries and renewable "
            "hydrogen with Kazakhstan and Namibia, as Brussels tries to secure supplies away from China and Russia.")
    assert _partnerships(text) == {(frozenset((EU, "state/KAZ")), "strategic partnership"),
                                   (frozenset((EU, "state/NAM")), "strategic partnership")}


def test_similar_partnerships_later_are_the_same_signer_s():
    # before: the state the story talks about most was taken for the signer
    text = ("The European Union signed a strategic partnership on hydrogen with Namibia in 2022. Namibia hopes "
            "to export hydrogen from 2026. The agreement follows similar strategic partnerships with Canada and "
            "Ukraine signed in 2021.")
    assert _partnerships(text) == {(frozenset((EU, "state/NAM")), "strategic partnership"),
                                   (frozenset((EU, "state/CAN")), "strategic partnership"),
                                   (frozenset((EU, "state/UKR")), "strategic partnership")}


def test_a_joint_communique_of_intent_is_a_declaration():
    # before: it was a joint statement
    text = "Namibia and Germany signed a joint communiqué of intent on green hydrogen in August 2021."
    assert [(a.kind, frozenset(a.parties)) for a in facts(text).agreements] == [
        ("Declaration", frozenset(("state/NAM", "state/DEU")))]


def test_instruments_enumerated_after_a_sentence_that_opens_the_list_are_each_read():
    # before: an item with no signing verb of its own ("First, a memorandum … between A and B") was no instrument
    text = ("Indonesia and India held talks in New Delhi in January 2025, followed by the exchange of several "
            "cooperation documents. The documents exchanged in the presence of the two leaders were as follows. "
            "First, a Memorandum of Understanding on health cooperation between the health ministries of the two "
            "countries. Second, a Memorandum of Understanding between PT PLN (Persero) and NTPC Limited on "
            "cooperation in solar power.")
    assert {(a.kind, frozenset(a.parties)) for a in facts(text).agreements} == {
        ("MemorandumOfUnderstanding", frozenset(("state/IDN", "state/IND"))),
        ("MemorandumOfUnderstanding", frozenset(("organization/perusahaan-listrik-negara", "organization/ntpc")))}

