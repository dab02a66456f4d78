"""Who signed what, where, when a story refers back by count ("the three parties") after naming other states in
passing, names a firm by what it was then called, or tells of two signings in one sentence. Documents written for
these tests."""
from reading_helpers import facts


def test_the_three_parties_are_the_three_signers_not_the_last_three_states_named():
    text = ("Ghana, Togo and Benin signed an accord on the West African power line on Monday. The line would link "
            "up with networks running through Burkina Faso to Mali and to Senegal. The accord sets out the will of "
            "the three parties to build the line, the ministers said. Officials said the three governments "
            "signed a first protocol on the line in Lomé in 2015.")
    found = {(a.date, frozenset(a.parties)) for a in facts(text).agreements}
    signers = frozenset({"state/GHA", "state/TGO", "state/BEN"})
    assert found == {("2025-05-05", signers), ("2015", signers)}


def test_a_firm_named_by_what_it_was_then_called_is_a_signer():
    text = ("Italy and Norway agreed on gas on Monday. Eni and what was then Statoil signed a gas supply contract "
            "in 2004, and the two governments signed a pipeline treaty in Rome in 2005.")
    assert [(a.kind, set(a.parties), a.date, a.place) for a in facts(text).agreements] == [
        ("Contract", {"organization/eni", "organization/statoil"}, "2004", None),
        ("Treaty", {"state/ITA", "state/NOR"}, "2005", "place/rome")]


def test_two_signings_in_one_sentence_keep_their_own_places():
    text = ("Ghana, Togo and Benin signed an accord on the West African power line on Monday. Volta River "
            "Authority and Compagnie Energie Electrique du Togo signed a first contract on the line in 2012, and "
            "the three governments signed an agreement in Accra in 2016.")
    found = {(a.date, a.place) for a in facts(text).agreements}
    assert found == {("2025-05-05", None), ("2012", None), ("2016", "place/accra")}


def test_who_travelled_in_a_relative_clause_is_the_visitor():
    text = ("The licence was handed over at a ceremony in Caracas attended by Trinidad and Tobago Prime Minister "
            "Keith Rowley. Rowley, who travelled to the Venezuelan capital for the signing, called it a good day.")
    visits = [e for e in facts(text, published="2023-12-22").events if e.kind == "Visit"]
    assert [(set(e.participants), e.place) for e in visits] == [({"state/TTO", "state/VEN"}, "place/caracas")]


def test_a_deal_a_state_struggled_or_tried_to_close_is_no_agreement():
    for attempt in ("struggled to close", "is trying to clinch", "failed to seal"):
        text = f"Pakistan {attempt} a deal with the International Monetary Fund on power tariffs."
        assert facts(text).agreements == [], attempt
    assert len(facts("Pakistan closed a deal with the International Monetary Fund on power tariffs.").agreements) == 1
