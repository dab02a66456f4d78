"""Date expressions resolved against a fixed document date."""
import pytest

from epkg.graph.extract.dates import find_dates, parse_reference, resolve_date

DOC = "2025-04-23"  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("signed on 17 December 2022", "2022-12-17"),
    ("signed on December 17, 2022", "2022-12-17"),
    ("signed in May 2024", "2024-05"),
    ("signed in 2006", "2006"),
    ("signed in April of this year", "2025-04"),
    ("signed last month", "2025-03"),
    ("signed last year", "2024"),
    ("signed on Tuesday", "2025-04-22"),
    ("signed on Wednesday", "2025-04-23"),
    ("signed on Thursday", "2025-04-17"),
    ("raised relations last July", "2024-07"),
    ("raised relations last December", "2024-12"),
    ("signed this week", "2025-04"),
    ("signed today", "2025-04-23"),
    ("signed yesterday", "2025-04-22"),
    ("signed on May 1 of this year", "2025-05-01"),
    ("signed on March 3", "2025-03-03"),
    ("signed on June 3", "2024-06-03"),
    ("met in September last year", "2024-09"),
    ("met on 15-16 September 2022", "2022-09"),
    ("met on 26 and 27 September", "2024-09"),
    ("two years ago", "2023"),
    ("Astana, 21 June 2024.", "2024-06-21"),
])
def test_each_form_resolves_at_the_precision_given(text, expected):
    assert resolve_date(text, DOC) == expected


@pytest.mark.parametrize("text", [
    "renewables should reach 30 percent by 2030",
    "the plan runs until 2035",
    "it may be used in future",
    "a turnover of 2,000 units",
])
def test_deadlines_modal_may_and_plain_numbers_are_no_dates(text):
    assert resolve_date(text, DOC) is None


def test_relative_forms_need_a_reference():
    assert [d.value for d in find_dates("signed last month in May 2024", None)] == ["2024-05"]


def test_offsets_point_at_the_expression():
    text = "It was signed in Baku on 17 December 2022."
    [d] = find_dates(text, DOC)
    assert text[d.start:d.end] == "17 December 2022"
    assert not d.relative


def test_parse_reference():
    assert str(parse_reference("2025-06")) == "2025-06-01"
    assert parse_reference("not a date") is None


def test_a_date_that_starts_or_ends_a_span_dates_no_event():
    from epkg.graph.extract.dates import find_dates

    assert [(d.value, d.target) for d in find_dates("Gas will flow starting March 1.", "2025-02-11")] == [
        ("2024-03-01", True)]
    assert [(d.value, d.target) for d in find_dates("The tariff is effective 1 July 2025.", "2025-02-11")] == [
        ("2025-07-01", True)]
    assert [(d.value, d.target) for d in find_dates("It was signed on March 1.", "2025-02-11")] == [
        ("2024-03-01", False)]


def test_a_contract_said_again_with_the_start_of_its_deliveries_is_the_same_contract():
    from reading_helpers import agreements

    text = ("BOTAS and Turkmengaz on Tuesday signed a contract for the supply of gas. Under the contract, signed in "
            "Ashgabat, up to 1.3 billion cubic meters a year will be delivered starting March 1.")
    assert agreements(text) == [("Contract", {"organization/botas", "organization/turkmengaz"})]


def test_numeric_dates_day_first_with_full_stops_iso_and_slashes_when_a_number_says_which():
    from epkg.graph.extract.dates import find_dates

    values = [d.value for d in find_dates("signed on 18.08.2022, filed 2022-08-19, due 08/31/2022, paid 31/08/2022, "
                                          "or 03/04/2023")]
    assert values == ["2022-08-18", "2022-08-19", "2022-08-31", "2022-08-31", "2023"]
    assert [d.value for d in find_dates("Scrip Code 533098; 12.5 MW")] == []
