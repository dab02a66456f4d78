"""Roles each told in their own clause, a state in both of two bodies, a country's total capacity and an amount
bought that are no plants, a builder's state that is no host, a plant that would have been, a venue that is no
organization and honorifics before a name. Documents written for these tests."""
from reading_helpers import facts, memberships, pairs


def test_whose_members_and_whose_dialogue_partners_are_two_lists():
    text = ("The Mekong River Commission (MRC), whose members are Cambodia, Laos, Thailand and Vietnam and whose "
            "dialogue partners are China and Myanmar, reviews mainstream dams.")
    body = "organization/mekong-river-commission"
    assert memberships(text) == {("state/KHM", body, "member"), ("state/LAO", body, "member"),
                                 ("state/THA", body, "member"), ("state/VNM", body, "member"),
                                 ("state/CHN", body, "dialogue partner"), ("state/MMR", body, "dialogue partner")}


def test_a_state_that_participates_in_both_pools_is_a_member_of_each():
    text = ("The line will interlink the Southern African Power Pool (SAPP), of which Zambia is a member, with the "
            "Eastern Africa Power Pool (EAPP), to which Kenya belongs, while Tanzania participates in both pools.")
    sapp, eapp = "organization/southern-african-power-pool", "organization/eastern-africa-power-pool"
    assert memberships(text) == {("state/ZMB", sapp, "member"), ("state/KEN", eapp, "member"),
                                 ("state/TZA", sapp, "member"), ("state/TZA", eapp, "member")}


def test_a_countrys_installed_capacity_raised_to_a_figure_is_no_plant():
    text = ("President Yoweri Museveni yesterday commissioned the 600-megawatt Karuma Hydropower Project on the "
            "River Nile, raising Uganda's installed generation capacity to slightly above 2,000MW.")
    assert [(p.capacity_mw, p.hosts, p.label) for p in facts(text).projects] == [
        (600.0, ("state/UGA",), "Karuma Hydropower Project")]


def test_an_amount_bought_is_no_plant_and_the_builders_state_is_no_host():
    text = ("Nepal exports power to its neighbours. Dhaka has also shown interest in buying 500 MW from the 900 MW "
            "Upper Karnali project being developed by India's GMR group.")
    assert [(p.capacity_mw, p.hosts, p.developers) for p in facts(text).projects] == [
        (900.0, ("state/NPL",), ("organization/gmr",))]


def test_a_plant_that_would_have_been_built_is_no_project():
    text = ("The 2,600 MW Sambor dam in Kratie province, which would have been one of the largest on the river, was "
            "studied a decade ago. The 1,285 MW Xayaburi plant began commercial operation in October.")
    assert [p.capacity_mw for p in facts(text).projects] == [1285.0]


def test_a_conference_centre_is_a_venue_not_an_organization():
    text = ("Zambia and the World Bank signed the agreement at the Mulungushi International Conference Centre in "
            "Lusaka.")
    f = facts(text)
    assert {k for k in f.entities if k.startswith("organization/")} == {"organization/world-bank"}


def test_a_professor_and_an_advocate_are_named_without_their_titles():
    text = ("Finance Minister Professor Mthuli Ncube and Speaker of the National Assembly Advocate Jacob Mudenda "
            "attended the launch.")
    assert {e.label for e in facts(text).entities.values() if e.kind == "Person"} == {"Mthuli Ncube",
                                                                                      "Jacob Mudenda"}


def test_the_river_x_is_the_river_the_reference_list_holds_under_its_other_name():
    text = ("President Museveni commissioned the 600-megawatt Karuma Hydropower Project on the River Nile. Karuma is "
            "the second plant on the Nile.")
    f = facts(text)
    assert {k for k, e in f.entities.items() if e.kind == "Place"} == {"place/nile"}
    assert [p.locations for p in f.projects] == [("place/nile",)]


def test_an_honorific_before_a_holder_and_a_portfolio_that_goes_on_after_and():
    text = ("The Acting Minister of Finance and National Planning, Hon. Chipoka Mulenga, signed the grant agreement "
            "with the World Bank.")
    f = facts(text)
    assert {(e.kind, e.label) for k, e in f.entities.items() if not k.startswith("state/")} == {
        ("InternationalOrganization", "World Bank"), ("Person", "Chipoka Mulenga")}
    assert [e.position for e in f.entities.values() if e.kind == "Person"] == [
        "Acting Minister of Finance and National Planning"]


def test_a_ministry_in_lower_case_is_the_named_ministry_whose_portfolio_holds_the_word():
    text = ("Mauritania signed the agreement between the Ministry of Petroleum, Mines and Energy and CWP Global. The "
            "country's energy ministry said the project would cost $40 billion.")
    f = facts(text)
    assert [(e.label, e.country) for e in f.entities.values() if e.kind == "GovernmentBody"] == [
        ("Ministry of Petroleum, Mines and Energy of Mauritania", "MRT")]


