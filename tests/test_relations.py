"""Relation extraction on short documents written for these tests.

Entity recognition is not under test here: each document comes with the names
it contains (``NAMES``), turned into sentences and mentions by a tiny helper, so
the assertions are about the relation rules alone.
"""
from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from epkg.graph.build import build_graph
from epkg.graph.documents import DocumentRecord
from epkg.graph.extract.facts import DocumentFacts, Entity, EntityMention, Sentence
from epkg.graph.extract.relations import agreement_kind, extract_relations
from epkg.ontology.namespaces import EPID, EPKG

# surface form -> (key, kind, extra Entity fields); demonyms and capitals say how they name a state.
NAMES = {
    "Azerbaijan": ("state/AZE", "State", {"iso3": "AZE"}),
    "Azerbaijani": ("state/AZE", "State", {"iso3": "AZE", "how": "demonym"}),
    "China": ("state/CHN", "State", {"iso3": "CHN"}),
    "Chinese": ("state/CHN", "State", {"iso3": "CHN", "how": "demonym"}),
    "Georgia": ("state/GEO", "State", {"iso3": "GEO"}),
    "Armenia": ("state/ARM", "State", {"iso3": "ARM"}),
    "Romania": ("state/ROU", "State", {"iso3": "ROU"}),
    "Hungary": ("state/HUN", "State", {"iso3": "HUN"}),
    "Kenya": ("state/KEN", "State", {"iso3": "KEN"}),
    "Ethiopia": ("state/ETH", "State", {"iso3": "ETH"}),
    "Nepal": ("state/NPL", "State", {"iso3": "NPL"}),
    "India": ("state/IND", "State", {"iso3": "IND"}),
    "Mongolia": ("state/MNG", "State", {"iso3": "MNG"}),
    "Egypt": ("state/EGY", "State", {"iso3": "EGY"}),
    "Iran": ("state/IRN", "State", {"iso3": "IRN"}),
    "Chile": ("state/CHL", "State", {"iso3": "CHL"}),
    "Peru": ("state/PER", "State", {"iso3": "PER"}),
    "Uzbekistan": ("state/UZB", "State", {"iso3": "UZB"}),
    "Turkmenistan": ("state/TKM", "State", {"iso3": "TKM"}),
    "Shanghai Cooperation Organization": ("organization/shanghai-cooperation-organization",
                                          "InternationalOrganization", {}),
    "SCO": ("organization/shanghai-cooperation-organization", "InternationalOrganization", {"how": "acronym"}),
    "BRICS": ("organization/brics", "InternationalOrganization", {}),
    "Andes Power": ("organization/andes-power", "Company", {"country": "CHL"}),
    "Pacific Grid": ("organization/pacific-grid", "Company", {"country": "PER"}),
    "Solaris": ("organization/solaris", "Company", {"country": "CHN"}),
    "Ministry of Energy of Azerbaijan": ("organization/ministry-of-energy-of-azerbaijan", "GovernmentBody",
                                         {"country": "AZE"}),
    "Rasul Aliyev": ("person/rasul-aliyev", "Person", {"represents": "state/AZE"}),
    "Li Wei": ("person/li-wei", "Person", {"represents": "state/CHN"}),
    "Tbilisi": ("place/tbilisi", "Place", {"country": "GEO"}),
    "Bucharest": ("place/bucharest", "Place", {"country": "ROU"}),
    "Kathmandu": ("place/kathmandu", "Place", {"country": "NPL"}),
    "Baku": ("place/baku", "Place", {"country": "AZE"}),
    "Samarkand": ("place/samarkand", "Place", {"country": "UZB"}),
    "Tashkent": ("place/tashkent", "Place", {"country": "UZB"}),
    "Caspian Sea": ("place/caspian-sea", "Place", {}),
    "Uzbek": ("state/UZB", "State", {"iso3": "UZB", "how": "demonym"}),
    "Nord Holding": ("organization/nord-holding", "Company", {}),
    "Ministry of Oil of Kenya": ("organization/ministry-of-oil-of-kenya", "GovernmentBody", {"country": "KEN"}),
    "Anna Berg": ("person/anna-berg", "Person", {"position": "Chief executive"}),
    "Tomas Lind": ("person/tomas-lind", "Person", {"position": "Vice-Chancellor"}),
    "Omar Farah": ("person/omar-farah", "Person", {"position": "Minister of Oil"}),
    "Ilya Petrov": ("person/ilya-petrov", "Person", {"position": "Energy Minister"}),
    "Marta Ruiz": ("person/marta-ruiz", "Person", {"position": "Prime Minister"}),
}


