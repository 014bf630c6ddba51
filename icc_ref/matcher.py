"""Find candidate mentions of concepts and provisions in a text. The annotator's rapidfuzz user.

Three passes over the keyed words of :func:`icc_ref.normalize.scan`:

1. **exact** — the word keys of every alias are looked up in a dict, longest first, only at
   positions where some alias starts;
2. **typo** — each *distinct* unknown word of the text is corrected once against the alias
   vocabulary of its language (rapidfuzz Levenshtein, cached across documents); real words
   ("prosecution") are corrected only when that completes a longer phrase whose other words
   are exact ("Rome Statue" -> "Rome Statute"); then windows holding a correction are matched
   exactly over the corrected words;
3. **bag** — multi-word aliases whose content words all occur, in any order, within a short
   window of one sentence ("warrants for his arrest", "warrant of arrest").

Positions are selected with C-level ``map``/``compress`` over the key list, so words that
start nothing cost almost nothing. Citations ("article 58(1)(b)", "rule 117") come from
:func:`icc_ref.citation.find_citations_of_the_treaty`. Candidates may overlap; :mod:`icc_ref.annotate`
chooses among them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress, count
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from icc_ref.aliasindex import STOPWORDS, Entry, Index, build_index, deletions, languages
from icc_ref.citation import (
    SUB_BEFORE_SAME,
    Citation,
    canonical_number,
    find_all_citations,
    find_back_references,
    find_bare_numbered,
    find_bare_paragraphs,
    find_bare_subparagraphs,
    find_parts,
    find_same_paragraphs,
    is_range,
    number_order,
    parse_citation,
    possessed_by_another_law,
)
from icc_ref.model import KnowledgeBase, Language, Mention, Method
from icc_ref.normalize import MAX_CACHED, Scan, keys, scan

__all__ = ["STOPWORDS", "Candidate", "Index", "Languages", "build_index", "correct_word", "find_candidates"]

MAX_EXTRA = 3  # words a bag match may add to an alias ("warrant *for his* arrest")
MIN_TYPO_LEN = 5  # shorter words are matched exactly only
MIN_LONE_TYPO_LEN = 6  # a word corrected into a one-word alias by itself must be this long
_ASCII_DIGITS = "0123456789"
_ALL_DIGITS = _ASCII_DIGITS + "".join(map(chr, range(0x660, 0x66A))) + "".join(map(chr, range(0x6F0, 0x6FA)))
_DIGITS = re.compile(f"[{_ALL_DIGITS}]+")  # Western, Arabic-Indic and Eastern Arabic-Indic
_CLAUSE_CHARS = ",;:()[]،؛—"  # with the Arabic comma and semicolon, and the dash that sets words apart
_CLAUSE_BREAK = re.compile(f"[{re.escape(_CLAUSE_CHARS)}]")
_A_QUOTE = re.compile('["“”«»]')  # a fuzzy phrase does not run into or out of a quotation
# Prefixes that make a hyphenated word another thing than the word after them
BOUND_PREFIXES: frozenset[str] = frozenset(keys("pre post semi quasi mini"))  # not "non": a negated reading
# Words that turn a phrase into its opposite: a fuzzy match may neither put one in ("دولة غير
# عضو" is no State Party) nor move one ("not a party" is not "a party, not ...").
NEGATIONS: frozenset[str] = frozenset(keys("not non no sin sans pas ni غير لا ليس ليست لم لن عدم"))
# room for "paragraph 7 of article", "المادتين" before a number; for "(1)(b) bis, 89" or "of the
# Rules of Procedure and Evidence" after it
_BEFORE, _AFTER = 40, 60
LangAt = Callable[[int], "Language | None"]


class Candidate(NamedTuple):
    """A possible mention, before overlap and context are resolved.

    A named tuple, not a dataclass, and without the mention's text: a text yields about two
    candidates for every mention kept, so they are made cheaply and the :class:`Mention` is
    built only for those chosen (:meth:`mention`).
    """

    start: int
    end: int
    concept: str | None
    provisions: tuple[str, ...]
    score: float
    method: Method
    alias: str | None
    needs_context: bool
    lang: Language | None
    loose: bool = False  # a bag match with a non-function word inside: weaker than the rest
    word: int = -1  # the index of its first word in the text's scan (-1: a citation)
    words: int = 0  # how many words it spans
    refers_back: bool = False  # valid only after a full mention of its concept

    def mention(self, text: str) -> Mention:
        """The mention this candidate makes in ``text``, the string it was found in."""
        return Mention(
            self.start,
            self.end,
            text[self.start : self.end],
            self.concept,
            self.provisions,
            self.score,
            self.method,
            self.alias,
        )


class Languages:
    """The language at each offset of a text: one per paragraph (``starts`` sorted)."""

    def __init__(self, starts: list[int], langs: list[Language]) -> None:
        self.starts, self.langs = starts, langs

    def at(self, offset: int) -> Language:
        return self.langs[(bisect_right(self.starts, offset) or 1) - 1]


def find_candidates(
    text: str,
    index: Index,
    kb: KnowledgeBase,
    lang: Language | Languages | None = None,
    words: Scan | None = None,
    distinct: set[str] | None = None,
) -> list[Candidate]:
    """Every possible mention in ``text``: exact, typo-corrected, bag and citation.

    ``lang`` is one language for the whole text, a :class:`Languages` map (one per
    paragraph), or None (every alias in every language). ``words`` is ``scan(text)``
    and ``distinct`` the set of its keys, when the caller already has them.
    """
    words = words if words is not None else scan(text)
    lang_at: LangAt
    present: Sequence[str]
    if isinstance(lang, Languages):
        lang_at, present = lang.at, sorted(set(lang.langs))
    elif lang is None:
        lang_at, present = _no_language, languages(index)
    else:
        lang_at, present = Languages([0], [lang]).at, [lang]
    out: list[Candidate] = []
    out.extend(_citations(text, kb))
    distinct = distinct if distinct is not None else set(words.keys)
    starters = _where(words.keys, index.starters)
    exact = list(_exact(text, words, index, lang_at, starters))
    if not _PART_WORDS.isdisjoint(distinct):
        # a Part that a concept of its articles names ("Part 9": the duty to cooperate) is that concept
        parts = _parts(text, kb, out, [c.end for c in exact if c.concept == _STATUTE])
        out.extend(p for p in parts if not any(_names_part(c, p) for c in exact))
    out.extend(exact)
    out.extend(_typos(text, words, index, lang_at, present, distinct))
    out.extend(_bags(text, words, index, distinct, starters))
    return out


_PART_WORDS = frozenset(keys("part parte chapitre الباب"))


def _names_part(c: Candidate, part: Candidate) -> bool:
    """True when ``c`` is a concept's alias over the whole of ``part`` and the concept rests on
    an article of that Part ("Part 9" of the duty to cooperate; not "chapitre VII" of the UN
    Charter, which the words "du Statut" after it rule out)."""
    if c.concept is None or not (c.start <= part.start and part.end <= c.end):
        return False
    articles = set(part.provisions)
    return any(re.sub(r"\(.*", "", p) in articles for p in c.provisions)


PART_REACH = 150  # characters from an article of the Statute to a Part named without it ...
STATUTE_REACH = 400  # ... and from the Statute's name before it
_STATUTE = "rome_statute"


def _parts(text: str, kb: KnowledgeBase, citations: list[Candidate], statutes: list[int]) -> list[Candidate]:
    """A Part of the Statute, named with the Statute ("Part 9 of the Rome Statute", "la Parte
    VII del Estatuto"), near a citation of one of its articles ("its power under article 83(3)
    to vary a sentence in accordance with Part 7"), or after the Statute's name (``statutes``,
    where its mentions end: "The Rome Statute gives the Court no prisons ... under Part 10"):
    one mention of every article of it that the base records."""
    out = []
    for start, end, number, named in find_parts(text):
        near = (
            named
            or any(
                c.provisions[0].startswith("RS ")
                and c.end <= start + PART_REACH
                and start - PART_REACH <= c.start
                for c in citations
            )
            or any(start - STATUTE_REACH <= at <= start for at in statutes)
        )
        provisions = articles_of_part(kb, str(number)) if near else ()
        if provisions:
            out.append(Candidate(start, end, None, provisions, 100.0, "citation", None, False, None))
    return out


@lru_cache(maxsize=32)
def articles_of_part(kb: KnowledgeBase, part: str) -> tuple[str, ...]:
    """The articles of the Statute's Part ``part``, in order."""
    found = [
        (_rank(p.number), cite)
        for cite, p in kb.provisions.items()
        if p.instrument == "RS" and p.part == part
    ]
    return tuple(cite for _, cite in sorted(found))


def _no_language(offset: int) -> Language | None:
    return None


def _where(keys: list[str], wanted: Container[str]) -> list[int]:
    """Indices of the keys found in ``wanted`` (a set or dict), selected at C speed."""
    return list(compress(count(), map(wanted.__contains__, keys)))


