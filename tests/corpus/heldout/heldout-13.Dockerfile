# corpus: modelled-on=FROM --platform=$BUILDPLATFORM rust:1.69 builder with TARGETPLATFORM case (rnacos-style build script)
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79-bookworm AS builder
ARG TARGETPLATFORM
WORKDIR /app
RUN case "$TARGETPLATFORM" in \
      "linux/amd64") echo x86_64-unknown-linux-gnu > /rust_target ;; \
      "linux/arm64") echo aarch64-unknown-linux-gnu > /rust_target \
          && apt-get update \
          && apt-get install -y --no-install-recommends gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
          && rm -rf /var/lib/apt/lists/* ;; \
      *) echo >&2 "unsupported platform: $TARGETPLATFORM"; exit 1 ;; \
    esac \
    && rustup target add "$(cat /rust_target)"
ENV CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
    CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --target "$(cat /rust_target)" \
    && cp "target/$(cat /rust_target)/release/nacosd" /nacosd

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=builder /nacosd /usr/local/bin/nacosd
EXPOSE 8848
ENTRYPOINT ["/usr/local/bin/nacosd"]
