"""Forms of news read rightly since the forty-second session: the ministers of a bloc's meeting adopt its statement as
the bloc; who a meeting brings together, or is still to meet, works with no one for that; a unit named in an
apposition holds the share, not its parent; a filing's addressee takes no part; works listed each with its rating
and name are one work each; numbers spelled out in full; a firm described as "the company of" a state is no state's
act; the first of the instruments counted is signed by the one who signed them all; a builder does not work with
the developer it builds for; a dateline's city is the namesake in the state the report names; short names of
initials and words; a region in brackets inside a firm's name; lenders counted, then listed after a colon; a
ministry "of" a state named at the end of a sentence; firms that "put their names to" an agreement; what an
instrument is said to be in general; and a body named by its head noun, then its state ("the Investment Board Nepal").

Every document here is written for the test; the expected facts are exact. Tests whose comment says "a guard"
pass on the code before the session too: they keep the changes from going too far.
"""
from __future__ import annotations

import pytest
from reading_helpers import agreements, facts, pairs

ASEAN = "organization/association-of-southeast-asian-nations"
ACWA = "organization/acwa-power"
SPPC = "organization/saudi-power-procurement-company"
GE_MINISTRY = "organization/ministry-of-economy-and-sustainable-development-of-georgia"
MASDAR = "organization/masdar"

_BLOC_MEETING = ("KUALA LUMPUR, 14 October 2026 - The 44th ASEAN Ministers on Energy Meeting was held today in Kuala "
                 "Lumpur. The meeting brought together the energy ministers of Brunei Darussalam, Cambodia, Indonesia, "
                 "Malaysia and Thailand, together with the ASEAN Secretariat. ")


def test_the_ministers_of_a_blocs_meeting_adopt_its_statement_as_the_bloc():
    # before: a joint statement of the five states, and each pair of them working together
    text = _BLOC_MEETING + "The Ministers adopted a Joint Ministerial Statement on grid integration."
    found = facts(text, published="2026-10-14")
    assert [(a.kind, a.parties) for a in found.agreements] == [("JointStatement", (ASEAN,))]
    assert not any(c.actors[0].startswith("state/") and c.actors[1].startswith("state/") for c in found.cooperations)


def test_whom_a_meeting_brought_together_with_others_is_no_partner_of_them():
    # before: each state's pair with the ASEAN Secretariat, for "together with"
    found = facts(_BLOC_MEETING, published="2026-10-14")
    assert not any("organization/asean-secretariat" in c.actors for c in found.cooperations)


def test_the_ministers_of_two_states_still_sign_as_their_states():
    # a guard: no bloc's meeting, two states named; "the ministers" are theirs
    text = ("The energy ministers of Indonesia and Malaysia met in Jakarta on Monday. The ministers signed a "
            "memorandum of understanding on cross-border power trade.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/IDN", "state/MYS"})]


def test_a_blocs_meeting_still_to_come_makes_no_member_its_partner():
    # before: China, Japan and Korea each worked with ASEAN, for a meeting announced for the next day
    text = ("KUALA LUMPUR, 14 October 2026 - Tomorrow the ASEAN energy ministers will meet their counterparts from "
            "China, Japan and South Korea at the ASEAN Plus Three Energy Ministers Meeting.")
    assert pairs(text) == set()


def test_a_unit_named_in_an_apposition_holds_the_share_not_its_parent():
    # before: the parents (the fund and Saudi Aramco) held the shares, and worked with ACWA Power
    text = ("ACWA Power holds a 40 percent stake in the project company. Badeel, a wholly owned subsidiary of the "
            "Public Investment Fund, holds another 35 percent, while Saudi Aramco Power Company, a unit of Saudi "
            "Aramco, holds the remaining 25 percent.")
    assert pairs(text) == {frozenset(p) for p in ((ACWA, "organization/badeel"),
                                                    (ACWA, "organization/saudi-aramco-power-company"),
                                                    ("organization/badeel", "organization/saudi-aramco-power-company"))}