def make_facts(text: str) -> DocumentFacts:
    """Sentences split at full stops (not decimal points) and a mention for every known name (longest first)."""
    facts = DocumentFacts(text)
    for m in re.finditer(r"(?:[^.]|\.(?=\d))+(?:\.|$)", text):
        if m.group(0).strip():
            s = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            facts.sentences.append(Sentence(len(facts.sentences), s, m.end(), text[s:m.end()]))
    taken = [False] * len(text)
    for form in sorted(NAMES, key=len, reverse=True):
        key, kind, extra = NAMES[form]
        extra = dict(extra)
        how = extra.pop("how", "name")
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            sentence = next(s.index for s in facts.sentences if s.start <= m.start() < s.end)
            facts.mentions.append(EntityMention(key, m.start(), m.end(), sentence, form, how))
            if key not in facts.entities:
                label = form if how == "name" else key.split("/")[1]
                facts.entities[key] = Entity(key, kind, label, **extra)
    facts.mentions.sort(key=lambda m: m.start)
    return facts


def run(text: str, published: str = "2025-04-23") -> DocumentFacts:
    facts = make_facts(text)
    extract_relations(facts, DocumentRecord("t.txt", text, published=published))
    return facts


def pairs(facts: DocumentFacts) -> set[frozenset]:
    return {frozenset(c.actors) for c in facts.cooperations}


# ----------------------------------------------------------------------------- partnerships

def test_level_upgrade_gives_two_partnerships():
    facts = run("Azerbaijan and China elevated their relations to a comprehensive strategic partnership on "
                "Tuesday. The two countries had raised relations to a strategic partnership last July.")
    assert {(frozenset(p.partners), p.level) for p in facts.partnerships} == {
        (frozenset({"state/AZE", "state/CHN"}), "comprehensive strategic partnership"),
        (frozenset({"state/AZE", "state/CHN"}), "strategic partnership"),
    }
    assert [p.sentence for p in facts.partnerships] == [0, 1]


def test_demonym_pair_and_business_partners():
    facts = run("The upgrade of Azerbaijani-Chinese relations to a comprehensive strategic partnership helps. "
                "Solaris named Andes Power its business partner.")
    assert [(set(p.partners), p.level) for p in facts.partnerships] == [
        ({"state/AZE", "state/CHN"}, "comprehensive strategic partnership")]


def test_multilateral_partnership_is_one_node_with_all_partners():
    facts = run("The governments of Azerbaijan, Georgia, Romania and Hungary signed an agreement on a strategic "
                "partnership in green energy in Bucharest on 17 December 2022.")
    assert [(set(p.partners), p.level) for p in facts.partnerships] == [
        ({"state/AZE", "state/GEO", "state/ROU", "state/HUN"}, "strategic partnership")]
    [agreement] = facts.agreements
    assert (agreement.kind, set(agreement.parties), agreement.date, agreement.place, agreement.establishes) == (
        "Agreement", {"state/AZE", "state/GEO", "state/ROU", "state/HUN"}, "2022-12-17", "place/bucharest", 0)
    assert len(pairs(facts)) == 6


# ----------------------------------------------------------------------------- agreements

@pytest.mark.parametrize("phrase, kind", [
    ("memorandum of understanding", "MemorandumOfUnderstanding"),
    ("MoU", "MemorandumOfUnderstanding"),
    ("Joint Declaration", "Declaration"),
    ("joint statement", "JointStatement"),
    ("treaty", "Treaty"),
    ("EPC contract", "Contract"),
    ("power purchase agreement", "Contract"),
    ("framework agreement", "Agreement"),
    ("statement", None),
])
def test_agreement_kind_from_wording(phrase, kind):
    assert agreement_kind(phrase) == kind


