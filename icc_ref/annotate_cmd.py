"""``icc-ref annotate``: one text streamed to Markdown/HTML/JSON, or a corpus to JSON Lines."""

from __future__ import annotations

import argparse
import glob
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from icc_ref.errors import InputError
from icc_ref.matcher import Index
from icc_ref.model import KnowledgeBase
from icc_ref.stream import Annotator, read_blocks, write_html, write_json, write_markdown

MAX_INPUT_BYTES = 64 * 1024 * 1024  # for read_text (the TUI holds the whole text)
CORPUS_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def read_text(name: str, encoding: str | None = None) -> str:
    """Read a whole text file (UTF-8 unless a BOM or ``encoding`` says otherwise); refuse
    binary, huge or undecodable input."""
    path = Path(name)
    _check_readable(path, name)
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InputError(f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; use icc-ref annotate", name)
    with _open_input(name) as fh:
        return "".join(_reading(read_blocks(fh, name, MAX_INPUT_BYTES, encoding), name))


def _open_input(name: str) -> BinaryIO:
    try:
        return open(name, "rb")
    except OSError as exc:
        raise InputError(f"cannot open ({exc.strerror or exc})", name) from None


def _reading(blocks: Iterator[str], shown: str) -> Iterator[str]:
    """``blocks``, with an operating-system read error (EIO, a vanished mount) as InputError."""
    try:
        yield from blocks
    except OSError as exc:
        raise InputError(f"read failed ({exc.strerror or exc})", shown) from None


def _check_readable(path: Path, shown: str) -> None:
    if not path.exists():
        raise InputError("no such file", shown)
    if path.is_dir():
        raise InputError("is a directory, not a text file", shown)
    if not os.access(path, os.R_OK):
        raise InputError("cannot read (permission denied)", shown)


@contextmanager
def atomic_output(out: Path) -> Iterator[TextIO]:
    """A text file written through a temporary file in the same folder, renamed on success."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("output folder does not exist", str(out))
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(out: Path, text: str) -> None:
    """Write ``text`` to ``out`` atomically."""
    with atomic_output(out) as fh:
        fh.write(text)


def expand_inputs(items: list[str]) -> list[Path]:
    """Files named, files under folders (text suffixes), and glob matches, sorted, no repeats."""
    paths: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            paths.extend(
                sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in CORPUS_SUFFIXES)
            )
        elif p.exists():
            paths.append(p)
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError("no such file, folder or matching path", item)
            paths.extend(Path(m) for m in matches if Path(m).is_file())
    return list(dict.fromkeys(paths))  # first occurrence of each, order kept


def run(kb: KnowledgeBase, index: Index, args: argparse.Namespace) -> int:
    """Annotate one text (streamed) or a corpus (``--format jsonl``, folders, several files)."""
    corpus = args.format == "jsonl" or len(args.file) > 1
    if corpus:
        from icc_ref.batch import run_batch

        return run_batch(kb, index, expand_inputs(args.file), args)
    name = args.file[0]
    if Path(name).is_dir():  # only with an explicit --format md|html|json
        raise InputError("is a directory; annotate a folder with --format jsonl -o OUT", name)
    if args.output and name != "-":
        src, out = Path(name), Path(args.output)
        if out.exists() and src.exists() and os.path.samefile(src, out):
            raise InputError("refusing to overwrite the input file; choose another -o", args.output)
    if name == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed; give a FILE or pipe a text in", "<stdin>")
        return _annotate(sys.stdin.buffer, "<stdin>", kb, index, args)
    _check_readable(Path(name), name)
    with _open_input(name) as fh:
        return _annotate(fh, name, kb, index, args)


def _annotate(fh: BinaryIO, shown: str, kb: KnowledgeBase, index: Index, args: argparse.Namespace) -> int:
    annotator = Annotator(kb, index, args.lang, args.min_score)
    blocks = _reading(read_blocks(fh, shown, encoding=getattr(args, "encoding", None)), shown)
    if args.format != "json":
        blocks = _refusing_markup(blocks, shown)
    if args.output:
        with atomic_output(Path(args.output)) as out:
            _write(blocks, annotator, out, args)
    else:
        _write(blocks, annotator, sys.stdout, args)
    return 0


def _write(blocks: Iterator[str], annotator: Annotator, out: TextIO, args: argparse.Namespace) -> None:
    if args.format == "json":
        write_json(blocks, annotator, out)
    elif args.format == "html":
        write_html(blocks, annotator, out)
    else:
        write_markdown(blocks, annotator, out, args.style)


def _refusing_markup(blocks: Iterator[str], shown: str) -> Iterator[str]:
    """Pass blocks through, refusing text that already carries icc-ref markup."""
    from icc_ref.render import ensure_not_annotated

    lines = 0
    for block in blocks:
        try:
            ensure_not_annotated(block)
        except InputError as exc:
            raise InputError(exc.message, shown, (exc.line or 1) + lines) from None
        lines += block.count("\n")
        yield block
