"""Find candidate mentions of concepts and provisions in a text. The only rapidfuzz user.

Three passes over the keyed tokens of :mod:`icc_ref.normalize`:

1. **exact** — the token keys of every alias are looked up in a dict, longest first;
2. **typo** — each *distinct* unknown word of the text is corrected once against the alias
   vocabulary of its language (rapidfuzz Levenshtein, cached across documents); words that
   are themselves known words are never corrected ("prosecution" is not "persecution");
   then the exact pass is repeated over the corrected words;
3. **bag** — multi-word aliases whose content words all occur, in any order, within a short
   window of one sentence ("warrants for his arrest", "warrant of arrest").

Citations ("article 58(1)(b)", "rule 117") come from :func:`icc_ref.citation.find_citations`.
Candidates may overlap; :mod:`icc_ref.annotate` chooses among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from icc_ref.citation import find_citations
from icc_ref.model import Concept, KnowledgeBase, Language, Mention
from icc_ref.normalize import Token, keys, tokenize, word_key

STOPWORDS: frozenset[str] = frozenset(
    "the a an of for to in on by and or with against his her their its this that at from as him them "
    "be been being was were is are has had have "
    "de du des la le les l d a au aux et pour contre son sa ses sur en par un une "
    "del el los las para su sus y con por "
    "في من على ضد عن الى او و".split()
)
MAX_EXTRA = 3  # words a bag match may add to an alias ("warrant *for his* arrest")
MIN_TYPO_LEN = 5  # shorter words are matched exactly only


@dataclass(frozen=True, slots=True)
class Entry:
    """One alias of one concept, as the matcher needs it."""

    concept: str
    text: str
    lang: Language
    keys: tuple[str, ...]
    needs_context: bool
    exact_only: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention, before overlap and context are resolved."""

    mention: Mention
    needs_context: bool
    lang: Language | None


@dataclass
class Index:
    """Aliases of a knowledge base, ready for matching."""

    exact: dict[tuple[str, ...], list[Entry]]
    by_anchor: dict[str, list[Entry]]
    vocab: dict[str, list[str]]  # language -> alias words that typos may be corrected to
    known: frozenset[str]  # words never corrected
    alias_words: frozenset[str]  # every word of every alias: already exact
    max_len: int
    primary: dict[str, tuple[str, ...]]  # concept id -> its provisions
    provisions: frozenset[str]
    corrections: dict[tuple[str, str], tuple[str, float] | None] = field(default_factory=dict)


def build_index(kb: KnowledgeBase) -> Index:
    """Index every alias of ``kb`` for exact, typo and bag matching."""
    exact: dict[tuple[str, ...], list[Entry]] = {}
    by_anchor: dict[str, list[Entry]] = {}
    vocab: dict[str, set[str]] = {}
    for concept in kb.concepts.values():
        for entry in _entries(concept):
            exact.setdefault(entry.keys, []).append(entry)
            content = [k for k in entry.keys if k not in STOPWORDS]
            if not entry.exact_only:
                vocab.setdefault(entry.lang, set()).update(k for k in content if len(k) >= 4 and k.isalpha())
                if len(content) >= 2:
                    by_anchor.setdefault(content[0], []).append(entry)
    known = _known_words(kb) - {w for words in vocab.values() for w in words}
    return Index(
        exact=exact,
        by_anchor=by_anchor,
        vocab={lang: sorted(words) for lang, words in vocab.items()},
        known=frozenset(known),
        alias_words=frozenset(k for key in exact for k in key),
        max_len=max((len(k) for k in exact), default=1),
        primary={c.id: c.provisions for c in kb.concepts.values()},
        provisions=frozenset(kb.provisions),
    )


def _entries(concept: Concept) -> Iterable[Entry]:
    for alias in concept.aliases:
        variants = {alias.text, alias.text.replace("-", "")} if "-" in alias.text else {alias.text}
        for text in variants:
            k = keys(text)
            short = len("".join(k)) <= 4 or (alias.text.isupper() and len(alias.text) <= 6)
            yield Entry(concept.id, alias.text, alias.lang, k, alias.needs_context, alias.exact or short)


def _known_words(kb: KnowledgeBase) -> set[str]:
    """Words of the base's own prose: real words that must not be 'corrected' into aliases."""
    words: set[str] = set()
    texts: list[str] = []
    for c in kb.concepts.values():
        texts.append(c.summary)
        texts.extend(cl.explanation for cl in c.clarifications)
    for p in kb.provisions.values():
        texts.extend(filter(None, (p.title, p.summary)))
        stack = list(p.paragraphs)
        while stack:
            para = stack.pop()
            texts.append(para.summary)
            stack.extend(para.subparagraphs)
    for text in texts:
        words.update(m.lower() for m in re.findall(r"[^\W\d_]{4,}", text))
    return {word_key(w) for w in words} | set(EXTRA_KNOWN)


# Everyday words one letter away from an alias word; the base's prose may not contain them.
EXTRA_KNOWN = ("prosecution", "prosecuted", "persecuted", "warrior", "warren", "charger", "courts", "chambers", "crimea", "statue", "statues", "arrested", "states", "stated", "parties", "party", "appeal", "appear", "trail", "trials")


def find_candidates(
    text: str, index: Index, kb: KnowledgeBase, lang: Language | None = None
) -> list[Candidate]:
    """Every possible mention in ``text``: exact, typo-corrected, bag and citation."""
    tokens = tokenize(text)
    out: list[Candidate] = []
    out.extend(_citations(text, kb))
    out.extend(_exact(text, tokens, index, lang))
    out.extend(_typos(text, tokens, index, lang))
    out.extend(_bags(text, tokens, index, lang))
    return out


