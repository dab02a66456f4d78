"""An instrument another depends on is not yet made, a group named by count and then by its members is those
members, the body whose gathering an opening adverbial names does not sign, and one instrument two signers sign with
a third is one among the three. Documents written for these tests."""
from reading_helpers import agreements, facts, pairs


def test_an_agreement_an_offer_is_conditional_on_is_no_cooperation():
    text = ("The EU offered up to 900 million euros in assistance, conditional on an agreement between Tunisia and "
            "the International Monetary Fund.")
    f = facts(text)
    assert (f.agreements, f.cooperations) == ([], [])


def test_a_loan_subject_to_a_contract_makes_no_contract():
    text = "The loan is subject to a contract between Kestrel Power and Brenmoor Holdings."
    f = facts(text)
    assert (f.agreements, f.cooperations) == ([], [])


def test_a_signed_agreement_between_the_same_two_stays():
    text = "Tunisia and the International Monetary Fund signed an agreement on Monday."
    assert pairs(text) == {frozenset({"state/TUN", "organization/international-monetary-fund"})}


def test_the_three_countries_meaning_a_b_and_c_are_those_three():
    text = ("Gas from Azerbaijan will reach Syria through Türkiye under a deal financed by Qatar. Officials called "
            "the launch a result of the joint cooperation among the three countries, meaning Azerbaijan, Türkiye "
            "and Qatar.")
    assert pairs(text) == {frozenset({"state/AZE", "state/TUR"}), frozenset({"state/AZE", "state/QAT"}),
                           frozenset({"state/QAT", "state/TUR"})}


def test_the_three_countries_alone_are_the_three_named_before():
    text = ("Gas from Azerbaijan will reach Syria through Türkiye under a deal financed by Qatar. Officials called "
            "the launch a result of the joint cooperation among the three countries.")
    assert frozenset({"state/AZE", "state/QAT"}) not in pairs(text)


def test_the_body_whose_gathering_an_opener_names_does_not_sign():
    text = ("In September 2014, on the sidelines of the General Conference of the International Atomic Energy Agency "
            "(IAEA) in Vienna, South African energy minister Tina Joemat-Pettersson and Rosatom director general "
            "Sergei Kiriyenko signed an intergovernmental agreement on nuclear power.")
    f = facts(text)
    assert [(set(a.parties), a.place) for a in f.agreements] == [({"state/ZAF", "organization/rosatom"}, "place/vienna")]
    assert {frozenset(c.actors) for c in f.cooperations if c.rule == "agreement-parties"} == {
        frozenset({"state/ZAF", "organization/rosatom"})}


def test_one_instrument_two_signers_sign_with_a_third_is_one_between_the_three():
    text = "Kazakhstan and Uzbekistan signed an agreement with China on the Kestrel line."
    assert agreements(text) == [("Agreement", {"state/KAZ", "state/UZB", "state/CHN"})]
