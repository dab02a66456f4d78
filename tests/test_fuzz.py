"""Property-based: arbitrary text and JSONL records never crash loading or extraction,
and every graph produced passes the SHACL shapes."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from epkg.graph.documents import DocumentRecord, LoadFailure, iter_documents
from epkg.graph.ingest import process
from epkg.graph.validate import validate_graph

WORDS = ["Azerbaijan", "China", "SCO", "signed", "memorandum", "of", "understanding", "2 GW", "wind", "the",
         "Ministry", "Energy", "President", "Ilham", "Aliyev", "in", "Baku", "on", "Tuesday", "strategic",
         "partnership", "comprehensive", "did", "not", "LLC", "Co.", "Ltd.", ",", ".", "(", ")", "and",
         "million", "kilowatts", "bcm", "Caspian", "Sea", "Lake", "Kazakh", "Emirati", "MoU", "with"]

newsy = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), newsy, st.tuples(newsy, st.text(max_size=50)).map("".join))
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                      HealthCheck.function_scoped_fixture])


@FUZZ
@given(text=any_text)
def test_extraction_never_raises_and_conforms(text):
    record = DocumentRecord("fuzz.txt", text, published="2025-06-26")
    _, graph = process(record)
    assert validate_graph(graph) == []


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=3), max_leaves=8)
record_like = st.fixed_dictionaries({}, optional={"id": json_value, "title": json_value, "published": json_value,
                                                  "publisher": json_value, "url": json_value,
                                                  "text": st.one_of(any_text, json_value)})


@FUZZ
@given(records=st.lists(st.one_of(record_like, json_value, st.text(max_size=40)), min_size=1, max_size=5))
def test_jsonl_loader_yields_records_or_failures(tmp_path, records):
    path = tmp_path / "fuzz.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines), encoding="utf-8")
    for item in iter_documents([path]):
        assert isinstance(item, (DocumentRecord, LoadFailure))
        if isinstance(item, DocumentRecord):
            assert isinstance(item.text, str) and item.text.strip()
            _, graph = process(item)
            assert validate_graph(graph) == []
        else:
            assert "\n" not in item.message
