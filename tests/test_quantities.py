"""Capacities normalised to megawatts; energy, gas and oil volumes are not capacities."""
import pytest

from epkg.graph.extract.quantities import find_capacities, parse_number


@pytest.mark.parametrize("text, mw", [
    ("a 500 kW rooftop plant", 0.5),
    ("300,000 kilowatts of solar", 300.0),
    ("a 445 MW solar plant", 445.0),
    ("a 100-MW plant", 100.0),
    ("1,600 megawatts", 1600.0),
    ("2.3 GW of wind and solar", 2300.0),
    ("1 gigawatt", 1000.0),
    ("2 million kilowatts", 2000.0),
    ("2.4 million kW", 2400.0),
    ("two GW in the Caspian", 2000.0),
    ("twenty-five megawatts", 25.0),
    ("a 1,000 MWe reactor", 1000.0),
])
def test_units_and_number_words(text, mw):
    [cap] = find_capacities(text)
    assert cap.mw == pytest.approx(mw)
    assert not cap.each


@pytest.mark.parametrize("text", [
    "180 million kWh a year",
    "5.7 billion kilowatt-hours",
    "36 to 42 GWh of storage",
    "20 bcm of gas",
    "39 million cubic metres",
    "210,000 barrels per day",
    "a 132 kV line",
    "12 TWh",
])
def test_energy_volumes_and_voltages_are_not_capacities(text):
    assert find_capacities(text) == []


def test_per_unit_rating_is_marked():
    [cap] = find_capacities("40 turbines rated at 6 MW each")
    assert (cap.mw, cap.each) == (6.0, True)


def test_several_capacities_in_order_with_offsets():
    text = "a 100 MW floating plant with a 30 MW battery"
    caps = find_capacities(text)
    assert [(text[c.start:c.end], c.mw) for c in caps] == [("100 MW", 100.0), ("30 MW", 30.0)]


def test_parse_number():
    assert parse_number("1,196.5") == 1196.5
    assert parse_number("forty two") == 42
    assert parse_number("many") is None


def test_a_rating_of_one_unit_is_marked_as_each():
    from epkg.graph.extract.quantities import find_capacities

    assert [(c.mw, c.each) for c in find_capacities("The first 600 MW unit was switched on in 2018.")] == [(600.0, True)]
    text = "four reactors, each with a capacity of 1,200 megawatts, bringing the total to 4,800 MW"
    assert [(c.mw, c.each) for c in find_capacities(text)] == [(1200.0, True), (4800.0, False)]
    # a plant named after its units' kind is no unit
    assert [(c.mw, c.each) for c in find_capacities("a 600 MW units plan")] == [(600.0, False)]


def test_a_plant_s_capacity_is_not_that_of_its_first_unit():
    from reading_helpers import facts

    text = ("The Rogun hydropower plant in Tajikistan is being built by Webuild. The first 600 MW unit was switched "
            "on in November 2018.")
    assert [(p.label, p.capacity_mw) for p in facts(text).projects] == [("Rogun hydropower plant", None)]


def test_what_a_firm_has_in_all_is_no_project():
    from reading_helpers import facts

    for text in ("NHPC Limited is an enterprise of the Government of India with an installed capacity of 7,097 MW "
                 "from 25 power stations.", "Masdar has a portfolio of 20 GW across 40 countries.",
                 "Its total installed capacity stands at 12 GW."):
        assert facts(text).projects == [], text
    # one plant among others is still one
    assert [p.capacity_mw for p in facts("The 445 MW plant in Bilasuvar is one of three projects in "
                                         "Azerbaijan.").projects] == [445.0]
