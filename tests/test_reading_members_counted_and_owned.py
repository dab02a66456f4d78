"""Members named around counts, possessives and a body's first predicate (sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

JPN, AUS, LAO, VNM = "state/JPN", "state/AUS", "state/LAO", "state/VNM"
GMB, GIN, GNB, SEN = "state/GMB", "state/GIN", "state/GNB", "state/SEN"
ASEAN = "organization/association-of-southeast-asian-nations"
OMVG = "organization/gambia-river-basin-development-organization"


def _memberships(text: str) -> set:
    return {(m.member, m.organization) for m in facts(text).memberships}


def test_names_listed_beside_counted_members_are_not_those_members():
    # before: Japan and Australia were read as members of ASEAN
    text = "The Asia Zero Emission Community brings together Japan, Australia and nine member states of ASEAN."
    found = _memberships(text)
    assert (JPN, ASEAN) not in found and (AUS, ASEAN) not in found
    assert {m for m, o in found if o != ASEAN} == {JPN, AUS}


def test_a_body_s_first_predicate_does_not_hide_its_grouping_verb():
    # before: "was launched by Japan in 2023 and" kept "brings together" from the body
    text = ("The Asia Zero Emission Community (AZEC) met in Jakarta. AZEC was launched by Japan in 2023 and brings "
            "together Japan and Australia with South-East Asian states.")
    assert {m for m, o in _memberships(text)} == {JPN, AUS}


def test_members_of_a_body_referred_to_are_the_ones_of_their_own_clause():
    # before: every state of the sentence that the reference lists put in ASEAN was read as a member
    text = ("The grid would link the members of the Association of Southeast Asian Nations. Laos and Vietnam are "
            "both members, and Laos has already sold power to Singapore through Thailand and Malaysia.")
    assert _memberships(text) == {(LAO, ASEAN), (VNM, ASEAN)}


def test_its_member_states_are_the_subject_body_s():
    # before: "The Gambia" took the start of the body's name, and the members went to the lender named last
    text = ("The Gambia River Basin Development Organization (OMVG) signed a loan agreement with the African "
            "Development Bank (AfDB) for a dam that will share electricity among its four member states: the "
            "Gambia, Guinea, Guinea-Bissau and Senegal.")
    found = facts(text)
    assert {(m.member, m.organization) for m in found.memberships} == {(GMB, OMVG), (GIN, OMVG), (GNB, OMVG),
                                                                      (SEN, OMVG)}
    assert {frozenset(a.parties) for a in found.agreements} == {
        frozenset((OMVG, "organization/african-development-bank"))}


def test_partners_in_a_body_are_its_members_with_their_fellows_and_no_joint_work():
    # before: no membership was read, and the four states were paired as cooperating
    text = ("In 2023 Argentina and Brazil, partners in Mercosur together with Uruguay and Paraguay, discussed "
            "the financing of a gas pipeline.")
    found = facts(text)
    mercosur = "organization/mercosur"
    assert {(m.member, m.organization) for m in found.memberships} == {
        ("state/ARG", mercosur), ("state/BRA", mercosur), ("state/URY", mercosur), ("state/PRY", mercosur)}
    assert found.cooperations == []


def test_partners_in_a_venture_still_work_together():
    found = facts("Shell and Eni, partners in the Nigerian venture, signed a gas supply deal with NNPC in 2024.")
    assert frozenset(("organization/eni", "organization/shell")) in {frozenset(c.actors) for c in found.cooperations}


def test_the_body_a_relative_clause_says_states_belong_to():
    # before: "the trade bloc that Kazakhstan and Kyrgyzstan belong to" gave them no membership
    text = ("Uzbekistan is an observer in the Eurasian Economic Union, the Moscow-led trade bloc that neighbouring "
            "Kazakhstan and Kyrgyzstan belong to.")
    eaeu = "organization/eurasian-economic-union"
    assert {(m.member, m.organization, m.role) for m in facts(text).memberships} == {
        ("state/UZB", eaeu, "observer"), ("state/KAZ", eaeu, "member"), ("state/KGZ", eaeu, "member")}


def test_a_membership_told_by_a_second_predicate_or_it_is_the_subject_s():
    # before: Bulgaria's NATO membership was lost, "It" was nobody, and Russia (after "with") was the member
    nato = "organization/north-atlantic-treaty-organization"
    assert ("state/BGR", nato) in _memberships(
        "Bulgaria joined the European Union in 2007 and has been a member of NATO since 2004.")
    eaeu = "organization/eurasian-economic-union"
    assert _memberships("Kazakhstan exports uranium. It is also a founding member of the Eurasian Economic Union, "
                        "alongside Russia and Belarus.") == {("state/KAZ", eaeu), ("state/RUS", eaeu),
                                                             ("state/BLR", eaeu)}
    sco = "organization/shanghai-cooperation-organization"
    assert _memberships("Kazakhstan signed the deal with Russia and is a member of the SCO.") == {("state/KAZ", sco)}
    assert _memberships("The pipeline crosses Georgia. It is a member of the Energy Community.") == set()


def test_a_body_s_members_and_observers_told_after_it_by_its_and_as_observers():
    # before: "Its contracting parties are …" and "… take part as observers" named no body
    text = ("The Energy Community was established by a treaty signed in Athens in 2005. Its contracting parties "
            "today are the European Union, Albania, Georgia and Ukraine. Armenia, Norway and Türkiye take part as "
            "observers.")
    ec = "organization/energy-community"
    assert {(m.member, m.organization, m.role) for m in facts(text).memberships} == {
        ("organization/european-union", ec, "member"), ("state/ALB", ec, "member"), ("state/GEO", ec, "member"),
        ("state/UKR", ec, "member"), ("state/ARM", ec, "observer"), ("state/NOR", ec, "observer"),
        ("state/TUR", ec, "observer")}


def test_founders_admission_return_and_a_bloc_named_by_its_region():
    # before: none of these four memberships was read
    aes = "organization/alliance-of-sahel-states"
    assert _memberships("Niger, Mali and Burkina Faso left ECOWAS for the Alliance of Sahel States (AES), which the "
                        "three countries founded in 2023.") == {("state/NER", aes), ("state/MLI", aes),
                                                                ("state/BFA", aes)}
    assert _memberships("Modi welcomed Indonesia's admission as a full member of BRICS in January.") == {
        ("state/IDN", "organization/brics")}
    assert _memberships("Morocco, which returned to the African Union in January 2017, signed the deal.") == {
        ("state/MAR", "organization/african-union")}
    assert ("state/NGA", "organization/economic-community-of-west-african-states") in _memberships(
        "Niger left the Economic Community of West African States (ECOWAS) in January. Nigeria remains a member of "
        "the West African bloc.")
