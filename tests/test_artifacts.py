"""AL301-AL304: downloads, package files, context copies and packages of one architecture."""

from __future__ import annotations

import pytest

from archlint.checks.downloads import case_mapping, find_project, fix_hint, projects
from archlint.engine import lint_text
from archlint.platforms import Platform, parse_platform_list

RULES = ["AL301", "AL302", "AL303", "AL304"]


def run(text: str, rule: str, platforms: list[str] | None = None, **kw):
    return [f for f in lint_text(text, select=[rule], platforms=platforms, **kw) if f.rule == rule]


def lines(text: str, rule: str, platforms: list[str] | None = None, **kw) -> list[int]:
    return sorted({f.line for f in run(text, rule, platforms, **kw)})


# --------------------------------------------------------------------------- AL301


def test_download_message_names_broken_platform_and_project_mapping():
    text = (
        "FROM debian:bookworm-slim\n"
        "RUN curl -fsSLO https://nodejs.org/dist/v20.15.0/node-v20.15.0-linux-x64.tar.xz\n"
    )
    [f] = run(text, "AL301")
    assert f.platforms == ["linux/arm64"]
    assert "linux/arm64" in f.message
    assert "amd64) a=x64" in f.message and "arm64) a=arm64" in f.message
    # the finding points at the x64 token of the URL, not at column 1
    assert text.splitlines()[1][f.column - 1 : f.end_column - 1] == "x64"


def test_only_amd64_requested_is_silent():
    text = "FROM alpine\nRUN wget https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n"
    assert run(text, "AL301", ["linux/amd64"]) == []
    assert lines(text, "AL301", ["linux/amd64", "linux/arm64"]) == [2]


def test_arg_default_and_build_arg_override():
    text = (
        "FROM alpine\n"
        "ARG ARCH=amd64\n"
        "RUN wget https://github.com/derailed/k9s/releases/download/v0.32.5/k9s_Linux_${ARCH}.tar.gz\n"
    )
    [f] = run(text, "AL301")
    assert "ARG ARCH=amd64" in f.message
    # overriding with the arch of the only other platform still breaks amd64
    [g] = run(text, "AL301", build_args={"ARCH": "arm64"})
    assert g.platforms == ["linux/amd64"]


def test_env_url_then_download_and_shell_variable():
    env = (
        "FROM alpine\n"
        "ENV URL=https://github.com/cloudflare/cloudflared/releases/download/2024.6.1/"
        "cloudflared-linux-amd64\n"
        'RUN wget -O /usr/local/bin/cloudflared "$URL"\n'
        'RUN wget -O /tmp/cloudflared "$URL"\n'
    )
    # reported once, where the URL is written (the ENV), naming where it is downloaded
    [f] = run(env, "AL301")
    assert f.line == 2 and "downloaded at line 3" in f.message
    shell = (
        "FROM debian\n"
        "RUN A=amd64; curl -fsSLo /tmp/tf.zip "
        "https://releases.hashicorp.com/terraform/1.8.5/terraform_1.8.5_linux_$A.zip\n"
    )
    assert lines(shell, "AL301") == [2]


@pytest.mark.parametrize(
    "run_line",
    [
        "ARG TARGETARCH\nRUN curl -o k https://dl.k8s.io/release/v1/bin/linux/${TARGETARCH}/kubectl",
        'RUN a="$(dpkg --print-architecture)"; curl -o k https://dl.k8s.io/release/v1/bin/linux/$a/kubectl',
        "RUN curl -o m.sh "
        "https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-$(uname -m).sh",
        'RUN [ "$(uname -m)" = x86_64 ] && curl -Lo kind https://kind.sigs.k8s.io/dl/v0.23.0/kind-linux-amd64',
        "RUN for a in amd64 arm64; do "
        "curl -O https://dl.k8s.io/release/v1/bin/linux/$a/kubectl; done",
        "RUN curl -o a https://get.helm.sh/helm-v3-linux-amd64.tar.gz && "
        "curl -o b https://get.helm.sh/helm-v3-linux-arm64.tar.gz",
        "# curl https://dl.k8s.io/release/v1/bin/linux/amd64/kubectl\nRUN true",
        'RUN echo "abc123  kubectl-linux-amd64" | tee /tmp/sums',
        "RUN git clone https://github.com/kubernetes-sigs/kustomize.git /src",
    ],
)
def test_multi_arch_patterns_stay_silent(run_line: str):
    assert run("FROM debian:bookworm\n" + run_line + "\n", "AL301") == []


def test_build_platform_stage_and_named_stage_are_silent():
    text = (
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS gen\n"
        "RUN curl -o p.zip https://github.com/protocolbuffers/protobuf/releases/download/v27.1/"
        "protoc-27.1-linux-x86_64.zip\n"
        "FROM gen AS gen2\n"
        "RUN curl -o y https://github.com/mikefarah/yq/releases/download/v4/yq_linux_amd64\n"
        "FROM ubuntu:22.04 AS base-amd64\n"
        "RUN curl -o k https://dl.k8s.io/release/v1/bin/linux/amd64/kubectl\n"
        "FROM base-${TARGETARCH}\n"
    )
    assert run(text, "AL301") == []


def test_constant_platform_stage_named_for_it_uses_its_platform():
    text = (
        "FROM --platform=linux/arm64 debian AS tools-arm64\n"
        "RUN curl -o k https://dl.k8s.io/release/v1/bin/linux/arm64/kubectl\n"
        "RUN curl -o k https://dl.k8s.io/release/v1/bin/linux/amd64/kubectl\n"
    )
    [f] = run(text, "AL301")
    assert f.line == 3 and f.platforms == ["linux/arm64"]


def test_constant_platform_every_build_uses_is_no_excuse():
    # the pin is AL201's finding; the image it builds is checked for every requested platform
    text = (
        "FROM --platform=linux/arm64 debian AS tools\n"
        "RUN curl -o k https://dl.k8s.io/release/v1/bin/linux/arm64/kubectl\n"
        "RUN curl -o k https://dl.k8s.io/release/v1/bin/linux/amd64/kubectl\n"
    )
    assert [(f.line, f.platforms) for f in run(text, "AL301")] == [
        (2, ["linux/amd64"]), (3, ["linux/arm64"])]
    # only linux/arm64 requested: the pin is that platform, the amd64 download alone breaks
    assert [(f.line, f.platforms) for f in run(text, "AL301", ["linux/arm64"])] == [
        (3, ["linux/arm64"])]
    # an intermediate pinned stage: its own tools are its business, what it hands on is not
    text = (
        "FROM --platform=linux/amd64 debian AS tools\n"
        "RUN curl -o /usr/local/bin/yq https://e.org/yq_linux_amd64\n"
        "RUN curl -o /out/kubectl https://dl.k8s.io/release/v1/bin/linux/amd64/kubectl\n"
        "FROM debian\n"
        "COPY --from=tools /out/kubectl /usr/local/bin/\n"
    )
    [f] = run(text, "AL301")
    assert f.line == 3 and "pinned to linux/amd64" in f.message


