"""Section headings of a filing and officers' titles after an employer's name.

Documents written for these tests go through the whole extractor; the assertions are the exact
entities a user gets.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def entities(text: str) -> dict[str, str]:
    facts = extract(DocumentRecord("t.txt", text, published="2025-11-04"))
    return {k: e.label for k, e in facts.entities.items()}


def test_a_heading_on_the_line_above_is_no_part_of_a_name():
    found = entities("Meridian Energy will keep both smelter contracts.\n\nComment\nMike Roan, Meridian's Chief "
                     "Executive, said the agreements gave Southland long-term certainty.")
    assert found.get("person/mike-roan") == "Mike Roan"
    assert not any(label.startswith("Comment") for label in found.values())


def test_a_numbered_heading_is_no_part_of_a_name_either():
    found = entities("The talks went well.\n\n5. Statements\nChoi Yoon-beom, Chairman of Korea Zinc, said the "
                     "partnership with Hanwha Impact would supply hydrogen to the refinery.")
    assert found.get("person/choi-yoon-beom") == "Choi Yoon-beom"
    assert not any(label.startswith("Statements") for label in found.values())


def test_an_officer_s_title_after_an_unlisted_firm_is_no_part_of_the_firm_s_name():
    found = entities("The Supply Agreement was signed in Tokyo on 3 November 2025 by Lynas Managing Director and "
                     "Chief Executive Officer Amanda Lacaze and by representatives of JARE.")
    assert found.get("organization/lynas") == "Lynas"
    assert not any("Managing Director" in label for label in found.values())


def test_a_title_alone_names_no_firm():
    found = entities("Deputy Prime Minister Mark Smith met the delegation in Nairobi on Monday.")
    assert not any(k.startswith("organization/") for k in found)


def test_an_office_named_after_its_holder_keeps_its_name():
    found = entities("The decree was issued by the Office of the President of Kenya.")
    assert found.get("organization/office-of-the-president-of-kenya") == "Office of the President of Kenya"


def test_the_line_that_dates_an_announcement_names_no_city():
    found = entities('Lynas Rare Earths Limited\nMarket Announcement, 4 November 2025\n\nLynas Rare Earths Limited '
                     '("Lynas") is pleased to advise that it has executed a binding supply agreement with Sojitz.')
    assert not any(k.startswith("place/") for k in found)


def test_a_city_and_a_date_under_a_kicker_still_make_a_dateline():
    found = entities("PRESS RELEASE\n\nBrasília, 18 February 2025\n\nBrazil and Chile signed an energy memorandum.")
    assert found.get("place/brasilia") == "Brasília"
