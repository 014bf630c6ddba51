"""The package type-checks (mypy), as the house style asks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import REPO

pytest.importorskip("mypy")


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "icc_ref", "--ignore-missing-imports", "--no-error-summary"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
