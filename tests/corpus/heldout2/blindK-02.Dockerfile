# corpus: modelled-on=foonathan/docker install-cmake.sh (uname -m switch for Kitware installer) inside a gcc image
# corpus: expect=
FROM gcc:13-bookworm

ARG CMAKE_VERSION=3.30.5
# Kitware ships cmake-<v>-linux-x86_64.sh and cmake-<v>-linux-aarch64.sh
RUN set -eux; \
    case "$(uname -m)" in \
        x86_64)  CMAKE_ARCH=x86_64 ;; \
        aarch64) CMAKE_ARCH=aarch64 ;; \
        *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/cmake.sh \
        "https://github.com/Kitware/CMake/releases/download/v${CMAKE_VERSION}/cmake-${CMAKE_VERSION}-linux-${CMAKE_ARCH}.sh"; \
    sh /tmp/cmake.sh --skip-license --prefix=/usr/local; \
    rm /tmp/cmake.sh; \
    cmake --version

RUN apt-get update && apt-get install -y --no-install-recommends ninja-build ccache \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /workspace
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    && cmake --build build -j"$(nproc)" \
    && ctest --test-dir build --output-on-failure
CMD ["./build/bin/geom-tool", "--help"]
