"""@record: dataclass behaviour with shared methods."""

from __future__ import annotations

import pytest


def test_record_behaves_like_a_dataclass() -> None:
    import dataclasses
    import pickle

    from archlint.platforms import Platform
    from archlint.records import record

    @record(frozen=True, slots=True, order=True)
    class Point:
        x: int
        y: int = 0
        note: str = dataclasses.field(default="", compare=False, repr=False)

    a, b = Point(1, 2, "a"), Point(1, 2, "b")
    assert a == b and hash(a) == hash(b) and {a, b} == {a}
    assert Point(1, 3) > a and not a < b and a <= b
    assert repr(a) == "test_record_behaves_like_a_dataclass.<locals>.Point(x=1, y=2)"
    assert a != (1, 2) and dataclasses.replace(a, y=5).y == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 3  # type: ignore[misc]

    @record()
    class Box:
        items: list[int] = dataclasses.field(default_factory=list)

    assert Box([1]) == Box([1]) and Box() != Box([1])
    with pytest.raises(TypeError):
        hash(Box())
    p = Platform.parse("linux/arm/v7")
    assert pickle.loads(pickle.dumps(p)) == p
    assert sorted([Platform.parse("linux/arm64"), Platform.parse("linux/amd64")])[0].architecture \
        == "amd64"
