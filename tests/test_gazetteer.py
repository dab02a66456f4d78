"""The reference gazetteer: coverage, surface forms, case rules, keys."""
from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, strategies as st

from epkg.graph.extract.facts import slug as facts_slug
from epkg.ontology import gazetteer
from epkg.ontology.gazetteer import GazetteerEntry, case_sensitive, fold, load, slug

GAZ = load()

# surface form → ISO3, through resolve_iso3
SURFACE_FORMS = [
    # names and variants
    ("Azerbaijan", "AZE"), ("Republic of Azerbaijan", "AZE"), ("China", "CHN"),
    ("People's Republic of China", "CHN"), ("People’s Republic of China", "CHN"), ("PRC", "CHN"),
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Iran", "IRN"), ("Islamic Republic of Iran", "IRN"),
    ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("North Korea", "PRK"), ("DPRK", "PRK"),
    ("Vietnam", "VNM"), ("Viet Nam", "VNM"), ("Laos", "LAO"), ("Lao PDR", "LAO"), ("Syria", "SYR"),
    ("Bolivia", "BOL"), ("Venezuela", "VEN"), ("Tanzania", "TZA"), ("Moldova", "MDA"),
    ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"),
    ("United States", "USA"), ("United States of America", "USA"), ("US", "USA"), ("USA", "USA"),
    ("U.S.", "USA"), ("United Kingdom", "GBR"), ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("UAE", "ARE"), ("United Arab Emirates", "ARE"), ("Saudi Arabia", "SAU"), ("KSA", "SAU"),
    ("DRC", "COD"), ("Democratic Republic of the Congo", "COD"), ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("the netherlands", "NLD"), ("Kyrgyz Republic", "KGZ"),
    # demonyms
    ("Azerbaijani", "AZE"), ("Chinese", "CHN"), ("Emirati", "ARE"), ("Saudi", "SAU"), ("Uzbek", "UZB"),
    ("Kazakh", "KAZ"), ("Kyrgyz", "KGZ"), ("Tajik", "TJK"), ("Turkmen", "TKM"), ("Turkish", "TUR"),
    ("Georgian", "GEO"), ("Romanian", "ROU"), ("Hungarian", "HUN"), ("Bulgarian", "BGR"), ("Russian", "RUS"),
    ("Iranian", "IRN"), ("Indian", "IND"), ("Pakistani", "PAK"), ("British", "GBR"), ("American", "USA"),
    ("French", "FRA"), ("German", "DEU"), ("Italian", "ITA"), ("Spanish", "ESP"), ("Norwegian", "NOR"),
    ("Japanese", "JPN"), ("South Korean", "KOR"), ("Vietnamese", "VNM"), ("Nigerian", "NGA"),
    ("Moroccan", "MAR"), ("Egyptian", "EGY"), ("Kenyan", "KEN"), ("Ethiopian", "ETH"), ("Iraqi", "IRQ"),
    ("Qatari", "QAT"), ("Kuwaiti", "KWT"), ("Omani", "OMN"), ("Bahraini", "BHR"), ("Israeli", "ISR"),
    ("Nepali", "NPL"), ("Nepalese", "NPL"), ("Bangladeshi", "BGD"), ("Indonesian", "IDN"),
    ("Malaysian", "MYS"), ("Thai", "THA"), ("Filipino", "PHL"), ("Australian", "AUS"), ("Czech", "CZE"),
    ("Greek", "GRC"), ("Polish", "POL"), ("Ukrainian", "UKR"), ("Mozambican", "MOZ"), ("Tanzanian", "TZA"),
    ("South African", "ZAF"), ("Brazilian", "BRA"), ("Mexican", "MEX"), ("Canadian", "CAN"),
    ("Timorese", "TLS"),
    # capitals
    ("Baku", "AZE"), ("Beijing", "CHN"), ("Tashkent", "UZB"), ("Astana", "KAZ"), ("Nur-Sultan", "KAZ"),
    ("Ashgabat", "TKM"), ("Bishkek", "KGZ"), ("Dushanbe", "TJK"), ("Tbilisi", "GEO"), ("Bucharest", "ROU"),
    ("Budapest", "HUN"), ("Sofia", "BGR"), ("Ankara", "TUR"), ("Moscow", "RUS"), ("Tehran", "IRN"),
    ("New Delhi", "IND"), ("Abu Dhabi", "ARE"), ("Riyadh", "SAU"), ("Doha", "QAT"), ("Kyiv", "UKR"),
    ("Kiev", "UKR"), ("Brasília", "BRA"), ("Brasilia", "BRA"), ("Dili", "TLS"), ("Vientiane", "LAO"),
    # codes
    ("AZE", "AZE"), ("az", "AZE"), ("GB", "GBR"),
]


@pytest.mark.parametrize("text,iso3", SURFACE_FORMS)
def test_resolve_iso3(text, iso3):
    assert GAZ.resolve_iso3(text) == iso3


