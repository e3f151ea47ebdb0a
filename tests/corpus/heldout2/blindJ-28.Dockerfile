# corpus: modelled-on=node-feature-discovery-like node inspector DaemonSet: cgo build with tonistiigi/xx (xx-go, xx-apt-get), x86-only CPU tools installed behind a TARGETARCH guard
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld
ARG TARGETPLATFORM
# target-arch libc + headers (libc6-dev:arm64 or libc6-dev:amd64)
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev libpci-dev
WORKDIR /src
COPY . .
ENV CGO_ENABLED=1
RUN xx-go build -ldflags "-s -w" -o /out/node-inspector ./cmd/node-inspector \
 && xx-verify /out/node-inspector

FROM debian:bookworm-slim
ARG TARGETARCH
# cpuid/msr-tools only exist for x86; on arm64 the inspector reads /proc/cpuinfo instead
RUN apt-get update \
 && apt-get install -y --no-install-recommends pciutils libpci3 \
 && if [ "$TARGETARCH" = "amd64" ]; then \
      apt-get install -y --no-install-recommends cpuid msr-tools; \
    fi \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/node-inspector /usr/local/bin/node-inspector
ENTRYPOINT ["/usr/local/bin/node-inspector"]
