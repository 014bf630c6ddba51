"""The icc-ref exception hierarchy.

Every problem with user input or knowledge-base data is an :class:`IccRefError`; bugs stay
ordinary exceptions. ``str(error)`` reads ``path:line: message`` when the place is known.
"""

from __future__ import annotations

from collections.abc import Sequence


class IccRefError(Exception):
    """A problem the user can fix: bad input, bad data, no match."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message if self.line is None else f"line {self.line}: {self.message}"
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class CitationError(IccRefError):
    """A citation string that does not follow the canonical grammar."""


class InputError(IccRefError):
    """An input file that cannot be read or processed (binary, too large, undecodable)."""


class KnowledgeError(IccRefError):
    """One or more problems in the knowledge base; ``problems`` lists them all."""

    def __init__(self, problems: Sequence[IccRefError]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "invalid knowledge base"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))

    def __str__(self) -> str:
        return self.message
