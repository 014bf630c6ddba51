"""Citations: the canonical form (``RS 58(1)(b)``) and the free-text forms people write.

>>> str(parse_citation("RS 58(1)(b)"))
'RS 58(1)(b)'
>>> [str(c) for _, _, c in find_citations("See articles 86 and 89 of the Rome Statute.")]
['RS 86', 'RS 89']
>>> [str(c) for _, _, c in find_citations("Art. 98(2), rule 117 and regulation 23 bis")]
['RS 98(2)', 'RPE 117', 'RoC 23bis']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace

from icc_ref.errors import CitationError

INSTRUMENTS: tuple[str, ...] = ("RS", "RPE", "RoC", "EoC")

_SUFFIX = r"(?:bis|ter|quater)"
_CANONICAL = re.compile(rf"^(RS|RPE|RoC|EoC) (\d+{_SUFFIX}?)((?:\((?:\d+{_SUFFIX}?|[a-z]{{1,6}})\))*)$")
_PIN = re.compile(rf"\((\d+{_SUFFIX}?|[a-z]{{1,6}})\)")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True, order=True)
class Citation:
    """A parsed canonical citation: instrument, provision number, pinpoint labels."""

    instrument: str
    number: str
    pinpoint: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.instrument} {self.number}" + "".join(f"({p})" for p in self.pinpoint)

    @property
    def provision(self) -> str:
        """The citation of the whole provision (pinpoint dropped)."""
        return f"{self.instrument} {self.number}"


def canonical_number(number: str) -> str:
    """``"8 bis"`` -> ``"8bis"``; digits are kept, Arabic-Indic digits become ASCII."""
    return re.sub(r"\s+", "", number.translate(_ARABIC_DIGITS)).lower()


def parse_citation(text: str) -> Citation:
    """Parse a canonical citation string; raise CitationError when it is malformed."""
    m = _CANONICAL.match(text)
    if m is None:
        raise CitationError(
            f"malformed citation {text!r} (expected e.g. 'RS 58', 'RS 58(1)(b)', 'RPE 117(2)')"
        )
    return Citation(m.group(1), m.group(2), tuple(_PIN.findall(m.group(3))))


def is_canonical(text: str) -> bool:
    """True when ``text`` follows the canonical citation grammar."""
    return _CANONICAL.match(text) is not None


# --- free text ------------------------------------------------------------------------------

_D = r"[0-9٠-٩]"
# a pinpoint in words: "article 98, paragraph 1", "artículo 82, párrafo 1, letra d)"
# "sub-rule 3" and "subregla 3" number the paragraphs of a rule: "rule 224, sub-rule 3" is RPE 224(3)
# the words for a paragraph written out in full (not "para.", "§"), the only ones that name a
# paragraph alone (see ``bare``)
_PARA_NAMES = r"paragraph|paragraphe|párrafo|sub-?rule|subregla|sous-règle"
_PARA_WORD = (
    rf"(?:{_PARA_NAMES}|para\.|paras?\.|par\.|§|párr\.|(?:[وفب]?ال|لل)فقرة[\u064b-\u0652]?"
    # "apartado 4", "alinéa 5" number a paragraph; "apartado c)", "alinéa c)" a sub-paragraph
    r"|apartado(?=[ \u00a0]*\d)|alinéa(?=[ \u00a0]*\d)"
    # "la disposition 2 de la règle 118": the French Rules' own word for a sub-rule
    r"|disposition(?=[ \u00a0]*\d))"
)
_SUB_WORD = (
    # (an Arabic word may carry its case ending: "البندُ (و)")
    r"(?:sub-?paragraph|alinéa|al\.|letra|inciso|apartado|(?:[وفب]?ال|لل)فقرة[\u064b-\u0652]? الفرعية"
    r"|(?:[وفب]?ال|لل)بند[\u064b-\u0652]?)"
)
# "... and paragraph 1 of article 89": a paragraph word followed by "of article" opens the next
# citation (see ``lead``); it is no pinpoint of the item before it
_OF_ANOTHER = (
    r"(?![ \u00a0]*(?:\([a-z]{1,4}\)|\((?:هـ|[أابجدهوزحطيك])\))?"
    r"\s+(?:of|de|del|du|من)\s+(?:the\s+|la\s+|l['’])?"
    r"(?:articles?\b|arts?\.|artículos?\b|rules?\b|règles?\b|reglas?\b|(?:ال)?مادة|المادة|القاعدة))"
)
# the letters of Arabic lists (see _AR_LETTERS)
_AR_LETTER = r"(?:هـ|[أابجدهوزحطيك])"
_PINS_IN_WORDS = (
    # "paragraph 2 (b)", "paragraph 2(b)": the sub-paragraph in brackets after the number
    rf"(?:[,،]?[ \u00a0]*{_PARA_WORD}[ \u00a0]*{_D}+(?:[ \u00a0]?bis(?![\w]))?"
    rf"(?:[ \u00a0]?\((?:[a-z]{{1,4}}|{_AR_LETTER})\)"
    rf"|,[ \u00a0]?[a-z]\)(?:[ \u00a0][ivx]{{1,5}}\))?(?![\w]))*{_OF_ANOTHER})?"  # "§ 1, c)", "7, a) iii)"
    # "apartado b), inciso xxvi)", "paragraphe b)": lettered levels, named in words
    # ("alinéa c), ii)", "alinéa b) ii)": with its roman item; not "8(2)(b), ii) article ...",
    # a list's marker)
    rf"(?:[,،]?[ \u00a0]*(?:{_SUB_WORD}|{_PARA_WORD})[ \u00a0]*\(?(?:[a-z]{{1,5}}|{_AR_LETTER})\)"
    r"(?:,?[ \u00a0]?[ivx]{1,5}\)(?![\w]))?){0,2}"
    # "paragraphe 1, alinéa b", "par. 2, al. b, ii": a letter without its bracket, and its roman level
    rf"(?:[,،][ \u00a0]*{_SUB_WORD}[ \u00a0]+[a-z](?![\w'’])(?:,[ \u00a0]?[ivx]{{1,5}}(?![\w'’]))?)?"
)
# Paragraphs numbered in words: "الفقرة الثانية من المادة 89", "the second paragraph of article
# 27", "le deuxième paragraphe de l'article 89", "el párrafo segundo del artículo 89"
_ORDINALS = {
    **dict.fromkeys(("first", "premier", "primer", "primero", "الأولى"), "1"),
    **dict.fromkeys(("second", "deuxième", "segundo", "الثانية"), "2"),
    **dict.fromkeys(("third", "troisième", "tercer", "tercero", "الثالثة"), "3"),
    **dict.fromkeys(("fourth", "quatrième", "cuarto", "الرابعة"), "4"),
    **dict.fromkeys(("fifth", "cinquième", "quinto", "الخامسة"), "5"),
    **dict.fromkeys(("sixth", "sixième", "sexto", "السادسة"), "6"),
    **dict.fromkeys(("seventh", "septième", "séptimo", "السابعة"), "7"),
    **dict.fromkeys(("eighth", "huitième", "octavo", "الثامنة"), "8"),
    **dict.fromkeys(("ninth", "neuvième", "noveno", "التاسعة"), "9"),
    **dict.fromkeys(("tenth", "dixième", "décimo", "العاشرة"), "10"),
}
_ORDINAL = "(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
# The letters of Arabic lists, in the order of the Statute's Arabic text (abjad: أ ب ج د هـ ...),
# as the Latin letters of the English text; only the first eleven, which the Statute's lists use.
_AR_LETTERS = {
    "أ": "a",
    "ا": "a",
    "ب": "b",
    "ج": "c",
    "د": "d",
    "ه": "e",
    "هـ": "e",
    "و": "f",
    "ز": "g",
    "ح": "h",
    "ط": "i",
    "ي": "j",
    "ك": "k",
}
# "مكرراً" is bis; "مكرراً ثانياً" (repeated a second time) ter, "مكرراً ثالثاً" quater
# (the tanween is written after the alef or before it: "مكرراً", "مكررًا")
_AR_BIS = r"مكرر(?:اً|ًا|ا|ً)?(?:[ \u00a0](?:ثانياً|ثانيًا|ثانيا|ثالثاً|ثالثًا|ثالثا))?"
_AR_BIS_NAMES = (("ثالث", "quater"), ("ثاني", "ter"), ("", "bis"))
_NUMREF = (
    # "l'article premier", "el artículo primero": the first article's official name in words
    rf"(?:{_D}+|premier(?![\w])|primero(?![\w]))(?:[ \u00a0]?(?:bis|ter|quater|{_AR_BIS})(?!\w))?"
    rf"(?:[ \u00a0]?\([ ]?(?:{_D}+(?: ?bis| ?ter)?|[a-z]{{1,6}}|{_AR_LETTER})[ ]?\))*"
    # the Spanish and the French ways: "89.1", "82.1.d)", "17-1-a", "89-1"; "13.b)", "13 b)";
    # "68 3)", "58 1) b)"
    # "8-2-e-v", "25-3-d-i": a roman item below the letter
    rf"(?:[.-][0-9]{{1,2}}(?![0-9])(?:[.-][a-z]{{1,6}}\)?(?:-[ivx]{{1,5}})?(?![\w])|[ ][a-z]\)(?![\w]))?"
    rf"|\.?[ ]?[a-z]\)(?![\w])"
    rf"|,[ ]?[a-z]\)(?![\w])"  # "(article 13, b))": the French way, with a comma
    rf"|[ ][0-9]{{1,2}}\)(?:[ ][a-z]\)(?![\w]))?)?"
    rf"{_PINS_IN_WORDS}"
)
# a range between two numbers: "rules 89 to 91", "articles 86 à 89", "artículos 86 a 89",
# "المواد 86 إلى 89", "rules 173-175"; accepted only after a plural keyword and up to a greater
# number (_ranged). A hyphen before one or two digits is a pinpoint ("17-1-a") unless the item
# reads as a range (_HYPHEN_RANGE); before more, only a range.
_RANGE = r"(?:\s+(?:to|through|à|a|al|إلى|الى)\s+|[ \u00a0]?[-–][ \u00a0]?)"  # or "173-175", "86–89"
_SEP = (
    rf"(?:\s*,\s*(?:and\s+|or\s+|et\s+|y\s+|e\s+)?|\s+(?:and|or|et|ou|y|o|u|&)\s+|\s*و\s*|\s*،\s*|{_RANGE})"
)
_KEYWORDS = {
    # (an Arabic keyword may carry its case ending: "المادةُ 58", "للمادةِ 58")
    "RS": r"articles?|arts?\.?|artículos?"
    r"|(?:[وفب]?(?:ال|لل)|[وفبل])?(?:مادت(?:ين|ان)|مادة|مواد)[\u064b-\u0652]?",
    # "r. 121(3)", "rr. 76-77": in lower case only ("R. 5" may be anything)
    "RPE": r"rules?|règles?|regla(?:s)?|(?-i:rr?)\."
    r"|(?:[وفب]?(?:ال|لل)|[وفبل])?(?:قاعدت(?:ين|ان)|قاعدة|قواعد)[\u064b-\u0652]?",
    # "البند 45 من لائحة المحكمة": an item of any text, read as a regulation only with that name
    "RoC": r"regulations?|regs?\.|normes?|normas?|(?:[وفب]?(?:ال|لل)|[وفبل])?بند[\u064b-\u0652]?",
}
_KW_PATTERN = "|".join(f"(?P<{k}>{v})" for k, v in _KEYWORDS.items())


@cache
def _patterns() -> SimpleNamespace:
    """The free-text patterns, compiled on first use: ``lookup`` of a plain term never needs
    them, and compiling them is a noticeable part of a cold start."""
    return SimpleNamespace(
        free=re.compile(
            # "من" after the keyword: "المواد من 6 إلى 8"
            # (not "sub-rule 3", "sous-règle 3", a paragraph of a rule named before)
            # (a text wrapped at its line ends may break the line after the keyword)
            rf"(?<![\w])(?<!sub-)(?<!sous-)(?:[lL]['’]|[dD]['’])?(?:{_KW_PATTERN})"
            # (not a list's number, a date, nor a number alone on its line: "article⏎1. The
            # suspects", "article⏎12 mars 2024")
            r"(?:[ \u00a0]+|[ \u00a0]*\r?\n[ \u00a0]*(?![0-9]+(?:[.)][ \u00a0]|[ \u00a0]*\r?\n|[ \u00a0]*$"
            r"|[ \u00a0]+(?-i:[A-Z])"  # "article⏎1 Background": a list of contents
            r"|[ \u00a0]+(?:jan|f[eé]v|feb|mar|avr|apr|abr|ma[iy]|jui|jun|jul|ao[uû]|aug|ago|sep|oct|nov"
            r"|d[eé]c|dic|ene)\w*)))"
            r"(?:من[ \u00a0]+)?"
            rf"(?P<list>{_NUMREF}(?:{_SEP}{_NUMREF})*)",
            re.IGNORECASE,
        ),
        item=re.compile(_NUMREF, re.IGNORECASE),
        # the pinpoints of one item, in brackets or in words
        pins=re.compile(
            rf"\(\s*([0-9a-z ]+?|{_AR_LETTER})\s*\)|[.-]([0-9]{{1,2}}|[a-z]{{1,6}})(?![\w])"
            rf"|[ ]([a-z]|[ivx]{{1,5}}|[0-9]{{1,2}})\)"
            rf"|{_PARA_WORD}[ \u00a0]*([0-9]+(?:[ \u00a0]?bis(?![\w]))?)"
            rf"|{_SUB_WORD}(?:[ \u00a0]*\(?([a-z]{{1,4}})\)|[ \u00a0]+([a-z])(?![\w'’]))"
            rf"|,[ \u00a0]?([ivx]{{1,5}})(?![\w'’])"
            rf"|,[ ]?([a-z])\)",
            re.IGNORECASE,
        ),
        # the pinpoint written first: "paragraph 7 of article 87", "الفقرة 7 من المادة 87"
        lead=re.compile(
            # "apartado c) del párrafo 1 del artículo 17", "subparagraph (c) of paragraph 1 of article 17"
            # ... its roman item first: "inciso iv) del apartado b) del párrafo 1 del artículo 81",
            # "point iv) de l'alinéa b) du paragraphe 1"; or after it: "sub-paragraph (b)(iv) of"
            r"(?<![\w])(?:(?:inciso|point|item|sub-?paragraph)[ \u00a0]*\(?(?P<rom1>[ivx]{1,5})\)\s+"
            r"(?:of|de|del|du)\s+(?:the\s+|l['’])?)?"
            rf"(?:{_SUB_WORD}[ \u00a0]*\(?(?P<sub0>[a-z]{{1,4}}|{_AR_LETTER})\)"
            r"(?:[ \u00a0]?\((?P<rom0>[ivx]{1,5})\))?\s+"
            r"(?:of|de|del|du|من)\s+(?:the\s+)?)?"
            rf"(?:{_PARA_WORD}[ \u00a0]*(?:(?P<para>{_D}+(?:[ \u00a0]?bis(?![\w]))?)|(?P<ord>{_ORDINAL}))"
            # "الفقرة (ب) من المادة 13", "paragraph (b) of article 13": a lettered paragraph
            rf"|{_PARA_WORD}[ \u00a0]*\((?P<plet>[a-z]|{_AR_LETTER})\)"
            # ... or the ordinal first: "the second paragraph of", "el segundo párrafo del"
            rf"|(?P<ord0>{_ORDINAL})[ \u00a0]+{_PARA_WORD})"
            rf"(?:[ \u00a0]?\((?P<sub>[a-z]{{1,4}}|{_AR_LETTER})\)|[ \u00a0](?P<sub2>[a-z])\))?"  # "3 a)"
            r"\s+(?:of|de|del|du|من)\s+(?:the\s+|la\s+)?\Z",  # "de la règle 121", "de la regla 224"
            re.IGNORECASE,
        ),
        # a sub-paragraph written before an item that has its paragraph: "subparagraph (a) of
        # article 53(2)", "el apartado a) del artículo 53.2"
        sublead=re.compile(
            rf"(?<![\w]){_SUB_WORD}[ \u00a0]*(?:\(?(?P<letter>[a-z]|{_AR_LETTER})\)"
            # "l'alinéa f de l'article 25, paragraphe 3": the letter without its bracket
            r"|(?<=alinéa )(?P<bare>[a-z])(?![\w'’]))\s+"
            r"(?:of|de|del|du|من)\s+(?:the\s+|l['’])?\Z",
            re.IGNORECASE,
        ),
        # several sub-paragraphs written before an item: "los apartados a) y b) del párrafo 1 del
        # artículo 58", "sub-paragraphs (a) and (b) of article 13" (the letters read by ``letter``)
        subsbefore=re.compile(
            # (or one word for them all: "l'alinéa b) ou c) du paragraphe 2")
            r"(?<![\w])(?:sub-?paragraphs?|alinéas?|apartados?|incisos?|letras?"
            # "الفقرتين (أ) و(ج) من المادة 13"
            r"|(?:[وفب]?ال|لل)(?:فقرتين|فقرات|بندين|بنود))[ \u00a0]*"
            rf"\(?(?:[ivx]{{2,5}}|[a-z]|{_AR_LETTER})\)(?:\s*(?:,|،|and|or|et|ou|y|o|e|و)\s*"
            rf"\(?(?:[ivx]{{2,5}}|[a-z]|{_AR_LETTER})\))+"
            r"\s+(?:of|de|del|du|من)\s+(?:the\s+|la\s+)?\Z",
            re.IGNORECASE,
        ),
        letter=re.compile(rf"\(?([ivx]{{2,5}}|[a-z]|{_AR_LETTER})\)", re.IGNORECASE),
        # several sub-paragraphs after the item: "artículo 58, párrafo 1, apartados a) y b)",
        # "l'article 13, alinéas a) et b)", "article 93(1), subparagraphs (b) and (h)"
        subsafter=re.compile(
            r"[,،]?[ \u00a0]*(?:sub-?paragraphs|alinéas|apartados|incisos|letras"
            r"|(?:ال)?بندان|(?:ال)?بندين)[ \u00a0]*"
            rf"(\(?(?:[a-z]|{_AR_LETTER})\)(?:\s*(?:,|،|and|or|et|ou|y|o|e|و)\s*\(?(?:[a-z]|{_AR_LETTER})\))+)",
            re.IGNORECASE,
        ),
        # a paragraph's sub-paragraphs written before their article: "paragraph 2(b) or (c) of
        # article 19", "paragraphs 2 (b) and (c) of article 19", "الفقرة 1 (أ) و(ب) من المادة 58"
        # (the letters read by ``letter``, after the paragraph's number)
        parasubs=re.compile(
            rf"(?<![\w])(?:paragraphs?|paragraphes?|párrafos?|(?:[وفب]?ال|لل)فقرت?[ةاي]ن?)[ \u00a0]*"
            rf"(?P<para>{_D}+)[ \u00a0]?(?P<letters>\((?:[a-z]|{_AR_LETTER})\)"
            # (or a range: "الفقرة 1 (أ) إلى (ج) من المادة 53", "paragraph 1(a) to (c) of article 53")
            rf"(?:\s*(?:,|،|and|or|et|ou|y|o|e|و|to|through|à|a|al|إلى)\s*\((?:[a-z]|{_AR_LETTER})\))+)"
            r"\s+(?:of|de|del|du|من)\s+(?:the\s+|la\s+)?\Z",
            re.IGNORECASE,
        ),
        # several paragraphs written before their article: "paragraphs 4 and 5 of article 19",
        # "los párrafos 4 y 5 del artículo 19", "الفقرتان 4 و5 من المادة 19" (the numbers read
        # one by one)
        parasbefore=re.compile(
            r"(?<![\w])(?:paragraphs|paragraphes|párrafos|sub-?rules|sous-règles|subreglas|dispositions"
            r"|(?:[وفب]?ال|لل)(?:فقرتان|فقرتين|فقرات))[ \u00a0]*"
            # ("paragraphs 4 to 6 of article 90": a range, its ends read here, its middle by the caller)
            rf"{_D}+(?:\s*(?:,|،|and|et|y|e|و|to|through|à|a|al|إلى)\s*{_D}+)+\s+(?:of|de|del|du|من)\s+"
            r"(?:the\s+|la\s+)?\Z",
            re.IGNORECASE,
        ),
        # more pinpoints at the same level after an item: "58(1)(a) and (b)", "8(2)(b)(xxii),
        # (e)(vi)", "98(1) et (2)"
        sibling=re.compile(
            r"(?:\s*[,،]\s*(?:and\s+|or\s+|et\s+|ou\s+|y\s+|o\s+)?|\s+(?:and|or|et|ou|y|o)\s+|\s+و\s*"
            r"|\s+(?:to|through|à|a|al|إلى)\s+|[ \u00a0]?[-–][ \u00a0]?)"  # "53(1)(a) to (c)", "(a)-(b)":
            # the range's end (see is_range); "المادة 7 (1) (أ) و(ح)": an Arabic letter
            rf"((?:\((?:\d+|[a-z]{{1,6}}|{_AR_LETTER})\))+|[a-z]\)(?![\w]))",  # "58-1 a) et b)"
            re.IGNORECASE,
        ),
        # "art. 110, párrafos 1 y 2", "article 20, paragraphs 1 and 2": each paragraph its own
        # citation of the item
        paras=re.compile(
            rf"[,،]?[ \u00a0]*(?:paragraphs|paras\.|paragraphes|párrafos|sub-?rules|subreglas|sous-règles"
            rf"|dispositions|الفقرتين|الفقرات)[ \u00a0]*({_D}+)"
            rf"((?:\s*,\s*{_D}+)*\s*(?:,\s*)?(?:and|et|y|e|و|to|à|a|al|إلى)\s*{_D}+)(?![\w(])",
            re.IGNORECASE,
        ),
        # a paragraph of the article or rule cited last: "paragraph 1 of that article",
        # "paragraphe 2 du même article", "párrafo 3 de dicho artículo", "الفقرة 2 من المادة نفسها"
        back=re.compile(
            # the paragraph by its number or its ordinal, after the word or before it: "الفقرة
            # الثانية من المادة نفسها", "The second paragraph of that article"; a sub-paragraph
            # of it may come first: "el apartado a) del párrafo 1 de ese artículo"
            r"(?<![\w])(?:(?:sub-?paragraph|point|alinéa|apartado|inciso|letra)[ \u00a0]*\(?(?P<sub>[a-z])\)"
            r"\s+(?:of\s+(?:the\s+)?|del\s+|du\s+|de\s+l['’]\s*))?"
            rf"(?:{_PARA_WORD}[ \u00a0]*(?:(?P<num>{_D}+)|(?P<ord>{_ORDINAL})(?![\w]))"
            rf"|(?P<ord2>{_ORDINAL})[ \u00a0]+(?:paragraph|paragraphe|párrafo))"
            rf"(?P<subs>{_SUBS})\s+"
            r"(?:(?:of|in)\s+(?:that|this|the\s+same|the\s+said)\s+(?P<en>article|rule|regulation)"
            r"|(?:de\s+cet(?:te)?|du\s+même|de\s+ce\s+même|de\s+la\s+même)\s+(?P<fr>article|règle|norme)"
            r"|(?:de\s+(?:ese|este|dicho|esa|esta|dicha)(?:\s+mism[oa])?|del\s+mismo|de\s+la\s+misma)\s+"
            r"(?P<es>artículo|regla|norma)"
            r"|من\s+(?:هذه|تلك|ذات)\s+(?P<ar>المادة|القاعدة)|من\s+(?P<ar2>المادة|القاعدة)\s+(?:نفسها|ذاتها))"
            r"(?![\w])",
            re.IGNORECASE,
        ),
        # a paragraph named alone, "paragraph 5", "بالفقرة 6", "el párrafo 1": of the provision
        # cited just before, if the caller finds one (not "para.", as judgments are cited)
        bare=re.compile(
            rf"(?<![\w])(?:{_PARA_NAMES}|apartado|(?:[وفب]?ال|لل|ب)فقرة)"
            # ("Paragraph 3 bis": article 25's on aggression)
            rf"[ \u00a0]*(?:(?P<num>{_D}+(?:[ \u00a0]?{_SUFFIX}(?![\w]))?+)"
            rf"|(?P<ord>{_ORDINAL})(?![\w]))"
            rf"(?P<subs>{_SUBS})(?![\w(])"
            # "(párrafo 2, apartado b)": its sub-paragraph named in words
            rf"(?:[,،][ \u00a0]*{_SUB_WORD}[ \u00a0]*\(?(?P<sub>[a-z])\)(?![\w]))?"
            r"(?!\s*(?:,\s*)?(?:of|de|del|du|من|in|en|dans|of the)\s)",
            re.IGNORECASE,
        ),
        # ... several named alone: "(sub-rules 4 and 5)", "los párrafos 2 y 3"
        bareplural=re.compile(
            r"(?<![\w])(?:paragraphs|paragraphes|párrafos|sub-?rules|sous-règles|subreglas"
            r"|(?:[وفب]?ال|لل)?(?:فقرتان|فقرتين))[ \u00a0]*"
            # "الفقرتان 2(ج) و2(هـ)": each with its sub-paragraph
            rf"{_D}+{_SUBS}(?:\s*(?:,|،|and|et|y|e|و)\s*{_D}+{_SUBS})+(?![\w(])"
            r"(?!\s*(?:,\s*)?(?:of|de|del|du|من|in|en|dans)\s)",
            re.IGNORECASE,
        ),
        # ... with its sub-paragraphs named first: "los apartados b) o c) del párrafo 2", "el
        # apartado a) del párrafo 1", "sub-paragraph (b) of paragraph 2" (the letters read by
        # ``letter``)
        subsbare=re.compile(
            r"(?<![\w])(?:sub-?paragraphs?|alinéas?|apartados?|incisos?|letras?|points?)[ \u00a0]*"
            r"\(?[a-z]\)(?:\s*(?:,|and|or|et|ou|y|o|e)\s*\(?[a-z]\))*"
            r"\s+(?:of\s+(?:the\s+)?|del\s+|du\s+|de\s+l['’]\s*)"
            r"(?:paragraph|paragraphe|párrafo|sub-?rule|subregla|sous-règle)[ \u00a0]*(?P<num>\d+)(?![\w(])"
            r"(?!\s*(?:,\s*)?(?:of|de|del|du|من|in|en|dans|of the)\s)",
            re.IGNORECASE,
        ),
        # ... or an Arabic sub-rule by its number in brackets: "القاعدة الفرعية (1)" (of the rule before)
        arsubrule=re.compile(
            rf"(?<![\w])(?:[وفب]?ال|لل|ب)قاعدة[\u064b-\u0652]? الفرعية[\u064b-\u0652]?[ \u00a0]*"
            rf"\((?P<num>{_D}{{1,2}})\)(?![ \u00a0]*(?:\(|من[ \u00a0]))"
        ),
        # ... or by its ordinal after a possessive: "Son premier paragraphe", "its second paragraph"
        bareordinal=re.compile(
            rf"(?<![\w])(?:son|its|su)[ \u00a0]+(?P<ord>{_ORDINAL})[ \u00a0]+"
            r"(?:paragraphe|paragraph|párrafo)(?![\w])",
            re.IGNORECASE,
        ),
        # a sub-paragraph named alone, "subparagraph (c)", "el apartado e)", "البند (أ)": of the
        # provision cited just before, if the caller finds one; not "subparagraph (a) of ..."
        baresub=re.compile(
            rf"(?<![\w])(?:{_SUB_WORD})[ \u00a0]*"
            rf"(?:\((?P<l1>[a-z]{{1,5}}|{_AR_LETTER})\)|(?P<l2>[a-z]{{1,5}})\))"
            # "alinéa a) ii)": its roman item, kept once read ("l'alinéa a) i) du paragraphe 7" is no
            # bare "alinéa a)" followed by "i) du paragraphe 7")
            r"(?:[ \u00a0]?\(?(?P<roman>[ivx]{1,5})\))?+(?![\w(])"
            # not "subparagraph (a) of article 53(2)", "of paragraph 1 of article 17" (the citation's
            # own), but "el apartado a) de dicho artículo" (of the one before)
            r"(?!\s*(?:of|de|del|du|من|in|en|dans)\s+(?:the\s+|la\s+|el\s+|l['’])?"
            r"(?:articles?|artículos?|rules?|règles?|reglas?|regulations?|paragraph|paragraphe|párrafo"
            r"|sub-?rule|(?:ال)?مادة|المادة|القاعدة|الفقرة)(?![\w]))"
            # (nor "le point c) du même paragraphe": the paragraph named again has it)
            r"(?!\s*(?:of\s+the|du|del|de\s+ce)\s+(?:same|même|mismo)\s+(?:paragraph|paragraphe|párrafo)(?![\w]))",
            re.IGNORECASE,
        ),
        direct=re.compile(
            rf"(?<![\w])(RS|RPE|RoC|EoC)[ \u00a0](\d+{_SUFFIX}?)((?:\((?:\d+{_SUFFIX}?|[a-z]{{1,6}})\))*)"
        ),
        # What may follow a list to name its instrument; anything else that looks like a named
        # text ("of the UN Charter", "de la Convention") means the citation is not ours.
        qualifier=re.compile(
            r"\s*,?\s+(?:of|in|under|from|du|de|del|de la|de l['’]|من)\s+"
            r"(?:the\s+|la\s+|le\s+|el\s+|las\s+|los\s+|l['’])?",
            re.IGNORECASE,
        ),
        qualifier_names={
            "RS": re.compile(
                r"(?:ICC |Rome )?Statute(?: of the International Criminal Court)?\b|Statut de Rome\b|"
                r"Statut\b|Estatuto de Roma\b|Estatuto\b|نظام روما الأساسي|النظام الأساسي|نظام روما",
                re.IGNORECASE,
            ),
            "RPE": re.compile(
                r"Rules of Procedure and Evidence\b|Rules\b|Règlement de procédure et de preuve\b|"
                r"Reglas de Procedimiento y Prueba\b|القواعد الإجرائية وقواعد الإثبات|القواعد الإجرائية",
                re.IGNORECASE,
            ),
            "RoC": re.compile(
                r"Regulations of the Court\b|Règlement de la Cour\b|Reglamento de la Corte\b|لائحة المحكمة",
                re.IGNORECASE,
            ),
        },
        # "of the treaty" names no treaty: in a text about the ICC, the Statute
        bare_treaty=re.compile(
            r"(?:treaty|traité|tratado|المعاهدة)\b"
            r"(?!\s+(?:of|on|establishing|between|for|de|du|des|sur|sobre|del|para|entre|بين|بشأن)\b)",
            re.IGNORECASE,
        ),
        foreign=re.compile(
            r"(?:UN |United Nations |Geneva |European |American |African |Vienna |Genocide )?(?:ال)?"
            r"(?:charter|convention|constitution|covenant|protocol|treaty|code|act\b|law\b|charte|"
            # "article 23 of the Agreement" (the Court's privileges and immunities treaty)
            r"agreement|accord\b|acuerdo|convenio|"
            r"carta|constitución|pacte|convención|ميثاق|اتفاقية|دستور|قانون)",
            re.IGNORECASE,
        ),
    )


def _pin_labels(item: str) -> tuple[str, tuple[str, ...]]:
    item = item.translate(_ARABIC_DIGITS)
    first = re.match(r"premier|primero", item, re.IGNORECASE)
    if first:
        item = "1" + item[first.end() :]  # read as article 1; the pinpoints are read from this string
    head = re.match(rf"\d+(?:\s?(?:bis|ter|quater|{_AR_BIS}))?", item, re.IGNORECASE)
    assert head is not None
    number = head.group(0)
    if "مكرر" in number:
        suffix = next(name for word, name in _AR_BIS_NAMES if word in number)
        number = number[: number.index("مكرر")] + suffix
    number = canonical_number(number)
    found = _patterns().pins.finditer(item, head.end())
    if item[head.end() : head.end() + 1] == "-":
        after = re.match(r"-(\d+)", item[head.end() :])
        if after and _increases(number, after.group(1)):
            return number, ()  # "articles 86-89" is a range, not article 86, paragraph 89
    pins: list[str] = []
    for m in found:
        pin = canonical_number("".join(m.groups("")))
        pin = _AR_LETTERS.get(pin, pin)
        if pin.isdigit() and 0 < int(pin) < 40 and pins and pins[-1].isalpha() and "a" <= pins[-1] <= "k":
            pin = _roman(int(pin))  # the third level is numbered in Arabic: 8(2)(ب)(22) is 8(2)(b)(xxii)
        if pin:
            pins.append(pin)
    return number, tuple(pins)


def _latin(label: str) -> str:
    """A sub-paragraph's label in Latin letters, lower case (Arabic ones by their place in the
    list: "ب" is "b")."""
    return _AR_LETTERS.get(label, label.lower())


def _letter(m: re.Match[str]) -> str:
    """The label of the first group of ``m`` in Latin letters (see :func:`_latin`)."""
    return _latin(m.group(1))


_SUB_LABEL = re.compile(rf"[a-z]{{1,6}}|{_AR_LETTER}", re.IGNORECASE)


def _sub_labels(subs: str) -> tuple[str, ...]:
    """The labels of the bracketed sub-paragraphs in ``subs`` ("(a)(ii)", " (د)"), in Latin
    letters."""
    return tuple(map(_latin, _SUB_LABEL.findall(subs)))


_HYPHEN_RANGE = re.compile(r"([0-9]+)-([0-9]+)")


def _ranged(keyword: re.Match[str], between: str, first: str, last: str) -> bool:
    """False when ``between`` two items of a list is a range word ("to", "à", "a", "إلى") that
    does not make a range: one after a singular keyword ("article 58 to 3 suspects") or up to
    a number not greater than the first."""
    if not is_range(between):
        return True  # "and", a comma: a list
    return _plural(keyword) and _increases(first, last)


def is_range(between: str) -> bool:
    """True when ``between``, the text between two items of a list, makes them a range's ends."""
    return re.fullmatch(_RANGE, between) is not None


