"""Who is a party and who only stands near one: a signer described as a parent's subsidiary (with the parent's
short form in brackets), the country after a city's comma, witnesses after "in the presence of", a firm and its
parent, "the two governments" of the one state a sentence names and its actors' home, a state's firm selling to
another state, and a firm paired with a state by "with". Documents written for these tests."""
from reading_helpers import facts, pairs


def test_a_signer_described_as_a_subsidiary_signs_not_its_parent_nor_the_country_of_the_venue():
    text = ("Volta Atomic Company (VAC) owns the planned plant. In April, VAC and Amber Overseas Limited, a subsidiary "
            "of China's state-owned Amber Nuclear Corporation (ANC), signed a framework agreement on the margins of "
            "the Global Energy Forum in Rotterdam, the Netherlands.")
    f = facts(text, published="2024-05-02")
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Agreement", {"organization/volta-atomic-company", "organization/amber-overseas"})]
    assert pairs(text) == {frozenset({"organization/volta-atomic-company", "organization/amber-overseas"})}


def test_the_country_after_a_citys_comma_is_where_a_lone_signer_signed():
    text = ("Zenith Grid Limited signed a cooperation agreement on the margins of the Global Energy Forum in "
            "Rotterdam, the Netherlands.")
    assert facts(text).agreements == []


def test_witnesses_after_in_the_presence_of_are_no_parties():
    text = ("The contract was signed in Dar es Salaam between Tanesco and the Egyptian joint venture, in the "
            "presence of President Magufuli and Egypt's Prime Minister Mostafa Madbouly.")
    f = facts(text, published="2018-12-13")
    assert f.agreements == []
    assert not any("state/EGY" in c.actors for c in f.cooperations)


def test_leaders_who_witnessed_the_signing_of_unnamed_parties_instruments_sign_none_of_them():
    # (a state named later in the sentence does not make them the instruments' sides either)
    text = ("President William Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, on Monday witnessed the "
            "signing of two agreements for the Lake Pipeline, clearing the way for a decision on Kenya's oil fields.")
    assert facts(text).agreements == []
    assert facts("Kenya and Tanzania on Monday witnessed the signing of an agreement for the pipeline.").agreements == []


def test_whom_an_opening_filing_went_to_is_no_party():
    text = ("In a filing to the Tel Aviv Stock Exchange, Zenith Gas said it had signed an export agreement with the "
            "Egyptian buyer Nilegas Company.")
    assert [set(a.parties) for a in facts(text).agreements] == [
        {"organization/zenith-gas", "organization/nilegas-company"}]
    # nor does it hold the share the sentence tells of: the holder is the one the next sentence's holders join
    text = ("In a filing to the Tel Aviv Stock Exchange, Zenith Gas, which holds 45% of the field, said the partners "
            "had amended the deal. The field is operated by Chevron with 40%, while Ratio Energies holds the "
            "remaining 15%.")
    assert pairs(text) == {frozenset(p) for p in (
        ("organization/zenith-gas", "organization/chevron"), ("organization/zenith-gas", "organization/ratio-energies"),
        ("organization/chevron", "organization/ratio-energies"))}


def test_a_firm_and_its_parent_are_one_group_and_the_unit_signs_for_the_parent():
    text = ("Rosatom's subsidiary Atomstroyexport and Rosatom signed a contract with Acme Power. Atomstroyexport and "
            "Rosatom will build the plant together.")
    f = facts(text)
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [
        ("Contract", {"organization/atomstroyexport", "organization/acme-power"})]
    assert pairs(text) == {frozenset({"organization/atomstroyexport", "organization/acme-power"})}


def test_the_two_governments_are_the_state_named_and_the_home_of_the_sentences_firm():
    text = ("Nepal and Bangladesh signed a memorandum of understanding in 2018. Bangladesh buys 40 MW from Nepal. "
            "The Nepal Electricity Authority has set targets of exporting 10,000 MW to India, under the "
            "long-term agreement the two governments signed in January.")
    f = facts(text, published="2025-03-01")
    assert [(a.kind, set(a.parties), a.date) for a in f.agreements] == [
        ("MemorandumOfUnderstanding", {"state/NPL", "state/BGD"}, "2018"),
        ("Agreement", {"state/NPL", "state/IND"}, "2025-01")]


def test_the_two_governments_are_the_two_states_the_sentence_names():
    text = ("Cambodia imported most of its power from Vietnam and Thailand. Cambodian Prime Minister Hun Sen met "
            "business leaders. In March Cambodia agreed to buy 200 MW from Laos, and during Hun Sen's official "
            "visit to Vientiane in December 2018 the two governments signed an agreement under which Laos will "
            "supply power to Cambodian border provinces.")
    f = facts(text, published="2019-06-01")
    assert [(set(a.parties), a.date) for a in f.agreements] == [({"state/KHM", "state/LAO"}, "2018-12")]


def test_a_states_utility_that_sells_to_another_state_trades_for_its_state():
    text = ("Ethiopian Electric Power (EEP) is the state utility. EEP already exports electricity to Djibouti and "
            "Kenya. Thailand buys electricity from Electricite du Laos.")
    assert pairs(text) == {frozenset({"state/ETH", "state/DJI"}), frozenset({"state/ETH", "state/KEN"}),
                           frozenset({"state/THA", "state/LAO"})}


def test_a_firm_with_a_state_by_with_is_no_pair():
    text = ("Mozambique picked an EDF-led consortium for the dam. Under a joint development agreement, the consortium "
            "will develop the project together with state-owned power utility Electricidade de Moçambique (EDM) and "
            "Hidroeléctrica de Cahora Bassa (HCB).")
    assert not any(any(k.startswith("state/") for k in p) for p in pairs(text))


def test_a_firm_with_a_state_named_as_its_government_is_a_pair():
    text = "ACWA Power is developing the wind farm in partnership with the Government of Uzbekistan."
    assert pairs(text) == {frozenset({"organization/acwa-power", "state/UZB"})}


def test_the_agent_of_the_ground_an_instrument_was_signed_on_is_no_signer():
    text = ("Gazprom said on Tuesday it had signed a legally binding memorandum with China National Petroleum "
            "Corporation (CNPC) on the Power of Siberia 2 pipeline. Gazprom's chief executive said that the "
            "memorandum had been signed on the basis of a public statement by the leaders of China, Russia and "
            "Mongolia.")
    f = facts(text, published="2025-09-03")
    assert {frozenset(a.parties) for a in f.agreements} == {
        frozenset({"organization/gazprom", "organization/china-national-petroleum-corporation"})}


def test_a_state_that_imports_power_from_two_states_trades_with_each():
    text = ("Cambodia imported about a quarter of its electricity, most of it from Vietnam and Thailand. Shell buys "
            "LNG from Qatar and Oman.")
    assert pairs(text) == {frozenset({"state/KHM", "state/VNM"}), frozenset({"state/KHM", "state/THA"})}


def test_the_state_a_contract_supplies_is_no_signer():
    text = ("The partners in the Leviathan reservoir have signed an export deal under which they will sell about 130 "
            "billion cubic meters (BCM) of gas to Egypt through 2040, NewMed Energy said. The agreement, signed with "
            "Egyptian company Blue Ocean Energy, amends the contract under which Leviathan has been supplying Egypt "
            "since January 2020.")
    f = facts(text, published="2025-08-08")
    assert not any("state/EGY" in a.parties for a in f.agreements)
    assert not any("state/EGY" in c.actors for c in f.cooperations)
