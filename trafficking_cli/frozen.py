"""Frozen, slotted value classes, declared like dataclasses but built without generating code.

Why not ``dataclasses.dataclass``: on Python 3.11 it compiles fresh source for every method of every
class at import, about 0.45 ms a class; the kernel's models alone cost 14 ms of the 100 ms that
``trafficking show 3`` took (issue 12, benchmarks/bench_startup.py). ``frozen`` gives the same behaviour
the code relies on (keyword or positional construction with defaults and factories, immutability,
equality, hashing, repr, pickling, ``match``) with methods shared by every class instead.

Type checkers see a frozen dataclass (``dataclass_transform``). ``replace`` and ``fields`` here stand in
for the ``dataclasses`` functions, which refuse records.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _Factory:
    """A default built afresh for each record (``field(default_factory=dict)``)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default: Any = MISSING, default_factory: Callable[[], Any] | None = None) -> Any:
    """A field's default value, or a factory for it: ``keywords: dict[str, str] = field(default_factory=dict)``."""
    if default_factory is not None:
        return _Factory(default_factory)
    return default


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen record: its annotated names, in order, are its fields."""
    if cls.__bases__ != (object,):
        raise TypeError(f"record {cls.__name__}: records do not inherit")
    names = tuple(name for name, kind in inspect.get_annotations(cls).items()
                  if not str(kind).startswith(("ClassVar", "typing.ClassVar")))
    defaults = {name: cls.__dict__[name] for name in names if cls.__dict__.get(name, MISSING) is not MISSING}
    _check_order(cls.__name__, names, defaults)
    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in defaults and key not in ("__dict__", "__weakref__")}
    namespace["__slots__"] = names
    new = type(cls.__name__, (), namespace)
    _install(new, names, defaults)
    return new  # the same class, rebuilt with slots


def _check_order(class_name: str, names: tuple[str, ...], defaults: dict[str, Any]) -> None:
    seen_default = False
    for name in names:
        if name in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"record {class_name}: field {name!r} without a default follows one with a default")


def _install(cls: type, names: tuple[str, ...], defaults: dict[str, Any]) -> None:
    setters = tuple(cls.__dict__[name].__set__ for name in names)  # slot descriptors: bypass __setattr__
    attributes: dict[str, Any] = {"__record_fields__": names, "__record_setters__": setters,
                                  "__record_defaults__": defaults, "__match_args__": names}
    for method in (__init__, __repr__, __eq__, __hash__, __setattr__, __delattr__, __reduce__):
        attributes[method.__name__] = method
    for name, value in attributes.items():
        setattr(cls, name, value)


def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} positional arguments but {len(args)} were given")
    defaults = cls.__record_defaults__
    for position, (name, setter) in enumerate(zip(names, cls.__record_setters__, strict=True)):
        if position < len(args):
            if name in kwargs:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
            value = args[position]
        elif name in kwargs:
            value = kwargs[name]
        elif name in defaults:
            value = defaults[name]
            value = value.make() if isinstance(value, _Factory) else value
        else:
            raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
        setter(self, value)
    unknown = set(kwargs).difference(names)
    if unknown:
        raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {sorted(unknown)[0]!r}")


def _values(item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in type(item).__record_fields__)


def __repr__(self: Any) -> str:
    cls = type(self)
    inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in cls.__record_fields__)
    return f"{cls.__qualname__}({inside})"


def __eq__(self: Any, other: object) -> bool:
    if type(other) is not type(self):
        return NotImplemented
    return _values(self) == _values(other)


def __hash__(self: Any) -> int:
    return hash(_values(self))


def __setattr__(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def __delattr__(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def __reduce__(self: Any) -> tuple[Any, ...]:
    return _restore, (type(self), _values(self))


def _restore(cls: Any, values: tuple[Any, ...]) -> Any:
    """Unpickle without running ``__init__`` (values as they were saved)."""
    item: Any = object.__new__(cls)
    for setter, value in zip(cls.__record_setters__, values, strict=True):
        setter(item, value)
    return item


def fields(item: object | type) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    cls = item if isinstance(item, type) else type(item)
    names = getattr(cls, "__record_fields__", None)
    if names is None:
        raise TypeError(f"{cls.__name__} is not a frozen record (a dataclass? use dataclasses.replace)")
    return tuple(names)


def replace(item: T, **changes: Any) -> T:
    """A copy of ``item`` with some fields changed (``dataclasses.replace`` for records)."""
    values = {name: getattr(item, name) for name in fields(item)}
    unknown = set(changes).difference(values)
    if unknown:
        raise TypeError(f"{type(item).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(item)(**values)
