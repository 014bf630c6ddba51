"""The sub-commands of the CLI: argument definitions and the functions that run them."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from typing import Any

from icc_ref.cli import Formatter
from icc_ref.index_cache import Loaded, load_all, settle
from icc_ref.model import LANGUAGES, KnowledgeBase


def _loaded(args: argparse.Namespace) -> Loaded:
    """The knowledge base (with --kb / ICC_REF_KB folders) and its index, cached on disk."""
    from icc_ref.paths import user_roots

    return load_all(user_roots(args.kb), use_cache=not getattr(args, "no_cache", False))


def _kb(args: argparse.Namespace) -> KnowledgeBase:
    return _loaded(args).kb


def register(sub: Any) -> None:
    """Add every sub-command to the argparse sub-parser collection ``sub``."""
    p = sub.add_parser("lookup", formatter_class=Formatter, help="look up a legal term or a citation")
    p.add_argument("term", nargs="+", help="a term in any language, or a citation such as 'art. 58'")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=_positive, default=1, metavar="N", help="list the top N candidates")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the index cache")
    p.set_defaults(run=run_lookup)

    p = sub.add_parser(
        "annotate", formatter_class=Formatter, help="link the legal terms and citations of a text or a corpus"
    )
    p.add_argument(
        "file",
        nargs="+",
        metavar="FILE|DIR|GLOB",
        help="a text file, - for standard input, or (for a corpus) folders, files and globs",
    )
    p.add_argument(
        "-o", "--output", metavar="OUT", help="write here (atomically for one text) instead of stdout"
    )
    p.add_argument(
        "--format",
        choices=("md", "html", "json", "jsonl"),
        default=None,
        help="md (default), html, json; jsonl for a corpus (the default then)",
    )
    p.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="corpus: worker processes (default: all cores)",
    )
    p.add_argument(
        "--summary", metavar="FILE.csv", help="corpus: write document,concept,provision,count rows"
    )
    p.add_argument("--resume", action="store_true", help="corpus: skip documents already in OUT")
    p.add_argument("--lang", choices=("auto", *LANGUAGES), default="auto")
    p.add_argument("--style", choices=("links", "footnotes"), default="links")
    p.add_argument(
        "--min-score",
        type=float,
        default=None,
        metavar="N",
        help="drop fuzzy mentions scoring below N (0-100)",
    )
    p.add_argument("--no-cache", action="store_true", help="do not read or write the index cache")
    _encoding_option(p)
    p.set_defaults(run=run_annotate)

    p = sub.add_parser("check", formatter_class=Formatter, help="validate the knowledge base")
    p.set_defaults(run=run_check)

    p = sub.add_parser("export", formatter_class=Formatter, help="export the knowledge base")
    p.add_argument("--format", choices=("json",), default="json")
    p.set_defaults(run=run_export)

    p = sub.add_parser(
        "browse", formatter_class=Formatter, help="explore the knowledge base (and a text) in a terminal UI"
    )
    p.add_argument("file", nargs="?", help="a text to annotate and browse")
    _encoding_option(p)
    p.set_defaults(run=run_browse)


def _encoding_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding",
        metavar="NAME",
        default=None,
        help="the input's encoding (default: UTF-8, or UTF-16/32 when the file starts with a BOM)",
    )


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def run_check(args: argparse.Namespace) -> int:
    from icc_ref.knowledge import load_knowledge
    from icc_ref.paths import user_roots

    kb = load_knowledge(user_roots(args.kb))  # always validate from the files, never the cache
    for note in kb.notes:
        print(f"note: {note}", file=sys.stderr)
    langs: Counter[str] = Counter(a.lang for c in kb.concepts.values() for a in c.aliases)
    per_lang = ", ".join(f"{lang} {langs[lang]}" for lang in LANGUAGES)
    by_inst = Counter(p.instrument for p in kb.provisions.values())
    provs = ", ".join(f"{k} {v}" for k, v in sorted(by_inst.items()))
    print(
        f"ok: {len(kb.instruments)} instruments, {len(kb.provisions)} provisions ({provs}), "
        f"{len(kb.concepts)} concepts, aliases: {per_lang}"
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    import json

    from icc_ref.render import kb_to_json

    json.dump(kb_to_json(_kb(args)), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    from icc_ref.lookup import run

    loaded = _loaded(args)
    return run(loaded.kb, " ".join(args.term), args, lambda: loaded.index)


def run_annotate(args: argparse.Namespace) -> int:
    from icc_ref.annotate_cmd import run

    if args.format is None:
        corpus = len(args.file) > 1 or any(os.path.isdir(f) for f in args.file)
        args.format = "jsonl" if corpus else "md"
    loaded = _loaded(args)
    index = loaded.index
    settle()
    return run(loaded.kb, index, args)


def run_browse(args: argparse.Namespace) -> int:
    from icc_ref.tui.app import run

    def load() -> tuple[KnowledgeBase, Any]:
        loaded = _loaded(args)
        return loaded.kb, loaded.index

    return run(load, args.file, args.encoding)
