"""AL301, wrong spelling: a known project's URL whose arch part comes straight from an arch
source that spells the architecture otherwise than the project does."""

from __future__ import annotations

import pytest

from archlint.checks.spellings import outputs
from archlint.engine import lint_text
from archlint.platforms import Platform

KUBECTL = "https://dl.k8s.io/release/v1.30.0/bin/linux/{}/kubectl"
NODE = "https://nodejs.org/dist/v20.15.0/node-v20.15.0-linux-{}.tar.xz"
AWS = "https://awscli.amazonaws.com/awscli-exe-linux-{}.zip"
CONDA = "https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-{}.sh"
RUSTUP = "https://static.rust-lang.org/rustup/dist/{}-unknown-linux-gnu/rustup-init"
GCLOUD = ("https://dl.google.com/dl/cloudsdk/channels/rapid/downloads/"
          "google-cloud-cli-470.0.0-linux-{}.tar.gz")


def _al301(run: str, platforms: list[str] | None = None) -> list[tuple[int, list[str]]]:
    text = f"FROM debian:bookworm\nARG TARGETARCH\n{run}\n"
    return [(f.line, f.platforms) for f in lint_text(text, select=["AL301"],
                                                      platforms=platforms)]


@pytest.mark.parametrize(
    ("run", "broken"),
    [
        # uname -m says x86_64/aarch64; kubectl names its builds amd64/arm64
        (f'RUN curl -fsSLo /k "{KUBECTL.format("$(uname -m)")}"',
         ["linux/amd64", "linux/arm64"]),
        # TARGETARCH says amd64; Node.js says x64 (arm64 is right: an amd64-only failure)
        (f'RUN curl -fsSL "{NODE.format("${TARGETARCH}")}" | tar -xJ', ["linux/amd64"]),
        # through a variable set from dpkg, exported or not
        (f'RUN A=$(dpkg --print-architecture) && curl -fsSLo /a.zip "{AWS.format("$A")}"',
         ["linux/amd64", "linux/arm64"]),
        (f'RUN export A="$(dpkg --print-architecture)"; curl -fsSLo /a.zip "{AWS.format("$A")}"',
         ["linux/amd64", "linux/arm64"]),
        # protoc names its arm64 build aarch_64; hadolint its arm64 one arm64
        ('RUN curl -fsSLO "https://github.com/protocolbuffers/protobuf/releases/download/'
         'v27.1/protoc-27.1-linux-$(uname -m).zip"', ["linux/arm64"]),
        ('RUN curl -fsSLo /bin/hadolint "https://github.com/hadolint/hadolint/releases/'
         'download/v2.12.0/hadolint-Linux-$(uname -m)"', ["linux/arm64"]),
        # trivy's arm64 archive is Linux-ARM64 and its amd64 one Linux-64bit: file names
        # are case-sensitive
        ('RUN curl -fsSL "https://github.com/aquasecurity/trivy/releases/download/v0.50.0/'
         'trivy_0.50.0_Linux-${TARGETARCH}.tar.gz" | tar -xz', ["linux/amd64", "linux/arm64"]),
        # Google Cloud CLI's arm64 archive is linux-arm: arch says aarch64
        (f'RUN curl -fsSL "{GCLOUD.format("$(arch)")}" | tar -xz', ["linux/arm64"]),
    ],
)
def test_a_source_spelled_otherwise_than_the_project(run: str, broken: list[str]) -> None:
    [(line, platforms)] = _al301(run)
    assert line == 3
    assert platforms == broken


@pytest.mark.parametrize(
    "run",
    [
        f'RUN curl -fsSLo /k "{KUBECTL.format("${TARGETARCH}")}"',
        f'RUN curl -fsSLo /k "{KUBECTL.format("$(dpkg --print-architecture)")}"',
        f'RUN curl -fsSLo /m.sh "{CONDA.format("$(uname -m)")}"',
        f'RUN curl -fsSLo /r "{RUSTUP.format("$(uname -m)")}"',
        f'RUN A=$(uname -m) && curl -fsSLo /a.zip "{AWS.format("$A")}"',
        # transformed, mapped or combined values are not read
        "RUN A=$(uname -m | sed -e s/x86_64/amd64/ -e s/aarch64/arm64/) && "
        f'curl -fsSLo /k "{KUBECTL.format("$A")}"',
        f'RUN A=$(uname -m) && curl -fsSLo /k "{KUBECTL.format("${A/x86_64/amd64}")}"',
        'RUN case "$TARGETARCH" in amd64) A=x64 ;; arm64) A=arm64 ;; esac && '
        f'curl -fsSL "{NODE.format("$A")}" | tar -xJ',
        "RUN case $(uname -m) in aarch64) A=arm ;; x86_64) A=x86_64 ;; *) exit 1 ;; esac && "
        f'curl -fsSL "{GCLOUD.format("$A")}" | tar -xz',
        # an unknown project: its spelling is unknown
        'RUN curl -fsSLO "https://example.com/tool-linux-$(uname -m).tar.gz"',
    ],
)
def test_matching_or_unknown_spellings_are_silent(run: str) -> None:
    assert _al301(run) == []