def _candidate(
    w: Scan,
    i: int,
    n: int,
    entry: Entry,
    score: float,
    method: Method,
    index: Index,
    loose: bool = False,
) -> Candidate:
    return Candidate(
        w.starts[i],
        w.ends[i + n - 1],
        entry.concept,
        index.primary[entry.concept],
        round(score, 1),
        method,
        entry.text,
        entry.needs_context,
        entry.lang,
        loose,
        i,
        n,
        entry.refers_back,
    )


def _exact(text: str, w: Scan, index: Index, lang_at: LangAt, starters: list[int]) -> Iterable[Candidate]:
    """Aliases written as they are; ``starters`` are the positions of ``index.starters``.

    The hottest loop of the matcher: look-ups are hoisted and candidates built inline.
    """
    keys, trie, primary, new = w.keys, index.trie, index.primary, tuple.__new__
    starts, ends, breaks = w.starts, w.ends, w.breaks
    total = len(keys)
    arabic = not text.isascii()  # an Arabic conjunction can only be in a text that is not ASCII
    for i in starters:
        node = trie.get(keys[i])
        if node is None:
            continue  # it starts only bag matches
        found = [(1, node[""])] if "" in node else []  # (words, entries), shortest first
        j = i + 1
        while j < total:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            if "" in node:
                found.append((j - i, node[""]))
        if not found:
            continue  # most words that start an alias ("the", "court") start none here
        if i and keys[i - 1] in BOUND_PREFIXES and text[starts[i] - 1] == "-":  # _bound, inline
            continue  # "pre-trial proceedings" holds no trial proceedings
        lang: Language | None | bool = False  # not looked up yet
        for n, entries in reversed(found):  # longest first
            if n > 1:
                if bisect_left(breaks, starts[i]) != bisect_left(breaks, starts[i + n - 1]):
                    continue  # not one sentence
                if (
                    n > 2 or starts[i + 1] - ends[i] > 1 or text[ends[i]] in _CLAUSE_CHARS
                ) and _CLAUSE_BREAK.search(text, ends[i], starts[i + n - 1]):
                    # "At the ICC, Rule 165": two clauses, not "ICC Rule"; unless the alias has
                    # the break too ("ordering, soliciting or inducing")
                    entries = [e for e in entries if _CLAUSE_BREAK.search(e.text)]
            if not entries:
                continue
            if n > 1 and arabic and "\u0648" in text[ends[i] : starts[i + n - 1] + 1]:
                # "الجرائم وجنسية الضحايا" (the crimes, and the victims' nationality) is no
                # "الجرائم الجنسية": a conjunction before a word that the alias writes without one
                entries = [e for e in entries if not _conjoined(text, w, i, n, e)]
                if not entries:
                    continue
            if lang is False:
                lang = lang_at(starts[i])
            end = ends[i + n - 1]
            for entry in entries:
                if n == 1 and lang is not None and entry.lang != lang:
                    continue  # one-word aliases only in their own language, phrases in any
                if entry.acronym and (
                    not text[starts[i] : end].isupper() or record_number(text, starts[i], end)
                ):
                    continue
                yield new(  # Candidate(...) without the call of its __new__: many are made
                    Candidate,
                    (
                        starts[i],
                        end,
                        entry.concept,
                        primary[entry.concept],
                        100.0,
                        "exact",
                        entry.text,
                        entry.needs_context or (entry.titled and text[starts[i] : end].islower()),
                        entry.lang,
                        False,
                        i,
                        n,
                        entry.refers_back,
                    ),
                )


_AR_WORD = re.compile(r"\w+")


def _conjoined(text: str, w: Scan, i: int, n: int, entry: Entry) -> bool:
    """True when a later word of the match ``i .. i+n-1`` opens with the Arabic conjunction
    "و", which the word keys drop, where the alias's word has none."""
    written = _AR_WORD.findall(entry.text)
    if len(written) != n:
        return False  # the alias's words do not line up with the text's: no verdict
    return any(
        text[w.starts[k]] == "\u0648" and not written[k - i].startswith("\u0648") for k in range(i + 1, i + n)
    )


def correct_word(word: str, lang: str, index: Index) -> tuple[str, float] | None:
    """The alias word ``word`` is a typo of (with its similarity 0-100), or None."""
    cache_key = (word, lang)
    if cache_key in index.corrections:
        return index.corrections[cache_key]
    result = None
    limit = 1 if len(word) < 8 else 2
    vocab = (
        _pool(index, lang, word[:1], len(word), limit) if len(word) >= MIN_TYPO_LEN and word.isalpha() else []
    )
    if vocab:
        # OSA distance: an edit or a swap of neighbours ("Staute") costs one. Of the words
        # equally near, the most similar one wins ("withdrawl": withdrawal, not withdraw).
        # Where the letter has a neighbour table, the words one edit away are looked up there;
        # only a long word with none of them is compared with the whole pool (for two edits).
        table = index.neighbours.get((lang, word[0]))
        near = _within_one(word, table) if table is not None else []
        if not near and (limit > 1 or table is None):
            near = _within(word, vocab, limit)
        closest = min((d for _, d, _ in near), default=None)
        best = max(
            ((v, d) for v, d, _ in near if d == closest),
            key=lambda vd: (fuzz.ratio(word, vd[0]), vd[0]),
            default=None,
        )
        # Typos rarely hit the first letter; requiring it keeps "warden" from becoming "warrant".
        # A word that extends an alias word by a suffix ("genocid-al") is a derivation, not a typo.
        derived = best is not None and word.startswith(best[0]) and len(word) - len(best[0]) >= 2
        if best is not None and best[0] != word and best[0][0] == word[0] and not derived:
            result = (best[0], fuzz.ratio(word, best[0]))
    index.corrections[cache_key] = result
    return result


def _within_one(word: str, table: dict[str, list[str]]) -> list[tuple[str, int, int]]:
    """The alias words one edit or swap from ``word`` at most, as ``process.extract`` gives
    them, found through a neighbour table (:func:`~icc_ref.aliasindex.neighbour_tables`) of
    ``word``'s language and first letter. The table holds every such word, so when this finds
    none, a scan of the pool would find none within one edit either."""
    found = {v for k in (word, *deletions(word)) for v in table.get(k, ())}
    return _within(word, list(found), 1) if found else []


def _within(word: str, words: list[str], limit: int) -> list[tuple[str, int, int]]:
    """The words of ``words`` at most ``limit`` edits or swaps from ``word``, with their distances."""
    return process.extract(word, words, scorer=OSA.distance, score_cutoff=limit, limit=None)


def _pool(index: Index, lang: str, first: str, size: int, limit: int) -> list[str]:
    """The alias words a word of ``size`` letters starting with ``first`` may be a typo of,
    gathered once per (language, letter, size) and kept on the index."""
    key = (lang, first, size)
    pool = index.pools.get(key)
    if pool is None:
        vocab = index.vocab
        pool = index.pools[key] = [
            v for n in range(size - limit, size + limit + 1) for v in vocab.get((lang, first, n), ())
        ]
    return pool


def record_number(text: str, start: int, end: int) -> bool:
    """True when the acronym at ``start:end`` opens a case or filing number of the Court's
    records ("ICC-01/09-01/11-1234-Conf") or is a part of a code ("ICC-CPI-GR-0417", a press
    release's): an identifier, not a mention of the Court."""
    hyphen_after = text.startswith("-", end)
    if not hyphen_after and not text.endswith("-", 0, start):
        return False  # the usual case
    if hyphen_after and text[end + 1 : end + 2].isdigit():
        return True  # "ICC-01/09-01/11"
    before = _A_CODE_BEFORE.search(text, max(0, start - 40), start)
    after = _A_CODE_AFTER.match(text, end)
    hyphens = (before.group().count("-") if before else 0) + (after.group().count("-") if after else 0)
    return hyphens >= 2


# the parts of a code around an acronym: "ICC-" before "CPI", "-GR-0417" after it
_A_CODE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z0-9]+-)+$")
_A_CODE_AFTER = re.compile(r"(?:-[A-Z0-9]+)+(?![\w-])")


def _typos(
    text: str, w: Scan, index: Index, lang_at: LangAt, present: Sequence[str], distinct: set[str]
) -> Iterable[Candidate]:
    """Exact matching again, over the words as corrected; only windows holding a correction.
    ``distinct`` is the set of ``w.keys``."""
    keys = w.keys
    alias_words, known = index.alias_words, index.known
    for lg in present:
        fixable = _fixable(distinct, lg, index)
        if not fixable:
            continue
        # A real word can only complete a phrase, so it needs an alias word beside it.
        where = [
            i
            for i in _where(keys, fixable)
            if (
                keys[i] not in known
                or (i and keys[i - 1] in alias_words)
                or (i + 1 < len(keys) and keys[i + 1] in alias_words)
            )
            and lang_at(w.starts[i]) in (lg, None)
        ]
        yield from _typo_windows(text, w, index, lg, where)  # type: ignore[arg-type]


