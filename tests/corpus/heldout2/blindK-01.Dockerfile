# corpus: modelled-on=tonistiigi/xx README C/C++ example (xx-clang + cmake in a $BUILDPLATFORM stage)
# corpus: expect=
# syntax=docker/dockerfile:1.6
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM debian:bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends \
        clang lld cmake ninja-build pkg-config git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
ARG TARGETPLATFORM
# target-side libraries go into the per-arch sysroot (e.g. /usr/lib/aarch64-linux-gnu)
RUN xx-apt-get install -y --no-install-recommends libc6-dev libstdc++-12-dev zlib1g-dev libssl-dev
WORKDIR /src
COPY . .
RUN xx-clang --setup-target-triple && \
    cmake -S . -B /build -G Ninja \
        $(xx-clang --print-cmake-defines) \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX=/out && \
    cmake --build /build --target install && \
    xx-verify /out/bin/tiled-server

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 zlib1g \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/ /usr/local/
USER 65534
EXPOSE 7070
ENTRYPOINT ["/usr/local/bin/tiled-server"]