def test_case_without_branch_for_requested_platform():
    text = (
        "FROM debian\n"
        'RUN case "$(dpkg --print-architecture)" in \\\n'
        "      amd64) u=https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip ;; \\\n"
        "    esac; curl -o /tmp/a.zip \"$u\"\n"
    )
    [f] = run(text, "AL301")
    assert f.line == 2 and "no branch for linux/arm64" in f.message
    assert "aarch64" in f.message  # the project's spelling for the missing platform
    plats = ["linux/amd64", "linux/arm64", "linux/ppc64le"]
    [g] = run(text, "AL301", plats)
    assert g.platforms == ["linux/arm64", "linux/ppc64le"]
    assert "AWS CLI v2 publishes no build for linux/ppc64le" in g.message


def test_branch_assignment_that_runs_for_another_arch():
    text = (
        "FROM debian\nARG TARGETARCH\n"
        'RUN case "$TARGETARCH" in arm64) E=arm64 ;; *) E=amd64 ;; esac; '
        "curl -o e.tgz https://github.com/etcd-io/etcd/releases/download/v3.5.14/"
        "etcd-v3.5.14-linux-$E.tar.gz\n"
    )
    assert run(text, "AL301") == []  # amd64 and arm64 both served correctly
    [f] = run(text, "AL301", ["linux/amd64", "linux/arm64", "linux/s390x"])
    assert f.platforms == ["linux/s390x"] and "E=amd64" in f.message


def test_older_arm_variant_artifact_runs_on_newer_variant():
    text = (
        "FROM debian\n"
        'RUN case "$(dpkg --print-architecture)" in '
        "armhf) u=https://dl.google.com/go/go1.22.5.linux-armv6l.tar.gz ;; "
        "amd64) u=https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz ;; esac; wget \"$u\"\n"
    )
    assert run(text, "AL301", ["linux/amd64", "linux/arm/v7"]) == []


def test_add_url_and_python_fetch():
    text = (
        "FROM alpine\n"
        "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64 /tini\n"
        "RUN python3 -c \"import urllib.request as u; u.urlretrieve("
        "'https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip', '/a.zip')\"\n"
    )
    fs = run(text, "AL301")
    assert [f.line for f in fs] == [2, 3]
    assert "dpkg" in fs[0].message  # tini's note on its dpkg spellings


PY_ONE_ARCH = """\
FROM python:3.12-slim
RUN python3 <<EOF
import urllib.request
urllib.request.urlretrieve("https://example.com/tool-linux-amd64.tar.gz", "/tmp/t.tgz")
EOF
RUN <<EOF
#!/usr/bin/env python3
import urllib.request
urllib.request.urlretrieve("https://example.com/other-linux-amd64.tar.gz", "/tmp/o.tgz")
EOF
"""

PY_MAPPED = """\
FROM python:3.12-slim
RUN python3 - <<EOF
import platform, urllib.request
arch = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
urllib.request.urlretrieve(f"https://example.com/tool-linux-{arch}.tar.gz", "/tmp/t.tgz")
EOF
RUN python3 -c "import platform,urllib.request as u; a={'x86_64':'amd64','aarch64':'arm64'}\\
[platform.machine()]; u.urlretrieve(f'https://e.com/t-{a}.tgz','/t')"
RUN <<EOF
#!/usr/bin/env python3
import platform, urllib.request
arch = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
urllib.request.urlretrieve(f"https://example.com/tool-linux-{arch}.tar.gz", "/tmp/t.tgz")
EOF
RUN python3 fetch.py <<EOF
https://example.com/tool-linux-amd64.tar.gz urlretrieve
EOF
"""


def test_python_program_in_a_heredoc_is_read():
    # on stdin (python3 <<EOF) or as the RUN's own program (a python shebang)
    fs = run(PY_ONE_ARCH, "AL301")
    assert [(f.line, f.column) for f in fs] == [(4, 60), (9, 61)]
    assert all(f.platforms == ["linux/arm64"] for f in fs)


def test_python_program_mapping_the_machine_is_silent():
    # a program that maps platform.machine() to the project's spellings is multi-arch; a
    # heredoc that is data for a script file is not program text
    assert run(PY_MAPPED, "AL301") == []


# --------------------------------------------------------------------------- AL302


def test_package_file_installers():
    text = (
        "FROM debian\n"
        "RUN dpkg -i /tmp/tool_1.0_amd64.deb\n"
        "RUN apt-get install -y ./agent_2.0_amd64.deb\n"
        "RUN rpm -Uvh https://example.com/a-1.0-1.x86_64.rpm\n"
        "RUN apk add --allow-untrusted /tmp/t-1.0-r0.x86_64.apk\n"
        "RUN python3 -m pip install ./w/x-1.0-cp311-cp311-manylinux_2_17_x86_64.whl\n"
        "RUN dpkg -i /tmp/fonts_1.0_all.deb && rpm -i /tmp/c-1.0.noarch.rpm\n"
        "RUN pip install ./dist/lib-1.0-py3-none-any.whl\n"
    )
    assert lines(text, "AL302") == [2, 3, 4, 5, 6]


def test_package_file_name_from_env_and_guard():
    text = (
        "FROM ubuntu\nENV DEB=smp_1.2_amd64.deb\nRUN dpkg -i /tmp/${DEB}\n"
        'RUN case "$(dpkg --print-architecture)" in amd64) dpkg -i /t/a_amd64.deb ;; '
        "arm64) dpkg -i /t/a_arm64.deb ;; esac\n"
    )
    assert lines(text, "AL302") == [3]


# --------------------------------------------------------------------------- AL303


