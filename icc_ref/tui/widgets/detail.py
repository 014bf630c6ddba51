"""The detail pane: a breadcrumb of the history and the current page as Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Markdown, Static


class DetailView(Vertical):
    """Breadcrumb line plus a scrollable Markdown page."""

    def compose(self) -> ComposeResult:
        yield Static("", id="breadcrumb")
        with VerticalScroll(id="detail-scroll"):
            yield Markdown("", id="detail-md", open_links=False)

    def show(self, markdown: str, crumbs: list[str], current: int) -> None:
        """Show a page and the breadcrumb (``current`` is the index of the page shown)."""
        parts = []
        for i, label in enumerate(crumbs):
            short = label if len(label) <= 24 else label[:23] + "…"
            parts.append(f"[b]{_escape(short)}[/b]" if i == current else _escape(short))
        self.query_one("#breadcrumb", Static).update(" › ".join(parts) or " ")
        self.query_one("#detail-md", Markdown).update(markdown)
        self.query_one("#detail-scroll", VerticalScroll).scroll_home(animate=False)


def _escape(text: str) -> str:
    return text.replace("[", "\\[")