def test_subject_and_with_list_are_parties():
    facts = run("Andes Power signed an agreement with Pacific Grid and Solaris in Baku last month.")
    assert [(a.kind, set(a.parties), a.date, a.place) for a in facts.agreements] == [
        ("Agreement", {"organization/andes-power", "organization/pacific-grid", "organization/solaris"},
         "2025-03", "place/baku")]
    assert pairs(facts) == {frozenset({"organization/andes-power", "organization/pacific-grid"}),
                            frozenset({"organization/andes-power", "organization/solaris"}),
                            frozenset({"organization/pacific-grid", "organization/solaris"})}


def test_signed_by_people_gives_the_states_they_represent():
    facts = run("Azerbaijan and China held talks. A memorandum of understanding was signed by Rasul Aliyev and "
                "Li Wei in Baku on Tuesday.")
    assert [(a.kind, set(a.parties), a.date, a.sentence) for a in facts.agreements] == [
        ("MemorandumOfUnderstanding", {"state/AZE", "state/CHN"}, "2025-04-22", 1)]


def test_possessive_and_subsidiary_are_not_parties():
    facts = run("The Ministry of Energy of Azerbaijan signed an investment agreement with Andes Power, "
                "a subsidiary of China's Solaris.")
    assert [set(a.parties) for a in facts.agreements] == [
        {"organization/ministry-of-energy-of-azerbaijan", "organization/andes-power"}]


def test_same_agreement_mentioned_twice_is_one_node():
    facts = run("Georgia and Armenia signed a memorandum of understanding on power trade on Monday. "
                "The memorandum was signed in Tbilisi.")
    assert [(a.kind, set(a.parties), a.date, a.place, a.sentence) for a in facts.agreements] == [
        ("MemorandumOfUnderstanding", {"state/GEO", "state/ARM"}, "2025-04-21", "place/tbilisi", 0)]


def test_two_documents_in_one_sentence_are_two_agreements():
    facts = run("Kenya and Ethiopia signed a joint declaration on energy and a treaty on power trade in 2019.")
    assert [(a.kind, set(a.parties), a.date) for a in facts.agreements] == [
        ("Declaration", {"state/KEN", "state/ETH"}, "2019"),
        ("Treaty", {"state/KEN", "state/ETH"}, "2019")]


def test_separate_memorandums_each_with_one_partner():
    facts = run("Andes Power signed separate memorandums with Pacific Grid and Solaris.")
    assert sorted(tuple(sorted(a.parties)) for a in facts.agreements) == [
        ("organization/andes-power", "organization/pacific-grid"),
        ("organization/andes-power", "organization/solaris")]


@pytest.mark.parametrize("text", [
    "Kenya did not sign the agreement with Ethiopia.",
    "Kenya and Ethiopia are negotiating a new bilateral agreement.",
    "Turkmenistan hopes to sign a memorandum with Azerbaijan next year.",
    "No intergovernmental agreement between Turkmenistan and Azerbaijan has been signed.",
    "Power purchase contracts between Kenya and Ethiopia are still to be signed.",
])
def test_denied_or_hoped_for_agreements_are_not_stated(text):
    facts = run(text)
    assert facts.agreements == []
    assert facts.cooperations == []


def test_the_two_countries_resolves_to_the_last_pair_of_states():
    facts = run("Nepal and India held talks in Kathmandu on Thursday. The two countries signed a memorandum of "
                "understanding on power trade.")
    assert [(a.kind, set(a.parties), a.sentence) for a in facts.agreements] == [
        ("MemorandumOfUnderstanding", {"state/NPL", "state/IND"}, 1)]


def test_the_ministry_and_the_company_resolve_to_the_last_named():
    facts = run("The Ministry of Energy of Azerbaijan met Solaris in Baku. Under an implementation agreement "
                "with Andes Power, the ministry and the company will build a plant.")
    assert [set(a.parties) for a in facts.agreements] == [
        {"organization/ministry-of-energy-of-azerbaijan", "organization/andes-power"}]


# ----------------------------------------------------------------------------- memberships

def test_membership_roles_and_denial():
    facts = run("Mongolia, an observer of the SCO, sent a delegation. Egypt and Iran are both members of BRICS. "
                "Azerbaijan, as a dialogue partner of the SCO, attended. Chile is not a member of BRICS.")
    assert {(m.member, m.organization, m.role) for m in facts.memberships} == {
        ("state/MNG", "organization/shanghai-cooperation-organization", "observer"),
        ("state/EGY", "organization/brics", "member"),
        ("state/IRN", "organization/brics", "member"),
        ("state/AZE", "organization/shanghai-cooperation-organization", "dialogue partner"),
    }


