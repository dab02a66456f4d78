"""Forms of news read rightly since the forty-first session: a parent firm named inside an apposition is no
signer, nor is a third firm whose own clause signs something else; subjects that sign "each" sign apart; a
regulator that "signs off" signs nothing; a deal that only reports carry, or that a firm let lapse, is no deal;
a consortium's leader's partners are its members; and a legal form written first ends a name before "and".

Every document here is written for the test; the expected facts are exact. Tests whose comment says "a guard"
pass on the code before the session too: they keep the changes from going too far.
"""
from __future__ import annotations

import pytest
from reading_helpers import agreements, facts, pairs

ACME = "organization/acme-power"
SURYA = "organization/surya-daya"
BUMI = "organization/bumi-energi"
PLN = "organization/perusahaan-listrik-negara"


@pytest.mark.parametrize("parent", ["Indonesian state utility PT PLN (Persero)", "PT PLN (Persero)"])
def test_a_parent_named_in_a_units_apposition_is_no_signer_and_the_list_goes_on(parent):
    # before: the parent was a fourth signer (described by its nationality and trade), or the third signer after
    # the apposition was lost (named alone)
    text = (f"Acme Power Ltd has signed a joint venture agreement with PT Surya Daya, the generation arm of {parent}, "
            "and PT Bumi Energi, a subsidiary of PT Bumi Holdings Tbk, to develop a 500 MW solar plant in Indonesia.")
    found = facts(text)
    assert [(a.kind, a.parties) for a in found.agreements] == [("Agreement", (ACME, SURYA, BUMI))]
    assert PLN not in {k for c in found.cooperations for k in c.actors}


def test_a_parent_described_by_where_it_is_based_and_listed_is_no_signer():
    # before: the parent signed, in the unit's place or beside it
    text = ("The terminal has been run since 2019 by Orion Gas Kenya Ltd, a subsidiary of the Houston-based, "
            "Nasdaq-listed Orion Gas, Inc., under a ten-year agreement signed in 2018 with Kenya Pipeline Company "
            "Limited (KPC).")
    found = facts(text)
    assert [(a.kind, a.parties, a.date) for a in found.agreements] == \
        [("Agreement", ("organization/orion-gas-kenya", "organization/kenya-pipeline-company"), "2018")]
    assert {frozenset(c.actors) for c in found.cooperations} == \
        {frozenset({"organization/orion-gas-kenya", "organization/kenya-pipeline-company"})}


@pytest.mark.parametrize("first, second", [("a 15-year offtake agreement", "a similar deal"),
                                           ("a deal", "a 15-year offtake agreement")])
def test_two_subjects_each_signing_in_a_clause_of_its_own_did_not_sign_together(first, second):
    # before: an agreement between the two buyers, who each signed with a seller the sentence does not name
    text = (f"The seller has found its buyers. Orsted signed {first} in June 2023, and Equinor signed {second} "
            "in August 2023.")
    assert agreements(text) == []
    assert pairs(text) == set()


def test_two_signers_of_one_clause_still_sign_together():
    # a guard: one clause, one instrument, two signers
    text = "Orsted and Equinor signed a 15-year offtake agreement in June 2023."
    assert agreements(text) == [("Contract", {"organization/orsted", "organization/equinor"})]


def test_subjects_that_each_signed_with_an_unnamed_side_are_not_each_others_partners():
    # before: a contract between the two buyers, and the parse paired them too
    text = "Sinopec and PetroChina each signed a supply agreement in 2023."
    assert agreements(text) == []
    assert pairs(text) == set()


def test_subjects_that_each_signed_plural_instruments_with_a_third_sign_one_each():
    # before: one contract of all three
    text = "Sinopec and PetroChina each signed supply agreements with QatarEnergy in 2023."
    assert agreements(text) == [("Contract", {"organization/sinopec", "organization/qatarenergy"}),
                                ("Contract", {"organization/petrochina", "organization/qatarenergy"})]
    assert pairs(text) == {frozenset({"organization/sinopec", "organization/qatarenergy"}),
                           frozenset({"organization/petrochina", "organization/qatarenergy"})}


