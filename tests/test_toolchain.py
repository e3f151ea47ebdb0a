"""AL204-AL208 beyond the catalog examples: messages, spans, platforms, tricky correct code."""

from __future__ import annotations

import pytest

from archlint.engine import lint_text


def findings(text: str, rule: str, **kw):  # type: ignore[no-untyped-def]
    return [f for f in lint_text(text, select=[rule], **kw) if f.rule == rule]


def test_al204_message_names_the_broken_platform_and_fix() -> None:
    text = "FROM golang:1.22\nRUN GOARCH=amd64 go build -o /app .\n"
    (f,) = findings(text, "AL204", platforms=["linux/amd64", "linux/arm64", "linux/arm/v7"])
    assert (f.line, f.column) == (2, 5)
    assert f.platforms == ["linux/arm64", "linux/arm/v7"]
    assert "linux/arm64 and linux/arm/v7 images" in f.message
    assert "GOARCH=$TARGETARCH" in f.message


def test_al204_origin_through_a_custom_arg() -> None:
    text = (
        "FROM golang:1.22\n"
        "ARG ARCH=amd64\n"
        "RUN export GOARCH=$ARCH && go build -o /app .\n"
    )
    (f,) = findings(text, "AL204")
    assert f.line == 3
    assert findings(text, "AL204", build_args={"ARCH": "arm64"})[0].platforms == ["linux/amd64"]


@pytest.mark.parametrize(
    "run",
    [
        'case "$(dpkg --print-architecture)" in amd64) GOARCH=amd64 go build . ;; '
        "arm64) GOARCH=arm64 go build . ;; esac",
        'if [ "$TARGETARCH" = "amd64" ]; then GOARCH=amd64 go build .; fi',
        "GOOS=windows GOARCH=amd64 go build -o app.exe .",
        "GOARCH=$(go env GOARCH) go build .",
        "GOOS=linux go build .",
    ],
)
def test_al204_silent_on_correct_code(run: str) -> None:
    text = f"FROM golang:1.22\nARG TARGETARCH\nRUN {run}\n"
    assert findings(text, "AL204") == []


def test_al205_points_at_the_triple_token() -> None:
    text = "FROM rust:1\nRUN cargo build --release --target aarch64-unknown-linux-gnu\n"
    (f,) = findings(text, "AL205")
    assert (f.line, f.column, f.end_column) == (2, 36, 43)
    assert f.platforms == ["linux/amd64"]


def test_al205_cross_compiler_called_by_its_triple() -> None:
    text = "FROM debian\nRUN x86_64-linux-gnu-gcc -O2 -o /x main.c\n"
    (f,) = findings(text, "AL205")
    assert (f.line, f.column) == (2, 5)


def test_al206_names_the_consumer() -> None:
    text = (
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "RUN go build -o /out/app .\n"
        "FROM alpine AS final\n"
        "COPY --from=build /out/app /app\n"
    )
    (f,) = findings(text, "AL206")
    assert (f.line, f.column) == (2, 5)
    assert "stage final copies its output (line 4)" in f.message


def test_al206_output_not_copied() -> None:
    text = (
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "RUN go build -o /out/check ./cmd/check && go run ./cmd/gen > /out/site.html\n"
        "FROM nginx\n"
        "COPY --from=build /out/site.html /usr/share/nginx/html/\n"
    )
    assert findings(text, "AL206") == []


def test_al207_points_at_value_and_lists_platforms() -> None:
    (f,) = findings("FROM alpine\nARG TARGETARCH=arm64\n", "AL207")
    assert (f.line, f.column) == (2, 16)
    assert f.platforms == ["linux/amd64"]
    assert "ARG TARGETARCH" in f.message


def test_al208_target_selects_the_stage() -> None:
    text = (
        "FROM --platform=$BUILDPLATFORM golang AS tools\n"
        "RUN go version\n"
        "FROM alpine AS image\n"
    )
    assert findings(text, "AL208") == []
    (f,) = findings(text, "AL208", target="tools")
    assert f.line == 1 and "build machine" in f.message


def test_al208_a_project_arg_that_starts_with_buildplatform_is_not_it() -> None:
    # llama.cpp's arm64 Dockerfile (a real file of the ninth blind round): a project ARG
    # whose name starts with BUILDPLATFORM holds a constant platform
    text = ("ARG BUILDPLATFORM_runner=linux/arm64\n"
            "FROM --platform=$BUILDPLATFORM_runner debian:bookworm-slim AS base\n"
            "FROM base AS server\n")
    assert findings(text, "AL208") == []
    [f] = findings(text, "AL201")
    assert f.line == 2 and "ARG BUILDPLATFORM_runner" in f.message
    assert findings(text.replace("$BUILDPLATFORM_runner", "${BUILDPLATFORM}"), "AL208")


