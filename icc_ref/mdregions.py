"""Where markup may not be inserted in a Markdown text: code, links, images, raw HTML, URLs.

Block structure comes from markdown-it-py (fenced and indented code, HTML blocks, link
reference definitions); inline constructs are found by scanning each remaining line
(code spans, inline and reference links and images, autolinks, inline HTML, bare URLs).
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

_INLINE = re.compile(
    r"(?P<code>(?P<ticks>`+)[\s\S]*?(?<!`)(?P=ticks)(?!`))"
    r"|(?P<link>!?\[(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*\](?:\([^()\s]*(?:\([^()]*\))?[^()]*\)|\[[^\]]*\])?)"
    r"|(?P<auto><[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>)"
    r"|(?P<comment><!--[\s\S]*?-->)"
    r"|(?P<html></?[a-zA-Z][a-zA-Z0-9\-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<url>(?:https?://|www\.)[^\s<>]+)"
    r"|(?P<email>[\w.+\-]+@[\w\-]+\.[\w.\-]+)"
)
_BLOCK_TYPES = {"fence", "code_block", "html_block"}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged ``(start, end)`` spans of ``text`` where no markup may be inserted."""
    # markdown-it counts lines as CommonMark does: \r\n, a lone \r and \n each end one
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n?|\n", text)]
    line_starts.append(len(text))
    spans: list[tuple[int, int]] = []
    for tok in _parser().parse(text):
        if tok.type in _BLOCK_TYPES and tok.map:
            spans.append((line_starts[tok.map[0]], line_starts[min(tok.map[1], len(line_starts) - 1)]))
    spans.extend(_refdefs(text))
    spans.extend((m.start(), m.end()) for m in _INLINE.finditer(text))
    return _merge(spans)


def _refdefs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?m)^ {0,3}\[[^\]\n]+\]:[^\n]*$", text)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` touches any of the sorted, merged ``spans``."""
    import bisect

    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for s, e in spans[max(i, 0) : i + 2]:
        if s < end and start < e:
            return True
    return False
