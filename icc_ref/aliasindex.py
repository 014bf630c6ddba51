"""The alias index: every alias of a knowledge base keyed for exact, typo and bag matching."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from icc_ref.model import Concept, KnowledgeBase, Language, pickled_by_fields
from icc_ref.normalize import fold, keys, word_key

# Function words, as word keys (the form text words take: "were" -> "wer", "على" -> "علي").
STOPWORDS: frozenset[str] = frozenset(
    keys(
        "the a an of for to in on by and or with against his her their its this that at from as him them "
        "be been being was were is are has had have "
        "de du des la le les l d a au aux et pour contre son sa ses sur en par un une "
        "del el los las para su sus y con por una unos unas al lo "
        "في من على ضد عن الى إلى او أو و"
    )
)

# Everyday words one letter away from an alias word; the base's own prose may lack them.
EXTRA_KNOWN = (
    "prosecution prosecuted persecuted warrior warren charger crimea statue statues arrested "
    "stated appear trail trials judged aggressive dress dressed"
).split()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entry:
    """One alias of one concept, as the matcher needs it."""

    concept: str
    text: str
    lang: Language
    keys: tuple[str, ...]
    needs_context: bool
    exact_only: bool
    content: frozenset[str] = frozenset()  # its words minus function words
    acronym: bool = False  # "ICC", "CPI": matched only where the text is in capitals too
    refers_back: bool = False  # "the Fund": only after the concept has been named in full
    # a name in capitals that needs no context ("Appeals Chamber"): written all in lower case
    # ("the three judges of the appeals chamber"), it may be another body's and needs one
    titled: bool = False


@dataclass(repr=False)
class Index:
    """Aliases of a knowledge base, ready for matching."""

    def __repr__(self) -> str:  # the full repr runs to megabytes (and fills test reports)
        return f"<Index: {len(self.exact)} alias keys, {len(self.corrections)} cached corrections>"

    exact: dict[tuple[str, ...], list[Entry]]
    lengths: dict[str, tuple[int, ...]]  # first word -> alias lengths starting with it, longest first
    starters: frozenset[str]  # the words where an exact or a bag match can begin: one pass finds them
    depth: dict[str, int]  # alias word -> the furthest position it holds in an alias (0 = first)
    by_anchor: dict[str, list[Entry]]  # rarest content word -> multi-word aliases (bag matching)
    anchor_needs: dict[str, list[frozenset[str]]]  # the same, each alias's content words only
    vocab: dict[tuple[str, str, int], list[str]]  # (language, first letter, length) -> alias words
    known: frozenset[str]  # real words: corrected only to complete a phrase
    alias_words: frozenset[str]  # every word of every alias: already exact
    max_len: int
    primary: dict[str, tuple[str, ...]]  # concept id -> its provisions
    narrows: dict[str, str] = field(default_factory=dict)  # specific concept id -> general one
    names: dict[tuple[str, ...], Entry] = field(default_factory=dict)  # the Court's and the Statute's names
    name_ends: frozenset[str] = frozenset()  # the last words of those names that are not generic
    name_starts: frozenset[str] = frozenset()  # the first words of those names that are not generic
    name_tailed: frozenset[str] = frozenset()  # aliases of other concepts that end in such a name
    # the keys of ``exact`` as a tree of words: word -> {next word -> ..., "": entries ending here}
    trie: dict[str, Any] = field(default_factory=dict)
    corrections: dict[tuple[str, str], tuple[str, float] | None] = field(default_factory=dict)
    pools: dict[tuple[str, str, int], list[str]] = field(default_factory=dict)  # typo candidates, by size
    # (language, first letter) -> alias word or one-letter deletion -> alias words, for the
    # letters with many alias words (see neighbour_tables)
    neighbours: dict[tuple[str, str], dict[str, list[str]]] = field(default_factory=dict)
    fixable: dict[str, set[str]] = field(default_factory=dict)  # language -> words with a correction
    judged: dict[str, set[str]] = field(default_factory=dict)  # language -> alias words and words judged


def build_index(kb: KnowledgeBase) -> Index:
    """Index every alias of ``kb`` for exact, typo and bag matching."""
    exact: dict[tuple[str, ...], list[Entry]] = {}
    bags: list[tuple[Entry, list[str]]] = []
    vocab: dict[str, set[str]] = {}
    made: list[Entry] = []
    for concept in kb.concepts.values():
        for entry, variant in _entries(concept):
            if variant:
                made.append(entry)
                continue
            exact.setdefault(entry.keys, []).append(entry)
            _add_words(entry, vocab, bags)
    for entry in made:  # a phrase written out in the base, for this concept or another, wins
        if entry.keys not in exact:
            exact[entry.keys] = [entry]  # as written only: its words in another order are its source's
    by_anchor = _by_anchor(bags)
    for anchor, entries in list(by_anchor.items()):
        kept = [e for e in entries if not _embeds_another(e, exact)]
        if kept:
            by_anchor[anchor] = kept
        else:
            del by_anchor[anchor]
    lengths: dict[str, set[int]] = {}
    for key in exact:
        lengths.setdefault(key[0], set()).add(len(key))
    alias_words = frozenset(k for key in exact for k in key)
    by_letter = _by_first_letter(vocab)
    names = {k: e for k, es in exact.items() for e in es[:1] if e.concept in NAME_CONCEPTS}
    return Index(
        exact=exact,
        lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        starters=frozenset(lengths).union(by_anchor),
        depth=_depths(exact),
        by_anchor=by_anchor,
        anchor_needs={k: [e.content for e in v] for k, v in by_anchor.items()},
        vocab=by_letter,
        neighbours=neighbour_tables(by_letter),
        known=frozenset(_known_words(kb) - alias_words),
        alias_words=alias_words,
        max_len=max((len(k) for k in exact), default=1),
        primary={c.id: c.provisions for c in kb.concepts.values()},
        narrows={c.id: c.narrows for c in kb.concepts.values() if c.narrows},
        names=names,
        name_ends=frozenset(k[-1] for k, e in names.items() if not e.needs_context),
        name_starts=frozenset(
            k[0] for k, e in names.items() if not e.needs_context and k[0] not in STOPWORDS
        ),
        name_tailed=frozenset(
            e.text
            for k, es in exact.items()
            for e in es
            if e.concept not in NAME_CONCEPTS
            and any(k[n:] in names and not names[k[n:]].needs_context for n in range(1, len(k)))
        ),
        trie=_trie(exact),
    )


def _trie(exact: dict[tuple[str, ...], list[Entry]]) -> dict[str, Any]:
    """The alias keys as nested dicts, one level a word; ``""`` holds the entries of the alias
    ending there (no word is empty). The exact pass walks it from a starting word as far as
    the text follows some alias, instead of slicing the text for every alias length."""
    root: dict[str, Any] = {}
    for key, entries in exact.items():
        node = root
        for k in key:
            node = node.setdefault(k, {})
        node[""] = entries
    return root


def _add_words(entry: Entry, vocab: dict[str, set[str]], bags: list[tuple[Entry, list[str]]]) -> None:
    """Give the typo vocabulary the entry's words and bag matching the entry."""
    if entry.exact_only:
        return
    content = [k for k in entry.keys if k not in STOPWORDS]
    vocab.setdefault(entry.lang, set()).update(k for k in content if len(k) >= 4 and k.isalpha())
    if len(content) >= 2:
        bags.append((entry, content))


