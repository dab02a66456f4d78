"""The bodies that sign for two states (twenty-sixth session): "A and B signed an agreement … The document was
signed by <an officer of A's body> and <an officer of B's body>" makes the bodies the parties, while a minister
signing keeps the state.

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import agreements, pairs


def test_the_bodies_whose_officers_sign_the_document_are_its_parties():
    text = ("Pakistan and China on Tuesday signed an agreement for a 1,200-megawatt nuclear power plant. The "
            "document was signed at a ceremony in Islamabad by Pakistan Atomic Energy Commission (PAEC) member "
            "Ahmed Farooq and the president of China Nuclear Overseas Limited (CNO), the overseas arm of China "
            "National Nuclear Corporation (CNNC), in the presence of the prime minister.")
    assert agreements(text) == [("Agreement", {"organization/pakistan-atomic-energy-commission",
                                               "organization/china-nuclear-overseas"})]
    assert frozenset({"organization/pakistan-atomic-energy-commission", "organization/china-nuclear-overseas"}) \
        in pairs(text)


def test_the_agreement_signed_by_two_bodies_is_the_one_the_states_signed():
    text = ("Pakistan and China signed an agreement on Tuesday for a nuclear power plant. The agreement was signed "
            "by the Pakistan Atomic Energy Commission and China Nuclear Overseas Limited.")
    assert agreements(text) == [("Agreement", {"organization/pakistan-atomic-energy-commission",
                                               "organization/china-nuclear-overseas"})]


def test_every_instrument_of_a_counted_series_takes_the_signing_bodies():
    text = ("Indonesia and Singapore on Friday signed three memorandums of understanding on energy in Jakarta. "
            "The documents were signed by Indonesia's Ministry of Energy and Mineral Resources and Singapore's "
            "Ministry of Trade and Industry.")
    bodies = {"organization/ministry-of-energy-and-mineral-resources-of-indonesia",
              "organization/ministry-of-trade-and-industry-of-singapore"}
    assert agreements(text) == [("MemorandumOfUnderstanding", bodies)] * 3


def test_a_minister_signing_signs_for_the_state():
    text = ("Germany and the United Arab Emirates have signed an energy security agreement. The document was "
            "signed in Abu Dhabi by Sultan Al Jaber, the UAE's Minister of Industry and chief executive of the Abu "
            "Dhabi National Oil Company (ADNOC), and Anna Weber, State Secretary at Germany's Federal Ministry "
            "for Economic Affairs.")
    assert agreements(text) == [("Agreement", {"state/DEU", "state/ARE"})]


def test_bodies_of_other_states_do_not_replace_the_parties():
    text = ("Pakistan and China signed an agreement on Tuesday for a nuclear power plant. The document was signed "
            "by the Pakistan Atomic Energy Commission and Rosatom.")
    assert agreements(text) == [("Agreement", {"state/PAK", "state/CHN"})]
