"""Turn candidate matches into the final, non-overlapping mentions of a text.

The overlap and context policy lives here and only here:

* **score** — fuzzy candidates below ``min_score`` (default 80) are dropped; exact and
  citation matches score 100.
* **context** — an alias marked ``needs_context`` ("court", "chamber", "surrender",
  "confidential", "member states", "charges", "warrants" ...) is kept only when its
  paragraph also holds an unconditional mention: a citation or an alias that needs no
  context ("ICC", "Rome Statute", "arrest warrant" ...). "The court adjourned" in a story
  about a local trial stays plain text; "the court" next to "the ICC" is linked.
* **extension** — a match inside a longer match of the same concept gives way to it.
* **overlap** — exact and citation matches are taken first, longest first; fuzzy ones then
  fill the gaps, by weight (characters covered x score / 100); a candidate that overlaps
  one already taken is dropped. So "warrant of arrest" written out exactly is never
  swallowed by a looser fuzzy reading of the words around it.
* **language** — with ``lang="auto"`` each paragraph's language is detected separately;
  single-word aliases fire only in their own language, phrases in any.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from icc_ref.language import detect_language
from icc_ref.matcher import Candidate, Index, find_candidates
from icc_ref.model import KnowledgeBase, Language, Mention
from icc_ref.normalize import paragraphs

DEFAULT_MIN_SCORE = 80.0
_TIER = {"citation": 0, "exact": 0, "fuzzy": 1}


@dataclass(frozen=True, slots=True)
class Annotation:
    """The mentions found in one text, sorted and non-overlapping."""

    source: str
    language: Language
    mentions: tuple[Mention, ...]
    languages: tuple[Language, ...] = ()  # per paragraph, in order


def annotate_text(
    text: str,
    kb: KnowledgeBase,
    index: Index,
    lang: Language | str = "auto",
    min_score: float | None = None,
) -> Annotation:
    """Find the mentions of ``text``; offsets are into ``text`` itself."""
    floor = DEFAULT_MIN_SCORE if min_score is None else min_score
    mentions: list[Mention] = []
    langs: list[Language] = []
    sizes: dict[Language, int] = {}
    for start, end in paragraphs(text):
        para = text[start:end]
        plang: Language = detect_language(para) if lang == "auto" else lang  # type: ignore[assignment]
        langs.append(plang)
        sizes[plang] = sizes.get(plang, 0) + len(para)
        chosen = select(find_candidates(para, index, kb, plang), floor)
        mentions.extend(_shift(m, start) for m in chosen)
    main: Language = max(sizes, key=lambda k: sizes[k]) if sizes else "en"
    if lang != "auto":
        main = lang  # type: ignore[assignment]
    return Annotation(text, main, tuple(mentions), tuple(langs))


def select(candidates: Iterable[Candidate], min_score: float = DEFAULT_MIN_SCORE) -> list[Mention]:
    """Apply the score, context and overlap policy to one paragraph's candidates."""
    scored = [c for c in candidates if c.mention.score >= min_score]
    anchored = any(not c.needs_context for c in scored)
    usable = _absorb([c for c in scored if anchored or not c.needs_context])
    usable.sort(key=_priority)
    taken: list[Mention] = []
    for cand in usable:
        m = cand.mention
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken


def _absorb(cands: list[Candidate]) -> list[Candidate]:
    """Drop matches lying inside a longer match of the same concept ("warrants" in
    "warrants for the arrest"): the longer reading extends, not contradicts, the shorter."""
    exact = [c.mention for c in cands if c.mention.method != "fuzzy"]

    def blocked(o: Mention) -> bool:  # a fuzzy match that an exact one of another concept beats
        return o.method == "fuzzy" and any(
            e.concept != o.concept and e.start < o.end and o.start < e.end for e in exact
        )

    out = []
    for c in cands:
        m = c.mention
        inside = any(
            o.mention.concept == m.concept and m.concept is not None and o is not c
            and o.mention.start <= m.start and m.end <= o.mention.end
            and (o.mention.end - o.mention.start) > (m.end - m.start)
            and not blocked(o.mention)
            for o in cands
        )
        if not inside:
            out.append(c)
    return out


def _priority(c: Candidate) -> tuple[int, float, float, str]:
    m = c.mention
    weight = (m.end - m.start) * m.score / 100
    return (_TIER[m.method], -weight, -m.score, m.concept or "")


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.start + offset, m.end + offset, m.text, m.concept, m.provisions, m.score, m.method, m.alias)