# A (language, first letter) with this many alias words gets a table of their one-letter
# deletions, so that a typo is looked up there rather than compared with each word. The real
# base has at most 153 words under one letter; ten times the aliases, about 1,500.
NEIGHBOUR_TABLE_MIN_WORDS = 400


def neighbour_tables(
    vocab: dict[tuple[str, str, int], list[str]], min_words: int = NEIGHBOUR_TABLE_MIN_WORDS
) -> dict[tuple[str, str], dict[str, list[str]]]:
    """For each (language, first letter) with at least ``min_words`` alias words: each word,
    and each word with one letter deleted, mapped to the words it comes from.

    Two words one edit or one swap apart share a key: a substitution or a swap leaves them a
    common deletion, an insertion or a deletion makes one a deletion of the other.

    >>> neighbour_tables({("en", "c", 5): ["court"]}, min_words=1)[("en", "c")]["cort"]
    ['court']
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for (lang, first, _), words in vocab.items():
        groups.setdefault((lang, first), []).extend(words)
    tables: dict[tuple[str, str], dict[str, list[str]]] = {}
    for key, words in groups.items():
        if len(words) >= min_words:
            table = tables[key] = {}
            for v in words:
                for k in (v, *deletions(v)):
                    table.setdefault(k, []).append(v)
    return tables


def deletions(word: str) -> list[str]:
    """``word`` with each one of its letters left out."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def _by_anchor(bags: list[tuple[Entry, list[str]]]) -> dict[str, list[Entry]]:
    """Bag aliases by their anchor: the content word that the fewest bag aliases share.

    A bag match is looked for wherever its anchor occurs in a text, so a rare anchor
    ("deferral" rather than "icc" in "ICC deferral") means fewer places tried. Ties go to the
    earlier word, so the choice does not depend on the order of the knowledge base."""
    shared = Counter(k for _, content in bags for k in set(content))
    by_anchor: dict[str, list[Entry]] = {}
    for entry, content in bags:
        anchor = min(content, key=lambda k: (shared[k], content.index(k)))
        by_anchor.setdefault(anchor, []).append(entry)
    return by_anchor


