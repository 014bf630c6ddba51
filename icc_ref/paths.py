"""Where the knowledge bases live: the built-in one and the user's own folders."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

ENV_VAR = "ICC_REF_KB"


def builtin_root() -> Path:
    """The folder of the built-in knowledge base (wheel or source checkout)."""
    here = Path(__file__).resolve().parent
    packaged = here / "_knowledge"
    return packaged if packaged.is_dir() else here.parent / "knowledge"


def user_roots(explicit: Sequence[str] = ()) -> list[Path]:
    """User knowledge-base folders: ``ICC_REF_KB`` (``:``-separated) then ``--kb`` values."""
    env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    return [Path(p) for p in [*env, *explicit]]
