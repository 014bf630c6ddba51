"""Where the knowledge bases live: the built-in one and the user's own folders."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

ENV_VAR = "ICC_REF_KB"


def builtin_root() -> Path:
    """The folder of the built-in knowledge base (wheel or source checkout)."""
    from pathlib import Path

    return Path(builtin_root_name())


def builtin_root_name() -> str:
    """:func:`builtin_root` as a string, found with ``os.path``: ``lookup`` on a warm cache
    never imports :mod:`pathlib` (a few per cent of its start)."""
    here = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(here, "_knowledge")
    return packaged if os.path.isdir(packaged) else os.path.join(os.path.dirname(here), "knowledge")


def user_roots(explicit: Sequence[str] = ()) -> list[Path]:
    """User knowledge-base folders: ``ICC_REF_KB`` (``:``-separated) then ``--kb`` values."""
    env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    if not env and not explicit:
        return []  # the usual case, with no import of pathlib
    from pathlib import Path

    return [Path(p) for p in [*env, *explicit]]
