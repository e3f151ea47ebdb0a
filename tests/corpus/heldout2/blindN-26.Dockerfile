# corpus: modelled-on=Graviton-only Rust service (rust:alpine, aarch64-unknown-linux-musl, pinned builder platform)
# corpus: expect=
# corpus: platforms=linux/arm64
# syntax=docker/dockerfile:1
# This image is deployed to Graviton (arm64) ECS tasks only.
FROM --platform=linux/arm64 rust:1.83-alpine3.20 AS build
RUN apk add --no-cache musl-dev openssl-dev openssl-libs-static pkgconf \
 && rustup target add aarch64-unknown-linux-musl
ENV OPENSSL_STATIC=1 \
    RUSTFLAGS="-C target-feature=+crt-static"
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked --target aarch64-unknown-linux-musl \
 && cp target/aarch64-unknown-linux-musl/release/harbormaster /harbormaster

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /harbormaster /harbormaster
USER 10001
ENTRYPOINT ["/harbormaster"]