def test_a_states_name_of_two_words_counts_for_the_story_whose_bodies_are_unnamed():
    text = ("Work on Solomon Islands' first large hydropower scheme is picking up pace. The plant is being built by "
            "Tina Hydropower Limited, owned by South Korea's Korea Water Resources Corporation (K-water) and Korea "
            "Midland Power, under a partnership with the Solomon Islands government. An official in the Ministry of "
            "Mines, Energy and Rural Electrification said the plant will sell its power to the Solomon Islands "
            "Electricity Authority.")
    f = facts(text, published="2025-12-01")
    assert {(e.label, e.country) for e in f.entities.values() if e.kind == "GovernmentBody"} == {
        ("Ministry of Mines, Energy and Rural Electrification of Solomon Islands", "SLB"),
        ("Solomon Islands Electricity Authority", "SLB")}


def test_a_place_named_only_inside_the_names_of_works_is_no_place_of_the_report():
    text = ("Gazprom started deliveries through the Power of Siberia pipeline. The Baku-Tbilisi-Ceyhan oil pipeline "
            "runs to Türkiye. The Akkuyu nuclear power plant is being built in Mersin. Ministers met in Tbilisi.")
    f = facts(text)
    assert {k for k, e in f.entities.items() if e.kind == "Place"} == {"place/akkuyu", "place/tbilisi",
                                                                       "place/mersin"}
    assert not any(m.key in ("place/siberia", "place/baku", "place/ceyhan") for m in f.mentions)


def test_the_six_gulf_states_are_the_members_of_the_one_gulf_body_named():
    text = ("Xi Jinping told the leaders of the Gulf Cooperation Council (GCC) that China would import more oil. He "
            "described China and the six Gulf states as natural partners. The two Gulf states signed a deal.")
    gcc = "organization/gulf-cooperation-council"
    assert memberships(text) == {(f"state/{c}", gcc, "member") for c in ("BHR", "KWT", "OMN", "QAT", "SAU", "ARE")}


def test_a_capacity_with_thousands_grouped_by_a_space():
    text = ("The scheme comprises a 1 500 MW hydropower station in Mozambique. HCB operates the 2 075 MW Cahora "
            "Bassa dam upstream.")
    assert [p.capacity_mw for p in facts(text).projects] == [1500.0, 2075.0]


def test_a_plant_in_a_town_no_list_holds_is_hosted_where_the_clauses_other_places_lie():
    text = ("Ontario's grid is tied into those of Michigan, New York and Minnesota. The province's generator, "
            "Ontario Power Generation, has finished site preparation for four small modular reactors totaling about "
            "1,200 megawatts at its Darlington station in Clarington, east of Toronto, using a design of GE Hitachi "
            "Nuclear Energy.")
    assert [(p.capacity_mw, p.hosts) for p in facts(text).projects] == [(1200.0, ("state/CAN",))]


def test_power_fed_into_the_grid_beside_a_plants_name_is_no_rating():
    text = ("The first turbine at the Julius Nyerere Hydropower Project (JNHPP) in Tanzania is now feeding 235 "
            "megawatts into the national grid.")
    assert [(p.label, p.capacity_mw) for p in facts(text).projects] == [("Julius Nyerere Hydropower Project", None)]


def test_a_rating_told_of_the_plant_in_a_later_sentence_is_the_last_plants():
    text = ("The Julius Nyerere Hydropower Project is being built in Tanzania. The remaining units will be "
            "commissioned over the coming months, bringing the plant to its full capacity of 2,115MW.")
    assert [(p.label, p.capacity_mw) for p in facts(text).projects] == [("Julius Nyerere Hydropower Project", 2115.0)]


def test_the_cue_nearest_before_a_name_gives_its_role_in_a_work():
    text = ("ELMED is the 600 MW submarine electricity interconnector between Cap Bon and Sicily that STEG is "
            "developing with Italian grid operator Terna, with financing from the European Union and the World Bank.")
    [p] = facts(text).projects
    assert set(p.developers) == {"organization/societe-tunisienne-de-l-electricite-et-du-gaz", "organization/terna"}
    assert set(p.investors) == {"organization/european-union", "organization/world-bank"}
    assert pairs(text) == {frozenset(p.developers)}


def test_a_member_set_off_by_an_apposition_before_its_copula():
    text = ("Montenegro, a candidate for EU membership, is a contracting party of the Energy Community, the "
            "Vienna-based organisation that extends the EU's energy market rules to its neighbours.")
    assert memberships(text) == {("state/MNE", "organization/energy-community", "member")}


def test_a_strategic_partnership_between_two_firms_is_no_partnership_of_their_states():
    text = ("The interconnection was made possible by an intergovernmental agreement signed by Italy and Montenegro "
            "in 2010, and by the strategic partnership between Terna and CGES.")
    assert facts(text).partnerships == []


def test_a_direction_before_based_names_no_firm():
    text = ("The rival government, backed by the eastern-based House of Representatives, said it did not recognise "
            "the deal. The US-based Excelerate Energy signed it.")
    assert [e.label for e in facts(text).entities.values() if e.kind == "Company"] == ["Excelerate Energy"]


def test_where_a_plants_contract_was_signed_does_not_host_it():
    text = ("Argentina has signed a contract with China National Nuclear Corporation to build a fourth plant at the "
            "Atucha complex. The contract for Atucha III, a 1,200-megawatt plant, was signed in Beijing on February "
            "1 by Nucleoeléctrica Argentina SA and CNNC.")
    assert [(p.capacity_mw, p.hosts) for p in facts(text, published="2022-02-07").projects] == [
        (1200.0, ("state/ARG",))]