def test_copy_from_context_naming_one_arch():
    text = (
        "FROM alpine\nARG TARGETARCH\nARG LIB=x86_64\n"
        "COPY dist/app_linux_amd64_v1/app /app\n"
        "COPY vendor/${LIB}/ /usr/lib/\n"
        "COPY dist/app-linux-${TARGETARCH} /app2\n"
        "COPY --from=build /out/app-linux-amd64 /app3\n"
        "ADD https://example.com/x-amd64 /x\n"
    )
    fs = run(text, "AL303")
    assert [f.line for f in fs] == [4, 5]
    assert fs[0].severity.value == "warning"
    assert "ARG LIB=x86_64" in fs[1].message


# --------------------------------------------------------------------------- AL304


def test_arch_limited_packages_and_i386():
    text = (
        "FROM debian:bookworm\n"
        "RUN dpkg --add-architecture i386 && apt-get update\n"
        "RUN apt-get install -y --no-install-recommends gcc-multilib libssl-dev\n"
        "RUN apt-get install -y -t bookworm-backports libc6:i386\n"
        "RUN apk add --no-cache intel-ucode\n"
    )
    fs = run(text, "AL304")
    # libc6:i386 (line 4) is the stage's dpkg --add-architecture i386 finding (line 2)
    assert [f.line for f in fs] == [2, 3, 5]
    assert [f.line for f in run(text.replace("dpkg --add-architecture i386 && ", ""),
                                "AL304")] == [3, 4, 5]
    multilib = fs[1]
    assert "gcc-multilib" in multilib.message and multilib.platforms == ["linux/arm64"]
    # the finding is on the package word itself
    assert text.splitlines()[2][multilib.column - 1 : multilib.end_column - 1] == "gcc-multilib"


def test_non_free_builds_of_x86_only_drivers():
    # a real web-TV image installed Intel's VA-API driver from non-free next to ffmpeg
    text = ("FROM debian:trixie-slim\n"
            "RUN apt-get install -y --no-install-recommends python3 ffmpeg "
            "intel-media-va-driver-non-free mesa-va-drivers i965-va-driver-shaders\n")
    fs = run(text, "AL304")
    assert ["intel-media-va-driver-non-free" in f.message for f in fs] == [True, False]
    assert "i965-va-driver-shaders" in fs[1].message
    assert run(text, "AL304", ["linux/amd64"]) == []
    # next to dpkg --add-architecture i386, each architecture is named once
    multi = text.replace("RUN ", "RUN dpkg --add-architecture i386 && ")
    assert [f.message.count("amd64") for f in run(multi, "AL304")][1:] == [1, 1]


def test_foreign_dev_packages_beside_a_cross_toolchain_are_linked_not_run():
    # llama.cpp's arm64 cross build (a real file of the ninth blind round)
    text = ("FROM debian:bookworm-slim\nRUN dpkg --add-architecture arm64\n"
            "RUN apt-get update && apt-get install -y build-essential gcc-aarch64-linux-gnu "
            "g++-aarch64-linux-gnu libc6-dev-arm64-cross libcurl4-openssl-dev:arm64 "
            "libssl-dev:arm64\n")
    assert run(text, "AL304", ["linux/amd64"]) == []
    no_cross = text.replace("gcc-aarch64-linux-gnu g++-aarch64-linux-gnu "
                            "libc6-dev-arm64-cross ", "")
    assert [f.line for f in run(no_cross, "AL304", ["linux/amd64"])] == [3]


def test_arch_limited_package_guarded_or_portable():
    text = (
        "FROM debian:bookworm\nARG TARGETARCH\n"
        'RUN if [ "$TARGETARCH" = "amd64" ]; then apt-get install -y gcc-multilib intel-mkl; fi\n'
        "RUN apt-get install -y chromium valgrind libopenblas-dev\n"
    )
    assert run(text, "AL304") == []


def test_i386_multiarch_packages_on_amd64_only_build():
    text = ("FROM debian\nRUN dpkg --add-architecture i386 && apt-get update && "
            "apt-get install -y wine32 libc6:i386 lib32gcc-s1\n")
    assert run(text, "AL304", ["linux/amd64"]) == []
    assert run(text, "AL304", ["linux/arm64"])


def test_rpm_arch_suffix_and_vendor_package():
    text = ("FROM rockylinux:9\nRUN dnf install -y glibc.i686 zlib\n"
            "RUN ACCEPT_EULA=Y yum install -y msodbcsql17\n")
    assert lines(text, "AL304") == [2, 3]


# --------------------------------------------------------------------------- naming table


def test_download_table_is_complete_and_patterns_compile():
    projs = projects()
    names = {p.name for p in projs}
    for needed in ("kubectl", "helm", "tini", "gosu", "Go", "Node.js", "Miniconda", "AWS CLI v2",
                   "Eclipse Temurin", "yq", "jq", "Docker static binaries", "GitHub CLI",
                   "docker buildx", "docker compose", "kind", "k9s"):
        assert needed in names
    for p in projs:
        assert p.patterns and "<arch>" in p.url and "amd64" in p.arch


@pytest.mark.parametrize(
    ("url", "project", "amd64", "arm64"),
    [
        ("https://nodejs.org/dist/v20.1.0/node-v20.1.0-linux-x64.tar.xz", "Node.js", "x64",
         "arm64"),
        ("https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip", "AWS CLI v2", "x86_64",
         "aarch64"),
        ("https://get.helm.sh/helm-v3.15.2-linux-amd64.tar.gz", "helm", "amd64", "arm64"),
        ("https://download.docker.com/linux/static/stable/x86_64/docker-26.1.4.tgz",
         "Docker static binaries", "x86_64", "aarch64"),
        ("https://github.com/adoptium/temurin21-binaries/releases/download/x/"
         "OpenJDK21U-jdk_x64_linux_hotspot_21.0.3_9.tar.gz", "Eclipse Temurin", "x64", "aarch64"),
    ],
)
def test_project_spellings(url: str, project: str, amd64: str, arm64: str):
    proj = find_project(url)
    assert proj is not None and proj.name == project
    assert proj.spelling(Platform.parse("linux/amd64")) == amd64
    assert proj.spelling(Platform.parse("linux/arm64")) == arm64


def test_fix_hint_forms():
    plats = parse_platform_list(["linux/amd64,linux/arm64"])
    assert "$TARGETARCH" in fix_hint("https://dl.k8s.io/release/v1/bin/linux/amd64/kubectl", plats)
    node = find_project("https://nodejs.org/dist/v1/node-v1-linux-x64.tar.xz")
    assert node is not None
    arm = parse_platform_list(["linux/amd64,linux/arm/v7"])
    mapping = case_mapping(node, arm)
    assert mapping.startswith('case "$TARGETARCH$TARGETVARIANT" in amd64) a=x64 ;;')
    assert "armv7) a=armv7l ;;" in mapping
    generic = fix_hint("https://example.com/x-amd64", plats)
    assert "TARGETARCH" in generic
    for hint in (mapping, generic):
        assert "{" not in hint and "`" not in hint


