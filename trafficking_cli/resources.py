"""Where the bundled ``law/`` and ``checklists/`` live: inside the wheel, or in the checkout."""

from __future__ import annotations

from pathlib import Path


def discover(root: Path) -> tuple[list[Path], list[Path]]:
    """The YAML files under ``root/law`` and ``root/checklists``, sorted (no YAML is parsed here)."""
    law = sorted((root / "law").glob("*.y*ml")) if (root / "law").is_dir() else []
    checklists = sorted((root / "checklists").glob("*.y*ml")) if (root / "checklists").is_dir() else []
    return law, checklists


def data_root() -> Path:
    """The folder that holds ``law/`` and ``checklists/``.

    A wheel carries them as ``trafficking_cli/_data``; an editable install or a checkout does
    not (hatchling's force-include only applies to built wheels), so fall back to the repo root.
    """
    package = Path(__file__).resolve().parent
    packaged = package / "_data"
    if (packaged / "law").is_dir():
        return packaged
    return package.parent
