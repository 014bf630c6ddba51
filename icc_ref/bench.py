"""Benchmark: ``python -m icc_ref.bench`` prints one table of measured figures.

Everything is measured in this one run, and speeds are given as ratios to baselines taken in
the same run on the same corpus: the tokenizing floor (``re.finditer(r"\\w+")`` over the
lowercased text, the least any matcher pays), timed right before each annotate pass, and
pyahocorasick exact matching of the same aliases the matcher indexes, scaled ones included
(the reference exact engine; optional, benchmark-only), timed on the same corpora after
every annotate pass (see ``aho_seconds``). Each configuration first annotates 0.2 MB
generated with another seed, so word caches are warm as in any run longer than a few
documents; then, ``--runs`` times (default 3), a fresh corpus (seeds 7, 8, 9 ...) is
generated, the floor is timed on it (best of 3) and annotate makes one pass over it. The
table gives the median of the runs and their range: one pass of a fifth of a second varies
by several per cent on a shared machine, and a ratio taken from neighbouring timings is
steadier than two timings minutes apart.

The corpus is news-like filler with real aliases of the knowledge base planted about once per
40 words, some as variants (plural, case, hyphenation, word order, inserted words, one-letter
typos). Larger synthetic knowledge bases (10x, 100x the aliases) measure how matching scales
with the vocabulary.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from icc_ref.annotate import annotate_text, match_only
from icc_ref.index_cache import settle
from icc_ref.knowledge import load_knowledge
from icc_ref.matcher import STOPWORDS, Index, build_index
from icc_ref.model import Alias, KnowledgeBase
from icc_ref.normalize import keys

FILLER = (
    "the a of and to in on for with that this was were is are said says told officials minister "
    "government week month year today yesterday morning evening after before during while since "
    "report reports news agency statement press spokesperson capital city country region border "
    "people families residents leaders talks meeting visit trip plane airport flight travel "
    "economy market prices budget money plans project policy reform election vote parliament "
    "party campaign opposition coalition president premier ministry office building street "
    "officials added noted stressed warned hoped expected planned announced confirmed denied "
    "sources close to the matter speaking on condition of anonymity according analysts experts "
    "observers diplomats envoy embassy foreign affairs relations allies partners neighbours "
    "summit conference forum delegation agenda issue issues question questions answer answers "
    "water energy oil gas trade exports imports growth jobs workers union strike protest crowd "
    "square march police security forces border crossing aid convoy hospital school village town "
    "north south east west central northern southern eastern western local national global "
    "new old first last next second third major minor large small long short high low early late "
    "many several few some most other another each every both either neither whether however "
    "also still already again then now soon later once twice often rarely never always perhaps "
    "would could should might must will can may did does had has have been being it its their "
    "they them he him his she her we our you your who whom whose which what when where why how"
).split()

VARIANTS = ("plural", "upper", "title", "hyphen", "order", "insert", "typo")


@dataclass(frozen=True)
class Planted:
    """An alias written into the corpus: where, which concept, and how it was varied."""

    start: int
    end: int
    concept: str
    variant: str  # "exact" or one of VARIANTS


def _plantable(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """English aliases that stand alone (no context or earlier mention needed, long enough to
    be fuzzy)."""
    out = []
    for c in kb.concepts.values():
        for a in c.aliases:
            if (
                a.lang == "en"
                and not (a.needs_context or a.refers_back or a.exact or a.lookup_only)
                and len(a.text) >= 8
            ):
                out.append((c.id, a.text))
    return sorted(out)


def _vary(alias: str, variant: str, rng: random.Random) -> str | None:
    words = alias.split()
    content = [w for w in words if w.lower() not in STOPWORDS]
    if variant == "plural":
        return alias if alias.endswith("s") else alias + "s"
    if variant == "upper":
        return alias.upper()
    if variant == "title":
        return alias.title()
    if variant == "hyphen":
        return "-".join(words) if 2 <= len(words) <= 3 else None
    if variant == "order":
        return f"{words[1]} of {words[0]}" if len(words) == 2 and len(content) == 2 else None
    if variant == "insert":
        return f"{words[0]} for the {' '.join(words[1:])}" if len(words) >= 2 and len(content) >= 2 else None
    long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(2, len(w) - 1)
    w = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[:j] + w[j] + w[j:]  # drop or double
    return " ".join(words[:i] + [w] + words[i + 1 :])


def make_corpus(
    kb: KnowledgeBase, size: int, seed: int = 7, variant_share: float = 0.4
) -> tuple[list[str], list[list[Planted]]]:
    """News-like documents of about 4 KB totalling ``size`` characters, with planted aliases."""
    rng = random.Random(seed)
    alias_words = {k for key in build_index(kb).exact for k in key}
    filler = [w for w in FILLER if keys(w) and keys(w)[0] not in alias_words]
    plantable = _plantable(kb)
    docs: list[str] = []
    planted: list[list[Planted]] = []
    total = 0
    while total < size:
        parts: list[str] = ["The ICC said on Monday that"]
        pos = len(parts[0])
        marks: list[Planted] = [Planted(4, 7, "international_criminal_court", "anchor")]
        while pos < 4000:
            sentence = " ".join(rng.choice(filler) for _ in range(rng.randint(12, 20)))
            chunk = " " + sentence[0].upper() + sentence[1:] + "."
            if rng.random() < 0.5:
                cid, alias = rng.choice(plantable)
                variant = rng.choice(VARIANTS) if rng.random() < variant_share else "exact"
                text = alias if variant == "exact" else _vary(alias, variant, rng)
                if text is None:
                    text, variant = alias, "exact"
                start = pos + 1 + len(" ".join(sentence.split()[:6])) + 1
                chunk = chunk[: start - pos] + text + " " + chunk[start - pos :]
                marks.append(Planted(start, start + len(text), cid, variant))
            parts.append(chunk)
            pos += len(chunk)
            if rng.random() < 0.25:
                parts.append("\n\n")
                pos += 2
        doc = "".join(parts)
        docs.append(doc)
        planted.append(marks)
        total += len(doc)
    return docs, planted


def scaled_kb(kb: KnowledgeBase, factor: int, seed: int = 11) -> KnowledgeBase:
    """The knowledge base with ``factor`` x the aliases: made-up words added to every concept."""
    if factor == 1:
        return kb
    rng = random.Random(seed)
    syllables = "ka lo mi ne ru sa ti vo ze qua ber dol fen gar hus jin".split()
    concepts = {}
    for c in kb.concepts.values():
        extra = []
        for _ in range((factor - 1) * len(c.aliases)):
            extra.append(Alias(f"{_word(rng, syllables)} {_word(rng, syllables)}", "en"))
        concepts[c.id] = replace(c, aliases=c.aliases + tuple(extra))
    return replace(kb, concepts=concepts)


def _word(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def _timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _spread(values: list[float], unit: str) -> str:
    """The median of ``values`` and, when there are several, their range."""
    mid = f"{statistics.median(values):6.2f} {unit}"
    return mid if len(values) == 1 else f"{mid}  [{min(values):.2f}-{max(values):.2f}]"


def _annotate_all(docs: list[str], kb: KnowledgeBase, index: Index) -> list[list]:
    return [list(annotate_text(d, kb, index).mentions) for d in docs]


def _match_all(docs: list[str], kb: KnowledgeBase, index: Index) -> int:
    """The matching stage alone over ``docs`` (see ``annotate.match_only``): how many candidates."""
    return sum(len(match_only(d, kb, index)) for d in docs)


def score(results: list[list], planted: list[list[Planted]], kb: KnowledgeBase) -> dict[str, float]:
    """Recall of exact and varied plants, and precision of all mentions."""
    owners: dict[str, set[str]] = {}
    for c in kb.concepts.values():
        for a in c.aliases:
            owners.setdefault(" ".join(keys(a.text)), set()).add(c.id)
    found: dict[str, list[int]] = {"exact": [0, 0], "variant": [0, 0], **{v: [0, 0] for v in VARIANTS}}
    correct = total = 0
    for mentions, marks in zip(results, planted, strict=True):
        for p in marks:
            if p.variant == "anchor":
                continue
            hit = any(m.start < p.end and p.start < m.end and m.concept == p.concept for m in mentions)
            for kind in {"exact" if p.variant == "exact" else "variant", p.variant}:
                found[kind][1] += 1
                found[kind][0] += hit
        for m in mentions:
            total += 1
            if any(m.start < p.end and p.start < m.end for p in marks):
                correct += 1
    out = {f"recall_{k}": v[0] / max(v[1], 1) for k, v in found.items()}
    out["precision"] = correct / max(total, 1)
    return out


def floor_seconds(text: str) -> float:
    """The tokenizing floor: every word found, nothing else done."""
    return _timed(lambda: sum(1 for _ in re.finditer(r"\w+", text.lower())), 3)


def aho_automaton(kb: KnowledgeBase) -> Any | None:
    """A pyahocorasick automaton of every alias of ``kb``, lowercased (None if absent)."""
    try:
        import ahocorasick  # type: ignore[import-not-found]
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for c in kb.concepts.values():
        for a in c.aliases:
            automaton.add_word(a.text.lower(), c.id)
    automaton.make_automaton()
    return automaton


def aho_seconds(text: str, kb: KnowledgeBase) -> float | None:
    """pyahocorasick exact matching over the lowercased text: every match of every alias of
    ``kb`` (None if pyahocorasick is absent). The automaton is built for the timing and freed
    after it, and the bench times it after every annotate run: built beside the matcher's
    index, even for a moment, it slowed the matcher by up to a sixth at 10x the aliases."""
    automaton = aho_automaton(kb)
    if automaton is None:
        return None
    return _timed(lambda: sum(1 for _ in automaton.iter(text.lower())), 3)


def cold_start(runs: int = 15) -> tuple[float, float]:
    """Median seconds of ``python -c "import yaml, rapidfuzz"`` and of ``icc-ref lookup
    "arrest warrant"`` (the installed command beside this Python, else ``python -m icc_ref``),
    run alternately so that both see the same machine; the cache is warmed first."""
    script = Path(sys.executable).with_name("icc-ref")
    lookup = [str(script)] if script.exists() else [sys.executable, "-m", "icc_ref"]
    lookup += ["lookup", "arrest warrant"]
    base = [sys.executable, "-c", "import yaml, rapidfuzz"]
    if sys.flags.dont_write_bytecode:
        print("note: PYTHONDONTWRITEBYTECODE is set: modules without a .pyc are compiled on every start")
    subprocess.run(lookup, capture_output=True, check=False)  # warm the cache
    times: dict[int, list[float]] = {0: [], 1: []}
    for _ in range(runs):
        for i, cmd in enumerate((base, lookup)):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times[i].append(time.perf_counter() - t)
    return statistics.median(times[0]), statistics.median(times[1])


FIRST_SCREEN = """
import asyncio, sys, time
t0 = time.perf_counter()
from icc_ref.tui.app import IccRefApp
from icc_ref.index_cache import load_all
def load():
    l = load_all(); return l.kb, l.index
