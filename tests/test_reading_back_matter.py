"""What a published report carries about itself — credit lines, links to other stories, copyright notes,
picture captions — tells no facts (fourteenth session).

Every document here is written for the test; the expected facts are exact.
"""
from __future__ import annotations

from epkg.graph.extract.header import story_text
from reading_helpers import facts

STORY = ("LIMA, March 3 (Andes Wire) - Kestrel Energy Ltd and Velmar Power Ltd signed a supply contract on "
         "Monday, the companies said.")


def _summary(text: str) -> tuple:
    f = facts(text)
    return (sorted((e.kind, e.label) for e in f.entities.values()),
            sorted((a.kind, tuple(sorted(a.parties))) for a in f.agreements))


def test_credit_lines_and_links_to_other_stories_end_the_story():
    text = (STORY + "\n\n(Reporting by Ana Ruiz in Quito and Tomas Vela in Bogota; Editing by Jo Bell)\n\n"
            "Read more:\nChina and Russia sign gas pact\nChile eyes hydrogen deals with Japan\n\n"
            "Copyright 2025 Andes Wire. All rights reserved.")
    assert _summary(text) == _summary(STORY)
    assert _summary(STORY) == ([("Company", "Kestrel Energy"), ("Company", "Velmar Power"), ("Place", "Lima")],
                               [("Contract", ("organization/kestrel-energy", "organization/velmar-power"))])


def test_a_caption_line_tells_nothing_and_the_story_around_it_is_read():
    text = STORY + "\n\nPhoto: Officials of Chile and Peru at a signing in Santiago.\n\nThe contract runs for ten years."
    assert _summary(text) == _summary(STORY)


def test_story_lines_that_only_start_like_back_matter_are_kept():
    text = STORY + "\n\nRelated Chinese firms did not comment."
    assert story_text(text) == text
    # the first paragraph is never back matter, even when it opens like it
    assert story_text("Copyright rules were eased.\n\nMore text.") == "Copyright rules were eased.\n\nMore text."


def test_the_story_keeps_its_offsets():
    text = STORY + "\n\n(Reporting by Ana Ruiz; Editing by Jo Bell)"
    assert len(story_text(text)) == len(text) and story_text(text).startswith(STORY)


def test_a_headline_s_deal_is_the_story_s_when_a_byline_and_times_stand_between_them():
    # before: the headline's deal and the story's contract were two agreements (the byline lines counted
    # as sentences of the story between them)
    text = ("Kestrel and Velmar sign gas deal\n\nBy Ana Ruiz and Tomas Vela, Andes Wire\nUpdated 3 hours ago | 5 min "
            "read\n\n" + STORY)
    assert _summary(text)[1] == [("Contract", ("organization/kestrel-energy", "organization/velmar-power"))]
