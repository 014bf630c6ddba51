"""Command-line interface: ``icc-ref lookup|annotate|check|export|browse``.

``main(argv) -> int``; stdout carries only output, diagnostics go to stderr. Exit codes:
0 ok, 1 data or lookup problem, 2 usage error. The TUI is imported lazily so that
``lookup`` and ``annotate`` never import Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from icc_ref.errors import IccRefError, KnowledgeError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icc-ref",
        description="What the law of the International Criminal Court says about a term or a text.",
    )
    parser.add_argument(
        "--kb",
        action="append",
        default=[],
        metavar="DIR",
        help="extra knowledge-base folder laid over the built-in one (repeatable; also ICC_REF_KB)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    from icc_ref import commands

    commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(f"icc-ref: {problem}", file=sys.stderr)
        print(f"icc-ref: {len(exc.problems)} problem(s) in the knowledge base", file=sys.stderr)
        return 1
    except IccRefError as exc:
        print(f"icc-ref: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("icc-ref: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
