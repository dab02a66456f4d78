"""Names in lists of firms: two firms the recogniser read as one, the holder of an office named after the firm
the office is of, and a body's name in another house spelling. Documents written for these tests."""
from reading_helpers import facts


def _named(text: str) -> dict[str, str]:
    return {e.label: e.kind for e in facts(text).entities.values() if not e.key.startswith(("state/", "place/"))}


def test_two_firms_of_a_list_read_as_one_are_split_at_the_comma():
    text = ("The licence went to Pacific Medco Solar Energy, a company formed by PacificLight Renewables, Medco Power "
            "Global and Gallant Venture, which would import 600 megawatts.")
    assert {"PacificLight Renewables", "Medco Power Global"} <= set(_named(text))
    assert "PacificLight Renewables, Medco Power Global" not in _named(text)


def test_the_holder_named_after_the_firm_of_an_office_is_a_person():
    text = ("The chief executive of the Algerian state oil and gas company Sonatrach, Toufik Hakkar, and officials "
            "of the Nigerian National Petroleum Company Limited signed the memorandum.")
    assert _named(text)["Toufik Hakkar"] == "Person"
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/sonatrach", "organization/nigerian-national-petroleum-company-limited"}]


def test_asean_spelled_with_a_hyphen_is_asean():
    text = "Ministers of the Association of South-east Asian Nations met in Jakarta on energy."
    assert _named(text) == {"Association of Southeast Asian Nations": "InternationalOrganization"}


def test_the_firms_a_consortium_led_by_one_also_includes_work_with_it_and_each_other():
    text = ("The consortium led by Korea Hydro & Nuclear Power also includes Doosan Enerbility and Daewoo "
            "Engineering & Construction, which would build the plant.")
    firms = ("organization/korea-hydro-nuclear-power", "organization/doosan-enerbility",
             "organization/daewoo-engineering-construction")
    assert {frozenset(c.actors) for c in facts(text).cooperations} == {
        frozenset({a, b}) for a in firms for b in firms if a < b}


def test_the_operator_of_a_work_with_partners_works_with_each_of_them():
    text = ("The existing Mozambique LNG project, operated by ExxonMobil with partners including Origin Energy, Santos "
            "and state-owned Kumul Petroleum Holdings Ltd, has exported gas since 2014.")
    firms = ("organization/exxonmobil", "organization/origin-energy", "organization/santos",
             "organization/kumul-petroleum-holdings")
    found = facts(text).cooperations
    assert {frozenset(c.actors) for c in found} == {frozenset({a, b}) for a in firms for b in firms if a < b}
    assert {c.rule for c in found} == {"cooperation-partners-are"}  # read from the list, not only from the parse


def test_a_name_before_led_venture_is_the_firm_that_leads_it():
    text = "The gas agreement was signed with the Kestrelco-led joint venture, which includes ExxonMobil and Santos."
    assert _named(text)["Kestrelco"] == "Company"
    assert frozenset({"organization/kestrelco", "organization/exxonmobil"}) in {
        frozenset(c.actors) for c in facts(text).cooperations}


def test_a_firm_named_with_dotted_initials_opens_no_new_sentence_and_signs_with_the_others():
    text = ("Romania's S.N. Nuclearelectrica S.A., US-based NuScale Power and South Korea's Samsung C&T Corporation "
            "have signed a memorandum of understanding on small modular reactors.")
    f = facts(text)
    assert len(f.sentences) == 1
    assert [set(a.parties) for a in f.agreements] == [
        {"organization/s-n-nuclearelectrica", "organization/nuscale-power", "organization/samsung-c-t-corporation"}]


def test_a_short_name_with_a_state_body_s_full_name_in_apposition_is_that_body_and_signs():
    text = ("Kestratom, the Agency for Atomic Energy under Uzbekistan's Cabinet of Ministers, signed the deal with "
            "Rosatom.")
    f = facts(text)
    agency = f.entities["organization/agency-for-atomic-energy"]
    assert (agency.kind, agency.alt_labels) == ("GovernmentBody", {"Kestratom"})
    assert [set(a.parties) for a in f.agreements] == [{agency.key, "organization/rosatom"}]