def test_joined_in_a_second_verb_phrase_is_said_of_the_subject():
    facts = run("Iran became a full member of the Shanghai Cooperation Organization in 2023 and joined BRICS in 2024.")
    assert {(m.member, m.organization, m.role) for m in facts.memberships} == {
        ("state/IRN", "organization/shanghai-cooperation-organization", "member"),
        ("state/IRN", "organization/brics", "member")}


def test_joined_as_observer():
    facts = run("Turkmenistan joined the SCO as an observer in 2023.")
    assert [(m.member, m.role) for m in facts.memberships] == [("state/TKM", "observer")]


# ----------------------------------------------------------------------------- cooperation

def test_cooperation_with_a_list_pairs_the_subject_with_each():
    facts = run("Azerbaijan is expanding cooperation with China and Uzbekistan in solar energy.")
    assert pairs(facts) == {frozenset({"state/AZE", "state/CHN"}), frozenset({"state/AZE", "state/UZB"})}


def test_one_undertaking_together_with_a_list_joins_them_all():
    facts = run("Azerbaijan is building the green energy corridor together with Georgia, Romania and Hungary.")
    members = ["state/AZE", "state/GEO", "state/ROU", "state/HUN"]
    assert pairs(facts) == {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]}


def test_projects_carried_out_jointly_with_a_list_pair_the_subject_with_each():
    facts = run("Azerbaijan discussed the projects implemented jointly with Georgia, Romania and Hungary.")
    assert pairs(facts) == {frozenset(("state/AZE", k)) for k in ("state/GEO", "state/ROU", "state/HUN")}


def test_joint_venture_owners_cooperate():
    facts = run("The line belongs to a joint venture in which Andes Power and Pacific Grid each hold 50%.")
    assert pairs(facts) == {frozenset({"organization/andes-power", "organization/pacific-grid"})}


# ----------------------------------------------------------------------------- projects

def test_several_projects_in_one_sentence_stay_separate():
    facts = run("The package includes a 120 MW solar park in Tashkent, a 50 MW wind farm near Samarkand and "
                "a 0.3 GW battery storage system.")
    assert [(p.technologies, p.capacity_mw, p.locations, p.hosts) for p in facts.projects] == [
        (("solar",), 120.0, ("place/tashkent",), ("state/UZB",)),
        (("wind",), 50.0, ("place/samarkand",), ("state/UZB",)),
        (("battery storage",), 300.0, (), ("state/UZB",)),
    ]


def test_project_mentioned_twice_is_merged_and_offshore_is_read_from_the_sea():
    facts = run("Solaris will develop a wind farm of 2 million kilowatts in the Caspian Sea. "
                "Azerbaijan welcomed the 2,000 MW wind project.")
    assert [(p.technologies, p.capacity_mw, p.locations) for p in facts.projects] == [
        (("offshore wind",), 2000.0, ("place/caspian-sea",))]
    assert facts.projects[0].developers == ("organization/solaris",)


@pytest.mark.parametrize("text", [
    "The pipeline from Turkmenistan carries 10 bcm of gas a year.",
    "The plant will generate 180 million kWh a year.",
    "The field produces 200,000 barrels per day of oil.",
    "Azerbaijan says offshore wind could reach 10 GW.",
    "The 40 turbines are rated at 6 MW each.",
    "Kenya plans plants with a combined capacity of 900 MW.",
])
def test_energy_volumes_hedges_totals_and_unit_ratings_are_no_capacity(text):
    facts = run(text)
    assert all(p.capacity_mw is None for p in facts.projects)


@pytest.mark.parametrize("text, expected", [
    ("Andes Power runs the 230 MW Samarkand solar plant.", ("place/samarkand",)),
    ("Andes Power runs the Samarkand 230 MW solar plant.", ("place/samarkand",)),
    ("The 230 MW solar plant, which Solaris and Andes Power agreed on last year after long talks, will be "
     "built near Samarkand.", ("place/samarkand",)),
    # a place elsewhere in the sentence, not where the plant is built, is no location
    ("Andes Power, which opened an office in Samarkand, runs a 230 MW solar plant.", ()),
])
def test_a_project_is_where_its_name_or_its_sentence_puts_it(text, expected):
    facts = run(text)
    assert [(p.capacity_mw, p.locations, p.hosts) for p in facts.projects] == [
        (230.0, expected, ("state/UZB",) if expected else ())]


