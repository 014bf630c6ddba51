"""The knowledge base ships inside the wheel: build, install (not editable), run elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import markdown_it
import pytest
import rapidfuzz
import yaml

from .conftest import REPO


@pytest.mark.slow
def test_wheel_install_finds_the_knowledge_base(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("icc_ref-*.whl"))
    venv = tmp_path / "venv"
    # Dependencies come from the test environment (a .pth file naming the folders they are
    # installed in: the venv this runs in need not be the system's, and a folder named in a
    # .pth file is searched without running its own .pth files, so the editable icc-ref stays
    # out); icc-ref itself comes only from the wheel.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = sorted({str(Path(m.__file__).resolve().parents[1]) for m in (yaml, rapidfuzz, markdown_it)})
    (Path(site) / "_icc_ref_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    inst = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert inst.returncode == 0, inst.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ICC_REF_KB")}
    where = subprocess.run(
        [str(py), "-c", "import icc_ref.paths as k; print(k.builtin_root())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
    )
    assert where.stdout.strip().startswith(str(venv)), where.stdout + where.stderr
    assert where.stdout.strip().endswith("_knowledge")
    run = subprocess.run(
        [str(venv / "bin" / "icc-ref"), "lookup", "arrest warrant", "--json"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["match"]["id"] == "arrest_warrant"
