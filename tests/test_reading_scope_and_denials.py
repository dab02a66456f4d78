"""Scope and denials (eleventh session): a subject that names no one, a firm its state owns or backs, a
list closed by its conjunction, and an opening phrase that compares.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, memberships, pairs

KEN, UGA, ZMB = "state/KEN", "state/UGA", "state/ZMB"
GLOBELEQ = "organization/globeleq"


def test_a_subject_that_names_no_one_denies_the_signing():
    for subject in ("none has", "none of them has", "neither of the firms", "none of the three bidders has",
                    "nobody has", "no one has"):
        text = (f"The regulator granted approvals to three companies, Globeleq, Scatec and Masdar. The approvals "
                f"allow the companies to proceed with detailed studies; {subject} signed a supply or purchase "
                f"contract.")
        assert agreements(text) == [], subject
    # the same sentence with a subject that names the signers states a contract
    text = ("The regulator granted approvals to three companies, Globeleq, Scatec and Masdar. The approvals "
            "allow the companies to proceed with detailed studies; Globeleq has signed a supply contract with Zambia.")
    assert agreements(text) == [("Contract", {GLOBELEQ, ZMB})]


def test_a_firm_its_state_owns_or_backs_is_the_party_not_the_state():
    for owner in ("the British-owned developer", "the British developer", "the UK-backed developer"):
        text = f"Kenya and Uganda signed a framework agreement with {owner} Globeleq on Monday."
        assert agreements(text) == [("Agreement", {KEN, UGA, GLOBELEQ})], owner
    # bodies listed between dashes, then the other side with its owner
    text = ("Last week two Kenyan state bodies — the Kenya Electricity Generating Company (KenGen) and the Kenya "
            "Power and Lighting Company (KPLC) — signed a framework agreement with the British-owned developer "
            "Globeleq.")
    assert agreements(text) == [("Agreement", {"organization/kengen",
                                               "organization/kenya-power-and-lighting-company", GLOBELEQ})]


def test_a_list_closed_by_its_conjunction_is_not_continued_by_comma_and():
    text = ("The civil works were carried out by a joint venture of the Chinese companies Sinohydro and "
            "China Gezhouba Group, and Austria's Andritz Hydro supplied and installed the turbines.")
    assert pairs(text) == {frozenset({"organization/sinohydro", "organization/china-gezhouba-group"})}
    # a serial list with its comma before the conjunction is still one list
    text = "The plant was built by a joint venture of Sinohydro, China Gezhouba Group, and Andritz Hydro."
    assert pairs(text) == {frozenset(p) for p in (
        ("organization/sinohydro", "organization/china-gezhouba-group"),
        ("organization/sinohydro", "organization/andritz-hydro"),
        ("organization/china-gezhouba-group", "organization/andritz-hydro"))}


def test_ties_named_in_an_opening_comparison_are_not_the_sentence_s():
    text = ("Senegal signed its energy transition plan in Dakar. Unlike the earlier partnerships with South Africa, "
            "Indonesia and Vietnam, the Senegalese arrangement does not close coal plants.")
    assert not any({"state/ZAF", "state/IDN", "state/VNM"} & p for p in pairs(text))
    # the same tie stated outright is read
    text = ("Senegal signed its energy transition plan in Dakar. The partnership with South Africa covers "
            "grid investment.")
    assert frozenset({"state/SEN", "state/ZAF"}) in pairs(text)


def test_a_loan_signed_with_lenders_is_their_agreement():
    text = ("Kenya Power signed a $400 million syndicated loan with Citi, Standard Bank and Absa in Nairobi "
            "on Tuesday.")
    assert agreements(text) == [("Agreement", {"organization/kenya-power-and-lighting-company", "organization/citi",
                                               "organization/standard-bank", "organization/absa"})]
    # a loan only named, not signed, is no agreement
    assert agreements("The loan from Citi, Standard Bank and Absa will fund the line.") == []


def test_a_name_given_alone_between_two_known_firms_is_a_firm_too():
    text = "The company signed a loan with Citi, JPMorgan, Itaú, Santander and Deutsche Bank on Monday."
    # (Santander is the reference list's "Banco Santander" since the twenty-first session)
    f = facts(text)
    assert (f.entities["organization/itau"].kind, f.entities["organization/itau"].label) == ("Company", "Itaú")
    # the lenders sign one loan together (its borrower, "the company", is no one the reader found: no agreement
    # is read without it, tests/test_reading_signers.py)
    assert {frozenset(c.actors) for c in f.cooperations} >= {frozenset(("organization/itau", "organization/citi")),
                                                            frozenset(("organization/itau", "organization/banco-santander"))}
    # at the end of the list it has one known neighbour only: not read
    assert "organization/itau" not in facts("The company signed a loan with Citi, JPMorgan and Itaú.").entities


def test_the_owners_of_a_venture_described_in_an_apposition_are_not_its_partners():
    text = ("Desert Hydrogen Company (DHC), a joint venture owned in equal shares by ACWA Power, Air Products and "
            "Masdar, said on Monday that it had reached financial close on its green hydrogen plant in Saudi "
            "Arabia. The three partners first agreed on the project in 2020.")
    f = facts(text)
    venture = "organization/desert-hydrogen-company"
    assert [p.participants for p in f.projects] == [(venture,)]
    assert not any(venture in c.actors for c in f.cooperations)


def test_the_ceremony_told_paragraphs_later_is_the_signing_told_before():
    text = ("LUSAKA, May 6 — The Government of Zambia on Tuesday signed financing agreements with the World "
            "Bank for the Zambian section of the power interconnector.\n\nThe line will run about 620 km. It will "
            "link two power pools. Construction starts next year.\n\nThe ceremony was attended by Zambia's Energy "
            "Minister Peter Kapala and the French ambassador to Zambia.")
    f = facts(text)  # published 2025-05-06, a Tuesday
    [event] = f.events
    assert (event.kind, event.date, event.place) == ("Event", "2025-05-06", "place/lusaka")
    # two signings on different days told before: which one the ceremony is, the text does not say, so it is not
    # placed; and a ceremony of no name and no place is not kept
    f = facts(text.replace("Construction starts next year.", "Zambia signed a loan with Japan in Tokyo on 2 April 2024."))
    assert f.events == []


def test_a_unit_after_a_number_is_no_part_of_the_name_after_it():
    for unit in ("MW", "GW", "kV"):
        f = facts(f"Construction of the 15 {unit} Tina River hydropower project on Guadalcanal began in 2019.")
        assert "place/tina-river" in f.entities and f.entities["place/tina-river"].label == "Tina River", unit
        assert not any(k.startswith(f"place/{unit.lower()}") for k in f.entities), unit


def test_an_economic_zone_named_after_a_place_is_a_place_of_its_own():
    f = facts("Globeleq signed a framework agreement for a green hydrogen plant in the Suez Canal Economic Zone.")
    zone = f.entities["place/suez-canal-economic-zone"]
    assert (zone.kind, zone.label, zone.country) == ("Place", "Suez Canal Economic Zone", "EGY")
    assert "place/suez-canal" not in f.entities
    f = facts("The refinery will be built in the Duqm Special Economic Zone in Oman.")
    assert f.entities["place/duqm-special-economic-zone"].country == "OMN"
    # inside an organization's name the zone stays part of that name
    f = facts("The General Authority for the Suez Canal Economic Zone (SCZone) signed the memorandum with Egypt.")
    assert not any(k.startswith("place/") for k in f.entities)


def test_a_name_after_where_a_firm_is_based_is_a_firm():
    text = ("The Government of Guyana on Thursday signed a contract with a consortium of US-based Lindsayca and "
            "Mexico's CH4 Systems to build a 300 MW power plant.")
    f = facts(text)
    assert (f.entities["organization/lindsayca"].kind, f.entities["organization/lindsayca"].label) == \
        ("Company", "Lindsayca")
    assert agreements(text) == [("Contract", {"state/GUY", "organization/lindsayca", "organization/ch4-systems"})]
    # a trade in lower case after the seat: the name after the trade is read, not the trade
    assert "organization/think-tank-ember" not in facts("The London-based think tank Ember said prices fell.").entities


def test_members_in_a_relative_clause_belong_to_the_body_which_stands_for():
    text = ("The line will close the gap between the Southern African Power Pool (SAPP), of which both Tanzania "
            "and Zambia are members, and the Eastern Africa Power Pool (EAPP), to which Tanzania also belongs.")
    sapp, eapp = "organization/southern-african-power-pool", "organization/eastern-africa-power-pool"
    assert memberships(text) == {("state/TZA", sapp, "member"), ("state/ZMB", sapp, "member"),
                                 ("state/TZA", eapp, "member")}


def test_a_body_of_a_basin_is_an_international_organization_of_the_states_it_groups():
    text = "The Niger Basin Authority, which groups Niger, Mali and Benin, approved the dam."
    f = facts(text)
    body = f.entities["organization/niger-basin-authority"]
    assert (body.kind, body.country) == ("InternationalOrganization", None)
    assert memberships(text) == {(f"state/{c}", body.key, "member") for c in ("NER", "MLI", "BEN")}
    assert facts("The Lake Chad Basin Commission met.").entities[
        "organization/lake-chad-basin-commission"].kind == "InternationalOrganization"
    # a river's authority is often one state's: left as the reading of its head gives it
    assert facts("The Kestra River Authority met.").entities["organization/kestra-river-authority"].kind != \
        "InternationalOrganization"


def test_a_basin_body_known_by_its_acronym_groups_its_members():
    text = "The OMVG, which groups Gambia, Guinea, Guinea-Bissau and Senegal, built the line."
    omvg = "organization/gambia-river-basin-development-organization"
    assert facts(text).entities[omvg].kind == "InternationalOrganization"
    assert memberships(text) == {(f"state/{c}", omvg, "member") for c in ("GMB", "GIN", "GNB", "SEN")}


def test_an_unknown_acronym_that_groups_states_is_an_international_organization():
    text = "The KPPC, which groups Gabon, Cameroon and Chad, met in Libreville. The KPPC will meet again in May."
    f = facts(text)
    assert (f.entities["organization/kppc"].kind, f.entities["organization/kppc"].label) == \
        ("InternationalOrganization", "KPPC")
    assert memberships(text) == {(f"state/{c}", "organization/kppc", "member") for c in ("GAB", "CMR", "TCD")}
    # what it groups must be states, named right after the verb
    assert "organization/kppc" not in facts("KPPC groups 12 producers, among them Gabon and Chad.").entities


def test_a_body_s_acronym_owned_by_a_state_or_going_on_as_a_firm_s_name_is_a_firm():
    text = ("The line is owned by Transelec, ISA Inversiones Chile, a subsidiary of Colombia's ISA, and China "
            "Southern Power Grid International.")
    f = facts(text)
    assert "organization/international-solar-alliance" not in f.entities
    assert f.entities["organization/isa-inversiones-chile"].kind == "Company"
    assert (f.entities["organization/transelec"].kind, f.entities["organization/transelec"].label) == \
        ("Company", "Transelec")
    f = facts("The firm is a subsidiary of Colombia's ISA.")
    assert [(e.kind, e.label, e.country) for e in f.entities.values() if e.kind != "State"] == [("Company", "ISA", "COL")]
    # the body itself, and a state's turn at its head, stay the body
    f = facts("India joined the International Solar Alliance (ISA) in 2016. India's ISA presidency ended in 2024.")
    assert [e.kind for e in f.entities.values() if e.kind != "State"] == ["InternationalOrganization"]


def test_a_firm_named_in_generic_words_takes_the_state_after_it_into_its_name():
    for text, key, label, iso in (
            ("The Electricity Company of Ghana signed a deal with Scatec.", "organization/electricity-company-of-ghana",
             "Electricity Company of Ghana", "GHA"),
            ("Barqi Tojik and the National Electric Grid of Kyrgyzstan signed power purchase agreements with "
             "Pakistan's National Transmission and Despatch Company.", "organization/national-electric-grid-of-kyrgyzstan",
             "National Electric Grid of Kyrgyzstan", "KGZ")):
        f = facts(text)
        assert (f.entities[key].kind, f.entities[key].label, f.entities[key].country) == ("Company", label, iso)
        assert f"state/{iso}" in f.entities  # the state is still named
    # a name of its own keeps "of" out of it
    f = facts("Scatec of Norway signed a deal with Ghana.")
    assert "organization/scatec" in f.entities and not any("of-norway" in k for k in f.entities)


def test_a_portfolio_that_goes_on_after_a_comma_is_no_person_and_the_name_after_it_is():
    f = facts("Nepal's Minister for Energy, Water Resources and Irrigation, Deepak Khadka, witnessed the signing.")
    persons = [(e.label, e.represents) for e in f.entities.values() if e.kind == "Person"]
    assert persons == [("Deepak Khadka", "state/NPL")]


def test_two_owners_of_a_venture_stay_two_when_the_first_is_described():
    text = "Hyphen is a joint venture of the German renewable energy developer Enertrag and Nicholas Holdings."
    f = facts(text)
    assert {e.label for e in f.entities.values() if e.kind == "Company"} == {"Enertrag", "Nicholas Holdings"}
    assert pairs(text) == {frozenset({"organization/enertrag", "organization/nicholas-holdings"})}


def test_the_signing_told_as_an_event_dates_and_places_the_signings_before_it():
    text = ("TUNIS, May 6 — Terna and STEG have signed the main construction contracts for the interconnector.\n\n"
            "Terna and STEG jointly signed a contract with Prysmian for the cable, with a converter station at "
            "Partanna in Sicily. The signing took place in Tunis on Tuesday in the presence of the minister.")
    f = facts(text)  # published 2025-05-06, a Tuesday
    contract = next(a for a in f.agreements if "organization/prysmian" in a.parties)
    assert (contract.date, contract.place) == ("2025-05-06", "place/tunis")
    [event] = f.events
    assert (event.kind, event.date, event.place) == ("Event", "2025-05-06", "place/tunis")
    assert {"organization/terna", "organization/prysmian"} <= set(event.participants)


def test_states_sign_through_the_office_holders_listed_after_by():
    text = ("The memorandum was signed by Azerbaijan's energy minister, Georgia's economy minister and Turkey's "
            "energy minister in Baku.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/AZE", "state/GEO", "state/TUR"})]
    assert agreements("The deal was signed by Kenya's energy minister and Uganda's ambassador to Kenya.") == \
        [("Agreement", {"state/KEN", "state/UGA"})]
    # one office holder names one side only: no agreement of two is read
    assert agreements("The memorandum was signed by Kenya's energy minister.") == []


def test_an_instrument_turned_down_or_left_is_no_agreement():
    for verb in ("turned down", "rejected", "walked away from", "pulled out of", "scrapped"):
        text = f"Ghana {verb} a deal with Russia's Rosatom for a nuclear plant."
        assert agreements(text) == [], verb
        assert pairs(text) == set(), verb
    assert agreements("Ghana signed a deal with Russia's Rosatom for a nuclear plant.") == \
        [("Agreement", {"state/GHA", "organization/rosatom"})]


def test_a_line_between_two_states_not_yet_agreed_ties_neither():
    assert pairs("Kenya and Uganda have yet to sign the pipeline agreement.") == set()
    assert pairs("The Kenya-Uganda pipeline will carry crude.") == {frozenset({"state/KEN", "state/UGA"})}


def test_a_name_in_an_opening_comparison_does_not_sign():
    for opener in ("Unlike Kenya", "Like Kenya", "Compared with Kenya", "Apart from Kenya"):
        text = f"{opener}, Ethiopia has signed a power deal with Djibouti."
        assert agreements(text) == [("Agreement", {"state/ETH", "state/DJI"})], opener


def test_the_owners_of_a_work_take_part_in_it():
    f = facts("The 500 MW wind farm in Uzbekistan is owned by Masdar and TAQA.")
    [project] = f.projects
    assert (project.hosts, set(project.participants)) == (("state/UZB",), {"organization/masdar", "organization/taqa"})
    # the owners of a venture described in an apposition are the venture's, not the work's
    f = facts("Desert Hydrogen Company, a joint venture owned in equal shares by ACWA Power and Air Products, "
              "reached financial close on its green hydrogen plant in Saudi Arabia.")
    assert [p.participants for p in f.projects] == [("organization/desert-hydrogen-company",)]


def test_the_capacity_of_a_portfolio_or_a_fleet_is_no_project():
    for noun in ("solar portfolio", "wind fleet", "portfolio"):
        text = f"TotalEnergies acquired a 30% stake in Adani Green's 1,050 MW {noun} in India."
        assert facts(text).projects == [], noun
    assert [p.capacity_mw for p in facts("Adani Green will build a 1,050 MW solar park in India.").projects] == [1050.0]


def test_a_forum_named_in_lower_case_and_held_somewhere_is_an_event():
    [event] = facts("The Kenya-China business forum took place in Nairobi on March 3.").events
    assert (event.kind, event.date, event.place, set(event.participants)) == \
        ("Forum", "2025-03-03", "place/nairobi", {"state/KEN", "state/CHN"})
    assert facts("A business forum would be held in Nairobi next year.").events == []