def test_lenders_that_each_signed_loans_of_a_sum_are_not_each_others_partners():
    # before: an agreement between the two lenders (the sum before the noun hid "each signed")
    text = ("KfW, the German development bank, and France's Agence Française de Développement (AFD) each signed "
            "€300 million policy loans in 2022.")
    assert agreements(text) == []
    assert pairs(text) == set()


def test_regulators_that_sign_off_on_tariffs_sign_nothing_together():
    # before: the parse paired the two regulators
    text = ("Chile's National Energy Commission and Peru's energy regulator Osinergmin signed off on the tariffs for "
            "the new services.")
    assert pairs(text) == set()
    assert agreements(text) == []


def test_regulators_that_sign_a_memorandum_sign_together():
    # a guard
    text = ("Chile's National Energy Commission and Peru's energy regulator Osinergmin signed a memorandum on the "
            "tariffs for the new services.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/national-energy-commission",
                                                               "organization/osinergmin"})]


@pytest.mark.parametrize("text", [
    "Press reports in August that Petronas and Santos had agreed a new ten-year supply contract were denied by both "
    "companies.",
    "Reports this summer that Petronas and Santos had signed a new ten-year supply contract proved wrong.",
    "Rumours that Petronas and Santos signed a supply contract circulated in Kuala Lumpur.",
])
def test_a_deal_only_reports_carry_is_no_deal(text):
    # before: a contract between the two firms
    assert agreements(text) == []
    assert pairs(text) == set()


def test_a_news_agency_that_reports_a_signing_still_reports_a_deal():
    # a guard: "Trend reports that": a credit, not a rumour
    text = "Trend reports that Petronas and Santos signed a ten-year supply contract on Monday."
    assert agreements(text) == [("Contract", {"organization/petronas", "organization/santos"})]


def test_a_contract_a_firm_let_lapse_is_no_deal():
    # before: a contract of 2019 between the buyer and the state
    text = "In 2019 Kogas let a long-standing supply contract with Oman lapse."
    assert agreements(text) == []
    assert pairs(text) == set()


@pytest.mark.parametrize("leader", ["Pan American Energy", "Pan American Energy (PAE)"])
def test_a_consortiums_leaders_partners_are_its_members_not_the_consortiums_partners(leader):
    # before: the consortium was paired with each partner named after "together with" (and, with the leader's
    # short form in brackets, the leader was no member)
    text = (f"The most advanced venture is Andes Gas, a consortium led by {leader} together with YPF, "
            "Pampa Energía and Golar LNG.")
    members = ["organization/pan-american-energy", "organization/ypf", "organization/pampa-energia",
               "organization/golar-lng"]
    assert pairs(text) == {frozenset({a, b}) for i, a in enumerate(members) for b in members[i + 1:]}


def test_a_firm_building_together_with_another_works_with_it():
    # a guard: no consortium, no apposition
    text = "The plant was built by Sinohydro together with PowerChina."
    assert pairs(text) == {frozenset({"organization/sinohydro", "organization/powerchina"})}


@pytest.mark.parametrize("first, second, second_key", [
    ("JSC Alfagaz", "Turkish Petroleum Corporation (TPAO)", "organization/turkish-petroleum-corporation"),
    ("JSC Kyrgyzhydro", "Limak Holding", "organization/limak-holding"),
])
def test_a_legal_form_written_first_ends_a_name_before_and(first, second, second_key):
    # before: one firm named "JSC … and …"
    text = f"A memorandum of understanding between {first} and {second} on joint exploration was signed in Tashkent."
    first_key = "organization/" + first.lower().replace(" ", "-")
    assert agreements(text) == [("MemorandumOfUnderstanding", {first_key, second_key})]


