"""The loader: every error kind reported as file:line, the merge rule, the built-in base."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icc_ref.errors import KnowledgeError
from icc_ref.knowledge import load_knowledge
from icc_ref.yamlfile import MAX_BYTES

from .conftest import DATA

BROKEN = sorted(p.name for p in (DATA / "broken").iterdir())


def _problems(root: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge([root], include_builtin=False)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("kind", BROKEN, ids=BROKEN)
def test_each_error_kind_is_reported_with_file_and_line(kind: str, small_root: Path) -> None:
    case = DATA / "broken" / kind
    for src in case.rglob("*.yaml"):
        dest = small_root / src.relative_to(case)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dest)
    expected = (case / "expected").read_text(encoding="utf-8").strip()
    problems = _problems(small_root)
    assert any(expected in p for p in problems), problems
    # the reported path ends with the file's path inside the knowledge-base folder
    assert all(str(small_root) in p or p.startswith("concepts") for p in problems)


def test_small_kb_loads_and_resolves(small_kb) -> None:
    assert set(small_kb.provisions) == {"RS 58", "RS 89", "RS 8bis"}
    assert small_kb.resolve("RS 58(1)(b)")[1].summary == "Sub b."
    assert small_kb.resolve("RS 58(1)(c)") is None
    assert small_kb.closest("RS 58(1)(c)") == "RS 58(1)"
    assert small_kb.provisions["RS 58"].url == "https://example.org/statute"


def test_file_over_size_cap_is_refused(small_root: Path) -> None:
    big = small_root / "concepts" / "big.yaml"
    big.write_text("concepts: []\n# " + "x" * MAX_BYTES + "\n", encoding="utf-8")
    assert any("big.yaml: file is" in p and "limit" in p for p in _problems(small_root))


def test_deeply_nested_yaml_is_refused(small_root: Path) -> None:
    (small_root / "concepts" / "deep.yaml").write_text(
        "concepts: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8"
    )
    assert any("deep.yaml: YAML nested more than 200 levels deep" in p for p in _problems(small_root))


def test_non_utf8_file_is_refused(small_root: Path) -> None:
    (small_root / "concepts" / "latin1.yaml").write_bytes(b"concepts: []\n# caf\xe9\n")
    assert any("latin1.yaml: not UTF-8 text" in p for p in _problems(small_root))


def test_problems_are_all_collected(small_root: Path) -> None:
    (small_root / "concepts" / "two.yaml").write_text(
        "concepts:\n  - id: a\n    nme: x\n  - id: b\n    name: y\n    colour: z\n", encoding="utf-8"
    )
    problems = _problems(small_root)
    assert any("two.yaml:3: unknown field 'nme'" in p for p in problems)
    assert any("two.yaml:6: unknown field 'colour'" in p for p in problems)


def test_user_kb_overrides_whole_record_and_notes_it(tmp_path: Path) -> None:
    user = tmp_path / "user"
    (user / "concepts").mkdir(parents=True)
    (user / "concepts" / "mine.yaml").write_text(
        """concepts:
  - id: surrender
    name: Surrender (my version)
    category: cooperation
    stage: arrest_and_surrender
    summary: Mine.
    aliases:
      en: [hand-over]
    provisions: [RS 89]
  - id: tribunal_x
    name: Another tribunal's concept
    category: institutions
    stage: general
    summary: Added by a user.
    aliases:
      en: [tribunal x]
    provisions: [RS 58(1)(a)]
    related: [arrest_warrant]
""",
        encoding="utf-8",
    )
    kb = load_knowledge([DATA / "kb_small", user], include_builtin=False)
    assert kb.concepts["surrender"].name == "Surrender (my version)"
    assert kb.concepts["surrender"].names("fr") == ()  # replaced whole, not merged
    assert "tribunal_x" in kb.concepts
    assert any("'surrender' replaces" in n for n in kb.notes)


def test_missing_user_folder_is_an_error(tmp_path: Path) -> None:
    problems = _problems(tmp_path / "nope")
    assert any("knowledge-base folder not found" in p for p in problems)


def test_known_words_of_every_folder_are_merged(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "known_words.yaml").write_text("known_words:\n  en: [Warden, wardens]\n", encoding="utf-8")
    kb = load_knowledge([user])
    assert {"warden", "wardens", "complicate"} <= kb.known_words["en"]


def test_known_words_must_be_lists_of_words_of_a_known_language(small_root: Path) -> None:
    bad = "known_words:\n  de: [Gericht]\n  en: oops\n"
    (small_root / "known_words.yaml").write_text(bad, encoding="utf-8")
    problems = _problems(small_root)
    assert any("known_words.yaml:2: known_words: unknown language 'de'" in p for p in problems), problems
    assert any("known_words.en must be a list of words" in p for p in problems), problems
