"""The labelled evaluation sets are well formed: every label is in its text and cites a
well-formed provision (every Statute article it cites exists), so the figures in the README
measure what they claim. A rule the knowledge base does not record (say RPE 154) may be
labelled: the tool cannot link it, and the recall figure shows that."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from icc_ref.citation import parse_citation
from icc_ref.model import LANGUAGES

from .conftest import REPO

SETS = sorted(p for p in (REPO / "tests").glob("eval*") if p.is_dir())
TEXTS = [t for s in SETS for t in sorted(s.glob("*.txt"))]


def test_there_are_sets_with_enough_texts() -> None:
    assert len(SETS) >= 5
    assert all(len(list(s.glob("*.txt"))) >= 8 for s in SETS)


@pytest.mark.parametrize("txt", TEXTS, ids=[f"{t.parent.name}/{t.stem}" for t in TEXTS])
def test_labels_are_in_the_text_and_cite_real_provisions(txt: Path, kb) -> None:
    spec = yaml.safe_load(txt.with_suffix(".yaml").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    assert spec["language"] in LANGUAGES
    assert spec["style"] in ("news", "explainer", "legal")
    assert spec["mentions"], "a text with no labels measures nothing"
    for item in spec["mentions"]:
        assert item["text"] in text, item["text"]
        for cite in item["provisions"]:
            parsed = parse_citation(cite)
            assert parsed.instrument in ("RS", "RPE", "RoC"), cite
            if parsed.instrument == "RS":  # the base records every article of the Statute
                assert kb.closest(str(parsed)) is not None, cite


# Two sets of twenty stories in four languages that use the Court's words in their everyday
# or national sense. Both were read while the aliases were tuned (the second after its blind
# count, see the README), so these are regression guards, not measures. What the second still
# links are the crimes themselves: "crímenes de lesa humanidad" judged by a national court,
# "génocide" at a Second World War commemoration.
NEGATIVES = {"negatives": 0, "negatives2": 15}


@pytest.mark.parametrize(("folder", "most"), NEGATIVES.items())
def test_texts_not_about_the_court_get_few_links(kb, index, folder: str, most: int) -> None:
    from icc_ref.evaluation import false_links

    found = false_links(REPO / "tests" / folder, kb, index)
    assert set(found) == {"en", "fr", "ar", "es", "all"}
    words, links = found["all"]
    assert words > 8000 and links <= most
