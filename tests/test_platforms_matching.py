"""containerd matching semantics (platforms.Only / OnlyStrict) and archlint's AL101 notion of
a compatible platform, on the test vectors of docs/registry-and-platforms.md §5.9."""

from __future__ import annotations

import pytest

from archlint.platforms import (
    Platform,
    format_platforms,
    match_compatible,
    match_only,
    match_strict,
    only_vector,
)


def P(spec: str) -> Platform:
    """An index entry as a registry reports it (any arch word, normalized like containerd)."""
    from archlint.platforms import normalize_arch

    parts = spec.split("/")
    arch, variant = normalize_arch(parts[1], parts[2] if len(parts) > 2 else "")
    return Platform(parts[0], arch, variant)


# (requested, available in index order, Only picks, exact picks)
VECTORS = [
    ("linux/amd64", ["linux/amd64", "linux/arm64"], "linux/amd64", "linux/amd64"),
    ("linux/arm64", ["linux/amd64", "linux/arm64/v8"], "linux/arm64/v8", "linux/arm64/v8"),
    ("linux/arm64/v8", ["linux/amd64", "linux/arm64"], "linux/arm64", "linux/arm64"),
    ("linux/arm64", ["linux/amd64", "linux/arm/v7"], "linux/arm/v7", None),
    ("linux/arm64", ["linux/arm/v6", "linux/arm/v7"], "linux/arm/v7", None),
    ("linux/arm64", ["linux/arm/v7", "linux/arm64"], "linux/arm64", "linux/arm64"),
    ("linux/arm64", ["linux/amd64"], None, None),
    ("linux/arm64", ["linux/arm64/v8.2"], None, None),
    ("linux/arm64", ["linux/arm64/v9"], None, None),
    ("linux/arm64/v8.2", ["linux/arm64", "linux/arm64/v8.1"], "linux/arm64/v8.1", None),
    ("linux/arm64/v9", ["linux/arm64/v8.5", "linux/arm64/v8.6"], "linux/arm64/v8.5", None),
    ("linux/arm64/v9.1", ["linux/arm64/v8.6", "linux/arm64/v8.7"], "linux/arm64/v8.6", None),
    ("linux/arm/v7", ["linux/arm/v6", "linux/arm64"], "linux/arm/v6", None),
    ("linux/arm/v7", ["linux/arm/v5", "linux/arm/v6"], "linux/arm/v6", None),
    ("linux/arm/v7", ["linux/arm"], "linux/arm", "linux/arm"),
    ("linux/arm", ["linux/arm/v7"], "linux/arm/v7", "linux/arm/v7"),
    ("linux/arm/v6", ["linux/arm/v7"], None, None),
    ("linux/arm/v6", ["linux/arm"], None, None),
    ("linux/arm/v7", ["linux/arm64"], None, None),
    ("linux/arm/v8", ["linux/arm/v7"], "linux/arm/v7", None),
    ("linux/amd64", ["linux/386"], "linux/386", None),
    ("linux/amd64", ["linux/amd64/v2", "linux/amd64/v3"], None, None),
    ("linux/amd64", ["linux/amd64/v1"], "linux/amd64/v1", "linux/amd64/v1"),
    ("linux/amd64/v3", ["linux/amd64", "linux/amd64/v2"], "linux/amd64/v2", None),
    ("linux/amd64/v2", ["linux/amd64/v3"], None, None),
    ("linux/amd64/v3", ["linux/386", "linux/amd64/v2"], "linux/amd64/v2", None),
    ("linux/amd64/v4", ["linux/amd64/v3", "linux/amd64"], "linux/amd64/v3", None),
    ("linux/386", ["linux/amd64"], None, None),
    ("linux/riscv64", ["linux/amd64", "linux/arm64"], None, None),
    ("linux/amd64", ["windows/amd64"], None, None),
    ("windows/amd64", ["linux/amd64", "windows/amd64"], "windows/amd64", "windows/amd64"),
    ("linux/x86_64", ["linux/amd64"], "linux/amd64", "linux/amd64"),
    ("linux/aarch64", ["linux/arm64/v8"], "linux/arm64/v8", "linux/arm64/v8"),
    ("linux/armhf", ["linux/arm/v7"], "linux/arm/v7", "linux/arm/v7"),
    ("linux/armel", ["linux/arm/v7", "linux/arm/v6"], "linux/arm/v6", "linux/arm/v6"),
    ("linux/i386", ["linux/386"], "linux/386", "linux/386"),
    ("arm64", ["linux/arm64"], "linux/arm64", "linux/arm64"),
    ("linux/ppc64le", ["linux/ppc64le", "linux/s390x"], "linux/ppc64le", "linux/ppc64le"),
    ("linux/arm64", [], None, None),
]