def test_unsuffixed_tini_is_the_amd64_build():
    text = (
        "FROM debian\nENV TINI_VERSION=v0.19.0\n"
        "ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini /tini\n"
        "ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini.asc /t.asc\n"
        "RUN curl -fsSLo /t2 https://github.com/krallin/tini/releases/download/v0.19.0/"
        "tini-static-$(dpkg --print-architecture)\n"
    )
    [f] = run(text, "AL301")
    assert f.line == 3 and "unsuffixed" in f.message and f.platforms == ["linux/arm64"]


@pytest.mark.parametrize(
    "url",
    [
        "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_64bit/"
        "session-manager-plugin.deb",
        "https://github.com/ninja-build/ninja/releases/download/v1.11.1/ninja-linux.zip",
        "https://binaries.sonarsource.com/Distribution/sonar-scanner-cli/"
        "sonar-scanner-cli-4.8.0.2856-linux.zip",
    ],
)
def test_known_assets_without_arch_in_name(url: str):
    [f] = run(f"FROM debian\nRUN curl -fsSLO {url}\n", "AL301")
    assert f.platforms == ["linux/arm64"] and "x86-64 build" in f.message


def test_generic_hint_follows_the_urls_spelling():
    plats = parse_platform_list(["linux/amd64,linux/arm64"])
    uname = fix_hint("https://example.com/t-linux-x86_64.tgz", plats, "x86_64")
    assert "amd64) a=x86_64 ;; arm64) a=aarch64 ;;" in uname and "uname -m" in uname
    assert "$TARGETARCH where the URL says amd64" in fix_hint(
        "https://example.com/t-linux-amd64.tgz", plats, "amd64")
    assert "amd64) a=x64" in fix_hint("https://example.com/t-linux-x64.tgz", plats, "x64")


def test_if_chain_that_stops_for_a_requested_platform():
    text = (
        "FROM debian\nARG TARGETARCH\n"
        'RUN if [ "$TARGETARCH" = "amd64" ]; then A=x86_64; '
        'elif [ "$TARGETARCH" = "arm64" ]; then A=aarch64; else exit 1; fi; '
        "curl -o /b.zip https://awscli.amazonaws.com/awscli-exe-linux-$A.zip\n"
    )
    assert run(text, "AL301") == []
    [f] = run(text, "AL301", ["linux/amd64", "linux/arm64", "linux/s390x"])
    assert f.platforms == ["linux/s390x"] and "stops for linux/s390x" in f.message


def test_option_clusters_with_attached_values():
    text = ("FROM alpine\n"
            "RUN wget -qO/bin/probe https://github.com/grpc-ecosystem/grpc-health-probe/"
            "releases/download/v0.4.19/grpc_health_probe-linux-amd64\n"
            "RUN curl -fsSLo /x https://get.helm.sh/helm-v3-linux-amd64.tar.gz\n"
            "RUN curl --output=/y https://get.helm.sh/helm-v3-linux-amd64.tar.gz\n")
    assert lines(text, "AL301") == [2, 3, 4]


def test_conda_package_from_one_platform_subdir():
    text = ("FROM continuumio/miniconda3\n"
            "RUN curl -fsSLO https://conda.anaconda.org/conda-forge/linux-64/"
            "numpy-1.26.4-py311h64a7726_0.conda\n")
    [f] = run(text, "AL301")
    assert "linux-64" in f.message and f.platforms == ["linux/arm64"]
    assert run(text, "AL403") == []  # a URL is a download, not a path


def test_build_platform_download_copied_into_the_image():
    text = (
        "FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch\n"
        "RUN wget -qO- https://get.helm.sh/helm-v3.15.2-linux-amd64.tar.gz | tar -xz -C /out\n"
        "RUN wget -qO/tools/protoc.zip https://github.com/protocolbuffers/protobuf/releases/"
        "download/v27.1/protoc-27.1-linux-x86_64.zip\n"
        "RUN curl -fsSLo /out/yq https://github.com/mikefarah/yq/releases/download/v4/yq_linux_amd64\n"
        "FROM alpine:3.20\n"
        "COPY --from=fetch /out/linux-amd64/helm /usr/local/bin/helm\n"
        "COPY --from=fetch /out/yq /usr/local/bin/yq\n"
    )
    fs = run(text, "AL301")
    assert [f.line for f in fs] == [2, 4]  # protoc stays on the build machine
    assert "another stage copies" in fs[0].message


MACHINE_ARCH_FETCH = """\
FROM --platform=$BUILDPLATFORM debian:bookworm AS dl
RUN curl -fsSLo /tini https://github.com/krallin/tini/releases/download/v0.19.0/\\
tini-$(dpkg --print-architecture)
RUN ARCH=$(uname -m) && curl -fsSL https://example.com/tool-linux-$ARCH.tar.gz | tar -xzC /opt/tool
ARG BUILDARCH
RUN wget -O /usr/local/bin/yq \\
 https://github.com/mikefarah/yq/releases/download/v4.44.1/yq_linux_${BUILDARCH}
RUN curl -fsSLo /usr/local/bin/protoc https://example.com/protoc-$(uname -m) && protoc --version
FROM debian:bookworm
COPY --from=dl /tini /tini
COPY --from=dl /opt/tool /opt/tool
COPY --from=dl /usr/local/bin/yq /usr/local/bin/yq
"""


@pytest.mark.parametrize(("builder", "broken"), [("linux/amd64", ["linux/arm64"]),
                                                 ("linux/arm64", ["linux/amd64"])])
def test_build_platform_download_that_follows_the_build_machine(builder: str,
                                                                 broken: list[str]):
    # uname -m, dpkg --print-architecture and $BUILDARCH name the machine the stage runs on:
    # the three copied files are the builder's builds; protoc stays on the build machine
    fs = run(MACHINE_ARCH_FETCH, "AL301", build_platform=builder)
    assert [(f.line, f.platforms) for f in fs] == [(3, broken), (4, broken), (7, broken)]
    assert [MACHINE_ARCH_FETCH.splitlines()[f.line - 1][f.column - 1:f.end_column - 1]
            for f in fs] == ["$(dpkg --print-architecture)", "$ARCH", "${BUILDARCH}"]
    assert "the build machine's architecture" in fs[0].message
    assert "dpkg --print-architecture) works" not in fs[0].message  # tini's note left out


