"""icc-ref: what the law of the International Criminal Court says about a term or a text.

The public API, for the CLI, the TUI and other programs::

    from icc_ref import load_knowledge, build_index, annotate_text, to_markdown
    kb = load_knowledge()
    ann = annotate_text(text, kb, build_index(kb))
    print(to_markdown(ann, kb))
"""

from icc_ref.annotate import Annotation, annotate_text
from icc_ref.citation import Citation, find_citations, parse_citation
from icc_ref.errors import CitationError, IccRefError, InputError, KnowledgeError
from icc_ref.knowledge import load_knowledge
from icc_ref.matcher import build_index
from icc_ref.model import Concept, Instrument, KnowledgeBase, Mention, Paragraph, Provision
from icc_ref.render import strip_annotations, to_json, to_markdown
from icc_ref.search import search

__version__ = "0.1.0"

__all__ = [
    "Annotation",
    "Citation",
    "CitationError",
    "Concept",
    "IccRefError",
    "InputError",
    "Instrument",
    "KnowledgeBase",
    "KnowledgeError",
    "Mention",
    "Paragraph",
    "Provision",
    "__version__",
    "annotate_text",
    "build_index",
    "find_citations",
    "load_knowledge",
    "parse_citation",
    "search",
    "strip_annotations",
    "to_json",
    "to_markdown",
]
