"""Annotate a corpus in parallel into JSON Lines: one object per document, written as it ends.

Each line is ``{"path": ..., **single-file JSON}``. Lines are flushed as documents finish,
so an interrupted run leaves a valid file of the finished documents; ``--resume`` reads it
back, drops a torn last line, and skips the documents it holds. Workers load the knowledge
base once each (from the on-disk cache). ``--summary`` writes ``document, concept,
provision, count`` rows computed from the output file, so resumed runs are counted whole.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from icc_ref.errors import IccRefError, InputError
from icc_ref.matcher import Index
from icc_ref.model import KnowledgeBase

_STATE: dict[str, Any] = {}


def annotate_document(
    path: str,
    kb: KnowledgeBase,
    index: Index,
    lang: str = "auto",
    min_score: float | None = None,
    encoding: str | None = None,
) -> dict[str, Any]:
    """The JSON record of one document (``{"path", **single-file JSON}``)."""
    from icc_ref.annotate import annotate_text
    from icc_ref.annotate_cmd import read_text
    from icc_ref.render import to_json

    text = read_text(path, encoding)
    return {"path": path, **to_json(annotate_text(text, kb, index, lang, min_score), kb)}


def _init(extra: list[str], lang: str, min_score: float | None, encoding: str | None = None) -> None:
    from icc_ref.index_cache import load_all, settle

    loaded = load_all(extra)
    _STATE.update(kb=loaded.kb, index=loaded.index, lang=lang, min_score=min_score, encoding=encoding)
    settle()


def _work(path: str) -> tuple[str, str | None, str | None, int]:
    try:
        record = annotate_document(
            path, _STATE["kb"], _STATE["index"], _STATE["lang"], _STATE["min_score"], _STATE.get("encoding")
        )
    except IccRefError as exc:
        return path, None, str(exc), 0
    return path, json.dumps(record, ensure_ascii=False), None, len(record["source"])


def done_paths(out: Path) -> set[str]:
    """Paths already in a JSON Lines output; a torn last line is cut off the file."""
    done: set[str] = set()
    if not out.exists():
        return done
    good = 0
    with out.open("rb") as fh:
        for raw in fh:
            try:
                done.add(json.loads(raw)["path"])
            except (ValueError, KeyError, TypeError):
                break
            good += len(raw)
    if good < out.stat().st_size:
        with out.open("r+b") as fh:
            fh.truncate(good)
    return done


def run_batch(kb: KnowledgeBase, index: Index, paths: list[Path], args: argparse.Namespace) -> int:
    """Annotate ``paths`` into ``args.output`` (JSON Lines); exit 1 if any document failed."""
    if not args.output:
        raise InputError("a corpus needs -o OUT.jsonl")
    if args.format != "jsonl":
        raise InputError(f"a corpus is written as jsonl, not {args.format}")
    out = Path(args.output)
    if not out.parent.is_dir():
        raise InputError("output folder does not exist", str(out))
    done = done_paths(out) if args.resume else set()
    todo = [str(p) for p in paths if str(p) not in done]
    workers = args.workers or os.cpu_count() or 1
    failed = 0
    with out.open("a" if args.resume else "w", encoding="utf-8") as fh:
        progress = _Progress(len(todo), len(done))
        for _path, line, error, size in _results(todo, workers, args, kb, index):
            if error:
                failed += 1
                progress.failed += 1
                print(f"\nicc-ref: {error}", file=sys.stderr)
            else:
                fh.write(line + "\n")  # type: ignore[operator]
                fh.flush()
            progress.step(size)
        progress.finish()
    if args.summary:
        write_summary(out, Path(args.summary), kb)
    return 1 if failed else 0


def _results(
    todo: list[str], workers: int, args: argparse.Namespace, kb: KnowledgeBase, index: Index
) -> Iterator[tuple[str, str | None, str | None, int]]:
    if workers == 1 or len(todo) < 2:
        _STATE.update(kb=kb, index=index, lang=args.lang, min_score=args.min_score, encoding=args.encoding)
        yield from map(_work, todo)
        return
    from icc_ref.paths import user_roots

    ctx = get_context("spawn" if sys.platform == "darwin" else "fork")
    extra = [str(p) for p in user_roots(args.kb)]
    with ctx.Pool(
        workers, initializer=_init, initargs=(extra, args.lang, args.min_score, args.encoding)
    ) as pool:
        yield from pool.imap_unordered(_work, todo, chunksize=4)


class _Progress:
    """A one-line progress bar on stderr (only on a terminal)."""

    def __init__(self, total: int, skipped: int) -> None:
        self.total, self.skipped, self.count, self.chars, self.failed = total, skipped, 0, 0, 0
        self.start = time.perf_counter()
        self.live = sys.stderr.isatty()

    def step(self, chars: int) -> None:
        self.count += 1
        self.chars += chars
        if self.live:
            width = 30
            filled = int(width * self.count / max(self.total, 1))
            rate = self.chars / 1e6 / max(time.perf_counter() - self.start, 1e-9)
            bar = "#" * filled + "-" * (width - filled)
            print(
                f"\r[{bar}] {self.count}/{self.total} documents  {rate:.1f} MB/s",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def finish(self) -> None:
        secs = time.perf_counter() - self.start
        skipped = f", {self.skipped} already done" if self.skipped else ""
        failed = f", {self.failed} failed" if self.failed else ""
        end = "\n" if self.live else ""
        done = self.count - self.failed
        print(f"{end}icc-ref: annotated {done} documents in {secs:.1f} s{failed}{skipped}", file=sys.stderr)


def summary_rows(records: Iterable[dict[str, Any]], kb: KnowledgeBase) -> Iterator[tuple[str, str, str, int]]:
    """``(document, concept, provision, count)``: each mention counted under its main provision."""
    for rec in records:
        counts: Counter[tuple[str, str]] = Counter()
        for m in rec.get("mentions", []):
            counts[(m["concept"] or "", m["provisions"][0])] += 1
        for (concept, provision), n in sorted(counts.items()):
            yield rec["path"], concept, provision, n


def write_summary(out: Path, summary: Path, kb: KnowledgeBase) -> None:
    """The CSV summary of a JSON Lines output file."""

    def records() -> Iterator[dict[str, Any]]:
        with out.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    from icc_ref.annotate_cmd import atomic_output

    with atomic_output(summary) as fh:
        writer = csv.writer(fh)
        writer.writerow(["document", "concept", "provision", "count"])
        writer.writerows(summary_rows(records(), kb))
