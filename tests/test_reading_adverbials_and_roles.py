"""Meetings told in an adverbial, and the roles an enumeration or an award gives (twelfth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts, pairs

NGA, NER, DZA = "state/NGA", "state/NER", "state/DZA"


def _events(text: str) -> list[tuple]:
    return [(e.kind, e.date, e.place, set(e.participants)) for e in facts(text).events]


def test_a_meeting_an_adverbial_introduces_is_the_signers_event():
    text = ("The ministers of Nigeria, Niger and Algeria signed a declaration in Niamey in February 2022, at the "
            "first tripartite ministerial meeting on the pipeline for several years.")
    assert _events(text) == [("Meeting", "2022-02", "place/niamey", {NGA, NER, DZA})]
    text = ("The declaration was signed by Nigeria, Niger and Algeria at a summit hosted by the Nigerien president "
            "in Niamey on 16 February 2022.")
    assert _events(text) == [("Summit", "2022-02-16", "place/niamey", {NGA, NER, DZA})]
    text = ("The accord builds on a summit held in Niamey in February 2022, where Nigeria, Niger and Algeria "
            "signed a declaration on the pipeline.")
    assert _events(text) == [("Summit", "2022-02", "place/niamey", {NGA, NER, DZA})]


def test_a_meeting_told_back_or_of_a_body_is_not_a_new_one():
    # "at the meeting" points back; "at a meeting of" belongs to the body's own reading
    text = "Nigeria, Niger and Algeria signed a declaration in Niamey in February 2022, at the meeting."
    assert _events(text) == []
    # a summit still to come is no event of the story
    text = "Nigeria and Niger signed the accord, and they will meet again at a summit that Algeria may host next year."
    assert _events(text) == []


def test_who_works_under_a_contract_a_buyer_awarded_is_its_party():
    text = ("Japan's Chiyoda Corporation and France's Technip Energies are building the trains under an engineering, "
            "procurement and construction contract awarded by QatarEnergy in February 2021.")
    [contract] = facts(text).agreements
    assert (contract.kind, set(contract.parties), contract.date) == (
        "Contract", {"organization/qatarenergy", "organization/chiyoda-corporation",
                     "organization/technip-energies"}, "2021-02")
    # a contract the buyer only plans to award binds no one yet
    text = ("Chiyoda Corporation and Technip Energies could start work under a contract to be awarded by "
            "QatarEnergy next year.")
    assert facts(text).agreements == []


def _roles(text: str) -> list[tuple]:
    return [(p.capacity_mw, set(p.developers), set(p.contractors), set(p.investors), set(p.participants))
            for p in facts(text).projects]


def test_the_work_told_in_the_passive_takes_its_builders():
    text = "Kenya plans a 100 MW solar plant in Garissa. The plant will be developed by Globeleq."
    assert _roles(text) == [(100.0, {"organization/globeleq"}, set(), set(), set())]
    text = "Kenya plans a 100 MW solar plant in Garissa. The plant is being built by PowerChina."
    assert _roles(text) == [(100.0, set(), {"organization/powerchina"}, set(), set())]
    # a builder only hoped for takes no role
    text = "Kenya plans a 100 MW solar plant in Garissa. The plant could be developed by Globeleq."
    assert _roles(text) == [(100.0, set(), set(), set(), set())]


def test_the_plant_is_the_last_plant_not_the_last_line():
    text = ("Kenya plans a 100 MW solar plant in Garissa and a 400 kV transmission line to Nairobi. "
            "The plant will be developed by Globeleq.")
    plant, line = facts(text).projects
    assert (plant.capacity_mw, plant.developers, line.developers) == (100.0, ("organization/globeleq",), ())


def test_who_takes_a_part_in_a_firm_s_work_works_with_that_firm():
    qatar, shell, total = "organization/qatarenergy", "organization/shell", "organization/totalenergies"
    assert pairs("Shell on Wednesday became the fifth partner in QatarEnergy's North Field East expansion.") == \
        {frozenset({qatar, shell})}
    assert pairs("TotalEnergies has taken a 25% stake in the North Field East project operated by QatarEnergy.") == \
        {frozenset({qatar, total})}
    # a stake only considered, and a state's work (its host, not a partner), give no tie
    assert pairs("TotalEnergies could take a stake in QatarEnergy's North Field East project.") == set()
    assert pairs("Japan's Inpex holds a stake in Australia's Ichthys project.") == set()


def test_a_relative_clause_acts_for_the_name_it_describes():
    text = ("The study is led by Masdar, which cooperated with the International Energy Agency on the grid "
            "assessment.")
    assert pairs(text) == {frozenset({"organization/masdar", "organization/international-energy-agency"})}
    # with no name right before it, the relative clause's subject is unknown: no guess from the story's state
    text = ("Kenya hosts the plant. The study is led by a team of engineers, which cooperated with the International "
            "Energy Agency on the grid assessment.")
    assert pairs(text) == set()


def test_together_with_them_we_names_no_one():
    text = ('Kenya opened the tender in May. "Together with Norfund, Scatec and Globeleq we are now moving quickly '
            'towards financial close," the chief executive said.')
    assert pairs(text) == set()


def test_a_negation_governs_the_verbs_it_coordinates():
    text = ("China National Nuclear Corporation hopes to build a second plant, though the government of Kazakhstan "
            "has not confirmed a site or signed any document with the company.")
    assert pairs(text) == set()


def test_a_summit_named_so_is_a_summit_and_a_leaders_meeting_too():
    text = "The 12th Ordinary Summit of the Southern African Development Community was held in Gaborone in May 2025."
    assert [e.kind for e in facts(text).events] == ["Summit"]
    text = "The 30th Pacific Islands Forum Leaders Meeting was held in Apia in May 2025."
    assert [e.kind for e in facts(text).events] == ["Summit"]
    text = "The 30th Pacific Islands Forum Ministerial Meeting was held in Apia in May 2025."
    assert [e.kind for e in facts(text).events] == ["Meeting"]


def test_a_meeting_hosted_or_of_ministers_that_a_signing_took_place_at():
    text = "On 20 May 2025 Georgia hosted in Tbilisi the fourth ministerial meeting on the cable."
    assert _events(text) == [("Meeting", "2025-05-20", "place/tbilisi", {"state/GEO"})]
    text = ("Energy ministers of Nigeria, Niger and Algeria signed a protocol in Abuja on 5 February 2025 at a meeting "
            "of the project's steering council.")
    assert _events(text) == [("Meeting", "2025-02-05", "place/abuja", {NGA, NER, DZA})]
    # a meeting of experts named in passing is none
    assert _events("Reports by a meeting of experts in Abuja were published in 2025.") == []


def test_the_month_of_may_is_no_hedge():
    text = "On 20 May 2025 Kenya and Uganda held talks in Kampala on the pipeline."
    assert _events(text) == [("Meeting", "2025-05-20", "place/kampala", {"state/KEN", "state/UGA"})]
    assert _events("Kenya and Uganda may hold talks in Kampala on the pipeline.") == []
    # nor of a project or a venture
    assert [p.capacity_mw for p in facts("In May 2024, Globeleq commissioned a 100 MW solar plant in Kenya.").projects] \
        == [100.0]
    assert facts("Globeleq may build a 100 MW solar plant in Kenya.").projects == []


def _persons(text: str) -> set[str]:
    return {e.label for e in facts(text).entities.values() if e.kind == "Person"}


def test_a_quoted_or_described_person_is_one():
    text = '"Prices will fall," said Dorothy Mensah, a senior power analyst at a consultancy in Accra.'
    assert _persons(text) == {"Dorothy Mensah"}
    text = "Economist Dorothy Mensah of the University of Ghana said the tariff would rise."
    assert _persons(text) == {"Dorothy Mensah"}
    text = "The ministry signed the deal with Volta River Authority in Accra on Monday."
    assert _persons(text) == set()


def test_the_ends_of_a_section_named_by_its_places():
    text = "The operator energised the Kragujevac–Kraljevo section of the 400 kV line in Serbia."
    places = {e.label for e in facts(text).entities.values() if e.kind == "Place"}
    assert places == {"Kragujevac", "Kraljevo"}


def test_a_work_set_against_the_story_or_lacking_is_no_project():
    assert facts('"Unlike the Nacala gas pipeline, the line is nearly built," said an analyst in Maputo.').projects == []
    assert facts("Unlike the 500 MW Sary wind farm in Kazakhstan, the plant has no buyer.").projects == []
    assert facts("Malawi still lacks a regional gas pipeline that banks can look at.").projects == []
    assert [len(facts("Mozambique is building the Nacala gas pipeline to Malawi.").projects)] == [1]


def test_an_economic_corridor_is_the_states_programme_not_a_work():
    f = facts("The Kohala hydropower plant is the largest investment under the Kenya-Ethiopia Economic Corridor.")
    assert [p.technologies for p in f.projects] == [("hydro",)]
    assert {frozenset(c.actors) for c in f.cooperations} == {frozenset({"state/KEN", "state/ETH"})}


def test_names_a_relative_clause_says_work_together_are_partners():
    text = "Kenya and Uganda, which have cooperated on power trade since 2015, opened the line on Monday."
    assert pairs(text) == {frozenset({"state/KEN", "state/UGA"})}
    # a clause telling what they do with a third is its own statement, read by the rules for it
    text = "Kenya and Uganda, which are building the plant with the contractor Webuild, opened the line on Monday."
    assert pairs(text) == set()


def test_states_forming_a_union_of_states_are_its_members_not_partners():
    assert pairs("Niger, Mali and Burkina Faso, which left ECOWAS in January, have formed their own confederation.") \
        == set()
    assert pairs("Niger and Mali have formed a joint venture to build the pipeline.") == \
        {frozenset({"state/NER", "state/MLI"})}


def test_a_partner_named_with_its_owner_and_trade_and_a_joint_venture_with():
    total, staatsolie = "organization/totalenergies", "organization/staatsolie"
    text = "TotalEnergies will develop the field in partnership with Suriname's state oil company Staatsolie."
    assert pairs(text) == {frozenset({total, staatsolie})}
    text = "The plant was built by PowerChina in a joint venture with Masdar."
    assert pairs(text) == {frozenset({"organization/powerchina", "organization/masdar"})}
    # a venture whose owner the clause does not name is no one's
    text = "Suriname signed the deal. Each partner holds its stake through a joint venture with Staatsolie."
    assert not any(staatsolie in p for p in pairs(text))


def test_who_chooses_a_builder_for_its_work_works_with_it():
    assert pairs("Kazakhstan has chosen Masdar and ACWA Power to develop two solar plants.") == {
        frozenset({"state/KAZ", "organization/masdar"}), frozenset({"state/KAZ", "organization/acwa-power"})}
    assert pairs("Kazakhstan may select Masdar to build a wind farm.") == set()


def test_negotiating_a_heading_and_an_outlet_told_are_no_events():
    assert _events("Fiji's government said it was in talks with Samoa on a geothermal survey.") == []
    assert [e.kind for e in facts("Samoa raised the plan in talks with Fiji in Suva in May 2025.").events] == ["Meeting"]
    assert _events('"The line is proof," the minister told Pacific Power Week.') == []
    assert _events("Next Summit\n\nThe leaders agreed to meet again in Suva.") == []


def test_the_home_state_of_two_firms_signing_is_no_party_unless_its_government_signs():
    from reading_helpers import agreements
    text = ('"Our cooperation with the United States in energy is growing," the prime minister said after the '
            'state developer signed an engineering agreement with Westinghouse and Bechtel in Warsaw.')
    assert [parties for _, parties in agreements(text)] == [{"organization/bechtel", "organization/westinghouse"}]
    text = ("The agreement was signed in Colombo on Monday by the Government of the United States, Bechtel and "
            "Westinghouse.")
    assert [parties for _, parties in agreements(text)] == [
        {"state/USA", "organization/bechtel", "organization/westinghouse"}]


def _places(text: str) -> dict[str, str | None]:
    return {e.label: e.country for e in facts(text).entities.values() if e.kind == "Place"}


def test_a_name_placed_in_a_state_or_typed_as_an_area_is_a_place():
    assert _places("The line runs from Windhoek to Mariental in central Namibia.") == \
        {"Windhoek": "NAM", "Mariental": "NAM"}
    assert _places("The cable will connect to Schleswig-Holstein in Germany.") == {"Schleswig-Holstein": "DEU"}
    assert "Katima" in _places("The line will pass through the Katima area, where the borders meet.")
    # a firm in a state is no place
    assert _places("The turbines come from Siemens Gamesa in Spain.") == {}


def _organizations(text: str) -> set[str]:
    return {e.label for e in facts(text).entities.values()
            if e.kind in ("Company", "Organization", "InternationalOrganization", "GovernmentBody")}


def test_a_member_s_standing_and_a_work_named_after_its_place_are_no_organizations():
    assert _organizations("Moldova is a Contracting Party to the Energy Community.") == {"Energy Community"}
    assert _organizations("Power flows from Kenya's Suswa substation to Tanzania.") == set()


def test_a_pact_on_troops_named_before_its_signers_is_no_energy_tie():
    text = ("Security has improved since the troops came, whose presence is covered by a status of forces agreement "
            "that Mozambique and Rwanda signed in August.")
    assert pairs(text) == set()


def test_a_name_whose_last_word_is_a_firm_s_is_no_person():
    from epkg.graph.extract import orgnames
    assert orgnames.kind_of("HIF Global") == "Company"
    assert _persons("Last month HIF Global signed a memorandum with the Port of Rotterdam Authority.") == set()
    assert _persons("Last month Camila Fuentes signed a memorandum with the Port of Rotterdam Authority.") == \
        {"Camila Fuentes"}


def test_a_romance_name_with_accented_capitals_and_two_link_words_is_read_whole():
    text = "The tariff was set by Société Tunisienne de l'Électricité et du Gaz (STEG) in May."
    assert _organizations(text) == {"Société Tunisienne de l'Électricité et du Gaz"}
    # the sentence's full stop after a name read from its trade words is no part of it
    assert _organizations("Électricité du Laos signed with Empresa Nacional de Electricidad.") == {
        "Électricité du Laos", "Empresa Nacional de Electricidad"}


def test_firms_named_after_the_trade_of_the_two_countries():
    text = "The utilities of the two countries, NamPower and RNT, signed a joint development agreement."
    assert _organizations(text) == {"NamPower", "RNT"}
