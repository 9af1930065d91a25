"""Conditions written as data (``when``, ``requires``; docs/data-format.md §3), evaluated over answers.

Never ``eval``: a fixed set of operators, each a one-key mapping (``{equals: [A.A18, given]}``).
"""

from __future__ import annotations

from typing import Any

from trafficking_cli import models as m

from .records import Answers, is_answered, value_of


def evaluate(cond: m.Condition | None, answers: Answers, child: bool, foreign: bool | None = None) -> bool:
    """Evaluate a condition written as data. Never ``eval``: a fixed set of operators.

    ``child``: the victim is a minor or presumed one; ``foreign``: nationality known and not ML
    (None when not known: then neither ``{foreign: true}`` nor ``{foreign: false}`` holds).
    """
    if cond is None:
        return True
    if not isinstance(cond, dict) or len(cond) != 1:
        raise ValueError(f"not a condition: {cond!r}")
    (op, arg), = cond.items()
    if op == "answered":
        return is_answered(answers.get(arg))
    if op == "equals":
        return _matches(value_of(answers.get(arg[0])), [arg[1]])
    if op == "in":
        return _matches(value_of(answers.get(arg[0])), list(arg[1]))
    if op == "all":
        return all(evaluate(sub, answers, child, foreign) for sub in arg)
    if op == "any":
        return any(evaluate(sub, answers, child, foreign) for sub in arg)
    if op == "not":
        return not evaluate(arg, answers, child, foreign)
    if op == "child":
        return child is bool(arg)
    if op == "foreign":
        return foreign is not None and foreign is bool(arg)
    raise ValueError(f"unknown condition operator {op!r}")


def _matches(value: Any, expected: list[str]) -> bool:
    if value is None:
        return False
    if isinstance(value, list):  # multi: true when any chosen option is expected
        return any(str(v) in expected for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return any(_number(e) == value for e in expected)
    return str(value) in expected


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def unmet(cond: m.Condition | None, answers: Answers, child: bool, foreign: bool | None = None) -> list[str]:
    """The item keys behind the parts of ``cond`` that do not hold (for a gate message)."""
    if cond is None or evaluate(cond, answers, child, foreign):
        return []
    (op, arg), = cond.items()
    if op in ("all", "any"):
        return list(dict.fromkeys(k for sub in arg for k in unmet(sub, answers, child, foreign)))
    if op == "not":
        return _keys(arg)
    return _own_keys(op, arg)


def _keys(cond: Any) -> list[str]:
    """Every item key a condition looks at, whether it holds or not."""
    (op, arg), = cond.items()
    if op in ("all", "any"):
        return [k for sub in arg for k in _keys(sub)]
    return _keys(arg) if op == "not" else _own_keys(op, arg)


def _own_keys(op: str, arg: Any) -> list[str]:
    """The item key a leaf operator reads (``child`` and ``foreign`` read the case, not an item)."""
    if op == "answered":
        return [arg]
    if op in ("equals", "in"):
        return [arg[0]]
    return []
