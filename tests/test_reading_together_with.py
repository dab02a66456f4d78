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
