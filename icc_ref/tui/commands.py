"""Command palette: go to article N, go to concept, open file, export, theme."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from icc_ref.search import search

if TYPE_CHECKING:
    from icc_ref.tui.app import IccRefApp

ACTIONS = (
    ("Export annotated Markdown", "export", "Write NAME.annotated.md beside the file"),
    ("Open file…", "open_file", "Annotate another text file"),
    ("Toggle light/dark theme", "toggle_theme", "Switch the colour theme"),
    ("Help", "help", "Keys and what they do"),
)
PREFIXES = ("go to ", "goto ", "open ")


class IccCommands(Provider):
    """Palette entries for the knowledge base and the app's actions."""

    @property
    def _app(self) -> IccRefApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        for name, action, help_text in ACTIONS:
            yield DiscoveryHit(name, partial(self._app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in ACTIONS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(name), partial(self._app.run_action, action), help=help_text
                )
        kb = self._app.kb
        if kb is None:
            return
        text = query.strip()
        for prefix in PREFIXES:
            if text.lower().startswith(prefix):
                text = text[len(prefix) :]
        if text.lower().startswith("concept "):
            text = text[len("concept ") :]
        if len(text) < 2:
            return
        for hit in search(kb, text, 8):
            kind = "article" if hit.kind == "provision" else "concept"
            label = f"Go to {kind}: {hit.label}"
            yield Hit(hit.score / 100, label, partial(self._app.open_target, hit.kind, hit.key), help=hit.key)
