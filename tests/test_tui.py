"""The terminal UI, driven by Textual's pilot; assertions on state, then one text snapshot."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from textual.widgets import Markdown, OptionList

from icc_ref.tui.app import IccRefApp
from icc_ref.tui.screens.confirm import ConfirmScreen
from icc_ref.tui.screens.help import HelpScreen
from icc_ref.tui.widgets.article import ArticleView

from .conftest import REPO

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(
        "The ICC Pre-Trial Chamber issued an arrest warrant for the minister.\n\n"
        "Under article 89, States Parties must surrender him. The arrest warrant stays in force.\n",
        encoding="utf-8",
    )
    return path


def make_app(kb, index, file: Path | None = None) -> IccRefApp:
    return IccRefApp(lambda: (kb, index), str(file) if file else None)


async def ready(app: IccRefApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def detail_text(app: IccRefApp) -> str:
    return app.query_one("#detail-md", Markdown).source


async def test_search_and_open(kb, index) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"mandat d'arret")
        await pilot.pause()
        results = app.query_one("#search-results", OptionList)
        assert results.option_count > 0
        assert results.get_option_at_index(0).id == "concept|arrest_warrant"
        await pilot.press("enter")
        await pilot.pause()
        assert app.shown == ("concept", "arrest_warrant")
        assert detail_text(app).startswith("# Warrant of arrest")
        assert not app.query_one("#search-box").display


async def test_search_citation(kb, index) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"art 98(2)", "enter")
        await pilot.pause()
        assert app.shown == ("provision", "RS 98(2)")
        assert "> Cited: **RS 98(2)**" in detail_text(app)


async def test_follow_link_back_and_forward(kb, index) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        app.open_target("concept", "arrest_warrant")
        md = app.query_one("#detail-md", Markdown)
        md.post_message(Markdown.LinkClicked(md, "icc:provision:RS%2058(1)(a)"))
        await pilot.pause()
        assert app.shown == ("provision", "RS 58(1)(a)")
        md.post_message(Markdown.LinkClicked(md, "icc:concept:surrender"))
        await pilot.pause()
        assert app.history == [
            ("concept", "arrest_warrant"),
            ("provision", "RS 58(1)(a)"),
            ("concept", "surrender"),
        ]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert app.shown == ("concept", "arrest_warrant")
        crumb = str(app.query_one("#breadcrumb").render())
        assert "Warrant of arrest" in crumb and "RS 58(1)(a)" in crumb
        await pilot.press("right_square_bracket")
        assert app.shown == ("provision", "RS 58(1)(a)")
        app.open_target("concept", "genocide")  # a new page drops the forward history
        assert app.history[-1] == ("concept", "genocide") and len(app.history) == 3


async def test_tree_opens_provision(kb, index) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        tree = app.query_one("#law-tree")
        statute = tree.root.children[0]
        part1 = statute.children[0]
        leaf = part1.children[0]
        assert leaf.data == ("provision", "RS 1")
        tree.select_node(leaf)
        await pilot.pause()
        assert app.shown == ("provision", "RS 1")


async def test_next_and_previous_mention(kb, index, article: Path) -> None:
    app = make_app(kb, index, article)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        texts = [m.text for m in app.mentions]
        assert "arrest warrant" in texts and "article 89" in texts
        await pilot.press("n")
        assert app.current == 0 and app.query_one(ArticleView).current == 0
        await pilot.press("n", "n")
        assert app.current == 2
        second = app.mentions[2]
        assert app.shown == (
            ("concept", second.concept) if second.concept else ("provision", second.provisions[0])
        )
        await pilot.press("p")
        assert app.current == 1
        await pilot.press("p", "p")
        assert app.current == len(app.mentions) - 1  # wraps around


async def test_walking_every_mention_of_the_seed_scrolls_without_error(kb, index) -> None:
    app = make_app(kb, index, REPO / "seeds" / "000_ab75f84cbffb6811.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        for _ in range(len(app.mentions) + 1):
            await pilot.press("n")
        await pilot.pause()
        assert app.current == 0  # wrapped around after the last mention
        await pilot.press("p")
        await pilot.pause()
        assert app.current == len(app.mentions) - 1
        assert view.scroll_y > 0  # the last mention is far down: the pane scrolled to it


async def test_found_list_cycles_through_mentions(kb, index, article: Path) -> None:
    app = make_app(kb, index, article)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        found = app.query_one("#found-list", OptionList)
        ids = [found.get_option_at_index(i).id for i in range(found.option_count)]
        assert ids[0] == "arrest_warrant"  # most mentioned first
        positions = [i for i, m in enumerate(app.mentions) if m.concept == "arrest_warrant"]
        assert len(positions) == 2
        found.focus()
        found.highlighted = 0
        await pilot.press("enter")
        assert app.current == positions[0]
        await pilot.press("enter")
        assert app.current == positions[1]
        await pilot.press("enter")
        assert app.current == positions[0]
        assert app.shown == ("concept", "arrest_warrant")


async def test_find_in_text(kb, index, article: Path) -> None:
    app = make_app(kb, index, article)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+f", *"force", "enter")
        view = app.query_one(ArticleView)
        start = view.found[0]
        assert view.text[start : start + 5] == "force"
        await pilot.press("escape")
        assert view.found is None


async def test_export_without_and_with_existing_file(kb, index, article: Path) -> None:
    app = make_app(kb, index, article)
    target = article.with_name("story.annotated.md")
    async with app.run_test() as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert "[arrest warrant](#icc-ref-arrest_warrant" in target.read_text(encoding="utf-8")
        target.write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("The [ICC](#icc-ref-")


async def test_open_file_from_the_palette_without_a_file(kb, index, article: Path) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        assert not app.query(ArticleView)
        app.action_open_file()
        await pilot.pause()
        await pilot.press(*str(article), "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.file == article
        assert app.query_one(ArticleView).text.startswith("The ICC Pre-Trial Chamber")
        assert "arrest warrant" in [m.text for m in app.mentions]
        found = app.query_one("#found-list", OptionList)
        assert found.option_count > 0
        await pilot.press("n")
        assert app.current == 0


async def test_help_and_quit(kb, index) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_theme_toggle(kb, index) -> None:
    app = make_app(kb, index)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark


async def test_bad_file_shows_an_error_not_a_crash(kb, index, tmp_path: Path) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01")
    app = make_app(kb, index, bad)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        assert detail_text(app).startswith("# Cannot load")
        assert "looks binary" in detail_text(app)


def screen_text(svg: str) -> str:
    """The characters on screen, row by row, from Textual's SVG screenshot."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(
        r'<text class="[^"]*-r\d+" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg
    ):
        rows.setdefault(float(y), []).append((float(x), html.unescape(text).replace("\xa0", " ")))
    return "\n".join("".join(t for _, t in sorted(cells)).rstrip() for _, cells in sorted(rows.items()))


