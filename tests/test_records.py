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


def test_generated_methods_are_compiled_once_across_runs(tmp_path, monkeypatch) -> None:
    import dataclasses

    from archlint import records

    monkeypatch.setenv("ARCHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(records, "_COMPILED", None)
    monkeypatch.setattr(records, "_NEW", {})

    def define() -> type:
        @records.record(frozen=True, slots=True)
        class Pair:
            left: int
            right: list[int] = dataclasses.field(default_factory=list)

        return Pair

    first = define()
    assert records._NEW  # __init__, __setattr__, __delattr__ compiled by this "run"
    records.save_compiled()
    assert list(tmp_path.glob("records-*.marshal")) and not records._NEW
    # the next "run" loads the code instead of compiling it, and behaves the same
    monkeypatch.setattr(records, "_COMPILED", None)
    second = define()
    assert not records._NEW and records._COMPILED
    assert second(1).right == [] and second(1, [2]) == second(1, [2])
    assert first(1, [2]).right == second(1, [2]).right
    with pytest.raises(dataclasses.FrozenInstanceError):
        second(1).left = 2  # type: ignore[misc]
    assert not hasattr(dataclasses, "exec")  # the stand-in is only there while defining
    assert second.__doc__ == "The Pair record."


def test_runs_that_started_together_keep_each_others_code(tmp_path, monkeypatch) -> None:
    import marshal

    from archlint import records

    monkeypatch.setenv("ARCHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(records, "_COMPILED", None)
    monkeypatch.setattr(records, "_NEW", {})

    @records.record()
    class First:
        a: int

    # a second run loaded the (empty) file before this one saved, then defines another record
    monkeypatch.setattr(records, "_COMPILED", {})
    saved_by_first = dict(records._NEW)
    records.save_compiled()
    monkeypatch.setattr(records, "_NEW", {})

    @records.record()
    class Second:
        b: str

    records.save_compiled()
    with open(records._cache_file(), "rb") as fh:
        on_disk = marshal.load(fh)
    assert set(saved_by_first) < set(on_disk)  # the first run's code, and the second's


def test_an_unreadable_cache_is_ignored(tmp_path, monkeypatch) -> None:
    from archlint import records

    monkeypatch.setenv("ARCHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(records, "_COMPILED", None)
    monkeypatch.setattr(records, "_NEW", {})
    path = records._cache_file()
    with open(path, "wb") as fh:
        fh.write(b"\x00not marshal")

    @records.record()
    class Item:
        name: str

    assert Item("a").name == "a" and records._NEW