def _fixable(words: set[str], lang: str, index: Index) -> set[str]:
    """The words of ``words`` that are not alias words but have a correction in ``lang``;
    each word is judged once per index: one set difference (in C) leaves the new ones."""
    fixable = index.fixable.setdefault(lang, set())
    judged = index.judged.get(lang)
    if judged is not None and (len(index.corrections) > MAX_CACHED or len(judged) > 2 * MAX_CACHED):
        index.corrections.clear()  # a long corpus run: start the word caches afresh
        fixable.clear()
        judged = None
    if judged is None:
        judged = index.judged[lang] = set(index.alias_words)  # alias words are exact already
    for k in words.difference(judged):
        if len(k) >= MIN_TYPO_LEN and correct_word(k, lang, index):
            fixable.add(k)
        judged.add(k)
    return words.intersection(fixable)


def _typo_windows(text: str, w: Scan, index: Index, lg: Language, where: list[int]) -> Iterable[Candidate]:
    keys = w.keys
    fixes = {i: c for i in where if (c := correct_word(keys[i], lg, index)) is not None}
    if not fixes:
        return
    fixed = list(keys)
    for i, (word, _) in fixes.items():
        fixed[i] = word
    lengths, depth = index.lengths, index.depth
    windows = {
        (i, n)
        for j in fixes
        for i in range(max(0, j - depth.get(fixed[j], 0)), j + 1)
        for n in lengths.get(fixed[i], ())
        if j < i + n <= len(keys)
    }
    for i, n in sorted(windows):
        entries = index.exact.get(tuple(fixed[i : i + n]))
        if not entries or not w.same_sentence(i, i + n - 1):
            continue
        changed = [k for k in range(i, i + n) if k in fixes]
        if any(keys[k] in index.known for k in changed) and (
            len(changed) > 1 or all(keys[k] in STOPWORDS for k in range(i, i + n) if k not in fixes)
        ):
            # a real word is corrected only to complete an otherwise exact phrase, and a phrase
            # needs a content word as written: "Rome Statue", not "the count" (the Court)
            continue
        if n == 1 and len(keys[i]) < MIN_LONE_TYPO_LEN:
            continue  # a short word alone is too often another real word ("dressed": dress, not duress)
        if n > 1 and _CLAUSE_BREAK.search(text, w.ends[i], w.starts[i + n - 1]):
            continue  # "The Hague, counts": two clauses, not a misspelt phrase
        if _bound(text, w, i):
            continue
        score = sum(fixes[k][1] if k in fixes else 100.0 for k in range(i, i + n)) / n
        for entry in entries:
            if entry.lang == lg and not entry.exact_only:
                yield _candidate(w, i, n, entry, score, "fuzzy", index)


def _bags(text: str, w: Scan, index: Index, present: set[str], starters: list[int]) -> Iterable[Candidate]:
    """Multi-word aliases written in another order or with words inserted; ``present`` is the
    set of ``w.keys``, ``starters`` the positions of ``index.starters``."""
    keys = w.keys
    total = len(keys)
    viable: dict[str, list[Entry]] = {}
    by_anchor, needs = index.by_anchor, index.anchor_needs
    has_all = present.issuperset
    for anchor in filter(by_anchor.__contains__, present):  # not set & dict: that copies the dict
        entries = by_anchor[anchor]
        if len(entries) == 1:  # most anchors: no list to filter
            if has_all(needs[anchor][0]):
                viable[anchor] = entries
            continue
        entries = list(compress(entries, map(has_all, needs[anchor])))
        if entries:
            viable[anchor] = entries
    # Every bag alias has two content words or more: a phrase, so it may fire in any language.
    for i in starters:
        if keys[i] not in viable:
            continue
        for entry in viable[keys[i]]:
            start = i - entry.keys.index(keys[i])
            if tuple(keys[start : start + len(entry.keys)]) == entry.keys:
                continue  # written exactly: the exact pass has it
            width = len(entry.keys) + MAX_EXTRA
            lo, hi = i - width + 1, i + width
            if lo < 0:
                lo = 0
            if hi > total:
                hi = total
            if not entry.content.issubset(keys[lo:hi]):
                continue
            span = _cover(w, i, lo, hi, entry.content)
            if span is None:
                continue
            a, b = span
            if text.startswith(("'", "\u2019"), w.ends[b]) and text[w.ends[b] - 1 : w.ends[b]] in "sS":
                continue  # "a lawyer for a victims' association": the last word qualifies the next
            if _CLAUSE_BREAK.search(text, w.ends[a], w.starts[b]):
                continue  # "genocidio, los crímenes": a list, not one phrase
            if _A_QUOTE.search(text, w.ends[a], w.starts[b]):
                continue  # 'the warrants "will be unsealed when the time is right"': a quotation opens
            found = keys[a : b + 1]
            if tuple(found) in index.exact:
                continue  # the exact pass has it
            if (
                entry.lang == "en"
                and len(found) > 2
                and found[0] == entry.keys[0] == _APPEAL_KEY
                and found[1] == _TO_KEY
                and _PREPOSITIONS_EN.isdisjoint(entry.keys)
            ):
                # "may appeal to the judges" is no "appeals judges": the verb and its object (but
                # "defer to that investigation" is article 18(2)'s deferral)
                continue
            if not NEGATIONS.isdisjoint(found) and (
                _negation_moved(entry.keys, found)
                or (entry.lang in ("es", "fr") and _negated_verb(entry.keys, found))
            ):
                continue  # ... "la denuncia no obstará a la cooperación": the verb is negated, not the noun
            if (entry.lang in ("ar", "fr", "es") or not _GENITIVES.isdisjoint(found)) and _genitive_turned(
                entry, found
            ):
                continue  # ... and "sécurité et apporter conseil" is no "Conseil de sécurité"
            if entry.lang in ("es", "fr") and _genitive_dropped(entry, found):
                continue
            if not _POSSESSIVES.isdisjoint(found) and _a_new_owner(found):
                continue  # "Valdoria told the ICC that its prosecutors ...": its own, no "ICC Prosecutor"
            if not _SUBORDINATORS.isdisjoint(found) and _SUBORDINATORS.isdisjoint(entry.keys):
                continue  # "examine the witness when the testimony was recorded": two clauses
            if sum(k in _COORDINATORS for k in found) > 1 and _COORDINATORS.isdisjoint(entry.keys):
                continue  # "رئيساً لدولة أو حكومة أو عضواً": a list of three, not one "دولة عضو"
            if (
                not _AND.isdisjoint(found[1:-1])
                and _AND.isdisjoint(entry.keys)
                # (but "sus salas de apelación y sus propias sentencias": their own, another thing)
                and (_POSSESSIVES.isdisjoint(found) or not _OWN.isdisjoint(found))
                and _GENITIVES.isdisjoint(found)
                and _OF_IN_AN_ALIAS.search(entry.text)
            ):
                # "un mandat d'arrêt et appel à la coopération": two things joined, no "arrêt
                # d'appel" (but "the filings and their classification" is theirs)
                continue
            if (
                found[0] != entry.keys[0]
                and entry.text.endswith("ing", 0, entry.text.find(" "))
                and not _BE.isdisjoint(found)
            ):
                continue  # "Can a Head of State be arrested?" is no "arresting State" turned round
            if found[0] != entry.keys[0] and entry.lang == "en" and _a_new_noun_phrase(entry, found):
                continue  # "how can a court arrest a president" is no "President of the Court" turned round
            if found[0] != entry.keys[0] and _a_second_item(entry, found, index):
                continue  # "ارتكاب الجريمة أو الشروع فيها" (commission or attempt): two things, turned round
            if (
                entry.lang == "en"
                and found[0] != entry.keys[0]
                and len(entry.keys) == 2
                and found[-1] == entry.keys[0]
                and entry.keys[0] in _AN_ADJECTIVE_FIRST
                and text[w.starts[b] : w.ends[b]].lower().endswith("ed")
                and not entry.text.lower().startswith(text[w.starts[b] : w.ends[b]].lower())
            ):
                continue  # "Since the Court opened its case" is a clause, no "open court" turned round
            if entry.keys[0] in _AUXILIARIES and found[0] != entry.keys[0]:
                continue  # "L'arrêt sera rendu" (the judgment will be) is no "sera arrêté" turned round
            if entry.lang in ("en", "fr") and _THE_OTHER_WAY.get(entry.lang, ("", ""))[0] in entry.keys:
                by, to = _THE_OTHER_WAY[entry.lang]
                if by not in found and to in found:
                    continue  # "the judges referred the matter to the Council": not "referred by the Council"
            if "from" in found and "to" in entry.keys and "to" not in found:
                continue  # "transfer from The Hague" goes the other way from "transferred to The Hague"
            others = sum(
                1 for k in found if k not in STOPWORDS and k not in entry.content and not _numeral(k)
            )
            if others > 1:
                continue  # function words, and at most one other word, may sit in between
            if (
                others
                and entry.lang == "ar"
                and _AR_PREPOSITIONS.isdisjoint(entry.keys)
                and not (_AR_PREPOSITIONS.isdisjoint(found))
            ):
                continue  # "تواجه الدولة عقبة في التنفيذ": a word and "في" break the construct "دولة التنفيذ"
            if others and _a_name(text, w, a, b):
                continue  # "Counsel for International Defence": a name in capitals, not defence counsel
            if _bound(text, w, a):
                continue
            if "-" in text[w.starts[a] - 1 : w.ends[b]] and any(
                text[w.starts[k] - 1] == "-" and keys[k - 1] in _MEASURE_HEADS
                for k in range(a, b + 1)
                if k and keys[k] in entry.content
            ):
                continue  # "serving full-time": "time" is the end of another word, not "serving time"
            extra = len(found) - len(entry.keys)
            score = fuzz.token_set_ratio(" ".join(entry.keys), " ".join(found)) - 3 * max(extra, 0)
            yield _candidate(w, a, b - a + 1, entry, score, "fuzzy", index, loose=others > 0)


