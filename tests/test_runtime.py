"""AL401-AL403: JVM options of one CPU, compiler flags of one CPU, architecture paths."""

from __future__ import annotations

import pytest

from archlint.checks.runtime import arch_paths
from archlint.engine import lint_text


def run(text: str, rule: str, platforms: list[str] | None = None):
    return [f for f in lint_text(text, select=[rule], platforms=platforms) if f.rule == rule]


def token(text: str, f) -> str:
    line = text.splitlines()[f.line - 1]
    return line[f.column - 1 : f.end_column - 1]


# --------------------------------------------------------------------------- AL401


def test_jvm_flag_in_env_points_at_the_option():
    text = 'FROM eclipse-temurin:21\nENV JAVA_TOOL_OPTIONS="-Xmx1g -XX:UseAVX=2"\n'
    [f] = run(text, "AL401")
    assert f.severity.value == "error" and f.platforms == ["linux/arm64"]
    assert token(text, f) == "-XX:UseAVX=2"
    assert "Unrecognized VM option" in f.message


def test_jvm_flag_exec_and_shell_form():
    text = (
        "FROM eclipse-temurin:21\n"
        'ENTRYPOINT ["java", "-XX:+UseLSE", "-jar", "/a.jar"]\n'
        "CMD exec java -XX:+UseSSE42Intrinsics -jar /a.jar\n"
        "RUN JAVA_OPTS=-XX:+UseSVE java -version\n"
    )
    fs = run(text, "AL401")
    assert [(f.line, f.platforms) for f in fs] == [
        (2, ["linux/amd64"]), (3, ["linux/arm64"]), (4, ["linux/amd64"])]


def test_ignore_unrecognized_makes_it_info():
    text = ('FROM eclipse-temurin:21\n'
            'ENV JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2"\n')
    [f] = run(text, "AL401")
    assert f.severity.value == "info" and "IgnoreUnrecognizedVMOptions" in f.message
    # the ignore switch in another option variable of the stage counts too
    other = ('FROM eclipse-temurin:21\nENV JAVA_TOOL_OPTIONS=-XX:+IgnoreUnrecognizedVMOptions\n'
             'ENV JAVA_OPTS="-XX:+UseLSE"\n')
    [g] = run(other, "AL401")
    assert g.severity.value == "info"


def test_shared_and_portable_flags_are_silent():
    text = ('FROM eclipse-temurin:21\n'
            'ENV JAVA_OPTS="-XX:+UseAES -XX:+UseSHA -XX:+UseFMA -XX:MaxRAMPercentage=75 '
            '-XX:+UseCompressedOops"\n')
    assert run(text, "AL401") == []


def test_lp64_only_flag_on_32bit_arm():
    text = 'FROM eclipse-temurin:17\nENV JDK_JAVA_OPTIONS="-XX:+UseCompressedOops"\n'
    [f] = run(text, "AL401", ["linux/amd64", "linux/arm/v7"])
    assert f.platforms == ["linux/arm/v7"] and "64-bit" in f.message


def test_jvm_flag_guarded_by_arch():
    text = ('FROM eclipse-temurin:21\n'
            'RUN if [ "$(uname -m)" = "x86_64" ]; then java -XX:UseAVX=2 -version; fi\n')
    assert run(text, "AL401") == []


# --------------------------------------------------------------------------- AL402


def test_native_flags_everywhere_even_single_platform():
    text = ('FROM gcc:14\nENV CFLAGS="-O3 -march=native"\n'
            'RUN RUSTFLAGS="-C target-cpu=native" cargo build\n'
            'RUN cmake -DCMAKE_CXX_FLAGS="-O3 -mtune=native" ..\n')
    fs = run(text, "AL402", ["linux/amd64"])
    assert [f.line for f in fs] == [2, 3, 4]
    assert token(text, fs[0]) == "-march=native"


