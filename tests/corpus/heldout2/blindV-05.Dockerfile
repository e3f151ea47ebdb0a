# corpus: modelled-on=Rust Modbus-to-MQTT edge gateway cross-compiled with tonistiigi/xx
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN apt-get update && apt-get install -y --no-install-recommends clang lld \
    && xx-apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# xx-cargo adds --target <triple for TARGETPLATFORM>, e.g. x86_64-unknown-linux-gnu on amd64
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --bin modbus-bridge \
    && xx-verify ./target/$(xx-cargo --print-target-triple)/release/modbus-bridge \
    && cp ./target/$(xx-cargo --print-target-triple)/release/modbus-bridge /modbus-bridge

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd -r -G dialout bridge
COPY --from=build /modbus-bridge /usr/local/bin/modbus-bridge
USER bridge
HEALTHCHECK --interval=30s CMD ["/usr/local/bin/modbus-bridge", "--check"]
ENTRYPOINT ["/usr/local/bin/modbus-bridge"]
