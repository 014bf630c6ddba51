"""Shared fixtures: the built-in knowledge base and its index (loaded once per session)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from icc_ref.knowledge import load_knowledge
from icc_ref.matcher import Index, build_index
from icc_ref.model import KnowledgeBase

# Property tests: a short run by default; ICC_REF_FUZZ=1 (or a number) for a long fuzz run.
_FUZZ = os.environ.get("ICC_REF_FUZZ", "")
FUZZ_EXAMPLES = int(_FUZZ) if _FUZZ.isdigit() and int(_FUZZ) > 1 else 20_000 if _FUZZ else 0
_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("default", max_examples=100, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "fuzz", max_examples=FUZZ_EXAMPLES or 1, deadline=None, suppress_health_check=_QUIET
)
settings.load_profile("fuzz" if FUZZ_EXAMPLES else "default")

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
