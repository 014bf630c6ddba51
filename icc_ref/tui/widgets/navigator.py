"""The navigator: concepts by category and by procedural stage, and the instruments."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, TabbedContent, TabPane, Tree
from textual.widgets.option_list import Option

from icc_ref.model import CATEGORIES, STAGES, KnowledgeBase
from icc_ref.tui.messages import Open

STAGE_ORDER = [s for s in STAGES if s != "general"] + ["general"]


class LawTree(Tree[tuple[str, str]]):
    """A tree whose leaves open a concept or a provision."""

    def on_tree_node_selected(self, event: Tree.NodeSelected[tuple[str, str]]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(Open(*event.node.data))


class FoundList(OptionList):
    """Concepts and provisions found in the article, with their counts."""


class Navigator(Vertical):
    """Tabs: Found (with a file), Concepts, Stages, Law."""

    def __init__(self, with_file: bool) -> None:
        super().__init__(id="navigator")
        self.with_file = with_file

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="found" if self.with_file else "concepts", id="nav-tabs"):
            yield from self._panes()

    def _panes(self) -> ComposeResult:
        if self.with_file:
            with TabPane("Found", id="found"):
                yield FoundList(id="found-list")
        with TabPane("Concepts", id="concepts"):
            yield LawTree("Concepts", id="concept-tree")
        with TabPane("Stages", id="stages"):
            yield LawTree("Procedure", id="stage-tree")
        with TabPane("Law", id="law"):
            yield LawTree("Instruments", id="law-tree")

    def fill(self, kb: KnowledgeBase) -> None:
        """Populate the trees from the knowledge base."""
        by_cat = self.query_one("#concept-tree", LawTree)
        by_stage = self.query_one("#stage-tree", LawTree)
        concepts = sorted(kb.concepts.values(), key=lambda c: c.name.lower())
        for tree, field, order in ((by_cat, "category", CATEGORIES), (by_stage, "stage", STAGE_ORDER)):
            tree.clear()
            tree.root.expand()
            for value in order:
                members = [c for c in concepts if getattr(c, field) == value]
                if members:
                    branch = tree.root.add(f"{value.replace('_', ' ').capitalize()} ({len(members)})")
                    for c in members:
                        branch.add_leaf(c.name, data=("concept", c.id))
        law = self.query_one("#law-tree", LawTree)
        law.clear()
        law.root.expand()
        for inst in kb.instruments.values():
            provisions = [p for p in kb.provisions.values() if p.instrument == inst.id]
            if not provisions:
                continue
            node = law.root.add(inst.name)
            groups = {d.number: node.add(f"{inst.division} {d.number}. {d.title}") for d in inst.divisions}
            for p in provisions:
                label = f"{inst.unit.capitalize()} {p.number}" + (f" — {p.title}" if p.title else "")
                parent = groups.get(p.part or "", node)
                parent.add_leaf(label, data=("provision", p.citation))

    async def add_found_tab(self) -> None:
        """Add the Found tab to a navigator made without a text, and show it."""
        tabs = self.query_one(TabbedContent)
        await tabs.add_pane(TabPane("Found", FoundList(id="found-list"), id="found"), before="concepts")
        tabs.active = "found"
        self.with_file = True

    def show_found(self, rows: list[tuple[str, str, int]]) -> None:
        """List ``(key, label, count)`` rows in the Found tab."""
        found = self.query_one(FoundList)
        found.clear_options()
        found.add_options([Option(f"{label} ({count})", id=key) for key, label, count in rows])
