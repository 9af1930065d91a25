"""The wheel carries the law and the checklists, and runs from any folder (HTTPie's test-dist idea)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True)
    return next(out.glob("trafficking_cli-*.whl"))


@pytest.mark.slow
def test_wheel_contains_the_data_and_the_console_script(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "trafficking_cli/_data/law/ml-loi-2012-023.yaml" in names
    assert "trafficking_cli/_data/law/offences.yaml" in names
    assert sum(n.startswith("trafficking_cli/_data/checklists/") for n in names) == 5
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "trafficking = trafficking_cli.cli.launch:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_unpacked_wheel_runs_show_3_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "TRAFFICKING_NO_CACHE": "1", "COLUMNS": "100"}
    code = ("import trafficking_cli, trafficking_cli.resources as r, sys; "
            "assert str(r.data_root()).startswith(sys.argv[1]), r.data_root(); "
            "sys.argv=['trafficking','show','3']; from trafficking_cli.cli.app import main; main()")
    result = subprocess.run([sys.executable, "-c", code, str(site)], cwd="/", env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "mendicité" in result.stdout