@pytest.mark.parametrize("text", ["", "Atlantis", "Shanghai Cooperation Organization", "SCO", "Ningbo",
                                  "polish", "turkey", "Caspian Sea", "Victoria"])
def test_resolve_iso3_refuses_non_states(text):
    assert GAZ.resolve_iso3(text) is None


def test_every_iso_country_is_a_state_or_a_territory_of_one():
    territories = {"HKG": "CHN", "MAC": "CHN", "PRI": "USA", "GRL": "DNK", "REU": "FRA", "GIB": "GBR", "ABW": "NLD"}
    expected = {c.alpha_3 for c in pycountry.countries}
    states = GAZ.entries("State")
    assert {e.iso3 for e in states} <= expected and not {e.iso3 for e in states} & set(territories)
    assert len(states) == 200 and len(expected) == 249
    # the other 49 are places of the sovereign state they belong to ("a sovereign state", says the contract)
    places = {e.label: e for e in GAZ.entries("Place") if e.place_type == "territory"}
    assert len(places) == 49
    for iso3, sovereign in territories.items():
        assert places[pycountry.countries.get(alpha_3=iso3).name].country == sovereign
    assert [(e.key, e.country) for e in GAZ.lookup("Hong Kong")] == [("place/hong-kong", "CHN")]
    # states that are not UN members but act as states in the news stay states
    assert {"TWN", "PSE", "VAT", "COK", "NIU"} <= {e.iso3 for e in states}
    assert all(e.key == f"state/{e.iso3}" for e in states)
    assert GAZ.state("RUS").label == "Russia"
    assert GAZ.state("tur").label == "Türkiye"
    assert "Turkey" in GAZ.state("TUR").alt_labels


def test_counts_of_organizations_and_companies():
    assert len(GAZ.entries("InternationalOrganization")) >= 60
    assert len(GAZ.entries("Company")) >= 80


@pytest.mark.parametrize("text,key", [
    ("SCO", "organization/shanghai-cooperation-organization"),
    ("Shanghai Cooperation Organisation", "organization/shanghai-cooperation-organization"),
    ("EU", "organization/european-union"),
    ("OPEC+", "organization/opec"),
    ("Abu Dhabi Future Energy Company", "organization/masdar"),
    ("State Oil Company of Azerbaijan Republic", "organization/socar"),
    ("socar green llc", "organization/socar-green"),
    ("Aramco", "organization/saudi-aramco"),
    ("Energy China", "organization/china-energy-engineering-corporation"),
    ("KHNP", "organization/korea-hydro-nuclear-power"),
    ("Ørsted A/S", "organization/orsted"),
    ("Orsted", "organization/orsted"),
    ("Caspian Sea", "place/caspian-sea"),
    ("Lake Baikal", "place/lake-baikal"),
    ("Chattogram", "place/chittagong"),
    ("Bay of Bengal", "place/bay-of-bengal"),
])
def test_lookup_organizations_and_places(text, key):
    assert [e.key for e in GAZ.lookup(text)] == [key]


def test_acronyms_are_case_sensitive():
    assert [e.key for e in GAZ.lookup("SCO")] == ["organization/shanghai-cooperation-organization"]
    assert GAZ.lookup("sco") == []
    assert GAZ.lookup("Sco") == []
    assert [e.key for e in GAZ.lookup("US")] == ["state/USA"]
    assert GAZ.lookup("us") == []
    assert GAZ.lookup("Us") == []
    # names that are also ordinary words match only when capitalised
    assert [e.key for e in GAZ.lookup("Polish")] == ["state/POL"]
    assert GAZ.lookup("polish") == [] and GAZ.lookup("shell") == [] and GAZ.lookup("turkey") == []
    # other names ignore case and accents
    assert [e.key for e in GAZ.lookup("AZERBAIJAN")] == ["state/AZE"]
    assert [e.key for e in GAZ.lookup("turkiye")] == ["state/TUR"]


def test_lookup_reports_how_a_form_names_an_entry():
    forms = GAZ.surface_forms()
    assert [(e.key, how) for e, how in forms["Emirati"]] == [("state/ARE", "demonym")]
    assert [(e.key, how) for e, how in forms["Baku"]] == [("place/baku", "capital")]
    assert [(e.key, how) for e, how in forms["SCO"]] == [("organization/shanghai-cooperation-organization",
                                                          "acronym")]
    assert [(e.key, how) for e, how in forms["Sangachal"]] == [("place/sangachal", "name")]
    assert [(e.key, how) for e, how in forms["Republic of Azerbaijan"]] == [("state/AZE", "alt")]
    assert {how for pairs in forms.values() for _, how in pairs} == set(gazetteer.HOWS)


