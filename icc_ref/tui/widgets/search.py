"""The search box: results update as you type; Enter opens the highlighted result."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from icc_ref.model import KnowledgeBase
from icc_ref.search import search
from icc_ref.tui.messages import Open


class SearchBox(Vertical):
    """An input over a list of hits; hidden until opened with ``/``."""

    BINDINGS = [
        Binding("escape", "close", "Close search"),
        Binding("down", "to_results", "Results", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="search-box")
        self.kb: KnowledgeBase | None = None

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Search: a term in any language, or a citation (art 98(2), rule 117)", id="search"
        )
        yield OptionList(id="search-results")

    def open(self) -> None:
        """Show the box and focus the input."""
        self.display = True
        self.query_one("#search", Input).focus()

    def action_close(self) -> None:
        self.display = False
        self.app.set_focus(None)

    def action_to_results(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.focus()
            results.highlighted = 0

    @on(Input.Changed, "#search")
    def _changed(self, event: Input.Changed) -> None:
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        if self.kb is None or not event.value.strip():
            return
        for hit in search(self.kb, event.value, 12):
            results.add_option(Option(f"{hit.score:3.0f}  {hit.label}", id=f"{hit.kind}|{hit.key}"))
        results.highlighted = 0 if results.option_count else None

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.highlighted is not None:
            self._open(results.get_option_at_index(results.highlighted).id)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option.id)

    def _open(self, option_id: str | None) -> None:
        if option_id:
            kind, key = option_id.split("|", 1)
            self.post_message(Open(kind, key))
            self.action_close()
