"""Preflight: can the buildx builder run every requested platform?

``docker buildx inspect [--builder NAME]`` prints (buildx ``commands/inspect.go``, a
tabwriter of ``Key: value`` lines)::

    Name:          multiarch
    Driver:        docker-container
    Last Activity: 2024-11-20 10:12:48 +0000 UTC

    Nodes:
    Name:                  multiarch0
    Endpoint:              unix:///var/run/docker.sock
    Status:                running
    BuildKit version:      v0.18.2
    Platforms:             linux/amd64, linux/amd64/v2, linux/arm64, linux/arm/v7

One block per node; ``*`` after a platform marks one set by ``buildx create --platform``
(the others were detected by BuildKit: natively runnable or through QEMU/binfmt_misc).
Older buildx prints ``Buildkit:`` instead of ``BuildKit version:``. A node that could not
be reached has an ``Error:`` line instead of its status. An inactive builder (created but
never started) lists no detected platforms: it is inspected again with ``--bootstrap``,
which starts it (the build would start it anyway).

A builder can build a platform when one of its nodes lists it (buildx sends each platform
to a node that has it). Requested and listed platforms are compared after containerd's
normalization (``linux/arm64/v8`` is ``linux/arm64``, ``linux/arm`` is ``linux/arm/v7``).
"""

from __future__ import annotations

import re
import shlex
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import field

from archlint.dockerfile.model import Dockerfile, Stage
from archlint.platforms import Platform, PlatformError
from archlint.records import record


class PreflightError(Exception):
    """docker or buildx is unusable: a one-line message, exit code 2."""


@record(slots=True)
class BuilderNode:
    name: str
    endpoint: str = ""
    status: str = ""  # running, inactive, stopped, booting, ... ("" when Error is set)
    error: str | None = None
    buildkit: str = ""
    platforms: list[Platform] = field(default_factory=list)
    manual: list[Platform] = field(default_factory=list)  # the ``*`` ones (buildx create)
    unknown: list[str] = field(default_factory=list)  # listed but not parseable here
    labels: dict[str, str] | None = None  # worker labels; None when buildx printed none


@record(slots=True)
class BuilderInfo:
    name: str = ""
    driver: str = ""
    error: str | None = None  # builder-level ``Error:`` line
    nodes: list[BuilderNode] = field(default_factory=list)

    @property
    def platforms(self) -> list[Platform]:
        """Every platform some node can run, in the order buildx prints them."""
        out: list[Platform] = []
        for node in self.nodes:
            for p in node.platforms:
                if p not in out:
                    out.append(p)
        return out

    @property
    def needs_bootstrap(self) -> bool:
        """True when a reachable node is not running: its platforms are not detected yet."""
        return any(n.error is None and n.status.lower() != "running" for n in self.nodes)

    @property
    def reachable(self) -> bool:
        return self.error is None and any(n.error is None for n in self.nodes)


_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ]*?):(?:[ \t]+(?P<value>.*))?$")


def parse_inspect(text: str) -> BuilderInfo:
    """Parse the text of ``docker buildx inspect``; tolerant of extra or missing keys."""
    info = BuilderInfo()
    node: BuilderNode | None = None
    in_nodes = False
    section = ""  # the unindented ``Key:`` that indented detail lines belong to
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line[0] in " \t":
            # An indented detail: a worker label under ``Labels:``; GC policy, files: skipped.
            if section == "labels" and node is not None and node.labels is not None:
                key, sep, value = line.strip().partition(":")
                if sep:
                    node.labels[key.strip()] = value.strip()
            continue
        if line == "Nodes:":
            in_nodes = True
            continue
        m = _KEY_LINE.match(line)
        if not m:
            section = ""  # ``GC Policy rule#0:``, ``File#…:``, progress lines of --bootstrap
            continue
        key = m.group("key").strip().lower()
        value = (m.group("value") or "").strip()
        section = key
        if not in_nodes:
            if key == "name":
                info.name = value
            elif key == "driver":
                info.driver = value
            elif key == "error":
                info.error = value
            continue
        if key == "name":
            node = BuilderNode(name=value)
            info.nodes.append(node)
            continue
        if node is None:
            continue
        if key == "endpoint":
            node.endpoint = value
        elif key == "status":
            node.status = value
        elif key == "error":
            node.error = value
        elif key in ("buildkit", "buildkit version"):
            node.buildkit = value
        elif key == "platforms":
            _read_platforms(node, value)
        elif key == "labels":
            node.labels = {}
    return info


def _read_platforms(node: BuilderNode, value: str) -> None:
    for item in value.split(","):
        spec = item.strip()
        if not spec:
            continue
        manual = spec.endswith("*")
        spec = spec.rstrip("*")
        try:
            p = Platform.parse(spec)
        except PlatformError:
            node.unknown.append(spec)
            continue
        if p not in node.platforms:
            node.platforms.append(p)
        if manual and p not in node.manual:
            node.manual.append(p)


def missing_platforms(info: BuilderInfo, requested: Sequence[Platform]) -> list[Platform]:
    """The requested platforms no node of the builder lists."""
    available = set(info.platforms)
    return [p for p in requested if p not in available]


