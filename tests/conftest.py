"""Shared fixtures: locations of the shared corpus, small helpers, and the summary of skips."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"
DEV_ARTICLES = SHARED / "corpus" / "dev" / "articles.jsonl"
DEV_GOLD = SHARED / "corpus" / "dev" / "gold.yaml"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture
def store_path(tmp_path):
    """A fresh on-disk store folder (not yet created)."""
    return tmp_path / "store"


def need_shared():
    """Skip when the shared corpus folder is not beside the checkout."""
    if not DEV_ARTICLES.exists():
        pytest.skip(f"shared corpus not found at {DEV_ARTICLES}")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """End every run with how many tests were skipped and why, grouped by reason.

    A skip must name what is missing (a program, the shared corpus, an environment
    variable); this list is where a reader sees what the run did not test.
    """
    skipped = terminalreporter.stats.get("skipped", [])
    reasons: Counter = Counter()
    for report in skipped:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reasons[reason.removeprefix("Skipped: ")] += 1
    terminalreporter.section(f"{len(skipped)} skipped", sep="-")
    for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        terminalreporter.write_line(f"{count:5d}  {reason}")
