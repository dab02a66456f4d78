"""In a quotation attributed to one person, "we", "our" and "us" are the actor that person speaks for
(fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts

VELMAR, MASDAR = "organization/velmar-energy", "organization/masdar"


def _pairs(text: str) -> set:
    return {frozenset(c.actors) for c in facts(text).cooperations}


def test_we_in_a_quotation_is_the_speaker_s_firm():
    # before: no pair ("we" stood for no one)
    text = '"We are delighted to partner with Masdar on this project," said Ana Ruiz, chief executive of Velmar Energy Ltd.'
    assert _pairs(text) == {frozenset((VELMAR, MASDAR))}
    text = '"We signed a supply contract with Masdar today," Velmar Energy Ltd CEO Ana Ruiz said.'
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [("Contract", {VELMAR, MASDAR})]


def test_a_quotation_whose_sentence_goes_on_about_others_lends_them_no_speaker():
    text = ('"Our cooperation with Masdar has gained momentum," Ana Ruiz of Velmar Energy Ltd said after Kestrel '
            "Power Ltd signed a contract with Ortago Grid Ltd.")
    assert [(a.kind, set(a.parties)) for a in facts(text).agreements] == [
        ("Contract", {"organization/kestrel-power", "organization/ortago-grid"})]
