"""The kernel's records behave as the slotted dataclasses they replace (frozen or mutable)."""

from __future__ import annotations

import pickle

import pytest

from trafficking_cli import models as m
from trafficking_cli.structs import FrozenInstanceError, field, fields, frozen, mutable, replace


@frozen
class Point:
    """A test record."""

    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)

    def moved(self, dx: int) -> Point:
        return replace(self, x=self.x + dx)


def test_construction_by_position_keyword_and_default() -> None:
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2)
    assert Point(1).y == 0
    assert Point(1).tags == [] and Point(1).tags is not Point(1).tags  # a fresh list each time


@pytest.mark.parametrize(("args", "kwargs", "message"), [
    ((), {}, "missing required argument: 'x'"),
    ((1, 2, [], 4), {}, "takes 3 positional arguments but 4 were given"),
    ((1,), {"z": 3}, "unexpected keyword argument 'z'"),
    ((1,), {"x": 2}, "multiple values for argument 'x'"),
])
def test_wrong_arguments_are_refused_as_a_call_would_be(args: tuple, kwargs: dict, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)


def test_a_frozen_record_refuses_changes() -> None:
    point = Point(1)
    with pytest.raises(FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del point.x


def test_equality_hash_and_repr() -> None:
    assert Point(1, 2, []) != Point(1, 3, [])
    assert Point(1) != (1, 0, [])  # type: ignore[comparison-overlap]  # not a tuple
    assert hash(m.Bilingual("a", "b")) == hash(m.Bilingual("a", "b"))
    assert {m.Period("2012-07-12"), m.Period("2012-07-12")} == {m.Period("2012-07-12")}
    assert repr(Point(1)) == "Point(x=1, y=0, tags=[])"
    assert Point.__doc__ == "A test record." and Point(1).moved(2) == Point(3)


def test_pickle_round_trip_keeps_values_frozen_or_not() -> None:
    item = m.Caveat(m.Bilingual(fr="texte"), ("src",))
    again = pickle.loads(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == item and type(again) is m.Caveat
    with pytest.raises(FrozenInstanceError):
        again.sources = ()  # type: ignore[misc]
    counter = pickle.loads(pickle.dumps(Counter("a", {"x"})))
    assert counter == Counter("a", {"x"})


def test_match_by_position() -> None:
    match m.Period("2012-07-12", None):
        case m.Period(start, None):
            assert start == "2012-07-12"
        case _:
            pytest.fail("Period did not match by position")


def test_replace_and_fields() -> None:
    assert fields(Point) == ("x", "y", "tags") == fields(Point(1))
    assert replace(Point(1, 2), y=5) == Point(1, 5)
    with pytest.raises(TypeError, match="no field 'z'"):
        replace(Point(1), z=3)
    with pytest.raises(TypeError, match="not a record"):
        fields(object())


def test_declaration_mistakes_are_caught_at_import() -> None:
    with pytest.raises(TypeError, match="without a default follows"):
        @frozen
        class Wrong:
            a: int = 0
            b: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="do not inherit"):
        @frozen
        class Child(Point):
            z: int = 0


@mutable
class Counter:
    name: str
    seen: set[str] = field(default_factory=set)
    _private: object = field(default=None, repr=False)


def test_a_mutable_record_may_change_but_not_be_hashed() -> None:
    counter = Counter("a")
    counter.name = "b"
    counter.seen.add("x")
    assert counter == Counter("b", {"x"}) and repr(counter) == "Counter(name='b', seen={'x'})"
    with pytest.raises(TypeError, match="unhashable"):
        hash(counter)
    with pytest.raises(AttributeError, match="no field 'other'"):
        counter.other = 1  # type: ignore[attr-defined]  # a typo, not a new attribute
