"""Firms named with their legal form (Indonesia's "PT", a listed body's name with its form written short,
trades joined by "and" inside a name), an acronym a firm the text names spells, the parents of the
subsidiaries that sign, and "the leaders" standing for the states whose office holders the text just named
(twenty-first session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, pairs

ACWA = "organization/acwa-power"
PT_PPI = "organization/pertamina-power-indonesia"
PT_PLN_IP = "organization/pln-indonesia-power"
PERTAMINA = "organization/pertamina"
PLN = "organization/perusahaan-listrik-negara"


def _entities(text: str) -> dict[str, tuple[str, str]]:
    return {e.key: (e.kind, e.label) for e in facts(text).entities.values()}


def test_a_firm_named_after_its_indonesian_legal_form_is_one_company_named_again_without_it():
    text = ("JAKARTA - ACWA Power signed a joint development agreement with PT Pertamina Power Indonesia on "
            "green hydrogen on Thursday. The signing was attended by Pertamina Power Indonesia President "
            "Director Dannif Danusaputro.")
    found = facts(text)
    assert found.entities[PT_PPI].kind == "Company"
    # named as the lists and the rest of the text name Indonesian firms, without "PT"; the form kept beside it
    assert found.entities[PT_PPI].label == "Pertamina Power Indonesia"
    assert "PT Pertamina Power Indonesia" in found.entities[PT_PPI].alt_labels
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [("Agreement", {ACWA, PT_PPI})]
    person = found.entities["person/dannif-danusaputro"]
    assert person.represents == PT_PPI
    assert "organization/pertamina-power" not in found.entities


def test_the_parent_written_with_its_legal_form_stays_the_parent_beside_its_subsidiary():
    # before: "PT Pertamina (Persero)" was read as a short form of the subsidiary named later
    text = ("JAKARTA - ACWA Power has signed cooperation agreements with subsidiaries of state-owned "
            "electricity company PT PLN (Persero) and state oil and gas firm PT Pertamina (Persero). The first "
            "is a power purchase agreement between PT PLN Indonesia Power and ACWA Power. The second is a "
            "joint development agreement between ACWA Power and PT Pertamina Power Indonesia. Pertamina "
            "President Director Nicke Widyawati attended.")
    found = facts(text)
    assert {PERTAMINA, PLN, PT_PPI, PT_PLN_IP} <= set(found.entities)
    # the subsidiaries sign; their parents, named after "subsidiaries of", are no parties
    assert sorted((a.kind, tuple(sorted(a.parties))) for a in found.agreements) == [
        ("Agreement", tuple(sorted((ACWA, PT_PPI)))), ("Contract", tuple(sorted((ACWA, PT_PLN_IP))))]
    assert found.entities["person/nicke-widyawati"].represents == PERTAMINA


def test_a_listed_body_named_in_full_with_commas_and_its_legal_form_written_short():
    text = ("JEDDAH - Saudi Arabian Oil Co. and Japan Oil, Gas and Metals National Corp. signed a memorandum "
            "on hydrogen and ammonia on Sunday.")
    jogmec = "organization/japan-organization-for-metals-and-energy-security"
    assert _entities(text) == {
        "place/jeddah": ("Place", "Jeddah"),
        "organization/saudi-aramco": ("Company", "Saudi Aramco"),
        jogmec: ("GovernmentBody", "Japan Organization for Metals and Energy Security")}
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/saudi-aramco", jogmec})]


def test_two_trades_joined_inside_a_firm_name_before_its_legal_form():
    text = ("Saudi Aramco holds a stake in the Fujian Refining and Petrochemical Co. in Quanzhou, alongside "
            "Sinopec.")
    entities = _entities(text)
    assert entities["organization/fujian-refining-and-petrochemical"] == ("Company",
                                                                          "Fujian Refining and Petrochemical")
    assert "organization/fujian-refining" not in entities and "organization/petrochemical" not in entities


def test_an_acronym_the_named_firm_spells_is_that_firm_not_a_listed_one_elsewhere():
    # "ZPC" is also the listed acronym of Zimbabwe's power company, which this text never names
    text = ("Aramco will supply crude oil to Zhejiang Petroleum and Chemical Co. under a 20-year sales "
            "agreement. Rongsheng owns a 51 percent stake in ZPC.")
    found = facts(text)
    zpc = "organization/zhejiang-petroleum-and-chemical"
    assert "organization/zimbabwe-power-company" not in found.entities
    assert "ZPC" in found.entities[zpc].alt_labels
    assert {m.key for m in found.mentions if m.text == "ZPC"} == {zpc}


def test_the_acronym_stays_the_listed_body_when_the_text_names_it_in_full():
    text = ("Zimbabwe Power Company (ZPC) runs the Hwange plant. Zambezi Power Corporation, a private firm, "
            "bought coal from ZPC.")
    found = facts(text)
    assert {m.key for m in found.mentions if m.text == "ZPC"} == {"organization/zimbabwe-power-company"}


def test_the_leaders_are_the_states_whose_presidents_were_just_named():
    text = ("NEW YORK, Sept 19 - President Joe Biden hosted a summit with President Kassym-Jomart Tokayev of "
            "Kazakhstan, President Sadyr Japarov of the Kyrgyz Republic, President Emomali Rahmon of "
            "Tajikistan, President Serdar Berdimuhamedov of Turkmenistan and President Shavkat Mirziyoyev of "
            "Uzbekistan. The leaders adopted a joint declaration on energy and climate.")
    states = {f"state/{c}" for c in ("USA", "KAZ", "KGZ", "TJK", "TKM", "UZB")}
    assert agreements(text) == [("Declaration", states)]
    assert pairs(text) == {frozenset((a, b)) for a in states for b in states if a < b}


def test_the_leaders_after_a_list_of_two_states_stay_those_two():
    text = ("President Ilham Aliyev of Azerbaijan received President Recep Tayyip Erdogan of Turkey in Baku. "
            "The leaders signed a joint declaration on gas.")
    assert agreements(text) == [("Declaration", {"state/AZE", "state/TUR"})]


def test_a_large_place_before_a_comma_and_an_office_is_no_person():
    text = ("On the margins of the General Assembly in New York, President Joe Biden hosted the leaders of "
            "Central Asia.")
    found = facts(text)
    assert "person/new-york" not in found.entities
    assert found.entities["place/new-york"].kind == "Place"


def test_a_portfolio_word_before_a_name_is_the_title_s_not_the_person_s():
    text = ("ABU DHABI - The UAE Special Envoy for Climate Change Sultan Al Jaber met Kenya's energy minister "
            "on Monday.")
    found = facts(text)
    assert "person/sultan-al-jaber" in found.entities
    assert "person/change-sultan-al-jaber" not in found.entities


def test_a_person_named_before_an_apposition_giving_an_office_at_a_firm_signs_for_it():
    text = ("BAKU - SOCAR president Rovshan Najaf and Gary Jones, BP's regional president for Azerbaijan, Georgia "
            "and Turkey, signed a memorandum of understanding on exploration on Friday.")
    found = facts(text)
    assert "organization/gary-jones" not in found.entities
    assert found.entities["person/gary-jones"].represents == "organization/bp"
    # the states of the office's region are no parties
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("MemorandumOfUnderstanding", {"organization/socar", "organization/bp"})]


def test_a_state_named_after_a_ceasefire_is_no_party():
    # before: Armenia and SOCAR were read as the two sides of the contract
    text = ("Heydar Aliyev, barely a year into his presidency and with a ceasefire with Armenia only four months "
            "old, watched as SOCAR and a consortium of foreign companies signed a production sharing agreement for "
            "the Caspian fields.")
    assert agreements(text) == []


def test_a_listed_firm_s_unit_named_by_its_trade_is_a_firm_of_its_own():
    text = ("The contract was signed by the Hungarian state energy company MVM and Gazprom Export in Budapest, in "
            "the presence of Gazprom Export Director General Elena Burmistrova.")
    found = facts(text)
    unit = found.entities["organization/gazprom-export"]
    assert (unit.kind, unit.label, unit.country) == ("Company", "Gazprom Export", "RUS")
    assert "organization/gazprom" not in found.entities
    assert found.entities["person/elena-burmistrova"].represents == "organization/gazprom-export"
    assert [set(a.parties) for a in found.agreements] == [{"organization/mvm-group", "organization/gazprom-export"}]


def test_a_trade_word_opening_a_longer_name_makes_no_unit():
    found = facts("Gazprom International Gas Forum delegates met in St Petersburg. Gazprom signed nothing.")
    assert "organization/gazprom-international" not in found.entities


def test_talks_in_a_region_s_city_are_placed_in_the_city():
    found = facts("In talks in the Red Sea port city of Jeddah on Sunday, Japan and Saudi Arabia agreed to set up a "
                  "strategic dialogue on energy.")
    assert [(e.kind, e.place, set(e.participants)) for e in found.events] == [
        ("Meeting", "place/jeddah", {"state/JPN", "state/SAU"})]


def test_loans_signed_as_a_sum_with_a_lender_and_a_group_of_banks_named_after_it():
    text = ("DUBLIN - In November 2022 EirGrid signed €800 million of loans with the European Investment Bank and a "
            "group of commercial banks, Barclays, BNP Paribas and Danske Bank, in Dublin.")
    found = facts(text)
    assert [(a.kind, set(a.parties), a.date, a.place) for a in found.agreements] == [
        ("Agreement", {"organization/eirgrid", "organization/european-investment-bank", "organization/barclays",
                       "organization/bnp-paribas", "organization/danske-bank"}, "2022-11", "place/dublin")]
    assert found.entities["organization/barclays"].country == "GBR"  # a large lender the reference list holds


def test_plural_partnerships_signed_without_a_sum_are_no_agreement():
    text = ("The European Union has signed strategic partnerships on raw materials with Kazakhstan and Namibia, as "
            "Brussels tries to secure supplies away from China and Russia.")
    assert agreements(text) == []


def test_a_name_with_bint_is_one_person():
    found = facts("ABU DHABI - Minister of Climate Change and Environment Mariam bint Mohammed Almheiri met Jordan's "
                  "energy minister on Monday.")
    assert {e.label for e in found.entities.values() if e.kind == "Person"} == {"Mariam bint Mohammed Almheiri"}


def test_a_short_name_in_brackets_of_first_words_and_initials_names_the_firm_later():
    text = ("HANOI - Phu Quoc Petroleum Operating Company (Phu Quoc POC) signed a contract with PetroVietnam "
            "Technical Services Corporation on Monday. Phu Quoc POC and PV Gas signed a heads of agreement in 2022.")
    found = facts(text)
    poc = "organization/phu-quoc-petroleum-operating-company"
    assert "organization/poc" not in found.entities
    assert "Phu Quoc POC" in found.entities[poc].alt_labels
    assert [set(a.parties) for a in found.agreements] == [
        {poc, "organization/petrovietnam-technical-services-corporation"}, {poc, "organization/pv-gas"}]


def test_a_bare_co_closes_a_firm_s_name_but_opens_no_name_of_its_own():
    found = facts("Phu Quoc POC is a joint venture of Petrovietnam, Mitsui Oil Exploration Co (MOECO) and PTTEP. "
                  "The Gulf Co-operation Council welcomed it.")
    mitsui = found.entities["organization/mitsui-oil-exploration"]
    assert "Mitsui Oil Exploration Co" in mitsui.alt_labels
    assert "organization/co" not in found.entities


def test_signed_by_the_three_heads_of_state_named_before():
    text = ("The first summit of the heads of state of Azerbaijan, Turkmenistan and Turkey was held in Avaza on "
            "December 14. The summit ended with the adoption of the Avaza Declaration, which was signed by the three "
            "heads of state.")
    assert agreements(text) == [("Declaration", {"state/AZE", "state/TKM", "state/TUR"})]


def test_our_countries_in_a_quote_are_the_two_states_just_named():
    text = ('BAKU - President Aliyev said: "Turkmenistan and Azerbaijan have already taken a historic step. The '
            'memorandum on the Dostlug field, signed between our countries in January 2021, opened a new page."')
    assert [(a.kind, set(a.parties), a.date) for a in facts(text).agreements] == [
        ("MemorandumOfUnderstanding", {"state/TKM", "state/AZE"}, "2021-01")]


def test_a_national_agency_filing_from_abroad_names_its_own_state_s_bodies_bare():
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.extract import extract

    text = ("Thimphu, Mar 22 (PTI) India and Bhutan on Friday signed a memorandum of understanding on the supply of "
            "petroleum products. It was signed between the Ministry of Petroleum and Natural Gas and Bhutan's "
            "Ministry of Energy and Natural Resources.")
    found = extract(DocumentRecord("t.txt", text, published="2024-03-22", publisher="Press Trust of India"))
    states = {k: e.country for k, e in found.entities.items() if e.kind == "GovernmentBody"}
    assert states == {"organization/ministry-of-petroleum-and-natural-gas-of-india": "IND",
                      "organization/ministry-of-energy-and-natural-resources-of-bhutan": "BTN"}
    # the same report from an international wire: not the dateline's state either, since the ministry signed
    # opposite Bhutan's (twenty-second session: the other of the story's two states)
    wire = extract(DocumentRecord("t.txt", text.replace("(PTI)", "(Reuters)"), published="2024-03-22",
                                  publisher="Reuters"))
    assert {k: e.country for k, e in wire.entities.items() if e.kind == "GovernmentBody"} == states


def test_a_party_named_with_a_possessive_keeps_it():
    found = facts("The opposition People's National Party voted against the bill in Kingston on Tuesday.")
    assert {e.label for e in found.entities.values() if e.kind == "Organization"} == {"People's National Party"}


def test_the_venezuelan_oil_alliance_and_its_members():
    text = ("KINGSTON - Jamaica remains a member of PetroCaribe, and in 2006 the Petroleum Corporation of Jamaica "
            "and PDV Caribe signed a joint-venture agreement on the Petrojam refinery.")
    found = facts(text)
    assert {(m.member, m.organization) for m in found.memberships} == {("state/JAM", "organization/petrocaribe")}
    assert found.entities["organization/pdv-caribe"].kind == "Company"


def test_the_level_of_comprehensive_partnership_and_strategic_cooperation():
    found = facts("Egypt and Russia signed a treaty on comprehensive partnership and strategic cooperation in 2018.")
    assert [(set(p.partners), p.level) for p in found.partnerships] == [
        ({"state/EGY", "state/RUS"}, "comprehensive partnership and strategic cooperation")]


def test_who_a_relative_clause_says_called_the_members_something_is_no_member():
    # before: with "Mr Sharif" known as Pakistan's prime minister, the clause broke the list of members
    text = ('Prime Minister Shehbaz Sharif met President Ilham Aliyev in Islamabad. Pakistan and Azerbaijan, which '
            'Mr Sharif called "brotherly countries", have been members of the Economic Cooperation Organisation '
            '(ECO) since its expansion in 1992. Mr Aliyev and Mr Sharif also agreed to revive the trilateral '
            'format with Turkiye.')
    eco = "organization/economic-cooperation-organization"
    assert {(m.member, m.organization) for m in facts(text).memberships} == {("state/PAK", eco), ("state/AZE", eco)}


def test_a_currency_code_written_with_an_amount_is_no_acronym_of_a_listed_body():
    # "PLN" is also the listed acronym of Indonesia's power company
    found = facts("WARSAW - PGE reported recurring EBITDA of PLN 2.9 billion in the fourth quarter, and 45 million "
                  "PLN of it went to new grids.")
    assert "organization/perusahaan-listrik-negara" not in found.entities
    assert "organization/perusahaan-listrik-negara" in facts("ACWA Power signed a deal with PLN in Jakarta.").entities


def test_a_capital_one_leaves_for_is_a_place():
    found = facts("Before leaving for Baku on Saturday, the Azerbaijani president called on President Asif Ali "
                  "Zardari.")
    assert found.entities["place/baku"].kind == "Place"


def test_a_dateline_of_a_city_its_country_and_the_agency_before_a_dash():
    found = facts("Tashkent, Uzbekistan (Daryo.uz) — Uzbekistan and China have raised their relations to a "
                  "comprehensive strategic partnership.")
    assert found.entities["place/tashkent"].kind == "Place"
    assert [m.text for m in found.mentions if m.key == "place/tashkent"] == ["Tashkent"]


def test_a_leader_s_surname_is_not_read_inside_a_city_s_name():
    found = facts("Mirziyoyev held talks with Chinese President Xi Jinping in Beijing. The visit follows the first "
                  "summit in Xi'an in May 2023, at which Mirziyoyev and the leaders of Kazakhstan met Xi.")
    assert [m.text for m in found.mentions if m.key == "person/xi-jinping"] == ["Xi Jinping", "Xi"]
    assert [m.text for m in found.mentions if m.key == "place/xian"] == ["Xi'an"]


def test_a_city_s_own_name_beats_another_city_s_other_name():
    # Temirtau, in Kazakhstan, was once called Samarkandsky: with both states named, the name is still Samarkand's
    text = ("The leaders of Kazakhstan met him. Uzbekistan and China are members of the SCO, which Tashkent chaired "
            "in 2021-2022, hosting the organisation's summit in Samarkand in September 2022.")
    found = facts(text)
    assert [m.key for m in found.mentions if m.text == "Samarkand"] == ["place/samarkand"]
    assert found.entities["place/samarkand"].country == "UZB"


def test_a_name_an_apposition_calls_a_firm_of_a_trade_is_a_company():
    text = ("DUSHANBE - Barqi Tojik, the national power utility, and Masdar also signed a 25-year power purchase "
            "agreement for the plant's output. In Chirchik, the company is building a hydrogen plant.")
    found = facts(text)
    assert (found.entities["organization/barqi-tojik"].kind, found.entities["organization/barqi-tojik"].label) == (
        "Company", "Barqi Tojik")
    assert agreements(text) == [("Contract", {"organization/barqi-tojik", "organization/masdar"})]
    assert "organization/chirchik" not in found.entities  # a place, then the sentence's subject


def test_the_gathering_a_summit_is_held_beside_is_no_participant():
    text = ("NEW YORK, Sept 19 - On the margins of the United Nations General Assembly, President Joe Biden hosted "
            "the first C5+1 Presidential Summit with President Kassym-Jomart Tokayev of Kazakhstan and President "
            "Shavkat Mirziyoyev of Uzbekistan.")
    summits = [e for e in facts(text).events if e.kind == "Summit"]
    assert [set(e.participants) for e in summits] == [{"state/USA", "state/KAZ", "state/UZB"}]


def test_two_portfolios_joined_inside_a_commission_s_name():
    text = ("RIYADH - Saudi Arabia's Ministry of Energy and China's National Development and Reform Commission "
            "signed a memorandum of understanding on hydrogen on Thursday.")
    ndrc = "organization/national-development-and-reform-commission"
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/ministry-of-energy-of-saudi-arabia", ndrc})]
    assert facts(text).entities[ndrc].country == "CHN"


def test_a_royal_style_is_no_person_s_name():
    found = facts("RIYADH - His Royal Highness the Crown Prince then held official talks with the Chinese President.")
    assert [e.label for e in found.entities.values() if e.kind == "Person"] == []


def test_a_state_body_named_with_its_state_and_again_without_it_is_one_body():
    text = ("RIYADH - A memorandum on hydrogen was signed between the Ministry of Energy of the Kingdom and the "
            "National Development and Reform Commission of China. It was signed for China by the Chairman of the "
            "National Development and Reform Commission, He Lifeng.")
    found = facts(text)
    ndrc = "organization/national-development-and-reform-commission-of-china"
    bodies = {k for k, e in found.entities.items() if "reform" in k}
    assert bodies == {ndrc}
    assert found.entities[ndrc].country == "CHN"
    assert "National Development and Reform Commission" in found.entities[ndrc].alt_labels


def test_an_owner_s_apposition_after_an_acronym_in_brackets_describes_the_name_before_it():
    text = ("South Korea's Korea Hydro & Nuclear Power (KHNP) signed a contract in 2022 with Atomstroyexport (ASE), "
            "Rosatom's engineering arm, worth some $3 billion to build the turbine island.")
    assert agreements(text) == [("Contract", {"organization/korea-hydro-nuclear-power", "organization/atomstroyexport"})]


def test_an_agreement_for_a_yearly_volume_is_a_contract():
    text = ("The ENGIE agreement with NextDecade, for 1.75 mtpa over 15 years from Rio Grande LNG, marked the French "
            "utility's return to US shale-derived gas.")
    assert agreements(text) == [("Contract", {"organization/engie", "organization/nextdecade"})]


def test_a_name_before_the_next_signer_s_title_does_not_take_that_title():
    text = ("The answer took shape in Istanbul in 1999, where Heydar Aliyev, Georgian President Eduard Shevardnadze "
            "and Turkish President Suleyman Demirel signed the agreement on the pipeline.")
    found = facts(text)
    assert found.entities["person/heydar-aliyev"].represents is None
    assert found.entities["person/eduard-shevardnadze"].represents == "state/GEO"


def test_states_that_join_a_body_together_work_together_on_nothing():
    text = ("The ceremony came three weeks after Egypt, together with Ethiopia, Iran and the United Arab Emirates, "
            "officially joined the BRICS group of emerging economies.")
    assert pairs(text) == set()
    assert pairs("Masdar, together with SOCAR Green, will build the solar plant in Azerbaijan.") == {
        frozenset(("organization/masdar", "organization/socar-green"))}


def test_a_work_named_with_hpp_is_a_hydropower_plant():
    found = facts("DUSHANBE - The Sangtuda-1 HPP in Tajikistan is operated by a company that Inter RAO controls.")
    assert [(p.technologies, p.label, p.hosts) for p in found.projects] == [
        (("hydro",), "Sangtuda-1 HPP", ("state/TJK",))]


def test_a_state_s_short_form_and_its_possessive_give_the_bodies_their_states():
    text = ("The U.S. Trade and Development Agency (USTDA) has awarded a grant to Uzbekistan's National Electric Grid "
            "to fund a feasibility study.")
    found = facts(text)
    assert found.entities["organization/u-s-trade-and-development-agency"].country == "USA"
    grid = found.entities["organization/national-electric-grid-of-uzbekistan"]
    assert (grid.kind, grid.label, grid.country) == ("Company", "National Electric Grid of Uzbekistan", "UZB")
