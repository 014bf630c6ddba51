"""Locate, read, validate and merge the knowledge base.

The built-in base ships inside the package (``icc_ref/_knowledge`` in a wheel, the repository's
``knowledge/`` in a checkout). User folders given with ``--kb`` or ``ICC_REF_KB`` are laid on
top: a record whose id already exists replaces the built-in one whole, and the replacement is
reported as a note. All problems are collected, then raised once as a KnowledgeError.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from icc_ref import schema
from icc_ref.citation import canonical_number, is_canonical
from icc_ref.errors import IccRefError, KnowledgeError
from icc_ref.model import (
    CATEGORIES,
    LANGUAGES,
    STAGES,
    Alias,
    Clarification,
    Concept,
    Division,
    Instrument,
    KnowledgeBase,
    Paragraph,
    Provision,
)
from icc_ref.normalize import keys
from icc_ref.paths import builtin_root
from icc_ref.yamlfile import line_of, read_yaml


@dataclass
class _Where:
    """Where each record came from, for error messages after merging."""

    lines: dict[tuple[str, str], tuple[str, int | None]] = field(default_factory=dict)

    def at(self, kind: str, key: str) -> tuple[str, int | None]:
        return self.lines.get((kind, key), ("<knowledge>", None))


@dataclass
class _Layer:
    instruments: dict[str, Instrument] = field(default_factory=dict)
    provisions: dict[str, Provision] = field(default_factory=dict)
    concepts: dict[str, Concept] = field(default_factory=dict)
    known_words: dict[str, set[str]] = field(default_factory=dict)


class _Reader:
    """Reads one folder into a layer, collecting problems."""

    def __init__(self, root: Path, where: _Where, problems: list[IccRefError]) -> None:
        self.root = root
        self.where = where
        self.problems = problems
        self.layer = _Layer()

    def display(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def read(self) -> _Layer:
        if not self.root.is_dir():
            self.problems.append(IccRefError("knowledge-base folder not found", str(self.root)))
            return self.layer
        inst = self.root / "instruments.yaml"
        if inst.is_file():
            self._file(inst, schema.INSTRUMENTS_FILE, self._instruments)
        for sub, spec, handler in (
            ("provisions", schema.PROVISIONS_FILE, self._provisions),
            ("concepts", schema.CONCEPTS_FILE, self._concepts),
        ):
            for path in sorted((self.root / sub).rglob("*.yaml")) if (self.root / sub).is_dir() else []:
                self._file(path, spec, handler)
        known = self.root / "known_words.yaml"
        if known.is_file():
            self._file(known, schema.KNOWN_WORDS_FILE, self._known_words)
        return self.layer

    def _known_words(self, data: Any, shown: str) -> None:
        table = data["known_words"]
        line = line_of(table, 1)
        for lang, words in table.items():
            if lang not in LANGUAGES:
                self.problems.append(
                    IccRefError(
                        f"known_words: unknown language {lang!r} (one of {', '.join(LANGUAGES)})", shown, line
                    )
                )
            elif not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                self.problems.append(IccRefError(f"known_words.{lang} must be a list of words", shown, line))
            else:
                self.layer.known_words.setdefault(lang, set()).update(w.strip().lower() for w in words)

    def _file(self, path: Path, spec: schema.Spec, handler: Any) -> None:
        shown = self.display(path)
        try:
            data = read_yaml(path, shown)
        except IccRefError as exc:
            self.problems.append(exc)
            return
        found = schema.check_fields(data, spec, "the file", shown, line_of(data, 1))
        self.problems.extend(found)
        if not found:
            handler(data, shown)

    def _items(self, data: Any, key: str, spec: schema.Spec, what: str, shown: str) -> Iterable[Any]:
        seq = data[key]
        for i, item in enumerate(seq):
            line = seq.item_lines[i] if hasattr(seq, "item_lines") else None
            found = schema.check_fields(item, spec, what, shown, line)
            self.problems.extend(found)
            if not found:
                yield item

    def _add(
        self, kind: str, table: dict[str, Any], key: str, record: Any, shown: str, line: int | None
    ) -> None:
        if key in table:
            first = self.where.at(kind, key)
            self.problems.append(
                IccRefError(f"duplicate {kind} {key!r} (first defined at {first[0]}:{first[1]})", shown, line)
            )
            return
        table[key] = record
        self.where.lines[(kind, key)] = (shown, line)

    def _instruments(self, data: Any, shown: str) -> None:
        for item in self._items(data, "instruments", schema.INSTRUMENT, "an instrument", shown):
            divisions = []
            for d in item.get("divisions", []):
                found = schema.check_fields(d, schema.DIVISION, "a division", shown, line_of(d))
                self.problems.extend(found)
                if not found:
                    divisions.append(Division(d["number"], d["title"]))
            fields = {k: v for k, v in item.items() if k != "divisions"}
            record = Instrument(**fields, divisions=tuple(divisions))
            self._add("instrument", self.layer.instruments, record.id, record, shown, item.line)

    def _paragraphs(self, seq: Any, shown: str) -> tuple[Paragraph, ...]:
        out = []
        for i, p in enumerate(seq or []):
            line = seq.item_lines[i] if hasattr(seq, "item_lines") else None
            found = schema.check_fields(p, schema.PARAGRAPH, "a paragraph", shown, line)
            self.problems.extend(found)
            if found:
                continue
            number = canonical_number(p["number"])
            subs = self._paragraphs(p.get("subparagraphs"), shown)
            out.append(Paragraph(number, p["summary"].strip(), subs))
        return tuple(out)

    def _provisions(self, data: Any, shown: str) -> None:
        inst = data["instrument"]
        for item in self._items(data, "provisions", schema.PROVISION, "a provision", shown):
            number = canonical_number(item["number"])
            line = item.line
            refs = tuple(item.get("cross_references", []))
            self._citations(refs, "cross_references", shown, item.key_lines.get("cross_references", line))
            if not item.get("title") and not item.get("untitled") and not item.get("deleted"):
                self.problems.append(
                    IccRefError(
                        "missing required field 'title' in a provision (or set untitled: true)", shown, line
                    )
                )
            record = Provision(
                instrument=inst,
                number=number,
                title=item.get("title"),
                url=item.get("url", ""),
                part=item.get("part", data.get("part")),
                summary=(item.get("summary") or "").strip() or None,
                paragraphs=self._paragraphs(item.get("paragraphs"), shown),
                cross_references=refs,
                deleted=item.get("deleted"),
                untitled=bool(item.get("untitled", False)),
            )
            self._add("provision", self.layer.provisions, record.citation, record, shown, line)

    def _citations(self, values: Any, fname: str, shown: str, line: int | None) -> None:
        for value in values:
            if not isinstance(value, str) or not is_canonical(value):
                self.problems.append(
                    IccRefError(
                        f"field {fname!r}: malformed citation {value!r} (expected e.g. 'RS 58(1)(b)')",
                        shown,
                        line,
                    )
                )

    def _concepts(self, data: Any, shown: str) -> None:
        for item in self._items(data, "concepts", schema.CONCEPT, "a concept", shown):
            line = item.line
            kl = item.key_lines
            for fname, allowed in (("category", CATEGORIES), ("stage", STAGES)):
                if item[fname] not in allowed:
                    self.problems.append(
                        IccRefError(
                            f"field {fname!r}: unknown value {item[fname]!r}; allowed: {', '.join(allowed)}",
                            shown,
                            kl[fname],
                        )
                    )
            self._citations(item["provisions"], "provisions", shown, kl["provisions"])
            clarifications = []
            for c in item.get("clarifications", []):
                found = schema.check_fields(
                    c, schema.CLARIFICATION, "a clarification", shown, line_of(c, kl.get("clarifications"))
                )
                self.problems.extend(found)
                if not found:
                    self._citations(
                        c["provisions"], "clarifications.provisions", shown, c.key_lines["provisions"]
                    )
                    clarifications.append(
                        Clarification(
                            c["misreading"].strip(), c["explanation"].strip(), tuple(c["provisions"])
                        )
                    )
            record = Concept(
                id=item["id"],
                name=item["name"],
                category=item["category"],
                stage=item["stage"],
                summary=item["summary"].strip(),
                aliases=self._aliases(item["aliases"], shown, kl["aliases"], item["id"]),
                provisions=tuple(item["provisions"]),
                related=tuple(item.get("related", [])),
                clarifications=tuple(clarifications),
                narrows=item.get("narrows"),
            )
            self._add("concept", self.layer.concepts, record.id, record, shown, line)

    def _aliases(self, value: Any, shown: str, line: int | None, owner: str) -> tuple[Alias, ...]:
        out = []
        for lang, entries in value.items():
            at = value.key_lines.get(lang, line)
            if lang not in LANGUAGES:
                self.problems.append(
                    IccRefError(
                        f"aliases: unknown language {lang!r}; allowed: {', '.join(LANGUAGES)}", shown, at
                    )
                )
                continue
            if not isinstance(entries, list):
                self.problems.append(IccRefError(f"aliases.{lang} must be a list", shown, at))
                continue
            for i, entry in enumerate(entries):
                eline = entries.item_lines[i] if hasattr(entries, "item_lines") else at
                if isinstance(entry, str):
                    entry = {"text": entry}
                found = schema.check_fields(entry, schema.ALIAS, f"an alias ({lang})", shown, eline)
                self.problems.extend(found)
                if found:
                    continue
                if not keys(entry["text"]):
                    self.problems.append(
                        IccRefError(f"aliases.{lang}: alias {entry['text']!r} has no words", shown, eline)
                    )
                    continue
                out.append(
                    Alias(
                        entry["text"],
                        lang,
                        entry.get("needs_context", False),
                        entry.get("exact", False),
                        entry.get("ambiguous", False),
                        entry.get("refers_back", False),
                        entry.get("lookup_only", False),
                    )
                )
                self.where.lines[("alias", f"{owner}:{lang}:{entry['text']}")] = (shown, eline)
        return tuple(out)


def load_knowledge(extra: Sequence[str | Path] = (), include_builtin: bool = True) -> KnowledgeBase:
    """Load the built-in base plus user folders; raise KnowledgeError listing every problem."""
    problems: list[IccRefError] = []
    where = _Where()
    roots = ([builtin_root()] if include_builtin else []) + [Path(p) for p in extra]
    merged = _Layer()
    notes: list[str] = []
    for root in roots:
        layer = _Reader(root, where, problems).read()
        tables: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = (
            ("instrument", merged.instruments, layer.instruments),
            ("provision", merged.provisions, layer.provisions),
            ("concept", merged.concepts, layer.concepts),
        )
        for kind, mine, theirs in tables:
            for key, record in theirs.items():
                if key in mine:
                    notes.append(f"{root}: {kind} {key!r} replaces the built-in record")
                mine[key] = record
        for lang, words in layer.known_words.items():
            merged.known_words.setdefault(lang, set()).update(words)
    kb = _finish(merged, notes, where)
    problems.extend(validate(kb, where))
    if problems:
        raise KnowledgeError(problems)
    return kb


def _finish(layer: _Layer, notes: list[str], where: _Where) -> KnowledgeBase:
    provisions = {}
    for key, p in layer.provisions.items():
        inst = layer.instruments.get(p.instrument)
        if inst is not None and not p.url:
            p = _with_url(p, inst.url)
        provisions[key] = p
    known = {lang: frozenset(words) for lang, words in sorted(layer.known_words.items())}
    return KnowledgeBase(dict(layer.instruments), provisions, dict(layer.concepts), tuple(notes), known)


def _with_url(p: Provision, url: str) -> Provision:
    from dataclasses import replace

    return replace(p, url=url)


def validate(kb: KnowledgeBase, where: _Where | None = None) -> list[IccRefError]:
    """Cross-record checks: instruments, parts, citations, related ids, alias clashes."""
    where = where or _Where()
    problems: list[IccRefError] = []

    def err(kind: str, key: str, message: str) -> None:
        shown, line = where.at(kind, key)
        problems.append(IccRefError(message, shown, line))

    def check_cites(kind: str, key: str, fname: str, cites: Iterable[str]) -> None:
        for cite in cites:
            if is_canonical(cite) and kb.resolve(cite) is None:
                closest = kb.closest(cite)
                hint = f" (closest recorded: {closest})" if closest else ""
                err(kind, key, f"field {fname!r}: citation {cite!r} does not resolve{hint}")

    for key, p in kb.provisions.items():
        inst = kb.instruments.get(p.instrument)
        if inst is None:
            err("provision", key, f"field 'instrument': unknown instrument {p.instrument!r}")
        elif p.part is not None and inst.divisions and inst.division_title(p.part) is None:
            err("provision", key, f"field 'part': {inst.id} has no {inst.division.lower()} {p.part!r}")
        check_cites("provision", key, "cross_references", p.cross_references)
    for key, c in kb.concepts.items():
        check_cites("concept", key, "provisions", c.provisions)
        for cl in c.clarifications:
            check_cites("concept", key, "clarifications.provisions", cl.provisions)
        for rel in c.related:
            if rel not in kb.concepts:
                err("concept", key, f"field 'related': unknown concept id {rel!r}")
        if c.narrows is not None and (c.narrows not in kb.concepts or c.narrows == key):
            err("concept", key, f"field 'narrows': unknown concept id {c.narrows!r}")
    problems.extend(_alias_clashes(kb, where))
    return problems


def _alias_clashes(kb: KnowledgeBase, where: _Where) -> list[IccRefError]:
    owners: dict[tuple[str, ...], list[tuple[Concept, Alias]]] = {}
    problems = []
    for c in kb.concepts.values():
        seen: set[tuple[str, ...]] = set()
        written: set[tuple[str, str]] = set()
        for a in c.aliases:
            if (a.lang, a.text) in written:  # a slip of editing: the same line twice
                shown, line = where.at("alias", f"{c.id}:{a.lang}:{a.text}")
                twice = f"alias {a.text!r} is listed twice in concept {c.id!r}"
                problems.append(IccRefError(twice, shown, line))
            written.add((a.lang, a.text))
            k = keys(a.text)
            if k in seen:
                continue
            seen.add(k)
            owners.setdefault(k, []).append((c, a))
    for entries in owners.values():
        if len(entries) < 2 or all(a.ambiguous for _, a in entries):
            continue
        (c1, a1), (c2, a2) = entries[0], entries[1]
        shown, line = where.at("alias", f"{c2.id}:{a2.lang}:{a2.text}")
        first, first_line = where.at("alias", f"{c1.id}:{a1.lang}:{a1.text}")
        problems.append(
            IccRefError(
                f"alias {a2.text!r} of concept {c2.id!r} is also an alias of {c1.id!r} "
                f"({a1.text!r} at {first}:{first_line}); mark both ambiguous: true or keep one",
                shown,
                line,
            )
        )
    return problems