# Auxiliary verbs: an alias that opens with one ("sera arrêté", "was arrested") is a verb phrase,
# whose words do not come in another order
_AUXILIARIES: frozenset[str] = frozenset(
    keys("sera serait est était été fut fue fueron será sido was were been being will would يتم تم")
)
# The first halves of "full-time", "part-time", "long-term", "one-sentence": the word after the
# hyphen is another word's end, never an alias's word (unlike "court-ordered reparations")
_MEASURE_HEADS: frozenset[str] = frozenset(keys("full part half first long short over one two three"))


def _a_name(text: str, w: Scan, a: int, b: int) -> bool:
    """True when every word of ``a .. b`` but the function words opens with a capital: the
    words of a name, which keeps its words in their order."""
    return all(text[w.starts[k]].isupper() for k in range(a, b + 1) if w.keys[k] not in STOPWORDS)


def _bound(text: str, w: Scan, i: int) -> bool:
    """True when word ``i`` is the second half of a hyphenated word with a prefix of
    :data:`BOUND_PREFIXES` ("pre-trial"): a match may not start there."""
    return i > 0 and w.keys[i - 1] in BOUND_PREFIXES and text[w.starts[i] - 1] == "-"


# Number words: "elected six new judges" holds "elected new judges" with a count put in.
NUMERALS: frozenset[str] = frozenset(
    keys(
        "two three four five six seven eight nine ten eleven twelve deux trois quatre cinq sept huit "
        "neuf dix onze douze dos tres cuatro cinco seis siete ocho nueve diez once doce "
        "اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية تسعة عشرة"
    )
)


def _numeral(key: str) -> bool:
    return key.isdigit() or key in NUMERALS


_GENITIVES: frozenset[str] = frozenset(keys("of de del du des d di من"))


def _a_new_owner(found: list[str]) -> bool:
    """True when a possessive right after the Court's name in ``found`` (or after "that" after
    it) starts a noun phrase of another owner: "told the ICC its prosecutors", "told the ICC
    that its prosecutors" (not "the ICC and its prosecutors", the Court's own)."""
    for n in range(1, len(found) - 1):
        if found[n] in _POSSESSIVES:
            before = found[n - 2] if found[n - 1] in _THAT and n > 1 else found[n - 1]
            if before in _THE_COURTS_NAMES:
                return True
    return False


_THAT: frozenset[str] = frozenset(keys("that que qu"))
_THE_COURTS_NAMES: frozenset[str] = frozenset(keys("ICC CPI court cour corte"))


def _a_second_item(entry: Entry, found: list[str], index: Index) -> bool:
    """True when ``found`` has "or" (that the alias has not) right before the alias's first
    word, and what comes before the "or" is an item of its own: "ارتكاب الجريمة أو الشروع" (the
    commission or the attempt) is no "الشروع في ارتكاب الجريمة" turned round, "the Prosecutor or
    Deputy" no "Deputy Prosecutor"; but "confirm or decline", article 61(7)'s two options, is
    "decline to confirm" ("confirm" is no term alone)."""
    if not _COORDINATORS.isdisjoint(entry.keys):
        return False
    for j, k in enumerate(found[:-1]):
        if k in _COORDINATORS and found[j + 1] == entry.keys[0]:
            return entry.lang == "ar" or tuple(found[:j]) in index.exact
    return False


def _a_new_noun_phrase(entry: Entry, found: list[str]) -> bool:
    """True when ``found`` (the alias turned round) has an article before one of the alias's
    words where the alias has none, not after "of": an indefinite one always ("how can a court
    arrest a president" is no "President of the Court"; "testimony of a witness" is "witness
    testimony"), "the" when the alias is a genitive and no preposition is before it ("gives
    the defence the right" is no "rights of the defence"; "hearing the appeals" is an "appeals
    hearing", "warrant for the arrest" a "warrant of arrest"). (Written in the alias's order,
    an article inside is usual: "a State that is not a Party", "threatens a witness".)"""
    genitive = not _GENITIVES.isdisjoint(entry.keys)
    for j in range(1, len(found) - 1):
        article = found[j]
        if article not in _ARTICLES_EN or found[j - 1] in _GENITIVES:
            continue
        if article != "the" and found[j - 1] in _PREPOSITIONS_EN and found[j - 1] != _TO_KEY:
            continue  # ("release on a conditional basis", "request for an arrest"; not "to a prison")
        if article == "the" and (not genitive or found[j - 1] in _PREPOSITIONS_EN):
            continue  # ("warrant for the arrest" is "warrant of arrest"; but "sentenced person to a prison")
        word = found[j + 1]
        if word in entry.content:
            at = entry.keys.index(word)
            if at == 0 or entry.keys[at - 1] not in _ARTICLES_EN:
                return True
    return False


def _genitive_turned(entry: Entry, found: list[str]) -> bool:
    """True when ``found`` holds the alias's "A of B" as "B of A": "la corte del presidente"
    (the president's court) is not "Presidente de la Corte", though "the warrant of arrest" is
    "the arrest warrant"; nor is "وزير الدفاع الحالي الفريق" (the defence minister, General ...)
    "فريق الدفاع" (the defence team)."""
    if entry.lang != "ar" and _GENITIVES.isdisjoint(entry.keys):
        return False  # an Arabic noun phrase (idafa) has a fixed order with or without a particle
    mine, theirs = _content_words(entry, found)
    return len(mine) >= 2 and theirs == mine[::-1]


def _content_words(entry: Entry, found: list[str]) -> tuple[list[str], list[str]]:
    """The alias's content words in its order, and in the order ``found`` writes them."""
    return [k for k in entry.keys if k in entry.content], [k for k in found if k in entry.content]


_ARTICLES: frozenset[str] = frozenset(keys("el la los las le les l"))
# Words that open a clause of their own: a phrase does not run across one
_SUBORDINATORS: frozenset[str] = frozenset(
    keys("when while whereas because although though unless until cuando mientras porque quand lorsque")
)


# Words that join the items of a list: a match holding two of them runs across a list
_COORDINATORS: frozenset[str] = frozenset(keys("or ou o u أو"))
# "and" in the other languages too, the possessives that make a noun after it a genitive,
# and an alias's genitive ("arrêt d'appel", "classification of filings")
_AND: frozenset[str] = frozenset(keys("and et y e"))
_POSSESSIVES: frozenset[str] = frozenset(keys("their its his her su sus leur leurs son sa ses"))
_OF_IN_AN_ALIAS = re.compile(r"(?i)\b(?:of|de|du|des|del)\b|\bd['\u2019]")
# Arabic prepositions: an alias without one is a construct ("دولة التنفيذ"), which none breaks
_AR_PREPOSITIONS: frozenset[str] = frozenset(keys("في على من إلى عن مع"))
# "be" and its forms: a clause in the passive, which an "-ing" alias turned round is not
_BE: frozenset[str] = frozenset(keys("be is are was were been being"))
# an alias's agent and the word that sends the other way: "referred by the Council", "... to the Council"
_THE_OTHER_WAY: dict[str, tuple[str, str]] = {
    lang: (keys(by)[0], keys(to)[0]) for lang, by, to in (("en", "by", "to"), ("fr", "par", "à"))
}
_OWN: frozenset[str] = frozenset(keys("own propia propias propio propios propre propres"))
_ARTICLES_EN: frozenset[str] = frozenset(keys("a an the"))
_TO_KEY = keys("to")[0]
_APPEAL_KEY = keys("appeal")[0]
_AN_ADJECTIVE_FIRST: frozenset[str] = frozenset(keys("open closed public secret"))  # "open court"
_PREPOSITIONS_EN: frozenset[str] = frozenset(
    keys("of for to in on at by with from into onto over under against about as after before between")
)


def _genitive_dropped(entry: Entry, found: list[str]) -> bool:
    """True when ``found`` puts a bare article where the alias's genitive is: "pedir la
    recusación el Fiscal" (the Prosecutor asks) is no "recusación del Fiscal"."""
    if _GENITIVES.isdisjoint(entry.keys) or not _GENITIVES.isdisjoint(found):
        return False
    mine, theirs = _content_words(entry, found)
    if theirs != mine:
        return False
    first = found.index(mine[0])
    between = found[first + 1 : found.index(mine[1], first + 1)] if len(mine) > 1 else []
    return bool(between) and all(k in _ARTICLES for k in between)