@pytest.mark.parametrize(("builder", "broken"), [("linux/amd64", ["linux/arm64"]),
                                                 ("linux/arm64", ["linux/amd64"])])
def test_buildarch_in_a_target_stage_download(builder: str, broken: list[str]):
    # the stage runs as the target, but $BUILDARCH is the build machine's architecture
    text = (
        "FROM alpine:3.20\nARG BUILDARCH\nARG TARGETARCH\n"
        'RUN curl -fsSLo /y "https://e.com/tool-linux-${BUILDARCH}"\n'
        'RUN curl -fsSLo /x "https://e.com/tool-linux-${TARGETARCH}"\n'
        'RUN curl -fsSLo /z "https://e.com/t-${BUILDARCH}-${TARGETARCH}"\n'
    )
    fs = run(text, "AL301", build_platform=builder)
    assert [(f.line, f.platforms) for f in fs] == [(4, broken)]
    assert text.splitlines()[3][fs[0].column - 1:fs[0].end_column - 1] == "${BUILDARCH}"


def test_build_platform_download_that_follows_the_target_is_silent():
    text = (
        "FROM --platform=$BUILDPLATFORM debian:bookworm AS dl\nARG TARGETARCH\n"
        "RUN curl -fsSLo /tini https://github.com/krallin/tini/releases/download/v0.19.0/"
        "tini-${TARGETARCH}\n"
        'RUN case "$TARGETARCH" in amd64) A=x86_64 ;; arm64) A=aarch64 ;; esac \\\n'
        " && curl -fsSL https://example.com/tool-linux-$A.tar.gz | tar -xz -C /opt/tool\n"
        "RUN xx-info env > /env && A=$(xx-info march) "
        "&& curl -fsSLo /gen https://example.com/gen-$A\n"
        "FROM debian:bookworm\nCOPY --from=dl /tini /tini\nCOPY --from=dl /opt/tool /opt/tool\n"
        "COPY --from=dl /gen /gen\n"
    )
    assert run(text, "AL301") == []
    pinned = MACHINE_ARCH_FETCH.replace("--platform=$BUILDPLATFORM", "--platform=linux/amd64")
    # a stage pinned to a platform: uname -m names the pin, $BUILDARCH still the builder
    fs = run(pinned, "AL301", build_platform="linux/arm64")
    assert [(f.line, f.platforms) for f in fs] == [(3, ["linux/arm64"]), (4, ["linux/arm64"]),
                                                   (7, ["linux/amd64"])]


def test_a_wheel_named_by_basename_of_its_url():
    # modelled on a real file: the wheel's name is $(basename "$URL") of an ARG default
    text = (
        "FROM python:3.11-slim\n"
        "ARG WHEEL_URL=https://files.pythonhosted.org/packages/f0/5f/"
        "essentia_tensorflow-2.1b6-cp311-cp311-manylinux2014_x86_64.whl\n"
        'RUN wheel_filename="$(basename "${WHEEL_URL}")"; \\\n'
        '    wheel_path="/tmp/${wheel_filename}"; \\\n'
        '    curl -fsSL -o "${wheel_path}" "${WHEEL_URL}"; \\\n'
        '    pip install --no-cache-dir "${wheel_path}"\n'
    )
    assert lines(text, "AL302") == [6]


def test_a_download_read_as_text_is_a_lookup():
    # modelled on a real file: the x86_64 release index is read for the version number
    text = (
        "FROM alpine:3.20\nARG BRANCH=v3.20\n"
        'RUN V=$(wget -qO- "https://cz.alpinelinux.org/alpine/${BRANCH}/releases/x86_64/'
        "latest-releases.yaml\" | awk '/version:/ {print $2; exit}') && echo \"$V\"\n"
        'RUN wget -qO- "https://e.com/tool-linux-x86_64.tar.gz" | tar -xz -C /opt\n'
        'RUN V=$(wget -qO /opt/t "https://e.com/tool-linux-x86_64" | grep x)\n'
    )
    assert lines(text, "AL301") == [4, 5]  # unpacked, or written to a file: installed


def test_package_file_arch_independent_or_reported_once():
    text = (
        "FROM rockylinux:9\n"
        "RUN dnf install -y https://download.postgresql.org/pub/repos/yum/reporpms/"
        "EL-9-x86_64/pgdg-redhat-repo-latest.noarch.rpm\n"
        "RUN dpkg -i /pool/amd64/tool-data_1.0_all.deb\n"
        "RUN pip install https://example.com/linux_x86_64/pkg-1.0-py3-none-any.whl\n"
        "RUN rpm -ivh https://dl.example.com/el9/x86_64/tool-1.0-1.el9.x86_64.rpm\n"
        "RUN dpkg -i /debs/amd64/tool.deb\n"
    )
    fs = run(text, "AL302")
    # noarch / all / any are for every architecture whatever directory they come from; a
    # file is reported once, at its own name's token; an arch directory counts when the
    # name says nothing
    assert [(f.line, f.column) for f in fs] == [(5, 63), (6, 19)]


def test_download_of_a_package_for_every_arch():
    text = (
        "FROM ubuntu:22.04\n"
        "RUN curl -fsSLO https://download.postgresql.org/pub/repos/yum/reporpms/"
        "EL-9-x86_64/pgdg-redhat-repo-latest.noarch.rpm\n"
        "RUN curl -fsSLO https://files.example.com/x86_64/pkg-1.0-py3-none-any.whl\n"
        "RUN curl -fsSLO https://developer.download.nvidia.com/compute/cuda/repos/"
        "ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb\n"
    )
    # noarch/any files are for every architecture, but NVIDIA's keyring from the x86_64
    # directory points apt at the x86_64 repository: archlint knows that project
    assert lines(text, "AL301") == [4]


