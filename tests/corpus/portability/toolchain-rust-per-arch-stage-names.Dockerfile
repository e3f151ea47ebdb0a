# corpus: modelled-on=messense/rust-musl-cross based per-arch builder stages (FROM rust-musl-cross-$TARGETARCH)
# corpus: expect=
FROM --platform=$BUILDPLATFORM messense/rust-musl-cross:x86_64-musl AS cross-amd64
FROM --platform=$BUILDPLATFORM messense/rust-musl-cross:aarch64-musl AS cross-arm64

FROM cross-amd64 AS build-amd64
WORKDIR /src
COPY . .
RUN cargo build --release --target x86_64-unknown-linux-musl

FROM cross-arm64 AS build-arm64
WORKDIR /src
COPY . .
RUN cargo build --release --target aarch64-unknown-linux-musl

ARG TARGETARCH
FROM build-${TARGETARCH} AS build

FROM scratch
COPY --from=build /src/target/*-unknown-linux-musl/release/door /door
ENTRYPOINT ["/door"]
