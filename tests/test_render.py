"""Markdown, HTML and JSON output; lossless stripping; nothing inserted where it must not be."""

from __future__ import annotations

import json
import re
from io import BytesIO, StringIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icc_ref.annotate import annotate_text
from icc_ref.errors import InputError
from icc_ref.htmlpage import to_html
from icc_ref.render import strip_annotations, to_json, to_markdown

from .conftest import REPO

SEED = (REPO / "seeds" / "000_ab75f84cbffb6811.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("style", ["links", "footnotes"])
def test_seed_round_trips(kb, index, style: str) -> None:
    md = to_markdown(annotate_text(SEED, kb, index), kb, style)  # type: ignore[arg-type]
    assert md != SEED
    assert strip_annotations(md) == SEED


def test_links_point_to_entries_with_titles(kb, index) -> None:
    md = to_markdown(annotate_text("The ICC issued an arrest warrant under article 58.", kb, index), kb)
    assert '[arrest warrant](#icc-ref-arrest_warrant "Warrant of arrest: ' in md
    assert "[article 58](#icc-ref-rs-58 " in md
    assert '### <a id="icc-ref-arrest_warrant"></a>Warrant of arrest' in md
    assert '### <a id="icc-ref-rs-58"></a>RS 58 — Issuance by the Pre-Trial Chamber' in md
    assert "## Legal references" in md


def test_footnote_style(kb, index) -> None:
    md = to_markdown(annotate_text("The ICC issued an arrest warrant.", kb, index), kb, "footnotes")
    assert "arrest warrant[^icc-ref-arrest_warrant]" in md
    assert "[^icc-ref-arrest_warrant]: **Warrant of arrest**" in md


PROTECTED = [
    "Code: `arrest warrant` stays.",
    "A link: [arrest warrant](https://example.org/arrest-warrant) stays.",
    "An image: ![arrest warrant](warrant.png) stays.",
    "Raw <span title='arrest warrant'>x</span> stays.",
    "A URL https://example.org/arrest_warrant/ICC stays.",
    "```\narrest warrant\n```",
    "    indented arrest warrant code",
    "<div>\narrest warrant\n</div>",
    "A ref link [arrest warrant][1].\n\n[1]: https://example.org",
]


@pytest.mark.parametrize("text", PROTECTED, ids=range(len(PROTECTED)))
def test_nothing_inserted_in_code_links_html_urls(kb, index, text: str) -> None:
    doc = "The ICC judges spoke.\n\n" + text
    md = to_markdown(annotate_text(doc, kb, index), kb)
    body = md.split("\n\n<!-- icc-ref:references -->")[0]
    assert body.count("](#icc-ref-") == 2  # only "ICC" and "judges" in the first sentence
    assert strip_annotations(md) == doc


def test_html_is_standalone_and_safe(kb, index) -> None:
    doc = (
        "The ICC issued an arrest warrant.\n\n<script>alert('x')</script>\n\n"
        "[click](javascript:alert(1)) <img src=x onerror=alert(1)>"
    )
    page = to_html(annotate_text(doc, kb, index), kb)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert "<img" not in page
    assert 'href="#icc-ref-arrest_warrant" title="Warrant of arrest: ' in page
    assert '<h3 id="icc-ref-arrest_warrant">' in page


def test_already_annotated_input_is_refused(kb, index) -> None:
    md = to_markdown(annotate_text("The ICC issued an arrest warrant.", kb, index), kb)
    with pytest.raises(InputError, match="already contains icc-ref markup"):
        to_markdown(annotate_text(md, kb, index), kb)


def test_json_structure(kb, index) -> None:
    doc = to_json(annotate_text("The ICC issued an arrest warrant under rule 117.", kb, index), kb)
    assert set(doc) == {"source", "language", "mentions", "concepts", "provisions", "unrecorded"}
    assert doc["concepts"]["arrest_warrant"]["provisions"][0] == "RS 58"
    assert doc["provisions"]["RPE 117"]["title"] == "RPE 117 — Detention in the custodial State"
    m = doc["mentions"][-1]
    assert (m["text"], m["method"], m["provisions"], m["concept"]) == (
        "rule 117",
        "citation",
        ["RPE 117"],
        None,
    )


WORDS = st.sampled_from(
    [
        "ICC",
        "arrest warrant",
        "the",
        "court",
        "`code`",
        "[link](http://x)",
        "*",
        "_",
        "\\",
        "\n",
        "\n\n",
        "article 58",
        "<b>",
        "Prosecutor",
        "mandat d'arrêt",
        "المادة 58",
        "!",
        "[",
        "]",
        "(",
        ")",
        "#",
        " ",
        "surrender",
    ]
)


@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map("".join))
def test_random_text_round_trips(kb, index, text: str) -> None:
    if re.search(r"\]\(#icc-ref-|\[\^icc-ref-|<!-- icc-ref:references -->", text):
        return
    for style in ("links", "footnotes"):
        md = to_markdown(annotate_text(text, kb, index), kb, style)  # type: ignore[arg-type]
        assert strip_annotations(md) == text


