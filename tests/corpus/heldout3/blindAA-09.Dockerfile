# corpus: modelled-on=Rust service builder with sccache + mold prebuilt tarballs (t348575/muslrust-chef, sccache install scripts)
# corpus: expect=AL301@8,AL301@10,AL402@14,AL205@20
FROM rust:1.78-bookworm AS builder
ARG SCCACHE_VERSION=v0.8.1
ARG MOLD_VERSION=2.30.0
RUN apt-get update && apt-get install -y --no-install-recommends clang \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://github.com/mozilla/sccache/releases/download/${SCCACHE_VERSION}/sccache-${SCCACHE_VERSION}-x86_64-unknown-linux-musl.tar.gz \
      | tar -xz --strip-components=1 --wildcards -C /usr/local/bin '*/sccache' \
 && curl -fsSL https://github.com/rui314/mold/releases/download/v${MOLD_VERSION}/mold-${MOLD_VERSION}-x86_64-linux.tar.gz \
      | tar -xz --strip-components=1 -C /usr/local
ENV RUSTC_WRAPPER=/usr/local/bin/sccache \
    SCCACHE_DIR=/var/cache/sccache \
    RUSTFLAGS="-C link-arg=-fuse-ld=mold -C target-cpu=native"
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/var/cache/sccache \
    --mount=type=cache,target=/usr/local/cargo/registry \
    cargo install --locked --path crates/indexer --root /usr/local \
      --target x86_64-unknown-linux-gnu \
 && sccache --show-stats

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/indexer /usr/local/bin/indexer
USER 65534
ENTRYPOINT ["/usr/local/bin/indexer"]
