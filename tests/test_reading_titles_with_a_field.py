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


def test_a_military_judicial_or_political_title_before_a_name_is_no_part_of_it():
    text = ("General Maria Ochoa, the head of the Southern Command, spoke. Judge Peter Hlongwane of the Western "
            "Cape High Court ruled on it. Chancellor of the Exchequer Anne Rowe said the plant mattered. Gov. Kathy "
            "Morales, who presided over the ceremony, spoke. Justice Ruth Adebayo dismissed the case.")
    people = {e.label for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Maria Ochoa", "Peter Hlongwane", "Anne Rowe", "Kathy Morales", "Ruth Adebayo"}


def test_a_firm_named_after_a_title_word_stays_a_firm():
    assert {e.label: e.kind for e in facts("General Electric and Siemens signed a turbine deal.").entities.values()
            if e.kind != "State"} == {"General Electric": "Company", "Siemens": "Company"}


def test_a_plural_title_with_its_portfolio_before_a_list_of_holders():
    text = "Energy ministers Ana Ruiz of Chile and Tomas Vidal of Peru signed the memorandum in Lima."
    people = {e.label: e.represents for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Ana Ruiz": "state/CHL", "Tomas Vidal": "state/PER"}


def test_an_honorific_inside_a_name_is_part_of_it():
    text = "Somali President Hassan Sheikh Mohamud said the survey was historic."
    people = {e.label: e.represents for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Hassan Sheikh Mohamud": "state/SOM"}


def test_a_listed_leader_named_by_surname_before_a_possessive_or_the_government():
    text = "Russia's war and Putin's use of gas as a weapon changed the market, critics of the Biden administration said."
    people = {e.label: e.position for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Vladimir Putin": "President", "Joe Biden": "President"}


def test_a_surname_alone_without_a_possessive_is_no_leader():
    assert [e for e in facts("The Putin Street depot was sold.").entities.values() if e.kind == "Person"] == []


def test_a_trade_representative():
    text = "He met U.S. Trade Representative Jamieson Greer on Thursday."
    people = {e.label: (e.position, e.represents) for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Jamieson Greer": ("Trade Representative", "state/USA")}


def test_an_envoy_named_after_the_state_he_is_sent_to_without_a_comma():
    text = ("The pipeline was opened together with the EU Ambassador to Georgia Pawel Herczynski and US Ambassador "
            "to Georgia Robin Dunnigan.")
    people = {e.label: (e.position, e.represents) for e in facts(text).entities.values() if e.kind == "Person"}
    assert people == {"Pawel Herczynski": ("Ambassador", "organization/european-union"),
                      "Robin Dunnigan": ("Ambassador", "state/USA")}


def test_a_spokesperson_on_a_portfolio():
    text = "The party, through its spokesperson on mines and energy, Kevin Dlamini, had brought a challenge."
    assert {e.label: e.position for e in facts(text).entities.values() if e.kind == "Person"} == {
        "Kevin Dlamini": "Spokesperson"}