def test_a_consortium_after_a_dateline_signs_through_its_leader_and_a_filings_addressee_takes_no_part():
    # before: the dateline hid the consortium's leader, and the exchange the filing went to signed in its place
    text = ("RIYADH: A consortium led by ACWA Power signed power purchase agreements with the Saudi Power "
            "Procurement Company on Wednesday for two solar plants, the developer said in a filing to the Saudi "
            "Exchange.")
    found = facts(text, published="2026-06-18")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [("Contract", {ACWA, SPPC})]
    assert "organization/saudi-exchange" not in {k for p in found.projects for k in
                                                 p.participants + p.developers + p.investors + p.contractors}
    assert "organization/saudi-exchange" not in {k for c in found.cooperations for k in c.actors}


def test_works_listed_each_with_its_rating_and_name_are_one_work_each():
    # before: one 2,000 MW plant with no name (the two of one rating merged), and the list's places mixed
    text = ("The agreements cover the 2,000 MW Haden and 1,800 MW Muwayh solar plants in Makkah province and the "
            "1,500 MW Al-Khushaybi plant in Qassim province.")
    found = facts(text)
    got = sorted((p.label, p.capacity_mw, p.technologies, p.locations) for p in found.projects)
    assert got == [("Al-Khushaybi plant", 1500.0, ("solar",), ("place/qassim",)),
                   ("Haden solar plant", 2000.0, ("solar",), ("place/makkah-province",)),
                   ("Muwayh solar plant", 1800.0, ("solar",), ("place/makkah-province",))]


def test_two_works_of_one_rating_listed_with_their_names_stay_two():
    # before: the first rating, its noun past a number's comma, was dropped, and the second had no name
    text = "NHPC will develop the 1,200 MW West Seti and 1,200 MW Seti River-6 hydropower projects in Nepal."
    got = sorted((p.label, p.capacity_mw, p.technologies, p.hosts) for p in facts(text).projects)
    assert got == [("Seti River-6 hydropower project", 1200.0, ("hydro",), ("state/NPL",)),
                   ("West Seti hydropower project", 1200.0, ("hydro",), ("state/NPL",))]


@pytest.mark.parametrize("spelled, mw", [("one hundred and fifty megawatts", 150.0),
                                         ("a two-hundred-and-forty-megawatt", 240.0),
                                         ("one thousand six hundred megawatts", 1600.0)])
def test_a_rating_spelled_out_in_full(spelled, mw):
    # before: 50 MW, none, and 600 MW (the words before the last "and" or the last hundred were lost)
    text = f"Kolkheti Wind LLC will build {spelled} wind farm near Kutaisi, in Georgia."
    if not spelled.startswith("a "):
        text = f"Kolkheti Wind LLC will build a wind farm of {spelled} near Kutaisi, in Georgia."
    assert [p.capacity_mw for p in facts(text).projects] == [mw]


def test_a_range_of_two_spelled_numbers_is_not_their_sum():
    # a guard: "between one and two gigawatts" is no rating of three
    text = "Kolkheti Wind LLC will build a wind farm of between one and two gigawatts near Kutaisi, in Georgia."
    assert [p.capacity_mw for p in facts(text).projects] in ([], [2000.0])


def test_the_first_of_two_memoranda_is_the_signers_with_the_firm_its_state_described():
    # before: a memorandum between Masdar and the Emirates, whose solar plant the Emirates hosted
    text = ("TBILISI, June 12 - Georgia's Ministry of Economy and Sustainable Development on Tuesday signed two "
            "memoranda on new renewable power plants. The first memorandum, with Masdar, the renewable energy "
            "company of the United Arab Emirates, provides for a 300-megawatt solar plant in the eastern Kakheti "
            "region.")
    found = facts(text, published="2026-06-12")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == \
        [("MemorandumOfUnderstanding", {GE_MINISTRY, MASDAR})]
    assert [(p.capacity_mw, p.hosts, p.locations) for p in found.projects] == \
        [(300.0, ("state/GEO",), ("place/kakheti",))]


def test_a_first_agreement_with_no_count_before_it_names_its_own_sides():
    # a guard: "the first agreement" of a story that counted nothing is not a series' item
    text = ("Georgia's Ministry of Economy and Sustainable Development signed an agreement with Masdar in 2024. "
            "The first agreement with Kolkheti Wind LLC followed in 2025.")
    assert ("Agreement", {GE_MINISTRY, MASDAR}) in agreements(text)


