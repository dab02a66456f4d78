"""Names and parties (tenth session): a firm's own name that opens a longer one, the members a count
stands for, members listed between dashes or joined by a newcomer, and a body's "group of" members.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, facts, memberships

EAC = "organization/east-african-community"
ECOWAS = "organization/economic-community-of-west-african-states"
BRICS = "organization/brics"


def test_a_firm_named_after_its_parent_and_defined_by_its_acronym_is_a_firm_of_its_own():
    text = ("Tata Power Renewable Energy (TPRE) signed a power purchase agreement with Eni Plenitude Iberica (EPI) "
            "in Madrid. EPI will buy the output.")
    f = facts(text)
    firm = f.entities["organization/eni-plenitude-iberica"]
    assert (firm.kind, firm.label, firm.country) == ("Company", "Eni Plenitude Iberica", "ITA")
    assert "organization/eni" not in f.entities and "organization/epi" not in f.entities
    assert agreements(text) == [("Contract", {"organization/tata-power-renewable-energy",
                                              "organization/eni-plenitude-iberica"})]
    # the parent named alone stays the parent
    assert "organization/eni" in facts("Eni Plenitude Iberica (EPI) is a unit of Eni.").entities


def test_a_count_standing_alone_stands_for_the_states_listed_before():
    text = ("Ministers of Kenya, Uganda and Tanzania met in Arusha on Monday. "
            "The three, all members of the East African Community, signed a power pool accord.")
    assert memberships(text) == {(f"state/{c}", EAC, "member") for c in ("KEN", "UGA", "TZA")}
    # listed further back: the last list of as many states
    text = ("The leaders of Kenya, Uganda and Tanzania met in Arusha on Monday. The host spoke first. "
            "Talks ran late. The three, all members of the East African Community, agreed to meet again.")
    assert memberships(text) == {(f"state/{c}", EAC, "member") for c in ("KEN", "UGA", "TZA")}
    # a count before a noun is no such subject
    assert memberships("Ministers of Kenya, Uganda and Tanzania met. The three projects, all in the "
                       "East African Community, will cost $2 billion.") == set()


def test_members_listed_between_double_hyphens_after_a_partitive():
    text = ("Ministers from Nigeria and from five of the 15 members of the Economic Community of West African "
            "States (ECOWAS) -- Ghana, Togo, Benin, Niger and Mali -- met in Accra.")
    # Nigeria heads another conjunct ("and from five of …"): it is not said to be one of them
    assert memberships(text) == {(f"state/{c}", ECOWAS, "member") for c in ("GHA", "TGO", "BEN", "NER", "MLI")}
    assert memberships(text.replace(" -- ", " - ")) == memberships(text)


def test_the_members_a_newcomer_joins_and_a_body_s_group_of_members():
    text = ("Ethiopia became a full member of BRICS, joining Brazil, Russia, India, China and South Africa, "
            "as well as Egypt and Iran.")
    assert memberships(text) == {(f"state/{c}", BRICS, "member")
                                 for c in ("ETH", "BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "IRN")}
    text = "Ethiopia joined the BRICS group of Brazil, Russia, India, China and South Africa in 2024."
    assert memberships(text) == {(f"state/{c}", BRICS, "member") for c in ("ETH", "BRA", "RUS", "IND", "CHN", "ZAF")}


def test_a_state_before_a_firm_s_trade_qualifies_the_firm():
    for trade in ("US supermajor", "US oil explorer", "Norwegian state-controlled", "South Korean shipbuilder"):
        text = f"QatarEnergy signed a supply agreement in Doha on Tuesday with {trade} ConocoPhillips."
        assert agreements(text) == [("Contract", {"organization/qatarenergy", "organization/conocophillips"})], trade


def test_the_states_leading_and_included_in_a_group_are_its_members_not_the_signers():
    alliance = "organization/mediterranean-hydrogen-alliance"
    text = ("The Mediterranean Hydrogen Alliance, co-chaired by Morocco and Spain and including Greece, Italy and "
            "Tunisia, signed a declaration with Egypt in Cairo on Monday.")
    assert memberships(text) == {(f"state/{c}", alliance, "member") for c in ("MAR", "ESP", "GRC", "ITA", "TUN")}
    assert agreements(text) == [("Declaration", {alliance, "state/EGY"})]
    # the reference lists know the group that pledges for the Just Energy Transition Partnerships
    ipg = facts("Viet Nam and the International Partners Group (IPG) agreed the plan.").entities[
        "organization/international-partners-group"]
    assert ipg.kind == "InternationalOrganization"


def test_honorifics_and_stacked_titles_are_no_part_of_a_person_s_name():
    cases = {
        "Ghana's Minister of Energy, Chief Kwame Mensah, said the deal was signed.": ("Kwame Mensah", "Minister"),
        "The Honourable Stuart Young said the deal was signed.": ("Stuart Young", None),
        "PLN President Director Darmawan Prasodjo said the deal was signed.": ("Darmawan Prasodjo",
                                                                              "President Director"),
        "Chief Executive Officer John Smith said the deal was signed.": ("John Smith", "Chief Executive Officer"),
    }
    for text, (name, position) in cases.items():
        people = [e for e in facts(text).entities.values() if e.kind == "Person"]
        assert [(p.label, p.position) for p in people] == [(name, position)], text


def test_a_firm_s_name_may_list_its_trades_with_commas():
    text = "Zambia Oil, Gas and Mining Company signed a supply deal with Eni in Lusaka."
    assert agreements(text) == [("Contract", {"organization/zambia-oil-gas-and-mining-company", "organization/eni"})]
    # a comma after another firm's name still separates two firms
    found = facts("Ghana signed deals with Shell, Gas and Power Corporation of Ghana and Eni.").entities
    assert "organization/shell" in found and not any(k.startswith("organization/shell-") for k in found)


def test_a_heading_is_a_sentence_and_its_agreement_is_the_one_the_lead_reports():
    from epkg.graph.extract.text import split_sentences

    text = ("Kenya and Uganda sign oil pipeline memorandum\nEnergy ministers of Kenya and Uganda signed a "
            "memorandum of understanding in Nairobi on March 3 on a crude oil pipeline.\nThe line will cost $4bn.")
    assert [s.text for s in split_sentences(text)] == [
        "Kenya and Uganda sign oil pipeline memorandum",
        "Energy ministers of Kenya and Uganda signed a memorandum of understanding in Nairobi on March 3 on a "
        "crude oil pipeline.",
        "The line will cost $4bn."]
    assert agreements(text) == [("MemorandumOfUnderstanding", {"state/KEN", "state/UGA"})]
    # a line that a sentence goes on from, or a paragraph set in lines of a width, is no heading
    assert len(split_sentences("The ministers met and signed it with\nUganda on Monday.")) == 1
    assert len(split_sentences("Ministers of Kenya met President\nYoweri Museveni and the\nofficials.")) == 1


def test_the_region_an_officer_s_post_covers_is_no_party():
    text = ("The financing agreement was signed in Honiara by the Minister of Finance and Treasury, Harry Kuma, "
            "and the World Bank Country Director for Papua New Guinea and the Pacific Islands, Michel Kerf.")
    assert not any("state/PNG" in parties for _, parties in agreements(text))


def test_an_aside_between_dashes_inside_a_list_of_signers():
    text = ("Power flows under a supply agreement that the Ghana Grid Company (GRIDCo), Tata Power Renewable Energy "
            "(TPRE) - the clean-power arm of Tata Power - and the Volta River Authority (VRA) inked in Accra on "
            "May 5.")
    f = facts(text)
    assert agreements(text) == [("Contract", {"organization/ghana-grid-company", "organization/tata-power-renewable-energy",
                                              "organization/volta-river-authority"})]
    # the parent the aside names is the listed firm, not a short form of its unit
    assert [m.key for m in f.mentions if m.text == "Tata Power"] == ["organization/tata-power"]


def test_who_witnessed_a_signing_is_no_party_even_named_after_a_demonym():
    text = ("The construction contract was signed in Dar es Salaam between TANESCO and Elsewedy Electric, in a "
            "ceremony witnessed by President John Magufuli and Egyptian Prime Minister Mostafa Madbouly.")
    assert agreements(text) == [("Contract", {"organization/tanzania-electric-supply-company",
                                              "organization/elsewedy-electric"})]


def test_maintained_city_names_with_a_joined_article_or_a_possessive():
    found = facts("Egypt hosted the climate talks. Ministers met in Sharm el-Sheikh on Monday.").entities
    assert (found["place/sharm-el-sheikh"].label, found["place/sharm-el-sheikh"].country) == ("Sharm el-Sheikh", "EGY")
    found = facts("Bangladesh will build the plant near Cox's Bazar.").entities
    assert found["place/coxs-bazar"].country == "BGD"
    # a possessive after a place is still the place's ("Sonora's governor")
    assert "place/sonora" in facts("Sonora's governor met investors in Hermosillo, Mexico.").entities


def test_a_dependent_territory_is_a_place_of_its_sovereign_state():
    found = facts("The LNG carrier sailed from Hong Kong to Puerto Rico.").entities
    assert {k: (e.kind, e.country) for k, e in found.items()} == {
        "place/hong-kong": ("Place", "CHN"), "place/puerto-rico": ("Place", "USA")}


def test_a_deal_with_its_sum_before_it_and_two_initials_in_a_name():
    for sum_ in ("$3.3-billion", "$3 billion", "US$2.5 billion supply"):
        text = f"Aboitiz Power and Meralco have inked a {sum_} deal with Shell."
        kind = "Contract" if "supply" in sum_ else "Agreement"  # a supply deal is a contract of sale
        assert agreements(text) == [(kind, {"organization/aboitiz-power", "organization/manila-electric-company",
                                            "organization/shell"})], sum_
    # "deals with" after a noun is still the verb
    assert agreements("The plan deals with grid planning between Kenya and Uganda.") == []
    people = facts("Energy Secretary Raphael P.M. Lotilla welcomed the deal.").entities
    assert [e.label for e in people.values() if e.kind == "Person"] == ["Raphael P.M. Lotilla"]


def test_a_firm_s_offices_and_what_a_state_firm_is_are_no_organizations():
    text = ("NHPC Limited, a Government of India Enterprise, signed the memorandum. For details contact the "
            "Corporate Communication Division of NHPC at its Office Complex in Faridabad.")
    assert sorted(k for k in facts(text).entities if k.startswith("organization/")) == ["organization/nhpc"]


def test_a_body_s_name_ends_before_and_another_office():
    found = facts("Xi Jinping, General Secretary of the Communist Party of China and Chinese President, met To Lam "
                  "in Hanoi.").entities
    assert "organization/communist-party-of-china" in found
    assert not any("president" in k for k in found if k.startswith("organization/"))
    assert "organization/ministry-of-energy-and-mines" in facts("The Ministry of Energy and Mines signed it.").entities


def test_the_sides_of_a_war_are_no_partners_of_the_sentence():
    text = ("Germany's economy minister Robert Habeck visited Doha in March, shortly after Russia's invasion of "
            "Ukraine, and the two governments agreed then to deepen energy cooperation.")
    f = facts(text)
    assert not any({"state/RUS", "state/UKR"} & set(c.actors) for c in f.cooperations)
    assert [(e.kind, set(e.participants)) for e in f.events] == [("Visit", {"state/DEU", "state/QAT"})]
    # states that sign with each other still do
    assert agreements("Russia and Ukraine signed a gas transit agreement in Minsk.") == [
        ("Agreement", {"state/RUS", "state/UKR"})]


def test_an_alliance_the_text_calls_an_agreement_is_no_body():
    text = ("The European Union and Norway today launched a Green Alliance on clean energy. The Green Alliance is "
            "the second agreement of its kind, after the one the EU concluded with Japan last year.")
    f = facts(text)
    assert "organization/green-alliance" not in f.entities
    assert agreements(text) == [("Agreement", {"organization/european-union", "state/JPN"})]
    # a standing alliance stays a body
    assert "organization/global-methane-alliance" in facts("The Global Methane Alliance met in Paris.").entities


def test_a_line_linking_the_grids_of_several_states_makes_each_pair_cooperate():
    from reading_helpers import pairs

    text = ("The Mano River loop is run by a body whose members are Ghana, Togo, Benin and Niger. The 330 kV loop "
            "links the grids of all four countries.")
    assert pairs(text) == {frozenset(p) for p in [("state/GHA", "state/TGO"), ("state/GHA", "state/BEN"),
                                                  ("state/GHA", "state/NER"), ("state/TGO", "state/BEN"),
                                                  ("state/TGO", "state/NER"), ("state/BEN", "state/NER")]}
    # a line that would link them someday does not
    assert pairs("Ghana, Togo and Benin met. A new line could one day link the grids of Ghana, Togo and Benin.") == set()
    assert pairs("The cable is meant to connect the grids of Greece, Cyprus and Israel.") == set()


def test_an_instrument_still_under_talks_and_the_owner_of_a_signer():
    text = ("In 2015, Nuclearelectrica signed a memorandum of understanding with China General Nuclear Power Group "
            "on the completion of the units, followed by negotiations on an investors' agreement.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/nuclearelectrica",
                                                               "organization/china-general-nuclear-power-group"})]
    # the talks may lead to an instrument the sentence says was signed
    assert agreements("After two years of talks on a new supply deal, Qatar and Germany signed the agreement in "
                      "Doha.") == [("Agreement", {"state/QAT", "state/DEU"})]
    text = ("EnergoNuclear, the project company majority-owned by state-controlled Nuclearelectrica, signed a "
            "contract in Bucharest with a consortium of Fluor Corporation and Ansaldo Nucleare.")
    assert agreements(text) == [("Contract", {"organization/energonuclear", "organization/fluor-corporation",
                                              "organization/ansaldo-nucleare"})]