def test_the_host_states_ministry_acts_for_the_host_and_is_no_participant():
    facts = run("The Ministry of Energy of Azerbaijan and Solaris signed an agreement on a 100 MW solar plant in Baku.")
    assert [(p.hosts, p.participants) for p in facts.projects] == [(("state/AZE",), ("organization/solaris",))]


def test_floating_solar_with_storage_is_one_project():
    facts = run("Solaris signed an agreement with Andes Power for a 100 MW floating solar plant with a 30 MW "
                "battery storage system in Baku.")
    assert [(p.technologies, p.capacity_mw) for p in facts.projects] == [
        (("floating solar", "battery storage"), 100.0)]


# ----------------------------------------------------------------------------- events

@pytest.mark.parametrize("text, date", [
    # the lead dates the news; the ceremony reported next takes that day
    ("Azerbaijan and China on Monday signed a memorandum. Rasul Aliyev and Li Wei signed it at a ceremony in Baku.",
     "2025-06-23"),
    # a day long past is background, not the day of the news: the document's month stays
    ("Azerbaijan and China signed a memorandum on 3 March 2019. Rasul Aliyev and Li Wei spoke at a ceremony in Baku.",
     "2025-06"),
    # three sentences on, the lead's day no longer holds
    ("Azerbaijan and China on Monday signed a memorandum. Solaris welcomed it. Andes Power did too. Pacific Grid "
     "agreed. Rasul Aliyev and Li Wei spoke at a ceremony in Baku.", "2025-06"),
])
def test_an_event_reported_now_takes_the_day_its_lead_gives(text, date):
    facts = run(text, published="2025-06-25")
    ceremonies = [e for e in facts.events if e.place == "place/baku"]
    assert [e.date for e in ceremonies] == [date]


def test_a_visit_is_to_the_state_after_to_not_the_visitors_state():
    facts = run("The deal was signed during the state visit of the President of Azerbaijan, Rasul Aliyev, to China.")
    assert [(e.kind, e.participants) for e in facts.events] == [("Visit", ("state/AZE", "state/CHN"))]


def test_he_at_an_event_is_the_person_quoted_before_and_a_places_state_is_no_participant():
    facts = run("Azerbaijan wants more solar power, minister Rasul Aliyev said. He spoke at the Caspian Energy "
                "Forum held in Tashkent, Uzbekistan.")
    assert [(e.label, e.place, e.participants) for e in facts.events] == [
        ("Caspian Energy Forum", "place/tashkent", ("state/AZE",))]


def test_named_forum_with_place_and_date():
    facts = run("Ministers met at the Caspian Energy Forum in Baku on 3 June 2024.", published="2024-06-04")
    assert [(e.kind, e.label, e.place, e.date) for e in facts.events] == [
        ("Forum", "Caspian Energy Forum", "place/baku", "2024-06-03")]


def test_visit_and_cop_and_cancelled_ceremony():
    facts = run("Chinese Premier Li Wei began a state visit to Azerbaijan on Tuesday. Baku will host COP29 in November. "
                "A signing ceremony planned for May 7 was cancelled.", published="2024-06-05")
    kinds = [(e.kind, e.label, e.place, e.date) for e in facts.events]
    # (a state visit is received in the capital, which the report names)
    assert kinds == [("Visit", None, "place/baku", "2024-06-04"), ("Event", "COP29", "place/baku", "2024-11")]
    assert set(facts.events[0].participants) == {"state/CHN", "state/AZE"}


# ----------------------------------------------------------------------------- graph

