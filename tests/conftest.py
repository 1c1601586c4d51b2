"""Shared test settings: offline models, and where ../shared is (tests that need it skip without it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_RAW = SHARED / "corpus-raw"

needs_shared = pytest.mark.skipif(
    not CORPUS_RAW.is_dir(), reason="../shared/corpus-raw is not beside the checkout"
)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """An empty store folder for one test."""
    return tmp_path / "store"