SNAPSHOTTER_LABEL = "org.mobyproject.buildkit.worker.snapshotter"


def multi_platform_blocker(info: BuilderInfo, requested: Sequence[Platform]) -> str | None:
    """Why this builder cannot produce a multi-platform image at all, or None.

    The ``docker`` driver (BuildKit inside dockerd) builds several platforms only on the
    containerd image store; buildx decides it by the worker's snapshotter label
    (``driver/docker/driver.go``), which ``buildx inspect`` lists under ``Labels:``. Older
    buildx prints no labels: then nothing is claimed.
    """
    if len(requested) < 2 or info.driver != "docker":
        return None
    shown = [n.labels for n in info.nodes if n.labels is not None]
    if not shown or any(SNAPSHOTTER_LABEL in labels for labels in shown):
        return None
    name = info.name or "default"
    plats = ",".join(str(p) for p in requested)
    return "\n".join([
        f"archlint: builder {name!r} uses the docker driver on the classic image store, which "
        f"cannot build several platforms ({plats}): buildx would stop with 'Multi-platform "
        "build is not supported for the docker driver'.",
        "Fix it in one of two ways, then run archlint build again:",
        "  1. turn on the containerd image store (Docker Desktop: Settings > General > 'Use "
        "containerd for pulling and storing images'; Docker Engine: "
        '\'{"features": {"containerd-snapshotter": true}}\' in /etc/docker/daemon.json, then '
        "restart dockerd)",
        "  2. build with a docker-container builder: docker buildx create --name multiarch "
        "--driver docker-container --use (or pass --builder multiarch)",
    ])


# binfmt's ``--install`` names (tonistiigi/binfmt README) by architecture.
_BINFMT_NAMES = {
    "amd64": "amd64", "arm64": "arm64", "arm": "arm", "riscv64": "riscv64",
    "ppc64le": "ppc64le", "s390x": "s390x", "386": "386", "mips64le": "mips64le",
    "mips64": "mips64", "loong64": "loong64",
}


def missing_message(
    info: BuilderInfo, missing: Sequence[Platform], builder: str | None = None
) -> str:
    """What is missing, what the builder has, and the two ways to fix it (multi-line)."""
    name = builder or info.name or "default"
    have = ", ".join(str(p) for p in info.platforms) or "none reported"
    lacking = ", ".join(str(p) for p in missing)
    native = {p.architecture for p in info.platforms}
    # A feature level of an architecture the builder already runs (amd64/v3 on an amd64
    # host without that CPU level) is a CPU question: binfmt does not emulate the host arch.
    levels = [p for p in missing if p.architecture in native]
    emulable = [
        p for p in missing
        if p.os == "linux" and p.architecture in _BINFMT_NAMES and p.architecture not in native
    ]
    binfmt = ",".join(dict.fromkeys(_BINFMT_NAMES[p.architecture] for p in emulable))
    lines = [
        f"archlint: builder {name!r} cannot run {lacking} (it runs {have}); "
        "RUN steps for those platforms would fail with 'exec format error'.",
        "Fix it in one of two ways, then run archlint build again:",
    ]
    if binfmt:
        lines.append(
            "  1. QEMU emulation through binfmt_misc on the builder's host: "
            f"docker run --privileged --rm tonistiigi/binfmt --install {binfmt}"
        )
    else:
        lines.append(
            "  1. emulation cannot provide these (not a Linux architecture binfmt emulates, or "
            "a CPU feature level the host lacks)"
        )
    if levels:
        lines.append(
            f"     ({', '.join(str(p) for p in levels)}: the builder runs that architecture, but "
            "its CPU lacks that feature level; only a node whose CPU has it can build it)"
        )
    plats = ",".join(str(p) for p in missing)
    host = f"ssh://user@{missing[0].architecture}-host" if missing else "ssh://user@host"
    if info.driver == "docker" or not info.name:
        # The docker driver has one node, the daemon itself: a new builder is needed.
        lines.append(
            "  2. a builder with a native node for them (the docker driver cannot take more "
            "nodes): docker buildx create --name multiarch --use && docker buildx create "
            f"--append --name multiarch --platform {plats} <endpoint of such a machine, "
            f"e.g. {host}>"
        )
    else:
        lines.append(
            "  2. a node that runs them natively, appended to the builder: docker buildx "
            f"create --append --name {shlex.quote(info.name)} --platform {plats} "
            f"<endpoint of such a machine, e.g. {host}>"
        )
    return "\n".join(lines)


Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]
INSPECT_TIMEOUT = 120.0
BOOTSTRAP_TIMEOUT = 900.0  # booting may pull moby/buildkit first


def _default_runner(argv: list[str]) -> subprocess.CompletedProcess[str]:
    if "--bootstrap" in argv:
        # Booting can take minutes (image pull): let its progress reach the user's stderr.
        return subprocess.run(
            argv, stdout=subprocess.PIPE, stderr=None, text=True, timeout=BOOTSTRAP_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=INSPECT_TIMEOUT, stdin=subprocess.DEVNULL
    )


