"""Memberships told around the member word (twelfth session): lists after dashes or "among them", the
partners that share a membership, a count that stands for the states named before, a body named by a
capitalised common noun, and a body an earlier member word already took.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import memberships

ECOWAS = "organization/economic-community-of-west-african-states"
SADC = "organization/southern-african-development-community"
EAC = "organization/east-african-community"
ASEAN = "organization/association-of-southeast-asian-nations"
BRICS = "organization/brics"


def _members(found, org, role="member"):
    return {m for m, o, r in found if o == org and r == role}


def test_a_list_after_a_dash_or_among_them_names_the_members():
    found = memberships("SADC counts three founding members - Botswana, Zambia and Tanzania - among its sixteen.")
    assert _members(found, SADC) == {"state/BWA", "state/ZMB", "state/TZA"}
    found = memberships("The summit left out ASEAN's dialogue partners, among them India, Australia and Canada, "
                        "for the first time.")
    assert _members(found, ASEAN, "dialogue partner") == {"state/IND", "state/AUS", "state/CAN"}


def test_the_partner_states_of_the_community_listed_after_its_name():
    text = ("Ministers of the East African Community met in Kigali. Delegations came from all the Partner States "
            "of the Community - Kenya, Uganda, Rwanda and Burundi.")
    assert _members(memberships(text), EAC) == {"state/KEN", "state/UGA", "state/RWA", "state/BDI"}


def test_those_who_share_a_membership_are_members_too():
    found = memberships("Ghana joined ECOWAS in 1975, together with Togo and Benin.")
    assert _members(found, ECOWAS) == {"state/GHA", "state/TGO", "state/BEN"}
    found = memberships("Brazil, a founding member of BRICS alongside Russia, India and China, hosts the summit.")
    assert _members(found, BRICS) == {"state/BRA", "state/RUS", "state/IND", "state/CHN"}
    found = memberships("Laos, like Cambodia and Vietnam a member of ASEAN, imports power from Thailand.")
    assert _members(found, ASEAN) == {"state/LAO", "state/KHM", "state/VNM"}
    # a partner in another clause's act is no fellow member
    found = memberships("Ghana, a member of ECOWAS, together with Morocco signed a gas pipeline accord.")
    assert _members(found, ECOWAS) == {"state/GHA"}


def test_all_three_stands_for_the_three_states_named_before():
    text = ("Kenya and Uganda trade power across Lake Victoria with Tanzania, and all three belong to the "
            "East African Community.")
    assert _members(memberships(text), EAC) == {"state/KEN", "state/UGA", "state/TZA"}
    # a body only described after "belong to" is none the sentence names
    text = "Kenya and Uganda belong to the wider bloc but are not members of the East African Community."
    assert memberships(text) == set()


def test_to_which_names_the_body_a_relative_clause_belongs_to():
    text = "Zambia trades power through the Southern African Power Pool, to which Zimbabwe also belongs."
    assert memberships(text) == {("state/ZWE", "organization/southern-african-power-pool", "member")}


def test_a_body_an_earlier_member_word_took_is_no_member_of_the_next():
    text = ("Spain, a member of NATO and of the European Union, and Morocco, a member of the African Union, "
            "agreed to a third interconnector.")
    assert memberships(text) == {("state/ESP", "organization/north-atlantic-treaty-organization", "member"),
                                 ("state/ESP", "organization/european-union", "member"),
                                 ("state/MAR", "organization/african-union", "member")}


def test_a_state_chairing_a_body_sits_in_it():
    text = "The summit was hosted by Fiji, which chairs the Pacific Islands Forum this year."
    assert memberships(text) == {("state/FJI", "organization/pacific-islands-forum", "member")}


def test_whose_members_after_an_apposition_of_the_body():
    text = "Oman hosted the Gulf Cooperation Council, the regional bloc whose six members include Qatar and Kuwait."
    assert _members(memberships(text), "organization/gulf-cooperation-council") == {"state/QAT", "state/KWT"}


def test_firms_both_members_of_a_pool_in_an_apposition():
    text = ("The line is built by the utilities ZESCO and Eskom, both members of the Southern African Power Pool, "
            "and will open in 2027.")
    assert _members(memberships(text), "organization/southern-african-power-pool") == \
        {"organization/zesco", "organization/eskom"}


def test_members_joining_together_are_no_partners_in_a_work():
    from reading_helpers import pairs
    assert pairs("Ghana joined ECOWAS in 1975, together with Togo and Benin.") == set()
    assert pairs("Ghana is a member of ECOWAS, together with Togo and Benin.") == set()
    # a work done together beside a membership told in passing is still joint work
    assert pairs("Ghana, a member of ECOWAS, is building the line together with Togo and Benin.") == {
        frozenset(p) for p in (("state/GHA", "state/TGO"), ("state/GHA", "state/BEN"), ("state/TGO", "state/BEN"))}


def test_the_one_body_of_a_sentence_or_of_the_sentences_before():
    text = ("The bloc has four members - Kenya, Uganda, Rwanda and Burundi - under the East African Community "
            "treaty, while Somalia and Ethiopia take part as observers.")
    assert _members(memberships(text), EAC, "observer") == {"state/SOM", "state/ETH"}
    text = ("Leaders of the Southern African Development Community met in Lusaka on Sunday. The summit was attended "
            "by delegations of all its Member States (Angola, Botswana, Malawi and Zambia).")
    assert _members(memberships(text), SADC) == {"state/AGO", "state/BWA", "state/MWI", "state/ZMB"}
    # two bodies named before: whose member states these are, the text does not say
    text = ("Leaders of the Southern African Development Community and of the East African Community met in Lusaka. "
            "The summit was attended by delegations of all the Member States (Angola, Botswana, Kenya and Zambia).")
    assert memberships(text) == set()


def test_the_states_that_formed_a_body_are_its_members():
    text = ("Niger, Mali and Burkina Faso, which left ECOWAS in January, have formed their own confederation, the "
            "Alliance of Sahel States.")
    assert _members(memberships(text), "organization/alliance-of-sahel-states") == \
        {"state/NER", "state/MLI", "state/BFA"}
    text = "Niger and Mali have not formed a confederation, the Alliance of Sahel States, with Chad."
    assert _members(memberships(text), "organization/alliance-of-sahel-states") == set()
