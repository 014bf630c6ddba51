"""The Textual terminal UI (``icc-ref browse``). Imported only by that command."""
