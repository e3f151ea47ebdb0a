# corpus: modelled-on=portable cmake installer image (uname -m cmake pattern from a ubuntu:24.04 builder, justinboneh cmake .sh)
# corpus: expect=
FROM ubuntu:24.04
ARG CMAKE_VERSION=3.29.6
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential ninja-build ccache curl ca-certificates git \
 && if [ "$(dpkg --print-architecture)" = "amd64" ]; then \
        apt-get install -y --no-install-recommends gcc-multilib g++-multilib; \
    fi \
 && rm -rf /var/lib/apt/lists/*

# Kitware names the installers linux-x86_64 / linux-aarch64, which matches uname -m
RUN curl -fsSL -o /tmp/cmake.sh \
      "https://github.com/Kitware/CMake/releases/download/v${CMAKE_VERSION}/cmake-${CMAKE_VERSION}-linux-$(uname -m).sh" \
 && sh /tmp/cmake.sh --skip-license --prefix=/usr/local --exclude-subdir \
 && rm /tmp/cmake.sh \
 && cmake --version

ENV CMAKE_GENERATOR=Ninja \
    CMAKE_C_COMPILER_LAUNCHER=ccache \
    CMAKE_CXX_COMPILER_LAUNCHER=ccache
RUN useradd -m dev
USER dev
WORKDIR /home/dev/src