def test_a_work_a_developer_withdrew_from_is_no_project():
    # before: a wind project of the developer that left it
    text = ("Investor sentiment suffered when Adani Green Energy withdrew in February from its planned 500 MW wind "
            "farms in Mannar.")
    assert facts(text).projects == []


def test_an_amount_a_plan_targets_is_no_project():
    # before: a nuclear project of the plan's amount
    text = "The Department of Energy's latest plan targets at least 1,200 MW of nuclear capacity by then."
    assert facts(text).projects == []


def test_a_wind_farm_being_built_is_a_project():
    # a guard
    text = "Adani Green Energy is building a 500 MW wind farm in Mannar."
    assert [(p.technologies, p.capacity_mw, p.participants) for p in facts(text).projects] == \
        [(("wind",), 500.0, ("organization/adani-green-energy",))]


def test_a_year_written_before_the_instrument_is_the_year_it_was_made():
    # before: no date, or the report's month and the place of the sentence before
    text = ("Thai officials met in Vientiane. They reviewed progress under a 2016 memorandum of understanding under "
            "which the kingdom agreed to buy up to 9,000 MW of electricity from Laos.")
    found = facts(text, published="2024-05-20")
    assert [(a.kind, set(a.parties), a.date, a.place) for a in found.agreements] == \
        [("MemorandumOfUnderstanding", {"state/THA", "state/LAO"}, "2016", None)]


def test_a_set_of_agreements_is_no_instrument_of_its_own():
    # before: a generic agreement beside the power purchase agreement the sentence names
    text = ("Under the first set of agreements, Kenya Power signed a 25-year power purchase agreement with AMEA Power, "
            "the Emirati renewable energy developer, for a 1,000-megawatt solar plant with 600 megawatt-hours of "
            "battery storage at Garissa in Kenya.")
    found = facts(text, published="2025-06-03")
    assert [(a.kind, a.parties, a.place) for a in found.agreements] == \
        [("Contract", ("organization/kenya-power-and-lighting-company", "organization/amea-power"), None)]


def test_owners_described_each_in_turn_are_listed_with_semicolons():
    # before: the list reader stopped at the first semicolon, and only the parse paired the owners (the reader a
    # user asking "why is this here?" is told is the owners' list)
    text = ("The line is being developed by Conexion Andina, a company owned by Enel Chile, the Chilean subsidiary of "
            "Italy's Enel; Engie Energía Chile, the country's third-largest generator; and Codelco, the state copper "
            "miner.")
    found = {frozenset(c.actors): c.rule for c in facts(text).cooperations}
    owners = ["organization/enel-chile", "organization/engie-energia-chile", "organization/codelco"]
    assert set(found) == {frozenset({a, b}) for i, a in enumerate(owners) for b in owners[i + 1:]}
    assert found[frozenset(owners[:2])] == "cooperation-among"


def test_a_semicolon_between_two_clauses_joins_no_list():
    # a guard
    text = "Kenya signed the deal with Ethiopia; Tanzania signed another with Uganda."
    assert agreements(text) == [("Agreement", {"state/KEN", "state/ETH"})]
    assert pairs(text) == {frozenset({"state/KEN", "state/ETH"}), frozenset({"state/TZA", "state/UGA"})}


def test_an_engineers_style_before_a_name_is_no_firm():
    # before: a firm named "Eng" signed beside the two chairs' firms
    found = facts("The agreement was signed by Eng. Sabah Mashaly, Chairwoman of the Egyptian Electricity "
                  "Transmission Company, and Mr. Hussain Al Nowais, Chairman of AMEA Power.")
    assert sorted(k for k in found.entities if k.startswith("organization/")) == \
        ["organization/amea-power", "organization/egyptian-electricity-transmission-company"]
    assert {k for k in found.entities if k.startswith("person/")} == {"person/sabah-mashaly", "person/hussain-al-nowais"}


