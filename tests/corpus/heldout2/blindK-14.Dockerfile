# corpus: modelled-on=Docker blog "faster multi-platform builds" anti-pattern: BUILDPLATFORM builder running plain cmake/ccache, no target
# corpus: expect=AL206@13
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM ubuntu:22.04 AS build
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential cmake ninja-build ccache git libboost-program-options-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /cxx
COPY . .
# builds on the native builder to save time under qemu
RUN --mount=type=cache,target=/root/.ccache \
    cmake -S . -B build -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_BUILD_TYPE=Release && cmake --build build -j"$(nproc)"
RUN cmake --install build --prefix /cxx/install

FROM ubuntu:22.04 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends libboost-program-options1.74.0 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /cxx/install /opt/cxx-common
ENV LD_LIBRARY_PATH=/opt/cxx-common/lib
ENTRYPOINT ["/opt/cxx-common/bin/tracer"]
