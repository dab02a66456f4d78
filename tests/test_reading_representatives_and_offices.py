"""Signers who act for a body, portfolios and treaty topics that name no body, and office holders of states
as one list. Documents written for these tests."""
from reading_helpers import facts


def _people(f):
    return sorted((e.label, e.represents) for e in f.entities.values() if e.kind == "Person")


def test_signers_representing_their_firms_are_persons_and_the_firms_sign():
    text = ("The contract was signed in Minsk by Arman Zhaksylykov, representing Samruk Energy, and "
            "Oleg Petrovsky, representing Belenergo Projects JSC.")
    f = facts(text)
    assert _people(f) == [("Arman Zhaksylykov", "organization/samruk-energy"),
                          ("Oleg Petrovsky", "organization/belenergo-projects")]
    assert [(a.kind, a.parties, a.place) for a in f.agreements] == [
        ("Contract", ("organization/samruk-energy", "organization/belenergo-projects"), "place/minsk")]
    assert not any(e.kind == "Company" and "Petrovsky" in e.label for e in f.entities.values())


def test_signers_on_behalf_of_their_firms_are_persons():
    text = ("The agreement was signed in Minsk by Arman Zhaksylykov on behalf of Samruk Energy and "
            "Oleg Petrovsky on behalf of Belenergo Projects JSC.")
    f = facts(text)
    assert _people(f) == [("Arman Zhaksylykov", "organization/samruk-energy"),
                          ("Oleg Petrovsky", "organization/belenergo-projects")]
    assert [a.parties for a in f.agreements] == [("organization/samruk-energy", "organization/belenergo-projects")]


def test_a_portfolio_after_a_titles_and_is_no_body():
    text = ("Danish Energy Minister Lars Aagaard hosted the talks. On Monday, Aagaard and Germany's Minister for "
            "Economic Affairs and Climate Action, Robert Habeck, signed a joint declaration on the North Sea hub.")
    f = facts(text)
    assert sorted(k for k in f.entities if k.startswith("organization/")) == []
    assert [(a.kind, a.parties) for a in f.agreements] == [("Declaration", ("state/DNK", "state/DEU"))]
    assert ("Robert Habeck", "state/DEU") in _people(f)


def test_a_treatys_topic_names_no_body():
    text = "Morocco and Portugal are bound by a Treaty of Friendship, Good Neighbourliness and Cooperation signed in 1994."
    f = facts(text)
    assert sorted(f.entities) == ["state/MAR", "state/PRT"]
    assert [(a.kind, a.parties, a.date) for a in f.agreements] == [("Treaty", ("state/MAR", "state/PRT"), "1994")]


def test_a_person_after_owner_is_no_firm():
    text = "The appeal was brought by traditional owner Jimmy Wanambi, who had argued that the line would harm sacred sites."
    f = facts(text)
    assert [(e.kind, e.label) for e in f.entities.values()] == [("Person", "Jimmy Wanambi")]


def test_a_firm_after_owner_with_its_nationality_stays_a_firm():
    text = "Norwegian owner Hoegh Evi has signed a ten-year time charter with Egypt's EGAS for the Hoegh Gandria."
    f = facts(text)
    assert ("Company", "Hoegh Evi") in [(e.kind, e.label) for e in f.entities.values()]


def test_two_office_holders_of_states_sign_for_their_states():
    text = "Denmark's energy minister and Germany's economy minister signed a memorandum of understanding in Berlin."
    f = facts(text)
    assert [(a.kind, a.parties, a.place) for a in f.agreements] == [
        ("MemorandumOfUnderstanding", ("state/DNK", "state/DEU"), "place/berlin")]
    assert [c.actors for c in f.cooperations] == [("state/DEU", "state/DNK")]


def test_three_office_holders_meet_as_their_states():
    text = "Denmark's energy minister, Norway's oil minister and Germany's economy minister met in Oslo on Monday."
    assert [(e.kind, e.place, e.participants) for e in facts(text).events] == [
        ("Meeting", "place/oslo", ("state/DNK", "state/NOR", "state/DEU"))]
