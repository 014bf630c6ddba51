"""Read one YAML file safely, keeping the line of every mapping key and sequence item.

``yaml.safe_load`` semantics (the C parser when PyYAML has it), with two refusals: files over
:data:`MAX_BYTES`, and anchors/aliases (``&x``/``*x``), which would allow "billion laughs"
expansion and make records depend on each other invisibly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from icc_ref.errors import IccRefError

MAX_BYTES = 2_000_000
MAX_DEPTH = 200  # records need about 8; libyaml itself crashes on very deep nesting
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'|#[^\n]*')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEEP_INDENT = re.compile(rf"(?m)^ {{{2 * MAX_DEPTH},}}\S")

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class Map(dict[str, Any]):
    """A mapping that remembers its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class Seq(list[Any]):
    """A sequence that remembers its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


def line_of(value: Any, default: int | None = None) -> int | None:
    """The line where ``value`` (a Map or Seq) starts, else ``default``."""
    return getattr(value, "line", default)


def read_yaml(path: Path, display: str) -> Any:
    """Parse ``path``; raise IccRefError naming ``display`` and the line on any problem."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IccRefError(f"cannot read file ({exc.strerror})", display) from None
    if size > MAX_BYTES:
        raise IccRefError(f"file is {size} bytes, over the {MAX_BYTES}-byte limit", display)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IccRefError(f"not UTF-8 text (byte {exc.start})", display) from None
    if _too_deep(text):
        raise IccRefError(f"YAML nested more than {MAX_DEPTH} levels deep", display)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise IccRefError(f"invalid YAML: {exc.problem or exc.context}", display, line) from None
    except yaml.YAMLError as exc:
        raise IccRefError(f"invalid YAML: {exc}", display) from None
    finally:
        loader.dispose()
    if node is None:
        return None
    try:
        return _convert(node, display, set(), yaml.constructor.SafeConstructor())
    except IccRefError as exc:
        if exc.message.startswith("YAML anchors"):
            raise IccRefError(exc.message, display, _alias_line(text) or exc.line) from None
        raise
    except yaml.MarkedYAMLError as exc:  # e.g. an unsupported !!python/object tag
        mark = exc.problem_mark or exc.context_mark
        raise IccRefError(
            f"invalid YAML: {exc.problem or exc.context}", display, mark.line + 1 if mark else None
        ) from None


def _too_deep(text: str) -> bool:
    """Flow nesting ("[[[[...") or block indentation deeper than MAX_DEPTH, checked before
    parsing: the C parser would crash rather than fail on a hostile file."""
    if _DEEP_INDENT.search(text):
        return True
    depth = 0
    for ch in _NOT_BRACKET.sub("", _QUOTED.sub("", text)):
        depth = depth + 1 if ch in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            return True
    return False


def _alias_line(text: str) -> int | None:
    """The line of the first ``*alias`` in ``text`` (scanned only once one is known to exist)."""
    for token in yaml.scan(text, Loader=_Loader):
        if isinstance(token, yaml.AliasToken):
            return int(token.start_mark.line) + 1
    return None


def _convert(node: yaml.Node, display: str, seen: set[int], ctor: Any) -> Any:
    if id(node) in seen:
        raise IccRefError("YAML anchors and aliases are not allowed", display, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        return ctor.construct_object(node)
    if node.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
        raise IccRefError(f"unsupported YAML tag {node.tag!r}", display, node.start_mark.line + 1)
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        seq = Seq(_convert(item, display, seen, ctor) for item in node.value)
        seq.line = node.start_mark.line + 1
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    result = Map()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, display, seen, ctor)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise IccRefError(f"mapping key {key!r} is not a string", display, line)
        if key in result:
            raise IccRefError(f"duplicate key {key!r}", display, line)
        result[key] = _convert(value_node, display, seen, ctor)
        result.key_lines[key] = line
    return result