async def main():
    app = IccRefApp(load, sys.argv[1])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.mentions
        print(time.perf_counter() - t0)
asyncio.run(main())
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m icc_ref.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB (default 1,10)")
    parser.add_argument("--scales", default="1,10,100", help="knowledge-base alias multipliers")
    parser.add_argument("--quick", action="store_true", help="0.5 MB corpus, scales 1,10; for a smoke run")
    parser.add_argument("--startup", action="store_true", help="only the cold start of lookup (40 runs each)")
    parser.add_argument("--runs", type=int, default=3, help="fresh corpora per configuration (median shown)")
    args = parser.parse_args(argv)
    if args.startup:
        base, look = cold_start(40)
        print(f"cold start: import yaml, rapidfuzz {base * 1000:.0f} ms; icc-ref lookup {look * 1000:.0f} ms")
        print(f"ratio {look / base:.2f} x (target <= 2)")
        return 0
    sizes = [0.5] if args.quick else [float(s) for s in args.sizes.split(",")]
    scales = [1, 10] if args.quick else [int(s) for s in args.scales.split(",")]
    kb = load_knowledge()
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:<58} {value}", flush=True)

    n_alias = sum(len(c.aliases) for c in kb.concepts.values())
    runs = max(1, args.runs)
    print(
        f"icc-ref benchmark — {len(kb.concepts)} concepts, {n_alias} aliases; one core; "
        f"median of {runs} fresh corpora (seeds 7-{6 + runs}), range in brackets\n"
    )
    warmup, _ = make_corpus(kb, 200_000, seed=99)  # another seed: other plants, same kind of prose
    timed: list[tuple[str, int, list[str], list[float]]] = []  # for the reference engine, timed last
    for size in sizes:
        floors: list[float] = []
        mb = 0.0
        for factor in scales if size == sizes[0] else [1]:
            big = scaled_kb(kb, factor)
            t0 = time.perf_counter()
            index = build_index(big)
            build = time.perf_counter() - t0
            settle()  # as the annotate command does once its index is loaded
            _annotate_all(warmup, big, index)  # steady state: word caches filled, as in a long run
            speeds: list[float] = []
            ratios: list[float] = []
            texts: list[str] = []
            seconds: list[float] = []
            stage: list[float] = []  # the matching stage alone, as a ratio to the floor
            for run in range(runs):
                docs, planted = make_corpus(kb, int(size * 1_000_000), seed=7 + run)
                text = "\n\n".join(docs)
                mb = len(text.encode()) / 1e6
                floor = floor_seconds(text)
                t0 = time.perf_counter()
                results = _annotate_all(docs, big, index)
                secs = time.perf_counter() - t0
                t0 = time.perf_counter()
                _match_all(docs, big, index)
                stage.append((time.perf_counter() - t0) / floor)
                floors.append(mb / floor)
                speeds.append(mb / secs)
                ratios.append(secs / floor)
                texts.append(text)
                seconds.append(secs)
                if run == 0:
                    s = score(results, planted, kb)
            label = f"{mb:.1f} MB, KB x{factor}"
            timed.append((label, factor, texts, seconds))
            row(f"annotate throughput ({label})", _spread(speeds, "MB/s"))
            row("  vs tokenizing floor (time ratio, target <= 8)", _spread(ratios, "x"))
            row("  its matching stage alone, no context rules, vs floor", _spread(stage, "x"))
            row(
                "  recall exact / variants (target >= 0.95), precision",
                f"{s['recall_exact']:.3f} / {s['recall_variant']:.3f}, {s['precision']:.3f}",
            )
            if factor == 1:
                by_kind = " ".join(f"{v} {s['recall_' + v]:.2f}" for v in VARIANTS)
                row("  recall by variant", by_kind)
            row("  index build", f"{build * 1000:6.0f} ms")
        row(f"tokenizing floor ({mb:.1f} MB, every run above)", _spread(floors, "MB/s"))
    for label, factor, texts, seconds in timed:  # after every annotate run: see aho_seconds
        big = scaled_kb(kb, factor)
        ahos = [a for a in (aho_seconds(text, big) for text in texts) if a is not None]
        if len(ahos) < len(texts):
            break  # pyahocorasick is not installed
        speeds = [len(t.encode()) / 1e6 / a for t, a in zip(texts, ahos, strict=True)]
        row(f"pyahocorasick exact, the same aliases ({label})", _spread(speeds, "MB/s"))
        ratios = [a / secs for a, secs in zip(ahos, seconds, strict=True)]
        row("  annotate vs it (speed ratio, target >= 0.2)", _spread(ratios, "x"))
    base, look = cold_start()
    row("cold start: python -c 'import yaml, rapidfuzz'", f"{base * 1000:6.0f} ms")
    row(
        "cold start: icc-ref lookup 'arrest warrant' (target <= 2x)",
        f"{look * 1000:6.0f} ms = {look / base:.2f} x",
    )
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_ab75f84cbffb6811.txt"
    if seed.exists():
        out = subprocess.run([sys.executable, "-c", FIRST_SCREEN, str(seed)], capture_output=True, text=True)
        value = f"{float(out.stdout.strip()) * 1000:6.0f} ms" if out.returncode == 0 else "failed"
        row("time to first TUI screen on the seed (target < 1 s)", value)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row("peak memory of this process", f"{peak:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
