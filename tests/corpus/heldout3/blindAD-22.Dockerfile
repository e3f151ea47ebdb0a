# corpus: modelled-on=Docker blog 'cross-compiling Rust' builders that forgot --target (BUILDPLATFORM rust stage) + tini download keyed on a global TARGETARCH
# corpus: expect=AL206@16,AL203@23
ARG RUST_VERSION=1.79
ARG TARGETARCH

FROM --platform=$BUILDPLATFORM rust:${RUST_VERSION}-slim-bookworm AS builder
WORKDIR /usr/src/mailrelay
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs \
    && cargo fetch --locked \
    && rm -rf src
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked \
    && cp target/release/mailrelay /mailrelay

FROM debian:bookworm-slim
ARG TINI_VERSION=v0.19.0
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl libssl3 \
    && curl -fsSL -o /usr/local/bin/tini \
        "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-${TARGETARCH}" \
    && chmod +x /usr/local/bin/tini \
    && apt-get purge -y curl && apt-get autoremove -y \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /mailrelay /usr/local/bin/mailrelay
USER nobody
ENTRYPOINT ["/usr/local/bin/tini", "--", "/usr/local/bin/mailrelay"]
