"""Properties over arbitrary text and random mixes of real aliases, citations and noise.

A short run by default; ``ICC_REF_FUZZ=1 python -m pytest tests/test_properties.py`` runs
20,000 examples per property (``ICC_REF_FUZZ=N`` for N), see ``conftest.py``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from io import BytesIO, StringIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icc_ref import language
from icc_ref.aliasindex import neighbour_tables
from icc_ref.annotate import annotate_text
from icc_ref.errors import InputError
from icc_ref.htmlpage import to_html
from icc_ref.knowledge import load_knowledge
from icc_ref.matcher import build_index, correct_word
from icc_ref.normalize import scan, word_key
from icc_ref.render import strip_annotations, to_json, to_markdown
from icc_ref.search import search
from icc_ref.stream import Annotator, read_blocks, write_json

from .htmlcheck import active_content

# module-level, not fixtures: Hypothesis prints a failing example's arguments, and these are huge
KB = load_knowledge()
INDEX = build_index(KB)
ALIASES = sorted({a.text for c in KB.concepts.values() for a in c.aliases})
CITATIONS = st.one_of(
    st.builds("article {}".format, st.integers(1, 130)),
    st.builds("Art. {}({})".format, st.integers(1, 130), st.integers(1, 12)),
    st.builds("articles {} and {}".format, st.integers(1, 130), st.integers(1, 130)),
    st.builds("rule {}".format, st.integers(1, 230)),
    st.builds("regulation {} bis".format, st.integers(1, 60)),
    st.builds("l'article {} du Statut".format, st.integers(1, 130)),
    st.builds("المادة {}".format, st.integers(1, 130)),
    st.builds("artículo {}".format, st.integers(1, 130)),
)
NOISE = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        ".",
        ",",
        "'s",
        "s",
        "-",
        "—",
        "«",
        "»",
        "`",
        "```\n",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "](",
        "<",
        ">",
        "<b>",
        "<!--",
        "-->",
        "#",
        "|",
        "\\",
        "!",
        "&amp;",
        "\u200b",
        "\u202e",
        "\u2066",
        "\u00ad",
        "\ufeff",
        "\u0301",
        "ـ",
        "ال",
        "و",
        "l'",
        "d'",
        "الـ",
        "https://example.org/x",
        "[^1]",
        "[^1]: ",
        "    ",
        "> ",
        "1. ",
        "- ",
        "ICC",
        "CPI",
        "the court",
    ]
)
MIXED = st.lists(st.one_of(st.sampled_from(ALIASES), CITATIONS, NOISE, st.text(max_size=6)), max_size=30).map(
    "".join
)
ANY_TEXT = st.one_of(st.text(max_size=200), MIXED)
_OURS = re.compile(r"\]\(#icc-ref-|\[\^icc-ref-|<!-- icc-ref:references -->")


def check_mentions(text: str, mentions: list) -> None:
    last = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last, "sorted and non-overlapping"
        assert text[m.start : m.end] == m.text
        assert 0.0 <= m.score <= 100.0 and m.method in ("exact", "fuzzy", "citation")
        assert m.concept is not None or (m.method == "citation" and m.provisions)
        last = m.end


@given(ANY_TEXT)
def test_annotate_never_raises_and_spans_are_sound(text: str) -> None:
    check_mentions(text, list(annotate_text(text, KB, INDEX).mentions))


@given(MIXED, st.sampled_from(["auto", "en", "fr", "ar", "es"]))
def test_any_language_setting_keeps_spans_sound(text: str, lang: str) -> None:
    check_mentions(text, list(annotate_text(text, KB, INDEX, lang).mentions))


@given(ANY_TEXT)
def test_markdown_strips_back_to_the_input(text: str) -> None:
    ann = annotate_text(text, KB, INDEX)
    for style in ("links", "footnotes"):
        if _OURS.search(text):  # our own markup in the input is refused, never mangled
            with pytest.raises(InputError):
                to_markdown(ann, KB, style)  # type: ignore[arg-type]
            continue
        assert strip_annotations(to_markdown(ann, KB, style)) == text  # type: ignore[arg-type]


@given(ANY_TEXT)
def test_json_offsets_index_the_source(text: str) -> None:
    doc = json.loads(json.dumps(to_json(annotate_text(text, KB, INDEX), KB)))
    assert doc["source"] == text
    for m in doc["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["concept"] is None or m["concept"] in doc["concepts"]


@given(ANY_TEXT)
def test_html_never_holds_active_content(text: str) -> None:
    if _OURS.search(text):
        return
    page = to_html(annotate_text(text, KB, INDEX), KB)
    assert active_content(page, allowed_tags=frozenset({"meta", "style"})) == Counter()


@given(ANY_TEXT, st.integers(2, 40))
def test_streaming_in_blocks_keeps_text_and_offsets(text: str, block: int) -> None:
    """Read as bytes in tiny blocks (cut anywhere, in the worst case): same source, sound offsets."""
    if "\0" in text:
        return
    blocks = list(read_blocks(BytesIO(text.encode("utf-8")), "<t>", block_chars=block))
    text = text.removeprefix("\ufeff")  # a leading U+FEFF is read as a byte-order mark, not text
    assert "".join(blocks) == text
    out = StringIO()
    write_json(iter(blocks), Annotator(KB, INDEX), out)
    doc = json.loads(out.getvalue())
    assert doc["source"] == text
    check_offsets = [(m["start"], m["end"], m["text"]) for m in doc["mentions"]]
    assert check_offsets == sorted(check_offsets)
    assert all(text[s:e] == t for s, e, t in check_offsets)


@given(st.text(max_size=120))
def test_lookup_search_never_raises(text: str) -> None:
    hits = search(KB, text, limit=5)
    assert len(hits) <= 5


@given(st.text(min_size=1, max_size=60))
def test_lookup_command_never_raises(capsys: pytest.CaptureFixture[str], text: str) -> None:
    from icc_ref.cli import main

    code = main(["lookup", "--limit", "2", "--", text])
    out, err = capsys.readouterr()
    assert code in (0, 1)
    assert "Traceback" not in err and (out or err)


_MARKER_WORDS = sorted(set().union(*language._MARKERS.values()) | {"court", "warrant", "cour", "ley", "x"})


@given(st.lists(st.sampled_from(_MARKER_WORDS), max_size=90), st.sampled_from(["en", "fr", "es"]))
def test_language_of_words_counts_function_words_as_the_reference(words: list[str], default: str) -> None:
    """The one-sum tally picks the language that counting each language's function words
    separately would pick, ties and the default included."""
    text = " ".join(words)
    w = scan(text)
    window = [k for k, s in zip(w.keys, w.starts, strict=True) if s < language._WINDOW]
    marks = {lang: frozenset(map(word_key, m)) for lang, m in language._MARKERS.items()}
    expected = language._by_markers(window, marks, default) if window else default
    assert language.detect_language_of_words(w.keys, w.starts, 0, len(text), default) == expected


_NAMES = sorted({a.text for c in KB.concepts.values() for a in c.aliases})


@given(st.one_of(st.sampled_from(_NAMES), st.text(max_size=30)))
def test_the_best_hit_alone_is_the_best_of_many(query: str) -> None:
    """A one-hit search (a plain lookup) may skip the partial match, never change the answer
    (compared with five hits, which draw on the same number of candidates per scorer)."""
    many = search(KB, query, limit=5)
    one = search(KB, query, limit=1)
    assert one == many[:1]


# every letter of every language gets a neighbour table: the table path answers each word
_TABLED = build_index(KB)
_TABLED.neighbours.update(neighbour_tables(_TABLED.vocab, min_words=0))
_VOCAB = sorted({(lang, v) for (lang, _, _), vs in INDEX.vocab.items() for v in vs})


@st.composite
def _near_words(draw: st.DrawFn) -> tuple[str, str]:
    """An alias word with up to two random edits after its first letter, or any word."""
    lang, word = draw(st.sampled_from(_VOCAB))
    for _ in range(draw(st.integers(0, 2))):
        i = draw(st.integers(1, len(word)))
        letter = draw(st.sampled_from("aeiorstnlcdéçñاليمن"))
        edit = draw(st.sampled_from(["substitute", "insert", "delete", "swap"]))
        if edit == "substitute":
            word = word[:i] + letter + word[i + 1 :]
        elif edit == "insert":
            word = word[:i] + letter + word[i:]
        elif edit == "delete" and len(word) > 2:
            word = word[:i] + word[i + 1 :]
        elif edit == "swap" and i + 1 < len(word):
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return draw(st.one_of(st.just(word), st.text(min_size=1, max_size=14))), lang


@given(_near_words())
def test_a_neighbour_table_gives_the_correction_a_scan_gives(word_lang: tuple[str, str]) -> None:
    """Looking a word's one-edit neighbours up in a table, and scanning the pool only when
    none is found, corrects every word as scanning the whole pool does."""
    word, lang = word_lang
    assert correct_word(word, lang, _TABLED) == correct_word(word, lang, INDEX)