@pytest.mark.parametrize("text, place", [
    ("The cargo left a terminal on the US Gulf Coast for Japan.", "place/us-gulf-coast"),
    ("NextDecade is building an export plant on the Texas Gulf Coast.", "place/texas-gulf-coast"),
])
def test_a_coast_named_after_its_gulf_is_the_whole_name(text, place):
    # before: the place was cut before "Coast" ("US Gulf")
    assert [k for k in facts(text).entities if k.startswith("place/")] == [place]


def test_a_canal_named_after_a_state_is_a_place_not_the_state():
    # before: Panama, a state the text does not speak of
    found = facts("Ships must pass through the Panama Canal to reach Asia.")
    assert sorted(found.entities) == ["place/panama-canal"]


def test_an_agency_named_for_export_finance_is_no_person():
    # before: a person named "Export Finance"
    found = facts("Britain's UK Export Finance said it was still reviewing its commitment.")
    assert not [k for k in found.entities if k.startswith("person/")]


def test_an_instrument_between_a_known_and_an_unknown_name_takes_no_signers_from_before():
    # before: the roadmap took the two firms of the memorandum before it as signers beside the fund
    text = ("A package of documents was signed, including a memorandum of understanding between KazMunayGas and MOL "
            "Group on geological exploration, a long-term contract between Kazatomprom and MVM Group on uranium, and "
            "a roadmap between the Samruk-Kazyna Sovereign Wealth Fund and the Hungarian Export-Import Bank on "
            "financing joint projects.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/kazmunaygas", "organization/mol-group"}),
                                ("Contract", {"organization/kazatomprom", "organization/mvm-group"})]


def test_an_acronym_that_spells_the_first_words_after_and_splits_two_firms():
    # before: one firm named "Ulba Metallurgical Plant and China General Nuclear Power Group"
    found = facts("The plant was built jointly by Kazatomprom's subsidiary Ulba Metallurgical Plant and China General "
                  "Nuclear Power Group (CGN).")
    assert "organization/china-general-nuclear-power-group" in found.entities
    assert not [k for k in found.entities if "-and-" in k]


def test_a_co_chief_executive_is_a_person_and_the_firm_after_of_his_employer():
    # before: a firm named "Co-Chief Executive Officer of …" and a firm named after the person
    found = facts("The agreement was signed by Amr Allam, Co-Chief Executive Officer of Hassan Allam Holding, and "
                  "Walid Gamal El-Dien, Chairman of SCZone.")
    person = found.entities["person/amr-allam"]
    assert (person.position, person.represents) == ("Co-Chief Executive Officer", "organization/hassan-allam-holding")
    assert not [k for k in found.entities if k.startswith("organization/co-") or k == "organization/amr-allam"]


def test_a_share_sold_by_its_percentage_is_a_sale_contract():
    # before: nothing (a share was only read as a "stake" or an "interest")
    found = facts("In August last year Woodside agreed to sell 10% of Scarborough to JERA.", published="2024-12-05")
    assert [(a.kind, a.parties, a.date) for a in found.agreements] == \
        [("Contract", ("organization/woodside-energy", "organization/jera"), "2023-08")]


def test_assets_bought_from_their_named_owner_by_the_sentences_subject_are_a_sale_contract():
    # before: nothing
    found = facts("Harbour Energy became the top producer after agreeing in December 2023 to buy Wintershall Dea's "
                  "assets outside Russia.", published="2024-12-05")
    assert [(a.kind, a.parties, a.date) for a in found.agreements] == \
        [("Contract", ("organization/harbour-energy", "organization/wintershall-dea"), "2023-12")]


def test_assets_a_firm_has_not_agreed_to_buy_are_no_sale():
    # a guard
    assert agreements("Shell has not agreed to buy BP's assets in Angola.") == []


