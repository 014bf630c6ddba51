"""``icc-ref lookup``: the best match for a term or citation, as text or JSON.

Styling is plain ANSI (bold, dim) and only when stdout is a terminal and NO_COLOR is unset;
piped output is plain text. No third-party terminal library is imported, to keep start-up fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from icc_ref.model import Concept, KnowledgeBase, Mention, Paragraph
from icc_ref.search import GOOD_SCORE, Hit, search, words_agree

if TYPE_CHECKING:
    from icc_ref.matcher import Index


class _Style:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def bold(self, s: str) -> str:
        return f"\033[1m{s}\033[0m" if self.enabled else s

    def dim(self, s: str) -> str:
        return f"\033[2m{s}\033[0m" if self.enabled else s


def run(
    kb: KnowledgeBase, query: str, args: argparse.Namespace, index: Callable[[], Index] | None = None
) -> int:
    """Print the best match (or the top ``--limit``). When no entry matches the whole query
    but it holds terms of the base ("member states must detain him"), describe each of them;
    otherwise exit 1 with suggestions. ``index`` gives the matcher index, needed only then."""
    hits = search(kb, query, args.limit)  # one hit for a plain lookup: the cheapest search
    if not (hits and hits[0].score >= 100) and (part := _part_asked(kb, query)) is not None:
        return _print_part(kb, query, *part, args.json)  # "Parte VII": not the nearest alias, "Parte IX"
    good = [h for h in hits if h.score >= GOOD_SCORE and (h.score >= 100 or words_agree(query, h.matched))]
    if not good:
        hits = search(kb, query, 5)  # the nearest, as suggestions
        found = terms_in(kb, index(), query) if index is not None and len(query.split()) > 1 else []
        if found:
            return _print_terms(kb, query, found, hits, args.json)
        unrecorded = unrecorded_citation(kb, query)
        if unrecorded:
            print(f"icc-ref: {unrecorded}", file=sys.stderr)
            if args.json:
                _print_json({"query": query, "match": None, "candidates": []}, None)
            return 1
        near = ", ".join(f"{h.label} ({h.score:.0f})" for h in hits[:5]) or "none"
        print(f"icc-ref: no match for {query!r}; nearest: {near}", file=sys.stderr)
        if args.json:
            _print_json({"query": query, "match": None, "candidates": [_hit_json(h) for h in hits[:5]]}, None)
        return 1
    if args.json:
        doc = {
            "query": query,
            "match": record_json(kb, good[0]),
            "candidates": [_hit_json(h) for h in hits[: args.limit]],
        }
        _print_json(doc)
        return 0
    style = _Style(sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    if args.limit > 1:
        for h in hits[: args.limit]:
            print(f"{h.score:5.1f}  {h.kind:<9}  {h.key:<32}  {h.label}")
        print()
    print(describe(kb, good[0], style))
    return 0


_PART_HINTS = ("part", "chapitre", "الباب")  # in a query: "Part", "Parte" (holds "part"), "chapitre", "الباب"


def _part_asked(kb: KnowledgeBase, query: str) -> tuple[str, tuple[str, ...]] | None:
    """The number of the Part of the Statute that ``query`` names ("Part 7", "Parte VII del
    Estatuto", "الباب التاسع") and the articles the base records of it, or None."""
    if not any(w in query.lower() for w in _PART_HINTS):
        return None  # the usual lookup: no pattern compiled
    from icc_ref.citation import parse_part

    number = parse_part(query)
    if number is None:
        return None
    from icc_ref.matcher import articles_of_part  # only on this rare path: lookup starts fast

    articles = articles_of_part(kb, str(number))
    return (str(number), articles) if articles else None


def _print_part(kb: KnowledgeBase, query: str, part: str, cites: tuple[str, ...], as_json: bool) -> int:
    """Print Part ``part`` of the Statute: its title and its articles (``cites``), with their
    titles."""
    inst = kb.instruments["RS"]
    title = inst.division_title(part) or ""
    articles = [kb.provisions[cite] for cite in cites]
    if as_json:
        match = {
            "kind": "part",
            "id": f"RS Part {part}",
            "label": f"Part {part} of the {inst.short_name}: {title}",
            "instrument": "RS",
            "number": part,
            "title": title,
            "provisions": [{"citation": p.citation, "title": p.title} for p in articles],
            "url": inst.url,
        }
        _print_json({"query": query, "match": match, "candidates": []})
        return 0
    style = _Style(sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    print(style.bold(f"Part {part} of the {inst.name}: {title}"))
    print()
    for p in articles:
        print(f"  {p.citation:<10} {p.title or ''}")
    print()
    print(style.dim(f"Official text: {inst.url}"))
    return 0


def unrecorded_citation(kb: KnowledgeBase, query: str) -> str | None:
    """What to say when ``query`` is a citation of a provision the base does not record
    ("regulation 101": the base records two regulations), or None."""
    from icc_ref.citation import find_citations  # only on this rare path: lookup starts fast

    found = list(find_citations(query.strip()))
    if len(found) != 1 or found[0][1] - found[0][0] < len(query.strip()) - 1:
        return None
    cit = found[0][2]
    if cit.provision in kb.provisions:
        return None
    inst = kb.instruments.get(cit.instrument)
    if inst is None:
        return None
    recorded = [p for p in kb.provisions if p.startswith(cit.instrument + " ")]
    has = f"{len(recorded)} of this instrument" if len(recorded) > 5 else ", ".join(recorded)
    return (
        f"{cit.provision} is not among the provisions the knowledge base records ({has}); "
        f"the official text of the {inst.name}: {inst.url}"
    )


def terms_in(kb: KnowledgeBase, index: Index, query: str) -> list[Mention]:
    """The terms and citations of a phrase, as ``annotate`` finds them in a text, except that
    a term that needs context gets it from the question itself: whoever looks it up is asking
    about the Court. A back-reference ("the Fund") has nothing to refer to and is left out."""
    from icc_ref.annotate import DEFAULT_MIN_SCORE, select
    from icc_ref.matcher import find_candidates

    candidates = [
        c
        for c in find_candidates(query, index, kb)
        if c.score >= DEFAULT_MIN_SCORE and not c.refers_back and c.method != "unrecorded"
    ]
    return [c.mention(query) for c in select(candidates)]


def _mention_hit(kb: KnowledgeBase, m: Mention) -> Hit:
    if m.concept is not None:
        return Hit("concept", m.concept, kb.concepts[m.concept].name, m.score, m.text)
    return Hit("provision", m.provisions[0], kb.title(m.provisions[0]), m.score, m.text)


def _print_terms(kb: KnowledgeBase, query: str, found: list[Mention], hits: list[Hit], as_json: bool) -> int:
    records = [_mention_hit(kb, m) for m in found]
    if as_json:
        doc = {
            "query": query,
            "match": None,
            "terms": [
                {"start": m.start, "end": m.end, "text": m.text, "match": record_json(kb, h)}
                for m, h in zip(found, records, strict=True)
            ],
            "candidates": [_hit_json(h) for h in hits[:5]],
        }
        _print_json(doc)
        return 0
    style = _Style(sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    listed = "; ".join(f"{m.text!r}: {h.label}" for m, h in zip(found, records, strict=True))
    print(_wrap(f"No single entry matches {query!r}. Terms in it: {listed}."))
    shown: set[str] = set()
    for h in records:
        if h.key not in shown:
            shown.add(h.key)
            print()
            print(describe(kb, h, style))
    return 0


def _print_json(doc: dict[str, Any], indent: int | None = 2) -> None:
    import json  # only for --json: a plain lookup is a cold start worth keeping short

    print(json.dumps(doc, ensure_ascii=False, indent=indent))


def _hit_json(h: Hit) -> dict[str, Any]:
    return {"kind": h.kind, "id": h.key, "label": h.label, "score": h.score, "matched": h.matched}


def record_json(kb: KnowledgeBase, hit: Hit) -> dict[str, Any]:
    """The full record behind a hit, JSON-ready."""
    base = _hit_json(hit)
    if hit.kind == "concept":
        c = kb.concepts[hit.key]
        base.update(
            name=c.name,
            category=c.category,
            stage=c.stage,
            summary=c.summary,
            aliases={lang: list(c.names(lang)) for lang in ("en", "fr", "ar", "es")},
            provisions=[{"citation": p, "title": kb.title(p)} for p in c.provisions],
            related=[{"id": r, "name": kb.concepts[r].name} for r in c.related if r in kb.concepts],
            clarifications=[
                {"misreading": x.misreading, "explanation": x.explanation, "provisions": list(x.provisions)}
                for x in c.clarifications
            ],
        )
        return base
    resolved = kb.resolve(hit.key)
    assert resolved is not None
    p, para = resolved
    base.update(
        citation=hit.key,
        instrument=p.instrument,
        number=p.number,
        title=p.title,
        part=p.part,
        summary=p.summary,
        paragraph=para.summary if para else None,
        deleted=p.deleted,
        cross_references=list(p.cross_references),
        url=p.url,
        concepts=[c.id for c in kb.citing(p.citation)],
    )
    return base


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(" ".join(text.split()), width=88, initial_indent=indent, subsequent_indent=indent)


def describe(kb: KnowledgeBase, hit: Hit, style: _Style | None = None) -> str:
    """A human-readable description of a hit."""
    style = style or _Style(False)
    if hit.kind == "concept":
        return _describe_concept(kb, kb.concepts[hit.key], style)
    return _describe_provision(kb, hit.key, style)


def _describe_concept(kb: KnowledgeBase, c: Concept, s: _Style) -> str:
    stage = c.stage.replace("_", " ")
    out = [
        s.bold(c.name) + s.dim(f"  [{c.id} · {c.category} · {stage}]"),
        "",
        _wrap(c.summary),
        "",
        s.bold("Provisions"),
    ]
    out.extend(_provision_lines(kb, c.provisions))
    if c.related:
        related = ", ".join(f"{kb.concepts[r].name} ({r})" for r in c.related if r in kb.concepts)
        out += ["", s.bold("Related"), _wrap(related, "  ")]
    if c.clarifications:
        out += ["", s.bold("Common misreadings")]
        for cl in c.clarifications:
            out.append(_wrap("✗ " + cl.misreading, "  "))
            out.append(_wrap(cl.explanation + f" [{', '.join(cl.provisions)}]", "    "))
    names = " · ".join(f"{lang}: {', '.join(c.names(lang))}" for lang in ("fr", "ar", "es") if c.names(lang))
    out += ["", s.dim(_wrap("Also: " + names))]
    return "\n".join(out)


def _provision_lines(kb: KnowledgeBase, cites: tuple[str, ...]) -> list[str]:
    """Cited provisions grouped by article: the title once, then each pinpoint's summary."""
    from icc_ref.citation import parse_citation

    lines: list[str] = []
    seen: set[str] = set()
    for cite in cites:
        whole = parse_citation(cite).provision
        if whole not in seen:
            seen.add(whole)
            lines.append(f"  {kb.title(whole)}")
            for other in cites:
                resolved = kb.resolve(other)
                if other != whole and parse_citation(other).provision == whole and resolved and resolved[1]:
                    summary = " ".join(resolved[1].summary.split())
                    short = summary if len(summary) <= 70 else summary[:67].rsplit(" ", 1)[0] + "..."
                    lines.append(f"    {other[len(whole) :]:<10} {short}")
    return lines


def _describe_provision(kb: KnowledgeBase, cite: str, s: _Style) -> str:
    resolved = kb.resolve(cite)
    assert resolved is not None
    p, para = resolved
    inst = kb.instruments[p.instrument]
    div = inst.division_title(p.part)
    where = f"{inst.name}" + (f", {inst.division} {p.part}: {div}" if div else "")
    out = [s.bold(kb.title(cite)), s.dim(where)]
    if p.deleted:
        out += ["", _wrap(f"Deleted: {p.deleted}.")]
    if p.summary:
        out += ["", _wrap(p.summary)]
    elif not p.deleted and not p.paragraphs:
        out += ["", _wrap("Recorded by title only: no summary yet; see the official text.")]
    shown = (para,) if para else p.paragraphs
    if shown:
        out.append("")
        out.extend(_paragraph_lines(shown, "  "))
    if p.cross_references:
        out += ["", s.bold("Cross-references") + "  " + ", ".join(p.cross_references)]
    concepts = kb.citing(p.citation)
    if concepts:
        out += ["", s.bold("Concepts"), _wrap(", ".join(f"{c.name} ({c.id})" for c in concepts), "  ")]
    out += ["", s.dim(f"Official text: {p.url}")]
    return "\n".join(out)


def _paragraph_lines(paras: tuple[Paragraph, ...], indent: str) -> list[str]:
    lines = []
    for para in paras:
        label = f"{para.number}." if para.number[0].isdigit() else f"({para.number})"
        lines.append(
            textwrap.fill(
                " ".join(para.summary.split()),
                width=88,
                initial_indent=f"{indent}{label} ",
                subsequent_indent=indent + " " * (len(label) + 1),
            )
        )
        lines.extend(_paragraph_lines(para.subparagraphs, indent + "    "))
    return lines
