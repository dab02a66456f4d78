"""Firms no list holds, named once with their trade and again bare, and the people who sign for them
(thirteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

VERANO = "organization/veranogas"
SUR = "organization/transportadora-del-litoral"


def _agreements(text: str) -> list[tuple]:
    return [(a.kind, set(a.parties)) for a in facts(text).agreements]


def test_a_firm_found_by_its_trade_is_the_same_firm_where_it_stands_bare():
    text = ("CURITIBA — Paraná's state gas distributor Veranogas has signed its first long-term supply contract. "
            "The contract was signed in Asunción on Tuesday by Veranogas president Ana Ribeiro and Luis Cortez, "
            "chief executive of Transportadora del Litoral.")
    f = facts(text)
    people = {e.label: e.represents for e in f.entities.values() if e.kind == "Person"}
    assert people == {"Ana Ribeiro": VERANO, "Luis Cortez": SUR}
    assert _agreements(text) == [("Contract", {VERANO, SUR})]


def test_a_firm_opening_a_sentence_with_its_trade_in_apposition_is_a_firm():
    text = ("Veranogas, a gas distributor, has signed a long-term supply contract. The contract was signed by Veranogas "
            "president Ana Ribeiro and Luis Cortez, chief executive of Transportadora del Litoral.")
    assert _agreements(text) == [("Contract", {VERANO, SUR})]


def test_a_president_after_a_name_in_no_list_is_no_head_of_state():
    # before: "president" read as the head of the dateline's state, which then signed the contract
    text = ("CURITIBA — The contract was signed by Quellmar president Ana Ribeiro and Luis Cortez, chief "
            "executive of Transportadora del Litoral.")
    assert all("state/BRA" not in a.parties for a in facts(text).agreements)
    # a head of state named by title alone still speaks for the dateline's state
    text = ("BRASILIA — The declaration was signed by President Luiz Inácio Lula da Silva and Luis Cortez, chief "
            "executive of Transportadora del Litoral.")
    assert _agreements(text) == [("Declaration", {"state/BRA", SUR})]


def test_a_group_chief_executive_is_a_title():
    text = ("The agreement was signed by Karamoja Petroleum Ltd group chief executive Daniel Okello and Amina "
            "Haddad, director general of the Office National de l'Énergie Saharienne.")
    f = facts(text)
    people = {e.label: e.represents for e in f.entities.values() if e.kind == "Person"}
    assert people["Daniel Okello"] == "organization/karamoja-petroleum"
    assert _agreements(text) == [("Agreement", {"organization/karamoja-petroleum",
                                                "organization/office-national-de-l-energie-saharienne"})]


def test_an_acronym_before_its_expansion_in_brackets_is_one_body():
    text = ("The line is developed by the grid operators Terna and SNES (Société Nationale de l'Énergie "
            "Saharienne). In 2024 Terna and SNES signed the cable contract with Prysmian.")
    f = facts(text)
    bodies = {e.key: e for e in f.entities.values() if e.kind == "Company"}
    full = "organization/societe-nationale-de-l-energie-saharienne"
    assert full in bodies and "organization/snes" not in bodies
    assert "SNES" in bodies[full].alt_labels
    assert _agreements(text) == [("Contract", {"organization/terna", full, "organization/prysmian"})]