def test_armhf_in_an_alpine_branch_is_the_projects_call():
    # Alpine's armhf is ARMv6 (Debian's is ARMv7); s6-overlay builds one hard-float ARM
    # tarball for both: which 32-bit ARM "armhf" means is not archlint's to judge
    text = (
        "FROM alpine:3.20\n"
        "RUN apkArch=\"$(apk --print-arch)\"; case \"$apkArch\" in "
        "x86_64) a=x86_64 ;; aarch64) a=aarch64 ;; armv7) a=arm ;; armhf) a=armhf ;; "
        "*) exit 1 ;; esac; "
        "curl -fsSL https://github.com/just-containers/s6-overlay/releases/download/v3.2.0.2/"
        "s6-overlay-$a.tar.xz | tar -C / -Jxpf -\n"
    )
    plats = ["linux/amd64", "linux/arm64", "linux/arm/v7", "linux/arm/v6"]
    assert run(text, "AL301", plats) == []


def test_default_of_an_undeclared_platform_arg_is_what_every_platform_gets():
    url = "https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_"
    run_line = f'RUN curl -fsSLo /usr/local/bin/yq "{url}${{TARGETARCH:-amd64}}"\n'
    # never declared in the stage: empty in RUN (AL203), so the default is used everywhere
    [f] = run("FROM debian\n" + run_line, "AL301")
    assert "which this stage never declares" in f.message
    assert run("FROM debian\nARG TARGETARCH\n" + run_line, "AL301") == []
    # a default that is itself a variable: followed, not read as text
    nested = ('FROM alpine\nARG TARGETARCH\nARG BUILD_ARCH\n'
              f'RUN a="${{BUILD_ARCH:-${{TARGETARCH:-amd64}}}}"; wget -qO /yq "{url}$a"\n')
    assert run(nested, "AL301") == []


def test_add_in_a_pinned_stage_counts_when_its_file_is_copied_on():
    text = (
        "FROM --platform=linux/amd64 alpine:3.20 AS probe\n"
        "ADD https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/v0.4.35/"
        "grpc_health_probe-linux-amd64 /grpc_health_probe\n"
        "ADD https://e.org/tool-linux-amd64 /usr/local/bin/tool\n"
        "FROM debian:bookworm-slim\n"
        "COPY --from=probe /grpc_health_probe /usr/local/bin/grpc_health_probe\n"
    )
    [f] = run(text, "AL301")
    assert f.line == 2 and "pinned to linux/amd64" in f.message


@pytest.mark.parametrize("query, branches, missing", [
    # Alpine: armv7 is ARMv7, armhf is ARMv6
    ("apk --print-arch", "x86_64) a=amd64 ;; aarch64) a=arm64 ;; armhf) a=armv7 ;;",
     "linux/arm/v7"),
    ("apk --print-arch", "x86_64) a=amd64 ;; aarch64) a=arm64 ;; armv7) a=armv7 ;;", None),
    # Debian: armhf is ARMv7
    ("dpkg --print-architecture", "amd64) a=amd64 ;; arm64) a=arm64 ;; armhf) a=armv7 ;;",
     None),
])
def test_case_spellings_follow_the_tool_that_prints_the_arch(query: str, branches: str,
                                                             missing: str | None):
    text = (
        "FROM alpine:3.20\n"
        f'RUN a0="$({query})"; case "$a0" in {branches} *) exit 1 ;; esac; '
        "wget -O /c.tgz https://github.com/caddyserver/caddy/releases/download/v2.8.4/"
        "caddy_2.8.4_linux_${a}.tar.gz\n"
    )
    got = run(text, "AL301", ["linux/amd64", "linux/arm64", "linux/arm/v7"])
    assert [f.platforms for f in got] == ([[missing]] if missing else [])


def test_package_manager_given_a_url_downloads_it():
    text = ("FROM amazonlinux:2023\n"
            "RUN dnf install -y https://corretto.aws/downloads/latest/"
            "amazon-corretto-21-x64-linux-jdk.rpm\n")
    assert [f.line for f in run(text, "AL301")] == [2]
    assert [f.line for f in run(text, "AL302")] == [2]  # and installs it
    assert run("FROM amazonlinux:2023\nRUN dnf install -y java-21-amazon-corretto\n",
               "AL301") == []


def test_easy_add_downloads_its_from_url():
    # itzg/easy-add --from URL fetches a release archive (modelled on a real file of the
    # seventh blind round, which an earlier AL301 missed)
    text = ("FROM debian:bookworm-slim\nARG ARCH=amd64\n"
            "RUN easy-add --var version=0.2.1 --file app --from "
            "https://github.com/itzg/app/releases/download/0.2.1/app_0.2.1_linux_${ARCH}.tar.gz\n"
            "RUN easy-add --file app --from=https://e.org/app_linux_x86_64.tar.gz\n")
    assert [f.line for f in run(text, "AL301")] == [3, 4]
    ok = text.replace("ARG ARCH=amd64", "ARG TARGETARCH").replace("${ARCH}", "${TARGETARCH}")
    ok = ok.replace("x86_64", "$(uname -m)")
    assert run(ok, "AL301") == []


def test_findings_name_the_other_line_of_the_problem():
    # the value set on one line and downloaded on another: the finding is at one, its
    # related location (JSON "related", SARIF relatedLocations) at the other
    text = ("FROM debian:bookworm-slim\nARG ARCH=amd64\n"
            "RUN curl -fsSLO https://e.org/tool-linux-${ARCH}.tar.gz\n"
            "ENV URL=https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n"
            'RUN curl -fsSLo /usr/local/bin/kubectl "$URL"\n'
            "RUN curl -fsSLO https://e.org/other-linux-amd64.tar.gz\n")
    got = {f.line: [(r.line, r.message) for r in f.related] for f in run(text, "AL301")}
    assert got == {3: [(2, "the architecture comes from here")],
                   4: [(5, "downloaded here")], 6: []}
    [f] = [f for f in run(text, "AL301") if f.line == 3]
    assert f.to_json()["related"] == [{"line": 2, "column": 5, "end_line": 2,
                                       "end_column": 15,
                                       "message": "the architecture comes from here"}]


def test_rpm_repositories_pinned_to_x86_64():
    printf = ("FROM rockylinux:9\nRUN printf '%s\\n' '[corp]' "
              "'baseurl=https://nexus.example.com/rhel9/x86_64/os/' > /etc/yum.repos.d/c.repo\n")
    assert [f.line for f in run(printf, "AL301")] == [2]
    heredoc = ("FROM rockylinux:9\nRUN tee /etc/yum.repos.d/chrome.repo > /dev/null <<'EOF'\n"
               "[google-chrome]\nbaseurl=https://dl.google.com/linux/chrome/rpm/stable/x86_64\n"
               "EOF\n")
    assert [f.line for f in run(heredoc, "AL301")] == [4]
    add_repo = ("FROM rockylinux:9\nRUN dnf config-manager --add-repo "
                "https://developer.download.nvidia.com/compute/cuda/repos/rhel9/x86_64/"
                "cuda-rhel9.repo\n")
    assert [f.line for f in run(add_repo, "AL301")] == [2]
    fine = heredoc.replace("stable/x86_64", "stable/$basearch")
    assert run(fine, "AL301") == []


