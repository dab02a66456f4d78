"""Instruments named by the right they grant, and "pipeline" as business English uses it.

Documents written for these tests go through the whole extractor; the assertions are the exact
agreements and projects a user gets.
"""
from __future__ import annotations

import pytest

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract


def facts_of(text: str):
    return extract(DocumentRecord("t.txt", text, published="2025-09-10"))


def test_a_concession_signed_with_a_firm_is_a_contract_between_them():
    found = facts_of("Urja Bharat, a joint venture of Indian Oil and Bharat Petroleum, on Monday signed a production "
                     "concession with ADNOC for Abu Dhabi Onshore Block 1.")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Contract", {"organization/urja-bharat", "organization/adnoc"})]


def test_a_concession_only_awarded_or_running_is_no_signed_contract():
    assert facts_of("The concession runs until 2060, and the lease on the site expires in 2055.").agreements == []


@pytest.mark.parametrize("text", [
    "Meridian Energy continues to progress a pipeline of new wind and solar developments in New Zealand.",
    "Masdar has a project pipeline of 20 GW in Africa.",
    "Masdar's development pipeline in Kazakhstan keeps growing.",
])
def test_a_pipeline_of_developments_is_a_queue_not_a_work(text):
    assert [p for p in facts_of(text).projects if "pipeline" in p.technologies] == []


def test_a_gas_pipeline_is_still_a_work():
    found = facts_of("The Trans-Caspian gas pipeline would link Turkmenistan and Azerbaijan under the Caspian Sea.")
    assert [set(p.technologies) for p in found.projects] == [{"natural gas", "pipeline"}]
