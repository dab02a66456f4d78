"""Who signed an instrument or holds a partnership: the other side of "between" only described, a state whose
company a later sentence names as the signer, a signer after a time adverbial, and "the two countries" just
after two states are named. Documents written for these tests."""
from reading_helpers import facts, pairs


def test_documents_between_named_ministries_and_their_unnamed_partners_give_no_instrument():
    text = ("The Vietnamese leader met Bill Winters of Standard Chartered and witnessed the signing of nine "
            "cooperation documents between Vietnamese ministries and their partners on green energy.")
    assert facts(text).agreements == []


def test_a_described_side_before_its_names_still_names_the_side():
    text = "An agreement on LNG between Vietnam and the Japanese firms JERA and Tokyo Gas was signed in Hanoi."
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"state/VNM", "organization/jera", "organization/tokyo-gas"}]


def test_a_state_that_signs_through_its_company_is_replaced_by_it():
    text = ("Argentina has signed an $8 billion contract with China National Nuclear Corporation (CNNC) to build a "
            "nuclear power plant. The engineering, procurement and construction contract was signed in Beijing on "
            "February 1 by Nucleoeléctrica Argentina SA and CNNC.")
    f = facts(text, published="2022-02-07")
    assert [(a.kind, set(a.parties), a.date) for a in f.agreements] == [
        ("Contract", {"organization/nucleoelectrica-argentina", "organization/china-national-nuclear-corporation"},
         "2022-02-01")]
    assert frozenset({"organization/nucleoelectrica-argentina", "organization/china-national-nuclear-corporation"}) \
        in pairs(text)


def test_a_contract_only_aimed_at_is_no_instrument():
    text = ("The Czech government picked Korea Hydro & Nuclear Power to build two reactors at Dukovany, and began "
            "talks with the company with the aim of signing a contract by the end of March.")
    assert facts(text).agreements == []


def test_a_time_adverbial_without_a_comma_keeps_the_first_signer():
    text = "In March 2015 Spain, France and Portugal signed a declaration on new power links across the Pyrenees."
    assert [(a.kind, set(a.parties), a.date) for a in facts(text).agreements] == [
        ("Declaration", {"state/ESP", "state/FRA", "state/PRT"}, "2015-03")]


def test_the_two_countries_are_the_two_states_the_sentence_has_just_named():
    text = ("Enel plans to leave Peru and Argentina to focus on fewer markets. China is Peru's largest trading "
            "partner, and the two countries raised their relationship to a comprehensive strategic partnership "
            "in 2013.")
    assert [(set(p.partners), p.level) for p in facts(text).partnerships] == [
        ({"state/CHN", "state/PER"}, "comprehensive strategic partnership")]


def test_a_firms_contract_does_not_undo_the_states_agreement_of_the_same_sentence():
    text = ("Jamaica's Prime Minister Andrew Holness flew to Santo Domingo. In May 2019 Holness and President Luis "
            "Abinader signed an agreement in Santo Domingo for the supply of gas to Jamaica, and the National Gas "
            "Company of Jamaica signed a gas sales agreement with the Dominican Republic's state refiner Refidomsa "
            "on the same occasion.")
    f = facts(text, published="2019-05-20")
    assert {(a.kind, tuple(sorted(a.parties))) for a in f.agreements} == {
        ("Agreement", ("state/DOM", "state/JAM")),
        ("Contract", ("organization/national-gas-company-of-jamaica", "organization/refidomsa"))}
    assert frozenset({"state/DOM", "state/JAM"}) in {frozenset(c.actors) for c in f.cooperations}


def test_names_in_a_participles_clause_after_the_instrument_are_no_signers():
    text = ("Oman has agreed to supply Pakistan with liquefied natural gas for ten years in a deal worth about "
            "$9bn, securing a large buyer as a wave of new supply from the US and Qatar reaches the market.")
    f = facts(text, published="2024-03-04")
    assert [set(a.parties) for a in f.agreements] == [{"state/OMN", "state/PAK"}]
    assert {frozenset(c.actors) for c in f.cooperations} == {frozenset({"state/OMN", "state/PAK"})}