@pytest.mark.parametrize("text", ["war\\crimes", "The ICC. arrest\\*warrant", "The ICC. arrest\\\\warrant"])
def test_a_backslash_inside_a_mention_round_trips(kb, index, text: str) -> None:
    """Found by the 20,000-example fuzz run: a mention spanning a backslash lost it on stripping."""
    ann = annotate_text(text, kb, index)
    assert any("\\" in m.text for m in ann.mentions)
    for style in ("links", "footnotes"):
        assert strip_annotations(to_markdown(ann, kb, style)) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("The ICC cited article 89 of the Rome\nStatute in its decision.", True),  # wrapped paragraph
        ("The ICC cited the Rome\r\nStatute again.", True),
    ],
)
def test_a_wrapped_term_is_linked_and_round_trips(kb, index, text: str, linked: bool) -> None:
    ann = annotate_text(text, kb, index)
    md = to_markdown(ann, kb)
    assert ("[Rome\n" in md or "[Rome\r\n" in md) == linked
    assert strip_annotations(md) == text
    assert ("Rome\nStatute</a>" in to_html(ann, kb)) == linked


def test_a_mention_never_links_across_a_block_start(kb, index) -> None:
    text = "The ICC judges:\n1. war\n2. crimes against humanity\n- arrest\n- warrant"
    md = to_markdown(annotate_text(text, kb, index), kb)
    assert "[war\n" not in md and "[arrest\n" not in md
    assert strip_annotations(md) == text


UNRECORDED = (
    "At the ICC, the Trial Chamber held a status conference under regulation 54 of the "
    "Regulations of the Court and rule 140.\n\nElle cite les normes 80 et 81 du Règlement de la "
    "Cour, la norme 86, l'article 130 du Statut et la norma 54 del Reglamento de la Corte."
)


def test_a_citation_the_base_does_not_record_is_listed_not_linked(kb, index) -> None:
    # round 43: "regulation 54 of the Regulations of the Court" had no link and no word of it
    ann = annotate_text(UNRECORDED, kb, index)
    assert [(m.text, m.provisions[0]) for m in ann.unrecorded] == [
        ("regulation 54 of the Regulations of the Court", "RoC 54"),
        ("normes 80", "RoC 80"),  # ... named by the next of its list
        ("81 du Règlement de la Cour", "RoC 81"),
        ("norme 86", "RoC 86"),  # ... by the text, which has named the Regulations before it
        ("norma 54 del Reglamento de la Corte", "RoC 54"),
    ]  # not article 130 (the Statute has no such article)
    assert all(UNRECORDED[m.start : m.end] == m.text for m in ann.unrecorded)
    assert not any(m.provisions[0].startswith("RoC 54") for m in ann.mentions)
    md = to_markdown(ann, kb)
    assert "## Cited, not in icc-ref's knowledge base" in md
    assert (
        "- RoC 54 (Regulations of the Court, cited 2 times, first as “regulation 54 of the Regulations" in md
    )
    assert "[regulation 54" not in md
    assert strip_annotations(md) == UNRECORDED
    doc = to_json(ann, kb)
    assert [(u["start"], u["method"], u["provisions"]) for u in doc["unrecorded"]][0] == (
        UNRECORDED.index("regulation 54"),
        "unrecorded",
        ["RoC 54"],
    )
    page = to_html(ann, kb)
    assert '<section class="icc-ref-unrecorded">' in page and "RoC 81" in page
    # a regulation cited alone in a text that never names the Regulations: no telling whose
    assert annotate_text("At the ICC, see regulation 86 on this.", kb, index).unrecorded == ()
    # a range is one listing of each provision it spans that the base lacks (round 44)
    ann = annotate_text("La CPI. Les normes 67 à 72 du Règlement de la Cour visent les conseils.", kb, index)
    assert [m.provisions for m in ann.unrecorded] == [tuple(f"RoC {n}" for n in range(67, 73))]
    # an Arabic "البند" is a regulation with the Regulations' name only (round 44)
    ann = annotate_text(
        "المحكمة الجنائية الدولية. وفق البند 45 من لائحة المحكمة، وفي البند 3 من العقد.", kb, index
    )
    assert [m.provisions for m in ann.unrecorded] == [("RoC 45",)]


