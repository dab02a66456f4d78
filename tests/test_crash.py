"""A killed or interrupted ingest leaves every document whole or absent, and can be resumed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from rdflib.compare import isomorphic

from epkg.graph.documents import iter_documents
from epkg.graph.ingest import process
from epkg.graph.store import Store

pytestmark = pytest.mark.slow

STATES = ["Azerbaijan", "Georgia", "Kazakhstan", "Uzbekistan", "Romania", "Hungary", "Türkiye", "Bulgaria"]


def write_corpus(folder, n):
    """n short, distinct wire reports of our own."""
    folder.mkdir()
    for i in range(n):
        a, b = STATES[i % len(STATES)], STATES[(i * 3 + 1) % len(STATES)]
        text = (f"date 2025-0{1 + i % 9}-1{i % 10} BAKU, Azerbaijan. {a} and {b} signed a memorandum of "
                f"understanding on a {100 + i} MW solar power plant in {a}, the ministries said. "
                f"The two countries agreed to cooperate on energy transmission. Report number {i}.\n")
        (folder / f"report-{i:04d}.txt").write_text(text, encoding="utf-8")


def epkg(*args):
    return [sys.executable, "-m", "epkg.cli", *args]


def expected_graphs(corpus):
    return {rec.iri: graph for rec, graph in (process(r) for r in iter_documents([corpus]))}


def assert_whole_or_absent(store_path, expected):
    store = Store.open(store_path)
    try:
        stored = store.document_graphs()
        for iri in stored:
            assert iri in expected
            assert isomorphic(store.graph(iri), expected[iri]), f"{iri} is not whole"
        return len(stored)
    finally:
        store.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    write_corpus(folder, 400)
    return folder


def signal_after(store, corpus, documents: int, sig):
    """Send *sig* once the ingest reports *documents* read (its --progress lines), whatever the machine's speed."""
    proc = subprocess.Popen(epkg("--store", str(store), "ingest", "--progress", str(corpus)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if line.startswith(f"{documents} documents"):
            proc.send_signal(sig)
            break
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, "".join(seen) + err


def test_sigkill_mid_ingest_leaves_whole_documents_and_resumes(corpus, tmp_path):
    expected = expected_graphs(corpus)
    store = tmp_path / "store"
    code, _, _ = signal_after(store, corpus, 20, signal.SIGKILL)
    assert code == -signal.SIGKILL
    kept = assert_whole_or_absent(store, expected)
    assert kept < len(expected)
    validate = subprocess.run(epkg("--store", str(store), "validate"), capture_output=True, text=True)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    again = subprocess.run(epkg("--store", str(store), "ingest", str(corpus)), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert f"{len(expected) - kept} new" in again.stdout and f"{kept} unchanged" in again.stdout
    assert assert_whole_or_absent(store, expected) == len(expected)


def test_ctrl_c_stops_after_the_current_document_with_a_summary(corpus, tmp_path):
    expected = expected_graphs(corpus)
    store = tmp_path / "store"
    code, out, err = signal_after(store, corpus, 20, signal.SIGINT)
    assert code == 1
    assert "(interrupted)" in out
    assert "Traceback" not in err
    kept = assert_whole_or_absent(store, expected)
    assert 0 < kept < len(expected)
    assert out.startswith(f"{kept} documents read")


def test_a_second_writer_is_told_the_store_is_busy(corpus, tmp_path):
    store = tmp_path / "store"
    holder = Store.open(store, reference=False)
    try:
        result = subprocess.run(epkg("--store", str(store), "ingest", str(corpus)), capture_output=True, text=True)
    finally:
        holder.close()
    assert result.returncode == 1
    assert "busy" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
