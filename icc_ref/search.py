"""Search the knowledge base for a short query: a citation, a term in any language, a title.

Shared by ``icc-ref lookup`` and the TUI search box.

>>> from icc_ref.knowledge import load_knowledge
>>> kb = load_knowledge()
>>> search(kb, "arest warant")[0].key
'arrest_warrant'
>>> search(kb, "Article 58(1)(b)")[0].key
'RS 58(1)(b)'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz, process

from icc_ref.citation import find_citations, is_canonical
from icc_ref.model import KnowledgeBase, pickled_by_fields
from icc_ref.normalize import keys

GOOD_SCORE = 80.0


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: a concept id or a provision citation, with its score 0-100."""

    kind: Literal["concept", "provision"]
    key: str
    label: str
    score: float
    matched: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Choices:
    """The searchable strings of a knowledge base and what each belongs to."""

    texts: tuple[str, ...]
    owners: tuple[tuple[str, str, str], ...]  # (kind, key, original text)


_CHOICES: dict[int, tuple[KnowledgeBase, Choices]] = {}
_KEEP = 4  # bases remembered: a process that loads the base again and again must not keep them all


def prime_choices(kb: KnowledgeBase, choices: Choices) -> None:
    """Use precomputed ``choices`` (e.g. from the disk cache) for ``kb``."""
    _CHOICES.pop(id(kb), None)
    _CHOICES[id(kb)] = (kb, choices)
    while len(_CHOICES) > _KEEP:
        del _CHOICES[next(iter(_CHOICES))]  # the oldest


def _choices(kb: KnowledgeBase) -> Choices:
    hit = _CHOICES.get(id(kb))
    if hit is None or hit[0] is not kb:
        prime_choices(kb, choices_for(kb))
        hit = _CHOICES[id(kb)]
    return hit[1]


def choices_for(kb: KnowledgeBase) -> Choices:
    """Build the searchable strings: concept names, ids and aliases, provision titles."""
    texts: list[str] = []
    owners: list[tuple[str, str, str]] = []
    for c in kb.concepts.values():
        for name in (c.name, c.id.replace("_", " "), *(a.text for a in c.aliases)):
            texts.append(" ".join(keys(name)))
            owners.append(("concept", c.id, name))
    for p in kb.provisions.values():
        if p.title:
            texts.append(" ".join(keys(p.title)))
            owners.append(("provision", p.citation, p.title))
    return Choices(tuple(texts), tuple(owners))


def search(kb: KnowledgeBase, query: str, limit: int = 10) -> list[Hit]:
    """The best ``limit`` hits for ``query``, best first; citations come first when written."""
    hits = _citation_hits(kb, query)
    if hits:
        return hits[:limit]
    q = " ".join(keys(query))
    if not q:
        return []
    choices = _choices(kb)
    best: dict[str, Hit] = {}
    close: dict[str, float] = {}  # key -> how like the query its matched text is, for ties
    numbers = _NUMBER.findall(q)
    for i, score in _top(q, choices.texts, max(limit * 8, 40), best_only=limit == 1):
        if numbers and _NUMBER.findall(choices.texts[i]) != numbers:
            continue  # a number is no typo: "Part 7" is not "Part 9"
        kind, key, text = choices.owners[i]
        like = fuzz.ratio(q, choices.texts[i])
        if key not in best or (score, like) > (best[key].score, close[key]):
            best[key] = Hit(kind, key, _label(kb, kind, key), round(float(score), 1), text)  # type: ignore[arg-type]
            close[key] = like
    # equal scores (a word found inside several aliases: "juicio") go to the alias most like
    # the query as a whole ("juicio oral" before "juicio de apelación"), not to the first id
    return sorted(best.values(), key=lambda h: (-h.score, -close[h.key], h.kind, h.key))[:limit]


_NUMBER = re.compile(r"\d+")
WORD_LIKENESS = 75.0  # "procecutor" and "prosecutor" are 90 alike, "comparution" and "contribution" 67


def words_agree(query: str, matched: str) -> bool:
    """True when each word of ``query`` of four letters or more is, or is near (a typo), a word
    of ``matched``, the alias a fuzzy search found: "comparution volontaire" is not
    "contributions volontaires", though the two strings are 84 % alike; "arest warant" is
    "arrest warrant"."""
    theirs = keys(matched)
    return all(any(fuzz.ratio(k, t) >= WORD_LIKENESS for t in theirs) for k in keys(query) if len(k) >= 4)


def _top(q: str, texts: tuple[str, ...], k: int, best_only: bool = False) -> list[tuple[int, float]]:
    """The ``k`` best ``(index, score)`` of ``texts`` for ``q``, best first.

    The score is whole-string similarity, tolerant of word order (the better of ``ratio`` and
    ``token_sort_ratio``), or for queries of six characters or more a partial match at 0.9
    weight against texts at least as long as the query. Each scorer runs over all texts in
    rapidfuzz's C loop; the best k by the combined score are among the best k of some scorer.
    With ``best_only`` (only the first will be used), a whole-string score of 100 ends the
    search before the partial match, which scores at most 90.
    """
    pool: dict[int, float] = {}

    def run(scorer: Any, items: Sequence[str], weight: float) -> None:
        for _, score, i in process.extract(q, items, scorer=scorer, limit=k):
            pool[i] = max(pool.get(i, 0.0), score * weight)

    run(fuzz.ratio, texts, 1.0)
    run(fuzz.token_sort_ratio, texts, 1.0)
    if len(q) >= 6 and not (best_only and max(pool.values(), default=0.0) >= 100.0):
        run(fuzz.partial_ratio, [t if len(t) >= len(q) else "" for t in texts], 0.9)
    return sorted(pool.items(), key=lambda item: (-item[1], item[0]))[:k]


def _citation_hits(kb: KnowledgeBase, query: str) -> list[Hit]:
    text = query.strip()
    if not any(ch.isdigit() for ch in text):
        return []  # every citation has a number; a plain term skips the citation patterns
    found = [(s, e, c) for s, e, c in find_citations(text)]
    if not found and is_canonical(text):
        from icc_ref.citation import parse_citation

        found = [(0, len(text), parse_citation(text))]
    hits = []
    for _, _, cit in found:
        resolved = kb.closest(str(cit))
        if resolved is not None:
            score = 100.0 if resolved == str(cit) else 90.0
            hits.append(Hit("provision", resolved, kb.title(resolved), score, text))
    return hits


def _label(kb: KnowledgeBase, kind: str, key: str) -> str:
    return kb.concepts[key].name if kind == "concept" else kb.title(key)
