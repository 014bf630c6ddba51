"""The overlap policy of :func:`icc_ref.annotate.select`, against a plain statement of it.

``select`` settles each cluster of overlapping candidates on its own (a pair directly, larger
clusters by bisection); the reference below applies the policy to a whole paragraph at once,
quadratically, as the module docstring states it: fuzzy matches that take the modifier of an
exact phrase from its head go first, then matches absorbed by a longer one of their concept,
then overlaps by weight.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from icc_ref.annotate import MAX_SPAN, _priority, select
from icc_ref.matcher import Candidate


def reference(candidates: list[Candidate]) -> list[Candidate]:
    def crosses(c: Candidate, p: Candidate) -> bool:
        """c takes the modifier of the English phrase p (its first words) from its head, or
        overlaps a phrase of its own concept without either holding the other."""
        takes_first = c.start < p.start < c.end < p.end
        return takes_first or (c.concept == p.concept and p.start < c.start < p.end < c.end)

    phrases = [p for p in candidates if p.method == "exact" and p.words > 1]
    whole = [c for c in candidates if c.method != "fuzzy" or not any(crosses(c, p) for p in phrases)]
    ordered = sorted((c for c in whole if c.end - c.start <= MAX_SPAN), key=lambda c: c.start)
    prio = {id(c): _priority(c) for c in ordered}
    # a loose match holding the rest of its cluster of overlaps, those being single context
    # words (one at least) or loose matches, wins that cluster whole: the strongest such
    clusters: list[list[Candidate]] = []
    for c in ordered:
        touching = [k for k in clusters if any(c.start < o.end and o.start < c.end for o in k)]
        merged = [c] + [o for k in touching for o in k]
        clusters = [k for k in clusters if not any(k is t for t in touching)] + [merged]
    settled: list[Candidate] = []
    position = {id(c): n for n, c in enumerate(ordered)}
    for k in clusters:
        k.sort(key=lambda c: position[id(c)])  # ties go to the earlier, as in select
        loose = [c for c in k if c.loose]
        if len(k) < 2 or not loose or len(loose) == len(k):
            continue
        wide = min(loose, key=_priority)
        if all(
            c is wide
            or (
                wide.start <= c.start
                and c.end <= wide.end
                and (c.loose or (c.words == 1 and c.needs_context))
            )
            for c in k
        ):
            settled.append(wide)
            ordered = [c for c in ordered if not any(c is o for o in k)]

    def beaten(o: Candidate) -> bool:  # a match of another concept would win against o
        return any(
            e.concept != o.concept and e.start < o.end and e.end > o.start and prio[id(e)] < prio[id(o)]
            for e in ordered
        )

    def absorbed(c: Candidate) -> bool:  # inside a longer match of its concept that stands
        return c.concept is not None and any(
            o is not c
            and o.concept == c.concept
            and o.start <= c.start
            and c.end <= o.end
            and o.end - o.start > c.end - c.start
            and not beaten(o)
            for o in ordered
        )

    taken: list[Candidate] = list(settled)
    for c in sorted((c for c in ordered if not absorbed(c)), key=_priority):
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


@st.composite
def candidate(draw: st.DrawFn) -> Candidate:
    """A candidate over a text whose every character is a content word of its own, so that a
    fuzzy match crossing an exact phrase always leaves a content word of it outside."""
    start = draw(st.integers(0, 80))
    size = draw(st.integers(1, 14))
    return Candidate(
        start,
        start + size,
        draw(st.sampled_from(["warrant", "surrender", "court", None])),
        ("RS 58",),
        float(draw(st.sampled_from([80, 90, 100]))),
        draw(st.sampled_from(["exact", "exact", "fuzzy"])),
        " ".join(["word"] * size),
        draw(st.booleans()),  # needs context
        "en",
        draw(st.booleans()),  # loose
        start,
        size,
    )


@given(st.lists(candidate(), max_size=40))
def test_select_applies_the_policy_as_stated(candidates: list[Candidate]) -> None:
    assert select(candidates) == reference(candidates)


def test_a_longer_phrase_absorbs_its_own_words_unless_another_concept_wins() -> None:
    def cand(start: int, end: int, concept: str, score: float = 100.0) -> Candidate:
        return Candidate(start, end, concept, (), score, "exact", None, False, "en")

    phrase, inner = cand(0, 14, "warrant"), cand(0, 7, "warrant")
    assert select([inner, phrase]) == [phrase]
    other = cand(10, 30, "surrender")  # longer than the phrase, so it wins the overlap...
    assert select([inner, phrase, other]) == [inner, other]  # ...and the word alone still links