async def test_snapshot_seed_80x24(kb, index, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the subtitle shows the path as given
    app = make_app(kb, index, Path("seeds") / "000_ab75f84cbffb6811.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app.export_screenshot())
    golden = SNAPSHOTS / "browse_seed_80x24.txt"
    if os.environ.get("ICC_REF_UPDATE_SNAPSHOTS") or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert "Warrant of arrest (" in text and "FoundConceptsStagesLaw" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line wrapped inside a paragraph: the pane wraps it again, so the line end goes
        (
            "Judges at the International Criminal Court on Thursday confirmed\nthe charges.",
            "Judges at the International Criminal Court on Thursday confirmed the charges.",
        ),
        (
            "Windows line ends wrapped the same way in this long enough line\r\nhere.",
            "Windows line ends wrapped the same way in this long enough line  here.",
        ),
        # ... but not where a block starts, a heading ends, a short line ends, or in code
        ("A list follows, introduced by a line long enough to be wrapped:\n- one\n- two", None),
        ("# A heading long enough to be a wrapped line of prose, surely\nThe text.", None),
        ("Go to the top\nClose", None),
        ("```\nA line of code long enough to be a wrapped line of prose, surely\nmore\n```", None),
        # an emphasis that opens a line goes on from the line before: no list item
        (
            "Last week the Office asked the judges of Pre-Trial Chamber I for an\n*arrest warrant* for him.",
            "Last week the Office asked the judges of Pre-Trial Chamber I for an *arrest warrant* for him.",
        ),
        ("A list follows, introduced by a line long enough to be wrapped:\n* one\n* two", None),
    ],
    ids=["wrapped", "crlf", "list", "heading", "short-lines", "code", "emphasis", "star-list"],
)
def test_a_wrapped_paragraph_is_shown_unwrapped(text: str, expected: str | None) -> None:
    from icc_ref.tui.widgets.article import unwrapped

    shown = unwrapped(text)
    assert shown == (text if expected is None else expected)
    assert len(shown) == len(text)  # the mentions' offsets hold


async def test_a_wrapped_text_is_shown_in_the_panes_width(kb, index, tmp_path: Path) -> None:
    path = tmp_path / "wire.md"
    path.write_text(
        "THE HAGUE (Wire) - Judges at the International Criminal Court on\n"
        "Thursday confirmed charges of war crimes against the former militia\n"
        "chief, and the Prosecutor said the arrest warrant had been executed.\n",
        encoding="utf-8",
    )
    app = make_app(kb, index, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        shown = app.query_one(ArticleView)._render_para(0)
    # one paragraph, wrapped by the pane: none of the file's line ends is left in it
    assert "\n" not in shown.plain.rstrip("\n")
    assert "Criminal Court on Thursday" in shown.plain
    assert any("arrest warrant" in m.text for m in app.mentions)  # linked, offsets into the file
