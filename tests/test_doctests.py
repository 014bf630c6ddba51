"""The examples in the docstrings of the pure text modules run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["icc_ref.normalize", "icc_ref.citation", "icc_ref.language", "icc_ref.search"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