def test_capitals_are_places_linked_to_their_state():
    aze = GAZ.state("AZE")
    assert aze.capital == "place/baku"
    baku = GAZ.get("place/baku")
    assert (baku.kind, baku.country, baku.is_capital, baku.place_type) == ("Place", "AZE", True, "city")
    sangachal = GAZ.get("place/sangachal")
    assert (sangachal.country, sangachal.is_capital) == ("AZE", False)
    assert GAZ.get("place/caspian-sea").country is None
    assert GAZ.get("place/caspian-sea").place_type == "sea"
    # every state with a demonym has a capital, except where the capital is ambiguous or the state itself
    missing = {e.iso3 for e in GAZ.entries("State") if e.demonyms and not e.capital}
    assert missing <= {"SGP", "MCO", "SMR", "LUX", "DJI", "KWT", "MDV", "SYC", "CPV", "LBY", "JAM", "GUY",
                       "PSE", "NRU", "HKG", "MAC", "CHL", "PRI", "VAT", "SHN", "NZL", "DMA", "TCD", "GRL",
                       "ABW", "CUW"}
    for e in GAZ.entries("State"):
        if e.capital:
            place = GAZ.get(e.capital)
            assert place is not None and place.is_capital and place.country == e.iso3


def test_memberships_reference_known_entities():
    sco = GAZ.get("organization/shanghai-cooperation-organization")
    roles = dict(sco.members)
    assert roles["AZE"] == "dialogue partner" and roles["CHN"] == "member" and roles["IND"] == "member"
    assert roles["IRN"] == "member" and roles["BLR"] == "member" and roles["MNG"] == "observer"
    assert {m for m, r in sco.members if r == "dialogue partner"} >= {
        "AZE", "ARM", "KHM", "NPL", "TUR", "LKA", "EGY", "QAT", "SAU", "ARE", "KWT", "BHR", "MDV", "MMR"}
    assert sco.members_as_of == "2024-07-04"
    eu = GAZ.get("organization/european-union")
    assert len([m for m, r in eu.members if r == "member"]) == 27 and "GBR" not in dict(eu.members)
    for org in GAZ.entries("InternationalOrganization"):
        if org.members:
            assert org.members_as_of, org.key
        for member, role in org.members:
            assert role in gazetteer.ROLES
            assert (GAZ.get(member) if "/" in member else GAZ.state(member)) is not None, (org.key, member)


def test_companies_have_a_home_state():
    for company in GAZ.entries("Company"):
        assert company.country and GAZ.state(company.country), company.key
    assert GAZ.get("organization/masdar").country == "ARE"
    assert GAZ.get("organization/socar").country == "AZE"


def test_keys_are_slugs_of_labels():
    for e in GAZ.entries():
        if e.kind != "State":
            assert e.key.split("/", 1)[1] == slug(e.label), e.key
    assert len({e.key for e in GAZ.entries()}) == len(GAZ.entries())


def test_acronyms_are_alt_labels():
    for e in GAZ.entries():
        assert set(e.acronyms) <= set(e.alt_labels)
        assert e.label not in e.alt_labels


def test_no_surface_form_is_shared_or_ambiguous():
    seen: dict[str, str] = {}
    for form, pairs in GAZ.surface_forms().items():
        key = fold(form, keep_case=case_sensitive(form))
        for entry, _ in pairs:
            assert seen.setdefault(key, entry.key) == entry.key, (form, entry.key, seen[key])


# Ordinary English words (and generic energy words) that must never be matched as a name.
STOP_WORDS = {
    "a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "by", "with", "as", "or", "it", "is", "be",
    "us", "we", "he", "she", "they", "may", "will", "can", "new", "one", "all", "any", "power", "energy",
    "gas", "oil", "solar", "wind", "green", "general", "union", "state", "states", "group", "national",
    "bank", "council", "agency", "company", "ministry", "government", "total", "well", "mine", "male",
    "victoria", "sun", "nice", "grid", "sea", "lake", "city", "central", "south", "north", "east", "west",
    "president", "minister", "summit", "forum", "project", "plant", "capital", "republic", "kingdom",
    "america", "guinea", "chad", "polish", "turkey", "china", "shell",
    "chevron", "reunion", "of", "bay", "gulf", "delta", "ace", "sec", "eec",
}


def test_no_surface_form_is_an_ordinary_word():
    bad = []
    for form in GAZ.surface_forms():
        if case_sensitive(form):
            continue
        if fold(form) in STOP_WORDS:
            bad.append(form)
    assert bad == []


def test_case_sensitive_rule():
    assert case_sensitive("SCO") and case_sensitive("U.S.") and case_sensitive("OPEC+")
    assert case_sensitive("Polish") and case_sensitive("Shell")
    assert not case_sensitive("Baku") and not case_sensitive("PetroChina") and not case_sensitive("dena")


@given(st.text(max_size=40))
def test_slug_matches_the_graph_packages_slug(text):
    assert slug(text) == facts_slug(text)


def test_load_is_cached():
    assert load() is load()
    assert gazetteer._build().entries() == GAZ.entries()


def test_entry_is_frozen():
    e = GAZ.state("AZE")
    assert isinstance(e, GazetteerEntry)
    with pytest.raises(AttributeError):
        e.label = "x"