def test_stakes_sold_to_several_buyers_are_a_sale_to_each_and_the_buyers_hold_together():
    # before: nothing ("stakes", plural, was no share)
    text = "ADNOC holds 60% of the project after selling 10% stakes to Shell, BP, Mitsui & Co and TotalEnergies."
    buyers = ["organization/shell", "organization/bp", "organization/mitsui-co", "organization/totalenergies"]
    assert agreements(text) == [("Contract", {"organization/adnoc", b}) for b in buyers]
    assert pairs(text) == {frozenset(p) for p in [*(("organization/adnoc", b) for b in buyers),
                                                   *((a, b) for i, a in enumerate(buyers) for b in buyers[i + 1:])]}


def test_one_stake_sold_to_two_buyers_is_one_sale():
    # a guard
    assert agreements("Eni sold a 25% stake in the field to Vitol and Petronas.") == \
        [("Contract", {"organization/eni", "organization/vitol", "organization/petronas"})]


@pytest.mark.parametrize("between", ["", " on Tuesday"])
def test_an_agreement_to_supply_a_fuel_is_a_sale_contract(between):
    # before: a generic agreement (the sale after the noun was never read)
    text = (f"ADNOC signed a 15-year agreement{between} to supply liquefied natural gas from its Ruwais LNG project "
            "to Japan's Osaka Gas.")
    assert agreements(text) == [("Contract", {"organization/adnoc", "organization/osaka-gas"})]


def test_an_agreement_to_deliver_new_capacity_is_no_sale():
    # a guard: a framework for capacity, not a fuel or an amount sold
    text = "Brookfield Renewable signed a framework agreement with Microsoft to deliver new renewable capacity."
    assert agreements(text) == [("Agreement", {"organization/brookfield-renewable", "organization/microsoft"})]


def test_a_number_that_opens_a_compound_is_no_count_of_instruments():
    # before: ten contracts with each of the two sellers ("ten-year" read as "ten")
    text = ("Meralco signed ten-year power supply agreements with South Premiere Power and Excellent Energy Resources "
            "on Thursday.")
    assert agreements(text) == [
        ("Contract", {"organization/manila-electric-company", "organization/south-premiere-power"}),
        ("Contract", {"organization/manila-electric-company", "organization/excellent-energy-resources"})]


def test_the_states_an_apposition_compares_the_subject_with_are_no_signers():
    # before: an agreement between the two states of the apposition
    text = ("Qatar, one of the world's top LNG exporters alongside the United States and Australia, has been signing "
            "long-term deals with buyers in Asia and Europe as demand for the fuel surged.")
    assert agreements(text) == []
    assert pairs(text) == set()


def test_a_deal_only_reports_speak_of_is_no_deal():
    # before: an agreement between the kingdom and the state whose capital names it
    assert agreements("Saudi officials have also dismissed reports of a deal with Rome.") == []


def test_a_work_in_the_town_a_where_clause_follows_is_hosted_by_the_towns_state():
    # before: the state the report is about (the visitors'), not the state the complex is in
    # (the report's places lie in both states, so no state of its places stands in)
    text = ("Ghana and Morocco signed three memoranda in Rabat on Monday, and the minister returned to Accra on Friday. "
            "On the second day of the visit, the Ghanaian delegation travelled to Ouarzazate, where it toured the "
            "580 MW Noor Ouarzazate solar complex, developed by MASEN together with Saudi Arabia's ACWA Power.")
    assert [(p.capacity_mw, p.hosts) for p in facts(text).projects] == [(580.0, ("state/MAR",))]


def test_the_town_a_deal_was_signed_in_hosts_no_work():
    # a guard: "signed in Beijing" is where, not the works' state
    text = ("Azerbaijan and China signed six documents. The documents, signed in Beijing, cover a 100 MW floating "
            "solar plant in Azerbaijan.")
    assert [p.hosts for p in facts(text).projects] == [("state/AZE",)]
