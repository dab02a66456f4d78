"""Members listed after "among them the … producers", states that joined "alongside" another, memberships that
ended, founders of a bloc, works named in a list before one plural noun, a second instrument "and a contract
with B", the day and place a later signing sentence gives, "the partners" paragraphs later, styles of honour
before a name and a dateline city with namesakes abroad (twenty-second session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from reading_helpers import facts, memberships, pairs

OPEC = "organization/organization-of-the-petroleum-exporting-countries"
BRICS = "organization/brics"


def test_members_listed_after_among_them_and_a_plural_that_describes_them():
    text = "After the exit, OPEC has 11 member countries, among them the Gulf producers Kuwait, Qatar and Oman."
    assert memberships(text) == {("state/KWT", OPEC, "member"), ("state/QAT", OPEC, "member"),
                                 ("state/OMN", OPEC, "member")}


def test_a_membership_that_ended_is_none():
    assert memberships("Ecuador ceased on Monday to be a member of OPEC, the government said.") == set()
    assert memberships("Qatar, a former member of OPEC, exports LNG to Asia.") == set()
    # (one that did not end is still read)
    assert memberships("Qatar, a member of OPEC, exports LNG to Asia.") == {("state/QAT", OPEC, "member")}


def test_states_that_joined_alongside_the_member_are_members_too():
    text = "Ethiopia became a full member of BRICS on 1 January 2024, alongside Egypt and Iran."
    assert memberships(text) == {("state/ETH", BRICS, "member"), ("state/EGY", BRICS, "member"),
                                 ("state/IRN", BRICS, "member")}
    assert memberships("Egypt joined BRICS in January, along with Ethiopia.") == {
        ("state/EGY", BRICS, "member"), ("state/ETH", BRICS, "member")}


def test_the_founders_of_a_bloc_are_its_members_not_partners_in_a_work():
    text = "Indonesia joined the bloc founded by Brazil, Russia and India as a full member."
    assert pairs(text) == set()


def test_a_partnership_in_a_relative_clause_is_the_hub_s_the_one_after_it_the_subject_s():
    text = ("The upgrade, which puts Japan on a par with China and India, with which Vietnam already has "
            "comprehensive strategic partnerships, comes years after Japan and Vietnam established a strategic "
            "partnership in 2009.")
    assert {(frozenset(p.partners), p.level) for p in facts(text).partnerships} == {
        (frozenset({"state/VNM", "state/CHN"}), "comprehensive strategic partnership"),
        (frozenset({"state/VNM", "state/IND"}), "comprehensive strategic partnership"),
        (frozenset({"state/JPN", "state/VNM"}), "strategic partnership")}


def test_a_second_instrument_coordinated_with_the_first_has_its_subject():
    text = "Botas holds a contract with Sonatrach for 4.4 bcm a year and a contract with Nigeria LNG for 1.3 bcm."
    found = facts(text)
    assert sorted((a.kind, tuple(sorted(a.parties))) for a in found.agreements) == [
        ("Contract", ("organization/botas", "organization/nigeria-lng")),
        ("Contract", ("organization/botas", "organization/sonatrach"))]
    assert {frozenset(c.actors) for c in found.cooperations} == {
        frozenset({"organization/botas", "organization/sonatrach"}),
        frozenset({"organization/botas", "organization/nigeria-lng"})}


def test_the_signing_sentence_gives_the_day_and_place_over_the_dateline_s():
    text = ("London, 26 January (Argus) - Botas has signed a 10-year agreement to buy LNG from Oman LNG. "
            "The contract was signed in Istanbul on 25 January at a ceremony.")
    found = extract(DocumentRecord("t.txt", text, published="2024-01-26"))
    assert [(a.kind, set(a.parties), a.date, a.place) for a in found.agreements] == [
        ("Contract", {"organization/botas", "organization/oman-lng"}, "2024-01-25", "place/istanbul")]


def test_works_named_in_a_list_before_one_plural_noun_are_one_each_of_their_holder():
    text = ("The deal combines Equinor's stakes in the Mariner and Buzzard oil fields with Shell's interests in "
            "the Shearwater and Jackdaw gas fields and the Penguins and Pierce oil fields in the UK.")
    got = {(p.label, p.technologies, p.participants) for p in facts(text).projects}
    equinor, shell = ("organization/equinor",), ("organization/shell",)
    assert got == {("Mariner", ("oil",), equinor), ("Buzzard", ("oil",), equinor),
                   ("Shearwater", ("natural gas",), shell), ("Jackdaw", ("natural gas",), shell),
                   ("Penguins", ("oil",), shell), ("Pierce", ("oil",), shell)}
    # an option on fields is no work of the holder's
    assert facts("JERA obtained an option to take 15% of the Thebe and Jupiter gas fields.").projects == []


def test_the_partners_paragraphs_later_are_the_ones_called_so_before():
    text = ("Shell and Equinor say they will build a terminal that the partners call the largest project of its "
            "kind. It will cost $4 billion. It will be finished in 2028. Customers have signed up. The partners "
            "have signed a construction contract with Samsung Heavy Industries.")
    shell, equinor, shi = "organization/shell", "organization/equinor", "organization/samsung-heavy-industries"
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [("Contract", {shell, equinor, shi})]


def test_styles_of_honour_before_a_name_are_no_part_of_it():
    text = ("Deputy Prime Minister Dato' Sri Fadillah Yusof and Datuk Seri Anwar Ibrahim spoke in Putrajaya. "
            "Oman's foreign minister Sayyid Badr bin Hamad Albusaidi attended.")
    persons = {e.label: e.position for e in facts(text).entities.values() if e.kind == "Person"}
    assert persons["Fadillah Yusof"] == "Deputy Prime Minister"
    assert "Anwar Ibrahim" in persons and "Badr bin Hamad Albusaidi" in persons
    assert not any(w in label for label in persons for w in ("Dato", "Datuk", "Seri", "Sayyid"))


def test_a_person_given_a_long_office_at_a_firm_in_an_apposition_is_a_person():
    found = facts("Zoë Yujnovich, Shell's integrated gas and upstream director, said the venture would invest.")
    person = found.entities["person/zoe-yujnovich"]
    assert (person.kind, person.represents) == ("Person", "organization/shell")
    assert "organization/zoe-yujnovich" not in found.entities


def test_a_dateline_city_with_namesakes_abroad_is_the_one_in_the_state_the_report_names():
    found = facts("VANCOUVER — Pembina said on Tuesday it will build an LNG terminal in Canada.")
    assert found.entities["place/vancouver"].country == "CAN"
    # with no state named, the name stays unread: the namesakes are of a size to matter
    assert "place/vancouver" not in facts("VANCOUVER — The port said exports rose.").entities


def test_a_firm_acting_through_its_subsidiary_leaves_the_signing_to_it():
    text = ("Petronas, through its subsidiary Petronas CCS Solutions Sdn Bhd, also signed a heads of agreement with "
            "Mitsui O.S.K. Lines on carbon dioxide carriers.")
    ccs, mol = "organization/petronas-ccs-solutions", "organization/mitsui-o-s-k-lines"
    found = facts(text)
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [("Agreement", {ccs, mol})]
    assert {frozenset(c.actors) for c in found.cooperations} == {frozenset({ccs, mol})}


def test_a_work_named_in_capitals_is_not_the_work_of_its_technology_read_before():
    text = ("Gas from the Pande field, produced by Sasol, flows through the ROMPCO pipeline to Secunda in South "
            "Africa. Yesterday the minister held talks with Equatorial Guinea's minister on the Gas Mega Hub.")
    rompco = [p for p in facts(text).projects if p.label == "ROMPCO pipeline"]
    assert [(p.hosts, p.developers, p.participants) for p in rompco] == [
        (("state/ZAF",), (), ("organization/sasol",))]


SAPP = "organization/southern-african-power-pool"
EAPP = "organization/eastern-africa-power-pool"


def test_both_countries_of_a_story_about_two_states_are_those_two_not_the_last_pair_named():
    text = ("Türkiye and Hungary raised their ties to an enhanced strategic partnership in Budapest on Monday. "
            "Türkiye supplies Hungary with gas. Hungary receives it through the pipeline, which crosses Bulgaria "
            "and Serbia. Hungary wants more. Officials said the two sides also discussed nuclear power. "
            "Both countries are members of NATO.")
    nato = "organization/north-atlantic-treaty-organization"
    assert {(m, o) for m, o, _ in memberships(text) if o == nato} == {("state/TUR", nato), ("state/HUN", nato)}


def test_the_states_a_relative_all_of_which_stands_for_sit_in_the_body_as_members():
    text = ("Eskom trades with the utilities of Botswana, Mozambique and Zambia, all of which participate in SAPP "
            "as members.")
    assert memberships(text) == {("state/BWA", SAPP, "member"), ("state/MOZ", SAPP, "member"),
                                 ("state/ZMB", SAPP, "member")}


def test_a_state_described_by_its_rank_in_a_body_is_a_member():
    text = "Iraq, the second largest producer in OPEC, imports gas from Iran."
    assert memberships(text) == {("state/IRQ", OPEC, "member")}
    assert memberships("Iraq, the largest buyer of Iranian gas in the region, met OPEC officials.") == set()


def test_one_of_the_organization_s_founding_members():
    text = ("Hungary has been an observer at the Organization of Turkic States (OTS) since 2018, while Türkiye is "
            "one of the organization's founding members.")
    ots = "organization/organization-of-turkic-states"
    assert memberships(text) == {("state/HUN", ots, "observer"), ("state/TUR", ots, "member")}


def test_a_state_that_belongs_to_both_pools_named_before_is_a_member_of_each():
    text = ("The line will connect the Eastern Africa Power Pool (EAPP) with the Southern African Power Pool (SAPP). "
            "Tanzania belongs to both pools, while Zambia is a member of SAPP.")
    assert memberships(text) == {("state/TZA", SAPP, "member"), ("state/TZA", EAPP, "member"),
                                 ("state/ZMB", SAPP, "member")}


def test_the_signers_named_after_between_past_a_place_and_an_occasion():
    text = ("Nuclear Power Ghana (NPG) signed an agreement with two American companies to deploy a small modular "
            "reactor. The agreement was signed on Wednesday in Nairobi, Kenya, on the sidelines of a nuclear "
            "summit, between NPG, Regnum Technology Group and NuScale Power.")
    npg, regnum, nuscale = ("organization/nuclear-power-ghana", "organization/regnum-technology-group",
                            "organization/nuscale-power")
    found = facts(text)
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [("Agreement", {npg, regnum, nuscale})]
    assert {frozenset(c.actors) for c in found.cooperations} == {
        frozenset({npg, regnum}), frozenset({npg, nuscale}), frozenset({regnum, nuscale})}


def test_a_firm_whose_name_holds_a_state_named_again_whole_is_the_firm():
    text = ("Nuclear Power Ghana (NPG) signed an agreement with NuScale Power on Monday. Later, Nuclear Power Ghana "
            "signed a memorandum with Regnum Technology Group.")
    npg = "organization/nuclear-power-ghana"
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [
        ("Agreement", {npg, "organization/nuscale-power"}),
        ("MemorandumOfUnderstanding", {npg, "organization/regnum-technology-group"})]


def test_a_ministry_named_without_its_state_opposite_a_body_named_with_one_is_the_other_state_s():
    text = ("Nigeria and China raised their ties to a comprehensive strategic partnership in Beijing. Nigeria "
            "signed three deals. The first is a memorandum of understanding between the Federal Ministry of Power "
            "and China's National Energy Administration. Nigeria wants Chinese money.")
    ministry = facts(text).entities["organization/ministry-of-power-of-nigeria"]
    assert (ministry.kind, ministry.country) == ("GovernmentBody", "NGA")
    # the name as the text writes it, its qualifier kept, is a name the body is found by
    assert "Federal Ministry of Power" in ministry.alt_labels


def test_a_plant_named_after_its_place_stands_there_not_in_the_state_that_built_it():
    text = ("Iran and Russia signed a $25 billion contract on Friday to build a 5,000-megawatt nuclear plant in "
            "Iran. Iran needs power. The 1,000-megawatt "
            "first unit of the Bushehr nuclear power plant, built by Russia, has been supplying electricity since "
            "2011.")
    bushehr = [p for p in facts(text).projects if p.label == "Bushehr nuclear power plant"]
    assert [(p.capacity_mw, p.hosts, p.developers) for p in bushehr] == [(1000.0, ("state/IRN",), ("state/RUS",))]


def test_members_of_a_consortium_listed_with_their_stakes_work_together():
    text = "The consortium of TotalEnergies (operator, 35%), Eni (35%) and QatarEnergy (30%) drilled the well in 2023."
    total, eni, qe = "organization/totalenergies", "organization/eni", "organization/qatarenergy"
    assert pairs(text) == {frozenset({total, eni}), frozenset({total, qe}), frozenset({eni, qe})}
    text = "The plant is run by a joint venture in which Enel holds 51%, Engie 29% and Iberdrola 20%."
    enel, engie, iberdrola = "organization/enel", "organization/engie", "organization/iberdrola"
    assert pairs(text) == {frozenset({enel, engie}), frozenset({enel, iberdrola}), frozenset({engie, iberdrola})}


def test_owners_in_equal_parts_work_together_and_a_people_s_word_is_no_owner():
    text = "The line is owned in equal parts by Enel, Transelec and Engie."
    enel, transelec, engie = "organization/enel", "organization/transelec", "organization/engie"
    assert pairs(text) == {frozenset({enel, transelec}), frozenset({enel, engie}), frozenset({transelec, engie})}
    text = "Inelfe is owned by Spain's grid operator Red Eléctrica and its French counterpart RTE."
    assert pairs(text) == {frozenset({"organization/red-electrica", "organization/reseau-de-transport-d-electricite"})}


def test_we_in_a_firm_s_own_release_is_the_firm():
    text = ("Brookfield Renewable reported its second-quarter results on Friday. In May we signed a framework "
            "agreement with Microsoft to deliver new renewable capacity in the United States. Our funds from "
            "operations rose 10%.")
    found = extract(DocumentRecord("t.txt", text, published="2024-08-02", publisher="Brookfield Renewable Partners"))
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Agreement", {"organization/brookfield-renewable", "organization/microsoft"})]
    # the same words in a report by someone else do not make the firm a party
    other = extract(DocumentRecord("t.txt", text, published="2024-08-02", publisher="Reuters"))
    assert all("organization/brookfield-renewable" not in a.parties for a in other.agreements)


def test_a_ministry_named_bare_is_that_of_the_state_whose_minister_of_its_portfolio_the_text_names():
    text = ("WINDHOEK - Namibia and Germany signed the communique. It was signed in Berlin by the German Federal "
            "Minister of Education and Research, Anja Karliczek. The funding would go to the Federal Ministry of "
            "Education and Research's programme.")
    bodies = {k: e.country for k, e in facts(text).entities.items() if e.kind == "GovernmentBody"}
    assert bodies == {"organization/ministry-of-education-and-research-of-germany": "DEU"}


def test_a_firm_s_unit_named_for_a_state_of_several_words_is_one_company():
    ents = facts("Shell Trinidad and Tobago said the Manatee field will produce gas from 2027.").entities
    assert ents["organization/shell-trinidad-and-tobago"].kind == "Company"
    assert "state/TTO" not in ents
    ents = facts("Shell Trinidad and Tobago's country chair said the field will produce gas from 2027.").entities
    assert ents["organization/shell-trinidad-and-tobago"].label == "Shell Trinidad and Tobago"
    # the firm and the state side by side stay two
    assert {"organization/shell", "state/TTO"} <= set(facts("Shell and Trinidad and Tobago signed a deal.").entities)


def test_a_firm_called_by_its_kind_as_translations_write_it_is_the_party():
    text = ("Iraq's Ministry of Oil signed a memorandum with the Baker Hughes company on flared gas, in addition to "
            "a memorandum with the KBR company on consultancy.")
    oil = "organization/ministry-of-oil-of-iraq"
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [
        ("MemorandumOfUnderstanding", {oil, "organization/baker-hughes"}),
        ("MemorandumOfUnderstanding", {oil, "organization/kbr"})]


def test_an_event_named_for_two_states_has_both_and_no_article_in_its_name():
    text = "A Türkiye-Hungary Business Forum attended by some 300 companies was held in Budapest on Monday."
    assert [(e.kind, e.label, set(e.participants)) for e in facts(text).events] == [
        ("Forum", "Türkiye-Hungary Business Forum", {"state/TUR", "state/HUN"})]


def test_the_partners_listed_after_are_work_together():
    text = "The partners are YPF, Pan American Energy and Pluspetrol."
    ypf, pae, plus = "organization/ypf", "organization/pan-american-energy", "organization/pluspetrol"
    assert pairs(text) == {frozenset({ypf, pae}), frozenset({ypf, plus}), frozenset({pae, plus})}
    assert pairs("The partners are expected to decide on YPF's offer in 2025.") == set()


def test_his_counterpart_named_after_a_people_s_word_speaks_for_that_state():
    text = ("Kazakhstan and Uzbekistan signed a memorandum on power trade in Tashkent on Monday. It was signed by "
            "Kazakh Energy Minister Almasadam Satkaliyev and his Uzbek counterpart Jurabek Mirzamahmudov.")
    found = facts(text)
    assert found.entities["person/jurabek-mirzamahmudov"].represents == "state/UZB"
    assert found.entities["person/almasadam-satkaliyev"].represents == "state/KAZ"


def test_the_other_holders_named_after_a_consortium_s_members_belong_to_it():
    text = ("The plant was developed by a consortium of Taqa and Masdar, which together hold 60 per cent, with "
            "France's EDF Renewables and China's JinkoPower holding the remaining 40 per cent.")
    taqa, masdar, edf, jinko = ("organization/taqa", "organization/masdar", "organization/edf-renewables",
                                "organization/jinkopower")
    assert pairs(text) == {frozenset(p) for p in ((taqa, masdar), (taqa, edf), (taqa, jinko), (masdar, edf),
                                                  (masdar, jinko), (edf, jinko))}


def test_a_memorandum_exchanged_by_two_bodies_is_signed_and_the_documents_exchanged_are_no_new_one():
    text = "Masdar and ACWA Power exchanged a memorandum of understanding on power projects in Morocco on Monday."
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [
        ("MemorandumOfUnderstanding", {"organization/masdar", "organization/acwa-power"})]
    text = ("Bhutan and India signed a memorandum of understanding on petroleum supplies in Paro on Friday. Among the "
            "documents exchanged after the talks was a memorandum of understanding on petroleum supplies.")
    assert len(facts(text).agreements) == 1