def test_onbuild_run_download():
    text = ("FROM maven:3.9-eclipse-temurin-21 AS base\n"
            "ONBUILD RUN curl -fsSL https://github.com/async-profiler/async-profiler/releases/"
            "download/v3.0/async-profiler-3.0-linux-x64.tar.gz | tar -xz -C /opt\n"
            "ONBUILD COPY . /src\n")
    assert [f.line for f in run(text, "AL301")] == [2]
    ok = text.replace("linux-x64", "linux-$(uname -m)")
    assert run(ok, "AL301") == []


def test_case_subject_with_an_arch_query_default_and_oneapi_packages():
    case = ('FROM alpine\nARG BUILD_ARCH\nRUN case "${BUILD_ARCH:-$(apk --print-arch)}" in '
            "x86_64) u=https://e.org/t_linux_amd64 ;; aarch64) u=https://e.org/t_linux_arm64 ;; "
            'armv7) u=https://e.org/t_linux_arm ;; *) exit 1 ;; esac; curl -o /t "$u"\n')
    assert run(case, "AL301") == []
    oneapi = "FROM ubuntu:24.04\nRUN apt-get install -y intel-oneapi-compiler-fortran\n"
    [f] = run(oneapi, "AL304")
    assert f.platforms == ["linux/arm64"]


def test_case_on_an_injected_build_arg_with_arch_items_is_an_arch_dispatch():
    text = ("FROM alpine\nARG BUILD_ARCH\n"
            'RUN case "${BUILD_ARCH}" in aarch64) B=arm64 ;; amd64) B=x86_64 ;; '
            'armhf) B=armv6 ;; *) exit 1 ;; esac; '
            'curl -o /s https://github.com/e/s/releases/download/v1/s-linux-${B}\n')
    assert run(text, "AL301") == []
    only_amd64 = text.replace("aarch64) B=arm64 ;; ", "").replace("armhf) B=armv6 ;; ", "")
    assert [f.line for f in run(only_amd64, "AL301")] == [3]  # no branch for arm64


def test_a_guard_on_the_build_machine_does_not_choose_the_target():
    """BUILDARCH/BUILDPLATFORM name the machine that runs the build, the same for every
    target: a branch chosen by it runs for each target the build makes. A case on
    TARGETARCH with the same branches is silent."""
    text = ("FROM debian:bookworm\nARG BUILDARCH\n"
            'RUN case "$BUILDARCH" in \\\n'
            "      amd64) curl -fsSLo /usr/local/bin/t https://example.com/t-linux-x86_64 ;; \\\n"
            "      arm64) curl -fsSLo /usr/local/bin/t https://example.com/t-linux-aarch64 ;; \\\n"
            "    esac\n")
    assert [f.line for f in run(text, "AL301")] == [4]
    assert run(text.replace("BUILDARCH", "TARGETARCH"), "AL301") == []
    # in a build-platform stage: the arm64 build machine's cross compiler builds for arm64
    # whatever the target (AL205), the amd64 one's gcc for amd64 (AL206)
    text = ("FROM --platform=$BUILDPLATFORM debian:bookworm AS build\nARG BUILDPLATFORM\n"
            'RUN if [ "$BUILDPLATFORM" = "linux/arm64" ]; then '
            "aarch64-linux-gnu-gcc -o /pause pause.c; fi\n"
            "FROM debian:bookworm\nCOPY --from=build /pause /pause\n")
    fs = [(f.rule, f.line) for f in lint_text(text, select=["AL205", "AL206"])]
    assert fs == [("AL205", 3)]


def test_a_downloaded_package_installed_under_another_name():
    """The package file a download wrote under a neutral name, a glob or a variable is
    installed for the architecture its own name says (AL302 at the install); a URL
    directory alone (NVIDIA's keyring from .../x86_64/) stays AL301's."""
    base = "FROM debian:bookworm\nARG V\n"
    for text in (
        "RUN wget -qO /tmp/x.deb https://e.example/x_1.0_amd64.deb && dpkg -i /tmp/x.deb\n",
        "RUN wget https://e.example/x_1.0_amd64.deb && dpkg -i x_*.deb\n",
        'RUN f=/tmp/x.deb && curl -fsSLo "$f" "https://e.example/x-${V}-amd64.deb" '
        '&& dpkg --install "$f"\n',
    ):
        assert [f.line for f in run(base + text, "AL302")] == [3], text
    keyring = ("RUN wget -qO /tmp/k.deb https://developer.download.nvidia.com/compute/cuda/"
               "repos/ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb && dpkg -i /tmp/k.deb\n")
    assert run(base + keyring, "AL302") == []
    ours = ("RUN wget -qO /tmp/x.deb https://e.example/x_1.0_${TARGETARCH}.deb"
            " && dpkg -i /tmp/x.deb\n")
    assert run(base + "ARG TARGETARCH\n" + ours, "AL302") == []


def test_a_package_downloaded_in_an_earlier_run_of_the_stage():
    """An absolute path written by a download in one RUN and installed in a later RUN of the
    same stage (AL302 at the install); another stage's download does not count."""
    text = ("FROM python:3.12-slim\n"
            "RUN curl -fsSL -o /tmp/pkg.deb https://e.example/tool_1.0_amd64.deb\n"
            "RUN pip install mkdocs\n"
            "RUN dpkg -i /tmp/pkg.deb\n")
    assert [f.line for f in run(text, "AL302")] == [4]
    other = text.replace("RUN pip install mkdocs\n", "FROM python:3.12-slim\n")
    assert run(other, "AL302") == []


def test_freezers_in_a_build_platform_stage():
    """PyInstaller and Nuitka bundle the build machine's Python (AL206 when the image copies
    the result); in a target stage they are fine."""
    text = ("FROM --platform=$BUILDPLATFORM python:3.12 AS b\n"
            "RUN python -m nuitka --onefile --output-dir=/out --output-filename=svc app.py\n"
            "FROM debian:bookworm-slim\nCOPY --from=b /out/svc /svc\n")
    assert [(f.rule, f.line) for f in lint_text(text, select=["AL206"])] == [("AL206", 2)]
    target = text.replace("--platform=$BUILDPLATFORM ", "")
    assert lint_text(target, select=["AL206"]) == []


