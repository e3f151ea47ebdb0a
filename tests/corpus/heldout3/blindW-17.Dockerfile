# corpus: modelled-on=tonistiigi/xx README Rust example; CI image bundling a small Rust release-notes CLI
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.79-bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld \
    && rm -rf /var/lib/apt/lists/*

ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# xx-cargo picks x86_64-unknown-linux-gnu or aarch64-unknown-linux-gnu from TARGETPLATFORM
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --locked --target-dir /build \
    && xx-verify /build/$(xx-cargo --print-target-triple)/release/release-notes \
    && cp /build/$(xx-cargo --print-target-triple)/release/release-notes /usr/local/bin/

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates git \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/release-notes /usr/local/bin/release-notes
WORKDIR /repo
ENTRYPOINT ["release-notes"]
