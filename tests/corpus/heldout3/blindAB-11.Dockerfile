# corpus: modelled-on=Substrate/Polkadot-SDK solochain node template, cross-compiled with xx-cargo
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.81-bookworm AS builder
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends \
      clang lld protobuf-compiler git \
 && rm -rf /var/lib/apt/lists/*

ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc g++ libc6-dev
# the runtime itself is compiled to wasm32, which is the same on every host
RUN rustup target add wasm32-unknown-unknown && rustup component add rust-src

WORKDIR /node
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/node/target \
    xx-cargo build --locked --release -p solochain-template-node \
 && cp target/$(xx-cargo --print-target-triple)/release/solochain-template-node /usr/local/bin/node \
 && xx-verify /usr/local/bin/node

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -m -u 1000 -U -s /bin/sh -d /substrate substrate
COPY --from=builder /usr/local/bin/node /usr/local/bin/node
USER substrate
EXPOSE 30333 9933 9944 9615
VOLUME ["/data"]
ENTRYPOINT ["/usr/local/bin/node"]