def _plural(keyword: re.Match[str]) -> bool:
    """True when the citation's keyword is plural ("articles", "reglas", "المواد")."""
    word = next(g for g in (keyword.group(k) for k in _KEYWORDS) if g)
    if word.lower() == "art.":
        return True  # the abbreviation stands for both: "art. 55, 58 à 60, 67 et 85"
    # "arts.", and "rr." (rules)
    return word.lower().rstrip(".").endswith(("s", "rr")) or word.endswith(("مواد", "قواعد"))


def _increases(first: str, last: str) -> bool:
    """True when ``last`` comes after ``first``: by its number, then its suffix ("8bis" after 8,
    "134quater" after "134bis")."""
    return number_order(last) > number_order(first)


_SUFFIX_ORDER = {"": 0, "bis": 1, "ter": 2, "quater": 3}


def number_order(number: str) -> tuple[int, str, int]:
    """``"134bis"`` -> ``(3, "134", 1)``: where a provision's number puts it (compared as digits,
    shortest first: a number of thousands of digits is no integer to convert)."""
    digits = re.sub(r"\D", "", number).lstrip("0")
    return len(digits), digits, _SUFFIX_ORDER.get(re.sub(r"[\d\s]", "", number).lower(), 0)


def _roman(n: int) -> str:
    """``22`` -> ``"xxii"``, for 1 to 39 (the Statute's longest list has 26 items)."""
    return (
        "x" * (n // 10)
        + ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "")[n % 10 - 1 if n % 10 else 9]
    )


