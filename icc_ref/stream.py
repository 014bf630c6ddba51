"""Annotate a file of any size in bounded memory: read it in blocks, write as it goes.

A *block* ends at a blank line outside fenced code, after about :data:`BLOCK_CHARS`
characters; the blocks joined give the input back exactly. Most files are one block, and
then the output is exactly that of :func:`icc_ref.render.to_markdown` / ``to_json``. In a
longer file the "context words link once" rule of :mod:`icc_ref.annotate` applies per block.
JSON mentions are spooled to a temporary file, so memory stays flat whatever the size.
"""

from __future__ import annotations

import codecs
import json
import re
import tempfile
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from icc_ref.annotate import Annotation, annotate_text
from icc_ref.errors import InputError
from icc_ref.matcher import Index
from icc_ref.model import KnowledgeBase, Language
from icc_ref.references import Entries
from icc_ref.render import (
    JsonRefs,
    Style,
    UnrecordedCount,
    markdown_body,
    mention_record,
    references_markdown,
)

BLOCK_CHARS = 1_000_000
READ_BYTES = 1 << 20
_BOUNDARY = re.compile(r"\n[ \t\r]*\n")
_FENCE = re.compile(r"(?m)^ {0,3}(```|~~~)")
_FALLBACKS = (re.compile(r"\n"), re.compile(r"[.!?\u061f\u3002]\s+"), re.compile(r"\s+"))


def read_blocks(
    fh: BinaryIO, shown: str, block_chars: int = BLOCK_CHARS, encoding: str | None = None
) -> Iterator[str]:
    """Decode ``fh`` and yield blocks that end at paragraph boundaries.

    The encoding is ``encoding`` when given, else UTF-8, or UTF-16/32 when the file starts
    with their byte-order mark. A byte-order mark is not part of the text: it is dropped.
    Raises InputError naming ``shown`` and the line for binary or undecodable input.
    """
    data = fh.read(READ_BYTES)
    codec, skip = sniff_encoding(data, encoding)
    utf8 = codecs.lookup(codec).name == "utf-8"
    decoder = codecs.getincrementaldecoder(codec)()
    data = data[skip:]
    buffer = ""
    consumed_bytes = skip
    lines_before = 0
    while True:
        nul = data.find(b"\0") if utf8 else -1
        if nul >= 0:
            line = lines_before + buffer.count("\n") + data.count(b"\n", 0, nul) + 1
            raise InputError(
                f"looks binary (NUL byte at offset {consumed_bytes + nul}); give a text file",
                shown,
                line,
            )
        pending = decoder.getstate()[0]  # bytes of a character split across reads
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            seen = pending + data
            line = lines_before + buffer.count("\n") + seen.count(b"\n", 0, exc.start) + 1
            where = consumed_bytes - len(pending) + exc.start
            hint = "; name its encoding with --encoding" if encoding is None else ""
            raise InputError(
                f"not valid {codec_label(codec)} (byte {where}: 0x{seen[exc.start]:02x}){hint}", shown, line
            ) from None
        if not utf8 and "\0" in text:
            at = text.index("\0")
            line = lines_before + buffer.count("\n") + text.count("\n", 0, at) + 1
            raise InputError(f"looks binary (NUL character) when read as {codec_label(codec)}", shown, line)
        buffer += text
        consumed_bytes += len(data)
        while len(buffer) > block_chars:
            cut = _cut(buffer, block_chars)
            if cut is None:
                break
            lines_before += buffer.count("\n", 0, cut)
            yield buffer[:cut]
            buffer = buffer[cut:]
        if not data:
            if buffer or consumed_bytes == skip:
                yield buffer
            return
        data = fh.read(READ_BYTES)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_encoding(head: bytes, encoding: str | None = None) -> tuple[str, int]:
    """The codec for a file starting with ``head`` and how many leading bytes to skip.

    >>> sniff_encoding(b"\\xef\\xbb\\xbfabc")
    ('utf-8', 3)
    >>> sniff_encoding(b"\\xff\\xfea\\x00")
    ('utf-16', 0)
    >>> sniff_encoding(b"abc", "latin-1")
    ('latin-1', 0)
    """
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r} (try utf-8, utf-16, cp1256, latin-1)") from None
        skip = len(codecs.BOM_UTF8) if name == "utf-8" and head.startswith(codecs.BOM_UTF8) else 0
        return encoding, skip
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom) if name == "utf-8" else 0  # UTF-16/32 decoders eat their BOM
    return "utf-8", 0


def codec_label(codec: str) -> str:
    """``UTF-8``, ``UTF-16``, ``CP1256`` ... for messages."""
    return codecs.lookup(codec).name.upper()


