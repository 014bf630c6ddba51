"""The matcher index for a knowledge base, built once per base."""

from __future__ import annotations

from icc_ref.matcher import Index, build_index
from icc_ref.model import KnowledgeBase

_BUILT: dict[int, tuple[KnowledgeBase, Index]] = {}


def load_index(kb: KnowledgeBase, use_cache: bool = True) -> Index:
    """The index of ``kb``, reused within the process when ``use_cache``."""
    hit = _BUILT.get(id(kb))
    if use_cache and hit is not None and hit[0] is kb:
        return hit[1]
    index = build_index(kb)
    _BUILT[id(kb)] = (kb, index)
    return index
