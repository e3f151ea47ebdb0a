# corpus: modelled-on=sigp/lighthouse Dockerfile + Dockerfile.cross (cargo cross build on the build host)
# corpus: expect=AL205@16,AL202@20
FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends \
      cmake clang libclang-dev protobuf-compiler \
 && rm -rf /var/lib/apt/lists/*

ARG FEATURES=gnosis,slasher-lmdb,jemalloc
ARG PROFILE=maxperf
WORKDIR /lighthouse
COPY . .

# release artifacts are "portable" builds so they run on older CPUs too
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --profile "${PROFILE}" --features "portable,${FEATURES}" \
      --target x86_64-unknown-linux-gnu --bin lighthouse \
 && cp target/x86_64-unknown-linux-gnu/${PROFILE}/lighthouse /usr/local/bin/lighthouse

# This image is meant to enable cross-architecture builds.
FROM --platform=$TARGETPLATFORM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends \
      libssl-dev \
      ca-certificates \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/lighthouse /usr/local/bin/lighthouse
EXPOSE 5052 9000/tcp 9000/udp 9001/udp
ENTRYPOINT ["lighthouse"]
