"""Field specifications of the knowledge-base records and the checks of one mapping.

Each record kind is a table of ``field -> (accepted types, required)``. :func:`check_fields`
reports every unknown, missing and mistyped field of one mapping, with a "did you mean"
suggestion for unknown keys, as ``file:line`` errors.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from icc_ref.errors import IccRefError
from icc_ref.yamlfile import Map

Spec = dict[str, tuple[tuple[type, ...], bool]]

STR = (str,)
LIST = (list,)
MAP = (dict,)

INSTRUMENTS_FILE: Spec = {"instruments": (LIST, True)}
INSTRUMENT: Spec = {
    "id": (STR, True),
    "name": (STR, True),
    "short_name": (STR, True),
    "unit": (STR, True),
    "edition": (STR, True),
    "url": (STR, True),
    "adopted": (STR, False),
    "in_force": (STR, False),
    "division": (STR, False),
    "divisions": (LIST, False),
}
DIVISION: Spec = {"number": (STR, True), "title": (STR, True)}
PROVISIONS_FILE: Spec = {
    "instrument": (STR, True),
    "part": (STR, False),
    "provisions": (LIST, True),
}
PROVISION: Spec = {
    "number": (STR, True),
    "title": (STR, False),
    "untitled": ((bool,), False),
    "part": (STR, False),
    "summary": (STR, False),
    "paragraphs": (LIST, False),
    "cross_references": (LIST, False),
    "deleted": (STR, False),
    "url": (STR, False),
}
PARAGRAPH: Spec = {
    "number": (STR, True),
    "summary": (STR, True),
    "subparagraphs": (LIST, False),
}
CONCEPTS_FILE: Spec = {"concepts": (LIST, True)}
KNOWN_WORDS_FILE: Spec = {"known_words": (MAP, True)}  # language -> list of words
CONCEPT: Spec = {
    "id": (STR, True),
    "name": (STR, True),
    "category": (STR, True),
    "stage": (STR, True),
    "summary": (STR, True),
    "aliases": (MAP, True),
    "provisions": (LIST, True),
    "related": (LIST, False),
    "clarifications": (LIST, False),
    "narrows": (STR, False),
}
ALIAS: Spec = {
    "text": (STR, True),
    "needs_context": ((bool,), False),
    "exact": ((bool,), False),
    "ambiguous": ((bool,), False),
    "refers_back": ((bool,), False),
    "lookup_only": ((bool,), False),
}
CLARIFICATION: Spec = {
    "misreading": (STR, True),
    "explanation": (STR, True),
    "provisions": (LIST, True),
}

# Links in the output point only at web pages: no javascript:, data:, file: or relative paths,
# and nothing that could end a Markdown link or an HTML attribute early.
SAFE_URL = re.compile(r"https?://[^\s<>\"'`()\[\]\\]+")

_TYPE_NAMES = {str: "a string", list: "a list", dict: "a mapping", bool: "true or false"}


def type_name(types: tuple[type, ...]) -> str:
    """Human name of the accepted types: ``a string``, ``a list`` ..."""
    return " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)


def check_fields(value: Any, spec: Spec, what: str, display: str, line: int | None) -> list[IccRefError]:
    """Problems with one record: not a mapping, unknown, missing or mistyped fields."""
    if not isinstance(value, dict):
        return [IccRefError(f"{what} must be a mapping, not {_kind(value)}", display, line)]
    problems = []
    lines = value.key_lines if isinstance(value, Map) else {}
    own_line = getattr(value, "line", line)
    for key, item in value.items():
        at = lines.get(key, own_line)
        if key not in spec:
            hint = difflib.get_close_matches(key, list(spec), n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            allowed = ", ".join(spec)
            problems.append(
                IccRefError(f"unknown field {key!r} in {what}{suggestion}; allowed: {allowed}", display, at)
            )
            continue
        types, _ = spec[key]
        if not isinstance(item, types) or (bool not in types and isinstance(item, bool)):
            problems.append(
                IccRefError(
                    f"field {key!r} of {what} must be {type_name(types)}, not {_kind(item)}"
                    + (' (quote numbers: "58")' if isinstance(item, int | float) else ""),
                    display,
                    at,
                )
            )
        elif key == "url" and isinstance(item, str) and not SAFE_URL.fullmatch(item):
            problems.append(
                IccRefError(
                    f"field 'url' of {what} must be an http:// or https:// address without spaces or "
                    f"quotes, not {item[:60]!r}",
                    display,
                    at,
                )
            )
    for key, (_, required) in spec.items():
        if required and key not in value:
            problems.append(IccRefError(f"missing required field {key!r} in {what}", display, own_line))
    return problems


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value}"
    names: dict[type, str] = {str: "a string", list: "a list", dict: "a mapping"}
    return names.get(type(value), type(value).__name__)
