"""Which references a Dockerfile uses and which platforms each stage needs (pure, no
network): stage names and scratch skipped, per-platform ARG expansion, $BUILDPLATFORM and
constant --platform stages, unreachable stages, unset variables, invalid references, spans."""

from __future__ import annotations

from archlint.dockerfile import parse
from archlint.platforms import Platform, parse_platform_list
from archlint.registry.plan import plan_file

AMD, ARM = Platform.parse("linux/amd64"), Platform.parse("linux/arm64")


def plan(text: str, platforms=("linux/amd64", "linux/arm64"), build_args=None, target=None,
         build="linux/amd64"):  # type: ignore[no-untyped-def]
    df = parse(text, "Dockerfile")
    return plan_file(df, parse_platform_list(list(platforms)), dict(build_args or {}), target,
                     Platform.parse(build))


def summary(uses) -> list[tuple[str, str | None, list[str], str | None]]:  # type: ignore[no-untyped-def]
    return [(u.kind, u.ref, [str(p) for p in u.platforms], u.error) for u in uses]


def test_stage_platforms_follow_buildkit() -> None:
    uses = plan(
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "FROM --platform=linux/arm/v7 alpine:3.20 AS arm\n"
        "FROM debian:9.1 AS final\n"
        "COPY --from=build /out /app\n"
        "COPY --from=arm /x /x\n",
        build="linux/arm64",
    )
    assert summary(uses) == [
        ("from", "docker.io/library/golang:1.22", ["linux/arm64"], None),
        ("from", "docker.io/library/alpine:3.20", ["linux/arm/v7"], None),
        ("from", "docker.io/library/debian:9.1", ["linux/amd64", "linux/arm64"], None),
    ]


def test_stage_names_scratch_and_unreachable_stages() -> None:
    uses = plan(
        "FROM mysql:5.7 AS unused\n"
        "FROM alpine:3.20 AS base\n"
        "FROM base AS app\n"
        "COPY --from=nginx:latest /etc/nginx /etc/nginx\n"
        "FROM scratch\n"
        "COPY --from=app / /\n"
        "RUN --mount=type=bind,from=busybox:latest,target=/b true\n"
    )
    got = {(u.kind, u.ref): [str(p) for p in u.platforms] for u in uses}
    assert got == {
        ("from", "docker.io/library/mysql:5.7"): [],  # not reached from the last stage
        ("from", "docker.io/library/alpine:3.20"): ["linux/amd64", "linux/arm64"],
        ("copy-from", "docker.io/library/nginx:latest"): ["linux/amd64", "linux/arm64"],
        ("mount-from", "docker.io/library/busybox:latest"): ["linux/amd64", "linux/arm64"],
    }
    mount = next(u for u in uses if u.kind == "mount-from")
    assert (mount.span.line, mount.span.column, mount.span.end_column) == (7, 28, 42)


def test_target_selects_the_reachable_stages() -> None:
    uses = plan("FROM mysql:5.7 AS legacy\nFROM debian:9.1 AS runtime\n", target="legacy")
    assert [(u.ref, bool(u.platforms)) for u in uses] == [
        ("docker.io/library/mysql:5.7", True), ("docker.io/library/debian:9.1", False)]


def test_per_platform_expansion_and_build_args() -> None:
    uses = plan("ARG VARIANT=slim\nFROM example.com/base:${TARGETARCH}-${VARIANT}\n",
                build_args={"VARIANT": "full"})
    assert summary(uses) == [
        ("from", "example.com/base:amd64-full", ["linux/amd64"], None),
        ("from", "example.com/base:arm64-full", ["linux/arm64"], None),
    ]


def test_unset_variable_and_invalid_reference_are_errors() -> None:
    uses = plan("FROM alpine:${ALPINE_VERSION}\nCOPY --from=Debian:9.1 / /\n")
    assert uses[0].error and "$ALPINE_VERSION" in uses[0].error and uses[0].ref is None
    assert uses[1].error and "must be lowercase" in uses[1].error
    assert (uses[0].span.line, uses[0].span.column) == (1, 6)


def test_digest_pin_is_marked() -> None:
    d = "sha256:" + "b" * 64
    (use,) = plan(f"FROM debian:9.1@{d}\n")
    assert use.digest_pinned and use.ref == f"docker.io/library/debian:9.1@{d}"


def test_global_platform_arg_redeclared_keeps_its_value() -> None:
    """``ARG TARGETARCH`` before the first FROM (no default) keeps BuildKit's value."""
    uses = plan("ARG TARGETARCH\nFROM example.com/base:${TARGETARCH}\n")
    assert summary(uses) == [
        ("from", "example.com/base:amd64", ["linux/amd64"], None),
        ("from", "example.com/base:arm64", ["linux/arm64"], None),
    ]


def test_copy_from_expands_with_the_stage_scope() -> None:
    uses = plan("FROM alpine:3.20\nARG TOOLS=busybox\nENV TAG=latest\n"
                "COPY --from=${TOOLS}:${TAG} /bin/busybox /b\n")
    assert [(u.kind, u.ref) for u in uses] == [
        ("from", "docker.io/library/alpine:3.20"),
        ("copy-from", "docker.io/library/busybox:latest")]


def test_global_args_are_not_visible_in_a_stage_without_redeclaration() -> None:
    (_base, copy) = plan("ARG TOOLS=busybox:latest\nFROM alpine:3.20\n"
                        "COPY --from=${TOOLS} /bin/busybox /b\n")
    assert copy.error and "$TOOLS" in copy.error
    (_base, copy) = plan("ARG TOOLS=busybox:latest\nFROM alpine:3.20\nARG TOOLS\n"
                        "COPY --from=${TOOLS} /bin/busybox /b\n")
    assert copy.error is None and copy.ref == "docker.io/library/busybox:latest"