def test_a_firm_that_will_supply_the_work_is_a_firm():
    # before: a name in no list, with no head noun, was kept only when it signed or was described as a firm
    text = ("Akaysha Energy reached financial close on its battery. Tesla will supply the battery units and "
            "Consolidated Power Projects (CPP), the Brisbane-based engineering firm, holds the balance-of-plant "
            "contract.")
    found = facts(text)
    assert {"organization/tesla", "organization/consolidated-power-projects"} <= set(found.entities)
    assert "CPP" in found.entities["organization/consolidated-power-projects"].alt_labels


def test_a_place_before_a_participle_of_work_is_still_a_place():
    # a guard: "the line from Dire Dawa built with …" does not make the place a firm that builds
    text = ("Djibouti has imported Ethiopian power since 2011, when a 283 km line from Dire Dawa built largely with "
            "financing from the African Development Bank was inaugurated.")
    found = facts(text)
    assert "organization/dire-dawa" not in found.entities


GLOBELEQ = "organization/globeleq"


def test_a_developer_and_the_firm_that_builds_for_it_are_no_partners_but_co_developers_are():
    text = "The 100 MW Garissa solar plant in Kenya is developed by Globeleq and built by PowerChina."
    assert pairs(text) == set()
    text = ("Noor Kestrel, a 1.2-gigawatt solar plant at Sweihan developed by TAQA with Japan's Marubeni, has been "
            "feeding the grid since 2019.")
    assert pairs(text) == {frozenset({"organization/taqa", "organization/marubeni"})}


def test_an_agreement_its_members_signed_is_not_their_blocs_for_being_all_of_its_members():
    # before: the agreement was the Organization of Turkic States', and each state worked with it, not each other
    text = ("Azerbaijan, Kazakhstan and Uzbekistan signed an agreement on strategic partnership in green energy in "
            "Baku in November. Azerbaijan, Kazakhstan and Uzbekistan are members of the Organization of Turkic "
            "States.")
    assert agreements(text) == [("Agreement", {"state/AZE", "state/KAZ", "state/UZB"})]
    assert pairs(text) == {frozenset(p) for p in (("state/AZE", "state/KAZ"), ("state/AZE", "state/UZB"),
                                                    ("state/KAZ", "state/UZB"))}


def test_a_dateline_city_is_the_namesake_in_the_state_the_report_names():
    # before: St. John's was Antigua and Barbuda's capital in a story on Canada, and "St. John's" in running text
    # was Saint John ("St. John" and a possessive)
    text = ("ST. JOHN'S, Dec. 13, 2026 - Canada's two largest hydropower utilities have signed a memorandum. The "
            "memorandum was signed at a ceremony in St. John's by Hydro-Québec and Nalcor Energy.")
    found = facts(text, published="2026-12-13")
    places = {k for k, e in found.entities.items() if k.startswith("place/")}
    assert places == {"place/st-john-s-can"} and found.entities["place/st-john-s-can"].country == "CAN"
    assert [a.place for a in found.agreements] == ["place/st-john-s-can"]


def test_a_capital_in_a_dateline_stays_the_capital_when_its_state_is_named():
    # a guard: the listed capital, when the report names its state
    text = "ST. JOHN'S, May 4, 2026 - Antigua and Barbuda signed a solar agreement with India."
    found = facts(text, published="2026-05-04")
    assert found.entities["place/st-john-s"].country == "ATG"


def test_a_short_name_of_initials_and_the_last_word_is_the_bodys():
    # before: "NL Hydro" was a third firm, and a third signer
    text = ("The memorandum was signed by Hydro-Québec and Newfoundland and Labrador Hydro (NL Hydro). NL Hydro will "
            "own 60% of the new plant.")
    found = facts(text)
    assert "NL Hydro" in found.entities["organization/newfoundland-and-labrador-hydro"].alt_labels
    assert [(a.kind, set(a.parties)) for a in found.agreements] == \
        [("MemorandumOfUnderstanding", {"organization/hydro-quebec", "organization/newfoundland-and-labrador-hydro"})]