def test_native_flags_in_any_arg_or_env_value():
    # read where it is set: the RUN's $OPT is not followed into the compiler's arguments
    text = ('FROM gcc:14\nARG OPT="-O3 -march=native"\nENV EXTRA="-pipe -mtune=native"\n'
            'RUN gcc $OPT $EXTRA -o x x.c\n')
    fs = run(text, "AL402", ["linux/amd64"])
    assert [(f.line, token(text, f)) for f in fs] == [(2, "-march=native"),
                                                      (3, "-mtune=native")]
    # an ISA flag in a variable not named for flags is not read (it may be anything)
    assert run('FROM gcc:14\nARG OPT="-mavx2"\nRUN gcc $OPT x.c\n', "AL402") == []


@pytest.mark.parametrize(
    ("line", "broken"),
    [
        ("RUN gcc -O2 -mavx2 -o x x.c", ["linux/arm64"]),
        ("RUN gcc -m32 -o x x.c", ["linux/arm64"]),
        ("RUN aarch64-linux-gnu-gcc -march=armv8-a+crc -o x x.c", ["linux/amd64"]),
        ('ENV CFLAGS="-mfpu=neon"', ["linux/amd64", "linux/arm64"]),
        ("ENV GOAMD64=v3", ["linux/amd64"]),
    ],
)
def test_isa_flags(line: str, broken: list[str]):
    [f] = run(f"FROM debian\n{line}\n", "AL402")
    assert f.platforms == broken


def test_isa_flags_in_other_contexts_or_per_arch_are_silent():
    text = (
        "FROM debian\nARG TARGETARCH\n"
        'RUN case "$TARGETARCH" in amd64) export CFLAGS="-mavx2" ;; '
        'arm64) export CFLAGS="-march=armv8-a" ;; esac; make\n'
        "RUN xz -m32 file.txt || true\n"
        'ENV CFLAGS="-O2 -pipe"\n'
    )
    assert run(text, "AL402") == []
    assert run("FROM debian\nRUN gcc -mavx2 x.c\n", "AL402", ["linux/amd64"]) == []


# --------------------------------------------------------------------------- AL403


def test_java_home_and_triplet_paths():
    text = (
        "FROM debian:bookworm\n"
        "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64\n"
        "ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2\n"
        "COPY --from=deps /usr/lib/x86_64-linux-gnu/libpq.so.5 /usr/lib/\n"
        'ENTRYPOINT ["/lib64/ld-linux-x86-64.so.2", "/app"]\n'
        "ENV CONDA_SUBDIR=linux-64\n"
    )
    fs = run(text, "AL403")
    assert [f.line for f in fs] == [2, 3, 4, 5]  # conda's subdir is a pinned target: AL205
    assert [f.line for f in run(text, "AL205")] == [6]
    assert token(text, fs[0]) == "/usr/lib/jvm/java-17-openjdk-amd64"
    assert all(f.severity.value == "warning" for f in fs)


def test_computed_paths_and_probes_are_silent():
    text = (
        "FROM debian\nARG TARGETARCH\n"
        'RUN ln -s "/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/libz.so.1" '
        "/usr/lib/libz.so\n"
        "ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk-${TARGETARCH}\n"
        "RUN if [ -d /usr/lib/x86_64-linux-gnu ]; then echo x; fi\n"
        'RUN case "$TARGETARCH" in amd64) ln -s /usr/lib/x86_64-linux-gnu/l.so /l.so ;; '
        "arm64) ln -s /usr/lib/aarch64-linux-gnu/l.so /l.so ;; esac\n"
        "RUN apt-get install -y gcc-aarch64-linux-gnu && aarch64-linux-gnu-gcc -o a a.c\n"
    )
    assert run(text, "AL403") == []


@pytest.mark.parametrize(
    ("text", "arch"),
    [
        ("/usr/lib/aarch64-linux-gnu/libc.so.6", "arm64"),
        ("/usr/lib/arm-linux-gnueabihf", "arm"),
        ("/lib/ld-linux-aarch64.so.1", "arm64"),
        ("/usr/lib/jvm/java-17-openjdk-17.0.9.0.9-2.el9.x86_64/bin", "amd64"),
        ("/usr/local/cuda/targets/sbsa-linux/include", "arm64"),
        ("/opt/conda/pkgs/linux-aarch64/x.conda", "arm64"),
    ],
)
def test_arch_path_vocabulary(text: str, arch: str):
    found = list(arch_paths(text))
    assert found and found[0][3] == arch