def test_build_states_the_relations_with_evidence():
    text = "Georgia and Armenia signed a memorandum of understanding in Tbilisi on 5 May 2024."
    record = DocumentRecord("t.txt", text, published="2024-05-06")
    facts = make_facts(text)
    extract_relations(facts, record)
    g = build_graph(record, facts)
    [node] = list(g.subjects(EPKG.party, EPID["state/GEO"]))
    assert set(g.objects(node, EPKG.party)) == {EPID["state/GEO"], EPID["state/ARM"]}
    assert (node, EPKG.signedOn, Literal("2024-05-05", datatype=XSD.date)) in g
    assert (node, EPKG.signedAt, EPID["place/tbilisi"]) in g
    assert (node, EPKG.evidence, Literal(text)) in g
    assert (EPID["state/ARM"], EPKG.cooperatesWith, EPID["state/GEO"]) in g \
        or (EPID["state/GEO"], EPKG.cooperatesWith, EPID["state/ARM"]) in g
    assert isinstance(node, URIRef)


# ----------------------------------------------------------------------------- the signing occasion

def run_with_dateline(text: str, place: str, published: str = "2025-04-23") -> DocumentFacts:
    facts = make_facts(text)
    key, kind, extra = next(v for v in NAMES.values() if v[0] == place)
    facts.entities.setdefault(place, Entity(place, kind, place.split("/")[1].title(), **extra))
    facts.dateline_place = place
    extract_relations(facts, DocumentRecord("t.txt", text, published=published))
    return facts


def test_undated_agreements_of_the_report_take_its_month_and_dateline_place():
    facts = run_with_dateline(
        "BAKU. Andes Power signed an investment agreement with Pacific Grid. "
        "A second agreement, with Solaris, covers a solar plant. "
        "Kenya and Ethiopia had signed a treaty on power trade.", "place/baku")
    assert [(a.kind, set(a.parties), a.date, a.place) for a in facts.agreements] == [
        ("Agreement", {"organization/andes-power", "organization/pacific-grid"}, "2025-04", "place/baku"),
        ("Agreement", {"organization/andes-power", "organization/solaris"}, "2025-04", "place/baku"),
        ("Treaty", {"state/KEN", "state/ETH"}, None, None)]


def test_same_day_agreement_takes_the_date_and_place_of_the_one_before():
    facts = run("Georgia and Armenia signed a memorandum of understanding in Tbilisi on Monday. "
                "On the same day, Andes Power and Pacific Grid signed a supply contract.")
    assert [(a.kind, a.date, a.place) for a in facts.agreements] == [
        ("MemorandumOfUnderstanding", "2025-04-21", "place/tbilisi"),
        ("Contract", "2025-04-21", "place/tbilisi")]


def test_recently_dated_agreement_without_place_is_placed_at_the_dateline():
    facts = run_with_dateline("KATHMANDU. Nepal and India on Thursday signed an agreement on power trade.",
                              "place/kathmandu", published="2024-01-05")
    assert [(a.date, a.place) for a in facts.agreements] == [("2024-01-04", "place/kathmandu")]


def test_that_month_takes_the_year_of_the_sentence_before():
    facts = run("Georgia and Armenia raised their relations to a strategic partnership in February 2015. "
                "When Li Wei visited Tbilisi that December, the two countries signed a memorandum of understanding.")
    assert [(a.kind, set(a.parties), a.date, a.place) for a in facts.agreements] == [
        ("MemorandumOfUnderstanding", {"state/GEO", "state/ARM"}, "2015-12", "place/tbilisi")]


def test_signing_place_after_travelled_to_but_never_a_sea():
    facts = run("In June 2024 Andes Power travelled to Tashkent and signed a memorandum with Pacific Grid. "
                "In May 2024 Solaris signed an agreement with Andes Power on a wind farm in the Caspian Sea.")
    assert [(a.date, a.place) for a in facts.agreements] == [("2024-06", "place/tashkent"), ("2024-05", None)]


def test_signer_for_one_side_replaces_the_state():
    facts = run("Uzbekistan has concluded two agreements with Solaris this week. "
                "On the Uzbek side, the documents were signed by Nord Holding.")
    assert [set(a.parties) for a in facts.agreements] == [{"organization/nord-holding", "organization/solaris"}] * 2
    assert frozenset({"organization/nord-holding", "organization/solaris"}) in pairs(facts)


def test_definite_mention_leaves_the_date_of_another_instrument():
    facts = run("Georgia and Armenia signed an agreement on power trade. "
                "The agreement builds on a memorandum signed by Georgia and Armenia in Tbilisi on May 1, 2023.")
    first = facts.agreements[0]
    assert (first.kind, first.date, first.place) == ("Agreement", "2025-04", None)  # the report's month
    assert [(a.kind, a.date, a.place) for a in facts.agreements[1:]] == [
        ("MemorandumOfUnderstanding", "2023-05-01", "place/tbilisi")]


