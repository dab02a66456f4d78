"""Bodies of states that no list holds, told by how news speaks of them (launched under a name that spans the
world, "members of the X", "X, a group of countries"), their members named around them, and the states a
sentence names that are not said to be in the group it mentions. Documents written for these tests."""
from reading_helpers import facts, memberships


def _kinds(text: str) -> dict[str, str]:
    return {e.label: e.kind for e in facts(text).entities.values() if not e.key.startswith(("state/", "place/"))}


TIDAL = "organization/global-tidal-power-alliance"


def test_an_alliance_launched_under_a_name_that_spans_the_world_is_a_body_its_members_join():
    text = ("Chile on Monday launched the Global Tidal Power Alliance with Canada and Portugal in Santiago. "
            "Argentina, Chile and Portugal are founding members, with Canada joining as an observer. "
            "Peru and Ecuador, which were invited as guests, have also joined the alliance.")
    assert _kinds(text) == {"Global Tidal Power Alliance": "InternationalOrganization"}
    assert memberships(text) == {("state/ARG", TIDAL, "member"), ("state/CHL", TIDAL, "member"),
                                 ("state/PRT", TIDAL, "member"), ("state/CAN", TIDAL, "observer"),
                                 ("state/PER", TIDAL, "member"), ("state/ECU", TIDAL, "member")}


def test_a_bilateral_alliance_launched_by_two_states_stays_an_instrument():
    text = "Chile and Portugal launched a Chile-Portugal Tidal Alliance in Lisbon on Monday."
    assert _kinds(text) == {}


def test_producers_outside_a_group_are_not_its_members():
    text = ("Saudi Arabia and Russia had hoped that producers outside OPEC+, including Canada, Brazil and Norway, "
            "would cut output too.")
    assert memberships(text) == set()


def test_a_name_after_members_of_or_before_a_group_of_countries_apposition_is_a_body_of_states():
    text = ("Australia and Japan are both members of the Critical Metals Security Partnership, a US-led group "
            "of more than a dozen countries set up in 2022.")
    body = "organization/critical-metals-security-partnership"
    assert _kinds(text) == {"Critical Metals Security Partnership": "InternationalOrganization"}
    # (and the state that leads it: "a US-led group")
    assert memberships(text) == {("state/AUS", body, "member"), ("state/JPN", body, "member"),
                                 ("state/USA", body, "member")}


def test_the_organ_that_governs_a_body_is_no_organization_of_its_own():
    text = ("The decision was taken at a meeting of the IEA Governing Board, chaired by Norway's energy minister "
            "Terje Aasland.")
    assert _kinds(text) == {"International Energy Agency": "InternationalOrganization", "Terje Aasland": "Person"}


def test_states_a_sentence_names_are_no_members_of_a_group_it_names_as_a_destination():
    text = ("Ukraine's gas network, with its links to Slovakia, Hungary and Poland, could later carry hydrogen "
            "to EU countries.")
    assert memberships(text) == set()
    text = "Slovakia, Hungary and Poland, all EU countries, signed a memorandum on hydrogen."
    eu = "organization/european-union"
    assert memberships(text) == {("state/SVK", eu, "member"), ("state/HUN", eu, "member"), ("state/POL", eu, "member")}


def test_a_site_won_in_a_leasing_round_is_a_project_of_the_technology_the_report_names_before_it():
    text = ("Scotland's leasing round offered seabed for offshore wind farms in 2022. BP and EnBW won a 2.9GW site "
            "in the North Sea east of Aberdeen.")
    assert [(p.technologies, p.capacity_mw, p.participants) for p in facts(text).projects] == \
        [(("offshore wind",), 2900.0, ("organization/bp", "organization/enbw"))]


def test_a_plant_whose_capacity_follows_its_noun_is_read_when_no_technology_is_named():
    text = ("Laos will export coal power to Cambodia. The larger plant, with an installed capacity of 1,800 MW, will "
            "be built by Phonesack Group in Kaleum district.")
    assert [p.capacity_mw for p in facts(text).projects] == [1800.0]


def test_a_group_that_brings_together_members_given_by_example_has_them_as_members():
    text = ("Opec+ brings together Opec members, among them Saudi Arabia, Iraq and Kuwait, with producers from "
            "outside the organization such as Kazakhstan and Mexico.")
    plus = "organization/opec"
    assert {m for m in memberships(text) if m[1] == plus} == {
        (k, plus, "member") for k in ("state/SAU", "state/IRQ", "state/KWT", "state/KAZ", "state/MEX")}


def test_the_states_a_group_is_led_by_are_its_members():
    text = "Attention now turns to the OPEC+ alliance led by Saudi Arabia and Russia, which meets on March 2."
    plus = "organization/opec"
    assert memberships(text) == {("state/SAU", plus, "member"), ("state/RUS", plus, "member")}


def test_a_state_called_the_other_member_or_another_state_s_partner_in_a_body_is_in_it():
    eac = "organization/east-african-community"
    assert memberships("Kenya, Uganda's EAC partner, signed a deal on power trade.") == {
        ("state/KEN", eac, "member"), ("state/UGA", eac, "member")}
    asean = "organization/association-of-southeast-asian-nations"
    assert memberships("Myanmar, the other ASEAN member, has been under military rule since 2021.") == {
        ("state/MMR", asean, "member")}