@pytest.mark.parametrize(("requested", "available", "only", "exact"), VECTORS)
def test_containerd_vectors(requested: str, available: list[str], only: str | None,
                            exact: str | None) -> None:
    req = Platform.parse(requested)
    avail = [P(a) for a in available]
    got_only = match_only(req, avail)
    got_exact = match_strict(req, avail)
    assert (avail.index(got_only) if got_only else None) == (
        available.index(only) if only else None)
    assert (avail.index(got_exact) if got_exact else None) == (
        available.index(exact) if exact else None)


@pytest.mark.parametrize(("requested", "available", "expected"), [
    # same architecture, older variant: fine for AL101
    ("linux/arm/v7", ["linux/arm/v6"], "linux/arm/v6"),
    ("linux/amd64/v3", ["linux/amd64"], "linux/amd64"),
    ("linux/arm64", ["linux/arm64/v8"], "linux/arm64/v8"),
    # containerd's cross-architecture fallbacks are NOT compatible for AL101
    ("linux/arm64", ["linux/arm/v7"], None),
    ("linux/amd64", ["linux/386"], None),
    ("linux/arm/v6", ["linux/arm/v7"], None),
])
def test_compatible_refuses_cross_architecture(requested: str, available: list[str],
                                               expected: str | None) -> None:
    got = match_compatible(Platform.parse(requested), [P(a) for a in available])
    assert (str(got) if got else None) == (str(P(expected)) if expected else None)


def test_only_vectors_order() -> None:
    assert [str(p) for p in only_vector(Platform.parse("linux/arm64"))] == [
        "linux/arm64", "linux/arm/v8", "linux/arm/v7", "linux/arm/v6", "linux/arm/v5"]
    assert [str(p) for p in only_vector(Platform.parse("linux/amd64/v3"))] == [
        "linux/amd64/v3", "linux/amd64/v2", "linux/amd64", "linux/386"]
    assert [str(p) for p in only_vector(Platform.parse("linux/arm/v5"))] == ["linux/arm/v5"]
    assert [str(p) for p in only_vector(Platform("linux", "arm64", "v8.10"))] == []


def test_parse_vectors_keep_existing_behaviour() -> None:
    cases = {
        "linux/arm64/v8": "linux/arm64", "linux/aarch64": "linux/arm64",
        "Linux/ARM64": "linux/arm64", "linux/arm64/8": "linux/arm64",
        "linux/arm64/v9.0": "linux/arm64/v9", "linux/arm": "linux/arm/v7",
        "linux/arm/7": "linux/arm/v7", "linux/armhf": "linux/arm/v7",
        "linux/armel": "linux/arm/v6", "linux/amd64/v1": "linux/amd64",
        "linux/x86_64": "linux/amd64", "linux/i386": "linux/386",
        "macos/arm64": "darwin/arm64", "windows/amd64": "windows/amd64", "arm64": "linux/arm64",
    }
    for spec, want in cases.items():
        assert str(Platform.parse(spec)) == want, spec


def test_windows_os_version_any_when_not_requested() -> None:
    entries = [Platform("windows", "amd64", "", "10.0.20348.1"),
               Platform("windows", "amd64", "", "10.0.26100.2")]
    assert match_strict(Platform.parse("windows/amd64"), entries) is entries[0]
    assert format_platforms(entries) == (
        "windows/amd64 (10.0.20348.1), windows/amd64 (10.0.26100.2)")
