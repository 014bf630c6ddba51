"""Large files streamed in blocks; corpora annotated in parallel to JSON Lines."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from icc_ref.cli import main
from icc_ref.errors import InputError
from icc_ref.stream import read_blocks

from .conftest import REPO

EVAL = REPO / "tests" / "eval"


def test_blocks_join_back_and_respect_fences() -> None:
    text = "para one\n\n```\ncode\n\nstill code\n```\n\npara two\n\n" * 50
    blocks = list(read_blocks(io.BytesIO(text.encode()), "x", block_chars=40))
    assert "".join(blocks) == text and len(blocks) > 5
    for b in blocks:
        assert b.count("```") % 2 == 0  # never cut inside fenced code


def test_text_without_blank_lines_is_still_cut() -> None:
    text = "The ICC issued an arrest warrant. " * 400  # one long line
    blocks = list(read_blocks(io.BytesIO(text.encode()), "x", block_chars=500))
    assert "".join(blocks) == text
    assert len(blocks) > 3 and max(map(len, blocks)) < 4 * 500 + 100


def test_block_errors_name_the_line() -> None:
    data = ("ok\n" * 10).encode() + b"caf\xe9"
    with pytest.raises(InputError, match=r"x:11: not valid UTF-8 \(byte 33: 0xe9\)"):
        list(read_blocks(io.BytesIO(data), "x", block_chars=5))


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_streamed_output_equals_whole_output_for_small_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, kb, index
) -> None:
    from icc_ref.annotate import annotate_text
    from icc_ref.htmlpage import to_html
    from icc_ref.render import to_json, to_markdown

    src = EVAL / "01_head_of_state_visit.txt"
    text = src.read_text(encoding="utf-8")
    assert main(["annotate", str(src), "--format", fmt]) == 0
    out = capsys.readouterr().out
    ann = annotate_text(text, kb, index)
    if fmt == "md":
        assert out == to_markdown(ann, kb)
    elif fmt == "json":
        assert json.loads(out) == to_json(ann, kb)
    else:
        assert out == to_html(ann, kb)


def test_long_file_is_streamed_with_correct_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import icc_ref.stream as stream

    monkeypatch.setattr(stream, "BLOCK_CHARS", 2000)
    big = tmp_path / "big.txt"
    text = "".join(
        (EVAL / f).read_text(encoding="utf-8") + "\n\n"
        for f in sorted(os.listdir(EVAL))
        if f.endswith(".txt")
    )
    big.write_text(text, encoding="utf-8")
    assert main(["annotate", str(big), "--format", "json", "-o", str(tmp_path / "o.json")]) == 0
    doc = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert doc["source"] == text
    assert len(doc["mentions"]) > 200
    assert all(text[m["start"] : m["end"]] == m["text"] for m in doc["mentions"])
    assert [m["start"] for m in doc["mentions"]] == sorted(m["start"] for m in doc["mentions"])


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for f in sorted(EVAL.glob("0*.txt")):
        (corpus / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    for f in sorted(EVAL.glob("1*.txt")):
        (corpus / "sub" / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "notes.bin").write_bytes(b"\x00")  # not a text suffix: ignored
    return corpus


def test_corpus_to_jsonl_with_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str], kb, index) -> None:
    from icc_ref.batch import annotate_document

    corpus = _corpus(tmp_path)
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.csv"
    code = main(["annotate", str(corpus), "-o", str(out), "--workers", "2", "--summary", str(summary)])
    assert code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 19
    one = next(r for r in records if r["path"].endswith("03_sealed_warrant_unsealed.txt"))
    assert one == annotate_document(one["path"], kb, index)  # same as the single-process path
    rows = summary.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "document,concept,provision,count"
    assert any(",arrest_warrant,RS 58," in r for r in rows)
    assert "annotated 19 documents" in capsys.readouterr().err


def test_resume_skips_done_and_repairs_a_torn_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "--workers", "1"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:5]) + lines[5][:40], encoding="utf-8")  # as if killed mid-write
    capsys.readouterr()
    assert main(["annotate", str(corpus), "-o", str(out), "--resume", "--workers", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 19 and len({r["path"] for r in records}) == 19
    assert "5 already done" in capsys.readouterr().err


def test_bad_document_is_reported_and_the_rest_done(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "broken.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "--workers", "1"]) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 19
    assert "broken.txt:1: not valid UTF-8" in capsys.readouterr().err


def test_corpus_needs_an_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotate", str(_corpus(tmp_path))]) == 1
    assert "a corpus needs -o OUT.jsonl" in capsys.readouterr().err


@pytest.mark.slow
def test_interrupted_run_leaves_valid_output(tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = (EVAL / "12_confirmation_of_charges.txt").read_text(encoding="utf-8")
    for i in range(3000):
        (corpus / f"d{i:04}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "icc_ref", "annotate", str(corpus), "-o", str(out), "--workers", "2"],
        stderr=subprocess.PIPE,
        text=True,
        # a shell without job control starts background jobs with SIGINT ignored, and Python
        # keeps an inherited SIG_IGN: give the child the default, as a terminal would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 50_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 3000
    assert all(json.loads(line)["path"] for line in lines)
