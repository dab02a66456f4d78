"""Royal styles before names, and the publisher named in its own report (sixteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from reading_helpers import facts


def _people(found) -> dict:
    return {e.label: e for e in found.entities.values() if e.kind == "Person"}


def test_a_royal_style_is_no_part_of_the_name_and_the_short_form_is_the_same_person():
    # before: the label kept "Prince", and after the change the short form had to find the person by alias
    found = facts("Saudi Energy Minister Prince Abdulaziz bin Salman Al Saud met the delegation in Riyadh. "
                  "Prince Abdulaziz said the deal was historic.")
    people = _people(found)
    assert list(people) == ["Abdulaziz bin Salman Al Saud"]
    assert "Prince Abdulaziz bin Salman Al Saud" in people["Abdulaziz bin Salman Al Saud"].alt_labels


def test_a_style_that_is_how_a_person_is_known_stays():
    assert list(_people(facts("Prime Minister Sheikh Hasina opened the plant in Bangladesh."))) == ["Sheikh Hasina"]


def test_the_publisher_named_in_its_own_report_is_no_mention():
    # before: "Anadolu Agency" was a government body of the report
    text = ("Türkiye and Turkmenistan agreed on gas swaps, Energy Minister Alparslan Bayraktar told Anadolu Agency "
            "on Friday.")
    found = extract(DocumentRecord("a.txt", text, publisher="Anadolu Agency"))
    assert not any("Anadolu" in e.label for e in found.entities.values())
    other = extract(DocumentRecord("b.txt", text, publisher="Daily Sabah"))
    assert any("Anadolu" in e.label for e in other.entities.values())


def test_persons_listed_after_a_plural_title_in_lower_case():
    # before: "their presidents Daniel Noboa and Dina Boluarte" named nobody
    people = _people(facts("A joint statement on energy was issued by their presidents Daniel Noboa and Dina "
                           "Boluarte at a cabinet meeting in Loja, Ecuador."))
    assert {label: e.position for label, e in people.items()} == {"Daniel Noboa": "President",
                                                                  "Dina Boluarte": "President"}


def test_a_firm_s_board_is_the_firm_not_a_firm_of_its_own():
    # before: "the RTE Management Board" was a company, and "RTE" earlier in the text was taken for its short form
    found = facts("ONEE signed a memorandum with the French transmission system operator RTE on grid planning. It "
                  "was signed by the Chairman of the RTE Management Board, Xavier Piechaczyk.")
    labels = {e.label for e in found.entities.values() if e.kind == "Company"}
    assert "Réseau de Transport d'Électricité" in labels
    assert not any("Board" in label for label in labels)