def _embeds_another(entry: Entry, exact: dict[tuple[str, ...], list[Entry]]) -> bool:
    """True when the alias holds, whole, a name of the Court or of the Statute of three words
    or more ("تسليمه للمحكمة الجنائية الدولية" holds the Court's name): such an alias is matched as
    written, never with its words in another order, which would swallow the name ("المحكمة
    الجنائية الدولية بتسليم..." is the Court asking for a surrender, not the phrase)."""
    k = entry.keys
    return any(
        any(o.concept != entry.concept and o.concept in NAME_CONCEPTS for o in exact.get(k[i:j], ()))
        for i in range(len(k))
        for j in range(i + 3, len(k) + 1)
        if j - i < len(k)
    )


def _depths(exact: dict[tuple[str, ...], list[Entry]]) -> dict[str, int]:
    depth: dict[str, int] = {}
    for key in exact:
        for i, word in enumerate(key):
            if depth.get(word, -1) < i:
                depth[word] = i
    return depth


def _by_first_letter(vocab: dict[str, set[str]]) -> dict[tuple[str, str, int], list[str]]:
    """Typos keep their first letter and change the length by at most the edit distance
    (see the matcher), so only words sharing both need comparing."""
    out: dict[tuple[str, str, int], list[str]] = {}
    for lang, words in vocab.items():
        for word in sorted(words):
            out.setdefault((lang, word[0], len(word)), []).append(word)
    return out


def languages(index: Index) -> list[str]:
    """The languages that have a typo vocabulary."""
    return sorted({key[0] for key in index.vocab})


# The concepts whose names end other phrases ("the Prosecutor of the ICC", "party to the Rome
# Statute"): a mention is split there so that the name keeps its own link (annotate).
NAME_CONCEPTS = frozenset({"international_criminal_court", "rome_statute"})

# The names a story gives the Court and the Statute inside a phrase, per language: the names of
# a group are interchangeable, so an alias written with one ("handed over to the ICC") is also
# found with the others ("handed over to the International Criminal Court", "... to ICC" in a
# headline, "... to the court"). A name marked True is generic ("the court" may be any court):
# the phrase it makes needs context. French and Spanish names go without their article, which
# the phrase keeps ("remis à la CPI" / "remis à la Cour"); a Spanish masculine name changes it
# ("entregado a la CPI" / "entregado al tribunal").
NAME_GROUPS: dict[str, tuple[tuple[tuple[str, bool], ...], ...]] = {
    "en": (
        (
            ("the ICC", False),
            ("ICC", False),
            ("the International Criminal Court", False),
            ("International Criminal Court", False),
            ("the court", True),
            ("the tribunal", True),
        ),
        (("the Rome Statute", False), ("Rome Statute", False), ("the Statute", True)),
    ),
    "fr": (
        (("CPI", False), ("Cour pénale internationale", False), ("Cour", True)),
        (("Statut de Rome", False), ("Statut", True)),
    ),
    "es": (
        (("CPI", False), ("Corte Penal Internacional", False), ("Corte", True), ("tribunal", True)),
        (("Estatuto de Roma", False), ("Estatuto", True)),
    ),
    "ar": (
        (("المحكمة الجنائية الدولية", False), ("الجنائية الدولية", False), ("المحكمة", True)),
        (("نظام روما الأساسي", False), ("نظام روما", False), ("النظام الأساسي", True)),
    ),
}
# Spanish articles before a feminine name, and what they become before a masculine one
_MASCULINE = {("a", "la"): ("al",), ("de", "la"): ("del",), ("la",): ("el",)}
_MASCULINE_NAMES = frozenset({("tribunal",)})


