"""A verb that takes its partner after "with" names partners in its subject when the clause says the work is
done together (fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

KESTREL, VELMAR = "organization/kestrel-energy", "organization/velmar-power"


def _pairs(text: str) -> set:
    return {frozenset(c.actors) for c in facts(text).cooperations}


def test_subjects_working_together_are_partners():
    # before: "work" paired its subject only with a "with" object, so the two subjects were no pair
    assert _pairs("Kestrel Energy Ltd and Velmar Power Ltd are working together on green hydrogen.") == {
        frozenset((KESTREL, VELMAR))}


def test_subjects_of_a_with_verb_not_done_together_are_not_partners():
    assert _pairs("Kestrel Energy Ltd and Velmar Power Ltd are working on green hydrogen.") == set()


def test_a_list_described_as_partners_in_a_work_is_a_group_of_partners():
    # before: no pair (the apposition named no verb or "with")
    text = "Kestrel Energy Ltd and Velmar Power Ltd, partners in the Ortago refinery, announced its expansion."
    assert _pairs(text) == {frozenset((KESTREL, VELMAR))}
    text = "Kestrel Energy Ltd and Velmar Power Ltd, both shareholders of the venture, declined to comment."
    assert _pairs(text) == {frozenset((KESTREL, VELMAR))}


def test_a_list_described_otherwise_is_no_group_of_partners():
    text = "Kestrel Energy Ltd and Velmar Power Ltd, rivals in the Ortago tender, declined to comment."
    assert _pairs(text) == set()


def test_the_members_of_a_consortium_described_in_an_apposition_are_partners():
    # before: only "a consortium of A, B and C" named partners
    for text in ("The consortium, comprising Kestrel Energy Ltd and Velmar Power Ltd, won the tender.",
                 "The consortium, made up of Kestrel Energy Ltd and Velmar Power Ltd, won the tender.",
                 "The consortium includes Kestrel Energy Ltd and Velmar Power Ltd."):
        assert _pairs(text) == {frozenset((KESTREL, VELMAR))}
    assert _pairs("A proposed consortium including Kestrel Energy Ltd and Velmar Power Ltd could bid.") == set()


def test_a_coordinated_subject_that_has_cooperation_works_together():
    # before: "A and B have a long record of cooperation" paired nobody
    assert {frozenset(c.actors) for c in facts(
        "Rosatom and Kazakhstan have a long record of cooperation in the nuclear fuel cycle.").cooperations} == {
        frozenset(("organization/rosatom", "state/KAZ"))}
    for text in ("Azerbaijan and Georgia have discussed energy cooperation.",
                 "Russia and Ukraine have no cooperation left in gas transit.",
                 "Azerbaijan and Georgia have close military cooperation."):
        assert facts(text).cooperations == [], text
