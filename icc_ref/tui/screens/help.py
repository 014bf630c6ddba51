"""The help screen (``?``)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# icc-ref browse

Explore the law of the International Criminal Court, and a text side by side.

| key | does |
|---|---|
| `/` | search terms (any language) and citations (`art 98(2)`, `rule 117`) |
| `Enter` | open the selected result, tree entry or found concept |
| `n` / `p` | next / previous mention in the article |
| `[` / `]` | back / forward in the history |
| `ctrl+f` | find text in the article (Enter: next hit) |
| `e` | export the annotated Markdown beside the file |
| `ctrl+p` | command palette: go to article N, go to concept, open file, export |
| `ctrl+t` | light / dark theme |
| `?` | this help |
| `q` | quit |

Links in the detail pane open their target; the line above it is the history.
Colours in the article follow the category of each concept; citations are orange.

icc-ref explains procedure; summaries are our own words. Check the official texts
(linked on every provision) before relying on a point of law.
"""


class HelpScreen(ModalScreen[None]):
    """Keys and what they do."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP, id="help-md")
