"""The one definition of "same text": normalization with a map back to the original offsets.

Text and aliases go through the same two steps, so whatever is folded here is folded on both
sides:

1. characters (:func:`fold`): NFKC, case folding, accents and Arabic diacritics dropped,
   dash/quote/apostrophe variants unified, tatweel dropped, Arabic letter variants (alef
   forms, ta marbuta, alef maqsura, hamza seats) unified, Arabic-Indic digits made ASCII;
2. words (:func:`tokenize`): word tokens with a *key* that drops English possessives,
   French elision (l', d', qu' ...), English/French/Spanish plural endings, Arabic
   attached prefixes (و ب ل ف ك ال), the sound plural and "his" of a ta marbuta noun
   (حصانات, حصانته -> حصانة) and "her/its" and "their" on long words (اختصاصها -> اختصاص).

>>> [t.key for t in tokenize("The Prosecutor's arrest-warrants")]
['the', 'prosecutor', 'arrest', 'warrant']
>>> [t.key for t in tokenize("l'État Partie")]
['etat', 'parti']
>>> [t.key for t in tokenize("والمحكمة الجنائية")] == [t.key for t in tokenize("محكمة الجنائيه")]
True
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, islice, repeat
from operator import add, is_
from typing import NamedTuple

_CHAR_MAP = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc\u02b9", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    "\u00a0": " ",
    "\u0640": "",  # tatweel
    "\u0623": "\u0627",  # alef with hamza above -> alef
    "\u0625": "\u0627",  # alef with hamza below
    "\u0622": "\u0627",  # alef with madda
    "\u0671": "\u0627",  # alef wasla
    "\u0629": "\u0647",  # ta marbuta -> ha
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0624": "\u0648",  # waw with hamza -> waw
    "\u0626": "\u064a",  # ya with hamza -> ya
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}

_ELISION = frozenset({"l", "d", "qu", "j", "n", "s", "c", "m", "t", "lorsqu", "jusqu", "puisqu"})
_AR_COMPOUND = ("ولل", "فلل", "وال", "بال", "فال", "كال", "لل")  # "وللدائرة": and to the Chamber
_AR_SINGLE = frozenset("وبلفك")
_WORD = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SPLIT = re.compile(r"([^\W_]+)")
# Lowered ASCII text with every character that is no word character made a space: its words
# are then str.split's pieces (see _ascii_words), some three times faster than the pattern
_ASCII_GAPS = str.maketrans(dict.fromkeys([c for c in map(chr, range(128)) if not c.isalnum()], " "))
# A line end is a break only where a block starts after it (a blank line, a list item, a
# heading, a quote, a table row, the end): a line wrapped inside a paragraph ("the Rome\n
# Statute") is not.
# what a new block opens with: a blank line, a list item, a heading, a quotation, a table row
# (a list's mark and a heading's need the space after them: "*arrest warrant* against ..." at a
# line's start is an emphasis going on from the line before)
BLOCK_START = (
    r"[ \t]*(?:[\r\n]|$|[-*+](?=[ \t\r\n]|$)|#{1,6}(?=[ \t\r\n]|$)|[>|•]|\d{1,3}[.)]\s|\([a-z0-9]{1,4}\)\s)"
)
# Sentence breaks: . ! ? ; and the Arabic question mark and full stop, and a line end followed
# by BLOCK_START. Found with str.find, one character at a time (a memchr scan, several times
# faster than a regex character class over a long text), then the block-start test for the
# line ends only.
_BREAK_CHARS = ".!?;\u061f\u06d4"
_BLOCK_AFTER = re.compile(BLOCK_START)
# The full stop of an abbreviation before a number is no break: "Art. 17(3)", "para. 4",
# "No. 2", "pp. 12-14". Found from the stops followed by a number (a literal-led pattern, a
# fast scan), then the word before each checked.
_STOP_BEFORE_A_NUMBER = re.compile(r"\. ?(?=[\d(])")
_NUMBER_ABBREVIATIONS = frozenset(
    ("art", "arts", "para", "paras", "par", "no", "nos", "p", "pp", "reg", "regs", "párr", "r", "rr")
)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, for each of its characters, the index of its source character.

    ``source`` is None when folding kept every character in place (the common case:
    ASCII text, or text whose characters each fold to exactly one character).
    """

    text: str
    source: Sequence[int] | None  # an int array: 8 bytes a character, not a 32-byte int object

    def offset(self, i: int) -> int:
        """The source index of folded character ``i``."""
        return i if self.source is None else self.source[i]