def test_fix_hint_for_a_project_with_one_build():
    # no mapping to write when the project builds for one architecture only
    hint = fix_hint("https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb",
                    [Platform.parse("linux/amd64"), Platform.parse("linux/arm64")])
    assert hint.startswith("Google Chrome publishes no build for linux/arm64: build this "
                           "image for linux/amd64 only")
    assert "case" not in hint


def test_qualified_packages_for_every_platform_are_a_cross_build():
    # a cross-build image installs each library for every architecture it builds for (a
    # real native-build file of the seventh blind round): a fan-out, not one platform's build
    fan = ("FROM debian:bookworm\nRUN apt-get install -y libx11-dev:amd64 libx11-dev:arm64 "
           "libx11-dev:armhf\n")
    assert run(fan, "AL304") == []
    one = "FROM debian:bookworm\nRUN apt-get install -y libx11-dev:amd64 libasound2-dev:amd64\n"
    assert [f.line for f in run(one, "AL304")] == [2]
    # the fan-out must cover every requested platform
    assert [f.line for f in run(fan, "AL304", ["linux/amd64", "linux/arm64", "linux/s390x"])] \
        == [2]


def test_stages_named_for_arm_and_386_are_picked_by_targetarch():
    # FROM arch-${TARGETARCH}: the stage named arch-arm runs for 32-bit ARM only, so its
    # armv7 rootfs is no problem for amd64 or arm64 (a real file of the seventh blind round)
    text = ("FROM scratch AS arch-arm\nADD armv7/alpine-minirootfs-3.14.3-armv7.tar.gz /\n"
            "FROM scratch AS arch-amd64\nADD x86_64/alpine-minirootfs-3.14.3-x86_64.tar.gz /\n"
            "FROM arch-${TARGETARCH} AS final\nCMD [\"/bin/sh\"]\n")
    assert run(text, "AL303") == []


def test_other_os_artifacts_silent_whatever_the_host():
    # the macOS and Windows builds of a release are packaging or fan-out steps: silent
    other = ("FROM debian\n"
             "RUN curl -LO https://example.org/tool-1.0-darwin-amd64.tar.gz\n"
             "RUN curl -LO https://example.org/tool-1.0-x86_64.exe\n"
             "RUN curl -LO https://example.org/windows/tool-1.0-amd64.zip\n")
    assert run(other, "AL301") == []
    # a host is no OS: the Arm GNU toolchain's x86_64 build from Azure blob storage (a real
    # firmware image of the eighth blind round)
    azure = ("FROM ubuntu:20.04\nRUN wget https://armkeil.blob.core.windows.net/developer/"
             "Files/downloads/gnu-rm/10.3-2021.10/gcc-arm-none-eabi-10.3-2021.10-x86_64-"
             "linux.tar.bz2\n")
    assert [f.platforms for f in run(azure, "AL301")] == [["linux/arm64"]]


def test_copied_emulators_and_cross_toolchain_files_name_their_guest():
    # qemu-aarch64-static emulates arm64 guests; a CMake toolchain file describes a cross
    # target (real IoT and cross-compiler images of the eighth blind round)
    text = ("FROM debian:bookworm\nCOPY qemu-aarch64-static /usr/bin\n"
            "COPY ./rpi-armv7-toolchain.cmake ./toolchain.cmake\n"
            "COPY cmake/aarch64.cmake /cmake/\n"
            "COPY bin/app-linux-arm64 /usr/local/bin/app\n")
    assert [f.line for f in run(text, "AL303")] == [5]


def test_os_slash_arch_url_paths_and_arch_from_an_arg():
    # kubectl's /bin/linux/<arch>/ path with ARG ARCH=arm (a real file of the eighth round)
    text = ("FROM alpine:3.12\nARG ARCH=arm\nARG V=v1.18.0\n"
            "RUN curl -fsSLO https://storage.googleapis.com/kubernetes-release/release/${V}"
            "/bin/linux/${ARCH}/kubectl\n")
    [f] = run(text, "AL301")
    assert f.line == 4 and "from ARG ARCH=arm at line 2" in f.message
    assert [(r.line, r.column) for r in f.related] == [(2, 5)]
    assert f.platforms == ["linux/amd64", "linux/arm64"]
    literal = "FROM alpine\nRUN curl -LO https://dl.k8s.io/v1.30.0/bin/linux/386/kubectl\n"
    assert [f.line for f in run(literal, "AL301")] == [2]
    # the platform spelled in a guard or a case stays a guard
    guarded = ("FROM alpine\nARG TARGETPLATFORM\n"
               'RUN case "$TARGETPLATFORM" in linux/arm/v7) A=arm ;; linux/arm64) A=arm64 ;; '
               "linux/amd64) A=amd64 ;; esac "
               "&& curl -LO https://dl.k8s.io/v1.30.0/bin/linux/$A/kubectl\n")
    assert run(guarded, "AL301") == []


def test_signing_keys_from_an_arch_directory_are_the_same_key():
    # NVIDIA's key under .../x86_64/ (a real dcgm-exporter image of the eighth blind round)
    key = ("FROM ubuntu:22.04\nRUN curl -fsSL https://developer.download.nvidia.com/compute/"
           "cuda/repos/ubuntu2204/x86_64/7fa2af80.pub | apt-key add -\n")
    assert run(key, "AL301") == []
    # the signature of one architecture's binary goes with it
    sig = ("FROM debian\nRUN wget -O /usr/local/bin/gosu.asc "
           "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64.asc\n")
    assert [f.line for f in run(sig, "AL301")] == [2]


def test_pacman_package_files():
    # Arch Linux's package files (a real pandoc image of the eighth round installed one)
    text = ("FROM archlinux:base\n"
            "RUN curl -LO https://example.org/wkhtmltox-0.12.6-3.archlinux-x86_64.pkg.tar.xz "
            "&& pacman -U --noconfirm wkhtmltox-0.12.6-3.archlinux-x86_64.pkg.tar.xz\n"
            "RUN pacman -U --noconfirm tool-1.0-1-any.pkg.tar.zst\n"
            "RUN pacman -Syu --noconfirm tool\n")
    [f] = run(text, "AL302")
    assert f.line == 2 and f.message.startswith("pacman installs") and "uname -m" in f.message
