"""An office holder named in an apposition whose rank has a field before it ("Namibia's green hydrogen
commissioner", "the bank's renewable energy adviser") is a person with that position, not a place or a firm.
Documents written for these tests."""
from reading_helpers import facts


def test_a_rank_with_a_field_before_it_names_a_person():
    text = ("The broadcaster spoke to Tomas Ekundayo, Ghana's green hydrogen commissioner and adviser to the "
            "president.")
    people = {e.label: (e.position, e.represents) for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Tomas Ekundayo": ("Green hydrogen commissioner", "state/GHA")}


def test_a_firms_adviser_with_a_field():
    text = "Maria Lopez, the bank's renewable energy adviser, said the loan was approved."
    people = {e.label: e.position for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Maria Lopez": "Renewable energy adviser"}
