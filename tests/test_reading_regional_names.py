"""Organisations in no list, named the way regional and trade news names them: bodies in Spanish and Portuguese
with their head noun first, acronyms a trade noun introduces, and the firms a consortium is "made up of".
Documents written for these tests."""
from reading_helpers import facts


def _kinds(text: str) -> dict[str, str]:
    return {e.label: e.kind for e in facts(text).entities.values() if e.kind not in ("State", "Place", "Person")}


def test_romance_bodies_named_head_first_are_typed_by_their_head():
    text = ("The Coordinador Eléctrico Nacional and the Servicio de Evaluación Ambiental cleared the line, the "
            "Comisión para el Mercado Financiero approved the listing, and the Observatório do Clima and "
            "the Universidad de Antioquia criticised the plan.")
    assert _kinds(text) == {"Coordinador Eléctrico Nacional": "GovernmentBody",
                            "Servicio de Evaluación Ambiental": "GovernmentBody",
                            "Comisión para el Mercado Financiero": "GovernmentBody",
                            "Observatório do Clima": "Organization",
                            "Universidad de Antioquia": "Organization"}


def test_an_acronym_a_trade_noun_introduces_is_a_firm():
    text = ("The cathodes come from mining group KXM, and the local firm RTL in charge of the second section "
            "will finish it in 2026.")
    assert _kinds(text) == {"KXM": "Company", "RTL": "Company"}


def test_the_firms_a_consortium_is_made_up_of_are_companies():
    text = "A consortium made up of Vantora, Peltric and Andisur won the 600 km transmission line tender in Chile."
    assert _kinds(text) == {"Vantora": "Company", "Peltric": "Company", "Andisur": "Company"}


def test_a_wind_farm_on_a_sea_s_coast_is_onshore_and_on_that_sea():
    found = facts("Vantora operates the 300 MW Cabo Ruivo wind farm on the Atlantic coast of Morocco.").projects
    assert [(p.technologies, p.capacity_mw, p.locations) for p in found] == [
        (("wind",), 300.0, ("place/atlantic-ocean",))]


def test_a_ministry_of_the_government_of_a_state_belongs_to_that_state():
    text = ("The memorandum between the Ministry of Power of the Government of India and the Ministry of Energy, "
            "Water Resources and Irrigation of the Government of Nepal was signed in Kathmandu.")
    f = facts(text)
    bodies = {e.label: e.country for e in f.entities.values() if e.kind == "GovernmentBody"}
    assert bodies == {"Ministry of Power of India": "IND",
                      "Ministry of Energy, Water Resources and Irrigation of Nepal": "NPL"}
    assert [set(a.parties) for a in f.agreements] == [
        {"organization/ministry-of-power-of-india", "organization/ministry-of-energy-water-resources-and-irrigation-of-nepal"}]


def test_instruments_signed_on_behalf_of_two_ministries_are_theirs():
    text = ("Chile and Peru on Friday signed two memoranda of understanding on power trade. The MoUs were signed in "
            "Lima by Energy Minister Diego Pardow and Peru's Energy Minister Jorge Montero, on behalf of Chile's "
            "Ministry of Energy and Peru's Ministry of Energy and Mines.")
    found = facts(text, published="2024-06-14").agreements
    bodies = {"organization/ministry-of-energy-of-chile", "organization/ministry-of-energy-and-mines-of-peru"}
    assert [(a.kind, set(a.parties)) for a in found] == [("MemorandumOfUnderstanding", bodies)] * 2
