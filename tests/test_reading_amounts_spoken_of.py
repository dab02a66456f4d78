"""Capacities that a plan, a pledge, a cap or a study speaks of are no plant: "commit to a combined capacity of
19.6 GW", "limit coal power to 30.2 GW", "a roadmap put it at 157 GW", "the 300 GW the EU will need", "procure
2,500 MW of new nuclear capacity"; a plant "with a capacity of up to 3 GW" still is one. Documents written for
these tests."""
from reading_helpers import facts


def _capacities(text: str) -> list:
    return sorted(p.capacity_mw for p in facts(text).projects if p.capacity_mw)


def test_a_capacity_committed_to_together_is_no_plant():
    text = ("Under the declaration, the six countries commit to a combined offshore wind capacity of at least "
            "21.5 gigawatts in the North Sea by 2032.")
    assert _capacities(text) == []


def test_a_cap_on_a_technology_is_no_plant():
    text = ("Indonesia, for its part, undertook to limit the peak capacity of coal-fired power to 41.5 GW and to "
            "raise the share of renewables.")
    assert _capacities(text) == []


def test_an_estimate_of_a_potential_is_no_plant():
    text = ("Georgia's hydropower potential on its mountain rivers is large - a study by the World Bank put it at "
            "15 GW - but little of it is built.")
    assert _capacities(text) == []


def test_an_amount_said_to_be_needed_is_no_plant():
    text = ("The 60 GW target for 2050 is about a fifth of the 300 GW of offshore wind that the Commission says "
            "the bloc will need by mid-century.")
    assert _capacities(text) == []


def test_an_amount_to_procure_is_no_plant():
    text = ("The minister withdrew the determination to procure 3,200MW of new nuclear capacity from Rosatom, "
            "Zambia's energy regulator said.")
    assert _capacities(text) == []


def test_a_plant_of_up_to_a_capacity_is_still_a_plant():
    text = ("Offshore wind farms with a capacity of up to 2 GW are to be built around the Danish island of Anholt "
            "by 2031 and connected to the Danish mainland.")
    assert _capacities(text) == [2000]
