"""Dask: a local dask.distributed cluster of 2 workers gives the single-process results."""

from __future__ import annotations

import pytest

from icc_ref.annotate import annotate_text
from icc_ref.render import to_json

from .conftest import REPO

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


@pytest.mark.slow
def test_bag_on_a_two_worker_cluster_matches_single_process(kb, index) -> None:
    from icc_ref.distributed import annotate_bag

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests" / "eval").glob("*.txt"))]
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            got = annotate_bag(dask_bag.from_sequence(records, npartitions=4)).compute()
    expected = [{"id": i, **to_json(annotate_text(t, kb, index), kb)} for i, t in enumerate(texts)]
    assert sorted(got, key=lambda r: r["id"]) == expected


def test_plain_texts_with_the_local_scheduler(kb, index) -> None:
    from icc_ref.distributed import annotate_bag

    texts = ["The ICC issued an arrest warrant.", "La CPI a délivré un mandat d'arrêt."]
    got = annotate_bag(dask_bag.from_sequence(texts, npartitions=2)).compute(scheduler="sync")
    assert got == [to_json(annotate_text(t, kb, index), kb) for t in texts]