def test_non_paths_are_not_arch_paths():
    # conda-linux-64.lock: a conda-lock file named for its platform (a real Jupyter image of
    # the eighth blind round), copied where the COPY puts it, not a directory layout
    for text in ("x86_64-linux-gnu-gcc", "/usr/lib/jvm/default-java", "linux-64bit-notes",
                 "/tmp/conda-linux-64.lock"):
        assert list(arch_paths(text)) == []


def test_paths_used_only_when_they_exist_are_silent():
    text = (
        "FROM ubuntu\n"
        "RUN if [ -e /lib/x86_64-linux-gnu/libncurses.so.6 ]; then "
        "ln -s /lib/x86_64-linux-gnu/libncurses.so.6 /lib/x86_64-linux-gnu/libncurses.so.5; fi\n"
        "RUN test -d /usr/lib/x86_64-linux-gnu/dri && cp -r /usr/lib/x86_64-linux-gnu/dri /opt\n"
        "RUN ln -s /usr/lib/x86_64-linux-gnu/libz.so /z\n"
    )
    assert [f.line for f in run(text, "AL403")] == [4]


def test_exec_form_and_nested_shell_scripts():
    text = (
        "FROM gcc:14\n"
        'RUN ["gcc", "-march=native", "-o", "/x", "x.c"]\n'
        "RUN sh -ec 'gcc -mavx2 y.c && ln -s /usr/lib/x86_64-linux-gnu/a /a'\n"
        'ENTRYPOINT ["sh", "-c", "exec java -XX:+UseSVE -jar /app.jar"]\n'
    )
    assert [f.line for f in run(text, "AL402")] == [2, 3]
    assert [f.line for f in run(text, "AL403")] == [3]
    [jvm] = run(text, "AL401")
    assert jvm.line == 4 and jvm.platforms == ["linux/amd64"]


CONDA_PINNED = """\
FROM continuumio/miniconda3:24.1.2-0
ENV CONDA_SUBDIR=linux-64
RUN export CONDA_SUBDIR=linux-64 && conda install -y numpy
RUN CONDA_SUBDIR=linux-64 conda install -y scipy
RUN conda create -y -n env --platform linux-64 python=3.11
RUN conda create -y -n env2 --subdir=linux-64 python=3.11
RUN mamba install -y --platform linux-aarch64 numpy
RUN conda config --env --set subdir linux-64
"""

CONDA_FINE = """\
FROM continuumio/miniconda3:24.1.2-0
ARG TARGETARCH
RUN case "$TARGETARCH" in amd64) S=linux-64 ;; arm64) S=linux-aarch64 ;; esac; \\
    CONDA_SUBDIR=$S conda install -y numpy
RUN if [ "$TARGETARCH" = "amd64" ]; then export CONDA_SUBDIR=linux-64; fi; conda install -y mkl
RUN conda create -y -n mac --platform osx-arm64 python=3.11
RUN conda install -y numpy
"""


def test_conda_subdir_pinned_in_env_and_run():
    assert lint_text(CONDA_PINNED, select=["AL403"]) == []
    fs = lint_text(CONDA_PINNED, select=["AL205"])
    assert [(f.line, f.column) for f in fs] == [
        (2, 18), (3, 25), (4, 18), (5, 39), (6, 38), (7, 33), (8, 37)]
    assert fs[0].platforms == ["linux/arm64"] and fs[5].platforms == ["linux/amd64"]
    assert "makes conda install x86-64 packages" in fs[0].message


def test_conda_subdir_from_targetarch_or_for_another_os_is_fine():
    assert lint_text(CONDA_FINE, select=["AL205", "AL403"]) == []


def test_java_behind_an_init_wrapper_is_read():
    text = ('FROM eclipse-temurin:21-jre\n'
            'ENTRYPOINT ["/usr/bin/tini", "--", "java", "-XX:+UseG1GC", "-XX:UseAVX=2", '
            '"-jar", "/app.jar"]\n'
            'CMD ["gosu", "app", "java", "-XX:+UseLSE", "-jar", "/app.jar"]\n')
    assert [(f.line, f.platforms) for f in lint_text(text, select=["AL401"])] == [
        (2, ["linux/arm64"]), (3, ["linux/amd64"])]


