# corpus: modelled-on=Rust images whose default branch builds natively (a generic branch covers the rest)
# corpus: expect=
FROM rust:1.79 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) export RUSTFLAGS="-C target-feature=+crt-static" ;; \
      *) export RUSTFLAGS="" ;; \
    esac; \
    cargo build --release
FROM debian:bookworm-slim
COPY --from=build /src/target/release/app /app
