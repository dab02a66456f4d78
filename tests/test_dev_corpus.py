"""Regression floor: the development corpus through ingest → N-Quads export → score.py.

The corpus and the scorer live outside the repository, in the shared folder next
to it (``../shared``); without it the test is skipped. The floors are the
scores reached when this test was last calibrated, minus 0.02.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
CATEGORIES = ("mentions.states", "mentions.organizations", "mentions.persons", "mentions.places",
              "memberships", "partnerships", "cooperation", "agreements", "projects", "events")

# Calibrated on all 72 development articles: micro-F1 0.797 when dev-033 … dev-072 arrived (0.673 on
# those 40), 0.860 (P 0.932) after the statistical layer, maintained places and the parse-based
# reader; 0.897 (P 0.952) after the second session's rules for the language (trade nouns, member
# lists, relative clauses, listed documents, reference lenders and grid operators); 0.904 (P 0.956)
# after the third session's (trigger tables, names and datelines in more shapes, asides); 0.912 (P 0.963)
# after the fourth session's (joint-venture owners, counted signers, titles, competing bidders); 0.915
# (P 0.964) after families checked on several held-out sets (co-funders, joint bodies, targets, "its
# partners", "agreed with", member descriptions, former names); 0.919 (P 0.965) with the fifth session's
# names and places (parties in no list, line ends, seats, titles in lower case, events of a signing);
# seed 1.000; 0.926 (P 0.968) after the twelfth session's (memberships told around the member word,
# adverbial meetings, passive builders, home states of signing firms); floors 0.02 below.
MICRO_F1_FLOOR = 0.906
SEED_MICRO_F1_FLOOR = 0.98

pytestmark = pytest.mark.slow


def _micro(categories: dict) -> float:
    tp = sum(categories[c]["tp"] for c in CATEGORIES)
    fp = sum(categories[c]["fp"] for c in CATEGORIES)
    fn = sum(categories[c]["fn"] for c in CATEGORIES)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    if not (CORPUS / "articles.jsonl").is_file() or not SCORER.is_file():
        pytest.skip(f"the shared development corpus and scorer are not at {SHARED}")
    from epkg.graph.ingest import ingest  # an ImportError here is breakage, not a reason to skip
    from epkg.graph.store import Store

    folder = tmp_path_factory.mktemp("dev")
    store = Store.memory()
    summary = ingest([CORPUS / "articles.jsonl"], store)
    assert summary.failed == 0, summary.failures
    export = folder / "dev.nq"
    with export.open("wb") as out:
        store.dump(out, pyoxigraph.RdfFormat.N_QUADS)
    out_json = folder / "score.json"
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(CORPUS / "gold.yaml"), "--graph", str(export),
                           "--json", str(out_json)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(out_json.read_text(encoding="utf-8"))


def test_dev_corpus_micro_f1_floor(report):
    assert not report["missing_documents"]
    assert report["micro"]["f1"] >= MICRO_F1_FLOOR, {c: round(v["f1"], 3) for c, v in report["categories"].items()}


def test_seed_micro_f1_floor(report):
    seed = report["articles"]["seed-001"]["categories"]
    assert _micro(seed) >= SEED_MICRO_F1_FLOOR, {c: (seed[c]["fn_facts"], seed[c]["fp_facts"]) for c in CATEGORIES}
