"""The "Legal references" entries: one per concept or provision found, in Markdown."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from icc_ref.citation import parse_citation
from icc_ref.model import KnowledgeBase, Mention


def anchor_for(key: str) -> str:
    """The fragment id of an entry: ``icc-ref-arrest_warrant``, ``icc-ref-rs-58``."""
    return "icc-ref-" + re.sub(r"[^a-z0-9_]+", "-", key.lower()).strip("-")


def entry_key(m: Mention) -> str:
    """What a mention is an entry for: its concept id, or the provision it cites (``RS 58``)."""
    return m.concept or parse_citation(m.provisions[0]).provision


@dataclass
class Entry:
    """One concept (``kind == "concept"``) or provision (``"provision"``) cited by the text."""

    kind: str
    key: str
    anchor: str
    tooltip: str
    count: int = 0
    pinpoints: list[str] = field(default_factory=list)


@dataclass
class Entries:
    """The entries of one text, in order of first mention."""

    by_key: dict[str, Entry]
    ordered: list[Entry]

    def key_of(self, m: Mention) -> Entry:
        """The entry a mention links to."""
        return self.by_key[entry_key(m)]


def collect_entries(mentions: Iterable[Mention], kb: KnowledgeBase, into: Entries | None = None) -> Entries:
    """Group mentions into entries, counting them and keeping cited pinpoints.

    With ``into``, add to those entries (a text annotated block by block).
    """
    entries = into if into is not None else Entries({}, [])
    by_key, ordered = entries.by_key, entries.ordered

    def counted(kind: str, key: str, source: str) -> Entry:
        """The entry for ``key``, made on first sight (its tooltip from ``source``), counted once more."""
        entry = by_key.get(key)
        if entry is None:
            entry = by_key[key] = Entry(kind, key, anchor_for(key), _tooltip(kind, source, kb))
            ordered.append(entry)
        entry.count += 1
        return entry

    for m in mentions:
        key = entry_key(m)
        if m.concept:
            counted("concept", key, key)
            continue
        first = m.provisions[0]
        entry = counted("provision", key, first)
        if first != key and first not in entry.pinpoints:
            entry.pinpoints.append(first)
        for cite in m.provisions[1:]:  # the rest of a range ("rules 173 to 175"): an entry each
            other = parse_citation(cite).provision
            counted("provision", other, other)
    return entries


def _tooltip(kind: str, source: str, kb: KnowledgeBase) -> str:
    """A concept's name and summary, or a provision's title and summary."""
    if kind == "concept":
        return f"{kb.concepts[source].name}: {kb.concepts[source].summary}"
    return provision_tooltip(source, kb)


def provision_tooltip(cite: str, kb: KnowledgeBase) -> str:
    """A cited provision's title and the summary of the paragraph it pinpoints (or its own)."""
    resolved = kb.resolve(cite)
    if resolved is None:
        return cite
    provision, paragraph = resolved
    text = paragraph.summary if paragraph else (provision.summary or "")
    return f"{kb.title(cite)}. {text}".strip()


def entry_markdown(entry: Entry, kb: KnowledgeBase, footnote: bool = False, anchors: bool = True) -> str:
    """Markdown for one entry: heading (or footnote), summary, provisions, clarifications."""
    body = _concept_body(entry, kb) if entry.kind == "concept" else _provision_body(entry, kb)
    heading, rest = body[0], body[1:]
    times = "once" if entry.count == 1 else f"{entry.count} times"
    if footnote:
        indented = "\n".join(("    " + line) if line else "" for line in rest)
        return f"[^{entry.anchor}]: **{heading}** (mentioned {times})\n\n{indented}\n"
    anchor = f'<a id="{entry.anchor}"></a>' if anchors else ""
    return f"### {anchor}{heading}\n\n_Mentioned {times}._\n\n" + "\n".join(rest) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&!#|~])")


def md_text(text: str) -> str:
    """Knowledge-base text made inert in Markdown: one line, markup characters escaped.

    A user's ``--kb`` may hold ``<script>`` or ``[x](javascript:...)`` in a summary; in the
    Markdown we write it stays text for any renderer.

    >>> md_text("See <b>[x](javascript:y)</b>\\n\\nnow")
    'See \\\\<b\\\\>\\\\[x\\\\](javascript:y)\\\\</b\\\\> now'
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _cite_line(cite: str, kb: KnowledgeBase) -> str:
    provision = kb.provisions[parse_citation(cite).provision]
    return f"- [{md_text(kb.title(cite))}]({provision.url})"


def _concept_body(entry: Entry, kb: KnowledgeBase) -> list[str]:
    c = kb.concepts[entry.key]
    lines = [md_text(c.name), md_text(c.summary), "", "Provisions:", ""]
    lines.extend(_cite_line(p, kb) for p in c.provisions)
    if c.clarifications:
        lines.extend(["", "Common misreadings:", ""])
        for cl in c.clarifications:
            cites = ", ".join(cl.provisions)
            lines.append(f"- _{md_text(cl.misreading)}_ {md_text(cl.explanation)} ({cites})")
    if c.related:
        names = ", ".join(md_text(kb.concepts[r].name) for r in c.related if r in kb.concepts)
        lines.extend(["", f"Related: {names}."])
    return lines


def _provision_body(entry: Entry, kb: KnowledgeBase) -> list[str]:
    p = kb.provisions[entry.key]
    inst = kb.instruments[p.instrument]
    lines = [md_text(kb.title(entry.key)), md_text(f"{inst.name}." + (f" {p.summary}" if p.summary else ""))]
    for cite in entry.pinpoints:
        resolved = kb.resolve(cite)
        if resolved and resolved[1]:
            lines.extend(["", f"- {cite}: {md_text(resolved[1].summary)}"])
    lines.extend(["", f"Official text: <{p.url}>"])
    return lines
