""""The Federal Government and Siemens AG", and an instrument with a kind of its own after another one
(sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

NGA, DEU = "state/NGA", "state/DEU"


def test_the_government_and_a_firm_are_two_names():
    # before: "Federal Government and Siemens" was read as one company
    found = facts("Nigeria's power ministry said the contract between the Federal Government and Siemens AG "
                  "was signed in Abuja in July 2019.")
    labels = {e.label for e in found.entities.values()}
    assert "Siemens" in labels
    assert not any("Government" in label for label in labels)


def test_a_definite_instrument_with_its_own_kind_is_not_the_one_named_before():
    # before: "the implementation agreement" was taken for the memorandum named first, and kept its kind
    text = ("Nigeria's power minister spoke in Abuja. The memorandum of understanding between Nigeria and "
            "Germany was signed in August 2018, while the implementation agreement between Nigeria and Siemens AG "
            "was signed in Abuja in July 2019.")
    assert {(a.kind, frozenset(a.parties), a.date) for a in facts(text).agreements} == {
        ("MemorandumOfUnderstanding", frozenset((NGA, DEU)), "2018-08"),
        ("Agreement", frozenset((NGA, "organization/siemens")), "2019-07")}


def test_a_definite_instrument_told_by_its_length_is_the_one_named_before():
    text = ("Azura Edo sells its power under a power purchase agreement. Azura Edo Ltd signed the 25-year "
            "agreement with Nigerian Bulk Electricity Trading Plc in May 2020.")
    assert [a.kind for a in facts(text).agreements] == ["Contract"]


def test_its_ministry_is_the_state_the_sentence_is_about_and_keeps_its_whole_portfolio():
    # before: "its Federal Ministry of Education and Research" was Namibia's "Ministry of Education"
    found = facts("Germany has been Namibia's main partner on hydrogen, and Berlin has committed 40 million euros "
                  "to Namibian hydrogen projects through its Federal Ministry of Education and Research.")
    ministries = [(e.label, e.country) for e in found.entities.values() if e.kind == "GovernmentBody"]
    assert ministries == [("Ministry of Education and Research of Germany", "DEU")]
