"""Firms no list holds, named once with their trade and again bare, and the people who sign for them
(thirteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

VERANO = "organization/veranogas"
SUR = "organization/transportadora-del-litoral"


def _agreements(text: str) -> list[tuple]:
    return [(a.kind, set(a.parties)) for a in facts(text).agreements]


def test_a_firm_found_by_its_trade_is_the_same_firm_where_it_stands_bare():
    text = ("CURITIBA — Paraná's state gas distributor Veranogas has signed its first long-term supply contract. "
            "The contract was signed in Asunción on Tuesday by Veranogas president Ana Ribeiro and Luis Cortez, "
            "chief executive of Transportadora del Litoral.")
    f = facts(text)
    people = {e.label: e.represents for e in f.entities.values() if e.kind == "Person"}
    assert people == {"Ana Ribeiro": VERANO, "Luis Cortez": SUR}
    assert _agreements(text) == [("Contract", {VERANO, SUR})]


def test_a_firm_opening_a_sentence_with_its_trade_in_apposition_is_a_firm():
    text = ("Veranogas, a gas distributor, has signed a long-term supply contract. The contract was signed by Veranogas "
            "president Ana Ribeiro and Luis Cortez, chief executive of Transportadora del Litoral.")
    assert _agreements(text) == [("Contract", {VERANO, SUR})]


def test_a_president_after_a_name_in_no_list_is_no_head_of_state():
    # before: "president" read as the head of the dateline's state, which then signed the contract
    text = ("CURITIBA — The contract was signed by Quellmar president Ana Ribeiro and Luis Cortez, chief "
            "executive of Transportadora del Litoral.")
    assert all("state/BRA" not in a.parties for a in facts(text).agreements)
    # a head of state named by title alone still speaks for the dateline's state
    text = ("BRASILIA — The declaration was signed by President Luiz Inácio Lula da Silva and Luis Cortez, chief "
            "executive of Transportadora del Litoral.")
    assert _agreements(text) == [("Declaration", {"state/BRA", SUR})]


def test_a_group_chief_executive_is_a_title():
    text = ("The agreement was signed by Karamoja Petroleum Ltd group chief executive Daniel Okello and Amina "
            "Haddad, director general of the Office National de l'Énergie Saharienne.")
    f = facts(text)
    people = {e.label: e.represents for e in f.entities.values() if e.kind == "Person"}
    assert people["Daniel Okello"] == "organization/karamoja-petroleum"
    assert _agreements(text) == [("Agreement", {"organization/karamoja-petroleum",
                                                "organization/office-national-de-l-energie-saharienne"})]


def test_an_acronym_before_its_expansion_in_brackets_is_one_body():
    text = ("The line is developed by the grid operators Terna and SNES (Société Nationale de l'Énergie "
            "Saharienne). In 2024 Terna and SNES signed the cable contract with Prysmian.")
    f = facts(text)
    bodies = {e.key: e for e in f.entities.values() if e.kind == "Company"}
    full = "organization/societe-nationale-de-l-energie-saharienne"
    assert full in bodies and "organization/snes" not in bodies
    assert "SNES" in bodies[full].alt_labels
    assert _agreements(text) == [("Contract", {"organization/terna", full, "organization/prysmian"})]


def _pairs(text: str) -> set[frozenset]:
    return {frozenset(c.actors) for c in facts(text).cooperations}


QE, TTE, XOM = "organization/qatarenergy", "organization/totalenergies", "organization/exxonmobil"


def test_the_partners_a_firm_owns_work_with_it_and_with_each_other():
    text = "QatarEnergy holds 75% of the project; its international partners include TotalEnergies and ExxonMobil."
    assert _pairs(text) == {frozenset({QE, TTE}), frozenset({QE, XOM}), frozenset({TTE, XOM})}
    text = "QatarEnergy's partners – TotalEnergies and ExxonMobil – hold the rest of the project."
    assert _pairs(text) == {frozenset({QE, TTE}), frozenset({QE, XOM}), frozenset({TTE, XOM})}
    # partners sought are none yet
    text = "QatarEnergy holds 75% of the project; its potential partners include TotalEnergies and ExxonMobil."
    assert _pairs(text) == set()


def test_it_in_a_clause_after_the_firm_works_with_the_firms_named():
    text = ("For TotalEnergies the deal adds to Venus, its discovery in the neighbouring block, where it works with "
            "QatarEnergy and ExxonMobil.")
    assert _pairs(text) == {frozenset({TTE, QE}), frozenset({TTE, XOM})}
    # plain "work with" needs its worker named: an unnamed secretariat is no state's
    text = ("Tonga hosted the meeting. The leaders asked the Secretariat to work with the Pacific Community on a "
            "fuel plan.")
    assert _pairs(text) == set()


def test_the_two_yards_are_the_two_firms_named_before():
    text = ("The vessel will be built by South Korea's Samsung Heavy Industries and France's Technip Energies. "
            "Eni signed the construction contract with the two yards on Thursday.")
    assert _agreements(text) == [("Contract", {"organization/eni", "organization/samsung-heavy-industries",
                                              "organization/technip-energies"})]


def test_an_agreement_signed_somewhere_between_firms_is_theirs_not_their_states():
    text = ("A tripartite power sales agreement was signed today in Kathmandu between the Nepal Electricity "
            "Authority (NEA), NTPC Vidyut Vyapar Nigam Limited (NVVN) of India and the Bangladesh Power "
            "Development Board (BPDB) for the export of 40 MW of electricity from Nepal to Bangladesh.")
    assert _agreements(text) == [("Contract", {"organization/nepal-electricity-authority",
                                              "organization/ntpc-vidyut-vyapar-nigam",
                                              "organization/bangladesh-power-development-board"})]


def test_a_state_describing_the_firm_before_it_is_no_party():
    text = ("The contract went to a consortium of Lilama and GE Vernova, the US turbine maker, in 2024.")
    assert _pairs(text) == {frozenset({"organization/lilama", "organization/ge-vernova"})}
    text = ("The trade rests on a power purchase agreement between Keppel Electric, the Singapore retailer, and "
            "Électricité du Laos, the Lao state utility.")
    assert _agreements(text) == [("Contract", {"organization/keppel-electric", "organization/electricite-du-laos"})]


def test_the_acronym_of_a_parent_in_an_aside_describes_too():
    # before: KEPCO's acronym stood free and signed with its own subsidiary
    text = ("The contract was signed in Warsaw by Polskie Elektrownie Jądrowe, the project company owned by the "
            "state treasury, and by KHNP, a subsidiary of Korea Electric Power Corp (KEPCO).")
    assert all("organization/korea-electric-power" not in a.parties for a in facts(text).agreements)
    assert all("organization/korea-electric-power" not in c.actors for c in facts(text).cooperations)


def _projects(text: str) -> list[tuple]:
    return [(p.technologies, p.capacity_mw) for p in facts(text).projects]


def test_a_firm_s_name_names_no_technology_of_a_project():
    # "PV" of "PV Power" is no solar plant
    text = "PV Power signed a power purchase agreement with EVN for the 1,500 MW Long Son plant in Vietnam."
    assert _projects(text) == [((), 1500.0)]
    text = "PV Power will build the 1,500 MW Long Son combined-cycle plant in Vietnam."
    assert _projects(text) == [(("natural gas",), 1500.0)]


def test_a_country_in_brackets_before_the_legal_form_is_part_of_the_firm_s_name():
    text = ("On 20 November, in Port Moresby, Tasman Gas (PNG) Ltd and Kumul Petroleum Holdings Limited, the "
            "national oil company of Papua New Guinea, signed an MoU.")
    assert _agreements(text) == [("MemorandumOfUnderstanding", {"organization/tasman-gas-png",
                                                               "organization/kumul-petroleum-holdings"})]
    # a word of the firm's own in brackets is no country
    text = "The line was developed by the Alxa Power Supply Company of Inner Mongolia Power (Group) Co., Ltd."
    labels = {e.label for e in facts(text).entities.values() if e.kind == "Company"}
    assert not any("(Group)" in label and "Alxa" in label for label in labels)


ACTIS, MGEN = "organization/actis", "organization/meralco-powergen-corporation"
TSPI, NGCP = "organization/terra-solar-philippines", "organization/national-grid-corporation-of-the-philippines"


def test_who_signs_in_an_adverbial_after_the_main_clause_is_its_subject():
    text = ("UK-based investor Actis will acquire up to 40% of Terra Solar Philippines Inc. (TSPI), the developer "
            "of the solar project, after signing a share purchase agreement with Meralco PowerGen Corporation.")
    assert _agreements(text) == [("Contract", {ACTIS, MGEN})]


def test_the_developer_is_the_firm_the_story_called_the_developer():
    text = ("Actis will buy a stake in Terra Solar Philippines Inc. (TSPI), the developer of the solar project, "
            "from Meralco PowerGen Corporation. The National Grid Corporation of the Philippines has signed a "
            "connection agreement with the developer.")
    assert ("Agreement", {NGCP, TSPI}) in _agreements(text)


def test_a_regulator_approving_an_agreement_is_no_party():
    text = ("The National Grid Corporation of the Philippines has signed a connection agreement with TSPI, and TSPI "
            "will sell 850 MW to Manila Electric Company under a 20-year power supply agreement approved by the "
            "Energy Regulatory Commission in August.")
    assert all("organization/energy-regulatory-commission" not in a.parties for a in facts(text).agreements)
    # nor when its acronym follows in brackets
    text = text.replace("Energy Regulatory Commission", "Energy Regulatory Commission (ERC)")
    assert all("organization/energy-regulatory-commission" not in a.parties for a in facts(text).agreements)


def test_a_year_a_deal_is_measured_from_is_not_its_date():
    text = ("QatarEnergy signed a 15-year LNG supply contract with BOTAŞ on Monday, the first such contract for "
            "the Turkish market since 2023.")
    assert [a.date for a in facts(text).agreements] == ["2025-05-05"]
    # "since 2017, when …" dates what follows it
    text = ("The link had been in preparation since 2017, when Ukrenergo signed an agreement with Moldelectrica "
            "on the conditions for a future interconnection.")
    assert [a.date for a in facts(text).agreements] == ["2017"]



def _bodies(text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.label) for e in facts(text).entities.values()
            if e.kind in ("Company", "GovernmentBody", "InternationalOrganization")}


def test_names_of_bodies_told_whole():
    text = ("The contract was also signed by the National Agency for the Valorisation of Hydrocarbon Resources, "
            "the regulator.")
    assert _bodies(text) == {("GovernmentBody", "National Agency for the Valorisation of Hydrocarbon Resources")}
    text = "The deal still needs approval from Namibia's Ministry of Industries, Mines and Energy."
    assert _bodies(text) == {("GovernmentBody", "Ministry of Industries, Mines and Energy of Namibia")}
    # a trade noun before a name: "vessel owner Cadeler" is a firm
    text = "They signed an installation contract with Danish vessel owner Cadeler in May."
    assert _bodies(text) == {("Company", "Cadeler")}


def test_one_side_and_a_counted_other_side_make_one_agreement_with_each():
    text = ("Loan agreements worth a combined $125 million were signed in Yerevan on 5 March between Ayg-1 Solar "
            "CJSC, the developer's local project company, and two multilateral lenders: the European Bank for "
            "Reconstruction and Development and the Asian Development Bank.")
    ayg = "organization/ayg-1-solar"
    assert sorted(_agreements(text)) == sorted([
        ("Agreement", {ayg, "organization/european-bank-for-reconstruction-and-development"}),
        ("Agreement", {ayg, "organization/asian-development-bank"})])


EGAT, TNB = "organization/electricity-generating-authority-of-thailand", "organization/tenaga-nasional"


def test_each_signing_with_a_third_makes_one_agreement_each_and_no_tie_between_them():
    text = ("The Electricity Generating Authority of Thailand and Malaysia's Tenaga Nasional Berhad each signed a "
            "wheeling agreement with Électricité du Laos to carry the power.")
    edl = "organization/electricite-du-laos"
    assert sorted(_agreements(text)) == sorted([("Agreement", {EGAT, edl}), ("Agreement", {TNB, edl})])
    assert frozenset({EGAT, TNB}) not in _pairs(text)


def test_a_party_that_also_signed_joins_the_instrument_just_told():
    text = ("ALGIERS – Sonatrach and Eni signed on Wednesday in Algiers a production sharing contract for the "
            "Berkine area. The contract, which was also signed by the National Agency for the Valorisation of "
            "Hydrocarbon Resources (ALNAFT), provides for an investment of $1.35 billion.")
    agency = "organization/national-agency-for-the-valorisation-of-hydrocarbon-resources"
    assert _agreements(text) == [("Contract", {"organization/sonatrach", "organization/eni", agency})]


def test_in_an_interview_we_is_the_firm_whose_executive_answers():
    text = ("Kestrel Renewables has grown into one of India's fastest-expanding power producers. We spoke to its "
            "chief executive, Priya Raman, in Mumbai.\n\n"
            "Q: Where does your biggest project stand?\n\n"
            "A: It is fully contracted. We signed a 25-year power purchase agreement with NTPC in February.\n\n"
            "Q: What about the panels?\n\n"
            "A: Modules come from Waaree Energies.")
    kestrel = "organization/kestrel-renewables"
    assert _agreements(text) == [("Contract", {kestrel, "organization/ntpc"})]
    # outside an interview "we" names no one
    text = "We signed a 25-year power purchase agreement with NTPC in February, the company said."
    assert _agreements(text) == []


def test_a_word_read_as_a_people_before_a_firm_s_head_word_names_a_firm():
    text = "Deccan Renewables has grown into one of India's fastest-expanding independent power producers."
    assert ("Company", "Deccan Renewables") in _bodies(text)
    # a state's demonym before a head word is no firm of that name
    text = "The Chinese Energy Minister visited the plant."
    assert not any(label.startswith("Chinese") for _, label in _bodies(text))


def test_a_contract_awarded_to_it_goes_to_the_firm_just_named():
    text = ("China Gezhouba Group is the construction contractor; Masdar awarded it the EPC contract last year.")
    assert _agreements(text) == [("Contract", {"organization/masdar", "organization/china-gezhouba-group"})]


def test_it_holding_part_of_a_venture_with_a_firm_works_with_it():
    text = ("Atlantic Energy Producing Ltd is the new name of the upstream unit. It holds a 40% interest in a "
            "joint venture with NNPC Limited, which holds the remaining 60%.")
    assert _pairs(text) == {frozenset({"organization/atlantic-energy-producing",
                                       "organization/nigerian-national-petroleum-company-limited"})}
    # a state named first in the sentence before is not what "it" holds a venture for
    text = ("Nigeria is Africa's largest producer. It holds a 40% interest in a joint venture with NNPC Limited.")
    assert _pairs(text) == set()


GLOBELEQ, KPLC = "organization/globeleq", "organization/kenya-power-and-lighting-company"


def test_only_who_builds_a_work_together_works_together():
    # guests at an opening, and the buyers of a plant's power, are named with the work but build nothing together
    text = "Kenya Power and Globeleq attended the opening of the 100 MW Garissa solar plant in Kenya."
    assert _pairs(text) == set()
    text = "The 100 MW Garissa solar plant in Kenya, owned by Globeleq, supplies Kenya Power and KenGen."
    assert _pairs(text) == set()
    # nor do its developer and the contractor that builds it for the developer (a contractor takes part in the work)
    text = "The 100 MW Garissa solar plant in Kenya is developed by Globeleq and built by PowerChina."
    assert _pairs(text) == set()
    # its co-developers do
    text = "The 100 MW Garissa solar plant in Kenya is developed by Globeleq and PowerChina."
    assert _pairs(text) == {frozenset({GLOBELEQ, "organization/powerchina"})}
