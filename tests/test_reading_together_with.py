"""Who works "together with" a partner when the clause's first name is not it (sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

ACWA, MITSUBISHI = "organization/acwa-power", "organization/mitsubishi-corporation"


def _pairs(text: str) -> set:
    return {frozenset(c.actors) for c in facts(text).cooperations}


def test_the_agent_of_a_passive_works_with_the_partner_after_it():
    # before: the partner was paired with the state the story is about
    text = ("The plant in Uzbekistan was developed by ACWA Power, a Saudi company, together with Japan's Mitsubishi "
            "Corporation, which holds a minority stake.")
    assert _pairs(text) == {frozenset((ACWA, MITSUBISHI))}


def test_an_opening_together_with_pairs_the_partner_with_the_main_clause_s_subject():
    # before: "the company" was taken for Norfund itself, and Norfund paired with the host state
    text = ("Scatec signed a power purchase agreement with Egypt's grid company EETC in 2024. Together with "
            "Norfund, the Norwegian investment fund, the company owns six solar plants in Egypt.")
    assert frozenset(("organization/norfund", "organization/scatec")) in _pairs(text)
    assert not any("organization/norfund" in p and "state/EGY" in p for p in _pairs(text))


def test_a_consortium_told_by_its_leader_and_members_pairs_them_all():
    # before: the leader named by "-led" or "led by" was paired with nobody
    for text in ("In Guyana, a TotalEnergies-led consortium with QatarEnergy and Petronas brought the block into "
                 "production.",
                 "The field is run by a consortium led by TotalEnergies with QatarEnergy and Petronas."):
        assert _pairs(text) == {frozenset(("organization/totalenergies", "organization/qatarenergy")),
                                frozenset(("organization/totalenergies", "organization/petronas")),
                                frozenset(("organization/qatarenergy", "organization/petronas"))}


def test_a_consortium_that_could_bid_together_is_no_pair():
    assert _pairs("A consortium led by TotalEnergies could bid with QatarEnergy next year.") == set()


def test_its_partner_named_right_after_works_with_the_subject():
    # before: "with its partner APA Corporation" paired nobody
    text = ("TotalEnergies took the final investment decision on GranMorgu, committing with its partner APA "
            "Corporation to a project that is expected to cost about $10.5 billion.")
    assert _pairs(text) == {frozenset(("organization/totalenergies", "organization/apa-corporation"))}


def test_a_pipeline_two_countries_have_discussed_is_no_project():
    # before: the idea was recorded as a pipeline hosted by both
    found = facts("Suriname and Guyana have discussed a cross-border gas pipeline to the Surinamese coast.")
    assert found.projects == []