_NO_BUILDX = (
    "'buildx' is not a docker command",  # docker CLI up to 27
    "unknown command: docker buildx",  # docker CLI 28
    "unknown command \"buildx\"",
)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def inspect_builder(
    docker: str, builder: str | None = None, runner: Runner | None = None
) -> BuilderInfo:
    """Run ``docker buildx inspect`` (then ``--bootstrap`` if inactive) and parse it.

    Raises :class:`PreflightError` with a one-line message when docker is missing, the buildx
    plugin is missing, the builder does not exist or cannot be reached.
    """
    run = runner or _default_runner
    argv = [docker, "buildx", "inspect"]
    if builder:
        argv += ["--builder", builder]
    info = _inspect_once(run, argv)
    if info.needs_bootstrap:
        info = _inspect_once(run, [*argv, "--bootstrap"])
    if not info.reachable:
        reason = info.error or next((n.error for n in info.nodes if n.error), None)
        label = builder or info.name or "default"
        raise PreflightError(
            f"archlint: buildx builder {label!r} is not usable: {reason or 'no nodes'}"
        )
    return info


def _inspect_once(run: Runner, argv: list[str]) -> BuilderInfo:
    try:
        proc = run(argv)
    except FileNotFoundError:
        raise PreflightError(
            f"archlint: {argv[0]!r} not found: install the docker CLI with the buildx plugin "
            "(or set ARCHLINT_DOCKER to its path)"
        ) from None
    except PermissionError:
        raise PreflightError(f"archlint: {argv[0]!r} is not executable") from None
    except subprocess.TimeoutExpired:
        raise PreflightError(f"archlint: '{' '.join(argv[1:])}' did not answer in time") from None
    if proc.returncode != 0:
        err = (proc.stderr or "") + (proc.stdout or "")
        if any(marker in err for marker in _NO_BUILDX):
            raise PreflightError(
                "archlint: the docker buildx plugin is missing: install it "
                "(https://github.com/docker/buildx#installing) and retry"
            )
        raise PreflightError(
            f"archlint: '{' '.join(['docker', *argv[1:]])}' failed: "
            f"{_first_line(err) or f'exit code {proc.returncode}'}"
        )
    return parse_inspect(proc.stdout)


def _stage_refs(stage: Stage, names: dict[str, int], upto: int) -> set[int]:
    """Earlier stages this stage reads: its base, ``COPY --from``, ``RUN --mount=from=``."""
    refs: set[int] = set()

    def add(ref: str | None) -> None:
        if not ref:
            return
        low = ref.lower()
        if low in names and names[low] < upto:
            refs.add(names[low])
        elif low.isdigit() and int(low) < upto:
            refs.add(int(low))

    add(stage.base)
    for instr in stage.instructions:
        for flag in instr.flags:
            if flag.name == "from":
                add(flag.value)
            elif flag.name == "mount":
                add(flag.mount_options().get("from"))
    return refs


def execution_platforms(
    dockerfile: Dockerfile, requested: Sequence[Platform], target: str | None = None
) -> list[Platform]:
    """The platforms the builder must be able to *execute* for this build.

    BuildKit needs a platform in the builder's list only to run processes (``RUN``) for it;
    pulling, copying and exporting work for any platform. Stages built ``FROM
    --platform=$BUILDPLATFORM`` run natively. So a cross-compiling Dockerfile whose target
    stages have no ``RUN`` needs no emulation at all, while a stage pinned to a constant
    platform with a ``RUN`` needs that one. Only stages the built stage depends on count.
    When the file cannot be read reliably, every requested platform is assumed needed.
    """
    stages = dockerfile.stages
    if not stages or dockerfile.issues:
        return list(requested)
    names = {s.name: s.index for s in stages if s.name}
    final = len(stages) - 1
    if target:
        final = names.get(target.lower(), final)
    needed_stages: set[int] = set()
    todo = [final]
    while todo:
        i = todo.pop()
        if i in needed_stages:
            continue
        needed_stages.add(i)
        todo.extend(_stage_refs(stages[i], names, i))

    mode: dict[int, str | Platform] = {}  # "target" | "build" | a constant platform
    for stage in stages:
        flag = stage.platform
        base = names.get(stage.base.lower()) if stage.base else None
        if flag is None or not flag.value:
            mode[stage.index] = mode.get(base, "target") if base is not None else "target"
        elif "BUILDPLATFORM" in flag.value or "BUILDARCH" in flag.value:
            mode[stage.index] = "build"
        elif "$" in flag.value:
            mode[stage.index] = "target"
        else:
            try:
                mode[stage.index] = Platform.parse(flag.value)
            except PlatformError:
                mode[stage.index] = "target"

    out: list[Platform] = []
    for i in sorted(needed_stages):
        if not any(ins.keyword == "RUN" for ins in stages[i].instructions):
            continue
        m = mode[i]
        wanted = list(requested) if m == "target" else [m] if isinstance(m, Platform) else []
        for p in wanted:
            if p not in out:
                out.append(p)
    return [p for p in requested if p in out] + [p for p in out if p not in requested]
