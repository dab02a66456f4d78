"""Two works of one technology in two named states are two projects (fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from reading_helpers import facts


def _projects(text: str) -> list[tuple]:
    return sorted(((p.technologies, p.capacity_mw, p.hosts) for p in facts(text).projects), key=repr)


def test_a_plant_in_another_named_state_is_not_the_dam_named_before():
    # before: the 3,780 MW plant was merged into the Kyrgyz dam and hosted by Kyrgyzstan
    text = ("Kyrgyzstan plans the Kambarata-1 dam. Kambarata-1 would be the second giant dam in the region after "
            "Tajikistan's 3,780 MW Rogun plant on the Vakhsh River.")
    assert _projects(text) == [(("hydro",), 3780.0, ("state/TJK",)), (("hydro",), None, ("state/KGZ",))]


def test_a_line_across_states_is_one_project_whichever_state_each_mention_names():
    text = ("Kyrgyzstan and Tajikistan are building a 500 kV transmission line to Pakistan. Tajikistan's section of "
            "the 500 kV transmission line is finished.")
    projects = facts(text).projects
    assert len(projects) == 1 and set(projects[0].hosts) >= {"state/KGZ", "state/TJK"}


def test_a_project_in_a_part_of_a_state_is_hosted_there_not_by_the_buyer():
    # before: "in western Nepal, where Bangladesh has agreed to buy power" made Bangladesh the host
    found = facts("Bangladesh began importing power this week, and Bangladesh wants more. India's GMR Group is "
                  "developing the 900MW Upper Karnali hydropower project in western Nepal, where Bangladesh has also "
                  "agreed in principle to buy power.")
    assert [p.hosts for p in found.projects] == [("state/NPL",)]


def test_a_body_s_grid_with_no_state_named_is_hosted_by_none():
    # before: the state the story named last hosted the ASEAN Power Grid
    found = facts("Singapore may also import solar power from Australia. \"This is a pathfinder for the ASEAN Power "
                  "Grid,\" the minister said.")
    assert [(p.label, p.hosts) for p in found.projects] == [("ASEAN Power Grid", ())]


def test_a_new_work_named_by_a_term_that_holds_its_facility_noun_is_a_project():
    # before: "a nuclear power plant" (the facility noun inside the technology term) made no project
    found = facts("Rosatom will build a nuclear power plant in Kazakhstan.")
    assert [(p.technologies, p.hosts, p.developers) for p in found.projects] == [
        (("nuclear",), ("state/KAZ",), ("organization/rosatom",))]


def test_a_demonym_describing_a_firm_after_of_hosts_nothing():
    # before: "a joint venture of German renewables developer Enertrag" made Germany the host
    found = facts("Namibia's Hyphen, a joint venture of German renewables developer Enertrag and Nicholas Holdings, "
                  "plans to build 7GW of wind and solar capacity near Lüderitz, Namibia.")
    assert [p.hosts for p in found.projects if p.capacity_mw == 7000.0] == [("state/NAM",)]
