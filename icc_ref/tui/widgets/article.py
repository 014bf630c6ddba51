"""The article pane: the text, one widget per paragraph, every mention highlighted."""

from __future__ import annotations

import re

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from icc_ref.model import Mention
from icc_ref.normalize import BLOCK_START, paragraphs

CATEGORY_COLOURS = {
    "institutions": "#4dabf7",
    "jurisdiction": "#9775fa",
    "admissibility": "#9775fa",
    "crimes": "#ff6b6b",
    "principles": "#f783ac",
    "investigation": "#ffa94d",
    "cooperation": "#69db7c",
    "immunities": "#38d9a9",
    "confidentiality": "#ffd43b",
    "trial": "#74c0fc",
    "penalties": "#e599f7",
    "appeal": "#a5d8ff",
    "victims": "#8ce99a",
    "integrity": "#ced4da",
    "membership": "#63e6be",
    "instruments": "#adb5bd",
}
CITATION_COLOUR = "#e8590c"


# A line end inside a paragraph of a text wrapped at a fixed width ("wire copy at 72
# columns"), which the pane, narrower, would wrap again into a long line and a short one
_WRAPPED_LINE_END = re.compile(r"\r?\n(?!" + BLOCK_START + ")")
_HEADING_LINE = re.compile(r"[ \t]*#")
WRAPPED_WIDTH = 40  # a line at least this long that ends inside a paragraph was wrapped


def unwrapped(paragraph: str) -> str:
    """``paragraph`` with the line ends of its wrapped lines made spaces, so that the pane
    wraps it to its own width: the same length, so every mention's offsets still hold. A line
    end stays where a block starts after it (a list item, a heading, a quote, a table row:
    :data:`~icc_ref.normalize.BLOCK_START`), ends a heading or a line shorter than
    :data:`WRAPPED_WIDTH`, and a paragraph holding a code fence is left as it is."""
    if "```" in paragraph or "~~~" in paragraph:
        return paragraph
    out = list(paragraph)
    for m in _WRAPPED_LINE_END.finditer(paragraph):
        line_start = paragraph.rfind("\n", 0, m.start()) + 1
        if _HEADING_LINE.match(paragraph, line_start):
            continue  # "# A title⏎The first line": the title ends there
        if m.start() - line_start < WRAPPED_WIDTH:
            continue  # a short line ends where its writer ended it: an address, a menu, a verse
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


class ArticleView(VerticalScroll):
    """Paragraphs of the input with highlighted mentions; one mention can be 'current'."""

    can_focus = True

    def __init__(self) -> None:
        super().__init__(id="article")
        self.text = ""
        self.mentions: list[Mention] = []
        self.colours: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.current: int | None = None
        self.found: tuple[int, int] | None = None

    def show(self, text: str, mentions: list[Mention], colours: list[str]) -> None:
        """Display ``text`` with ``mentions`` coloured by ``colours``."""
        self.text, self.mentions, self.colours = text, mentions, colours
        self.spans = paragraphs(text) or [(0, 0)]
        self.remove_children()
        self.mount_all(Static(self._render_para(i), classes="para") for i in range(len(self.spans)))

    def _render_para(self, i: int) -> Text:
        start, end = self.spans[i]
        text = Text(unwrapped(self.text[start:end]))
        for j, m in enumerate(self.mentions):
            if m.start >= start and m.end <= end:
                style = f"bold {self.colours[j]} underline"
                if j == self.current:
                    style = f"bold reverse {self.colours[j]}"
                text.stylize(style, m.start - start, m.end - start)
        if self.found and start <= self.found[0] < end:
            text.stylize("black on yellow", self.found[0] - start, self.found[1] - start)
        return text

    def _para_of(self, offset: int) -> int:
        for i, (start, end) in enumerate(self.spans):
            if start <= offset < end or offset < start:
                return i
        return len(self.spans) - 1

    def _refresh(self, *offsets: int | None) -> None:
        widgets = list(self.query(".para").results(Static))
        for off in {self._para_of(o) for o in offsets if o is not None}:
            if off < len(widgets):
                widgets[off].update(self._render_para(off))

    def select(self, index: int) -> None:
        """Make mention ``index`` current and scroll it into view."""
        old = self.mentions[self.current].start if self.current is not None else None
        self.current = index
        self._refresh(old, self.mentions[index].start)
        self._reveal(self.mentions[index].start)

    def mark_found(self, span: tuple[int, int] | None) -> None:
        """Highlight a find-in-text hit."""
        old = self.found[0] if self.found else None
        self.found = span
        self._refresh(old, span[0] if span else None)
        if span:
            self._reveal(span[0])

    def _reveal(self, offset: int) -> None:
        widgets = list(self.query(".para").results(Static))
        i = self._para_of(offset)
        if i < len(widgets):
            self.scroll_to_widget(widgets[i], animate=False)
