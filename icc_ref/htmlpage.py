"""Annotated Markdown -> a standalone HTML page, through markdown-it-py.

Raw HTML in the input is never live: the parser runs with ``html`` off, so tags are shown as
text, and markdown-it's link validation drops ``javascript:``/``vbscript:``/``file:``/``data:``
URLs. Mentions are our ``#icc-ref-*`` links: highlighted, with the summary as their tooltip.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable
from functools import lru_cache

from markdown_it import MarkdownIt

from icc_ref.annotate import Annotation
from icc_ref.model import KnowledgeBase, Mention
from icc_ref.references import Entries, Entry, entry_markdown
from icc_ref.render import UnrecordedCount, markdown_body, unrecorded_markdown

CSS = """
body { font: 16px/1.6 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; background: #fff; }
a[href^="#icc-ref-"] { background: #fff3bf; color: inherit; text-decoration: none;
       border-bottom: 2px solid #f08c00; border-radius: 2px; padding: 0 1px; }
a[href^="#icc-ref-"]:hover { background: #ffe066; }
section.icc-ref-references, section.icc-ref-unrecorded { border-top: 2px solid #ced4da; margin-top: 3rem; }
section.icc-ref-references h3 { margin-bottom: .2rem; }
section.icc-ref-references h3:target { background: #fff3bf; }
@media (prefers-color-scheme: dark) {
  body { color: #e9ecef; background: #1b1b1d; }
  a[href^="#icc-ref-"] { background: #5c3c00; }
  a { color: #74c0fc; }
}
"""


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def page_start(lang: str, title: str = "Annotated text") -> str:
    """The page up to the opening of the article."""
    return (
        f'<!DOCTYPE html>\n<html lang="{_html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<article>\n"
    )


def render_markdown(markdown: str) -> str:
    """HTML for annotated Markdown, raw HTML disabled."""
    return _md().render(markdown)


def page_end(references: str) -> str:
    """The end of the article, the references section and the end of the page."""
    return f"</article>\n{references}</body>\n</html>\n"


def to_html(ann: Annotation, kb: KnowledgeBase, title: str = "Annotated text") -> str:
    """A standalone HTML page of the annotated text and its references.

    Mentions are always links with the summary as tooltip (``--style`` shapes Markdown only).
    """
    entries = Entries({}, [])
    body = markdown_body(ann, kb, "links", entries)
    return (
        page_start(ann.language, title)
        + render_markdown(body)
        + page_end(references_html(entries.ordered, kb, ann.unrecorded))
    )


def references_html(
    entries: list[Entry], kb: KnowledgeBase, unrecorded: Iterable[Mention] | UnrecordedCount = ()
) -> str:
    """The "Legal references" section, each entry's heading carrying its anchor id, then the
    citations the knowledge base does not record."""
    missing = unrecorded_markdown(unrecorded, kb)
    if missing:
        missing = f'<section class="icc-ref-unrecorded">\n{_md().render(missing)}</section>\n'
    if not entries:
        return missing
    md = _md()
    parts = ['<section class="icc-ref-references">\n<h2>Legal references</h2>\n']
    for entry in entries:
        tokens = md.parse(entry_markdown(entry, kb, anchors=False))
        for tok in tokens:
            if tok.type == "heading_open":
                tok.attrSet("id", entry.anchor)
                break
        parts.append(md.renderer.render(tokens, md.options, {}))
    parts.append("</section>\n")
    return "".join(parts) + missing
