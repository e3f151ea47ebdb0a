"""Property tests of the ``docker buildx inspect`` reader: whatever the builder looks like,
text printed in buildx's format (Go tabwriter, ``inspect.go``) parses back to the same
nodes, statuses and platforms; arbitrary text never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archlint.build.preflight import parse_inspect
from archlint.platforms import Platform

PLATFORMS = [
    "linux/amd64", "linux/amd64/v2", "linux/amd64/v3", "linux/arm64", "linux/riscv64",
    "linux/ppc64le", "linux/s390x", "linux/386", "linux/mips64le", "linux/mips64",
    "linux/loong64", "linux/arm/v7", "linux/arm/v6", "windows/amd64",
]
names = st.from_regex(r"[a-z][a-z0-9_-]{0,14}", fullmatch=True)
node = st.fixed_dictionaries(
    {
        "name": names,
        "endpoint": st.sampled_from(["unix:///var/run/docker.sock", "ssh://u@arm-host",
                                     "tcp://10.0.0.5:1234", "default"]),
        "status": st.sampled_from(["running", "inactive", "stopped", "booting"]),
        "platforms": st.lists(st.sampled_from(PLATFORMS), unique=True, max_size=8),
        "manual": st.integers(min_value=0, max_value=2),
        "labels": st.booleans(),
        "version": st.sampled_from(["", "v0.18.2", "v0.12.5"]),
    }
)


def tabwriter(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows) + 1
    return "".join(f"{k.ljust(width)}{v}\n" for k, v in rows)


def render(name: str, driver: str, nodes: list[dict]) -> str:
    out = tabwriter([("Name:", name), ("Driver:", driver)]) + "\nNodes:\n"
    for i, n in enumerate(nodes):
        if i:
            out += "\n"
        rows = [("Name:", n["name"]), ("Endpoint:", n["endpoint"]), ("Status:", n["status"])]
        if n["version"]:
            rows.append(("BuildKit version:", n["version"]))
        if n["platforms"]:
            shown = [p + ("*" if j < n["manual"] else "") for j, p in enumerate(n["platforms"])]
            rows.append(("Platforms:", ", ".join(shown)))
        if n["labels"]:
            rows.append(("Labels:", ""))
        out += tabwriter(rows).replace("Labels: \n", "Labels:\n")
        if n["labels"]:
            out += " org.mobyproject.buildkit.worker.executor: oci\n"
            out += " org.mobyproject.buildkit.worker.hostname: Name: not-a-node\n"
    return out


@settings(max_examples=100, deadline=None)
@given(names, st.sampled_from(["docker", "docker-container", "remote", "kubernetes"]),
       st.lists(node, min_size=1, max_size=3))
def test_rendered_inspect_output_parses_back(name: str, driver: str, nodes: list[dict]) -> None:
    info = parse_inspect(render(name, driver, nodes))
    assert (info.name, info.driver) == (name, driver)
    assert [n.name for n in info.nodes] == [n["name"] for n in nodes]
    assert [n.status for n in info.nodes] == [n["status"] for n in nodes]
    for got, want in zip(info.nodes, nodes, strict=True):
        assert got.platforms == [Platform.parse(p) for p in want["platforms"]]
        assert got.manual == [Platform.parse(p) for p in want["platforms"][: want["manual"]]]
        assert got.buildkit == want["version"]
    assert info.needs_bootstrap == any(n["status"] != "running" for n in nodes)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    info = parse_inspect(text)
    assert isinstance(info.platforms, list)