# ----------------------------------------------------------------------------- people without a side

def test_apposition_after_a_person_names_the_side():
    facts = run("Kenya and Anna Berg, chief executive of Nord Holding, signed a supply contract in 2024.")
    assert [set(a.parties) for a in facts.agreements] == [{"state/KEN", "organization/nord-holding"}]


def test_possessive_title_before_a_person_names_the_side():
    facts = run("Ethiopia's Vice-Chancellor and Minister for Economic Affairs, Tomas Lind, and Kenya signed "
                "a treaty in 2023.")
    assert [set(a.parties) for a in facts.agreements] == [{"state/ETH", "state/KEN"}]


def test_minister_of_a_named_ministry_and_leader_of_the_report():
    facts = run("Kenya named the Ministry of Oil of Kenya to lead talks. Oil Minister Omar Farah and Andes Power "
                "signed a contract in 2024. Prime Minister Marta Ruiz and Pacific Grid signed a memorandum in 2024. "
                "Energy Minister Ilya Petrov and Kenya signed a memorandum in 2023.")
    assert [set(a.parties) for a in facts.agreements] == [
        {"state/KEN", "organization/andes-power"}, {"state/KEN", "organization/pacific-grid"}]


def test_represented_by_gives_the_people_their_state():
    facts = run("Ethiopia was represented by Energy Minister Ilya Petrov. Ilya Petrov and Kenya signed a treaty "
                "in 2023.")
    assert [set(a.parties) for a in facts.agreements] == [{"state/ETH", "state/KEN"}]


def test_state_named_inside_an_organization_name_is_no_party():
    text = "Andes Power signed a contract with the Petroleum Office of Kenya in 2024."
    facts = make_facts(text)
    start = text.index("Petroleum Office")
    facts.entities["organization/petroleum-office-of-kenya"] = Entity(
        "organization/petroleum-office-of-kenya", "GovernmentBody", "Petroleum Office of Kenya", country="KEN")
    facts.mentions.append(EntityMention("organization/petroleum-office-of-kenya", start,
                                        start + len("Petroleum Office of Kenya"), 0, "Petroleum Office of Kenya"))
    facts.mentions.sort(key=lambda m: (m.start, -m.end))
    extract_relations(facts, DocumentRecord("t.txt", text, published="2025-04-23"))
    assert [set(a.parties) for a in facts.agreements] == [
        {"organization/andes-power", "organization/petroleum-office-of-kenya"}]


def test_documents_listed_after_a_colon_share_the_signing_verb():
    facts = run("Kenya and Ethiopia met in Baku today and adopted two documents: a joint declaration on climate, "
                "and a joint statement on hydrogen.")
    assert [(a.kind, set(a.parties), a.date, a.place) for a in facts.agreements] == [
        ("Declaration", {"state/KEN", "state/ETH"}, "2025-04-23", "place/baku"),
        ("JointStatement", {"state/KEN", "state/ETH"}, "2025-04-23", "place/baku")]


def test_leader_named_by_title_alone_leads_the_dateline_state_unless_visiting_it():
    host = run_with_dateline("TASHKENT. Prime Minister Marta Ruiz and Andes Power signed a contract on Monday.",
                             "place/tashkent")
    assert [set(a.parties) for a in host.agreements] == [{"state/UZB", "organization/andes-power"}]
    visitor = run_with_dateline("TASHKENT. Kenya signed a treaty with Ethiopia in 2020. During a visit to "
                                "Uzbekistan, Prime Minister Marta Ruiz and Andes Power signed a contract on Monday.",
                                "place/tashkent")
    assert set(visitor.agreements[-1].parties) == {"state/KEN", "organization/andes-power"}


def test_visit_has_the_visiting_leader_and_the_host_but_not_the_source_of_the_report():
    facts = run_with_dateline("TASHKENT. Kenya concluded two documents during Prime Minister Marta Ruiz's state "
                              "visit to Uzbekistan, which began, the Ministry of Energy of Azerbaijan said.",
                              "place/tashkent")
    assert [(e.kind, set(e.participants)) for e in facts.events] == [("Visit", {"state/KEN", "state/UZB"})]
