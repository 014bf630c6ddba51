"""Broken and awkward input files: a one-line error and a non-zero exit, or a faithful result.

Never a traceback, never a half-written or silently altered output file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest

from icc_ref import stream
from icc_ref.cli import main
from icc_ref.render import strip_annotations
from icc_ref.stream import read_blocks

from .conftest import REPO

STORY = "The ICC issued an arrest warrant; States Parties must surrender him.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, *parts: str) -> None:
    assert err.count("\n") == 1 and err.startswith("icc-ref: ") and "Traceback" not in err, err
    for part in parts:
        assert part in err, err


def cli(
    *argv: str, stdin: bytes | None = b"", shell: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The real program in a child process (for closed streams and pipes)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if shell is not None:
        return subprocess.run(shell, shell=True, capture_output=True, env=env, cwd=REPO)
    return subprocess.run(
        [sys.executable, "-m", "icc_ref", *argv], input=stdin, capture_output=True, env=env, cwd=REPO
    )


# ---- files that cannot be read -------------------------------------------------------------


def test_a_directory_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "annotate", str(tmp_path), "--format", "md")
    assert code == 1 and out == ""
    one_line_error(err, str(tmp_path), "is a directory")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "secret.txt"
    src.write_text(STORY, encoding="utf-8")
    src.chmod(0)
    code, _, err = run(capsys, "annotate", str(src))
    assert code == 1
    one_line_error(err, "secret.txt", "permission denied")


def test_a_file_that_fails_to_open_or_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission errors (even for root), vanished mounts, EIO: the OS error as one line."""
    src = tmp_path / "a.txt"
    src.write_text(STORY, encoding="utf-8")
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(src):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    code, out, err = run(capsys, "annotate", str(src))
    assert code == 1 and out == ""
    one_line_error(err, "a.txt", "cannot open (Permission denied)")
    monkeypatch.undo()

    class FailingReader(BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    from icc_ref.annotate_cmd import _reading

    with pytest.raises(Exception, match="read failed \\(Input/output error\\)"):
        list(_reading(read_blocks(FailingReader(), "a.txt"), "a.txt"))


def test_an_empty_file_is_valid_and_has_no_mentions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "empty.txt"
    src.write_bytes(b"")
    code, out, err = run(capsys, "annotate", str(src))
    assert (code, out, err) == (0, "", "")
    code, out, _ = run(capsys, "annotate", str(src), "--format", "json")
    assert code == 0 and json.loads(out)["mentions"] == [] and json.loads(out)["source"] == ""
    code, out, _ = run(capsys, "annotate", str(src), "--format", "html")
    assert code == 0 and out.startswith("<!DOCTYPE html>")


# ---- encodings -------------------------------------------------------------------------------


def test_invalid_utf8_names_the_byte_and_encoding_overrides(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "latin1.txt"
    src.write_bytes(
        "Line one.\nLa Cour pénale internationale (CPI) a émis un mandat d'arrêt.\n".encode("latin-1")
    )
    code, out, err = run(capsys, "annotate", str(src))
    assert code == 1 and out == ""
    one_line_error(err, f"{src}:2:", "not valid UTF-8 (byte 19: 0xe9)", "--encoding")
    code, out, _ = run(capsys, "annotate", str(src), "--encoding", "latin-1", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["source"].startswith("Line one.\nLa Cour pénale")
    assert "mandat d'arrêt" in [m["text"] for m in doc["mentions"]]
    code, _, err = run(capsys, "annotate", str(src), "--encoding", "no-such-codec")
    assert code == 1
    one_line_error(err, "unknown encoding 'no-such-codec'")


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8 BOM"),
        (STORY.encode("utf-16"), "utf-16 BOM (native)"),
        (b"\xff\xfe" + STORY.encode("utf-16-le"), "utf-16-le BOM"),
        (b"\xfe\xff" + STORY.encode("utf-16-be"), "utf-16-be BOM"),
        (STORY.encode("utf-32"), "utf-32 BOM"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_byte_order_marks_are_accepted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoded: bytes, name: str
) -> None:
    src = tmp_path / "bom.txt"
    src.write_bytes(encoded)
    code, out, err = run(capsys, "annotate", str(src), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["source"] == STORY  # the byte-order mark is not part of the text
    assert [m["text"] for m in doc["mentions"]][:2] == ["ICC", "arrest warrant"]
    for m in doc["mentions"]:
        assert STORY[m["start"] : m["end"]] == m["text"]


def test_utf16_without_a_bom_is_binary_unless_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "u16.txt"
    src.write_bytes(STORY.encode("utf-16-le"))
    code, _, err = run(capsys, "annotate", str(src))
    assert code == 1
    one_line_error(err, "looks binary (NUL byte at offset 1)")
    code, out, _ = run(capsys, "annotate", str(src), "--encoding", "utf-16-le", "--format", "json")
    assert code == 0 and json.loads(out)["source"] == STORY


def test_a_nul_character_in_another_encoding_is_binary(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="looks binary \\(NUL character\\) when read as UTF-16"):
        list(read_blocks(BytesIO("\ufeffabc\0def".encode("utf-16-le")), "x.txt"))


# ---- line endings, long lines, big files ---------------------------------------------------------

MIXED_ENDINGS = (
    "The ICC issued an arrest warrant.\r\n\r\nStates Parties must cooperate.\rThe Prosecutor spoke.\n"
    "```\r\narrest warrant in a code block\r\n```\r\n\r\nLast: war crimes.\r\n"
)


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_crlf_and_mixed_line_endings_are_kept_exactly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    src = tmp_path / "crlf.md"
    src.write_bytes(MIXED_ENDINGS.encode("utf-8"))
    out_file = tmp_path / f"out.{fmt}"
    code, _, err = run(capsys, "annotate", str(src), "--format", fmt, "-o", str(out_file))
    assert code == 0, err
    written = out_file.read_bytes().decode("utf-8")
    if fmt == "md":
        assert strip_annotations(written) == MIXED_ENDINGS
        assert "arrest warrant in a code block" in written  # nothing inserted in the fence
    elif fmt == "json":
        doc = json.loads(written)
        assert doc["source"] == MIXED_ENDINGS
        assert all(MIXED_ENDINGS[m["start"] : m["end"]] == m["text"] for m in doc["mentions"])
    else:
        assert "<code>arrest warrant in a code block" in written


def test_code_after_lone_carriage_returns_is_still_protected(kb, index) -> None:
    """markdown-it counts a lone \\r as a line end; the protected spans must agree with it."""
    from icc_ref.annotate import annotate_text
    from icc_ref.render import to_markdown

    text = "The ICC spoke.\r\rA note.\r```\rarrest warrant\r```\r"
    md = to_markdown(annotate_text(text, kb, index), kb)
    assert "```\rarrest warrant\r```" in md
    assert strip_annotations(md) == text


@pytest.mark.parametrize(
    "text",
    [
        "The ICC issued an arrest warrant. " * 3000,  # one line, sentences
        "ICC arrest warrant " * 3000,  # one line, no sentence ends
        "x" * 90_000,  # no space at all
        ("word " * 20 + "\r\n") * 1000,  # CRLF lines, no blank line
        "```\n" + "arrest warrant\n" * 6000,  # a fence never closed
    ],
    ids=["sentences", "spaces", "one-token", "crlf-lines", "open-fence"],
)
def test_blocks_stay_bounded_without_blank_lines(text: str) -> None:
    """Texts with no paragraph break are still cut, so memory does not grow with the file."""
    limit = 2_000
    blocks = list(read_blocks(BytesIO(text.encode("utf-8")), "<t>", block_chars=limit))
    assert "".join(blocks) == text
    assert len(blocks) > 1
    assert max(len(b) for b in blocks) <= 4 * limit + 1
    assert not any(a.endswith("\r") and b.startswith("\n") for a, b in zip(blocks, blocks[1:], strict=False))


def test_a_single_long_line_is_annotated_with_sound_offsets(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One 5 MB line (past the four-block fallback threshold) through the real command."""
    filler = "officials said on Tuesday that the talks in the capital would resume next week, "
    line = (
        "The ICC issued an arrest warrant and war crimes were charged under article 8. " + filler * 3
    ) * 16_000
    src = tmp_path / "line.txt"
    src.write_text(line, encoding="utf-8")
    out_file = tmp_path / "line.json"
    code, _, err = run(capsys, "annotate", str(src), "--format", "json", "-o", str(out_file))
    assert code == 0, err
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert doc["source"] == line
    assert len(doc["mentions"]) >= 4 * 16_000 - 10  # a cut may split one phrase per block
    assert all(line[m["start"] : m["end"]] == m["text"] for m in doc["mentions"][::997])


def test_memory_stays_flat_as_the_file_grows(tmp_path: Path) -> None:
    """Peak memory of annotating 1 MB and 9 MB differs by far less than the 8 MB between them."""
    para = Path(REPO / "seeds" / "000_ab75f84cbffb6811.txt").read_text(encoding="utf-8") + "\n\n"
    peaks = []
    for mb in (1, 9):
        src = tmp_path / f"{mb}.txt"
        src.write_text(para * (mb * 1_000_000 // len(para)), encoding="utf-8")
        code = (
            "import resource, sys\nfrom icc_ref.cli import main\n"
            f"rc = main(['annotate', {str(src)!r}, '--format', 'json', '-o', {str(src) + '.json'!r}])\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\nsys.exit(rc)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
        assert done.returncode == 0, done.stderr
        peaks.append(int(done.stdout.split()[-1]) / 1024)  # MB (Linux reports KB)
    assert peaks[1] - peaks[0] < 4, peaks


# ---- scripts the knowledge base does not cover ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "国际刑事法院发出逮捕令。检察官表示将继续调查。",
        "Международный уголовный суд выдал ордер на арест.",
        "अंतर्राष्ट्रीय आपराधिक न्यायालय ने गिरफ्तारी वारंट जारी किया।",
        "בית הדין הפלילי הבינלאומי הוציא צו מעצר.",
        "ศาลอาญาระหว่างประเทศออกหมายจับ",
        "🏛️⚖️ 🔒 ICC? 📜 article 58 👀",
        "Ἡ Ἀθῆναι ΔΙΕΘΝΈΣ ΠΟΙΝΙΚΌ ΔΙΚΑΣΤΉΡΙΟ 𝔸𝕣𝕥𝕚𝕔𝕝𝕖 𝟝𝟠",
    ],
    ids=["zh", "ru", "hi", "he", "th", "emoji", "greek-math"],
)
def test_scripts_outside_the_knowledge_base(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
) -> None:
    src = tmp_path / "x.txt"
    src.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "annotate", str(src), "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["source"] == text and doc["language"] in ("en", "fr", "ar", "es")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in doc["mentions"])
    code, out, _ = run(capsys, "annotate", str(src))
    assert code == 0 and strip_annotations(out) == text


# ---- standard streams ---------------------------------------------------------------------------


def test_standard_input_works_and_closed_input_is_an_error() -> None:
    done = cli("annotate", "-", "--format", "json", stdin=STORY.encode("utf-8"))
    assert done.returncode == 0 and json.loads(done.stdout)["source"] == STORY
    done = cli(shell=f"{sys.executable} -m icc_ref annotate - <&-")
    assert done.returncode == 1
    one_line_error(done.stderr.decode(), "<stdin>: standard input is closed")


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    src = tmp_path / "long.txt"
    src.write_text(STORY * 3_000, encoding="utf-8")  # annotated, far more than a pipe buffer
    done = cli(shell=f"{sys.executable} -m icc_ref annotate {src} | head -c 100")
    assert len(done.stdout) == 100 and done.stderr == b""
    done = cli(shell=f"{sys.executable} -m icc_ref annotate {src} -o {tmp_path / 'o.md'} >&-; echo rc=$?")
    assert done.stdout == b"rc=0\n" and done.stderr == b""


# ---- output files ---------------------------------------------------------------------------------


def test_missing_output_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(STORY, encoding="utf-8")
    target = tmp_path / "no" / "such" / "out.md"
    code, out, err = run(capsys, "annotate", str(src), "-o", str(target))
    assert code == 1 and out == ""
    one_line_error(err, str(target), "output folder does not exist")
    assert not target.parent.exists()


def test_output_equal_to_the_input_through_another_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(STORY, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(src)
    code, _, err = run(capsys, "annotate", str(src), "-o", str(tmp_path / "link.txt"))
    one_line_error(err, "refusing to overwrite the input file")
    assert code == 1 and src.read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize(
    "failure", [KeyboardInterrupt, OSError(28, "No space left on device")], ids=["ctrl-c", "disk-full"]
)
def test_an_interrupted_write_leaves_the_old_output(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: BaseException,
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(STORY * 50, encoding="utf-8")
    out_file = tmp_path / "out.md"
    out_file.write_text("the previous result\n", encoding="utf-8")
    real = stream.markdown_body

    def failing_body(*args, **kwargs):  # type: ignore[no-untyped-def]
        real(*args, **kwargs)
        raise failure

    monkeypatch.setattr(stream, "markdown_body", failing_body)
    code, out, err = run(capsys, "annotate", str(src), "-o", str(out_file))
    assert code == (130 if failure is KeyboardInterrupt else 1) and out == ""
    one_line_error(err, "interrupted" if failure is KeyboardInterrupt else "No space left on device")
    assert out_file.read_text(encoding="utf-8") == "the previous result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.md"]  # no temporary file left


# ---- browse refuses what annotate refuses, before the screen opens ---------------------------------------


def test_browse_refuses_a_bad_file_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02")
    code, out, err = run(capsys, "browse", str(bad))
    assert code == 1 and out == ""
    one_line_error(err, "looks binary")
    code, _, err = run(capsys, "browse", str(tmp_path / "missing.txt"))
    assert code == 1
    one_line_error(err, "no such file")