def test_al208_single_platform_declared() -> None:
    text = "# archlint: platforms=linux/amd64\nFROM --platform=$BUILDPLATFORM alpine\n"
    assert findings(text, "AL208") == []


def test_case_gap_is_reported_at_the_case_subject() -> None:
    text = (
        "FROM golang:1.22\n"
        "ARG TARGETARCH\n"
        'RUN case "${TARGETARCH}" in amd64) GOARCH=amd64 ;; arm64) GOARCH=arm64 ;; '
        "*) exit 1 ;; esac; export GOARCH; go build -o /app .\n"
    )
    assert findings(text, "AL204") == []
    (f,) = findings(text, "AL204", platforms=["linux/amd64", "linux/arm64", "linux/s390x"])
    assert (f.line, f.column) == (3, 10)
    assert f.platforms == ["linux/s390x"]
    assert "only for amd64, arm64" in f.message and "linux/s390x" in f.message
    assert "{" not in f.message


def test_al206_goarch_from_go_env_or_a_sourced_file() -> None:
    base = (
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "ARG TARGETARCH\n"
        "{run}\n"
        "FROM alpine\n"
        "COPY --from=build /out/ /\n"
    )
    assert findings(base.format(run="RUN go build -o /out/a ."), "AL206")
    for run in ("RUN go env -w GOARCH=$TARGETARCH\nRUN go build -o /out/a .",
                "RUN . ./hack/env.sh && go build -o /out/a ."):
        assert findings(base.format(run=run), "AL206") == []


def test_stages_the_image_does_not_use_are_not_built() -> None:
    text = (
        "FROM golang:1.22 AS race-tests\n"
        "ENV GOARCH=amd64\n"
        "RUN go test ./...\n"
        "FROM golang:1.22 AS build\n"
        "RUN go build -o /app .\n"
        "FROM alpine\n"
        "COPY --from=build /app /app\n"
    )
    assert findings(text, "AL204") == []
    assert [f.line for f in findings(text, "AL204", target="race-tests")] == [2]


def test_al205_java_native_classifiers() -> None:
    text = (
        "FROM maven:3.9-eclipse-temurin-21\n"
        "RUN mvn -B package -Djavacpp.platform=linux-x86_64\n"
        "RUN ./gradlew build -Dos.detected.classifier=linux-aarch_64\n"
        "RUN mvn -B package -Dmaven.test.skip=true\n"
    )
    got = [(f.line, f.platforms) for f in findings(text, "AL205")]
    assert got == [(2, ["linux/arm64"]), (3, ["linux/amd64"])]


def test_messages_have_no_braces_or_backticks() -> None:
    text = (
        "FROM golang:1.22\n"
        "ARG ARCH=amd64\n"
        "ENV GOARCH=${ARCH}\n"
        "RUN V=\"${ARCH}\"; cargo build --target \"${V}-unknown-linux-gnu\" && go build .\n"
    )
    msgs = [f.message for r in ("AL204", "AL205") for f in findings(text, r)]
    assert len(msgs) == 2
    assert not any(ch in m for m in msgs for ch in "{}`"), msgs


def test_values_after_a_sourced_env_file_are_unknown() -> None:
    text = (
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "ARG ARCH=amd64\n"
        "RUN export $(grep -v '^#' build.env | xargs) && go build -o /out/app . && "
        "cargo build --target ${ARCH}-unknown-linux-gnu && echo $TARGETARCH\n"
        "FROM alpine\n"
        "COPY --from=build /out/app /app\n"
    )
    for rule in ("AL203", "AL205", "AL206"):
        assert findings(text, rule) == [], rule


@pytest.mark.parametrize(
    "run",
    [
        "RUN GOARCH=$(go env GOARCH) go build -o /out/app .",
        'RUN arch="$(dpkg --print-architecture)"; GOARCH=$arch go build -o /out/app .',
        "ARG BUILDARCH\nRUN GOARCH=$BUILDARCH go build -o /out/app .",
        'RUN cargo build --release --target "$(uname -m)-unknown-linux-gnu"',
    ],
)
def test_al206_build_machine_queries_in_a_build_stage(run: str) -> None:
    text = (
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        f"{run}\n"
        "FROM alpine\n"
        "COPY --from=build /out/ /\n"
    )
    (f,) = findings(text, "AL206")
    assert "build machine" in f.message
    # the same lines in a stage built for the target are correct
    assert findings(text.replace("--platform=$BUILDPLATFORM ", ""), "AL206") == []


