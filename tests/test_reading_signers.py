"""Who signs an instrument (fourteenth session): a "with" that names one side only, "such" deals, signers
told in the passive or after those who looked on, and firms named after their parent.

"The company signed a contract with A and B" says that A and B are on one side of the contract; the
other side is the subject, which the reader may not find. Every document here is written for the test;
the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

VELMAR = "organization/velmar-energy"
ORTAGO = "organization/ortago-power"
KESTREL = "organization/kestrel-renewables"


def _agreements(text: str) -> list[tuple]:
    return [(a.kind, set(a.parties)) for a in facts(text).agreements]


def _pairs(text: str) -> set:
    return {frozenset(c.actors) for c in facts(text).cooperations}


def test_a_signer_the_reader_does_not_find_leaves_no_instrument_between_the_other_side():
    # before: one contract between Velmar Energy Ltd and Ortago Power Ltd, who only share a side; they still
    # sign one document together
    text = "The company signed a supply contract with Velmar Energy Ltd and Ortago Power Ltd on Tuesday."
    assert _agreements(text) == []
    assert _pairs(text) == {frozenset((VELMAR, ORTAGO))}
    # contracts, one each: they sign none together
    text = "The company signed supply contracts with Velmar Energy Ltd and Ortago Power Ltd on Tuesday."
    assert _agreements(text) == [] and _pairs(text) == set()


def test_the_signer_found_before_completes_the_instrument():
    text = ("Kestrel Renewables Ltd is expanding in Europe. The company signed a supply contract with Velmar Energy "
            "Ltd and Ortago Power Ltd on Tuesday.")
    assert _agreements(text) == [("Contract", {KESTREL, VELMAR, ORTAGO})]


def test_states_on_the_other_side_take_the_report_s_state_as_signer():
    # a state list after "with" is completed by the state the report is about, as before
    text = ("Azerbaijan is building a power link to Europe. Officials signed a memorandum with Georgia and Romania "
            "in Bucharest on Monday.")
    assert _agreements(text) == [("MemorandumOfUnderstanding", {"state/AZE", "state/GEO", "state/ROU"})]


def test_such_a_deal_names_the_kind_and_no_second_instrument():
    # before: "the second such deal between the two companies" was a second agreement
    text = ("Velmar Energy Ltd has signed a 27-year LNG supply deal with Ortago Power Ltd, the second such deal between "
            "the two companies.")
    assert _agreements(text) == [("Contract", {VELMAR, ORTAGO})]


def test_the_signers_of_an_instrument_told_in_the_passive_are_parties_in_no_list():
    # before: the recogniser's LOC for a coined firm's name, and no cue for "signed by", left the memorandum
    # with one party (so none)
    assert _agreements("The memorandum was signed by Masdar and Uzbekenergo.") == [
        ("MemorandumOfUnderstanding", {"organization/masdar", "organization/uzbekenergo"})]
    assert _agreements("The memorandum was signed on Monday by Masdar and Velmarenergo.") == [
        ("MemorandumOfUnderstanding", {"organization/masdar", "organization/velmarenergo"})]


def test_an_honorific_before_a_signer_is_no_party():
    f = facts("The memorandum was signed by H.E. Minister of Energy Jurabek Mirzamakhmudov and Masdar.")
    assert not any(e.label.startswith("H.E") for e in f.entities.values())


def test_who_looked_on_between_the_verb_and_its_agents_does_not_hide_the_signers():
    # before: "signed in the presence of … by A and B" was too long a gap for the "by" reading: no agreement
    for witnesses in ("President Shavkat Mirziyoyev", "the two presidents"):
        text = (f"Masdar will build a wind farm in Uzbekistan. The agreement was signed in the presence of {witnesses} "
                "by Masdar and Uzbekenergo.")
        assert _agreements(text) == [("Agreement", {"organization/masdar", "organization/uzbekenergo"})]


def test_a_firm_named_after_its_parent_and_called_its_unit_is_a_firm_of_its_own():
    # before: "Engie Brasil" was cut to "Engie", which then signed the contract
    assert _agreements("Engie Brasil, a unit of France's Engie, signed a contract with Eletrobras.") == [
        ("Contract", {"organization/engie-brasil", "organization/eletrobras"})]
    f = facts("Petronas Carigali, the upstream arm of Petronas, will operate the block.")
    assert f.entities["organization/petronas-carigali"].kind == "Company"
    assert f.entities["organization/petronas-carigali"].country == f.entities["organization/petronas"].country == "MYS"


def test_a_name_its_acronym_spells_that_signs_is_a_body_whatever_the_recogniser_called_it():
    # before: the recogniser called "Polskie Elektrownie Jądrowe" a person, and the agreement lost its signer
    text = ("Polskie Elektrownie Jądrowe (PEJ), the state company developing the plant, signed an agreement with "
            "Velmar Energy Ltd on Monday. PEJ will build the plant.")
    f = facts(text)
    pej = "organization/polskie-elektrownie-jadrowe"
    assert f.entities[pej].kind == "Company" and "PEJ" in f.entities[pej].alt_labels
    assert [(a.kind, set(a.parties)) for a in f.agreements] == [("Agreement", {pej, VELMAR})]
    # a name its bracket does not spell is left to the other rules (which read a name with a stem of the trade,
    # "Elektrownie", as a firm's since the forty-sixth session: the guard takes a name with none)
    assert "organization/polskie-sieci-morskie" not in facts(
        "Polskie Sieci Morskie (Warsaw) signed an agreement with Velmar Energy Ltd.").entities


def test_where_an_instrument_was_signed_between_the_verb_and_its_agents_does_not_hide_the_signers():
    # before: "signed at the ministry in Yerevan by" was too long a gap for the "by" reading
    assert _agreements("The agreement was signed at the ministry in Yerevan by Masdar and Uzbekenergo.") == [
        ("Agreement", {"organization/masdar", "organization/uzbekenergo"})]
    # a participle before "by" names who hosted, not who signed
    assert _agreements("Kenya and Ethiopia signed the agreement at a summit hosted by Egypt.") == [
        ("Agreement", {"state/KEN", "state/ETH"})]
