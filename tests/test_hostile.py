"""Hostile text: markup and script injection never becomes live, and the text is kept.

Each payload sits in an ICC story so that mentions are linked right next to it. The HTML
output is parsed and must hold no active content at all; the annotated Markdown, rendered by
a permissive renderer (raw HTML on), must hold no more active content than the input itself
rendered the same way: we add links to ``#icc-ref-*`` anchors and to the official texts,
nothing else. Stripping our markup gives the input back exactly.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from icc_ref.annotate import annotate_text
from icc_ref.htmlpage import to_html
from icc_ref.knowledge import load_knowledge
from icc_ref.matcher import build_index
from icc_ref.render import strip_annotations, to_markdown

from .conftest import DATA
from .htmlcheck import active_content, links

PAYLOADS = [
    "<script>alert('arrest warrant')</script>",
    "<img src=x onerror=alert(1)> arrest warrant",
    "[click the arrest warrant](javascript:alert(1))",
    "[ICC ruling](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![arrest warrant](javascript:alert(1))",
    '<a href="javascript:alert(1)">arrest warrant</a>',
    "arrest warrant](javascript:alert(1))",
    "[arrest warrant]\n\n[arrest warrant]: javascript:alert(1)",
    "Footnote[^1] on the arrest warrant.\n\n[^1]: <script>alert(1)</script> surrender to the ICC",
    "<!-- the arrest warrant --> and <!-- <script>alert(1)</script> --> the ICC",
    "``arrest warrant`` and `ICC` and ``` an unclosed fence with the Prosecutor",
    "arrest\u200bwarrant, \u200bICC\u200d, war\u2060crimes and the Pros\u00adecutor",
    "\u202eICC arrest warrant\u202c and \u2066war crimes\u2069 and \u200fالمحكمة الجنائية الدولية",
    '<iframe src="https://example.org/"></iframe> the ICC arrest warrant',
    "<svg onload=alert(1)>arrest warrant</svg>",
    "<style>body{display:none}</style> crimes against humanity",
    '<a href="#icc-ref-arrest_warrant" onclick="alert(1)">warrant</a> of the ICC',
    "[x](jav&#x61;script:alert(1)) [y](JaVaScRiPt:alert(1)) [z](java\tscript:alert(1)) arrest warrant",
    '<javascript:alert(1)> and <https://example.org/a"onmouseover=alert(1)> ICC',
    '[ICC](https://example.org "t\\" onmouseover=\\"alert(1)") and the arrest warrant',
    "<details open ontoggle=alert(1)>the arrest warrant</details>",
    "arrest warrant(javascript:alert(1)) and [arrest warrant\n](javascript:alert(1))",
    "\\[arrest warrant](javascript:alert(1)) and !\\[ICC](javascript:alert(1))",
    "<object data=x.swf></object><embed src=x> surrender to the ICC",
    '<form action="javascript:alert(1)"><input autofocus onfocus=alert(1)></form> ICC',
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62; ICC",
    "<math><mi xlink:href=javascript:alert(1)>ICC</mi></math> arrest warrant",
    "| ICC | arrest warrant |\n|---|---|\n| <script>x</script> | [a](javascript:b) |",
]
STORY = (
    "The ICC issued an arrest warrant and asked States Parties to cooperate.\n\n{}\n\n"
    "The Prosecutor said the Court would continue.\n"
)


def _permissive(markdown: str) -> str:
    """How a lenient viewer might render Markdown: raw HTML passes through, footnotes on."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").use(footnote_plugin).render(markdown)


def _tags(document: str) -> Counter[str]:
    found: Counter[str] = Counter()

    class _Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found[tag] += 1

    parser = _Tags()
    parser.feed(document)
    parser.close()
    return found


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_html_output_has_no_active_content(kb, index, payload: str) -> None:
    page = to_html(annotate_text(STORY.format(payload), kb, index), kb)
    assert active_content(page, allowed_tags=frozenset({"meta", "style"})) == Counter()
    tags = _tags(page)
    assert tags["meta"] == 1 and tags["style"] == 1  # the page's own, in <head>
    assert "#icc-ref-arrest_warrant" in links(page)  # the story's own mention is still linked


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_markdown_output_adds_no_active_content(kb, index, payload: str) -> None:
    text = STORY.format(payload)
    for style in ("links", "footnotes"):
        md = to_markdown(annotate_text(text, kb, index), kb, style)  # type: ignore[arg-type]
        assert strip_annotations(md) == text
        assert active_content(_permissive(md)) == active_content(_permissive(text))
        before = Counter(links(_permissive(text)))
        added = Counter(links(_permissive(md))) - before
        # our anchors, the footnote plugin's own back-references, the official texts
        assert all(h.startswith(("#icc-ref-", "#fn", "https://www.icc-cpi.int/")) for h in added), added


def test_a_hostile_user_knowledge_base_stays_inert(tmp_path) -> None:
    """Summaries and names from a user's --kb are text, never markup, in every output."""
    import shutil

    root = tmp_path / "kb"
    shutil.copytree(DATA / "kb_small", root)
    concepts = root / "concepts" / "test.yaml"
    hostile = concepts.read_text(encoding="utf-8").replace(
        "summary: A test concept.",
        "summary: 'A test <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=y>'",
    )
    concepts.write_text(hostile.replace("name: Warrant of arrest", 'name: "W<b onmouseover=alert(1)>"'))
    kb = load_knowledge([root], include_builtin=False)
    ann = annotate_text("The arrest warrant was issued.", kb, build_index(kb))
    page = to_html(ann, kb)
    assert active_content(page, allowed_tags=frozenset({"meta", "style"})) == Counter()
    for style in ("links", "footnotes"):
        md = to_markdown(ann, kb, style)  # type: ignore[arg-type]
        assert active_content(_permissive(md)) == Counter()
        assert all(not h.lower().startswith("javascript") for h in links(_permissive(md)))
