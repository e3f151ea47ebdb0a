# corpus: modelled-on=Rust cross build with tonistiigi/xx and a build-host sccache (rust-lang ci sccache install script, xx README)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.79-bookworm AS build
COPY --from=xx / /
ARG SCCACHE_VERSION=v0.8.1
# sccache runs on the build host, so pick the asset for the host's uname -m
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  triple=x86_64-unknown-linux-musl ;; \
      aarch64) triple=aarch64-unknown-linux-musl ;; \
      *) echo "no sccache for $(uname -m)"; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/mozilla/sccache/releases/download/${SCCACHE_VERSION}/sccache-${SCCACHE_VERSION}-${triple}.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin "sccache-${SCCACHE_VERSION}-${triple}/sccache"
RUN apt-get update && apt-get install -y --no-install-recommends clang lld
ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev
ENV RUSTC_WRAPPER=/usr/local/bin/sccache
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/sccache \
    xx-cargo build --release --locked --bin gateway \
 && cp target/$(xx-cargo --print-target-triple)/release/gateway /gateway \
 && xx-verify /gateway

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 && rm -rf /var/lib/apt/lists/*
COPY --from=build /gateway /usr/local/bin/gateway
ENTRYPOINT ["gateway"]