def test_al204_go_subcommands_that_build_nothing() -> None:
    text = "FROM golang:1.22\nRUN GOARCH=amd64 go vet ./... && GOARCH=amd64 go mod download\n"
    assert findings(text, "AL204") == []
    assert [f.line for f in findings("FROM golang:1.22\nRUN GOARCH=amd64 go test ./...\n",
                                     "AL204")] == [2]


def test_al205_restore_and_publish_are_one_problem() -> None:
    text = (
        "FROM mcr.microsoft.com/dotnet/sdk:8.0\n"
        "RUN dotnet restore -r linux-x64\n"
        "RUN dotnet publish -r linux-x64 -o /app\n"
    )
    assert [f.line for f in findings(text, "AL205")] == [3]
    only_restore = "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet restore --arch x64\n"
    assert [f.line for f in findings(only_restore, "AL205")] == [2]


@pytest.mark.parametrize(("later", "found"), [
    # every later build sets GOARCH itself: the ARG's default is never used
    ("RUN apk add --no-cache git\nRUN GOARCH=$TARGETARCH go build -o /app .\n", False),
    ("RUN export GOARCH=$TARGETARCH && go vet ./... && go build -o /app .\n", False),
    # the ARG reaches a build: passed on, not replaced, or through make
    ("RUN GOARCH=$GOARCH go build -o /app .\n", True),
    ("RUN GOARCH=$TARGETARCH go build -o /a . && go build -o /b ./cmd/b\n", True),
    ("RUN make build\n", True),
    ("RUN echo nothing to build\n", True),
])
def test_arg_default_replaced_by_every_build(later: str, found: bool):
    text = "FROM golang:1.22\nARG GOARCH=amd64\nARG TARGETARCH\n" + later
    assert (2 in [f.line for f in lint_text(text, select=["AL204"])]) is found


MAKE_STAGE = """\
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
RUN apt-get update && apt-get install -y build-essential
{setup}
RUN {make}
FROM debian:bookworm-slim
COPY --from=build {copied} /usr/local/lib/
"""


@pytest.mark.parametrize("setup, make, copied, reported", [
    ("RUN ./configure", "make -C src -j 4 install", "/usr/local/lib/libfoo.so", True),
    ("RUN ./configure", "make", "/src/foo", True),
    # a cross set-up: the make builds for the target
    ("ARG TARGETARCH", "make", "/src/foo", False),
    ("RUN ./configure --host=aarch64-linux-gnu", "make", "/src/foo", False),
    ("ENV CC=aarch64-linux-gnu-gcc", "make", "/src/foo", False),
    # goals that do not build programs, and data copied on
    ("RUN ./configure", "make -C docs html", "/src/foo", False),
    ("RUN ./configure", "make", "/src/site/index.html", False),
    # no C build in the stage: make runs something else (a generator, a bundler)
    ("RUN true", "make", "/src/foo", None),
])
def test_al206_make_in_a_build_platform_stage(setup: str, make: str, copied: str,
                                              reported: bool | None) -> None:
    text = MAKE_STAGE.format(setup=setup, make=make, copied=copied)
    if reported is None:  # build-essential alone names gcc: drop it to have no C build
        text = text.replace(" build-essential", " curl")
    got = findings(text, "AL206")
    assert bool(got) is bool(reported), got
    if got:
        assert got[0].line == 4 and "make builds C code" in got[0].message


def test_al205_arg_used_by_a_target_option_is_reported_once_where_it_is_used() -> None:
    text = ("FROM python:3.12\nARG PIP_PLATFORM=manylinux_2_28_x86_64\n"
            'RUN pip install --platform "${PIP_PLATFORM}" --only-binary=:all: -r r.txt\n')
    [f] = findings(text, "AL205")
    assert f.line == 3 and "from ARG PIP_PLATFORM" in f.message
    # unused explicitly: the ARG reaches pip through the environment, reported where set
    [g] = findings("FROM python:3.12\nARG PIP_PLATFORM=manylinux_2_28_x86_64\n"
                   "RUN pip install --only-binary=:all: -r r.txt\n", "AL205")
    assert g.line == 2


