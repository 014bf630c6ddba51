"""The on-disk cache of the loaded knowledge base: fresh, stale, corrupt, bypassed."""

from __future__ import annotations

from pathlib import Path

import pytest

from icc_ref.index_cache import cache_dir, fingerprint, load_all
from icc_ref.paths import builtin_root


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ICC_REF_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_second_load_comes_from_the_cache(cache: Path) -> None:
    first = load_all()
    first.index  # noqa: B018 - built and written on first use
    assert len(list(cache.glob("kb-*.pickle"))) == 1 and cache_dir() == cache
    assert len(list(cache.glob("index-*.pickle"))) == 1
    second = load_all()
    assert second.kb is not first.kb  # unpickled, not the same object
    assert set(second.kb.concepts) == set(first.kb.concepts)
    assert second.index.exact.keys() == first.index.exact.keys()


def test_corrupt_cache_is_ignored_and_rebuilt(cache: Path) -> None:
    load_all()
    (file,) = cache.glob("kb-*.pickle")
    file.write_bytes(b"not a pickle")
    assert "arrest_warrant" in load_all().kb.concepts
    assert file.read_bytes()[:1] == b"\x80"  # rewritten


def test_lookup_path_does_not_need_the_index(cache: Path) -> None:
    load_all().index  # noqa: B018
    (index_file,) = cache.glob("index-*.pickle")
    index_file.write_bytes(b"garbage")
    loaded = load_all()
    assert loaded._index is None  # not read until asked for
    assert loaded.index.exact  # then rebuilt from the base


def test_changed_knowledge_changes_the_key(tmp_path: Path) -> None:
    user = tmp_path / "user"
    (user / "concepts").mkdir(parents=True)
    before = fingerprint([builtin_root(), user])
    (user / "concepts" / "x.yaml").write_text("concepts: []\n", encoding="utf-8")
    added = fingerprint([builtin_root(), user])
    assert added != before
    (user / "concepts" / "x.yaml").write_text("concepts: [ ]\n", encoding="utf-8")  # edited
    assert fingerprint([builtin_root(), user]) != added


def test_no_cache_writes_nothing(cache: Path) -> None:
    load_all(use_cache=False)
    assert not cache.exists() or not list(cache.glob("kb-*.pickle"))


def test_unwritable_cache_dir_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ICC_REF_CACHE_DIR", str(blocker / "sub"))
    assert "arrest_warrant" in load_all().kb.concepts


def test_the_code_is_part_of_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache written by other code (another shape of Index) must never be read back."""
    import icc_ref.index_cache as ic

    before = fingerprint([builtin_root()])
    fake = tmp_path / "pkg"
    fake.mkdir()
    for module in Path(ic.__file__).parent.glob("*.py"):
        (fake / module.name).write_bytes(module.read_bytes())
    (fake / "aliasindex.py").write_text("# changed\n", encoding="utf-8")
    monkeypatch.setattr(ic, "__file__", str(fake / "index_cache.py"))
    assert fingerprint([builtin_root()]) != before


def test_old_caches_are_pruned(cache: Path) -> None:
    """Each change of the base or of icc-ref writes a new cache; only the newest few stay."""
    import os

    from icc_ref.index_cache import KEEP

    cache.mkdir(parents=True)
    for i in range(KEEP + 3):
        stale = cache / f"kb-stale{i}.pickle"
        stale.write_bytes(b"old")
        os.utime(stale, (1_000_000 + i, 1_000_000 + i))
    load_all()
    kept = sorted(p.name for p in cache.glob("kb-*.pickle"))
    assert len(kept) == KEEP
    assert f"kb-{fingerprint([builtin_root()])}.pickle" in kept  # the one just written
    assert "kb-stale0.pickle" not in kept and f"kb-stale{KEEP + 2}.pickle" in kept  # oldest go first


def test_loading_again_and_again_keeps_memory_bounded(cache: Path) -> None:
    """A long-running process (a server, a test run) that loads the base many times used to
    keep every base alive through the search module's table; found by the 20,000-example
    fuzz run of the lookup command, which ran out of 24 GB."""
    from icc_ref import search

    for _ in range(search._KEEP + 6):
        load_all()
    assert len(search._CHOICES) == search._KEEP


def test_word_caches_are_bounded(monkeypatch: pytest.MonkeyPatch, kb, index) -> None:
    """The word -> key cache and the typo caches are emptied when they outgrow their bound."""
    from icc_ref import matcher, normalize
    from icc_ref.annotate import annotate_text

    monkeypatch.setattr(normalize, "MAX_CACHED", 50)
    monkeypatch.setattr(matcher, "MAX_CACHED", 50)
    words = " ".join(f"wordy{i:04d}" for i in range(400))
    other = " ".join(f"wordx{i:04d}" for i in range(400))
    before = annotate_text("The ICC issued an arest warrant. " + words, kb, index).mentions
    annotate_text("The ICC issued an arest warrant. " + other, kb, index)  # 400 new words each time
    assert len(normalize._KEYS) <= 50 + 420 and len(index.corrections) <= 50 + 420
    after = annotate_text("The ICC issued an arest warrant. " + words, kb, index).mentions
    assert [(m.start, m.concept) for m in before] == [(m.start, m.concept) for m in after]
    assert any(m.method == "fuzzy" for m in after)  # the typo is still corrected
