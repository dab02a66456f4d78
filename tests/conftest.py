"""Shared fixtures: locations of the shared corpus and small helpers."""
from __future__ import annotations

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