def _negation_moved(alias: tuple[str, ...], found: list[str]) -> bool:
    """True when ``found`` holds a negation that the alias lacks, or puts one of the alias's
    after the word it negates there ("دول أطراف، غير" is not "دولة غير طرف"); words put in
    after it are allowed ("not yet a member", "never formally ratified")."""
    for j, k in enumerate(found):
        if k in NEGATIONS:
            if k not in alias:
                return True
            a = alias.index(k)
            if a + 1 < len(alias) and alias[a + 1] not in found[j + 1 :]:
                return True
    return False


_TO = frozenset(keys("a al à au aux"))


def _negated_verb(alias: tuple[str, ...], found: list[str]) -> bool:
    """True when the alias's negation is followed in ``found`` by a word and then "a"/"à"
    before the word the alias negates: a verb put in, with the alias's noun its object ("no
    obstará a la cooperación" is no "no cooperación")."""
    for j, k in enumerate(found):
        if k in NEGATIONS and k in alias:
            a = alias.index(k)
            if a + 1 < len(alias) and alias[a + 1] in found[j + 1 :]:
                between = found[j + 1 : found.index(alias[a + 1], j + 1)]
                if len(between) > 1 and not _TO.isdisjoint(between[1:]):
                    return True
    return False


def _cover(w: Scan, anchor: int, lo: int, hi: int, need: frozenset[str]) -> tuple[int, int] | None:
    """The shortest run of words in ``[lo, hi)``, in the anchor's sentence, holding ``need``."""
    keys, starts, breaks = w.keys, w.starts, w.breaks
    s = bisect_left(breaks, starts[anchor])  # the anchor's sentence ends at breaks[s]
    if s < len(breaks):
        hi = bisect_right(starts, breaks[s], anchor, hi)
    if s:
        lo = bisect_right(starts, breaks[s - 1], lo, anchor)
    best: tuple[int, int] | None = None
    for a in range(lo, hi):
        if keys[a] not in need:
            continue
        seen: set[str] = set()
        for b in range(a, hi):
            if keys[b] in need:
                seen.add(keys[b])
            if seen == need:
                if best is None or b - a < best[1] - best[0]:
                    best = (a, b)
                break
    return best


_FIRST_ARTICLE = re.compile(r"(?:article|artículo) (?:premier|primero)\b", re.IGNORECASE)


