"""Memberships and partners in the way news describes groupings of states: a body with its acronym in brackets
that "groups" its members, a count of members named after a dash, and the leaders of a group set apart from the
members it also comprises. Documents written for these tests."""
from reading_helpers import facts, memberships, pairs


def test_a_body_named_with_its_acronym_groups_its_members():
    text = "The Gas Exporting Countries Forum (GECF) groups Qatar, Iran and Algeria, which hold most of the gas."
    gecf = "organization/gas-exporting-countries-forum"
    assert memberships(text) == {("state/QAT", gecf, "member"), ("state/IRN", gecf, "member"),
                                 ("state/DZA", gecf, "member")}


def test_a_count_of_members_named_after_a_dash_belongs_to_both_bodies():
    text = ("The Southern Grid Alliance (SGA) groups Chile, Kenya and three members of the European Union -- France, "
            "Spain and Portugal. Its ministers met in Lisbon on power lines.")
    compact, eu = "organization/southern-grid-alliance", "organization/european-union"
    assert memberships(text) == {(k, compact, "member") for k in
                                 ("state/CHL", "state/KEN", "state/FRA", "state/ESP", "state/PRT")} \
        | {(k, eu, "member") for k in ("state/FRA", "state/ESP", "state/PRT")}


def test_a_count_that_does_not_match_the_names_adds_no_member():
    text = ("The Southern Grid Alliance (SGA) groups Chile, Kenya and three members of the European Union -- France "
            "and Spain. Its ministers met in Lisbon on power lines.")
    compact = "organization/southern-grid-alliance"
    assert memberships(text) == {("state/CHL", compact, "member"), ("state/KEN", compact, "member")}


def test_the_members_a_co_led_group_also_comprises_are_its_members_and_no_partners_of_each_other():
    text = ("The International Partners Group - co-led by Germany and Japan, and also comprising Canada, Norway "
            "and Italy - pledged $8 billion for the country's power grid and renewable energy.")
    ipg = "organization/international-partners-group"
    assert memberships(text) == {(k, ipg, "member") for k in
                                 ("state/DEU", "state/JPN", "state/CAN", "state/NOR", "state/ITA")}
    assert pairs(text) == set()


def test_states_at_an_energy_meeting_of_a_body_cooperate_with_the_body():
    text = "Kazakhstan and Uzbekistan took part in the fifth SCO Energy Ministers' Meeting in Astana on 20 June."
    sco = "organization/shanghai-cooperation-organization"
    found = facts(text).cooperations
    assert {frozenset(c.actors) for c in found} == {frozenset({"state/KAZ", sco}), frozenset({"state/UZB", sco})}
    assert {c.rule for c in found} == {"body-meeting"}


def test_states_meeting_at_a_summit_of_a_body_are_no_partners_of_the_body_for_it():
    text = ("Brazil and India met at the G20 Leaders' Summit in Rio de Janeiro on 18 November and signed a "
            "memorandum on biofuels.")
    assert pairs(text) == {frozenset({"state/BRA", "state/IND"})}


def test_an_instrument_all_the_members_of_a_body_adopt_is_the_body_s():
    text = ("The Southern Grid Alliance (SGA) groups Chile, Peru and Bolivia. Energy ministers from the three "
            "countries met in Lima on Monday and adopted a joint statement on power interconnection.")
    sga = "organization/southern-grid-alliance"
    f = facts(text)
    assert [(a.kind, a.parties) for a in f.agreements] == [("JointStatement", (sga,))]
    assert {frozenset(c.actors) for c in f.cooperations} == {frozenset({k, sga}) for k in
                                                             ("state/CHL", "state/PER", "state/BOL")}
    assert {c.rule for c in f.cooperations} == {"body-instrument"}


def test_an_instrument_some_members_of_a_body_sign_stays_theirs():
    text = ("The Southern Grid Alliance (SGA) groups Chile, Peru, Ecuador and Bolivia. Energy ministers from Chile, "
            "Peru and Bolivia met in Lima on Monday and adopted a joint statement on power interconnection.")
    f = facts(text)
    assert [set(a.parties) for a in f.agreements] == [{"state/CHL", "state/PER", "state/BOL"}]


def test_the_states_that_launched_a_body_are_its_members_and_no_partners_for_it():
    text = ("The Southern Grid Alliance was launched by Chile, Peru and Bolivia in Lima on Monday. The International "
            "Solar Alliance, founded in 2015 by India and France, now counts 100 members.")
    sga, isa = "organization/southern-grid-alliance", "organization/international-solar-alliance"
    assert memberships(text) == {("state/CHL", sga, "member"), ("state/PER", sga, "member"),
                                 ("state/BOL", sga, "member"), ("state/IND", isa, "member"),
                                 ("state/FRA", isa, "member")}
    assert pairs(text) == set()


def test_a_code_named_body_whose_summit_brought_together_leaders_of_states_has_them_as_members():
    text = ("The AND5 summit brought together the leaders of Chile, Peru and Bolivia in Lima, where the "
            "AND5 group of Andean countries backed a regional power market.")
    f = facts(text)
    assert {e.label: e.kind for e in f.entities.values() if e.kind not in ("State", "Place")} == {
        "AND5": "InternationalOrganization"}
    assert memberships(text) == {(k, "organization/and5", "member") for k in ("state/CHL", "state/PER", "state/BOL")}


def test_a_climate_conference_s_code_before_summit_is_no_body():
    f = facts("Leaders at the COP29 summit in Baku pledged to triple renewable capacity.")
    assert not [e for e in f.entities.values() if e.kind == "InternationalOrganization"]


def test_a_body_named_as_what_they_are_not_gives_no_membership():
    text = ("Saudi Arabia, which chairs OPEC+, and Russia, the leader of the group's non-OPEC members, agreed to "
            "extend the oil output cuts.")
    assert memberships(text) == {("state/SAU", "organization/opec", "member")}
