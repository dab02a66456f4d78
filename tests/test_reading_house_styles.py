"""House styles and report shapes (twenty-eighth session): acronyms written as words ("Opec", "Asean"), …

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts, memberships

ASEAN = "organization/association-of-southeast-asian-nations"


def _orgs(text: str) -> set[str]:
    return {key for key, e in facts(text).entities.items() if e.kind == "InternationalOrganization"}


def test_an_acronym_written_as_a_word_names_its_body():
    text = "For Malaysia, which holds the rotating Asean chairmanship this year, the cable could bring revenue."
    assert _orgs(text) == {ASEAN}
    assert memberships(text) == {("state/MYS", ASEAN, "member")}


def test_an_acronym_as_a_word_in_lower_case_names_nothing():
    assert _orgs("The opec of the valley is a local word.") == set()


def test_a_firms_acronym_written_as_a_word_names_the_firm():
    ents = facts("Adnoc and Socar signed a memorandum of understanding on Tuesday.").entities
    assert {"organization/adnoc", "organization/socar"} <= set(ents)
