"""Company names as registries write them (a limited company's qualifier in brackets, "(Pty) Ltd"; a listed
firm's unit named with the state it works in, "Air Liquide Large Industries South Africa"), holders and
sponsors listed together, a firm described without a trade noun in a list, a coordinated subject working
jointly, one reader id per cooperation reader, those present together, a parent named in an aside, an instrument
called a contract in the next sentence, counted state instruments and the sides their items name, signers
described as units of firms, a signer added by a closing "together with", "the three" after a subordinator,
"the Bank" and another clause's agent, and a summit placed by the lede (twenty-fifth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

import pytest

from epkg.graph.extract import orgnames
from reading_helpers import agreements, facts, pairs


@pytest.mark.parametrize("name, base, form", [
    ("Kestrel Solar (Pty) Ltd", "Kestrel Solar", "(Pty) Ltd"),
    ("Kestrel Power Company (Pvt.) Limited", "Kestrel Power Company", "(Pvt.) Limited"),
    ("Kestrel Power (Private) Limited", "Kestrel Power", "(Private) Limited"),
    ("Kestrel Grid (Proprietary) Limited", "Kestrel Grid", "(Proprietary) Limited"),
    ("Kestrel Grid (Holdings)", "Kestrel Grid (Holdings)", ""),
])
def test_a_bracketed_qualifier_belongs_to_the_legal_form(name, base, form):
    assert orgnames.split_legal_form(name) == (base, form)


def test_a_firm_with_a_bracketed_qualifier_signs_and_keeps_its_full_name():
    text = ("Kestrel Power Company (Pvt.) Limited signed a loan agreement with the Export-Import Bank of India in "
            "March 2017. Marlow Emoyeni Wind Farm (Pty) Ltd signed a contract with Calix Energy Limited in "
            "January 2023.")
    assert agreements(text) == [
        ("Agreement", {"organization/kestrel-power-company", "organization/export-import-bank-of-india"}),
        ("Contract", {"organization/marlow-emoyeni-wind-farm", "organization/calix-energy"})]
    f = facts(text)
    assert f.entities["organization/kestrel-power-company"].alt_labels == {"Kestrel Power Company (Pvt.) Limited"}
    assert len(f.sentences) == 2  # "Pvt." ends no sentence


def test_a_listed_firms_unit_named_with_its_state_is_one_firm_of_that_state():
    text = "Air Liquide Large Industries South Africa signed a supply agreement with Calix Energy in 2023."
    f = facts(text)
    unit = f.entities["organization/air-liquide-large-industries-south-africa"]
    assert (unit.kind, unit.country) == ("Company", "ZAF")
    assert "state/ZAF" not in f.entities  # the state's name is part of the firm's here
    assert agreements(text) == [("Contract", {"organization/air-liquide-large-industries-south-africa",
                                               "organization/calix-energy"})]


def test_two_units_named_with_their_state_are_two_firms():
    text = ("Sasol South Africa and Air Liquide Large Industries South Africa signed power purchase agreements "
            "with Kestrel Wind in January 2023.")
    f = facts(text)
    assert {"organization/sasol-south-africa", "organization/air-liquide-large-industries-south-africa"} <= set(f.entities)
    assert not any(" and " in e.label for e in f.entities.values())


def test_the_holders_a_sentence_lists_work_with_one_another_not_with_what_they_hold():
    text = ("Marlow Interconnector Limited is developing the link. Its shareholders include Verdana Power, Calix "
            "Energy and Orvane Power.")
    expected = {frozenset(p) for p in (("organization/verdana-power", "organization/calix-energy"),
                                       ("organization/verdana-power", "organization/orvane-power"),
                                       ("organization/calix-energy", "organization/orvane-power"))}
    assert pairs(text) == expected
    text = "The project's owners are Verdana Power and Calix Energy, while its former owners include Orvane Power and Tessaly Gas."
    assert pairs(text) == {frozenset({"organization/verdana-power", "organization/calix-energy"})}


def test_partners_in_a_work_listed_after_its_are_partners_of_one_another():
    text = "Its partners in the Marlow project include Verdana Power and Calix Energy."
    assert pairs(text) == {frozenset({"organization/verdana-power", "organization/calix-energy"})}


def test_a_projects_sponsors_work_together_but_states_sponsoring_a_text_do_not():
    text = "The Marlow wind farm is sponsored by Verdana Power, Calix Energy and Orvane Power."
    assert len(pairs(text)) == 3
    assert pairs("The resolution on energy transition was sponsored by France, Germany and Japan.") == set()


def test_a_firm_described_without_a_trade_noun_in_a_list_is_listed():
    text = "The blocks were awarded to a consortium of TotalEnergies and local independent South Atlantic Petroleum."
    f = facts(text)
    assert f.entities["organization/south-atlantic-petroleum"].kind == "Company"  # the recogniser calls it a place
    assert pairs(text) == {frozenset({"organization/totalenergies", "organization/south-atlantic-petroleum"})}


def test_a_works_name_ending_in_a_firms_word_is_no_firm():
    text = ("Gas has flowed to Egypt since 2020 through the East Mediterranean Gas (EMG) pipeline between Ashkelon "
            "and Arish, under contracts that Verdana Power signed in 2018 with Calix Energy.")
    assert agreements(text) == [("Contract", {"organization/verdana-power", "organization/calix-energy"})]


def test_a_coordinated_subject_working_jointly_works_together():
    text = "The gas system operators Verdana Gas, Calix Gas and Orvane Gas will prepare the application jointly."
    assert len(pairs(text)) == 3
    # (a hedge makes none)
    assert pairs("Verdana Gas and Calix Gas could prepare the application jointly.") == set()


def test_two_common_words_that_make_a_firms_name_are_read_when_all_else_is_claimed():
    # "Gulf" and "Energy" alone never make a sentence worth the recogniser; together they name a firm
    text = "Its partners in the project include Gulf Energy, Calix Power Limited and Mitsubishi Corporation."
    assert "organization/gulf-energy" in facts(text).entities
    assert len(pairs(text)) == 3


def test_an_instrument_called_by_its_kind_in_the_next_sentence_is_of_that_kind():
    text = ("Calix Transmission signed a project agreement with Verdana Power on Monday. The contract, valued at "
            "$1.3 billion, covers four lines.")
    assert agreements(text) == [("Contract", {"organization/calix-transmission", "organization/verdana-power"})]
    # another instrument between them: "the contract" may be that one
    text = ("Calix Transmission signed a project agreement with Verdana Power on Monday. Calix Transmission also "
            "signed a memorandum with Orvane Power. The contract, valued at $1.3 billion, covers four lines.")
    assert agreements(text)[0] == ("Agreement", {"organization/calix-transmission", "organization/verdana-power"})


def test_each_cooperation_reader_leaves_its_own_id():
    text = ("The gas system operators Verdana Gas, Calix Gas and Orvane Gas will prepare the application jointly. "
            "The Marlow wind farm is owned by Tessaly Power and Brisk Energy.")
    rules = {frozenset(c.actors): c.rule for c in facts(text).cooperations}
    assert rules[frozenset({"organization/verdana-gas", "organization/calix-gas"})] == "cooperation-jointly"
    assert rules[frozenset({"organization/tessaly-power", "organization/brisk-energy"})] == "cooperation-among"


def test_those_present_together_do_not_work_together():
    text = ("Attending the working session were representatives of the Kestrel Energy Regulatory Authority, "
            "together with leaders of Calix Power Company and Verdana Power.")
    assert pairs(text) == set()
    # (working together is still read)
    assert pairs("Calix Power Company will build the line together with Verdana Power.") == {
        frozenset({"organization/calix-power-company", "organization/verdana-power"})}


def test_a_parent_named_in_an_aside_is_no_co_owner():
    text = "The plant is owned by the Kestrel Power Company (KPC), the generation arm of Verdana Holdings, and Calix Energy."
    assert pairs(text) == {frozenset({"organization/kestrel-power-company", "organization/calix-energy"})}


def test_a_summit_without_a_place_is_held_where_the_lede_says_the_leaders_met():
    from epkg.graph.documents import DocumentRecord
    from epkg.graph.extract import extract

    text = ("The leaders of four North Sea countries met in the port town of Esbjerg on Wednesday and committed to "
            "a large expansion of offshore wind power.\n\nPrime Minister Mette Frederiksen hosted German Chancellor "
            "Olaf Scholz and Dutch Prime Minister Mark Rutte at the North Sea Summit.")
    f = extract(DocumentRecord("lede.txt", text, published="2022-05-18"))
    assert [(e.kind, e.label, e.place) for e in f.events] == [("Summit", "North Sea Summit", "place/esbjerg")]
    # two places of gathering in the lede: which one is unsaid
    text = text.replace("met in the port town of Esbjerg on Wednesday",
                        "met in Aarhus on Wednesday, after ministers had gathered in Odense,")
    f = extract(DocumentRecord("lede.txt", text, published="2022-05-18"))
    assert [(e.kind, e.place) for e in f.events] == [("Summit", None)]


def test_counted_state_instruments_take_the_sides_their_items_name():
    text = ("Kenya and Tanzania signed four energy agreements on Monday. Under the first agreement, Verdana Power "
            "will supply gas to Calix Energy for 15 years. The fourth, a memorandum of understanding between "
            "Orvane Nuclear and Tessaly Power, covers reactor maintenance.")
    got = agreements(text)
    assert ("Agreement", {"organization/verdana-power", "organization/calix-energy"}) in got
    assert ("MemorandumOfUnderstanding", {"organization/orvane-nuclear", "organization/tessaly-power"}) in got
    assert len(got) == 4  # the two items not told keep the states that signed them


def test_signers_each_described_as_a_unit_of_a_firm_are_all_listed():
    text = ("Verdana Upstream, the upstream arm of the Kestrian state energy company, and Calix Energy Masela, a unit of "
            "Malaysia's national oil company, signed a sale and purchase agreement with Orvane Trading on Tuesday.")
    assert agreements(text) == [("Contract", {"organization/verdana-upstream", "organization/calix-energy-masela",
                                              "organization/orvane-trading"})]


def test_a_signer_named_at_the_sentences_end_after_together_with_is_a_party():
    text = ("Verdana Power (VP) announced that it signed a power purchase agreement (PPA) with the Calix Power "
            "Authority (CPA) for the Marlow plant project, together with Orvane Energy (OE).")
    assert agreements(text) == [("Contract", {"organization/verdana-power", "organization/calix-power-authority",
                                              "organization/orvane-energy"})]
    rules = {frozenset(c.actors): c.rule for c in facts(text).cooperations}
    assert rules[frozenset({"organization/calix-power-authority", "organization/orvane-energy"})] == "agreement-parties"


def test_the_three_after_a_subordinator_are_the_three_the_sentence_named():
    text = ("Verdana Energy has been working with Calix Corporation and Orvane Corporation since the three signed a "
            "tripartite memorandum of understanding in October 2020.")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/verdana-energy",
                                 "organization/calix-corporation", "organization/orvane-corporation"})]
    # (as many as the count, or the reading of the sentence alone)
    text = text.replace("since the three signed", "since the four signed")
    assert agreements(text) == [("MemorandumOfUnderstanding", {"organization/calix-corporation",
                                                                 "organization/orvane-corporation"})]


def test_the_bank_is_the_bank_named_before_and_another_clauses_agent_is_not_the_subject():
    text = ("In September the EBRD co-financed the Zarafshan wind farm developed by the UAE's Masdar in the Navoi "
            "region, and the Bank is working with Uzbekistan's Ministry of Energy on a programme of tenders.")
    assert frozenset({"organization/european-bank-for-reconstruction-and-development",
                      "organization/ministry-of-energy-of-uzbekistan"}) in pairs(text)
    assert not any("state/ARE" in p or "organization/masdar" in p for p in pairs(text))
    # an agent's possessive is its state, not the agent: the firm after it works with the one named
    assert pairs("The wind farm was developed by the UAE's Masdar, together with Verdana Power.") == {
        frozenset({"organization/masdar", "organization/verdana-power"})}
    # "the bank's division" is a part of the bank, no actor
    text = ("The European Investment Bank (EIB) and the Ministry of Finance of Chile signed a statement of intent. "
            "It was signed for the EIB by Kristin Lang, head of the bank's division for Latin America.")
    assert pairs(text) == {frozenset({"organization/european-investment-bank",
                                      "organization/ministry-of-finance-of-chile"})}