class Token(NamedTuple):
    """A word of the original text: its key and its span in the original string.

    A named tuple rather than a dataclass: one is made per word of every text, and tuple
    construction is several times cheaper.
    """

    key: str
    start: int
    end: int
    sentence: int


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        mapped = _CHAR_MAP.get(c, c)
        for d in unicodedata.normalize("NFD", mapped):
            if not unicodedata.combining(d):
                out.append(_CHAR_MAP.get(d, d))
    return "".join(out)


def fold(text: str) -> Folded:
    """Fold ``text``, keeping the offset of each source character.

    The alef that carries an Arabic accusative ending (tanween fatha) is dropped with it.
    ASCII runs are lowered in one C call; only non-ASCII characters go through the
    per-character path.
    """
    if text.isascii():
        return Folded(text.lower(), None)
    parts: list[str] = []
    source = array("q")
    in_place = True
    pos = 0
    for m in _NON_ASCII.finditer(text):
        parts.append(text[pos : m.start()].lower())
        source.extend(range(pos, m.start()))
        for i in range(m.start(), m.end()):
            f = _fold_char(text[i])
            if text[i] == "\u0627" and "\u064b" in text[i - 1 : i + 2]:
                f = ""  # the alef carrying tanween fatha is a case ending: أسباباً -> اسباب
            parts.append(f)
            source.extend([i] * len(f))
            in_place = in_place and len(f) == 1
        pos = m.end()
    parts.append(text[pos:].lower())
    source.extend(range(pos, len(text)))
    return Folded("".join(parts), None if in_place else source)


def is_arabic(word: str) -> bool:
    """True when the word's first letter is in the Arabic block."""
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The matching key of one folded word: plural, and Arabic prefix, endings removed.

    >>> [word_key(w) for w in ("crimes", "parties", "party", "witnesses", "ordenes", "his")]
    ['crim', 'parti', 'parti', 'witness', 'orden', 'his']
    >>> [word_key(w) for w in ("handed", "handing", "referred", "charged", "charges", "killings")]
    ['hand', 'hand', 'refer', 'charg', 'charg', 'kill']
    """
    if is_arabic(word):
        return _arabic_key(word)
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "i"  # parties, partie, party -> parti
    if word.endswith("y"):
        return word[:-1] + "i"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # plural first: killings -> killing -> kill
    word = _verb_ending(word)
    if word.endswith("ee") and len(word) > 4:
        word = word[:-1]  # French feminine participles: jugée, accusée -> jugé, accusé (and English
        # words in -ee alike: "detainee" keys as "detained", on both sides of every match)
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _verb_ending(word: str) -> str:
    """Drop English -ed/-ing (handed, handing -> hand; referred -> refer)."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            if stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
                stem = stem[:-1]  # referr-ed, committ-ed
            return stem
    return word


