"""Record classes, declared like dataclasses but built without generating code: ``frozen`` (immutable,
hashable: the models, the messages) and ``mutable`` (the command line's environment, the corpus).

Why not ``dataclasses.dataclass``: on Python 3.11 it compiles fresh source for every method of every
class at import, about 0.45 ms a class; the kernel's models alone cost 14 ms of the 100 ms that
``trafficking show 3`` took (issue 12, benchmarks/bench_startup.py). These give the behaviour the code
relies on (keyword or positional construction with defaults and factories, equality, repr, pickling,
``match``; immutability and hashing when frozen) with methods shared by every class instead.

Type checkers see a dataclass (``dataclass_transform``). ``replace`` and ``fields`` here stand in for the
``dataclasses`` functions, which refuse records. Records are slotted and do not inherit.
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
    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in declared and key not in ("__dict__", "__weakref__")}
    namespace["__slots__"] = names
    new = type(cls.__name__, (), namespace)
    shown = tuple(name for name in names if not (isinstance(declared.get(name), _Field) and not declared[name].repr))
    _install(new, names, defaults, shown, frozen)
    return new  # the same class, rebuilt with slots


def _check_order(class_name: str, names: tuple[str, ...], defaults: dict[str, Any]) -> None:
    seen_default = False
    for name in names:
        if name in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"record {class_name}: field {name!r} without a default follows one with a default")


def _install(cls: type, names: tuple[str, ...], defaults: dict[str, Any], shown: tuple[str, ...],
             frozen: bool) -> None:
    setters = tuple(cls.__dict__[name].__set__ for name in names)  # slot descriptors: bypass __setattr__
    attributes: dict[str, Any] = {"__record_fields__": names, "__record_setters__": setters,
                                  "__record_defaults__": defaults, "__record_shown__": shown,
                                  "__match_args__": names, "__hash__": None}
    methods: list[Callable[..., Any]] = [__init__, __repr__, __eq__, __reduce__]
    if frozen:
        methods += [__hash__, __setattr__, __delattr__]
    attributes.update((method.__name__, method) for method in methods)
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
            value = value.value() if isinstance(value, _Field) else value
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
    inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in cls.__record_shown__)
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
