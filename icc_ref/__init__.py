"""icc-ref: what the law of the International Criminal Court says about a term or a text.

The public API, for the CLI, the TUI and other programs::

    from icc_ref import load_knowledge, build_index, annotate_text, to_markdown
    kb = load_knowledge()
    ann = annotate_text(text, kb, build_index(kb))
    print(to_markdown(ann, kb))

Names are imported on first use (PEP 562), so ``import icc_ref`` stays cheap and the
command line loads only what a command needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Annotation": "icc_ref.annotate",
    "annotate_text": "icc_ref.annotate",
    "Citation": "icc_ref.citation",
    "find_citations": "icc_ref.citation",
    "parse_citation": "icc_ref.citation",
    "CitationError": "icc_ref.errors",
    "IccRefError": "icc_ref.errors",
    "InputError": "icc_ref.errors",
    "KnowledgeError": "icc_ref.errors",
    "load_knowledge": "icc_ref.knowledge",
    "build_index": "icc_ref.matcher",
    "Concept": "icc_ref.model",
    "Instrument": "icc_ref.model",
    "KnowledgeBase": "icc_ref.model",
    "Mention": "icc_ref.model",
    "Paragraph": "icc_ref.model",
    "Provision": "icc_ref.model",
    "strip_annotations": "icc_ref.render",
    "to_json": "icc_ref.render",
    "to_markdown": "icc_ref.render",
    "search": "icc_ref.search",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'icc_ref' has no attribute {name!r}")
