"""Render an annotation as Markdown, HTML or JSON, and take the markup off again.

Where a mention is (spans, from :mod:`icc_ref.annotate`) is kept apart from how it is marked
up (this module). HTML is markdown-it-py over the very Markdown we produce, with raw HTML
disabled and markdown-it's link validation on, so input markup never becomes live.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from icc_ref.annotate import Annotation
from icc_ref.citation import parse_citation
from icc_ref.errors import InputError
from icc_ref.mdregions import overlaps, protected_spans
from icc_ref.model import KnowledgeBase, Mention
from icc_ref.normalize import BLOCK_START
from icc_ref.references import Entries, Entry, collect_entries, entry_markdown, md_text, provision_tooltip

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

Style = Literal["links", "footnotes"]

MARKER = "<!-- icc-ref:references -->"
_LINK = re.compile(r'\[((?:[^\[\]\\]|\\.)*)\]\(#icc-ref-[A-Za-z0-9_.\-]+(?: "(?:[^"\\]|\\.)*")?\)')
_FOOTREF = re.compile(r"\[\^icc-ref-[A-Za-z0-9_.\-]+\]")
_ALREADY = re.compile(r"\]\(#icc-ref-|\[\^icc-ref-|" + re.escape(MARKER))


# What a mention must not hold to carry a link: brackets, backticks, or a line end that starts
# a new block (a term wrapped inside a paragraph, "the Rome\nStatute", can be linked).
_UNSAFE = re.compile(rf"[\[\]`]|\r(?!\n)|\n(?![ \t]*[^\W_])|\n(?={BLOCK_START})")


def _near_emphasis(src: str, m: Mention) -> bool:
    """True when an emphasis mark is in ``m`` or right beside it (the only places where a link's
    brackets can change what the marks open or close), unless the marks beside it stand as they
    do around words between spaces ("an *arrest warrant* was"), which a link leaves as they are."""
    if not any(ch in _MARKS for ch in src[max(0, m.start - 1) : m.end + 1]):
        return False
    if any(ch in _MARKS for ch in m.text):
        return True
    lo = m.start
    while lo and src[lo - 1] in _MARKS:
        lo -= 1
    hi = m.end
    while hi < len(src) and src[hi] in _MARKS:
        hi += 1
    opens_plainly = lo == m.start or lo == 0 or src[lo - 1].isspace()
    closes_plainly = hi == m.end or hi == len(src) or src[hi].isspace()
    left, right = src[lo : m.start], src[m.end : hi]
    one_mark = len(set(left + right)) == 1 and (not left or not right or left == right)
    return not (opens_plainly and closes_plainly and one_mark)


_MARKS = frozenset("*_")
EMPHASIS_WINDOW = 500  # characters each side of a mention read to check its paragraph's emphasis
EMPHASIS_LINKS = 200  # at most so many links kept beside marks are read back into that window


def _keeps_emphasis(src: str, linked: list[Mention]) -> bool:
    """True when linking the last of ``linked`` (sorted), with those before it in its reach,
    leaves the emphasis of its paragraph as it was: the same emphasis and strong spans, parsed
    as CommonMark does, with and without the links."""
    m = linked[-1]
    a = max(src.rfind("\n\n", 0, m.start) + 1, m.start - EMPHASIS_WINDOW)
    b = src.find("\n\n", m.end)
    b = min(len(src) if b < 0 else b, m.end + EMPHASIS_WINDOW)
    parts, pos = [], a
    first = bisect_left([o.start for o in linked[-EMPHASIS_LINKS:]], a) + max(0, len(linked) - EMPHASIS_LINKS)
    for o in linked[first:]:  # (those before the window are out of its reach)
        if o.start >= pos:
            parts += [src[pos : o.start], "[", src[o.start : o.end], "](#x)"]
            pos = o.end
    parts.append(src[pos:b])
    return _emphasis(src[a:b]) == _emphasis("".join(parts))


def _emphasis(text: str) -> list[str]:
    """The emphasis and strong spans of ``text`` in order, as the text they hold."""
    out: list[str] = []
    for block in _inline_parser().parseInline(text):
        opened: list[list[str]] = []
        for tok in block.children or []:
            if tok.type in ("em_open", "strong_open"):
                opened.append([tok.type])
            elif tok.type in ("em_close", "strong_close") and opened:
                out.append("".join(opened.pop()))
            elif tok.type == "text" and opened:
                for span in opened:
                    span.append(tok.content)
    return out


@lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # (only for a mention beside an emphasis mark)

    return MarkdownIt("commonmark")


def ensure_not_annotated(text: str) -> None:
    """Refuse text that already carries icc-ref markup (stripping could not tell them apart)."""
    m = _ALREADY.search(text)
    if m is not None:
        line = text.count("\n", 0, m.start()) + 1
        raise InputError("the text already contains icc-ref markup; annotate the original", line=line)


def linkable(ann: Annotation) -> list[Mention]:
    """The mentions that can carry markup: outside code, links, HTML and URLs."""
    spans = protected_spans(ann.source)
    out = []
    beside: list[Mention] = []  # those kept beside an emphasis mark, checked together
    for m in ann.mentions:
        before = ann.source[m.start - 1 : m.start] if m.start else ""
        if overlaps(spans, m.start, m.end) or before in ("!", "\\") or _UNSAFE.search(m.text):
            continue
        if _near_emphasis(ann.source, m):
            if not _keeps_emphasis(ann.source, [*beside, m]):
                # 'the accused *fully understands' of '*fully understands and speaks*', "the**ICC**":
                # the link would cut the emphasis, or its brackets change what the marks open or close
                continue
            beside.append(m)
        out.append(m)
    return out


def to_markdown(ann: Annotation, kb: KnowledgeBase, style: Style = "links") -> str:
    """The input with each mention linked, then a "Legal references" section."""
    entries = Entries({}, [])
    body = markdown_body(ann, kb, style, entries)
    if entries.ordered or ann.unrecorded:
        return body + references_markdown(entries.ordered, kb, style, unrecorded=ann.unrecorded)
    return body


def markdown_body(ann: Annotation, kb: KnowledgeBase, style: Style, entries: Entries) -> str:
    """The input with each linkable mention marked up; ``entries`` collects what was linked."""
    ensure_not_annotated(ann.source)
    mentions = linkable(ann)
    collect_entries(mentions, kb, into=entries)
    parts: list[str] = []
    pos = 0
    src = ann.source
    for m in mentions:
        entry = entries.key_of(m)
        parts.append(src[pos : m.start])
        if style == "links":
            label = m.text.replace("\\", "\\\\")  # a backslash in the text stays one (strip unescapes)
            tooltip = entry.tooltip
            if m.concept is None and len(m.provisions) > 1:  # a range: name them all
                tooltip = "; ".join(map(kb.title, m.provisions))
            elif m.concept is None:  # its own paragraph's, not the first one cited of its article
                tooltip = provision_tooltip(m.provisions[0], kb)
            parts.append(f'[{label}](#{entry.anchor} "{_title(tooltip)}")')
        else:
            parts.append(f"{m.text}[^{entry.anchor}]")
        pos = m.end
    parts.append(src[pos:])
    return "".join(parts)


def references_markdown(
    entries: list[Entry],
    kb: KnowledgeBase,
    style: Style,
    anchors: bool = True,
    unrecorded: Iterable[Mention] | UnrecordedCount = (),
) -> str:
    """The appended section; stripping removes it from the blank line before MARKER on."""
    lines = ["\n\n" + MARKER]
    if entries:
        lines.append("\n## Legal references\n")
    for entry in entries:
        lines.append("\n" + entry_markdown(entry, kb, footnote=style == "footnotes", anchors=anchors))
    missing = unrecorded_markdown(unrecorded, kb)
    if missing:
        lines.append("\n" + missing)
    return "".join(lines)


class UnrecordedCount:
    """The unrecorded citations of a text, by provision: the text's words for it the first
    time, and how often it is cited (bounded by the provisions cited, not by the text)."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self.first: dict[str, str] = {}
        self.times: Counter[str] = Counter()
        self.add(mentions)

    def add(self, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            for cite in m.provisions:  # a range ("normes 67 à 72") cites each of its provisions
                self.first.setdefault(cite, m.text)
                self.times[cite] += 1


def unrecorded_markdown(unrecorded: Iterable[Mention] | UnrecordedCount, kb: KnowledgeBase) -> str:
    """The citations the knowledge base does not record, once each with how often the text
    cites them and where the instrument's official text is; "" when there are none."""
    counted = unrecorded if isinstance(unrecorded, UnrecordedCount) else UnrecordedCount(unrecorded)
    first, times = counted.first, counted.times
    if not first:
        return ""
    lines = [
        "## Cited, not in icc-ref's knowledge base\n",
        "The text cites these provisions, which icc-ref does not record: they are not linked. "
        "Read them in the official text.\n",
    ]
    for cite, words in first.items():
        inst = kb.instruments.get(parse_citation(cite).instrument)
        where = f" Official text: <{inst.url}>" if inst is not None else ""
        count = "once as" if times[cite] == 1 else f"{times[cite]} times, first as"
        name = f"{inst.name}, " if inst is not None else ""
        lines.append(f"- {md_text(cite)} ({name}cited {count} “{md_text(words)}”).{where}")
    return "\n".join(lines) + "\n"


def strip_annotations(annotated: str) -> str:
    """Remove everything :func:`to_markdown` added, giving the original input back exactly."""
    cut = annotated.find("\n\n" + MARKER)
    body = annotated if cut < 0 else annotated[:cut]
    body = _LINK.sub(lambda m: re.sub(r"\\(.)", r"\1", m.group(1)), body)
    return _FOOTREF.sub("", body)


def _title(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > 240:
        text = text[:237].rsplit(" ", 1)[0] + "..."
    return text.replace("\\", "\\\\").replace('"', '\\"')


def mention_record(m: Mention, offset: int = 0) -> dict[str, Any]:
    """One mention as JSON, its offsets shifted by ``offset`` (for text read in blocks)."""
    return {
        "start": m.start + offset,
        "end": m.end + offset,
        "text": m.text,
        "concept": m.concept,
        "provisions": list(m.provisions),
        "score": m.score,
        "method": m.method,
    }


class JsonRefs:
    """The ``concepts`` and ``provisions`` sections of the JSON output, filled mention by mention."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.concepts: dict[str, Any] = {}
        self.provisions: dict[str, Any] = {}

    def add(self, m: Mention) -> None:
        if m.concept and m.concept not in self.concepts:
            c = self.kb.concepts[m.concept]
            self.concepts[c.id] = {"name": c.name, "summary": c.summary, "provisions": list(c.provisions)}
        if m.method == "citation" and m.provisions[0] not in self.provisions:
            cite = m.provisions[0]
            url = self.kb.provisions[parse_citation(cite).provision].url
            self.provisions[cite] = {"title": self.kb.title(cite), "url": url}


def to_json(ann: Annotation, kb: KnowledgeBase) -> dict[str, Any]:
    """The annotation as the documented JSON structure."""
    refs = JsonRefs(kb)
    for m in ann.mentions:
        refs.add(m)
    return {
        "source": ann.source,
        "language": ann.language,
        "mentions": [mention_record(m) for m in ann.mentions],
        "concepts": refs.concepts,
        "provisions": refs.provisions,
        "unrecorded": [mention_record(m) for m in ann.unrecorded],
    }


def kb_to_json(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole knowledge base as one JSON-ready document."""
    return {
        "format": "icc-ref-knowledge/1",
        "instruments": [asdict(i) for i in kb.instruments.values()],
        "provisions": [{"citation": p.citation, **asdict(p)} for p in kb.provisions.values()],
        "concepts": [asdict(c) for c in kb.concepts.values()],
    }
