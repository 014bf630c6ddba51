"""The loaded knowledge base and its matcher index, cached on disk between runs.

Parsing and validating the YAML and building the index take longer than a lookup itself,
so the result is pickled in the user cache directory (``ICC_REF_CACHE_DIR``, else
``$XDG_CACHE_HOME/icc-ref``, else ``~/.cache/icc-ref``), keyed by a hash of every knowledge
file's path and bytes, the package version and the Python version. A stale key simply
misses; an unreadable or corrupt file is ignored and rebuilt; ``--no-cache`` bypasses it.
The cache holds only what this program wrote from the user's own knowledge files.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from icc_ref import __version__
from icc_ref.knowledge import builtin_root, load_knowledge
from icc_ref.matcher import Index, build_index
from icc_ref.model import KnowledgeBase
from icc_ref.search import Choices, choices_for, prime_choices

FORMAT = 1


@dataclass(frozen=True)
class Loaded:
    """A knowledge base with everything derived from it."""

    kb: KnowledgeBase
    index: Index
    choices: Choices


def cache_dir() -> Path:
    """Where cache files live."""
    explicit = os.environ.get("ICC_REF_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "icc-ref"


def fingerprint(roots: Sequence[Path]) -> str:
    """Hash of the knowledge files (paths and bytes) plus the package and Python versions."""
    h = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version_info[:2]}".encode())
    for root in roots:
        h.update(str(root.resolve()).encode())
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*.yaml")):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:32]


def load_all(extra: Sequence[str | Path] = (), use_cache: bool = True) -> Loaded:
    """The merged knowledge base with its index, from the cache when it is fresh."""
    roots = [builtin_root(), *(Path(p) for p in extra)]
    path = cache_dir() / f"kb-{fingerprint(roots)}.pickle" if use_cache else None
    if path is not None:
        cached = _read(path)
        if cached is not None:
            prime_choices(cached.kb, cached.choices)
            return cached
    kb = load_knowledge(extra)
    loaded = Loaded(kb, build_index(kb), choices_for(kb))
    if path is not None:
        _write(path, loaded)
    return loaded


def _read(path: Path) -> Loaded | None:
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
    except Exception:  # missing, truncated, corrupt or from another version: rebuild
        return None
    return value if isinstance(value, Loaded) else None


def _write(path: Path, loaded: Loaded) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kb-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(loaded, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return  # a read-only or full cache directory only costs speed
