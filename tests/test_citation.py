"""Canonical citations and the free-text forms people write."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icc_ref.annotate import annotate_text
from icc_ref.citation import Citation, find_citations, parse_citation
from icc_ref.errors import CitationError
from icc_ref.matcher import MAX_CITATION, _Cited, _Taken

CANONICAL = [
    "RS 58",
    "RS 58(1)(b)",
    "RS 8bis",
    "RPE 117(2)",
    "RoC 23bis",
    "EoC 7(1)(a)",
    "RS 25(3bis)",
    "RS 8(2)(b)(xxvi)",
]


@pytest.mark.parametrize("text", CANONICAL, ids=CANONICAL)
def test_canonical_round_trip(text: str) -> None:
    assert str(parse_citation(text)) == text


@pytest.mark.parametrize("text", ["Article 58", "RS58", "RS 58 (1)", "XX 5", "RS 8 bis", "rs 58", ""])
def test_malformed_canonical_is_rejected(text: str) -> None:
    with pytest.raises(CitationError, match="malformed citation"):
        parse_citation(text)


FREE = [
    # a pinpoint written in words, after the article or before it
    ("article 98, paragraph 1, of the Statute", [("article 98, paragraph 1", "RS 98(1)")]),
    ("artículo 82, párrafo 1, letra d), del Estatuto", [("artículo 82, párrafo 1, letra d)", "RS 82(1)(d)")]),
    ("article 5, para. 2", [("article 5, para. 2", "RS 5(2)")]),
    ("المادة 87، الفقرة 7 من النظام", [("المادة 87، الفقرة 7", "RS 87(7)")]),
    ("under paragraph 7 of article 87 of the Statute", [("paragraph 7 of article 87", "RS 87(7)")]),
    ("le paragraphe 1 de l'article 98 du Statut", [("paragraphe 1 de l'article 98", "RS 98(1)")]),
    ("el párrafo 1 del artículo 82", [("párrafo 1 del artículo 82", "RS 82(1)")]),
    # the sub-paragraph written first: "apartado c) del párrafo 1 del artículo 17"
    (
        "conforme al apartado c) del párrafo 1 del artículo 17",
        [("apartado c) del párrafo 1 del artículo 17", "RS 17(1)(c)")],
    ),
    (
        "under subparagraph (c) of paragraph 1 of article 17",
        [("subparagraph (c) of paragraph 1 of article 17", "RS 17(1)(c)")],
    ),
    (
        "selon l'alinéa b) du paragraphe 3 de l'article 53",
        [("alinéa b) du paragraphe 3 de l'article 53", "RS 53(3)(b)")],
    ),
    ("وفقاً للبند (ج) من الفقرة 1 من المادة 17", [("للبند (ج) من الفقرة 1 من المادة 17", "RS 17(1)(c)")]),
    # the Spanish dotted pinpoints; a full stop after a number is not one
    ("el artículo 89.1 del Estatuto", [("artículo 89.1", "RS 89(1)")]),
    ("artículo 82.1.d) del Estatuto", [("artículo 82.1.d)", "RS 82(1)(d)")]),
    ("los artículos 17.2 y 17.3", [("artículos 17.2", "RS 17(2)"), ("17.3", "RS 17(3)")]),
    ("la regla 117.3", [("regla 117.3", "RPE 117(3)")]),
    ("under article 58. The judges", [("article 58", "RS 58")]),
    ("under article 58.123", [("article 58", "RS 58")]),
    # the French way with hyphens, and a range that is not a pinpoint
    ("l'article 17-1-a du Statut", [("l'article 17-1-a", "RS 17(1)(a)")]),
    ("les articles 7-1-a et 7-1-h", [("articles 7-1-a", "RS 7(1)(a)"), ("7-1-h", "RS 7(1)(h)")]),
    ("les articles 86-89", [("articles 86", "RS 86"), ("89", "RS 89")]),
    # ranges: each end is linked; "to" after a singular keyword, or down to a smaller number,
    # ends the list
    ("rules 89 to 91 of the Rules", [("rules 89", "RPE 89"), ("91 of the Rules", "RPE 91")]),
    ("articles 86 à 89 du Statut", [("articles 86", "RS 86"), ("89", "RS 89")]),
    ("los artículos 86 al 89", [("artículos 86", "RS 86"), ("89", "RS 89")]),
    ("المواد 86 إلى 89", [("المواد 86", "RS 86"), ("89", "RS 89")]),
    # a hyphen or a dash between numbers of three digits, or any: a range too
    ("rules 173-175 of the Rules", [("rules 173", "RPE 173"), ("175 of the Rules", "RPE 175")]),
    ("articles 86–89", [("articles 86", "RS 86"), ("89", "RS 89")]),
    ("rule 173-175", [("rule 173", "RPE 173")]),
    ("المواد من 6 إلى 8", [("المواد من 6", "RS 6"), ("8", "RS 8")]),
    ("arts. 13-16", [("arts. 13", "RS 13"), ("16", "RS 16")]),  # "arts." is plural too
    ("aplicó el artículo 58 a 3 sospechosos", [("artículo 58", "RS 58")]),
    ("article 58 to 60 suspects", [("article 58", "RS 58")]),
    ("articles 89 to 5 weeks", [("articles 89", "RS 89")]),
    ("article 86-89", [("article 86-89", "RS 86")]),
    # the letter straight after the number, the Spanish way, and "apartado"
    ("el artículo 13.b) del Estatuto", [("artículo 13.b)", "RS 13(b)")]),
    ("el artículo 13 b) del Estatuto", [("artículo 13 b)", "RS 13(b)")]),
    ("l'article 58 1) b) du Statut", [("l'article 58 1) b)", "RS 58(1)(b)")]),
    ("au titre de la règle 68 3)", [("règle 68 3)", "RPE 68(3)")]),
    ("el artículo 13, apartado b)", [("artículo 13, apartado b)", "RS 13(b)")]),
    # an Arabic letter in a pinpoint written first; "and paragraph 1 of article 89" is the next one
    ("وفقا للفقرة 7 (ب) من المادة 61", [("للفقرة 7 (ب) من المادة 61", "RS 61(7)(b)")]),
    (
        "وفقا للمادة 86 والفقرة 1 من المادة 89",
        [("للمادة 86", "RS 86"), ("والفقرة 1 من المادة 89", "RS 89(1)")],
    ),
    ("article 98, paragraph 1 of the Statute", [("article 98, paragraph 1", "RS 98(1)")]),
    # the paragraph word abbreviated
    ("(art. 59, par. 2)", [("art. 59, par. 2", "RS 59(2)")]),
    ("el artículo 89, párr. 1", [("artículo 89, párr. 1", "RS 89(1)")]),
    # Arabic list letters (abjad order) and the numbered third level
    ("المادة 19 (2) (ب) من النظام", [("المادة 19 (2) (ب)", "RS 19(2)(b)")]),
    ("المادتين 58 (1) (ب) و60", [("المادتين 58 (1) (ب)", "RS 58(1)(b)"), ("60", "RS 60")]),
    ("المادة 8 (2) (هـ) (6)", [("المادة 8 (2) (هـ) (6)", "RS 8(2)(e)(vi)")]),
    ("المادة 53 من لائحة المحكمة", [("المادة 53 من لائحة المحكمة", "RoC 53")]),
    # a number after a letter that is no item of a list stays a number ("(0)" had made an
    # empty pinpoint, and the annotation stopped on it)
    ("المادة 8 (2) (ب) (0)", [("المادة 8 (2) (ب) (0)", "RS 8(2)(b)(0)")]),
    ("وفقاً للفقرة 7 من المادة 87", [("للفقرة 7 من المادة 87", "RS 87(7)")]),
    ("paragraph 2(b) of article 8", [("paragraph 2(b) of article 8", "RS 8(2)(b)")]),
    ("paragraph 4 of the decision cites article 58", [("article 58", "RS 58")]),
    ("Article 58(1)(b) of the Rome Statute", [("Article 58(1)(b)", "RS 58(1)(b)")]),
    # more pinpoints after the last item, at the level of its last ones
    (
        "article 58(1)(a) and (b) of the Statute",
        [("article 58(1)(a)", "RS 58(1)(a)"), ("(b)", "RS 58(1)(b)")],
    ),
    (
        "Art. 8(2)(b)(xxii) and (e)(vi)",
        [("Art. 8(2)(b)(xxii)", "RS 8(2)(b)(xxii)"), ("(e)(vi)", "RS 8(2)(e)(vi)")],
    ),
    (
        "rule 81(4), (5) and (6) of the Rules of Procedure and Evidence",
        [
            ("rule 81(4)", "RPE 81(4)"),
            ("(5)", "RPE 81(5)"),
            ("(6) of the Rules of Procedure and Evidence", "RPE 81(6)"),
        ],
    ),
    ("l'article 98(1) et (2)", [("l'article 98(1)", "RS 98(1)"), ("(2)", "RS 98(2)")]),
    # a number after letters is a paragraph: the level of the last pinpoint of its kind (round 43)
    ("article 58(1)(a) and (3)", [("article 58(1)(a)", "RS 58(1)(a)"), ("(3)", "RS 58(3)")]),
    ("article 12 and (b)", [("article 12", "RS 12")]),
    ("article 5(1)(a) and (b) of the UN Charter", []),
    ("under articles 86 and 89", [("articles 86", "RS 86"), ("89", "RS 89")]),
    ("articles 18 and 19 of the Statute", [("articles 18", "RS 18"), ("19", "RS 19")]),
    ("Art. 98(2) says", [("Art. 98(2)", "RS 98(2)")]),
    ("see art 98(2)", [("art 98(2)", "RS 98(2)")]),
    ("rule 117", [("rule 117", "RPE 117")]),
    ("regulation 23 bis", [("regulation 23 bis", "RoC 23bis")]),
    ("article 8 bis", [("article 8 bis", "RS 8bis")]),
    ("l'article 58 du Statut", [("l'article 58", "RS 58")]),
    ("l’article 58 du Statut de Rome", [("l’article 58", "RS 58")]),
    ("المادة 58 من نظام روما الأساسي", [("المادة 58", "RS 58")]),
    ("المادة ٥٨", [("المادة ٥٨", "RS 58")]),
    ("el artículo 98 del Estatuto de Roma", [("artículo 98", "RS 98")]),
    ("la regla 117", [("regla 117", "RPE 117")]),
    ("RS 86 and RoC 23bis", [("RS 86", "RS 86"), ("RoC 23bis", "RoC 23bis")]),
    # the names of the Rules and the Regulations belong to the citation; the Statute's stands apart
    (
        "rule 117 of the Rules of Procedure and Evidence",
        [("rule 117 of the Rules of Procedure and Evidence", "RPE 117")],
    ),
    (
        "regulation 23 bis of the Regulations of the Court",
        [("regulation 23 bis of the Regulations of the Court", "RoC 23bis")],
    ),
    ("rule 5 of the Rules", [("rule 5 of the Rules", "RPE 5")]),
    (
        "rules 58 and 59 of the Rules of Procedure and Evidence",
        [("rules 58", "RPE 58"), ("59 of the Rules of Procedure and Evidence", "RPE 59")],
    ),
    (
        "regla 195 de las Reglas de Procedimiento y Prueba",
        [("regla 195 de las Reglas de Procedimiento y Prueba", "RPE 195")],
    ),
    ("la norme 23 bis du Règlement de la Cour", [("norme 23 bis du Règlement de la Cour", "RoC 23bis")]),
    # several paragraphs of one item, each its own citation
    ("art. 110, párrafos 1 y 2 del Estatuto", [("art. 110, párrafos 1", "RS 110(1)"), ("2", "RS 110(2)")]),
    (
        "article 20, paragraphs 1, 2 and 3",
        [("article 20, paragraphs 1", "RS 20(1)"), ("2", "RS 20(2)"), ("3", "RS 20(3)")],
    ),
    # ... but not after a list of items, where "respectively" may be meant
    ("articles 5 and 6, paragraphs 1 and 2", [("articles 5", "RS 5"), ("6", "RS 6")]),
    # a sub-rule is a numbered paragraph of its rule
    ("regla 224, subregla 3", [("regla 224, subregla 3", "RPE 224(3)")]),
    ("rule 117, sub-rule 2", [("rule 117, sub-rule 2", "RPE 117(2)")]),
    # a paragraph written first, before "de la" and the rule
    ("Le paragraphe 1 de la règle 121 dit", [("paragraphe 1 de la règle 121", "RPE 121(1)")]),
    # a paragraph numbered in words, before or after its word; a letter after "paragraphe"
    ("الفقرة الثانية من المادة 89", [("الفقرة الثانية من المادة 89", "RS 89(2)")]),
    ("the second paragraph of article 27", [("second paragraph of article 27", "RS 27(2)")]),
    ("el párrafo segundo del artículo 89", [("párrafo segundo del artículo 89", "RS 89(2)")]),
    ("l'article 13, paragraphe b), du Statut", [("l'article 13, paragraphe b)", "RS 13(b)")]),
    ("le paragraphe 3 a) de l'article 53", [("paragraphe 3 a) de l'article 53", "RS 53(3)(a)")]),
    # "apartado" with a number is a paragraph; two lettered levels in words
    ("artículo 65, apartado 4", [("artículo 65, apartado 4", "RS 65(4)")]),
    ("apartado 2 del artículo 9", [("apartado 2 del artículo 9", "RS 9(2)")]),
    (
        "el artículo 8, párrafo 2, apartado b), inciso xxvi).",
        [("artículo 8, párrafo 2, apartado b), inciso xxvi)", "RS 8(2)(b)(xxvi)")],
    ),
    # a lettered sub-paragraph after the Spanish dotted form, a French sub-rule, an Arabic letter
    ("art. 61.2 b) del Estatuto", [("art. 61.2 b)", "RS 61(2)(b)")]),
    ("règle 98, alinéa 5", [("règle 98, alinéa 5", "RPE 98(5)")]),
    ("فالمادة 53، الفقرة 1 (ب) من النظام", [("فالمادة 53، الفقرة 1 (ب)", "RS 53(1)(b)")]),
    # "sub-rule 3" is no rule 3; a sub-paragraph written before its article
    ("under sub-rule 3 the Chamber", []),
    ("subparagraph (a) of article 53(2)", [("subparagraph (a) of article 53(2)", "RS 53(2)(a)")]),
    ("subparagraph (a) of article 13", [("subparagraph (a) of article 13", "RS 13(a)")]),
    ("الفقرة الفرعية (ب) من المادة 13", [("الفقرة الفرعية (ب) من المادة 13", "RS 13(b)")]),
    ("المادة 13، الفقرة الفرعية (ب)", [("المادة 13، الفقرة الفرعية (ب)", "RS 13(b)")]),
    # "§" for a paragraph, a letter and a roman level after a paragraph in words, ranges after "art."
    ("(art. 60, § 1)", [("art. 60, § 1", "RS 60(1)")]),
    ("(art. 67, § 1, c)", [("art. 67, § 1, c)", "RS 67(1)(c)")]),
    ("l'article 72, paragraphe 7, a) iii)", [("l'article 72, paragraphe 7, a) iii)", "RS 72(7)(a)(iii)")]),
    (
        "art. 55, 58 à 60, 67 et 85",
        [("art. 55", "RS 55"), ("58", "RS 58"), ("60", "RS 60"), ("67", "RS 67"), ("85", "RS 85")],
    ),
    # round 47: a roman item after a hyphenated letter or after "alinéa c),"; a lettered
    # paragraph written first, in Arabic and in English, and two of them
    ("le pillage (article 8-2-e-v du Statut)", [("article 8-2-e-v", "RS 8(2)(e)(v)")]),
    (
        "l'article 61, paragraphe 7, alinéa c), ii) du Statut",
        [("l'article 61, paragraphe 7, alinéa c), ii)", "RS 61(7)(c)(ii)")],
    ),
    ("الفقرة (ب) من المادة 13", [("الفقرة (ب) من المادة 13", "RS 13(b)")]),
    # round 48: several paragraphs written before their article
    ("paragraphs 4 and 5 of article 19", [("paragraphs 4", "RS 19(4)"), ("5 of article 19", "RS 19(5)")]),
    ("الفقرتان 4 و5 من المادة 19", [("الفقرتان 4", "RS 19(4)"), ("5 من المادة 19", "RS 19(5)")]),
    # ... a range of paragraphs after the item, read as one by the caller (round 50)
    (
        "artículo 15 bis, párrafos 6 a 8, del Estatuto",
        [("artículo 15 bis, párrafos 6", "RS 15bis(6)"), ("8", "RS 15bis(8)")],
    ),
    # round 51: an Arabic keyword with its case ending, a letter without its bracket after
    # "alinéa", roman items before their rule
    ("وفق البندُ (و) من الفقرة 2 من المادة 112", [("البندُ (و) من الفقرة 2 من المادة 112", "RS 112(2)(f)")]),
    ("l'alinéa f de l'article 25, paragraphe 3", [("alinéa f de l'article 25, paragraphe 3", "RS 25(3)(f)")]),
    (
        "los incisos ii) y iv) de la regla 145(2)(b)",
        [("incisos ii)", "RPE 145(2)(b)(ii)"), ("iv) de la regla 145(2)(b)", "RPE 145(2)(b)(iv)")],
    ),
    # ... not a list's roman markers after an item (the session's review)
    (
        "i) article 8(2)(b), ii) article 8(2)(e), iii) article 7",
        [("article 8(2)(b)", "RS 8(2)(b)"), ("article 8(2)(e)", "RS 8(2)(e)"), ("article 7", "RS 7")],
    ),
    # ... a sibling in the French way after a French item (round 50)
    ("l'article 58-1 a) et b) du Statut", [("l'article 58-1 a)", "RS 58(1)(a)"), ("b)", "RS 58(1)(b)")]),
    # ... and a sibling written with an Arabic letter after "و"
    ("المادة 7 (1) (أ) و(ح) من النظام الأساسي", [("المادة 7 (1) (أ)", "RS 7(1)(a)"), ("(ح)", "RS 7(1)(h)")]),
    ("paragraph (b) of article 13", [("paragraph (b) of article 13", "RS 13(b)")]),
    ("الفقرتين (أ) و(ج) من المادة 13", [("الفقرتين (أ)", "RS 13(a)"), ("(ج) من المادة 13", "RS 13(c)")]),
    # "r." and "rr." for rules, in lower case only
    ("see r. 121(3) and rr. 76-77", [("r. 121(3)", "RPE 121(3)"), ("rr. 76", "RPE 76"), ("77", "RPE 77")]),
    ("R. 121(3)", []),
    ("Mr. 5 and Dr. 6", []),
    ("article 51 of the UN Charter", []),
    ("article 3 of the Geneva Conventions", []),
    ("Article 5 de la Convention", []),
    ("المادة 35 من الاتفاقية الأوروبية لحقوق الإنسان", []),
    ("no citation here at all", []),
]


@pytest.mark.parametrize(("text", "expected"), FREE, ids=[t for t, _ in FREE])
def test_free_text_citations(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(text[s:e], str(c)) for s, e, c in find_citations(text)]
    assert found == expected


_CITING = st.lists(
    st.sampled_from(
        [
            "article",
            "Art.",
            "rule",
            "regulation",
            "l'article",
            "المادة",
            "artículo",
            "RS",
            "of the Statute",
            " ",
            " ",
            ", ",
            "58",
            "(1)(b)",
            "89",
            "٥٨",
            "23 bis",
            "and",
            "\n",
            "2024",
            "x7",
        ]
    ),
    max_size=30,
).map("".join)


@given(_CITING)
def test_citations_near_numbers_find_what_the_whole_text_pattern_finds(text: str) -> None:
    # the matcher runs the citation patterns only around numbers, starting at the first digit
    from icc_ref.citation import find_citations_of_the_treaty
    from icc_ref.matcher import _citations_near_numbers

    assert list(_citations_near_numbers(text)) == list(find_citations_of_the_treaty(text))


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("article 19, paragraph 2 (b), of the Statute", ("2", "b")),
        ("article 19, paragraph 2(b)", ("2", "b")),
        ("article 19, paragraph 2 (b) (ii)", ("2", "b", "ii")),
        ("under article 58, paragraph 1 (the arrest)", ("1",)),
    ],
    ids=["space", "no-space", "two-levels", "words-in-brackets"],
)
def test_a_paragraph_in_words_keeps_its_bracketed_sub_paragraph(text: str, pinpoint: tuple[str, ...]) -> None:
    (found,) = list(find_citations(text))
    assert found[2].pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 40: "sous-règle 3" is a paragraph of the rule after it, never rule 3
        ("La Chambre applique la sous-règle 3 de la règle 119.", [("RPE 119(3)",)]),
        # a range of lettered items
        (
            "The Prosecutor weighs article 53(1)(a) to (c) of the Statute.",
            [("RS 53(1)(a)", "RS 53(1)(b)", "RS 53(1)(c)")],
        ),
        # a letter written without its bracket after "alinéa" or "al.", and its roman level
        ("L'article 77, paragraphe 1, alinéa b du Statut prévoit la perpétuité.", [("RS 77(1)(b)",)]),
        ("La règle 145, par. 2, al. b, ii vise les circonstances.", [("RPE 145(2)(b)(ii)",)]),
        # the first article named in words, far from any number (round 41); another text's stays plain
        ("Selon l'article premier du Statut de Rome, la Cour est complémentaire.", [("RS 1",)]),
        ("El artículo primero de la Constitución dice otra cosa.", []),
        # a paragraph named alone is of the provision the text cites down to a paragraph, not of
        # one cited once in passing nearer to it (round 42)
        (
            "تنص الفقرة 1 من المادة 53 من نظام روما الأساسي على أمور، منها مقبولية القضية بموجب المادة 17. "
            "أما الفقرة 2 فتخص مرحلة لاحقة.",
            [("RS 53(1)",), ("RS 17",), ("RS 53(2)",)],
        ),
        # "u", the Spanish "or" before a word opening with "o" ("ocho"), joins a list (round 42)
        ("Los artículos 7, 8 u 8 bis del Estatuto.", [("RS 7",), ("RS 8",), ("RS 8bis",)]),
        # a paragraph numbered "bis" (round 41)
        ("El párrafo 3 bis del artículo 25 del Estatuto.", [("RS 25(3bis)",)]),
        ("Article 25, paragraph 3 bis of the Statute.", [("RS 25(3bis)",)]),
        # ... and the plural "alinéas", "apartados", "subparagraphs" after the item: each item a
        # citation (round 49; the plural was read as none before)
        ("L'article 13, alinéas a) et b) du Statut.", [("RS 13(a)",), ("RS 13(b)",)]),
        (
            "En la CPI rige el artículo 58, párrafo 1, apartados a) y b), del Estatuto.",
            [("RS 58(1)(a)",), ("RS 58(1)(b)",)],
        ),
        # round 49: an Arabic letter after a paragraph pointing back, several sub-rules named
        # alone, a paragraph named by its ordinal after a possessive
        (
            "المحكمة الجنائية الدولية. تنص المادة 82 على الطعن. وتنص الفقرة 1 (د) من المادة ذاتها على ذلك.",
            [("RS 82",), ("RS 82(1)(d)",)],
        ),
        (
            "At the ICC, rule 121 governs disclosure (sub-rules 4 and 5).",
            [("RPE 121",), ("RPE 121(4)",), ("RPE 121(5)",)],
        ),
        (
            "À la CPI, l'article 27 est clair. Son premier paragraphe vise les chefs d'État.",
            [("RS 27",), ("RS 27(1)",)],
        ),
        # a paragraph named by its ordinal far from any number, after one named by "منها"
        (
            "احتجت فالدوريا بالمادة 98 من نظام روما الأساسي. تنص الفقرة الأولى منها على أن المحكمة لا يجوز "
            "لها أن توجه طلباً يتنافى مع التزامات الدولة. وتعالج الفقرة الثانية الاتفاقات الدولية.",
            [("RS 98",), ("RS 98(1)",), ("RS 98(2)",)],
        ),
        # round 43: a range of letters with a hyphen, then a paragraph after them
        (
            "At the ICC, Rule 59(1)(a)-(b) and (2) of the Rules governs notice.",
            [("RPE 59(1)(a)", "RPE 59(1)(b)"), ("RPE 59(2)",)],
        ),
        # round 45: Geneva's common article 3 is no article of the Statute; "مكرراً ثانياً" is ter
        ("At the ICC, common article 3 of the Geneva Conventions applies.", []),
        ("المحكمة الجنائية الدولية. وفقاً للمادة 3 المشتركة بين اتفاقيات جنيف.", []),
        ("المحكمة الجنائية الدولية. تنص القاعدة 134 مكرراً ثانياً على ذلك.", [("RPE 134ter",)]),
        ("المحكمة الجنائية الدولية. تنص القاعدة 134 مكرراً ثالثاً على ذلك.", [("RPE 134quater",)]),
        # a range of numbered paragraphs with a hyphen, one mention of each (new-user check)
        (
            "At the ICC, Rule 76(1)-(3) and rule 84 govern that timetable.",
            [("RPE 76(1)", "RPE 76(2)", "RPE 76(3)"), ("RPE 84",)],
        ),
        # sub-rules named in the plural, each its own citation (round 44)
        ("At the ICC, rule 98, sub-rules 2 and 3 govern the Fund.", [("RPE 98(2)",), ("RPE 98(3)",)]),
        # several sub-paragraphs written before their paragraph and article
        (
            "La CPI aplica los apartados a) y b) del párrafo 1 del artículo 58.",
            [("RS 58(1)(a)",), ("RS 58(1)(b)",)],
        ),
        ("At the ICC, sub-paragraphs (a) and (b) of article 13 apply.", [("RS 13(a)",), ("RS 13(b)",)]),
        # a paragraph named alone with its sub-paragraph in words
        (
            "La CPI aplica el artículo 30. Hay intención si se sabe que ocurrirá (párrafo 2, apartado b).",
            [("RS 30",), ("RS 30(2)(b)",)],
        ),
        # round 47: a sub-paragraph named alone is of the provision cited just before, at the
        # deepest level that has it
        (
            "Article 93(1) of the Rome Statute lists taking evidence (subparagraph (b)) and the "
            "transfer of records (subparagraph (i)).",
            [("RS 93(1)",), ("RS 93(1)(b)",), ("RS 93(1)(i)",)],
        ),
        ("Under article 97 of the Statute, subparagraph (c) covers a treaty.", [("RS 97",), ("RS 97(c)",)]),
        (
            "El artículo 25(3) del Estatuto: el apartado d), inciso ii), trata de la contribución.",
            [("RS 25(3)",), ("RS 25(3)(d)",), ("RS 25(3)(d)(ii)",)],
        ),
        (
            "تنص المادة 8 مكرراً (2) من النظام الأساسي على صور العدوان، ومنها البند (ج) الحصار.",
            [("RS 8bis(2)",), ("RS 8bis(2)(c)",)],
        ),
        (
            "À la CPI, la règle 145, paragraphe 2, alinéa b) ii) s'applique; voir aussi l'alinéa a) ii).",
            [("RPE 145(2)(b)(ii)",), ("RPE 145(2)(a)(ii)",)],
        ),
        # a Part of the Statute: named with the Statute, or referred to near one of its articles
        ("La pena se rige por la Parte VII del Estatuto.", [("RS 77", "RS 78", "RS 79", "RS 80")]),
        (
            "At the ICC, article 83(3) lets the judges vary it in accordance with Part 7.",
            [("RS 83(3)",), ("RS 77", "RS 78", "RS 79", "RS 80")],
        ),
        ("ينظم الباب الثاني عشر من النظام الأساسي التمويل.", [tuple(f"RS {n}" for n in range(113, 119))]),
        # several paragraphs named alone with their sub-paragraphs (round 51)
        (
            "المحكمة الجنائية الدولية. تتناول المادة 8 الجرائم، والفقرتان 2(ج) و2(هـ).",
            [("RS 8",), ("RS 8(2)(c)",), ("RS 8(2)(e)",)],
        ),
        # a range of paragraphs after the item: one mention of each
        (
            "En la CPI rige el artículo 15 bis, párrafos 6 a 8, del Estatuto.",
            [("RS 15bis(6)", "RS 15bis(7)", "RS 15bis(8)")],
        ),
        # ... or after the Statute's name (round 50)
        (
            "The Rome Statute gives the Court no prisons. The functions of the Court under Part 10 are the "
            "Presidency's.",
            [tuple(f"RS {n}" for n in range(103, 112))],
        ),
        # ... not an essay's part, another text's chapter, nor Part 9 where its concept names it
        ("At the ICC, article 16 failed. Part 4 turns to money.", [("RS 16",)]),
        ("À la CPI, l'article 13 renvoie au chapitre VII de la Charte des Nations Unies.", [("RS 13",)]),
        ("Part 4 of the Bill covers assistance.", []),
        ("The Rome Statute matters. In Part 3 of this paper I discuss article 17.", [("RS 17",)]),
        # ... a Part named by the next one's Statute: "Part 2 and Part 9 of the Rome Statute"
        (
            "We lived inside Part 2 and Part 12 of the Rome Statute.",
            [
                tuple(
                    f"RS {n}"
                    for n in (
                        "5",
                        "6",
                        "7",
                        "8",
                        "8bis",
                        "9",
                        "10",
                        "11",
                        "12",
                        "13",
                        "14",
                        "15",
                        "15bis",
                        "15ter",
                        "16",
                        "17",
                        "18",
                        "19",
                        "20",
                        "21",
                    )
                ),
                tuple(f"RS {n}" for n in range(113, 119)),
            ],
        ),
        # ... also pointing back at it: "el apartado a) de dicho artículo", "apartado b) de ese párrafo"
        (
            "En la CPI, el artículo 97 obliga a consultar; el apartado a) de dicho artículo trata de eso.",
            [("RS 97",), ("RS 97(a)",)],
        ),
        (
            "En la CPI, rige el artículo 58, párrafo 1. Es el apartado b) de ese párrafo.",
            [("RS 58(1)",), ("RS 58(1)(b)",)],
        ),
        # ... and of none without such a provision before it, or where the provision has no such item
        ("At the ICC, see subparagraph (c) of the brief.", []),
        ("At the ICC, article 97 applies; subparagraph (k) too.", [("RS 97",)]),
    ],
)
def test_citations_read_in_round_40(kb, index, text: str, expected: list) -> None:
    assert [
        m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ] == expected


def test_the_spans_taken_and_the_citations_so_far_answer_as_a_full_scan_would() -> None:
    # the look-ups that keep many citations in one text from costing the square of their number
    rng = random.Random(5)
    spans: list[tuple[int, int]] = []
    pos = 0
    for _ in range(300):  # citations do not overlap, and none is longer than MAX_CITATION
        pos += rng.randint(1, 80)
        spans.append((pos, pos + rng.randint(1, min(60, MAX_CITATION))))
        pos = spans[-1][1]
    taken = _Taken(spans[::2])
    for a, b in spans[1::2]:
        taken.add(a, b)
    cited = _Cited([(a, b, Citation("RS", str(i)), False) for i, (a, b) in enumerate(spans)])
    for _ in range(2000):
        start = rng.randint(0, pos)
        end = start + rng.randint(1, 40)
        assert taken.overlaps(start, end) == any(a < end and start < b for a, b in spans)
        opening = start - rng.randint(0, 1500)
        before = [f for f in cited.items if f[1] <= start]
        expected = before[-1] if before and before[-1][0] >= opening else None
        assert cited.last_before(start, opening) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La CPI statue selon la disposition 2 de la règle 118 du Règlement.", ["RPE 118(2)"]),
        ("La CPI statue selon la règle 118, disposition 2.", ["RPE 118(2)"]),
        ("La CPI statue selon les dispositions 2 et 3 de la règle 118.", ["RPE 118(2)", "RPE 118(3)"]),
        ("La CPI statue. Les dispositions 2 et 3 du contrat.", []),
    ],
)
def test_the_french_rules_name_a_sub_rule_disposition(kb, index, text: str, expected: list[str]) -> None:
    mentions = annotate_text(text, kb, index).mentions
    assert [m.provisions[0] for m in mentions if m.method == "citation"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # under its article's heading, in brackets of its own, across paragraphs
        (
            "## Admissibility under article 17\n\nA case is inadmissible if a State is investigating it "
            "(17(1)(a)), or has decided not to prosecute (17(1)(b)).",
            ["RS 17", "RS 17(1)(a)", "RS 17(1)(b)"],
        ),
        # the citation with that number cited last, past another article's
        (
            "The key provision is article 89, paragraph 4.\n\nArticle 94 is aimed at other requests "
            "under article 93, not at surrender, where 89(4) is the specific rule.",
            ["RS 89(4)", "RS 94", "RS 93", "RS 89(4)"],
        ),
        # another text's numbered part, and a number no citation before it has
        ("Article 17 of the Statute applies. Section 17(1)(a) of the Act does not.", ["RS 17"]),
        ("Article 17 of the Statute applies. Clause 58(1)(a) is the contract's.", ["RS 17"]),
        ("Article 17 of the Statute applies; 58(1)(a) is another matter.", ["RS 17"]),
        # another law named after the number, or before it in its usual short forms
        (
            "The ICC relied on article 17(1)(a) of the Rome Statute.\n\nKenya's courts apply 17(1)(a) of "
            "the International Crimes Act 2008.",
            ["RS 17(1)(a)"],
        ),
        (
            "The ICC applied article 17(1)(a). Kenya's Act, in subsection 17(1)(a), says otherwise.",
            ["RS 17(1)(a)"],
        ),
        ("The ICC applied article 17(1)(a). Kenya's Act, in s 17(1)(a), says otherwise.", ["RS 17(1)(a)"]),
        # the reach never ends inside a number: "17(1)(a)" whole, not "17(1)"
        (
            "Article 17 of the Statute governs admissibility."
            + ("The judges discussed the matter at length. " * 200)[:2956]
            + " 17(1)(a) applies.",
            ["RS 17", "RS 17(1)(a)"],
        ),
        # a regulation's number stays the regulation's
        ("Under article 35 and regulation 35(1) of the Regulations of the Court, then 35(2).", None),
    ],
)
def test_a_number_written_again_alone_is_of_the_citation_with_that_number(
    kb, index, text: str, expected: list[str] | None
) -> None:
    mentions = annotate_text(text, kb, index).mentions
    cited = [m.provisions[0] for m in mentions if m.method == "citation"]
    if expected is None:
        assert "RS 35(2)" not in cited
    else:
        assert cited == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a challenging State named in paragraph 2(b) or (c) of article 19",
            [("paragraph 2(b)", "RS 19(2)(b)"), ("(c) of article 19", "RS 19(2)(c)")],
        ),
        (
            "as paragraphs 2 (b) and (c) of article 19 provide",
            [("paragraphs 2 (b)", "RS 19(2)(b)"), ("(c) of article 19", "RS 19(2)(c)")],
        ),
        (
            "visé à l'alinéa b) ou c) du paragraphe 2 de l'article 19",
            [("alinéa b)", "RS 19(2)(b)"), ("c) du paragraphe 2 de l'article 19", "RS 19(2)(c)")],
        ),
        (
            "el apartado a) o b) del párrafo 1 del artículo 58",
            [("apartado a)", "RS 58(1)(a)"), ("b) del párrafo 1 del artículo 58", "RS 58(1)(b)")],
        ),
        (
            "وفقاً للفقرة 1 (أ) و(ب) من المادة 58",
            [("للفقرة 1 (أ)", "RS 58(1)(a)"), ("(ب) من المادة 58", "RS 58(1)(b)")],
        ),
        # (one sub-paragraph: as before, one citation)
        ("paragraph 2(b) of article 19", [("paragraph 2(b) of article 19", "RS 19(2)(b)")]),
    ],
)
def test_a_paragraphs_sub_paragraphs_listed_before_their_article(text: str, expected: list) -> None:
    # round 66: "paragraph 2(b) or (c) of article 19" was article 19 alone, its (c) lost
    assert [(text[s:e], str(c)) for s, e, c in find_citations(text)] == expected


def test_an_article_of_the_law_a_possessive_points_to_is_not_the_statutes() -> None:
    # round 68: "nuestra propia Constitución. Su artículo 112" was read as article 112 of the Statute
    from icc_ref.citation import possessed_by_another_law

    text = (
        "No faltará quien recurra a nuestra propia Constitución. Su artículo 112 dice que el presidente goza."
    )
    assert [str(c) for _, _, c in find_citations(text)] == []
    assert possessed_by_another_law(text, text.index("artículo"))
    # ... but the Statute's own, by the same possessive, is the Statute's
    text = (
        "El Estatuto de Roma es claro: su artículo 27 lo dice. The Rome Statute is clear; its article 28 too."
    )
    assert [str(c) for _, _, c in find_citations(text)] == ["RS 27", "RS 28"]
