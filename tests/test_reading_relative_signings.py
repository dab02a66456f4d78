"""Two instruments in one sentence, each with the relative clause that signs it, and an instrument named again by
the day it was signed. Documents written for these tests."""
from reading_helpers import facts


def test_each_relative_clause_signs_its_own_instrument():
    text = ("The swap follows a memorandum of understanding on gas cooperation that Kazakhstan and Uzbekistan signed "
            "in March 2024, and a cooperation agreement that QazaqGaz and Uzbekistan's Uztransgaz concluded on "
            "June 4 last year.")
    assert [(a.kind, a.parties, a.date) for a in facts(text).agreements] == [
        ("MemorandumOfUnderstanding", ("state/KAZ", "state/UZB"), "2024-03"),
        ("Agreement", ("organization/qazaqgaz", "organization/uztransgaz"), "2024-06-04")]


def test_the_nearer_verb_still_signs_an_instrument_with_no_clause_of_its_own():
    text = ("Kazakhstan and Uzbekistan signed a memorandum of understanding in March 2024 and a cooperation "
            "agreement on gas transit in June.")
    assert [a.parties for a in facts(text).agreements] == [("state/KAZ", "state/UZB"), ("state/KAZ", "state/UZB")]


def test_an_instrument_named_by_its_day_is_the_one_read_before():
    text = ("Greece and Bulgaria on Monday signed an agreement that will allow gas from the Kestrel field to be piped "
            "to Bulgaria. Monday's agreement builds on the intergovernmental agreement on a gas pipeline between the "
            "two countries, which Athens and Sofia signed in September 2018.")
    assert [(a.parties, a.date) for a in facts(text, published="2025-02-18").agreements] == [
        (("state/GRC", "state/BGR"), "2025-02-17"), (("state/GRC", "state/BGR"), "2018-09")]


def test_exchanged_instruments_are_signed_ones():
    text = "Kazakhstan and Azerbaijan exchanged memorandums on green energy cooperation in Baku on Tuesday."
    assert [(a.kind, a.parties, a.place) for a in facts(text).agreements] == [
        ("MemorandumOfUnderstanding", ("state/KAZ", "state/AZE"), "place/baku")]


def test_exchanged_views_sign_nothing():
    assert facts("Kazakhstan and Azerbaijan exchanged views on green energy in Baku on Tuesday.").agreements == []


def test_a_counted_reactor_compound_names_the_technology():
    from epkg.graph.extract.vocab import find_technologies
    assert [t for _, _, t in find_technologies("the six-reactor Jaitapur plant and a 2-reactor station")] == [
        "nuclear", "nuclear"]
    assert find_technologies("an anti-nuclear protest") == ()