def _name_keys() -> dict[str, list[tuple[tuple[str, ...], int, bool]]]:
    """Per language: (keys of a name, its group, generic), longest names first."""
    out: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    for lang, groups in NAME_GROUPS.items():
        names = [(keys(name), g, generic) for g, group in enumerate(groups) for name, generic in group]
        out[lang] = sorted(names, key=lambda n: -len(n[0]))
    return out


_NAMES = _name_keys()


def name_variants(lang: str, k: tuple[str, ...]) -> list[tuple[tuple[str, ...], bool]]:
    """The alias keys ``k`` with one name of the Court or the Statute replaced by each other
    name of its group, and whether the name put in is generic.

    >>> sorted(" ".join(v) for v, generic in name_variants("en", keys("surrendered to the ICC")) if generic)
    ['surrender to the court', 'surrender to the tribunal']
    >>> [" ".join(v) for v, _ in name_variants("es", keys("entregado a la CPI"))][-1]
    'entregado al tribunal'
    """
    names = _NAMES.get(lang, [])
    out: list[tuple[tuple[str, ...], bool]] = []
    i = 0
    while i < len(k):
        hit = next(((n, g) for n, g, _ in names if k[i : i + len(n)] == n), None)
        if hit is None:
            i += 1
            continue
        found, group = hit
        for other, g, generic in names:
            if g != group or other == found or (i == 0 and (generic or other[0] in STOPWORDS)):
                continue  # "the court's judges": the possessor is no part of the term, nor its article
            before = k[:i]
            if other in _MASCULINE_NAMES:
                article = next((a for a in _MASCULINE if before[-len(a) :] == a), None)
                if article is None:
                    continue  # no article to make agree: leave the phrase as it is
                before = before[: -len(article)] + _MASCULINE[article]
            out.append((before + other + k[i + len(found) :], generic))
        i += len(found)
    return out


# the masculine article that a preposition takes in: "el Fondo" is also written "del Fondo" and
# "al Fondo", "le Greffier" "du Greffier" and "au Greffier", "les juges" "des juges" and "aux juges"
_CONTRACTIONS = {"es": {"el": ("del", "al")}, "fr": {"le": ("du", "au"), "les": ("des", "aux")}}


def contracted(lang: str, k: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The alias keys ``k`` with their opening article contracted with a preposition.

    >>> contracted("es", keys("el Fondo"))
    [('del', 'fondo'), ('al', 'fondo')]
    >>> contracted("en", keys("the Fund"))
    []
    """
    forms = _CONTRACTIONS.get(lang, {}).get(k[0]) if len(k) > 1 else None
    return [(c, *k[1:]) for c in forms] if forms else []


def _entries(concept: Concept) -> Iterable[tuple[Entry, bool]]:
    """The concept's aliases as entries, each with whether it is a variant made from one
    (another name of the Court put in) rather than written in the base."""
    for alias in concept.aliases:
        if alias.lookup_only:
            continue  # a name to look up, not a term to find in a text
        variants = {alias.text, alias.text.replace("-", "")} if "-" in alias.text else {alias.text}
        for text in variants:
            k = keys(text)
            short = len("".join(k)) <= 4 or (alias.text.isupper() and len(alias.text) <= 6)
            acronym = alias.text.isupper() and len(alias.text.replace(" ", "")) <= 6
            names_itself = acronym or len(k) < 2 or concept.id in NAME_CONCEPTS
            named = [] if names_itself else name_variants(alias.lang, k)
            # (not the Court's own short names: "del tribunal" is as often any court's)
            joined = [] if concept.id in NAME_CONCEPTS else contracted(alias.lang, k)
            for vk, generic in [(k, False), *named, *((c, False) for c in joined)]:
                entry = Entry(
                    concept.id,
                    alias.text,
                    alias.lang,
                    vk,
                    alias.needs_context or generic,
                    alias.exact or short,
                    frozenset(w for w in vk if w not in STOPWORDS),
                    acronym,
                    alias.refers_back,
                    not (alias.needs_context or generic or acronym) and alias.text != alias.text.lower(),
                )
                yield entry, vk is not k


def _known_words(kb: KnowledgeBase) -> set[str]:
    """Real words that must not be 'corrected' into aliases: the words of the base's own prose
    and its lists of known words (``known_words.yaml``)."""
    texts: list[str] = list(EXTRA_KNOWN)
    for listed in kb.known_words.values():
        texts.extend(listed)
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
    words: set[str] = set()
    for text in texts:
        words.update(m.lower() for m in re.findall(r"[^\W\d_]{4,}", text))
    return {word_key(fold(w).text) for w in words}  # as the words of a text are keyed
