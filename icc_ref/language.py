"""Guess the language of a paragraph: Arabic by script, English/French/Spanish by function words.

>>> detect_language("La Cour pénale internationale a délivré un mandat d'arrêt.")
'fr'
>>> detect_language("أصدرت المحكمة الجنائية الدولية مذكرة اعتقال")
'ar'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from icc_ref.model import Language

_MARKERS: dict[Language, frozenset[str]] = {
    "en": frozenset("the of and to in is that for was with on as by are has have be which from".split()),
    "fr": frozenset("le la les des du de et un une est que qui dans pour sur au aux par pas ont été".split()),
    "es": frozenset("el la los las del de y que en un una es por para con se su al lo como".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def detect_language(text: str, default: Language = "en") -> Language:
    """The most likely language of ``text`` among en, fr, ar, es (``default`` when unsure)."""
    text = text[:300]  # the opening words decide; long paragraphs need not be read whole
    if _ARABIC.search(text):
        letters = sum(map(len, _WORD.findall(text)))
        if letters and len(_ARABIC.findall(text)) / letters > 0.5:
            return "ar"
    return _by_markers(_WORD.findall(text.lower()), _MARKERS, default)


def _by_markers(words: Sequence[str], markers: dict[Language, frozenset[str]], default: Language) -> Language:
    """The language whose function words occur most often; ``default`` on a tie with it or none."""
    if not words:
        return default
    scores = {lang: sum(map(marks.__contains__, words)) for lang, marks in markers.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0 or scores[best] == scores[default]:
        return default
    return best


_WINDOW = 300  # characters: the opening words decide
_ORDER: tuple[Language, ...] = tuple(_MARKERS)  # en first: it wins ties, as in _by_markers
_FIELD = 10  # bits per language count: a 300-character window holds far fewer than 1024 words
_MARKER_TALLY: dict[str, int] = {}  # word key -> 1 in the count field of each language it marks


def _marker_tally() -> dict[str, int]:
    if not _MARKER_TALLY:
        from icc_ref.normalize import word_key

        for n, lang in enumerate(_ORDER):
            for key in map(word_key, _MARKERS[lang]):
                _MARKER_TALLY[key] = _MARKER_TALLY.get(key, 0) | 1 << (_FIELD * n)
    return _MARKER_TALLY


def detect_language_of_words(
    keys: Sequence[str], starts: Sequence[int], start: int, end: int, default: Language = "en"
) -> Language:
    """:func:`detect_language` for the paragraph ``[start, end)`` of a text already scanned
    (``keys``/``starts`` from :func:`icc_ref.normalize.scan`): the same rule, applied to the
    word keys of its opening characters, without reading the text again."""
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, min(end, start + _WINDOW), lo)
    words = keys[lo:hi]
    if not words:
        return default
    joined = "".join(words)
    if not joined.isascii() and _ARABIC.search(joined) and len(_ARABIC.findall(joined)) / len(joined) > 0.5:
        return "ar"
    # one look-up per word; one sum counts every language at once, each in its own bit field
    tally = sum(filter(None, map(_marker_tally().get, words)))
    if not tally:
        return default
    mask = (1 << _FIELD) - 1
    best, top, of_default = default, 0, 0
    for n, lang in enumerate(_ORDER):
        score = tally >> (_FIELD * n) & mask
        if score > top:  # the first of equal scores wins, as max() does
            best, top = lang, score
        if lang == default:
            of_default = score
    return default if top == of_default else best