def _mention(text: str, toks: list[Token], entry: Entry, score: float, method: str, index: Index) -> Mention:
    start, end = toks[0].start, toks[-1].end
    return Mention(start, end, text[start:end], entry.concept, index.primary[entry.concept], round(score, 1), method, entry.text)  # type: ignore[arg-type]


def _usable(entry: Entry, lang: Language | None) -> bool:
    """Single-word aliases only fire in their own language; phrases in any language."""
    return lang is None or entry.lang == lang or len(entry.keys) > 1


def _same_sentence(toks: list[Token]) -> bool:
    return toks[0].sentence == toks[-1].sentence


def _exact(text: str, tokens: list[Token], index: Index, lang: Language | None) -> Iterable[Candidate]:
    seq = [t.key for t in tokens]
    for i in range(len(tokens)):
        for n in range(min(index.max_len, len(tokens) - i), 0, -1):
            entries = index.exact.get(tuple(seq[i : i + n]))
            if not entries or not _same_sentence(tokens[i : i + n]):
                continue
            for entry in entries:
                if _usable(entry, lang):
                    yield Candidate(_mention(text, tokens[i : i + n], entry, 100.0, "exact", index), entry.needs_context, entry.lang)


def correct_word(word: str, lang: str, index: Index) -> tuple[str, float] | None:
    """The alias word ``word`` is a typo of (with its similarity 0-100), or None."""
    cache_key = (word, lang)
    if cache_key in index.corrections:
        return index.corrections[cache_key]
    result = None
    vocab = index.vocab.get(lang, [])
    if len(word) >= MIN_TYPO_LEN and word.isalpha() and word not in index.known and vocab:
        limit = 1 if len(word) < 8 else 2
        best = process.extractOne(word, vocab, scorer=Levenshtein.distance, score_cutoff=limit)
        # Typos rarely hit the first letter; requiring it keeps "warden" from becoming "warrant".
        # A word that only extends an alias word ("genocid-al") is a derivation, not a typo.
        if best is not None and best[0] != word and best[0][0] == word[0] and not word.startswith(best[0]):
            result = (best[0], fuzz.ratio(word, best[0]))
    index.corrections[cache_key] = result
    return result


def _typos(text: str, tokens: list[Token], index: Index, lang: Language | None) -> Iterable[Candidate]:
    langs = [lang] if lang else list(index.vocab)
    for lg in langs:
        fixed: list[str] = []
        sims: list[float] = []
        changed = False
        for t in tokens:
            corr = None if t.key in index.alias_words else correct_word(t.key, lg, index)
            fixed.append(corr[0] if corr else t.key)
            sims.append(corr[1] if corr else 100.0)
            changed = changed or corr is not None
        if not changed:
            continue
        for i in range(len(tokens)):
            for n in range(min(index.max_len, len(tokens) - i), 0, -1):
                if all(s == 100.0 for s in sims[i : i + n]):
                    continue
                entries = index.exact.get(tuple(fixed[i : i + n]))
                if not entries or not _same_sentence(tokens[i : i + n]):
                    continue
                score = sum(sims[i : i + n]) / n
                for entry in entries:
                    if entry.lang == lg and not entry.exact_only:
                        yield Candidate(_mention(text, tokens[i : i + n], entry, score, "fuzzy", index), entry.needs_context, entry.lang)


def _bags(text: str, tokens: list[Token], index: Index, lang: Language | None) -> Iterable[Candidate]:
    for i, tok in enumerate(tokens):
        for entry in index.by_anchor.get(tok.key, ()):
            if not _usable(entry, lang):
                continue
            content = [k for k in entry.keys if k not in STOPWORDS]
            width = len(entry.keys) + MAX_EXTRA
            lo, hi = max(0, i - width + 1), min(len(tokens), i + width)
            window = [t for t in tokens[lo:hi] if t.sentence == tok.sentence]
            span = _cover(window, content)
            if span is None:
                continue
            words = [t.key for t in span]
            if tuple(words) in index.exact:
                continue  # the exact pass has it
            extra = len(words) - len(entry.keys)
            if sum(1 for w in words if w not in STOPWORDS and w not in content) > 1:
                continue  # function words, and at most one other word, may sit in between
            score = fuzz.token_set_ratio(" ".join(entry.keys), " ".join(words)) - 3 * max(extra, 0)
            yield Candidate(_mention(text, span, entry, score, "fuzzy", index), entry.needs_context, entry.lang)


def _cover(window: list[Token], content: list[str]) -> list[Token] | None:
    """The shortest run of ``window`` holding every word of ``content``, or None."""
    need = set(content)
    best: list[Token] | None = None
    for a in range(len(window)):
        if window[a].key not in need:
            continue
        seen: set[str] = set()
        for b in range(a, len(window)):
            if window[b].key in need:
                seen.add(window[b].key)
            if seen == need:
                if best is None or b - a + 1 < len(best):
                    best = window[a : b + 1]
                break
    if best is not None and best[-1].key not in need:
        return None
    return best


def _citations(text: str, kb: KnowledgeBase) -> Iterable[Candidate]:
    for start, end, cit in find_citations(text):
        resolved = kb.closest(str(cit)) if cit.provision in kb.provisions else None
        if resolved is None:
            continue
        yield Candidate(Mention(start, end, text[start:end], None, (resolved,), 100.0, "citation"), False, None)