def _number_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around its numbers (every citation has one), merged where they
    touch, each starting on a word."""
    digits = _ASCII_DIGITS if text.isascii() else _ALL_DIGITS
    # str.find is far faster than a character class tried at every position: start at the first
    # digit, and stop at once for the many texts with none
    first = min(filter((0).__le__, map(text.find, digits)), default=-1)
    # ... and the first article, named in words: "l'article premier", "el artículo primero"
    named = any(map(text.__contains__, ("remier", "rimero", "REMIER", "RIMERO")))  # a quick look first
    spots = [(m.start(), m.end()) for m in _FIRST_ARTICLE.finditer(text)] if named else []
    if first < 0 and not spots:
        return []
    if first >= 0:
        spots.extend((m.start(), m.end()) for m in _DIGITS.finditer(text, first))
        spots.sort()
    windows = _merged((max(0, start - _BEFORE), end + _AFTER) for start, end in spots)
    return [(max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo)) + 1 if lo else 0, hi) for lo, hi in windows]


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sorted by start) with those that touch or overlap joined."""
    out: list[list[int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _citations_near_numbers(
    text: str, windows: list[tuple[int, int]] | None = None
) -> Iterable[tuple[int, int, Citation, bool]]:
    """find_citations_of_the_treaty over the stretches of text around numbers only
    (:func:`_number_windows`); much cheaper than the full pattern over a whole text."""
    for lo, hi in _number_windows(text) if windows is None else windows:
        for start, end, cit, bare in find_all_citations(text[lo:hi]):
            if possessed_by_another_law(text, start + lo):
                continue  # (the law it is of may be named before the window)
            yield start + lo, end + lo, cit, bare


def _citations(text: str, kb: KnowledgeBase) -> Iterable[Candidate]:
    """Citations; "article 127 of the treaty" needs the context of a text about the ICC. A
    range ("rules 173 to 175", "articles 6 a 8 bis") is one mention of every provision in it
    that the base records."""
    windows = _number_windows(text)
    found = list(_citations_near_numbers(text, windows))
    partly = recorded_in_part(kb)
    named = _Named(text)
    k = 0
    while k < len(found):
        start, end, cit, bare = found[k]
        k += 1
        if k < len(found):
            start2, end2, last, bare2 = found[k]
            ranged = is_range(text[end:start2])
            provisions = _range(kb, cit, last) if ranged else ()
            missing = _unrecorded_range(kb, cit, last) if ranged and cit.instrument in partly else ()
            if missing and named(found, k - 1):
                # "normes 67 à 72 du Règlement de la Cour": one listing of those the base lacks
                yield Candidate(start, end2, None, missing, 100.0, "unrecorded", None, bare or bare2, None)
            if provisions or missing:
                k += 1
                if provisions:
                    yield Candidate(
                        start, end2, None, provisions, 100.0, "citation", None, bare or bare2, None
                    )
                continue
        resolved = kb.closest(str(cit))
        if resolved is None:
            if cit.instrument in partly and named(found, k - 1):
                yield Candidate(start, end, None, (str(cit),), 100.0, "unrecorded", None, bare, None)
            continue
        yield Candidate(start, end, None, (resolved,), 100.0, "citation", None, bare, None)
    if found:
        yield from _back_references(text, kb, found, windows)


# The name of an instrument of the Court, in a citation's own words: "regulation 54 of the
# Regulations of the Court", "la norma 54 del Reglamento de la Corte", "المادة 140 من نظام روما"
_INSTRUMENT_NAMED = re.compile(
    r"Statute|Rules|Regulations|Statut|Règlement|Estatuto|Reglas|Reglamento|النظام|نظام|القواعد|لائحة"
)


@lru_cache(maxsize=8)
def recorded_in_part(kb: KnowledgeBase) -> frozenset[str]:
    """The instruments of which ``kb`` records some provisions only (the Regulations of the
    Court): a citation of another of their provisions is real but unrecorded. In an instrument
    recorded in full (every number from 1 to its last), a number it lacks is no provision."""
    numbers: dict[str, set[int]] = {}
    for p in kb.provisions.values():
        digits = re.match(r"\d+", p.number)
        if digits:
            numbers.setdefault(p.instrument, set()).add(int(digits.group()))
    return frozenset(i for i, n in numbers.items() if n != set(range(1, max(n) + 1)))


# The Regulations of the Court by name: a text that has named them may cite "regulation 54" or
# "la norme 69" alone
_REGULATIONS_NAMED = re.compile(
    r"Regulations of the Court|Règlement de la Cour|Reglamento de la Corte|لائحة المحكمة", re.IGNORECASE
)


class _Named:
    """Whether a citation of ``found`` names its instrument: in its own words, through the
    next item of its list ("les normes 80 et 81 du Règlement de la Cour"), or, for the
    Regulations, by a text that named them before it. The text is searched once, if asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.regulations_at: int | None = None

    def __call__(self, found: list[tuple[int, int, Citation, bool]], k: int) -> bool:
        text = self.text
        start, end, cit, _ = found[k]
        if _INSTRUMENT_NAMED.search(text, start, end):
            return True
        if k + 1 < len(found):
            start2, end2, nxt, _ = found[k + 1]
            if (
                nxt.instrument == cit.instrument
                and start2 - end <= 8
                and _INSTRUMENT_NAMED.search(text, start2, end2) is not None
            ):
                return True
        if cit.instrument != "RoC":
            return False
        if self.regulations_at is None:
            first = _REGULATIONS_NAMED.search(text)
            self.regulations_at = first.start() if first else len(text)
        return self.regulations_at < start


def _unrecorded_range(kb: KnowledgeBase, first: Citation, last: Citation) -> tuple[str, ...]:
    """The provisions from ``first`` to ``last`` (whole numbers, one instrument, at most
    MAX_RANGE) that the base does not record, as citations."""
    if first.instrument != last.instrument or first.pinpoint or last.pinpoint:
        return ()
    if not (first.number.isdigit() and last.number.isdigit()):
        return ()
    lo, hi = int(first.number), int(last.number)
    if not lo < hi or hi - lo > MAX_RANGE:
        return ()
    return tuple(cite for n in range(lo, hi + 1) if (cite := f"{first.instrument} {n}") not in kb.provisions)


BACK_REACH = 1500  # characters a back-reference ("paragraph 1 of that article") may look back
NUMBERED_REACH = 3000  # a number written again alone ("17(1)(a)"), across paragraphs
BARE_REACH = 1500  # ... and a paragraph named alone ("paragraph 5"), within its paragraph of text


Found = tuple[int, int, Citation, bool]  # a citation found: start, end, what it cites, bare
MAX_CITATION = 400  # characters a citation's span may hold, for the look-back over spans taken


class _Cited:
    """The citations found so far in a text, sorted by where they end, so that the one cited
    last before an offset is found by bisection: a text of many citations must not cost the
    square of their number."""

    def __init__(self, found: Iterable[Found]) -> None:
        self.items = sorted(found, key=lambda f: f[1])
        self.ends = [f[1] for f in self.items]

    def add(self, f: Found) -> None:
        i = bisect_right(self.ends, f[1])
        self.ends.insert(i, f[1])
        self.items.insert(i, f)

    def last_before(self, start: int, opening: int) -> Found | None:
        """The citation that ends last at or before ``start`` and starts at or after ``opening``."""
        i = bisect_right(self.ends, start) - 1
        return self.items[i] if i >= 0 and self.items[i][0] >= opening else None

    def last_of(self, instrument: str, start: int, reach: int) -> Found | None:
        """The citation of ``instrument`` that ends last at or before ``start``, at most ``reach``
        characters before it."""
        return self._last(lambda cit: cit.instrument == instrument, start, reach)

    def last_numbered(self, number: str, start: int, reach: int) -> Found | None:
        """The citation numbered ``number`` that ends last at or before ``start``, at most
        ``reach`` characters before it."""
        return self._last(lambda cit: cit.number == number, start, reach)

    def _last(self, wanted: Callable[[Citation], bool], start: int, reach: int) -> Found | None:
        i = bisect_right(self.ends, start) - 1
        while i >= 0 and start - self.ends[i] <= reach:
            if wanted(self.items[i][2]):
                return self.items[i]
            i -= 1
        return None

    def within(self, lo: int, hi: int) -> Iterator[Found]:
        """The citations that start at or after ``lo`` and end at or before ``hi``."""
        for f in self.items[bisect_left(self.ends, lo) : bisect_right(self.ends, hi)]:
            if f[0] >= lo:
                yield f


class _Taken:
    """Spans of text already cited (citations, references), sorted by start; a span overlapping
    one is found by bisection and a look-back of at most :data:`MAX_CITATION` characters."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.starts = [a for a, _ in pairs]
        self.ends = [b for _, b in pairs]

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.starts[i] > start - MAX_CITATION:
            if self.ends[i] > start:
                return True
            i -= 1
        return i >= 0 and self.ends[i] > start


def _back_references(
    text: str, kb: KnowledgeBase, found: list[Found], windows: list[tuple[int, int]]
) -> Iterable[Candidate]:
    """The paragraphs cited by pointing back ("paragraph 1 of that article"), each of the
    provision of its instrument cited last before it, not too far back; looked for around
    the numbers, as citations are, and in the reach of the citations and the paragraph of text
    after it (:func:`_reach_and_next`), where a paragraph may be named by its ordinal:
    "الفقرة الثانية من المادة نفسها"."""
    refs = [
        (start + lo, end + lo, instrument, pins)
        for lo, hi in _merged(sorted(windows + _reach_and_next(text, found)))
        for start, end, instrument, pins in find_back_references(text[lo:hi])
    ]
    cited = _Cited(found)
    cited_here: list[Found] = []  # what this function yields, as found
    for start, end, instrument, pins in refs:
        before = cited.last_of(instrument, start, BACK_REACH)
        if before is None:
            continue
        if (
            owned := _A_POSSESSED_ARTICLE.search(text, before[1], start)
        ) is not None and possessed_by_another_law(text, owned.start("kw")):
            continue  # "Su artículo 112 ... el párrafo 2 de dicho artículo": the Constitution's, not ours
        resolved = kb.closest(str(Citation(instrument, before[2].number, pins)))
        if resolved is not None:
            yield Candidate(start, end, None, (resolved,), 100.0, "citation", None, before[3], None)
            cited_here.append((start, end, parse_citation(resolved), before[3]))
    # a paragraph named alone is of the article or rule its paragraph of text is about (cited
    # most often down to a paragraph before it there, then most often; the nearer of equals), if
    # that provision has such a paragraph: "la fiscal invocó la regla 58; según el párrafo 3,
    # ..."; in "article 31(2) ... article 31(3) ... rule 79(1)(b) requires notice of a ground under
    # paragraph 1" it is article 31's (a judgment's "para. 45" is no such reference)
    taken = _Taken([(f[0], f[1]) for f in found] + [(r[0], r[1]) for r in refs])
    bare_ones = {(f[2].instrument, f[2].number) for f in found if f[3]}
    alone_here: set[tuple[str, str]] = set()  # provisions a paragraph named alone was read as
    for start, end, pins, opening in _named_alone(text, found, find_bare_paragraphs, taken, _reach_and_next):
        # provision -> (times cited down to a paragraph, times cited, last end): a text that
        # cites "الفقرة 1 من المادة 53" and then "المادة 17" goes on about article 53's
        # paragraphs ("أما الفقرة 2")
        rules_only = _A_SUB_RULE.match(text, start) is not None
        counts = _cited_counts(cited, opening, start, rules_only, text)
        if not counts and (lo := _paragraph_before(text, opening, start)) is not None:
            # none cited before it in its paragraph of text: the one before goes on ("... تنطبق
            # الفقرة 6 [of article 90]. ⏎⏎ ... إخطار المحكمة بموجب الفقرة 8"); not in a heading,
            # which is about what comes after it ("## La excepción del párrafo 2")
            counts = _cited_counts(cited, lo, start, rules_only, text)
        if not counts:  # ... and a list of whole articles as a last resort
            counts = _cited_counts(cited, opening, start, rules_only)
        # ... or the next when that one has none, if it was cited down to a paragraph (or had one
        # named alone): in "Article 20 ... (paragraph 1), nor ... a crime referred to in article
        # 5 ... (paragraph 2)" it is article 20's again; "article 16 ... article 98 agreements ...
        # In paragraph 2, the resolution urged" is none of theirs
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        right_after = _A_NUMBER_JUST_BEFORE.search(text, max(0, start - 16), start)
        for n, ((instrument, number), (paras, _, _)) in enumerate(ranked):
            if (
                n
                and not paras
                and (instrument, number) not in alone_here
                and (right_after is None or canonical_number(right_after.group(1)) != number)
            ):
                continue  # (but "... y el 15 bis, párrafo 9": the number written right before it)
            cit = Citation(instrument, number, pins)
            if kb.resolve(str(cit)) is not None:
                bare = (instrument, number) in bare_ones
                yield Candidate(start, end, None, (str(cit),), 100.0, "citation", None, bare, None)
                taken.add(start, end)
                cited_here.append((start, end, cit, bare))
                alone_here.add((instrument, number))
                break
    for f in cited_here:
        cited.add(f)
    # the three kinds below read what was cited before them, the first two adding what they find
    yield from _bare_subparagraphs(text, kb, cited, taken)
    yield from _bare_numbered(text, kb, cited, taken)
    yield from _same_paragraphs(text, kb, cited, taken)


_A_NUMBER_JUST_BEFORE = re.compile(r"\b(\d+(?:[ \u00a0]?(?:bis|ter|quater))?),[ \u00a0]*$")


# a paragraph named alone that can only be a rule's: "subregla 3", "sub-rule 2", "sous-règle 1"
_A_SUB_RULE = re.compile(
    r"(?:sub-?rules?|subreglas?|sous-règles?|(?:[وفب]?ال|لل)قاعدة الفرعية)", re.IGNORECASE
)


def _cited_counts(
    cited: _Cited, lo: int, hi: int, rules_only: bool = False, text: str | None = None
) -> dict[tuple[str, str], tuple[int, int, int]]:
    """The articles and rules (``rules_only``: the rules) cited between ``lo`` and ``hi``:
    provision -> (times cited down to a paragraph, times cited, last end); with ``text``, not
    the whole articles named in a list ("determined under article 18 or 19 ... after our
    notification under paragraph 1" is of the article 90 cited before: :func:`_listed`)."""
    counts: dict[tuple[str, str], tuple[int, int, int]] = {}
    found = list(cited.within(lo, hi))
    listed = _listed(text, found) if text is not None else set()
    for f in found:
        if not f[2].pinpoint and id(f) in listed and not _RIGHT_BEFORE.fullmatch(text or "", f[1], hi):
            continue  # (but "articles 15, 18, 19, 54, paragraphe 2": the one written right before it)
        if f[2].instrument == "RPE" or (f[2].instrument == "RS" and not rules_only):
            key = (f[2].instrument, f[2].number)
            paras, times, _ = counts.get(key, (0, 0, 0))
            pinned = f[2].pinpoint[:1] != () and f[2].pinpoint[0][:1].isdigit()
            counts[key] = (paras + pinned, times + 1, f[1])
    return counts


def _named_alone(
    text: str,
    found: Iterable[Found],
    finder: Callable[[str], Iterable[tuple[int, int, tuple[str, ...]]]],
    taken: _Taken,
    reach: Callable[[str, Iterable[Found]], list[tuple[int, int]]] | None = None,
) -> Iterator[tuple[int, int, tuple[str, ...], int]]:
    """What ``finder`` finds in the reach of the citations ``found`` (:func:`_reach_of`, or
    ``reach``), with offsets into ``text``, outside the spans ``taken`` (read as they grow:
    the caller adds what it keeps), and where its paragraph of text opens, at most BARE_REACH
    before it."""
    for lo, hi in (reach or _reach_of)(text, found):
        for start, end, labels in finder(text[lo:hi]):
            start, end = start + lo, end + lo
            if taken.overlaps(start, end):
                continue  # part of a citation, or a back-reference
            yield start, end, labels, max(text.rfind("\n\n", 0, start), start - BARE_REACH)


def _article_or_rule(f: Found | None) -> Found | None:
    """``f`` if it cites an article or a rule (the levels the base records), else None."""
    return f if f is not None and f[2].instrument in ("RS", "RPE") else None


def _bare_subparagraphs(text: str, kb: KnowledgeBase, cited: _Cited, taken: _Taken) -> Iterable[Candidate]:
    """A sub-paragraph named alone ("subparagraph (c)", "el apartado e)", "البند (أ)") is one of
    the article or rule cited just before it in its paragraph of text that has it, at the
    deepest level that has it (:func:`_resolved_below`; the paragraph of text before, when its
    own cites none: :func:`_articles_and_rules_before`), or the next item of a list named alone
    before it (:func:`_follows`): after "article 93(1)(k)", "subparagraph (i)" is 93(1)(i); after
    "article 97", "subparagraph (c)" is 97(c); after "25(3)(d)", "inciso ii)" is 25(3)(d)(ii)."""
    sibling: Found | None = None  # the last one named alone so
    for start, end, labels, opening in _named_alone(
        text, list(cited.items), find_bare_subparagraphs, taken, _reach_and_next
    ):
        before = _articles_and_rules_before(text, cited, opening, start)
        if (
            sibling is not None
            and sibling[0] >= opening
            and _follows(sibling[2].pinpoint, labels)
            and not (before and before[0] is not sibling and _has_below(kb, before[0][2], labels))
        ):
            # "(sub-paragraph (i)), ... under article 8(2)(e)(xii) (sub-paragraph (ii))": the
            # next item of the same list, not one cut from the citation between them (but
            # "article 7(1) ... subparagraph (a) ... article 25(3); subparagraph (b)" is 25(3)'s)
            _, _, last, bare = sibling
            cit = Citation(last.instrument, last.number, (*last.pinpoint[:-1], *labels))
            if kb.resolve(str(cit)) is not None:
                yield Candidate(start, end, None, (str(cit),), 100.0, "citation", None, bare, None)
                taken.add(start, end)
                sibling = (start, end, cit, bare)
                cited.add(sibling)
                continue
        found = _resolved_below(kb, before, labels)
        if found is not None:
            cit, bare = found
            yield Candidate(start, end, None, (str(cit),), 100.0, "citation", None, bare, None)
            taken.add(start, end)
            sibling = (start, end, cit, bare)
            cited.add(sibling)  # "el apartado d), inciso ii)": d)'s (ii)


def _articles_and_rules_before(text: str, cited: _Cited, opening: int, start: int) -> list[Found]:
    """The citations in the paragraph of text opening at ``opening`` before ``start``, the last
    first, as far back as they cite articles and rules (a regulation cited last is of another
    instrument: none); if it cites none there, those of the paragraph before
    (:func:`_paragraph_before`)."""
    found = list(cited.within(opening, start))
    if not found and (lo := _paragraph_before(text, opening, start)) is not None:
        found = list(cited.within(lo, start))
    out = []
    for f in reversed(found):
        if f[2].instrument not in ("RS", "RPE"):
            break
        out.append(f)
    # whole articles named in a list ("conduct proscribed under article 6, 7, 8 or 8 bis") are
    # passed over for one cited alone: after "Article 20(3) ... article 6, 7, 8 or 8 bis",
    # "sub-paragraph (b)" is 20(3)(b), not 6(b)
    listed = _listed(text, found)
    alone = [f for f in out if f[2].pinpoint or id(f) not in listed]
    return alone or out


_A_POSSESSED_ARTICLE = re.compile(
    r"\b(?:su|sus|its|son|sa|ses|leur|their)\s+(?P<kw>artículo|article|art\.)", re.IGNORECASE
)
_RIGHT_BEFORE = re.compile(r"\s*,?\s*")
_LIST_GAP = re.compile(
    r"\s*(?:,|،|\band\b|\bor\b|\bet\b|\bou\b|\by\b|\bo\b|و)\s*(?:(?:and|or|et|ou|y|o)\s+)?\Z"
)


def _listed(text: str, found: list[Found]) -> set[int]:
    """The ids of the citations of ``found`` (in the order of the text) that are items of a list
    inside a clause, after a preposition: "conduct proscribed under article 6, 7, 8 or 8 bis",
    "determined under article 18 or 19" (not "Articles 59 and 60 deal with ...: under paragraph
    2", a list that is what its sentence is about)."""
    out: set[int] = set()
    run: list[Found] = []
    for f, g in zip(found, found[1:], strict=False):
        if 0 <= g[0] - f[1] <= 6 and _LIST_GAP.match(text, f[1], g[0]):
            if not run:
                run = [f]
            run.append(g)
            continue
        if run and _IN_A_CLAUSE.search(text, max(0, run[0][0] - 24), run[0][0]):
            out.update(map(id, run))
        run = []
    if run and _IN_A_CLAUSE.search(text, max(0, run[0][0] - 24), run[0][0]):
        out.update(map(id, run))
    return out


_IN_A_CLAUSE = re.compile(
    r"\b(?:under|in|of|by|from|to|en vertu des?|au titre des?|selon|según|conforme a|con arreglo a|de|du"
    r"|des|del|بموجب|وفق|في)\s+(?:the\s+|les\s+|los\s+|l['’])?\Z",
    re.IGNORECASE,
)


def _paragraph_before(text: str, opening: int, start: int) -> int | None:
    """Where the paragraph of text before the one opening at ``opening`` opens (at most
    BARE_REACH back), for what is named at ``start`` when its own cites nothing before it; None
    at the text's start or in a heading, which is about what follows it."""
    if opening <= 0 or text[opening:start].lstrip().startswith("#"):
        return None
    end = opening
    while end > 0 and text[end - 1] in "\n \t":  # over the blank lines, however many
        end -= 1
    return max(text.rfind("\n\n", 0, end), opening - BARE_REACH)


def _has_below(kb: KnowledgeBase, cit: Citation, labels: tuple[str, ...]) -> bool:
    """True when ``cit`` has ``labels`` right below its last level: 25(3) has (b)."""
    return kb.resolve(str(Citation(cit.instrument, cit.number, (*cit.pinpoint, *labels)))) is not None


def _resolved_below(
    kb: KnowledgeBase, before: list[Found], labels: tuple[str, ...]
) -> tuple[Citation, bool] | None:
    """The first of ``before`` that has a sub-paragraph ``labels``, at the deepest level that has
    it: after "article 93(1)(k)", "(i)" is 93(1)(i); after "article 97", "(c)" is 97(c); after
    "article 70(1) ... article 69, paragraph 1", "subparagraph (c)" is 70(1)(c)."""
    for _, _, last, bare in before:
        for depth in range(len(last.pinpoint), -1, -1):
            cit = Citation(last.instrument, last.number, (*last.pinpoint[:depth], *labels))
            if kb.resolve(str(cit)) is not None:
                return cit, bare
    return None


_ROMANS = tuple(
    "x" * (n // 10) + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[n % 10]
    for n in range(1, 40)
)  # i to xxxix: the Statute's longest list, article 8(2)(b), runs to (xxvi)


_ROMAN_AT = {r: n for n, r in enumerate(_ROMANS)}


def _follows(pinpoint: tuple[str, ...], labels: tuple[str, ...]) -> bool:
    """True when the one label of ``labels`` is the next item after the last of ``pinpoint``:
    "b" after "a", "ii" after "i"; "i" after "h" too (article 7(1) runs from (a) to (k))."""
    if len(labels) != 1 or not pinpoint:
        return False
    last, label = pinpoint[-1], labels[0]
    if last in _ROMANS and label in _ROMANS:
        return _ROMANS.index(label) == _ROMANS.index(last) + 1
    return len(last) == 1 and len(label) == 1 and last.isalpha() and ord(label) == ord(last) + 1


# a paragraph of something else named between a citation and "the same paragraph": "article
# 58(1) ... In paragraph 45 of its decision ...; in the same paragraph"
_ANOTHER_PARAGRAPH = re.compile(
    rf"(?:\b(?:paragraphs?|paragraphes?|párrafos?|para\.|(?:ال)?فقرة)|§)[ \u00a0]*[{_ALL_DIGITS}]",
    re.IGNORECASE,
)


def _same_paragraphs(text: str, kb: KnowledgeBase, cited: _Cited, taken: _Taken) -> Iterable[Candidate]:
    """ "The same paragraph", "ese mismo párrafo", "الفقرة نفسها": the paragraph of the article or
    rule cited last before it, in its paragraph of text, if that citation names a paragraph
    and no other paragraph is named between them; with a sub-paragraph named first ("le point
    c) du même paragraphe"), the nearest paragraph cited before it that has that item, its
    item (or, when none has it, the paragraph alone, without the words of the item)."""
    for start, end, labels, opening in _named_alone(text, list(cited.items), find_same_paragraphs, taken):
        before = _article_or_rule(cited.last_before(start, opening))
        if labels and (having := _paragraph_with(kb, cited, opening, start, labels)) is not None:
            before = having  # "párrafo 1 del artículo 69; ... el apartado c) del mismo párrafo": 70(1)'s
        elif before is None or not before[2].pinpoint or not before[2].pinpoint[0][:1].isdigit():
            continue  # no paragraph cited ("article 97(c)": a letter)
        elif _ANOTHER_PARAGRAPH.search(text, before[1], start):
            continue
        _, _, last, bare = before
        if (
            labels
            and kb.resolve(str(Citation(last.instrument, last.number, (*last.pinpoint[:1], *labels)))) is None
        ):
            # a sub-paragraph the paragraph has not: "the same paragraph" alone is the citation
            labels = ()
            if (sub := SUB_BEFORE_SAME.match(text, start)) is not None:
                start = sub.end()
        resolved = kb.closest(str(Citation(last.instrument, last.number, (*last.pinpoint[:1], *labels))))
        if resolved is not None:
            yield Candidate(start, end, None, (resolved,), 100.0, "citation", None, bare, None)
            taken.add(start, end)


def _paragraph_with(
    kb: KnowledgeBase, cited: _Cited, opening: int, start: int, labels: tuple[str, ...]
) -> Found | None:
    """The citation nearest before ``start`` in its paragraph of text that names a paragraph
    having the sub-paragraph ``labels``: what "le point c) du même paragraphe" is of."""
    for f in reversed(list(cited.within(opening, start))):
        cit = f[2]
        if cit.instrument not in ("RS", "RPE") or not cit.pinpoint or not cit.pinpoint[0][:1].isdigit():
            continue
        if kb.resolve(str(Citation(cit.instrument, cit.number, (cit.pinpoint[0], *labels)))) is not None:
            return f
    return None


def _numbered_alone(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    return ((start, end, (number, *pins)) for start, end, number, pins in find_bare_numbered(text))


def _numbered_reach(text: str, found: Iterable[Found]) -> list[tuple[int, int]]:
    """The stretches of ``text`` after its citations of articles and rules, up to NUMBERED_REACH
    characters, across paragraphs: where their numbers may be written again alone."""
    return _merged(
        (end, _not_in_a_word(text, min(len(text), end + NUMBERED_REACH)))
        for _, end, cit, _ in found
        if cit.instrument in ("RS", "RPE")
    )


def _not_in_a_word(text: str, hi: int) -> int:
    """``hi``, moved on to the next space if it falls inside a word or a number ("paragraph
    1|5", "17(1)|(a)")."""
    if hi >= len(text):
        return len(text)
    space = _SPACE.search(text, hi)
    return len(text) if space is None else space.start()


def _bare_numbered(text: str, kb: KnowledgeBase, cited: _Cited, taken: _Taken) -> Iterable[Candidate]:
    """A provision's number written with its pinpoint and no keyword ("under rule 68(2)(a) ...;
    under 68(2)(b) ...", "## Article 17 ... (17(1)(a))") is of the instrument of the citation
    with that number cited last before it, at most NUMBERED_REACH characters before (of any
    instrument: after "regulation 35(1)", "35(2)" is none of the Statute's), when that citation
    is an article's or a rule's: a list going on, or a section under its article's heading,
    not any number."""
    found = _named_alone(text, list(cited.items), _numbered_alone, taken, _numbered_reach)
    for start, end, (number, *pins), _ in found:
        before = _article_or_rule(cited.last_numbered(number, start, NUMBERED_REACH))
        if before is None:
            continue
        _, _, last, bare = before
        cit = Citation(last.instrument, number, tuple(pins))
        resolved = kb.closest(str(cit))
        if resolved is not None:
            yield Candidate(start, end, None, (resolved,), 100.0, "citation", None, bare, None)
            taken.add(start, end)
            cited.add((start, end, cit, bare))


_SPACE = re.compile(r"\s")


def _reach_of(text: str, found: Iterable[Found]) -> list[tuple[int, int]]:
    """The stretches of ``text`` after its citations of articles and rules, up to BARE_REACH
    characters and the end of their paragraph, merged: where a paragraph named alone may be
    theirs ("الفقرة الثانية", with no number near, as well as "paragraph 5")."""
    return _merged(
        (end, _reach_end(text, end)) for _, end, cit, _ in found if cit.instrument in ("RS", "RPE")
    )


def _reach_and_next(text: str, found: Iterable[Found]) -> list[tuple[int, int]]:
    """:func:`_reach_of`, on to the end of the next paragraph of text (still within
    BARE_REACH): a paragraph named alone there, with no citation before it in its own, is of
    one cited in the paragraph before."""
    return _merged(
        (end, _not_in_a_word(text, _next_break(text, _reach_end(text, end), end + BARE_REACH)))
        for _, end, cit, _ in found
        if cit.instrument in ("RS", "RPE")
    )


def _next_break(text: str, stop: int, hi: int) -> int:
    """Where the paragraph after the break at ``stop`` ends, at most at ``hi``."""
    hi = min(len(text), hi)
    if not text.startswith("\n\n", stop):
        return stop  # the reach ended before its paragraph did
    opening = stop
    while opening < hi and text[opening] in "\n \t":  # over the blank lines, however many
        opening += 1
    after = text.find("\n\n", opening, hi)
    return after if after >= 0 else hi


def _reach_end(text: str, end: int) -> int:
    """Where the reach of a citation ending at ``end`` stops: BARE_REACH characters on, or the
    end of its paragraph, never inside a word ("paragraph 1|5")."""
    hi = min(len(text), end + BARE_REACH)
    stop = text.find("\n\n", end, hi)
    return stop if stop >= 0 else _not_in_a_word(text, hi)


MAX_RANGE = 20  # provisions a range may name as one mention; a longer one keeps its two ends apart


def _range(kb: KnowledgeBase, first: Citation, last: Citation) -> tuple[str, ...]:
    """The provisions the base records from ``first`` to ``last`` of one instrument, in order
    ("RS 6" to "RS 8bis": 6, 7, 8, 8 bis), or the lettered items of one paragraph ("RS 53(1)(a)"
    to "RS 53(1)(c)": (a), (b), (c)); () when the two are no such range or it is too long."""
    if first.instrument != last.instrument:
        return ()
    if first.pinpoint or last.pinpoint:
        return _letter_range(kb, first, last)
    lo, hi = _rank(first.number), _rank(last.number)
    if not lo < hi or hi[0] > 4 or int(hi[1] or 0) - int(lo[1] or 0) > MAX_RANGE:
        return ()  # (no provision has a number of five digits: none to convert, nor to look for)
    prefix = first.instrument + " "
    inside = [
        (r, p) for p in kb.provisions if p.startswith(prefix) and lo <= (r := _rank(p[len(prefix) :])) <= hi
    ]
    return tuple(p for _, p in sorted(inside))


def _letter_range(kb: KnowledgeBase, first: Citation, last: Citation) -> tuple[str, ...]:
    """The items from ``first`` to ``last`` of one provision at one level, lettered ("53(1)(a)
    to (c)") or numbered ("rule 76(1)-(3)")."""
    a, b = first.pinpoint[-1:], last.pinpoint[-1:]
    if first.number != last.number or first.pinpoint[:-1] != last.pinpoint[:-1] or not (a and b):
        return ()
    label: Callable[[int], str]
    romans = (
        a[0] in _ROMAN_AT
        and b[0] in _ROMAN_AT
        and kb.resolve(str(Citation(first.instrument, first.number, (*first.pinpoint[:-1], "ii"))))
        is not None
    )
    if romans:  # "58(1)(b)(i)-(iii)", "8(2)(b)(i)-(v)": (i), (ii), (iii) ..., not the letters i to v
        lo, hi, label = _ROMAN_AT[a[0]], _ROMAN_AT[b[0]], _ROMANS.__getitem__
    elif len(a[0]) == len(b[0]) == 1 and a[0].isalpha() and b[0].isalpha():
        lo, hi, label = ord(a[0]), ord(b[0]), chr
    elif a[0].isdigit() and b[0].isdigit():
        lo, hi, label = int(a[0]), int(b[0]), str
    else:
        return ()
    if not 0 < hi - lo <= MAX_RANGE:
        return ()
    out: dict[str, None] = {}
    for n in range(lo, hi + 1):
        found = kb.closest(str(Citation(first.instrument, first.number, (*first.pinpoint[:-1], label(n)))))
        if found is not None:
            out[found] = None
    return tuple(out)


_rank = number_order  # "8bis" after 8: where a provision number sorts among its neighbours
