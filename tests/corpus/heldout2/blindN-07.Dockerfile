# corpus: modelled-on=swift-nav/esthri Dockerfile (sccache musl tarball via ARG URL) + RUSTFLAGS tuning
# corpus: expect=AL301@6,AL402@11
FROM rust:1.83-slim-bookworm AS builder

ARG SCCACHE_VERSION=v0.8.2
ARG SCCACHE_URL=https://github.com/mozilla/sccache/releases/download/${SCCACHE_VERSION}/sccache-${SCCACHE_VERSION}-x86_64-unknown-linux-musl.tar.gz
ENV SCCACHE_DIR=/var/cache/sccache \
    SCCACHE_CACHE_SIZE=20G \
    RUSTC_WRAPPER=/usr/local/bin/sccache \
    CARGO_INCREMENTAL=0 \
    RUSTFLAGS="-C target-cpu=native -C codegen-units=1"

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL "$SCCACHE_URL" | tar -xz --strip-components=1 -C /usr/local/bin \
 && chmod +x /usr/local/bin/sccache

WORKDIR /usr/src/quarry
COPY . .
RUN --mount=type=cache,target=/var/cache/sccache \
    cargo build --release --locked \
 && sccache --show-stats

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/src/quarry/target/release/quarry /usr/local/bin/quarry
ENTRYPOINT ["quarry"]