def test_unrecorded_citations_stream_as_the_whole_text_does(kb, index) -> None:
    from icc_ref.stream import Annotator, read_blocks, write_json, write_markdown

    text = UNRECORDED + "\n\n" + UNRECORDED
    whole = annotate_text(text, kb, index)
    out = StringIO()
    write_json(read_blocks(BytesIO(text.encode()), "t", block_chars=200), Annotator(kb, index), out)
    records = [(u["start"], u["text"]) for u in json.loads(out.getvalue())["unrecorded"]]
    assert records == [(m.start, m.text) for m in whole.unrecorded]  # offsets into the whole text
    out = StringIO()
    write_markdown(read_blocks(BytesIO(text.encode()), "t", block_chars=200), Annotator(kb, index), out)
    assert "- RoC 54 (Regulations of the Court, cited 4 times, first as" in out.getvalue()
    assert strip_annotations(out.getvalue()) == text


@pytest.mark.parametrize(
    "text",
    [
        # round 76: a term that runs into an emphasis would cut it in two
        "The ICC: article 67. It is the language the accused *fully understands and speaks*, no other.",
        "The ICC: article 67. It is the language the accused **fully understands and speaks**, no other.",
        "The ICC: article 67. It is the language the accused _fully understands and speaks_, no other.",
    ],
)
def test_a_link_never_cuts_an_emphasis(kb, index, text: str) -> None:
    from markdown_it import MarkdownIt

    md = to_markdown(annotate_text(text, kb, index), kb)
    before = MarkdownIt().render(text)
    after = MarkdownIt().render(md.split("\n\n<!-- icc-ref:references -->")[0])
    for tag in ("<em>", "<strong>"):
        assert after.count(tag) == before.count(tag)
    assert strip_annotations(md) == text


# emphasis as writers use it: a phrase between two equal marks, inside a word or around words
EMPHASIZED = st.builds(
    lambda mark, words: f"{mark}{''.join(words).strip() or 'ICC'}{mark}",
    st.sampled_from(["*", "**", "_", "__"]),
    st.lists(WORDS, min_size=1, max_size=4),
)


@given(st.lists(st.one_of(WORDS, EMPHASIZED), max_size=30).map("".join))
def test_emphasis_survives_annotation(kb, index, text: str) -> None:
    from markdown_it import MarkdownIt

    if re.search(r"\]\(#icc-ref-|\[\^icc-ref-|<!-- icc-ref:references -->", text):
        return
    md = to_markdown(annotate_text(text, kb, index), kb)
    body = md.split("\n\n<!-- icc-ref:references -->")[0] if "icc-ref:references" in md else md
    before = MarkdownIt().render(text)
    after = MarkdownIt().render(body)
    for tag in ("<em>", "<strong>"):
        assert after.count(tag) == before.count(tag)


def test_a_citations_tooltip_is_its_own_paragraphs(kb, index) -> None:
    # round 77: "article 15 bis(6)" showed the summary of 15 bis(5), cited first
    md = to_markdown(
        annotate_text("Article 67(1)(a) of the Rome Statute and article 67(1)(f) differ.", kb, index), kb
    )
    assert '[article 67(1)(f)](#icc-ref-rs-67 "RS 67(1)(f) — ' in md
    assert '[Article 67(1)(a)](#icc-ref-rs-67 "RS 67(1)(a) — ' in md
