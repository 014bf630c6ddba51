"""The command line: lookup, annotate, check, export; exit codes and error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from icc_ref.cli import main

from .conftest import REPO

SEED = REPO / "seeds" / "000_ab75f84cbffb6811.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


LOOKUPS = [
    ("arrest warrant", "arrest_warrant"),
    ("arest warant", "arrest_warrant"),
    ("warrant of arrest", "arrest_warrant"),
    ("mandat d'arrêt", "arrest_warrant"),
    ("مذكرة اعتقال", "arrest_warrant"),
    ("orden de detención", "arrest_warrant"),
    ("crimes contre l'humanité", "crimes_against_humanity"),
    ("جرائم الحرب", "war_crimes"),
    ("genocidio", "genocide"),
    ("ICC member states", "state_party"),
    ("art. 58", "RS 58"),
    ("Article 58(1)(b)", "RS 58(1)(b)"),
    ("article 8 bis", "RS 8bis"),
    ("rule 117", "RPE 117"),
    ("regulation 23 bis", "RoC 23bis"),
    ("RS 86", "RS 86"),
    ("l'article 98 du Statut", "RS 98"),
    ("المادة 89", "RS 89"),
    # pinpoints in words, and names that are found by lookup but never linked in a text
    ("paragraph 7 of article 87", "RS 87(7)"),
    ("The Hague", "seat_of_the_court"),
    ("La Haya", "seat_of_the_court"),
    ("counts", "charges"),
    ("Deputy Registrar", "deputy_registrar"),
    ("Secretario Adjunto", "deputy_registrar"),
    # a word found inside several aliases: the alias most like it, not the first id
    ("juicio", "trial"),
    ("Secretaría", "registry"),
    ("indemnizaciones", "reparations"),
    ("rule 154", "RPE 154"),
]


@pytest.mark.parametrize(("term", "expected"), LOOKUPS, ids=[t for t, _ in LOOKUPS])
def test_lookup_finds(capsys: pytest.CaptureFixture[str], term: str, expected: str) -> None:
    code, out, _ = run(capsys, "lookup", term, "--json")
    assert code == 0
    assert json.loads(out)["match"]["id"] == expected


@pytest.mark.parametrize(
    "query", ["Parte VII", "Part 7", "Part VII of the Rome Statute", "الباب السابع", "part 7", "PARTE VII"]
)
def test_lookup_of_a_part_lists_its_articles(capsys: pytest.CaptureFixture[str], query: str) -> None:
    # not the nearest alias ("Parte IX", the duty to cooperate): the Part itself
    code, out, _ = run(capsys, "lookup", query)
    assert code == 0
    assert "Part 7 of the Rome Statute of the International Criminal Court: Penalties" in out
    assert "RS 77" in out and "RS 80" in out and "RS 86" not in out
    code, out, _ = run(capsys, "lookup", query, "--json")
    match = json.loads(out)["match"]
    assert (match["kind"], match["number"]) == ("part", "7")
    assert [p["citation"] for p in match["provisions"]] == ["RS 77", "RS 78", "RS 79", "RS 80"]


def test_lookup_of_part_9_stays_the_duty_to_cooperate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "Part 9", "--json")
    assert json.loads(out)["match"]["id"] == "duty_to_cooperate"


def test_lookup_text_output_has_titles_and_clarifications(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "arrest", "warrant")
    assert code == 0
    assert out.startswith("Warrant of arrest")
    assert "RS 58 — Issuance by the Pre-Trial Chamber of a warrant of arrest or a summons to appear" in out
    assert "Common misreadings" in out
    assert "\033[" not in out  # plain text when piped


def test_lookup_of_a_rule_recorded_by_title_only_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "rule 54")
    assert code == 0
    assert out.startswith("RPE 54 — Application by the Prosecutor under article 18, paragraph 2")
    assert "Recorded by title only" in out and "\n\n\n" not in out


def test_lookup_provision_shows_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "art 98(2)")
    assert code == 0
    assert out.startswith(
        "RS 98(2) — Cooperation with respect to waiver of immunity and consent to surrender"
    )
    assert "Official text: https://" in out


def test_lookup_limit_lists_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "immunity", "--limit", "3")
    assert code == 0
    rows = out.split("\n\n")[0].splitlines()
    assert len(rows) == 3 and all(r.split()[0].replace(".", "").isdigit() for r in rows)


def test_lookup_phrase_describes_the_terms_in_it(capsys: pytest.CaptureFixture[str]) -> None:
    """No entry is named "member states must detain him", but the phrase names one."""
    code, out, _ = run(capsys, "lookup", "the prosecutor can retract the warrants", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["match"] is None
    query = doc["query"]
    terms = {t["text"]: t["match"]["id"] for t in doc["terms"]}
    assert terms == {"prosecutor": "prosecutor", "retract the warrants": "arrest_warrant"}
    assert all(query[t["start"] : t["end"]] == t["text"] for t in doc["terms"])
    code, out, _ = run(capsys, "lookup", "member", "states", "must", "detain", "him")
    assert code == 0
    assert out.startswith("No single entry matches 'member states must detain him'. Terms in it:")
    assert "State Party  [state_party" in out and "RS 86 — General obligation to cooperate" in out


def test_lookup_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "lookup", "xyzzy quux")
    assert code == 1
    assert out == ""
    assert err.startswith("icc-ref: no match for 'xyzzy quux'; nearest: ")


def test_lookup_of_an_unrecorded_provision_says_so_and_points_to_the_official_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "lookup", "regulation 101")
    assert code == 1 and out == ""
    assert err.startswith(
        "icc-ref: RoC 101 is not among the provisions the knowledge base records (RoC 23bis, RoC 55)"
    )
    assert "Regulations-of-the-Court.pdf" in err and err.count("\n") == 1  # one line
    code, out, err = run(capsys, "lookup", "regulation 55")
    assert code == 0 and out.startswith("RoC 55 — ")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["lookup", "x", "--limit", "0"])
    assert info.value.code == 2


def test_check_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.startswith("ok: 4 instruments, ") and "concepts, aliases: en " in out


def test_check_reports_problems_and_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "concepts").mkdir()
    (tmp_path / "concepts" / "x.yaml").write_text("concepts:\n  - id: x\n    nam: y\n", encoding="utf-8")
    code, out, err = run(capsys, "--kb", str(tmp_path), "check")
    assert code == 1 and out == ""
    assert "x.yaml:3: unknown field 'nam' in a concept (did you mean 'name'?)" in err
    assert "Traceback" not in err


def test_env_variable_adds_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "concepts").mkdir()
    (tmp_path / "concepts" / "x.yaml").write_text(
        "concepts:\n  - id: tribunal_term\n    name: Tribunal term\n    category: institutions\n"
        "    stage: general\n    summary: A user's own concept.\n"
        "    aliases:\n      en: [zorblatt procedure]\n"
        "    provisions: [RS 58]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ICC_REF_KB", str(tmp_path))
    code, out, _ = run(capsys, "lookup", "zorblatt procedure", "--json")
    assert code == 0 and json.loads(out)["match"]["id"] == "tribunal_term"


def test_export_json_is_the_whole_base(capsys: pytest.CaptureFixture[str], kb) -> None:
    code, out, _ = run(capsys, "export", "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert len(doc["provisions"]) == len(kb.provisions)
    assert len(doc["concepts"]) == len(kb.concepts)
    assert {i["id"] for i in doc["instruments"]} == {"RS", "RPE", "RoC", "EoC"}


def test_annotate_json_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "annotate", str(SEED), "--format", "json")
    doc = json.loads(out)
    text = SEED.read_text(encoding="utf-8")
    assert code == 0 and doc["source"] == text
    last = 0
    for m in doc["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["start"] >= last
        last = m["end"]
        assert m["method"] in ("exact", "fuzzy", "citation")


def test_annotate_writes_atomically_and_refuses_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "a.md"
    src.write_text("The ICC issued an arrest warrant.\n", encoding="utf-8")
    code, _, err = run(capsys, "annotate", str(src), "-o", str(src))
    assert code == 1 and "refusing to overwrite the input file" in err
    assert src.read_text(encoding="utf-8") == "The ICC issued an arrest warrant.\n"
    out = tmp_path / "out.md"
    assert run(capsys, "annotate", str(src), "-o", str(out))[0] == 0
    assert "[arrest warrant](#icc-ref-arrest_warrant" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01binary", "looks binary (NUL byte at offset 0)"),
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 3: 0xe9)"),
    ],
    ids=["binary", "latin1"],
)
def test_annotate_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run(capsys, "annotate", str(bad))
    assert code == 1 and out == ""
    assert err.startswith(f"icc-ref: {bad}:1: {message}")


def test_annotate_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "annotate", "/no/such/file.txt")
    assert code == 1 and err == "icc-ref: /no/such/file.txt: no such file\n"


def test_annotate_refuses_already_annotated_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text("The ICC issued an arrest warrant.\n", encoding="utf-8")
    out = tmp_path / "a.annotated.md"
    run(capsys, "annotate", str(src), "-o", str(out))
    code, _, err = run(capsys, "annotate", str(out))
    assert code == 1 and "already contains icc-ref markup" in err


def test_cli_path_never_imports_textual() -> None:
    code = (
        "import sys\n"
        "from icc_ref.cli import main\n"
        f"main(['lookup', 'arrest warrant']); main(['annotate', {str(SEED)!r}, '--format', 'html'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr


def test_python_dash_m_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "icc_ref", "lookup", "rule 117"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0 and result.stdout.startswith("RPE 117 — Detention in the custodial State")


def test_lookup_does_not_take_a_different_word_for_a_typo(capsys) -> None:
    # "consultation volontaire" is 82 % like "contributions volontaires" as a whole string, but
    # "consultation" is no typo of "contributions": no match, suggestions instead ("comparution
    # volontaire", once the example here, is now the voluntary appearance of a summons)
    assert main(["lookup", "consultation volontaire"]) == 1
    assert "no match" in capsys.readouterr().err
    assert main(["lookup", "arest warant"]) == 0
    assert "arrest_warrant" in capsys.readouterr().out


def test_lookup_does_not_take_a_different_number_for_a_typo(capsys) -> None:
    # "Part 14" is like "Part 9" (the duty to cooperate), but a number is no typo (and the
    # Statute has thirteen Parts; "Part 7" is its own answer, see above)
    assert main(["lookup", "Part 14"]) == 1
    assert "no match" in capsys.readouterr().err
    assert main(["lookup", "Part 9"]) == 0
    assert "duty_to_cooperate" in capsys.readouterr().out


def test_the_quick_exit_loses_no_output_and_keeps_the_exit_code(tmp_path: Path) -> None:
    # run() ends lookup and annotate with os._exit, skipping the interpreter's teardown: what
    # they wrote must be flushed first, however long, and the exit code kept
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 40, encoding="utf-8")  # a JSON of megabytes
    result = subprocess.run(
        [sys.executable, "-m", "icc_ref", "annotate", str(big), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["mentions"]) > 40
    result = subprocess.run(
        [sys.executable, "-m", "icc_ref", "lookup", "zzqqxxv"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 1 and result.stderr.startswith("icc-ref: no match for 'zzqqxxv'")
    # ... and a reader that goes away early is no error
    head = subprocess.run(
        f"{sys.executable} -m icc_ref annotate {big} --format json | head -c 100",
        shell=True,
        capture_output=True,
        cwd=tmp_path,
    )
    assert len(head.stdout) == 100 and b"Traceback" not in head.stderr