def test_platforms_the_table_does_not_spell_are_left_alone() -> None:
    # yq's table spells amd64 and arm64 only: riscv64 is not judged
    run = ('RUN curl -fsSLo /yq "https://github.com/mikefarah/yq/releases/download/v4.44.1/'
           'yq_linux_$(uname -m)"')
    assert _al301(run, ["linux/riscv64"]) == []
    assert _al301(run, ["linux/arm64"]) == [(3, ["linux/arm64"])]


def test_arm_variants_of_tini_and_dpkg() -> None:
    run = ('RUN curl -fsSLo /tini "https://github.com/krallin/tini/releases/download/v0.19.0/'
           'tini-${TARGETARCH}"')
    # tini names its ARMv7 build armhf, its 32-bit x86 one i386: TARGETARCH says arm and 386
    assert _al301(run, ["linux/amd64", "linux/arm/v7", "linux/386"]) == [
        (3, ["linux/arm/v7", "linux/386"])]


def test_source_outputs() -> None:
    arm7 = Platform("linux", "arm", "v7")
    assert outputs("uname", arm7) == ("armv7l", "armv8l")
    assert outputs("dpkg", arm7) == ("armhf",)
    assert outputs("targetarch", arm7) == ("arm",)
    assert outputs("dpkg", Platform("linux", "mips64le")) == ("mips64el",)  # archvalues' table
    assert outputs("uname", Platform("linux", "loong64")) == ()  # unknown: not judged


def test_a_token_read_as_the_project_spells_it() -> None:
    # google-cloud-cli-linux-arm is the arm64 build: only the amd64 image is wrong
    text = f"FROM debian:bookworm\nRUN curl -fsSL {GCLOUD.format('arm')} | tar -xz\n"
    [f] = lint_text(text, select=["AL301"])
    assert f.platforms == ["linux/amd64"]
    assert "arm64 artifact" in f.message


def test_a_url_put_together_from_an_env_prefix_and_a_file_name() -> None:
    # modelled on a real gcloud image: the project is known only from the assembled URL
    text = (
        "FROM alpine:3.20\n"
        "ENV SDK_URL_PREFIX=https://dl.google.com/dl/cloudsdk/channels/rapid/downloads\n"
        "RUN SDK_FILE=google-cloud-sdk-376.0.0-linux-$(arch).tar.gz; \\\n"
        "    wget -O $SDK_FILE $SDK_URL_PREFIX/$SDK_FILE && tar -xzf $SDK_FILE -C /\n"
    )
    [f] = lint_text(text, select=["AL301"])
    assert (f.line, f.platforms) == (4, ["linux/arm64"])
    assert "$SDK_FILE (set from $(arch))" in f.message and "says arm" in f.message


def test_a_project_pattern_that_spans_a_variable_is_matched_on_the_resolved_url() -> None:
    # go${GO_VERSION}.linux-: the pattern needs the version's digits, the RUN has a variable
    text = (
        "FROM debian:bookworm\nARG GO_VERSION=1.22.5\n"
        'RUN a="$(dpkg --print-architecture)" \\\n'
        ' && curl -fsSL "https://go.dev/dl/go${GO_VERSION}.linux-${a}.tar.gz" | tar -xz\n'
    )
    assert lint_text(text, select=["AL301"]) == []  # dpkg spells amd64/arm64 as Go does
    found = lint_text(text, select=["AL301"], platforms=["linux/amd64", "linux/arm/v7"])
    assert [(f.line, f.platforms) for f in found] == [(4, ["linux/arm/v7"])]  # armhf, armv6l


def test_add_with_targetarch_spelled_otherwise() -> None:
    text = (
        "FROM debian:bookworm\nARG TARGETARCH\n"
        f"ADD {NODE.format('${TARGETARCH}')} /tmp/\n"
        "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-${TARGETARCH} /tini\n"
        f"ADD {KUBECTL.format('${TARGETARCH}')} /usr/local/bin/kubectl\n"
    )
    found = lint_text(text, select=["AL301"], platforms=["linux/amd64", "linux/arm/v7"])
    assert [(f.line, f.platforms) for f in found] == [
        (3, ["linux/amd64", "linux/arm/v7"]),  # x64 and armv7l
        (4, ["linux/arm/v7"]),  # tini-armhf
    ]
