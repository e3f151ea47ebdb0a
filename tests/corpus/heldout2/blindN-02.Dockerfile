# corpus: modelled-on=cargo-chef on $BUILDPLATFORM with TARGETPLATFORM -> rust triple file (rust:alpine + rust-lld), several public chef Dockerfiles
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM rust:1.83-alpine AS chef
ARG TARGETPLATFORM
RUN apk add --no-cache musl-dev \
 && cargo install cargo-chef --locked
# pure-Rust crate graph: link with the bundled rust-lld for either musl target
ENV CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld \
    CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld
RUN case "$TARGETPLATFORM" in \
      linux/amd64) echo x86_64-unknown-linux-musl > /rust-target ;; \
      linux/arm64) echo aarch64-unknown-linux-musl > /rust-target ;; \
      *) echo "unsupported platform $TARGETPLATFORM" >&2; exit 1 ;; \
    esac \
 && rustup target add "$(cat /rust-target)"
WORKDIR /src

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
COPY --from=planner /src/recipe.json recipe.json
RUN cargo chef cook --release --target "$(cat /rust-target)" --recipe-path recipe.json
COPY . .
RUN cargo build --release --target "$(cat /rust-target)" --bin relay \
 && cp "target/$(cat /rust-target)/release/relay" /relay

FROM alpine:3.20
RUN apk add --no-cache ca-certificates && adduser -D -u 10001 relay
COPY --from=builder /relay /usr/local/bin/relay
USER relay
ENTRYPOINT ["/usr/local/bin/relay"]
