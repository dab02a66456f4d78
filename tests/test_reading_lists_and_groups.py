"""Lists set out as bulleted lines, the people who stand for the states just listed, and the member
states of a body the reference lists do not describe (ninth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, memberships, pairs

from epkg.graph.extract.text import split_sentences

COMMUNITY = "organization/andean-solar-community"
OPEC = "organization/organization-of-the-petroleum-exporting-countries"


def test_bulleted_names_after_a_colon_are_one_sentence_listing_them():
    text = ("Ministers met in Quito.\n\nTaking part were the three partner countries:\n\n- Ecuador\n- Bolivia;\n"
            "- the Dominican Republic\n\nParaguay was absent.")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Ministers met in Quito.",
        "Taking part were the three partner countries:    Ecuador,  Bolivia,   the Dominican Republic",
        "Paraguay was absent."]
    # the offsets still point into the document
    assert all(len(s.text) == s.end - s.start for s in sentences)
    assert text[sentences[1].start:sentences[1].end].endswith("- the Dominican Republic")


def test_bulleted_lines_that_say_more_than_a_name_stay_sentences():
    text = "Documents signed included:\n- a memorandum between Ecuador and Bolivia;\n- Peru\n"
    assert [s.text for s in split_sentences(text)] == [
        "Documents signed included:", "a memorandum between Ecuador and Bolivia;", "Peru"]


def test_the_members_a_body_s_founding_text_lists_are_its_members():
    text = ("The Andean Solar Community (ASC) held its first ministerial meeting in Quito on Monday. "
            "Taking part were the four ASC member countries:\n\n- Ecuador\n- Bolivia\n- the Dominican Republic\n"
            "- Peru\n\nParaguay was not represented.")
    assert memberships(text) == {(f"state/{c}", COMMUNITY, "member") for c in ("ECU", "BOL", "DOM", "PER")}
    # the same list written in a line
    inline = ("The Andean Solar Community (ASC) held its first meeting. Its partner countries are Ecuador, Bolivia, "
              "the Dominican Republic and Peru. The ASC partner countries are Ecuador, Bolivia and Peru.")
    assert memberships(inline) == {(f"state/{c}", COMMUNITY, "member") for c in ("ECU", "BOL", "PER")}


def test_a_listed_body_keeps_the_members_of_the_reference_lists():
    # the reference lists describe OPEC: a list after "OPEC member countries" adds no member of its own
    assert memberships("The three OPEC member countries are Kenya, Ghana and Peru.") == set()


def test_states_that_take_part_in_a_body_s_meetings_as_dialogue_partners():
    text = "Japan and Australia take part in ASEAN meetings as dialogue partners."
    assert memberships(text) == {("state/JPN", "organization/association-of-southeast-asian-nations",
                                  "dialogue partner"),
                                 ("state/AUS", "organization/association-of-southeast-asian-nations",
                                  "dialogue partner")}
    # a state in a clause before is none of them
    other = "The programme runs in Chile, which the EU and its member states fund."
    assert memberships(other) == set()


def test_the_leaders_are_those_of_the_states_listed_just_before():
    text = ("The summit in Nairobi on Monday brought together Kenya, Ghana and Peru. "
            "The leaders adopted a joint declaration on energy security.")
    assert agreements(text) == [("Declaration", {"state/KEN", "state/GHA", "state/PER"})]
    bulleted = ("Taking part in the summit in Nairobi on Monday were:\n\n- Kenya\n- Ghana\n- Peru\n\n"
                "The ministers signed a joint statement on energy security.")
    assert agreements(bulleted) == [("JointStatement", {"state/KEN", "state/GHA", "state/PER"})]
    assert pairs(bulleted) == {frozenset(p) for p in (("state/KEN", "state/GHA"), ("state/KEN", "state/PER"),
                                                      ("state/GHA", "state/PER"))}


def test_their_ministers_are_those_of_the_states_just_counted():
    text = ("Kazakhstan, Uzbekistan and Azerbaijan will lay a cable under the Caspian Sea. The plan builds on a "
            "memorandum on linking the three countries' grids, signed by their ministers in Tashkent in May.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/KAZ", "state/UZB", "state/AZE"})]


def test_the_leaders_of_named_states_are_those_states():
    text = ("Kenya and Ghana met in Accra. The leaders of Peru and Chile signed a joint statement on energy in "
            "Lima.")
    assert agreements(text) == [("JointStatement", {"state/PER", "state/CHL"})]


# ---------------------------------------------------------------- a firm's short form that is also a city's name


def _keys_in_sentence(f, index):
    return {m.key for m in f.mentions if m.sentence == index}


def test_a_city_s_name_that_opens_a_firm_s_name_is_its_short_form():
    from reading_helpers import facts

    text = ("Kawasaki Heavy Industries, Ltd. launched a hydrogen carrier. The ship, built by Kawasaki, is run by a "
            "consortium of Kawasaki, Iwatani Corporation and AGL Energy Limited. Kawasaki Kisen Kaisha, Ltd. will "
            "crew it.")
    f = facts(text)
    assert "place/kawasaki" not in f.entities
    assert "organization/kawasaki-heavy-industries" in _keys_in_sentence(f, 1)
    firms = ["organization/kawasaki-heavy-industries", "organization/iwatani-corporation", "organization/agl-energy"]
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_a_city_s_name_the_text_uses_as_a_place_stays_the_place():
    from reading_helpers import facts

    text = "Kawasaki Heavy Industries, Ltd. launched a hydrogen carrier. It will be built in Kawasaki."
    f = facts(text)
    assert _keys_in_sentence(f, 1) == {"place/kawasaki"}
    # a region's name is never a firm's short form
    text = "The Tennessee Valley Authority will build a reactor. The US state of Tennessee has two plants already."
    assert "place/tennessee" in _keys_in_sentence(facts(text), 1)


def test_a_short_form_two_firms_share_is_the_one_named_before_it():
    from reading_helpers import facts

    text = ("Kawasaki Kisen Kaisha, Ltd. ordered a carrier. Kawasaki said the ship would sail in May. "
            "Kawasaki Heavy Industries, Ltd. will build it.")
    assert _keys_in_sentence(facts(text), 1) == {"organization/kawasaki-kisen-kaisha"}


# ---------------------------------------------------------------- a partnership signed


def test_a_partnership_signed_with_a_party_is_an_agreement():
    text = "Great British Energy signed a strategic partnership with Equinor in July."
    assert agreements(text) == [("Agreement", {"organization/great-british-energy", "organization/equinor"})]


def test_a_partnership_not_signed_or_inside_an_instrument_s_name_is_none():
    assert agreements("The partnership between Equinor and Orsted will grow.") == []
    assert agreements("Equinor described its tie with Orsted as a special strategic partnership.") == []
    text = "Kenya and Ghana signed a Comprehensive Economic Partnership Agreement (CEPA) in May."
    assert agreements(text) == [("Agreement", {"state/KEN", "state/GHA"})]


def test_a_name_that_opens_with_a_capitalised_article_is_the_other_side_of_a_deal():
    from reading_helpers import facts

    text = "Great British Energy signed a deal with The Rivermouth Estate in July."
    assert facts(text).entities["organization/rivermouth-estate"].kind == "Company"
    assert agreements(text) == [("Agreement", {"organization/great-british-energy",
                                               "organization/rivermouth-estate"})]


def test_a_partnership_signed_under_its_name_in_capitals_is_an_agreement():
    text = ("Australia and South Korea signed a memorandum on critical minerals. The two governments also signed a "
            "Low and Zero Emissions Technology Partnership, under which they will cooperate on hydrogen.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/AUS", "state/KOR"}),
                                ("Agreement", {"state/AUS", "state/KOR"})]
    # a partnership that a treaty's name holds is that treaty's
    treaty = "Russia and Iran signed a Treaty on Comprehensive Strategic Partnership on Friday."
    assert agreements(treaty) == [("Treaty", {"state/RUS", "state/IRN"})]


# ---------------------------------------------------------------- meetings an adverbial names


def _meetings(text):
    from reading_helpers import facts

    return [(e.kind, e.place, set(e.participants)) for e in facts(text).events]


def test_a_meeting_an_opening_adverbial_names_is_of_the_clause_s_actors():
    text = "At a meeting in Brussels in October, France, Spain and Portugal agreed on a hydrogen corridor."
    assert _meetings(text) == [("Meeting", "place/brussels", {"state/FRA", "state/ESP", "state/PRT"})]
    text = "Germany and France announced at their joint cabinet meeting in Paris that Germany would join the corridor."
    assert _meetings(text) == [("Meeting", "place/paris", {"state/DEU", "state/FRA"})]


def test_a_meeting_placed_and_dated_before_its_between_list():
    text = ("The announcement follows a meeting in Washington last month between Mexican President Andrés Manuel "
            "López Obrador and U.S. President Joe Biden.")
    assert _meetings(text) == [("Meeting", "place/washington-d-c", {"state/MEX", "state/USA"})]


def test_the_close_of_a_meeting_told_before_is_no_new_meeting():
    text = ("Ministers of Azerbaijan, Georgia, Romania and Hungary met in Bucharest for the Green Corridor Summit. "
            "At the close of the meeting, the four partner countries signed a joint letter.")
    assert [e.kind for e in __import__("reading_helpers").facts(text).events] == ["Summit"]


def test_the_end_of_their_meeting_is_their_meeting():
    text = "Energy ministers of Kenya and Ghana failed to agree on a target at the end of their meeting in Accra."
    assert _meetings(text) == [("Meeting", "place/accra", {"state/KEN", "state/GHA"})]


def test_who_attends_a_ceremony_takes_part_and_near_a_town_places_it():
    text = ("Construction of the pipeline was launched on 13 December 2015 near the city of Mary, at a ceremony "
            "attended by the leaders of Turkmenistan, Afghanistan, Pakistan and India.")
    assert _meetings(text) == [("Event", "place/mary-city", {"state/TKM", "state/AFG", "state/PAK", "state/IND"})]
    # attending is no signing
    assert agreements("The deal was signed at a ceremony attended by the leaders of Kenya and Ghana.") == []


def test_a_place_a_possessive_holds_is_the_event_s_place():
    text = ("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin joined the ceremony, held at "
            "the plant site in Mersin's Gulnar district, by video link.")
    assert _meetings(text) == [("Event", "place/gulnar", {"state/TUR", "state/RUS"})]


# ---------------------------------------------------------------- holders and partners listed


def test_holders_listed_with_their_shares_in_brackets_work_together():
    text = ("Each of the four joint venture participants – Shell (40%), PETRONAS (25%, through its subsidiary North "
            "Montney LNG), Mitsubishi Corporation (15%) and Korea Gas Corporation (KOGAS) (5%) – will take its share "
            "of the output.")
    firms = ["organization/shell", "organization/petronas", "organization/mitsubishi-corporation",
             "organization/korea-gas-corporation"]
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(firms) for b in firms[i + 1:]}


def test_the_partners_one_builds_with_work_with_each_other():
    text = "Ontario Power Generation is building the reactors with its partners AtkinsRéalis and Aecon."
    firms = ["organization/ontario-power-generation", "organization/atkinsrealis", "organization/aecon"]
    assert pairs(text) == {frozenset((a, b)) for i, a in enumerate(firms) for b in firms[i + 1:]}
    assert pairs("Ontario Power Generation said it may build the reactors with its partners AtkinsRéalis and "
                 "Aecon.") == set()


def test_firms_listed_each_with_its_state_are_the_parties_not_the_states():
    text = ("The gas grid operators – Enagás in Spain, REN in Portugal, GRTgaz and Teréga in France and OGE in "
            "Germany – have since signed a cooperation agreement.")
    assert agreements(text) == [("Agreement", {"organization/enagas", "organization/redes-energeticas-nacionais",
                                               "organization/grtgaz", "organization/terega",
                                               "organization/open-grid-europe"})]


def test_an_instrument_named_in_capitals_before_its_noun():
    text = 'Australia, South Korea and the United States endorsed the Tokyo Statement on hydrogen.'
    assert agreements(text) == [("JointStatement", {"state/AUS", "state/KOR", "state/USA"})]
    quoted = ('Participants included Australia, South Korea and the European Union. They endorsed a "Tokyo '
              'Statement" on hydrogen.')
    assert agreements(quoted) == [("JointStatement", {"state/AUS", "state/KOR", "organization/european-union"})]
    # a statement with no name is none
    assert agreements("Kenya and Ghana issued a statement on Monday.") == []


def test_a_trust_is_an_organization():
    from reading_helpers import facts

    text = "Obayashi Corporation and the Tuaropaki Trust, a Maori land trust, opened a plant near Taupo."
    assert facts(text).entities["organization/tuaropaki-trust"].kind == "Organization"


def test_signatories_named_alongside_a_described_group_signed_too():
    text = ("The 22 signatories of the Declaration to Triple Nuclear Energy commit to working together. "
            "France, Japan and the United Arab Emirates were among the signatories, alongside a group of central "
            "and eastern European states, Ghana and Mongolia.")
    assert agreements(text) == [("Declaration", {"state/FRA", "state/JPN", "state/ARE", "state/GHA", "state/MNG"})]


def test_a_named_pledge_or_charter_signed_is_an_agreement():
    from reading_helpers import facts

    text = ("The Global Renewables and Energy Efficiency Pledge was launched in Dubai. The European Union, the UAE "
            "and Australia are among the 118 signatories.")
    f = facts(text)
    assert [(a.kind, set(a.parties), a.label) for a in f.agreements] == [
        ("Agreement", {"organization/european-union", "state/ARE", "state/AUS"},
         "Global Renewables and Energy Efficiency Pledge")]
    assert agreements("Kenya and Ghana signed a pledge on clean cooking.") == [("Agreement", {"state/KEN", "state/GHA"})]
    # a pledge made, not signed, is none
    assert agreements("Kenya made a pledge to cut emissions, and Ghana welcomed it.") == []


def test_a_declaration_a_body_s_leaders_adopt_is_the_body_s():
    from reading_helpers import facts

    f = facts("BRICS leaders adopted the Rio de Janeiro Declaration on Monday.")
    assert [(a.kind, a.parties, a.label) for a in f.agreements] == [
        ("Declaration", ("organization/brics",), "Rio de Janeiro Declaration")]
    # a body alone, its members not said to act, signs nothing by itself
    assert agreements("BRICS adopted a declaration.") == []
    # the day after an instrument's name is no part of it
    g = facts("Kenya and Ghana signed the Declaration on Energy Security on Monday.")
    assert [a.label for a in g.agreements] == ["Declaration on Energy Security"]


def test_an_alliance_signed_or_sealed_is_an_agreement():
    text = ('The European Union and Norway agreed on Monday to deepen cooperation on clean energy, sealing a "green '
            'alliance" with each other.')
    assert agreements(text) == [("Agreement", {"organization/european-union", "state/NOR"})]
    assert agreements("The EU concluded a similar green alliance with Japan in 2021.") == [
        ("Agreement", {"organization/european-union", "state/JPN"})]
    # joining an alliance is a membership, not an agreement
    assert agreements("Kenya joined the International Solar Alliance in 2020.") == []


# ---------------------------------------------------------------- signers named by office and signature


def test_a_firm_based_in_a_state_is_the_party_not_the_state():
    text = "Gasgrid Finland chartered the vessel from the US-based Excelerate Energy under an agreement signed in May."
    assert agreements(text) == [("Agreement", {"organization/gasgrid-finland", "organization/excelerate-energy"})]


def test_the_signatures_an_instrument_named_before_bears_are_its_parties():
    text = ("The Marienborg Declaration was signed on Tuesday at the residence. It bears the signatures of German "
            "Chancellor Olaf Scholz, Polish Prime Minister Mateusz Morawiecki and Swedish Prime Minister Magdalena "
            "Andersson.")
    assert agreements(text) == [("Declaration", {"state/DEU", "state/POL", "state/SWE"})]


def test_signers_named_by_their_office_of_a_state():
    text = ("The memorandum was signed in Brussels by the President of Kenya, William Ruto, and the Prime Minister of "
            "Norway, Jonas Gahr Støre.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/KEN", "state/NOR"})]


def test_an_alliance_launched_is_no_body_and_the_alliance_signed_is_no_reference_to_one():
    from reading_helpers import facts

    text = ("The European Union and Norway today launched a Green Alliance. The alliance was signed in Brussels by "
            "the Prime Minister of Norway, Jonas Gahr Støre, and the President of the European Commission, Ursula "
            "von der Leyen.")
    f = facts(text)
    assert "organization/green-alliance" not in f.entities
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"state/NOR", "organization/european-commission"})]


def test_the_signatories_of_a_pledge_named_after_it():
    text = ("Some 118 governments signed up to the Global Renewables Pledge. The pledge was championed by the "
            "European Union; among the signatories are the US, Brazil and Japan.")
    assert agreements(text) == [("Agreement", {"state/USA", "state/BRA", "state/JPN"})]


# ---------------------------------------------------------------- names


def test_a_body_named_with_its_state_and_defined_by_its_acronym():
    from reading_helpers import facts

    text = "NHPC Limited signed a memorandum with Investment Board Nepal (IBN) on Thursday. IBN will study it."
    f = facts(text)
    body = f.entities["organization/investment-board-nepal"]
    assert (body.kind, body.label, body.country) == ("Company", "Investment Board Nepal", "NPL")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/nhpc",
                                                               "organization/investment-board-nepal"})]
    # states that an acronym happens to spell name no body
    assert "organization/kenya-and-ghana" not in facts("Ministers of Kenya and Ghana (KG) met.").entities


def test_the_kingdom_in_capitals_is_no_place():
    from reading_helpers import facts

    f = facts("They agreed to work on the localization of energy supply chains in the Kingdom.")
    assert not any(k.startswith("place/kingdom") for k in f.entities)


def test_a_firm_s_organ_in_a_title_is_no_part_of_the_holder_s_name():
    from reading_helpers import facts

    f = facts("The contract was signed by Chairman of the Gazprom Management Committee Alexei Miller.")
    miller = f.entities["person/alexei-miller"]
    assert (miller.position, miller.represents) == ("Chairman of the Gazprom Management Committee", "organization/gazprom")


def test_the_states_that_found_a_body_are_its_members():
    assert memberships("Kenya, Uganda and Tanzania founded the East African Community in 1967.") == {
        (f"state/{c}", "organization/east-african-community", "member") for c in ("KEN", "UGA", "TZA")}
    text = "Mali and Burkina Faso, which have formed the Alliance of Sahel States (AES), said they would leave ECOWAS."
    assert memberships(text) == {(f"state/{c}", "organization/alliance-of-sahel-states", "member")
                                 for c in ("MLI", "BFA")}
    # a body whose name holds another's is not that other
    assert memberships("Washington and Brussels set up the EU-US Energy Council in 2009.") == set()


def test_the_junta_is_the_state_it_rules():
    text = ("Niger has been ruled by a military government since 2023. In April the junta signed an agreement with "
            "PetroChina for a $400 million advance.")
    assert agreements(text) == [("Agreement", {"state/NER", "organization/petrochina"})]


def test_romance_names_of_state_bodies_with_their_article_and_conjunction():
    from reading_helpers import facts

    # (a body no list holds: Uruguay's UTE, once read here, is a listed utility since the forty-fourth session)
    f = facts("La Secretaría de Energía and the Administración Nacional de Centrales y Redes Eléctricas (ANCRE) "
              "signed a memorandum in Montevideo.")
    kinds = {k: (e.kind, e.label) for k, e in f.entities.items() if k.startswith("organization/")}
    assert kinds == {
        "organization/secretaria-de-energia": ("GovernmentBody", "Secretaría de Energía"),
        "organization/administracion-nacional-de-centrales-y-redes-electricas":
            ("GovernmentBody", "Administración Nacional de Centrales y Redes Eléctricas")}


def test_the_eleven_countries_are_those_named_and_not_the_one_kept_away():
    text = ("Ministers from Australia and from Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, "
            "Singapore, Thailand, Vietnam and Japan gathered in Tokyo. Myanmar, the bloc's 10th member, was not "
            "invited. The 11 member countries adopted a joint statement.")
    states = {"AUS", "BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "JPN"}
    assert agreements(text) == [("JointStatement", {f"state/{c}" for c in states})]


def test_a_city_in_capitals_before_a_colon_or_alone_above_a_blank_line_is_the_dateline():
    from reading_helpers import facts

    assert facts("NEW DELHI: India and the UAE on Monday signed an agreement.").dateline_place == "place/new-delhi"
    assert facts("ANKARA\n\nTurkiye and Iran signed a gas deal on Tuesday.").dateline_place == "place/ankara"
    # a heading in capitals is no city
    assert facts("BACKGROUND\n\nKenya and Iran signed a deal.").dateline_place is None


def test_a_line_between_two_states_is_a_work_of_both():
    assert pairs("Serbia on Sunday inaugurated a gas interconnector with Bulgaria.") == {
        frozenset(("state/SRB", "state/BGR"))}
    # a pipeline across many states links each to its neighbours only: no pairs of all of them
    text = "The pipeline will run from Nigeria through Benin, Togo and Ghana to Morocco."
    assert not any(len(p) == 2 and "state/NGA" in p and "state/MAR" in p for p in pairs(text))
    # two states the line goes to are two destinations of it, not the two ends it links
    assert pairs("Algerian gas has been carried to Spain and Portugal through the Maghreb pipeline since 1996.") == set()
    assert pairs("A new 300 km pipeline will carry gas from Azerbaijan to Georgia.") == {
        frozenset(("state/AZE", "state/GEO"))}


def test_datelines_with_accented_capitals_or_the_agency_after_a_full_stop():
    from reading_helpers import facts

    f = facts("BOGOTÁ/QUITO, April 17 (Andean Power Monitor) — Colombia has stopped selling electricity to Ecuador.")
    assert (f.dateline_place, f.publisher) == ("place/bogota", "Andean Power Monitor")
    g = facts("ASTANA. KAZINFORM - The agency signed a deal with Rosatom.")
    assert (g.dateline_place, g.publisher) == ("place/astana", "KAZINFORM")
    # an abbreviation's full stop is part of the city's name
    from epkg.graph.extract.header import find_datelines

    assert [d.city for d in find_datelines("ST. PETERSBURG - Gazprom signed.")] == ["ST. PETERSBURG"]
