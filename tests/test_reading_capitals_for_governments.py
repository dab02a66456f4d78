"""A capital stands for its government where a reaction is felt there, a government sits there, officials there
are the subject of a relative clause, or a protest is sent to it; it stays a place where people meet or travel.
Documents written for these tests."""
from reading_helpers import facts


def _kinds(text: str) -> dict:
    return {k: e.kind for k, e in facts(text).entities.items()}


def test_a_reaction_felt_in_a_capital_is_its_governments():
    assert _kinds("The award raised eyebrows in Ottawa and among opposition parties.") == {"state/CAN": "State"}
    assert _kinds("The same worry is shared in Ottawa.") == {"state/CAN": "State"}


def test_officials_of_a_relative_clause_make_the_capital_its_government():
    text = "The deal is likely to draw attention in Canberra, where officials have voiced concern about it."
    assert _kinds(text) == {"state/AUS": "State"}


def test_a_government_in_a_capital_and_a_protest_to_it():
    assert _kinds("Both firms answer to the same government in Hanoi.") == {"state/VNM": "State"}
    assert _kinds("The licence was withdrawn after Baku protested to Ankara.") == {"state/AZE": "State",
                                                                                 "state/TUR": "State"}


def test_a_capital_where_people_meet_or_travel_stays_a_place():
    assert _kinds("The ministers met in Ottawa on Tuesday.")["place/ottawa"] == "Place"
    assert _kinds("The minister flew to Ankara.")["place/ankara"] == "Place"


def test_where_a_named_government_held_something_stays_a_place():
    text = "The ceremony was organised by the Nepal government in Kathmandu on Friday."
    assert _kinds(text)["place/kathmandu"] == "Place"