def _arabic_key(word: str) -> str:
    for prefix in _AR_COMPOUND:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    else:
        if word.startswith("ال") and len(word) >= 4:
            word = word[2:]
    if len(word) >= 4 and word[0] in _AR_SINGLE:
        word = word[1:]
    if len(word) >= 5 and word.endswith(("\u0627\u062a", "\u062a\u0647")):
        return word[:-2] + "\u0647"  # حصانات, حصانته -> حصانة: plural and "his" of a ta marbuta noun
    if len(word) >= 6 and word.endswith(("\u062a\u0647\u0627", "\u062a\u0647\u0645")):
        return word[:-3] + "\u0647"  # ولايتها -> ولاية: "her", "their" on a ta marbuta noun
    if len(word) >= 6 and word.endswith(("\u0647\u0627", "\u0647\u0645")):
        return word[:-2]  # اختصاصها -> اختصاص: "her/its", "their"
    if len(word) >= 5 and word.endswith("\u0627") and not word.endswith("\u0647\u0627"):
        # an accusative ending written without its tanween ("سابقا", "أسبابا"): the alef goes, as
        # :func:`fold` drops it where the tanween is written ("سابقاً"); not in a shorter word,
        # where the alef is as often the stem's ("العليا", supreme, is no "على"), nor in "her/its"
        # ("قضاها", her judges' years, is no "القضاة")
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class Scan:
    """The words of a text as parallel arrays: keys and original offsets.

    Built with C-level operations only (``re.split``, ``accumulate``, ``map``), so a long
    text costs little more than finding its words. Sentence numbers are computed on demand.
    """

    keys: list[str]
    starts: list[int]
    ends: list[int]
    breaks: list[int]  # offsets of the sentence breaks (". ! ? ; newline")

    def sentence(self, i: int) -> int:
        """The sentence number of word ``i`` (equal numbers: same sentence)."""
        return bisect_left(self.breaks, self.starts[i])

    def sentence_end(self, i: int, hi: int) -> int:
        """The index of the first word after the sentence of word ``i``, at most ``hi``."""
        b = bisect_left(self.breaks, self.starts[i])
        return bisect_left(self.starts, self.breaks[b], i, hi) if b < len(self.breaks) else hi

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The indexes of the first word of the sentence of word ``i`` and of the first after it."""
        b = bisect_left(self.breaks, self.starts[i])
        lo = bisect_left(self.starts, self.breaks[b - 1], 0, i) if b else 0
        return lo, self.sentence_end(i, len(self.starts))

    def same_sentence(self, i: int, j: int) -> bool:
        """True when no sentence break lies between words ``i`` and ``j``."""
        return bisect_left(self.breaks, self.starts[i]) == bisect_left(self.breaks, self.starts[j])


_KEYS: dict[str, str] = {}  # word -> key, across texts; emptied when it outgrows MAX_CACHED
MAX_CACHED = 500_000  # distinct words: a long corpus run must not grow without bound


def scan(text: str) -> Scan:
    """Split ``text`` into keyed words with offsets into ``text``."""
    folded = fold(text)
    ftext = folded.text
    if ftext.isascii():
        words, fstarts, fends = _ascii_words(ftext)
    else:
        parts = _SPLIT.split(ftext)  # gap, word, gap, ..., gap
        ends_all = list(accumulate(map(len, parts)))
        words = parts[1::2]
        fstarts = ends_all[0::2][: len(words)]
        fends = ends_all[1::2]
    if "'" in ftext:
        drop = _dropped(ftext, words, fstarts, fends)
        if drop:
            keep = bytearray(b"\x01") * len(words)
            for i in drop:
                keep[i] = 0
            words = list(compress(words, keep))
            fstarts = list(compress(fstarts, keep))
            fends = list(compress(fends, keep))
    found: list[str | None]
    try:  # every word seen before: the usual case in a long run, with no test per word
        found = list(map(_KEYS.__getitem__, words))
    except KeyError:  # words never seen before: key them once, for this text and the next
        found = list(map(_KEYS.get, words))
        fresh = list(compress(range(len(found)), map(is_, found, repeat(None))))
        if len(_KEYS) + len(fresh) > MAX_CACHED:
            _KEYS.clear()
        for i in fresh:
            w = words[i]
            key = _KEYS.get(w)
            if key is None:
                key = _KEYS[w] = word_key(w)
            found[i] = key
    keys: list[str] = found  # type: ignore[assignment]  # every None filled in
    breaks = _breaks(ftext)
    src = folded.source
    if src is None:
        return Scan(keys, fstarts, fends, breaks)
    starts = list(map(src.__getitem__, fstarts))
    # a word ends where the next kept character begins: what folding dropped right after it
    # belongs to it (its diacritics, a tatweel, the alef of an accusative ending: "طرفاً" ends
    # after the tanween); never before its own last character ("½" folds to three)
    last = len(ftext)
    ends = [max(src[e - 1] + 1, src[e] if e < last else len(text)) for e in fends]
    return Scan(keys, starts, ends, [src[b] for b in breaks])


def _ascii_words(ftext: str) -> tuple[list[str], list[int], list[int]]:
    """The words of lowered ASCII text ``ftext`` (what :data:`_SPLIT` finds), their starts
    and their ends.

    Every gap character is made a space and the text split at each: the pieces are the words
    and, between gap characters, empty strings. Each piece starts one character after the end
    of the one before, so the running sum of the pieces' lengths plus one gives every start
    (and, begun at -1, every end) in C, with only small, shared integers made along the way.
    """
    pieces = ftext.translate(_ASCII_GAPS).split(" ")
    steps = list(map(add, map(len, pieces), repeat(1)))  # a piece and the space after it
    starts = list(compress(accumulate(steps, initial=0), pieces))
    ends = list(compress(islice(accumulate(steps, initial=-1), 1, None), pieces))
    return list(filter(None, pieces)), starts, ends


def _breaks(ftext: str) -> list[int]:
    """Sorted offsets of the sentence breaks of ``ftext`` (see :data:`_BREAK_CHARS`)."""
    out: list[int] = []
    find = ftext.find
    for ch in _BREAK_CHARS:
        p = find(ch)
        while p >= 0:
            out.append(p)
            p = find(ch, p + 1)
    if out:
        kept = _abbreviation_stops(ftext)
        if kept:
            out = [p for p in out if p not in kept]
    block = _BLOCK_AFTER.match
    p = find("\n")
    while p >= 0:  # a line end breaks a sentence only where a block starts after it
        if block(ftext, p + 1):
            out.append(p)
        p = find("\n", p + 1)
    out.sort()
    return out


def _abbreviation_stops(ftext: str) -> set[int]:
    """Offsets of the full stops of ``ftext`` that end an abbreviation, not a sentence."""
    kept: set[int] = set()
    for m in _STOP_BEFORE_A_NUMBER.finditer(ftext):
        stop = m.start()
        word = _WORD_BEFORE.search(ftext, max(0, stop - 5), stop)
        if word is not None and word.group() in _NUMBER_ABBREVIATIONS:
            kept.add(stop)
    return kept


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")


def _dropped(ftext: str, words: list[str], fstarts: list[int], fends: list[int]) -> list[int]:
    """Indices of the words that are not words of their own: a French elision before an
    apostrophe (l'article, qu'il, s'il) and an "s" after one (the prosecutor's).

    Found from the apostrophes, which are few, rather than by a pattern tried at every
    character.
    """
    out = []
    p = ftext.find("'")
    while p >= 0:
        k = bisect_left(fends, p)
        if k < len(words) and fends[k] == p and words[k] in _ELISION:
            out.append(k)  # l'article, qu'il
        k = bisect_left(fstarts, p + 1)
        if k < len(words) and fstarts[k] == p + 1 and words[k] == "s":
            out.append(k)  # prosecutor's
        p = ftext.find("'", p + 1)
    return out


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into keyed word tokens with original offsets and sentence numbers."""
    sc = scan(text)
    return [
        Token(k, s, e, sc.sentence(i))
        for i, (k, s, e) in enumerate(zip(sc.keys, sc.starts, sc.ends, strict=True))
    ]


def keys(text: str) -> tuple[str, ...]:
    """The token keys of a short text such as an alias.

    >>> keys("Warrants of Arrest")
    ('warrant', 'of', 'arrest')
    """
    return tuple(t.key for t in tokenize(text))


_PARAGRAPH_BREAK = re.compile(
    # a blank line, or the line break before a Markdown footnote's definition ("[^5]: Constitutional
    # Chamber of ..."), which is a block of its own, whatever the notes before it say
    r"\n[ \t\r]*\n|\n(?=\[\^[^\]\s]{1,20}\]:)"
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text`` (separated by blank lines; a Markdown footnote's
    definition is a paragraph of its own)."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans
