"""Record classes, declared like dataclasses but built without generating code: ``frozen`` (immutable,
hashable: the models, the messages) and ``mutable`` (the command line's environment, the corpus).

Why not ``dataclasses.dataclass``: on Python 3.11 it compiles fresh source for every method of every
class at import, about 0.45 ms a class; the kernel's models alone cost 14 ms of the 100 ms that
``trafficking show 3`` took (issue 12, benchmarks/bench_startup.py). These give the behaviour the code
relies on (keyword or positional construction with defaults and factories, equality, repr, pickling,
``match``; immutability and hashing when frozen) with methods shared by every class instead.

A record keeps its fields in its ``__dict__`` (no slots): pickle then restores one in C, without a Python
call per object, which makes loading the cached corpus (1,900 records) three times faster.

Type checkers see a dataclass (``dataclass_transform``). ``replace`` and ``fields`` here stand in for the
``dataclasses`` functions, which refuse records. Records do not inherit.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record (as ``dataclasses.FrozenInstanceError``; not imported from
    there: the dataclasses module costs a millisecond at every start-up)."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _Field:
    """A field declared with ``field()``: a default or a factory for it, and whether repr shows it."""

    __slots__ = ("default", "make", "repr")

    def __init__(self, default: Any, make: Callable[[], Any] | None, repr: bool) -> None:
        self.default, self.make, self.repr = default, make, repr

    def value(self) -> Any:
        return self.make() if self.make is not None else self.default


def field(*, default: Any = MISSING, default_factory: Callable[[], Any] | None = None, repr: bool = True) -> Any:
    """``keywords: dict[str, str] = field(default_factory=dict)``: a default built afresh for each record."""
    return _Field(default, default_factory, repr)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen record: its annotated names, in order, are its fields."""
    return _build(cls, frozen=True)


@dataclass_transform(field_specifiers=(field,))
def mutable(cls: type[T]) -> type[T]:
    """Make ``cls`` a record whose fields may be reassigned (and which is therefore not hashable)."""
    return _build(cls, frozen=False)


def _build(cls: type[T], frozen: bool) -> type[T]:
    if cls.__bases__ != (object,):
        raise TypeError(f"record {cls.__name__}: records do not inherit")
    names = tuple(name for name, kind in inspect.get_annotations(cls).items()
                  if not str(kind).startswith(("ClassVar", "typing.ClassVar")))
    declared = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    defaults = {name: value for name, value in declared.items()
                if not (isinstance(value, _Field) and value.default is MISSING and value.make is None)}
    _check_order(cls.__name__, names, defaults)
    for name in declared:
        delattr(cls, name)  # a default lives in ``__record_defaults__``, never as a class attribute
    hidden = {name for name, value in declared.items() if isinstance(value, _Field) and not value.repr}
    attributes: dict[str, Any] = {
        "__record_fields__": names, "__record_defaults__": defaults, "__match_args__": names,
        "__record_shown__": tuple(name for name in names if name not in hidden),
        "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__,
        "__hash__": __hash__ if frozen else None,
        "__setattr__": _refuse_change if frozen else _set_field, "__delattr__": _refuse_delete}
    for name, value in attributes.items():
        setattr(cls, name, value)
    return cls


def _check_order(class_name: str, names: tuple[str, ...], defaults: dict[str, Any]) -> None:
    seen_default = False
    for name in names:
        if name in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"record {class_name}: field {name!r} without a default follows one with a default")


def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} positional arguments but {len(args)} were given")
    defaults = cls.__record_defaults__
    values = self.__dict__  # written directly: a frozen record's __setattr__ refuses
    for position, name in enumerate(names):
        if position < len(args):
            if name in kwargs:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
            values[name] = args[position]
        elif name in kwargs:
            values[name] = kwargs[name]
        elif name in defaults:
            value = defaults[name]
            values[name] = value.value() if isinstance(value, _Field) else value
        else:
            raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
    unknown = set(kwargs).difference(names)
    if unknown:
        raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {sorted(unknown)[0]!r}")


def _values(item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in type(item).__record_fields__)


def __repr__(self: Any) -> str:
    cls = type(self)
    inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in cls.__record_shown__)
    return f"{cls.__qualname__}({inside})"


def __eq__(self: Any, other: object) -> bool:
    if type(other) is not type(self):
        return NotImplemented
    return _values(self) == _values(other)


def __hash__(self: Any) -> int:
    return hash(_values(self))


def _refuse_change(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _set_field(self: Any, name: str, value: Any) -> None:
    """A mutable record's fields may change; a name that is not a field is a typo, refused."""
    if name not in type(self).__record_fields__:
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")
    self.__dict__[name] = value


def fields(item: object | type) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    cls = item if isinstance(item, type) else type(item)
    names = getattr(cls, "__record_fields__", None)
    if names is None:
        raise TypeError(f"{cls.__name__} is not a record (a dataclass? use dataclasses.replace)")
    return tuple(names)


def replace(item: T, **changes: Any) -> T:
    """A copy of ``item`` with some fields changed (``dataclasses.replace`` for records)."""
    values = {name: getattr(item, name) for name in fields(item)}
    unknown = set(changes).difference(values)
    if unknown:
        raise TypeError(f"{type(item).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(item)(**values)
