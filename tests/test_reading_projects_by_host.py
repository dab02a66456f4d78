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
