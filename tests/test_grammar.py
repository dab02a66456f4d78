"""The parse-based relation reader (epkg.graph.extract.grammar) on documents written for these tests.

Each document goes through the whole extractor (entities, rules, the parse), so the
assertions are about what a user gets: the exact cooperation pairs.
"""
from __future__ import annotations

import pytest

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def pairs(text: str) -> set[tuple[str, str]]:
    facts = extract(DocumentRecord("t.txt", text, published="2025-05-06"))
    return {c.actors for c in facts.cooperations}


def test_an_actor_in_an_opening_adverbial_is_not_a_signer():
    assert pairs("At the invitation of Germany, Kenya and Ethiopia signed a power purchase agreement "
                 "on Monday.") == {("state/ETH", "state/KEN")}


def test_the_agents_of_a_joint_passive_verb_pair_up():
    assert pairs("The 400 kV cable was financed jointly by Norway and the Netherlands.") == {
        ("state/NLD", "state/NOR")}


def test_a_relative_clause_does_not_separate_the_subject_from_its_partner():
    assert pairs("Peru, which exports most of its copper to Asia, signed a cooperation agreement "
                 "with Bolivia on Tuesday.") == {("state/BOL", "state/PER")}


def test_cooperation_between_a_coordinated_list_pairs_all_of_them():
    assert pairs("Grid cooperation between Estonia, Latvia and Lithuania has deepened since 2020.") == {
        ("state/EST", "state/LTU"), ("state/EST", "state/LVA"), ("state/LTU", "state/LVA")}


@pytest.mark.parametrize("text", [
    "Chile hopes to sign an energy agreement with Peru.",
    "Chile and Peru did not sign the energy agreement.",
    "Chile left the energy partnership with Peru in March.",
    "Chile signed a defence agreement with Peru.",
])
def test_hedged_denied_ended_or_off_topic_statements_give_no_pair(text):
    assert pairs(text) == set()


def test_a_demonym_government_is_its_own_state_not_the_report_s_subject():
    text = ("Tanzania built the southern section of the line. Tanzania paid for it alone. "
            "The northern section was funded jointly by the Kenyan government and Norway.")
    assert pairs(text) == {("state/KEN", "state/NOR")}


def test_a_ministry_does_not_cooperate_with_its_own_state():
    found = pairs("Iraq's Ministry of Electricity signed a five-year gas contract with Iran on Sunday.")
    assert all(not {"state/IRQ"} <= set(p) or "state/IRN" in p for p in found)
    assert any("state/IRN" in p for p in found)


def test_every_relation_node_says_which_reader_found_it():
    from rdflib import Literal

    from epkg.graph.build import build_graph
    from epkg.graph.extract.facts import RULES
    from epkg.ontology.namespaces import EPKG

    text = ("Kenya and Ethiopia signed a power purchase agreement in Nairobi on Monday. "
            "The 400 kV cable was financed jointly by Norway and the Netherlands.")
    record = DocumentRecord("t.txt", text, published="2025-05-06")
    g = build_graph(record, extract(record))
    nodes = set(g.subjects(EPKG.evidence, None))
    assert nodes and all(set(g.objects(n, EPKG.extractedBy)) for n in nodes)
    assert {str(r) for r in g.objects(None, EPKG.extractedBy)} <= set(RULES)
    norway = [n for n in g.subjects(EPKG.extractedBy, Literal("parse-cooperation"))]
    assert len(norway) == 1 and "Norway" in str(g.value(norway[0], EPKG.evidence))
    assert (None, EPKG.extractedBy, Literal("agreement-phrase")) in g


def test_partners_listed_with_an_operator_form_one_undertaking():
    text = "The gas field is operated by Shell with Chevron, Equinor and Petrobras as partners."
    assert pairs(text) == {tuple(sorted(p)) for p in [
        ("organization/shell", "organization/chevron"), ("organization/shell", "organization/equinor"),
        ("organization/shell", "organization/petrobras"), ("organization/chevron", "organization/equinor"),
        ("organization/chevron", "organization/petrobras"), ("organization/equinor", "organization/petrobras")]}


def test_they_refers_to_the_actors_listed_just_before():
    text = ("Energy ministers of Uzbekistan and Tajikistan met in Dushanbe on Monday. "
            "They signed an agreement on the joint operation of their power grids.")
    assert ("state/TJK", "state/UZB") in pairs(text)


def test_they_without_a_list_before_pairs_nobody():
    assert pairs("They signed an agreement on the joint operation of power grids.") == set()


def test_co_owners_given_shares_in_one_sentence_cooperate():
    found = pairs("The wind farm is owned by a company in which Equinor holds 40%, Statkraft and Eni 20% each "
                  "and local investors the rest.")
    assert found == {("organization/eni", "organization/equinor"), ("organization/eni", "organization/statkraft"),
                     ("organization/equinor", "organization/statkraft")}


def test_shares_of_a_market_are_not_co_ownership():
    assert pairs("Iran holds 17% of the world's gas reserves and Qatar 13%.") == set()


def test_members_of_a_joint_venture_listed_after_a_colon():
    assert pairs("The study went to the joint venture of the three companies: Equinor, Statkraft and Eni.") == {
        ("organization/eni", "organization/equinor"), ("organization/eni", "organization/statkraft"),
        ("organization/equinor", "organization/statkraft")}


def test_a_partner_hanging_on_the_subject_and_a_group_named_by_an_of_list():
    found = pairs("The governments of South Africa, France and Germany, together with the European Union, "
                  "set out the partnership in a declaration.")
    assert {("organization/european-union", "state/DEU"), ("organization/european-union", "state/FRA"),
            ("organization/european-union", "state/ZAF")} <= found


def test_a_subject_named_by_its_apposition():
    found = pairs("The lenders — the World Bank and the Asian Development Bank — agreed with Nepal to finance "
                  "the line.")
    assert {("organization/asian-development-bank", "state/NPL"), ("organization/world-bank", "state/NPL"),
            ("organization/asian-development-bank", "organization/world-bank")} <= found


def test_only_a_sentence_with_a_word_of_a_trigger_lemma_is_parsed(monkeypatch):
    from epkg.graph.extract import grammar, nlp

    parsed, parse = [], nlp.parses

    def parses(texts):
        parsed.extend(texts)
        return parse(texts)

    monkeypatch.setattr(grammar.nlp, "parses", parses)
    near = "Kazakhstan and France underlined the interests of investors."  # "under…", "inter…", "inves…": no trigger
    kept = "Kazakhstan and Peru will cooperate on wind power."
    with_partners = "Chile built it with Peru and Bolivia as shareholders."
    pairs(" ".join((near, kept, with_partners)))
    assert parsed == [kept, with_partners]
