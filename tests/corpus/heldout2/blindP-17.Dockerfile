# corpus: modelled-on=huggingface text-generation-inference router stage, cross-compiled with tonistiigi/xx instead of QEMU
# corpus: expect=
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.80-bookworm AS router
COPY --from=xx / /
ARG TARGETPLATFORM
RUN apt-get update && apt-get install -y --no-install-recommends clang lld protobuf-compiler \
    && rm -rf /var/lib/apt/lists/*
RUN xx-apt-get install -y gcc libc6-dev
WORKDIR /usr/src/tgi
COPY Cargo.toml Cargo.lock ./
COPY proto proto
COPY router router
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --bin text-generation-router \
 && cp target/$(xx-cargo --print-target-triple)/release/text-generation-router /usr/local/bin/ \
 && xx-verify /usr/local/bin/text-generation-router

FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04
ARG TARGETARCH
COPY --from=router /usr/local/bin/text-generation-router /usr/local/bin/
# prebuilt probes for both arches live in the repo (grpc_health_probe-linux-amd64 / -arm64)
COPY --chmod=0755 third_party/grpc_health_probe-linux-${TARGETARCH} /usr/local/bin/grpc_health_probe
ENV PORT=80 HF_HUB_ENABLE_HF_TRANSFER=1
EXPOSE 80
ENTRYPOINT ["text-generation-router"]
