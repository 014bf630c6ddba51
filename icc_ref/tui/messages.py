"""Messages the widgets post; the app, which owns navigation state, handles them."""

from __future__ import annotations

from textual.message import Message


class Open(Message):
    """Open a concept (``kind == "concept"``) or a provision citation in the detail pane."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__()
        self.kind = kind
        self.key = key
