"""Members named where a report counts a body's members, picks some out of them ("Of its nine members,
two – …", "Among the newest members are …"), or says who joined whom as members; and "the alliance" read
only as a body whose name says so (twentieth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import memberships

GECF = "organization/gas-exporting-countries-forum"
SAPP = "organization/southern-african-power-pool"
ISA = "organization/international-solar-alliance"


def test_members_counted_then_named_after_including():
    text = ("Ministers of the Gas Exporting Countries Forum gathered in Cairo on Tuesday. The Forum now counts "
            "twelve members, including Egypt, Nigeria and Trinidad and Tobago.")
    assert memberships(text) == {("state/EGY", GECF, "member"), ("state/NGA", GECF, "member"),
                                 ("state/TTO", GECF, "member")}


def test_members_counted_then_named_after_led_by_stand_for_the_body_named_before():
    text = ("OPEC ministers will meet in Vienna next week. The organization has 12 members, led by Kuwait and "
            "Algeria.")
    opec = "organization/organization-of-the-petroleum-exporting-countries"
    assert memberships(text) == {("state/KWT", opec, "member"), ("state/DZA", opec, "member")}


def test_some_of_its_members_set_off_by_dashes():
    text = ("The Southern African Power Pool plans three new lines. Of its twelve member countries, two - "
            "Angola and Malawi - still have no link to the others.")
    assert memberships(text) == {("state/AGO", SAPP, "member"), ("state/MWI", SAPP, "member")}


def test_among_the_members_named_after_the_verb():
    text = ("The International Solar Alliance opened its assembly in New Delhi. Among the newest full members "
            "are Chile and Greece.")
    assert memberships(text) == {("state/CHL", ISA, "member"), ("state/GRC", ISA, "member")}
    assert memberships("Among the observers of the International Solar Alliance are Norway and Peru.") == {
        ("state/NOR", ISA, "observer"), ("state/PER", ISA, "observer")}


def test_those_who_joined_and_those_they_joined_as_members():
    text = ("BRICS energy ministers met in Kazan after Egypt and Ethiopia joined Brazil, Russia and India as "
            "full members.")
    brics = "organization/brics"
    assert memberships(text) == {(f"state/{c}", brics, "member") for c in ("EGY", "ETH", "BRA", "RUS", "IND")}


def test_counted_members_denied_or_hedged_are_not_read():
    assert memberships("OPEC met in Vienna. The organization has 12 members, including, it is rumoured, "
                       "Brazil.") == set()
    assert memberships("The Forum met in Doha. Of its twelve members, none - not even Norway - sells more "
                       "gas than Qatar.") == set()


def test_the_alliance_is_no_union_named_before_it():
    # before: "The alliance" stood for the African Union, the last body named, and took its members
    text = ("The African Union joined the summit on Saturday. The alliance has nine initiating members, led "
            "by India, Brazil and the United States.")
    assert memberships(text) == set()


def test_members_a_bloc_includes_after_an_apposition_and_an_aside():
    text = ("Brazil and China are founding members of BRICS, the bloc which, since this year, also includes Egypt "
            "and Ethiopia.")
    brics = "organization/brics"
    assert {("state/EGY", brics, "member"), ("state/ETH", brics, "member")} <= memberships(text)
