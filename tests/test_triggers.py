"""The trigger tables (ontology/reference/triggers.yaml) and the forms the rules read from them."""
from __future__ import annotations

import re

import pytest

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from epkg.ontology.triggers import hints, inflections, pattern, triggers

KINDS = ("cooperation", "agreements", "memberships", "projects", "events")


def facts(text: str):
    return extract(DocumentRecord("t.txt", text, published="2025-05-06"))


@pytest.mark.parametrize("kind", KINDS)
def test_every_list_of_every_table_spells_forms_its_hints_find(kind):
    table = triggers(kind)
    for name, words in table.lists.items():
        assert words, (kind, name)
        forms = table.forms(name)
        assert set(forms) >= ({w for w in words if " " not in w} if not name.endswith(("past_verbs", "finite_verbs"))
                              else set())
        found = table.hints(name)
        assert all(any(h in f.lower() for h in found) for f in forms), (kind, name)
        assert all(re.fullmatch(table.pattern(name), f, re.IGNORECASE) for f in forms), (kind, name)


def test_verbs_inflect_their_first_word_and_nouns_their_head():
    assert inflections("enter into") == ("enter into", "entered into", "entering into", "enters into")
    assert inflections("memorandum of understanding", "NOUN") == (
        "memoranda of understanding", "memorandum of understanding", "memorandums of understanding")
    assert inflections("term sheet", "NOUN") == ("term sheet", "term sheets")
    assert inflections("issue", only="past") == ("issued",)
    assert inflections("join", only="finite") == ("joined", "joins")


def test_a_pattern_matches_longest_first_and_any_white_space():
    regex = re.compile(pattern(["road map", "road"], "NOUN"))
    assert regex.match("road  maps").group(0) == "road  maps"
    assert hints(["road map", "roadmap"], "NOUN") == ("road", "roadmap")


def test_an_unknown_list_is_a_clear_error():
    with pytest.raises(AttributeError, match="no list 'verb'"):
        triggers("agreements").verb


def test_a_present_tense_signing_verb_signs():
    found = facts("Egypt inks a gas supply agreement with Cyprus.").agreements
    assert [(a.kind, set(a.parties)) for a in found] == [("Contract", {"state/EGY", "state/CYP"})]


def test_concluding_that_is_not_signing():
    assert facts("Egypt and Cyprus concluded that the agreement was fair.").agreements == []


def test_joins_is_a_membership_and_will_join_is_not():
    joined = {(m.member, m.organization) for m in facts("Indonesia joins BRICS as a full member.").memberships}
    assert joined == {("state/IDN", "organization/brics")}
    assert facts("Indonesia will join BRICS next year.").memberships == []


def test_who_built_the_plant_is_its_contractor():
    text = ("Uzbekistan opened the 500 MW Nur Solar plant in Samarkand. "
            "PowerChina built the plant in eighteen months.")
    (project,) = facts(text).projects
    assert project.contractors == ("organization/powerchina",)


def test_a_plant_being_shut_down_is_not_a_project():
    assert facts("Germany is shutting down the 1,400 MW Isar 2 nuclear plant.").projects == []


def test_a_cue_from_the_table_pairs_its_subject_with_each_partner():
    found = facts("Masdar teamed up with EDF and TotalEnergies on the project.").cooperations
    assert {c.actors for c in found} == {("organization/edf", "organization/masdar"),
                                         ("organization/masdar", "organization/totalenergies")}


def test_a_list_of_words_is_read_as_written():
    # "joint_words" ends in "…verbs" as letters, not as a word of its name
    assert triggers("cooperation").forms("joint_words") == ("together", "jointly")
