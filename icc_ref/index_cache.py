"""The loaded knowledge base and its matcher index, cached on disk between runs.

Parsing and validating the YAML and building the index take longer than a lookup itself,
so the results are pickled in the user cache directory (``ICC_REF_CACHE_DIR``, else
``$XDG_CACHE_HOME/icc-ref``, else ``~/.cache/icc-ref``), keyed by the path, size and modification
time of every knowledge file and of the package's own modules, and by the package and
Python versions. The base (with its
search strings) and the matcher index are separate files, so ``lookup`` reads only the
first. A stale key simply misses; an unreadable or corrupt file is ignored and rebuilt;
``--no-cache`` bypasses both. The cache holds only what this program wrote from the
user's own knowledge files. Paths are strings handled with ``os.path``: a ``lookup`` on a warm
cache never imports :mod:`pathlib`.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from icc_ref import __version__
from icc_ref.paths import builtin_root_name
from icc_ref.search import Choices, choices_for, prime_choices

if TYPE_CHECKING:
    from pathlib import Path

    from icc_ref.matcher import Index
    from icc_ref.model import KnowledgeBase

FORMAT = 18


class Loaded:
    """A knowledge base, its search strings, and (built or read on first use) its index."""

    def __init__(self, kb: KnowledgeBase, choices: Choices, index_path: str | None) -> None:
        self.kb, self.choices, self._index_path = kb, choices, index_path
        self._index: Index | None = None

    @property
    def index(self) -> Index:
        if self._index is None:
            from icc_ref.matcher import Index, build_index

            cached = _read(self._index_path, Index) if self._index_path else None
            self._index = cached if cached is not None else build_index(self.kb)
            if cached is None and self._index_path is not None:
                _write(self._index_path, self._index)
        return self._index

    def __getstate__(self) -> dict[str, Any]:  # for Dask and process pools: ship everything
        return {"kb": self.kb, "choices": self.choices, "index": self.index}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.kb, self.choices, self._index, self._index_path = (
            state["kb"],
            state["choices"],
            state["index"],
            None,
        )
        prime_choices(self.kb, self.choices)


def settle() -> None:
    """Take what is alive now, the knowledge base and its index above all (some 40,000 objects
    that live as long as the process), out of the cyclic garbage collector's walks
    (:func:`gc.freeze`). Every full collection would otherwise walk them again: about 8 % of
    the time of annotating a corpus. Called by the processes icc-ref owns (``annotate``, batch
    workers) once the index is loaded; a library caller decides for its own process."""
    gc.freeze()


def cache_dir() -> Path:
    """Where cache files live."""
    from pathlib import Path

    return Path(_cache_dir())


def _cache_dir() -> str:
    explicit = os.environ.get("ICC_REF_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "icc-ref")


def fingerprint(roots: Sequence[str | os.PathLike[str]]) -> str:
    """Key of the knowledge files and of the code that builds what is cached (each file's path,
    size and modification time, as build tools do), plus the package and Python versions:
    any change to either misses the cache, and no file has to be read to know it."""
    parts = [f"{FORMAT}|{__version__}|{sys.version_info[:2]}"]
    here = os.path.dirname(os.path.realpath(__file__))
    files = sorted(os.path.join(here, n) for n in os.listdir(here) if n.endswith(".py"))
    for root in [os.fspath(r) for r in roots]:
        parts.append(os.path.realpath(root))
        if os.path.isdir(root):
            files.extend(sorted(_yaml_files(root)))
    for path in files:
        st = os.stat(path)
        parts.append(f"{path}|{st.st_size}|{st.st_mtime_ns}")
    data = "\n".join(parts).encode()
    # two independent 32-bit checksums: zlib is built in, hashlib costs 4 ms to import
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def _yaml_files(root: str) -> list[str]:
    """The ``.yaml`` files under ``root``, as the loader finds them (``Path.rglob``: symbolic
    links to folders are not followed)."""
    return [os.path.join(d, n) for d, _, names in os.walk(root) for n in names if n.endswith(".yaml")]


def load_all(extra: Sequence[str | Path] = (), use_cache: bool = True) -> Loaded:
    """The merged knowledge base (index on demand), from the cache when it is fresh."""
    roots = [builtin_root_name(), *(os.fspath(p) for p in extra)]
    key = fingerprint(roots) if use_cache else None
    kb_path = os.path.join(_cache_dir(), f"kb-{key}.pickle") if key else None
    index_path = os.path.join(_cache_dir(), f"index-{key}.pickle") if key else None
    if kb_path is not None:
        cached = _read(kb_path, tuple)
        if cached is not None and len(cached) == 2:
            kb, choices = cached
            prime_choices(kb, choices)
            return Loaded(kb, choices, index_path)
    from icc_ref.knowledge import load_knowledge

    kb = load_knowledge(extra)
    choices = choices_for(kb)
    if kb_path is not None:
        _write(kb_path, (kb, choices))
    return Loaded(kb, choices, index_path)


def _read(path: str | None, kind: type) -> Any:
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            value = pickle.load(fh)
    except Exception:  # missing, truncated, corrupt or from another version: rebuild
        return None
    return value if isinstance(value, kind) else None


def _write(path: str, value: object) -> None:
    import tempfile  # only when writing: lookup on a warm cache never needs it

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".cache-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path)
    except OSError:
        return  # a read-only or full cache directory only costs speed


KEEP = 6  # caches kept per kind: a few knowledge-base combinations, not one per past version


def _prune(written: str) -> None:
    """Remove all but the :data:`KEEP` newest caches of the kind just written (``kb-``,
    ``index-``): each change of the knowledge base or of icc-ref writes a new one."""
    folder, name = os.path.split(written)
    kind = name.split("-", 1)[0]
    olds = [
        os.path.join(folder, n)
        for n in os.listdir(folder)
        if n.startswith(f"{kind}-") and n.endswith(".pickle")
    ]
    olds.sort(key=os.path.getmtime, reverse=True)
    for old in olds[KEEP:]:
        try:
            os.unlink(old)
        except FileNotFoundError:
            pass
