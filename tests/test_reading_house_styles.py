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
    assert [(ents[key].label, ents[key].country) for key in ("organization/adnoc", "organization/socar")] == [
        ("ADNOC", "ARE"), ("SOCAR", "AZE")]


def test_the_tags_and_the_lists_of_other_stories_under_a_report_are_not_read():
    text = ("BAKU, June 26 - Azerbaijan and China signed a memorandum of understanding on offshore wind on "
            "Thursday.\n\nThe document was signed in Baku.\n\nTags: Kazakhstan, Russia, OPEC\n\nMost read\n\n"
            "Kazakhstan and Russia sign gas deal\n\nUzbekistan and Turkmenistan agree on power trade")
    f = facts(text)
    assert {key for key, e in f.entities.items() if e.kind == "State"} == {"state/AZE", "state/CHN"}
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("MemorandumOfUnderstanding", {"state/AZE", "state/CHN"})]


def test_a_body_after_a_person_and_a_states_possessive_is_that_states():
    text = ("BAKU, June 26 - Azerbaijan and China signed a memorandum on Thursday. The document was signed by Ali "
            "Karimov and China's National Energy Administration head Wang Hongzhi.")
    body = facts(text).entities["organization/national-energy-administration"]
    assert (body.kind, body.country) == ("GovernmentBody", "CHN")