def _cut(buffer: str, after: int) -> int | None:
    """A blank-line boundary past ``after`` that is not inside fenced code, or None.

    A text with no blank line at all (one long line, say) is cut at a line end, then at a
    sentence end, then at any space, once the buffer holds four blocks; and with none of those
    (or inside a fence never closed) it is cut where it stands: memory stays bounded always.
    A term split by such a cut may go unlinked; the text itself is never changed.
    """
    for m in _BOUNDARY.finditer(buffer, after):
        if len(_FENCE.findall(buffer, 0, m.end())) % 2 == 0:
            return m.end()
    if len(buffer) < 4 * after:
        return None
    for fallback in _FALLBACKS:
        hit = fallback.search(buffer, after)
        if hit is not None and len(_FENCE.findall(buffer, 0, hit.end())) % 2 == 0:
            return hit.end()
    return after + 1 if buffer[after - 1 : after + 1] == "\r\n" else after


class Annotator:
    """Annotate blocks with one knowledge base and index, remembering the language mix."""

    def __init__(
        self, kb: KnowledgeBase, index: Index, lang: str = "auto", min_score: float | None = None
    ) -> None:
        self.kb, self.index, self.lang, self.min_score = kb, index, lang, min_score
        self.sizes: dict[Language, int] = {}

    def __call__(self, block: str) -> Annotation:
        ann = annotate_text(block, self.kb, self.index, self.lang, self.min_score)
        self.sizes[ann.language] = self.sizes.get(ann.language, 0) + len(block)
        return ann

    @property
    def language(self) -> str:
        if self.lang != "auto":
            return self.lang
        return max(self.sizes, key=lambda k: self.sizes[k]) if self.sizes else "en"


def write_markdown(blocks: Iterator[str], annotate: Annotator, out: TextIO, style: Style = "links") -> None:
    """Annotated Markdown, block by block, then the references."""
    entries = Entries({}, [])
    unrecorded = UnrecordedCount()
    for block in blocks:
        ann = annotate(block)
        unrecorded.add(ann.unrecorded)
        out.write(markdown_body(ann, annotate.kb, style, entries))
    if entries.ordered or unrecorded.first:
        out.write(references_markdown(entries.ordered, annotate.kb, style, unrecorded=unrecorded))


def write_html(blocks: Iterator[str], annotate: Annotator, out: TextIO) -> None:
    """A standalone HTML page, rendered block by block (mentions always as links)."""
    from icc_ref.htmlpage import page_end, page_start, references_html, render_markdown

    entries = Entries({}, [])
    unrecorded = UnrecordedCount()
    started = False
    for block in blocks:
        ann = annotate(block)
        unrecorded.add(ann.unrecorded)
        if not started:
            out.write(page_start(ann.language))
            started = True
        out.write(render_markdown(markdown_body(ann, annotate.kb, "links", entries)))
    if not started:
        out.write(page_start(annotate.language))
    out.write(page_end(references_html(entries.ordered, annotate.kb, unrecorded)))


def write_json(blocks: Iterator[str], annotate: Annotator, out: TextIO) -> None:
    """The single-file JSON document, written as the text streams past."""
    refs = JsonRefs(annotate.kb)
    offset = 0
    count = missing = 0
    out.write('{\n  "source": "')
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as spool,
        tempfile.TemporaryFile("w+", encoding="utf-8") as unrecorded,
    ):
        for block in blocks:
            ann = annotate(block)
            out.write(json.dumps(block, ensure_ascii=False)[1:-1])
            for m in ann.mentions:
                record = json.dumps(mention_record(m, offset), ensure_ascii=False)
                spool.write((",\n    " if count else "\n    ") + record)
                count += 1
                refs.add(m)
            for m in ann.unrecorded:
                record = json.dumps(mention_record(m, offset), ensure_ascii=False)
                unrecorded.write((",\n    " if missing else "\n    ") + record)
                missing += 1
            offset += len(block)
        out.write(f'",\n  "language": {json.dumps(annotate.language)},\n  "mentions": [')
        _copy(spool, out)
        out.write("\n  ]" if count else "]")
        for name, section in (("concepts", refs.concepts), ("provisions", refs.provisions)):
            body = json.dumps(section, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(f',\n  "{name}": {body}')
        out.write(',\n  "unrecorded": [')
        _copy(unrecorded, out)
        out.write("\n  ]" if missing else "]")
    out.write("\n}\n")


def _copy(spool: TextIO, out: TextIO) -> None:
    spool.seek(0)
    while chunk := spool.read(READ_BYTES):
        out.write(chunk)
