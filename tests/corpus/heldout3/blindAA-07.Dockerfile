# corpus: modelled-on=C/C++ CI image with Kitware cmake .sh installer (justinboneh/jenkinsexample linux-x86.dockerfile, vsts-agent cmake script)
# corpus: expect=AL304@8,AL304@9,AL301@16
FROM ubuntu:22.04
ARG CMAKE_VERSION=3.28.3
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        gcc-multilib \
        g++-multilib \
        ninja-build \
        ccache \
        wget ca-certificates git \
    && rm -rf /var/lib/apt/lists/*

# distro cmake is too old for our presets; use the self-extracting installer
RUN wget -q https://github.com/Kitware/CMake/releases/download/v${CMAKE_VERSION}/cmake-${CMAKE_VERSION}-linux-x86_64.sh -O /tmp/cmake-install.sh \
 && sh /tmp/cmake-install.sh --skip-license --prefix=/usr/local --exclude-subdir \
 && rm /tmp/cmake-install.sh

ENV CCACHE_DIR=/ccache \
    CMAKE_GENERATOR=Ninja \
    CMAKE_C_COMPILER_LAUNCHER=ccache \
    CMAKE_CXX_COMPILER_LAUNCHER=ccache
WORKDIR /src
COPY . .
RUN cmake --preset release && cmake --build --preset release
