"""``icc-ref annotate``: read a text safely, annotate it, write the chosen format atomically."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from icc_ref.annotate import Annotation, annotate_text
from icc_ref.errors import InputError
from icc_ref.matcher import Index
from icc_ref.model import KnowledgeBase

MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_text(name: str) -> str:
    """Read a UTF-8 text file (or ``-`` for stdin); refuse binary, huge or undecodable input."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        shown = "<stdin>"
    else:
        path = Path(name)
        shown = name
        if not path.exists():
            raise InputError("no such file", shown)
        if path.is_dir():
            raise InputError("is a directory, not a text file", shown)
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror})", shown) from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; split it or use batch mode", shown)
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError(f"looks binary (NUL byte at offset {nul}); give a UTF-8 text file", shown, data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start}: 0x{data[exc.start]:02x})", shown, line) from None


def render(ann: Annotation, kb: KnowledgeBase, fmt: str, style: str = "links") -> str:
    """The annotation in ``fmt`` (md, html or json)."""
    from icc_ref import render as r

    if fmt == "json":
        return json.dumps(r.to_json(ann, kb), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from icc_ref.htmlpage import to_html

        return to_html(ann, kb, style)  # type: ignore[arg-type]
    return r.to_markdown(ann, kb, style)  # type: ignore[arg-type]


def write_atomic(out: Path, text: str) -> None:
    """Write ``text`` to ``out`` through a temporary file in the same folder, then rename."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("output folder does not exist", str(out))
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(kb: KnowledgeBase, index: Index, args: argparse.Namespace) -> int:
    """Annotate ``args.file`` and write it to stdout or ``args.output``."""
    if args.output and args.file != "-":
        src, out = Path(args.file), Path(args.output)
        if out.exists() and src.exists() and os.path.samefile(src, out):
            raise InputError("refusing to overwrite the input file; choose another -o", args.output)
    text = read_text(args.file)
    if args.format != "json":
        from icc_ref.render import ensure_not_annotated

        try:
            ensure_not_annotated(text)
        except InputError as exc:
            raise InputError(exc.message, args.file if args.file != "-" else "<stdin>") from None
    ann = annotate_text(text, kb, index, args.lang, args.min_score)
    result = render(ann, kb, args.format, args.style)
    if args.output:
        write_atomic(Path(args.output), result)
    else:
        sys.stdout.write(result)
    return 0