@pytest.mark.parametrize("build", ["./mvnw -B package -Dnative -DskipTests",
                                   "./mvnw package -Pnative", "./gradlew nativeCompile",
                                   "native-image -jar app.jar -o /out/app"])
def test_al206_graalvm_native_image_in_a_build_platform_stage(build: str) -> None:
    text = ("FROM --platform=$BUILDPLATFORM ghcr.io/graalvm/native-image-community:21 AS b\n"
            f"RUN {build}\n"
            "FROM debian:bookworm-slim\nCOPY --from=b /out/app /app\n")
    [f] = findings(text, "AL206")
    assert f.line == 2 and "cannot cross-compile" in f.message
    # the same build for the target platform is fine
    assert findings(text.replace("--platform=$BUILDPLATFORM ", ""), "AL206") == []


@pytest.mark.parametrize("run_line", [
    "RUN cmake -S . -B b -DCMAKE_SYSTEM_PROCESSOR=aarch64 && cmake --build b",
    "RUN cmake -S . -B b -DCMAKE_C_COMPILER=x86_64-linux-gnu-gcc && cmake --build b",
    "RUN conan install . -s arch=x86_64 --build=missing",
    "RUN conan profile update settings.arch=x86_64 default",
    "RUN vcpkg install --triplet=x64-linux-dynamic fmt",
    "RUN echo 'set(CMAKE_SYSTEM_PROCESSOR aarch64)' > /tc.cmake",
])
def test_al205_c_and_cpp_build_systems(run_line: str) -> None:
    assert len(findings(f"FROM debian:bookworm\n{run_line}\n", "AL205")) == 1


def test_al205_c_build_systems_mapped_from_targetarch_are_fine() -> None:
    text = ("FROM debian:bookworm\nARG TARGETARCH\n"
            'RUN case "$TARGETARCH" in amd64) t=x64-linux ;; arm64) t=arm64-linux ;; esac; '
            'vcpkg install --triplet="$t" fmt\n')
    assert findings(text, "AL205") == []


def test_al201_constant_from_a_global_arg() -> None:
    text = ("ARG GEM_PLATFORM=linux/amd64\nFROM --platform=${GEM_PLATFORM} ruby:3.3 AS gems\n"
            "FROM ruby:3.3\nCOPY --from=gems /usr/local/bundle /usr/local/bundle\n")
    [f] = findings(text, "AL201")
    assert f.line == 2 and "the default of ARG GEM_PLATFORM" in f.message
    assert findings(text, "AL201", build_args={"GEM_PLATFORM": "linux/arm64"})[0].platforms \
        == ["linux/amd64"]


def test_al206_go_install_copied_into_the_image_and_dotnet_native_publish() -> None:
    go = ("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n"
          "RUN CGO_ENABLED=0 go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.35\n"
          "RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.35.2\n"
          "FROM gcr.io/distroless/static\n"
          "COPY --from=build /go/bin/grpc-health-probe /bin/grpc_health_probe\n")
    assert [f.line for f in findings(go, "AL206")] == [2]  # the tool it only runs is fine
    # installed, renamed, then copied (a real file of the eighth blind round)
    renamed = ("FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS railpack\n"
               "RUN go install github.com/railwayapp/railpack/cmd/cli@latest \\\n"
               "  && mv /go/bin/cli /go/bin/railpack\n"
               "FROM alpine:3.22\nCOPY --from=railpack /go/bin/railpack /usr/local/bin/\n")
    assert [f.line for f in findings(renamed, "AL206")] == [2]
    assert findings(renamed.replace("/go/bin/railpack /usr", "/go/bin/other /usr"),
                    "AL206") == []
    dotnet = ("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0 AS build\n"
              "RUN dotnet publish -c Release -p:PublishAot=true -o /app\n"
              "FROM debian:bookworm-slim\nCOPY --from=build /app/Api /app/Api\n")
    assert [f.line for f in findings(dotnet, "AL206")] == [2]
    fine = dotnet.replace("-p:PublishAot=true", "-a $TARGETARCH -p:PublishAot=true")
    assert findings(fine, "AL206") == []
    il = dotnet.replace("-p:PublishAot=true", "")  # portable IL runs anywhere
    assert findings(il, "AL206") == []


def test_al205_cargo_config_build_target_written_in_a_run() -> None:
    text = ("FROM rust:1.83\n"
            "RUN mkdir -p .cargo && cat > .cargo/config.toml <<'EOF'\n"
            "[build]\n"
            'target = "x86_64-unknown-linux-gnu"\n'
            "EOF\n"
            "RUN cargo build --release\n")
    [f] = findings(text, "AL205")
    assert f.line == 4