def _instrument_for(match: re.Match[str], text: str, after: int) -> tuple[str | None, int]:
    """The instrument a keyword match cites ("of the Rules" -> RPE), None for other treaties;
    and where the citation ends.

    The Statute's name is left outside the citation span, so that it can be a mention of its
    own ("article 58 of the Rome Statute": the article, and the treaty). The names of the Rules
    and of the Regulations belong to the citation ("rule 117 of the Rules of Procedure and
    Evidence" is one reference): standing apart, "the Court" in "Regulations of the Court"
    would read as a mention of the Court. ``after`` is where the name would start: the end
    of the list, or of the pinpoints that follow its last item ("58(1)(a) and (b)").
    """
    default = next(k for k in _KEYWORDS if match.group(k))
    pat = _patterns()
    end = after  # the end of the list, or of the pinpoints that follow its last item
    q = pat.qualifier.match(text, end)
    named_only = default == "RoC" and "بند" in match.group("RoC")  # "البند" needs "لائحة المحكمة"
    if q is None:
        return (None if named_only else default), end
    for inst, pattern in pat.qualifier_names.items():
        name = pattern.match(text, q.end())
        if name:
            if named_only and inst != "RoC":
                return None, end
            return inst, end if inst == "RS" else name.end()
    if named_only:
        return None, end
    if pat.bare_treaty.match(text, q.end()):
        return "RS?", end  # "article 127 of the treaty": the Statute in a text about the ICC
    if pat.foreign.match(text, q.end()):
        return None, end
    return default, end


