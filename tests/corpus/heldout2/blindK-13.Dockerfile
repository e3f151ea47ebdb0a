# corpus: modelled-on=julia-docker/cross-rs style: ccache + cmake in BUILDPLATFORM stage, target from TARGETARCH (clang --target), cache id per arch
# corpus: expect=
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH
ARG TARGETOS
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    case "$TARGETARCH" in \
      amd64) T=x86_64-linux-gnu;  D=amd64 ;; \
      arm64) T=aarch64-linux-gnu; D=arm64 ;; \
      *) echo "no mapping for $TARGETARCH"; exit 1 ;; \
    esac \
    && echo "$T" > /etc/target-triple \
    && dpkg --add-architecture "$D" \
    && apt-get update \
    && apt-get install -y --no-install-recommends clang lld cmake ninja-build ccache \
         libc6-dev:"$D" libstdc++-12-dev:"$D" libzstd-dev:"$D"
WORKDIR /src
COPY . .
ENV CCACHE_DIR=/ccache
RUN --mount=type=cache,id=ccache-${TARGETOS}-${TARGETARCH},target=/ccache \
    T="$(cat /etc/target-triple)" \
    && cmake -S . -B build -G Ninja \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_C_COMPILER_TARGET="$T" -DCMAKE_CXX_COMPILER_TARGET="$T" \
        -DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR="${T%%-*}" \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
    && cmake --build build && ccache -s

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libzstd1 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/build/packd /usr/local/bin/
ENTRYPOINT ["packd"]
