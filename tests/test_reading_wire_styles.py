"""Agencies' own ways of heading a report (twenty-ninth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

import pytest
from reading_helpers import facts

from epkg.graph.extract.header import find_dateline


def _places(text: str) -> set[str]:
    return {e.key for e in facts(text).entities.values() if e.kind == "Place"}


@pytest.mark.parametrize("text, expected", [
    # a full stop after the city, the agency in brackets after the day
    ("MINSK. March 4 (Interfax) - Belenergo and a Chinese firm signed a contract.",
     ("MINSK", None, 3, 4, None, "Interfax")),
    # the month in capitals and the agency after a comma
    ("TBILISI, FEBRUARY 9, GEOPRESS. Georgia and Armenia signed a memorandum.",
     ("TBILISI", None, 2, 9, None, "GEOPRESS")),
    # a city in ordinary case, a full stop, the day first, the agency between full stops
    ("Ganja. 14 May. AZPA. A memorandum was signed between the two companies.",
     ("Ganja", None, 5, 14, None, "AZPA")),
    # a development bank's release: the country in capitals and the day in brackets
    ("HANOI, VIET NAM (3 October 2024) — The bank approved a loan for a wind farm.",
     ("HANOI", "VIET NAM", 10, 3, 2024, None)),
    # the agency after the year and a comma
    ("ALMATY, October 2, 2023, Steppe-News -- The grid operator signed a deal.",
     ("ALMATY", None, 10, 2, 2023, "Steppe-News")),
    # the agency between slashes
    ("Darkhan, March 8, 2024 /MONGOLPRESS/. The government signed an agreement.",
     ("Darkhan", None, 3, 8, 2024, "MONGOLPRESS")),
    # an ordinal day
    ("DOHA, 7th November, 2024 (QNA) -- Qatar signed an agreement.", ("DOHA", None, 11, 7, 2024, "QNA")),
    # the day after the dash, before a colon
    ("ALEXANDRIA – 12 March 2024: The two ministers met.", ("ALEXANDRIA", None, 3, 12, 2024, None)),
    # a city in ordinary case with its country before the day
    ("Ulsan, Korea, June 5, 2023 - The utility signed a contract.", ("Ulsan", "Korea", 6, 5, 2023, None)),
    # its country before a day that comes first
    ("Abu Dhabi, United Arab Emirates, 15 January 2022 – The agency launched a platform.",
     ("Abu Dhabi", "United Arab Emirates", 1, 15, 2022, None)),
])
def test_agency_datelines_are_read_with_their_day_and_agency(text, expected):
    # before: none of these was read as a dateline, so the city was no place and the agency's name a word of the story
    d = find_dateline(text)
    assert (d.city, d.region, d.month, d.day, d.year, d.agency) == expected


def test_a_double_hyphen_right_before_the_story_ends_the_dateline():
    assert _places("OSLO (ICIS)--The partners in the field agreed to sell gas to Egypt.") == {"place/oslo"}


def test_a_dateline_city_in_an_agency_style_is_a_place():
    assert _places("MINSK. March 4 (Interfax) - Belarus and China signed a contract.") == {"place/minsk"}
    assert _places("TBILISI, FEBRUARY 9, GEOPRESS. Georgia and Armenia signed a memorandum.") == {"place/tbilisi"}


def test_an_opening_sentence_is_not_a_dateline():
    assert find_dateline("Georgia. 14 May was the day the deal was signed.") is None
    assert find_dateline("Sales rose. 14 May saw a record.") is None


def test_a_plant_named_for_a_town_of_a_state_the_report_names_places_the_town():
    # before: "the X nuclear power plant" was only the plant's name, so the town was no place and the plant had none
    f = facts("China built the Karachi nuclear power plant in Pakistan.")
    assert {e.key for e in f.entities.values() if e.kind == "Place"} == {"place/karachi"}
    [p] = f.projects
    assert (p.technologies, p.hosts, p.locations) == (("nuclear",), ("state/PAK",), ("place/karachi",))


def test_a_work_named_for_a_town_of_a_state_the_report_does_not_name_is_only_a_name():
    f = facts("Woodside approved the Scarborough gas project off Western Australia.")
    assert "place/scarborough" not in {e.key for e in f.entities.values()}


def test_a_state_that_owns_a_firm_is_no_unit_named_state():
    # before: "the Abu Dhabi state investor" made a place "Abu Dhabi State"
    f = facts("Mubadala, the Abu Dhabi state investor, also put up money for the terminal in Texas.")
    places = {e.label for e in f.entities.values() if e.kind == "Place"}
    assert "Abu Dhabi State" not in places and "Abu Dhabi" in places
    # (a unit named state keeps its type word)
    assert "place/lagos" in {e.key for e in facts("The plant stands in Lagos State, Nigeria.").entities.values()}


def test_the_two_sides_are_the_state_and_the_union_listed_together_not_the_host_of_the_venue():
    # before: "the two sides" were the last two states named: Kazakhstan and Egypt, whose name only placed the
    # venue
    text = ("Kazakhstan and the European Union signed a memorandum of understanding on raw materials on 7 November "
            "in Sharm el-Sheikh, Egypt. The document was signed by the Kazakh prime minister. Relations between the "
            "two sides are governed by a partnership and cooperation agreement signed in Astana in December 2015.")
    f = facts(text)
    assert sorted((a.kind, tuple(sorted(a.parties)), a.date) for a in f.agreements) == [
        ("Agreement", ("organization/european-union", "state/KAZ"), "2015-12"),
        ("MemorandumOfUnderstanding", ("organization/european-union", "state/KAZ"), "2024-11-07")]


def _persons(text: str) -> dict[str, tuple]:
    return {e.label: tuple(sorted(e.alt_labels)) for e in facts(text).entities.values() if e.kind == "Person"}


def test_a_name_with_its_lineage_goes_by_the_given_and_the_father_s_name_too():
    assert _persons("Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received the delegation in Riyadh.") \
        == {"Mohammed bin Salman bin Abdulaziz Al Saud": ("Mohammed bin Salman",)}


def test_an_engineer_s_style_is_no_part_of_the_name_and_the_short_form_is_the_same_person():
    # before: "Eng Salim bin Nasser al Aufi" and "Eng Salim al Aufi" were two persons named with the style, and the
    # second took a title running over a full stop ("Minister of Energy and Minerals, in Oman. Speaking later")
    text = ("The event was held under the patronage of HE Eng Hamad bin Saif al Kindi, Minister of Energy and "
            "Minerals, in Oman. Speaking later, HE Eng Hamad al Kindi said the terminal would open in 2028.")
    f = facts(text)
    [p] = [e for e in f.entities.values() if e.kind == "Person"]
    assert (p.label, sorted(p.alt_labels)) == ("Hamad bin Saif al Kindi", ["Hamad al Kindi", "Hamad bin Saif"])
    assert "Speaking" not in (p.position or "")


def test_a_firm_s_unit_named_by_two_trade_words_joined_by_and_is_one_name():
    f = facts("Work began at the port on Thursday, as TotalEnergies and OQ Exploration and Production (OQEP) marked "
              "the start of the LNG plant in Oman.")
    firms = {e.label for e in f.entities.values() if e.kind == "Company"}
    assert firms == {"TotalEnergies", "OQ Exploration and Production"}


@pytest.mark.parametrize("text, level", [
    ("China and Russia agreed to deepen their comprehensive strategic partnership of coordination for a new era.",
     "comprehensive strategic partnership of coordination for a new era"),
    ("Russia and China are developing relations of comprehensive partnership and strategic interaction.",
     "comprehensive partnership and strategic interaction"),
    ("China and Belarus established an all-weather comprehensive strategic partnership for a new era in 2022.",
     "all-weather comprehensive strategic partnership for a new era"),
])
def test_levels_raised_for_a_new_era_and_the_russian_wording_are_levels_of_their_own(text, level):
    # before: "for a new era" was only another name of the level without it, and "comprehensive partnership and
    # strategic interaction" was read as a comprehensive partnership
    assert [p.level for p in facts(text).partnerships] == [level]


def _pairs(f) -> set[frozenset]:
    return {frozenset(c.actors) for c in f.cooperations}


def test_the_lenders_of_a_loan_sign_one_agreement_and_one_lender_s_borrowers_one_each():
    # before: "financing agreements with A, B and C" were one agreement with each lender
    f = facts("Statnett has signed financing agreements with the Nordic Investment Bank, Danske Bank and "
              "Barclays for the new cable.")
    assert [sorted(a.parties) for a in f.agreements] == [sorted(
        ["organization/statnett", "organization/nordic-investment-bank", "organization/danske-bank",
         "organization/barclays"])]
    f = facts("The Nordic Investment Bank signed loan agreements with Statnett and Fingrid.")
    assert sorted(sorted(a.parties) for a in f.agreements) == [
        ["organization/fingrid", "organization/nordic-investment-bank"],
        ["organization/nordic-investment-bank", "organization/statnett"]]


def test_holders_named_with_their_states_and_their_shares_hold_the_work_together():
    # before: only the last holder was paired with the first ("France's" and "China's" broke the list)
    f = facts("The 2 GW solar plant, owned by TAQA (40%) and by Masdar, France's EDF Renewables and China's "
              "JinkoPower (20% each), was inaugurated in November 2023.")
    assert _pairs(f) == {frozenset(p) for p in [
        ("organization/taqa", "organization/masdar"), ("organization/taqa", "organization/edf-renewables"),
        ("organization/taqa", "organization/jinkopower"), ("organization/masdar", "organization/edf-renewables"),
        ("organization/masdar", "organization/jinkopower"),
        ("organization/edf-renewables", "organization/jinkopower")]}


def test_the_subject_and_its_companions_set_off_with_together_with_sign_together():
    # before: only the companions signed ("The EBRD, together with A and B, signed …" lost the EBRD), and a
    # financing package was no instrument
    f = facts("The EBRD, together with the African Development Bank (AfDB) and British International Investment "
              "(BII), the UK's development finance institution, this week signed a senior debt financing package "
              "with Scatec in Cairo.")
    assert [(a.kind, sorted(a.parties), a.place) for a in f.agreements] == [(
        "Agreement", sorted(["organization/european-bank-for-reconstruction-and-development",
                             "organization/african-development-bank", "organization/british-international-investment",
                             "organization/scatec"]), "place/cairo")]
    assert facts("The government unveiled a stimulus package with new tax credits.").agreements == []


def test_co_chairs_named_with_their_offices_work_together():
    f = facts("The summit on clean cooking was co-chaired by the President of Kenya, William Ruto, the Prime "
              "Minister of Norway, Jonas Gahr Store, and IEA Executive Director Fatih Birol.")
    assert _pairs(f) == {frozenset(p) for p in [("state/KEN", "state/NOR"),
                                                 ("state/KEN", "organization/international-energy-agency"),
                                                 ("state/NOR", "organization/international-energy-agency")]}
    # (the leaders only: "co-led by A and B and comprises C and D")
    f = facts("The group is co-led by the European Union and the United Kingdom and comprises Japan and Canada.")
    assert frozenset({"state/JPN", "state/CAN"}) not in _pairs(f)


@pytest.mark.parametrize("text", [
    "QatarEnergy signed two agreements with PetroChina (PC), under which the Chinese company will buy LNG for 27 years.",
    "In 2022 QatarEnergy signed a 27-year agreement to supply 4 million tonnes per annum of LNG to PetroChina.",
])
def test_an_agreement_to_supply_or_buy_is_a_contract(text):
    # before: read as a mere agreement
    assert {a.kind for a in facts(text).agreements} == {"Contract"}


def test_an_agreement_to_cooperate_stays_an_agreement():
    assert {a.kind for a in facts("Kazakhstan and France signed an agreement to cooperate on nuclear power.").agreements} \
        == {"Agreement"}


def test_a_convention_in_a_body_s_name_is_no_instrument_and_the_body_no_signer():
    # before: "the … Framework Convention on Climate Change" made a treaty that the convention's body signed
    text = ("The Asian Development Bank and Perusahaan Listrik Negara (PLN) today signed a framework agreement in Dubai. "
            "The agreement, signed on the sidelines of the 28th Conference of the Parties to the United Nations "
            "Framework Convention on Climate Change (COP28), is the first of its kind.")
    f = facts(text)
    assert [(a.kind, sorted(a.parties)) for a in f.agreements] == [
        ("Agreement", ["organization/asian-development-bank", "organization/perusahaan-listrik-negara"])]
    assert _pairs(f) == {frozenset({"organization/asian-development-bank", "organization/perusahaan-listrik-negara"})}


def test_a_class_of_firms_placed_by_where_they_are_is_no_named_side():
    # before: "with producers outside the EU" made the EU the other side
    assert facts("Hintco signs long-term purchase agreements with producers outside the EU at the lowest price "
                 "offered.").agreements == []


def test_owners_listed_each_with_what_it_is_and_no_article_own_together():
    # before: "sovereign investor" between two names broke the list of owners
    f = facts("The deal hands Masdar – owned by state energy group TAQA, sovereign investor Mubadala and oil giant "
              "ADNOC – a foothold in European offshore wind.")
    assert _pairs(f) == {frozenset(p) for p in [("organization/taqa", "organization/mubadala"),
                                                 ("organization/taqa", "organization/adnoc"),
                                                 ("organization/mubadala", "organization/adnoc")]}


def test_a_firm_s_old_name_given_before_the_name_it_has_now_names_it():
    # before: "bring in Total" made a place "Total"
    f = facts("In December 2019, Apache agreed to bring in Total, as TotalEnergies was then known, as a partner in "
              "the block. Total will be represented on the board.")
    assert {(e.kind, e.label, tuple(sorted(e.alt_labels))) for e in f.entities.values() if e.label != "Apache"} \
        == {("Company", "TotalEnergies", ("Total",))}


def test_a_second_instrument_signed_alongside_the_first_has_the_same_signers():
    # before: "a second agreement signed alongside the SPA" named one side only and was dropped
    f = facts("QatarEnergy has signed a 27-year sale and purchase agreement (SPA) with China's Sinopec for 4m "
              "tonnes a year of LNG. Under a second agreement signed alongside the SPA, Sinopec will acquire a 5% "
              "stake in a joint venture that holds 25% of the project.")
    assert sorted((a.kind, tuple(sorted(a.parties))) for a in f.agreements) == [
        ("Agreement", ("organization/qatarenergy", "organization/sinopec")),
        ("Contract", ("organization/qatarenergy", "organization/sinopec"))]


def test_an_interconnection_point_of_a_pipeline_is_no_power_line():
    # before: "the … interconnection point" made a transmission project between the states the gas flowed to
    f = facts("The first volumes entered the Italian grid at the Melendugno interconnection point with Snam Rete Gas, "
              "while gas also flowed to Greece and Bulgaria through the Nea Mesimvria interconnection point.")
    assert (f.projects, f.cooperations) == ([], [])


def test_a_sea_named_with_the_demonym_of_the_state_whose_part_it_is_places_the_work():
    # before: "in the German Baltic Sea" gave the wind farm its host but no place
    [p] = facts("Masdar will take a 49% stake in the 476MW Baltic Eagle offshore wind farm in the German Baltic "
                "Sea.").projects
    assert (p.technologies, p.capacity_mw, p.hosts, p.locations) == (
        ("offshore wind",), 476.0, ("state/DEU",), ("place/baltic-sea",))


def test_a_programme_named_by_its_year_is_no_date():
    # before: "the Kingdom's Vision 2030" dated the talks to 2030
    from epkg.graph.extract.dates import find_dates
    assert [d.value for d in find_dates("in line with the Kingdom's Vision 2030 and the African Union's Agenda 2063, "
                                        "the plant will open in 2030", "2022-12-08")] == ["2030"]
    f = facts("Crown Prince Mohammed bin Salman held official talks with President Xi Jinping in Riyadh, in line with "
              "the Kingdom's Vision 2030.")
    assert all(e.date != "2030" for e in f.events)