def _siblings(text: str, pos: int, pins: tuple[str, ...]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """The pinpoints that follow an item at ``pos`` and stand at the level of its last ones:
    in "article 58(1)(a) and (b)", ``(b)`` is ``58(1)(b)``; in "8(2)(b)(xxii) and (e)(vi)",
    ``(e)(vi)`` is ``8(2)(e)(vi)``. Yields their spans and full pinpoints."""
    pat = _patterns()
    while pins:
        m = pat.sibling.match(text, pos)
        if m is None:
            return
        labels = tuple(map(_latin, map("".join, _SIBLING_PIN.findall(m.group(1)))))
        k = len(labels)
        if not labels or k > len(pins):
            return
        # at the level of the last pinpoints of its kind: "rule 59(1)(a)-(b) and (2)" ends with
        # rule 59(2), a paragraph after sub-paragraphs
        j = len(pins) - k
        while j >= 0 and labels[0].isdigit() != pins[j].isdigit():
            j -= 1
        if j < 0:
            return
        pins = pins[:j] + labels
        yield m.start(1), m.end(1), pins
        pos = m.end()


_SIBLING_PIN = re.compile(rf"\((\d+|[a-z]{{1,6}}|{_AR_LETTER})\)|^([a-z])\)", re.IGNORECASE)
_SUBS = rf"(?:[ \u00a0]?\((?:[a-z]{{1,6}}|{_AR_LETTER})\)|[ \u00a0][a-z]\))*"  # "(a)(ii)", " a)", " (د)"
# what "that article", "cette règle", "dicha norma", "المادة نفسها" are: the instrument of the
# provision a back-reference points to
_BACK_KINDS = {
    "article": "RS",
    "artículo": "RS",
    "المادة": "RS",
    "rule": "RPE",
    "règle": "RPE",
    "regla": "RPE",
    "القاعدة": "RPE",
    "regulation": "RoC",
    "norme": "RoC",
    "norma": "RoC",
}


def find_back_references(text: str) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
    """Yield ``(start, end, instrument, pinpoint)`` for each paragraph cited by pointing back
    at a provision ("paragraph 1 of that article", "le paragraphe 2 de cette règle", "el
    párrafo 3 del mismo artículo", "الفقرة 2 من المادة نفسها"); which provision it is, the
    last one cited of that instrument, is the caller's to find."""
    for m in _patterns().back.finditer(text):
        kind = next(g for g in m.group("en", "fr", "es", "ar", "ar2") if g)
        yield m.start(), m.end(), _BACK_KINDS[kind.lower()], _pins_of(m)


_NUMBER_AND_SUBS = re.compile(rf"({_D}+)({_SUBS})", re.IGNORECASE)


def find_bare_paragraphs(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Yield ``(start, end, pinpoint)`` for each paragraph named alone ("paragraph 5", "بالفقرة
    6", "el párrafo 1", "sub-rule 3"), not followed by what it is a paragraph of; which
    provision it belongs to, if any, is the caller's to find."""
    pat = _patterns()
    found = [(m.start(), m.end(), _pins_of(m)) for m in pat.bare.finditer(text)]
    for m in pat.bareplural.finditer(text):  # "(sub-rules 4 and 5)": each its own
        numbers = list(_NUMBER_AND_SUBS.finditer(text, m.start(), m.end()))
        found.extend(
            (
                m.start() if k == 0 else n.start(),
                n.end(),
                (
                    canonical_number(n.group(1)),
                    *_sub_labels(n.group(2)),
                ),
            )
            for k, n in enumerate(numbers)
        )
    for m in pat.bareordinal.finditer(text):
        found.append((m.start(), m.end(), (_ORDINALS[m.group("ord").lower()],)))
    for m in pat.arsubrule.finditer(text):
        found.append((m.start(), m.end(), (canonical_number(m.group("num")),)))
    led: list[tuple[int, int, tuple[str, ...]]] = []  # "los apartados b) o c) del párrafo 2": one a letter
    for m in pat.subsbare.finditer(text):
        number = canonical_number(m.group("num"))
        letters = list(pat.letter.finditer(text, m.start(), m.start("num")))
        for k, n in enumerate(letters):
            start = m.start() if k == 0 else n.start()
            end = m.end() if k == len(letters) - 1 else n.end()
            led.append((start, end, (number, n.group(1).lower())))
    # (the paragraph named alone stays on the list, after them: the caller takes it where none of
    # its letters is one the paragraph has, "sub-paragraph (d) of paragraph 7" of article 61)
    yield from sorted(found + led)


def find_bare_subparagraphs(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Yield ``(start, end, labels)`` for each sub-paragraph named alone ("subparagraph (c)",
    "alinéa b)", "inciso ii)", "l'alinéa a) ii)", "البند (أ)"), its letter or roman number in
    Latin letters (and the roman item after it); which provision it belongs to, if any, is the
    caller's to find."""
    for m in _patterns().baresub.finditer(text):
        label = m.group("l1") or m.group("l2")
        roman = m.group("roman")
        yield (
            m.start(),
            m.end(),
            (_latin(label), *((roman.lower(),) if roman else ())),
        )


# The paragraph cited last, named again: "the same paragraph", "le même paragraphe", "en vertu du
# même paragraphe", "ese mismo párrafo", "del mismo párrafo", "dicho párrafo", "الفقرة نفسها"
# a sub-paragraph named before "the same paragraph": "le point c) du même paragraphe", "apartado
# b) del mismo párrafo", "sub-paragraph (c) of the same paragraph"
_SUB_BEFORE_SAME = (
    r"(?:sub-?paragraph|point|alinéa|apartado|inciso|letra)[ \u00a0]*\(?(?P<sub>[a-z])\)"
    r"[ \u00a0]+(?:of[ \u00a0]+)?"
)
SUB_BEFORE_SAME = re.compile(_SUB_BEFORE_SAME, re.IGNORECASE)
_SAME_PARAGRAPH = re.compile(
    rf"(?<![\w])(?:{_SUB_BEFORE_SAME})?"
    r"(?:(?:the|that)\s+same\s+paragraph|(?:le|ce|du|au)\s+même\s+paragraphe"
    r"|(?:el|ese|este|del|al)\s+mismo\s+párrafo|dicho\s+párrafo"
    r"|(?:[وفب]?ال|لل)فقرة[\u064b-\u0652]?\s+(?:نفسها|ذاتها))(?![\w])",
    re.IGNORECASE,
)


def find_same_paragraphs(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Yield ``(start, end, labels)`` for each paragraph named as the one cited last ("the same
    paragraph"), ``labels`` the sub-paragraph of it named first ("le point c) du même
    paragraphe": ``("c",)``), if any; which paragraph that is, is the caller's to find."""
    for m in _SAME_PARAGRAPH.finditer(text):
        yield m.start(), m.end(), ((m.group("sub").lower(),) if m.group("sub") else ())


# A provision's number with its pinpoint and no keyword: "under 68(2)(b)", "8(2)(e)(iv)"; at
# least one bracketed paragraph or letter, and not a part of a longer token ("A/RES/3314(XXIX)",
# "1593(2005)" has a year, which no pinpoint has)
# (in brackets of its own, "(17(1)(a))", but not a pinpoint's number: the "1" of "58(1)(a)")
_BARE_NUMBERED = re.compile(
    rf"(?<![\w./\-])(?<![\w.)\]]\()(\d+{_SUFFIX}?)((?:\((?:\d{{1,2}}|[a-z]{{1,6}})\))+)(?![\w(])"
)
# ... nor a part of the text itself, "see 19(5) below", "en 4(2) ci-dessus", or of another named
# after it: "17(1)(a) of the International Crimes Act 2008", "de la loi du 2 mars"
_THIS_TEXTS = re.compile(
    r"\s+(?:below|above|infra|supra|ci-dessous|ci-dessus|más abajo|más arriba)\b"
    r"|,?\s+(?:of|de|del|du|de la)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?:[A-Z][\w'’-]*\s+){0,6}"
    r"(?:Act|Code|Law|Constitution|Charter|Ordinance|Bill|Loi|loi|Ley|ley|Código|Constitución)\b"
)
# ... and not a numbered part of another text: "section 17(1)(a) of the Act", "clause 4(2)"
_ANOTHER_TEXTS_PART = re.compile(
    r"(?:\b(?:(?:sub)?sections?|subsecci(?:ón|ones)|secci(?:ón|ones)|clauses?|cláusulas?|ss?\.?|chapters?"
    r"|chapitres?|capítulos?|titles?"
    r"|titres?|títulos?|laws?|lois?|leyes|ley|acts?|codes?|códigos?|schedules?|annex(?:es)?|anexos?)"
    r"|§)[ \u00a0]*\Z",
    re.IGNORECASE,
)


def find_bare_numbered(text: str) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
    """Yield ``(start, end, number, pinpoint)`` for each provision number written with its
    pinpoint but no keyword ("under 68(2)(b) the statement ..."); whether it is a provision
    at all, and of which instrument, is the caller's to find."""
    for m in _BARE_NUMBERED.finditer(text):
        if _ANOTHER_TEXTS_PART.search(
            text, max(0, m.start() - 12), m.start()
        ) is None and not _THIS_TEXTS.match(text, m.end()):
            yield m.start(), m.end(), canonical_number(m.group(1)), tuple(_PIN.findall(m.group(2)))


# A Part of the Statute, with the Statute named after it: "Part 9 of the Rome Statute", "Part IX
# of the Statute", "la Parte VII del Estatuto", "le chapitre IX du Statut" (the French text's
# name for a Part), "الباب التاسع من النظام الأساسي"
_AR_PART_ORDINALS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
}  # fmt: skip
_PART = re.compile(
    r"(?<![\w])(?:(?:Part|Parte|[Cc]hapitre)[ \u00a0]+(?P<num>1[0-3]|[1-9]|X?I{1,3}|XI{0,3}|I?V|VI{1,3}|I?X)"
    rf"|الباب[ \u00a0]+(?P<ar>{'|'.join(sorted(_AR_PART_ORDINALS, key=len, reverse=True))}))"
    r"(?![\w])(?P<named>,?\s+(?:of|du|del|de|من)\s+(?:the\s+|l['’]\s*)?(?:Rome\s+|ICC\s+)?"
    r"(?:Statute|Statut|Estatuto|النظام الأساسي|نظام روما))?"
    # ... or by the Part after it: "Part 2 and Part 9 of the Rome Statute"
    r"(?P<listed>(?=\s+(?:and|or|et|ou|y|o)\s+(?:Part|Parte|[Cc]hapitre)\s+\w+,?\s+(?:of|du|del|de)\s+"
    r"(?:the\s+|l['’]\s*)?(?:Rome\s+|ICC\s+)?(?:Statute|Statut|Estatuto)))?"
    # not another text's: "Chapter VII of the UN Charter", "le chapitre VII de la Charte", "Part 3
    # of this paper", "Part 4 of the ICC Act"
    r"(?!,?\s+(?:of|du|del|de|من)\s+(?:the\s+|la\s+|l['’]\s*|this\s+|my\s+|our\s+|ce\s+|este\s+)?"
    r"(?:UN\s+|United\s+Nations\s+|ICC\s+)?"
    r"(?:Charter|Charte|Carta|ميثاق|Bill|Act|Convention|Code|Constitution|paper|essay|article|report|book"
    r"|study|thesis|series|chapter|note|brief|memo|rapport|ensayo|informe|texto|texte))"
)
_PART_ANY_CASE = re.compile(_PART.pattern, re.IGNORECASE)  # a lookup's "part 7", "PARTE VII"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# what refers to a Part named alone: "in Part 3", "in accordance with Part 7", "under Part 9",
# "de conformidad con la Parte VII"
_REFERRING = re.compile(
    r"(?:\b(?:in|under|with|of|by|to|en|de|con|según|a|al|dans|selon|sous|وفق|بموجب|في)(?:\s+(?:the|la|le|el))?"
    r"|[«\"“(])\s*\Z",
    re.IGNORECASE,
)


def find_parts(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """Yield ``(start, end, number, named)`` for each Part of the Statute ("Part 9 of the Rome
    Statute", "la Parte VII del Estatuto", "le chapitre IX du Statut", "الباب التاسع من النظام
    الأساسي", "in accordance with Part 7"); ``named`` is True when the Statute is named after
    it. The span is the Part's own words."""
    for m in _PART.finditer(text):
        end = m.start("named") if m.group("named") else m.end()
        named = m.group("named") is not None or m.group("listed") is not None
        if not named and (
            m.group(0)[:1] in "Cc" or not _REFERRING.search(text, max(0, m.start() - 24), m.start())
        ):
            continue  # "chapitre VII" alone is as often the UN Charter's; "Part 4 turns to" an essay's
        if m.group("ar"):
            yield m.start(), end, _AR_PART_ORDINALS[m.group("ar")], named
            continue
        num = m.group("num")
        yield m.start(), end, int(num) if num.isdigit() else _from_roman(num), named


def parse_part(text: str) -> int | None:
    """The number of the Part of the Statute that ``text`` is, whole ("Part 7", "Parte VII del
    Estatuto", "chapitre IX du Statut", "الباب التاسع"), or None."""
    m = _PART_ANY_CASE.fullmatch(text.strip())
    if m is None:
        return None
    if m.group("ar"):
        return _AR_PART_ORDINALS[m.group("ar")]
    num = m.group("num")
    return int(num) if num.isdigit() else _from_roman(num.upper())


def _from_roman(numeral: str) -> int:
    """``"IX"`` -> 9."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _pins_of(m: re.Match[str]) -> tuple[str, ...]:
    ordinal = m.groupdict().get("ord") or m.groupdict().get("ord2")  # "the second paragraph of"
    number = _ORDINALS[ordinal.lower()] if ordinal else m.group("num")
    sub = m.groupdict().get("sub")
    return (
        canonical_number(number),
        *_sub_labels(m.group("subs")),
        *((sub.lower(),) if sub else ()),
    )


def find_citations(text: str) -> Iterator[tuple[int, int, Citation]]:
    """Yield ``(start, end, Citation)`` for every citation written in ``text``.

    Handles "Article 58(1)(b) of the Rome Statute", "articles 86 and 89", "Art. 98(2)",
    "rule 117", "regulation 23 bis", "l'article 58 du Statut", "المادة 58", pinpoints in
    words ("article 98, paragraph 1", "paragraph 7 of article 87", "párrafo 1 del artículo
    82"), and canonical strings such as "RS 86". Citations of other treaties ("article 51 of
    the UN Charter") are skipped, and so is "article 127 of the treaty", which names no treaty
    (:func:`find_citations_of_the_treaty` has those). Whether the provision exists is the
    caller's question.
    """
    for start, end, cit, bare in find_citations_of_the_treaty(text):
        if not bare:
            yield start, end, cit


def find_citations_of_the_treaty(text: str) -> Iterator[tuple[int, int, Citation, bool]]:
    """:func:`find_citations`, plus the articles "of the treaty" (or "du traité", "del
    tratado", "من المعاهدة") read as articles of the Statute; the last item of each tuple is
    True for those, which only a text about the ICC supports. Not an article a possessive gives
    to another law (:func:`possessed_by_another_law`)."""
    for found in _find(text):
        if not possessed_by_another_law(text, found[0]):
            yield found


def find_all_citations(text: str) -> Iterator[tuple[int, int, Citation, bool]]:
    """:func:`find_citations_of_the_treaty` with the articles a possessive may give to another
    law: for a caller that reads a stretch of a longer text and judges those on the whole."""
    yield from _find(text)


# An article named by its text's possessive ("Su artículo 112", "its article 5"): of the law
# named last before it, which may be a State's own
# (a sentence's first word, after a full stop: in "the Statute prevails over the national
# Constitution: its article 27 ..." the possessive is the Statute's)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\A|[.!?؟:;][\s\"”»*_]*\s|[(\"“«]\s*)(?:su|sus|its|son|sa|ses|leur|their)\s+\Z", re.IGNORECASE
)
_CLAUSE_START = re.compile(r"[.!?؟]\s")
_A_LAW_NAMED = re.compile(
    r"\b(?:(?P<other>Constituci[oó]n|Constitution|C[oó]digo|Code|Ley|Loi|Act|Charter|Carta|Charte"
    r"|Convention|Convenci[oó]n)|Estatuto|Statute|Statut|Reglamento|Règlement|Rules|Reglas|Regulations)\b"
)
LAW_REACH = 200  # characters back to the law a possessive citation is of


def possessed_by_another_law(text: str, at: int) -> bool:
    """True when the citation at ``at`` opens a sentence or a clause with a possessive ("...
    nuestra propia Constitución. Su artículo 112 dice", "La Constitución es clara: su artículo
    112") and the law named last before it (within LAW_REACH) is not the Statute, its Rules or
    the Regulations: a constitution, a code, an act, a charter, another convention; and no
    instrument of the Court is named before that law in its sentence."""
    if _POSSESSIVE_BEFORE.search(text, max(0, at - 16), at) is None:
        return False
    names = list(_A_LAW_NAMED.finditer(text, max(0, at - LAW_REACH), at))
    if not names or names[-1].group("other") is None:
        return False
    # ... unless the Statute (or its Rules) is named before that law in the same sentence: "The
    # Statute prevails over any immunity in the national Constitution: its article 27 says ..."
    starts = [m.end() for m in _CLAUSE_START.finditer(text, max(0, at - LAW_REACH), names[-1].start())]
    since = starts[-1] if starts else max(0, at - LAW_REACH)
    return not any(m.group("other") is None and m.start() >= since for m in names[:-1])


def _find(text: str) -> Iterator[tuple[int, int, Citation, bool]]:
    found: list[tuple[int, int, Citation, bool]] = []
    pat = _patterns()
    for m in pat.free.finditer(text):
        items = list(pat.item.finditer(text, m.start("list"), m.end("list")))
        lead = pat.lead.search(text, max(0, m.start() - 64), m.start())
        parsed: list[tuple[int, int, str, tuple[str, ...]]] = []
        list_end = m.end()
        for i, item in enumerate(items):
            number, pins = _pin_labels(item.group(0))
            if i and not _ranged(m, text[items[i - 1].end() : item.start()], parsed[-1][2], number):
                list_end = items[i - 1].end()
                break  # "article 58 to 3 suspects": a number after "to" that is not a range's end
            start = m.start() if i == 0 else item.start()
            if i == 0 and not lead and (sub := pat.sublead.search(text, max(0, m.start() - 30), m.start())):
                # "subparagraph (a) of article 53(2)": the letter below the item's paragraph;
                # "subparagraph (a) of article 13": the article's own lettered item
                start, pins = (
                    sub.start(),
                    (
                        *pins,
                        _latin(sub.group("letter") or sub.group("bare")),
                    ),
                )
            if i == 0 and lead and not pins:
                start = lead.start()
                para = lead.group("para") or lead.group("plet")
                if para is None:
                    para = _ORDINALS[(lead.group("ord") or lead.group("ord0")).lower()]
                pins = tuple(
                    _AR_LETTERS.get(p, canonical_number(p))
                    for p in (para, *lead.group("sub", "sub2", "sub0", "rom0", "rom1"))
                    if p
                )
            if i == 0 and (subs := pat.subsbefore.search(text, max(0, start - 80), start)):
                # "los apartados a) y b) del párrafo 1 del artículo 58": one citation a letter,
                # the last one running to the item's end
                letters = list(pat.letter.finditer(text, subs.start(), subs.end()))
                for k, letter in enumerate(letters[:-1]):
                    parsed.append(
                        (
                            subs.start() if k == 0 else letter.start(),
                            letter.end(),
                            number,
                            (*pins, _letter(letter)),
                        )
                    )
                start, pins = letters[-1].start(), (*pins, _letter(letters[-1]))
            if (
                i == 0
                and not lead
                and not pins
                and (psubs := pat.parasubs.search(text, max(0, start - 80), start))
            ):
                # "paragraph 2(b) or (c) of article 19": one citation a letter of that paragraph,
                # the last one running to the item's end
                para = canonical_number(psubs.group("para"))
                letters = list(pat.letter.finditer(text, psubs.start("letters"), psubs.end("letters")))
                for k, letter in enumerate(letters[:-1]):
                    parsed.append(
                        (
                            psubs.start() if k == 0 else letter.start(),
                            letter.end(),
                            number,
                            (para, _letter(letter)),
                        )
                    )
                start, pins = letters[-1].start(), (para, _letter(letters[-1]))
            if i == 0 and not pins and (paras := pat.parasbefore.search(text, max(0, start - 80), start)):
                # "paragraphs 4 and 5 of article 19": one citation a paragraph, the last running to
                # the item's end
                numbers = list(re.finditer(_D + "+", text[paras.start() : paras.end()]))
                for k, n in enumerate(numbers[:-1]):
                    at = paras.start() + n.start()
                    parsed.append(
                        (
                            paras.start() if k == 0 else at,
                            at + len(n.group()),
                            number,
                            (canonical_number(n.group()),),
                        )
                    )
                start, pins = paras.start() + numbers[-1].start(), (canonical_number(numbers[-1].group()),)
            span = _HYPHEN_RANGE.fullmatch(item.group(0))
            if span and not pins and _plural(m) and _increases(span.group(1), span.group(2)):
                # "articles 86-89": the first and the last article of the range, each its own
                parsed.append((start, item.start() + span.end(1), number, pins))
                start, number = item.start() + span.start(2), canonical_number(span.group(2))
            parsed.append((start, item.end(), number, pins))
        # the pinpoints written after the last item, at its level: "58(1)(a) and (b)"
        more = list(_siblings(text, list_end, parsed[-1][3]))
        if not more and len(items) == 1 and not parsed[-1][3] and (plural := pat.paras.match(text, list_end)):
            # "art. 110, párrafos 1 y 2": the item is its first paragraph, the others follow
            start, _, number, _ = parsed[-1]
            parsed[-1] = (start, plural.end(1), number, (canonical_number(plural.group(1)),))
            more = [
                (n.start() + plural.start(2), n.end() + plural.start(2), (canonical_number(n.group(0)),))
                for n in re.finditer(_D + "+", plural.group(2))
            ]
        inst, end = _instrument_for(m, text, more[-1][1] if more else list_end)
        if not more and len(items) == 1 and (letters := pat.subsafter.match(text, list_end)):
            # "artículo 58, párrafo 1, apartados a) y b)": one citation a letter, at the item's level
            start, _, number, pins = parsed[-1]
            found_letters = list(pat.letter.finditer(text, letters.start(1), letters.end()))
            parsed[-1] = (start, found_letters[0].end(), number, (*pins, _letter(found_letters[0])))
            more = [(x.start(), x.end(), (*pins, _letter(x))) for x in found_letters[1:]]
            inst, end = _instrument_for(m, text, more[-1][1])
        if inst is None:
            continue
        number = parsed[-1][2]
        spans = parsed + [(a, b, number, pins) for a, b, pins in more]
        for i, (start, stop, number, pins) in enumerate(spans):
            stop = end if i == len(spans) - 1 else stop  # the last takes the instrument's name
            found.append((start, stop, Citation(inst.rstrip("?"), number, pins), inst.endswith("?")))
    for m in pat.direct.finditer(text):
        pins = tuple(_PIN.findall(m.group(3)))
        found.append((m.start(), m.end(), Citation(m.group(1), m.group(2), pins), False))
    found.sort(key=lambda t: (t[0], -t[1]))
    last_end = -1
    for start, end, cit, bare in found:
        if start >= last_end:
            last_end = end
            if _COMMON_BEFORE.search(text, max(0, start - 8), start) or _COMMON_AFTER.match(text, end):
                continue  # "common article 3", "المادة 3 المشتركة": the Geneva Conventions'
            yield start, end, cit, bare


_COMMON_BEFORE = re.compile(r"\bcommon $", re.IGNORECASE)
_COMMON_AFTER = re.compile(r"\s+(?:المشتركة|commun(?:e)?\b|común\b)")
