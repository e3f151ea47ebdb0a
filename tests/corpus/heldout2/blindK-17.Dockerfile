# corpus: modelled-on=cross-build Dockerfile with global ARG TARGETARCH only (arch case in builder stage expands empty)
# corpus: expect=AL203@15
# syntax=docker/dockerfile:1
ARG TARGETARCH
ARG ZLIB_VERSION=1.3.1

FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG ZLIB_VERSION
RUN dpkg --add-architecture arm64 && apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates make \
         gcc gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN case "${TARGETARCH}" in \
      amd64) CROSS= ;; \
      arm64) CROSS=aarch64-linux-gnu- ;; \
      *) echo "unsupported target architecture" >&2; exit 1 ;; \
    esac \
    && make CC="${CROSS}gcc" AR="${CROSS}ar" STATIC=1 -j"$(nproc)"

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/out/lzbench /lzbench
ENTRYPOINT ["/lzbench"]