def test_a_target_pinned_in_the_command_the_image_runs():
    """CMD/ENTRYPOINT run in the image: a pinned Rust target there is AL205 (exec and shell
    form), at the token inside the JSON string."""
    text = ('FROM rust:1.91-alpine\n'
            'ENTRYPOINT ["cargo", "clippy", "--target=x86_64-unknown-linux-musl"]\n')
    [f] = [f for f in lint_text(text, select=["AL205"])]
    assert (f.line, f.column) == (2, 42)
    assert text.splitlines()[1][f.column - 1:f.column + 5] == "x86_64"
    shell = "FROM rust:1.91\nCMD cargo build --target x86_64-unknown-linux-gnu\n"
    assert [f.line for f in lint_text(shell, select=["AL205"])] == [2]
    assert lint_text(text, select=["AL205"], platforms=["linux/amd64"]) == []


def test_onbuild_run_pins_for_the_images_built_from_this_one():
    """ONBUILD RUN runs in every downstream build: a pinned GOARCH (AL204) or Rust target
    (AL205) there breaks them; TARGETARCH in the trigger does not."""
    go = "FROM golang:1.22\nONBUILD RUN GOARCH=amd64 go build -o /app .\n"
    assert [(f.rule, f.line) for f in lint_text(go, select=["AL204"])] == [("AL204", 2)]
    rust = "FROM rust:1.91\nONBUILD RUN cargo build --target x86_64-unknown-linux-gnu\n"
    assert [(f.rule, f.line) for f in lint_text(rust, select=["AL205"])] == [("AL205", 2)]
    ok = "FROM golang:1.22\nONBUILD ARG TARGETARCH\nONBUILD RUN GOARCH=$TARGETARCH go build .\n"
    assert lint_text(ok, select=["AL204"]) == []


def test_jlink_output_given_with_equals():
    """``jlink --output=/jre`` names the runtime as ``--output /jre`` does."""
    text = ("FROM --platform=$BUILDPLATFORM eclipse-temurin:21 AS jre\n"
            "RUN jlink --add-modules java.base --output=/jre\n"
            "FROM debian:bookworm-slim\nCOPY --from=jre /jre /opt/java\n")
    assert [(f.rule, f.line) for f in lint_text(text, select=["AL206"])] == [("AL206", 2)]


def test_go_arch_constants_that_are_no_arch_token():
    # GOARCH=arm and GOARCH=386 name no arch token of download URLs, but Go reads them (a
    # real file of the seventh blind round built GOARCH=arm for an arm64 image)
    for value in ("arm", "386"):
        text = (f"FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 GOARCH={value} go build -o /app .\n"
                "FROM alpine:3.20\nCOPY --from=build /app /app\n")
        assert [f.line for f in lint_text(text, select=["AL204"])] == [2], value
    ok = ("FROM golang:1.22\nRUN GOOS=linux go build -o /app .\n")
    assert lint_text(ok, select=["AL204"]) == []


def test_build_platform_final_stage_through_a_parent_names_the_flag():
    text = ("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:9.0 AS base\n"
            "WORKDIR /app\nFROM base AS final\nCOPY app /app\n")
    [f] = lint_text(text, select=["AL208"])
    assert f.line == 3
    assert [(r.line, r.message) for r in f.related] == [
        (1, "stage base runs --platform=$BUILDPLATFORM")]


def test_al206_erlang_release_assembled_on_the_build_machine() -> None:
    # an Elixir release in a $BUILDPLATFORM builder (a real operator image of the ninth
    # blind round): it bundles the builder's ERTS and NIFs
    text = ("FROM --platform=$BUILDPLATFORM hexpm/elixir:1.16 AS builder\n"
            "WORKDIR /app\nRUN mix deps.get && mix deps.compile\nRUN mix release\n"
            "FROM hexpm/erlang:26\nCOPY --from=builder /app/_build/prod/rel/kompost ./\n")
    [f] = findings(text, "AL206")
    assert f.line == 4 and "ERTS" in f.message and "line 6" in f.message
    assert findings(text.replace("--platform=$BUILDPLATFORM ", ""), "AL206") == []
    assert findings(text.replace("mix release", "rebar3 as prod tar"), "AL206")
    assert findings(text.replace("mix release", "rebar3 as prod compile"), "AL206") == []
