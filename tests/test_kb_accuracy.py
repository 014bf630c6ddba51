"""Accuracy and originality gates for the built-in knowledge base.

Tests that compare with the official texts read ``../shared/reference/`` in place and skip
cleanly when that folder is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from icc_ref.model import LANGUAGES, KnowledgeBase, Paragraph

from .conftest import REFERENCE

STATUTE = REFERENCE / "rome-statute.en.txt"
RULES = REFERENCE / "rules-of-procedure-and-evidence.en.txt"
needs_reference = pytest.mark.skipif(not STATUTE.exists(), reason="../shared/reference not present")

ARTICLES = [str(n) for n in range(1, 129)] + ["8bis", "15bis", "15ter"]


def test_every_statute_article_is_present(kb: KnowledgeBase) -> None:
    missing = [n for n in ARTICLES if f"RS {n}" not in kb.provisions]
    assert missing == []
    assert kb.provisions["RS 124"].deleted and "ICC-ASP/14/Res.2" in kb.provisions["RS 124"].deleted
    assert kb.provisions["RS 10"].untitled


def test_every_statute_part_is_named(kb: KnowledgeBase) -> None:
    parts = {p.part for c, p in kb.provisions.items() if c.startswith("RS ")}
    assert parts == {str(n) for n in range(1, 14)}


def test_every_concept_has_four_languages_and_provisions(kb: KnowledgeBase) -> None:
    assert len(kb.concepts) >= 150
    for c in kb.concepts.values():
        assert {a.lang for a in c.aliases} == set(LANGUAGES), c.id
        assert c.provisions and c.summary, c.id
        for cite in c.provisions:
            assert kb.resolve(cite) is not None, (c.id, cite)


def test_cross_references_resolve(kb: KnowledgeBase) -> None:
    for p in kb.provisions.values():
        for cite in p.cross_references:
            assert kb.resolve(cite) is not None, (p.citation, cite)


def _official_titles(path: Path, heading: str) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    titles = {}
    for i, line in enumerate(lines[:-1]):
        m = re.fullmatch(rf"{heading} (\d+(?: (?:bis|ter|quater))?)", line)
        if m:
            nxt = lines[i + 1]
            if not re.fullmatch(r"(Article|Rule) \d+.*|\[Footnote.*|\d+\..*", nxt):
                titles[m.group(1).replace(" ", "")] = nxt
    return titles


@needs_reference
def test_statute_titles_match_the_official_text(kb: KnowledgeBase) -> None:
    official = _official_titles(STATUTE, "Article")
    for number in ARTICLES:
        p = kb.provisions[f"RS {number}"]
        if p.untitled or number == "124":
            continue  # art. 10 has no title; art. 124 is only a deletion footnote
        assert p.title == official[number], number


@needs_reference
def test_part_titles_match_the_official_text(kb: KnowledgeBase) -> None:
    text = STATUTE.read_text(encoding="utf-8")
    official = dict(re.findall(r"^PART (\d+)\.\n(.+)$", text, flags=re.M))
    for div in kb.instruments["RS"].divisions:
        assert div.title.upper() == official[div.number], div.number


@needs_reference
def test_rule_titles_match_the_official_text(kb: KnowledgeBase) -> None:
    official = _official_titles(RULES, "Rule")
    rules = [p for c, p in kb.provisions.items() if c.startswith("RPE ")]
    assert len(rules) >= 100
    for p in rules:
        assert p.title == official[p.number], p.number


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(path: Path, n: int = 10) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    skip = False
    for line in lines:
        if skip:  # a title line: titles are cited, not summarized
            skip = False
            continue
        if re.match(r"^(Article|Rule) \d+", line):
            skip = True
            continue
        w = _words(line)
        grams.update(tuple(w[i : i + n]) for i in range(len(w) - n + 1))
    return grams


def _summaries(kb: KnowledgeBase) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def walk(where: str, paras: tuple[Paragraph, ...]) -> None:
        for p in paras:
            out.append((f"{where}({p.number})", p.summary))
            walk(f"{where}({p.number})", p.subparagraphs)

    for cite, p in kb.provisions.items():
        if p.summary:
            out.append((cite, p.summary))
        walk(cite, p.paragraphs)
    for c in kb.concepts.values():
        out.append((c.id, c.summary))
        out.extend((c.id, f"{cl.misreading} {cl.explanation}") for cl in c.clarifications)
    return out


@needs_reference
def test_no_summary_repeats_ten_words_of_the_official_texts(kb: KnowledgeBase) -> None:
    grams = _shingles(STATUTE) | _shingles(RULES) | _shingles(REFERENCE / "rome-statute.fr.txt")
    copied = []
    for where, text in _summaries(kb):
        w = _words(text)
        hits = [" ".join(w[i : i + 10]) for i in range(len(w) - 9) if tuple(w[i : i + 10]) in grams]
        if hits:
            copied.append((where, hits[0]))
    assert copied == []
