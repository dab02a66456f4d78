"""A place named only as where a firm is based says nothing of where the works are, a capacity a country holds
is no plant, and a firm named in full with its legal form is the one its bare initials name later. Documents
written for these tests."""
from reading_helpers import facts


def test_a_firm_s_seat_does_not_host_the_works_of_the_report():
    text = ("The power utility has invited bids for a 9 MW solar farm. Fiji wants all its power from renewable "
            "sources by 2036, and Fiji's utility is 44 per cent owned by Japan's Chugoku Electric Power Company. "
            "Chugoku, a regional utility based in Hiroshima, supports the utility.")
    assert {p.hosts for p in facts(text).projects} == {("state/FJI",)}


def test_the_capacity_a_country_holds_of_a_kind_is_no_plant():
    text = ("Fiji had only about 11MW of solar capacity at the end of last year. The utility has invited bids for "
            "a 9 MW solar farm in Fiji.")
    assert [(p.technologies, p.capacity_mw) for p in facts(text).projects] == [(("solar",), 9.0)]


def test_bare_initials_that_spell_a_firm_named_in_full_are_that_firm():
    text = ("Kestrel Power Ltd has invited bids for a 20 MW solar farm in Fiji. KPL will buy the power under a "
            "power purchase agreement.")
    f = facts(text)
    firms = {e.label: sorted(e.alt_labels) for e in f.entities.values() if e.kind == "Company"}
    assert firms == {"Kestrel Power": ["KPL", "Kestrel Power Ltd"]}
