"""A work's name that opens with a body's head word, a leader hosting others for a summit, a store of spent fuel
that is no energy storage, a listed leader whose family name is a state's, a firm's name that a state opens
and a legal form ends, a trading house's name, a "then-" title and a regulator named after its description.
Documents written for these tests."""
from reading_helpers import facts


def test_a_wind_farm_named_after_a_bank_is_no_organization():
    text = "Work on the Ravenscar Bank Wind Farm off Norfolk will resume, the Brenmoor Authority said."
    f = facts(text)
    assert {k for k in f.entities if k.startswith("organization/")} == {"organization/brenmoor-authority"}
    assert [p.participants for p in f.projects] == [("organization/brenmoor-authority",)]


def test_a_body_named_before_its_work_in_lower_case_stays_a_body():
    text = "The Kestrel Electricity Company project near Tarvik was delayed by a year."
    assert "organization/kestrel-electricity-company" in facts(text).entities


def test_a_leader_hosting_others_for_a_summit_holds_a_summit():
    text = ("Portuguese Prime Minister Luis Montenegro hosted Spanish Prime Minister Pedro Sanchez and French "
            "President Emmanuel Macron on Friday for the third trilateral summit of the three countries in Lisbon.")
    assert [(e.kind, e.place, set(e.participants)) for e in facts(text, "2025-05-10").events] == [
        ("Summit", "place/lisbon", {"state/PRT", "state/ESP", "state/FRA"})]


def test_a_leader_hosting_another_for_talks_holds_a_meeting():
    text = ("Portuguese Prime Minister Luis Montenegro hosted Spanish Prime Minister Pedro Sanchez on Friday for "
            "talks on the new interconnector in Lisbon.")
    assert [e.kind for e in facts(text, "2025-05-10").events] == ["Meeting"]


def test_a_storage_facility_for_spent_fuel_is_no_energy_storage():
    text = ("Egypt signed the contracts with Rosatom in 2017. A separate contract provides for the construction of "
            "a storage facility for spent fuel.")
    assert facts(text).projects == []


def test_a_battery_storage_system_stays_energy_storage():
    text = "Rosatom will also supply a 300 MW battery storage system to Egypt."
    assert [(p.technologies, p.capacity_mw) for p in facts(text).projects] == [(("battery storage",), 300.0)]


def test_a_listed_leader_whose_family_name_is_a_states_is_the_leader():
    text = "Portuguese Prime Minister Luís Montenegro met Spanish Prime Minister Pedro Sánchez in Lisbon."
    f = facts(text)
    assert "state/MNE" not in f.entities
    assert (f.entities["person/luis-montenegro"].position, f.entities["person/luis-montenegro"].represents) == (
        "Prime Minister", "state/PRT")
    assert [(e.kind, set(e.participants)) for e in f.events] == [("Meeting", {"state/PRT", "state/ESP"})]


def test_a_firm_whose_name_a_state_opens_and_a_legal_form_ends_keeps_the_state_in_its_name():
    text = ("A consortium of Kestrel Northeast Power Construction Co., Ltd. (KNPC) and China National Kestrel "
            "Engineering and Construction Co., Ltd. (CNKEC) signed the contract with Tarvik Power in 2016.")
    f = facts(text)
    firm = "organization/china-national-kestrel-engineering-and-construction"
    assert f.entities[firm].label == "China National Kestrel Engineering and Construction"
    assert [set(a.parties) for a in f.agreements] == [
        {"organization/kestrel-northeast-power-construction", firm, "organization/tarvik-power"}]
    assert "state/CHN" not in {k for c in f.cooperations for k in c.actors}


def test_a_trading_houses_import_and_export_stay_inside_its_name():
    firm = "organization/china-national-machinery-import-and-export-corporation"
    text = "Tarvik Energy and China National Machinery Import and Export Corporation signed the contract."
    assert {k for k in facts(text).entities if k.startswith("organization/")} == {firm, "organization/tarvik-energy"}
    text = ("The plant was built by Kestrel Power Company, a 50:50 joint venture between China National Machinery "
            "Import and Export Corporation (CMC) and Bangladesh's state-owned North-West Power Generation Company.")
    f = facts(text)
    assert f.entities[firm].alt_labels == {"CMC"}
    assert {frozenset(c.actors) for c in f.cooperations} == {
        frozenset({firm, "organization/north-west-power-generation-company"})}


def test_a_then_titled_office_holder_speaks_for_the_body_the_document_names():
    text = ("The European Commission backs the links. In March 2015 Spain, France and Portugal signed the Madrid "
            "Declaration with then-Commission President Jean-Claude Juncker.")
    f = facts(text)
    assert f.entities["person/jean-claude-juncker"].represents == "organization/european-commission"
    assert [set(a.parties) for a in f.agreements] == [
        {"state/ESP", "state/FRA", "state/PRT", "organization/european-commission"}]


def test_a_name_a_regulators_description_opens_is_that_states_body():
    text = "Kestrel Energy signed a contract with Indonesia's upstream regulator SKK Migas."
    f = facts(text)
    assert (f.entities["organization/skk-migas"].kind, f.entities["organization/skk-migas"].country) == (
        "GovernmentBody", "IDN")
    assert [set(a.parties) for a in f.agreements] == [{"organization/kestrel-energy", "organization/skk-migas"}]


def test_the_body_a_states_long_description_names_after_a_comma_is_the_party():
    text = ("In October 2019, Kestrel Energy and Brenmoor Oil signed an amended production sharing contract with "
            "Indonesia's upstream oil and gas regulator, SKK Migas, extending the contract to 2055.")
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/kestrel-energy", "organization/brenmoor-oil", "organization/skk-migas"}]
