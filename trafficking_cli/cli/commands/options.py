"""Options several command modules share: here, so that importing one command module never registers
another's commands (``search`` would otherwise build ``show``, ``elements`` and ``validate`` too)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..app import help_text

JsonFlag = Annotated[bool, typer.Option("--json", help=help_text("help.option.json_contract"))]
