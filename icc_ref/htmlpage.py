"""Annotated Markdown -> a standalone HTML page, through markdown-it-py.

Raw HTML in the input is never live: the parser runs with ``html`` off, so tags are shown as
text, and markdown-it's link validation drops ``javascript:``/``vbscript:``/``file:``/``data:``
URLs. Mentions are our ``#icc-ref-*`` links: highlighted, with the summary as their tooltip.
"""

from __future__ import annotations

import html as _html
from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from icc_ref.annotate import Annotation
from icc_ref.model import KnowledgeBase
from icc_ref.references import collect_entries
from icc_ref.render import MARKER, Style, linkable, to_markdown

CSS = """
body { font: 16px/1.6 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; background: #fff; }
a[href^="#icc-ref-"] { background: #fff3bf; color: inherit; text-decoration: none;
       border-bottom: 2px solid #f08c00; border-radius: 2px; padding: 0 1px; }
a[href^="#icc-ref-"]:hover { background: #ffe066; }
section.icc-ref-references { border-top: 2px solid #ced4da; margin-top: 3rem; }
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
    return MarkdownIt("commonmark", {"html": False}).enable("table").use(footnote_plugin)


def to_html(ann: Annotation, kb: KnowledgeBase, style: Style = "links", title: str = "Annotated text") -> str:
    """A standalone HTML page of the annotated text and its references."""
    markdown = to_markdown(ann, kb, style)
    cut = markdown.find("\n\n" + MARKER)
    body_md = markdown if cut < 0 else markdown[:cut]
    md = _md()
    if style == "footnotes":
        body = md.render(markdown.replace(MARKER, "", 1))
        refs = ""
    else:
        body = md.render(body_md)
        refs = _references_html(ann, kb)
    return (
        "<!DOCTYPE html>\n<html lang=\"" + ann.language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<article>\n{body}</article>\n{refs}</body>\n</html>\n"
    )


def _references_html(ann: Annotation, kb: KnowledgeBase) -> str:
    from icc_ref.references import entry_markdown

    entries = collect_entries(linkable(ann), kb).ordered
    if not entries:
        return ""
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
    return "".join(parts)