def test_firmware_flags_and_printf_paths():
    fw = ("FROM debian:bookworm\nRUN apt-get install -y gcc-arm-none-eabi\n"
          'RUN cmake -B b -DCMAKE_C_FLAGS="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard" .\n')
    assert lint_text(fw, select=["AL402"]) == []  # the microcontroller's flags
    conf = ("FROM debian:bookworm\n"
            "RUN printf '/usr/local/lib\\n/usr/local/lib/x86_64-linux-gnu\\n' "
            "> /etc/ld.so.conf.d/local.conf && ldconfig\n")
    assert [f.line for f in lint_text(conf, select=["AL403"])] == [2]


def test_rust_target_features_of_one_architecture():
    text = ('FROM rust:1.83\nENV RUSTFLAGS="-C target-feature=+avx2,+fma"\n'
            "RUN cargo build --release\n")
    [f] = lint_text(text, select=["AL402"])
    assert f.platforms == ["linux/arm64"] and "target-feature +avx2" in f.message


def test_nvidia_hpc_sdk_path():
    text = "FROM ubuntu:24.04\nENV NVHPC_ROOT=/opt/nvidia/hpc_sdk/Linux_x86_64/25.7\n"
    [f] = lint_text(text, select=["AL403"])
    assert f.platforms == ["linux/arm64"]


def test_compiler_flags_through_bazel_and_a_written_wrapper():
    # modelled on real files of the seventh blind round (a TensorFlow build with
    # --copt=-mavx, a gcc wrapper forcing -m32), which an earlier AL402 missed
    bazel = "FROM tensorflow/tensorflow:devel\nRUN bazel build --copt=-mavx2 //x:y\n"
    assert [f.line for f in run(bazel, "AL402")] == [2]
    assert run(bazel.replace("--copt=", "--host_copt="), "AL402") == []  # the builder's
    wrapper = ("FROM ubuntu:16.04\nRUN echo '#!/bin/bash\\n/usr/bin/gcc -m32 \"$@\"' "
               "> /usr/local/bin/gcc && chmod +x /usr/local/bin/gcc\n")
    assert [f.line for f in run(wrapper, "AL402")] == [2]
    prose = "FROM ubuntu:16.04\nRUN echo 'build with -m32 for old boxes' > /README\n"
    assert run(prose, "AL402") == []


def test_cross_toolchain_sysroots_are_not_the_image_layout():
    sysroot = ("FROM ubuntu:22.04\nRUN apt-get install -y libc6-dev-arm64-cross "
               "&& ln -s /usr/aarch64-linux-gnu /etc/qemu-binfmt/aarch64 "
               "&& ls /usr/lib/gcc-cross/aarch64-linux-gnu/12\n")
    assert run(sysroot, "AL403") == []
    native = "FROM ubuntu:22.04\nRUN ln -s /usr/include/x86_64-linux-gnu/sys /usr/include/sys\n"
    assert [f.line for f in run(native, "AL403")] == [2]
    # a Raspberry Pi sysroot for clang (a real cross-compiler image of the eighth round)
    pkg = ("FROM ubuntu:22.04\n"
           "ENV PKG_CONFIG_PATH /toolchain/sysroot/usr/lib/arm-linux-gnueabihf/pkgconfig\n"
           "ENV LD_LIBRARY_PATH /usr/lib/arm-linux-gnueabihf\n")
    assert [f.line for f in run(pkg, "AL403")] == [3]


def test_musl_loader_path():
    # Alpine's loader copied into a scratch image (a real file of the seventh blind round)
    text = ("FROM alpine:3.20 AS build\nFROM scratch\n"
            "COPY --from=build /lib/ld-musl-x86_64.so.1 /lib/ld-musl-x86_64.so.1\n")
    [f] = run(text, "AL403")
    assert f.line == 3 and f.platforms == ["linux/arm64"]
    assert run(text, "AL403", ["linux/amd64"]) == []