def test_a_firm_whose_name_holds_a_region_in_brackets_is_named_whole():
    # before: "Labrador) Corporation", and a place "Churchill Falls" in the firm's name
    text = ("Churchill Falls (Labrador) Corporation has sold the station's output to Hydro-Québec under a contract "
            "the two companies signed in 1969.")
    found = facts(text)
    assert "organization/churchill-falls-labrador-corporation" in found.entities
    assert [(a.kind, set(a.parties), a.date) for a in found.agreements] == \
        [("Contract", {"organization/churchill-falls-labrador-corporation", "organization/hydro-quebec"}, "1969")]


def test_lenders_counted_then_listed_after_a_colon_are_the_other_side():
    # before: Westpac and ING were no firms, and the company signed with none of the four
    text = ("Akaysha Energy has reached financial close on its battery. The company signed a A$650 million debt "
            "package on Wednesday with a club of four lenders: Japan's MUFG Bank, the Commonwealth Bank of Australia "
            "(CBA), Westpac and the Dutch lender ING.")
    assert agreements(text) == [("Agreement", {"organization/akaysha-energy", "organization/mufg-bank",
                                               "organization/commonwealth-bank-of-australia", "organization/westpac",
                                               "organization/ing"})]


@pytest.mark.parametrize("end", [".", ". Under the memorandum, the sides will meet every year."])
def test_a_ministry_of_a_state_named_last_in_the_sentence_is_that_states(end):
    # before: the full stop joined the state's name ("Thailand.", "Thailand. Under"), and the ministry became the
    # dateline's state's (China's); "Officials" opening the sentence was an organization
    text = ("BEIJING, 6 February 2025 - Officials signed a memorandum of understanding on clean energy cooperation "
            f"between the National Energy Administration and the Ministry of Energy of the Kingdom of Thailand{end}")
    found = facts(text, published="2025-02-06")
    assert "organization/ministry-of-energy-of-thailand" in found.entities
    assert "organization/ministry-of-energy-of-china" not in found.entities
    assert "organization/officials" not in found.entities
    assert [(a.kind, set(a.parties)) for a in found.agreements] == \
        [("MemorandumOfUnderstanding", {"organization/national-energy-administration",
                                        "organization/ministry-of-energy-of-thailand"})]


def test_firms_that_put_their_names_to_an_agreement_signed_it():
    # before: no signing verb, and no agreement
    text = ("Minutes later, the grid operators Energinet and 50Hertz put their names to a cooperation agreement on "
            "the two cables.")
    assert agreements(text) == [("Agreement", {"organization/energinet", "organization/50hertz"})]


def test_what_an_instrument_is_said_to_be_in_general_is_no_instrument():
    # before: "A memorandum" of the quote, with "signing" after it, was a memorandum between "the two sides", the
    # states named last
    text = ("For Tokyo, which already imports gas from Qatar and coal from around the world, the deal adds a further "
            "supply route.\n\nSome analysts remain cautious. \"A memorandum is not a contract, and we have been here "
            "before,\" said a Tokyo-based analyst, recalling that the two sides had announced progress several times "
            "since 2019 without signing binding terms.")
    assert agreements(text) == []


def test_a_body_named_by_its_head_noun_then_its_state_is_one_body():
    # before: "the Investment Board Nepal" was Nepal, and the state signed in the board's place
    text = "NHPC signed an agreement with the Investment Board Nepal in August to develop a hydropower plant."
    found = facts(text)
    assert found.entities["organization/investment-board-nepal"].country == "NPL"
    assert [(a.kind, set(a.parties)) for a in found.agreements] == \
        [("Agreement", {"organization/nhpc", "organization/investment-board-nepal"})]


def test_a_body_known_by_its_own_name_keeps_its_state_apart():
    # a guard: a state after a known body's name and before more of the phrase is no part of the body's name
    text = "The Asian Development Bank Nepal office signed a grant agreement with the Nepal Electricity Authority."
    assert "organization/asian-development-bank-nepal" not in facts(text).entities
