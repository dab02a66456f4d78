"""Wire datelines in their agencies' styles, capitals before the noun of what stands there, natural features
named by their head word, and where and when a signing told again took place (seventeenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

from epkg.graph.extract.header import find_dateline


def _places(text: str) -> set[str]:
    return {e.key for e in facts(text).entities.values() if e.kind == "Place"}


def test_an_abbreviated_month_without_a_full_stop_and_a_double_hyphen_end_a_dateline():
    # before: "Oct 16" (no full stop) and "--" were not read, so the city was no place and the agency a name
    d = find_dateline("KUALA LUMPUR, Oct 16 (Bernama) -- Malaysia and Singapore signed a memorandum.")
    assert (d.city, d.month, d.day, d.agency) == ("KUALA LUMPUR", 10, 16, "Bernama")
    f = facts("KUALA LUMPUR, Oct 16 (Bernama) -- Malaysia and Singapore signed a memorandum on power trade.")
    assert _places("KUALA LUMPUR, Oct 16 (Bernama) -- Malaysia and Singapore signed a memorandum.") \
        == {"place/kuala-lumpur"}
    assert f.publisher == "Bernama"


def test_a_city_in_ordinary_case_with_the_agency_after_its_date():
    d = find_dateline("New Delhi, Oct 3 (PTI) The seventh session of the Assembly opened on Monday.")
    assert (d.city, d.month, d.day, d.agency) == ("New Delhi", 10, 3, "PTI")
    assert find_dateline("Mar 3 things happened in the capital.") is None


def test_a_bare_city_before_a_double_hyphen_is_a_dateline_when_the_lists_hold_it():
    assert "place/tokyo" in _places("TOKYO -- JERA, Japan's largest power generator, has signed two agreements.")


def test_a_capital_before_the_noun_of_what_stands_there_is_the_city():
    # before: each was read as its state's government
    assert _places("He spoke in a statement from the group's Vienna headquarters.") == {"place/vienna"}
    assert _places("Analysts at a Tokyo brokerage said the deals would help.") == {"place/tokyo"}
    assert _places("A researcher at a Brussels think tank said so.") == {"place/brussels"}
    f = facts("Moscow and Tehran signed a gas agreement.")
    assert {e.key for e in f.entities.values()} == {"state/RUS", "state/IRN"}


def test_reservoirs_inlets_and_islands_are_places_by_their_head_word():
    text = ("Water from the Toktogul Reservoir feeds the plant. The terminal on Cook Inlet will ship gas. "
            "The plant on Bonny Island exports LNG.")
    assert _places(text) == {"place/toktogul-reservoir", "place/cook-inlet", "place/bonny-island"}


def test_a_place_naming_the_works_a_deal_is_for_is_not_where_it_was_signed():
    # before: the contract was signed "at Kozloduy", where the units will stand
    text = ("Bulgaria signed an engineering contract with Westinghouse for two new units at the Kozloduy nuclear "
            "power plant on Monday. The contract was signed in Sofia by Kozloduy NPP-New Build, the project company.")
    [a] = facts(text).agreements
    assert (a.kind, set(a.parties), a.date, a.place) == ("Contract", {"state/BGR", "organization/westinghouse"},
                                                         "2025-05-05", "place/sofia")


def test_a_plural_definite_mention_gives_its_day_and_place_to_the_instruments_just_read():
    # before: "The contracts were signed …" was taken for the ones already read and said nothing of them
    text = ("Nigeria LNG has signed the EPC contracts with SCD JV. The contracts were signed on Friday in Abuja "
            "and at the company's offices in Lagos.")
    [a] = facts(text).agreements
    assert (a.kind, set(a.parties), a.date, a.place) == (
        "Contract", {"organization/nigeria-lng", "organization/scd-jv"}, "2025-05-02", "place/abuja")


def test_a_ceremony_told_paragraphs_after_the_signing_is_where_it_was_signed():
    text = ("Bulgaria signed an engineering contract with Westinghouse on Monday. The contract was signed in Sofia "
            "by Kozloduy NPP-New Build, the project company. The units will use the AP1000 design. Each will have 1,100 MW. Construction "
            "should begin in 2026. \"This is the most important project in our history,\" the minister said at the "
            "ceremony.")
    [event] = facts(text).events
    assert (event.kind, event.place) == ("Event", "place/sofia")


def test_a_work_named_after_a_province_stands_in_its_state_when_the_report_names_it():
    # before: the proposed Alaska LNG went to the state the report names most (Japan)
    text = ("Japan's JERA signed agreements to buy LNG from the United States. Glenfarne is developing the "
            "Alaska LNG project, and Japan wants more of its gas.")
    assert [(p.label, p.hosts) for p in facts(text).projects] == [("Alaska LNG", ("state/USA",))]


def test_a_side_named_by_who_leads_it():
    # before: "a group of lenders led by …" was read as a side the text leaves unnamed
    text = ("ACWA Power and Hassan Allam Utilities signed loan agreements with a group of lenders led by the "
            "European Bank for Reconstruction and Development (EBRD) in Cairo.")
    [a] = facts(text).agreements
    assert set(a.parties) == {"organization/acwa-power", "organization/hassan-allam-utilities",
                              "organization/european-bank-for-reconstruction-and-development"}


def test_a_firm_named_by_its_trade_before_its_state_with_its_short_name_in_brackets():
    # before: only the state was read, and the short name became a firm of its own
    text = ("Hydrogen Oman (Hydrom), the state company, has awarded two blocks. Later, Hydrom and ACWA Power signed "
            "a memorandum of understanding.")
    f = facts(text)
    firm = f.entities["organization/hydrogen-oman"]
    assert (firm.label, firm.country, "Hydrom" in firm.alt_labels) == ("Hydrogen Oman", "OMN", True)
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("MemorandumOfUnderstanding", {"organization/hydrogen-oman", "organization/acwa-power"})]
    assert "organization/energy-fiji-limited" in facts("Energy Fiji Limited signed a memorandum with ACWA Power.").entities
    assert not any(k.startswith("organization/") for k in facts("In Oman (2024) prices rose.").entities)


def test_the_short_name_in_brackets_after_a_parent_in_an_aside_is_no_signer():
    # before: "(EDO)" after "a subsidiary of Energy Development Oman" was taken for the signer
    text = ("ACWA Power, a subsidiary of Energy Development Oman (EDO), also signed a memorandum of understanding "
            "with the Port of Rotterdam Authority.")
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/acwa-power", "organization/port-of-rotterdam-authority"}]


def test_a_large_city_before_a_minister_s_apposition_is_no_person_and_no_possessive_places_it():
    # before: "Rio de Janeiro, Argentina's economy minister" made the city a person, and "Argentina's" read as
    # the city's country left it out
    text = ("On the sidelines of the G20 summit in Rio de Janeiro, Argentina's economy minister Luis Caputo and "
            "Brazil's minister of mines and energy, Alexandre Silveira, signed a memorandum of understanding.")
    f = facts(text)
    assert {k for k, e in f.entities.items() if e.kind == "Person"} == {"person/luis-caputo",
                                                                         "person/alexandre-silveira"}
    assert f.entities["place/rio-de-janeiro"].country == "BRA"
    [a] = f.agreements
    assert (a.kind, set(a.parties), a.place) == ("MemorandumOfUnderstanding", {"state/ARG", "state/BRA"},
                                                 "place/rio-de-janeiro")


def test_a_named_refinery_is_an_oil_work_of_the_venture_that_owns_it():
    text = "The Petro Rabigh refinery in Saudi Arabia is a joint venture of Saudi Aramco and Sumitomo Chemical."
    [p] = facts(text).projects
    assert (p.label, p.technologies, p.hosts, set(p.participants)) == (
        "Petro Rabigh refinery", ("oil",), ("state/SAU",),
        {"organization/saudi-aramco", "organization/sumitomo-chemical"})


def test_a_visit_s_batch_of_documents_across_many_fields_is_no_set_of_energy_instruments():
    # before: ten agreements between the two states were recorded
    text = ("The two presidents witnessed the signing of ten agreements and memoranda on trade, investment, science "
            "and technology, agriculture and energy between South Africa and China.")
    assert facts(text).agreements == []
    text = "South Africa and China signed two agreements on power grids and nuclear energy."
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [
        ("Agreement", {"state/ZAF", "state/CHN"})] * 2


def test_each_item_of_a_list_after_signed_colon_is_an_instrument_with_the_side_it_names():
    text = ("Astana, May 6, 2025 – TotalEnergies has signed the agreements needed to develop a wind farm.\n\n"
            "Patrick Pouyanné, Chairman and CEO of TotalEnergies, signed:\n\n"
            "- an investment agreement with the Ministry of Energy of the Republic of Kazakhstan;\n"
            "- a grid connection agreement with KEGOC.\n\nThe plant will start in 2027.")
    items = [(set(a.parties), a.date, a.place) for a in facts(text).agreements if a.sentence >= 2]
    assert items == [({"organization/totalenergies", "organization/ministry-of-energy-of-kazakhstan"}, "2025-05",
                      "place/astana"),
                     ({"organization/totalenergies", "organization/kegoc"}, "2025-05", "place/astana")]


def test_plants_named_with_their_capacity_in_brackets_in_a_list():
    text = ("Hydropower has been the backbone of the relationship since India built the 336 MW Chukha station in "
            "Bhutan in the 1980s. It went on to finance Kurichhu (60 MW), Tala (1,020 MW) and Mangdechhu (720 MW).")
    named = [(p.label, p.technologies, p.capacity_mw, p.hosts) for p in facts(text).projects if p.label]
    # (the station named before the list keeps its name too, since the eighteenth session)
    assert named == [("Chukha station", ("hydro",), 336.0, ("state/BTN",)),
                     ("Kurichhu", ("hydro",), 60.0, ("state/BTN",)), ("Tala", ("hydro",), 1020.0, ("state/BTN",)),
                     ("Mangdechhu", ("hydro",), 720.0, ("state/BTN",))]
    # a firm's name with a figure is no plant
    assert [p.label for p in facts("Masdar (500 MW) and ACWA Power (700 MW) won solar tenders.").projects
            if p.label] == []


def test_a_gulf_state_is_no_province_typed_state():
    # before: "the Gulf state" was Papua New Guinea's Gulf Province
    assert _places("Ties deepened since the Italian leader's first visit to the Gulf state in March 2023.") == set()
    assert _places("Gas flows to Lagos State and Ogun State in Nigeria.") == {"place/lagos", "place/ogun"}


def test_signers_listed_with_what_the_first_is_between_commas():
    # before: ", Azerbaijan's state energy company," broke the list of signers and no memorandum was read
    text = ("The supplies follow a memorandum of understanding signed in Baku on July 12 by SOCAR, Azerbaijan's "
            "state energy company, and Syria's Ministry of Energy.")
    [a] = facts(text).agreements
    assert (a.kind, set(a.parties), a.date, a.place) == (
        "MemorandumOfUnderstanding", {"organization/socar", "organization/ministry-of-energy-of-syria"},
        "2024-07-12", "place/baku")


def test_a_firm_s_name_written_with_its_legal_form_is_one_of_its_names():
    # (kept by the pass that runs a firm's name on over its legal form)
    f = facts("The contract was signed by Kozloduy NPP-New Build EAD and Hyundai Engineering & Construction Co., Ltd.")
    firms = {e.label: e.alt_labels for e in f.entities.values() if e.kind == "Company"}
    assert firms == {"Kozloduy NPP-New Build": {"Kozloduy NPP-New Build EAD"},
                     "Hyundai Engineering & Construction": {"Hyundai Engineering & Construction Co., Ltd."}}


def test_an_exchange_of_letters_is_an_instrument_not_a_firm():
    text = "An Exchange of Letters on the donation of power equipment was signed in Pretoria. The Oslo Stock Exchange fell."
    assert {k for k, e in facts(text).entities.items() if e.kind == "Company"} == {"organization/oslo-stock-exchange"}


def test_features_named_together_before_one_plural_type_word():
    # before: "Santos" was read as the Australian firm and neither basin was a place
    text = "Most of Brazil's oil comes from pre-salt fields in the Santos and Campos basins operated by Petrobras."
    f = facts(text)
    assert {(e.label, e.country) for e in f.entities.values() if e.kind == "Place"} == {
        ("Santos Basin", "BRA"), ("Campos Basin", "BRA")}
    assert "organization/santos" not in f.entities


def test_a_release_s_dateline_after_its_issuer():
    d = find_dateline("PRESS RELEASE\n\nMinistry of Power, New Delhi, 15 November 2024\n\nThe minister said so.")
    assert (d.city, d.month, d.day, d.year) == ("New Delhi", 11, 15, 2024)
    assert _places("PRESS RELEASE\n\nMinistry of Power, New Delhi, 15 November 2024\n\nThe minister said so.") \
        == {"place/new-delhi"}
