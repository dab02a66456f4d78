"""A person named in full, then by the first words of the name (fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts


def _people(text: str) -> dict:
    return {e.label: (sorted(e.alt_labels), e.represents) for e in facts(text).entities.values() if e.kind == "Person"}


def test_a_title_and_first_name_after_the_full_name_are_the_same_person():
    # before: "Prince Abdulaziz" was a second person
    text = ("Saudi Energy Minister Prince Abdulaziz bin Salman met Sergei Tsivilev in Riyadh on Monday. Prince "
            "Abdulaziz said the talks went well.")
    # (since the sixteenth session the royal style is no part of the name, only of an alias)
    assert _people(text) == {"Abdulaziz bin Salman": (["Prince Abdulaziz bin Salman"], "state/SAU"),
                             "Sergei Tsivilev": ([], None)}


def test_first_words_two_people_share_name_neither():
    text = ("Sheikh Mohamed bin Zayed met Sheikh Mohamed bin Rashid in Abu Dhabi on Monday. Sheikh Mohamed said the "
            "talks went well.")
    assert "Sheikh Mohamed" in _people(text)


def test_a_counterpart_named_by_a_demonym_speaks_for_that_state():
    # before: the counterpart was a person of no state
    text = "Saudi Energy Minister Prince Abdulaziz bin Salman met his Russian counterpart Sergei Tsivilev in Riyadh."
    assert _people(text)["Sergei Tsivilev"] == ([], "state/RUS")
    assert _people("The minister met his counterpart Sergei Tsivilev in Riyadh.")["Sergei Tsivilev"] == ([], None)
