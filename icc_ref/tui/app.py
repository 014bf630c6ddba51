"""``icc-ref browse``: the app owns the state (history, mentions) and handles widget messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, LoadingIndicator, Markdown, OptionList

from icc_ref.annotate import Annotation, annotate_text
from icc_ref.errors import IccRefError
from icc_ref.matcher import Index
from icc_ref.model import KnowledgeBase, Mention
from icc_ref.references import collect_entries, entry_key
from icc_ref.tui.commands import IccCommands
from icc_ref.tui.detail_md import concept_markdown, parse_href, provision_markdown
from icc_ref.tui.messages import Open
from icc_ref.tui.screens.confirm import ConfirmScreen
from icc_ref.tui.screens.help import HelpScreen
from icc_ref.tui.screens.open_file import OpenFileScreen
from icc_ref.tui.widgets.article import CATEGORY_COLOURS, CITATION_COLOUR, ArticleView
from icc_ref.tui.widgets.detail import DetailView
from icc_ref.tui.widgets.navigator import Navigator
from icc_ref.tui.widgets.search import SearchBox

WELCOME = """\
# icc-ref

Press `/` to search a term or a citation, browse the tabs on the left, or `?` for help.
"""


@dataclass(frozen=True)
class Loaded:
    """What the loading worker hands to the UI."""

    kb: KnowledgeBase
    index: Index
    annotation: Annotation | None


class IccRefApp(App[None]):
    """Navigator | article (with a file) over detail."""

    CSS_PATH = "app.tcss"
    TITLE = "icc-ref"
    COMMANDS = App.COMMANDS | {IccCommands}
    BINDINGS = [
        Binding("slash", "search", "Search"),
        Binding("n", "next_mention", "Next"),
        Binding("p", "prev_mention", "Prev"),
        Binding("left_square_bracket", "history_back", "Back"),
        Binding("right_square_bracket", "history_forward", "Fwd"),
        Binding("e", "export", "Export"),
        Binding("ctrl+f", "find", "Find"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        load: Callable[[], tuple[KnowledgeBase, Index]],
        file: str | None = None,
        encoding: str | None = None,
    ) -> None:
        super().__init__()
        self._load = load
        self.file = Path(file) if file else None
        self.encoding = encoding
        self.kb: KnowledgeBase | None = None
        self.annotation: Annotation | None = None
        self.mentions: list[Mention] = []
        self.current: int | None = None
        self.history: list[tuple[str, str]] = []
        self.position = -1
        self.find_from = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBox()
        with Horizontal(id="main"):
            yield Navigator(with_file=self.file is not None)
            with Vertical(id="right"):
                if self.file is not None:
                    yield ArticleView()
                    yield Input(placeholder="Find in text (Enter: next, Esc: close)", id="find")
                yield DetailView(id="detail")
        yield LoadingIndicator(id="loading")
        yield Footer()

    def on_mount(self) -> None:
        if self.file is not None:
            self.sub_title = str(self.file)
        self.load_everything()

    @work(thread=True, exclusive=True, group="load")
    def load_everything(self) -> None:
        """Load the base and annotate the file off the UI thread."""
        try:
            kb, index = self._load()
            annotation = None
            if self.file is not None:
                from icc_ref.annotate_cmd import read_text

                annotation = annotate_text(read_text(str(self.file), self.encoding), kb, index)
        except IccRefError as exc:
            self.call_from_thread(self._on_load_failed, str(exc))
            return
        self.call_from_thread(self._on_loaded, Loaded(kb, index, annotation))

    def _on_load_failed(self, message: str) -> None:
        self.query_one("#loading").display = False
        self.notify(message, title="Cannot load", severity="error", timeout=30)
        self.query_one(DetailView).show(f"# Cannot load\n\n{message}\n", [], 0)

    def _on_loaded(self, loaded: Loaded) -> None:
        self.kb = loaded.kb
        self.query_one("#loading").display = False
        self.query_one(SearchBox).kb = loaded.kb
        nav = self.query_one(Navigator)
        nav.fill(loaded.kb)
        self.query_one(DetailView).show(WELCOME, [], 0)
        if loaded.annotation is not None:
            self._show_annotation(loaded.annotation)
            self.query_one(ArticleView).focus()
        else:
            self.query_one("#concept-tree").focus()

    def _show_annotation(self, ann: Annotation) -> None:
        assert self.kb is not None
        self.annotation = ann
        self.mentions = list(ann.mentions)
        self.current = None
        colours = [
            CATEGORY_COLOURS.get(self.kb.concepts[m.concept].category, "white")
            if m.concept
            else CITATION_COLOUR
            for m in self.mentions
        ]
        self.query_one(ArticleView).show(ann.source, self.mentions, colours)
        entries = collect_entries(self.mentions, self.kb).ordered
        rows = [
            (e.key, self.kb.concepts[e.key].name if e.kind == "concept" else e.key, e.count) for e in entries
        ]
        self.query_one(Navigator).show_found(sorted(rows, key=lambda r: -r[2]))
        self.notify(f"{len(self.mentions)} mentions of {len(entries)} concepts and provisions")

    # --- navigation -----------------------------------------------------------------------

    def open_target(self, kind: str, key: str, record: bool = True) -> None:
        """Show a concept or provision in the detail pane, recording it in the history."""
        if self.kb is None:
            return
        if kind == "concept" and key in self.kb.concepts:
            page = concept_markdown(self.kb, self.kb.concepts[key])
        elif kind == "provision" and self.kb.resolve(key) is not None:
            page = provision_markdown(self.kb, key)
        else:
            self.notify(f"Not in the knowledge base: {key}", severity="warning")
            return
        if record:
            del self.history[self.position + 1 :]
            if not self.history or self.history[-1] != (kind, key):
                self.history.append((kind, key))
            self.position = len(self.history) - 1
        crumbs = [self._label(k, v) for k, v in self.history]
        self.query_one(DetailView).show(page, crumbs, self.position)

    def _label(self, kind: str, key: str) -> str:
        assert self.kb is not None
        return self.kb.concepts[key].name if kind == "concept" else key

    @property
    def shown(self) -> tuple[str, str] | None:
        """The (kind, key) on screen in the detail pane."""
        return self.history[self.position] if 0 <= self.position < len(self.history) else None

    def on_open(self, message: Open) -> None:
        self.open_target(message.kind, message.key)

    @on(Markdown.LinkClicked)
    def _link(self, event: Markdown.LinkClicked) -> None:
        target = parse_href(event.href)
        if target is not None:
            self.open_target(*target)
        elif event.href.startswith(("http://", "https://")):
            self.open_url(event.href)

    def action_history_back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.open_target(*self.history[self.position], record=False)

    def action_history_forward(self) -> None:
        if self.position < len(self.history) - 1:
            self.position += 1
            self.open_target(*self.history[self.position], record=False)

    def action_search(self) -> None:
        self.query_one(SearchBox).open()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    # --- mentions ---------------------------------------------------------------------------

    def _go_to_mention(self, index: int) -> None:
        self.current = index
        m = self.mentions[index]
        self.query_one(ArticleView).select(index)
        if m.concept:
            self.open_target("concept", m.concept)
        else:
            self.open_target("provision", m.provisions[0])

    def action_next_mention(self) -> None:
        if self.mentions:
            self._go_to_mention(0 if self.current is None else (self.current + 1) % len(self.mentions))

    def action_prev_mention(self) -> None:
        if self.mentions:
            self._go_to_mention(
                len(self.mentions) - 1 if self.current is None else (self.current - 1) % len(self.mentions)
            )

    @on(OptionList.OptionSelected, "#found-list")
    def _found_selected(self, event: OptionList.OptionSelected) -> None:
        """Cycle through the mentions of the chosen concept or provision."""
        key = event.option.id
        assert self.kb is not None and key is not None
        keys = [entry_key(m) for m in self.mentions]
        start = -1 if self.current is None else self.current
        order = list(range(start + 1, len(keys))) + list(range(0, start + 1))
        for i in order:
            if keys[i] == key:
                self._go_to_mention(i)
                return

    # --- find -----------------------------------------------------------------------------

    def action_find(self) -> None:
        if self.annotation is not None:
            box = self.query_one("#find", Input)
            box.display = True
            box.focus()

    @on(Input.Submitted, "#find")
    def _find_next(self, event: Input.Submitted) -> None:
        needle = event.value.casefold()
        if not needle or self.annotation is None:
            return
        hay = self.annotation.source.casefold()
        at = hay.find(needle, self.find_from)
        if at < 0:
            at = hay.find(needle)
        if at < 0:
            self.notify(f"Not found: {event.value}", severity="warning")
            return
        self.find_from = at + 1
        self.query_one(ArticleView).mark_found((at, at + len(needle)))

    def on_key(self, event: object) -> None:
        key = getattr(event, "key", "")
        find = self.query("#find")
        if key == "escape" and find and find.first().display:
            find.first().display = False
            self.query_one(ArticleView).mark_found(None)
            self.set_focus(None)

    # --- files ------------------------------------------------------------------------------

    def export_path(self) -> Path | None:
        """Where ``e`` writes: ``NAME.annotated.md`` beside the file."""
        return self.file.with_name(self.file.stem + ".annotated.md") if self.file else None

    def action_export(self) -> None:
        target = self.export_path()
        if target is None or self.annotation is None:
            self.notify("Open a file first (command palette: Open file)", severity="warning")
            return
        if target.exists():
            self.push_screen(
                ConfirmScreen(f"{target.name} exists. Overwrite?"),
                lambda ok: self._export(target) if ok else None,
            )
        else:
            self._export(target)

    def _export(self, target: Path) -> None:
        from icc_ref.annotate_cmd import write_atomic
        from icc_ref.render import to_markdown

        assert self.annotation is not None and self.kb is not None
        try:
            write_atomic(target, to_markdown(self.annotation, self.kb))
        except (IccRefError, OSError) as exc:
            self.notify(str(exc), title="Export failed", severity="error")
            return
        self.notify(f"Exported {target}")

    def action_open_file(self) -> None:
        self.push_screen(OpenFileScreen(), self._open_file)

    async def _open_file(self, path: str | None) -> None:
        if not path:
            return
        if not Path(path).is_file():
            self.notify(f"No such file: {path}", severity="error")
            return
        if self.file is None:  # started without a text: add the article pane and the Found tab
            right = self.query_one("#right")
            find = Input(placeholder="Find in text (Enter: next, Esc: close)", id="find")
            await right.mount(ArticleView(), find, before=self.query_one(DetailView))
            await self.query_one(Navigator).add_found_tab()
        self.file = Path(path)
        self.sub_title = path
        self.load_everything()


def run(
    load: Callable[[], tuple[KnowledgeBase, Index]], file: str | None, encoding: str | None = None
) -> int:
    """Run the app until the user quits; a FILE that cannot be read is refused before it starts."""
    if file is not None:
        from icc_ref.annotate_cmd import read_text

        read_text(file, encoding)  # raises IccRefError: missing, binary, undecodable, too large
    IccRefApp(load, file, encoding).run()
    return 0
