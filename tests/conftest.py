"""Shared fixtures: the built-in knowledge base and its index (loaded once per session)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icc_ref.knowledge import load_knowledge
from icc_ref.matcher import Index, build_index
from icc_ref.model import KnowledgeBase

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
REFERENCE = REPO.parent / "shared" / "reference"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never touch the user's cache directory."""
    import os

    os.environ["ICC_REF_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def index(kb: KnowledgeBase) -> Index:
    return build_index(kb)


@pytest.fixture()
def small_root(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(DATA / "kb_small", root)
    return root


@pytest.fixture(scope="session")
def small_kb() -> KnowledgeBase:
    return load_knowledge([DATA / "kb_small"], include_builtin=False)
