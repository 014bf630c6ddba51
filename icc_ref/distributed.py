"""Annotate collections too large for one machine with Dask (the optional ``dask`` extra).

The same results as the single-process path (:func:`icc_ref.render.to_json` of
:func:`icc_ref.annotate.annotate_text`), computed partition by partition. The loaded
knowledge base and its index go into the task graph once, as one shared task, so each
worker receives them once and not with every document.

    import dask.bag as db
    from distributed import Client
    from icc_ref.distributed import annotate_bag

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    texts = db.read_text("s3://bucket/news/*.txt", linedelimiter="\\n\\n")
    records = annotate_bag(texts).compute()
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from icc_ref.annotate import annotate_text
from icc_ref.index_cache import Loaded, load_all
from icc_ref.render import to_json


def _shared(loaded: Loaded | None, extra: Sequence[str | Path]) -> Any:
    import dask

    return dask.delayed(loaded or load_all(extra), pure=True, traverse=False)


def annotate_record(
    item: str | dict[str, Any], loaded: Loaded, lang: str = "auto", min_score: float | None = None
) -> dict[str, Any]:
    """One text (or ``{"text": ..., other fields}``) as its JSON record, other fields kept."""
    text = item if isinstance(item, str) else item["text"]
    record = to_json(annotate_text(text, loaded.kb, loaded.index, lang, min_score), loaded.kb)
    if isinstance(item, dict):
        return {**{k: v for k, v in item.items() if k != "text"}, **record}
    return record


def _partition(
    items: Iterable[str | dict[str, Any]], shared: Loaded, lang: str, min_score: float | None
) -> list[dict[str, Any]]:
    return [annotate_record(item, shared, lang, min_score) for item in items]


def annotate_bag(
    bag: Any,
    extra: Sequence[str | Path] = (),
    lang: str = "auto",
    min_score: float | None = None,
    loaded: Loaded | None = None,
) -> Any:
    """A ``dask.bag`` of texts (or dicts with ``"text"``) -> a bag of JSON records."""
    return bag.map_partitions(_partition, shared=_shared(loaded, extra), lang=lang, min_score=min_score)


def annotate_series(
    series: Any,
    extra: Sequence[str | Path] = (),
    lang: str = "auto",
    min_score: float | None = None,
    loaded: Loaded | None = None,
) -> Any:
    """A Dask DataFrame column of texts -> a column of JSON strings (needs ``dask[dataframe]``)."""

    def run(part: Any, shared: Loaded) -> Any:
        return part.map(
            lambda text: json.dumps(annotate_record(text, shared, lang, min_score), ensure_ascii=False)
        )

    return series.map_partitions(run, shared=_shared(loaded, extra), meta=(series.name, "object"))
