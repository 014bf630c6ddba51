"""Markdown pages for the detail pane: a concept or a provision, every reference a link.

Links use the ``icc:`` scheme (``icc:concept:arrest_warrant``, ``icc:provision:RS%2058(1)``);
the app resolves them. Textual's Markdown widget does not render footnotes, so none are used.
"""

from __future__ import annotations

from urllib.parse import quote

from icc_ref.citation import parse_citation
from icc_ref.model import Concept, KnowledgeBase, Paragraph


def concept_href(concept_id: str) -> str:
    """Link target of a concept."""
    return f"icc:concept:{concept_id}"


def provision_href(citation: str) -> str:
    """Link target of a provision citation."""
    return "icc:provision:" + quote(citation, safe="")


def parse_href(href: str) -> tuple[str, str] | None:
    """``("concept", id)`` or ``("provision", citation)`` for one of our links, else None."""
    parts = href.split(":", 2)
    if len(parts) == 3 and parts[0] == "icc" and parts[1] in ("concept", "provision"):
        return parts[1], parts[2]
    return None


def _esc(text: str) -> str:
    return (
        " ".join(text.split()).replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_")
    )


def _cite_link(kb: KnowledgeBase, cite: str) -> str:
    title = kb.title(cite).split(" — ", 1)[-1] if kb.resolve(cite) else cite
    return f"[{cite}]({provision_href(cite)}) — {_esc(title)}"


def concept_markdown(kb: KnowledgeBase, c: Concept) -> str:
    """The detail page of a concept."""
    stage = c.stage.replace("_", " ")
    lines = [
        f"# {_esc(c.name)}",
        "",
        f"*{c.category} · {stage}* · `{c.id}`",
        "",
        _esc(c.summary),
        "",
        "## Provisions",
        "",
    ]
    for cite in c.provisions:
        resolved = kb.resolve(cite)
        extra = f": {_esc(resolved[1].summary)}" if resolved and resolved[1] else ""
        lines.append(f"- {_cite_link(kb, cite)}{extra}")
    if c.clarifications:
        lines += ["", "## Common misreadings", ""]
        for cl in c.clarifications:
            cites = ", ".join(f"[{p}]({provision_href(p)})" for p in cl.provisions)
            lines.append(f"- **Misreading:** {_esc(cl.misreading)}  \n  {_esc(cl.explanation)} ({cites})")
    if c.related:
        lines += ["", "## Related concepts", ""]
        lines += [
            f"- [{_esc(kb.concepts[r].name)}]({concept_href(r)})" for r in c.related if r in kb.concepts
        ]
    lines += ["", "## Names", ""]
    for lang in ("en", "fr", "ar", "es"):
        names = ", ".join(_esc(n) for n in c.names(lang))
        if names:
            lines.append(f"- **{lang}**: {names}")
    return "\n".join(lines) + "\n"


def provision_markdown(kb: KnowledgeBase, cite: str) -> str:
    """The detail page of a provision (a pinpoint shows the whole provision, marked)."""
    whole = parse_citation(cite).provision
    p = kb.provisions[whole]
    inst = kb.instruments[p.instrument]
    heading = f"{whole} — {p.title}" if p.title else whole
    div = inst.division_title(p.part)
    lines = [
        f"# {_esc(heading)}",
        "",
        f"*{_esc(inst.name)}*" + (f" · {inst.division} {p.part}: {_esc(div)}" if div else ""),
        "",
    ]
    if cite != whole:
        lines += [f"> Cited: **{cite}**", ""]
    if p.deleted:
        lines += [f"**Deleted:** {_esc(p.deleted)}", ""]
    if p.summary:
        lines += [_esc(p.summary), ""]
    lines += _paragraph_lines(p.paragraphs, whole, cite, 0)
    if p.cross_references:
        lines += ["", "## Cross-references", ""] + [f"- {_cite_link(kb, r)}" for r in p.cross_references]
    concepts = kb.citing(whole)
    if concepts:
        lines += ["", "## Concepts resting on it", ""] + [
            f"- [{_esc(c.name)}]({concept_href(c.id)})" for c in concepts
        ]
    lines += ["", f"Official text: {p.url}"]
    return "\n".join(lines) + "\n"


def _paragraph_lines(paras: tuple[Paragraph, ...], prefix: str, cited: str, depth: int) -> list[str]:
    out = []
    for para in paras:
        here = f"{prefix}({para.number})"
        label = f"**({para.number})**" + (" ◀" if here == cited else "")
        out.append("  " * depth + f"- {label} {_esc(para.summary)}")
        out += _paragraph_lines(para.subparagraphs, here, cited, depth + 1)
    return out
