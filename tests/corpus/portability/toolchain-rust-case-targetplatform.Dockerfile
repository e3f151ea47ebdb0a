# corpus: modelled-on=Rust builders exporting CARGO_BUILD_TARGET from a case on TARGETPLATFORM (BUILDPLATFORM stage)
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79 AS builder
ARG TARGETPLATFORM
WORKDIR /app
COPY . .
RUN set -eux; \
    case "$TARGETPLATFORM" in \
      "linux/amd64") export CARGO_BUILD_TARGET=x86_64-unknown-linux-gnu ;; \
      "linux/arm64") export CARGO_BUILD_TARGET=aarch64-unknown-linux-gnu; \
                     apt-get update && apt-get install -y gcc-aarch64-linux-gnu ;; \
      *) echo "unsupported $TARGETPLATFORM"; exit 1 ;; \
    esac; \
    rustup target add "$CARGO_BUILD_TARGET"; \
    cargo build --release; \
    cp "target/$CARGO_BUILD_TARGET/release/app" /app
FROM debian:bookworm-slim
COPY --from=builder /app /usr/local/bin/app
